drop trigger event_signup_confirmed_count on event_signup;
drop function event_confirmed_count_follow();
drop function recount_event_confirmed();
alter table event_slot drop column confirmed_count;
alter table event drop column confirmed_count;
