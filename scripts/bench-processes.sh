#!/usr/bin/env bash
# Whether Askel grows by adding processes: one and then two `askel` processes
# on one PostgreSQL behind nginx (round robin, kept-alive upstream connections),
# each process held to the same share of a CPU by a cgroup, so that the
# processes are the limit and not this machine's two cores (nginx, wrk and
# PostgreSQL run unlimited beside them). Figures, not pass/fail.
#   scripts/bench-processes.sh path/to/askel session-cookie
# Needs DATABASE_URL and ASKEL_SESSION_KEY (bench.sh sets both) and a cgroup
# CPU controller it may write to (root, cgroup v1 or v2).
set -euo pipefail
bin=$1 session=$2
share=${ASKEL_BENCH_CPU_SHARE:-25} # per cent of one CPU per process
one_port=3294 two_port=3295 ports=(3296 3297)
nginx=/usr/sbin/nginx
work=$(mktemp -d)
pids=() groups=() group=""

# Runs whatever happened, so `set -e` is off: a process already gone or an
# empty list must not stop the cleanup (or the benchmark that called this).
stop() {
  set +e
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  if [ ${#pids[@]} -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null
    wait "${pids[@]}" 2>/dev/null
  fi
  for g in "${groups[@]}"; do rmdir "$g" 2>/dev/null; done
  rm -rf "$work"
  return 0
}
trap stop EXIT

# Makes a cgroup holding its processes to $share % of one CPU and leaves its
# directory in $group (not echoed: a subshell would lose it from `groups`).
cpu_group() { # name
  local dir
  if [ -f /sys/fs/cgroup/cgroup.controllers ]; then # v2
    grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null ||
      echo +cpu >/sys/fs/cgroup/cgroup.subtree_control || return 1
    dir=/sys/fs/cgroup/$1
    mkdir -p "$dir" 2>/dev/null || return 1
    groups+=("$dir")
    echo "$((share * 1000)) 100000" >"$dir/cpu.max" || return 1
  else # v1
    dir=/sys/fs/cgroup/cpu/$1
    mkdir -p "$dir" 2>/dev/null || return 1
    groups+=("$dir")
    echo 100000 >"$dir/cpu.cfs_period_us" && echo "$((share * 1000))" >"$dir/cpu.cfs_quota_us" || return 1
  fi
  group=$dir
}

echo "== Two processes behind a load balancer: nginx, wrk 2 threads, 64 connections, 10 s each"
echo "   each askel process held to $share % of one CPU; target (issue 20): two serve about twice one"
echo "   (64 connections wait their turn at a fraction of a CPU: p99 is mostly that queue)"
if [ ! -x "$nginx" ]; then
  echo "   (skipped: no nginx; scripts/setup.sh bench installs it)"; exit 0
fi
for n in 0 1; do
  cpu_group "askel-bench-$$-$n" 2>/dev/null || {
    echo "   (skipped: no cgroup CPU controller to write to; run as root)"; exit 0
  }
  ASKEL_ADDR="127.0.0.1:${ports[$n]}" RUST_LOG=warn "$bin" & pids+=($!)
  # All its threads follow the process into the group.
  echo "${pids[-1]}" >"$group/cgroup.procs" 2>/dev/null || {
    echo "   (skipped: a process could not be moved into its cgroup)"; exit 0
  }
done
up() { # url: whether it answers within 10 s
  for _ in $(seq 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done
  return 1
}
for port in "${ports[@]}"; do
  up "http://127.0.0.1:$port/healthz" || { echo "   (skipped: askel on port $port did not start)"; exit 0; }
done

# nginx started by root runs its workers as nobody: they must reach the
# directory for responses too big for their buffers.
mkdir -p "$work/temp"
chmod 755 "$work" && chmod 777 "$work/temp"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/temp; proxy_temp_path $work/temp;
  fastcgi_temp_path $work/temp; uwsgi_temp_path $work/temp; scgi_temp_path $work/temp;
  # Kept-alive connections are let go before askel would close them as idle
  # (its 10 s limit for the next request head), so none is reused as it closes.
  upstream one { server 127.0.0.1:${ports[0]}; keepalive 64; keepalive_timeout 5s; }
  upstream two { server 127.0.0.1:${ports[0]}; server 127.0.0.1:${ports[1]}; keepalive 64; keepalive_timeout 5s; }
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host \$host;
  proxy_set_header X-Forwarded-For \$remote_addr;
  server { listen 127.0.0.1:$one_port; location / { proxy_pass http://one; } }
  server { listen 127.0.0.1:$two_port; location / { proxy_pass http://two; } }
}
CONF
"$nginx" -p "$work" -c "$work/nginx.conf" || { echo "   (skipped: nginx did not start)"; exit 0; }
up "http://127.0.0.1:$two_port/healthz" || { echo "   (skipped: nginx did not start)"; exit 0; }

load() { # seconds url → "requests/s p99"
  local out
  out=$(wrk -t2 -c64 -d"$1"s --latency -H 'Accept-Encoding: br' -H "Cookie: askel_session=$session" "$2")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}
row() { # path
  local one_rps one_p99 two_rps two_p99
  load 2 "http://127.0.0.1:$two_port$1" >/dev/null # warms up both
  read -r one_rps one_p99 <<<"$(load 10 "http://127.0.0.1:$one_port$1")"
  read -r two_rps two_p99 <<<"$(load 10 "http://127.0.0.1:$two_port$1")"
  printf '%-34s %10s %8s %10s %8s %7s\n' "GET $1" "$one_rps" "$one_p99" "$two_rps" "$two_p99" \
    "$(awk -v a="$two_rps" -v b="$one_rps" 'BEGIN { printf "%.2f", a / b }')"
}
printf '%-34s %10s %8s %10s %8s %7s\n' "route" "one rps" "p99" "two rps" "p99" "ratio"
row /
row /modules/cv/steps/parts
row /events
