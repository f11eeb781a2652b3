-- Web Push: the browsers (an installed Askel on a phone) that show a
-- person's notices. A subscription is the push service's address for that
-- browser and the keys its notices are encrypted to (RFC 8291); the
-- address is secret to whoever holds it, so it is personal data, exported
-- by service name only and removed with the account.
create table push_subscription (
    subscription_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    endpoint text not null unique check (length(endpoint) between 12 and 1000),
    p256dh bytea not null check (length(p256dh) = 65),
    auth bytea not null check (length(auth) = 16),
    created_at timestamptz not null default now()
);
create index push_subscription_account on push_subscription (account_id);
comment on table push_subscription is 'Browsers that show the account''s notices by Web Push; at most a few per account (push.rs keeps the newest).';

-- A push notice: recipient is the subscription's id, body the JSON the
-- service worker shows.
alter table outbox drop constraint outbox_channel_check;
alter table outbox add constraint outbox_channel_check check (channel in ('email', 'sms', 'push'));
