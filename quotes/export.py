"""The corpus on disk: typed Parquet tables that load with `pandas.read_parquet`.

`quotes`, `speakers` and `documents` are the corpus; `non_speech` holds the words
in quotation marks that were not taken as speech (scare quotes, names, titles),
each with its reason, so that the detector's choices can be checked.

Schemas are explicit, so that a column keeps its type even when a build finds no
value for it. Files carry no timestamps or absolute paths: the same input and
options give byte-identical tables, so a corpus can be committed and diffed.
`write_corpus` writes documents held in memory through the writer builds use
(`quotes.writer`), so both give the same files; the corpus is written into a fresh
folder beside the target and then swapped in, so a failed build never leaves half
a corpus behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from quotes.corpus_folder import (  # noqa: F401 - re-exported: these were first defined here
    FILES,
    MANIFEST,
    PUBLISHED,
    TABLES,
    CorpusPaths,
    ExportError,
)
from quotes.model import Document
from quotes.schema import (  # noqa: F401 - re-exported: the schemas were first defined here
    DOCUMENTS_SCHEMA,
    KIND_COUNTS,
    NON_SPEECH_SCHEMA,
    QUOTES_SCHEMA,
    SCHEMA_VERSION,
    SCHEMAS,
    SPEAKERS_SCHEMA,
)
from quotes.writer import CorpusWriter


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


def write_corpus(
    documents: Iterable[Document], out_dir: str | Path, build_info: dict[str, str] | None = None,
    listed: Mapping[str, Any] | None = None,
) -> CorpusPaths:
    """Write the quotes, speakers, documents and non-speech tables of `documents` into `out_dir`.

    `build_info` entries (annotator, options) are stored as `quotes.<key>` schema
    metadata on every file, so a corpus says how it was made. `listed` maps speaker ids
    to entries of the user's speaker list, whose `role` and `wikidata_id` the speakers
    table carries. The documents' speakers must be final (as `canonicalise` leaves them);
    they are written in document-id order, whatever order they come in.
    """
    writer = CorpusWriter(out_dir, build_info, listed)  # checks the target before a document is read
    try:
        for doc in sorted(documents, key=lambda d: d.doc_id):
            writer.add(doc)
    except BaseException:
        writer.abort()
        raise
    return writer.finish()


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
        corpus = Corpus(*(pd.read_parquet(out / name) for name in TABLES))
    except (OSError, pa.ArrowException) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ExportError(f"{out}: cannot read the corpus ({first_line})") from error
    _check_columns(out, corpus)
    return corpus


#: Columns a corpus may lack and still be loaded: the documents table had no text at first, and what
#: needs the text (`quotes show`, the HTML report) says so itself.
OPTIONAL_COLUMNS = frozenset({("documents", "text")})


def _check_columns(out: Path, corpus: Corpus) -> None:
    """Refuse, in one line, tables that lack columns of the current schema (a corpus written by an older
    version, or by other code): every command reads columns by name, and a missing one is a traceback."""
    tables = {"quotes": corpus.quotes, "speakers": corpus.speakers, "documents": corpus.documents,
              "non_speech": corpus.non_speech}
    for name, table in tables.items():
        missing = [field.name for field in SCHEMAS[name]
                   if field.name not in table.columns and (name, field.name) not in OPTIONAL_COLUMNS]
        if missing:
            shown = ", ".join(missing[:4]) + (", ..." if len(missing) > 4 else "")
            raise ExportError(f"{out}: {name}.parquet lacks columns of this version of quotes ({shown}); "
                              "rebuild the corpus with 'quotes build'")
