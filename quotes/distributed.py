"""Running the per-document stage on a Dask cluster (`quotes build --engine dask --scheduler ADDRESS`).

The machine that runs `quotes build` reads the input, keeps the cache and writes
the corpus; the cluster's workers only process chunks of documents, which are
sent to them and come back processed. Workers therefore need the same version of
`quotes` installed but no shared file system. A build checks, before sending any
work, that every worker runs the same code as it does (the code fingerprint of
`quotes.cache`), since results from other code would be cached as if they were
its own. At most two chunks per worker thread are in flight, so memory on the
building machine stays flat.

dask.distributed is an optional extra: `pip install "quotes[dask]"`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quotes.cache import code_fingerprint
from quotes.incremental import EngineError
from quotes.parallel import IN_FLIGHT, Chunk
from quotes.stage import Options, Processed, analyse_many

#: How long to wait for the scheduler to answer before giving up.
CONNECT_TIMEOUT = "10s"


def connect(scheduler: str):  # -> distributed.Client
    """A client of the scheduler at `scheduler`; EngineError in one line when that is not possible."""
    try:
        from distributed import Client
    except ImportError:
        raise EngineError("--engine dask needs dask.distributed: pip install 'quotes[dask]'") from None
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({first_line})") from None


def check_workers(client, options: Options) -> int:
    """The number of worker threads, once every worker is known to run this very code."""
    threads = sum(client.nthreads().values())
    if not threads:
        raise EngineError(f"the Dask scheduler at {client.scheduler.address} has no workers")
    ours = code_fingerprint(options)
    theirs = client.run(_worker_fingerprint, options)
    strangers = sorted(address for address, fingerprint in theirs.items() if fingerprint != ours)
    if strangers:
        raise EngineError(f"Dask workers {', '.join(strangers[:3])} run another version of quotes than this one")
    return threads


def _worker_fingerprint(options: Options) -> str:
    """What a worker runs to say which code it has (imported there, from the worker's own installation)."""
    from quotes.cache import code_fingerprint as fingerprint

    return fingerprint(options)


def run_dask(chunks: Iterable[Chunk], options: Options, client) -> Iterator[list[Processed]]:
    """The processed chunks, computed on the cluster of `client` (see `connect`), consuming `chunks` lazily."""
    from distributed import as_completed

    window = IN_FLIGHT * check_workers(client, options)
    pending = as_completed(loop=client.loop)
    in_flight = 0
    for chunk in chunks:
        pending.add(client.submit(analyse_many, chunk, options, pure=False))
        in_flight += 1
        while in_flight >= window:
            yield next(pending).result()
            in_flight -= 1
    for future in pending:
        yield future.result()
