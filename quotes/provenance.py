"""Checksums of the files a corpus was built from, so a published corpus says what it was made of.

Each input file's SHA-256 is keyed by its path exactly as the documents table's
`path` column gives it, so a reader can match a document to the bytes it came from
and tell whether an input has changed since the build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from quotes.model import Document
from quotes.readers import path_text

#: Bytes read at a time while hashing: large inputs are never held in memory whole.
CHUNK = 1 << 20


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as 64 hex digits."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def input_checksums(documents: Iterable[Document],
                    report: Callable[[str], None] | None = None) -> dict[str, str]:
    """path -> SHA-256 of every file the documents were read from, in path order.

    A file that can no longer be read (moved or deleted since it was read) is left out
    and reported: the corpus is still written, with the gap stated.
    """
    return path_checksums({doc.path for doc in documents if doc.path}, report)


def path_checksums(paths: Iterable[str | Path], report: Callable[[str], None] | None = None) -> dict[str, str]:
    """path -> SHA-256 of each file, in path order; an unreadable file is reported and left out."""
    out: dict[str, str] = {}
    for path in sorted(paths, key=path_text):
        try:
            out[path_text(path)] = file_sha256(path)
        except OSError as error:
            if report:
                report(f"{path}: no checksum recorded ({error.strerror or error})")
    return out
