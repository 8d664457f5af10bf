#!/usr/bin/env bash
# Installs what the tests need (ClickHouse, PostgreSQL, Chromium, Node.js from Debian packages; axe-core from npm)
# when missing, starts ClickHouse and PostgreSQL on loopback in a temporary directory, runs every test, stops what it
# started and prints the totals as "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v clickhouse-server >/dev/null 2>&1 || need+=(clickhouse-server clickhouse-client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# axe-core, which the browser tests inject into each page for the accessibility scan, at the locked version.
if [ ! -d tests/Browser.Tests/node_modules/axe-core ]; then
  (cd tests/Browser.Tests && npm ci --no-audit --no-fund)
fi

work=$(mktemp -d /tmp/sga-test.XXXXXX)
chmod 755 "$work"
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
pg_port=$(free_port)
ch_port=$(free_port)
# The cluster's two servers (each also takes the next port for native TCP).
cluster_ports=()
while [ ${#cluster_ports[@]} -lt 2 ]; do
  port=$(free_port)
  clash=0
  for taken in "$ch_port" "${cluster_ports[@]}"; do
    if [ $((port - taken)) -ge -1 ] && [ $((port - taken)) -le 1 ]; then clash=1; fi
  done
  [ "$clash" -eq 1 ] || cluster_ports+=("$port")
done

cleanup() {
  scripts/clickhouse-stop.sh "$work/clickhouse" || true
  scripts/clickhouse-cluster-stop.sh "$work/clickhouse-cluster" || true
  scripts/postgres-stop.sh "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Starting PostgreSQL on 127.0.0.1:$pg_port and ClickHouse on 127.0.0.1:$ch_port ..."
scripts/postgres-start.sh "$work/postgres" "$pg_port"
scripts/clickhouse-start.sh "$work/clickhouse" "$ch_port"
echo "Starting a two-server ClickHouse cluster on 127.0.0.1:${cluster_ports[0]} and 127.0.0.1:${cluster_ports[1]} ..."
scripts/clickhouse-cluster-start.sh "$work/clickhouse-cluster" "${cluster_ports[0]}" "${cluster_ports[1]}"

export SGA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
export SGA_TEST_CLICKHOUSE="Host=127.0.0.1;Port=$ch_port;Username=default"
# The cluster's name, then each server's connection string, separated by '|'; the first holds the Distributed tables.
export SGA_TEST_CLICKHOUSE_CLUSTER="safeguarding_shards|Host=127.0.0.1;Port=${cluster_ports[0]};Username=default|Host=127.0.0.1;Port=${cluster_ports[1]};Username=default"
export SGA_TEST_ARTIFACTS="${SGA_TEST_ARTIFACTS:-$PWD/artifacts/tests}"
mkdir -p "$SGA_TEST_ARTIFACTS"

if ! dotnet build Safeguarding.Analytics.sln -nologo -v q -clp:ErrorsOnly; then
  echo "The build failed: no test ran."
  echo "0 passed, 1 failed"
  exit 1
fi
# One test project at a time, each with its own TRX report, summed at the end.
status=0
passed=0; failed=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  # The console logger at "minimal" prints each failed test's message and stack, so a red run says why.
  dotnet test "$project" --no-build -nologo -v q --logger "console;verbosity=minimal" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$work/results" || status=$?
  trx="$work/results/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    echo "$name produced no test report" >&2; status=1
  fi
done
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
