#!/usr/bin/env bash
# A Tacitus cluster on this machine: a private PostgreSQL server (Debian package; installed if missing) on a loopback
# port, a database for the cluster, and N silos on loopback ports.
#
#   deploy/local-cluster.sh up [N]     start PostgreSQL and N silos (default 2; 0 = PostgreSQL only); prints the URL
#   deploy/local-cluster.sh status     silos in the Orleans membership table and the work queue by state
#   deploy/local-cluster.sh down       stop the silos (SIGTERM) and PostgreSQL
#
# Then:  tacitus ingest --cluster postgres://tacitus@127.0.0.1:55432/tacitus FILES…
#        tacitus query  --db      postgres://tacitus@127.0.0.1:55432/tacitus --country UKR
#
# Settings (environment): TACITUS_CLUSTER_DIR (state, logs; default /tmp/tacitus-cluster), TACITUS_PG_PORT (55432),
# TACITUS_DB (tacitus), TACITUS_SILO_PORT (first silo port, 11111; gateways from 30000), TACITUS_SILO_ARGS (extra
# 'tacitus silo' options, e.g. "--parallel 4 --lease-seconds 120"), TACITUS (command that runs tacitus; default:
# the Release build of src/Tacitus.Cli, built if needed).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dir="${TACITUS_CLUSTER_DIR:-/tmp/tacitus-cluster}"
pg_port="${TACITUS_PG_PORT:-55432}"
db="${TACITUS_DB:-tacitus}"
silo_port="${TACITUS_SILO_PORT:-11111}"
url="postgres://tacitus@127.0.0.1:${pg_port}/${db}"

die() { echo "local-cluster: $*" >&2; exit 1; }

pg_bin() {
  local b
  b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$b" ] || [ ! -x "$b/initdb" ]; then
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed: run 'sudo apt-get install -y postgresql'"
    echo "local-cluster: installing PostgreSQL (apt-get install postgresql)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
    b=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$b"
}

# PostgreSQL refuses to run as root: run its server tools as 'postgres' then.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

tacitus_cmd() {
  if [ -n "${TACITUS:-}" ]; then echo "$TACITUS"; return; fi
  local dll="$here/src/Tacitus.Cli/bin/Release/net10.0/tacitus.dll"
  if [ ! -f "$dll" ]; then
    echo "local-cluster: building tacitus (Release)" >&2
    dotnet build "$here/src/Tacitus.Cli" -c Release -v q -nologo >&2
  fi
  echo "dotnet $dll"
}

up() {
  local n="${1:-2}" bin
  [[ "$n" =~ ^[0-9]+$ ]] || die "N must be a number (0 = PostgreSQL only), got '$n'"
  bin=$(pg_bin)
  mkdir -p "$dir/logs"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if [ ! -f "$dir/pg/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$dir/pg" -U tacitus --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_pg "$bin/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w \
      -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  fi
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U tacitus -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U tacitus "$db"
  echo "local-cluster: PostgreSQL on 127.0.0.1:$pg_port, database $db"
  local cmd i pidfile
  cmd=$(tacitus_cmd)
  for ((i = 1; i <= n; i++)); do
    pidfile="$dir/silo-$i.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "local-cluster: silo $i already running"; continue; fi
    # shellcheck disable=SC2086
    nohup $cmd silo --db "$url" --port $((silo_port + i - 1)) --gateway-port $((30000 + i - 1)) ${TACITUS_SILO_ARGS:-} \
      >"$dir/logs/silo-$i.log" 2>&1 &
    echo $! >"$pidfile"
    echo "local-cluster: silo $i (pid $!, port $((silo_port + i - 1))), log $dir/logs/silo-$i.log"
  done
  echo "local-cluster: submit work with: tacitus ingest --cluster $url FILES…"
}

status() {
  local bin
  bin=$(pg_bin)
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U tacitus -d "$db" -c \
    "SELECT Address || ':' || Port AS silo, Generation, CASE Status WHEN 3 THEN 'active' WHEN 6 THEN 'dead' WHEN 2 THEN 'joining' ELSE Status::text END AS status, IAmAliveTime FROM OrleansMembershipTable ORDER BY StartTime" \
    -c "SELECT status, count(*) AS documents, count(*) FILTER (WHERE attempts > 1) AS reclaimed FROM tacitus_work_queue GROUP BY status ORDER BY status"
}

down() {
  local f bin
  for f in "$dir"/silo-*.pid; do
    [ -f "$f" ] || continue
    kill "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  bin=$(pg_bin)
  [ -d "$dir/pg" ] && as_pg "$bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
  echo "local-cluster: stopped (data kept in $dir; delete it to start afresh)"
}

case "${1:-}" in
  up) up "${2:-2}" ;;
  status) status ;;
  down) down ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
