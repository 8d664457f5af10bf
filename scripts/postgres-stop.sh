#!/usr/bin/env bash
# Stops the cluster that postgres-start.sh started in DIR, if it runs.
set -euo pipefail
dir=${1:?usage: postgres-stop.sh DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ -f "$dir/data/PG_VERSION" ]; then
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
fi
