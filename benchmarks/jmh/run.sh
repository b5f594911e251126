#!/usr/bin/env bash
# Runs the JMH benchmarks: installs the product jar, builds this module, runs JMH.
# Usage: benchmarks/jmh/run.sh [JMH args, e.g. SseParser -f 1]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JAVA_HOME="$("$here/../../scripts/find-jdk.sh")"; export JAVA_HOME
(cd "$here/../.." && mvn -B -q install -DskipTests)
(cd "$here" && mvn -B -q package)
exec "$JAVA_HOME/bin/java" -jar "$here/target/benchmarks.jar" "$@"
