#!/usr/bin/env bash
# Start a local PostgreSQL server for the tests and print its URL on stdout.
#
#   bash scripts/pg_test_server.sh              # install Debian's postgresql if missing (root), start it
#   bash scripts/pg_test_server.sh --no-install # only start a server that is already installed
#
# Idempotent and quick on re-runs: an installed, running cluster with the role and the
# database already there costs a few psql calls. The role `reviewparse` (password
# `reviewparse`, CREATEDB and pg_signal_backend, so tests can make and drop a scratch
# database each) owns the database `reviewparse_test`. Everything but the URL goes to stderr; the exit code is non-zero
# when no server could be started.
set -euo pipefail

ROLE=reviewparse
PASSWORD=reviewparse
DATABASE=reviewparse_test
install=1
if [ "${1:-}" = "--no-install" ]; then
  install=0
fi

say() { echo "pg_test_server: $*" >&2; }

server_installed() { compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null && command -v pg_ctlcluster >/dev/null; }

if ! server_installed; then
  if [ "$install" = 0 ]; then
    say "PostgreSQL is not installed (run scripts/pg_test_server.sh without --no-install as root)"
    exit 1
  fi
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed and installing it needs root"
    exit 1
  fi
  say "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

version="$(basename "$(dirname "$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/postgres" | sort -V | tail -n 1)")")")"
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version main"; then
  say "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
port="$(pg_lsclusters --no-header | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
status="$(pg_lsclusters --no-header | awk -v v="$version" '$1==v && $2=="main" {print $4}')"
if [ "$status" != "online" ]; then
  say "starting cluster $version/main on port $port"
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then
    break
  fi
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { say "server on port $port did not become ready"; exit 1; }

psql_admin() { PGOPTIONS="-c client_min_messages=warning" as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres -tAc "$1"; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi
# Lets the tests' DROP DATABASE ... WITH (FORCE) end an autovacuum worker on a scratch database.
psql_admin "GRANT pg_signal_backend TO $ROLE" >&2
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
  psql_admin "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi
echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
