"""The `quotes` command: a thin layer over the functions of the same name."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import typer

from quotes.evaluate import EvalError, evaluate, format_scores
from quotes.export import ExportError
from quotes.html_report import TOP_SPEAKERS
from quotes.html_report import report as write_report
from quotes.incremental import EngineError
from quotes.nlp import ModelsError, get_annotator
from quotes.nlp.cli import models_app
from quotes.pipeline import build as build_corpus
from quotes.publish import PublishError
from quotes.publish import publish as publish_corpus
from quotes.readers import InputError
from quotes.report import ReportError
from quotes.report import by_speaker as by_speaker_report
from quotes.show import show as show_article
from quotes.show import which_document
from quotes.speaker_list import SpeakerListError
from quotes.stage import MAX_CHARS

app = typer.Typer(help="Who said what, when and where: a speech corpus from news articles.",
                  no_args_is_help=True, add_completion=False)
app.add_typer(models_app, name="models")


#: Where the set-up command of the README builds the corpus; `quotes show DOC_ID` reads it.
DEFAULT_CORPUS = Path("corpus")


def _fail(error: Exception) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


#: `--nlp` and `--stanza-dir`, shared by the commands that run the pipeline.
NLP_HELP = "Annotator: 'auto' (stanza where its models are installed, else rules), 'stanza' or 'rules'."
STANZA_DIR_HELP = "Where stanza's models are (default: $STANZA_RESOURCES_DIR, else stanza's own folder)."




@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Folders of .txt files, .txt, .jsonl or .csv files."),
    out: Path = typer.Option(..., "-o", "--out", help="Folder to write the corpus into."),
    on_error: str = typer.Option("skip", help="On bad input: 'skip' (report and go on) or 'fail'."),
    speakers: Path = typer.Option(None, "--speakers",
                                  help="Speaker list CSV (canonical, aliases, role, wikidata_id); it wins."),
    workers: int = typer.Option(1, "--workers", help="Local processes for the per-document work."),
    cache: Path = typer.Option(None, "--cache", help="Cache file of per-document results (default: beside OUT)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Process every document anew and keep no cache."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Longer texts are kept but not analysed."),
    engine: str = typer.Option("local", "--engine", help="'local' (processes) or 'dask' (a Dask cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (with --engine dask)."),
    progress: bool = typer.Option(None, "--progress/--no-progress",
                                  help="Progress bar (default: only when stderr is a terminal)."),
    nlp: str = typer.Option("auto", "--nlp", help=NLP_HELP),
    stanza_dir: Path = typer.Option(None, "--stanza-dir", help=STANZA_DIR_HELP),
) -> None:
    """Build a Parquet speech corpus (quotes, speakers, documents) from articles."""
    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        typer.echo(f"warning: {message}", err=True)

    try:
        done = build_corpus(inputs, out, on_error=on_error, report=report, speakers=speakers, workers=workers,
                            cache=False if no_cache else (cache or True), max_chars=max_chars, engine=engine,
                            scheduler=scheduler, progress=progress, nlp=(annotator := get_annotator(nlp, stanza_dir)))
    except (InputError, ExportError, SpeakerListError, EngineError, ModelsError) as error:
        _fail(error)
        return
    reused = f", {done.reused} reused from the cache" if done.reused else ""
    # One line says what was done, and with which annotator (`auto` says why it chose the rules).
    typer.echo(f"{done.documents} documents ({done.processed} processed{reused}), {done.quotes} quotes -> {out}" +
               (f" ({len(problems)} warnings)" if problems else "") + f"; {annotator.describe()}", err=True)


@app.command("by-speaker")
def by_speaker(
    corpus: Path = typer.Argument(..., help="A corpus folder written by 'quotes build'."),
    sort: str = typer.Option("quotes", help="Column to sort by."),
    ascending: bool = typer.Option(False, "--ascending", help="Sort smallest first."),
    fmt: str = typer.Option("table", "--format", help="table, csv, json, markdown or html."),
    speaker: str = typer.Option(None, "--speaker", help="List this speaker's quotes instead."),
    limit: int = typer.Option(None, "--limit", help="Show at most this many rows."),
    since: str = typer.Option(None, "--since", help="Only quotes on or after this date (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Only quotes on or before this date (YYYY-MM-DD)."),
    source: str = typer.Option(None, "--source", help="Only documents whose source names this (whole words)."),
    min_quotes: int = typer.Option(None, "--min-quotes", help="Only speakers with at least this many quotes."),
) -> None:
    """Speakers and their figures, or one speaker's quotes with date and place."""
    try:
        text = by_speaker_report(corpus, sort=sort, ascending=ascending, fmt=fmt, speaker=speaker, limit=limit,
                                 since=since, until=until, source=source, min_quotes=min_quotes)
    except (ReportError, ExportError) as error:
        _fail(error)
        return
    sys.stdout.write(text)


@app.command()
def show(
    where: list[str] = typer.Argument(..., metavar="[OUT] DOC_ID", show_default=False,
                                      help="The corpus folder (corpus/ when left out) and the document's id, "
                                      "or the beginning of the id."),
    width: int = typer.Option(None, "--width", help="Columns to use; the terminal's width by default."),
    color: bool = typer.Option(None, "--color/--no-color",
                               help="Colour codes; by default on when printing to a terminal and NO_COLOR is unset."),
) -> None:
    """An article with each quote highlighted in its speaker's colour and the attribution beside it."""
    if len(where) > 2:
        _fail(ReportError(f"show takes a corpus folder and one document id, not {len(where)} arguments"))
        return
    if len(where) == 1 and Path(where[0]).is_dir():
        # A folder alone (`quotes show OUT`): the document id is missing, the folder is no id.
        try:
            problem: Exception = ReportError(which_document(where[0]))
        except (ReportError, ExportError) as error:
            problem = error
        _fail(problem)
        return
    corpus, doc_id = (Path(where[0]), where[1]) if len(where) == 2 else (DEFAULT_CORPUS, where[0])
    columns = width or shutil.get_terminal_size((100, 24)).columns
    try:
        text = show_article(corpus, doc_id, width=max(40, columns),
                            color=sys.stdout.isatty() and "NO_COLOR" not in os.environ if color is None else color)
    except (ReportError, ExportError) as error:
        _fail(error)
        return
    sys.stdout.write(text)


@app.command()
def report(
    corpus: Path = typer.Argument(..., help="A corpus folder written by 'quotes build'."),
    out: Path = typer.Option(Path("report.html"), "-o", "--out", help="The HTML file to write."),
    top: int = typer.Option(TOP_SPEAKERS, "--top", help="How many of the most quoted speakers to chart."),
    title: str = typer.Option(None, "--title", help="The page's title; the corpus folder's name by default."),
    max_articles: int = typer.Option(None, "--max-articles", help="Show only the first articles."),
) -> None:
    """One self-contained HTML page: speakers, quotes over time, every article with its quotes marked."""
    try:
        written = write_report(corpus, out, top=top, title=title, max_articles=max_articles)
    except (ReportError, ExportError) as error:
        _fail(error)
        return
    typer.echo(f"report -> {written}", err=True)


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold JSONL: doc_id, text and the annotated quotes, one article a line."),
    kinds: str = typer.Option("direct", "--kinds", help="Gold kinds counted for recall and speakers, comma-separated."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    corpus: Path = typer.Option(None, "--corpus", help="Also write the built corpus into this folder."),
    nlp: str = typer.Option("auto", "--nlp", help=NLP_HELP),
    stanza_dir: Path = typer.Option(None, "--stanza-dir", help=STANZA_DIR_HELP),
) -> None:
    """Score quote detection and attribution against articles annotated by hand."""
    try:
        annotator = get_annotator(nlp, stanza_dir)
        scores = evaluate(gold, kinds=kinds, corpus=corpus, nlp=annotator)
    except (EvalError, ExportError, ModelsError) as error:
        _fail(error)
        return
    typer.echo(annotator.describe(), err=True)
    sys.stdout.write(json.dumps(scores.as_dict(), indent=1) + "\n" if as_json else format_scores(scores, str(gold)))


@app.command()
def publish(
    corpus: Path = typer.Argument(..., help="A corpus folder written by 'quotes build'."),
    name: str = typer.Option(..., "--name", help="The dataset's name, as people will read it."),
    license: str = typer.Option(..., "--license", help="Licence id: cc-by-4.0, cc0-1.0, odc-by, mit, ..."),
    description: str = typer.Option(..., "--description", help="What the dataset holds and where it comes from."),
    language: str = typer.Option("en", "--language", help="Language code of the articles."),
    url: str = typer.Option(None, "--url", help="The dataset's home page."),
    citation: str = typer.Option(None, "--citation", help="A BibTeX entry (default: one made from name and year)."),
    version: str = typer.Option("1.0.0", "--dataset-version", help="The dataset's MAJOR.MINOR.PATCH version."),
    date: str = typer.Option(None, "--date", help="Publication date, yyyy-mm-dd (default: today)."),
) -> None:
    """Add a dataset card (README.md), Croissant metadata and SHA-256 checksums to a corpus folder."""
    try:
        done = publish_corpus(corpus, name=name, license=license, description=description, language=language,
                              url=url, citation=citation, version=version, date=date)
    except (PublishError, ExportError) as error:
        _fail(error)
        return
    typer.echo(f"{done.card}, {done.croissant}, {done.checksums}", err=True)


def main() -> None:
    app()
