#!/usr/bin/env bash
# End-to-end benchmarks against `versus sim` in a separate process (loopback only, bounded, stops
# by itself). Builds and installs the product jar, compiles the harness, runs one bench or all.
# Usage: benchmarks/harness/run.sh streams|events|overhead|gateway|all [key=value...]
#   streams   streams=5000 ramp-seconds=3 tokens=50 profile=benchmarks/harness/profiles/slow-long.yaml
#   events    concurrency=100 tokens=256 rounds=3 warmup-rounds=3 seconds=5 warmup=2 profiles=instant,benchmarks/harness/profiles/instant-1tok.yaml
#   overhead  levels=1,100,1000 rates=1000 held-streams=100 rounds=3 warmup-rounds=1 seconds=5 warmup=2 tokens=16
#   gateway   rate=500 rounds=3 warmup-rounds=1 seconds=5 connections=64 tokens=16 nginx-workers=auto
#             gateway-jvm="JVM options of the gateway"; starts sim, gateway (guard + logging on) and
#             nginx (/usr/sbin/nginx) in a fresh temp dir (work-dir=), removed at the end
#   all       the runs quoted in BENCHMARKS.md: streams (5,000 slow-long; 5,000 slow-sparse;
#             10,000 slow-sparse of 30 tokens), events, overhead
# Every bench also takes jar=PATH (default target/versus.jar), sim-jvm="JVM options of the sim" and
# sim-log-dir=DIR (where the simulator's output goes, default benchmarks/harness/target).
# HARNESS_JVM="JVM options of the client" (default -Xmx1g); SKIP_BUILD=1 skips the two builds.
# Output goes to the terminal and to benchmarks/harness/target/results-<bench>-<time>.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
JAVA_HOME="$("$root/scripts/find-jdk.sh")"; export JAVA_HOME
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && mvn -B -q install -DskipTests)
  (cd "$here" && mvn -B -q package)
fi
cd "$root"
mkdir -p "$here/target"
# The client JVM is capped at 1 GiB of heap by default (HARNESS_JVM overrides): the 10,000-stream
# target is "memory below 1 GB".
run() {
  local out="$here/target/results-$1-$(date -u +%Y%m%dT%H%M%SZ).txt"
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(uname -r), load: $(cut -d' ' -f1-3 /proc/loadavg); args: $*" | tee "$out"
  "$JAVA_HOME/bin/java" ${HARNESS_JVM:--Xmx1g} -cp "target/versus.jar:$here/target/classes" \
    dev.versus.bench.harness.Harness "$@" 2>&1 | tee -a "$out"
}
if [ "$1" = gateway ]; then
  # every process the bench starts writes its pid into the temp dir; the trap stops each by its pid
  # (also when the harness JVM dies or the run is interrupted), then removes the dir
  work="$(mktemp -d /tmp/versus-gwbench.XXXXXX)"
  stop_children() {
    for f in "$work"/*.pid "$work"/nginx/nginx.pid; do
      [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
    done
    sleep 1
    rm -rf "$work"
  }
  trap stop_children EXIT INT TERM
  run "$@" work-dir="$work"
elif [ "$1" = all ]; then
  shift
  sparse=benchmarks/harness/profiles/slow-sparse.yaml
  run streams streams=5000 "$@"
  run streams streams=5000 profile=$sparse tokens=10 "$@"
  run streams streams=10000 profile=$sparse tokens=30 ramp-seconds=6 "$@"
  run events "$@"
  run overhead "$@"
else
  run "$@"
fi
