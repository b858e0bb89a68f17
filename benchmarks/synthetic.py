"""A large corpus for benchmarks, made by drawing articles at random from existing JSONL files.

The articles are repeated as they are (only their ids change), so the result has
the sizes and the mix of real news but none of its own; it is written wherever
`-o` says (keep it out of the repository: the sources may not be redistributed).
Only `doc_id`/`id` and `text` are carried over. Run:

    python benchmarks/synthetic.py ../shared/eval/*.dev.jsonl -n 100000 -o /tmp/quotes-bench/synthetic-100000.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def load_texts(paths: list[Path]) -> list[str]:
    """The texts of every record of the given JSONL files."""
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def generate(sources: list[Path], count: int, out: Path, seed: int = 1) -> Path:
    """Write `count` articles drawn with replacement from `sources` into the JSONL file `out`."""
    texts = load_texts(sources)
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"id": f"syn{number:07d}", "text": rng.choice(texts)}, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("-n", "--count", type=int, default=100_000)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = generate(args.sources, args.count, args.out, args.seed)
    print(f"{args.count} articles, {path.stat().st_size / 1e6:,.1f} MB -> {path}")


if __name__ == "__main__":
    main()
