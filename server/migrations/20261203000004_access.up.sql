-- Access hardening: invitation codes that cannot be tried again and again.

alter table one_time_code
    add column failed_tries smallint not null default 0 check (failed_tries between 0 and 3);

comment on column one_time_code.failed_tries is
    'Joins with this invitation that failed after the code was accepted (the email or phone already had an account). At 3 the code is void, so one code cannot probe many addresses.';
