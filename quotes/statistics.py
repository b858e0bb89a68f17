"""Per-speaker statistics: the speakers table, computed from the quotes table.

It reads only the quotes table, as `quotes.load` returns it, so a researcher can
recompute it for any subset (one year, one source) with `speaker_statistics`. Only
top-level quotes count (a nested quote is counted in its parent), and a quote of
several speakers ("the two ministers said") counts for each of them.

An *occasion* is what the occasion columns of a quote say: quotes with the same
date, place and event are one occasion, across articles; a quote without a date, or
with a date and neither place nor event, shares an occasion only with quotes of its
own article with the same columns, since two articles' undated meetings, or two
articles' quotes of one day, may be different occasions.
"""

from __future__ import annotations

import math
import pickle
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from quotes import lexicon
from quotes.distinctive import MIN_Z, TOP_WORDS, distinctive_words, words
from quotes.model import KINDS
from quotes.schema import SPEAKERS_SCHEMA
from quotes.speaker_store import SpeakerStore
from quotes.speakers import name_key
from quotes.trie import trie_pattern

#: Rows of the quotes table turned into Python objects at a time.
BATCH_ROWS = 10_000
#: How many of a speaker's cue verbs are kept, most frequent first.
TOP_CUES = 5
_DETERMINERS = frozenset({"the", "a", "an"})
#: How a speaker's aggregate is written to the store.
PICKLE = pickle.HIGHEST_PROTOCOL
#: The document before the first quote: no document id equals it.
_NO_DOCUMENT = object()


@dataclass(slots=True)
class _Said:
    """Everything about one speaker gathered from their quotes, before it becomes a row.

    Only aggregates are kept, none of them a list that grows with the speaker's quotes:
    quote lengths are counted by length (which gives the mean and the median exactly),
    and of the dates only the first and the last. Documents and an article's own occasions
    (undated, or known by the date alone) are held as ids only until their document ends,
    and then counted: no later quote can belong to them.
    """

    sid: str
    names: Counter = field(default_factory=Counter)
    named: Any = None
    lengths: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)  # of documents not yet ended
    ended_documents: int = 0
    occasions: set = field(default_factory=set)  # ids of shared occasions, and of own ones not yet ended
    ended_occasions: int = 0
    first_date: Any = None
    last_date: Any = None
    kinds: Counter = field(default_factory=Counter)
    cues: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    role_forms: dict = field(default_factory=dict)
    addressees: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)

    def dated(self, date: Any) -> None:
        """Widen the speaker's span of dates to include `date`."""
        if self.first_date is None or date < self.first_date:
            self.first_date = date
        if self.last_date is None or date > self.last_date:
            self.last_date = date

    def quoted(self) -> int:
        """How many quotes the speaker has: the first key of the table's order."""
        return sum(self.lengths.values())

    def end(self, occasions: set[int]) -> set[int]:
        """Count the documents held and those of `occasions` (which have ended) the speaker was quoted on,
        and forget their ids; returns the speaker's ended occasions."""
        ended = self.occasions & occasions
        self.occasions -= ended
        self.ended_occasions += len(ended)
        self.ended_documents += len(self.documents)
        self.documents.clear()
        return ended


def _value(value: Any) -> Any:
    """None for any of pandas' missing values, so that NaN never becomes a name or a key."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    return value


def _items(value: Any) -> list:
    """A list column's cell as a list: pandas gives an array, or a missing value for no list."""
    if value is None or isinstance(value, float):
        return []
    return list(value)


class _Row(NamedTuple):
    """The values of one quote's row that the speakers table is counted from (`COUNTED`)."""

    doc_id: Any
    text: str | None
    kind: str
    speakers: list[str] | None
    speaker_ids: list[str] | None
    speaker_named: bool | None
    speaker_mention: str | None
    cue: str | None
    date: Any
    place: str | None
    event: str | None
    participants: list[str] | None
    addressees: list[str] | None


#: The columns a tally reads from each top-level row, in `_Row`'s order.
COUNTED = _Row._fields
#: The columns of the quotes table the speakers table is computed from: the counted ones, and what
#: tells a top-level row.
COLUMNS = (*COUNTED, "parent_id")
#: How `_frame_columns` reads a DataFrame's cell of each counted column: lists as lists, missing values
#: (pandas' NaN and NaT too) as None; the id, kind and flag as they are.
_FROM_FRAME: dict[str, Callable[[Any], Any]] = {
    "doc_id": lambda value: value, "text": lambda value: value if isinstance(value, str) else None,
    "kind": lambda value: value, "speaker_named": lambda value: value,
    **dict.fromkeys(("speakers", "speaker_ids", "participants", "addressees"), _items),
}


def _frame_columns(rows: pd.DataFrame) -> list[list]:
    """The counted columns of rows of a DataFrame, each cell as a batch of Arrow would give it."""
    columns = []
    for name in COUNTED:
        values = rows[name].tolist() if name in rows else [None] * len(rows)
        read = _FROM_FRAME.get(name, _value)
        columns.append([read(value) for value in values])
    return columns


def _batch_columns(batch: pa.RecordBatch) -> list[list]:
    """The counted columns of a batch's rows as Python lists (a column the batch lacks is all None).
    Dictionary-encoded columns (kind, cue, event) are decoded first: Arrow turns plain strings into
    Python objects many times faster than dictionary entries."""
    columns = []
    for name in COUNTED:
        if name not in batch.schema.names:
            columns.append([None] * batch.num_rows)
            continue
        column = batch.column(name)
        columns.append((column.dictionary_decode() if pa.types.is_dictionary(column.type) else column).to_pylist())
    return columns


def _top_level(columns: Mapping[str, Sequence]) -> list[Sequence]:
    """The counted columns of the top-level rows of rows given as columns."""
    parents = columns["parent_id"]
    top = [i for i, parent in enumerate(parents) if parent is None]
    if len(top) == len(parents):
        return [columns[name] for name in COUNTED]
    return [[columns[name][i] for i in top] for name in COUNTED]


def _local(date: Any, place: str | None, event: str | None) -> bool:
    """Is an occasion its article's alone? So it is without a date, or known by its date alone: two
    articles' quotes of one day, with no place or event to tell, are no evidence of one occasion."""
    return date is None or place is None and event is None


def _occasion_of(date: Any, doc_id: Any, place: str | None, event: str | None) -> tuple:
    return (date, doc_id if _local(date, place, event) else None, place, event)


def _kind_order(pair: tuple[str, int]) -> tuple[int, str]:
    """A (kind, count) pair's place in `KINDS`, the order a reader meets kinds in; a kind not listed
    there goes last, in alphabetical order."""
    kind = pair[0]
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def occasion_key(row: Mapping[str, Any]) -> Hashable:
    """What makes two quotes one occasion (see the module docstring)."""
    return _occasion_of(_value(row.get("date")), row.get("doc_id"), _value(row.get("place")),
                        _value(row.get("event")))


@cache
def _person_noun_pattern() -> re.Pattern[str]:
    """Any noun for a person's office (`role_nouns.txt`), as a whole word, hyphens included."""
    nouns = [noun for noun, kind in lexicon.role_nouns().items() if kind == "person"]
    return re.compile(r"(?<![\w-])" + trie_pattern(nouns) + r"(?![\w-])")


@lru_cache(maxsize=65_536)
def role_of(mention: str | None, name: str) -> str | None:
    """The office a mention gives its speaker ("the Russian Defence Minister Ann Ek" -> "Russian Defence
    Minister"), or None when it gives none (a bare name, a pronoun, an organisation's description)."""
    if not mention:
        return None
    own = set(name_key(name))
    kept = [t for t in mention.split() if not (own and set(name_key(t)) and set(name_key(t)) <= own)]
    while kept and kept[0].lower() in _DETERMINERS:
        kept.pop(0)
    role = " ".join(kept).strip(" ,;:.")
    lowered = role.lower()
    if _person_noun_pattern().search(lowered):
        return role
    return None


class SpeakerTally:
    """The speakers table of a stream of quotes: `add` takes the quotes a batch at a time, `rows` gives the table.

    Speaker figures weigh each speaker against the whole corpus (distinctive words against
    everyone's words, co-speakers across articles), so no row is known before the last
    quote; but they need only aggregates, never the quotes. Batches must come in the
    table's row order (a speaker's display name and role spelling are the first of
    equally frequent ones).

    Memory holds what concerns the whole corpus: the word counts, the named speakers and
    the occasions articles share. What belongs to one document (its unnamed speakers, whose
    ids depend on it alone, and its own occasions) goes to a `SpeakerStore` on disk when
    the document ends, so memory does not grow with the number of documents. That needs
    each document's quotes to be consecutive, as in the quotes table (`grouped`, checked);
    with `grouped=False` everything is kept until the end, for rows in any order.
    """

    def __init__(self, grouped: bool = True) -> None:
        self.grouped = grouped
        self.said: dict[str, _Said] = {}  # named speakers, and the unnamed ones of documents not yet ended
        self.corpus: Counter = Counter()  # the words of every top-level quote, each quote once
        self.participants: dict[int, set[str]] = {}  # names of each occasion's participants, for occasions held
        self.store = SpeakerStore()
        # Occasion ids by key: those articles share for the whole count, an article's own until its
        # document ends. Equal values are kept as one object: the current document's id, and words, names
        # and places (`sys.intern`).
        self._shared: dict[Hashable, int] = {}
        self._own: dict[Hashable, int] = {}
        self._occasions_met = 0  # the next occasion's id
        self._quoted_here: set[str] = set()  # speakers quoted in the current document
        self._doc_id: Any = _NO_DOCUMENT
        self._finished = False

    def add(self, quotes: pd.DataFrame | pa.Table | pa.RecordBatch,
            columns: Mapping[str, Sequence] | None = None) -> None:
        """Count in rows of the quotes table (columns beyond `COLUMNS` are ignored), `BATCH_ROWS` at a
        time, so that only that many rows at once become Python objects. Nested quotes are skipped:
        each is counted in its parent.

        `columns`, when the caller has them, are the same rows as Python lists by column name, with
        the values Arrow gives back (a writer's, before it made the batch): they are counted instead,
        and the batch is not turned back into Python objects.
        """
        self._check_counting()
        if columns is not None:
            self._count(_top_level(columns))
            return
        if isinstance(quotes, pd.DataFrame):
            for start in range(0, len(quotes), BATCH_ROWS):
                rows = quotes.iloc[start:start + BATCH_ROWS]
                self._count(_frame_columns(rows[rows["parent_id"].isna()]))
            return
        for batch in quotes.to_batches(BATCH_ROWS) if isinstance(quotes, pa.Table) else [quotes]:
            self._count(_batch_columns(batch.filter(pc.is_null(batch["parent_id"]))))

    def _count(self, columns: Sequence[Sequence]) -> None:
        """Count in top-level rows given as their counted columns (`COUNTED`)."""
        for row in map(_Row._make, zip(*columns, strict=True)):
            self._add_row(row)

    def _check_counting(self) -> None:
        """A tally counts once: after its rows are made it takes no more quotes and gives no more rows."""
        if self._finished:
            raise ValueError("the speakers table was made already; a tally counts once")

    def _begin_document(self, doc_id: Any) -> None:
        if self.grouped:
            if self._doc_id is not _NO_DOCUMENT:
                self._end_documents(self._quoted_here)
            if not self.store.begin_document(doc_id):
                raise ValueError(f"the quotes of document {doc_id!r} are not consecutive; "
                                 "count them with SpeakerTally(grouped=False)")
        self._doc_id = doc_id

    def _occasion(self, row: _Row) -> int:
        """The id of the row's occasion, a new one for a key not met before."""
        key = _occasion_of(row.date, row.doc_id, row.place, row.event)
        known = self._own if _local(row.date, row.place, row.event) else self._shared
        found = known.get(key)
        if found is None:
            key = tuple(sys.intern(part) if isinstance(part, str) else part for part in key)
            found = known[key] = self._occasions_met
            self._occasions_met += 1
        return found

    def _speaker(self, sid: str) -> _Said:
        """The speaker's aggregate: in memory, back from the store, or new."""
        person = self.said.get(sid)
        if person is None:
            stored = self.store.take_speaker(sid)
            person = self.said[sid] = pickle.loads(stored) if stored is not None else _Said(sid)
        return person

    def _add_row(self, row: _Row) -> None:
        text = row.text or ""
        tokens = list(map(sys.intern, words(text)))
        self.corpus.update(tokens)
        if row.doc_id != self._doc_id:
            self._begin_document(row.doc_id)
        occasion = self._occasion(row)
        if row.participants:
            self.participants.setdefault(occasion, set()).update(map(sys.intern, row.participants))
        if row.speakers:
            self._credit(row, len(text.split()), tokens, occasion)

    def _credit(self, row: _Row, length: int, tokens: list[str], occasion: int) -> None:
        """Count a quote in for each of its speakers."""
        ids = row.speaker_ids or []
        kind = str(row.kind)
        cue = str(row.cue).lower() if row.cue is not None else None
        for name, sid in zip(row.speakers or [], ids, strict=False):
            person = self._speaker(sid)
            self._quoted_here.add(sid)
            person.names[sys.intern(name)] += 1
            if person.named is None:
                person.named = row.speaker_named
            person.lengths[length] += 1
            person.documents.add(self._doc_id)
            person.occasions.add(occasion)
            if row.date is not None:
                person.dated(row.date)
            person.kinds[kind] += 1
            if cue is not None:
                person.cues[cue] += 1
            if len(ids) == 1 and (role := role_of(row.speaker_mention, name)):
                person.roles[role.lower()] += 1
                person.role_forms.setdefault(role.lower(), role)
            if row.addressees:
                person.addressees.update(a for a in row.addressees if a != name)
            person.words.update(tokens)

    def _end_documents(self, quoted: Iterable[str]) -> None:
        """The documents held have ended, and `quoted` are the speakers quoted in them: their own
        occasions, with who was there, and their unnamed speakers go to the store."""
        ended = set(self._own.values())
        presence = []
        for sid in list(quoted):
            person = self.said[sid]
            presence.append((sid, person.end(ended)))
            if person.named is False:  # an unnamed speaker: no later document can quote it
                presence.append((sid, person.occasions))
                self.store.put_speaker(sid, person.quoted(), _display(person), pickle.dumps(person, PICKLE))
                del self.said[sid]
        self.store.add_presence(presence)
        for occasion in ended:
            if (names := self.participants.pop(occasion, None)) is not None:
                self.store.add_participants(occasion, names)
        self._own.clear()
        self._quoted_here.clear()

    def _finish(self) -> None:
        """End the last documents, and put the speakers and occasions memory holds into the store with
        the participants resolved (see `_owners`), so that the store can give the rows in order."""
        self._end_documents(self._quoted_here if self.grouped else list(self.said))
        self.store.add_presence((sid, person.occasions) for sid, person in self.said.items())
        for sid, person in self.said.items():
            self.store.put_speaker(sid, person.quoted(), _display(person), None)
        for occasion, names in self.participants.items():
            self.store.add_participants(occasion, names)
        self.participants.clear()
        self.store.resolve_participants(self._owners())
        self._finished = True

    def _owners(self) -> dict[str, str]:
        """The speaker each participant's name belongs to, for names of one speaker only: a name two
        speakers share is left out rather than guessed. Only named speakers own names ("a resident"
        of one document is not the one of another), and all of them are in memory."""
        owners: dict[str, set[str]] = defaultdict(set)
        for sid, person in self.said.items():
            if person.named is not False:
                for name in person.names:
                    owners[name].add(sid)
        return {name: next(iter(sids)) for name, sids in owners.items() if len(sids) == 1}

    def rows(self, listed: Mapping[str, Any] | None = None, min_z: float = MIN_Z,
             top_words: int = TOP_WORDS) -> Iterator[dict]:
        """The rows of the speakers table, most quoted first, as plain Python values, made one at a
        time (a writer can write them in row groups without holding the whole table). Everyone
        present on an occasion (quoted, or named as a participant) met the others there.
        The rows can be read once; the store is closed after the last."""
        self._check_counting()
        self._finish()
        corpus = _Corpus(self.corpus, sum(self.corpus.values()))
        try:
            for sid, stored in self.store.ordered():
                person = self.said[sid] if stored is None else pickle.loads(stored)
                yield _row(sid, person, corpus, self.store.met(sid), (listed or {}).get(sid), min_z, top_words)
        finally:
            self.store.close()

    def close(self) -> None:
        """Delete the store (a tally whose rows were not all read)."""
        self.store.close()


def _display(person: _Said) -> str:
    """The name a speaker is most often given; the earliest wins a tie, so the choice is stable."""
    return max(person.names, key=lambda name: person.names[name])


def _pairs(counts: Counter, label: str, top: int | None = None) -> list[dict]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{label: k, "count": c} for k, c in ranked[:top]]


class _Corpus(NamedTuple):
    """Every top-level quote's words, counted, and how many there are (summed once for all speakers)."""

    words: Counter
    total: int


def _row(sid: str, person: _Said, corpus: _Corpus, met: list[tuple[str, str, int]], entry: Any, min_z: float,
         top_words: int) -> dict:
    listed_role = getattr(entry, "role", None)
    roles = [person.role_forms[r] for r, _ in sorted(person.roles.items(), key=lambda kv: (-kv[1], kv[0]))]
    roles = ([listed_role] if listed_role else []) + [r for r in roles if not listed_role
                                                      or r.lower() != listed_role.lower()]
    quotes = sum(person.lengths.values())
    spoken = sum(length * count for length, count in person.lengths.items())
    return {
        "speaker_id": sid,
        "speaker": _display(person),
        "named": person.named,
        "quotes": quotes,
        "words": spoken,
        "documents": person.ended_documents + len(person.documents),
        "occasions": person.ended_occasions + len(person.occasions),
        "first_date": person.first_date,
        "last_date": person.last_date,
        "mean_words": spoken / quotes,
        "median_words": float(statistics.median(person.lengths.elements())),
        "kinds": [{"kind": k, "count": c} for k, c in sorted(person.kinds.items(), key=_kind_order)],
        "cues": _pairs(person.cues, "cue", TOP_CUES),
        "roles": roles,
        "addressees": _pairs(person.addressees, "addressee"),
        "co_speakers": [{"speaker_id": other, "speaker": shown, "occasions": n}
                        for other, shown, n in sorted(met, key=lambda met: (-met[2], met[1], met[0]))],
        "distinctive_words": [{"word": d.word, "count": d.count, "z": d.z}
                              for d in distinctive_words(person.words, corpus.words, min_z, top_words,
                                                         corpus.total)],
        "role": listed_role,
        "wikidata_id": getattr(entry, "wikidata_id", None),
    }


def speaker_rows(quotes: pd.DataFrame | pa.Table, listed: Mapping[str, Any] | None = None,
                 min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> list[dict]:
    """The rows of the speakers table of a quotes table, most quoted first, as plain Python values."""
    tally = SpeakerTally(grouped=_grouped(quotes["doc_id"]))
    try:
        tally.add(quotes)
        return list(tally.rows(listed, min_z, top_words))
    finally:
        tally.close()


def _grouped(doc_ids: pd.Series | pa.ChunkedArray) -> bool:
    """Whether each document's rows are consecutive, as in the quotes table (any subset of its rows
    keeps them so); a table sorted otherwise is counted with every document held to the end."""
    ids = doc_ids.to_pandas() if isinstance(doc_ids, pa.ChunkedArray) else doc_ids.reset_index(drop=True)
    if ids.isna().any():
        return False
    return int((ids != ids.shift()).sum()) == ids.nunique()


def speaker_statistics(quotes: pd.DataFrame, listed: Mapping[str, Any] | None = None,
                       min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> pd.DataFrame:
    """The speakers table of a quotes table, with the types `speakers.parquet` has.

    `quotes` is `quotes.load(OUT).quotes` or any subset of its rows; `listed` maps
    speaker ids to entries of a speaker list (their `role` and `wikidata_id`).
    """
    rows = speaker_rows(quotes, listed, min_z, top_words)
    return pa.Table.from_pylist(rows, schema=SPEAKERS_SCHEMA).to_pandas()
