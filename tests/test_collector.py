"""The garbage collector's threshold during a build: raised while it runs, the caller's afterwards."""

import gc
import weakref

import pytest

import quotes.stage
from quotes import build
from quotes.collector import BUILD_THRESHOLD, fewer_collections


@pytest.fixture
def default_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_the_threshold_is_raised_in_the_block_and_restored_after(default_threshold):
    with fewer_collections():
        assert gc.get_threshold() == (BUILD_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_threshold_is_restored_when_the_block_fails(default_threshold):
    with pytest.raises(KeyError), fewer_collections():
        raise KeyError("article")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_and_collection_turned_off_are_left_as_they_are(default_threshold):
    gc.set_threshold(50_000, 20, 30)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 20, 30)
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == (0, 10, 10)


class _Node:
    """An object in a reference cycle with itself: only the cyclic collector frees it."""

    def __init__(self):
        self.me = self


def test_cycles_are_still_collected_with_the_raised_threshold(default_threshold):
    if not gc.isenabled():
        pytest.skip("the collector is turned off in this process")
    freed = []
    with fewer_collections():
        for _ in range(4 * BUILD_THRESHOLD):
            weakref.finalize(_Node(), freed.append, 1)
        assert freed, "no young collection ran after four thresholds' worth of cyclic garbage"


def test_a_build_analyses_with_the_raised_threshold_and_restores_the_callers(default_threshold, tmp_path,
                                                                               monkeypatch):
    seen = []
    analyse = quotes.stage.analyse

    def recording(doc, options):
        seen.append(gc.get_threshold()[0])
        return analyse(doc, options)

    monkeypatch.setattr(quotes.stage, "analyse", recording)
    (tmp_path / "in.txt").write_text('"We will reopen the pier," Mayor Piet Maas said on Monday.\n', encoding="utf-8")
    build([tmp_path / "in.txt"], tmp_path / "out", cache=False, progress=False)
    assert seen == [BUILD_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)
