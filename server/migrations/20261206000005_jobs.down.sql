drop table job_change;
drop table job_language;
drop table job_certificate;
drop table job_skill;
drop table job_text;
drop table job;
drop table employer_member;
drop table employer;
