# How long a page takes as a browser asks for it (a session cookie, Finnish),
# for scripts/bench-caseload.sh and scripts/bench-national.sh, which source
# this file and set $base.

# Seconds, one per line → their median in ms.
median_ms() { sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] * 1000 }'; }

# page_status session-token path → the status of one request (to warm up).
page_status() {
  curl -s -o /dev/null -w '%{http_code}' -b "askel_session=$1" -H 'Accept-Language: fi' "$base$2"
}

# page_median session-token path → the median ms of 5 requests.
page_median() {
  for _ in 1 2 3 4 5; do
    curl -fs -o /dev/null -w '%{time_total}\n' -b "askel_session=$1" -H 'Accept-Language: fi' "$base$2"
  done | median_ms
}

# page_ms session-token path → the median ms of 5 requests after one to warm
# up, or the status when that one did not answer 200.
page_ms() {
  local status
  status=$(page_status "$1" "$2")
  if [ "$status" != 200 ]; then echo "HTTP $status"; return; fi
  page_median "$1" "$2"
}
