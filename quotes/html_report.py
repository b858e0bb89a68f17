"""One self-contained HTML page about a corpus: speakers, quotes over time, and every article marked up.

The page is for people who want to look at a corpus rather than query it: the
speaker table, a chart of the most quoted speakers over time, and each article
with its quotes highlighted in the speaker's colour; hovering a quote shows its
cue, rule, confidence and occasion. Everything it needs (CSS, script, the chart
as inline SVG) is inside the file, so it opens offline and can be mailed around.

Article text is untrusted: the template escapes every value, a Content-Security-
Policy lets only the page's own script run, and links are kept only for http(s)
addresses, so a `<script>` or an `onerror=` in an article is shown, never run.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from quotes import __version__
from quotes.articles import Article, Highlight, articles, attribution, colour_key, occasion, speaker_name
from quotes.colours import UNATTRIBUTED, Colour, speaker_colours
from quotes.export import Corpus
from quotes.report import ReportError, one_row_per_speaker, open_corpus
from quotes.tables import plain, text
from quotes.templating import asset, render
from quotes.timeline import Plot, quotes_over_time

TOP_SPEAKERS = 5
#: The speaker table's first columns (table column, heading); any other column the table has is shown after them.
CORE_COLUMNS = [("speaker", "speaker"), ("quotes", "quotes"), ("words", "words"), ("documents", "documents"),
                ("first_date", "first"), ("last_date", "last")]
#: Columns not worth a reader's attention in the table: ids, figures another column already says, and the
#: per-speaker lists (kinds, cues, co-speakers, addressees, distinctive words) that make rows too tall to
#: scan; they are in speakers.parquet and `quotes by-speaker --format json`.
HIDDEN_COLUMNS = {"speaker_id", "named", "median_words", "kinds", "cues", "co_speakers", "addressees",
                  "distinctive_words"}
NO_SPEAKER = "cx"
#: How many entries of a list column (cues, co-speakers, distinctive words) a table cell shows.
LIST_ITEMS = 3


@dataclass
class Mark:
    """A highlighted quote as the template draws it; `parts` are text and the quotes inside it."""

    speaker_class: str
    nested: bool
    style: str | None
    title: str
    label: str | None
    parts: list[str | Mark] = field(default_factory=list)


@dataclass
class ArticleView:
    """An article ready for the template: anchor, heading, metadata and the marked-up text."""

    anchor: str
    title: str
    meta: list[str]
    url: str | None
    quotes: int
    parts: list[str | Mark]


@dataclass
class SpeakerRow:
    css_class: str
    cells: list[tuple[str, bool]]


def _classes(colours: dict[str, Colour]) -> dict[str, str]:
    """A CSS class per speaker, in the order colours were given (most quoted first)."""
    return {sid: f"c{n}" for n, sid in enumerate(colours)}


def _tooltip(quote: dict) -> str:
    """What hovering a quote tells: who, how it was attributed, and the occasion."""
    lines = [f"{speaker_name(quote)} ({quote.get('kind') or 'quote'})", attribution(quote)]
    if occasion(quote):
        lines.append(occasion(quote))
    if quote.get("speaker_mention"):
        lines.append(f"named as: {quote['speaker_mention']}")
    if quote.get("addressees"):
        lines.append("addressed to: " + text(quote["addressees"]))
    return "\n".join(lines)


def _group_style(quote: dict, colours: dict[str, Colour]) -> str | None:
    """Stripes of each member's colour for a quote of several speakers."""
    members = [colours[m].tint for m in quote.get("speaker_ids") or [] if m in colours]
    if quote.get("speaker_id") or len(members) < 2:
        return None
    stops = ", ".join(f"{tint} {n * 10}px {(n + 1) * 10}px" for n, tint in enumerate(members))
    return f"background: repeating-linear-gradient(135deg, {stops})"


def _mark(part: Highlight, classes: dict[str, str], colours: dict[str, Colour]) -> Mark:
    quote = part.quote
    key = colour_key(quote)
    nested = quote.get("parent_id") is not None
    return Mark(classes.get(key, NO_SPEAKER) if key else NO_SPEAKER, nested, _group_style(quote, colours),
                _tooltip(quote), None if nested else speaker_name(quote),
                [p if isinstance(p, str) else _mark(p, classes, colours) for p in part.parts])


def _link(url: str | None) -> str | None:
    """Only web addresses become links: a `javascript:` address in the input must not be clickable."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _article_view(number: int, art: Article, classes: dict[str, str], colours: dict[str, Colour]) -> ArticleView:
    parts = [p if isinstance(p, str) else _mark(p, classes, colours) for p in art.parts()]
    meta = [str(v) for v in (art.date, art.source, art.place, art.doc_id) if v]
    top = sum(1 for q in art.quotes if q.get("parent_id") is None)
    return ArticleView(f"article-{number}", art.title or art.doc_id, meta, _link(art.url), top, parts)


def _cell(value: object) -> tuple[str, bool]:
    value = plain(value)
    if isinstance(value, list) and len(value) > LIST_ITEMS:
        # Top cues, co-speakers, distinctive words: the first few say it; the table stays readable.
        return text(value[:LIST_ITEMS]) + ", \u2026", False
    if isinstance(value, float):
        return f"{value:.1f}", True
    return text(value), isinstance(value, int) and not isinstance(value, bool)


def _speaker_table(speakers: pd.DataFrame, classes: dict[str, str]) -> tuple[list[tuple[str, bool]], list[SpeakerRow]]:
    """The speakers table's columns worth showing, core figures first; a column with no value is left out."""
    core = [(c, h) for c, h in CORE_COLUMNS if c in speakers.columns]
    taken = {c for c, _ in core} | HIDDEN_COLUMNS
    extra = [(c, c.replace("_", " ")) for c in speakers.columns
             if c not in taken and speakers[c].map(lambda v: bool(text(plain(v)))).any()]
    columns = core + extra
    ranked = speakers.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    rows = [SpeakerRow(classes.get(row["speaker_id"], NO_SPEAKER), [_cell(row[c]) for c, _ in columns])
            for _, row in ranked.iterrows()]
    numeric = [any(row.cells[n][1] for row in rows) for n in range(len(columns))]
    return [(heading, number) for (_, heading), number in zip(columns, numeric, strict=True)], rows


def _plot(corpus: Corpus, colours: dict[str, Colour], top: int) -> Plot | None:
    said = one_row_per_speaker(corpus.quotes[corpus.quotes.parent_id.isna()])
    ranked = corpus.speakers.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return quotes_over_time(said, list(zip(ranked.speaker_id, ranked.speaker, strict=True)), colours, top)


def _summary(corpus: Corpus) -> dict[str, object]:
    top = corpus.quotes[corpus.quotes.parent_id.isna()]
    dates = [d for d in top.date if d is not None and not pd.isna(d)]
    attributed = int(top.speaker_ids.map(len).gt(0).sum()) if "speaker_ids" in top else int(top.speaker.notna().sum())
    return {"documents": len(corpus.documents), "quotes": len(top), "attributed": attributed,
            "speakers": len(corpus.speakers), "first": min(dates, default=None), "last": max(dates, default=None)}


def _script_hash(script: str) -> str:
    """The CSP source that lets exactly this inline script run, and no other."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def html_report(out_dir: str | Path, *, top: int = TOP_SPEAKERS, title: str | None = None,
                max_articles: int | None = None) -> str:
    """The report page of the corpus in `out_dir`, as HTML text.

    `top` speakers are drawn in the chart; `max_articles` keeps the page to the
    first articles of a large corpus (the table and the chart still cover all).
    """
    if top < 1:
        raise ReportError(f"top must be one or more, not {top}")
    if max_articles is not None and max_articles < 0:
        raise ReportError(f"max-articles must be zero or more, not {max_articles}")
    corpus = open_corpus(out_dir)
    colours = speaker_colours(corpus.speakers)
    classes = _classes(colours)
    every = articles(corpus)
    shown = every if max_articles is None else every[:max_articles]
    columns, rows = _speaker_table(corpus.speakers, classes)
    script = asset("report.js")
    return render(
        "report.html.j2", title=title or f"Who said what: {Path(out_dir).resolve().name}", version=__version__,
        summary=_summary(corpus), columns=columns, rows=rows, plot=_plot(corpus, colours, top),
        articles=[_article_view(n, art, classes, colours) for n, art in enumerate(shown, start=1)],
        hidden_articles=len(every) - len(shown),
        speaker_css=[(classes[sid], c.strong, c.tint) for sid, c in colours.items()] + [(NO_SPEAKER, *UNATTRIBUTED)],
        css=asset("report.css"), script=script, script_hash=_script_hash(script))


def report(out_dir: str | Path, output: str | Path = "report.html", *, top: int = TOP_SPEAKERS,
           title: str | None = None, max_articles: int | None = None) -> Path:
    """Write the report page of the corpus in `out_dir` to `output` (see `html_report` for the options)."""
    target = Path(output)
    if target.is_dir():
        raise ReportError(f"{target}: is a folder; give the report's file name, e.g. {target / 'report.html'}")
    page = html_report(out_dir, top=top, title=title, max_articles=max_articles)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    except OSError as error:
        raise ReportError(f"{target}: cannot write the report ({error.strerror or error})") from error
    return target
