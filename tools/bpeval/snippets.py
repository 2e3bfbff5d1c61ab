#!/usr/bin/env python3
"""Lists snippet errors on a dev set for outputs in OUTDIR: fn (keep snippet missing) or fp (drop snippet kept).

  python3 tools/bpeval/snippets.py SETNAME OUTDIR [fn|fp] [N]
"""
import json, os, sys
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))
sys.path.insert(0, os.path.join(SHARED, "tools/bpscore"))
from textnorm import tokstr

setdir = os.path.join(SHARED, "dev/boilerplate", sys.argv[1])
outdir, kind = sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "fn"
limit = int(sys.argv[4]) if len(sys.argv) > 4 else 80
shown = 0
for l in open(os.path.join(setdir, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    p = os.path.join(outdir, r["doc"] + ".txt")
    ots = tokstr(open(p, encoding="utf-8").read() if os.path.exists(p) else "")
    for s in (r["keep"] if kind == "fn" else r["drop"]):
        found = tokstr(s) in ots
        if (kind == "fn" and not found) or (kind == "fp" and found):
            print(r["doc"], r.get("lang", "")[:3], "|", s[:150])
            shown += 1
            if shown >= limit:
                sys.exit()
