alter table account drop constraint account_only_staff_deactivated;
alter table account drop column deactivated_at;
