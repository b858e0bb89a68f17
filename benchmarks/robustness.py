"""How the figures hold when the same annotated articles are typed otherwise.

Scraped and syndicated copy differs from the page it came from in ways that change no
word: no-break spaces where the writer typed spaces (HTML's `&nbsp;`), straight marks
for curly ones, en dashes for em dashes, Windows line ends, one line break between
paragraphs or none at all, two spaces after a full stop, titles without their full stop
(`Mr Lund`, as British papers write them). Each variant rewrites the texts of a gold file, moves
its offsets with them, and scores the rules on it as `quotes eval` does. A rule that
reads words apart at " " alone, or a paragraph only after a blank line, shows here as
a figure that falls.

    python benchmarks/robustness.py ../shared/eval/ggt.dev.jsonl
    python benchmarks/robustness.py ../shared/eval/press.dev.jsonl --kinds direct,dash,transcript,colon,partial,headline
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.evaluate import GoldDocument, GoldQuote, Scores, evaluate_documents, read_gold  # noqa: E402

#: An edit: at this offset, remove this many characters and put this text in their place.
Edit = tuple[int, int, str]

_SENTENCE_SPACE = re.compile(r"(?<=[.!?])[\"\u201d\u2019]? (?=[A-Z\u201c\"])")
_TITLE_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St)(\.)(?= [A-Z])")
_CURLY = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}


def _no_break_spaces(text: str) -> list[Edit]:
    """Every tenth space a no-break space, as pages that mix `&nbsp;` into their copy have them."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    return [(i, 1, "\u00a0") for i in spaces[9::10]]


def _straight_marks(text: str) -> list[Edit]:
    return [(i, 1, _CURLY[c]) for i, c in enumerate(text) if c in _CURLY]


def _en_dashes(text: str) -> list[Edit]:
    return [(i, 1, "\u2013") for i, c in enumerate(text) if c == "\u2014"]


def _single_line_breaks(text: str) -> list[Edit]:
    return [(m.start(), len(m.group()), "\n") for m in re.finditer(r"\n\s*\n", text)]


def _no_line_breaks(text: str) -> list[Edit]:
    """Paragraphs run together with a space, as a page whose markup was stripped carelessly gives them."""
    return [(m.start(), len(m.group()), " ") for m in re.finditer(r"\s*\n\s*", text)]


def _windows_line_ends(text: str) -> list[Edit]:
    return [(i, 1, "\r\n") for i, c in enumerate(text) if c == "\n"]


def _two_spaces_after_a_sentence(text: str) -> list[Edit]:
    return [(m.end() - 1, 1, "  ") for m in _SENTENCE_SPACE.finditer(text)]


def _titles_without_stops(text: str) -> list[Edit]:
    return [(m.start(1), 1, "") for m in _TITLE_STOP.finditer(text)]


VARIANTS: dict[str, Callable[[str], list[Edit]]] = {
    "as given": lambda text: [],
    "no-break spaces": _no_break_spaces,
    "straight marks": _straight_marks,
    "en dashes": _en_dashes,
    "single line breaks": _single_line_breaks,
    "Windows line ends": _windows_line_ends,
    "no line breaks": _no_line_breaks,
    "two spaces after a sentence": _two_spaces_after_a_sentence,
    "titles without stops": _titles_without_stops,
}


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, Callable[[int], int]]:
    """The edited text, and where each offset of the old text lands in it (an offset inside a removed
    stretch lands where the stretch was). Edits are in order and do not overlap."""
    pieces, ends, shifts = [], [], []
    last = shift = 0
    for at, removed, inserted in edits:
        pieces += [text[last:at], inserted]
        last = at + removed
        shift += len(inserted) - removed
        ends.append(last)
        shifts.append(shift)
    pieces.append(text[last:])

    def move(offset: int) -> int:
        i = bisect.bisect_right(ends, offset) - 1
        inside = i + 1 < len(edits) and edits[i + 1][0] < offset < ends[i + 1]
        if inside:
            return edits[i + 1][0] + (shifts[i] if i >= 0 else 0)
        return offset + (shifts[i] if i >= 0 else 0)

    return "".join(pieces), move


def typed_otherwise(doc: GoldDocument, variant: Callable[[str], list[Edit]]) -> GoldDocument:
    """The gold document with its text rewritten by `variant` and its quotes moved with it."""
    text, move = apply_edits(doc.text, variant(doc.text))
    quotes = [GoldQuote(move(q.start), move(q.end), q.kind, q.speaker_text, q.speaker_entity) for q in doc.quotes]
    return GoldDocument(doc.doc_id, text, quotes, doc.line)


def robustness(gold: Path, kinds: str, variants: list[str]) -> dict[str, Scores]:
    """Scores of the rules on each variant of the gold file."""
    docs = read_gold(gold)
    return {name: evaluate_documents([typed_otherwise(doc, VARIANTS[name]) for doc in docs], gold, kinds, "rules")
            for name in variants}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold JSONL files (see `quotes eval`)")
    parser.add_argument("--kinds", default="direct", help="gold kinds counted, comma-separated")
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    args = parser.parse_args()
    print("| file | variant | detect F1 | speaker accuracy | end-to-end F1 |")
    print("|---|---|---|---|---|")
    for path in args.gold:
        for name, scores in robustness(path, args.kinds, args.variants).items():
            print(f"| {path.name} | {name} | {scores.detect_f1:.4f} | {scores.speaker_accuracy:.4f} "
                  f"({scores.speaker_correct} of {scores.speaker_judged}) | {scores.e2e_f1:.4f} |")


if __name__ == "__main__":
    main()
