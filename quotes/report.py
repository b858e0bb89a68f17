"""Reports on a built corpus: the speaker table and one speaker's quotes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from rich.console import Console
from rich.table import Table

from quotes.export import load

SPEAKER_COLUMNS = ["speaker", "quotes", "words", "documents", "first_date", "last_date"]
QUOTE_COLUMNS = ["date", "place", "doc_id", "kind", "text"]
FORMATS = ("table", "csv", "json", "markdown")


class ReportError(Exception):
    """A report cannot be made; the message is one line."""


def _render(frame: pd.DataFrame, fmt: str, title: str, wrap: str | None = None) -> str:
    frame = frame.copy()
    for column in frame.columns:
        if column.endswith("date"):
            frame[column] = frame[column].map(lambda v: v.isoformat() if pd.notna(v) else "")
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        return json.dumps(frame.to_dict(orient="records"), ensure_ascii=False, indent=1, default=str) + "\n"
    if fmt == "markdown":
        cells = frame.astype(str).map(lambda v: v.replace("|", "\\|").replace("\n", " "))
        lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
        lines += ["| " + " | ".join(row) + " |" for row in cells.itertuples(index=False)]
        return "\n".join(lines) + "\n"
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(column, overflow="fold" if column == wrap else "ellipsis",
                         justify="right" if pd.api.types.is_numeric_dtype(frame[column]) else "left")
    for row in frame.astype(str).itertuples(index=False):
        table.add_row(*row)
    buffer = io.StringIO()
    Console(file=buffer, width=120, force_terminal=False).print(table)
    return buffer.getvalue()


def _speaker_quotes(quotes: pd.DataFrame, speakers: pd.DataFrame, name: str) -> pd.DataFrame:
    wanted = name.lower()
    ids = speakers[(speakers.speaker.str.lower() == wanted) | (speakers.speaker_id == name)].speaker_id
    if ids.empty:
        ids = speakers[speakers.speaker.str.lower().str.split().map(lambda t: wanted in t)].speaker_id
    if ids.empty:
        from rapidfuzz import process

        close = [m[0] for m in process.extract(name, speakers.speaker.tolist(), limit=3)]
        raise ReportError(f"no speaker {name!r} in the corpus; closest: {', '.join(close) or 'none'}")
    chosen = quotes[quotes.speaker_id.isin(set(ids)) & quotes.parent_id.isna()]
    return chosen.sort_values(["date", "doc_id", "start"], na_position="last")


def by_speaker(out_dir: str | Path, *, sort: str = "quotes", ascending: bool = False, fmt: str = "table",
               speaker: str | None = None, limit: int | None = None) -> str:
    """The speakers of a corpus and their figures, or one speaker's quotes, as text."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    corpus = load(out_dir)
    if speaker:
        frame = _speaker_quotes(corpus.quotes, corpus.speakers, speaker)[QUOTE_COLUMNS]
        return _render(frame.head(limit) if limit else frame, fmt, f"Quotes of {speaker}", wrap="text")
    if sort not in SPEAKER_COLUMNS:
        raise ReportError(f"cannot sort by {sort!r}; choose one of {', '.join(SPEAKER_COLUMNS)}")
    frame = corpus.speakers[SPEAKER_COLUMNS].sort_values([sort, "speaker"], ascending=[ascending, True])
    return _render(frame.head(limit) if limit else frame, fmt, "Speakers")
