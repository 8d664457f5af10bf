#!/usr/bin/env bash
# Starts a throwaway ClickHouse server: ./clickhouse-start.sh DIR PORT
# HTTP on PORT, native TCP on PORT+1, 127.0.0.1 only, all state under DIR. Idempotent.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 DIR PORT" >&2
  exit 2
fi

dir=$(mkdir -p "$1" && cd "$1" && pwd)
port=$2
tcp_port=$((port + 1))

ping_ok() { [[ "$(curl -s "http://127.0.0.1:${port}/ping" 2>/dev/null || true)" == Ok* ]]; }

if [[ -f "$dir/clickhouse.pid" ]] && kill -0 "$(cat "$dir/clickhouse.pid")" 2>/dev/null && ping_ok; then
  exit 0
fi

mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/format_schemas" "$dir/logs"

cat > "$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>${dir}/logs/clickhouse-server.log</log>
        <errorlog>${dir}/logs/clickhouse-server.err.log</errorlog>
        <size>100M</size>
        <count>2</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>${port}</http_port>
    <tcp_port>${tcp_port}</tcp_port>
    <max_connections>512</max_connections>
    <keep_alive_timeout>3</keep_alive_timeout>
    <max_concurrent_queries>100</max_concurrent_queries>
    <uncompressed_cache_size>1073741824</uncompressed_cache_size>
    <mark_cache_size>536870912</mark_cache_size>
    <path>${dir}/data/</path>
    <tmp_path>${dir}/tmp/</tmp_path>
    <user_files_path>${dir}/user_files/</user_files_path>
    <format_schema_path>${dir}/format_schemas/</format_schema_path>
    <users_config>${dir}/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mlock_executable>false</mlock_executable>
</yandex>
XML

cat > "$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>4000000000</max_memory_usage>
            <load_balancing>random</load_balancing>
        </default>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
XML

run_as=()
# Root works for 18.16; builds that refuse root run as CLICKHOUSE_RUN_AS (e.g. clickhouse) instead.
if [[ $(id -u) -eq 0 && -n "${CLICKHOUSE_RUN_AS:-}" ]]; then
  chown -R "$CLICKHOUSE_RUN_AS": "$dir"
  run_as=(runuser -u "$CLICKHOUSE_RUN_AS" --)
fi

# No interserver_http_port in the config: replication is off, nothing else listens.
nohup "${run_as[@]}" clickhouse-server --config-file="$dir/config.xml" --pid-file="$dir/clickhouse.pid" \
  >"$dir/logs/stdout.log" 2>&1 &
launcher=$!

for _ in $(seq 1 120); do
  if ping_ok; then
    [[ -f "$dir/clickhouse.pid" ]] || echo "$launcher" > "$dir/clickhouse.pid"
    exit 0
  fi
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "clickhouse-server exited; see $dir/logs" >&2
    tail -n 20 "$dir/logs/stdout.log" "$dir/logs/clickhouse-server.err.log" 2>/dev/null >&2 || true
    exit 1
  fi
  sleep 0.5
done

echo "clickhouse-server did not answer on port ${port} within 60 s; see $dir/logs" >&2
exit 1
