delete from outbox where channel = 'push';
alter table outbox drop constraint outbox_channel_check;
alter table outbox add constraint outbox_channel_check check (channel in ('email', 'sms'));
drop table push_subscription;
