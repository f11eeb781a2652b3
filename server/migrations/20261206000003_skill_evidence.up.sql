-- What shows that a person has a skill, besides their own word: an
-- assessment result, a completed module, a card they hold, or their coach
-- having seen it in practice. Every source is kept as it happened; the view
-- person_skill_evidence brings them together, so it can never drift from
-- its sources (matching reads it).

-- Which competence's result is evidence of a skill, and which modules build it.
alter table vocabulary_skill
    add column framework_id text,
    add column competence_id text,
    add constraint vocabulary_skill_competence_whole
        check ((framework_id is null) = (competence_id is null));
create index vocabulary_skill_competence_idx on vocabulary_skill (framework_id, competence_id)
    where framework_id is not null;

create table vocabulary_skill_module (
    skill_id text not null references vocabulary_skill on delete cascade,
    module_id text not null,
    primary key (skill_id, module_id)
);
create index vocabulary_skill_module_module_idx on vocabulary_skill_module (module_id);
comment on table vocabulary_skill_module is
    'Coaching modules that build a skill (content/vocabulary): completing one is evidence of it.';

-- Each competence's score in a submitted assessment, as the results page
-- works it out: the mean of its asked, answered statements.
create table skill_competence_score (
    assessment_id bigint not null references skill_assessment (assessment_id) on delete cascade,
    competence_id text not null,
    score real not null check (score between 1 and 4),
    primary key (assessment_id, competence_id)
);
comment on table skill_competence_score is
    'The mean answer (1–4) of a competence in a submitted assessment. Personal data: goes with the assessment.';

-- Assessments sent before this table existed, scored from the framework's
-- structure as loaded (its English text, which every framework has): the
-- short assessment asks each competence's first statement only.
insert into skill_competence_score (assessment_id, competence_id, score)
select s.assessment_id, competence.value ->> 'id', avg(answer.value)::real
from skill_assessment s
join skill_framework_locale l on l.framework_id = s.framework_id and l.locale = 'en'
cross join lateral jsonb_array_elements(l.content -> 'areas') area
cross join lateral jsonb_array_elements(area.value -> 'competences') competence
cross join lateral jsonb_array_elements(competence.value -> 'statements') with ordinality statement(value, n)
join skill_answer answer
    on answer.assessment_id = s.assessment_id and answer.statement_id = statement.value ->> 'id'
where s.submitted_at is not null and answer.value is not null and (s.mode = 'full' or statement.n = 1)
group by s.assessment_id, competence.value ->> 'id';

-- Every piece of evidence of every person's skills, one row per skill and
-- source. An assessment counts with its latest submission per framework, at
-- "I can do it on my own" or above (the mean rounded to one decimal at least
-- 2.5, as results pages decide the level); a card counts until the day it
-- ends, by Helsinki's calendar. Only skills still in the vocabulary count.
create view person_skill_evidence as
select e.account_id, s.skill_id, 'experience'::text as source, null::text as detail,
       max(e.created_at) as since
from experience e
join experience_skill s using (experience_id)
join vocabulary_skill v on v.skill_id = s.skill_id and v.active
group by e.account_id, s.skill_id
union all
select latest.account_id, v.skill_id, 'assessment', latest.framework_id, latest.submitted_at
from (
    select distinct on (account_id, framework_id) assessment_id, account_id, framework_id, submitted_at
    from skill_assessment
    where submitted_at is not null
    order by account_id, framework_id, submitted_at desc
) latest
join skill_competence_score c using (assessment_id)
join vocabulary_skill v
    on v.framework_id = latest.framework_id and v.competence_id = c.competence_id and v.active
where round(c.score::numeric, 1) >= 2.5
union all
select m.account_id, v.skill_id, 'module', m.module_id, m.completed_at
from module_completion m
join vocabulary_skill_module v using (module_id)
join vocabulary_skill k on k.skill_id = v.skill_id and k.active
union all
select p.account_id, v.skill_id, 'certificate', p.certificate_id, p.added_at
from person_certificate p
join vocabulary_certificate v using (certificate_id)
join vocabulary_skill k on k.skill_id = v.skill_id and k.active
where p.valid_until is null or p.valid_until >= (now() at time zone 'Europe/Helsinki')::date
union all
select c.account_id, c.skill_id, 'coach', null, c.confirmed_at
from confirmed_skill c
join vocabulary_skill k on k.skill_id = c.skill_id and k.active;
comment on view person_skill_evidence is
    'What shows each person''s skills: their experiences, assessments, modules, cards and their coach.';
