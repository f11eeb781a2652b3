drop table outbox;
drop table audit_log;
drop table one_time_code;
drop type one_time_code_purpose;
drop table session;
drop table account;
drop type account_role;
