"""The explicit schema: described columns, categories, and the key-value metadata of every file."""

import hashlib
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes import build, lexicon, load
from quotes.model import Document
from quotes.provenance import input_checksums
from quotes.schema import SCHEMA_VERSION, SCHEMAS, columns_markdown, description, read_metadata, type_name
from tests.conftest import ROOT
from tests.invented import build_invented, write_articles


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    return build_invented(tmp_path_factory.mktemp("invented"))


def test_every_column_has_a_description_and_every_description_a_column():
    described = set(lexicon.column_descriptions())
    columns = {(table, f.name) for table, schema in SCHEMAS.items() for f in schema}
    assert described == columns
    assert all(description(f) for schema in SCHEMAS.values() for f in schema)


def test_docs_list_every_column_with_its_type():
    docs = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for table in SCHEMAS:
        assert columns_markdown(table) in docs, f"docs/schema.md is out of date for {table}"


def test_type_names_read_like_the_docs():
    assert type_name(pa.dictionary(pa.int8(), pa.string())) == "category<string>"
    assert type_name(pa.list_(pa.struct([("cue", pa.string()), ("count", pa.int64())]))) == (
        "list<struct<cue: string, count: int64>>")
    assert (type_name(pa.date32()), type_name(pa.float64())) == ("date32", "float64")


def test_files_carry_the_schemas_and_their_descriptions(invented):
    for table, schema in SCHEMAS.items():
        written = pq.read_schema(invented / f"{table}.parquet")
        assert written.equals(schema, check_metadata=False), table
        assert description(written.field("doc_id" if table != "speakers" else "speaker_id"))


def test_repeated_values_load_as_categories_and_dates_as_dates(invented):
    corpus = load(invented)
    for frame, column in [(corpus.quotes, "kind"), (corpus.quotes, "method"), (corpus.quotes, "cue"),
                          (corpus.quotes, "event"), (corpus.documents, "source"), (corpus.documents, "encoding"),
                          (corpus.non_speech, "reason")]:
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
    assert set(corpus.documents.source.dropna()) == {"Pellmar Courier", "Vantor Daily"}
    assert all(hasattr(d, "isoformat") for d in corpus.quotes.date.dropna())


def test_metadata_says_what_made_the_corpus_and_from_which_bytes(invented):
    documents = load(invented).documents
    for table in SCHEMAS:
        meta = read_metadata(invented / f"{table}.parquet")
        assert meta["schema_version"] == SCHEMA_VERSION and meta["version"]
        assert meta["annotator"] and meta["on_error"] == "skip"
        checksums = json.loads(meta["input_sha256"])
        assert set(checksums) == set(documents.path)
        for path, digest in checksums.items():
            with open(path, "rb") as handle:
                assert digest == hashlib.sha256(handle.read()).hexdigest()


def test_the_speaker_list_is_an_input_too(tmp_path):
    listing = tmp_path / "people.csv"
    listing.write_text("canonical,aliases,role,wikidata_id\nWren Halloway,,Harbour Minister,Q777\n", encoding="utf-8")
    build([write_articles(tmp_path / "articles")], tmp_path / "corpus", speakers=listing)
    meta = read_metadata(tmp_path / "corpus" / "speakers.parquet")
    assert meta["speaker_list"] == "people.csv"
    assert meta["speaker_list_sha256"] == hashlib.sha256(listing.read_bytes()).hexdigest()


def test_a_vanished_input_is_reported_not_fatal(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("Nets and boats.", encoding="utf-8")
    heard: list[str] = []
    docs = [Document("kept", "Nets and boats.", path=str(kept)),
            Document("gone", "Sails.", path=str(tmp_path / "gone.txt")), Document("given", "No file.")]
    checksums = input_checksums(docs, heard.append)
    assert list(checksums) == [str(kept)]
    assert len(heard) == 1 and "gone.txt: no checksum recorded" in heard[0]


def test_load_unpacks_into_the_three_tables(invented):
    quotes, speakers, documents = load(invented)
    assert "quote_id" in quotes and "speaker_id" in speakers and "doc_id" in documents
    assert "reason" in load(invented).non_speech
