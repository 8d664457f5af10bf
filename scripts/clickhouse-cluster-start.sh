#!/usr/bin/env bash
# Starts two throwaway ClickHouse servers that form one cluster: ./clickhouse-cluster-start.sh DIR PORT1 PORT2
# Server N has HTTP on PORTN, native TCP on PORTN+1, 127.0.0.1 only, all state under DIR/nodeN (each started by
# clickhouse-start.sh). Both carry the cluster "safeguarding_shards" in config.d: two shards of one replica each,
# reached over native TCP, internal_replication false. Idempotent.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 DIR PORT1 PORT2" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
dir=$(mkdir -p "$1" && cd "$1" && pwd)
ports=("$2" "$3")
if (( ${ports[1]} == ${ports[0]} || ${ports[1]} == ${ports[0]} + 1 || ${ports[0]} == ${ports[1]} + 1 )); then
  echo "PORT1 and PORT2 must differ by more than one: each server also takes PORT+1 for native TCP" >&2
  exit 2
fi

shards=""
for port in "${ports[@]}"; do
  shards+="
                <shard>
                    <internal_replication>false</internal_replication>
                    <replica><host>127.0.0.1</host><port>$((port + 1))</port></replica>
                </shard>"
done

for i in 1 2; do
  node="$dir/node$i"
  mkdir -p "$node/config.d"
  # clickhouse-server merges every file in config.d beside its config file into the configuration.
  cat > "$node/config.d/cluster.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <remote_servers>
        <safeguarding_shards>${shards}
        </safeguarding_shards>
    </remote_servers>
</yandex>
XML
  "$here/clickhouse-start.sh" "$node" "${ports[$((i - 1))]}"
done
