"""No lost work: incremental builds from content hashes, identical tables, streamed unification."""

import fcntl
import json
import sqlite3

import pandas as pd
import pytest
from typer.testing import CliRunner

from quotes import build, load
from quotes.cache import default_location
from quotes.cli import app
from quotes.export import ExportError, write_corpus
from quotes.pipeline import process
from quotes.readers import read_documents
from quotes.speaker_list import load_speaker_list
from quotes.speakers import canonicalise
from quotes.writer import CorpusWriter
from tests.conftest import EVAL, SEEDS
from tests.invented import records, write_jsonl

runner = CliRunner()
TABLES = ("quotes.parquet", "speakers.parquet", "documents.parquet", "non_speech.parquet", "corpus.json")


def same_files(a, b):
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in TABLES)


def in_memory(inputs, out, speakers=None):
    """The corpus as the pipeline built it before builds were streamed: every document in memory at once."""
    docs = [process(doc) for doc in read_documents(inputs, report=lambda message: None)]
    listing = load_speaker_list(speakers) if speakers else None
    canonicalise(docs, listing)
    info = {"annotator": "rules", "on_error": "skip"}
    if speakers:
        info["speaker_list"] = speakers.name
    write_corpus(docs, out, info, listing.by_id() if listing else None)
    return load(out)


def assert_same_corpus(a, b):
    for name in ("quotes", "speakers", "documents", "non_speech"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_grown_input_processes_only_new_and_changed_documents(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = records(120)
    write_jsonl(folder / "may.jsonl", rows)
    first = build([folder], tmp_path / "out")
    assert (first.documents, first.processed, first.reused) == (120, 120, 0)

    rows[7]["text"] += "\nThe meeting ended late.\n"  # one article corrected
    write_jsonl(folder / "may.jsonl", rows)
    write_jsonl(folder / "june.jsonl", records(40, seed=2, start=500))  # and new ones
    second = build([folder], tmp_path / "out")
    assert (second.documents, second.processed, second.reused) == (160, 41, 119)

    fresh = build([folder], tmp_path / "fresh", cache=False)
    assert fresh.processed == 160 and same_files(tmp_path / "out", tmp_path / "fresh")
    again = build([folder], tmp_path / "out")
    assert (again.processed, again.reused) == (0, 160) and same_files(tmp_path / "out", tmp_path / "fresh")


def test_removed_documents_leave_the_corpus_and_the_cache(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(30))
    build([path], tmp_path / "out")
    write_jsonl(path, records(30)[:20])
    summary = build([path], tmp_path / "out")
    assert (summary.processed, summary.reused) == (0, 20)
    assert sorted(load(tmp_path / "out").documents.doc_id) == [f"n{n:05d}" for n in range(20)]
    write_jsonl(path, records(30))
    assert build([path], tmp_path / "out").processed == 10  # pruned results are gone from the cache


def test_other_options_or_code_mean_new_keys(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(10))
    build([path], tmp_path / "out")
    assert build([path], tmp_path / "out", max_chars=100_000).processed == 10
    assert build([path], tmp_path / "out", max_chars=100_000).processed == 0


def test_cache_location_and_no_cache(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(5))
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0 and "5 documents (5 processed)" in result.output
    assert not default_location(tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".sqlite")] == []
    own = tmp_path / "caches" / "may.sqlite"
    runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--cache", str(own)])
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--cache", str(own)])
    assert "5 documents (0 processed, 5 reused from the cache)" in result.output and own.is_file()


def test_same_input_and_options_give_identical_files_whatever_the_workers(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(300))
    build([path, SEEDS], tmp_path / "one", cache=False)
    build([path, SEEDS], tmp_path / "again", cache=False)
    build([path, SEEDS], tmp_path / "two", cache=False, workers=2)
    assert same_files(tmp_path / "one", tmp_path / "again") and same_files(tmp_path / "one", tmp_path / "two")


def test_streamed_build_equals_the_corpus_built_in_memory(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(200, seed=9))
    streamed = build([path, SEEDS], tmp_path / "streamed")
    assert streamed.quotes > 400
    corpus = load(tmp_path / "streamed")
    assert corpus.quotes.speaker.str.contains(" and ").any()  # groups are part of the comparison
    assert (~corpus.speakers.named).any() and corpus.quotes.addressees.map(len).any()
    assert_same_corpus(corpus, in_memory([path, SEEDS], tmp_path / "memory"))


def test_streamed_build_with_a_speaker_list_equals_the_one_in_memory(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(60, seed=4))
    listing = tmp_path / "speakers.csv"
    listing.write_text("canonical,aliases,role,wikidata_id\nSergej Dolgov,Sergei Dolgov|Sergey Dolgov,minister,Q1\n",
                       encoding="utf-8")
    build([path], tmp_path / "streamed", speakers=listing)
    corpus = load(tmp_path / "streamed")
    assert "Sergej Dolgov" in set(corpus.speakers.speaker)
    assert_same_corpus(corpus, in_memory([path], tmp_path / "memory", speakers=listing))


@pytest.mark.skipif(not (EVAL / "ggt.dev.jsonl").exists(), reason="evaluation data not present")
def test_streamed_build_of_the_dev_sets_equals_the_one_in_memory(tmp_path):
    inputs = [EVAL / "ggt.dev.jsonl", EVAL / "press.dev.jsonl"]
    build(inputs, tmp_path / "streamed", cache=False)
    assert_same_corpus(load(tmp_path / "streamed"), in_memory(inputs, tmp_path / "memory"))


def test_partitioned_corpus_loads_like_one_file_per_table(tmp_path, monkeypatch):
    import quotes.writer

    monkeypatch.setattr(quotes.writer, "ROW_GROUP", 50)  # many parts from a small corpus
    path = write_jsonl(tmp_path / "in.jsonl", records(80))
    docs = [process(doc) for doc in read_documents([path])]
    canonicalise(docs)
    writer = CorpusWriter(tmp_path / "parts", {"annotator": "rules"}, partitioned=True)
    for doc in sorted(docs, key=lambda d: d.doc_id):
        writer.add(doc)
    writer.finish()
    assert len(list((tmp_path / "parts" / "quotes.parquet").glob("part-*.parquet"))) > 2
    write_corpus(docs, tmp_path / "single", {"annotator": "rules"})
    assert_same_corpus(load(tmp_path / "parts"), load(tmp_path / "single"))
    manifest = json.loads((tmp_path / "parts" / "corpus.json").read_text())
    assert manifest == json.loads((tmp_path / "single" / "corpus.json").read_text())
    build([path], tmp_path / "parts")  # a partitioned corpus is a corpus: it may be rebuilt in place
    assert_same_corpus(load(tmp_path / "parts"), load(tmp_path / "single"))


@pytest.mark.parametrize("partitioned", [False, True])
def test_rows_held_as_arrow_batches_give_the_same_bytes(tmp_path, monkeypatch, partitioned):
    import quotes.writer

    monkeypatch.setattr(quotes.writer, "ROW_GROUP", 50)  # several row groups, each filled in several batches
    docs = [process(doc) for doc in read_documents([write_jsonl(tmp_path / "in.jsonl", records(80))])]
    canonicalise(docs)
    files = {}
    for batch in (7, 10**9):  # rows turned into Arrow every 7 rows, or only when a row group is written
        monkeypatch.setattr(quotes.writer, "ARROW_BATCH", batch)
        writer = CorpusWriter(tmp_path / f"every-{batch}", {"annotator": "rules"}, partitioned=partitioned)
        for doc in sorted(docs, key=lambda d: d.doc_id):
            writer.add(doc)
        writer.finish()
        files[batch] = {path.relative_to(tmp_path / f"every-{batch}"): path.read_bytes()
                        for path in sorted((tmp_path / f"every-{batch}").rglob("*.parquet")) if path.is_file()}
    assert len(files[7]) >= 4 and files[7] == files[10**9]
    assert len(load(tmp_path / "every-7").quotes) > 2 * 50


def test_each_row_group_holds_what_was_held_with_no_stray_rows(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    import quotes.writer

    monkeypatch.setattr(quotes.writer, "ROW_GROUP", 50)
    build([write_jsonl(tmp_path / "in.jsonl", records(80))], tmp_path / "out")
    metadata = pq.ParquetFile(tmp_path / "out" / "quotes.parquet").metadata
    sizes = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    # Documents end past the 50th row of a group: no group but the last is smaller than that.
    assert len(sizes) > 2 and min(sizes[:-1]) >= 50 and sum(sizes) == metadata.num_rows


def test_the_stream_is_lazy_and_counts_bytes(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(50))
    stream = read_documents([path])
    assert stream.total_bytes == path.stat().st_size and stream.bytes_read == 0
    next(stream)
    assert 0 < stream.bytes_read < stream.total_bytes
    assert sum(1 for _ in stream) == 49 and stream.bytes_read == stream.total_bytes


def test_two_builds_of_one_corpus_at_once_are_refused(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(3))
    with (tmp_path / ".out.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(ExportError, match="another build is writing this corpus"):
            build([path], tmp_path / "out")
    assert build([path], tmp_path / "out").documents == 3


def test_a_cache_that_is_not_a_cache_is_one_line(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(3))
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"these bytes were never a database " * 200)
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--cache", str(damaged)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert result.output.startswith(f"error: {damaged}: cannot be used as a cache (")
    assert "--no-cache" in result.output and not (tmp_path / "out").exists()


def test_a_cache_of_results_kept_as_whole_documents_is_emptied_and_used(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(6))
    older = tmp_path / "older.sqlite"
    with sqlite3.connect(older) as db:  # the table results were kept in before they were kept as rows
        db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, doc BLOB NOT NULL, mentions BLOB NOT NULL)"
                   " WITHOUT ROWID")
        db.execute("INSERT INTO results VALUES ('stale', x'00', x'00')")
    db.close()
    assert build([path], tmp_path / "out", cache=older).processed == 6
    with sqlite3.connect(older) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    assert "results" not in tables and build([path], tmp_path / "out", cache=older).reused == 6
    build([path], tmp_path / "fresh", cache=False)
    assert same_files(tmp_path / "out", tmp_path / "fresh")
