#!/usr/bin/env bash
# Measures the build targets and prints the figures:
#   warm: ./mvnw -B verify with the usual local repository (target <= 5 min on 2 cores)
#   cold: ./mvnw -B verify with an empty local repository (target <= 15 min)  [skip with --warm-only]
#   the p2 site zip size (target <= 5 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
secs() { date +%s; }
logs=$(mktemp -d)

t0=$(secs); ./mvnw -B -q verify >"$logs/warm.log" 2>&1 || { tail -50 "$logs/warm.log"; exit 1; }; warm=$(( $(secs) - t0 ))
zip=p2-site/target/org.cpom.p2-site-1.1.0-SNAPSHOT.zip
size=$(stat -c %s "$zip")
cold=skipped
if [[ ${1:-} != --warm-only ]]; then
  repo=$(mktemp -d)
  t0=$(secs); ./mvnw -B -q -Dmaven.repo.local="$repo" verify >"$logs/cold.log" 2>&1 || { tail -50 "$logs/cold.log"; exit 1; }
  cold=$(( $(secs) - t0 ))
  rm -rf "$repo"
fi
printf 'warm ./mvnw -B verify: %s s (target 300 s, ratio %.2f)\n' "$warm" "$(awk "BEGIN{print $warm/300}")"
[[ $cold == skipped ]] || printf 'cold ./mvnw -B verify (empty local repository): %s s (target 900 s, ratio %.2f)\n' "$cold" "$(awk "BEGIN{print $cold/900}")"
printf 'p2 site zip: %s bytes (target 5242880, ratio %.3f)\n' "$size" "$(awk "BEGIN{print $size/5242880}")"
