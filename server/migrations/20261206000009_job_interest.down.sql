delete from profile_share where job_id is not null;
drop index profile_share_job_idx;
drop index profile_share_live_job_idx;
alter table profile_share
    drop constraint profile_share_one_place,
    drop column job_id,
    alter column event_id set not null;
drop table job_candidate;
drop table saved_job;
