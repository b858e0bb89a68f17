"""Bare stanza tokenization throughput: the ceiling for any build on the stanza path.

The stanza path of a build tokenizes every article and then does more, so its
throughput can only approach this figure (the target is 80% of it). Only the
tokenize processor runs, on the CPU, one article at a time as a build does, and
also in batches (stanza's bulk_process) for comparison. The model is read from a
local stanza resources folder; nothing is downloaded. Run:

    python benchmarks/stanza_tokenize.py ../shared/eval/ggt.dev.jsonl --resources ../shared/stanza_resources
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def texts_of(path: Path, limit: int | None) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="JSONL files (doc_id or id, text)")
    parser.add_argument("--resources", type=Path, required=True, help="stanza resources folder (with en/tokenize)")
    parser.add_argument("--limit", type=int, help="only the first N articles of each file")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 = one core)")
    args = parser.parse_args()

    import stanza
    import torch

    torch.set_num_threads(args.threads)
    nlp = stanza.Pipeline("en", dir=str(args.resources), processors="tokenize", download_method=None,
                          use_gpu=False, logging_level="WARN")
    print("| input | articles | text MB | mode | wall s | CPU s | articles/s | MB/s | MB per CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for path in args.inputs:
        texts = texts_of(path, args.limit)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        for mode in ("one by one", "batched"):
            started, cpu = time.perf_counter(), time.process_time()
            if mode == "one by one":
                tokens = sum(len(nlp(text).sentences) for text in texts)
            else:
                tokens = sum(len(doc.sentences) for doc in nlp.bulk_process(texts))
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            assert tokens > 0
            print(f"| {path.name} | {len(texts):,} | {megabytes:,.2f} | {mode} | {wall:,.1f} | {cpu:,.1f} "
                  f"| {len(texts) / wall:,.1f} | {megabytes / wall:,.3f} | {megabytes / cpu:,.3f} | {peak:,.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
