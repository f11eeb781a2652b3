-- Skills profiles, employers and open jobs over the people caseload-data.sql
-- made with the same psql variable `tag`: every person has 10–40 skills
-- from experiences (plus what their assessments and modules show), most
-- have a card and say their Finnish; 300 employers have 2,000 open jobs
-- between them, each with 2–4 must-have and 3 nice-to-have skills. Session
-- tokens: "bench-<tag>-person-<n>" for people 1 and 2,006 (on coach 7's
-- caseload of 160) and "bench-<tag>-employer" for the staff of employer 1.
-- Picks are arithmetic, not random, so every run is the same.
-- No row triggers while loading (the local cluster's owner may say so):
-- the skill sets are worked out once at the end.
set session_replication_role = replica;

create temporary table bench_people as
select account_id, row_number() over (order by account_id) as n
from account where email like 'bench-person-%-' || :'tag' || '@example.fi';

create temporary table bench_skill as
select skill_id, row_number() over (order by skill_id) - 1 as i from vocabulary_skill where active;
select count(*) as skills from bench_skill \gset

-- Person n has 10 + n % 31 skills, ten to an experience; a step of 53
-- (prime to the 136 skills) keeps them distinct.
insert into experience (account_id, kind, description)
select p.account_id, (array['work', 'volunteering', 'home', 'studies'])[1 + (p.n + e) % 4],
       'Bench experience ' || e
from bench_people p cross join lateral generate_series(0, (10 + p.n % 31 - 1) / 10) e;

insert into experience_skill (experience_id, skill_id)
select x.experience_id, s.skill_id
from bench_people p
cross join lateral generate_series(0, 10 + p.n % 31 - 1) j
join experience x on x.account_id = p.account_id and x.description = 'Bench experience ' || j / 10
join bench_skill s on s.i = (p.n * 37 + j * 53) % :skills;

-- Each DigComp competence scored in every submitted assessment, so about
-- half of them count as evidence of the skills they show.
insert into skill_competence_score (assessment_id, competence_id, score)
select s.assessment_id, v.competence_id, 1 + ((s.assessment_id * 7 + v.i) % 31) / 10.0
from skill_assessment s
join bench_people p on p.account_id = s.account_id
join (select competence_id, row_number() over (order by competence_id) as i
      from vocabulary_skill where framework_id = 'digcomp') v on true
where s.submitted_at is not null;

create temporary table bench_certificate as
select certificate_id, row_number() over (order by certificate_id) - 1 as i from vocabulary_certificate;
select count(*) as certificates from bench_certificate \gset

-- Two people in three hold a card; one card in ten of those has ended.
insert into person_certificate (account_id, certificate_id, valid_until)
select p.account_id, c.certificate_id,
       case when p.n % 10 = 0 then current_date - 30 when p.n % 2 = 0 then current_date + 365 end
from bench_people p join bench_certificate c on c.i = p.n % :certificates
where p.n % 3 <> 0;

insert into person_language (account_id, language_id, level)
select p.account_id, 'fi', (array['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'])[1 + p.n % 7]
from bench_people p
union all
select p.account_id, 'en', (array['A2', 'B1', 'B2'])[1 + p.n % 3]
from bench_people p where p.n % 2 = 0;

insert into employer (name)
select 'Bench employer ' || i || ' ' || :'tag' from generate_series(1, 300) i;

create temporary table bench_employer as
select employer_id, row_number() over (order by employer_id) as n
from employer where name like 'Bench employer % ' || :'tag';

insert into account (role, display_name, email, password_hash)
values ('organiser', 'Bench employer staff', 'bench-employer-' || :'tag' || '@example.fi', 'not a hash');

insert into employer_member (employer_id, account_id)
select e.employer_id, a.account_id
from bench_employer e, account a
where e.n = 1 and a.email = 'bench-employer-' || :'tag' || '@example.fi';

create temporary table bench_occupation as
select occupation_id, row_number() over (order by occupation_id) - 1 as i from vocabulary_occupation;
select count(*) as occupations from bench_occupation \gset

insert into job (employer_id, kind, status, occupation_id, municipality, remote, form,
                 finnish_required, apply_by, how_to_apply, source, source_id, published_at)
select e.employer_id, case when k % 4 = 0 then 'work-task' else 'job' end, 'published',
       o.occupation_id,
       (array['Helsinki', 'Espoo', 'Vantaa', 'Tampere', 'Turku', 'Oulu', 'Lahti', 'Kuopio', 'Jyväskylä', 'Pori'])[1 + k % 10],
       k % 10 = 0,
       (array['permanent', 'fixed-term', 'part-time', 'subsidised', 'apprenticeship', 'work-trial'])[1 + k % 6],
       k % 4 <> 0, case when k % 3 = 0 then current_date + 30 end, 'Call us.',
       'bench-' || :'tag', k::text, now()
from generate_series(1, 2000) g(k)
join bench_employer e on e.n = 1 + k % 300
join bench_occupation o on o.i = k % :occupations;

create temporary table bench_job as
select job_id, source_id::int as n from job where source = 'bench-' || :'tag';

insert into job_text (job_id, locale, title, description)
select job_id, 'fi', 'Bench job ' || n, 'A job made for the benchmark.' from bench_job;

-- Job n asks for 2–4 skills and would like 3 more.
insert into job_skill (job_id, skill_id, must)
select j.job_id, s.skill_id, k < 2 + j.n % 3
from bench_job j
cross join lateral generate_series(0, 2 + j.n % 3 + 2) k
join bench_skill s on s.i = (j.n * 29 + k * 53) % :skills;

insert into job_certificate (job_id, certificate_id)
select j.job_id, c.certificate_id
from bench_job j join bench_certificate c on c.i = j.n % :certificates
where j.n % 5 = 0;

insert into job_language (job_id, language_id, level)
select j.job_id, 'fi', (array['A2', 'B1', 'B2'])[1 + j.n % 3] from bench_job j where j.n % 4 <> 0
union all
select j.job_id, 'en', 'B1' from bench_job j where j.n % 7 = 0;

insert into session (session_id, account_id, expires_at)
select sha256(convert_to('bench-' || :'tag' || '-person-' || p.n, 'UTF8')), p.account_id, now() + interval '1 day'
from bench_people p where p.n in (1, 2006)
union all
select sha256(convert_to('bench-' || :'tag' || '-employer', 'UTF8')), account_id, now() + interval '1 day'
from account where email = 'bench-employer-' || :'tag' || '@example.fi';

-- Triggers keep each person's skill set one person at a time; a bulk load
-- works them all out once instead.
select refresh_all_person_skill();
analyze;
