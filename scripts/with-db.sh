#!/usr/bin/env bash
# Runs a command with DATABASE_URL set: the one given, or else the project-local
# cluster (started if needed). `ASKEL_DB=name` picks another local database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DATABASE_URL:-}" ]; then
  "$here/pg.sh" start
  db="${ASKEL_DB:-askel}"
  [ "$db" = askel ] || "$here/pg.sh" recreate "$db"
  DATABASE_URL=$("$here/pg.sh" url "$db")
  export DATABASE_URL
fi
exec "$@"
