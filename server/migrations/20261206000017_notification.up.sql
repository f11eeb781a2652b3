-- Text messages go through the outbox like email: queued in the same
-- transaction as what they tell of, delivered once by whichever worker
-- leases them.
alter table outbox add column channel text not null default 'email'
    check (channel in ('email', 'sms'));
comment on column outbox.channel is 'email: recipient is an address; sms: recipient is a phone number in international form and subject is empty.';

-- How each person wants to be told. Text messages wait out the quiet hours
-- (Helsinki time); email is read when the person chooses, so it is not held.
alter table account
    add column notify_email boolean not null default true,
    add column notify_sms boolean not null default true,
    add column quiet_from smallint not null default 21 check (quiet_from between 0 and 23),
    add column quiet_until smallint not null default 8 check (quiet_until between 0 and 23);
comment on column account.notify_sms is 'Whether notices (messages, meetings, events) also come as text messages to the phone number.';
comment on column account.quiet_from is 'The hour (Helsinki) from which no text message is sent; equal to quiet_until for none.';
