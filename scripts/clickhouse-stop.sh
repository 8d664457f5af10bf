#!/usr/bin/env bash
# Stops a server started by clickhouse-start.sh: ./clickhouse-stop.sh DIR. Idempotent.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi

pid_file="$1/clickhouse.pid"
[[ -f "$pid_file" ]] || exit 0
pid=$(cat "$pid_file")

if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null || true
  fi
fi
rm -f "$pid_file"
