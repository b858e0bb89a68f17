"""Per-document results kept between builds, keyed by a hash of the document and of the code.

Re-running a build over a grown archive processes only documents it has not seen
in this exact form, with this exact code and these options: the key hashes every
field the reader produced (id, text, metadata, path, encoding, warnings) with a
fingerprint of the package's source files and the build options. The corpus-level
stage (speaker unification, speaker figures, writing the tables) is redone over
all documents on every build, which is why a grown input gives the same corpus as
a fresh build.

The cache is one SQLite file: every chunk of results is committed as a
transaction, so a build killed at any moment leaves a cache that holds exactly
the chunks committed before the kill, and the next build picks up from there.
It also lists, per build, which documents the build holds, on disk rather than
in memory, in the order the tables are written (by document id).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from quotes.export import ExportError
from quotes.model import Document
from quotes.unify import SpeakerMentions

PACKAGE = Path(__file__).resolve().parent
# A document's results are kilobytes: they go in a table with row ids, found by an index on the key (a
# table without row ids keeps whole rows in its key's tree, which suits small rows only). Its small
# column comes first, so that reading it never walks the pages of the large one. Results of the code
# before this table are stale under any code since, so their table is dropped rather than read.
SCHEMA = """
DROP TABLE IF EXISTS results;
CREATE TABLE IF NOT EXISTS processed (key TEXT PRIMARY KEY, mentions BLOB NOT NULL, rows BLOB NOT NULL);
CREATE TEMP TABLE members (doc_id BLOB PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
"""


def default_location(out: Path) -> Path:
    """Where a corpus folder's cache lives: a hidden file beside it, so the corpus folder holds only the corpus."""
    return out.parent / f".{out.name}.cache.sqlite"


def code_fingerprint(options: object) -> str:
    """A hash of every source and data file of the package and of the options: new code, new keys."""
    digest = hashlib.sha256(json.dumps(asdict(options), sort_keys=True).encode())  # type: ignore[call-overload]
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".csv", ".json"):
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def document_key(doc: Document, fingerprint: str) -> str:
    """The content hash of a document as read, under one code fingerprint."""
    digest = hashlib.sha256(fingerprint.encode())
    fields = (doc.doc_id, doc.text, doc.title, doc.date, doc.source, doc.place, doc.url, doc.path, doc.encoding,
              json.dumps(doc.warnings), json.dumps(doc.metadata_spans))
    for value in fields:
        data = b"\xff" if value is None else value.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


class ResultCache:
    """Processed documents by key, and the documents of the build under way."""

    def __init__(self, path: Path | None, temporary_for: Path | None = None):
        """Open (or create) the cache at `path`; None keeps it in a temporary file beside the corpus
        `temporary_for`, for this build only (named so that `atomic.remove_stale_staging` finds it)."""
        self._temporary = path is None
        if path is None:
            folder = temporary_for.parent if temporary_for else None
            prefix = f".{temporary_for.name}." if temporary_for else ".quotes."
            handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp.sqlite", dir=folder)
            os.close(handle)
            path = Path(name)
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA temp_store=FILE")
            self._db.executescript(SCHEMA)
            self._db.execute("BEGIN")
        except (OSError, sqlite3.Error) as error:
            reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
            raise ExportError(f"{path}: cannot be used as a cache ({reason}); delete it or build with --no-cache") \
                from None

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, keys: list[str]) -> set[str]:
        """Which of these keys have results already."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            batch = keys[start:start + 500]
            marks = ",".join("?" * len(batch))
            found.update(k for (k,) in self._db.execute(f"SELECT key FROM processed WHERE key IN ({marks})", batch))
        return found

    def mentions(self, key: str) -> tuple[SpeakerMentions, list[str]]:
        """The speaker names of a stored document, and the warnings processing it gave."""
        (blob,) = self._db.execute("SELECT mentions FROM processed WHERE key = ?", (key,)).fetchone()
        return pickle.loads(blob)

    def store(self, key: str, rows: bytes, mentions: SpeakerMentions, warnings: list[str]) -> None:
        """Keep a processed document's rows (`quotes.rows.DocumentRows.to_bytes`), its speakers' names
        and the warnings processing it gave."""
        summary = pickle.dumps((mentions, warnings), protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO processed VALUES (?, ?, ?)", (key, summary, rows))

    def add_members(self, members: Iterable[tuple[str, str]]) -> None:
        """Record (doc_id, key) pairs as documents of this build.

        Ids are stored as UTF-8 bytes (lone surrogates kept), whose order is Python's string order.
        """
        self._db.executemany("INSERT INTO members VALUES (?, ?)",
                             ((doc_id.encode("utf-8", "surrogatepass"), key) for doc_id, key in members))

    def commit(self) -> None:
        """Make what is stored so far survive a crash."""
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")

    def documents(self) -> Iterator[bytes]:
        """The rows of the processed documents of this build, by document id (code point order, as Python
        sorts)."""
        query = "SELECT processed.rows FROM members JOIN processed USING (key) ORDER BY members.doc_id"
        for (blob,) in self._db.execute(query):
            yield blob

    def prune(self) -> None:
        """Forget results no document of this build uses (older code, changed or removed documents)."""
        self._db.execute("DELETE FROM processed WHERE key NOT IN (SELECT key FROM members)")
        self.commit()

    def close(self) -> None:
        try:
            self._db.execute("COMMIT")
        except sqlite3.OperationalError:
            pass
        self._db.close()
        if self._temporary:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
