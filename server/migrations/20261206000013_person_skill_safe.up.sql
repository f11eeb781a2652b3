-- person_skill, made safe for deleted accounts and for a content load that
-- runs while people save (a review of 20261206000011 found both).

-- A deleted account keeps no skills. Its module completions stay for the
-- anonymous statistics, and the anonymising update of them fires the module
-- trigger: without this the person's skills came back after deletion.
create or replace view person_skill_set as
select s.account_id, s.skill_id, case when bool_and(s.until is not null) then max(s.until) end as until
from person_skill_source s
join account a on a.account_id = s.account_id and a.deleted_at is null
group by s.account_id, s.skill_id;

-- Everyone's set again. The table lock waits for the people whose refresh
-- is committing and makes new ones wait for this transaction, so neither
-- inserts a row the other has just inserted (a duplicate key, a failed save).
create or replace function refresh_all_person_skill() returns bigint
language plpgsql as $$
declare
    kept bigint;
begin
    lock table person_skill in share row exclusive mode;
    delete from person_skill;
    insert into person_skill (account_id, skill_id, until) select * from person_skill_set;
    get diagnostics kept = row_count;
    return kept;
end
$$;

-- Once per person and transaction. The triggers fire at commit, after every
-- write of the transaction, so the first refresh already sees them all: an
-- assessment's twenty scores no longer work the same set out twenty times.
-- The transaction-local setting holds who was refreshed.
create or replace function person_skill_changed() returns trigger
language plpgsql as $$
declare
    changed record;
    person bigint;
    refreshed text := coalesce(current_setting('askel.person_skill_refreshed', true), '');
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
    if person is null or strpos(refreshed, ' ' || person || ' ') > 0 then
        return null;
    end if;
    perform refresh_person_skill(person);
    perform set_config('askel.person_skill_refreshed', coalesce(nullif(refreshed, ''), ' ') || person || ' ', true);
    return null;
end
$$;
