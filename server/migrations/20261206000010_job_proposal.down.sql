delete from job_candidate where interested_at is null;
alter table job_candidate
    drop constraint job_candidate_stage_whole,
    drop constraint job_candidate_why,
    drop column stage_at,
    drop column stage,
    drop column proposed_at,
    drop column proposed_by,
    alter column interested_at set not null;
