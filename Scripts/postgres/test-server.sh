#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: initdb into a temporary folder, fsync off, listening on
# 127.0.0.1 only, on a free port, with a database vanthu_test and the unaccent extension.
#
#   Scripts/postgres/test-server.sh start   # starts it (or finds it running) and prints its URL
#   Scripts/postgres/test-server.sh url     # prints the URL of the running server
#   Scripts/postgres/test-server.sh stop    # stops it and deletes its folder
#
# The URL is postgres://postgres@127.0.0.1:PORT/vanthu_test (trust authentication: loopback only,
# never for real data). VANTHU_PG_DIR chooses the folder (default /tmp/vanthu-postgres-test); run
# several servers side by side with several folders. As root the server runs as the `postgres` user
# (PostgreSQL refuses root); as another user it runs as that user.
set -euo pipefail

DIR="${VANTHU_PG_DIR:-/tmp/vanthu-postgres-test}"
DATA="$DIR/data"
PORT_FILE="$DIR/port"
DB=vanthu_test

bindir() {
  if [ -n "${VANTHU_PG_BIN:-}" ]; then echo "$VANTHU_PG_BIN"; return; fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  if [ -z "$found" ] && command -v pg_ctl >/dev/null; then found="$(dirname "$(command -v pg_ctl)")"; fi
  if [ -z "$found" ]; then
    echo "test-server.sh: PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)" >&2
    exit 1
  fi
  echo "$found"
}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url() {
  echo "postgres://postgres@127.0.0.1:$(cat "$PORT_FILE")/$DB"
}

running() {
  [ -f "$PORT_FILE" ] && [ -f "$DATA/postmaster.pid" ] && as_owner "$(bindir)/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  if running; then url; return; fi
  local bin port
  bin="$(bindir)"
  if [ -e "$DIR" ] && [ -n "$(ls -A "$DIR")" ] && [ ! -e "$PORT_FILE" ] && [ ! -d "$DATA" ]; then
    echo "test-server.sh: $DIR is not empty and is not a test server's folder; choose another VANTHU_PG_DIR" >&2
    exit 1
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
  as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  port="$(free_port)"
  echo "$port" >"$PORT_FILE"
  as_owner "$bin/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $DB" >/dev/null
  "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS unaccent" >/dev/null
  url
}

stop() {
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) if running; then url; else echo "test-server.sh: no server running in $DIR" >&2; exit 1; fi ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
