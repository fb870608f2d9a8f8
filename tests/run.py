#!/usr/bin/env python3
"""pvm behaviour-test runner.

Owns: discovery, execution and checking of the behaviour tests under tests/,
and (with --regen) generation of their expected output from CPython.

Layout:  tests/AREA/NAME.py        the program
         tests/AREA/NAME.py.exp    CPython's stdout
         tests/AREA/NAME.py.err    CPython's stderr (only when non-empty or exit != 0)
         tests/AREA/NAME.py.status CPython's exit status (only alongside .err)
         tests/xfail.txt           tests not expected to pass yet (# comments allowed)

Every test is run from the repository root with a relative path
(`PVM tests/errors/zero_div.py`), env PYTHONHASHSEED=0,
PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING=utf-8. CPython makes the script
path absolute in tracebacks, so the repo-root prefix is stripped from every
captured output: expected files say File "tests/errors/zero_div.py", and pvm
may print either the relative or the absolute path.

C unit tests (tests/c/test_*.c, built by the Makefile against libpvm.a) are passed
with --unit BINARY and count as one test each: they pass iff they exit 0.

Usage:   python3 tests/run.py [--pvm PATH] [--jobs N] [--regen] [--unit BIN]... [FILTER...]
The last line printed is "N passed, N failed, N skipped"; exit status is 0
iff nothing failed (xfail tests that fail are "skipped", not failed).
"""

import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# CPython 3.11 turns the script path into an absolute one (File "/abs/repo/tests/...").
# Both outputs have the repo-root prefix stripped, so expected files hold
# File "tests/..." and pvm may print either the relative or the absolute path.
ROOT_PREFIX = (ROOT.rstrip(os.sep) + os.sep).encode()
TESTS = "tests"
TIMEOUT = 10
ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
           PYTHONIOENCODING="utf-8")
DIFF_LINES = 30


def discover(filters):
    """Relative paths (tests/AREA/NAME.py) of all tests matching any filter."""
    found = []
    for area in sorted(os.listdir(os.path.join(ROOT, TESTS))):
        adir = os.path.join(ROOT, TESTS, area)
        if not os.path.isdir(adir) or area.startswith(("_", ".")):
            continue
        for name in sorted(os.listdir(adir)):
            if name.endswith(".py"):
                path = f"{TESTS}/{area}/{name}"
                if not filters or any(f in path for f in filters):
                    found.append(path)
    return found


def load_xfail():
    path = os.path.join(ROOT, TESTS, "xfail.txt")
    xfail = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    xfail.add(line)
    return xfail


def run(cmd, test):
    """Run `cmd test` from the repo root. Returns (stdout, stderr, status);
    status is None on timeout."""
    try:
        p = subprocess.run(cmd + [test], cwd=ROOT, env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except OSError as e:
        return b"", f"cannot execute {cmd[0]}: {e}\n".encode(), 127
    except subprocess.TimeoutExpired as e:
        return strip_root(e.stdout), strip_root(e.stderr), None
    return strip_root(p.stdout), strip_root(p.stderr), p.returncode


def strip_root(data):
    return (data or b"").replace(ROOT_PREFIX, b"")


def read(path, default=None):
    try:
        with open(os.path.join(ROOT, path), "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def diff(what, expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = [l if l.endswith("\n") else l + "\n"
             for l in difflib.unified_diff(exp, act, f"expected {what}", f"actual {what}", n=2)]
    if exp and act and exp[-1].endswith("\n") != act[-1].endswith("\n"):
        lines.append("(difference in trailing newline)\n")
    return lines


def check(pvm, test):
    """Run one test under pvm. Returns a list of problem lines (empty = pass)."""
    out, err, status = run([pvm], test)
    problems = []
    if status is None:
        problems.append(f"TIMEOUT after {TIMEOUT}s\n")
    elif status < 0:
        problems.append(f"CRASH: killed by signal {-status}\n")
    exp_out = read(test + ".exp", b"")
    exp_err = read(test + ".err")
    if out != exp_out:
        problems += diff("stdout", exp_out, out)
    if exp_err is not None:
        exp_status = int(read(test + ".status", b"1").strip() or 1)
        if err != exp_err:
            problems += diff("stderr", exp_err, err)
        if status is not None and status >= 0 and status != exp_status:
            problems.append(f"exit status: expected {exp_status}, got {status}\n")
    else:
        if status is not None and status > 0:
            problems.append(f"exit status: expected 0, got {status}\n")
        if err:
            problems.append("unexpected stderr:\n")
            problems += ["  " + l for l in err.decode("utf-8", "replace").splitlines(True)]
    if problems and not problems[-1].endswith("\n"):
        problems[-1] += "\n"
    return problems


def regen(test):
    """Write the expected files for one test from CPython. Returns a summary."""
    out, err, status = run(["python3"], test)
    if status is None:
        return f"TIMEOUT under python3: {test}"
    base = os.path.join(ROOT, test)
    with open(base + ".exp", "wb") as f:
        f.write(out)
    if status == 0 and not err:
        for ext in (".err", ".status"):
            if os.path.exists(base + ext):
                os.remove(base + ext)
        return None
    with open(base + ".err", "wb") as f:
        f.write(err)
    with open(base + ".status", "w") as f:
        f.write(f"{status}\n")
    return f"{test}: status {status}, {len(err)} bytes of stderr"


def check_unit(binary, pvm):
    """Runs one C unit-test binary (env PVM names the pvm binary under test); returns ""
    on success, else what it printed."""
    try:
        proc = subprocess.run([binary], cwd=ROOT, env=dict(ENV, PVM=pvm),
                              capture_output=True, timeout=TIMEOUT * 6)
    except subprocess.TimeoutExpired:
        return "timed out\n"
    if proc.returncode == 0:
        return ""
    out = (proc.stdout + proc.stderr).decode("utf-8", "replace")
    return f"{out}exit status {proc.returncode}\n"


def main():
    ap = argparse.ArgumentParser(description="Run pvm behaviour tests.")
    ap.add_argument("--pvm", default=os.path.join(ROOT, "pvm"),
                    help="pvm binary (default: pvm in the repo root)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--regen", action="store_true",
                    help="regenerate expected files with python3")
    ap.add_argument("--unit", action="append", default=[], metavar="BINARY",
                    help="also run a C unit-test binary (passes iff it exits 0)")
    ap.add_argument("filters", nargs="*", metavar="FILTER")
    args = ap.parse_args()

    tests = discover(args.filters)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs))

    if args.regen:
        version = subprocess.run(["python3", "-c", "import sys; print(sys.version_info[:2])"],
                                 capture_output=True, text=True).stdout.strip()
        if version != "(3, 11)":
            print(f"refusing to regenerate: python3 is {version or 'missing'}, need 3.11")
            return 1
        for note in pool.map(regen, tests):
            if note:
                print(note)
        print(f"regenerated {len(tests)} tests")
        return 0

    # Tests run with cwd = ROOT, so resolve a path-like --pvm against our cwd.
    pvm = os.path.abspath(args.pvm) if os.sep in args.pvm else shutil.which(args.pvm)
    if not pvm or not os.access(pvm, os.X_OK):
        print(f"pvm binary not found or not executable: {args.pvm}")
        print(f"0 passed, {len(tests)} failed, 0 skipped")
        return 1
    xfail = load_xfail()
    passed = failed = skipped = 0
    for test, problems in zip(tests, pool.map(lambda t: check(pvm, t), tests)):
        if not problems:
            passed += 1
            if test in xfail:
                print(f"XPASS {test}")
        elif test in xfail:
            skipped += 1
        else:
            failed += 1
            print(f"FAIL {test}")
            sys.stdout.write("".join(problems[:DIFF_LINES]))
            if len(problems) > DIFF_LINES:
                print(f"... ({len(problems) - DIFF_LINES} more lines)")
    for unit in args.unit:
        problems = check_unit(unit, pvm)
        if problems:
            failed += 1
            print(f"FAIL {unit}")
            sys.stdout.write(problems)
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
