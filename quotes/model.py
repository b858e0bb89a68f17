"""Core objects: a `Document` carries its text and the `Quote`s found in it.

Like spaCy's `Doc` and `Span`, every annotation points into the document text by
character offsets, so that `doc.text[quote.start:quote.end] == quote.text` always
holds and nothing downstream has to re-find a string. Pipeline steps (detection,
attribution, occasion finding) each fill in one kind of field on these objects.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.nlp.annotation import Annotation

#: Quote kinds, in the order a reader meets them in news text.
KINDS = ("direct", "dash", "colon", "transcript", "headline", "partial", "nested")


@dataclass
class Occasion:
    """When, where and on what kind of event something was said."""

    date: str | None = None  # ISO date, yyyy-mm-dd
    place: str | None = None
    event: str | None = None
    # Who took part in the event: the speaker first, then the others named (canonical names).
    participants: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """Words in the text that name a speaker, with their offsets."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1 << 14)
def quote_id(doc_id: str, start: int, end: int) -> str:
    """The id of the quote at text[start:end] of document `doc_id`; asked for often, so kept."""
    key = f"{doc_id}\x00{start}\x00{end}".encode()
    return "q_" + hashlib.sha1(key).hexdigest()[:16]


@dataclass
class Quote:
    """One stretch of reported speech, with offsets into its document's text."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: str | None = None
    speaker_id: str | None = None
    mention: Mention | None = None
    cue: str | None = None
    method: str | None = None
    confidence: float = 0.0
    occasion: Occasion = field(default_factory=Occasion)
    unclosed: bool = False
    parent_id: str | None = None
    # Where the detector saw the words that introduce the quote (an `X said:`
    # paragraph, a transcript label, a headline's speaker): a hint for attribution.
    intro: Mention | None = None
    # False when the speaker is a description that names nobody ("a citizen", "one official"):
    # such speakers belong to their document and are never merged across documents.
    speaker_named: bool = True
    # Everyone who speaks when a plural description stands for several people ("the two
    # ministers said"): their names, and `speaker` joins them with "and". Empty for one speaker.
    speakers: list[str] = field(default_factory=list)
    speaker_ids: list[str] = field(default_factory=list)
    # Set when the speaker is the other party of an interview (questions and answers).
    turn: str | None = None
    # Forms of address in the quoted words, as written ("Dear Mr. President", "dear colleagues"),
    # and the people of the article they resolve to (see `quotes.addressees`).
    vocatives: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)

    @property
    def quote_id(self) -> str:
        """Stable id: the same document id and offsets always give the same id."""
        return quote_id(self.doc_id, self.start, self.end)

    @property
    def speaker_mention(self) -> str | None:
        return self.mention.text if self.mention else None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class NonSpeech:
    """Words in quotation marks that are not reported speech, and the reason they are not.

    Scare quotes, names and titles are kept apart rather than thrown away, so that
    what the detector set aside can be checked, and studied in its own right.
    """

    doc_id: str
    start: int
    end: int
    text: str
    reason: str  # see `quotes.detect.speech.REASONS`
    # Set aside after detection took it for a quote whose closing mark was missing.
    unclosed: bool = False


@dataclass
class Document:
    """An article: its text, its metadata and, once processed, its quotes."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    place: str | None = None
    url: str | None = None
    path: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    non_speech: list[NonSpeech] = field(default_factory=list)
    # Offsets of the metadata lines (date line, dateline, source line; not the title, which may hold
    # a headline quote):
    # they are not narration and never hold speech.
    metadata_spans: list[tuple[int, int]] = field(default_factory=list)
    # Sentences, tokens, entities and any parse, from the annotator (`quotes.nlp`); not exported.
    annotation: Annotation | None = field(default=None, repr=False, compare=False)

    def top_level_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.parent_id is None]
