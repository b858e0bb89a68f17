"""Invented news articles for the tests: a harbour town's news built into a corpus (what a built corpus
offers), and generated articles for build tests (speakers who recur across articles under several forms of
their name, groups, unnamed speakers, and people spoken to or met)."""

from __future__ import annotations

import json
import random
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

PEOPLE = [("Odile", "Vrancken", "harbour master"), ("Piet", "Maas", "Mayor"), ("Sergei", "Dolgov", "Minister"),
          ("Sergey", "Dolgov", "Minister"), ("Hanna", "Kettunen", "engineer"), ("Bram", "Ostaijen", "councillor")]
PLACES = ["Lindholm", "Carrow", "Essenby", "Tarn Quay"]
SAYINGS = ["We will reopen the pier before the winter", "Nobody told us the ferry was cancelled",
           "The tariff is fair and it will stay", "I have asked the council to wait one more week",
           "The bridge is safe, the inspection showed it", "We cannot keep paying for repairs"]


def article(number: int, rng: random.Random) -> str:
    """One short article: two to four quotes in the common news styles."""
    first, last, title = rng.choice(PEOPLE)
    other_first, other_last, _ = rng.choice(PEOPLE)
    place = rng.choice(PLACES)
    lines = [f"{place} council meets again", "",
             f"{place.upper()}, May {1 + number % 28}. The council of {place} met on Tuesday.", ""]
    lines.append(f'"{rng.choice(SAYINGS)}," {title} {first} {last} said after talks with {other_first} {other_last}.')
    lines.append("")
    lines.append(f'{last} added: "{rng.choice(SAYINGS)}."')
    if rng.random() < 0.5:
        lines += ["", f'"{rng.choice(SAYINGS)}," a fisherman said.']
    if rng.random() < 0.3:
        lines += ["", f'"Dear {other_last}, {rng.choice(SAYINGS).lower()}," {last} told {other_first} {other_last}.']
    if rng.random() < 0.3:
        lines += ["", f'"{rng.choice(SAYINGS)}," the two councillors said in a joint statement.']
    return "\n".join(lines) + "\n"


def records(count: int, seed: int = 1, start: int = 0) -> list[dict]:
    rng = random.Random(seed)
    return [{"id": f"n{number:05d}", "text": article(number, rng), "date": f"2021-05-{1 + number % 28:02d}"}
            for number in range(start, start + count)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path
