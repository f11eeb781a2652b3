alter table one_time_code drop column failed_tries;
