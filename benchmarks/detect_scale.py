"""How long detection and attribution take on one very large article full of unbalanced marks.

A 5 MB article is written from invented sentences, with 10,000 quotation marks
of every style dropped at random so that most never pair; the pipeline must stay
linear in the size of the input. Run:

    python benchmarks/detect_scale.py [--size 5000000] [--marks 10000] [--paragraph-every 250]

`--paragraph-every 0` writes the whole article as one paragraph, the hardest case
for anything that scans back to the start of a paragraph.
"""

from __future__ import annotations

import argparse
import random
import time

from quotes.model import Document
from quotes.pipeline import process

SENTENCES = [
    "The minister said that the talks would go on next week",
    "Officials from both sides met at the border crossing on Tuesday",
    "We will not accept these terms, he added",
    "According to the ministry, the road will reopen in spring",
    "Anna Berg, the head of the agency, told reporters she was confident",
    "The so-called plan was discussed at length",
    "Prices rose again in the third quarter",
]
MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2018", "\u2019", "'", "\u2039", "\u300c", "- "]


def make_article(size: int, marks: int, paragraph_every: int, seed: int = 7) -> str:
    """An article of about `size` characters holding exactly `marks` quotation marks or dashes."""
    rng = random.Random(seed)
    words_wanted = size // 7
    slots = set(rng.sample(range(words_wanted), marks))
    out: list[str] = []
    length = 0
    index = 0
    while length < size:
        sentence = rng.choice(SENTENCES).split()
        for word in sentence:
            if index in slots:
                word = rng.choice(MARKS) + word
            out.append(word)
            length += len(word) + 1
            index += 1
        out.append(". ")
        if paragraph_every and rng.random() < len(sentence) / paragraph_every:
            out.append("\n\n")
    return " ".join(out)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--marks", type=int, default=10_000)
    parser.add_argument("--paragraph-every", type=int, default=250, help="mean words per paragraph; 0 for one")
    args = parser.parse_args()
    timings = []
    for fraction in (4, 1):  # a quarter of the article, then all of it: the times should grow alike
        text = make_article(args.size // fraction, args.marks // fraction, args.paragraph_every)
        started = time.perf_counter()
        doc = process(Document("benchmark", text))
        seconds = time.perf_counter() - started
        timings.append(seconds)
        print(f"chars={len(text)} marks={args.marks // fraction} paragraphs={text.count(chr(10) * 2) + 1} "
              f"quotes={len(doc.quotes)} non_speech={len(doc.non_speech)} seconds={seconds:.2f} "
              f"chars_per_second={len(text) / seconds:,.0f}")
    print(f"four times the input took {timings[1] / timings[0]:.1f} times as long (linear: about 4)")


if __name__ == "__main__":
    main()
