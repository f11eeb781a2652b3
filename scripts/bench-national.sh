#!/usr/bin/env bash
# The same figures at 10,000 and at 100,000 jobseekers, side by side, to show
# what grows with the country and what does not. Each size gets a database of
# its own in the local cluster (scripts/pg.sh), seeded straight into
# PostgreSQL (scripts/caseload-data.sql, then scripts/national-data.sql):
# people / 20 events with their history, coach 0 with 2,000 people and the
# others with about 160 each (612 coaches at 100,000). Then a release server
# on it answers, each figure the median of 5 requests after one to warm up.
#   scripts/bench-national.sh path/to/askel      (make bench runs it)
#   ASKEL_BENCH_SIZES="10000 100000" by default; ASKEL_BENCH_KEEP=1 keeps the
#   databases (askel_national_<size>) for a closer look
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
port=${ASKEL_BENCH_NATIONAL_PORT:-3202}
base="http://127.0.0.1:$port"
sizes=${ASKEL_BENCH_SIZES:-10000 100000}
tag=national
export ASKEL_ADDR="127.0.0.1:$port" RUST_LOG=warn ASKEL_MAIL_DIR="$root/target/bench-mail"
server=""
trap '[ -z "$server" ] || { kill $server; wait $server; } 2>/dev/null || true' EXIT

declare -A figure seen
labels=()
note() { # label size value
  [ -n "${seen["$1"]:-}" ] || { seen["$1"]=1; labels+=("$1"); }
  figure["$1|$2"]=$3
}

source "$root/scripts/page-timing.sh"

for people in $sizes; do
  db="askel_national_$people"
  "$root/scripts/pg.sh" start
  "$root/scripts/pg.sh" recreate "$db"
  DATABASE_URL=$("$root/scripts/pg.sh" url "$db")
  export DATABASE_URL
  "$bin" migrate >/dev/null # and loads the content: modules, frameworks, vocabulary
  coaches=$(((people - (people / 5 < 2000 ? people / 5 : 2000)) / 160))
  events=$((people / 20))
  started=$(date +%s.%N)
  psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -v tag="$tag" -v people="$people" -v coaches="$coaches" \
    -v events="$events" -f "$root/scripts/caseload-data.sql" -f "$root/scripts/national-data.sql" >/dev/null
  note "seeding the service (s)" "$people" "$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')"
  note "coaches / events / event sign-ups" "$people" "$(psql "$DATABASE_URL" -X -qAt -F / -c "
    select (select count(*) from account where role = 'coach'), (select count(*) from event),
           (select count(*) from event_signup)")"

  "$bin" & server=$!
  for _ in $(seq 100); do curl -fs -o /dev/null "$base/healthz" && break; sleep 0.1; done
  coach="bench-$tag-7" person="bench-$tag-person-1"
  someone=$(psql "$DATABASE_URL" -X -qAt -c "select account_id from account where coach_id =
    (select account_id from account where email = 'bench-coach-7-$tag@example.fi') order by account_id limit 1")
  # The server builds the newest period's report facts as it starts (or the
  # first report does): every figure after it is the service as it runs.
  note "first report after start, facts built (s)" "$people" "$(curl -fs -o /dev/null -w '%{time_total}' \
    -H 'Accept-Language: fi' -b "askel_session=$coach" "$base/coach/report?scope=service" |
    awk '{ printf "%.1f", $1 } END { if (NR == 0) print "failed" }')"
  note "caseload of ~160 (ms)" "$people" "$(page_ms "$coach" "/coach/caseload?sort=quietest")"
  note "a coach's view of one jobseeker (ms)" "$people" "$(page_ms "$coach" "/coach/jobseekers/$someone")"
  # Its list of coaches to move the person to is the coach's team (twelve),
  # not every coach of the service: the page's size must not grow with it.
  note "a coach's view of one jobseeker (KB)" "$people" "$(curl -fs -H 'Accept-Language: fi' \
    -b "askel_session=$coach" "$base/coach/jobseekers/$someone" | wc -c | awk '{ printf "%.1f", $1 / 1024 }')"
  note "report, a caseload of ~160 (ms)" "$people" "$(page_ms "$coach" "/coach/report?scope=mine")"
  note "report, the whole service (ms)" "$people" "$(page_ms "$coach" "/coach/report?scope=service")"
  note "events list, signed in (ms)" "$people" "$(page_ms "$person" "/events")"
  note "module step, signed in (ms)" "$people" "$(page_ms "$person" "/modules/cv/steps/parts")"
  signups=$("$root/scripts/bench-events.sh" "$base")
  note "event sign-ups per second" "$people" "$(awk '/sign-ups per second/ { print $4 }' <<<"$signups")"
  note "event sign-up p99" "$people" "$(awk '/latency p99/ { print $3 }' <<<"$signups")"
  kill $server; wait $server 2>/dev/null || true
  server=""
  # The space back (the figures are kept above), unless asked to keep it.
  [ -n "${ASKEL_BENCH_KEEP:-}" ] || "$root/scripts/pg.sh" recreate "$db"
done

echo "== National scale: the same service at each size (release server, loopback, median of 5)"
echo "   targets (issue 20): caseload of 160 <= 20 ms and flat; whole-service report <= 100 ms and"
echo "   sub-linear; seeding 100,000 < 300 s"
printf '%-40s' "figure"
for people in $sizes; do printf ' %16s' "$people people"; done
echo
for label in "${labels[@]}"; do
  printf '%-40s' "$label"
  for people in $sizes; do printf ' %16s' "${figure["$label|$people"]:-}"; done
  echo
done
