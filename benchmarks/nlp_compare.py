"""The rule annotator against stanza's tokenizer: accuracy and speed on annotated dev sets.

For each gold file, the pipeline runs once with `--nlp rules` and once with `--nlp stanza`
(the processors installed in the models folder), and prints detection F1, speaker accuracy,
end-to-end F1 and articles per second (whole pipeline), plus the time the annotator alone
takes. Then it times stanza on the same texts in one `bulk_process` call per batch against
one call per text. Only figures are printed, never the texts. Run from the repository root:

    python benchmarks/nlp_compare.py [--eval-dir ../shared/eval] [--sets ggt,polnear]
        [--stanza-dir ../shared/stanza_resources] [--bulk-texts 16] [--repeat 3]

Wall times depend on what else the machine runs; CPU times (all threads) are given beside them.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from quotes.evaluate import evaluate, read_gold
from quotes.nlp import BATCH_SIZE, Annotator, get_annotator

T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, float, float]:
    """What `work` returns, and the wall and CPU seconds it takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def annotate_all(annotator: Annotator, texts: list[str], batch_size: int) -> None:
    for start in range(0, len(texts), batch_size):
        annotator.annotate(texts[start:start + batch_size])


def compare(gold: Path, annotators: dict[str, Annotator], batch_size: int) -> None:
    texts = [doc.text for doc in read_gold(gold)]
    size = sum(len(t) for t in texts)
    print(f"\n{gold.name}: {len(texts)} articles, {size / 1e6:.2f} M characters, kinds direct")
    print(f"{'annotator':<10} {'detect F1':>9} {'speaker':>8} {'e2e F1':>7} {'art/s':>7} {'wall s':>7} "
          f"{'annotate wall s':>15} {'annotate cpu s':>14}")
    for name, annotator in annotators.items():
        _, annotate_wall, annotate_cpu = timed(lambda a=annotator: annotate_all(a, texts, batch_size))
        scores, wall, _ = timed(lambda a=annotator: evaluate(gold, kinds="direct", nlp=a))
        print(f"{name:<10} {scores.detect_f1:>9.4f} {scores.speaker_accuracy:>8.4f} {scores.e2e_f1:>7.4f} "
              f"{len(texts) / wall:>7.1f} {wall:>7.1f} {annotate_wall:>15.1f} {annotate_cpu:>14.1f}")


def bulk_against_single(annotator: Annotator, texts: list[str], repeat: int) -> None:
    """stanza on the same texts: one `bulk_process` call for them all against one call per text (best of
    `repeat`, the two taken in turn so that a busy machine slows both alike)."""
    bulk, single = [], []
    for _ in range(repeat):
        bulk.append(timed(lambda: annotator.annotate(texts))[1:])
        single.append(timed(lambda: [annotator.annotate([text]) for text in texts])[1:])
    (bulk_wall, bulk_cpu), (single_wall, single_cpu) = min(bulk), min(single)
    chars = sum(len(t) for t in texts) / 1e3
    print(f"\nstanza on {len(texts)} articles ({chars:.0f} k characters), best of {repeat}:")
    print(f"  bulk_process, one call     {bulk_wall:6.2f} s wall {bulk_cpu:6.2f} s cpu")
    print(f"  one call per article       {single_wall:6.2f} s wall {single_cpu:6.2f} s cpu")
    print(f"  speed-up                   {single_wall / bulk_wall:6.2f}x wall {single_cpu / bulk_cpu:6.2f}x cpu")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("..") / "shared" / "eval")
    parser.add_argument("--sets", default="ggt,polnear", help="Gold files NAME.dev.jsonl, comma-separated.")
    parser.add_argument("--stanza-dir", type=Path, default=Path("..") / "shared" / "stanza_resources")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--bulk-texts", type=int, default=16, help="Articles for the bulk/single timing (0: skip).")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    stanza, load_wall, _ = timed(lambda: get_annotator("stanza", args.stanza_dir))
    print(f"{stanza.describe()}; loaded in {load_wall:.1f} s")
    annotators = {"rules": get_annotator("rules"), "stanza": stanza}
    names = [name.strip() for name in args.sets.split(",") if name.strip()]
    for name in names:
        compare(args.eval_dir / f"{name}.dev.jsonl", annotators, args.batch_size)
    if args.bulk_texts:
        texts = [doc.text for doc in read_gold(args.eval_dir / f"{names[0]}.dev.jsonl")][:args.bulk_texts]
        bulk_against_single(stanza, texts, args.repeat)


if __name__ == "__main__":
    main()
