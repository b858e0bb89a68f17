"""Per-speaker statistics: the speakers table, computed from the quotes table.

It reads only the quotes table, as `quotes.load` returns it, so a researcher can
recompute it for any subset (one year, one source) with `speaker_statistics`. Only
top-level quotes count (a nested quote is counted in its parent), and a quote of
several speakers ("the two ministers said") counts for each of them.

An *occasion* is what the occasion columns of a quote say: quotes with the same
date, place and event are one occasion, across articles; a quote without a date
shares an occasion only with quotes of its own article with the same place and
event, since two articles' undated meetings may be different ones.
"""

from __future__ import annotations

import math
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from quotes import lexicon
from quotes.distinctive import MIN_Z, TOP_WORDS, distinctive_words, words
from quotes.schema import SPEAKERS_SCHEMA
from quotes.speakers import name_key
from quotes.trie import trie_pattern

#: The columns of the quotes table the speakers table is computed from.
COLUMNS = ("doc_id", "text", "kind", "speakers", "speaker_ids", "speaker_named", "speaker_mention", "cue",
           "date", "place", "event", "participants", "addressees", "parent_id")
#: Rows of the quotes table turned into Python objects at a time.
BATCH_ROWS = 10_000
#: How many of a speaker's cue verbs are kept, most frequent first.
TOP_CUES = 5
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(slots=True)
class _Said:
    """Everything about one speaker gathered from their quotes, before it becomes a row.

    Only aggregates are kept, none of them a list that grows with the speaker's quotes:
    quote lengths are counted by length (which gives the mean and the median exactly),
    and of the dates only the first and the last.
    """

    sid: str
    names: Counter = field(default_factory=Counter)
    named: Any = None
    lengths: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    occasions: set = field(default_factory=set)
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


def _plain(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with its dictionary-encoded columns (kind, cue, event) decoded: Arrow turns plain
    strings into Python objects many times faster than dictionary entries."""
    columns = [column.dictionary_decode() if pa.types.is_dictionary(column.type) else column
               for column in batch.columns]
    return pa.RecordBatch.from_arrays(columns, names=batch.schema.names)


def occasion_key(row: Mapping[str, Any]) -> Hashable:
    """What makes two quotes one occasion (see the module docstring)."""
    date = _value(row.get("date"))
    return (date, None if date is not None else row.get("doc_id"), _value(row.get("place")),
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
    quote; but they need only aggregates, so memory holds per speaker and per occasion
    counts and sets, never the quotes. Batches must come in the table's row order (a
    speaker's display name and role spelling are the first of equally frequent ones).
    """

    def __init__(self) -> None:
        self.said: dict[str, _Said] = {}
        self.corpus: Counter = Counter()  # the words of every top-level quote, each quote once
        self.spoke_on: dict[Hashable, set[str]] = defaultdict(set)  # speaker ids quoted on each occasion
        self.named_on: dict[Hashable, tuple[str, ...]] = {}  # participants' names on each occasion, each once
        # Equal values are kept as one object: each occasion's key, the document id of the last
        # quote (a document's quotes are consecutive), and words, names and places (`sys.intern`).
        self._occasions: dict[Hashable, Hashable] = {}
        self._doc_id: Any = None

    def add(self, quotes: pd.DataFrame | pa.Table | pa.RecordBatch) -> None:
        """Count in rows of the quotes table (columns beyond `COLUMNS` are ignored), `BATCH_ROWS` at a
        time, so that only that many rows at once become Python objects. Nested quotes are skipped:
        each is counted in its parent."""
        if isinstance(quotes, pd.DataFrame):
            for start in range(0, len(quotes), BATCH_ROWS):
                rows = quotes.iloc[start:start + BATCH_ROWS]
                for row in rows[rows["parent_id"].isna()].to_dict("records"):
                    self._add_row(row)
            return
        for batch in quotes.to_batches(BATCH_ROWS) if isinstance(quotes, pa.Table) else [quotes]:
            for row in _plain(batch.filter(pc.is_null(batch["parent_id"]))).to_pylist():
                self._add_row(row)

    def _add_row(self, row: Mapping[str, Any]) -> None:
        text = row["text"] if isinstance(row["text"], str) else ""
        tokens = [sys.intern(token) for token in words(text)]
        self.corpus.update(tokens)
        names, ids = _items(row.get("speakers")), _items(row.get("speaker_ids"))
        doc_id = self._doc_id = self._doc_id if row["doc_id"] == self._doc_id else row["doc_id"]
        occasion = tuple(sys.intern(part) if isinstance(part, str) else part for part in occasion_key(row))
        occasion = self._occasions.setdefault(occasion, occasion)
        if participants := _items(row.get("participants")):
            known = self.named_on.get(occasion, ())
            self.named_on[occasion] = known + tuple(sys.intern(name) for name in dict.fromkeys(participants)
                                                    if name not in known)
        date = _value(row.get("date"))
        length = len(text.split())
        for name, sid in zip(names, ids, strict=False):
            person = self.said.get(sid) or self.said.setdefault(sid, _Said(sid))
            person.names[sys.intern(name)] += 1
            person.named = row.get("speaker_named") if person.named is None else person.named
            person.lengths[length] += 1
            person.documents.add(doc_id)
            person.occasions.add(occasion)
            self.spoke_on[occasion].add(person.sid)
            if date is not None:
                person.dated(date)
            person.kinds[str(row["kind"])] += 1
            if (cue := _value(row.get("cue"))) is not None:
                person.cues[str(cue).lower()] += 1
            if len(ids) == 1 and (role := role_of(_value(row.get("speaker_mention")), name)):
                person.roles[role.lower()] += 1
                person.role_forms.setdefault(role.lower(), role)
            person.addressees.update(a for a in _items(row.get("addressees")) if a != name)
            person.words.update(tokens)

    def _present(self) -> Iterator[set[str]]:
        """Who was on each occasion: the speakers quoted there, and those named as its participants
        who are speakers; a name two speakers share (two documents' "a resident") is left out
        rather than guessed."""
        owners: dict[str, set[str]] = defaultdict(set)
        for sid, person in self.said.items():
            if person.named is not False:
                for name in person.names:
                    owners[name].add(sid)
        occasions = [*self.spoke_on, *(occasion for occasion in self.named_on if occasion not in self.spoke_on)]
        for occasion in occasions:
            present = set(self.spoke_on.get(occasion, ()))
            for name in self.named_on.get(occasion, ()):
                if len(owners.get(name, ())) == 1:
                    present |= owners[name]
            yield present

    def rows(self, listed: Mapping[str, Any] | None = None, min_z: float = MIN_Z,
             top_words: int = TOP_WORDS) -> Iterator[dict]:
        """The rows of the speakers table, most quoted first, as plain Python values, made one at a
        time (a writer can write them in row groups without holding the whole table)."""
        shown = {sid: _display(person) for sid, person in self.said.items()}
        # Who met whom: everyone present (quoted, or named as a participant) on an occasion met the others there.
        met: dict[str, Counter] = defaultdict(Counter)
        for present in self._present():
            for sid in present:
                met[sid].update(other for other in present if other != sid)
        quoted = {sid: sum(person.lengths.values()) for sid, person in self.said.items()}
        for sid in sorted(self.said, key=lambda sid: (-quoted[sid], shown[sid], sid)):
            yield _row(sid, self.said[sid], self.corpus, met[sid], shown, (listed or {}).get(sid), min_z, top_words)


def _display(person: _Said) -> str:
    """The name a speaker is most often given; the earliest wins a tie, so the choice is stable."""
    return max(person.names, key=lambda name: person.names[name])


def _pairs(counts: Counter, label: str, top: int | None = None) -> list[dict]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{label: k, "count": c} for k, c in ranked[:top]]


def _row(sid: str, person: _Said, corpus: Counter, co: Counter, shown: dict[str, str],
         entry: Any, min_z: float, top_words: int) -> dict:
    listed_role = getattr(entry, "role", None)
    roles = [person.role_forms[r] for r, _ in sorted(person.roles.items(), key=lambda kv: (-kv[1], kv[0]))]
    roles = ([listed_role] if listed_role else []) + [r for r in roles if not listed_role
                                                      or r.lower() != listed_role.lower()]
    quotes = sum(person.lengths.values())
    spoken = sum(length * count for length, count in person.lengths.items())
    return {
        "speaker_id": sid,
        "speaker": shown[sid],
        "named": person.named,
        "quotes": quotes,
        "words": spoken,
        "documents": len(person.documents),
        "occasions": len(person.occasions),
        "first_date": person.first_date,
        "last_date": person.last_date,
        "mean_words": spoken / quotes,
        "median_words": float(statistics.median(person.lengths.elements())),
        "kinds": [{"kind": k, "count": c} for k, c in sorted(person.kinds.items())],
        "cues": _pairs(person.cues, "cue", TOP_CUES),
        "roles": roles,
        "addressees": _pairs(person.addressees, "addressee"),
        "co_speakers": [{"speaker_id": other, "speaker": shown[other], "occasions": n}
                        for other, n in sorted(co.items(), key=lambda kv: (-kv[1], shown[kv[0]], kv[0]))],
        "distinctive_words": [{"word": d.word, "count": d.count, "z": d.z}
                              for d in distinctive_words(person.words, corpus, min_z, top_words)],
        "role": listed_role,
        "wikidata_id": getattr(entry, "wikidata_id", None),
    }


def speaker_rows(quotes: pd.DataFrame | pa.Table, listed: Mapping[str, Any] | None = None,
                 min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> list[dict]:
    """The rows of the speakers table of a quotes table, most quoted first, as plain Python values."""
    tally = SpeakerTally()
    tally.add(quotes)
    return list(tally.rows(listed, min_z, top_words))


def speaker_statistics(quotes: pd.DataFrame, listed: Mapping[str, Any] | None = None,
                       min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> pd.DataFrame:
    """The speakers table of a quotes table, with the types `speakers.parquet` has.

    `quotes` is `quotes.load(OUT).quotes` or any subset of its rows; `listed` maps
    speaker ids to entries of a speaker list (their `role` and `wikidata_id`).
    """
    rows = speaker_rows(quotes, listed, min_z, top_words)
    return pa.Table.from_pylist(rows, schema=SPEAKERS_SCHEMA).to_pandas()
