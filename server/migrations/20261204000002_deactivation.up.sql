-- An admin can deactivate a staff account (someone who left): it can no
-- longer sign in, its sessions and the codes it handed out are gone, and
-- its history (audit rows, plan changes, events) keeps pointing at it.
alter table account add column deactivated_at timestamptz;
alter table account add constraint account_only_staff_deactivated
    check (deactivated_at is null or role <> 'jobseeker');
comment on column account.deactivated_at is 'When an admin deactivated this staff account; null while it is active. A deactivated account cannot sign in, be reset or be given jobseekers.';
