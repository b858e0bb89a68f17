"""Running the per-document stage on more than one core: a pool of local processes.

Documents are independent until speakers are unified, so chunks of them go to
worker processes and come back processed, in whatever order they finish (the
corpus is written in document-id order afterwards, so order here changes
nothing). At most two chunks per worker are in flight: the input is read only as
fast as it is processed, and memory stays flat however large the input.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait

from quotes.model import Document
from quotes.nlp import Annotator, annotate
from quotes.stage import Options, Processed, analyse_many

Chunk = list[tuple[Document, str]]
#: Chunks in flight per worker: one being processed, one waiting, so no worker idles.
IN_FLIGHT = 2

#: The model annotator a pool's workers annotate their chunks with (None for the rules, which need no
#: such step). It is set before the workers fork, so each inherits it: a model loaded here is shared
#: with them page by page, not loaded again, and annotating, the costly part of a model build, runs
#: on every worker instead of in this process alone.
_annotator: Annotator | None = None


def _warm_up() -> None:
    """Compile the rules' patterns and load their word lists and date parser once, in this process,
    so that forked workers inherit them instead of each spending most of a second on it."""
    text = ('Lindholm council meets\n\nLINDHOLM, May 4. "We will reopen the pier on Monday," Mayor Piet Maas '
            'told reporters after talks with the harbour board yesterday.\n')
    analyse_many([(Document("warm-up", text, date="2021-05-04"), "")], Options())


def start_pool(workers: int, annotator: Annotator | None = None) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes, started now; None for one worker (work stays in this process).

    Workers are forked, so a script that calls `quotes.build` needs no `__main__` guard;
    they are started before the progress bar's thread exists, because forking a process
    that runs threads can copy a lock in the held state. With a model `annotator`, each
    worker annotates the chunks it takes (`analyse_chunk`).
    """
    global _annotator
    if workers <= 1:
        return None
    _annotator = annotator if annotator is not None and annotator.name != "rules" else None
    _warm_up()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    pool.submit(int).result()  # the first task starts every worker process
    return pool


def annotated(chunk: Chunk, annotator: Annotator) -> Chunk:
    """The chunk's documents with their annotation filled in, in one batch."""
    for _ in annotate([doc for doc, _ in chunk], annotator, batch_size=max(1, len(chunk))):
        pass
    return chunk


def analyse_chunk(chunk: Chunk, options: Options) -> list[Processed]:
    """What a pool worker runs: the chunk annotated in one batch by the pool's model, if it has one,
    then the per-document stage."""
    return analyse_many(chunk if _annotator is None else annotated(chunk, _annotator), options)


def run_local(chunks: Iterable[Chunk], options: Options, pool: Executor | None = None,
              workers: int = 1) -> Iterator[list[Processed]]:
    """The processed chunks, consuming `chunks` lazily; without a pool they are processed in this process."""
    if pool is None:
        for chunk in chunks:
            yield analyse_many(chunk, options)
        return
    pending: set[Future[list[Processed]]] = set()
    for chunk in chunks:
        pending.add(pool.submit(analyse_chunk, chunk, options))
        while len(pending) >= IN_FLIGHT * workers:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from (future.result() for future in done)
