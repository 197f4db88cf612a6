#!/bin/sh
# Smoke test after every deployment or change (docs/operations.md#smoke-test):
#
#   server-config/smoke-test.sh BASE_URL USERNAME PASSWORD [PERIOD]
#   e.g. server-config/smoke-test.sh https://performance.example.gov.uk smoke.test 'its password'
#
# BASE_URL is the address people use (through the proxy, with the context root if there is one).
# USERNAME should be a VIEWER account kept for this test. It checks: the server is ready; a sign-in
# works and its cookie is HttpOnly (and Secure over https); a change without the CSRF token is
# refused and with it accepted (an API token made and revoked at once); a committee pack renders as
# PDF (for PERIOD, else the latest quarter); sign-out. It needs curl, sed and grep only, prints one
# line per check, and exits 1 at the first failure. Set CURL_OPTS=--insecure to try a self-signed
# certificate. Each run writes sign-in, token and sign-out lines to the security log.
set -u

if [ $# -lt 3 ]; then
  echo "usage: $0 BASE_URL USERNAME PASSWORD [PERIOD]" >&2
  exit 2
fi
base=${1%/}
user=$2
password=$3
period=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

ok() { echo "ok    $*"; }
fail() {
  echo "FAIL  $*" >&2
  [ -s "$work/body" ] && head -c 400 "$work/body" >&2 && echo >&2
  exit 1
}
# call METHOD PATH [curl options…]: the status code; the body in $work/body, headers in $work/headers
call() {
  method=$1
  path=$2
  shift 2
  # shellcheck disable=SC2086 # CURL_OPTS is a list of options
  curl -sS ${CURL_OPTS:-} -o "$work/body" -D "$work/headers" -w '%{http_code}' \
    -b "$jar" -c "$jar" -X "$method" "$@" "$base$path" || echo 000
}
# field NAME: a string or number member of the JSON in $work/body
field() {
  sed -n "s/.*\"$1\" *: *\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" "$work/body" | head -n 1
}
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }

status=$(call GET /health/ready)
[ "$status" = 200 ] && grep -q '"UP"' "$work/body" || fail "health: GET /health/ready answered $status"
ok "health: /health/ready is UP"

body="{\"username\":\"$(json_escape "$user")\",\"password\":\"$(json_escape "$password")\"}"
status=$(call POST /api/session -H 'Content-Type: application/json' -d "$body")
[ "$status" = 200 ] || fail "sign-in: POST /api/session answered $status"
csrf=$(field csrfToken)
[ -n "$csrf" ] || fail "sign-in: no csrfToken in the answer"
cookie=$(grep -i '^set-cookie:' "$work/headers" | head -n 1)
echo "$cookie" | grep -qi 'httponly' || fail "sign-in: the session cookie is not HttpOnly: $cookie"
case $base in
  https:*) echo "$cookie" | grep -qi 'secure' || fail "sign-in: the session cookie is not Secure over https: $cookie" ;;
esac
ok "sign-in: $user signed in; cookie $(echo "$cookie" | sed 's/^[^:]*: *\([^=]*\)=[^;]*/\1=…/' | tr -d '\r')"

status=$(call POST /api/tokens -H 'Content-Type: application/json' -d '{"name":"smoke test"}')
[ "$status" = 403 ] || fail "CSRF: a change without X-CSRF-Token answered $status, not 403"
ok "CSRF: a change without the token is refused (403)"
status=$(call POST /api/tokens -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
  -d '{"name":"smoke test"}')
[ "$status" = 201 ] || fail "CSRF: a change with X-CSRF-Token answered $status, not 201"
id=$(field id)
location=$(grep -i '^location:' "$work/headers" | sed 's/^[^:]*: *//' | tr -d '\r')
case $location in
  "$base"/*) ;;
  *) fail "URLs: the new token's Location $location is not under $base (proxy headers? docs/operations.md#behind-a-reverse-proxy)" ;;
esac
status=$(call DELETE "/api/tokens/$id" -H "X-CSRF-Token: $csrf")
[ "$status" = 200 ] || fail "CSRF: revoking the token answered $status"
ok "CSRF: with the token a change is made (API token $id made and revoked; Location $location)"

if [ -z "$period" ]; then
  status=$(call GET /api/periods)
  [ "$status" = 200 ] || fail "pack: GET /api/periods answered $status"
  period=$(grep -o '"code" *: *"[0-9]\{4\}-[0-9]\{2\}-Q[1-4]"' "$work/body" | sed 's/.*"\([^"]*\)"$/\1/' | sort | tail -n 1)
  [ -n "$period" ] || fail "pack: no quarter in GET /api/periods; give PERIOD"
fi
status=$(call GET "/api/reports/quarterly?period=$period" -H 'Accept: application/pdf')
[ "$status" = 200 ] || fail "pack: GET /api/reports/quarterly?period=$period answered $status"
head -c 5 "$work/body" | grep -q '%PDF-' || fail "pack: the answer is not a PDF"
ok "pack: $period rendered, $(wc -c < "$work/body" | tr -d ' ') bytes of PDF"

status=$(call DELETE /api/session -H "X-CSRF-Token: $csrf")
[ "$status" = 204 ] || fail "sign-out: DELETE /api/session answered $status"
status=$(call GET /api/session)
[ "$status" = 401 ] || fail "sign-out: the session still answers $status after signing out"
ok "sign-out: the session is over"
echo "smoke test passed against $base"
