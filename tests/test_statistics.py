"""Per-speaker statistics: occasions, cues, roles, addressees, co-speakers and distinctive words."""

import datetime as dt
import math
from collections import Counter
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import lexicon, load
from quotes.distinctive import _WORD, MIN_Z, TOP_WORDS, Distinctive, distinctive_words, words, z_scores
from quotes.export import write_corpus
from quotes.model import Document, Mention, Occasion, Quote
from quotes.statistics import occasion_key, role_of, speaker_statistics

HARBOUR = "s_halloway"
QUAY = "s_marchetti"
NETS = "s_ossendrecht"
LISTED = {NETS: SimpleNamespace(role="Fisheries Commissioner", wikidata_id="Q4242")}  # a speaker list's entry


def _quote(doc: Document, words_: str, speaker: str | None, sid: str | None, **fields) -> Quote:
    start = doc.text.index(words_)
    return Quote(doc.doc_id, start, start + len(words_), words_, speaker=speaker, speaker_id=sid,
                 method="cue_after" if speaker else None, confidence=0.9 if speaker else 0.0, **fields)


def _harbour_docs() -> list[Document]:
    """Three invented articles: a harbour minister quoted in all three, a trader at one of her
    meetings, and a quote she shares with a fisheries official."""
    meeting = Occasion(date="2024-03-02", place="Pellmar", event="meeting",
                       participants=["Wren Halloway", "Odile Marchetti"])
    first = Document("d1", 'The Harbour Minister said: "The lighthouse stays lit, the lighthouse keeps watch and '
                     'the lighthouse guides every boat." Odile Marchetti said: "We asked for fair tariffs at '
                     'the quay."', date="2024-03-02")
    outer = _quote(first, "The lighthouse stays lit, the lighthouse keeps watch and the lighthouse guides every "
                   "boat.", "Wren Halloway", HARBOUR, cue="said", occasion=meeting,
                   mention=Mention(0, 21, "The Harbour Minister"), addressees=["Odile Marchetti"])
    first.quotes = [
        outer,
        _quote(first, "the lighthouse guides", "Wren Halloway", HARBOUR, kind="nested", parent_id=outer.quote_id,
               occasion=meeting),
        _quote(first, "We asked for fair tariffs at the quay.", "Odile Marchetti", QUAY, cue="Said",
               occasion=meeting, mention=Mention(0, 0, "Odile Marchetti")),
    ]
    visit = dict(place="Vantor", event="visit")
    second = Document("d2", 'Halloway told reporters: "The lighthouse needs new glass before winter."')
    second.quotes = [_quote(second, "The lighthouse needs new glass before winter.", "Wren Halloway", HARBOUR,
                            cue="told", occasion=Occasion(**visit), mention=Mention(0, 8, "Halloway"))]
    third = Document("d3", "- Our lighthouse crews deserve a lighthouse budget, the minister said. "
                     '"Fishing quotas will be settled by spring," the two officials agreed. '
                     'A stallholder shouted "tariffs tariffs tariffs at the market".')
    third.quotes = [
        _quote(third, "Our lighthouse crews deserve a lighthouse budget", "Wren Halloway", HARBOUR, kind="dash",
               cue="said", occasion=Occasion(**visit), mention=Mention(0, 0, "the minister")),
        _quote(third, "Fishing quotas will be settled by spring,", "Wren Halloway and Piet Ossendrecht", None,
               cue="agreed", occasion=Occasion(**visit), mention=Mention(0, 0, "the two officials"),
               speakers=["Wren Halloway", "Piet Ossendrecht"], speaker_ids=[HARBOUR, NETS]),
        _quote(third, "tariffs tariffs tariffs at the market", None, None, kind="partial"),
    ]
    return [first, second, third]


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    out = tmp_path_factory.mktemp("harbour") / "corpus"
    write_corpus(_harbour_docs(), out, {"annotator": "rules"}, LISTED)
    return load(out)


def _row(corpus, sid: str) -> pd.Series:
    return corpus.speakers.set_index("speaker_id").loc[sid]


def test_counts_top_level_quotes_and_each_group_member(harbour):
    minister = _row(harbour, HARBOUR)
    assert (minister.speaker, minister.quotes, minister.documents) == ("Wren Halloway", 4, 3)
    assert _row(harbour, NETS).quotes == 1
    # In kind order (direct before dash), not in the alphabet's.
    assert [(k["kind"], k["count"]) for k in minister.kinds] == [("direct", 3), ("dash", 1)]


def test_occasions_join_across_dates_but_undated_ones_only_within_a_document(harbour):
    # The dated meeting, the undated visit of d2 and the undated visit of d3 (two quotes) are three.
    assert _row(harbour, HARBOUR).occasions == 3
    assert occasion_key({"date": None, "doc_id": "d2", "place": "Vantor", "event": "visit"}) != occasion_key(
        {"date": None, "doc_id": "d3", "place": "Vantor", "event": "visit"})
    day = dt.date(2024, 3, 2)
    assert occasion_key({"date": day, "doc_id": "d2", "place": "Vantor", "event": "visit"}) == occasion_key(
        {"date": day, "doc_id": "d3", "place": "Vantor", "event": "visit"})


def test_two_articles_quoted_on_one_day_with_no_place_or_event_did_not_meet():
    day = dt.date(2024, 4, 9)
    assert occasion_key({"date": day, "doc_id": "d5", "place": None, "event": None}) != occasion_key(
        {"date": day, "doc_id": "d6", "place": None, "event": None})
    rows = [{"doc_id": doc_id, "start": 0, "end": 5, "text": words_, "kind": "direct", "parent_id": None,
             "speaker": name, "speaker_id": sid, "speakers": [name], "speaker_ids": [sid], "speaker_named": True,
             "date": day, "place": None, "event": None, "participants": [], "speaker_mention": None,
             "cue": "said", "addressees": []}
            for doc_id, words_, name, sid in (("d5", "The wards are full", "Runa Vell", "s_vell"),
                                              ("d5", "We need nurses", "Osk Hame", "s_hame"),
                                              ("d6", "The nets are torn", "Tiri Bask", "s_bask"))]
    speakers = speaker_statistics(pd.DataFrame(rows)).set_index("speaker_id")
    # One article's two speakers of that day met; the other article's speaker met neither.
    assert [c["speaker_id"] for c in speakers.loc["s_vell"].co_speakers] == ["s_hame"]
    assert list(speakers.loc["s_bask"].co_speakers) == []


def test_cues_are_counted_lower_cased_most_frequent_first(harbour):
    assert [(c["cue"], c["count"]) for c in _row(harbour, HARBOUR).cues] == [("said", 2), ("agreed", 1),
                                                                             ("told", 1)]
    assert [(c["cue"], c["count"]) for c in _row(harbour, QUAY).cues] == [("said", 1)]


def test_roles_come_from_the_list_and_from_descriptions_of_one_speaker(harbour):
    assert list(_row(harbour, HARBOUR).roles) == ["Harbour Minister", "minister"]
    commissioner = _row(harbour, NETS)
    assert list(commissioner.roles) == ["Fisheries Commissioner"]  # the group's description is not a role
    assert (commissioner.role, commissioner.wikidata_id) == ("Fisheries Commissioner", "Q4242")
    assert pd.isna(_row(harbour, QUAY).role)


def test_addressees_and_speakers_met_on_the_same_occasions(harbour):
    minister = _row(harbour, HARBOUR)
    assert [(a["addressee"], a["count"]) for a in minister.addressees] == [("Odile Marchetti", 1)]
    met = [(c["speaker_id"], c["speaker"], c["occasions"]) for c in minister.co_speakers]
    assert met == [(QUAY, "Odile Marchetti", 1), (NETS, "Piet Ossendrecht", 1)]
    assert [c["speaker_id"] for c in _row(harbour, NETS).co_speakers] == [HARBOUR]


def test_participants_who_are_speakers_count_as_met():
    doc = Document("d9", '"Nets are mended," said Ines Farro. "So are the boats," said Tam Reyes.')
    alone = Occasion(date="2024-05-05", place="Kell", event="visit", participants=["Ines Farro", "Tam Reyes"])
    doc.quotes = [
        _quote(doc, "Nets are mended,", "Ines Farro", "s_farro", occasion=alone),
        _quote(doc, "So are the boats,", "Tam Reyes", "s_reyes",
               occasion=Occasion(date="2024-05-06", place="Kell", event="visit")),
    ]
    quotes = pd.DataFrame([{**q.__dict__, "speakers": [q.speaker], "speaker_ids": [q.speaker_id],
                            "date": dt.date.fromisoformat(q.occasion.date), "place": q.occasion.place,
                            "event": q.occasion.event, "participants": q.occasion.participants,
                            "speaker_mention": None} for q in doc.quotes])
    speakers = speaker_statistics(quotes).set_index("speaker_id")
    # Tam Reyes spoke on another day, but took part in Ines Farro's visit.
    assert [c["speaker_id"] for c in speakers.loc["s_farro"].co_speakers] == ["s_reyes"]
    assert [c["speaker_id"] for c in speakers.loc["s_reyes"].co_speakers] == ["s_farro"]


def test_the_api_recomputes_the_table_and_any_subset(harbour):
    pd.testing.assert_frame_equal(speaker_statistics(harbour.quotes, LISTED), harbour.speakers)
    only_d2 = speaker_statistics(harbour.quotes[harbour.quotes.doc_id == "d2"])
    assert list(only_d2.speaker_id) == [HARBOUR] and only_d2.quotes.iloc[0] == 1
    assert speaker_statistics(harbour.quotes.iloc[0:0]).empty


def test_distinctive_words_are_wired_with_their_threshold(harbour):
    # Four short articles are too little for any word to reach the 95% level ...
    assert all(len(words_) == 0 for words_ in harbour.speakers.distinctive_words)
    # ... a lower threshold shows what the minister says most apart from the rest.
    loose = speaker_statistics(harbour.quotes, min_z=0.5).set_index("speaker_id")
    top = loose.loc[HARBOUR].distinctive_words[0]
    assert (top["word"], top["count"]) == ("lighthouse", 6) and 0.5 <= top["z"] < MIN_Z


def test_words_are_lower_cased_letters_with_inner_apostrophes_and_hyphens():
    assert words("Kell’s peace-keeping crews don't sail 42 times!") == [
        "kell", "peace-keeping", "crews", "don't", "sail", "times"]


@pytest.mark.parametrize(("mention", "name", "role"), [
    ("the Harbour Minister Wren Halloway", "Wren Halloway", "Harbour Minister"),
    ("Halloway, the harbour minister,", "Wren Halloway", "harbour minister"),
    ("the head of the port authority", "Wren Halloway", "head of the port authority"),
    ("she", "Wren Halloway", None),
    ("Wren Halloway", "Wren Halloway", None),
    ("the ministry", "Harbour Ministry", None),
    (None, "Wren Halloway", None),
])
def test_role_of_a_mention(mention, name, role):
    assert role_of(mention, name) == role


def _rest_and_speaker() -> tuple[Counter, Counter]:
    """A speaker of 100 words who says "lighthouse" 8 times, in a corpus whose other 1,000 words never do."""
    speaker = Counter({"lighthouse": 8, "the": 10, "boats": 2, "kelp": 1, "harbour": 79})
    rest = Counter({"the": 100, "boats": 20, "market": 430, "harbour": 450})
    return speaker, speaker + rest


def test_a_word_said_often_and_only_by_the_speaker_is_distinctive():
    speaker, corpus = _rest_and_speaker()
    found = {d.word: d for d in distinctive_words(speaker, corpus)}
    assert "lighthouse" in found and found["lighthouse"].count == 8 and found["lighthouse"].z >= MIN_Z
    # Said once: the prior holds it back. Same rate as everyone: nothing to tell.
    assert "kelp" not in found and "boats" not in found
    assert "the" not in found  # a function word is never listed


def test_z_scores_follow_the_formula():
    speaker, corpus = _rest_and_speaker()
    y_i, a, n_i, n = 8, 8, 100, 1100
    delta = math.log((y_i + a) / (n_i + n - y_i - a)) - math.log((0 + a) / ((n - n_i) + n - 0 - a))
    expected = delta / math.sqrt(1 / (y_i + a) + 1 / (0 + a))
    assert z_scores(speaker, corpus)["lighthouse"] == pytest.approx(expected)


def test_same_rate_as_the_rest_gives_zero():
    speaker, corpus = _rest_and_speaker()
    assert z_scores(speaker, corpus)["boats"] == pytest.approx(0.0, abs=1e-12)
    assert z_scores(speaker, corpus)["the"] == pytest.approx(0.0, abs=1e-12)


def test_no_rest_no_comparison_and_inconsistent_counts_are_refused():
    alone = Counter({"harbour": 3, "boats": 2})
    assert z_scores(alone, alone) == {}
    with pytest.raises(ValueError, match="include the speaker"):
        z_scores(Counter({"harbour": 5}), Counter({"harbour": 2}))


def test_a_final_s_is_dropped_only_after_an_apostrophe():
    assert words("The mayor’s ferries, the mayors' votes: Hass's boats") == [
        "the", "mayor", "ferries", "the", "mayors", "votes", "hass", "boats"]


def _plain_words(text: str) -> list[str]:
    lowered = text.lower().replace("\u2019", "'")
    return [word[:-2] if word.endswith("'s") else word for word in _WORD.findall(lowered)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAsS'\u2019- 1_éΣς.", max_size=40))
def test_words_are_those_of_the_plain_tokeniser(text):
    assert words(text) == _plain_words(text)


def _plain_distinctive(speaker: Counter, corpus: Counter) -> list[Distinctive]:
    """The speaker's distinctive words picked from a dictionary of every word's z-score."""
    stop = lexicon.stop_words()
    scored = [(w, z) for w, z in z_scores(speaker, corpus).items() if z >= MIN_Z and w not in stop]
    scored.sort(key=lambda wz: (-wz[1], wz[0]))
    return [Distinctive(w, speaker[w], round(z, 6)) for w, z in scored[:TOP_WORDS]]


_COUNTS = st.dictionaries(st.sampled_from(["the", "quay", "ferry", "toll", "gull", "of", "pier", "tide", "net"]),
                          st.integers(1, 60), min_size=1)


@settings(max_examples=200, deadline=None)
@given(_COUNTS, _COUNTS)
def test_distinctive_words_are_those_picked_from_every_words_score(own, others):
    speaker, corpus = Counter(own), Counter(own) + Counter(others)
    total = sum(corpus.values())
    assert distinctive_words(speaker, corpus, min_z=0.5) == distinctive_words(speaker, corpus, 0.5, total=total)
    assert distinctive_words(speaker, corpus) == _plain_distinctive(speaker, corpus)
