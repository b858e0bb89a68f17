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
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pandas as pd
import pyarrow as pa

from quotes import lexicon
from quotes.distinctive import MIN_Z, TOP_WORDS, distinctive_words, words
from quotes.schema import SPEAKERS_SCHEMA
from quotes.speakers import name_key
from quotes.trie import trie_pattern

#: How many of a speaker's cue verbs are kept, most frequent first.
TOP_CUES = 5
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass
class _Said:
    """Everything about one speaker gathered from their quotes, before it becomes a row."""

    names: Counter = field(default_factory=Counter)
    named: Any = None
    lengths: list[int] = field(default_factory=list)
    documents: set = field(default_factory=set)
    occasions: set = field(default_factory=set)
    dates: list = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    cues: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    role_forms: dict = field(default_factory=dict)
    addressees: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)


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


def _gather(top: pd.DataFrame) -> tuple[dict[str, _Said], Counter, dict[Hashable, set[str]]]:
    """Per speaker id what they said; the word counts of the whole corpus (each quote once); who
    spoke on each occasion."""
    said: dict[str, _Said] = defaultdict(_Said)
    corpus: Counter = Counter()
    spoke_on: dict[Hashable, set[str]] = defaultdict(set)
    for row in top.to_dict("records"):
        text = row["text"] if isinstance(row["text"], str) else ""
        tokens = words(text)
        corpus.update(tokens)
        names, ids = _items(row.get("speakers")), _items(row.get("speaker_ids"))
        occasion = occasion_key(row)
        for name, sid in zip(names, ids, strict=False):
            person = said[sid]
            person.names[name] += 1
            person.named = row.get("speaker_named") if person.named is None else person.named
            person.lengths.append(len(text.split()))
            person.documents.add(row["doc_id"])
            person.occasions.add(occasion)
            spoke_on[occasion].add(sid)
            if _value(row.get("date")) is not None:
                person.dates.append(row["date"])
            person.kinds[str(row["kind"])] += 1
            if (cue := _value(row.get("cue"))) is not None:
                person.cues[str(cue).lower()] += 1
            if len(ids) == 1 and (role := role_of(_value(row.get("speaker_mention")), name)):
                person.roles[role.lower()] += 1
                person.role_forms.setdefault(role.lower(), role)
            person.addressees.update(a for a in _items(row.get("addressees")) if a != name)
            person.words.update(tokens)
    return said, corpus, spoke_on


def _participants(top: pd.DataFrame, said: dict[str, _Said], spoke_on: dict[Hashable, set[str]]) -> None:
    """Add to each occasion the speakers named as its participants; a name two speakers share
    (two documents' "a resident") is left out rather than guessed."""
    owners: dict[str, set[str]] = defaultdict(set)
    for sid, person in said.items():
        if person.named is not False:
            for name in person.names:
                owners[name].add(sid)
    for row in top[["date", "doc_id", "place", "event", "participants"]].to_dict("records"):
        for name in _items(row["participants"]):
            if len(owners.get(name, ())) == 1:
                spoke_on[occasion_key(row)] |= owners[name]


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
    return {
        "speaker_id": sid,
        "speaker": shown[sid],
        "named": person.named,
        "quotes": len(person.lengths),
        "words": sum(person.lengths),
        "documents": len(person.documents),
        "occasions": len(person.occasions),
        "first_date": min(person.dates, default=None),
        "last_date": max(person.dates, default=None),
        "mean_words": statistics.fmean(person.lengths),
        "median_words": float(statistics.median(person.lengths)),
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


def speaker_rows(quotes: pd.DataFrame, listed: Mapping[str, Any] | None = None,
                 min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> list[dict]:
    """The rows of the speakers table, most quoted first, as plain Python values."""
    top = quotes[quotes["parent_id"].isna()] if len(quotes) else quotes
    said, corpus, spoke_on = _gather(top)
    if not said:
        return []
    _participants(top, said, spoke_on)
    shown = {sid: _display(person) for sid, person in said.items()}
    # Who met whom: everyone present (quoted, or named as a participant) on an occasion met the others there.
    met: dict[str, Counter] = defaultdict(Counter)
    for present in spoke_on.values():
        for sid in present:
            met[sid].update(other for other in present if other != sid)
    rows = [_row(sid, person, corpus, met[sid], shown, (listed or {}).get(sid), min_z, top_words)
            for sid, person in said.items()]
    return sorted(rows, key=lambda r: (-r["quotes"], r["speaker"], r["speaker_id"]))


def speaker_statistics(quotes: pd.DataFrame, listed: Mapping[str, Any] | None = None,
                       min_z: float = MIN_Z, top_words: int = TOP_WORDS) -> pd.DataFrame:
    """The speakers table of a quotes table, with the types `speakers.parquet` has.

    `quotes` is `quotes.load(OUT).quotes` or any subset of its rows; `listed` maps
    speaker ids to entries of a speaker list (their `role` and `wikidata_id`).
    """
    rows = speaker_rows(quotes, listed, min_z, top_words)
    return pa.Table.from_pylist(rows, schema=SPEAKERS_SCHEMA).to_pandas()
