-- Demo events by the demo organiser, always in the coming weeks; loaded once.
do $$
declare
    organiser bigint := (select account_id from account where email = 'organiser@askel.test');
    day timestamptz := date_trunc('day', now() at time zone 'Europe/Helsinki') at time zone 'Europe/Helsinki';
    recruitment bigint;
    speed bigint;
    online bigint;
begin
    if organiser is null or exists (select 1 from event where organiser_id = organiser) then
        return;
    end if;

    insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at,
                       signup_deadline, address, directions, accessibility, accessibility_notes,
                       languages, capacity, published_at)
    values (organiser, 'published', 'Kauppakeskus Itis', 'retail', 'recruitment-day',
            day + interval '8 days 10 hours', day + interval '8 days 14 hours',
            day + interval '7 days 16 hours', 'Itäkatu 1, 00930 Helsinki',
            'Metro to Itäkeskus. The event is on the 2nd floor, next to the library.',
            '{step-free,accessible-toilet,seating,public-transport}',
            'There is a lift from the metro station to the 2nd floor.',
            '{fi,en}', 40, now())
    returning event_id into recruitment;
    insert into event_text (event_id, locale, title, description) values
        (recruitment, 'fi', 'Rekrytointipäivä: kaupan työt', 'Kaupat etsivät myyjiä, kassatyöntekijöitä ja varastotyöntekijöitä joulun ja kevään ajaksi.' || E'\n\n' || 'Ota mukaan CV, jos sinulla on. Voit myös tulla ilman.'),
        (recruitment, 'sv', 'Rekryteringsdag: jobb i handeln', 'Butikerna söker säljare, kassapersonal och lagerarbetare.' || E'\n\n' || 'Ta med ditt CV om du har ett.'),
        (recruitment, 'en', 'Recruitment day: jobs in shops', 'Shops are looking for sales assistants, cashiers and warehouse workers.' || E'\n\n' || 'Bring your CV if you have one. You can also come without.');
    insert into event_question (event_id, position, locale, question) values
        (recruitment, 1, 'fi', 'Mikä työ sinua kiinnostaa?'),
        (recruitment, 1, 'sv', 'Vilket jobb är du intresserad av?'),
        (recruitment, 1, 'en', 'Which job interests you?');

    insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at,
                       signup_deadline, address, accessibility, languages, slot_minutes,
                       slot_seats, published_at)
    values (organiser, 'published', 'Hoivapalvelu Lämpö Oy', 'health-social', 'speed-interviews',
            day + interval '12 days 9 hours', day + interval '12 days 11 hours',
            day + interval '11 days 12 hours', 'Hämeentie 10, 00530 Helsinki',
            '{step-free,quiet-room,hearing-loop}', '{fi,sv}', 15, 1, now())
    returning event_id into speed;
    insert into event_text (event_id, locale, title, description) values
        (speed, 'fi', 'Pikahaastattelut: hoiva-avustajat', 'Tapaa työnantaja 15 minuutin haastattelussa. Valitse itsellesi sopiva aika.'),
        (speed, 'en', 'Speed interviews: care assistants', 'Meet the employer in a 15-minute interview. Choose a time that suits you.');
    insert into event_slot (event_id, starts_at, ends_at, seats)
    select speed, day + interval '12 days 9 hours' + make_interval(mins => 15 * i),
           day + interval '12 days 9 hours' + make_interval(mins => 15 * (i + 1)), 1
    from generate_series(0, 7) i;

    insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at,
                       signup_deadline, online_url, languages, capacity, published_at)
    values (organiser, 'published', 'Digitalo', 'it', 'info-session',
            day + interval '15 days 13 hours', day + interval '15 days 14 hours',
            day + interval '15 days 12 hours', 'https://meet.example/digitalo', '{fi,en}', 100, now())
    returning event_id into online;
    insert into event_text (event_id, locale, title, description) values
        (online, 'fi', 'Infotilaisuus: tukihenkilöksi IT-alalle', 'Kuule, millaista on työ IT-tuessa ja miten alalle pääsee.');
end $$;
