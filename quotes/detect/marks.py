"""Quotes between quotation marks, within a paragraph and across paragraphs.

Two conventions carry a quote over several paragraphs. In the news one every
continued paragraph reopens with a mark and only the last one closes; in the
translated-press one a single mark opens the first paragraph and a single mark
closes the last, often just before the cue (`... in it, "Putin concluded.`).
A mark that never closes is bounded at the end of its paragraph and flagged, so
that it cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.text import CLOSING_ONLY, DOUBLE_MARKS, OPENING_ONLY, Paragraph, find_cues

_TYPEWRITER = re.compile(r"(?<!')''(?!')|``|[\u2018\u2019]{2}")
_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")
_OPEN_CONTEXT = " \t\n([{/:" + "-\u2013\u2014" + DOUBLE_MARKS
#: How many paragraphs a single opening mark may run before its closing mark is found.
MAX_RUN_PARAGRAPHS = 30


@dataclass
class MarkedSpan:
    """The inside of a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraphs: int = 1
    unopened: bool = False

    @property
    def unclosed(self) -> bool:
        """The marks do not pair up: a closing or an opening mark is missing."""
        return self.close_mark is None or self.unopened


def _opener_shaped(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before in _OPEN_CONTEXT and not after.isspace()


def _can_open(text: str, pos: int) -> bool:
    mark = text[pos]
    if mark in OPENING_ONLY or mark == "\u201c":
        return True
    if mark in CLOSING_ONLY:
        return False
    return _opener_shaped(text, pos)


def _closes(opening: str, mark: str) -> bool:
    if opening == "\u00ab":
        return mark == "\u00bb"
    if mark in OPENING_ONLY:
        return False
    if opening == "\u201c" and mark == "\u201c":
        return False
    return True


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    return text[para.start] in DOUBLE_MARKS and _can_open(text, para.start)


def _cue_follows(text: str, pos: int, limit: int) -> bool:
    return bool(find_cues(text, pos, min(limit, pos + 80)))


def _marks_in(text: str, para: Paragraph) -> list[int]:
    return [m.start() for m in _MARK.finditer(text, para.start, para.end)]


def _find_late_closer(text: str, paras: list[Paragraph], index: int, marks: list[list[int]]) -> tuple[int, int] | None:
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


def _mark_view(text: str) -> str:
    """The text with typewriter double marks (two apostrophes, two backticks) as one `"`.

    The replacement keeps every offset: the first of the two characters becomes a space.
    """
    if not _TYPEWRITER.search(text):
        return text
    return _TYPEWRITER.sub(' "', text)


def find_marked(text: str, paras: list[Paragraph]) -> list[MarkedSpan]:
    """Every quoted span in the text, in order, non-overlapping."""
    text = _mark_view(text)
    marks = [_marks_in(text, p) for p in paras]
    spans: list[MarkedSpan] = []
    i = 0
    resume_at: int | None = None
    while i < len(paras):
        para = paras[i]
        open_at: int | None = None
        opening = ""
        run_start: int | None = None
        n_paras = 1
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
                        spans.append(MarkedSpan(start, end, para.start, pos, 1, unopened=True))
                continue
            if _closes(opening, mark):
                start, end = _trim(text, run_start + 1, pos)
                if start < end:
                    spans.append(MarkedSpan(start, end, run_start, pos, n_paras))
                open_at = run_start = None
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
                spans.append(MarkedSpan(start, end, run_start, closer, n_paras))
                open_at = None
                resume_at = closer + 1
        if open_at is None:
            i = j
            continue
        if j > i:
            # Reopened paragraphs that never close: keep what ran, flagged, and go on after it.
            start, end = _trim(text, run_start + 1, paras[j].end)
            spans.append(MarkedSpan(start, end, run_start, None, n_paras))
            i = j + 1
            continue
        late = _find_late_closer(text, paras, i, marks)
        if late is not None:
            j, closer = late
            start, end = _trim(text, run_start + 1, closer)
            spans.append(MarkedSpan(start, end, run_start, closer, j - i + 1))
            resume_at = closer + 1
            i = j
            continue
        start, end = _trim(text, run_start + 1, para.end)
        if start < end:
            spans.append(MarkedSpan(start, end, run_start, None, 1))
        i += 1
    return spans
