"""An article of a built corpus with its quotes, laid out as plain and highlighted stretches.

The terminal view (`quotes.show`) and the HTML report (`quotes.html_report`) both
show articles with their quotes marked; this module gives them the same reading of
the corpus: the document's text from documents.parquet, its quotes from
quotes.parquet, and the quotes nested by their offsets (a nested quote inside the
quote that cites it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import process

from quotes.export import Corpus
from quotes.report import ReportError
from quotes.tables import records

NO_TEXT = ("the corpus has no article text (it was built before documents.parquet had a text column); "
           "rebuild it with 'quotes build'")


@dataclass
class Highlight:
    """A quote's stretch of text; `parts` are the plain text and the quotes nested inside it."""

    quote: dict
    parts: list[str | Highlight] = field(default_factory=list)


@dataclass
class Article:
    """One document: its metadata, its text and its quotes (records, ordered by offset)."""

    doc_id: str
    title: str | None
    date: str | None
    source: str | None
    place: str | None
    url: str | None
    text: str
    quotes: list[dict]

    def parts(self) -> list[str | Highlight]:
        """The text as plain stretches and highlighted quotes, in reading order."""
        return nest(self.text, self.quotes)


def resolve_doc_id(documents: pd.DataFrame, doc_id: str) -> str:
    """The document id meant by `doc_id`: itself, or the one id it begins (`000` for `000_577a...`)."""
    ids = documents.doc_id.dropna().astype(str).tolist()
    if doc_id in ids:
        return doc_id
    starting = [i for i in ids if i.startswith(doc_id)] if doc_id else []
    if len(starting) == 1:
        return starting[0]
    if len(starting) > 1:
        raise ReportError(f"document id {doc_id!r} is ambiguous: {', '.join(starting[:5])}"
                          + (", ..." if len(starting) > 5 else ""))
    close = [match[0] for match in process.extract(doc_id, ids, limit=3)]
    raise ReportError(f"no document {doc_id!r} in the corpus; closest: {', '.join(close) or 'none'}")


def _article(document: dict, quotes: pd.DataFrame) -> Article:
    text = document.get("text") or ""
    mine = quotes[quotes.doc_id == document["doc_id"]].sort_values(["start", "end"], ascending=[True, False])
    return Article(doc_id=document["doc_id"], title=document.get("title"), date=document.get("date"),
                   source=document.get("source"), place=document.get("place"), url=document.get("url"),
                   text=text, quotes=records(mine))


def _check_text(corpus: Corpus) -> None:
    if "text" not in corpus.documents.columns:
        raise ReportError(NO_TEXT)


def article(corpus: Corpus, doc_id: str) -> Article:
    """The document `doc_id` (or the one whose id it begins) with its quotes."""
    _check_text(corpus)
    wanted = resolve_doc_id(corpus.documents, doc_id)
    row = corpus.documents[corpus.documents.doc_id == wanted].head(1)
    return _article(records(row)[0], corpus.quotes)


def articles(corpus: Corpus) -> list[Article]:
    """Every document with its quotes, in the documents table's order."""
    _check_text(corpus)
    by_doc = dict(tuple(corpus.quotes.groupby("doc_id", sort=False)))
    empty = corpus.quotes.head(0)
    return [_article(doc, by_doc.get(doc["doc_id"], empty)) for doc in records(corpus.documents)]


def _fits(text: str, quote: dict) -> bool:
    """A quote whose offsets point at its own words; anything else cannot be highlighted safely."""
    start, end = quote.get("start"), quote.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return False
    return quote.get("text") is None or text[start:end] == quote["text"]


def nest(text: str, quotes: Sequence[dict], start: int = 0, end: int | None = None) -> list[str | Highlight]:
    """`text[start:end]` as plain stretches and quotes, each quote holding the quotes inside it.

    Quotes are taken in order of offset, longest first at the same start; one that
    crosses the end of another (which the detector does not produce) is left plain.
    """
    end = len(text) if end is None else end
    ordered = sorted((q for q in quotes if _fits(text, q) and start <= q["start"] and q["end"] <= end),
                     key=lambda q: (q["start"], -q["end"]))
    parts: list[str | Highlight] = []
    position, index = start, 0
    while index < len(ordered):
        quote = ordered[index]
        index += 1
        if quote["start"] < position:
            continue  # inside or across a quote already laid out
        inner = []
        while index < len(ordered) and ordered[index]["start"] < quote["end"]:
            inner.append(ordered[index])
            index += 1
        if quote["start"] > position:
            parts.append(text[position:quote["start"]])
        parts.append(Highlight(quote, nest(text, inner, quote["start"], quote["end"])))
        position = quote["end"]
    if position < end:
        parts.append(text[position:end])
    return parts


def colour_key(quote: dict) -> str | None:
    """The speaker whose colour a quote takes: its speaker, or a group's first member."""
    if quote.get("speaker_id"):
        return quote["speaker_id"]
    members = quote.get("speaker_ids") or []
    return members[0] if members else None


def occasion(quote: dict) -> str:
    """When, where and on what occasion, as one line ("2020-11-21 · Baku · visit")."""
    return " · ".join(str(quote[key]) for key in ("date", "place", "event") if quote.get(key))


def attribution(quote: dict, sep: str = " · ") -> str:
    """How the quote was attributed: cue, rule and confidence, joined by `sep`."""
    if not quote.get("speaker") and not quote.get("method"):
        return "no rule found a speaker"
    return sep.join([f"cue: {quote.get('cue') or 'none'} · rule: {quote.get('method') or 'none'}",
                     f"confidence {float(quote.get('confidence') or 0):.2f}"])


def speaker_name(quote: dict) -> str:
    """Who said it, as the reader should see it; quotes no rule attributed say so."""
    return quote.get("speaker") or "unattributed"
