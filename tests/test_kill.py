"""A build killed with SIGKILL at any point leaves the previous corpus intact, and the next run
completes it with no quote lost or duplicated."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from quotes import build, load
from tests.conftest import ROOT
from tests.invented import records, write_jsonl
from tests.test_incremental import TABLES

# The build under test, run in a process of its own. Writing a document is slowed a little
# (by this harness, not by the code under test) so that the writing phase lasts long enough
# for the test to kill the build in the middle of it.
HARNESS = """
import sys, time
import quotes.writer
add_rows = quotes.writer.CorpusWriter.add_rows
def slow_add_rows(self, *rows):
    time.sleep(0.003)
    add_rows(self, *rows)
quotes.writer.CorpusWriter.add_rows = slow_add_rows
from quotes.cli import main
sys.argv = ["quotes", *sys.argv[1:]]
main()
"""


def start(inputs: Path, out: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", HARNESS, "build", str(inputs), "-o", str(out), *options],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def kill_when(process: subprocess.Popen, ready, timeout: float = 60) -> bool:
    """SIGKILL the build (and any worker it started) once `ready()` holds; False if it ended first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.001)
    process.wait()
    return False


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def test_killed_builds_leave_the_old_corpus_and_the_next_run_completes_it(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / "first.jsonl", records(150))
    out = tmp_path / "out"
    build([inputs], out)
    before = snapshot(out)
    write_jsonl(inputs / "second.jsonl", records(700, seed=3, start=1000))
    cache = tmp_path / ".out.cache.sqlite"
    wal = Path(f"{cache}-wal")
    cache_size = cache.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

    def staging() -> list[Path]:
        return [p for p in tmp_path.glob(".out.*.tmp") if p.is_dir()]

    kill_points = {
        "while starting": lambda: True,
        "while processing": lambda: (cache.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
                                     > cache_size + 50_000),
        "while writing the tables": lambda: any((p / "quotes.parquet").exists() for p in staging()),
        "while writing, with two workers": lambda: any((p / "documents.parquet").exists() for p in staging()),
    }
    for point, ready in kill_points.items():
        workers = ["--workers", "2"] if "two workers" in point else []
        assert kill_when(start(inputs, out, *workers), ready), f"the build ended before it could be killed {point}"
        assert snapshot(out) == before, point
        assert load(out).documents.shape[0] == 150

    finished = start(inputs, out)
    assert finished.wait(timeout=120) == 0
    # The chunks committed before the kills are not processed again.
    assert "reused from the cache" in finished.stderr.read().decode()
    build([inputs], tmp_path / "fresh", cache=False)
    assert snapshot(out) == snapshot(tmp_path / "fresh")
    corpus = load(out)
    assert len(corpus.documents) == 850 and corpus.documents.doc_id.is_unique
    assert corpus.quotes.quote_id.is_unique and len(corpus.quotes) == len(load(tmp_path / "fresh").quotes)
    assert not staging() and not (tmp_path / ".out.old").exists()


def test_a_build_without_cache_killed_leaves_nothing_the_next_one_keeps(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", records(400))
    out = tmp_path / "out"
    assert kill_when(start(path, out, "--no-cache"), lambda: bool(list(tmp_path.glob(".out.*.tmp.sqlite"))))
    assert not out.exists() and list(tmp_path.glob(".out.*.tmp.sqlite"))
    finished = start(path, out, "--no-cache")
    assert finished.wait(timeout=120) == 0
    assert len(load(out).documents) == 400
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "in.jsonl", "out"]
