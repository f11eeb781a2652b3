#!/usr/bin/env bash
# Prints how long the coach workspace, matching and messages take with 10,000
# jobseekers in the service: coach 0 has 2,000 of them (the worst case),
# coaches 1–50 have 160 each. Most people have module answers, two DigComp
# assessments, assigned modules, plan steps and outcomes, and some came to an
# event. Then everyone gets a skills profile of 10–40 skills and 300
# employers publish 2,000 jobs (scripts/matching-data.sql), and each person
# has written 100 messages with their coach (scripts/messages-data.sql).
#
# Two kinds of figures, not pass/fail:
#  - each page as a whole request (queries, audit rows, HTML), timed by curl
#    on loopback, median of 5;
#  - each query as PostgreSQL ran it (auto_explain), median duration, with
#    the tables it read and how (index or sequential scan).
#   scripts/bench-caseload.sh path/to/askel   (needs DATABASE_URL; make bench runs it)
set -euo pipefail
bin=$1
port=${ASKEL_BENCH_CASELOAD_PORT:-3201}
base="http://127.0.0.1:$port"
root=$(cd "$(dirname "$0")/.." && pwd)
log="$root/target/pg/postgres.log"
tag=$(date +%s%N)

# Straight into the database: the point is the size, not how it got there.
psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -v tag="$tag" -v people=10000 \
  -f "$root/scripts/caseload-data.sql" >/dev/null

# Every statement's plan into the server log, for the query figures below.
db=$(psql "$DATABASE_URL" -X -qAt -c 'select current_database()')
set_explain() { # on|off
  if [ "$1" = on ]; then
    psql "$DATABASE_URL" -X -q -c "alter database \"$db\" set session_preload_libraries = 'auto_explain'" \
      -c "alter database \"$db\" set auto_explain.log_min_duration = 0" \
      -c "alter database \"$db\" set auto_explain.log_analyze = on" \
      -c "alter database \"$db\" set auto_explain.log_timing = off"
  else
    psql "$DATABASE_URL" -X -q -c "alter database \"$db\" reset all"
  fi
}
set_explain on
ASKEL_ADDR="127.0.0.1:$port" ASKEL_MAIL_DIR="$root/target/bench-mail" RUST_LOG=warn "$bin" & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; set_explain off' EXIT
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

source "$root/scripts/page-timing.sh"
session_of() { echo "bench-$tag-$1"; } # coach number, person-N or employer

# The plans PostgreSQL logged since byte $1 of its log for the queries the
# figures are about: "kind<TAB>ms" per run, then "kind<TAB>scan<TAB>node" per
# table read and "kind<TAB>plan<TAB>line" for the whole plan. Each is a
# "duration: … plan:" block; its query text names it.
plans_since() {
  tail -c +"$1" "$log" | awk '
    function flush() {
      if (ms == "") return
      kind = ""
      if (text ~ /open_steps/) kind = "caseload list"
      else if (text ~ /grouping sets/) kind = "impact report"
      else if (text ~ /with open as \(/) kind = "open jobs"
      else if (text ~ /from person_skill[[:space:]]+where account_id = any/) kind = "skill sets"
      else if (text ~ /having count\(\*\) = cardinality/) kind = "match count"
      else if (text ~ /on a.account_id = m.written_by/) kind = "conversation"
      else if (text ~ /\) waiting/) kind = "inbox"
      else if (text ~ /as "newest!"/) kind = "version"
      else if (text ~ /select d.account_id from digest_item/) kind = "digest claim"
      if (kind != "") {
        print kind "\t" ms
        n = split(text, lines, "\n")
        for (i = 1; i <= n; i++) if (lines[i] != "") {
          line = lines[i]; sub(/^\t/, "", line); sub(/^Query Text: /, "", line)
          print kind "\tplan\t" line
        }
        for (i = 1; i <= n; i++) if (lines[i] ~ /Scan/) {
          line = lines[i]; sub(/^[ \t>-]+/, "", line); sub(/  \(.*$/, "", line)
          print kind "\tscan\t" line
        }
      }
      ms = ""
    }
    /duration: [0-9.]+ ms  plan:/ { flush(); match($0, /duration: [0-9.]+/); ms = substr($0, RSTART + 10, RLENGTH - 10); text = ""; next }
    ms != "" && /^\t/ { text = text "\n" $0; next }
    { flush() }
    END { flush() }'
}

plans="$root/target/bench-plans.txt"
: >"$plans"
time_rows() { # "session|path|kind|label" rows
  local row session path kind label from request query
  printf '%-52s %10s %10s\n' "page" "request ms" "query ms"
  for row in "$@"; do
    IFS='|' read -r session path kind label <<<"$row"
    # Warmed up before the log is read, so every plan counted is a warm one.
    page_status "$(session_of "$session")" "$path" >/dev/null
    from=$(($(stat -c %s "$log") + 1))
    request=$(page_median "$(session_of "$session")" "$path")
    sleep 0.3
    plans_since "$from" | tee -a "$plans" | awk -F'\t' -v k="$kind" '$1 == k' >"$plans.${kind// /-}"
    query=$(awk -F'\t' 'NF == 2 { print $2 / 1000 }' "$plans.${kind// /-}" | median_ms)
    printf '%-52s %10s %10s\n' "$label" "$request" "$query"
  done
}

echo "== Coach workspace with 10,000 jobseekers in the service (median of 5 requests)"
echo "   request: the whole page, timed by curl; query: its one big query in PostgreSQL"
time_rows "0|/coach/caseload?sort=quietest|caseload list|caseload: 2,000 people, longest quiet first" \
          "0|/coach/caseload?sort=name&page=40|caseload list|caseload: 2,000 people, by name, page 40" \
          "0|/coach/caseload?quiet=yes|caseload list|caseload: 2,000 people, only the quiet ones" \
          "0|/coach/caseload?search=person%2012|caseload list|caseload: 2,000 people, name search" \
          "7|/coach/caseload?sort=quietest|caseload list|caseload: 160 people, longest quiet first" \
          "7|/coach/caseload?sort=progress|caseload list|caseload: 160 people, least progress first" \
          "0|/coach/report?scope=mine|impact report|report: caseload of 2,000, newest period" \
          "7|/coach/report?scope=mine|impact report|report: caseload of 160, newest period" \
          "7|/coach/report?scope=service|impact report|report: whole service (10,000), newest period"

echo
echo "== How those queries read the tables (every scan node of their plans)"
awk -F'\t' '$2 == "scan" { print $1 ": " $3 }' "$plans" | sort | uniq

person=$(psql "$DATABASE_URL" -X -qAt -c "select account_id from account where email = 'bench-person-2006-$tag@example.fi'")
echo
echo "== What a coach's pages cost a phone (scripts/phone-cost.sh; coach 7, caseload of 160)"
source "$root/scripts/phone-cost.sh"
phone_cost_setup "$base"
phone_cost_header
coach=(-b "askel_session=bench-$tag-7")
phone_cost "caseload of 160 /coach/caseload" "$base/coach/caseload" "${coach[@]}"
phone_cost "a jobseeker's page /coach/jobseekers/ID" "$base/coach/jobseekers/$person" "${coach[@]}"
phone_cost "report, whole service /coach/report" "$base/coach/report?scope=service" "${coach[@]}"

psql "$DATABASE_URL" -X -q -1 -v ON_ERROR_STOP=1 -v tag="$tag" -f "$root/scripts/matching-data.sql" >/dev/null
job_of() { # the bench job numbered $1
  psql "$DATABASE_URL" -X -qAt -c "select job_id from job where source = 'bench-$tag' and source_id = '$1'"
}
# Job 4 asks for three skills; job 300 is employer 1's, whose staff signs in.
any_job=$(job_of 4)
own_job=$(job_of 300)
: >"$plans"
echo
echo "== Matching: 10,000 profiles of 10–40 skills, 2,000 open jobs, 300 employers (median of 5)"
echo "   query: \"open jobs\" reads every open job's needs; \"skill sets\" the people's"
echo "   skills; \"match count\" who in the service has every must-have"
time_rows "person-2006|/jobs|open jobs|jobs for you: 2,000 open jobs ranked" \
          "person-1|/jobs?page=5|open jobs|jobs for you: page 5" \
          "7|/coach/jobs/$any_job|skill sets|who fits this job: caseload of 160" \
          "7|/coach/jobseekers/$person/jobs|open jobs|jobs that fit one person, for the coach" \
          "employer|/employer/jobs/$own_job|match count|employer's job: how many in the service fit"

echo
echo "== The plans of those queries, as PostgreSQL ran them the last time for a row of their kind"
for kind in "open jobs" "skill sets" "match count"; do
  echo "-- $kind"
  awk -F'\t' '
    NF == 2 { delete lines; n = 0; next }
    $2 == "plan" { lines[++n] = $3 }
    END { for (i = 1; i <= n; i++) print "   " lines[i] }' "$plans.${kind// /-}" | sed 's/  (cost=[^)]*)//' | cut -c1-160
done

psql "$DATABASE_URL" -X -q -1 -v ON_ERROR_STOP=1 -v tag="$tag" -f "$root/scripts/messages-data.sql" >/dev/null
: >"$plans"
echo
echo "== Messages: 1,000,000 in 10,000 conversations, the last three of each unread (median of 5)"
echo "   targets (issue 18): a conversation <= 30 ms, a coach's inbox of 160 with unread counts <= 30 ms"
time_rows "person-2006|/messages|conversation|a jobseeker opens their conversation (latest 100)" \
          "7|/coach/jobseekers/$person/messages|conversation|a coach opens one conversation" \
          "7|/coach/messages|inbox|a coach's inbox: 160 conversations, unread first" \
          "7|/coach/caseload?sort=unread|caseload list|the caseload: 160 people, unread first"

# What an open conversation costs when nothing happens: the island asks with
# the version it shows, about once a minute; the answer is "nothing new".
version_of() { # session, query
  curl -fs -b "askel_session=bench-$tag-$1" "$base/api/message-updates?$2version=0-0" |
    grep -o '"version":"[^"]*"' | cut -d'"' -f4
}
mine=$(version_of person-2006 "")
theirs=$(version_of 7 "jobseeker=$person&")
echo
echo "== An open conversation's poll when nothing changed (median of 5)"
time_rows "person-2006|/api/message-updates?version=$mine|version|a jobseeker's quiet poll" \
          "7|/api/message-updates?jobseeker=$person&version=$theirs|version|a coach's quiet poll"

# Daily digests: every jobseeker has a notice waiting and gathers their email
# no more, so all 10,000 digests are due at once; the running server's worker
# sends them (claims, builds, queues the emails) as it would at eight.
echo
echo "== Daily digests: 10,000 people with a notice waiting, sent by the server's worker"
psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -v tag="$tag" <<'SQL'
insert into digest_item (account_id, subject)
select account_id, 'message-email-subject' from account
where email like 'bench-person-%-' || :'tag' || '@example.fi';
update account set notify_digest = false, notify_email = true
where email like 'bench-person-%-' || :'tag' || '@example.fi';
SQL
from=$(($(stat -c %s "$log") + 1))
started=$(date +%s.%N)
until [ "$(psql "$DATABASE_URL" -X -qAt -c 'select count(*) from digest_item')" = 0 ]; do sleep 0.2; done
took=$(awk -v from="$started" -v until="$(date +%s.%N)" 'BEGIN { print until - from }')
queued=$(psql "$DATABASE_URL" -X -qAt \
  -c "select count(*) from outbox where subject <> '' and recipient like 'bench-person-%'")
printf '%-52s %10.1f s (%s emails queued; worker polls every 5 s)\n' "10,000 digests claimed, written and queued" "$took" "$queued"
sleep 0.3
plans_since "$from" | awk -F'\t' '$1 == "digest claim" && NF == 2 { print $2 / 1000 }' | median_ms |
  xargs printf '%-52s %10s ms\n' "one claim of 100 people (median)"
