"""The progress bar: rate and time left on a terminal, nothing at all elsewhere."""

import io

from rich.console import Console
from typer.testing import CliRunner

from quotes import load
from quotes.cli import app
from quotes.progress import build_progress
from tests.invented import records, write_jsonl


def test_bar_shows_bytes_rate_documents_and_time_left_on_a_terminal():
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160, color_system=None)
    with build_progress(console=console) as bar:
        bar.start_reading(4_000_000)
        bar.read(1_000_000, 250)
        bar.start_writing(900)
        bar.wrote(300)
    shown = screen.getvalue()
    assert "reading" in shown and "/4.0 MB" in shown and "250 docs" in shown
    assert "writing" in shown and "300/900 docs" in shown
    assert "-:--:--" in shown or ":" in shown.split("docs")[-1]  # the time-left column


def test_nothing_is_drawn_when_not_on_a_terminal():
    screen = io.StringIO()
    with build_progress(console=Console(file=screen, force_terminal=False)) as bar:
        bar.start_reading(100)
        bar.read(50, 1)
        bar.start_writing(1)
        bar.wrote(1)
    assert screen.getvalue() == ""


def test_a_build_through_a_pipe_prints_its_summary_and_no_bar(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(20))
    result = CliRunner().invoke(app, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    quotes = load(tmp_path / "out").quotes
    top_level = int(quotes.parent_id.isna().sum())
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"20 documents (20 processed), {top_level} quotes -> {tmp_path / 'out'}; annotator: ")
