#!/usr/bin/env python3
"""Throughput of `snipquiz check`, side by side with what an author would
otherwise do (`make bench`; not part of `make check`).

The bank: variants drawn from the bundled PCEP-30-02 and PCAP-31-03
generators (every key computed by the oracle), repeated under new ids to
the sizes measured. Measured in one run, each REPEAT times, medians quoted:

  snipquiz   `snipquiz check -j N` on the bank: every item run, compared,
             and run again under another hash seed (the determinism
             guard), in the full sandbox
  python3    one `python3 FILE` per item, output compared (serially, and
             N at once)
  exec       one process, a loop of exec() with stdout captured: no
             isolation at all, the ceiling

It prints items per second, the ratios, the peak memory of the whole
check (the proportional set size of snipquiz and every process it
started, sampled), the time per item at four bank sizes (500 to 32,000
items, in files of 4,000: a bank may not pass 16 MiB), and where a run's
time goes (`check --profile`).

First (--floor, which `make bench` gives; `--parts overhead` alone, a
few minutes), the CPU a run costs against its floor: bench/bench_fork
forks and reaps, with nothing in between, a process holding the embedded
interpreter initialised as the zygote initialises it; snipquiz checks a
bank of `pass` items at -j 1 (one run per item where `--guard never`
exists, else the runs `check --profile` counts), at two sizes, and the
difference in CPU of the whole tree (snipquiz, the oracle's helper, its
zygote and every run, all reaped: RUSAGE_CHILDREN) is divided by the
difference in runs, so start-up cancels out. Both in CPU, not wall time,
medians, with the page faults of each (a count the machine's load does not
change). Target: a run at most 1.3 times the floor. Beside it, the
least Python run (bench_fork --pass: the fork hooks, `pass` run in
__main__, _exit, still no sandbox and no messages), the floor of any run
that executes Python.

Then (--parts cache) the result cache: a cold `check -j N` of the
2,000-item bank with an empty cache, and a re-check of the unchanged bank
with every result from the cache, one after the other in each round;
medians and the speed-up (target: 100x).

Then (--parser, which `make bench` gives) the parser alone: the CPU time
bank_parse takes on banks of 4 to 100 MB, of generated items (some 700
bytes each) and of minimal ones (some 60 bytes: the most items per MB),
past the 16 MiB a command reads (bench/bench_parse has no limit). The
time per MB must stay flat: parsing is linear in the size of the bank.
`--parts parse` runs this part alone, in a minute.

Then (--parts questions) how good the questions are: `snipquiz questions
--stats --seed 1` over the bundled banks and two variants of each
generator template, per exam and overall, each figure beside issue 11's
target (four options with three misreadings, generic wrong options, the
output stem's share in mixed practice, where the right option is, the
median time to build a choice question). Some minutes.
"""

import argparse
import concurrent.futures
import contextlib
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ITEM = re.compile(r"^## (\S+)\n(.*?)(?=^## |\Z)", re.M | re.S)
BLOCK = re.compile(r"^(`{3,}|~{3,})(\w+)[^\n]*\n(.*?)^\1\s*$", re.M | re.S)


def parse_bank(text):
    """The items of a generated bank: id, code, stdin, expected output."""
    items = []
    for m in ITEM.finditer(text):
        blocks = {b.group(2): b.group(3) for b in BLOCK.finditer(m.group(2))}
        if "python" not in blocks:
            continue
        items.append({"id": m.group(1), "body": m.group(2),
                      "code": blocks["python"],
                      "stdin": blocks.get("stdin", ""),
                      "output": blocks.get("output", ""),
                      "error": blocks.get("error")})
    return items


def normalize(s):
    lines = [line.rstrip() for line in s.split("\n")]
    return "\n".join(lines).rstrip("\n")


def write_bank(path, items, n):
    """n items, the pool repeated under new ids."""
    with open(path, "w") as f:
        f.write("# Benchmark bank\n\n")
        for k in range(n):
            it = items[k % len(items)]
            f.write("## %s-%d\n%s" % (it["id"], k, it["body"]))


def write_bank_files(folder, items, n, per_file=4000):
    """n items in a folder of banks of at most per_file items each: a bank
    file may not pass 16 MiB (some 20,000 generated items)."""
    os.mkdir(folder)
    for k, start in enumerate(range(0, n, per_file)):
        with open(os.path.join(folder, "part-%02d.md" % k), "w") as f:
            f.write("# Benchmark bank\n\n")
            for j in range(start, min(n, start + per_file)):
                it = items[j % len(items)]
                f.write("## %s-%d\n%s" % (it["id"], j, it["body"]))


def write_minimal_bank(path, mb):
    """Items of some 60 bytes, up to mb megabytes: the most ids per MB."""
    size, k = int(mb * 1000000), 0
    with open(path, "w") as f:
        n = 0
        while n < size:
            s = ("## item-%d\n\n```python\nprint(%d)\n```\n\n```output\n"
                 "%d\n```\n\n" % (k, k, k))
            f.write(s)
            n += len(s)
            k += 1


def write_bank_mb(path, items, mb):
    """The pool repeated under new ids, up to mb megabytes."""
    size, k = int(mb * 1000000), 0
    with open(path, "w") as f:
        f.write("# Benchmark bank\n\n")
        n = 0
        while n < size:
            it = items[k % len(items)]
            s = "## %s-%d\n%s" % (it["id"], k, it["body"])
            f.write(s)
            n += len(s)
            k += 1


def bench_parse(parser, pool, sizes, repeat, tmp):
    """CPU seconds of bank_parse on banks of each size (MB), both shapes."""
    print()
    print("parsing alone (bench/bench_parse: CPU time, median of %d; no size"
          " limit):" % repeat)
    print("  %-10s %7s %9s %9s %8s" % ("shape", "MB", "items", "seconds",
                                       "s per MB"))
    for shape in ("generated", "minimal"):
        per = []
        for mb in sizes:
            path = os.path.join(tmp, "parse-%s-%g.md" % (shape, mb))
            if shape == "minimal":
                write_minimal_bank(path, mb)
            else:
                write_bank_mb(path, pool, mb)
            out = subprocess.run([parser, path, str(repeat)], check=True,
                                 capture_output=True, text=True).stdout
            nbytes, nitems, _, secs = out.split()
            per.append(float(secs) / mb)
            print("  %-10s %7g %9s %9s %8.3f" % (shape, mb, nitems, secs,
                                                 per[-1]))
            os.unlink(path)
        spread = max(per) / max(min(per), 1e-9)
        print("  %s: largest / smallest time per MB: %.2f  (linear: %s)"
              % (shape, spread, "yes" if spread < 2 else "NO"))


def pss_tree(root):
    """Proportional set size (KiB) of root and all its descendants."""
    children = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open("/proc/%d/smaps_rollup" % pid) as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def run_check(snipquiz, bank, jobs, profile=False, sample=False):
    """Seconds `snipquiz check` took, its peak PSS (KiB) if sampled, and
    its --profile lines."""
    cmd = [snipquiz, "check", "-q", "--no-cache", "-j", str(jobs), bank]
    if profile:
        cmd.insert(2, "--profile")
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    peak = 0
    if sample:
        while p.poll() is None:
            peak = max(peak, pss_tree(p.pid))
            time.sleep(0.05)
    out, err = p.communicate()
    took = time.perf_counter() - start
    last = out.strip().splitlines()[-1] if out.strip() else ""
    if p.returncode != 0 or " 0 failed" not in last:
        sys.exit("bench: snipquiz check failed: %s\n%s" % (last, err))
    return took, peak, [l for l in err.splitlines()
                        if l.startswith("profile:")]


def run_subprocess(python, items, workdir, jobs):
    """Seconds to run python3 once per item, jobs at once, comparing."""
    files = []
    for k, it in enumerate(items):
        path = os.path.join(workdir, "item%d.py" % k)
        with open(path, "w") as f:
            f.write(it["code"])
        files.append(path)

    def one(k):
        p = subprocess.run([python, files[k]], input=items[k]["stdin"],
                           capture_output=True, text=True, cwd=workdir)
        return normalize(p.stdout) == normalize(items[k]["output"])

    start = time.perf_counter()
    if jobs == 1:
        ok = [one(k) for k in range(len(items))]
    else:
        with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
            ok = list(ex.map(one, range(len(items))))
    took = time.perf_counter() - start
    return took, sum(ok)


def run_exec(items, workdir):
    """Seconds for a loop of exec() in this process, output captured."""
    compiled = [compile(it["code"], "main.py", "exec") for it in items]
    here = os.getcwd()
    os.chdir(workdir)
    real_stdin = sys.stdin
    # What snippets write to the process's own stderr is no measurement.
    sys.stderr.flush()
    saved_err = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    same = 0
    start = time.perf_counter()
    for it, code in zip(items, compiled):
        out = io.StringIO()
        sys.stdin = io.StringIO(it["stdin"])
        try:
            with contextlib.redirect_stdout(out), \
                    contextlib.redirect_stderr(io.StringIO()):
                exec(code, {"__name__": "__main__"})
        except BaseException:
            pass
        same += normalize(out.getvalue()) == normalize(it["output"])
    took = time.perf_counter() - start
    os.dup2(saved_err, 2)
    os.close(saved_err)
    sys.stdin = real_stdin
    os.chdir(here)
    return took, same


def median(xs):
    return statistics.median(xs)


def bench_throughput(args, pool, tmp):
    """snipquiz check against python3 per item and an exec() loop."""
    items = [pool[k % len(pool)] for k in range(args.items)]
    bank = os.path.join(tmp, "bank-%d.md" % args.items)
    write_bank(bank, pool, args.items)
    print("bank: %d items (%d distinct variants from the PCEP-30-02 and"
          " PCAP-31-03 generators), %d CPUs, -j %d, median of %d runs"
          % (args.items, len(pool), os.cpu_count(), args.jobs,
             args.repeat))

    sq, peaks, profile = [], [], []
    sp1, spn, ex = [], [], []
    for r in range(args.repeat):
        t, peak, prof = run_check(args.snipquiz, bank, args.jobs,
                                  profile=(r == 0), sample=True)
        sq.append(t)
        peaks.append(peak)
        if prof:
            profile = prof
        work = tempfile.mkdtemp(dir=tmp)
        t, ok1 = run_subprocess(args.python, items, work, 1)
        sp1.append(t)
        t, okn = run_subprocess(args.python, items, work, args.jobs)
        spn.append(t)
        t, oke = run_exec(items, work)
        ex.append(t)
        shutil.rmtree(work, ignore_errors=True)

    n = args.items
    rate = {name: n / median(ts) for name, ts in
            (("snipquiz", sq), ("python3", sp1), ("python3-j", spn),
             ("exec", ex))}
    print()
    print("%-44s %10s %10s" % ("", "items/s", "ms/item"))
    rows = [("snipquiz check -j %d (sandbox, run twice)" % args.jobs,
             "snipquiz"),
            ("python3 FILE per item, one at a time", "python3"),
            ("python3 FILE per item, %d at once" % args.jobs,
             "python3-j"),
            ("exec() loop in one process (no isolation)", "exec")]
    for label, key in rows:
        print("%-44s %10.1f %10.3f" % (label, rate[key],
                                        1000 / rate[key]))
    print()
    r1 = rate["snipquiz"] / rate["python3"]
    rn = rate["snipquiz"] / rate["python3-j"]
    re_ = rate["snipquiz"] / rate["exec"]
    print("snipquiz / python3 one at a time: %6.1fx  (target 12x: %s)"
          % (r1, "met" if r1 >= 12 else "NOT met"))
    print("snipquiz / python3 %d at once:     %6.1fx" % (args.jobs, rn))
    print("snipquiz / exec() loop:           %6.3fx" % re_)
    peak = max(peaks) / 1024
    print("peak memory of the whole check (PSS, sampled): %.1f MiB"
          "  (target < 100 MiB: %s)" % (peak, "met" if peak < 100
                                        else "NOT met"))

    print()
    print("time per item by bank size (median of %d):" % args.repeat)
    per = []
    for size in [int(s) for s in args.sizes.split(",")]:
        path = os.path.join(tmp, "bank-%d" % size)
        if not os.path.exists(path):
            write_bank_files(path, pool, size)
        ts = [run_check(args.snipquiz, path, args.jobs)[0]
              for _ in range(args.repeat)]
        per.append(median(ts) / size * 1000)
        print("  %6d items  %8.2f s  %7.3f ms/item" % (size, median(ts),
                                                        per[-1]))
    spread = max(per) / min(per)
    print("  largest / smallest time per item: %.2f  (flat: %s)"
          % (spread, "yes" if spread < 1.25 else "NO"))

    print()
    print("where a run's time goes (check --profile, first run):")
    for line in profile:
        print("  " + line[len("profile:"):].strip())


def bench_cache(args, pool, tmp):
    """A cold `check -j N` of the bank (an empty result cache) against a
    re-check of the unchanged bank (every result from the cache), side
    by side, each REPEAT times; medians."""
    n = args.items
    bank = os.path.join(tmp, "bank-%d.md" % n)
    if not os.path.exists(bank):
        write_bank(bank, pool, n)
    print("result cache: %d items, -j %d, median of %d runs"
          % (n, args.jobs, args.repeat))

    def check(cache):
        cmd = [args.snipquiz, "check", "-q", "--cache-dir", cache, "-j",
               str(args.jobs), bank]
        start = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        took = time.perf_counter() - start
        last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
        if p.returncode != 0 or " 0 failed" not in last:
            sys.exit("bench: snipquiz check failed: %s\n%s"
                     % (last, p.stderr))
        return took, last

    cold, warm = [], []
    for r in range(args.repeat):
        cache = tempfile.mkdtemp(dir=tmp)
        t, cold_last = check(cache)
        cold.append(t)
        t, warm_last = check(cache)
        warm.append(t)
        shutil.rmtree(cache, ignore_errors=True)
    ratio = median(cold) / median(warm)
    print("  cold check (runs every item)    %8.3f s  %7.3f ms/item"
          % (median(cold), median(cold) / n * 1000))
    print("  re-check (all from the cache)   %8.3f s  %7.3f ms/item"
          % (median(warm), median(warm) / n * 1000))
    print("  cold: %s" % cold_last)
    print("  again: %s" % warm_last)
    print("  re-check speed-up: %.0fx  (target 100x: %s)"
          % (ratio, "met" if ratio >= 100 else "NOT met"))
    print()


def write_trivial_bank(path, n):
    """n items that run `pass` and print nothing: a run and no more."""
    with open(path, "w") as f:
        f.write("# Trivial items\n\n")
        for k in range(n):
            f.write("## pass-%d\n\n```python\npass\n```\n\n```output\n"
                    "```\n\n" % k)


def tree_cpu(cmd):
    """CPU seconds (user + system) and page faults of cmd and every process
    it started and reaped (the oracle's helper, zygote and runs: each
    reaps its own), and cmd's stderr."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit("%s: exit %d\n%s" % (" ".join(cmd), p.returncode, err))
    return ru.ru_utime + ru.ru_stime, ru.ru_minflt + ru.ru_majflt, err


def bench_overhead(args, tmp):
    """CPU per run of a trivial snippet against the floor of a fork+exit of
    the embedded interpreter (bench/bench_fork), medians, side by side."""
    help_text = subprocess.run([args.snipquiz, "check", "--help"],
                               capture_output=True, text=True).stdout
    base = [args.snipquiz, "check", "-q", "-j", "1", "--profile"]
    # One run per item where the guard can be told so; no result cache.
    if "--guard" in help_text:
        base += ["--guard", "never"]
    if "--no-cache" in help_text:
        base += ["--no-cache"]
    small, large = args.overhead_items // 4, args.overhead_items
    banks = {}
    for n in (small, large):
        banks[n] = os.path.join(tmp, "trivial-%d.md" % n)
        write_trivial_bank(banks[n], n)
    floors, floor_faults, runs_ms, runs_faults = [], [], [], []
    pys, py_faults = [], []
    for _ in range(args.repeat):
        out = subprocess.run([args.floor, "2000", "3"], check=True,
                             capture_output=True, text=True).stdout
        _, regions, ms, faults = out.split()
        floors.append(float(ms))
        floor_faults.append(float(faults))
        # The least Python run: fork hooks, `pass` in __main__, _exit.
        out = subprocess.run([args.floor, "--pass", "2000", "3"],
                             check=True, capture_output=True,
                             text=True).stdout
        _, _, ms, faults = out.split()
        pys.append(float(ms))
        py_faults.append(float(faults))
        cpu, flt, nruns = {}, {}, {}
        for n in (small, large):
            cpu[n], flt[n], err = tree_cpu(base + [banks[n]])
            m = re.search(r"profile: (\d+) runs", err)
            nruns[n] = int(m.group(1)) if m else 2 * n
        # The difference of two sizes: start-up (the interpreter's, the
        # sandbox's, the bank's parse) cancels out.
        runs = nruns[large] - nruns[small]
        runs_ms.append((cpu[large] - cpu[small]) / runs * 1e3)
        runs_faults.append((flt[large] - flt[small]) / runs)
    floor, run = median(floors), median(runs_ms)
    print()
    print("CPU per run (user + system, every process; medians of %d):"
          % args.repeat)
    print("  floor: fork+exit+wait of the embedded interpreter"
          " (bench_fork, %s regions mapped): %.3f ms, %.0f page faults"
          % (regions, floor, median(floor_faults)))
    print("  snipquiz: `%s` of %d vs %d `pass` items, difference per run:"
          " %.3f ms, %.0f page faults" % (" ".join(base[1:]), large, small,
                                          run, median(runs_faults)))
    print("  the least Python run (bench_fork --pass: fork hooks, `pass`"
          " in __main__, _exit): %.3f ms, %.0f page faults"
          % (median(pys), median(py_faults)))
    print("  ratio: %.2f  (target: at most 1.3: %s)"
          % (run / floor, "met" if run / floor <= 1.3 else "NOT met"))
    print("  ratio to the least Python run: %.2f" % (run / median(pys)))


def bench_questions(snipquiz):
    """The questions' figures, as snipquiz measures them itself."""
    print("how good the questions are (snipquiz questions --stats --seed 1):")
    t = time.monotonic()
    out = subprocess.run([snipquiz, "questions", "-q", "--stats", "--seed",
                          "1"], check=True, capture_output=True,
                         text=True).stdout
    for line in out.splitlines():
        print("  " + line)
    print("  (%.0f s)" % (time.monotonic() - t))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--snipquiz", required=True)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--sizes", default="500,2000,8000,32000")
    ap.add_argument("--per-generator", type=int, default=8)
    ap.add_argument("--parser", help="bench/bench_parse, for the parser's"
                    " part")
    ap.add_argument("--parse-sizes", default="4,8,16,64,100",
                    help="bank sizes in MB for the parser's part")
    ap.add_argument("--floor", help="bench/bench_fork, for the overhead"
                    " part")
    ap.add_argument("--overhead-items", type=int, default=2000,
                    help="trivial items of the overhead part's larger bank")
    ap.add_argument("--parts",
                    default="overhead,throughput,cache,parse,questions",
                    help="what to measure: overhead, throughput, cache,"
                    " parse,"
                    " questions (comma-separated)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))

    if "questions" in parts:
        bench_questions(args.snipquiz)
        if not parts - {"questions"}:
            return
    tmp = tempfile.mkdtemp(prefix="snipquiz-bench.")
    try:
        pool = []
        for exam in ("PCEP-30-02", "PCAP-31-03"):
            text = subprocess.run(
                [args.snipquiz, "gen", "-q", "--seed", "1", "--count",
                 str(args.per_generator), exam], check=True,
                capture_output=True, text=True).stdout
            pool += parse_bank(text)
        # Items that read files or sleep would measure the disk or the
        # clock, not the checker: keep the ones whose key is plain output.
        pool = [it for it in pool if it["error"] is None]
        if "overhead" in parts and args.floor:
            bench_overhead(args, tmp)
        if "throughput" in parts:
            bench_throughput(args, pool, tmp)
        if "cache" in parts:
            bench_cache(args, pool, tmp)
        if "parse" in parts and args.parser:
            bench_parse(args.parser, pool,
                        [float(s) for s in args.parse_sizes.split(",")],
                        args.repeat, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
