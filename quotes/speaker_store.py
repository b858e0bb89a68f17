"""The part of the speakers table's counts that is kept on disk, so that memory does not grow with the corpus.

Every article brings speakers and occasions of its own: an unnamed speaker ("a
resident") has an id that depends on its document alone, and an undated occasion
is one document's. Their rows cannot be made when their document ends, since a
row weighs the speaker against the whole corpus (distinctive words, co-speakers,
its place in the order); but nothing about them changes any more. So
`quotes.statistics.SpeakerTally` moves them here at their document's end: each
such speaker's aggregate, who was present on each occasion, and the names of
each occasion's participants. At the end the corpus-wide speakers join them, the
participants' names are resolved to speakers, and the rows are read back in the
table's order, each with the speakers it met, found by a join.

The database is a private temporary SQLite file, deleted when it is closed; memory
holds only SQLite's page cache. Strings are stored as UTF-8 bytes (lone surrogates
kept), which SQLite compares byte by byte: the same order as Python's comparison
of the strings, so `ORDER BY` gives the order `sorted` would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping

_SCHEMA = (
    # Every speaker's sort key, in rows kept small for the joins; apart, the aggregates (pickled)
    # of the speakers memory does not keep.
    "CREATE TABLE speaker (sid BLOB PRIMARY KEY, quoted INTEGER NOT NULL, shown BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE aggregate (sid BLOB PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE present (occasion INTEGER NOT NULL, sid BLOB NOT NULL, PRIMARY KEY (occasion, sid)) WITHOUT ROWID",
    "CREATE TABLE participant (occasion INTEGER NOT NULL, name BLOB NOT NULL, PRIMARY KEY (occasion, name))"
    " WITHOUT ROWID",
    "CREATE TABLE owner (name BLOB PRIMARY KEY, sid BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE document (id BLOB PRIMARY KEY) WITHOUT ROWID",
)

#: Presences or participants kept in memory before they are inserted together.
PENDING_ROWS = 10_000
#: Who else was present where a speaker was, and how often, with each one's display name.
_MET = """SELECT other.sid, speaker.shown, count(*) FROM present AS own
          JOIN present AS other ON other.occasion = own.occasion AND other.sid != own.sid
          JOIN speaker ON speaker.sid = other.sid
          WHERE own.sid = ? GROUP BY other.sid"""


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


class SpeakerStore:
    """Speakers, presences and participants on disk, written while counting and read once at the end."""

    def __init__(self) -> None:
        self._connection: sqlite3.Connection | None = None
        # Presences and participants wait here until `PENDING_ROWS` of them can go in one statement:
        # they are read only at the end, and a statement per document would cost more than the inserts.
        self._presence: list[tuple[int, bytes]] = []
        self._participants: list[tuple[int, bytes]] = []

    @property
    def _db(self) -> sqlite3.Connection:
        """The database, opened at first use: a process forked before then inherits no open connection."""
        if self._connection is None:
            self._connection = sqlite3.connect("", isolation_level=None)
            for statement in _SCHEMA:
                self._connection.execute(statement)
            self._connection.execute("BEGIN")  # one transaction, never committed: it lives as long as the count
        return self._connection

    def begin_document(self, doc_id: str) -> bool:
        """Note that a document's quotes begin; False when they began before (the quotes are not grouped)."""
        try:
            self._db.execute("INSERT INTO document VALUES (?)", (_bytes(str(doc_id)),))
        except sqlite3.IntegrityError:
            return False
        return True

    def put_speaker(self, sid: str, quoted: int, shown: str, aggregate: bytes | None) -> None:
        """Keep a speaker's sort key, and its aggregate unless memory keeps it."""
        self._db.execute("INSERT OR REPLACE INTO speaker VALUES (?, ?, ?)", (_bytes(sid), quoted, _bytes(shown)))
        if aggregate is not None:
            self._db.execute("INSERT OR REPLACE INTO aggregate VALUES (?, ?)", (_bytes(sid), aggregate))

    def take_speaker(self, sid: str) -> bytes | None:
        """The aggregate of a speaker put here before, removed from the store; None for a speaker never put."""
        found = self._db.execute("SELECT data FROM aggregate WHERE sid = ?", (_bytes(sid),)).fetchone()
        if found is None:
            return None
        self._db.execute("DELETE FROM aggregate WHERE sid = ?", (_bytes(sid),))
        self._db.execute("DELETE FROM speaker WHERE sid = ?", (_bytes(sid),))
        return found[0]

    def add_presence(self, presence: Iterable[tuple[str, Iterable[int]]]) -> None:
        """Speakers, each with occasions they were quoted on."""
        self._presence.extend((occasion, key) for sid, occasions in presence for key in (_bytes(sid),)
                              for occasion in occasions)
        if len(self._presence) >= PENDING_ROWS:
            self._write_pending()

    def add_participants(self, occasion: int, names: Iterable[str]) -> None:
        """These people were named as participants of the occasion."""
        self._participants.extend((occasion, _bytes(name)) for name in names)
        if len(self._participants) >= PENDING_ROWS:
            self._write_pending()

    def _write_pending(self) -> None:
        """Insert the presences and participants waiting in memory."""
        self._db.executemany("INSERT OR IGNORE INTO present VALUES (?, ?)", self._presence)
        self._db.executemany("INSERT OR IGNORE INTO participant VALUES (?, ?)", self._participants)
        self._presence, self._participants = [], []

    def resolve_participants(self, owners: Mapping[str, str]) -> None:
        """Count each participant whose name belongs to one speaker (`owners`) as present on the occasion.
        Presences and participants added after this are not counted."""
        self._write_pending()
        self._db.executemany("INSERT INTO owner VALUES (?, ?)",
                             ((_bytes(name), _bytes(sid)) for name, sid in owners.items()))
        self._db.execute("INSERT OR IGNORE INTO present SELECT participant.occasion, owner.sid FROM participant"
                         " JOIN owner ON owner.name = participant.name")
        self._db.execute("CREATE INDEX present_by_speaker ON present (sid, occasion)")
        self._db.execute("CREATE INDEX speaker_order ON speaker (quoted DESC, shown, sid)")

    def ordered(self) -> Iterator[tuple[str, bytes | None]]:
        """Every speaker's id and stored aggregate, most quoted first, then by display name and id."""
        for sid, aggregate in self._db.execute("SELECT sid, data FROM speaker LEFT JOIN aggregate USING (sid)"
                                               " ORDER BY quoted DESC, shown, sid"):
            yield _text(sid), aggregate

    def met(self, sid: str) -> list[tuple[str, str, int]]:
        """The speakers present with `sid` on some occasion: id, display name, and on how many occasions."""
        return [(_text(other), _text(shown), count) for other, shown, count in self._db.execute(_MET, (_bytes(sid),))]

    def size(self) -> int:
        """Bytes the database takes on disk."""
        self._write_pending()
        pages = self._db.execute("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")
        return pages.fetchone()[0]

    def close(self) -> None:
        """Delete the database; closing again does nothing."""
        if self._connection is not None:
            self._connection.close()
