#!/usr/bin/env bash
# Measures the job in local mode on one core (local[1]), as spark-submit would run it, on synthetic corpora made
# by MakeCorpus.java from a file of paragraphs, one a line. Cost per page = the difference between a large and a
# small run (which cancels Spark's start-up), divided by the difference in pages.
#   integrations/spark/bench/measure.sh LINES.txt [WORKDIR]
# Needs: the core installed (mvn -q -DskipTests install) and this project packaged (mvn -f integrations/spark/pom.xml
# package). Prints wall and CPU seconds per run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lines="$1"
work="${2:-/tmp/tamiz-spark-bench}"
mkdir -p "$work"
jar="$(ls "$here"/../target/tamiz-spark-*-all.jar)"
(cd "$here/.." && mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark-cp.txt")
opens="$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' "$here/../pom.xml")"
for n in 5000 20000; do
  [ -f "$work/pages-$n.jsonl" ] || java "$here/MakeCorpus.java" "$lines" "$work/pages-$n.jsonl" "$n"
done
for templates in "" "--no-templates"; do
  for n in 5000 20000; do
    /usr/bin/time -f "pages=$n ${templates:-templates} %e s wall, %U s user, %S s sys" \
      java $opens -Xmx4g -cp "$(cat "$work/spark-cp.txt")" org.apache.spark.deploy.SparkSubmit \
        --master 'local[1]' --class dev.tamiz.spark.CleanJob --conf spark.ui.enabled=false "$jar" \
        --input "$work/pages-$n.jsonl" --output "$work/out-$n" --overwrite $templates \
        > "$work/run-$n${templates}.log" 2>&1
    tail -1 "$work/run-$n${templates}.log"
  done
done
