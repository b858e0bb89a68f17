"""The Parquet corpus: schemas, statistics, reproducible bytes, safe replacement, loading."""

import datetime as dt

import pandas as pd
import pyarrow.parquet as pq
import pytest

from quotes.export import (
    DOCUMENTS_SCHEMA,
    QUOTES_SCHEMA,
    SCHEMA_VERSION,
    SPEAKERS_SCHEMA,
    ExportError,
    load,
    write_corpus,
)
from quotes.model import Document, Mention, Occasion, Quote


def _quote(doc: Document, words: str, **fields) -> Quote:
    start = doc.text.index(words)
    return Quote(doc.doc_id, start, start + len(words), words, **fields)


def _orchard_docs() -> list[Document]:
    """Two invented articles: a mayor quoted in both, a farmer in one, a nested and an unattributed quote."""
    first = Document(
        "b-orchard",
        'Mayor Ilse Varga said: "The orchard stays open all winter." A farmer, Tomas Reed, added that '
        '"the pears came early this year, which nobody expected." Someone shouted "about time".',
        title="Orchard stays open", date="2023-10-02", source="Valley Post", place="Linden",
        url="https://example.org/orchard", path="articles/orchard.txt", encoding="utf-8",
        warnings=["date guessed from the dateline"],
    )
    mayor = dict(speaker="Ilse Varga", speaker_id="s_varga", cue="said", method="colon", confidence=0.9)
    outer = _quote(first, "the pears came early this year, which nobody expected.", kind="direct",
                   speaker="Tomas Reed", speaker_id="s_reed", cue="added", method="apposition",
                   confidence=0.8, mention=Mention(0, 0, "Tomas Reed"))
    first.quotes = [
        _quote(first, "The orchard stays open all winter.", kind="direct", **mayor),
        outer,
        _quote(first, "nobody expected", kind="nested", speaker="Tomas Reed", speaker_id="s_reed",
               parent_id=outer.quote_id),
        _quote(first, "about time", kind="partial"),
    ]
    second = Document(
        "a-bridge",
        "Ilse Varga - We will rebuild the bridge before the spring floods. The council agreed.",
        title="Bridge plans", date="2023-11-20", place="Linden",
    )
    second.quotes = [
        _quote(second, "We will rebuild the bridge before the spring floods.", kind="dash",
               occasion=Occasion(date="2023-11-18", place="Hollow Creek", event="council meeting"), **mayor),
    ]
    empty = Document("c-empty", "", title=None)
    return [first, second, empty]


@pytest.fixture
def corpus_dir(tmp_path):
    out = tmp_path / "corpus"
    write_corpus(_orchard_docs(), out, {"annotator": "rules", "options": "strict"})
    return out


def test_files_have_the_declared_schemas(corpus_dir):
    for name, schema in [("quotes", QUOTES_SCHEMA), ("speakers", SPEAKERS_SCHEMA),
                         ("documents", DOCUMENTS_SCHEMA)]:
        written = pq.read_schema(corpus_dir / f"{name}.parquet")
        assert written.remove_metadata().equals(schema.remove_metadata()), name


def test_quotes_table_columns_and_dtypes(corpus_dir):
    quotes = pd.read_parquet(corpus_dir / "quotes.parquet")
    assert list(quotes.columns[:5]) == ["quote_id", "doc_id", "start", "end", "text"]
    assert quotes.start.dtype == "int64" and quotes.end.dtype == "int64"
    assert quotes.confidence.dtype == "float64" and quotes.unclosed.dtype == "bool"
    assert isinstance(quotes.kind.dtype, pd.CategoricalDtype)
    assert isinstance(quotes.method.dtype, pd.CategoricalDtype)
    assert all(isinstance(d, dt.date) for d in quotes.date)


def test_quote_rows_are_ordered_and_point_into_their_text(corpus_dir):
    docs = {d.doc_id: d for d in _orchard_docs()}
    quotes = pd.read_parquet(corpus_dir / "quotes.parquet")
    order = list(zip(quotes.doc_id, quotes.start, strict=True))
    assert order == sorted(order)
    for row in quotes.itertuples():
        assert docs[row.doc_id].text[row.start:row.end] == row.text


def test_occasion_overrides_document_date_and_place(corpus_dir):
    quotes = pd.read_parquet(corpus_dir / "quotes.parquet").set_index("text")
    bridge = quotes.loc["We will rebuild the bridge before the spring floods."]
    assert bridge.date == dt.date(2023, 11, 18) and bridge.place == "Hollow Creek"
    assert bridge.event == "council meeting"
    orchard = quotes.loc["The orchard stays open all winter."]
    assert orchard.date == dt.date(2023, 10, 2) and orchard.place == "Linden"


def test_missing_speaker_is_null_and_nested_points_to_parent(corpus_dir):
    quotes = pd.read_parquet(corpus_dir / "quotes.parquet").set_index("text")
    assert pd.isna(quotes.loc["about time"].speaker)
    outer = quotes.loc["the pears came early this year, which nobody expected."]
    assert outer.speaker_mention == "Tomas Reed"
    assert quotes.loc["nobody expected"].parent_id == outer.quote_id


def test_speaker_statistics(corpus_dir):
    speakers = pd.read_parquet(corpus_dir / "speakers.parquet")
    assert list(speakers.speaker) == ["Ilse Varga", "Tomas Reed"]
    varga, reed = (row for _, row in speakers.iterrows())
    assert (varga.quotes, varga.words, varga.documents) == (2, 15, 2)
    assert (varga.first_date, varga.last_date) == (dt.date(2023, 10, 2), dt.date(2023, 11, 18))
    assert varga.mean_words == pytest.approx(7.5)
    assert [(k["kind"], k["count"]) for k in varga.kinds] == [("direct", 1), ("dash", 1)]
    assert (reed.quotes, reed.words, reed.documents) == (1, 9, 1)
    assert speakers.quotes.dtype == "int64" and speakers.mean_words.dtype == "float64"


def test_documents_table(corpus_dir):
    documents = pd.read_parquet(corpus_dir / "documents.parquet").set_index("doc_id")
    assert list(documents.index) == ["a-bridge", "b-orchard", "c-empty"]
    orchard = documents.loc["b-orchard"]
    assert orchard.quotes == 3 and orchard.chars == len(_orchard_docs()[0].text)
    assert list(orchard.warnings) == ["date guessed from the dateline"]
    assert orchard.date == dt.date(2023, 10, 2) and orchard.encoding == "utf-8"
    assert documents.loc["c-empty"].quotes == 0 and pd.isna(documents.loc["c-empty"].date)


def test_metadata_holds_versions_and_build_info(corpus_dir):
    for name in ("quotes", "speakers", "documents"):
        meta = pq.read_schema(corpus_dir / f"{name}.parquet").metadata
        assert meta[b"quotes.schema_version"] == SCHEMA_VERSION.encode()
        assert meta[b"quotes.version"]
        assert meta[b"quotes.annotator"] == b"rules" and meta[b"quotes.options"] == b"strict"
        assert str(corpus_dir).encode() not in b"".join(meta.values())


def test_same_input_gives_identical_bytes(tmp_path):
    write_corpus(_orchard_docs(), tmp_path / "one", {"annotator": "rules"})
    write_corpus(reversed(_orchard_docs()), tmp_path / "two", {"annotator": "rules"})
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert "quotes.parquet" in names and names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_rewrite_replaces_an_existing_corpus(corpus_dir):
    docs = _orchard_docs()[1:]
    paths = write_corpus(docs, corpus_dir)
    assert paths.root == corpus_dir and paths.quotes == corpus_dir / "quotes.parquet"
    assert set(pd.read_parquet(paths.quotes).doc_id) == {"a-bridge"}
    leftovers = [p.name for p in corpus_dir.parent.iterdir() if p.name != "corpus"]
    assert leftovers == []


def test_input_that_fails_midway_leaves_the_old_corpus_and_nothing_beside_it(corpus_dir):
    before = {p.name: p.read_bytes() for p in corpus_dir.iterdir()}

    def breaking():
        yield from _orchard_docs()[:2]
        raise OSError("the archive went away")

    with pytest.raises(OSError, match="went away"):
        write_corpus(breaking(), corpus_dir)
    assert {p.name: p.read_bytes() for p in corpus_dir.iterdir()} == before
    assert [p.name for p in corpus_dir.parent.iterdir()] == ["corpus"]


def test_refuses_a_folder_that_is_not_a_corpus(tmp_path):
    target = tmp_path / "notes"
    target.mkdir()
    (target / "recipe.txt").write_text("two eggs")
    with pytest.raises(ExportError, match="not a corpus") as raised:
        write_corpus(_orchard_docs(), target)
    assert "\n" not in str(raised.value)
    assert sorted(p.name for p in target.iterdir()) == ["recipe.txt"]


def test_creates_missing_parent_folders(tmp_path):
    paths = write_corpus(_orchard_docs(), tmp_path / "deep" / "er" / "corpus")
    assert all(p.is_file() for p in (paths.quotes, paths.speakers, paths.documents))


def test_empty_input_still_writes_typed_tables(tmp_path):
    corpus = load(write_corpus([], tmp_path / "c").root)
    assert len(corpus.quotes) == 0 and "speaker_id" in corpus.speakers.columns
    written = pq.read_schema(tmp_path / "c" / "quotes.parquet")
    assert written.field("date").type == QUOTES_SCHEMA.field("date").type


def test_load_returns_three_frames(corpus_dir):
    corpus = load(corpus_dir)
    assert len(corpus.quotes) == 5 and len(corpus.speakers) == 2 and len(corpus.documents) == 3
    assert corpus.speakers.quotes.sum() == corpus.quotes[corpus.quotes.parent_id.isna()].speaker.notna().sum()


def test_load_refuses_what_is_not_a_corpus(tmp_path):
    with pytest.raises(ExportError, match="no such corpus folder"):
        load(tmp_path / "absent")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "quotes.parquet").write_bytes(b"not parquet")
    with pytest.raises(ExportError, match="missing speakers.parquet"):
        load(tmp_path / "half")


def test_load_reports_an_unreadable_table_in_one_line(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    for name in ("quotes.parquet", "speakers.parquet", "documents.parquet", "non_speech.parquet"):
        (folder / name).write_bytes(b"these bytes are not parquet")
    with pytest.raises(ExportError, match="cannot read the corpus") as raised:
        load(folder)
    assert "\n" not in str(raised.value)
