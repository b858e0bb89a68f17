"""The speakers table counted in a process of its own gives the rows an in-process tally gives."""

import pyarrow as pa
import pytest

from quotes import build, load
from quotes.statistics import COLUMNS, SpeakerTally
from quotes.tally_process import ROWS_PER_MESSAGE, TallyError, TallyProcess
from quotes.writer import parquet_batches
from tests.invented import records, write_jsonl


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("tally-process")
    build([write_jsonl(root / "in.jsonl", records(60))], root / "corpus", cache=False)
    return root / "corpus"


def test_a_tally_process_gives_the_rows_of_a_tally_here(built, monkeypatch):
    batches = list(parquet_batches(built / "quotes.parquet", COLUMNS, 9))
    here = SpeakerTally()
    for batch in batches:
        here.add(batch)
    expected = list(here.rows())
    assert len(expected) > 10
    monkeypatch.setattr("quotes.tally_process.ROWS_PER_MESSAGE", 4)  # rows come back in several messages
    away = TallyProcess()
    try:
        for batch in batches:
            away.add(batch)
        assert list(away.rows()) == expected
    finally:
        away.close()
    assert ROWS_PER_MESSAGE > 4


def test_two_workers_count_the_speakers_beside_the_writer_and_give_the_same_table(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "in.jsonl", records(60))
    build([path], tmp_path / "one", cache=False)
    sent: list[int] = []
    send = TallyProcess.add

    def counting_send(self, batch, columns=None):
        sent.append(batch.num_rows)
        send(self, batch, columns)

    monkeypatch.setattr(TallyProcess, "add", counting_send)
    build([path], tmp_path / "two", cache=False, workers=2)
    assert sum(sent) == len(load(tmp_path / "two").quotes)
    assert len(load(tmp_path / "two").speakers) > 10
    assert (tmp_path / "two" / "speakers.parquet").read_bytes() == (tmp_path / "one" / "speakers.parquet").read_bytes()


def test_a_tally_that_fails_is_reported_in_one_line():
    away = TallyProcess()
    try:
        away.add(pa.RecordBatch.from_pydict({"doc_id": ["d1"]}))  # no parent_id column: the tally cannot count it
        with pytest.raises(TallyError, match=r"^the speaker tally failed \(KeyError: .*parent_id.*\)$"):
            for _ in range(100):  # the failure shows at the next message, whichever it is
                away.add(pa.RecordBatch.from_pydict({"doc_id": ["d2"]}))
            list(away.rows())
    finally:
        away.close()


def test_the_tally_process_ends_when_the_building_process_lets_go():
    away = TallyProcess()
    away._conn.close()  # as when the building process dies: the pipe reports end-of-file
    away._process.join(timeout=20)
    assert not away._process.is_alive()
    assert away._process.exitcode == 0
