create or replace function person_skill_changed() returns trigger
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
    if person is not null then
        perform refresh_person_skill(person);
    end if;
    return null;
end
$$;

create or replace function refresh_all_person_skill() returns bigint
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

create or replace view person_skill_set as
select account_id, skill_id, case when bool_and(until is not null) then max(until) end as until
from person_skill_source
group by account_id, skill_id;
