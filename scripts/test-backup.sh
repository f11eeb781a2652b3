#!/usr/bin/env bash
# `make backup` / `make restore` round trip: a database with demo data and 300
# jobseekers' history is backed up, restored into a fresh database, and every
# table and sequence must come back identical; a restore over data is refused
# unless asked for; askel accepts the restored schema as current. Last, the
# comparison itself must notice one deleted row, so this test can fail.
#   scripts/test-backup.sh path/to/askel   (needs DATABASE_URL; make test runs it)
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The URL of another database on the same server.
database_url() { sed -E "s#^(postgres(ql)?://[^/]*)/[^?]*#\1/$1#" <<<"$DATABASE_URL"; }
fresh_database() {
  psql "$DATABASE_URL" -X -q -c "drop database if exists $1 with (force)" -c "create database $1" 2>&1 |
    grep -v 'does not exist, skipping' || true
  database_url "$1"
}
fail() { echo "test-backup: $*" >&2; exit 1; }

# One line per table (row count and checksum of its rows in a fixed order) and
# per sequence (its last value): equal lines, equal databases.
fingerprint() {
  local tables
  tables=$(psql "$1" -X -qAt -c "select tablename from pg_tables where schemaname = 'public' order by 1")
  for t in $tables; do
    psql "$1" -X -qAt -c "select '$t', count(*), md5(coalesce(string_agg(r::text, E'\n' order by r::text), '')) from public.\"$t\" r"
  done
  psql "$1" -X -qAt -c "select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1"
}

source_db=$(fresh_database askel_backup_source)
DATABASE_URL=$source_db RUST_LOG=warn "$bin" migrate
DATABASE_URL=$source_db RUST_LOG=warn "$bin" seed --development
psql "$source_db" -X -q -v ON_ERROR_STOP=1 -v tag=backup -v people=300 -f "$root/scripts/caseload-data.sql" >/dev/null
fingerprint "$source_db" >"$work/source"
[ "$(wc -l <"$work/source")" -gt 20 ] || fail "too few tables in the source: $(cat "$work/source")"

DATABASE_URL=$source_db "$root/scripts/backup.sh" backup "$work/askel.dump" >/dev/null
[ "$(stat -c %a "$work/askel.dump")" = 600 ] || fail "the backup is readable by others"

target_db=$(fresh_database askel_backup_target)
DATABASE_URL=$target_db "$root/scripts/backup.sh" restore "$work/askel.dump" >/dev/null
fingerprint "$target_db" >"$work/restored"
diff "$work/source" "$work/restored" || fail "the restored database differs from the source"

if DATABASE_URL=$target_db "$root/scripts/backup.sh" restore "$work/askel.dump" 2>/dev/null; then
  fail "a restore over existing data was not refused"
fi
REPLACE=yes DATABASE_URL=$target_db "$root/scripts/backup.sh" restore "$work/askel.dump" >/dev/null
fingerprint "$target_db" >"$work/replaced"
diff "$work/source" "$work/replaced" || fail "the replacing restore differs from the source"

DATABASE_URL=$target_db RUST_LOG=warn "$bin" migrate || fail "askel refused the restored schema"

psql "$target_db" -X -q -c "delete from plan_step where ctid = (select min(ctid) from plan_step)"
fingerprint "$target_db" >"$work/changed"
if diff -q "$work/source" "$work/changed" >/dev/null; then fail "the comparison missed a deleted row"; fi

echo "backup and restore: $(wc -l <"$work/source") tables and sequences identical after restore"
