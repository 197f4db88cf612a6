#!/bin/bash
# What each read costs the server, against a running server (docs/benchmarks.md#api-under-load).
#
#   src/test/benchmark/api-cost.sh BASE_URL AUTH_HEADER DB_PORT [SECONDS] PATH...
#   e.g. src/test/benchmark/api-cost.sh http://localhost:9080 "Authorization: Bearer cpt_…" 33061 15 \
#          /api/periods '/api/summary?period=2018-19-Q2'
#
# For each path, in one run on one server:
#   selects   SELECTs one request sends (the database's Com_select; nothing else may use it)
#   jvm, db   CPU milliseconds the server's JVM and MariaDB spend per request, read from /proc
#             over 400 requests (4 at a time) after 200 uncounted: other work on a shared
#             machine does not count, unlike wall-clock times
#   p50, p95  milliseconds at a constant 100 requests/s for SECONDS (hey -c 10 -q 10)
#   sat       requests/s with 8 connections for SECONDS
# Needs hey, the mariadb client, ss, and the server and database on this machine.
set -euo pipefail
BASE=$1; AUTH=$2; DB=$3; S=${4:-15}; shift 4
PORT=$(sed -E 's#.*:([0-9]+).*#\1#' <<< "$BASE")
JVM=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
MDB=$(pgrep -f "mariadbd.*--port=$DB" | head -1)
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
selects() { mariadb -uroot -h127.0.0.1 -P"$DB" -N -e "show global status like 'Com_select'" | awk '{print $2}'; }
printf '%-55s %7s %7s %7s %7s %7s %7s %s\n' path selects jvm_ms db_ms p50_ms p95_ms sat/s status
for p in "$@"; do
  url="$BASE$p"
  hey -n 200 -c 4 -H "$AUTH" "$url" > /dev/null
  a=$(selects); curl -s -o /dev/null -H "$AUTH" "$url"; b=$(selects)
  j0=$(ticks "$JVM"); d0=$(ticks "$MDB")
  hey -n 400 -c 4 -H "$AUTH" "$url" > /dev/null
  j1=$(ticks "$JVM"); d1=$(ticks "$MDB")
  rate=$(hey -z "${S}s" -c 10 -q 10 -H "$AUTH" "$url")
  sat=$(hey -z "${S}s" -c 8 -H "$AUTH" "$url")
  printf '%-55s %7d %7.1f %7.1f %7.1f %7.1f %7.0f %s\n' "$p" $((b - a - 1)) \
    "$(echo "($j1 - $j0) * 1000 / $HZ / 400" | bc -l)" "$(echo "($d1 - $d0) * 1000 / $HZ / 400" | bc -l)" \
    "$(awk '/50% in/ {print $3 * 1000}' <<< "$rate")" "$(awk '/95% in/ {print $3 * 1000}' <<< "$rate")" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$sat")" \
    "$(sed -n '/Status code distribution/,$p' <<< "$sat" | grep -o '\[[0-9]*\]' | tr -d '\n')"
done
