"""Reports on a built corpus: the speaker table and one speaker's quotes.

Both read the Parquet files only, so a report never needs the pipeline or its
models, and render to text in one of a few formats: a rich table for people,
CSV, JSON or a Markdown pipe table for other tools.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
from rapidfuzz import process
from rich.console import Console
from rich.table import Table

from quotes.export import ExportError, load

SPEAKER_COLUMNS = ["speaker", "quotes", "words", "documents", "first", "last"]
QUOTE_COLUMNS = ["date", "place", "doc_id", "kind", "speaker", "text"]
SORT_ALIASES = {"first_date": "first", "last_date": "last"}
FORMATS = ("table", "csv", "json", "markdown")
TABLE_WIDTH = 120
TABLE_TEXT_CHARS = 80


class ReportError(Exception):
    """A report cannot be made; the message is one line."""


def _cell(value: object) -> object:
    """A value as plain Python: ISO dates, None for anything missing, so every format agrees."""
    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value.item() if hasattr(value, "item") else value


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _cell(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _to_csv(frame: pd.DataFrame) -> str:
    return pd.DataFrame(_records(frame), columns=frame.columns).to_csv(index=False)


def _to_json(frame: pd.DataFrame) -> str:
    return json.dumps(_records(frame), ensure_ascii=False, indent=1) + "\n"


def _to_markdown(frame: pd.DataFrame) -> str:
    """A pipe table; pipes and line breaks inside cells are escaped so rows stay rows."""
    def cell(value: object) -> str:
        return _text(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ")

    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    rule = "|" + "".join("---:|" if n else "---|" for n in numeric)
    lines = ["| " + " | ".join(frame.columns) + " |", rule]
    lines += ["| " + " | ".join(cell(v) for v in row.values()) + " |" for row in _records(frame)]
    return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int = TABLE_TEXT_CHARS) -> str:
    """Long quotes cut to one table line's worth; the other formats keep the full text."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _to_table(frame: pd.DataFrame, title: str) -> str:
    table = Table(title=title)
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        table.add_column(column, justify="right" if numeric else "left", no_wrap=column != "text",
                         overflow="fold" if column == "text" else "ellipsis")
    for row in _records(frame):
        table.add_row(*(_shorten(_text(v)) if k == "text" else _text(v) for k, v in row.items()))
    buffer = io.StringIO()
    Console(file=buffer, width=TABLE_WIDTH, force_terminal=False, color_system=None).print(table)
    return buffer.getvalue()


def _render(frame: pd.DataFrame, fmt: str, title: str) -> str:
    if fmt == "csv":
        return _to_csv(frame)
    if fmt == "json":
        return _to_json(frame)
    if fmt == "markdown":
        return _to_markdown(frame)
    return _to_table(frame, title)


def _exact_ids(speakers: pd.DataFrame, name: str) -> set[str]:
    """Speaker ids whose display name is `name` (any case), or `name` itself when it is an id."""
    wanted = name.casefold()
    hit = speakers.speaker.str.casefold().eq(wanted) | speakers.speaker_id.eq(name)
    return set(speakers.speaker_id[hit.fillna(False).astype(bool)])


def _word_match(quotes: pd.DataFrame, name: str) -> pd.Series:
    """Quotes whose speaker holds `name` as whole words, so a surname finds its speaker."""
    pattern = r"(?<!\w)" + re.escape(" ".join(name.split())) + r"(?!\w)"
    return quotes.speaker.str.contains(pattern, case=False, regex=True).fillna(False).astype(bool)


def _closest(speakers: pd.DataFrame, name: str) -> str:
    names = speakers.speaker.dropna().unique().tolist()
    close = [match[0] for match in process.extract(name, names, limit=3)]
    return ", ".join(close) or "none"


def _speaker_quotes(quotes: pd.DataFrame, speakers: pd.DataFrame, name: str) -> pd.DataFrame:
    """The top-level quotes of the speaker called `name`, in date order."""
    top = quotes[quotes.parent_id.isna()]
    ids = _exact_ids(speakers, name)
    if ids:
        # A quote of several speakers ("the two ministers said") belongs to each of them.
        members = top.speaker_ids if "speaker_ids" in top else top.speaker_id.map(lambda sid: [sid])
        chosen = top[members.map(lambda sids: bool(ids.intersection(list(sids))))]
    else:
        chosen = top[_word_match(top, name)]
    if chosen.empty:
        raise ReportError(f"no speaker {name!r} in the corpus; closest: {_closest(speakers, name)}")
    return chosen.sort_values(["date", "doc_id", "start"], na_position="last")


def _speaker_table(speakers: pd.DataFrame, sort: str, ascending: bool) -> pd.DataFrame:
    frame = speakers.rename(columns={"first_date": "first", "last_date": "last"})[SPEAKER_COLUMNS]
    keys = [sort] if sort == "speaker" else [sort, "speaker"]
    order = [ascending, True][: len(keys)]
    return frame.sort_values(keys, ascending=order, na_position="last", kind="stable")


def _check_options(sort: str, fmt: str, limit: int | None) -> str:
    """Fail on a bad option before reading anything; returns the sort column's report name."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    column = SORT_ALIASES.get(sort, sort)
    if column not in SPEAKER_COLUMNS:
        raise ReportError(f"cannot sort by {sort!r}; choose one of {', '.join(SPEAKER_COLUMNS)}")
    if limit is not None and limit < 0:
        raise ReportError(f"limit must be zero or more, not {limit}")
    return column


def by_speaker(out_dir: str | Path, *, sort: str = "quotes", ascending: bool = False, fmt: str = "table",
               speaker: str | None = None, limit: int | None = None) -> str:
    """The speakers of a corpus and their figures, or one speaker's quotes, as text.

    Without `speaker`, one row per speaker sorted by `sort` (ties by name). With it,
    that speaker's quotes in date order; `speaker` may be a display name, a whole
    word of one (a surname) or a speaker id. `limit` keeps the first rows only.
    """
    column = _check_options(sort, fmt, limit)
    try:
        corpus = load(out_dir)
    except ExportError as error:
        raise ReportError(str(error)) from error
    if speaker:
        frame = _speaker_quotes(corpus.quotes, corpus.speakers, speaker)[QUOTE_COLUMNS]
        title = f"Quotes of {speaker}"
    else:
        frame = _speaker_table(corpus.speakers, column, ascending)
        title = "Speakers"
    return _render(frame if limit is None else frame.head(limit), fmt, title)
