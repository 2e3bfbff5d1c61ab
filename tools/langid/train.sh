#!/usr/bin/env bash
# Retrains src/main/resources/dev/tamiz/lang/langid.bin from the corpus that fetch.sh built, then prints the
# held-out evaluation. Usage: tools/langid/train.sh [WORK_DIR]   (default /tmp/tamiz-langid)
set -euo pipefail
WORK=${1:-/tmp/tamiz-langid}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
if [ -d "$WORK/raw/package" ]; then python3 tools/langid/build_corpus.py "$WORK" >/dev/null; else tools/langid/fetch.sh "$WORK"; fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/cp.txt")"
java -cp "$CP" dev.tamiz.lang.ModelTrainer "$WORK/corpus" src/main/resources/dev/tamiz/lang/langid.bin
cp src/main/resources/dev/tamiz/lang/langid.bin target/classes/dev/tamiz/lang/langid.bin
java -cp "$CP" dev.tamiz.lang.HeldOutEvaluation "$WORK/corpus" | tee "$WORK/eval.txt"
