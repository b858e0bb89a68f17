"""A report's table as text: a rich table for people, CSV, JSON, Markdown or HTML for other programs.

Every format goes through `plain`, so a date, a missing value or a list reads
the same in all of them.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
from rich.console import Console
from rich.table import Table

from quotes.templating import render

FORMATS = ("table", "csv", "json", "markdown", "html")
TABLE_WIDTH = 120
TABLE_TEXT_CHARS = 80


def plain(value: object) -> object:
    """A value as plain Python: ISO dates, lists, None for anything missing, so every format agrees."""
    if isinstance(value, np.ndarray):
        value = value.tolist()  # a list column arrives as a numpy array
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if value is None or pd.isna(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value.item() if hasattr(value, "item") else value


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain values."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def text(value: object) -> str:
    """A cell as text: lists joined by commas, records as their values, nothing for a missing value."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return " ".join(text(v) for v in value.values())
    if isinstance(value, list):
        return ", ".join(text(v) for v in value)
    return str(value)


def to_csv(frame: pd.DataFrame) -> str:
    return pd.DataFrame(records(frame), columns=frame.columns).to_csv(index=False)


def to_json(frame: pd.DataFrame) -> str:
    return json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n"


def to_markdown(frame: pd.DataFrame) -> str:
    """A pipe table; pipes and line breaks inside cells are escaped so rows stay rows."""
    def cell(value: object) -> str:
        return text(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ")

    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    rule = "|" + "".join("---:|" if n else "---|" for n in numeric)
    lines = ["| " + " | ".join(frame.columns) + " |", rule]
    lines += ["| " + " | ".join(cell(v) for v in row.values()) + " |" for row in records(frame)]
    return "\n".join(lines) + "\n"


def to_html(frame: pd.DataFrame, title: str) -> str:
    """An HTML `<table>` with every cell escaped, numbers right-aligned, ready to paste into a page."""
    numeric = {c: bool(pd.api.types.is_numeric_dtype(frame[c])) for c in frame.columns}
    rows = [[(text(v), numeric[k]) for k, v in row.items()] for row in records(frame)]
    return render("table.html.j2", title=title, columns=list(frame.columns), numeric=numeric, rows=rows)


def shorten(words: str, limit: int = TABLE_TEXT_CHARS) -> str:
    """Long quotes cut to one table line's worth; the other formats keep the full text."""
    flat = " ".join(words.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def to_table(frame: pd.DataFrame, title: str) -> str:
    """A rich table without colour codes, as it would print in a terminal 120 columns wide."""
    table = Table(title=title)
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        table.add_column(column, justify="right" if numeric else "left", no_wrap=column != "text",
                         overflow="fold" if column == "text" else "ellipsis")
    for row in records(frame):
        table.add_row(*(shorten(text(v)) if k == "text" else text(v) for k, v in row.items()))
    buffer = io.StringIO()
    Console(file=buffer, width=TABLE_WIDTH, force_terminal=False, color_system=None).print(table)
    return buffer.getvalue()


def render_frame(frame: pd.DataFrame, fmt: str, title: str) -> str:
    """`frame` in one of `FORMATS`."""
    if fmt == "csv":
        return to_csv(frame)
    if fmt == "json":
        return to_json(frame)
    if fmt == "markdown":
        return to_markdown(frame)
    if fmt == "html":
        return to_html(frame, title)
    return to_table(frame, title)
