-- Events and their history over the people caseload-data.sql made (psql
-- variables `tag` and `events`): one organiser per hundred events, the events
-- spread from 300 days ago to 90 days ahead, each with 80 seats and a Finnish
-- text (every fourth an English one too); every person signed up to three of
-- them, a tenth of those later cancelled, and the past ones checked in. Person
-- 1's session token is "bench-<tag>-person-1". Deterministic: the same
-- variables make the same service. Used by scripts/bench-national.sh.
set session_replication_role = replica;

insert into account (role, display_name, email, password_hash)
select 'organiser', 'Bench organiser ' || i, 'bench-organiser-' || i || '-' || :'tag' || '@example.fi', 'not a hash'
from generate_series(1, greatest(1, :events / 100)) i;

create temporary table bench_organisers as
select account_id, row_number() over (order by account_id) - 1 as n
from account where email like 'bench-organiser-%-' || :'tag' || '@example.fi';

-- Event i starts at hour (i * 9,360 / events) of the 390 days from 300 days ago.
create temporary table bench_events as
select i, date_trunc('hour', now()) - interval '300 days'
          + make_interval(hours => (i::bigint * 9360 / :events)::int) as starts_at
from generate_series(1, :events) i;

insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at, signup_deadline,
                   address, languages, capacity, published_at, created_at)
select o.account_id, 'published', 'Bench employer ' || e.i % 300,
       (array['retail', 'hospitality', 'health-social', 'cleaning-property'])[1 + e.i % 4],
       (array['recruitment-day', 'speed-interviews', 'workplace-visit', 'info-session'])[1 + e.i % 4],
       e.starts_at, e.starts_at + interval '3 hours', e.starts_at - interval '1 day',
       'Benchikatu ' || e.i, case when e.i % 3 = 0 then '{fi,en}'::text[] else '{fi}' end, 80,
       e.starts_at - interval '30 days', e.starts_at - interval '30 days'
from bench_events e
join bench_organisers o on o.n = e.i % (select count(*) from bench_organisers);

create temporary table bench_event_ids as
select event_id, row_number() over (order by event_id) as n, starts_at
from event where address like 'Benchikatu %' and organiser_id in (select account_id from bench_organisers);
analyze bench_event_ids;

insert into event_text (event_id, locale, title, description)
select event_id, 'fi', 'Rekrytointitapahtuma ' || n, 'Tule tapaamaan työnantajia. Tapahtuma ' || n || '.'
from bench_event_ids;
insert into event_text (event_id, locale, title, description)
select event_id, 'en', 'Recruitment event ' || n, 'Come and meet employers. Event ' || n || '.'
from bench_event_ids where n % 4 = 0;

-- Person p signs up to events p, p + 7 and p + 13 (counted round the events).
insert into event_signup (event_id, account_id, status, created_at, confirmed_at, cancelled_at, checked_in_at)
select e.event_id, p.account_id,
       case when (p.n + k) % 10 = 0 then 'cancelled' else 'confirmed' end,
       e.starts_at - interval '10 days', e.starts_at - interval '10 days',
       case when (p.n + k) % 10 = 0 then e.starts_at - interval '5 days' end,
       case when (p.n + k) % 10 <> 0 and e.starts_at < now() then e.starts_at end
from bench_people p
cross join (values (0), (7), (13)) as shift(k)
join bench_event_ids e on e.n = 1 + (p.n + shift.k) % :events
on conflict do nothing;

insert into session (session_id, account_id, expires_at)
select sha256(convert_to('bench-' || :'tag' || '-person-1', 'UTF8')), account_id, now() + interval '1 day'
from bench_people where n = 1;

-- Triggers keep each event's confirmed count one sign-up at a time.
select recount_event_confirmed();

-- Vacuumed as well, as a live service's tables are: freshly loaded rows
-- have no visibility map yet, and autovacuum would otherwise run during the
-- timings and slow the first size measured.
vacuum analyze;
