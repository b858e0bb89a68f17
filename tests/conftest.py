from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory):
    """The seeds built once for every test that reads them."""
    from quotes import build, load

    out = tmp_path_factory.mktemp("corpus") / "corpus"
    build([SEEDS], out)
    return load(out)
