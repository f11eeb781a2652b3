#!/usr/bin/env bash
# A project-local PostgreSQL cluster under target/pg, listening on a unix socket
# only (no TCP port to clash with). Safe to run again, and after a crash.
#   scripts/pg.sh start   start it (creating it the first time), print nothing
#   scripts/pg.sh url     print the DATABASE_URL of database "askel"
#   scripts/pg.sh stop    stop it
# ASKEL_PG_DIR=/some/dir puts a cluster of its own there (a test that stops
# and starts its database uses one, so other tests keep theirs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="${ASKEL_PG_DIR:-$root/target/pg}"

pg_bin() {
  if command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"
  else ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; fi
}
bin=$(pg_bin)
[ -x "$bin/initdb" ] || { echo "pg.sh: PostgreSQL server programs not found (run make setup)" >&2; exit 1; }

# PostgreSQL refuses to run as root; as root, the cluster belongs to "postgres".
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The "postgres" user must be able to reach target/pg, and a socket path must fit
# in 107 bytes; when either fails, the cluster lives in /tmp, linked from target/pg.
prepare_dir() {
  local parent
  parent=$(dirname "$dir")
  mkdir -p "$parent"
  [ -e "$dir" ] && return
  local probe="$dir/run/.s.PGSQL.5432"
  if [ ${#probe} -gt 100 ] || { [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$parent"; }; then
    local elsewhere="/tmp/askel-pg-$(printf '%s' "$dir" | cksum | cut -d' ' -f1)"
    mkdir -p "$elsewhere"
    ln -s "$elsewhere" "$dir"
  else
    mkdir -p "$dir"
  fi
}

socket_dir() { echo "$(readlink -f "$dir")/run"; }

start() {
  prepare_dir
  local data="$dir/data" run
  run=$(socket_dir)
  [ "$(id -u)" = 0 ] && chown postgres: "$(readlink -f "$dir")"
  if [ ! -s "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U askel --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_owner mkdir -p "$run"
  # Asked by connecting, not by pid: a crashed server's pid can linger as a zombie.
  if "$bin/pg_isready" -q -h "$run" -U askel -t 5; then return; fi
  # Not answering: lock files left by a crash would stop the start.
  rm -f "$data/postmaster.pid" "$run/.s.PGSQL.5432.lock"
  # A throwaway development cluster: durability settings traded for speed.
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 start \
    -o "-c listen_addresses='' -c unix_socket_directories='$run' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  create_database askel
}

create_database() {
  local run
  run=$(socket_dir)
  if ! "$bin/psql" -h "$run" -U askel -d postgres -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1; then
    "$bin/createdb" -h "$run" -U askel "$1"
  fi
}

case "${1:-}" in
  start) start ;;
  url) echo "postgres://askel@localhost/${2:-askel}?host=$(socket_dir)" ;;
  recreate) # a fresh, empty database: scripts/pg.sh recreate NAME
    PGOPTIONS="--client-min-messages=warning" "$bin/dropdb" -h "$(socket_dir)" -U askel --if-exists --force "$2"
    create_database "$2" ;;
  stop) [ -e "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop || true ;;
  *) echo "usage: scripts/pg.sh start|url [db]|recreate db|stop" >&2; exit 2 ;;
esac
