"""The command line, run through typer's CliRunner, and the API it wraps."""

import json

import pandas as pd
from typer.testing import CliRunner

from quotes import build, load
from quotes.cli import app
from tests.conftest import EVAL, SEEDS

runner = CliRunner()


def test_build_and_by_speaker(tmp_path):
    out = tmp_path / "corpus"
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    quotes = pd.read_parquet(out / "quotes.parquet")
    for column in ["quote_id", "doc_id", "start", "end", "text", "kind", "speaker", "speaker_id",
                   "speaker_mention", "cue", "method", "confidence", "date", "place"]:
        assert column in quotes.columns
    table = runner.invoke(app, ["by-speaker", str(out)])
    assert table.exit_code == 0 and "Sergey Shoigu" in table.output
    as_json = json.loads(runner.invoke(app, ["by-speaker", str(out), "--format", "json"]).output)
    assert as_json[0]["speaker"] == "Sergey Shoigu" and as_json[0]["quotes"] >= 4
    csv = runner.invoke(app, ["by-speaker", str(out), "--format", "csv", "--sort", "speaker", "--ascending"])
    assert csv.output.splitlines()[0].startswith("speaker,quotes")
    markdown = runner.invoke(app, ["by-speaker", str(out), "--format", "markdown"]).output
    assert markdown.startswith("| speaker |")
    listing = runner.invoke(app, ["by-speaker", str(out), "--speaker", "Shoigu", "--format", "csv"])
    assert listing.exit_code == 0 and "Yerevan" in listing.output and "2020-11-21" in listing.output


def test_unknown_speaker_is_a_one_line_error(tmp_path):
    build([SEEDS], tmp_path / "c")
    result = runner.invoke(app, ["by-speaker", str(tmp_path / "c"), "--speaker", "Nobody Atall"])
    assert result.exit_code == 1
    assert "no speaker" in result.output and "Traceback" not in result.output


def test_same_input_same_ids_and_bytes(tmp_path):
    build([SEEDS], tmp_path / "a")
    build([SEEDS], tmp_path / "b")
    for name in ("quotes.parquet", "speakers.parquet", "documents.parquet"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_refuses_to_overwrite_a_folder_that_is_not_a_corpus(tmp_path):
    target = tmp_path / "notes"
    target.mkdir()
    (target / "diary.txt").write_text("mine")
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(target)])
    assert result.exit_code == 1 and "not a corpus" in result.output
    assert (target / "diary.txt").read_text() == "mine"


def test_api_load_returns_three_tables(tmp_path):
    build([SEEDS], tmp_path / "c")
    corpus = load(tmp_path / "c")
    assert len(corpus.documents) == 5
    assert set(corpus.quotes.doc_id) <= set(corpus.documents.doc_id)
    top = corpus.quotes[corpus.quotes.parent_id.isna()]
    assert corpus.speakers.quotes.sum() == top.speaker_ids.map(len).sum()  # a group counts for each member


def test_gold_file_reads_as_input(tmp_path):
    gold = EVAL / "press.dev.jsonl"
    if not gold.exists():
        import pytest

        pytest.skip("evaluation data not present")
    summary = build([gold], tmp_path / "c")
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = load(tmp_path / "c").documents
    assert summary.documents == len(lines) and summary.processed == len(lines)
    assert list(documents.doc_id) == sorted(line["doc_id"] for line in lines)
    assert list(documents.chars) == [len(line["text"]) for line in sorted(lines, key=lambda line: line["doc_id"])]


def test_the_package_runs_as_a_module_where_the_script_is_not_on_the_path():
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True)
    assert run.returncode == 0 and "build" in run.stdout
