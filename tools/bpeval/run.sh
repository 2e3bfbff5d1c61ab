#!/usr/bin/env bash
# Scores the built CLI on the shared boilerplate dev sets (and the seeds).
#   tools/bpeval/run.sh            (from the worktree root, after `mvn -q -B -DskipTests package`)
# Extra JVM options (e.g. -Dtamiz.boilerplate.weights=FILE to try other weights) go in TAMIZ_JAVA_OPTS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${SHARED:-$here/../shared}"
out="${OUT:-$(mktemp -d)}"
for set in readability_testpages trafilatura_eval; do
  rm -rf "$out/$set"
  java ${TAMIZ_JAVA_OPTS:-} -jar "$here/target/tamiz-cli.jar" clean --output "$out/$set" "$shared/dev/boilerplate/$set/docs"
  python3 "$shared/tools/bpscore/score.py" "$shared/dev/boilerplate/$set" --outdir "$out/$set" ${JSON:+--json}
done
