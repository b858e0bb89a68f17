"""`--engine dask`: the same build on a Dask cluster (a LocalCluster on loopback), written as a
partitioned dataset that loads the same way."""

import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from quotes import build, load
from quotes.cli import app
from quotes.incremental import EngineError
from tests.conftest import SEEDS
from tests.invented import records, write_jsonl

distributed = pytest.importorskip("distributed")
runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_dask_build_loads_like_a_local_one(tmp_path, scheduler, monkeypatch):
    import quotes.writer

    monkeypatch.setattr(quotes.writer, "ROW_GROUP", 100)  # several parts even from a small corpus
    path = write_jsonl(tmp_path / "in.jsonl", records(150))
    summary = build([path, SEEDS], tmp_path / "dask", engine="dask", scheduler=scheduler)
    assert (summary.documents, summary.processed) == (155, 155)
    assert len(list((tmp_path / "dask" / "quotes.parquet").glob("part-*.parquet"))) > 2
    build([path, SEEDS], tmp_path / "local")
    dask_corpus, local_corpus = load(tmp_path / "dask"), load(tmp_path / "local")
    for name in ("quotes", "speakers", "documents", "non_speech"):
        pd.testing.assert_frame_equal(getattr(dask_corpus, name), getattr(local_corpus, name))
    again = build([path, SEEDS], tmp_path / "dask", engine="dask", scheduler=scheduler)
    assert (again.processed, again.reused) == (0, 155)


def test_the_command_line_runs_on_the_cluster(tmp_path, scheduler):
    path = write_jsonl(tmp_path / "in.jsonl", records(10))
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--engine", "dask",
                                 "--scheduler", scheduler])
    assert result.exit_code == 0 and "10 documents (10 processed)" in result.output
    assert (tmp_path / "out" / "documents.parquet").is_dir() and len(load(tmp_path / "out").documents) == 10


def test_workers_with_other_code_are_refused(tmp_path, scheduler, monkeypatch):
    import quotes.distributed

    monkeypatch.setattr(quotes.distributed, "code_fingerprint", lambda options: "some other version")
    path = write_jsonl(tmp_path / "in.jsonl", records(3))
    with pytest.raises(EngineError, match="run another version of quotes than this one"):
        build([path], tmp_path / "out", engine="dask", scheduler=scheduler)
    assert not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    import socket

    import quotes.distributed

    monkeypatch.setattr(quotes.distributed, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as probe:  # a loopback port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = write_jsonl(tmp_path / "in.jsonl", records(3))
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--engine", "dask",
                                 "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert len(result.output.strip().splitlines()) == 1


def test_engine_options_are_checked_before_any_work(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "in.jsonl", records(3))
    no_address = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--engine", "dask"])
    assert no_address.exit_code == 1 and "--engine dask needs --scheduler ADDRESS" in no_address.output
    unknown = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--engine", "spark"])
    assert unknown.exit_code == 1 and "unknown engine 'spark'" in unknown.output
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask were not installed
    missing = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "--engine", "dask",
                                  "--scheduler", "tcp://127.0.0.1:1"])
    assert missing.exit_code == 1 and "pip install 'quotes[dask]'" in missing.output
    assert not (tmp_path / "out").exists()
