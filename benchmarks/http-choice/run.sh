#!/usr/bin/env bash
# Measures the candidate HTTP servers (JDK HttpServer, Helidon SE 4, Jetty 12) with wrk and the
# candidate clients (JDK HttpClient, Jetty HttpClient) against them, all on loopback, each server in
# its own JVM. Usage: benchmarks/http-choice/run.sh [seconds-per-point]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-5}
JAVA_HOME="$(../../scripts/find-jdk.sh)"; export JAVA_HOME
[ -f target/http-choice.jar ] || mvn -B -q package
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
JAVA="$JAVA_HOME/bin/java -Xmx1g -jar target/http-choice.jar"
port=18300
for server in jdk helidon jetty; do
  port=$((port+1))
  $JAVA serve $server $port > /tmp/http-choice-$server.log 2>&1 &
  pid=$!
  for i in $(seq 50); do grep -q ready /tmp/http-choice-$server.log 2>/dev/null && break; sleep 0.2; done
  echo "== server=$server"
  wrk -t2 -c100 -d${secs}s http://127.0.0.1:$port/json | awk '/Requests\/sec/ {print "wrk /json c=100 requests/s=" $2} /Latency/ {print "wrk /json latency avg=" $2}'
  wrk -t2 -c100 -d${secs}s "http://127.0.0.1:$port/stream?n=64" | awk '/Requests\/sec/ {print "wrk /stream(64 events) c=100 requests/s=" $2 " (x64 events)"}'
  for client in jdk helidon jetty; do
    $JAVA client $client "http://127.0.0.1:$port/stream?n=64" 100 $secs
  done
  kill $pid; wait $pid 2>/dev/null || true
done
