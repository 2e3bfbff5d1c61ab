#!/usr/bin/env python3
"""Tallies readability_testpages line errors by the classifier's rule id and zone (runs the jar's --explain).

  python3 tools/bpeval/zones.py [JAR]
"""
import json, os, subprocess, sys, collections
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))
jar = sys.argv[1] if len(sys.argv) > 1 else "target/tamiz-cli.jar"
setdir = os.path.join(SHARED, "dev/boilerplate/readability_testpages")
fp = collections.Counter(); fn = collections.Counter(); tp = collections.Counter(); tn = collections.Counter()
for l in open(os.path.join(setdir, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    path = os.path.join(setdir, "docs", r["doc"] + ".txt")
    text = open(path, encoding="utf-8").read()
    ex = json.loads(subprocess.run(["java", "-jar", jar, "clean", "--explain", "--format", "json", path],
                                   capture_output=True, text=True).stdout)
    by_start = {}
    for e in ex:
        by_start[e["start"]] = e
    pos = 0
    gi = 0
    for line in text.split("\n"):
        s = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        g = r["lines"][gi]; gi += 1
        off = s + (len(line) - len(line.lstrip()))
        e = by_start.get(off)
        if e is None or g is None or g == -1:
            continue
        k = (e["rule"], e["features"].get("zone", "-"))
        keep = e["decision"] == "keep"
        (tp if keep and g == 1 else fp if keep else fn if g == 1 else tn)[k] += 1
keys = set(fp) | set(fn) | set(tp) | set(tn)
print(f"{'rule':40s} {'zone':10s} {'TP':>5s} {'FP':>5s} {'FN':>5s} {'TN':>5s}")
for k in sorted(keys, key=lambda k: -(fp[k] + fn[k])):
    print(f"{k[0][:40]:40s} {k[1]:10s} {tp[k]:5d} {fp[k]:5d} {fn[k]:5d} {tn[k]:5d}")
