drop table job_search_entry;
