"""The corpus on disk: typed Parquet tables that load with `pandas.read_parquet`.

`quotes`, `speakers` and `documents` are the corpus; `non_speech` holds the words
in quotation marks that were not taken as speech (scare quotes, names, titles),
each with its reason, so that the detector's choices can be checked.


Schemas are explicit, so that a column keeps its type even when a build finds no
value for it. Files carry no timestamps or absolute paths: the same input and
options give byte-identical tables, so a corpus can be committed and diffed. A
corpus is written into a fresh folder beside the target and then swapped in, so a
failed build never leaves half a corpus behind.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from quotes.atomic import replace_folder
from quotes.model import Document
from quotes.rows import Columns, document_rows, table_quotes
from quotes.schema import (  # noqa: F401 - re-exported: the schemas were first defined here
    DOCUMENTS_SCHEMA,
    KIND_COUNTS,
    NON_SPEECH_SCHEMA,
    QUOTES_SCHEMA,
    SCHEMA_VERSION,
    SPEAKERS_SCHEMA,
)
from quotes.statistics import speaker_rows

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


@dataclass
class Corpus:
    """The tables of a corpus, as `load` returns them.

    It unpacks into the three tables researchers work with,
    `quotes, speakers, documents = load(OUT)`; `non_speech`, the words in quotation
    marks that were not taken as speech, is there by name for checking the detector.
    """

    quotes: pd.DataFrame
    speakers: pd.DataFrame
    documents: pd.DataFrame
    non_speech: pd.DataFrame

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.quotes, self.speakers, self.documents))


def _version() -> str:
    """The package version, or "0" when the package cannot say (e.g. a partial checkout)."""
    try:
        from quotes import __version__
    except ImportError:
        return "0"
    return str(__version__)


def _metadata(build_info: dict[str, str] | None) -> dict[str, str]:
    """Schema metadata: what wrote the files and how; never a time or a machine-specific path."""
    extra = {f"quotes.{k}": str(v) for k, v in sorted((build_info or {}).items())}
    reserved = {"quotes.schema_version", "quotes.version"} & extra.keys()
    if reserved:
        raise ExportError(f"build_info may not set {', '.join(sorted(reserved))}")
    return {"quotes.schema_version": SCHEMA_VERSION, "quotes.version": _version(), **extra}


def _write(columns: list[list], schema: pa.Schema, path: Path, metadata: dict[str, str]) -> pa.Table:
    """One Parquet file with a fixed schema and fixed writer options, for reproducible bytes."""
    table = pa.Table.from_arrays(columns, schema=schema).replace_schema_metadata(metadata)
    pq.write_table(table, path, compression="zstd", row_group_size=100_000)
    return table


def _check_target(out: Path) -> None:
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


def _folder_mode(out: Path) -> int:
    """The permissions the corpus folder should have: the old folder's, or the umask's default."""
    if out.is_dir():
        return out.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o777 & ~mask


def _swap_in(staging: Path, out: Path) -> None:
    """Replace `out` by `staging`; an old corpus is kept aside until the new one is in place."""
    os.chmod(staging, _folder_mode(out))
    replace_folder(staging, out)


def _joined(parts: Iterable[Columns], schema: pa.Schema) -> list[list]:
    """The columns of several documents' rows, one after the other."""
    columns: list[list] = [[] for _ in schema]
    for part in parts:
        for column, values in zip(columns, part, strict=True):
            column.extend(values)
    return columns


def _write_tables(docs: list[Document], staging: Path, metadata: dict[str, str],
                  listed: Mapping[str, Any] | None = None) -> None:
    """The tables and the manifest, written into `staging`."""
    rows = [document_rows(d) for d in docs]
    quote_columns = _joined((table_quotes(r.quotes) for r in rows), QUOTES_SCHEMA)
    quotes = _write(quote_columns, QUOTES_SCHEMA, staging / "quotes.parquet", metadata)
    # Speaker figures come from the quotes table itself, as a researcher would load it.
    speakers = speaker_rows(quotes, listed)
    _write([[row.get(name) for row in speakers] for name in SPEAKERS_SCHEMA.names], SPEAKERS_SCHEMA,
           staging / "speakers.parquet", metadata)
    _write(_joined((tuple(zip(r.document)) for r in rows), DOCUMENTS_SCHEMA), DOCUMENTS_SCHEMA,
           staging / "documents.parquet", metadata)
    non_speech = _joined((r.non_speech for r in rows), NON_SPEECH_SCHEMA)
    _write(non_speech, NON_SPEECH_SCHEMA, staging / "non_speech.parquet", metadata)
    summary = {"documents": len(docs), "quotes": quotes.num_rows, "non_speech": len(non_speech[0]), **metadata}
    (staging / MANIFEST).write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def write_corpus(
    documents: Iterable[Document], out_dir: str | Path, build_info: dict[str, str] | None = None,
    listed: Mapping[str, Any] | None = None,
) -> CorpusPaths:
    """Write the quotes, speakers, documents and non-speech tables of `documents` into `out_dir`.

    `build_info` entries (annotator, options) are stored as `quotes.<key>` schema
    metadata on every file, so a corpus says how it was made. `listed` maps speaker ids
    to entries of the user's speaker list, whose `role` and `wikidata_id` the speakers
    table carries.
    """
    out = Path(out_dir)
    _check_target(out)
    metadata = _metadata(build_info)
    docs = sorted(documents, key=lambda d: d.doc_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        _write_tables(docs, staging, metadata, listed)
        _swap_in(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return CorpusPaths(out, *(out / name for name in FILES))


def load(out_dir: str | Path) -> Corpus:
    """The tables of a corpus folder as pandas DataFrames: `.quotes`, `.speakers`, `.documents`
    (and `.non_speech`), with the types of `quotes.schema` (dates as `datetime.date`, categories
    for kinds, rules, cues and events, lists as arrays)."""
    out = Path(out_dir)
    if not out.is_dir():
        raise ExportError(f"{out}: no such corpus folder")
    missing = [name for name in TABLES if not (out / name).exists()]  # a file, or a folder of parts
    if missing:
        raise ExportError(f"{out}: not a corpus folder (missing {', '.join(missing)})")
    try:
        return Corpus(*(pd.read_parquet(out / name) for name in TABLES))
    except (OSError, pa.ArrowException) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ExportError(f"{out}: cannot read the corpus ({first_line})") from error
