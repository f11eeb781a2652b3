drop table skill_area_score;
drop table skill_answer;
drop table skill_assessment;
drop table skill_framework_locale;
drop table skill_framework;
