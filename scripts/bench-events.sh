#!/usr/bin/env bash
# Prints how fast sign-ups are booked when many people press the button at
# once: an event with 2,000 seats, 2,500 jobseekers each signing up once from
# a second process (wrk) on loopback, then the final confirmed and waiting
# counts. Figures, not pass/fail; the counts show nothing was overbooked.
#   scripts/bench-events.sh http://127.0.0.1:PORT   (needs DATABASE_URL; make bench runs it)
set -euo pipefail
base=$1
seats=${ASKEL_BENCH_SEATS:-2000}
people=${ASKEL_BENCH_PEOPLE:-2500}
here=$(dirname "$0")
tokens=$(mktemp)
trap 'rm -f "$tokens"' EXIT

# The people and their sessions go straight into the database: signing 2,500
# people in through Argon2id would measure password hashing, not booking.
event=$(psql "$DATABASE_URL" -X -q -A -t -v ON_ERROR_STOP=1 -v seats="$seats" <<'SQL'
with organiser as (
  insert into account (role, display_name, email, password_hash)
  values ('organiser', 'Bench organiser', 'bench-organiser-' || gen_random_uuid() || '@example.fi', 'not a hash')
  returning account_id
), event as (
  insert into event (organiser_id, status, employer, sector, kind, starts_at, ends_at, signup_deadline,
                     address, languages, capacity, published_at)
  select account_id, 'published', 'Bench Oy', 'retail', 'recruitment-day', now() + interval '30 days',
         now() + interval '30 days 3 hours', now() + interval '29 days', 'Benchikatu 1', '{fi}', :seats, now()
  from organiser returning event_id
), texts as (
  insert into event_text (event_id, locale, title, description)
  select event_id, 'fi', 'Suuri rekrytointipäivä', 'Kuormitustesti.' from event
)
select event_id from event;
SQL
)
psql "$DATABASE_URL" -X -q -A -t -v ON_ERROR_STOP=1 -v people="$people" >"$tokens" <<'SQL'
with people as (
  insert into account (role, display_name, email, password_hash)
  select 'jobseeker', 'Bench ' || i, 'bench-' || i || '-' || gen_random_uuid() || '@example.fi', 'not a hash'
  from generate_series(1, :people) i
  returning account_id
), tokens as (
  select account_id, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') as token from people
), sessions as (
  insert into session (session_id, account_id, expires_at)
  select sha256(convert_to(token, 'UTF8')), account_id, now() + interval '1 day' from tokens
)
select token from tokens;
SQL

echo "== Event sign-ups: $people people, one sign-up each, for $seats seats (wrk, 2 threads, 32 connections, loopback)"
# wrk's own clock runs for the whole -d; the rate comes from the database:
# sign-ups over the time from the first to the last one.
out=$(wrk -t2 -c32 -d30s --latency -s "$here/bench-events.lua" "$base" -- "$event" "$tokens" 2)
span=$(psql "$DATABASE_URL" -X -q -A -t -v event="$event" <<'SQL'
select extract(epoch from max(created_at) - min(created_at)) from event_signup where event_id = :event;
SQL
)
printf '%-28s %10s\n' "requests" "$(awk '/requests in/ {print $1}' <<<"$out")"
printf '%-28s %10.2fs\n' "first to last sign-up" "$span"
printf '%-28s %10.0f\n' "sign-ups per second" "$(awk -v n="$people" -v s="$span" 'BEGIN { print n / s }')"
printf '%-28s %10s\n' "latency p50" "$(awk '$1 == "50%" {print $2}' <<<"$out")"
printf '%-28s %10s\n' "latency p99" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
grep -i "non-2xx\|socket errors" <<<"$out" || true
psql "$DATABASE_URL" -X -q -A -t -F ' ' -v event="$event" <<'SQL' | while read -r status count; do printf '%-28s %10s\n' "final $status" "$count"; done
select status, count(*) from event_signup where event_id = :event group by status order by status;
SQL
