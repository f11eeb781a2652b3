alter table account drop column team;
drop table module_completion;
alter table skill_assessment drop column mean_score;
drop table outcome;
drop table coach_note;
drop table plan_change;
drop table plan_step;
drop table plan_goal;
