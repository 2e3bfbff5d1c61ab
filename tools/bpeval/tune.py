#!/usr/bin/env python3
"""Coordinate-descent tuning of the boilerplate classifier's weights on the shared dev sets (python3 stdlib only).

  python3 tools/bpeval/tune.py [--rounds N] [--out FILE]

Run from the worktree root after `mvn -q -B -DskipTests package` (JAR=... and CLI=... name another jar and
launcher, e.g. a copy, so that rebuilding while it runs does not disturb it). Starts from
src/main/resources/dev/tamiz/boilerplate/classifier.weights, tries each value +/- its step (the jar reads trial
values through -Dtamiz.boilerplate.weights), keeps a change when the objective rises, halves the steps after each
round, and writes the best weights to --out (default: the resource file itself) with this command in the header.
Objective: mean of snippet F1 on readability_testpages, line F1 on readability_testpages and snippet F1 on
trafilatura_eval, minus 0.05 per seed content line lost (seedcheck.py must stay perfect).
"""
import argparse, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
RES = os.path.join(ROOT, "src/main/resources/dev/tamiz/boilerplate/classifier.weights")
JAR = os.environ.get("JAR", os.path.join(ROOT, "target/tamiz-cli.jar"))
CLI = os.environ.get("CLI", os.path.join(ROOT, "tamiz"))
SETS = ["readability_testpages", "trafilatura_eval"]


def read_weights(path):
    w = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            k, v = line.split("=", 1)
            w[k.strip()] = float(v)
    return w


def write_weights(path, w, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for k, v in w.items():
            f.write(f"{k} = {round(v, 3)}\n")


def evaluate(w, tmp):
    wf = os.path.join(tmp, "trial.weights")
    write_weights(wf, w, "")
    out = os.path.join(tmp, "out")
    subprocess.run(["rm", "-rf", out])
    docs = [os.path.join(SHARED, "dev/boilerplate", s, "docs") for s in SETS]
    subprocess.run(["java", "-Dtamiz.boilerplate.weights=" + wf, "-jar", JAR, "clean", "--output", out] + docs,
                   check=True, capture_output=True)
    res = {}
    for s in SETS:
        r = subprocess.run([sys.executable, os.path.join(SHARED, "tools/bpscore/score.py"),
                            os.path.join(SHARED, "dev/boilerplate", s), "--outdir", out, "--json"],
                           check=True, capture_output=True, text=True)
        res[s] = json.loads(r.stdout)
    env = dict(os.environ, TAMIZ_JAVA_OPTS="-Dtamiz.boilerplate.weights=" + wf)
    sc = subprocess.run([sys.executable, os.path.join(SHARED, "tools/seedcheck.py"), "--cli", CLI], capture_output=True, text=True, env=env, cwd=ROOT).stdout
    m = re.search(r"content (\d+)/(\d+)", sc)
    lost = int(m.group(2)) - int(m.group(1)) if m else 99
    a = res[SETS[0]]["snippet"]["F1"]
    b = res[SETS[0]]["line"]["F1"]
    c = res[SETS[1]]["snippet"]["F1"]
    return (a + b + c) / 3 - 0.05 * lost, (a, b, c, lost)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", default=RES)
    ap.add_argument("--only", default="", help="comma-separated names to tune (default: all)")
    a = ap.parse_args()
    w = read_weights(RES)
    step = {k: max(abs(v) * 0.3, 0.25) for k, v in w.items()}
    names = [k for k in w if not a.only or k in a.only.split(",")]
    tmp = tempfile.mkdtemp(prefix="bptune")
    best, detail = evaluate(w, tmp)
    print(f"start {best:.4f} {detail}", flush=True)
    header = ("# Weights and thresholds of the boilerplate block classifier (see BoilerplateClassifier, docs/rules.md).\n"
              "# Produced by: python3 tools/bpeval/tune.py " + " ".join(sys.argv[1:]) + "\n"
              f"# on ../shared/dev/boilerplate (readability_testpages, trafilatura_eval) and the seeds; "
              f"objective {best:.4f} at start\n")
    for rnd in range(a.rounds):
        for k in names:
            for sign in (1, -1):
                trial = dict(w)
                trial[k] = w[k] + sign * step[k]
                score, det = evaluate(trial, tmp)
                if score > best + 1e-4:
                    best, detail, w = score, det, trial
                    print(f"  {k} -> {w[k]:.3f}: {best:.4f} {detail}", flush=True)
                    write_weights(a.out, w, header + f"# objective {best:.4f} (rt snippet F1, rt line F1, tr snippet F1, seeds lost) = {detail}\n")
                    break
        for k in step:
            step[k] /= 2
        print(f"round {rnd + 1}: {best:.4f} {detail}", flush=True)
    write_weights(a.out, w, header + f"# objective {best:.4f} (rt snippet F1, rt line F1, tr snippet F1, seeds lost) = {detail}\n")


if __name__ == "__main__":
    main()
