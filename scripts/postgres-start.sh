#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster in DIR on 127.0.0.1:PORT (trust auth, user postgres).
set -euo pipefail
dir=${1:?usage: postgres-start.sh DIR PORT}
port=${2:?usage: postgres-start.sh DIR PORT}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
mkdir -p "$dir"
chown postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
fi
if ! runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
fi
