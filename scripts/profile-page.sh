# Sourced by bench.sh: where the time of a page under load goes. perf samples
# the whole machine while wrk asks for the page (2 threads, 64 connections,
# 10 s); the samples are summed by program (the server, PostgreSQL, wrk
# itself), then the server's by the crate each function comes from, and its
# busiest functions are named. Self time: a function's own work, not what it
# calls. Needs perf (linux-perf, scripts/setup.sh bench) and the right to
# sample (root, or kernel.perf_event_paranoid <= 0).
#   profile_page LABEL URL SESSION

profile_page() {
  local label=$1 url=$2 session=$3 data report
  data=$(mktemp) report=$(mktemp)
  perf record -a -F 499 -o "$data" -- \
    wrk -t2 -c64 -d10s -H 'Accept-Encoding: br' -H "Cookie: askel_session=$session" "$url" >/dev/null 2>&1
  echo "   $label: CPU by program (share of all samples)"
  perf report -i "$data" --no-children --sort comm --stdio 2>/dev/null |
    awk '/^ +[0-9.]+%/ { printf "   %8s  %s\n", $1, $2 }' | awk 'NR <= 6'
  perf report -i "$data" --no-children --comm askel,tokio-rt-worker --sort symbol --stdio 2>/dev/null >"$report"
  echo "   the server's own time by crate (share of all samples)"
  awk '/^ +[0-9.]+%/ {
      share = $1; sub(/%/, "", share)
      kernel = ($2 == "[k]")
      name = $0; sub(/^ +[0-9.]+% +\[[.k]\] +/, "", name); sub(/^</, "", name)
      if (kernel) crate = "(kernel: network, scheduling)"
      else if (name !~ /::/) crate = "(C: malloc, free, memset, memcpy)"
      else { crate = name; sub(/::.*/, "", crate); sub(/ .*/, "", crate); sub(/\[[0-9a-f]+\]$/, "", crate) }
      total[crate] += share
    }
    END { for (c in total) printf "   %7.2f%%  %s\n", total[c], c }' "$report" | sort -rn | awk 'NR <= 12'
  echo "   the server's busiest functions"
  awk '/^ +[0-9.]+%/ {
      name = $0; sub(/^ +[0-9.]+% +\[[.k]\] +/, "", name); gsub(/\[[0-9a-f]+\]/, "", name)
      printf "   %8s  %s\n", $1, substr(name, 1, 100) }' "$report" | awk 'NR <= 12'
  rm -f "$data" "$report"
}
