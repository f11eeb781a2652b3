-- Meetings between a coach and a jobseeker. A coach offers free times; a
-- jobseeker (or the coach for them) books one. The database itself keeps a
-- time from being booked twice (a booking sets `jobseeker_id` only where it
-- is null), a coach from offering two times that overlap, and a jobseeker
-- from holding two meetings at once.
-- btree_gist is a trusted extension: the database's owner may create it.
create extension if not exists btree_gist;

create table meeting (
    meeting_id bigint generated always as identity primary key,
    -- Staff accounts are deactivated, never deleted: a deletion is refused
    -- rather than taking jobseekers' meetings with it.
    coach_id bigint not null references account (account_id) on delete restrict,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    mode text not null check (mode in ('in-person', 'phone', 'video')),
    -- The address, the video link, or for a phone call how it goes.
    place text check (length(place) between 1 and 300),
    -- Who has the time; null while it is free.
    jobseeker_id bigint references account (account_id) on delete set null,
    booked_at timestamptz,
    -- Whether the coach booked it for them (they are told by email).
    booked_by_coach boolean not null default false,
    reminded_day_before_at timestamptz,
    reminded_soon_at timestamptz,
    -- The coach's note of what came of it, about the jobseeker.
    outcome text check (length(outcome) between 1 and 2000),
    created_at timestamptz not null default now(),
    check (ends_at > starts_at and ends_at <= starts_at + interval '4 hours'),
    check (mode = 'phone' or place is not null),
    exclude using gist (coach_id with =, tstzrange(starts_at, ends_at) with &&),
    exclude using gist (jobseeker_id with =, tstzrange(starts_at, ends_at) with &&)
        where (jobseeker_id is not null)
);
create index meeting_coach_idx on meeting (coach_id, starts_at);
create index meeting_jobseeker_idx on meeting (jobseeker_id, starts_at) where jobseeker_id is not null;
create index meeting_reminder_idx on meeting (starts_at)
    where jobseeker_id is not null and reminded_soon_at is null;
comment on table meeting is
    'A coach''s time for a meeting, free or booked. Booked, it is personal data of the jobseeker: in their export; deleted with their account (a future time is freed).';
