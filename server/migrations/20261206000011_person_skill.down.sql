drop index profile_share_job_idx;
create index profile_share_job_idx on profile_share (job_id) where revoked_at is null;

drop trigger person_skill_confirmed on confirmed_skill;
drop trigger person_skill_certificate on person_certificate;
drop trigger person_skill_module on module_completion;
drop trigger person_skill_competence_score on skill_competence_score;
drop trigger person_skill_assessment on skill_assessment;
drop trigger person_skill_experience_skill on experience_skill;
drop trigger person_skill_experience on experience;
drop function person_skill_changed();
drop function refresh_all_person_skill();
drop function refresh_person_skill(bigint);
drop table person_skill;
drop view person_skill_set;

create or replace view person_skill_evidence as
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
drop view person_skill_source;
