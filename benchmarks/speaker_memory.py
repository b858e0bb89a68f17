"""How much memory the speakers table's aggregates hold for a built corpus, and in what.

`quotes build` counts the speakers table a batch of quotes at a time (`quotes.statistics.SpeakerTally`),
so what stays in memory is the aggregates: per speaker (names, lengths, documents, occasions,
words, ...) and per occasion (who spoke, who was named). This reads a corpus's quotes table the
way a build does, under tracemalloc, and prints what the aggregates hold in all and in each part
(objects shared between parts are counted in the first), and the size of what went to disk (the
unnamed speakers and undated occasions of documents that have ended). Run from the repository root:

    python benchmarks/speaker_memory.py /tmp/corpus-10000

`--cost` instead makes the whole table as a build does, without tracemalloc, and prints the CPU
seconds of counting and of making the rows, and the process's peak resident memory. It uses only
`SpeakerTally.add` and `rows`, so it can also time an earlier version of the package (`PYTHONPATH`).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from quotes.statistics import COLUMNS, SpeakerTally
from quotes.writer import READ_BATCH, parquet_batches

#: The per-speaker aggregates, in the order they are reported.
FIELDS = ("names", "lengths", "documents", "occasions", "kinds", "cues", "roles", "role_forms", "addressees", "words")


class DeepSize:
    """Bytes of objects and of everything they refer to, each object counted once over all calls."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def __call__(self, root: Any) -> int:
        total, stack = 0, [root]
        while stack:
            item = stack.pop()
            if id(item) in self.seen or isinstance(item, type):
                continue
            self.seen.add(id(item))
            total += sys.getsizeof(item)
            if isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
            elif isinstance(item, (list, tuple, set, frozenset)):
                stack.extend(item)
            elif hasattr(item, "__slots__"):
                stack.extend(getattr(item, name) for name in item.__slots__ if hasattr(item, name))
            elif hasattr(item, "__dict__"):
                stack.append(vars(item))
        return total


def cost(corpus: Path) -> None:
    """CPU seconds and peak resident memory of counting the speakers table and making its rows."""
    started = time.process_time()
    tally = SpeakerTally()
    for batch in parquet_batches(corpus / "quotes.parquet", COLUMNS, READ_BATCH):
        tally.add(batch)
    counted = time.process_time()
    speakers = sum(1 for _ in tally.rows())
    done = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{corpus}: {speakers:,} speakers; CPU {counted - started:.1f} s counting, {done - counted:.1f} s making "
          f"the rows, {done - started:.1f} s in all; peak RSS {peak:,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder written by quotes build")
    parser.add_argument("--cost", action="store_true", help="time the whole table instead (no tracemalloc)")
    args = parser.parse_args()
    if args.cost:
        cost(args.corpus)
        return
    tracemalloc.start()
    tally, quotes = SpeakerTally(), 0
    for batch in parquet_batches(args.corpus / "quotes.parquet", COLUMNS, READ_BATCH):
        tally.add(batch)
        quotes += batch.num_rows
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()  # the sizes below are measured without tracemalloc's own bookkeeping
    stored = tally.store.size()
    print(f"{args.corpus}: {quotes:,} quotes, {len(tally.said):,} speakers and {len(tally._dated):,} dated occasions "
          f"in memory; held after counting {held / 1e6:.1f} MB (peak while counting {peak / 1e6:.1f} MB); "
          f"on disk {stored / 1e6:.1f} MB")
    size = DeepSize()
    parts = {"corpus word counts": tally.corpus, "participants on each occasion": tally.participants,
             "occasion keys": (tally._dated, tally._undated)}
    for label, part in parts.items():
        print(f"  {label}: {size(part) / 1e6:.1f} MB")
    for name in FIELDS:
        print(f"  per speaker, {name}: {sum(size(getattr(p, name)) for p in tally.said.values()) / 1e6:.1f} MB")
    print(f"  the rest (speaker records): {size(tally) / 1e6:.1f} MB")
    tally.close()


if __name__ == "__main__":
    main()
