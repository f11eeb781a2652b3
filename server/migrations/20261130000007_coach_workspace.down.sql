drop table outcome;
drop table coach_note;
drop table plan_change;
drop table plan_step;
drop table plan_goal;
