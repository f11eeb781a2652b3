drop table event_answer;
drop table event_signup;
drop table event_slot;
drop table event_question;
drop table event_text;
drop table event;
