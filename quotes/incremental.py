"""A build that streams, reuses earlier work, and never leaves half a corpus: what `quotes build` runs.

1. Documents are read lazily and hashed (`quotes.cache.document_key`); those the
   cache holds are not processed again, the others go through the per-document
   stage (`quotes.stage`) in chunks, on local worker processes or a Dask cluster,
   and their results are committed to the cache chunk by chunk.
2. Speakers are unified over the whole corpus from their names alone (`quotes.unify`).
3. The documents are read back from the cache in id order and written as Parquet
   row groups into a staging folder, which then replaces the corpus in one step
   (`quotes.writer`, `quotes.atomic`).

Memory holds a chunk of documents, the speaker names and a row group, never the
corpus; a killed build loses at most the chunks not yet committed.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.atomic import recover, remove_stale_staging
from quotes.cache import ResultCache, code_fingerprint, default_location, document_key
from quotes.collector import fewer_collections
from quotes.corpus_folder import ExportError, check_target, corpus_path
from quotes.model import Document
from quotes.nlp import Annotator, get_annotator
from quotes.parallel import Chunk, annotated, run_local, start_pool
from quotes.progress import BuildProgress, build_progress
from quotes.provenance import file_sha256, path_checksums
from quotes.readers import DocumentStream, read_documents
from quotes.rows import DocumentRows
from quotes.speaker_list import SpeakerList, load_speaker_list
from quotes.stage import MAX_CHARS, Options, Processed
from quotes.tally_process import TallyProcess
from quotes.unify import SpeakerNames
from quotes.writer import CorpusWriter, SpeakerCounter

#: A chunk is sent to a worker when it holds this many documents or this many characters.
CHUNK_DOCUMENTS = 64
CHUNK_CHARS = 1 << 20
ENGINES = ("local", "dask")


class EngineError(Exception):
    """The chosen engine cannot run (a bad option, Dask not installed or not reachable); one line."""


@dataclass
class BuildSummary:
    """What a build did: the corpus' size, and how much of it was processed anew."""

    out: Path
    documents: int
    quotes: int
    processed: int
    reused: int
    warnings: int


def _chunks(docs: Iterable[Document]) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    chars = 0
    for doc in docs:
        chunk.append(doc)
        chars += len(doc.text)
        if len(chunk) >= CHUNK_DOCUMENTS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class _Build:
    """The state of one build between its phases."""

    def __init__(self, cache: ResultCache, fingerprint: str, report: Callable[[str], None],
                 progress: BuildProgress):
        self.cache, self.fingerprint, self.report, self.progress = cache, fingerprint, report, progress
        self.names = SpeakerNames()
        self.documents = self.processed = self.reused = 0

    def misses(self, stream: DocumentStream) -> Iterator[Chunk]:
        """Chunks of the documents the cache does not hold; the others are counted in as they pass."""
        for chunk in _chunks(stream):
            keyed = [(doc, document_key(doc, self.fingerprint)) for doc in chunk]
            self.cache.add_members((doc.doc_id, key) for doc, key in keyed)
            known = self.cache.known([key for _, key in keyed])
            for _, key in keyed:
                if key in known:
                    mentions, warnings = self.cache.mentions(key)
                    self.names.add(mentions)
                    for warning in warnings:
                        self.report(warning)
                    self.reused += 1
            self.documents += len(chunk)
            self.progress.read(stream.bytes_read, self.documents)
            missing = [(doc, key) for doc, key in keyed if key not in known]
            if missing:
                yield missing
            else:
                self.cache.commit()

    def store(self, results: list[Processed]) -> None:
        for item in results:
            self.cache.store(item.key, item.blob, item.mentions, item.warnings)
            self.names.add(item.mentions)
            for warning in item.warnings:
                self.report(warning)
        self.processed += len(results)
        self.cache.commit()


def _lock(out: Path) -> Any:
    """Hold the output's lock file: two builds writing one corpus would undo each other's work."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle = (out.parent / f".{out.name}.lock").open("a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise ExportError(f"{out}: another build is writing this corpus") from None
    return handle


def _dask_client(scheduler: str | None, options: Options) -> Any:
    """A client of the Dask scheduler whose workers run this code, made before any work is done."""
    from quotes.distributed import check_workers, connect

    client = connect(scheduler or "")
    try:
        check_workers(client, options)
    except BaseException:
        client.close()
        raise
    return client


@dataclass
class _Request:
    """What a build was asked to do, checked."""

    out: Path
    options: Options
    info: dict[str, str]  # how the corpus was made, for the files' metadata
    listing: SpeakerList | None
    workers: int
    cache: Path | None  # None: a temporary cache for this build only
    partitioned: bool
    progress: bool | None
    annotator: Annotator


def build_corpus(inputs: Sequence[str | Path], out_dir: str | Path, on_error: str = "skip",
                 report: Callable[[str], None] | None = None,
                 speakers: str | Path | SpeakerList | None = None, *, workers: int = 1,
                 cache: bool | str | Path = True, max_chars: int = MAX_CHARS, engine: str = "local",
                 scheduler: str | None = None, progress: bool | None = None, nlp: str | Annotator = "auto",
                 stanza_dir: str | Path | None = None) -> BuildSummary:
    """Build the corpus of `inputs` into `out_dir`; see `quotes.pipeline.build` for the arguments.

    Every choice is checked, and the output folder too, before any document is read.
    """
    out = corpus_path(out_dir)
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (expected {' or '.join(ENGINES)})")
    if workers < 1:
        raise EngineError(f"--workers must be 1 or more, not {workers}")
    if engine == "dask" and not scheduler:
        raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    recover(out)
    check_target(out)
    counted = _CountingReport(report)
    listing = load_speaker_list(speakers) if isinstance(speakers, (str, Path)) else speakers
    for warning in listing.warnings if listing else []:
        counted(warning)
    annotator = get_annotator(nlp, stanza_dir) if isinstance(nlp, str) else nlp
    stream = read_documents(inputs, on_error=on_error, report=counted)
    info = {**annotator.info(), "on_error": on_error}
    if listing:
        info["speaker_list"] = Path(speakers).name if isinstance(speakers, (str, Path)) else "given"
    if isinstance(speakers, (str, Path)):
        info["speaker_list_sha256"] = file_sha256(speakers)
    # What the corpus was made of: SHA-256 of every input file, keyed as documents.path gives it.
    info["input_sha256"] = json.dumps(path_checksums(stream.files, counted), sort_keys=True)
    if max_chars != MAX_CHARS:
        info["max_chars"] = str(max_chars)
    location = None if cache is False else default_location(out) if cache is True else Path(cache)
    request = _Request(out, Options(max_chars=max_chars, annotator=annotator.name), info, listing, workers,
                       location, engine == "dask", progress, annotator)
    client = _dask_client(scheduler, request.options) if engine == "dask" else None
    try:
        with fewer_collections():  # forked workers and the tally process inherit the threshold
            summary = _run(stream, request, counted, client)
    except (OSError, sqlite3.Error) as error:  # a full disk, a vanished folder: one line, not a traceback
        reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
        raise ExportError(f"{out}: the corpus cannot be written ({reason})") from None
    finally:
        if client is not None:
            client.close()
    summary.warnings = counted.count
    return summary


class _CountingReport:
    """Passes messages on to the caller's report and counts them."""

    def __init__(self, report: Callable[[str], None] | None):
        self.report, self.count = report, 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if self.report is not None:
            self.report(message)


def _run(stream: DocumentStream, request: _Request, report: Callable[[str], None], client: Any) -> BuildSummary:
    """Process what the cache lacks, unify speakers, write the corpus: the three phases of a build."""
    lock = _lock(request.out)
    pool = start_pool(request.workers, request.annotator) if client is None else None
    # With worker processes, the speakers table is counted on another core while the corpus is written.
    tally = TallyProcess() if pool is not None else None
    try:
        remove_stale_staging(request.out)
        with ResultCache(request.cache, temporary_for=request.out) as results, \
                build_progress(request.progress) as bar:
            state = _Build(results, code_fingerprint(request.options), report, bar)
            bar.start_reading(stream.total_bytes)
            chunks = state.misses(stream)
            if request.annotator.name != "rules" and pool is None:
                # A model is loaded once, here: each chunk is annotated in one batch before it is processed
                # (here or on a Dask worker); local workers annotate their own chunks with the model they
                # inherit (`quotes.parallel`). The rule annotator needs no such step (each step reads a
                # text's people itself).
                chunks = (annotated(chunk, request.annotator) for chunk in chunks)
            if client is not None:
                from quotes.distributed import run_dask

                processed = run_dask(chunks, request.options, client)
            else:
                processed = run_local(chunks, request.options, pool, request.workers)
            for chunk in processed:
                state.store(chunk)
            results.commit()
            quotes = _write(results, state, request, bar, tally)
            results.prune()
    finally:
        if tally is not None:
            tally.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        lock.close()
    return BuildSummary(request.out, state.documents, quotes, state.processed, state.reused, 0)


def _write(results: ResultCache, state: _Build, request: _Request, bar: BuildProgress,
           tally: SpeakerCounter | None = None) -> int:
    """Unify the speakers and write every document into the corpus; the number of top-level quotes."""
    unification = state.names.unify(request.listing)
    listed = request.listing.by_id() if request.listing else None
    writer = CorpusWriter(request.out, request.info, listed, partitioned=request.partitioned, tally=tally)
    quotes = 0
    try:
        bar.start_writing(state.documents)
        for written, blob in enumerate(results.documents(), start=1):
            rows = DocumentRows.from_bytes(blob)
            quotes += rows.top_level_quotes
            writer.add_rows(rows.document, unification.table_quotes(rows.doc_id, rows.quotes), rows.non_speech)
            if written % 256 == 0:
                bar.wrote(written)
        bar.wrote(state.documents)
        writer.finish()
    finally:
        writer.abort()
    return quotes
