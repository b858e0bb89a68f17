"""The `quotes` command: a thin layer over the functions of the same name."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from quotes.evaluate import EvalError, evaluate, format_scores
from quotes.export import ExportError
from quotes.pipeline import build as build_corpus
from quotes.publish import PublishError
from quotes.publish import publish as publish_corpus
from quotes.readers import InputError
from quotes.report import ReportError
from quotes.report import by_speaker as by_speaker_report
from quotes.speaker_list import SpeakerListError

app = typer.Typer(help="Who said what, when and where: a speech corpus from news articles.",
                  no_args_is_help=True, add_completion=False)


def _fail(error: Exception) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Folders of .txt files, .txt, .jsonl or .csv files."),
    out: Path = typer.Option(..., "-o", "--out", help="Folder to write the corpus into."),
    on_error: str = typer.Option("skip", help="On bad input: 'skip' (report and go on) or 'fail'."),
    speakers: Path = typer.Option(None, "--speakers",
                                  help="Speaker list CSV (canonical, aliases, role, wikidata_id); it wins."),
) -> None:
    """Build a Parquet speech corpus (quotes, speakers, documents) from articles."""
    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        typer.echo(f"warning: {message}", err=True)

    try:
        docs = build_corpus(inputs, out, on_error=on_error, report=report, speakers=speakers)
    except (InputError, ExportError, SpeakerListError) as error:
        _fail(error)
        return
    n_quotes = sum(len(d.top_level_quotes()) for d in docs)
    typer.echo(f"{len(docs)} documents, {n_quotes} quotes -> {out}" +
               (f" ({len(problems)} warnings)" if problems else ""), err=True)


@app.command("by-speaker")
def by_speaker(
    corpus: Path = typer.Argument(..., help="A corpus folder written by 'quotes build'."),
    sort: str = typer.Option("quotes", help="Column to sort by."),
    ascending: bool = typer.Option(False, "--ascending", help="Sort smallest first."),
    fmt: str = typer.Option("table", "--format", help="table, csv, json or markdown."),
    speaker: str = typer.Option(None, "--speaker", help="List this speaker's quotes instead."),
    limit: int = typer.Option(None, "--limit", help="Show at most this many rows."),
) -> None:
    """Speakers and their figures, or one speaker's quotes with date and place."""
    try:
        text = by_speaker_report(corpus, sort=sort, ascending=ascending, fmt=fmt, speaker=speaker, limit=limit)
    except (ReportError, ExportError) as error:
        _fail(error)
        return
    sys.stdout.write(text)


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold JSONL: doc_id, text and the annotated quotes, one article a line."),
    kinds: str = typer.Option("direct", "--kinds", help="Gold kinds counted for recall and speakers, comma-separated."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    corpus: Path = typer.Option(None, "--corpus", help="Also write the built corpus into this folder."),
) -> None:
    """Score quote detection and attribution against articles annotated by hand."""
    try:
        scores = evaluate(gold, kinds=kinds, corpus=corpus)
    except (EvalError, ExportError) as error:
        _fail(error)
        return
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
