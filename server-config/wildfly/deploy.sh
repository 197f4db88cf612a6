#!/bin/sh
# Council Performance onto a fresh WildFly 38 (docs/hosting-wildfly.md): configures the stopped
# server with council-performance.cli and puts the WAR in its deployments folder at context root /.
#   server-config/wildfly/deploy.sh WILDFLY_HOME MARIADB_DRIVER_JAR COUNCIL_PERFORMANCE_WAR
# Run it once per server; start WildFly afterwards with the environment set (DB_HOST, DB_USER, …).
set -eu
if [ "$#" -ne 3 ]; then
  echo "usage: $0 WILDFLY_HOME MARIADB_DRIVER_JAR COUNCIL_PERFORMANCE_WAR" >&2
  exit 2
fi
home=$1
driver=$(realpath "$2")
war=$(realpath "$3")
here=$(dirname "$(realpath "$0")")

"$home/bin/jboss-cli.sh" -Ddriver.jar="$driver" --file="$here/council-performance.cli"
# ROOT.war: WildFly serves a deployment of that name at /.
cp "$war" "$home/standalone/deployments/ROOT.war"
echo "configured $home; start it with $home/bin/standalone.sh and the DB_* variables set"
