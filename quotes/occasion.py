"""Occasion: when, where and on what kind of event each quote was said.

The article's own date and place (header, date line, dateline) are the default;
a place named at the start of the narration ("In Baku, ...", "in the Kremlin")
and the event named in the quote's paragraph or the article's opening ("during a
meeting with", "in a phone conversation") refine it.
"""

from __future__ import annotations

import re
from functools import cache

from quotes import lexicon
from quotes.model import Document, Occasion
from quotes.text import paragraph_at, paragraphs

_IN_PLACE = re.compile(r"(?:^|[.,]\s+)In\s+(the\s+Kremlin|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),", re.MULTILINE)


#: How far around a quote (characters) the narration naming its event is read.
FRAME_REACH = 600


@cache
def _events() -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """One pattern for all event keywords, and each keyword's rank (earlier in the list wins) and event."""
    keywords = lexicon.event_keywords()
    rank = {keyword: (i, event) for i, (keyword, event) in reversed(list(enumerate(keywords)))}
    alternatives = "|".join(re.escape(k) for k in sorted(rank, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b"), rank


def _event_in(text: str) -> str | None:
    pattern, rank = _events()
    found = [rank[m.group()] for m in pattern.finditer(text.lower()) if m.group() in rank]
    return min(found)[1] if found else None


def _article_place(doc: Document) -> str | None:
    if doc.place:
        return doc.place
    match = _IN_PLACE.search(doc.text[:2000])
    return match.group(1).replace("the ", "") if match else None


def find_occasions(doc: Document) -> Document:
    """Set the occasion (date, place, event) of each quote of `doc`."""
    paras = paragraphs(doc.text)
    place = _article_place(doc)
    opening = " ".join(doc.text[p.start:p.end] for p in paras[:3])
    article_event = _event_in(opening)
    for quote in doc.quotes:
        first, last = paragraph_at(paras, quote.start), paragraph_at(paras, quote.end - 1)
        # The event named in the narration around the quote (or in the words that introduce
        # it), not inside the quote.
        frame = " ".join([
            quote.intro.text if quote.intro else "",
            doc.text[max(first.start, quote.start - FRAME_REACH):quote.start],
            doc.text[quote.end:min(last.end, quote.end + FRAME_REACH)],
        ])
        quote.occasion = Occasion(date=doc.date, place=place, event=_event_in(frame) or article_event)
    return doc
