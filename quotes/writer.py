"""Writing a corpus one document at a time: Parquet row groups, then the speaker figures.

Builds give this writer their documents one by one, in document-id order, and
`quotes.export.write_corpus` gives it documents held in memory, sorted; each
table is written in row groups as documents arrive. The speakers table is made
at the end (`quotes.statistics`): its figures weigh each speaker against the
whole corpus, so they cannot be made one document at a time. A tally counts each
batch of quote rows as the batch is made, in this process or beside it
(`quotes.tally_process`), so memory holds the named speakers' aggregates and
the dated occasions, never the quotes or the articles; what belongs to one
document (its unnamed speakers and undated occasions) waits on disk once the
document has ended (`quotes.speaker_store`).

Everything is written into a staging folder beside the target and swapped in at
the end (`quotes.atomic`), so the corpus path always holds a complete corpus.
With `partitioned=True` each table is a folder of part files (`quotes.parquet/
part-00000.parquet`, ...), which `pandas.read_parquet` and `quotes.load` read as one table.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from quotes.atomic import replace_folder
from quotes.corpus_folder import FILES, MANIFEST, CorpusPaths, check_target, corpus_path, file_metadata, folder_mode
from quotes.model import Document
from quotes.rows import QUOTE_NAMES, Columns, document_rows, table_quotes
from quotes.schema import DOCUMENTS_SCHEMA, NON_SPEECH_SCHEMA, QUOTES_SCHEMA, SPEAKERS_SCHEMA
from quotes.statistics import COLUMNS, SpeakerTally

#: Rows per Parquet row group (and per part file of a partitioned corpus).
ROW_GROUP = 20_000
#: Rows turned into Arrow at a time while a row group fills.
ARROW_BATCH = 1_000
#: Rows per record batch when a table is read back.
READ_BATCH = 10_000


def parquet_batches(path: Path, columns: Sequence[str], batch_size: int) -> Iterator[pa.RecordBatch]:
    """The rows of a table as written here (one file, or a folder of part files), in their order, a batch at
    a time and only the given columns, so that reading a table back never holds more than a batch of it."""
    parts = sorted(path.glob("part-*.parquet"), key=lambda part: (len(part.name), part.name)) if path.is_dir() \
        else [path]
    for part in parts:  # in the order they were written: by number, past part-99999 too
        yield from pq.ParquetFile(part).iter_batches(batch_size=batch_size, columns=list(columns))


class _Table:
    """One table written in row groups, as one file or as a folder of parts.

    Rows arrive as columns (a document's at a time) and are kept as Python lists, one a column,
    until `ARROW_BATCH` rows are held; then they are turned into Arrow: Arrow holds an article's
    text as UTF-8 in one buffer, where Python holds a string of up to four bytes a character.
    The batches are joined into one table before writing, which gives the same bytes as writing
    the rows in one piece.
    """

    def __init__(self, path: Path, schema: pa.Schema, partitioned: bool,
                 on_batch: Callable[[pa.RecordBatch, list[list]], None] | None = None):
        self.path, self.schema, self.partitioned = path, schema, partitioned
        # Told of every batch of rows as it is made, in the table's order, with the columns it was made from.
        self.on_batch = on_batch
        self.columns: list[list] = [[] for _ in schema]  # rows not yet turned into Arrow
        self.pending = 0  # rows in `columns`
        self.batches: list[pa.RecordBatch] = []
        self.held = 0  # rows of the row group being filled, in `columns` and `batches`
        self.count = 0
        self.parts = 0
        self._writer: pq.ParquetWriter | None = None
        if partitioned:
            path.mkdir()
        else:
            self._writer = pq.ParquetWriter(path, schema, compression="zstd")

    def add(self, columns: Sequence[Sequence]) -> None:
        """Add rows given as columns, in the schema's order (all of one length)."""
        rows = len(columns[0])
        for held, values in zip(self.columns, columns, strict=True):
            held.extend(values)
        self.pending += rows
        self.count += rows
        self.held += rows
        if self.held >= ROW_GROUP:
            self.flush()
        elif self.pending >= ARROW_BATCH:
            self._to_arrow()

    def _to_arrow(self) -> None:
        # Each column is converted as `RecordBatch.from_pylist` would convert it, so the bytes are the same.
        batch = pa.RecordBatch.from_arrays(self.columns, schema=self.schema)
        if self.on_batch is not None and batch.num_rows:
            self.on_batch(batch, self.columns)
        self.columns = [[] for _ in self.schema]
        self.pending = 0
        self.batches.append(batch)

    def flush(self) -> None:
        if not self.held and self.parts:  # an empty table is still written once, for its schema
            return
        self._to_arrow()
        table = pa.Table.from_batches(self.batches, schema=self.schema).combine_chunks()
        self.batches = []
        if self._writer is not None:
            # One row group for what was held: the last document may take it a little past `ROW_GROUP`,
            # and those few rows would otherwise make a row group of their own.
            self._writer.write_table(table, row_group_size=max(ROW_GROUP, table.num_rows))
        else:
            pq.write_table(table, self.path / f"part-{self.parts:05d}.parquet", compression="zstd")
        self.parts += 1
        self.held = 0

    def close(self) -> None:
        """Write what is held and close the file; closing again does nothing."""
        self.flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None


class SpeakerCounter(Protocol):
    """What counts the speakers table: `quotes.statistics.SpeakerTally`, or one in a process of its
    own (`quotes.tally_process.TallyProcess`)."""

    def add(self, batch: pa.RecordBatch, columns: Mapping[str, Sequence] | None = None) -> None: ...

    def rows(self, listed: Mapping[str, Any] | None = None) -> Iterator[dict]: ...


class CorpusWriter:
    """Writes the corpus of the documents it is given, in the order given, then swaps it in."""

    def __init__(self, out_dir: str | Path, build_info: dict[str, str] | None = None,
                 listed: Mapping[str, Any] | None = None, partitioned: bool = False,
                 tally: SpeakerCounter | None = None):
        self.out = corpus_path(out_dir)
        check_target(self.out)
        self.metadata = file_metadata(build_info)
        self.listed = listed
        self.tally = SpeakerTally() if tally is None else tally
        self._own_tally = tally is None  # a tally given is closed by whoever gave it
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.", suffix=".tmp", dir=self.out.parent))
        try:
            schemas = {"quotes": QUOTES_SCHEMA, "documents": DOCUMENTS_SCHEMA,
                       "non_speech": NON_SPEECH_SCHEMA, "speakers": SPEAKERS_SCHEMA}
            self._tables = {name: _Table(self.staging / f"{name}.parquet", schema.with_metadata(self.metadata),
                                         partitioned, self._count if name == "quotes" else None)
                            for name, schema in schemas.items()}
        except BaseException:
            self.abort()
            raise

    def add(self, doc: Document) -> None:
        """Add a document whose speakers are final (as `canonicalise` leaves them)."""
        rows = document_rows(doc)
        self.add_rows(rows.document, table_quotes(rows.quotes), rows.non_speech)

    def add_rows(self, document: tuple, quotes: Columns, non_speech: Columns) -> None:
        """Add a document as its rows (`quotes.rows`): its documents table row, and the columns of its
        quotes (with their final speakers) and of its non-speech items."""
        self._tables["quotes"].add(quotes)
        self._tables["documents"].add(tuple(zip(document)))
        self._tables["non_speech"].add(non_speech)

    def _count(self, batch: pa.RecordBatch, columns: list[list]) -> None:
        """Hand a batch of the quotes table, as it is made, to the speaker tally (only the columns it uses),
        with the Python lists it was made from: a tally in this process counts those rather than turn
        the batch back into Python objects."""
        self.tally.add(batch.select(COLUMNS), dict(zip(QUOTE_NAMES, columns, strict=True)))

    def finish(self) -> CorpusPaths:
        """Write the speakers table and the manifest, and put the corpus in place.

        Speaker figures need the whole corpus (distinctive words are weighed against everyone's
        words, co-speakers meet across articles), so the tally has counted every batch of the
        quotes table as it was made, and only now gives the rows: memory holds aggregates that
        grow with the corpus' people and dates, not with its documents or quotes.
        """
        try:
            for name in ("quotes", "documents", "non_speech"):  # their last row groups leave memory first
                self._tables[name].close()
            speakers = self._tables["speakers"]
            for row in self.tally.rows(self.listed):
                speakers.add([[row.get(name)] for name in speakers.schema.names])
            for table in self._tables.values():
                table.close()
            summary = {"documents": self._tables["documents"].count, "quotes": self._tables["quotes"].count,
                       "non_speech": self._tables["non_speech"].count, **self.metadata}
            (self.staging / MANIFEST).write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n",
                                                 encoding="utf-8")
            os.chmod(self.staging, folder_mode(self.out))
            replace_folder(self.staging, self.out)
        finally:
            self.abort()
        return CorpusPaths(self.out, *(self.out / name for name in FILES))

    def abort(self) -> None:
        """Remove the staging folder and the tally's temporary file (nothing is left behind when a build fails)."""
        if self._own_tally:
            self.tally.close()
        shutil.rmtree(self.staging, ignore_errors=True)
