"""The tables load as they are in the tools researchers use: pandas, duckdb, polars, Hugging Face datasets."""

import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pytest

from quotes import load
from quotes.schema import SCHEMAS
from tests.invented import build_invented


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return build_invented(tmp_path_factory.mktemp("loaders"))


def test_pandas_types(corpus_dir):
    quotes = pd.read_parquet(corpus_dir / "quotes.parquet")
    assert isinstance(quotes.kind.dtype, pd.CategoricalDtype) and quotes.start.dtype == "int64"
    assert all(isinstance(d, dt.date) for d in quotes.date.dropna())
    per_speaker = quotes.explode(["speakers", "speaker_ids"])
    speakers = pd.read_parquet(corpus_dir / "speakers.parquet")
    counted = per_speaker[per_speaker.parent_id.isna()].speaker_ids.value_counts()
    assert dict(counted) == dict(zip(speakers.speaker_id, speakers.quotes, strict=True))


def test_duckdb_reads_lists_dates_and_joins(corpus_dir):
    quotes, speakers = (str(corpus_dir / f"{t}.parquet") for t in ("quotes", "speakers"))
    columns = dict(duckdb.sql(f"select column_name, column_type from (describe select * from '{quotes}')").fetchall())
    assert columns["date"] == "DATE" and columns["speaker_ids"] == "VARCHAR[]" and columns["kind"] == "VARCHAR"
    joined = duckdb.sql(
        f"select s.speaker, count(*) from (select unnest(speaker_ids) as sid from '{quotes}' where parent_id is null)"
        f" q join '{speakers}' s on s.speaker_id = q.sid group by s.speaker").fetchall()
    table = load(corpus_dir).speakers
    assert dict(joined) == dict(zip(table.speaker, table.quotes, strict=True))
    cues = duckdb.sql(f"select unnest(cues, recursive := true) from '{speakers}'").fetchall()
    assert cues and all(isinstance(cue, str) and count >= 1 for cue, count in cues)


def test_polars_types(corpus_dir):
    quotes = pl.read_parquet(corpus_dir / "quotes.parquet")
    assert quotes.schema["kind"] == pl.Categorical and quotes.schema["date"] == pl.Date
    assert quotes.schema["speakers"] == pl.List(pl.String)
    speakers = pl.read_parquet(corpus_dir / "speakers.parquet")
    assert speakers.schema["co_speakers"] == pl.List(pl.Struct({"speaker_id": pl.String, "speaker": pl.String,
                                                               "occasions": pl.Int64}))
    assert speakers.height == len(load(corpus_dir).speakers)


def test_hugging_face_datasets_offline(corpus_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    import datasets

    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)
    corpus = load(corpus_dir)
    for table in SCHEMAS:
        loaded = datasets.load_dataset("parquet", data_files=str(corpus_dir / f"{table}.parquet"),
                                       cache_dir=str(tmp_path / "cache"))["train"]
        assert loaded.column_names == list(getattr(corpus, table).columns) and len(loaded) == len(
            getattr(corpus, table)), table
    quotes = datasets.load_dataset("parquet", data_files=str(corpus_dir / "quotes.parquet"),
                                   cache_dir=str(tmp_path / "cache"))["train"]
    assert quotes.features["date"].dtype == "date32" and isinstance(quotes[0]["speakers"], list)
