"""Corpus-wide speaker unification from speaker names alone, so a build never holds every text.

`quotes.speakers.canonicalise` decides each quote's display name and id from the
quote's own speaker fields and from corpus-wide counts of speaker names; it never
looks at a text. So a streamed build collects, per document, only the names
(`speaker_mentions`), counts them (`SpeakerNames`), runs `canonicalise` once over
stand-in quotes that carry those names with their counts, and then applies the
outcome to each document's quote rows as they are written (`Unification.table_quotes`).
The result is the same as running `canonicalise` over all documents at once; a test
checks it.

What this relies on, and what any change to `canonicalise` must keep:

- a named speaker's display name, id and group members depend on the pair
  (speaker, speakers) and on the corpus-wide name counts;
- participants and addressees are mapped name by name, then repeated names dropped;
- an unnamed speaker ("a citizen") keeps its name, and its id depends on its document only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from quotes.model import Document, Occasion, Quote
from quotes.rows import Columns, table_quotes
from quotes.speakers import Listing, canonicalise

#: A named speaker as `canonicalise` sees it: the name, and the members when it is a group.
Signature = tuple[str, tuple[str, ...]]


@dataclass
class SpeakerMentions:
    """What the corpus-level stage needs from one document: its speakers' and people's names."""

    speakers: list[Signature] = field(default_factory=list)
    people: list[str] = field(default_factory=list)


def speaker_mentions(doc: Document) -> SpeakerMentions:
    """The named speakers of a document's quotes (once per quote) and everyone named as a participant or addressee."""
    speakers = [(q.speaker, tuple(q.speakers)) for q in doc.quotes if q.speaker and q.speaker_named]
    people = {name: None for q in doc.quotes for name in (*q.occasion.participants, *q.addressees)}
    return SpeakerMentions(speakers, list(people))


class SpeakerNames:
    """Counts of speaker names over a corpus, gathered document by document."""

    def __init__(self) -> None:
        self.speakers: Counter[Signature] = Counter()
        self.people: set[str] = set()

    def add(self, mentions: SpeakerMentions) -> None:
        self.speakers.update(mentions.speakers)
        self.people.update(mentions.people)

    def unify(self, speaker_list: Listing | None = None) -> Unification:
        """Run `canonicalise` once over stand-ins for every name, each speaker as often as it was quoted.

        A speaker quoted n times is n references to one stand-in quote: the counts are
        right and memory grows with the number of names, not of quotes.
        """
        stand_ins = {sig: Quote("", 0, 0, "", speaker=sig[0], speakers=list(sig[1])) for sig in sorted(self.speakers)}
        people = {name: Quote("", 0, 0, "", occasion=Occasion(participants=[name])) for name in sorted(self.people)}
        quoted = [stand_ins[sig] for sig in sorted(self.speakers) for _ in range(self.speakers[sig])]
        canonicalise([Document("", "", quotes=quoted + list(people.values()))], speaker_list)
        return Unification(
            {sig: (q.speaker, q.speaker_id, list(q.speakers), list(q.speaker_ids)) for sig, q in stand_ins.items()},
            {name: q.occasion.participants[0] for name, q in people.items()},
        )


@dataclass
class Unification:
    """The outcome of unifying a corpus' speakers, to apply to one document at a time."""

    speakers: dict[Signature, tuple[str | None, str | None, list[str], list[str]]]
    people: dict[str, str]

    def table_quotes(self, doc_id: str, quotes: Columns) -> Columns:
        """The quotes table's columns of one document's quotes (`quotes.rows`), with their corpus-wide
        speakers, exactly as `canonicalise` would give them."""
        return table_quotes(quotes, self._named, self.people.__getitem__, partial(_unnamed_ids, doc_id))

    def _named(self, speaker: str, group: tuple[str, ...]) -> tuple[str | None, str | None, list[str], list[str]]:
        return self.speakers[(speaker, group)]


def _unnamed_ids(doc_id: str, speakers: list[str]) -> list[str | None]:
    """The ids of a document's unnamed speakers ("a resident"), which depend on their document alone."""
    stand_ins = [Quote(doc_id, 0, 0, "", speaker=speaker, speaker_named=False) for speaker in speakers]
    canonicalise([Document(doc_id, "", quotes=stand_ins)])
    return [stand_in.speaker_id for stand_in in stand_ins]
