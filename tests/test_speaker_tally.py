"""The speakers table from a stream of quote batches: the same rows whatever the batches, and exact figures."""

import datetime as dt
import statistics

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

import quotes.statistics
import quotes.writer
from quotes import build, load
from quotes.schema import SPEAKERS_SCHEMA
from quotes.statistics import COLUMNS, COUNTED, SpeakerTally, speaker_rows, speaker_statistics
from quotes.writer import parquet_batches
from tests.invented import records, write_jsonl


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A corpus of generated articles: recurring, grouped and unnamed speakers, participants, addressees."""
    root = tmp_path_factory.mktemp("tally")
    build([write_jsonl(root / "in.jsonl", records(90))], root / "corpus", cache=False)
    return root / "corpus"


def _table(rows: list[dict]) -> pd.DataFrame:
    return pa.Table.from_pylist(rows, schema=SPEAKERS_SCHEMA).to_pandas()


@pytest.mark.parametrize("batch_size", [1, 7, 1_000_000])
def test_batches_of_the_written_table_give_the_written_speakers(built, batch_size):
    tally = SpeakerTally()
    batches = list(parquet_batches(built / "quotes.parquet", COLUMNS, batch_size))
    assert len(batches) == -(-len(load(built).quotes) // batch_size)  # the table really came in that many
    for batch in batches:
        tally.add(batch)
    written = load(built).speakers
    assert len(written) > 10
    pd.testing.assert_frame_equal(_table(list(tally.rows())), written)


def test_a_dataframe_counted_one_row_at_a_time_gives_the_same_rows(built, monkeypatch):
    quotes_df = load(built).quotes
    whole = speaker_rows(quotes_df)
    monkeypatch.setattr(quotes.statistics, "BATCH_ROWS", 1)
    assert speaker_rows(quotes_df) == whole
    pd.testing.assert_frame_equal(speaker_statistics(quotes_df), load(built).speakers)


def test_a_streamed_build_counts_its_quotes_a_batch_at_a_time_as_they_are_written(tmp_path, monkeypatch):
    seen: list[int] = []
    add = SpeakerTally.add

    def counting_add(self, batch, columns=None):
        seen.append(batch.num_rows)
        add(self, batch, columns)

    monkeypatch.setattr(quotes.writer, "ARROW_BATCH", 4)
    monkeypatch.setattr(SpeakerTally, "add", counting_add)
    build([write_jsonl(tmp_path / "in.jsonl", records(30))], tmp_path / "corpus", cache=False)
    corpus = load(tmp_path / "corpus")
    # Each batch is a few documents' quotes (a document's quotes are never split), never the table.
    assert len(seen) > len(corpus.quotes) // 20 and sum(seen) == len(corpus.quotes)
    monkeypatch.setattr(SpeakerTally, "add", add)
    pd.testing.assert_frame_equal(speaker_statistics(corpus.quotes), corpus.speakers)


def test_the_columns_a_writer_hands_its_tally_hold_the_values_of_its_batch(tmp_path, monkeypatch):
    compared: list[int] = []
    add = SpeakerTally.add

    def comparing_add(self, batch, columns=None):
        top = batch.filter(pc.is_null(batch["parent_id"]))
        for name in COUNTED:
            # a list's values may come as a tuple: the tally only reads them
            given = [list(value) if isinstance(value, tuple) else value
                     for value, parent in zip(columns[name], columns["parent_id"], strict=True) if parent is None]
            column = top[name].dictionary_decode() if pa.types.is_dictionary(top[name].type) else top[name]
            assert [(type(v), v) for v in given] == [(type(v), v) for v in column.to_pylist()], name
        compared.append(top.num_rows)
        add(self, batch, columns)

    monkeypatch.setattr(SpeakerTally, "add", comparing_add)
    build([write_jsonl(tmp_path / "in.jsonl", records(40))], tmp_path / "corpus", cache=False)
    assert sum(compared) == (load(tmp_path / "corpus").quotes.parent_id.isna()).sum() > 40


def test_counting_a_batchs_columns_gives_the_rows_of_counting_the_batch(built):
    from_batches, from_columns = SpeakerTally(), SpeakerTally()
    for batch in parquet_batches(built / "quotes.parquet", COLUMNS, 7):
        from_batches.add(batch)
        from_columns.add(batch, batch.to_pydict())
    assert list(from_columns.rows()) == list(from_batches.rows())


def _quote_row(number: int, words: int, day: dt.date | None, name: str = "Tamsin Oakhollow",
               sid: str = "s_oakhollow") -> dict:
    """A top-level quote of `words` invented words, as the quotes table holds it."""
    return {"quote_id": f"q{number}", "doc_id": f"d{number % 3}", "text": " ".join(["brindle"] * words),
            "kind": "direct", "speaker": name, "speaker_id": sid, "speakers": [name], "speaker_ids": [sid],
            "speaker_named": True, "speaker_mention": name, "cue": "said", "date": day, "place": "Wexcombe",
            "event": None, "participants": [], "addressees": [], "parent_id": None}


@pytest.mark.parametrize("lengths", [[7], [3, 1, 4, 1, 5, 9, 2, 6], [10, 2, 2, 8, 30], [4, 4, 4, 5], [1, 2]])
def test_mean_and_median_are_those_of_every_quote_length(lengths):
    days = [dt.date(2023, 1 + n % 12, 1 + n) for n in range(len(lengths))]
    rows = pd.DataFrame([_quote_row(n, words, day) for n, (words, day) in enumerate(zip(lengths, days, strict=True))])
    for batch_rows in (1, 3):
        tally = SpeakerTally(grouped=False)  # the rows take turns between three documents
        for start in range(0, len(rows), batch_rows):
            tally.add(rows.iloc[start:start + batch_rows])
        (row,) = list(tally.rows())
        assert row["quotes"] == len(lengths) and row["words"] == sum(lengths)
        assert row["mean_words"] == statistics.fmean(lengths)
        assert row["median_words"] == float(statistics.median(lengths))
        assert (row["first_date"], row["last_date"]) == (min(days), max(days))
        assert row["documents"] == len({n % 3 for n in range(len(lengths))})


def test_undated_quotes_leave_the_dates_to_the_dated_ones():
    rows = pd.DataFrame([_quote_row(0, 5, None), _quote_row(1, 5, dt.date(2022, 6, 1)), _quote_row(2, 5, None)])
    (row,) = speaker_rows(rows)
    assert row["first_date"] == row["last_date"] == dt.date(2022, 6, 1)
    (undated,) = speaker_rows(rows.iloc[[0, 2]])
    assert undated["first_date"] is None and undated["last_date"] is None


def test_the_first_of_equally_frequent_names_is_shown_across_batches():
    rows = pd.DataFrame([_quote_row(0, 3, None, "T. Oakhollow"), _quote_row(1, 3, None, "Tamsin Oakhollow")])
    tally = SpeakerTally()
    tally.add(rows.iloc[:1])
    tally.add(rows.iloc[1:])
    assert [r["speaker"] for r in tally.rows()] == ["T. Oakhollow"]
