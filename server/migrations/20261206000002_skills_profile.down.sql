drop table confirmed_skill;
drop table person_language;
drop table person_certificate;
drop table experience_skill;
drop table experience;
