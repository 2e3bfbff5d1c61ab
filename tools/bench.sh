#!/usr/bin/env bash
# Whole-process benchmarks of the tamiz CLI (the JMH benchmarks measure the library: see README, Development).
#   tools/bench.sh [CORPUS]     CORPUS: one paragraph per line (default ../shared/corpora/fa-news.txt)
# Prints: cold start on a ~10 KB page, and batch throughput (MB/s) with 1 and 2 threads on the corpus cut into pages
# of 20 paragraphs, as JSONL in and out.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/fa-news.txt}"
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/tamiz" --version >/dev/null   # builds the CLI and its class-data archive if needed

python3 - "$corpus" "$work" <<'PY'
import json, sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2] + "/pages.jsonl", "w", encoding="utf-8") as out:
    for i in range(0, len(lines), 20):
        out.write(json.dumps({"id": i // 20, "text": "\n\n".join(lines[i:i + 20])}, ensure_ascii=False) + "\n")
page = ""
for l in lines:
    if len(page.encode("utf-8")) > 10_000:
        break
    page += l + "\n\n"
open(sys.argv[2] + "/page-10k.txt", "w", encoding="utf-8").write(page)
PY

mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$work/pages.jsonl")
echo "corpus: $corpus ($mb MB as JSONL)"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 2 --runs 10 "$root/tamiz clean $work/page-10k.txt" 2>/dev/null | grep -E "Time|Range"
else
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "cold start, 10 KB page: %e s wall, %M KB max RSS" "$root/tamiz" clean "$work/page-10k.txt" >/dev/null
  done
fi
for t in 1 2; do
  s=$(date +%s.%N)
  "$root/tamiz" clean --input-format jsonl --format jsonl --threads "$t" "$work/pages.jsonl" >/dev/null 2>&1
  e=$(date +%s.%N)
  python3 -c "import sys; s,e,mb,t=map(float,sys.argv[1:]); print(f'batch, {int(t)} thread(s): {e-s:.2f} s, {mb/(e-s):.2f} MB/s (whole process, JVM start included)')" "$s" "$e" "$mb" "$t"
done
