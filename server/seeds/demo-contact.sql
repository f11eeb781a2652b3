-- The coach and jobseeker channel, lived in, for `make run` (a developer's
-- machine only): Jussi and his coach Kaisa have written to each other and
-- have a meeting booked, with free times next week to book; three demo
-- people wrote and wait for an answer; Kaisa's teammate Pia (demo) is away
-- this week, so Kaisa covers for her two people, one of whom wrote; Kaisa
-- logged employer contacts and Jussi has a job-search log. Loaded once: a
-- second run finds Pia and adds nothing. Times are from now, so the
-- meetings are always to come.
do $$
declare
    coach bigint := (select account_id from account where email = 'coach@askel.test');
    jussi bigint := (select account_id from account where email = 'jobseeker@askel.test');
    pia bigint;
    today date := (now() at time zone 'Europe/Helsinki')::date;
    monday date := (date_trunc('week', now() at time zone 'Europe/Helsinki') + interval '7 days')::date;
    at_hour timestamp;
begin
    if coach is null or jussi is null
       or exists (select 1 from account where email = 'pia-coach@askel.test') then
        return;
    end if;

    insert into account (role, display_name, email, password_hash, team, away_until, locale)
    values ('coach', 'Pia Sijainen (demo)', 'pia-coach@askel.test', 'no password: a demo person',
            'Demo team', today + 4, 'fi')
    returning account_id into pia;
    update account set team = 'Demo team' where account_id = coach;
    insert into account (role, display_name, email, password_hash, coach_id, gender, birth_year, locale)
    values ('jobseeker', 'Samir Haddad (demo)', 'pia-people-1@askel.test', 'no password: a demo person',
            pia, 'male', 1992, 'fi'),
           ('jobseeker', 'Laura Nieminen (demo)', 'pia-people-2@askel.test', 'no password: a demo person',
            pia, 'female', 1986, 'fi');

    -- Jussi and Kaisa, over the last days; her last message he has not read.
    insert into message (account_id, written_by, from_jobseeker, body, sent_key, created_at, read_at)
    values
        (jussi, jussi, true, 'Hei! Sain kutsun rekrytointipäivään. Mitä minun pitää ottaa mukaan?',
         gen_random_uuid(), now() - interval '3 days', now() - interval '3 days' + interval '2 hours'),
        (jussi, coach, false, 'Hei Jussi! Ota CV mukaan ja trukkikortti, jos sinulla on se. Katsotaan CV yhdessä ensi viikolla: varaa aika Tapaamiset-sivulta.',
         gen_random_uuid(), now() - interval '3 days' + interval '2 hours', now() - interval '2 days'),
        (jussi, jussi, true, 'Kiitos, varasin ajan tiistaille.',
         gen_random_uuid(), now() - interval '2 days', now() - interval '1 day'),
        (jussi, coach, false, 'Hyvä! Muista myös työnhakupäiväkirja: kirjaa sinne hakemasi paikat.',
         gen_random_uuid(), now() - interval '1 day', null);

    -- Three of Kaisa's people wrote and wait; one of Pia's, whom Kaisa covers.
    insert into message (account_id, written_by, from_jobseeker, body, sent_key, created_at)
    select a.account_id, a.account_id, true, m.body, gen_random_uuid(), now() - m.ago
    from (values
        ('demo-02@askel.test', 'Hello, can we move our meeting to Thursday?', interval '5 hours'),
        ('demo-05@askel.test', 'Hei, en pääse huomenna, olen kipeänä.', interval '1 day'),
        ('demo-13@askel.test', 'Hej! Jag fick jobbet på lagret!', interval '2 days'),
        ('pia-people-1@askel.test', 'Hei Pia, tarvitsen todistuksen työkokeilusta.', interval '3 hours')
    ) as m(email, body, ago)
    join account a on a.email = m.email;

    -- Kaisa's free times next week (Tuesday to Thursday), one booked by Jussi.
    for day_offset in 1..3 loop
        for h in 9..11 loop
            at_hour := (monday + day_offset) + make_interval(hours => h);
            insert into meeting (coach_id, starts_at, ends_at, mode, place)
            values (coach, at_hour at time zone 'Europe/Helsinki',
                    (at_hour + interval '45 minutes') at time zone 'Europe/Helsinki',
                    case when h = 11 then 'phone' else 'in-person' end,
                    case when h = 11 then null else 'Työllisyyspalvelut, Kauppakatu 5, 2. krs' end);
        end loop;
    end loop;
    update meeting set jobseeker_id = jussi, booked_at = now() - interval '2 days'
    where meeting_id = (select min(meeting_id) from meeting where coach_id = coach and jobseeker_id is null
                        and starts_at >= (monday + 1) at time zone 'Europe/Helsinki');

    -- Employer contacts: Jussi has agreed that Kaisa may name him.
    insert into employer_contact_consent (account_id) values (jussi);
    insert into employer_contact (employer_id, coach_id, contacted_on, how, jobseeker_id, result, note)
    select e.employer_id, coach, today - c.ago, c.how, case when c.named then jussi end, c.result, c.note
    from (values
        ('Varastopalvelu Pohjola Oy (demo)', 12, 'visit', false, 'later', 'Keväällä tarvitaan lisää kerääjiä.'),
        ('Varastopalvelu Pohjola Oy (demo)', 2, 'phone', true, 'interview', 'Jussi haastatteluun rekrytointipäivänä.'),
        ('Ravintola Lempi (demo)', 6, 'email', false, 'opening', 'Tiskaaja iltavuoroihin.')
    ) as c(employer, ago, how, named, result, note)
    join employer e on e.name = c.employer;

    -- Jussi's own job-search log this month.
    insert into job_search_entry (account_id, kind, happened_on, employer, what)
    values
        (jussi, 'application', today - 4, 'Kiinteistöpalvelu Kirkas Oy (demo)', 'Siivooja, aamuvuoro'),
        (jussi, 'contact', today - 2, 'Varastopalvelu Pohjola Oy (demo)', 'Soitin ja kysyin trukkikortista'),
        (jussi, 'other', today - 1, '', 'Päivitin CV:n');
end $$;
