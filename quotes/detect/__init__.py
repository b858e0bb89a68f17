"""Quote detection: find every stretch of reported speech in a document.

Layout-marked speech (dash remarks, colon statements, transcript turns,
headlines) is found first; quotation-mark spans inside it are kept as nested
quotes of their parent. A quoted word or short term with no cue nearby is a
scare quote or a name, not speech, and is dropped.
"""

from __future__ import annotations

import re

from quotes.detect.headline import find_headlines
from quotes.detect.marks import MarkedSpan, find_marked
from quotes.detect.remarks import find_remarks
from quotes.mentions import find_entities, name_tokens
from quotes.model import Document, Mention, Quote
from quotes.text import Paragraph, find_cues, paragraph_at, paragraphs, sentence_end, sentence_start, words

_SO_CALLED = re.compile(r"(?:so-called|so called|dubbed|titled|entitled|named|called)\s*\S$", re.IGNORECASE)
#: Quoted spans shorter than this many words need a cue nearby to count as speech.
MIN_UNCUED_WORDS = 5


def _mention(text: str, span: tuple[int, int] | None) -> Mention | None:
    return Mention(span[0], span[1], text[span[0]:span[1]]) if span else None


def _is_speech(text: str, span: MarkedSpan, paras: list[Paragraph]) -> bool:
    """Speech, or a scare quote / title? Long quotes and quotes with a cue nearby are speech."""
    content = words(text[span.start:span.end])
    n = len(content)
    if n == 0:
        return False
    if _SO_CALLED.search(text, max(0, span.open_mark - 12), span.open_mark + 1):
        return False
    if n <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in content) and \
            text[span.end - 1] not in ".!?,":
        return False  # a name or title in marks: "Sea Cup", "Zangezur Corridor"
    para = paragraph_at(paras, span.open_mark)
    close = span.close_mark + 1 if span.close_mark is not None else span.end
    whole_paragraph = span.open_mark <= para.start + 1 and close >= para.end - 2
    if n >= MIN_UNCUED_WORDS or whole_paragraph or span.paragraphs > 1:
        return True
    frame_start = sentence_start(text, para.start, span.open_mark)
    frame_end = sentence_end(text, close, min(para.end, close + 120))
    before = text[frame_start:span.open_mark].rstrip()
    if before.endswith(":"):
        return True
    # The cue may stand just before, closing the previous quote: `"Yes," she said. "Big time."`
    lead_start = max(para.start, min(frame_start, span.open_mark - 60))
    return bool(find_cues(text, lead_start, span.open_mark) or find_cues(text, close, frame_end))


def _kind_of_marked(text: str, span: MarkedSpan, paras: list[Paragraph]) -> str:
    """`direct` for a quoted sentence, `partial` for quoted words woven into narration."""
    para = paragraph_at(paras, span.open_mark)
    first = text[span.start]
    lead = text[sentence_start(text, para.start, span.open_mark):span.open_mark].strip()
    if first.islower() and lead and not lead.endswith((":", ",")):
        return "partial"
    return "direct"


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def detect(doc: Document) -> list[Quote]:
    """Find the quotes of `doc`, store them on it (sorted by offset) and return them."""
    text = doc.text
    paras = paragraphs(text)
    entities, _ = find_entities(text)
    names = name_tokens(entities)
    quotes: list[Quote] = []
    for remark in find_remarks(text, paras, names):
        quotes.append(Quote(doc.doc_id, remark.start, remark.end, text[remark.start:remark.end], remark.kind,
                            intro=_mention(text, remark.intro), turn=remark.turn))
    for headline in find_headlines(text, paras):
        span = (headline.start, headline.end)
        if not any(_overlaps(span, (q.start, q.end)) for q in quotes):
            quotes.append(Quote(doc.doc_id, *span, text[span[0]:span[1]], "headline",
                                intro=_mention(text, headline.intro)))
    top = sorted(quotes, key=lambda q: q.start)
    for span in find_marked(text, paras):
        bounds = (span.start, span.end)
        parent = next((q for q in top if _inside(bounds, (q.start, q.end))), None)
        if parent is not None:
            if parent.kind != "headline":
                quotes.append(Quote(doc.doc_id, *bounds, text[span.start:span.end], "nested",
                                    parent_id=parent.quote_id))
            continue
        if any(_overlaps(bounds, (q.start, q.end)) for q in top):
            continue
        if not _is_speech(text, span, paras):
            continue
        quotes.append(Quote(doc.doc_id, *bounds, text[span.start:span.end], _kind_of_marked(text, span, paras),
                            unclosed=span.unclosed))
    doc.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    return doc.quotes
