#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages when it is missing, starts a throw-away server on loopback (port 54329,
# trust authentication, data in /tmp), and prints the connection string for PII_TEST_POSTGRES. Safe to run twice.
set -euo pipefail

port=54329
data=/tmp/pii-postgres

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

run() {
  # The server refuses to run as root; run it as the postgres user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  rm -rf "$data"
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres "$data"
  run "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
  run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
