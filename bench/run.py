#!/usr/bin/env python3
"""pvm benchmark runner.

Owns: running the programs in bench/*.py under python3 and pvm and
reporting their relative speed. Each program is run alternately under
python3 and pvm --runs times (default 3); the minimum wall time of each is
kept. A program whose pvm run fails (non-zero exit / signal / timeout) is
reported as FAIL, one whose stdout differs from python3's as MISMATCH; both
are left out of the geometric mean.

Usage:   python3 bench/run.py [--pvm PATH] [--runs N] [FILTER...]
Output:  name  python3_s  pvm_s  ratio   (ratio = python3_s / pvm_s, >1: pvm faster)
         geometric mean: X.XX
Always exits 0: it is a report, not a test.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
TIMEOUT = 300
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
           PYTHONIOENCODING="utf-8")


def timed_run(cmd, prog):
    """Run `cmd bench/prog` from the repo root. Returns (seconds, stdout, error)
    where error is None on success, else a short description."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd + [f"bench/{prog}"], cwd=ROOT, env=ENV,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", f"timeout after {TIMEOUT}s"
    except OSError as e:
        return None, b"", str(e)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        last = p.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        return elapsed, p.stdout, f"exit status {p.returncode}: {last[0][:100]}"
    return elapsed, p.stdout, None


def bench(pvm, prog, runs):
    """Returns (python3_s, pvm_s, status) where status is None, 'FAIL ...' or 'MISMATCH'."""
    py_best = pvm_best = math.inf
    for _ in range(runs):
        t, py_out, err = timed_run(["python3"], prog)
        if err:
            return None, None, f"FAIL (python3: {err})"
        py_best = min(py_best, t)
        t, pvm_out, err = timed_run([pvm], prog)
        if err:
            return py_best, None, f"FAIL ({err})"
        if pvm_out != py_out:
            return py_best, t, "MISMATCH"
        pvm_best = min(pvm_best, t)
    return py_best, pvm_best, None


def main():
    ap = argparse.ArgumentParser(description="Compare pvm's speed with python3's.")
    ap.add_argument("--pvm", default=os.path.join(ROOT, "pvm"),
                    help="pvm binary (default: pvm in the repo root)")
    ap.add_argument("--runs", type=int, default=3, help="runs per implementation (default 3)")
    ap.add_argument("filters", nargs="*", metavar="FILTER")
    args = ap.parse_args()

    pvm = os.path.abspath(args.pvm) if os.sep in args.pvm else (shutil.which(args.pvm) or args.pvm)
    progs = sorted(f for f in os.listdir(BENCH)
                   if f.endswith(".py") and f != "run.py"
                   and (not args.filters or any(s in f for s in args.filters)))

    print(f"{'name':<16} {'python3_s':>10} {'pvm_s':>10} {'ratio':>8}")
    ratios = []
    for prog in progs:
        name = prog[:-3]
        py_t, pvm_t, status = bench(pvm, prog, max(1, args.runs))
        py_s = f"{py_t:.3f}" if py_t is not None else "-"
        pvm_s = f"{pvm_t:.3f}" if pvm_t is not None else "-"
        if status:
            print(f"{name:<16} {py_s:>10} {pvm_s:>10} {'-':>8}  {status}")
        else:
            ratio = py_t / pvm_t
            ratios.append(ratio)
            print(f"{name:<16} {py_s:>10} {pvm_s:>10} {ratio:>8.2f}")
        sys.stdout.flush()
    if ratios:
        gmean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean: {gmean:.2f}")
    else:
        print("geometric mean: n/a (no program ran successfully)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
