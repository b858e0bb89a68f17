"""Quotes between quotation marks, within a paragraph and across paragraphs, and quotes within quotes.

Two conventions carry a quote over several paragraphs. In the news one every
continued paragraph reopens with a mark and only the last one closes; in the
translated-press one a single mark opens the first paragraph and a single mark
closes the last, often just before the cue (`... in it, "Putin concluded.`).
A mark that never closes is bounded at the end of its paragraph and flagged, so
that it cannot swallow the rest of the article.

Each family of marks (double, single; see `views.py`) is paired on its own view of
the text. A quote inside another one, of either family, is kept with its depth:
`“They told me ‘never again’,” she said` holds a nested quote at depth 1.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from quotes.detect.views import views_and_marks
from quotes.text import DOUBLE_MARKS, OPENING_ONLY, OPENS_AFTER, Paragraph, find_cues

GUILLEMET_LEFT, GUILLEMET_RIGHT = "\u00ab", "\u00bb"
#: How many paragraphs a single opening mark may run before its closing mark is found.
MAX_RUN_PARAGRAPHS = 30
#: How many quotes of one family of marks may be open inside a quote: news nests one (`“They called
#: us “amateurs” in May,” she said`), rarely two. A mark that would open one more is not read as an
#: opening, so that a page of stray marks cannot stack hundreds of quotes, each holding the next,
#: whose words every later step reads again.
MAX_INNER_OPEN = 2


@dataclass
class MarkedSpan:
    """The inside of a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraphs: int = 1
    unopened: bool = False
    family: str = "double"
    #: 0 for a quote in the text itself, 1 for a quote inside it, and so on.
    depth: int = 0

    @property
    def extent(self) -> tuple[int, int]:
        """From the opening mark to just after the closing mark (or the end, when none closes)."""
        close = self.close_mark + 1 if self.close_mark is not None else self.end
        return min(self.open_mark, self.start), max(close, self.end)

    @property
    def unclosed(self) -> bool:
        """The marks do not pair up: a closing or an opening mark is missing."""
        return self.close_mark is None or self.unopened


def _opener_shaped(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before in OPENS_AFTER and not after.isspace()


def _closer_shaped(text: str, pos: int) -> bool:
    """After a word or a stop and before a space, a stop or the end: `... openly.« Then`, `Monday», said`."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before not in OPENS_AFTER and (after.isspace() or after in ".,;:!?)")


def _can_open(text: str, pos: int) -> bool:
    """Whether the mark at `pos` may open a quote. Guillemets point either way: `«...»` in French and
    Russian, `»...«` in German, `»...»` in Scandinavian copy; like a straight mark, a guillemet opens by
    its place, `»` after a space, a colon or a paragraph's start and before a word, and `«` unless it
    stands where a closing mark does (`... openly.« Then`)."""
    mark = text[pos]
    if mark == GUILLEMET_LEFT:
        return not _closer_shaped(text, pos)
    if mark in OPENING_ONLY or mark == "\u201c":
        return True
    return _opener_shaped(text, pos)


def _closes(opening: str, mark: str) -> bool:
    if opening == GUILLEMET_LEFT:
        return mark == GUILLEMET_RIGHT
    if opening == GUILLEMET_RIGHT:
        return mark in (GUILLEMET_LEFT, GUILLEMET_RIGHT)  # German `»...«`, Scandinavian `»...»`
    if mark in OPENING_ONLY or mark == GUILLEMET_LEFT:
        return False
    if opening == "\u201c" and mark == "\u201c":
        return False
    return True


def _misturned_closer(text: str, pos: int, opening: str) -> bool:
    """`“It's unusual,“ said Lee`: an opening curly mark typed where the closing one belongs, after the
    words and before a space or a stop, closes the quote it stands after."""
    if opening != "\u201c" or text[pos] != "\u201c" or pos == 0 or text[pos - 1].isspace():
        return False
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return after.isspace() or after in ".,;:!?)"


def _nests(text: str, pos: int) -> bool:
    """Can the mark at `pos` open a quote inside an open one (`“... “amateurs” ...”`, `«... „so“ ...»`)?"""
    return (text[pos] in OPENING_ONLY or text[pos] in (GUILLEMET_LEFT, "\u201c")) and _opener_shaped(text, pos)


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    return text[para.start] in DOUBLE_MARKS and _can_open(text, para.start)


def _cue_follows(text: str, pos: int, limit: int) -> bool:
    return bool(find_cues(text, pos, min(limit, pos + 80)))


def _marks_by_paragraph(paras: Sequence[Paragraph], found: list[int]) -> list[list[int]]:
    """The offsets of the double marks within each paragraph, from the sorted offsets of all of them
    (as the view's maker found them in one scan) rather than a scan per paragraph."""
    if not found:
        return [[] for _ in paras]
    out = []
    for para in paras:
        first = bisect.bisect_left(found, para.start)
        out.append(found[first:bisect.bisect_left(found, para.end, first)])
    return out


def _find_late_closer(text: str, paras: Sequence[Paragraph], index: int,
                      marks: list[list[int]]) -> tuple[int, int] | None:
    """For a quote left open at the end of paragraph `index`, find the mark that closes it later.

    The run may continue over paragraphs without marks; it closes at the first mark of the
    first paragraph whose marks are unbalanced, provided that mark ends its paragraph or is
    followed by a cue (`"Putin concluded`). Anything else means the opening mark was stray.
    """
    last = min(len(paras), index + 1 + MAX_RUN_PARAGRAPHS)
    for j in range(index + 1, last):
        para = paras[j]
        found = marks[j]
        if not found:
            if text[para.end - 1] == ":":
                return None
            continue
        if len(found) % 2 == 0 or _starts_with_opener(text, para):
            return None
        pos = found[0]
        rest = text[pos + 1:para.end].strip(" .,;!?")
        if not rest or _cue_follows(text, pos + 1, para.end):
            return j, pos
        return None
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _pair(text: str, paras: Sequence[Paragraph], family: str, found: list[int]) -> list[MarkedSpan]:
    """Pair the double marks of a view: top-level quotes, and quotes nested in them by the same marks.

    `found` are the offsets of the view's double marks, as the view's maker knows them."""
    marks = _marks_by_paragraph(paras, found)
    spans: list[MarkedSpan] = []
    i = 0
    resume_at: int | None = None
    while i < len(paras):
        para = paras[i]
        open_at: int | None = None
        opening = ""
        run_start: int | None = None
        n_paras = 1
        inner: list[int] = []  # opening marks of quotes nested in the open one
        for pos in marks[i]:
            if resume_at is not None and pos < resume_at:
                continue
            mark = text[pos]
            if open_at is None:
                if _can_open(text, pos):
                    open_at, opening = pos, mark
                    run_start = pos
                elif pos == marks[i][0] and _cue_follows(text, pos + 1, para.end):
                    # A closing mark with no opening one, then a cue: the opening mark was
                    # lost and the quote runs from the start of the paragraph.
                    start, end = _trim(text, para.start, pos)
                    if start < end:
                        spans.append(MarkedSpan(start, end, para.start, pos, 1, unopened=True, family=family))
                continue
            current = text[inner[-1]] if inner else opening
            if _closes(current, mark) or _misturned_closer(text, pos, current):
                first = inner.pop() if inner else run_start
                start, end = _trim(text, first + 1, pos)
                if start < end:
                    spans.append(MarkedSpan(start, end, first, pos, 1 if first != run_start else n_paras,
                                            family=family))
                if first == run_start:
                    open_at = run_start = None
            elif len(inner) < MAX_INNER_OPEN and _nests(text, pos):
                inner.append(pos)
        resume_at = None
        if open_at is None:
            i += 1
            continue
        # Open at the end of the paragraph: the news convention reopens in the next one.
        j = i
        while open_at is not None and j + 1 < len(paras) and _starts_with_opener(text, paras[j + 1]):
            nxt = paras[j + 1]
            rest = [p for p in marks[j + 1] if p > nxt.start]
            closer = next((p for p in rest if _closes(text[nxt.start], text[p])), None)
            n_paras += 1
            j += 1
            if closer is not None:
                start, end = _trim(text, run_start + 1, closer)
                spans.append(MarkedSpan(start, end, run_start, closer, n_paras, family=family))
                open_at = None
                resume_at = closer + 1
        if open_at is None:
            i = j
            continue
        if j > i:
            # Reopened paragraphs that never close: keep what ran, flagged, and go on after it.
            start, end = _trim(text, run_start + 1, paras[j].end)
            spans.append(MarkedSpan(start, end, run_start, None, n_paras, family=family))
            i = j + 1
            continue
        late = _find_late_closer(text, paras, i, marks)
        if late is not None:
            j, closer = late
            start, end = _trim(text, run_start + 1, closer)
            spans.append(MarkedSpan(start, end, run_start, closer, j - i + 1, family=family))
            resume_at = closer + 1
            i = j
            continue
        start, end = _trim(text, run_start + 1, para.end)
        if start < end:
            spans.append(MarkedSpan(start, end, run_start, None, 1, family=family))
        i += 1
    return spans


def _crossing(spans: list[MarkedSpan]) -> set[int]:
    """Indexes of single-mark spans that cross a double-mark one: their marks were apostrophes."""
    extents = [span.extent for span in spans]  # read once: each is weighed many times below
    order = sorted(range(len(spans)), key=lambda k: (extents[k][0], -extents[k][1]))
    crossing: set[int] = set()
    stack: list[int] = []
    for k in order:
        start, end = extents[k]
        while stack and extents[stack[-1]][1] <= start:
            stack.pop()
        clash = [s for s in stack if extents[s][1] < end]
        if not clash:
            stack.append(k)
        elif spans[k].family == "single":
            crossing.add(k)
        else:
            crossing.update(s for s in clash if spans[s].family == "single")
            stack = [s for s in stack if s not in crossing] + [k]
    return crossing


def _set_depths(spans: list[MarkedSpan]) -> None:
    """Depth of each span: how many spans hold it. Spans must not cross."""
    stack: list[tuple[int, int]] = []  # the extents of the spans holding the current one
    for extent, span in sorted(((span.extent, span) for span in spans), key=lambda pair: (pair[0][0], -pair[0][1])):
        while stack and stack[-1][1] <= extent[0]:
            stack.pop()
        span.depth = len(stack)
        stack.append(extent)


#: The halves of a typewriter double mark (`''`, ``` `` ```, `‘‘`).
_TYPEWRITER_HALVES = "'`\u2018\u2019"


def _open_at_pair_start(text: str, span: MarkedSpan) -> None:
    """`what he called a ''surcharge''`: a typewriter double mark is two characters, and the double view
    opens the quote at the second; the words before the quote end before the first, where the rules
    that read them (`called a`, `the so-called`) look for their end."""
    at = span.open_mark
    if span.family == "double" and at > 0 and text[at] in _TYPEWRITER_HALVES and text[at - 1] in _TYPEWRITER_HALVES:
        span.open_mark = at - 1


def find_marked(text: str, paras: Sequence[Paragraph]) -> list[MarkedSpan]:
    """Every quoted span in the text, of both families, in order; nested ones carry their depth.

    Spans of depth 0 do not overlap; a nested span lies inside one of them.
    """
    (double, double_marks), (single, single_marks) = views_and_marks(text)
    spans = [s for s in _pair(double, paras, "double", double_marks) + _pair(single, paras, "single", single_marks)
             if s.start < s.end]
    while crossing := _crossing(spans):
        spans = [s for k, s in enumerate(spans) if k not in crossing]
    for span in spans:
        _open_at_pair_start(text, span)
    _set_depths(spans)
    return sorted(spans, key=lambda s: (s.start, s.end))
