"""The HTML report: one self-contained page, every article escaped, quotes marked by speaker."""

import base64
import hashlib
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.colours import speaker_colours
from quotes.export import load
from quotes.html_report import html_report, report
from quotes.report import ReportError
from tests.conftest import ROOT
from tests.html_tree import parse
from tests.newsroom import HOSTILE_QUOTE, HOSTILE_SPEAKER, HOSTILE_TITLE, INJECTED, MARKUP_IN_TEXT, build_newsroom
from tests.newsroom import documents as newsroom_documents

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return build_newsroom(tmp_path_factory.mktemp("html") / "corpus")


@pytest.fixture(scope="module")
def page(corpus_dir):
    return html_report(corpus_dir, title="Harbour news")


@pytest.fixture(scope="module")
def tree(page):
    return parse(page)


def _marks(tree):
    return [m for m in tree.iter("mark") if "q" in m.classes]


def test_page_needs_nothing_from_the_network(page, tree):
    assert "://" not in page and "url(" not in page and "@import" not in page
    assert not [e for e in tree.iter() if "src" in e.attrs or e.tag in ("link", "iframe", "object", "embed")]


def test_only_the_pages_own_script_is_there_and_the_policy_allows_only_it(page, tree):
    scripts = list(tree.iter("script"))
    assert len(scripts) == 1 and page.count("<script") == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].text().encode()).digest()).decode()
    policy = tree.find("meta", **{"http-equiv": "Content-Security-Policy"}).attrs["content"]
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def test_article_markup_is_text_not_elements(page, tree):
    assert not list(tree.iter("img")) and not list(tree.iter("b")) and not list(tree.iter("i"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and INJECTED not in page
    storm = tree.find("article", id="article-4")
    assert storm.find("h3").text() == HOSTILE_TITLE
    assert MARKUP_IN_TEXT in storm.text() and HOSTILE_QUOTE in storm.text()
    assert tree.find("title").text() == "Harbour news"


def test_addresses_that_are_not_web_links_are_not_links(tree):
    assert not [a for a in tree.iter("a") if not a.attrs["href"].startswith(("#", "http://", "https://"))]
    assert "original" not in tree.find("article", id="article-4").find("p").text()


def test_each_article_reads_exactly_as_written(tree):
    for number, doc in enumerate(newsroom_documents(), start=1):
        text = tree.find("article", id=f"article-{number}").find("div").text(skip=("sup",))
        assert text == doc.text


def test_quotes_are_marked_with_speaker_colour_and_details_on_hover(corpus_dir, tree):
    colours = speaker_colours(load(corpus_dir).speakers)
    css = tree.find("style").text()
    ordered = list(colours.items())
    for number, (_, colour) in enumerate(ordered):
        assert f".c{number} {{ --strong: {colour.strong}; --tint: {colour.tint}; }}" in css
    olsen_class = f"c{[sid for sid, _ in ordered].index('s_olsen')}"
    ferries = next(m for m in _marks(tree) if m.text() == "The ferries will run every hour from March,")
    assert ferries.classes == ["q", olsen_class]
    assert ferries.attrs["title"] == ("Mara Olsen (direct)\ncue: said · rule: cue_after · confidence 0.90\n"
                                      "2024-01-10 · Skarvik · press conference\nnamed as: Mara Olsen")


def test_every_quote_is_marked_once_with_its_speaker_after_it(corpus_dir, tree):
    quotes = load(corpus_dir).quotes
    marks = _marks(tree)
    assert sorted(m.text(skip=("sup",)) for m in marks) == sorted(quotes.text)
    labels = [s.text() for s in tree.iter("sup")]
    assert labels.count("Mara Olsen") == 6 and labels.count("Anders Holm and Mara Olsen") == 1
    assert labels.count(HOSTILE_SPEAKER) == 1
    assert labels.count("unattributed") == 1 and len(labels) == (quotes.parent_id.isna()).sum()


def test_group_quote_is_striped_in_each_members_colour_and_nested_quote_marked(corpus_dir, tree):
    colours = speaker_colours(load(corpus_dir).speakers)
    group = next(m for m in _marks(tree) if m.text().startswith("The channel will be nine metres"))
    assert colours["s_holm"].tint in group.attrs["style"] and colours["s_olsen"].tint in group.attrs["style"]
    outer = next(m for m in _marks(tree) if m.text().startswith("They told me"))
    inner = next(outer.iter("mark"))
    assert inner.text() == "never" and "nested" in inner.classes and "rule: nested" in inner.attrs["title"]


def test_speaker_table_lists_figures_most_quoted_first(tree):
    rows = list(tree.find("table").find("tbody").iter("tr"))
    cells = [[td.text() for td in row.iter("td")] for row in rows]
    assert [c[0] for c in cells] == ["Mara Olsen", "Anders Holm", HOSTILE_SPEAKER, "Ruth Olsenberg"]
    assert cells[0][1:6] == ["7", "77", "4", "2024-01-10", "2024-05-02"]
    headings = [th.text() for th in tree.find("table").iter("th")]
    assert headings[:6] == ["speaker", "quotes", "words", "documents", "first", "last"]
    assert "speaker_id" not in headings and "role" not in headings  # no speaker list: role is empty


def test_new_columns_of_the_speakers_table_are_shown_and_empty_ones_left_out(corpus_dir, tmp_path):
    richer = tmp_path / "corpus"
    shutil.copytree(corpus_dir, richer)
    speakers = pd.read_parquet(richer / "speakers.parquet")
    speakers["top_cues"] = [["said", "added"], ["said"], ["said"], []]
    speakers["occasions"] = [3, 1, 1, 1]
    speakers["unused"] = None
    speakers.to_parquet(richer / "speakers.parquet")
    table = parse(html_report(richer)).find("table")
    headings = [th.text() for th in table.iter("th")]
    assert "top cues" in headings and "occasions" in headings and "unused" not in headings
    first = [td.text() for td in next(table.find("tbody").iter("tr")).iter("td")]
    assert first[headings.index("top cues")] == "said, added" and first[headings.index("occasions")] == "3"


def test_chart_draws_a_line_per_top_speaker_per_month(corpus_dir, tree):
    colours = speaker_colours(load(corpus_dir).speakers)
    svg = tree.find("svg")
    lines = list(svg.iter("polyline"))
    assert [line.attrs["stroke"] for line in lines] == [colours[s].strong for s in
                                                        ("s_olsen", "s_holm", "s_berg_ola", "s_berg")]
    assert all(len(line.attrs["points"].split()) == 5 for line in lines)  # January to May
    ticks = [t.text() for t in svg.iter("text")]
    assert ticks[-6:] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "quotes per month"]
    only_two = parse(html_report(corpus_dir, top=2)).find("svg")
    assert len(list(only_two.iter("polyline"))) == 2


def test_max_articles_keeps_the_first_and_says_how_many_are_left(corpus_dir):
    tree = parse(html_report(corpus_dir, max_articles=1))
    assert len(list(tree.iter("article"))) == 1 and "3 more articles are not shown." in tree.text()
    assert len(list(tree.find("table").find("tbody").iter("tr"))) == 4


def test_committed_corpus_report_marks_every_quote():
    tree = parse(html_report(ROOT / "corpus"))
    corpus = load(ROOT / "corpus")
    assert len(_marks(tree)) == len(corpus.quotes) and len(list(tree.iter("article"))) == len(corpus.documents)
    assert [td.text() for td in tree.find("tbody").iter("td")][0] == corpus.speakers.speaker.iloc[0]


@pytest.mark.parametrize(
    ("options", "message"),
    [({"top": 0}, "top must be one or more"), ({"max_articles": -1}, "max-articles must be zero or more")],
)
def test_bad_options_are_one_line_errors(corpus_dir, options, message):
    with pytest.raises(ReportError, match=message):
        html_report(corpus_dir, **options)


def test_report_writes_the_page_and_refuses_a_folder(corpus_dir, tmp_path):
    written = report(corpus_dir, tmp_path / "out" / "page.html")
    assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ReportError, match="is a folder"):
        report(corpus_dir, tmp_path)


def test_cli_report(corpus_dir, tmp_path):
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(corpus_dir), "-o", str(target), "--title", "Harbour <news>"])
    assert result.exit_code == 0, result.output
    assert "<title>Harbour &lt;news&gt;</title>" in target.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["report", str(tmp_path / "nowhere"), "-o", str(target)])
    assert missing.exit_code == 1 and missing.output == f"error: {tmp_path / 'nowhere'}: no such corpus folder\n"
    folder = runner.invoke(app, ["report", str(corpus_dir), "-o", str(tmp_path)])
    assert folder.exit_code == 1 and folder.output.count("\n") == 1 and "is a folder" in folder.output
