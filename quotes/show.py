"""One article in the terminal, each quote highlighted in its speaker's colour, the attribution beside it.

This is the view for checking a build by eye: read the article as written, see
which words were taken as speech, whose they were said to be, and why (cue, rule,
confidence, occasion). Each quote is numbered where it begins; the margin beside
that paragraph names the speaker in the same colour. In a narrow terminal the
notes go under the paragraph instead.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from quotes.articles import Article, Highlight, article, attribution, colour_key, occasion, speaker_name
from quotes.colours import UNATTRIBUTED, Colour, speaker_colours
from quotes.report import open_corpus

MARGIN = 34
NARROW = 80


def _colour(quote: dict, colours: dict[str, Colour]) -> Colour:
    key = colour_key(quote)
    return colours.get(key, UNATTRIBUTED) if key else UNATTRIBUTED


def quote_style(quote: dict, colours: dict[str, Colour]) -> Style:
    """The highlight of a quote: dark text on its speaker's tint, so it reads on light and dark terminals."""
    nested = quote.get("parent_id") is not None
    return Style(color="#000000", bgcolor=_colour(quote, colours).tint, underline=nested, italic=nested)


def name_style(quote: dict, colours: dict[str, Colour]) -> Style:
    """A speaker's name and quote number: bold in the speaker's strong colour."""
    return Style(color=_colour(quote, colours).strong, bold=True)


def numbers(art: Article) -> dict[str, int]:
    """Top-level quotes numbered in reading order; nested quotes share their parent's note."""
    top = [q for q in art.quotes if q.get("parent_id") is None]
    return {q["quote_id"]: n for n, q in enumerate(sorted(top, key=lambda q: q["start"]), start=1)}


def _append(text: Text, parts: list[str | Highlight], colours: dict[str, Colour], numbered: dict[str, int]) -> None:
    for part in parts:
        if isinstance(part, str):
            text.append(part)
            continue
        quote = part.quote
        if quote.get("quote_id") in numbered:
            text.append(f"[{numbered[quote['quote_id']]}]", style=name_style(quote, colours))
        start = len(text)
        _append(text, part.parts, colours, numbered)
        # Under the spans already laid on the quotes inside it, so a nested quote keeps its own look.
        text.stylize_before(quote_style(quote, colours), start, len(text))


def article_text(art: Article, colours: dict[str, Colour]) -> Text:
    """The article's text with each quote styled and a `[n]` marker where each top-level quote begins."""
    text = Text()
    _append(text, art.parts(), colours, numbers(art))
    return text


def _note(quote: dict, number: int, colours: dict[str, Colour]) -> Text:
    note = Text()
    note.append(f"[{number}] {speaker_name(quote)}", style=name_style(quote, colours))
    if quote.get("kind") and quote["kind"] != "direct":
        note.append(f" ({quote['kind']})", style="dim")
    note.append("\n" + attribution(quote, sep="\n"))
    if occasion(quote):
        note.append("\n" + occasion(quote), style="italic")
    return note


def _notes_by_line(art: Article, colours: dict[str, Colour]) -> dict[int, list[Text]]:
    """Each top-level quote's note, under the line (paragraph) where the quote begins."""
    notes: dict[int, list[Text]] = {}
    numbered = numbers(art)
    for quote in sorted((q for q in art.quotes if q["quote_id"] in numbered), key=lambda q: q["start"]):
        line = art.text.count("\n", 0, max(0, min(int(quote["start"]), len(art.text))))
        notes.setdefault(line, []).append(_note(quote, numbered[quote["quote_id"]], colours))
    return notes


def _legend(art: Article, colours: dict[str, Colour]) -> Text:
    """Who speaks in this article, in their colours, with how many quotes each."""
    said: dict[tuple[str, str | None], list[dict]] = {}
    for quote in art.quotes:
        if quote.get("parent_id") is None:
            said.setdefault((speaker_name(quote), colour_key(quote)), []).append(quote)
    legend = Text()
    for (name, _), theirs in sorted(said.items(), key=lambda item: (-len(item[1]), item[0][0])):
        legend.append("■ ", style=name_style(theirs[0], colours)).append(f"{name} ({len(theirs)})   ")
    return legend


def _header(art: Article) -> list[RenderableType]:
    meta = " · ".join(str(v) for v in (art.doc_id, art.date, art.source, art.place) if v)
    top = sum(1 for q in art.quotes if q.get("parent_id") is None)
    return [Rule(Text(art.title or art.doc_id, style="bold")),
            Text(f"{meta} · {top} quote{'s' if top != 1 else ''}", style="dim")]


def article_view(art: Article, colours: dict[str, Colour], width: int = 100) -> Group:
    """Everything `show` prints: title, metadata, legend, then the text with its notes."""
    lines = article_text(art, colours).split("\n", allow_blank=True)
    notes = _notes_by_line(art, colours)
    body: list[RenderableType] = []
    if width >= NARROW:
        grid = Table.grid(padding=(0, 2), expand=True)
        grid.add_column(ratio=1)
        grid.add_column(width=MARGIN)
        for index, line in enumerate(lines):
            grid.add_row(line, Text("\n").join(notes.get(index, [])))
        body.append(grid)
    else:
        for index, line in enumerate(lines):
            body.append(line)
            body.extend(notes.get(index, []))
    return Group(*_header(art), _legend(art, colours), Text(""), *body)


#: How many document ids the message for a missing id names.
LISTED_IDS = 5


def which_document(out_dir: str | Path) -> str:
    """The one-line answer to `quotes show OUT` without a document id: what to add, and the first ids.

    A folder alone is no document id; read as one against `corpus/` it would give a misleading error."""
    ids = open_corpus(out_dir).documents.doc_id.dropna().astype(str).tolist()
    shown = ", ".join(ids[:LISTED_IDS]) + (", ..." if len(ids) > LISTED_IDS else "")
    return (f"{out_dir}: give a document id after the corpus folder (quotes show OUT DOC_ID); "
            f"{len(ids)} document{'s' if len(ids) != 1 else ''}" + (f": {shown}" if ids else ""))


def show(out_dir: str | Path, doc_id: str, *, width: int = 100, color: bool = True) -> str:
    """The article `doc_id` of the corpus in `out_dir`, as terminal text (with colour codes when `color`).

    `doc_id` may be the beginning of an id when only one id begins so. A missing
    corpus or document is a one-line ReportError.
    """
    corpus = open_corpus(out_dir)
    art = article(corpus, doc_id)
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="auto" if color else None, legacy_windows=False, highlight=False)
    console.print(article_view(art, speaker_colours(corpus.speakers), width))
    return buffer.getvalue()
