#!/usr/bin/env bash
# Request rate and CPU per request of the candidate HTTP clients on small POSTs against
# `versus sim --profile instant` (loopback, bounded, stops by itself).
# Usage: benchmarks/http-choice/post-clients.sh [seconds-per-point] [concurrency] [rounds]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-5}; conc=${2:-64}; rounds=${3:-3}
JAVA_HOME="$(../../scripts/find-jdk.sh)"; export JAVA_HOME
[ -f target/http-choice.jar ] || mvn -B -q package
[ -f ../../target/versus.jar ] || (cd ../.. && mvn -B -q package -DskipTests)
port=18390
"$JAVA_HOME/bin/java" -Xmx1g -jar ../../target/versus.jar sim --profile instant --port $port \
  > /tmp/http-choice-sim.log 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT
for i in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  for client in jdk helidon jetty apache; do
    "$JAVA_HOME/bin/java" -Xmx1g -jar target/http-choice.jar post $client \
      "http://127.0.0.1:$port/v1/chat/completions" "$conc" "$secs" 2>/dev/null | grep client=
  done
done
echo "# end $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
