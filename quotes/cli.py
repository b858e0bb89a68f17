"""The `quotes` command: a thin layer over the functions of the same name."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from quotes.evaluate import EvalError, evaluate, format_scores
from quotes.export import ExportError
from quotes.incremental import EngineError
from quotes.pipeline import build as build_corpus
from quotes.readers import InputError
from quotes.report import ReportError
from quotes.report import by_speaker as by_speaker_report
from quotes.speaker_list import SpeakerListError
from quotes.stage import MAX_CHARS

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
    workers: int = typer.Option(1, "--workers", help="Local processes for the per-document work."),
    cache: Path = typer.Option(None, "--cache", help="Cache file of per-document results (default: beside OUT)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Process every document anew and keep no cache."),
    max_chars: int = typer.Option(MAX_CHARS, "--max-chars", help="Longer texts are kept but not analysed."),
    engine: str = typer.Option("local", "--engine", help="'local' (processes) or 'dask' (a Dask cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (with --engine dask)."),
    progress: bool = typer.Option(None, "--progress/--no-progress",
                                  help="Progress bar (default: only when stderr is a terminal)."),
) -> None:
    """Build a Parquet speech corpus (quotes, speakers, documents) from articles."""
    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        typer.echo(f"warning: {message}", err=True)

    try:
        done = build_corpus(inputs, out, on_error=on_error, report=report, speakers=speakers, workers=workers,
                            cache=False if no_cache else (cache or True), max_chars=max_chars, engine=engine,
                            scheduler=scheduler, progress=progress)
    except (InputError, ExportError, SpeakerListError, EngineError) as error:
        _fail(error)
        return
    reused = f", {done.reused} reused from the cache" if done.reused else ""
    typer.echo(f"{done.documents} documents ({done.processed} processed{reused}), {done.quotes} quotes -> {out}" +
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


def main() -> None:
    app()
