"""Invented news articles for build tests: speakers who recur across articles under several forms
of their name, groups, unnamed speakers, and people spoken to or met."""

from __future__ import annotations

import json
import random
from pathlib import Path

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
