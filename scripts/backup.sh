#!/usr/bin/env bash
# Backs up and restores Askel's database (the one in DATABASE_URL, else the
# project-local cluster's "askel"). A backup is a pg_dump archive in custom
# format: compressed, restorable table by table, readable only by its owner
# (it holds personal data).
#   scripts/backup.sh backup [FILE]     default backups/askel-<UTC time>.dump
#   scripts/backup.sh restore FILE      into an empty database; REPLACE=yes
#                                       first drops everything in it
# Stop the askel processes before a restore: a restore is one transaction and
# either puts back all of the archive or nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${DATABASE_URL:-}" ]; then
  "$root/scripts/pg.sh" start
  DATABASE_URL=$("$root/scripts/pg.sh" url askel)
fi

backup() {
  local file=${1:-$root/backups/askel-$(date -u +%Y%m%dT%H%M%SZ).dump}
  mkdir -p "$(dirname "$file")"
  (umask 077; pg_dump --format=custom --no-owner --file="$file.partial" "$DATABASE_URL")
  # Only a finished dump gets the name a restore would look for.
  mv "$file.partial" "$file"
  echo "$file"
}

# Tables in the public schema: a database that has any is not empty.
table_count() {
  psql "$DATABASE_URL" -X -qAt -c "select count(*) from pg_tables where schemaname = 'public'"
}

restore() {
  local file=${1:?usage: scripts/backup.sh restore FILE}
  [ -r "$file" ] || { echo "backup.sh: cannot read $file" >&2; exit 1; }
  pg_restore --list "$file" >/dev/null # a damaged archive stops here, before anything is touched
  local clean=()
  if [ "$(table_count)" != 0 ]; then
    [ "${REPLACE:-}" = yes ] || {
      echo "backup.sh: the database is not empty; stop askel and run again with REPLACE=yes to replace its contents" >&2
      exit 1
    }
    clean=(--clean --if-exists)
  fi
  pg_restore --no-owner --exit-on-error --single-transaction "${clean[@]}" --dbname="$DATABASE_URL" "$file"
  echo "restored $file"
}

case "${1:-}" in
  backup) backup "${2:-}" ;;
  restore) restore "${2:-}" ;;
  *) echo "usage: scripts/backup.sh backup [FILE] | restore FILE" >&2; exit 2 ;;
esac
