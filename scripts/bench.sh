#!/usr/bin/env bash
# Prints what the home page costs a phone (bytes, raw and brotli) and how the
# server holds up under a 10-second loopback load. Figures, not pass/fail.
#   scripts/bench.sh path/to/askel      (make bench builds it in release mode)
set -euo pipefail
bin=$1
port=${ASKEL_BENCH_PORT:-3200}
base="http://127.0.0.1:$port"
export ASKEL_ADDR="127.0.0.1:$port" RUST_LOG=warn

"$bin" & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

size_row() { # label url
  local file; file=$(mktemp)
  curl -fs -H 'Accept-Language: fi' "$2" -o "$file"
  printf '%-22s %10d %10d\n' "$1" "$(wc -c <"$file")" "$(brotli -c -q 11 "$file" | wc -c)"
  rm -f "$file"
}

echo "== Page weight of GET / (bytes)"
printf '%-22s %10s %10s\n' "resource" "raw" "brotli"
size_row "HTML /" "$base/"
size_row "CSS askel.css" "$base/pkg/askel.css"
size_row "JS askel.js" "$base/pkg/askel.js"
size_row "WASM askel.wasm" "$base/pkg/askel.wasm"

load_row() { # label path
  local out rps p99
  out=$(wrk -t2 -c16 -d10s --latency -H 'Accept-Encoding: br' "$base$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%-22s %12s %10s\n' "$1" "$rps" "$p99"
}

echo
echo "== Load: wrk, 2 threads, 16 connections, 10 s, loopback"
printf '%-22s %12s %10s\n' "route" "requests/s" "p99"
load_row "GET /" "/"
load_row "GET /healthz" "/healthz"
