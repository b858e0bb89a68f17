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
from quotes.stage import Options, Processed, analyse_many

Chunk = list[tuple[Document, str]]
#: Chunks in flight per worker: one being processed, one waiting, so no worker idles.
IN_FLIGHT = 2


def _warm_up() -> None:
    """Compile the rules' patterns and load their word lists and date parser once, in this process,
    so that forked workers inherit them instead of each spending most of a second on it."""
    text = ('Lindholm council meets\n\nLINDHOLM, May 4. "We will reopen the pier on Monday," Mayor Piet Maas '
            'told reporters after talks with the harbour board yesterday.\n')
    analyse_many([(Document("warm-up", text, date="2021-05-04"), "")], Options())


def start_pool(workers: int) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes, started now; None for one worker (work stays in this process).

    Workers are forked, so a script that calls `quotes.build` needs no `__main__` guard;
    they are started before the progress bar's thread exists, because forking a process
    that runs threads can copy a lock in the held state.
    """
    if workers <= 1:
        return None
    _warm_up()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    pool.submit(int).result()  # the first task starts every worker process
    return pool


def run_local(chunks: Iterable[Chunk], options: Options, pool: Executor | None = None,
              workers: int = 1) -> Iterator[list[Processed]]:
    """The processed chunks, consuming `chunks` lazily; without a pool they are processed in this process."""
    if pool is None:
        for chunk in chunks:
            yield analyse_many(chunk, options)
        return
    pending: set[Future[list[Processed]]] = set()
    for chunk in chunks:
        pending.add(pool.submit(analyse_many, chunk, options))
        while len(pending) >= IN_FLIGHT * workers:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        yield from (future.result() for future in done)
