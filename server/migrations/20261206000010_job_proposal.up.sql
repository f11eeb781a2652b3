-- A coach can suggest a job to a jobseeker on their caseload (a proposal);
-- the employer sees the person only once they agree to show their skills
-- for the job. The employer records what came of each candidate; "hired"
-- reaches the coach, who records the outcome.
alter table job_candidate
    alter column interested_at drop not null,
    add column proposed_by bigint references account (account_id) on delete set null,
    add column proposed_at timestamptz,
    add column stage text check (stage in ('contacted', 'interview', 'hired', 'not-chosen')),
    add column stage_at timestamptz,
    add constraint job_candidate_why check (interested_at is not null or proposed_at is not null),
    add constraint job_candidate_stage_whole check ((stage is null) = (stage_at is null));
comment on column job_candidate.proposed_by is 'The coach who suggested the job to the person.';
comment on column job_candidate.stage is 'What the employer says came of the candidate.';
