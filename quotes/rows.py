"""A processed document as the rows it gives the corpus tables, held column by column.

This is the form in which the per-document stage hands its results on, the cache
keeps them and the writer writes them: plain values (strings, numbers, dates,
tuples for list cells) in the tables' column order, with nothing left to compute
but the speakers unified over the corpus. Pickled `Document` objects cost several times as much to
store and to read back (every quote, mention and occasion is an object to rebuild)
and would still have to be turned into rows; columns go into Arrow as they are,
and a document's columns are joined to the row group's a list at a time.

The quotes' speaker columns hold what the article says (its speaker's name as
written, the members of a group, the participants and addressees as named), not
yet the corpus-wide names and ids: `table_quotes` gives the table's columns, with
the unified speakers when given them (`quotes.unify.Unification.table_quotes`).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyarrow as pa

from quotes.metadata import as_date
from quotes.model import Document
from quotes.schema import DOCUMENTS_SCHEMA, NON_SPEECH_SCHEMA, QUOTES_SCHEMA

#: A table's rows as its columns, in the schema's order.
Columns = tuple[Sequence, ...]
QUOTE_NAMES = tuple(QUOTES_SCHEMA.names)
#: The speaker columns of the quotes table, by their place in it; `table_quotes` fills them in.
SPEAKER, SPEAKER_ID, SPEAKERS, SPEAKER_IDS, NAMED = (QUOTE_NAMES.index(name) for name in (
    "speaker", "speaker_id", "speakers", "speaker_ids", "speaker_named"))
PARTICIPANTS, ADDRESSEES = QUOTE_NAMES.index("participants"), QUOTE_NAMES.index("addressees")
#: The documents table's count of top-level quotes, by its place in a document's row.
TOP_LEVEL_QUOTES = DOCUMENTS_SCHEMA.names.index("quotes")
#: Compression of the pickled columns: LZ4 (in Arrow), several times as fast as zlib both ways. Its
#: output is larger than Zstandard's, but a build spends less writing it to the cache than compressing
#: it further would cost.
_CODEC = pa.Codec("lz4")
_SIZE_BYTES = 8


@dataclass(frozen=True)
class DocumentRows:
    """One document's rows: its row of the documents table, and its quotes' and non-speech items'
    rows as columns (in the tables' column order, quotes and items by their offsets)."""

    document: tuple
    quotes: Columns
    non_speech: Columns

    @property
    def doc_id(self) -> str:
        return self.document[0]

    @property
    def top_level_quotes(self) -> int:
        return self.document[TOP_LEVEL_QUOTES]

    def to_bytes(self) -> bytes:
        """The rows as compressed bytes, for the cache and for sending between processes."""
        data = pickle.dumps((self.document, self.quotes, self.non_speech), protocol=pickle.HIGHEST_PROTOCOL)
        return len(data).to_bytes(_SIZE_BYTES, "little") + _CODEC.compress(data, asbytes=True)

    @classmethod
    def from_bytes(cls, blob: bytes) -> DocumentRows:
        size = int.from_bytes(blob[:_SIZE_BYTES], "little")
        document, quotes, non_speech = pickle.loads(_CODEC.decompress(blob[_SIZE_BYTES:], size, asbytes=True))
        return cls(document, quotes, non_speech)


def _columns(rows: list[tuple], width: int) -> Columns:
    """Rows turned into columns (`width` empty ones for no rows)."""
    return tuple(zip(*rows, strict=True)) if rows else ((),) * width


def document_rows(doc: Document) -> DocumentRows:
    """The rows of a processed document, its quotes' speakers as the article gives them."""
    quotes = sorted(doc.quotes, key=lambda q: (q.start, q.end))
    doc_date = as_date(doc.date)
    quote_rows = [(
        quote.quote_id, quote.doc_id, quote.start, quote.end, quote.text, quote.kind,
        quote.speaker, quote.speaker_id, tuple(quote.speakers), tuple(quote.speaker_ids), bool(quote.speaker_named),
        quote.speaker_mention, quote.cue, quote.method, float(quote.confidence),
        # date and place fall back to the document's own
        as_date(quote.occasion.date) or doc_date, quote.occasion.place or doc.place, quote.occasion.event,
        tuple(quote.occasion.participants), tuple(quote.addressees), tuple(quote.vocatives),
        quote.unclosed, quote.parent_id,
    ) for quote in quotes]
    items = sorted(doc.non_speech, key=lambda n: (n.start, n.end))
    item_rows = [(item.doc_id, item.start, item.end, item.text, item.reason) for item in items]
    document = (doc.doc_id, doc.title, doc_date, doc.source, doc.place, doc.url, doc.path, doc.encoding,
                len(doc.text), len(doc.top_level_quotes()), tuple(doc.warnings),
                doc.text)
    return DocumentRows(document, _columns(quote_rows, len(QUOTES_SCHEMA)),
                        _columns(item_rows, len(NON_SPEECH_SCHEMA)))


#: What unifying does to a named speaker: (speaker, speakers) as the article gives them to the
#: corpus-wide (speaker, speaker_id, speakers, speaker_ids).
NamedSpeakers = Callable[[str, tuple[str, ...]], tuple[str | None, str | None, list[str], list[str]]]


def table_quotes(quotes: Columns, named: NamedSpeakers | None = None, people: Callable[[str], str] | None = None,
                 unnamed_ids: Callable[[list[str]], list[str | None]] | None = None) -> Columns:
    """The quotes table's columns of a document's quotes: each quote's speakers given by `named` (a named
    speaker), `unnamed_ids` (the ids of the document's unnamed ones, in order) and `people` (a participant's
    or addressee's name); without them, the speakers are the article's own, as after `canonicalise`.

    List cells are tuples: Arrow reads them as lists, and the garbage collector stops tracking a tuple of
    strings, where it would keep scanning a list while the rows wait to become Arrow."""
    columns = [list(column) for column in quotes]
    if named is not None:
        _name_speakers(columns, named)
    if unnamed_ids is not None:
        _number_unnamed(columns, unnamed_ids)
    speaker, speaker_id = columns[SPEAKER], columns[SPEAKER_ID]
    columns[SPEAKERS] = [tuple(group) or ((name,) if name else ())
                         for group, name in zip(columns[SPEAKERS], speaker, strict=True)]
    columns[SPEAKER_IDS] = [tuple(ids) or ((sid,) if sid else ())
                            for ids, sid in zip(columns[SPEAKER_IDS], speaker_id, strict=True)]
    columns[NAMED] = [is_named if name else None for is_named, name in zip(columns[NAMED], speaker, strict=True)]
    if people is not None:
        columns[PARTICIPANTS] = [_named_once(names, people) for names in columns[PARTICIPANTS]]
        columns[ADDRESSEES] = [_named_once(names, people) for names in columns[ADDRESSEES]]
    return tuple(columns)


def _name_speakers(columns: list[list], named: NamedSpeakers) -> None:
    """Give the quotes of named speakers their corpus-wide speakers, in place."""
    speaker, speaker_id, speakers, speaker_ids = (columns[i] for i in (SPEAKER, SPEAKER_ID, SPEAKERS, SPEAKER_IDS))
    for i, (name, is_named) in enumerate(zip(speaker, columns[NAMED], strict=True)):
        if name and is_named:
            speaker[i], speaker_id[i], speakers[i], speaker_ids[i] = named(name, tuple(speakers[i]))


def _number_unnamed(columns: list[list], unnamed_ids: Callable[[list[str]], list[str | None]]) -> None:
    """Give the quotes of unnamed speakers their ids, in place."""
    speaker, speaker_id = columns[SPEAKER], columns[SPEAKER_ID]
    unnamed = [i for i, (name, is_named) in enumerate(zip(speaker, columns[NAMED], strict=True))
               if name and not is_named]
    if unnamed:
        for i, sid in zip(unnamed, unnamed_ids([speaker[i] for i in unnamed]), strict=True):
            speaker_id[i] = sid


def _named_once(names: Sequence[str], people: Callable[[str], str]) -> tuple[str, ...]:
    """The people's unified names, each once, in the order first named."""
    return tuple(dict.fromkeys(map(people, names))) if names else ()
