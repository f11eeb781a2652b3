-- The coach's work with employers and after someone starts work, as the
-- evidence-based coaching model asks: every employer contact logged (with
-- whom it was about, when the person has agreed to be named), and check-ins
-- after an employed outcome.

-- A jobseeker's consent to their coach naming them to employers, kept with
-- when it was given and taken back: that is the record of it.
create table employer_contact_consent (
    consent_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    granted_at timestamptz not null default now(),
    revoked_at timestamptz,
    check (revoked_at is null or revoked_at >= granted_at)
);
create unique index employer_contact_consent_live_idx on employer_contact_consent (account_id)
    where revoked_at is null;
comment on table employer_contact_consent is
    'A jobseeker''s consent to their coach telling employers about them, with when it was given and taken back. Personal data: exported and deleted with the account.';

create table employer_contact (
    contact_id bigint generated always as identity primary key,
    employer_id bigint not null references employer (employer_id) on delete cascade,
    coach_id bigint not null references account (account_id) on delete restrict,
    contacted_on date not null,
    how text not null check (how in ('visit', 'phone', 'email', 'meeting', 'event')),
    jobseeker_id bigint references account (account_id) on delete set null,
    result text not null check (result in (
        'no-opening', 'later', 'opening', 'interview', 'work-trial', 'hired')),
    note text not null default '' check (length(note) <= 1000),
    created_at timestamptz not null default now()
);
create index employer_contact_employer_idx on employer_contact (employer_id, contacted_on desc);
create index employer_contact_coach_idx on employer_contact (coach_id, contacted_on desc);
create index employer_contact_jobseeker_idx on employer_contact (jobseeker_id, contacted_on)
    where jobseeker_id is not null;
comment on table employer_contact is
    'A coach''s contact with an employer: when, how, about whom (only with their consent) and what came of it. The team sees who talked to an employer last; the person named is shown only to their own coach.';
comment on column employer_contact.jobseeker_id is
    'The person the contact was about; set to null when they delete their account (the contact stays as the coach''s work).';

-- Whether an outcome is a start of work: employed, standing, and the
-- person's previous standing outcome was not employed (a change of hours is
-- no new start). Follow-along and the impact report count the same starts.
create function starts_work(o outcome, employed text[]) returns boolean
language sql stable as $$
    select o.withdrawn_at is null and o.situation = any(employed) and not coalesce((
        select before.situation = any(employed) from outcome before
        where before.account_id = o.account_id and before.withdrawn_at is null
          and (before.since, before.outcome_id) < (o.since, o.outcome_id)
        order by before.since desc, before.outcome_id desc limit 1), false)
$$;

-- After an employed outcome: check-ins at a week, a month and three months
-- from its date, and any others the coach and the person agree on.
create table follow_along (
    checkin_id bigint generated always as identity primary key,
    account_id bigint not null references account (account_id) on delete cascade,
    outcome_id bigint references outcome (outcome_id) on delete cascade,
    kind text not null check (kind in ('week', 'month', 'three-months', 'agreed')),
    due_on date not null,
    done_at timestamptz,
    done_by bigint references account (account_id) on delete set null,
    note text check (length(note) <= 1000),
    created_at timestamptz not null default now(),
    check ((done_at is null) = (note is null)),
    check (kind = 'agreed' or outcome_id is not null)
);
create unique index follow_along_scheduled_idx on follow_along (outcome_id, kind) where kind <> 'agreed';
create index follow_along_account_idx on follow_along (account_id, due_on);
create index follow_along_due_idx on follow_along (due_on) where done_at is null;
comment on table follow_along is
    'A check-in with someone who has started work, due on a day: a task for their coach until it has its note. Personal data: exported and deleted with the account.';
