-- A lived-in demo service for `make run`, on a developer's machine only
-- (README says so): 24 more jobseekers on the demo coach's caseload at
-- different stages (modules done and under way, plans, a recruitment day
-- they came to, outcomes, skills profiles), three employers of the demo
-- organiser with fifteen open jobs and work tasks, two of them to meet at
-- the coming recruitment day, and people interested in them. Every name
-- says "(demo)" and every address ends in askel.test; the demo people have
-- no password. Loaded once: a second run finds the first demo person and
-- adds nothing. Each person's history is picked by their number, not by
-- chance, so every run makes the same service. Self-assessments are taken
-- through the application itself afterwards (server/src/database.rs).
do $$
declare
    coach bigint := (select account_id from account where email = 'coach@askel.test');
    organiser bigint := (select account_id from account where email = 'organiser@askel.test');
    jussi bigint := (select account_id from account where email = 'jobseeker@askel.test');
    recruitment bigint := (select min(event_id) from event
                           where organiser_id = (select account_id from account where email = 'organiser@askel.test')
                             and kind = 'recruitment-day' and starts_at > now());
    today date := (now() at time zone 'Europe/Helsinki')::date;
    -- The impact report shows ended quarters only: the history is set in
    -- the last one, and only what is under way now is recent.
    quarter_end timestamptz := date_trunc('quarter', now() at time zone 'Europe/Helsinki') at time zone 'Europe/Helsinki';
    past bigint;
    j record;
    new_job bigint;
begin
    if coach is null or organiser is null
       or exists (select 1 from account where email = 'demo-01@askel.test') then
        return;
    end if;

    insert into account (role, display_name, email, password_hash, coach_id, gender, birth_year, locale, created_at)
    select 'jobseeker', p.name || ' (demo)', 'demo-' || lpad(p.n::text, 2, '0') || '@askel.test',
           'no password: a demo person', coach, p.gender, p.born, p.locale,
           quarter_end - make_interval(days => 100 + p.n * 3)
    from (values
        (1, 'Aino Virtanen', 'female', 1998, 'fi'), (2, 'Mohamed Ali', 'male', 1985, 'en'),
        (3, 'Olga Ivanova', 'female', 1970, 'fi'), (4, 'Juha Korhonen', 'male', 1962, 'fi'),
        (5, 'Fatima Hassan', 'female', 2001, 'fi'), (6, 'Kadri Tamm', 'female', 1979, 'fi'),
        (7, 'Oksana Melnyk', 'female', 1990, 'en'), (8, 'Ahmed Yusuf', 'male', 1966, 'fi'),
        (9, 'Liisa Mäkinen', 'female', 1995, 'fi'), (10, 'Pekka Nieminen', 'male', 1958, 'fi'),
        (11, 'Hodan Abdi', 'female', 2003, 'fi'), (12, 'Sergei Petrov', 'male', 1975, 'fi'),
        (13, 'Maria Lindqvist', 'female', 1968, 'sv'), (14, 'Amina Farah', 'female', 1999, 'fi'),
        (15, 'Timo Laine', 'male', 1988, 'fi'), (16, 'Nadia Karimi', 'female', 1993, 'en'),
        (17, 'Erik Holm', 'male', 1961, 'sv'), (18, 'Anna Koskinen', 'female', 1972, 'fi'),
        (19, 'Yusuf Omar', 'male', 2000, 'fi'), (20, 'Irina Smirnova', 'female', 1983, 'fi'),
        (21, 'Mikko Heikkinen', 'male', 1964, 'fi'), (22, 'Leila Haddad', 'female', 1996, 'en'),
        (23, 'Katariina Salo', 'female', 1980, 'fi'), (24, 'Dmytro Bondarenko', 'male', 1987, 'fi')
    ) as p(n, name, gender, born, locale);

    create temporary table demo_person on commit drop as
    select account_id, substr(email, 6, 2)::int as n from account where email like 'demo-__@askel.test';

    -- Modules: two assigned to everyone; "Digital skills" done by two in
    -- three, the CV module by every other, the interview module under way.
    insert into module_assignment (account_id, module_id, assigned_by, assigned_at)
    select p.account_id, m, coach, quarter_end - interval '80 days'
    from demo_person p cross join unnest(array['cv', 'interview']) m;
    insert into module_answer (account_id, module_id, step_id, answered_at)
    select p.account_id, s.module_id, s.step_id, quarter_end - make_interval(days => 10 + p.n * 2)
    from demo_person p join module_step s
      on s.position is not null
     and ((s.module_id = 'digital-skills' and p.n % 3 <> 0) or (s.module_id = 'cv' and p.n % 2 = 0));
    insert into module_answer (account_id, module_id, step_id, answered_at)
    select p.account_id, s.module_id, s.step_id, now() - interval '1 day'
    from demo_person p join module_step s on s.module_id = 'interview'
    where p.n % 3 = 0 and s.position in (1, 2);
    insert into module_completion (account_id, module_id, completed_at)
    select a.account_id, a.module_id, max(a.answered_at)
    from module_answer a join demo_person p using (account_id)
    where a.module_id in ('digital-skills', 'cv')
    group by a.account_id, a.module_id;

    -- Plans: a goal and three steps, further along the longer someone has been here.
    insert into plan_goal (account_id, what, status, created_at)
    select p.account_id,
           (array['Löytää työ varastosta', 'Päästä työkokeiluun keittiöön', 'Löytää osa-aikatyö siivouksesta',
                  'Hakea hoiva-avustajan koulutukseen'])[1 + p.n % 4],
           'open', now() - interval '45 days'
    from demo_person p;
    insert into plan_step (account_id, goal_id, what, who, status, due_on, created_at)
    select g.account_id, g.goal_id, step.what, step.who,
           case when step.k <= p.n % 4 then 'done' when step.k = p.n % 4 + 1 then 'doing' else 'todo' end,
           today + step.k * 7, now() - interval '44 days'
    from plan_goal g join demo_person p using (account_id)
    cross join (values (1, 'Tee CV Askelessa', 'jobseeker'), (2, 'Hae kolmeen työpaikkaan', 'jobseeker'),
                       (3, 'Harjoitellaan työhaastattelua', 'together')) as step(k, what, who);

    insert into coach_note (account_id, written_by, body, shared, created_at)
    select p.account_id, coach,
           case when p.n % 8 = 0 then 'Tapasimme. Hyvä into, seuraavaksi työhaastatteluharjoitus.'
                else 'Soitin ja sovimme tapaamisen ensi viikolle.' end,
           p.n % 8 = 0, now() - make_interval(days => p.n)
    from demo_person p where p.n % 4 = 0;

    -- Outcomes: five women and five men in work (two with pay subsidy, two
    -- part time), two in training: enough on each side that the report shows them.
    insert into outcome (account_id, situation, since, recorded_by, recorded_at)
    select p.account_id,
           case when p.n in (1, 2, 9, 11, 14, 17) then 'employed_full_time'
                when p.n in (5, 12) then 'employed_part_time'
                when p.n in (4, 8) then 'subsidised_work'
                else 'training' end,
           (quarter_end - make_interval(days => 20 + p.n * 2))::date, coach,
           quarter_end - make_interval(days => 19 + p.n * 2)
    from demo_person p where p.n in (1, 2, 4, 5, 8, 9, 11, 12, 14, 17, 3, 6);

    -- A recruitment day last quarter: everyone signed up, four in five came.
    insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at,
                       signup_deadline, address, languages, capacity, published_at)
    values (organiser, 'published', 'Varastopalvelu Pohjola Oy (demo)', 'logistics', 'recruitment-day',
            quarter_end - interval '40 days', quarter_end - interval '40 days' + interval '3 hours',
            quarter_end - interval '42 days', 'Tikkurilantie 10, 01300 Vantaa', '{fi,en}', 60,
            quarter_end - interval '60 days')
    returning event_id into past;
    insert into event_text (event_id, locale, title, description) values
        (past, 'fi', 'Rekrytointipäivä: varasto ja logistiikka (demo)', 'Varastot etsivät keräilijöitä ja trukinkuljettajia.'),
        (past, 'en', 'Recruitment day: warehouse and logistics (demo)', 'Warehouses look for order pickers and forklift drivers.');
    insert into event_signup (event_id, account_id, status, confirmed_at, checked_in_at)
    select past, p.account_id, 'confirmed', quarter_end - interval '45 days',
           case when p.n % 5 <> 0 then quarter_end - interval '40 days' end
    from demo_person p;

    -- Skills profiles: what each did, in their own words, with the skills it showed.
    create temporary table demo_field on commit drop as
    select * from (values
        (0, 'work', 'Siivosin toimistoja ja porraskäytäviä iltaisin.', 'Kontula, Helsinki',
         array['clean-floors', 'clean-surfaces', 'cleaning-chemicals', 'sort-waste'], 'occupational-safety-card'),
        (1, 'work', 'Keräilin tilauksia ja ajoin trukkia varastossa.', 'Vantaa',
         array['pick-orders', 'operate-forklift', 'pack-goods', 'lift-heavy'], 'forklift-card'),
        (2, 'volunteering', 'Laitoin ruokaa 40 hengelle moskeijan juhliin.', 'Itäkeskus',
         array['prepare-vegetables', 'cooking-techniques', 'food-hygiene', 'dishwashing-machine'], 'hygiene-passport'),
        (3, 'home', 'Hoidin isovanhempaani kotona kaksi vuotta.', null,
         array['tend-elderly', 'empathy', 'personal-hygiene', 'accompany-people'], 'first-aid-1'),
        (4, 'work', 'Olin kassalla ja täytin hyllyjä ruokakaupassa.', 'Espoo',
         array['cash-register', 'stock-shelves', 'assist-customers', 'customer-service'], null)
    ) as f(k, kind, description, place, skills, card);
    insert into experience (account_id, kind, description, place, period, created_at)
    select p.account_id, f.kind, f.description, f.place, (2014 + p.n % 8) || '–' || (2017 + p.n % 8),
           now() - make_interval(days => p.n)
    from demo_person p join demo_field f on f.k in (p.n % 5, (p.n + 2) % 5) and (f.k = p.n % 5 or p.n % 3 = 0);
    insert into experience_skill (experience_id, skill_id)
    select e.experience_id, s
    from experience e join demo_person p using (account_id)
    join demo_field f on f.description = e.description
    cross join unnest(f.skills) s;
    insert into person_certificate (account_id, certificate_id, valid_until)
    select p.account_id, f.card, case when p.n = 7 then today - 40 else today + 700 + p.n end
    from demo_person p join demo_field f on f.k = p.n % 5
    where f.card is not null and p.n % 4 <> 3;
    insert into person_language (account_id, language_id, level)
    select p.account_id, l.language_id, l.level
    from demo_person p
    cross join lateral (values
        ('fi', case when p.n in (1, 4, 9, 10, 15, 18, 21, 23) then 'native'
                    else (array['A2', 'B1', 'B1', 'B2'])[1 + p.n % 4] end),
        ((array[null, 'so', 'ru', null, 'so', 'et', 'uk', 'so', null, null, 'so', 'ru', 'sv', 'so', null,
                'fa', 'sv', null, 'so', 'ru', null, 'ar', null, 'uk'])[p.n], 'native'),
        ('en', case when p.n % 3 = 1 then 'B1' end)
    ) as l(language_id, level)
    where l.language_id is not null and l.level is not null
    on conflict do nothing;
    insert into confirmed_skill (account_id, skill_id, confirmed_by, confirmed_at)
    select p.account_id, f.skills[1], coach, now() - interval '10 days'
    from demo_person p join demo_field f on f.k = p.n % 5
    where p.n % 4 = 0;

    -- The demo jobseeker too, so "Jobs for you" has something to say.
    if jussi is not null and not exists (select 1 from experience where account_id = jussi) then
        insert into experience (account_id, kind, description, place, period)
        values (jussi, 'work', 'Keräilin tilauksia ja ajoin trukkia varastossa.', 'Vantaa', '2019–2023');
        insert into experience_skill (experience_id, skill_id)
        select experience_id, s from experience, unnest(array['pick-orders', 'pack-goods', 'lift-heavy']) s
        where account_id = jussi;
        insert into person_language (account_id, language_id, level) values (jussi, 'fi', 'B1');
    end if;

    -- Three employers of the demo organiser and their fifteen open jobs.
    insert into employer (name, created_by) values
        ('Varastopalvelu Pohjola Oy (demo)', organiser),
        ('Kiinteistöpalvelu Kirkas Oy (demo)', organiser),
        ('Ravintola Lempi (demo)', organiser);
    insert into employer_member (employer_id, account_id, added_by)
    select employer_id, organiser, organiser from employer where name like '% (demo)';

    create temporary table demo_job_id (n int, job_id bigint) on commit drop;
    create temporary table demo_job on commit drop as
    select * from (values
        (1, 'Varastopalvelu Pohjola Oy (demo)', 'job', 'warehouse-worker', 'Vantaa', 'permanent', true, 'B1',
         'Varastotyöntekijä', 'Warehouse worker', 'Keräilet ja pakkaat tilauksia. Perehdytämme työhön.',
         array['pick-orders', 'pack-goods'], array['lift-heavy', 'work-safely'], array[]::text[], true),
        (2, 'Varastopalvelu Pohjola Oy (demo)', 'job', 'forklift-operator', 'Vantaa', 'fixed-term', true, 'A2',
         'Trukinkuljettaja', 'Forklift driver', 'Siirrät kuormia trukilla. Työ on kolmessa vuorossa.',
         array['operate-forklift'], array['load-cargo', 'unload-cargo'], array['forklift-card'], true),
        (3, 'Varastopalvelu Pohjola Oy (demo)', 'job', 'hand-packer', 'Helsinki', 'part-time', false, null,
         'Pakkaaja', 'Packer', 'Pakkaat verkkokaupan tilauksia. Suomea ei tarvita.',
         array['pack-goods'], array['follow-written-instructions'], array[]::text[], false),
        (4, 'Varastopalvelu Pohjola Oy (demo)', 'work-task', 'warehouse-worker', 'Vantaa', 'work-trial', false, null,
         'Työkokeilu: hyllytys', 'Work trial: shelving', 'Kuukauden työkokeilu varastossa, tuettuna.',
         array[]::text[], array['stack-goods', 'receive-goods'], array[]::text[], false),
        (5, 'Varastopalvelu Pohjola Oy (demo)', 'job', 'delivery-driver', 'Helsinki', 'permanent', true, 'B1',
         'Lähettikuski', 'Delivery driver', 'Ajat paketteja pakettiautolla pääkaupunkiseudulla.',
         array['drive-vehicles', 'delivered-packages'], array['gps', 'traffic-rules'], array['driving-licence-b'], false),
        (6, 'Varastopalvelu Pohjola Oy (demo)', 'job', 'warehouse-worker', 'Kerava', 'subsidised', true, 'A2',
         'Varastoapulainen palkkatuella', 'Warehouse helper with pay subsidy', 'Palkkatuettu työ varastossa.',
         array['lift-heavy'], array['pick-orders'], array['occupational-safety-card'], false),
        (7, 'Kiinteistöpalvelu Kirkas Oy (demo)', 'job', 'building-cleaner', 'Helsinki', 'part-time', false, null,
         'Toimistosiivooja', 'Office cleaner', 'Siivoat toimistoja iltaisin. Suomea ei tarvita.',
         array['clean-floors', 'clean-surfaces'], array['cleaning-chemicals', 'sort-waste'], array[]::text[], false),
        (8, 'Kiinteistöpalvelu Kirkas Oy (demo)', 'job', 'building-cleaner', 'Espoo', 'permanent', true, 'A2',
         'Laitoshuoltaja', 'Facility cleaner', 'Siivoat koulua ja hoidat jätehuollon.',
         array['clean-floors', 'floor-cleaning-machines'], array['eco-cleaning'], array['occupational-safety-card'], false),
        (9, 'Kiinteistöpalvelu Kirkas Oy (demo)', 'job', 'building-caretaker', 'Vantaa', 'apprenticeship', true, 'B1',
         'Kiinteistönhoitaja, oppisopimus', 'Property caretaker, apprenticeship', 'Opit kiinteistönhoidon työssä.',
         array['minor-repairs'], array['hand-tools', 'maintain-lawns'], array[]::text[], false),
        (10, 'Kiinteistöpalvelu Kirkas Oy (demo)', 'work-task', 'domestic-cleaner', 'Helsinki', 'work-trial', false, null,
         'Työkokeilu: kotisiivous', 'Work trial: home cleaning', 'Kahden viikon työkokeilu kotisiivouksessa.',
         array[]::text[], array['clean-rooms', 'laundry'], array[]::text[], false),
        (11, 'Ravintola Lempi (demo)', 'job', 'kitchen-assistant', 'Helsinki', 'fixed-term', true, 'A2',
         'Keittiöapulainen', 'Kitchen assistant', 'Esivalmistelet ruokia ja pidät keittiön puhtaana.',
         array['prepare-vegetables', 'food-hygiene'], array['dishwashing-machine'], array['hygiene-passport'], false),
        (12, 'Ravintola Lempi (demo)', 'job', 'cook', 'Helsinki', 'permanent', true, 'B1',
         'Kokki', 'Cook', 'Valmistat lounasta 200 hengelle.',
         array['cooking-techniques', 'food-hygiene'], array['cook-meat', 'bake'], array['hygiene-passport'], false),
        (13, 'Ravintola Lempi (demo)', 'job', 'waiter', 'Helsinki', 'part-time', true, 'B1',
         'Tarjoilija', 'Waiter', 'Palvelet asiakkaita iltaisin ja viikonloppuisin.',
         array['serve-tables', 'customer-service'], array['process-payments'], array['alcohol-passport'], false),
        (14, 'Ravintola Lempi (demo)', 'job', 'kitchen-porter', 'Espoo', 'part-time', false, null,
         'Tiskaaja', 'Dishwasher', 'Tiskaat ja pidät keittiön järjestyksessä. Suomea ei tarvita.',
         array['dishwashing-machine'], array['clean-kitchen-equipment'], array[]::text[], false),
        (15, 'Ravintola Lempi (demo)', 'work-task', 'kitchen-assistant', 'Helsinki', 'work-trial', false, null,
         'Työkokeilu: lounaskeittiö', 'Work trial: lunch kitchen', 'Kuukauden työkokeilu lounaskeittiössä.',
         array[]::text[], array['prepare-sandwiches', 'food-hygiene'], array['hygiene-passport'], false)
    ) as j(n, employer, kind, occupation, municipality, form, finnish, level, title_fi, title_en, description,
           must, nice, cards, at_event);

    for j in select * from demo_job order by n loop
        insert into job (employer_id, kind, status, occupation_id, municipality, form, hours, finnish_required,
                         start_on, apply_by, how_to_apply, event_id, created_by, published_at)
        select e.employer_id, j.kind, 'published', j.occupation, j.municipality, j.form,
               case when j.form = 'part-time' then '20 tuntia viikossa' end, j.finnish,
               today + 14 + j.n, today + 20 + j.n * 3,
               'Kerro kiinnostuksesi Askelessa tai soita 040 000 0000.',
               case when j.at_event then recruitment end, organiser, now() - make_interval(days => j.n)
        from employer e where e.name = j.employer
        returning job.job_id into new_job;
        insert into demo_job_id values (j.n, new_job);
        insert into job_text (job_id, locale, title, description) values
            (new_job, 'fi', j.title_fi, j.description),
            (new_job, 'en', j.title_en, 'Ask about the job in English: the employer will tell you more.');
        insert into job_skill (job_id, skill_id, must)
        select new_job, s, true from unnest(j.must) s
        union all
        select new_job, s, false from unnest(j.nice) s;
        insert into job_certificate (job_id, certificate_id) select new_job, c from unnest(j.cards) c;
        insert into job_language (job_id, language_id, level)
        select new_job, 'fi', j.level where j.level is not null;
    end loop;

    -- Interest, a suggestion, consents and what the employers say came of them.
    insert into job_candidate (job_id, account_id, interested_at, proposed_by, proposed_at, stage, stage_at)
    select job.job_id, p.account_id, now() - interval '12 days',
           case when c.proposed then coach end, case when c.proposed then now() - interval '14 days' end,
           c.stage, case when c.stage is not null then now() - interval '3 days' end
    from (values (2, 1, false, 'interview'), (5, 11, true, 'hired'), (7, 7, false, null),
                 (12, 2, true, 'contacted'), (16, 14, false, null)) as c(n, job, proposed, stage)
    join demo_person p on p.n = c.n
    join demo_job_id job on job.n = c.job;
    insert into profile_share (account_id, job_id, granted_at)
    select c.account_id, c.job_id, c.interested_at
    from job_candidate c join demo_person p using (account_id) where p.n <> 7;
    insert into saved_job (account_id, job_id)
    select p.account_id, job.job_id
    from demo_person p join demo_job_id job on job.n in (1 + p.n % 15, 1 + (p.n + 4) % 15)
    where p.n % 2 = 1;
end $$;
