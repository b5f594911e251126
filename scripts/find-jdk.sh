#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: JAVA_HOME, then the java on PATH, then the usual install
# folders (newest first). Exits 1 with a message when there is none. Sourced by ./versus and .ci/run.
set -u

java_major() { # $1 = path to a java binary
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

is_ok() { # $1 = a JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(java_major "$1/bin/java"); v=${v#1.}
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v java >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
for d in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
  candidates+=("$d")
done
for c in "${candidates[@]}"; do
  if is_ok "$c"; then echo "$c"; exit 0; fi
done
echo "versus: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME." >&2
exit 1
