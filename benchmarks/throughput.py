"""Throughput and peak memory of `quotes build` (the rule annotator), end to end.

Each build runs in a fresh process, so that its peak resident memory is its own:
the parent prints one row per (input, workers): articles/s and MB/s by the
wall clock, MB/s per CPU second (the per-core figure), and the peak resident set
of the main process and of the largest worker. `--rerun` also times a second
build over the same input, which finds every document in the cache. `--bare`
adds a row for the rules alone (`pipeline.process` over texts already in memory:
no reading, hashing, caching or writing). Run from the repository root:

    python benchmarks/throughput.py ../shared/eval/ggt.dev.jsonl ../shared/eval/polnear.dev.jsonl --workers 1 2
    python benchmarks/synthetic.py ../shared/eval/*.dev.jsonl -n 100000 -o /tmp/quotes-bench/synthetic-100000.jsonl
    python benchmarks/throughput.py /tmp/quotes-bench/synthetic-100000.jsonl --workers 1 2

Figures vary with the machine and with whatever else it runs; the CPU-second
column is the steadier one on a shared machine.

`--rss-log FILE` also samples the build's resident memory every half second and
writes one line per sample: seconds, CPU seconds, RSS MB, and the phase the build
was in (analyse; write; finish: the last row groups, then the speakers table;
prune: the cache's old results), to show where memory goes, not only its peak:

    python benchmarks/throughput.py /tmp/first-30000.jsonl --rss-log /tmp/rss-30000.tsv
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


#: Functions whose presence on the main thread's stack names the phase of a build, checked in this order.
PHASES = (("finish", "finish"), ("_write", "write"), ("prune", "prune"))


def _resident_mb() -> float:
    """This process's resident set now (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _phase(main_thread: int) -> str:
    """What the main thread is doing: the innermost of `PHASES` on its stack, else analysing."""
    frame = sys._current_frames().get(main_thread)
    names = set()
    while frame is not None:
        names.add(frame.f_code.co_name)
        frame = frame.f_back
    return next((phase for function, phase in PHASES if function in names), "analyse")


class RssSampler:
    """Samples the resident memory of this process on a thread, with the build's phase at each sample."""

    def __init__(self, log: Path, every: float = 0.5):
        self.log, self.every = log, every
        self.main_thread = threading.get_ident()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join()

    def _run(self) -> None:
        started = time.perf_counter()
        with self.log.open("w", encoding="utf-8") as out:
            out.write("seconds\tcpu_seconds\trss_mb\tphase\n")
            while not self.stopped.wait(self.every):
                cpu = sum(_cpu())
                out.write(f"{time.perf_counter() - started:.1f}\t{cpu:.1f}\t{_resident_mb():.1f}\t"
                          f"{_phase(self.main_thread)}\n")
                out.flush()


def measure_build(source: Path, workers: int, out: Path, rerun: bool) -> dict:
    """One build (and, with `rerun`, a second one from the cache) in this process."""
    from quotes import build

    started, (cpu_own, cpu_children) = time.perf_counter(), _cpu()
    summary = build([source], out, workers=workers, progress=False)
    wall = time.perf_counter() - started
    own, children = _cpu()
    result = {"wall": wall, "cpu": own - cpu_own + children - cpu_children, "documents": summary.documents,
              "quotes": summary.quotes,
              # Peaks of the first build alone (ru_maxrss never goes down, and the rerun forks new workers).
              "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
              "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else 0,
              "cache_mb": sum(p.stat().st_size for p in out.parent.glob(".*.cache.sqlite*")) / 1e6}
    if rerun:
        started = time.perf_counter()
        again = build([source], out, workers=workers, progress=False)
        result["rerun_wall"], result["rerun_reused"] = time.perf_counter() - started, again.reused
    return result


def measure_bare(source: Path) -> dict:
    """The rules alone: every document read into memory first, then only `process` is timed."""
    from quotes.pipeline import process
    from quotes.readers import read_documents

    docs = list(read_documents([source], report=lambda message: None))
    started, (cpu_own, _) = time.perf_counter(), _cpu()
    quotes = sum(len(process(doc).top_level_quotes()) for doc in docs)
    wall = time.perf_counter() - started
    return {"wall": wall, "cpu": _cpu()[0] - cpu_own, "documents": len(docs), "quotes": quotes,
            "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rss_worker_mb": 0}


def child(source: Path, workers: int, bare: bool, rerun: bool, rss_log: Path | None = None) -> dict:
    """Run one measurement in a fresh process and return what it printed."""
    command = [sys.executable, __file__, "--one", str(source), "--workers", str(workers)]
    command += ["--bare"] if bare else []
    command += ["--rerun"] if rerun else []
    command += ["--rss-log", str(rss_log)] if rss_log else []
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's package, wherever it is installed
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=environment)
    return json.loads(done.stdout.strip().splitlines()[-1])


def text_megabytes(source: Path) -> float:
    """MB of article text (UTF-8): a JSONL file also holds ids, escapes and, in gold files, annotations,
    so its size would flatter the rate; this is the measure the peer benchmark uses too."""
    if source.suffix != ".jsonl":
        return sum(p.stat().st_size for p in ([source] if source.is_file() else source.rglob("*.txt"))) / 1e6
    with source.open(encoding="utf-8") as handle:
        return sum(len(json.loads(line)["text"].encode("utf-8")) for line in handle if line.strip()) / 1e6


def row(source: Path, label: str, figures: dict, megabytes: float) -> str:
    cells = [source.name, f"{megabytes:,.1f}", f"{figures['documents']:,}", label, f"{figures['wall']:,.1f}",
             f"{figures['documents'] / figures['wall']:,.0f}", f"{megabytes / figures['wall']:,.2f}",
             f"{megabytes / figures['cpu']:,.2f}", f"{figures['rss_main_mb']:,.0f}",
             f"{figures['rss_worker_mb']:,.0f}" if figures["rss_worker_mb"] else "-"]
    if "rerun_wall" in figures:
        cells.append(f"{figures['rerun_wall']:,.1f} s ({figures['rerun_reused']:,} reused)")
        cells.append(f"{figures['cache_mb']:,.0f}")
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JSONL files (or folders) to build")
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--bare", action="store_true", help="also time the rules alone, without the build around")
    parser.add_argument("--rerun", action="store_true", help="also time a second build from the cache")
    parser.add_argument("--rss-log", type=Path, help="sample the build's resident memory into this file "
                        "(with several inputs or worker counts, the last build's samples are kept)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        if args.bare:
            print(json.dumps(measure_bare(args.inputs[0])))
            return
        scratch = Path(tempfile.mkdtemp(prefix="quotes-throughput-"))
        try:
            if args.rss_log:
                with RssSampler(args.rss_log):
                    figures = measure_build(args.inputs[0], args.workers[0], scratch / "corpus", args.rerun)
            else:
                figures = measure_build(args.inputs[0], args.workers[0], scratch / "corpus", args.rerun)
            print(json.dumps(figures))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return
    print("| input | text MB | articles | run | wall s | articles/s | MB/s | MB per CPU s | peak RSS main MB "
          "| peak RSS worker MB |" + (" rerun from cache | cache MB |" if args.rerun else ""))
    print("|---|---|---|---|---|---|---|---|---|---|" + ("---|---|" if args.rerun else ""), flush=True)
    for source in args.inputs:
        megabytes = text_megabytes(source)
        if args.bare:
            print(row(source, "rules alone", child(source, 1, bare=True, rerun=False), megabytes), flush=True)
        for workers in args.workers:
            label = f"build, {workers} worker{'s' if workers > 1 else ''}"
            print(row(source, label, child(source, workers, bare=False, rerun=args.rerun,
                                         rss_log=args.rss_log), megabytes), flush=True)


if __name__ == "__main__":
    main()
