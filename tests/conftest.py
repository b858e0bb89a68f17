import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"

# Builds use the default annotator, `auto`: pointing stanza at a folder without models makes that the
# rule annotator wherever the tests run, whatever models the machine has (tests of stanza name theirs).
os.environ["STANZA_RESOURCES_DIR"] = str(ROOT / "tests" / "no-stanza-models")


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory):
    """The seeds built once for every test that reads them."""
    from quotes import build, load

    out = tmp_path_factory.mktemp("corpus") / "corpus"
    build([SEEDS], out)
    return load(out)
