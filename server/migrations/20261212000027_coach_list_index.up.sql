-- Every jobseeker's page lists the coaches they can be moved to. Found by
-- reading every account, that took 14 ms with 100,000 jobseekers in the
-- service (scripts/bench-national.sh); through this index, well under one.
create index account_live_coach_name_idx on account (display_name, account_id)
    where role = 'coach' and deleted_at is null and deactivated_at is null;
