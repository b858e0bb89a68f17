"""Articles read back from a corpus: the stored text, ids by their beginning, quotes nested by offsets."""

import pytest

from quotes.articles import Highlight, article, articles, nest, resolve_doc_id
from quotes.export import load
from quotes.report import ReportError
from tests.newsroom import build_newsroom, documents


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    return load(build_newsroom(tmp_path_factory.mktemp("articles") / "corpus"))


def test_documents_table_keeps_each_text_so_offsets_point_into_it(newsroom):
    texts = dict(zip(newsroom.documents.doc_id, newsroom.documents.text, strict=True))
    assert texts == {d.doc_id: d.text for d in documents()}
    for row in newsroom.quotes.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_an_id_may_be_given_by_its_beginning(newsroom):
    assert resolve_doc_id(newsroom.documents, "n2") == "n2-crane"
    assert resolve_doc_id(newsroom.documents, "n2-crane") == "n2-crane"
    with pytest.raises(ReportError, match=r"document id 'n' is ambiguous: n1-ferries, n2-crane"):
        resolve_doc_id(newsroom.documents, "n")
    with pytest.raises(ReportError, match=r"no document 'n9-crane' in the corpus; closest: n2-crane"):
        resolve_doc_id(newsroom.documents, "n9-crane")


def test_article_carries_metadata_and_its_quotes_in_order(newsroom):
    crane = article(newsroom, "n2")
    assert (crane.title, crane.date, crane.source, crane.place) == ("The crane has arrived", "2024-02-03",
                                                                   "Harbour Gazette", "Skarvik")
    assert [q["start"] for q in crane.quotes] == sorted(q["start"] for q in crane.quotes)
    assert [a.doc_id for a in articles(newsroom)] == ["n1-ferries", "n2-crane", "n3-dredging", "n4-storm"]


def test_nested_quote_is_inside_the_quote_that_cites_it(newsroom):
    parts = article(newsroom, "n2-crane").parts()
    highlights = [p for p in parts if isinstance(p, Highlight)]
    outer = highlights[0]
    assert outer.quote["text"] == "They told me 'never' and here it is,"
    assert outer.parts[0] == "They told me '" and outer.parts[2] == "' and here it is,"
    assert isinstance(outer.parts[1], Highlight) and outer.parts[1].quote["kind"] == "nested"
    assert "".join(_flatten(parts)) == article(newsroom, "n2-crane").text


def _flatten(parts):
    for part in parts:
        if isinstance(part, str):
            yield part
        else:
            yield from _flatten(part.parts)


def test_quotes_that_do_not_fit_the_text_are_left_plain():
    text = "abcdefghij"
    good = {"start": 2, "end": 5, "text": "cde"}
    crossing = {"start": 4, "end": 8, "text": "efgh"}
    wrong_words = {"start": 6, "end": 8, "text": "xx"}
    outside = {"start": 8, "end": 30, "text": None}
    parts = nest(text, [crossing, good, wrong_words, outside])
    assert parts == ["ab", Highlight(good, ["cde"]), "fghij"]


def test_a_corpus_without_text_says_to_rebuild(tmp_path, newsroom):
    for name in ("quotes", "speakers", "non_speech"):
        getattr(newsroom, name).to_parquet(tmp_path / f"{name}.parquet")
    newsroom.documents.drop(columns="text").to_parquet(tmp_path / "documents.parquet")
    with pytest.raises(ReportError, match="no article text .* rebuild it with 'quotes build'"):
        article(load(tmp_path), "n1")
