# Sourced by bench.sh: how many database queries a page makes and how long
# PostgreSQL took for them, from sqlx's own log of every query (its
# `sqlx::query` target at debug: statement summary and elapsed time), read
# from a second server started for this alone, so that logging slows none
# of the load figures.
#   queries_start BIN PORT      starts that server
#   queries_header
#   queries_row LABEL PATH [curl options…]
#   queries_stop
# "Their time" adds up how long each query took as sqlx saw it, round trip
# included (queries run side by side can add up to more than the answer
# took). Background work (the outbox, reminders) queries now and then too:
# each page is asked three times and the fewest queries seen are printed.

queries_start() {
  queries_log=$(mktemp) queries_base="http://127.0.0.1:$2"
  ASKEL_ADDR="127.0.0.1:$2" RUST_LOG=warn,sqlx::query=debug NO_COLOR=1 "$1" >"$queries_log" 2>&1 &
  queries_server=$!
  for _ in $(seq 100); do curl -fs -o /dev/null "$queries_base/healthz" && break; sleep 0.1; done
}

queries_stop() {
  kill "$queries_server" 2>/dev/null; wait "$queries_server" 2>/dev/null || true
  queries_server=""
  rm -f "$queries_log"
}

queries_header() {
  printf '%-48s %8s %12s %10s\n' "page (fi)" "queries" "their time" "answered"
}

# "queries database-ms answer-ms" of one request, from the log lines it added.
queries_once() { # path [curl options…]
  local path=$1 before total
  shift
  before=$(wc -l <"$queries_log")
  total=$(curl -fs -o /dev/null -w '%{time_total}' "$@" -H 'Accept-Language: fi' "$queries_base$path")
  sleep 0.2
  tail -n +"$((before + 1))" "$queries_log" | sed 's/\x1b\[[0-9;]*m//g' | awk -v total="$total" '
    / sqlx::query: / {
      n++
      if (match($0, /elapsed_secs=[0-9.e+-]+/)) db += substr($0, RSTART + 13, RLENGTH - 13)
    }
    END { printf "%d %.2f %.2f\n", n, db * 1000, total * 1000 }'
}

queries_row() { # label path [curl options…]
  local label=$1 best
  shift
  queries_once "$@" >/dev/null # warm: statements prepared, caches filled
  best=$(for _ in 1 2 3; do queries_once "$@"; done | sort -k1,1n -k2,2n | awk 'NR == 1')
  read -r n db total <<<"$best"
  printf '%-48s %8d %9s ms %7s ms\n' "$label" "$n" "$db" "$total"
}
