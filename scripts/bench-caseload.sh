#!/usr/bin/env bash
# Prints how long the caseload page takes with 10,000 jobseekers in the
# service: coach 0 has 2,000 of them (the worst case), coaches 1–50 have 160
# each. Most people have module answers, two DigComp assessments and
# assigned modules. Figures, not pass/fail: each time is a whole request
# (queries, audit rows, HTML) measured by curl on loopback, median of 5.
#   scripts/bench-caseload.sh http://127.0.0.1:PORT   (needs DATABASE_URL; make bench runs it)
set -euo pipefail
base=$1
tag=$(date +%s%N)

# Straight into the database: the point is the size, not how it got there.
# A coach's session token is "bench-<tag>-<coach number>".
psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -v tag="$tag" >/dev/null <<'SQL'
insert into account (role, display_name, email, password_hash)
select 'coach', 'Bench coach ' || i, 'bench-coach-' || i || '-' || :'tag' || '@example.fi', 'not a hash'
from generate_series(0, 50) i;

insert into session (session_id, account_id, expires_at)
select sha256(convert_to('bench-' || :'tag' || '-' || split_part(display_name, ' ', 3), 'UTF8')),
       account_id, now() + interval '1 day'
from account where email like 'bench-coach-%-' || :'tag' || '@example.fi';

insert into account (role, display_name, email, password_hash, coach_id, gender, birth_year)
select 'jobseeker', 'Bench person ' || i, 'bench-person-' || i || '-' || :'tag' || '@example.fi', 'not a hash',
       (select account_id from account
        where email = 'bench-coach-' || case when i <= 2000 then 0 else 1 + i % 50 end
                      || '-' || :'tag' || '@example.fi'),
       (array['female', 'male', 'other'])[1 + i % 3], 1960 + i % 45
from generate_series(1, 10000) i;

create temporary table bench_people as
select account_id, row_number() over (order by account_id) as n
from account where email like 'bench-person-%-' || :'tag' || '@example.fi';

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

analyze;
SQL

median_ms() { sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] * 1000 }'; }
time_page() { # coach number, query
  for _ in 1 2 3 4 5; do
    curl -fs -o /dev/null -w '%{time_total}\n' -b "askel_session=bench-$tag-$1" \
      -H 'Accept-Language: fi' "$base/coach/caseload?$2"
  done | median_ms
}

echo "== Caseload page with 10,000 jobseekers in the service (ms, median of 5 requests)"
printf '%-52s %8s\n' "request" "ms"
for row in "0|sort=quietest|2,000 people, longest quiet first" \
           "0|sort=name&page=40|2,000 people, by name, page 40" \
           "0|quiet=yes|2,000 people, only the quiet ones" \
           "0|search=person%2012|2,000 people, name search" \
           "7|sort=quietest|160 people, longest quiet first"; do
  IFS='|' read -r coach query label <<<"$row"
  printf '%-52s %8s\n' "$label" "$(time_page "$coach" "$query")"
done
