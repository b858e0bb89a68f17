"""Quote detection: find every stretch of reported speech in a document.

Layout-marked speech (dash remarks, colon statements, transcript turns,
headlines) is found first; quotation-mark spans inside it are kept as nested
quotes of their parent. Quotation-mark spans elsewhere are speech or not
(`speech.py`); those that are not are kept on the document with their reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotes.detect import speech
from quotes.detect.headline import find_headlines
from quotes.detect.marks import MarkedSpan, find_marked
from quotes.detect.remarks import find_remarks
from quotes.mentions import name_tokens
from quotes.model import Document, Mention, NonSpeech, Quote
from quotes.nlp.people import entities_of
from quotes.text import DASHES, QUOTE_MARKS, Paragraph, paragraphs


def _mention(text: str, span: tuple[int, int] | None) -> Mention | None:
    return Mention(span[0], span[1], text[span[0]:span[1]]) if span else None


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _container(quotes: list[Quote], bounds: tuple[int, int]) -> Quote | None:
    """The quote of `quotes` (sorted, not overlapping) that holds `bounds`, if any."""
    index = bisect.bisect_right(quotes, bounds[0], key=lambda q: q.start) - 1
    if index >= 0 and _inside(bounds, (quotes[index].start, quotes[index].end)):
        return quotes[index]
    return None


def _touches(quotes: list[Quote], bounds: tuple[int, int]) -> bool:
    """Does `bounds` overlap any quote of `quotes` (sorted, not overlapping)?"""
    index = bisect.bisect_left(quotes, bounds[1], key=lambda q: q.start) - 1
    return index >= 0 and _overlaps(bounds, (quotes[index].start, quotes[index].end))


def _marked_quotes(doc: Document, paras: Sequence[Paragraph], layout_quotes: list[Quote],
                   spans: list[MarkedSpan]) -> list[Quote]:
    """Quotes between quotation marks, outside the layout-marked ones or nested in a quote."""
    text = doc.text
    kept: list[Quote] = []
    previous: MarkedSpan | None = None  # the last span kept as speech
    for span in (s for s in spans if s.depth == 0):
        bounds = (span.start, span.end)
        parent = _container(layout_quotes, bounds)
        if parent is not None:
            if parent.kind != "headline":
                _keep_nested(doc, kept, span, parent)
            continue
        if _touches(layout_quotes, bounds):
            continue
        reason = speech.non_speech_reason(text, span, paras)
        if reason == speech.SCARE_QUOTE and speech.continues_speech(text, span, previous):
            reason = None
        if reason is not None:
            doc.non_speech.append(NonSpeech(doc.doc_id, *bounds, span_text(text, span), reason))
            continue
        kept.append(Quote(doc.doc_id, *bounds, span_text(text, span), speech.kind_of(text, span, paras),
                          unclosed=span.unclosed))
        previous = span
    tops = sorted([*layout_quotes, *(q for q in kept if q.parent_id is None)], key=lambda q: q.start)
    for span in (s for s in spans if s.depth > 0):
        bounds = (span.start, span.end)
        parent = _container(tops, bounds)
        # A span over all of its parent but a mark's width (`"... not the owners',"`: an apostrophe
        # closing the words the double marks hold) is the parent again, not a quote inside it.
        if parent is not None and parent.kind != "headline" and \
                not (bounds[0] <= parent.start + 1 and bounds[1] >= parent.end - 1):
            _keep_nested(doc, kept, span, parent)
    return kept


def _keep_nested(doc: Document, kept: list[Quote], span: MarkedSpan, parent: Quote) -> None:
    """A span inside a quote is a quote of its own (someone the speaker quotes), unless the speaker marks a
    term or a title with it (`"The so-called 'plan' failed"`): that goes with the words not taken as speech."""
    reason = speech.term_reason(doc.text, span)
    if reason is not None:
        doc.non_speech.append(NonSpeech(doc.doc_id, span.start, span.end, span_text(doc.text, span), reason))
    else:
        kept.append(Quote(doc.doc_id, span.start, span.end, span_text(doc.text, span), "nested",
                          parent_id=parent.quote_id))


def _quoted_claim_end(text: str, start: int, end: int, spans: list[MarkedSpan]) -> int:
    """Where a headline's claim ends when it opens with a quote and goes on after it: the quote's end.

    `Port minister: 'We will not pay twice' for the bridge`, `Holm: "Talks go on" - INTERVIEW`: the
    marks bound the words spoken; a phrase that follows them in lower case (a preposition or a
    conjunction, lower case in a title-case line too) or after a dash is the editor's, telling what
    they were said about. A capitalised word after them (`Holm: 'Cuts' Have 'No Place' Here`) goes on
    with the claim's own clause, in which the quote is a phrase: the claim is the whole line.
    """
    if start == 0 or text[start - 1] not in QUOTE_MARKS:
        return end  # most claims open with no mark, and this costs least
    for span in spans:
        if span.start == start and span.depth == 0 and span.close_mark is not None and span.close_mark < end:
            rest = text[span.close_mark + 1:end].lstrip(" ,;")
            return span.end if rest[:1].islower() or rest[:1] in DASHES else end
    return end


def span_text(text: str, span: MarkedSpan) -> str:
    return text[span.start:span.end]


def detect(doc: Document) -> list[Quote]:
    """Find the quotes of `doc`, store them on it (sorted by offset) and return them."""
    text = doc.text
    paras = paragraphs(text)
    entities, _ = entities_of(doc)
    names = name_tokens(entities)
    quotes: list[Quote] = []
    for remark in find_remarks(text, paras, names):
        quotes.append(Quote(doc.doc_id, remark.start, remark.end, text[remark.start:remark.end], remark.kind,
                            intro=_mention(text, remark.intro), turn=remark.turn))
    spans = find_marked(text, paras)
    for headline in find_headlines(text, paras):
        span = (headline.start, _quoted_claim_end(text, headline.start, headline.end, spans))
        if not any(_overlaps(span, (q.start, q.end)) for q in quotes):
            quotes.append(Quote(doc.doc_id, *span, text[span[0]:span[1]], "headline",
                                intro=_mention(text, headline.intro)))
    doc.non_speech = []
    quotes += _marked_quotes(doc, paras, sorted(quotes, key=lambda q: q.start), spans)
    doc.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    return doc.quotes
