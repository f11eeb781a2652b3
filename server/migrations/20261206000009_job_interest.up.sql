-- A jobseeker and the jobs that fit them: jobs they keep to look at again,
-- and jobs they are a candidate for (they said "I'm interested"; with
-- proposals, their coach put them forward). The employer sees a candidate
-- only while the person shares their skills for that job: a profile_share
-- row naming the job, kept with when it was given and taken back.

create table saved_job (
    account_id bigint not null references account (account_id) on delete cascade,
    job_id bigint not null references job (job_id) on delete cascade,
    saved_at timestamptz not null default now(),
    primary key (account_id, job_id)
);
create index saved_job_job_idx on saved_job (job_id);
comment on table saved_job is
    'Jobs a person keeps to look at again; at most 100 per person (checked under a lock on the account row).';

create table job_candidate (
    job_id bigint not null references job (job_id) on delete cascade,
    account_id bigint not null references account (account_id) on delete cascade,
    -- When the person said they are interested; taking it back removes the row.
    interested_at timestamptz not null default now(),
    primary key (job_id, account_id)
);
create index job_candidate_account_idx on job_candidate (account_id);
comment on table job_candidate is
    'A person interested in a job: their coach sees it; the employer only while the person shares their skills for the job.';

-- A consent is for one event or one job.
alter table profile_share
    alter column event_id drop not null,
    add column job_id bigint references job (job_id) on delete cascade,
    add constraint profile_share_one_place check (num_nonnulls(event_id, job_id) = 1);
create unique index profile_share_live_job_idx on profile_share (account_id, job_id)
    where revoked_at is null and job_id is not null;
create index profile_share_job_idx on profile_share (job_id) where revoked_at is null;
