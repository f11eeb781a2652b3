-- Matching at the scale of a country. "How many people have every must-have
-- skill of this job" and "who on my caseload fits" read a precomputed set of
-- each person's skills, indexed by skill, instead of working every profile's
-- evidence out from its five sources on each request.
--
-- The set is kept by triggers, so no write path can forget it, and it stays
-- true with the calendar: a skill known only from cards keeps the day its
-- last card ends (`until`), and readers ask for `until` today or later.

-- Every piece of evidence, ended cards included, with the day a card ends.
create view person_skill_source as
select e.account_id, s.skill_id, 'experience'::text as source, null::text as detail,
       max(e.created_at) as since, null::date as until
from experience e
join experience_skill s using (experience_id)
join vocabulary_skill v on v.skill_id = s.skill_id and v.active
group by e.account_id, s.skill_id
union all
select latest.account_id, v.skill_id, 'assessment', latest.framework_id, latest.submitted_at, null
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
select m.account_id, v.skill_id, 'module', m.module_id, m.completed_at, null
from module_completion m
join vocabulary_skill_module v using (module_id)
join vocabulary_skill k on k.skill_id = v.skill_id and k.active
union all
select p.account_id, v.skill_id, 'certificate', p.certificate_id, p.added_at, p.valid_until
from person_certificate p
join vocabulary_certificate v using (certificate_id)
join vocabulary_skill k on k.skill_id = v.skill_id and k.active
union all
select c.account_id, c.skill_id, 'coach', null, c.confirmed_at, null
from confirmed_skill c
join vocabulary_skill k on k.skill_id = c.skill_id and k.active;
comment on view person_skill_source is
    'Every piece of evidence of a skill, with the day it ends (cards only); person_skill_evidence keeps what holds today.';

create or replace view person_skill_evidence as
select account_id, skill_id, source, detail, since
from person_skill_source
where until is null or until >= (now() at time zone 'Europe/Helsinki')::date;

create table person_skill (
    account_id bigint not null references account (account_id) on delete cascade,
    skill_id text not null,
    -- The last day of the last card that shows the skill, when only cards do.
    until date,
    primary key (account_id, skill_id)
);
create index person_skill_skill_idx on person_skill (skill_id, account_id) include (until);
comment on table person_skill is
    'Each person''s skills, one row per skill, kept from person_skill_source by triggers: what matching reads.';

-- One row per person and skill: the set person_skill keeps.
create view person_skill_set as
select account_id, skill_id, case when bool_and(until is not null) then max(until) end as until
from person_skill_source
group by account_id, skill_id;

-- Works out one person's set again from what is committed. The account's
-- row lock makes two transactions that change one person's evidence do it
-- one after the other, so the later one reads what the earlier one wrote.
create function refresh_person_skill(person bigint) returns void
language plpgsql as $$
begin
    perform 1 from account where account_id = person for no key update;
    if not found then
        return;
    end if;
    delete from person_skill where account_id = person;
    insert into person_skill (account_id, skill_id, until)
    select * from person_skill_set where account_id = person;
end
$$;

-- Everyone's set again, and how many rows it holds: when the vocabulary
-- changes (the content loader calls it, once per load) and after bulk loads.
create function refresh_all_person_skill() returns bigint
language plpgsql as $$
declare
    kept bigint;
begin
    delete from person_skill;
    insert into person_skill (account_id, skill_id, until) select * from person_skill_set;
    get diagnostics kept = row_count;
    return kept;
end
$$;

-- Row triggers that wait for the commit, so a transaction that adds an
-- experience and its skills refreshes the person once its writes are all in.
create function person_skill_changed() returns trigger
language plpgsql as $$
declare
    changed record;
    person bigint;
begin
    if tg_op = 'DELETE' then changed := old; else changed := new; end if;
    if tg_table_name = 'experience_skill' then
        select e.account_id into person from experience e where e.experience_id = changed.experience_id;
    elsif tg_table_name = 'skill_competence_score' then
        select a.account_id into person from skill_assessment a where a.assessment_id = changed.assessment_id;
    else
        person := changed.account_id;
    end if;
    -- Gone with its experience or assessment: their own trigger refreshes.
    if person is not null then
        perform refresh_person_skill(person);
    end if;
    return null;
end
$$;

create constraint trigger person_skill_experience after delete on experience
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_experience_skill after insert or delete on experience_skill
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_assessment after insert or delete or update of submitted_at on skill_assessment
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_competence_score after insert or delete or update on skill_competence_score
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_module after insert or delete or update on module_completion
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_certificate after insert or delete or update on person_certificate
    deferrable initially deferred for each row execute function person_skill_changed();
create constraint trigger person_skill_confirmed after insert or delete on confirmed_skill
    deferrable initially deferred for each row execute function person_skill_changed();

select refresh_all_person_skill();

-- Consents for jobs only: event consents have their own index.
drop index profile_share_job_idx;
create index profile_share_job_idx on profile_share (job_id) where revoked_at is null and job_id is not null;
