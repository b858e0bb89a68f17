"""Speaker reports in every format, sorted, filtered by date, source and size or to one speaker; their errors."""

import csv
import io
import json

import pandas as pd
import pytest

from quotes.export import load, write_corpus
from quotes.model import Document, Occasion, Quote
from quotes.report import ReportError, by_speaker, filter_quotes, speaker_figures

LONG = ("The harbour will need a new breakwater, a second crane and at least forty more people on the "
        "night shift before the ferries can run every hour again")


def _said(doc: Document, words: str, speaker: str | None, sid: str | None, kind: str = "direct",
          date: str | None = None) -> Quote:
    start = doc.text.index(words)
    return Quote(doc.doc_id, start, start + len(words), words, kind=kind, speaker=speaker, speaker_id=sid,
                 occasion=Occasion(date=date))


def _harbour_docs() -> list[Document]:
    """Invented harbour news: a port director quoted three times, a pilot twice, a minister once."""
    one = Document("d1", f'Port director Mara Olsen said "{LONG}". Pilot Anders Holm said "Fog again." '
                         '"Fog every morning," Holm said.', date="2024-03-01", place="Skarvik")
    one.quotes = [
        _said(one, LONG, "Mara Olsen", "s_olsen"),
        _said(one, "Fog again.", "Anders Holm", "s_holm"),
        _said(one, "Fog every morning,", "Anders Holm", "s_holm"),
    ]
    two = Document("d2", 'Mara Olsen - Cranes arrive in May. Minister Ruth Olsenberg: "We | pay for half."',
                   date="2024-04-12", place="Nordhavn")
    two.quotes = [
        _said(two, "Cranes arrive in May.", "Mara Olsen", "s_olsen", kind="dash"),
        _said(two, "We | pay for half.", "Ruth Olsenberg", "s_berg"),
    ]
    three = Document("d3", 'Olsen told reporters: "Ask me in June."', date="2024-05-30")
    three.quotes = [_said(three, "Ask me in June.", "Mara Olsen", "s_olsen", kind="colon", date="2024-06-02")]
    return [one, two, three]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "corpus"
    write_corpus(_harbour_docs(), out)
    return out


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_table_lists_every_speaker_with_figures(corpus_dir):
    text = by_speaker(corpus_dir)
    for name in ("Mara Olsen", "Anders Holm", "Ruth Olsenberg", "2024-06-02"):
        assert name in text
    assert text.index("Mara Olsen") < text.index("Anders Holm") < text.index("Ruth Olsenberg")
    assert "\x1b[" not in text


def test_csv_has_header_and_figures(corpus_dir):
    rows = _csv(by_speaker(corpus_dir, fmt="csv"))
    assert list(rows[0]) == ["speaker", "quotes", "words", "documents", "occasions", "first", "last"]
    olsen = rows[0]
    assert olsen["speaker"] == "Mara Olsen" and olsen["quotes"] == "3" and olsen["documents"] == "3"
    assert olsen["words"] == str(len(LONG.split()) + 4 + 4)
    assert (olsen["first"], olsen["last"]) == ("2024-03-01", "2024-06-02")


def test_json_is_a_list_of_records_with_iso_dates(corpus_dir):
    records = json.loads(by_speaker(corpus_dir, fmt="json"))
    assert [r["speaker"] for r in records] == ["Mara Olsen", "Anders Holm", "Ruth Olsenberg"]
    assert records[1] == {"speaker": "Anders Holm", "quotes": 2, "words": 5, "documents": 1, "occasions": 1,
                          "first": "2024-03-01", "last": "2024-03-01"}


def test_markdown_is_a_pipe_table(corpus_dir):
    lines = by_speaker(corpus_dir, fmt="markdown").splitlines()
    assert lines[0] == "| speaker | quotes | words | documents | occasions | first | last |"
    assert set(lines[1]) <= set("|-:")
    assert lines[2].startswith("| Mara Olsen | 3 |") and len(lines) == 5


@pytest.mark.parametrize(
    ("sort", "ascending", "expected"),
    [
        ("speaker", True, ["Anders Holm", "Mara Olsen", "Ruth Olsenberg"]),
        ("words", False, ["Mara Olsen", "Anders Holm", "Ruth Olsenberg"]),
        ("quotes", True, ["Ruth Olsenberg", "Anders Holm", "Mara Olsen"]),
        ("last", False, ["Mara Olsen", "Ruth Olsenberg", "Anders Holm"]),
        ("first_date", True, ["Anders Holm", "Mara Olsen", "Ruth Olsenberg"]),
        # Olsen's three quotes are three occasions, Holm's two one, ties by name.
        ("occasions", True, ["Anders Holm", "Ruth Olsenberg", "Mara Olsen"]),
    ],
)
def test_sorting(corpus_dir, sort, ascending, expected):
    rows = _csv(by_speaker(corpus_dir, fmt="csv", sort=sort, ascending=ascending))
    assert [r["speaker"] for r in rows] == expected


def test_occasions_are_those_of_the_speakers_table(corpus_dir):
    table = load(corpus_dir).speakers.set_index("speaker").occasions
    rows = _csv(by_speaker(corpus_dir, fmt="csv"))
    assert {r["speaker"]: int(r["occasions"]) for r in rows} == table.to_dict() == \
        {"Mara Olsen": 3, "Anders Holm": 1, "Ruth Olsenberg": 1}


def test_limit_keeps_the_first_rows(corpus_dir):
    assert [r["speaker"] for r in _csv(by_speaker(corpus_dir, fmt="csv", limit=1))] == ["Mara Olsen"]


def test_speaker_listing_by_full_name_any_case(corpus_dir):
    rows = _csv(by_speaker(corpus_dir, fmt="csv", speaker="mara olsen"))
    assert [r["text"] for r in rows] == [LONG, "Cranes arrive in May.", "Ask me in June."]
    assert [r["date"] for r in rows] == ["2024-03-01", "2024-04-12", "2024-06-02"]
    assert [r["place"] for r in rows] == ["Skarvik", "Nordhavn", ""]
    assert [r["kind"] for r in rows] == ["direct", "dash", "colon"]
    assert rows[0]["doc_id"] == "d1"


def test_surname_matches_whole_words_only(corpus_dir):
    records = json.loads(by_speaker(corpus_dir, fmt="json", speaker="Olsen"))
    assert {r["speaker"] for r in records} == {"Mara Olsen"} and len(records) == 3


def test_speaker_id_is_accepted(corpus_dir):
    records = json.loads(by_speaker(corpus_dir, fmt="json", speaker="s_holm"))
    assert [r["text"] for r in records] == ["Fog again.", "Fog every morning,"]


def test_listing_table_shortens_text_but_markdown_keeps_it(corpus_dir):
    table = by_speaker(corpus_dir, speaker="Mara Olsen")
    assert "breakwater" in table and "every hour again" not in table and "…" in table
    markdown = by_speaker(corpus_dir, fmt="markdown", speaker="Olsenberg")
    assert "We \\| pay for half." in markdown and markdown.count("\n") == 3


def test_unknown_speaker_names_the_closest(corpus_dir):
    with pytest.raises(ReportError, match="no speaker 'Anders Holmes'") as raised:
        by_speaker(corpus_dir, speaker="Anders Holmes")
    message = str(raised.value)
    assert "\n" not in message and "closest: Anders Holm" in message


@pytest.fixture(scope="module")
def namesakes_dir(tmp_path_factory):
    """A minister quoted as Dmitri Tollvik, and two people called Vessel."""
    doc = Document("n1", 'Dmitri Tollvik said "Talks resume." Kaja Vessel said "Nets are torn." '
                         'Oskar Vessel said "Prices fall."', date="2024-04-02")
    doc.quotes = [_said(doc, "Talks resume.", "Dmitri Tollvik", "s_tollvik"),
                  _said(doc, "Nets are torn.", "Kaja Vessel", "s_kaja"),
                  _said(doc, "Prices fall.", "Oskar Vessel", "s_oskar")]
    out = tmp_path_factory.mktemp("namesakes") / "corpus"
    write_corpus([doc], out)
    return out


@pytest.mark.parametrize("asked", ["Dmitry Tollvik", "Mr. Tollvik", "Tollvik"])
def test_a_speaker_is_found_under_another_spelling_or_with_a_title(namesakes_dir, asked):
    records = json.loads(by_speaker(namesakes_dir, fmt="json", speaker=asked))
    assert [r["text"] for r in records] == ["Talks resume."]


def test_a_surname_two_speakers_share_is_refused_in_one_line(namesakes_dir):
    with pytest.raises(ReportError, match="'Vessel' names more than one speaker: Kaja Vessel, Oskar Vessel") as raised:
        by_speaker(namesakes_dir, speaker="Vessel")
    assert "\n" not in str(raised.value)
    assert [r["text"] for r in json.loads(by_speaker(namesakes_dir, fmt="json", speaker="Kaja Vessel"))] == [
        "Nets are torn."]


@pytest.mark.parametrize(
    ("options", "pattern"),
    [({"sort": "loudness"}, "cannot sort by 'loudness'"), ({"fmt": "yaml"}, "unknown format 'yaml'"),
     ({"limit": -2}, "limit must be")],
)
def test_bad_options_are_one_line_errors(corpus_dir, options, pattern):
    with pytest.raises(ReportError, match=pattern) as raised:
        by_speaker(corpus_dir, **options)
    assert "\n" not in str(raised.value)


def test_a_folder_that_is_not_a_corpus(tmp_path):
    with pytest.raises(ReportError, match="no such corpus folder"):
        by_speaker(tmp_path / "nowhere")


def test_since_and_until_count_only_the_quotes_inside(corpus_dir):
    rows = _csv(by_speaker(corpus_dir, fmt="csv", since="2024-04-01", until="2024-05-31"))
    assert [(r["speaker"], r["quotes"], r["first"], r["last"]) for r in rows] == [
        ("Mara Olsen", "1", "2024-04-12", "2024-04-12"), ("Ruth Olsenberg", "1", "2024-04-12", "2024-04-12")]
    assert [r["speaker"] for r in _csv(by_speaker(corpus_dir, fmt="csv", since="2024-06-01"))] == ["Mara Olsen"]
    assert _csv(by_speaker(corpus_dir, fmt="csv", until="2024-02-28")) == []


def test_date_bounds_apply_to_one_speakers_quotes(corpus_dir):
    records = json.loads(by_speaker(corpus_dir, fmt="json", speaker="Mara Olsen", until="2024-04-30"))
    assert [r["text"] for r in records] == [LONG, "Cranes arrive in May."]


def test_min_quotes_keeps_speakers_quoted_often_enough(corpus_dir):
    assert [r["speaker"] for r in _csv(by_speaker(corpus_dir, fmt="csv", min_quotes=2))] == ["Mara Olsen",
                                                                                            "Anders Holm"]
    assert [r["speaker"] for r in _csv(by_speaker(corpus_dir, fmt="csv", min_quotes=3))] == ["Mara Olsen"]


def test_source_keeps_the_documents_that_name_it(tmp_path):
    docs = _harbour_docs()
    docs[0].source, docs[1].source, docs[2].source = "Skarvik Post", "Coast Radio", "Skarvik Post / Coast Radio"
    write_corpus(docs, tmp_path / "c")
    post = _csv(by_speaker(tmp_path / "c", fmt="csv", source="skarvik post"))
    assert [(r["speaker"], r["quotes"]) for r in post] == [("Anders Holm", "2"), ("Mara Olsen", "2")]
    radio = _csv(by_speaker(tmp_path / "c", fmt="csv", source="Coast Radio", sort="speaker", ascending=True))
    assert [(r["speaker"], r["quotes"]) for r in radio] == [("Mara Olsen", "2"), ("Ruth Olsenberg", "1")]
    with pytest.raises(ReportError, match="no document from source 'Radio Coast'; sources: Coast Radio"):
        by_speaker(tmp_path / "c", source="Radio Coast")
    with pytest.raises(ReportError, match="no document from source 'Skarvik Pos'"):
        by_speaker(tmp_path / "c", source="Skarvik Pos")  # whole words only


def test_filtered_figures_without_filters_are_the_speakers_table(seed_corpus):
    figures = speaker_figures(filter_quotes(seed_corpus), seed_corpus.speakers).set_index("speaker_id")
    table = seed_corpus.speakers.set_index("speaker_id")
    columns = ["speaker", "quotes", "words", "documents", "first_date", "last_date"]
    pd.testing.assert_frame_equal(figures.loc[table.index, columns], table[columns], check_dtype=False)


@pytest.mark.parametrize(
    ("options", "pattern"),
    [({"since": "2024-13-01"}, r"since: '2024-13-01' is not a date; write it as YYYY-MM-DD"),
     ({"until": "last week"}, "until: 'last week' is not a date"),
     ({"since": "2024-05-01", "until": "2024-04-01"}, r"since \(2024-05-01\) is after until \(2024-04-01\)"),
     ({"min_quotes": -1}, "min-quotes must be zero or more")],
)
def test_bad_filters_are_one_line_errors(corpus_dir, options, pattern):
    with pytest.raises(ReportError, match=pattern) as raised:
        by_speaker(corpus_dir, **options)
    assert "\n" not in str(raised.value)


def test_html_table_escapes_every_cell(tmp_path):
    doc = Document("x1", 'Ola <b>Berg</b> & co said "<script>alert(1)</script> & more".', date="2024-01-02")
    doc.quotes = [_said(doc, "<script>alert(1)</script> & more", 'Ola <b>"Berg"</b> & co', "s_ola")]
    write_corpus([doc], tmp_path / "c")
    table = by_speaker(tmp_path / "c", fmt="html")
    assert table.startswith('<table class="quotes-table">') and "<caption>Speakers</caption>" in table
    assert "<td>Ola &lt;b&gt;&#34;Berg&#34;&lt;/b&gt; &amp; co</td>" in table
    assert '<td class="num">1</td>' in table and "<b>" not in table
    listing = by_speaker(tmp_path / "c", fmt="html", speaker="s_ola")
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</td>" in listing
    assert "<script>" not in listing
