"""How the time of one article grows with its length, on long and malformed texts.

An archive holds articles no editor wrote: whole digests of briefs in one document, pages
whose line breaks were lost, transcripts without punctuation, scraped pages full of stray
quotation marks and dashes. Each is analysed in one call of `pipeline.process`, so a search
that reads the whole paragraph (or every name of the article) for each quote makes such an
article cost the square of its length, and one document can hold a worker for hours.

Each shape is built at `--size` characters and at four times that, and timed once each (CPU
seconds, in this process, after one warm-up article). `growth` is the ratio of the two
times: about 4 where time grows with the length, 16 where it grows with its square. The
shapes are:

- `articles`: the input articles one after another, blank lines between them (a digest:
  the number of people named grows with the length);
- `one paragraph`: the same with every line break made a space (a page whose breaks were
  lost: no paragraph bounds any search);
- the others: random sequences of a few pieces of text, seeded, so that each run builds the
  same texts (stray closing marks, unpaired openings, dashes that never hand back, stops
  and greetings, names and pronouns).

    python benchmarks/worst_case.py seeds/ --size 100000
    python benchmarks/worst_case.py /tmp/quotes-bench/synthetic-10000.jsonl --size 1250000 \
        --shapes articles 'one paragraph'

`--limit S` gives a text up after S seconds of wall-clock time and reports it as `> S`.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Hostile shapes: the pieces a text of each is drawn from, at random, with a fixed seed, after
#: the text's opening (a dash remark opens with a dash).
OPENINGS: dict[str, str] = {"dashes that never hand back": "\u2014 We "}
PIECES: dict[str, list[str]] = {
    "stray closing marks": ["\u201d", "he "],
    "marks and places": ['"', "in Oslo ", "de "],
    "dashes that never hand back": ["?", "\u201c", "\u2014 ", "of "],
    "openings that nest": ["\u201c", "\u00bb", "In his words ", "U.S. "],
    "stops and greetings": [". ", "Dear colleagues, ", '"'],
    "apostrophes and low marks": ["'", "\u2013 ", "\u201e", "Sir, "],
    "names and pronouns": ["Anna Berg ", "said ", "Mr. Lund ", '"', ". ", "she ", "the Minister ", ", "],
    "capitals after marks": ['"', "NORDVIK", "\u2019", "Ola", "'", "B"],
}


class _TooLong(Exception):
    pass


def _pieces_text(opening: str, pieces: list[str], seed: int) -> Callable[[int], str]:
    def make(size: int) -> str:
        rng, out, length = random.Random(seed), [opening], len(opening)
        while length < size:
            piece = rng.choice(pieces)
            out.append(piece)
            length += len(piece)
        return "".join(out)
    return make


def _articles_text(texts: list[str], flat: bool) -> Callable[[int], str]:
    def make(size: int) -> str:
        out, length = [], 0
        while length < size:
            for text in texts:
                out.append(text.replace("\n", " ") if flat else text)
                length += len(text)
                if length >= size:
                    break
        return (" " if flat else "\n\n").join(out)
    return make


def shapes(texts: list[str]) -> dict[str, Callable[[int], str]]:
    """Every shape's maker: the length wanted in, a text of at least that length out."""
    made = {"articles": _articles_text(texts, flat=False), "one paragraph": _articles_text(texts, flat=True)}
    for seed, (name, pieces) in enumerate(PIECES.items()):
        made[name] = _pieces_text(OPENINGS.get(name, ""), pieces, seed)
    return made


def _timed(process: Callable, document: object, limit: int) -> float | None:
    """CPU seconds of one call, or None past `limit` seconds of wall-clock time."""
    def stop(*_: object) -> None:
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(limit)
    try:
        start = time.process_time()
        process(document)
        return time.process_time() - start
    except _TooLong:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="articles for the `articles` shapes (files or folders)")
    parser.add_argument("--size", type=int, default=100_000, help="characters of the shorter text of each shape")
    parser.add_argument("--shapes", nargs="+", help="only these shapes")
    parser.add_argument("--limit", type=int, default=600, help="seconds (wall clock) after which a text is given up")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # this checkout's package, wherever it is installed
    from quotes.model import Document
    from quotes.pipeline import process
    from quotes.readers import read_documents

    texts = [doc.text for doc in read_documents(args.inputs, report=lambda message: None) if doc.text]
    if not texts:
        parser.error("the inputs hold no text")
    process(Document("warm-up", texts[0]))
    made = shapes(texts)
    unknown = set(args.shapes or ()) - set(made)
    if unknown:
        parser.error(f"no such shape: {', '.join(sorted(unknown))} (shapes: {', '.join(made)})")
    print("| shape | chars | CPU s | MB per CPU s | chars, 4 times | CPU s | MB per CPU s | growth |")
    print("|---|---|---|---|---|---|---|---|")
    for name, make in made.items():
        if args.shapes and name not in args.shapes:
            continue
        cells = [name]
        seconds = []
        for size in (args.size, 4 * args.size):
            text = make(size)
            spent = _timed(process, Document(name, text), args.limit)
            megabytes = len(text.encode("utf-8")) / 1e6
            seconds.append(spent)
            cells += [f"{len(text):,}", f"> {args.limit}" if spent is None else f"{spent:.2f}",
                      "-" if not spent else f"{megabytes / spent:.2f}"]
            if spent is None:
                break
        cells += ["-"] * (7 - len(cells))
        growth = f"{seconds[1] / seconds[0]:.1f}" if len(seconds) == 2 and all(seconds) else "-"
        print("| " + " | ".join(cells + [growth]) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
