#!/usr/bin/env bash
# Documents per second on this machine: a single-process ingest into DuckDB, then a cluster of 1 and of 2 silos on
# PostgreSQL (deploy/local-cluster.sh), all on the same corpus: DOCS article-sized documents (default 300) made from
# the showcase article (examples/), its paragraphs rotated and a distinct first line, so each is a distinct document.
#   deploy/bench-cluster.sh [DOCS] [SILO COUNTS…]      e.g. deploy/bench-cluster.sh 300 1 2
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
n="${1:-300}"; shift || true
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(1 2)
work=$(mktemp -d /tmp/tacitus-bench.XXXXXX)
chmod 755 "$work"   # the PostgreSQL server (user postgres when run as root) must reach its data directory
export TACITUS_CLUSTER_DIR="$work/cluster" TACITUS_PG_PORT="${TACITUS_PG_PORT:-55433}"
trap 'deploy/local-cluster.sh down >/dev/null 2>&1 || true' EXIT

mkdir -p "$work/corpus"
mapfile -t paras < <(awk 'NF' examples/istanbul-talks-2025-05-14.txt)
for ((i = 0; i < n; i++)); do
  { echo "Dispatch $i from the example desk."; for ((k = 0; k < ${#paras[@]}; k++)); do echo "${paras[$(((i + k) % ${#paras[@]}))]}"; done; } \
    >"$work/corpus/dispatch-$(printf %04d "$i")-2025-05-14.txt"
done
chars=$(cat "$work/corpus"/*.txt | wc -c)
echo "corpus: $n documents, $((chars / n)) characters each on average; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

[ -f src/Tacitus.Cli/bin/Release/net10.0/tacitus.dll ] || dotnet build src/Tacitus.Cli -c Release -v q -nologo
T=(dotnet src/Tacitus.Cli/bin/Release/net10.0/tacitus.dll)

echo "== single process, DuckDB"
"${T[@]}" ingest "$work/corpus" --db "$work/single.duckdb" 2>/dev/null | tail -1

for silos in "${counts[@]}"; do
  export TACITUS_DB="bench$silos"
  echo "== $silos silo(s), PostgreSQL"
  deploy/local-cluster.sh up "$silos" >/dev/null
  psql=(psql -h 127.0.0.1 -p "$TACITUS_PG_PORT" -U tacitus -d "$TACITUS_DB" -tAc)
  for ((t = 0; t < 300; t++)); do
    up=$("${psql[@]}" "SELECT count(*) FROM OrleansMembershipTable WHERE Status = 3" 2>/dev/null || echo 0)
    [ "$up" -ge "$silos" ] && break
    sleep 1
  done
  sleep 3   # let the workers start polling
  "${T[@]}" ingest --cluster "postgres://tacitus@127.0.0.1:$TACITUS_PG_PORT/$TACITUS_DB" "$work/corpus" 2>/dev/null | tail -1
  "${psql[@]}" "SELECT '  ' || claimed_by || ': ' || count(*) || ' documents, ' ||
      round(count(*) / greatest(extract(epoch FROM max(done_at) - min(done_at)), 0.001)::numeric, 1) || ' docs/s while active'
      FROM tacitus_work_queue WHERE status = 'done' GROUP BY claimed_by ORDER BY claimed_by"
  deploy/local-cluster.sh down >/dev/null
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$work"
