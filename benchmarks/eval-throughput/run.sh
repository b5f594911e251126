#!/usr/bin/env bash
# Eval throughput: `versus eval` against `versus sim --profile instant` in another process, with
# scoring, storing and no response cache, so the figure is the runner's own overhead (HTTP client,
# scoring, statistics, SQLite writes) and not a model's latency. Not a unit test: run it by hand.
#
#   benchmarks/eval-throughput/run.sh [REPEAT] [CONCURRENCY]
#
# REPEAT (default 10) multiplies the built-in suites nlu-es + math-es + injection (346 cases);
# every repeat sends a different sampling seed, so no answer is reused. Prints the runner's own
# cases/s (from its last progress line, JVM start and suite loading excluded), the wall time and
# the eval JVM's peak RSS, with the load average before and after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeat="${1:-10}"
concurrency="${2:-64}"
JAVA_HOME="$("$here/scripts/find-jdk.sh")"
jar="$here/target/versus.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  (cd "$here" && mvn -B -q -o -DskipTests package >&2)
fi
work="$(mktemp -d)"
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" sim --profile instant --port 0 >"$work/sim.out" 2>&1 &
sim_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/sim.out" 2>/dev/null && break
  sleep 0.2
done
base="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.out" | head -1)"
[ -n "$base" ] || { echo "the simulator did not start:"; cat "$work/sim.out"; exit 1; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v -o "$work/time.txt" "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" eval \
  --model "openai:instant@$base/v1" --suite nlu-es --suite math-es --suite injection \
  --repeat "$repeat" --concurrency "$concurrency" --no-cache \
  --store "$work/versus.db" --out "$work/out" >"$work/eval.out" 2>"$work/eval.err"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
grep '^eval: ' "$work/eval.err" | tail -1
echo "results: $(wc -l <"$work/out/cases.jsonl") lines in cases.jsonl"
grep -E 'User time|System time|Elapsed \(wall clock\)|Maximum resident set size' "$work/time.txt"
echo "simulator CPU (user+sys ticks): $(awk '{print $14+$15}' /proc/$sim_pid/stat)"
