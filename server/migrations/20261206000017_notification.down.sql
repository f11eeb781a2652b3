alter table account drop column notify_email, drop column notify_sms,
    drop column quiet_from, drop column quiet_until;
delete from outbox where channel = 'sms';
alter table outbox drop column channel;
