"""Unnamed speakers and undated occasions leave memory when their document ends: the same speakers
table as a plain computation over every quote at once, and memory that does not grow with the documents."""

import datetime as dt
import random
from collections import Counter, defaultdict

import pandas as pd
import pytest

import quotes.speaker_store as quotes_store
from quotes.statistics import SpeakerTally, occasion_key, speaker_rows, speaker_statistics

NAMED = [("Tamsin Oakhollow", "s_oakhollow"), ("Bex Corran", "s_corran"), ("Ivo Pennick", "s_pennick_a"),
         ("Ivo Pennick", "s_pennick_b")]  # two speakers share a name: as a participant it is nobody's
UNNAMED = ["a ferrier", "a miller", "one thatcher"]
PARTICIPANTS = ["Tamsin Oakhollow", "Bex Corran", "Ivo Pennick", "a ferrier", "Wilmot Strand"]
WORDS = ["brindle", "marrow", "quillet", "sorrel", "tanning", "weir", "lantern", "barrow", "fettle", "gorse"]
DAYS = [None, None, dt.date(2023, 4, 1), dt.date(2023, 4, 2)]


def _quote(doc: str, number: int, speaker: str, sid: str, named: bool, day: dt.date | None, place: str,
           participants: list[str], text: str) -> dict:
    """A top-level quote as the quotes table holds it."""
    return {"quote_id": f"{doc}-q{number}", "doc_id": doc, "text": text, "kind": "direct", "speaker": speaker,
            "speaker_id": sid, "speakers": [speaker], "speaker_ids": [sid], "speaker_named": named,
            "speaker_mention": speaker, "cue": "said", "date": day, "place": place, "event": None,
            "participants": participants, "addressees": [], "parent_id": None}


def _archive(documents: int, seed: int = 3) -> pd.DataFrame:
    """Quotes of `documents` invented articles in document order: a named speaker and one to three unnamed
    ones each (ids of their document's), on dated occasions shared across articles or undated ones."""
    rng = random.Random(seed)
    rows = []
    for number in range(documents):
        doc, day, place = f"d{number:05d}", rng.choice(DAYS), rng.choice(["Wexcombe", "Harrowby"])
        speakers = [(*rng.choice(NAMED), True)]
        speakers += [(rng.choice(UNNAMED), f"u_{doc}_{k}", False) for k in range(rng.randint(1, 3))]
        for k, (name, sid, named) in enumerate(speakers):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
            rows.append(_quote(doc, k, name, sid, named, day, place, rng.sample(PARTICIPANTS, rng.randint(0, 2)),
                               text))
    return pd.DataFrame(rows)


def _reference(quotes: pd.DataFrame) -> list[dict]:
    """Order, counts and co-speakers of the speakers table, computed plainly with every quote in memory."""
    said: dict[str, dict] = {}
    spoke, named_on = defaultdict(set), defaultdict(set)
    for row in quotes.to_dict("records"):
        occasion = occasion_key(row)
        named_on[occasion].update(row["participants"])
        for name, sid in zip(row["speakers"], row["speaker_ids"], strict=True):
            person = said.setdefault(sid, {"names": Counter(), "named": row["speaker_named"], "documents": set(),
                                           "occasions": set()})
            person["names"][name] += 1
            person["documents"].add(row["doc_id"])
            person["occasions"].add(occasion)
            spoke[occasion].add(sid)
    shown = {sid: max(p["names"], key=lambda name: p["names"][name]) for sid, p in said.items()}
    owners = defaultdict(set)
    for sid, person in said.items():
        if person["named"]:
            for name in person["names"]:
                owners[name].add(sid)
    met: dict[str, Counter] = defaultdict(Counter)
    for occasion in set(spoke) | set(named_on):
        present = spoke[occasion] | {next(iter(owners[n])) for n in named_on[occasion] if len(owners[n]) == 1}
        for sid in present:
            met[sid].update(present - {sid})
    quoted = {sid: sum(p["names"].values()) for sid, p in said.items()}
    return [{"speaker_id": sid, "speaker": shown[sid], "quotes": quoted[sid],
             "documents": len(said[sid]["documents"]), "occasions": len(said[sid]["occasions"]),
             "co_speakers": [{"speaker_id": other, "speaker": shown[other], "occasions": n}
                             for other, n in sorted(met[sid].items(), key=lambda kv: (-kv[1], shown[kv[0]], kv[0]))]}
            for sid in sorted(said, key=lambda sid: (-quoted[sid], shown[sid], sid))]


def _fields(rows: list[dict]) -> list[dict]:
    return [{key: row[key] for key in ("speaker_id", "speaker", "quotes", "documents", "occasions", "co_speakers")}
            for row in rows]


def test_many_documents_give_the_table_of_a_plain_computation():
    quotes = _archive(300)
    rows = speaker_rows(quotes)
    assert sum(not row["named"] for row in rows) > 300  # most speakers belong to one document
    assert any(not other["speaker_id"].startswith("u_") for row in rows if not row["named"]
               for other in row["co_speakers"])
    assert _fields(rows) == _reference(quotes)


@pytest.mark.parametrize("pending", [1, 7, 1_000_000])
def test_presences_and_participants_inserted_together_give_the_same_table(pending, monkeypatch):
    quotes = _archive(150)
    monkeypatch.setattr(quotes_store, "PENDING_ROWS", pending)
    assert _fields(speaker_rows(quotes)) == _reference(quotes)


@pytest.mark.parametrize("batch_rows", [1, 5, 10_000])
def test_ending_documents_as_they_go_gives_the_rows_of_holding_them_to_the_end(batch_rows):
    quotes = _archive(120)
    held = SpeakerTally(grouped=False)
    held.add(quotes)
    streamed = SpeakerTally()
    for start in range(0, len(quotes), batch_rows):
        streamed.add(quotes.iloc[start:start + batch_rows])
    assert list(streamed.rows()) == list(held.rows())


def test_an_unnamed_speaker_meets_a_named_speaker_of_another_document_on_a_dated_occasion():
    day = dt.date(2023, 5, 6)
    quotes = pd.DataFrame([
        _quote("d1", 0, "Tamsin Oakhollow", "s_oakhollow", True, day, "Wexcombe", [], "the weir held"),
        _quote("d2", 0, "a ferrier", "u_d2", False, day, "Wexcombe", [], "the barrow broke"),
        _quote("d3", 0, "a ferrier", "u_d3", False, None, "Wexcombe", ["Tamsin Oakhollow"], "gorse everywhere"),
        _quote("d4", 0, "a miller", "u_d4", False, None, "Wexcombe", [], "sorrel and marrow"),
    ])
    rows = {row["speaker_id"]: row for row in speaker_rows(quotes)}
    assert rows["u_d2"]["co_speakers"] == [{"speaker_id": "s_oakhollow", "speaker": "Tamsin Oakhollow", "occasions": 1}]
    assert rows["u_d3"]["co_speakers"] == [{"speaker_id": "s_oakhollow", "speaker": "Tamsin Oakhollow", "occasions": 1}]
    assert rows["s_oakhollow"]["co_speakers"] == [{"speaker_id": "u_d2", "speaker": "a ferrier", "occasions": 1},
                                                  {"speaker_id": "u_d3", "speaker": "a ferrier", "occasions": 1}]
    assert rows["u_d4"]["co_speakers"] == []  # an undated occasion is its own document's
    assert (rows["s_oakhollow"]["occasions"], rows["u_d3"]["occasions"]) == (1, 1)


def test_memory_holds_the_named_speakers_and_the_current_document_only():
    for documents in (50, 500):
        tally = SpeakerTally()
        tally.add(_archive(documents))
        # The named speakers, the last document's unnamed ones (up to three) and its own occasion;
        # the four dated occasions (two days, two places) and their participants.
        assert len(tally.said) <= len(NAMED) + 3 and len(tally._own) <= 1
        assert len(tally._shared) == 4 and len(tally.participants) <= 4 + 1
        rows = list(tally.rows())
        assert len(rows) > documents  # the others waited on disk
        assert len({row["speaker_id"] for row in rows}) == len(rows)


def test_an_unnamed_speaker_quoted_again_in_a_later_document_is_counted_once():
    quotes = pd.DataFrame([
        _quote("d1", 0, "a ferrier", "u_shared", False, None, "Wexcombe", [], "the weir held"),
        _quote("d2", 0, "Bex Corran", "s_corran", True, None, "Wexcombe", [], "lantern light"),
        _quote("d3", 0, "a ferrier", "u_shared", False, dt.date(2023, 1, 2), "Harrowby", [], "the barrow broke"),
    ])
    (ferrier,) = [row for row in speaker_rows(quotes) if row["speaker_id"] == "u_shared"]
    assert (ferrier["quotes"], ferrier["documents"], ferrier["occasions"]) == (2, 2, 2)
    assert ferrier["first_date"] == ferrier["last_date"] == dt.date(2023, 1, 2)
    assert ferrier["words"] == 6


def test_a_tally_refuses_a_document_whose_quotes_come_apart():
    quotes = _archive(6)
    apart = pd.concat([quotes[quotes.doc_id == "d00000"], quotes[quotes.doc_id == "d00001"],
                       quotes[quotes.doc_id == "d00000"]])
    tally = SpeakerTally()
    with pytest.raises(ValueError, match="not consecutive"):
        tally.add(apart)
    tally.close()


def test_rows_in_any_order_are_counted_with_every_document_held():
    quotes = _archive(80)
    shuffled = quotes.sample(frac=1, random_state=5)
    assert _fields(speaker_rows(shuffled)) == _reference(shuffled) == _reference(quotes)
    pd.testing.assert_frame_equal(speaker_statistics(shuffled).drop(columns=["distinctive_words"]),
                                  speaker_statistics(quotes).drop(columns=["distinctive_words"]))
