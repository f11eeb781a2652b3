-- A service with :people jobseekers (psql variables `tag` and `people`, and
-- `coaches`, 50 unless given): coach 0 with a fifth of them up to 2,000 (the
-- worst case), coaches 1–:coaches sharing the rest; most people have module
-- answers, two DigComp assessments, assigned modules, plan steps and
-- outcomes, and some came to an event. A coach's session token is
-- "bench-<tag>-<coach number>". Used by the caseload benchmark, the national
-- scale benchmark and the backup test.
-- No row triggers while loading (the local cluster's owner may say so):
-- the skill sets are worked out once at the end.
\if :{?coaches}
\else
\set coaches 50
\endif
set session_replication_role = replica;

-- Coaches work in teams of twelve, as an office's do.
insert into account (role, display_name, email, password_hash, team)
select 'coach', 'Bench coach ' || i, 'bench-coach-' || i || '-' || :'tag' || '@example.fi', 'not a hash',
       'Bench team ' || i / 12
from generate_series(0, :coaches) i;

insert into session (session_id, account_id, expires_at)
select sha256(convert_to('bench-' || :'tag' || '-' || split_part(display_name, ' ', 3), 'UTF8')),
       account_id, now() + interval '1 day'
from account where email like 'bench-coach-%-' || :'tag' || '@example.fi';

-- Coaches by number, so that each person's is found by a join: looked up by
-- email one person at a time, 100,000 people took minutes.
create temporary table bench_coaches as
select split_part(display_name, ' ', 3)::int as n, account_id
from account where email like 'bench-coach-%-' || :'tag' || '@example.fi';

insert into account (role, display_name, email, password_hash, coach_id, gender, birth_year, created_at)
select 'jobseeker', 'Bench person ' || i, 'bench-person-' || i || '-' || :'tag' || '@example.fi', 'not a hash',
       c.account_id, (array['female', 'male', 'other'])[1 + i % 3], 1960 + i % 45,
       now() - make_interval(days => 30 + i % 300)
from generate_series(1, :people) i
join bench_coaches c on c.n = case when i <= least(:people / 5, 2000) then 0 else 1 + i % :coaches end
order by i;

create temporary table bench_people as
select account_id, row_number() over (order by account_id) as n
from account where email like 'bench-person-%-' || :'tag' || '@example.fi';
-- A temporary table has no statistics until asked: without them the joins
-- below were planned as nested loops, and 100,000 people took minutes.
create index on bench_people (account_id);
analyze bench_people;

insert into module_assignment (account_id, module_id)
select p.account_id, m.module_id
from bench_people p cross join (select module_id from module order by module_id limit 2) m;

insert into module_answer (account_id, module_id, step_id, answered_at)
select p.account_id, s.module_id, s.step_id, now() - make_interval(days => (p.n % 40)::int)
from bench_people p
join module_step s on s.module_id = (select module_id from module order by module_id limit 1)
where p.n % 3 <> 0;

insert into skill_assessment (account_id, framework_id, framework_version, mode, started_at, submitted_at)
select p.account_id, 'digcomp', f.version, 'short', now() - make_interval(days => t.d), now() - make_interval(days => t.d)
from bench_people p cross join skill_framework f cross join (values (60), (10)) as t(d)
where f.framework_id = 'digcomp' and p.n % 4 <> 0;

insert into skill_area_score (assessment_id, area_id, score)
select s.assessment_id, a::text, 1 + ((s.assessment_id + a) % 30) / 10.0
from skill_assessment s join bench_people p on p.account_id = s.account_id
cross join generate_series(1, 5) a;

update skill_assessment s
set mean_score = (select avg(score) from skill_area_score a where a.assessment_id = s.assessment_id)
from bench_people p where p.account_id = s.account_id;

insert into module_completion (account_id, module_id, completed_at)
select a.account_id, a.module_id, max(a.answered_at)
from module_answer a join bench_people p using (account_id)
group by a.account_id, a.module_id;

insert into plan_step (account_id, what, who, status)
select p.account_id, 'Step ' || k, 'jobseeker', (array['todo', 'doing', 'done'])[1 + (p.n + k) % 3]
from bench_people p cross join generate_series(1, 3) k;

insert into outcome (account_id, situation, since)
select p.account_id, (array['employed_full_time', 'training', 'seeking', 'subsidised_work'])[1 + p.n % 4],
       current_date - (p.n % 200)::int
from bench_people p where p.n % 2 = 0;

insert into event_signup (event_id, account_id, status, confirmed_at, checked_in_at)
select e.event_id, p.account_id, 'confirmed', now() - interval '20 days', now() - interval '19 days'
from bench_people p cross join (select event_id from event order by event_id limit 1) e
where p.n % 5 = 0
on conflict do nothing;

-- Triggers keep each person's skill set one person at a time; a bulk load
-- works them all out once instead.
select refresh_all_person_skill();
select recount_event_confirmed();
analyze;
