#!/usr/bin/env python3
"""Lists line errors on readability_testpages for outputs in OUTDIR: FN (content dropped) and FP (furniture kept).

  python3 tools/bpeval/errors.py OUTDIR [fn|fp] [N]
"""
import json, os, sys
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))
sys.path.insert(0, os.path.join(SHARED, "tools/bpscore"))
from textnorm import align_lines

setdir = os.path.join(SHARED, "dev/boilerplate/readability_testpages")
outdir, kind = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "fn"
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 80
shown = 0
for l in open(os.path.join(setdir, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    text = open(os.path.join(setdir, "docs", r["doc"] + ".txt"), encoding="utf-8").read()
    p = os.path.join(outdir, r["doc"] + ".txt")
    out = open(p, encoding="utf-8").read() if os.path.exists(p) else ""
    lines = [x for x in text.split("\n") if x.strip()]
    for line, (n, m), g in zip(lines, align_lines(lines, out), r["lines"]):
        if g is None or g == -1 or n == 0:
            continue
        pred = m / n >= 0.5
        if (kind == "fn" and g == 1 and not pred) or (kind == "fp" and g == 0 and pred):
            print(r["doc"], "|", line[:140])
            shown += 1
            if shown >= limit:
                sys.exit()
