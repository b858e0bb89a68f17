"""A speaker list given by the user: canonical names, their aliases, roles and Wikidata ids.

Researchers often know their people already ("Sergei Shoigu" is Q312994, also written
"S. K. Shoygu"). When they give that list, it takes precedence: a speaker whose name, or
an alias of it, is on the list takes the list's canonical name, and the speakers table
carries the list's role and Wikidata id. Names are compared by the same key that merges
speakers across documents (`speakers.name_key`: accents, script and the usual
transliteration variants forgotten), so "Sergey Shoigu" finds "Sergei Shoigu". A bare
surname finds an entry only when exactly one listed person carries it; two listed people
who share a surname stay two people.

The file is CSV with a header: `canonical` (required), `aliases` (`|`-separated),
`role` and `wikidata_id` (optional).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from quotes.readers import InputError, read_text_file
from quotes.speakers import given_names_agree, name_key, speaker_id

_WIKIDATA_ID = re.compile(r"Q[1-9]\d*")


class SpeakerListError(ValueError):
    """A speaker list that cannot be used, in one line that names the file."""


@dataclass(frozen=True)
class ListedSpeaker:
    canonical: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    wikidata_id: str | None = None

    @property
    def speaker_id(self) -> str:
        return speaker_id(name_key(self.canonical))


@dataclass
class SpeakerList:
    """The entries of a speaker list, looked up by name key."""

    entries: list[ListedSpeaker]
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[tuple[str, ...], ListedSpeaker] = {}
        self._by_surname: dict[str, list[ListedSpeaker]] = defaultdict(list)
        for entry in self.entries:
            for name in (entry.canonical, *entry.aliases):
                key = name_key(name)
                if key:
                    self._by_key.setdefault(key, entry)
            key = name_key(entry.canonical)
            if key:
                self._by_surname[key[-1]].append(entry)

    def match(self, name: str) -> ListedSpeaker | None:
        """The listed person `name` stands for, if any."""
        key = name_key(name)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        same_surname = self._by_surname.get(key[-1], [])
        if len(key) == 1:
            return same_surname[0] if len(same_surname) == 1 else None
        # Alex and Alexander Pak: given names that agree (an initial, a short form) under one surname.
        agreeing = [e for e in same_surname if given_names_agree(name_key(e.canonical)[:-1], key[:-1])]
        return agreeing[0] if len(agreeing) == 1 else None

    def by_id(self) -> dict[str, ListedSpeaker]:
        """Entries by the speaker id their canonical name gets."""
        return {entry.speaker_id: entry for entry in self.entries}


def load_speaker_list(path: str | Path) -> SpeakerList:
    """Read a speaker list CSV; a file that cannot be used raises `SpeakerListError`."""
    path = Path(path)
    try:
        text, _ = read_text_file(path)
    except InputError as error:
        raise SpeakerListError(str(error)) from None
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "canonical" not in columns:
        raise SpeakerListError(f"{path}: no 'canonical' column (columns: {', '.join(columns) or 'none'})")
    entries: list[ListedSpeaker] = []
    warnings: list[str] = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        canonical = " ".join(row.get("canonical", "").split())
        if not canonical:
            warnings.append(f"{path}:{line}: no canonical name; row skipped")
            continue
        qid = row.get("wikidata_id") or None
        if qid and not _WIKIDATA_ID.fullmatch(qid):
            warnings.append(f"{path}:{line}: {qid!r} is not a Wikidata id (Q and digits); left out")
            qid = None
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        entries.append(ListedSpeaker(canonical, aliases, row.get("role") or None, qid))
    return SpeakerList(entries, warnings)
