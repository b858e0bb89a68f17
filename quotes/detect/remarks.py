"""Speech marked by layout: dash remarks, colon-introduced statements, transcript turns.

A remark runs from its first paragraph over the following ones until the
narration resumes: the next introducer, a new dash or transcript turn, a quoted
paragraph, or a paragraph that speaks of people in the third person.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.detect import layout
from quotes.text import Paragraph


@dataclass
class Remark:
    start: int
    end: int
    kind: str  # dash, colon, transcript
    intro: tuple[int, int] | None  # the introducer paragraph or the transcript label
    turn: str | None = None  # "question" / "answer" in interviews


def _ends_remark(text: str, para: Paragraph, names: frozenset[str]) -> bool:
    return (
        layout.dash_body_start(text, para) is not None
        or layout.is_introducer(text, para)
        or layout.transcript_label(text, para) is not None
        or layout.starts_with_mark(text, para)
        or layout.is_narration(text, para, names)
    )


def _run(text: str, paras: list[Paragraph], first: int, names: frozenset[str]) -> int:
    """Index of the last paragraph of a remark that starts at paragraph `first`."""
    last = first
    if layout.is_question(text, paras[first]):
        return last
    while last + 1 < len(paras) and not _ends_remark(text, paras[last + 1], names):
        last += 1
        if layout.is_question(text, paras[last]):
            break
    return last


def _is_interview(text: str, paras: list[Paragraph]) -> bool:
    """Several dash paragraphs, some of them questions: an interview laid out as dialogue."""
    dashed = [p for p in paras if layout.dash_body_start(text, p) is not None]
    return len(dashed) >= 2 and any(layout.is_question(text, p) for p in dashed)


def _transcript_labels(text: str, paras: list[Paragraph]) -> dict[int, tuple[int, int, int]]:
    """Labelled turns, kept only where the article reads as a transcript (two turns or more)."""
    labels = {}
    for para in paras:
        found = layout.transcript_label(text, para)
        if found and not layout.starts_with_mark(text, Paragraph(para.index, found[2], para.end)):
            labels[para.index] = found
    return labels if len(labels) >= 2 else {}


def find_remarks(text: str, paras: list[Paragraph], names: frozenset[str]) -> list[Remark]:
    remarks: list[Remark] = []
    labels = _transcript_labels(text, paras)
    interview = _is_interview(text, paras)
    i = 0
    while i < len(paras):
        para = paras[i]
        prev = paras[i - 1] if i else None
        intro = (prev.start, prev.end) if prev is not None and layout.is_introducer(text, prev) else None
        after_question = bool(remarks) and prev is not None and remarks[-1].end == prev.end and \
            layout.is_question(text, prev)
        body = layout.dash_body_start(text, para)
        kind = None
        if body is not None and (intro or interview or after_question):
            kind = "dash"
        elif i in labels:
            label_start, label_end, body = labels[i]
            intro, kind = (label_start, label_end), "transcript"
        elif (intro or after_question) and not layout.starts_with_mark(text, para) and \
                not layout.is_introducer(text, para) and not layout.is_narration(text, para, names):
            body, kind = para.start, ("dash" if after_question else "colon")
        if kind is None or body is None:
            i += 1
            continue
        last = _run(text, paras, i, names)
        turn = None
        if interview or after_question:
            turn = "question" if layout.is_question(text, paras[last]) else "answer"
        remarks.append(Remark(body, paras[last].end, kind, intro, turn))
        i = last + 1
    return remarks
