#!/usr/bin/env bash
# Starts a PostgreSQL server for Ponte's store tests and prints the line to export, so callers can run:
#   eval "$(.ci/postgres.sh)"
# Idempotent: a server already answering on the port is reused, an existing role and database are kept.
# On a clean Debian (root) it installs postgresql first. Everything except the export line goes to stderr.
# Settings (environment): PONTE_PG_PORT (5432), PONTE_PG_DB (ponte_test), PONTE_PG_USER (ponte), PONTE_PG_PASSWORD (ponte),
# PONTE_PG_TEMP=1 to use a private cluster in PONTE_PG_DATA (/tmp/ponte-pg-PORT) even where Debian's cluster exists.
set -euo pipefail

port="${PONTE_PG_PORT:-5432}"
db="${PONTE_PG_DB:-ponte_test}"
user="${PONTE_PG_USER:-ponte}"
password="${PONTE_PG_PASSWORD:-ponte}"

log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ]; then echo "$dir"; fi
}

if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL is not installed and this is not root: install the postgresql package first."
    exit 1
  fi
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
bin="$(pg_bin)"
version="$(basename "$(dirname "$bin")")"

ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1; }

if ready; then
  log "server already running on port $port"
elif [ "${PONTE_PG_TEMP:-0}" != 1 ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d "/etc/postgresql/$version/main" ]; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2 || true
else
  # No Debian cluster (e.g. the package was installed without one): a throwaway cluster in a temporary folder.
  data="${PONTE_PG_DATA:-/tmp/ponte-pg-$port}"
  if [ ! -s "$data/PG_VERSION" ]; then
    log "creating a cluster in $data"
    install -d -o postgres -g postgres "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  log "starting the cluster in $data"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >&2 || true
fi

for _ in $(seq 1 60); do
  if ready; then break; fi
  sleep 0.5
done
if ! ready; then
  log "the server did not start on port $port"
  exit 1
fi

psql_admin() {
  # Through the local socket as the postgres superuser (peer or trust authentication).
  local socket=/var/run/postgresql
  [ -S "$socket/.s.PGSQL.$port" ] || socket=/tmp
  as_postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -d postgres "$@"
}

psql_admin -v user="$user" -v password="$password" <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'password') \gexec
SQL
psql_admin -v user="$user" -v db="$db" <<'SQL' >&2
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

log "ready: database $db, role $user, port $port"
echo "export PONTE_TEST_PG='Host=127.0.0.1;Port=$port;Database=$db;Username=$user;Password=$password'"
