"""A word list as a trie pattern matches exactly what the plain alternation, longest word first, matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.mentions import _org_pattern, org_matches
from quotes.text import _cue_pattern, find_cues, last_words_start
from quotes.trie import trie_pattern

WORDS = st.lists(st.text(alphabet="abcé", min_size=1, max_size=5), min_size=1, max_size=12)
TEXT = st.text(alphabet="abcé ,.AB", max_size=60)


def plain(words):
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


@given(WORDS, TEXT)
def test_same_matches_as_the_longest_first_alternation(words, text):
    trie = re.compile(r"\b(?:" + trie_pattern(w.lower() for w in words) + r")\b", re.IGNORECASE)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain(words).finditer(text)]


def test_prefixes_and_an_empty_list():
    pattern = re.compile(r"\b(?:" + trie_pattern(["say", "said", "saying", "says"]) + r")\b")
    assert [m.group() for m in pattern.finditer("she says, saying sayings said say")] == [
        "says", "saying", "said", "say"]
    assert re.compile(trie_pattern([])).search("anything") is None


def test_cue_verbs_and_phrases_are_found_in_any_case():
    text = "Officials Said on Monday, according to the ministry, that the mayor had been TOLD."
    found = find_cues(text, 0, len(text))
    assert [text[m.start():m.end()] for m in found] == ["Said", "according to", "TOLD"]
    assert [m.group() for m in found] == ["said", "according to", "told"]


def test_a_text_whose_lower_case_is_longer_keeps_its_offsets():
    text = "İlkay Dorn SAID it, and Vera told me."  # lower-casing `İ` gives two characters
    assert [(m.start(), text[m.start():m.end()]) for m in find_cues(text, 0, len(text))] == [
        (11, "SAID"), (29, "told")]


@given(st.text(alphabet="saidtoldİ ,.SAIDTOLD\u0130", max_size=60))
def test_lower_cased_search_finds_what_case_folding_finds(text):
    folded = _cue_pattern(re.IGNORECASE)
    assert [m.span() for m in find_cues(text, 0, len(text))] == [m.span() for m in folded.finditer(text)]


ORG_TEXT = st.lists(st.sampled_from(["the", "The", "Ministry", "Harbour", "Board", "of", "for", "Nordvik", "(", ")",
                                     "said", "Office", "Bureau.", "ACME", "\n", ",", "x" * 30]), max_size=40)


@settings(max_examples=400)
@given(ORG_TEXT, st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=40, max_size=40))
def test_organisation_names_are_found_as_the_whole_text_search_finds_them(tokens, gaps):
    text = "".join(token + gap for token, gap in zip(tokens, gaps, strict=False))
    expected = [m.span() for m in _org_pattern().finditer(text)]
    assert [m.span() for m in org_matches(text)] == expected


def test_last_words_start_is_where_the_last_words_begin():
    text = "the old pier of Vestby was rebuilt"
    assert text[last_words_start(text, len(text), 2):] == " was rebuilt"
    assert last_words_start(text, len(text), 7) is None  # no more words than that
    vestby = text.index("Vestby")
    assert last_words_start(text, len(text), 2, floor=vestby) == vestby + len("Vestby")
    assert last_words_start(text, len(text), 2, floor=text.index("was")) is None  # nothing looked at before `floor`
