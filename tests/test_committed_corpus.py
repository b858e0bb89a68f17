"""The corpus committed in corpus/ is what building seeds/ gives today."""

import pandas as pd

from quotes import build, load
from tests.conftest import ROOT, SEEDS


def test_committed_corpus_is_reproducible(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    build([SEEDS.relative_to(ROOT)], tmp_path / "fresh")
    fresh, committed = load(tmp_path / "fresh"), load(ROOT / "corpus")
    for name in ("quotes", "speakers", "documents"):
        pd.testing.assert_frame_equal(getattr(fresh, name), getattr(committed, name))
