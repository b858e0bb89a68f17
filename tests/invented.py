"""Invented articles (a harbour town's news) built into a corpus, for the tests of what a built corpus offers."""

import json
from pathlib import Path

from quotes import build

RECORDS = [
    {"id": "harbour-1", "date": "2024-03-02", "source": "Pellmar Courier", "title": "Harbour reopens after storm",
     "text": "The harbour of Pellmar reopened on Saturday after a week of repairs.\n\n"
             "\"The lighthouse stays lit and every boat will find its way home,\" Harbour Minister Wren Halloway "
             "said at a press conference in Pellmar.\n\n"
             "Odile Marchetti, who trades on the quay, was less pleased. \"We lost a week of sales and nobody "
             "warned us,\" Marchetti said."},
    {"id": "harbour-2", "date": "2024-03-09", "source": "Vantor Daily", "title": "Fishing quotas by spring",
     "text": "Wren Halloway visited the fishing cooperative of Vantor on Friday.\n\n"
             "\"The quotas will be settled by spring, and the fleet will know its share,\" Halloway told "
             "reporters in Vantor.\n\n"
             "\"We have waited three seasons for this,\" said Piet Ossendrecht, who chairs the cooperative."},
]
NOTE = ("Lighthouse keepers meet\n\n\"The lamps are old but they still turn,\" keeper Ansel Brook said on "
        "Monday. He called the new budget \"a start\". The so-called \"lamp tax\" was dropped.\n")


def write_articles(folder: Path) -> Path:
    """The articles as a JSONL file and a text file in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    return folder


def build_invented(root: Path) -> Path:
    """Build the invented articles under `root` into `root / "corpus"` and return that folder."""
    build([write_articles(root / "articles")], root / "corpus")
    return root / "corpus"
