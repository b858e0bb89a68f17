"""What a corpus folder holds, and what every writer of one checks first.

The file names, the check that a target may be replaced, the schema metadata every
file carries and the folder's permissions are shared by the writer
(`quotes.writer`), by `quotes.export` (which writes documents held in memory
through it, and loads a corpus) and by the build (`quotes.incremental`), which
checks its target before reading any input. They live here so that the writer
need not import `quotes.export`, which imports the writer.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from quotes.schema import SCHEMA_VERSION

TABLES = ("quotes.parquet", "speakers.parquet", "documents.parquet", "non_speech.parquet")
MANIFEST = "corpus.json"
FILES = (*TABLES, MANIFEST)
#: What `quotes publish` adds to a corpus folder; a rebuild removes them, as their figures would be stale.
PUBLISHED = ("README.md", "croissant.json", "SHA256SUMS")


class ExportError(Exception):
    """The corpus cannot be written or read; the message is one line."""


class CorpusPaths(NamedTuple):
    """Where `write_corpus` put each file, so callers need not know the file names."""

    root: Path
    quotes: Path
    speakers: Path
    documents: Path
    non_speech: Path
    manifest: Path


def _version() -> str:
    """The package version, or "0" when the package cannot say (e.g. a partial checkout)."""
    try:
        from quotes import __version__
    except ImportError:
        return "0"
    return str(__version__)


def file_metadata(build_info: dict[str, str] | None) -> dict[str, str]:
    """Schema metadata: what wrote the files and how; never a time or a machine-specific path."""
    extra = {f"quotes.{k}": str(v) for k, v in sorted((build_info or {}).items())}
    reserved = {"quotes.schema_version", "quotes.version"} & extra.keys()
    if reserved:
        raise ExportError(f"build_info may not set {', '.join(sorted(reserved))}")
    return {"quotes.schema_version": SCHEMA_VERSION, "quotes.version": _version(), **extra}


def corpus_path(out_dir: str | Path) -> Path:
    """The corpus folder, refused when it is (or holds) the folder the command runs in.

    A build puts the new corpus in place of the folder whole (`quotes.atomic`), so the folder
    one is in would be deleted under one's feet (and `.`, like the root folder, has no name
    to name the staging folder and the lock beside it by).
    """
    out = Path(out_dir)
    try:
        here = Path.cwd()
    except OSError:  # the current folder is gone: nothing to protect
        return out
    target = out.resolve()
    if here.is_relative_to(target):
        raise ExportError(f"{target}: is the current folder or holds it, which a build would replace with "
                          "the corpus; choose another folder (e.g. -o corpus)")
    return out


def check_target(out: Path) -> None:
    """Refuse to replace anything but a corpus: the swap deletes what the folder held."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    if out.is_dir():
        # A table may be a folder of parts (a partitioned corpus, see quotes.writer).
        strangers = sorted(p.name for p in out.iterdir()
                           if p.name not in FILES + PUBLISHED or not (p.is_file() or (p.is_dir() and p.name in TABLES)))
        if strangers:
            raise ExportError(
                f"{out}: holds files that are not a corpus ({', '.join(strangers[:3])}); "
                "choose an empty or corpus folder"
            )


def folder_mode(out: Path) -> int:
    """The permissions the corpus folder should have: the old folder's, or the umask's default."""
    if out.is_dir():
        return out.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask
