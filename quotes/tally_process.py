"""Counting the speakers table in a process of its own while the corpus is written.

The speakers table weighs every speaker against the whole corpus, so its rows are
known only after the last quote; counting it after the quotes table is written
adds its whole cost to the serial end of a build, when the worker processes of
`--workers N` are idle. A `TallyProcess` is a `quotes.statistics.SpeakerTally`
in a forked process: the writer hands it each batch of quote rows as the batch is
made, the process counts them on another core while the writer goes on, and at
the end it sends the finished rows back. The rows are the ones an in-process
tally gives, since the same batches arrive in the same order.

The process is forked before the build starts any thread, for the reason worker
processes are (`quotes.parallel.start_pool`), and ends when its rows are sent,
when it is closed, or when the building process dies (its pipe closes).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Iterator, Mapping, Sequence
from multiprocessing.connection import Connection
from typing import Any

import pyarrow as pa

from quotes.statistics import SpeakerTally

#: Speakers table rows sent back in one message.
ROWS_PER_MESSAGE = 1_000


class TallyError(Exception):
    """The speaker-tally process failed or vanished; one line saying why."""


def _serve(conn: Connection, parent_end: Connection) -> None:
    """The tally process: count the batches received until asked for the rows, then send them."""
    parent_end.close()  # so that the pipe reports end-of-file when the building process dies
    tally = SpeakerTally()
    try:
        while True:
            try:
                message, payload = conn.recv()
            except EOFError:
                return
            if message == "add":
                tally.add(payload)
                continue
            chunk: list[dict] = []
            for row in tally.rows(payload):
                chunk.append(row)
                if len(chunk) == ROWS_PER_MESSAGE:
                    conn.send(("rows", chunk))
                    chunk = []
            conn.send(("rows", chunk))
            conn.send(("done", None))
            return
    except Exception as error:  # reported to the building process, which raises it as one line
        first_line = (str(error).splitlines() or [""])[0]
        conn.send(("error", f"{type(error).__name__}: {first_line}"))
    finally:
        tally.close()
        conn.close()


class TallyProcess:
    """A `SpeakerTally` in a forked process, with the same `add` and `rows`."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(child_end, self._conn), daemon=True,
                                        name="quotes-speaker-tally")
        self._process.start()
        child_end.close()

    def add(self, batch: pa.RecordBatch, columns: Mapping[str, Sequence] | None = None) -> None:
        """Send a batch of quote rows to be counted (it waits while the process is a pipe's length behind).
        The same rows as Python `columns` are not sent: Arrow crosses a pipe at a fraction of their cost."""
        self._send(("add", batch))

    def rows(self, listed: Mapping[str, Any] | None = None) -> Iterator[dict]:
        """The rows of the speakers table, as `SpeakerTally.rows` gives them."""
        self._send(("rows", listed))
        while True:
            try:
                message, payload = self._conn.recv()
            except EOFError:
                raise TallyError("the speaker-tally process ended before sending the speakers table") from None
            if message == "done":
                return
            if message == "error":
                raise TallyError(f"the speaker tally failed ({payload})")
            yield from payload

    def _send(self, message: tuple) -> None:
        try:
            self._conn.send(message)
        except (BrokenPipeError, ConnectionResetError):
            reason = "it has ended"
            if self._conn.poll(0):  # it failed on an earlier batch and said why
                with contextlib.suppress(EOFError):
                    message, payload = self._conn.recv()
                    reason = f"failed ({payload})" if message == "error" else reason
            raise TallyError(f"the speaker tally {reason}") from None

    def close(self) -> None:
        """End the process if it still runs; closing again does nothing."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()
