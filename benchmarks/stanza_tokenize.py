"""Bare stanza tokenization against the stanza path of a build, on the same texts.

Bare tokenization is the ceiling for any build on the stanza path: the build tokenizes
every article and then does more (the target is 80% of the bare throughput or better).
Each row runs in a fresh process, with torch on the same number of threads (`--threads`),
the model read from a local stanza resources folder (nothing is downloaded):

- `bare`: stanza's tokenize and mwt processors (stanza requires mwt for English) over
  the texts, read into memory first, in the batches a build gives stanza (its chunks);
- `build`: `quotes.build(..., nlp=stanza, cache=False)` end to end: reading the input,
  annotating, the rules, unifying speakers and writing the corpus;
- `build, 2 workers`: as `build`, with `workers=2`: each worker process annotates the chunks it
  takes with the model it inherits (compare its wall time with `build`'s);
- `bare paused`: as `bare`, with Python's cycle collector paused during each batch, as
  the build's annotator pauses it: the bare figure with the same treatment;
- `one by one` and `whole file`: bare tokenization one text per call, and all texts of
  the file in one call (`--modes` chooses the rows; the default is bare and build).

Loading the model is timed apart (`model load CPU s`): it is paid once per process, so the rates
and the ratio leave it out; the ratio row also gives it with the model load counted in. CPU
seconds cover every thread of the process; the load average is printed with each row,
because the machine may be shared. Run from the repository root:

    python benchmarks/stanza_tokenize.py ../shared/eval/ggt.dev.jsonl --resources ../shared/stanza_resources
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("bare", "build", "build, 2 workers", "bare paused", "one by one", "whole file")


def _cpu() -> float:
    """CPU seconds of this process (every thread) and of its children, user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _batches(source: Path) -> list[list[str]]:
    """The non-blank texts of `source` as a build reads them, in the chunks a build annotates."""
    from quotes.incremental import _chunks
    from quotes.readers import read_documents

    stream = read_documents([source], report=lambda message: None)
    return [[doc.text for doc in chunk if doc.text and doc.text.strip()] for chunk in _chunks(stream)]


def measure_bare(source: Path, resources: Path, mode: str) -> dict:
    """stanza's tokenize and mwt alone, over texts already in memory."""
    import stanza

    from quotes.nlp.stanza_annotator import collector_paused

    batches = _batches(source)
    texts = [text for batch in batches for text in batch]
    started, cpu = time.perf_counter(), _cpu()
    nlp = stanza.Pipeline("en", dir=str(resources), processors="tokenize,mwt", download_method=None,
                          use_gpu=False, logging_level="WARN")
    loaded, load_cpu = time.perf_counter(), _cpu()
    if mode == "one by one":
        sentences = sum(len(nlp(text).sentences) for text in texts)
    elif mode == "whole file":
        sentences = sum(len(doc.sentences) for doc in nlp.bulk_process(texts))
    elif mode == "bare paused":
        sentences = 0
        for batch in batches:
            with collector_paused():
                sentences += sum(len(doc.sentences) for doc in nlp.bulk_process(batch))
    else:
        sentences = sum(len(doc.sentences) for batch in batches for doc in nlp.bulk_process(batch))
    assert sentences > 0, "stanza found no sentence"
    return {"documents": len(texts), "load_wall": loaded - started, "load_cpu": load_cpu - cpu,
            "wall": time.perf_counter() - loaded, "cpu": _cpu() - load_cpu}


def measure_build(source: Path, resources: Path, threads: int, workers: int = 1) -> dict:
    """A whole build on the stanza path, with the annotator (and its model) loaded first."""
    from quotes import build
    from quotes.nlp.stanza_annotator import StanzaAnnotator

    scratch = Path(tempfile.mkdtemp(prefix="quotes-stanza-"))
    try:
        started, cpu = time.perf_counter(), _cpu()
        annotator = StanzaAnnotator("en", resources, threads=threads)
        annotator.load()
        loaded, load_cpu = time.perf_counter(), _cpu()
        summary = build([source], scratch / "corpus", nlp=annotator, cache=False, progress=False, workers=workers)
        wall, cpu_after = time.perf_counter() - loaded, _cpu() - load_cpu
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    assert summary.documents > 0, "the build read no document"
    return {"documents": summary.documents, "load_wall": loaded - started, "load_cpu": load_cpu - cpu,
            "wall": wall, "cpu": cpu_after}


def one(mode: str, source: Path, resources: Path, threads: int) -> dict:
    """One measurement in this process, with torch on `threads` threads."""
    import torch

    torch.set_num_threads(threads)
    if mode.startswith("build"):
        figures = measure_build(source, resources, threads, workers=2 if "2 workers" in mode else 1)
    else:
        figures = measure_bare(source, resources, mode)
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The largest of the processes this one started and waited for: a build's workers and speaker tally.
    figures["rss_worker_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    figures["load_average"] = os.getloadavg()[0]
    return figures


def child(mode: str, source: Path, resources: Path, threads: int, timeout: float) -> dict:
    """Run one measurement in a fresh process and return what it printed."""
    command = [sys.executable, __file__, str(source), "--resources", str(resources), "--threads", str(threads),
               "--one", mode]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's package, wherever it is installed
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=environment,
                          timeout=timeout)
    return json.loads(done.stdout.strip().splitlines()[-1])


def text_megabytes(source: Path) -> float:
    """MB of article text (UTF-8) as a build reads it."""
    from quotes.readers import read_documents

    return sum(len((doc.text or "").encode("utf-8")) for doc in read_documents([source], report=lambda m: None)) / 1e6


def row(source: Path, mode: str, figures: dict, megabytes: float) -> str:
    cells = [source.name, f"{figures['documents']:,}", f"{megabytes:,.2f}", mode, f"{figures['load_cpu']:,.1f}",
             f"{figures['wall']:,.1f}", f"{figures['cpu']:,.1f}", f"{megabytes / figures['wall']:,.3f}",
             f"{megabytes / figures['cpu']:,.3f}", f"{figures['rss_mb']:,.0f}",
             f"{figures['rss_worker_mb']:,.0f}" if figures.get("rss_worker_mb") else "-",
             f"{figures['load_average']:,.1f}"]
    return "| " + " | ".join(cells) + " |"


def ratio_row(source: Path, built: str, against: str, bare: dict, build: dict) -> str:
    """The build's MB/s and MB per CPU second as shares of bare tokenization's, the latter without and
    with the model load."""
    steady = bare["cpu"] / build["cpu"]
    loaded = (bare["cpu"] + bare["load_cpu"]) / (build["cpu"] + build["load_cpu"])
    return (f"| {source.name} | | | {built} / {against} | | | | {bare['wall'] / build['wall']:.0%} | {steady:.0%} "
            f"({loaded:.0%} with the model load) | | | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JSONL files, or anything `quotes build` reads")
    parser.add_argument("--resources", type=Path, required=True, help="stanza resources folder (with en/tokenize)")
    parser.add_argument("--threads", type=int, default=1, help="torch threads in every row (1 = one core)")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=["bare", "build"], help="rows to measure")
    parser.add_argument("--timeout", type=float, default=7200.0, help="give up a row after this many seconds")
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.inputs[0], args.resources, args.threads)))
        return
    print(f"load average before: {os.getloadavg()[0]:.1f}; torch threads: {args.threads}")
    print("| input | articles | text MB | run | model load CPU s | wall s | CPU s | MB/s | MB per CPU s | peak RSS MB "
          "| peak RSS worker MB | load average |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
    for source in args.inputs:
        megabytes = text_megabytes(source)
        measured = {}
        for mode in args.modes:
            measured[mode] = child(mode, source, args.resources, args.threads, args.timeout)
            print(row(source, mode, measured[mode], megabytes), flush=True)
        for built in ("build", "build, 2 workers"):
            for against in ("bare", "bare paused"):
                if against in measured and built in measured:
                    print(ratio_row(source, built, against, measured[against], measured[built]), flush=True)


if __name__ == "__main__":
    main()
