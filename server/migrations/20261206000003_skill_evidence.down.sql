drop view person_skill_evidence;
drop table skill_competence_score;
drop table vocabulary_skill_module;
alter table vocabulary_skill
    drop constraint vocabulary_skill_competence_whole,
    drop column framework_id,
    drop column competence_id;
