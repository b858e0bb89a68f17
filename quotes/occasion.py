"""Occasion: when, where and on what kind of event each quote was said.

The article's own date and place (header, date line, dateline) are the default;
a place named at the start of the narration ("In Baku, ...", "in the Kremlin")
and the event named in the quote's paragraph or the article's opening ("during a
meeting with", "in a phone conversation") refine it.
"""

from __future__ import annotations

import re

from quotes import lexicon
from quotes.model import Document, Occasion
from quotes.text import paragraph_at, paragraphs

_IN_PLACE = re.compile(r"(?:^|[.,]\s+)In\s+(the\s+Kremlin|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),", re.MULTILINE)


def _event_in(text: str) -> str | None:
    lowered = text.lower()
    for keyword, event in lexicon.event_keywords():
        if re.search(r"\b" + re.escape(keyword) + r"\b", lowered):
            return event
    return None


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
        para = paragraph_at(paras, quote.start)
        frame = doc.text[para.start:para.end]
        # The event named in the narration around the quote, not inside the quote.
        frame = frame.replace(quote.text, " ")
        quote.occasion = Occasion(date=doc.date, place=place, event=_event_in(frame) or article_event)
    return doc
