"""`quotes show`: an article in the terminal, quotes in their speaker's colour, attribution beside them."""

import re

import pytest
from rich.style import Style
from typer.testing import CliRunner

from quotes.articles import article
from quotes.cli import app
from quotes.colours import UNATTRIBUTED, speaker_colours
from quotes.export import load
from quotes.report import ReportError
from quotes.show import article_text, show
from tests.newsroom import build_newsroom

runner = CliRunner()
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return build_newsroom(tmp_path_factory.mktemp("show") / "corpus")


def _background(style: Style | str) -> str | None:
    style = Style.parse(style) if isinstance(style, str) else style
    return style.bgcolor.triplet.hex if style.bgcolor else None


def _styles_at(text, offset):
    return [span.style for span in text.spans if span.start <= offset < span.end]


def test_each_quote_is_styled_in_its_speakers_tint(corpus_dir):
    corpus = load(corpus_dir)
    colours = speaker_colours(corpus.speakers)
    for doc_id in corpus.documents.doc_id:
        art = article(corpus, doc_id)
        text = article_text(art, colours)
        for quote in art.quotes:
            found = text.plain.index(quote["text"])  # markers shift offsets; the words are there once
            key = quote["speaker_id"] or (list(quote["speaker_ids"]) or [None])[0]
            expected = colours[key].tint if key else UNATTRIBUTED.tint
            for offset in (found, found + len(quote["text"]) - 1):
                assert _background(_styles_at(text, offset)[-1]) == expected, quote["text"]


def test_narration_is_not_highlighted_and_quotes_are_numbered(corpus_dir):
    corpus = load(corpus_dir)
    text = article_text(article(corpus, "n1"), speaker_colours(corpus.speakers))
    assert _styles_at(text, text.plain.index("Port director")) == []
    assert re.findall(r"\[(\d)\]", text.plain) == ["1", "2", "3"]
    assert text.plain.index("[3]") + 3 == text.plain.index("Fog again")


def test_nested_quote_keeps_its_own_underline_inside_the_outer_highlight(corpus_dir):
    corpus = load(corpus_dir)
    text = article_text(article(corpus, "n2"), speaker_colours(corpus.speakers))
    inner = _styles_at(text, text.plain.index("never"))
    outer = _styles_at(text, text.plain.index("They told"))
    assert Style.combine(inner).underline and not Style.combine(outer).underline


def test_margin_names_speaker_cue_rule_confidence_and_occasion(corpus_dir):
    plain = show(corpus_dir, "n1-ferries", width=120, color=False)
    assert "\x1b[" not in plain
    assert "Ferries every hour from March" in plain and "n1-ferries · 2024-01-10 · Harbour Gazette" in plain
    margin = [line[86:].strip() for line in plain.splitlines()]
    assert "[1] Mara Olsen" in margin and "[3] Anders Holm" in margin
    assert "cue: said · rule: cue_after" in margin and "confidence 0.95" in margin
    assert any(line.startswith("2024-01-10 · Skarvik · press") for line in margin)


def test_narrow_terminals_get_the_notes_under_the_paragraph(corpus_dir):
    plain = show(corpus_dir, "n1", width=60, color=False)
    lines = plain.splitlines()
    assert max(len(line) for line in lines) <= 60
    note = lines.index("[3] Anders Holm")
    assert "Holm said." in lines[note - 1] and lines[note + 1:note + 3] == ["cue: said · rule: cue_after",
                                                                             "confidence 0.95"]


def test_colour_output_paints_each_speaker_in_their_colour(corpus_dir, monkeypatch):
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = show(corpus_dir, "n3", width=120, color=True)
    colours = speaker_colours(load(corpus_dir).speakers)
    for sid, words in (("s_holm", "I will believe it"), ("s_olsen", "Every ship that comes in")):
        red, green, blue = (int(colours[sid].tint[i:i + 2], 16) for i in (1, 3, 5))
        assert re.search(rf"48;2;{red};{green};{blue}m{words}", coloured), sid
    assert ANSI.sub("", coloured).count("Anders Holm") >= 2


def test_cli_show_prints_the_article_and_forces_colour_on_request(corpus_dir):
    result = runner.invoke(app, ["show", str(corpus_dir), "n2", "--width", "110"])
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.output  # not a terminal: no colour codes by default
    assert "The state pays for half of the crane" in result.output and "Ruth Olsenberg" in result.output
    coloured = runner.invoke(app, ["show", str(corpus_dir), "n2", "--width", "110", "--color"],
                             env={"COLORTERM": "truecolor", "TERM": "xterm-256color"})
    assert coloured.exit_code == 0 and "\x1b[" in coloured.output


@pytest.mark.parametrize(
    ("args", "message"),
    [(["n7-nothing"], "error: no document 'n7-nothing' in the corpus; closest:"),
     (["n"], "error: document id 'n' is ambiguous")],
)
def test_cli_unknown_document_is_a_one_line_error(corpus_dir, args, message):
    result = runner.invoke(app, ["show", str(corpus_dir), *args])
    assert result.exit_code == 1 and result.output.startswith(message)
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_cli_missing_corpus_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["show", str(tmp_path / "nowhere"), "n1"])
    assert result.exit_code == 1 and result.output == f"error: {tmp_path / 'nowhere'}: no such corpus folder\n"


def test_cli_a_corpus_folder_without_a_document_id_says_so_and_names_ids(corpus_dir, tmp_path):
    result = runner.invoke(app, ["show", str(corpus_dir)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith(f"error: {corpus_dir}: give a document id after the corpus folder")
    assert result.output.endswith("4 documents: n1-ferries, n2-crane, n3-dredging, n4-storm\n")
    empty = runner.invoke(app, ["show", str(tmp_path)])
    assert empty.exit_code == 1 and empty.output.startswith(f"error: {tmp_path}: not a corpus folder")


def test_show_function_raises_report_error_for_unknown_id(corpus_dir):
    with pytest.raises(ReportError, match="no document 'zz'"):
        show(corpus_dir, "zz")


def test_a_quote_nobody_is_credited_with_says_so(corpus_dir):
    plain = show(corpus_dir, "n2", width=120, color=False)
    margin = [line[86:].strip() for line in plain.splitlines()]
    assert "[4] unattributed (partial)" in margin and "no rule found a speaker" in margin
    assert "[3] Ruth Olsenberg (colon)" in margin and "cue: none · rule: introducer" in margin


def test_cli_show_reads_corpus_folder_by_default(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus_dir.parent)  # the fixture's corpus is called corpus, as the README builds it
    result = runner.invoke(app, ["show", "n4", "--width", "120"])
    assert result.exit_code == 0 and "Keep the boats in the inner basin" in result.output
    monkeypatch.chdir(tmp_path)
    elsewhere = runner.invoke(app, ["show", "n4"])
    assert elsewhere.exit_code == 1 and elsewhere.output == "error: corpus: no such corpus folder\n"
    too_many = runner.invoke(app, ["show", str(corpus_dir), "n4", "n3"])
    assert too_many.exit_code == 1 and too_many.output.startswith("error: show takes a corpus folder and one")
