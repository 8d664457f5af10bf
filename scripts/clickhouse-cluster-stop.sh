#!/usr/bin/env bash
# Stops both servers started by clickhouse-cluster-start.sh: ./clickhouse-cluster-stop.sh DIR. Idempotent.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
status=0
for node in "$1/node1" "$1/node2"; do
  "$here/clickhouse-stop.sh" "$node" || status=$?
done
exit "$status"
