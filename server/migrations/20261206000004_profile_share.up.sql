-- The jobseeker decides who outside their coach may see their skills: the
-- profile is private until they share it for one event (and, with jobs, for
-- one application). Each consent is kept with when it was given and taken
-- back: that is the record of it.
create table profile_share (
    share_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    event_id bigint not null references event (event_id) on delete cascade,
    granted_at timestamptz not null default now(),
    revoked_at timestamptz,
    check (revoked_at is null or revoked_at >= granted_at)
);
create unique index profile_share_live_idx on profile_share (account_id, event_id)
    where revoked_at is null;
create index profile_share_event_idx on profile_share (event_id) where revoked_at is null;
comment on table profile_share is
    'A jobseeker''s consent to show their skills to the organiser of one event, with when it was given and taken back. Personal data: exported and deleted with the account.';
