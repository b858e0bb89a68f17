"""A progress bar for long builds: bytes read, rate and time left, on stderr when it is a terminal.

Reading is measured in bytes of input because that is known before the first
document is read (from the file sizes), so the time left is an estimate from the
start; writing is measured in documents, whose number is known by then. When
stderr is not a terminal (a pipe, a log file, CI, tests) nothing is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text


class _Amount(ProgressColumn):
    """Bytes and MB/s while reading; documents and documents a second while writing."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes, self._speed = DownloadColumn(), TransferSpeedColumn()

    def render(self, task: Task) -> Text:
        documents = f"{task.fields.get('documents', 0):,} docs"
        if task.fields.get("unit") == "bytes":
            return Text.assemble(self._bytes.render(task), " ", self._speed.render(task), f" {documents}")
        rate = f"{task.speed:,.0f} docs/s" if task.speed else "? docs/s"
        return Text(f"{int(task.completed):,}/{int(task.total or 0):,} docs {rate}")


class BuildProgress:
    """The two phases of a build; every method does nothing when the bar is not shown."""

    def __init__(self, progress: Progress | None):
        self._progress = progress
        self._reading: TaskID | None = None
        self._writing: TaskID | None = None

    def start_reading(self, total_bytes: int) -> None:
        if self._progress is not None:
            self._reading = self._progress.add_task("reading", total=total_bytes or None, documents=0, unit="bytes")

    def read(self, bytes_read: int, documents: int) -> None:
        if self._progress is not None and self._reading is not None:
            self._progress.update(self._reading, completed=bytes_read, documents=documents)

    def start_writing(self, documents: int) -> None:
        if self._progress is not None:
            if self._reading is not None:
                self._progress.update(self._reading, completed=self._progress.tasks[self._reading].total or 0)
            self._writing = self._progress.add_task("writing", total=documents, unit="documents")

    def wrote(self, documents: int) -> None:
        if self._progress is not None and self._writing is not None:
            self._progress.update(self._writing, completed=documents)


def _columns() -> list:
    return [TextColumn("{task.description:>7}"), BarColumn(), _Amount(), TimeRemainingColumn()]


@contextmanager
def build_progress(show: bool | None = None, console: Console | None = None) -> Iterator[BuildProgress]:
    """A `BuildProgress`; `show=None` draws it only when stderr is a terminal."""
    console = console or Console(stderr=True)
    if show is None:
        show = console.is_terminal
    if not show:
        yield BuildProgress(None)
        return
    with Progress(*_columns(), console=console, transient=False) as progress:
        yield BuildProgress(progress)
