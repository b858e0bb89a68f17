"""Patterns rewritten to open with a letter or a character class match what the plain patterns matched.

Python's regular-expression engine skips ahead at C speed only when a pattern opens with a literal
or a character class; `\\b`, a lookahead, a repeat or a choice of those is tried at every character.
Each rewritten pattern is set here against the plain one it stands for, over invented text.
"""

import re
import string
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotes import attribute, events, frames, lexicon, mentions, occasion, phrases, places, resolve, text, vocatives
from quotes.detect import speech, views
from quotes.trie import _cases, trie_pattern, word_start_pattern

#: Letters that case folding treats specially (dotted and dotless i, the Kelvin sign, the long s).
ODD_CASES = "\u0130\u0131\u212a\u017f"
WORDS = st.lists(st.text(alphabet="aiksbé9_", min_size=1, max_size=5), min_size=1, max_size=10)
TEXT = st.text(alphabet="aiksbé9_ ,.-'AIKSB\n" + ODD_CASES, max_size=60)


def _spans(pattern: re.Pattern[str], stretch: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(stretch)]


def _word_lists(words: list[str], ignorecase: bool, lookahead: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The plain `\\b(?:trie)\\b` (zero-width with `lookahead`) and the word-start pattern, for the same words."""
    listed = {w.lower() for w in words} if ignorecase else set(words)
    body = r"(?:" + trie_pattern(listed) + r")\b"
    plain = re.compile(r"\b(?=" + body + ")" if lookahead else r"\b" + body, re.IGNORECASE if ignorecase else 0)
    return plain, re.compile(word_start_pattern(listed, ignorecase=ignorecase, lookahead=lookahead, then=r"\b"))


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT, st.booleans())
def test_a_word_list_opening_with_its_letters_matches_the_plain_trie(words, stretch, ignorecase):
    plain, quick = _word_lists(words, ignorecase, lookahead=False)
    assert _spans(quick, stretch) == _spans(plain, stretch)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT, st.booleans())
def test_with_a_lookahead_the_matches_start_where_the_zero_width_ones_stand(words, stretch, ignorecase):
    plain, quick = _word_lists(words, ignorecase, lookahead=True)
    assert [m.start() for m in quick.finditer(stretch)] == [m.start() for m in plain.finditer(stretch)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="'`\u2018\u2019a ", max_size=30))
def test_typewriter_marks_are_those_the_plain_pattern_finds(stretch):
    plain = re.compile(r"'(?<!'')'(?!')|``|[\u2018\u2019]{2}")
    assert _spans(views.TYPEWRITER, stretch) == _spans(plain, stretch)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT, st.booleans())
def test_a_character_class_before_a_word_is_checked_as_a_check_behind_would(words, stretch, ignorecase):
    listed = {w.lower() for w in words} if ignorecase else set(words)
    flags = re.IGNORECASE if ignorecase else 0
    plain = re.compile(r"(?<=[ ,])\b(?:" + trie_pattern(listed) + r")\b", flags)
    quick = re.compile(word_start_pattern(listed, ignorecase=ignorecase, then=r"\b", after="[ ,]"))
    assert _spans(quick, stretch) == _spans(plain, stretch)


def test_the_engine_can_skip_to_a_first_letter():
    from re import _compiler, _parser  # what `re` decides when it compiles a pattern

    def opens_with_a_class(pattern: str) -> bool:
        parsed = _parser.parse(pattern, 0)
        return bool(_compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
                    or _compiler._get_charset_prefix(parsed, parsed.state.flags))

    assert opens_with_a_class(word_start_pattern(["said", "told"], ignorecase=True, then=r"\b"))
    assert not opens_with_a_class(r"\b(?=[st])(?:said|told)\b")
    for pattern in (mentions._RUN, phrases._NAME_RUN_END, text._SENTENCE_END, text._WORD, mentions._CLAUSE_BREAK,
                    mentions._GENDERED, mentions._COUNTERPART, frames.AUXILIARIES, frames.PASSIVE_BEFORE,
                    vocatives._BREAK, phrases._PRONOUN_END, places._PLACE, mentions._country_name(),
                    views.TYPEWRITER, views._ANY_MARK, speech._TITLE_HOLDER, speech._naming_frame()[0],
                    frames._RESTRICTIVE_WHO, speech._CLOSING_MARK, resolve._ASKED_SOMEONE,
                    phrases._capitalised_epithet(), mentions._MARK_OR_GENDERED, mentions.OFFICE_OF,
                    mentions.OFFICE_TO, occasion._TOLD_OR_TO, occasion._told_an_outlet(),
                    occasion._on_a_programme()):
        assert opens_with_a_class(pattern.pattern), pattern.pattern


@pytest.mark.parametrize("letter", string.ascii_lowercase)
def test_the_cases_of_a_letter_are_all_that_ignorecase_matches(letter):
    matches = re.compile(letter, re.IGNORECASE).fullmatch
    assert _cases(letter) == sorted(chr(c) for c in range(0x10000) if matches(chr(c)))


def test_a_word_must_open_with_a_word_character():
    with pytest.raises(ValueError):
        word_start_pattern(["-led"])


PIECES = [".", "!", "?", "\u2026", "\n", " ", "\t", ",", ", ", '"', "'", "\u201d", "\u2019", ")", "(", "-", "\u2014",
          "\u201c", ";", ":", "Lee", "his", "her", "their", "counterpart", "has", "also", "quickly", "said", "was",
          "Was", "being", "Mr", "x", "He", "they", "I", "it", "In", "at", "the", "Oslo", "of"]
STRETCHES = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(STRETCHES)
def test_rewritten_patterns_match_as_the_plain_ones(stretch):
    sentence_end = re.compile(r"[.!?]+[\"\u201d\u2019\u00bb\u203a\u300d\u300f')\]]*(?=\s|$)")
    assert _spans(text._SENTENCE_END, stretch) == _spans(sentence_end, stretch)
    assert text._WORD.findall(stretch) == re.findall(r"\w+(?:[-'\u2019]\w+)*", stretch)
    clause_break = re.compile(r"[.;:!?()\n\u201c\u201d\"]|,\s")
    assert mentions._CLAUSE_BREAK.split(stretch) == clause_break.split(stretch)
    counterpart = re.compile(r"\b(?:his|her|their)\s+((?:[A-Z]\w+\s+)?counterpart),\s*$")
    assert _spans(mentions._COUNTERPART, stretch) == _spans(counterpart, stretch)
    gendered = re.compile(r"\b(?=[hHsS])(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
    assert _spans(mentions._GENDERED, stretch) == _spans(gendered, stretch)
    auxiliaries = re.compile(r"(?:\s+(?:has|have|had|also|later|then|again|once|previously|would|will|could|"
                             r"might|did|does|do|finally|just|already|never|often|since|herself|himself|[a-z]+ly))+$")
    assert frames.AUXILIARIES.sub("", stretch) == auxiliaries.sub("", stretch)
    passive = re.compile(r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?$",
                         re.IGNORECASE)
    assert _spans(frames.PASSIVE_BEFORE, stretch) == _spans(passive, stretch)
    # Where an address may begin: each sentence start, and after each comma (with the comma's offset).
    starts = re.compile(r"(?:^|[.!?\u2026][\"'\u201d\u2019\u00bb)]*\s+|\n)[\s\-\u2013\u2014\"'\u201c\u00ab]*")
    candidates: dict[int, int | None] = {m.end(): None for m in starts.finditer(stretch)}
    for m in re.finditer(r",[ \t]+", stretch):
        candidates.setdefault(m.end(), m.start())
    assert list(vocatives._candidates(stretch)) == sorted(candidates.items())
    pronoun = re.compile(r"\b(he|she|they|I|we|it)$", re.IGNORECASE)
    assert [(m.span(), m.group(1)) for m in [phrases._PRONOUN_END.search(stretch)] if m] == \
        [(m.span(), m.group(1)) for m in [pronoun.search(stretch)] if m]
    place = re.compile(places._PLACE.pattern.replace(word_start_pattern(["In", "in", "At", "at"]),
                                                      r"(?=[IiAa])\b(?:[Ii]n|[Aa]t)", 1))
    assert place.pattern != places._PLACE.pattern
    assert [m.groupdict() for m in places._PLACE.finditer(stretch)] == [m.groupdict() for m in place.finditer(stretch)]


NAME_PIECES = ["J.", "R.", "J.R.", "U.S.", "Capt.", "Prof.", "Coun.", "St.", "Mr.", "Dr", "Sen.", "Lee", "Ann",
               "O'Neil", "Jean-Luc", "de", "van", "al", "al-Hadi", "uulu", "the", "said", "X", "Xy.", "Xyz.", "Xyzw.",
               "abc."]
NAMES = st.lists(st.tuples(st.sampled_from(NAME_PIECES), st.sampled_from([" ", "  ", "\t", ", ", ". ", "\n", ""])),
                 max_size=14).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=400, deadline=None)
@given(NAMES)
def test_runs_of_capitalised_words_are_those_the_plain_pattern_finds(stretch):
    abbreviations = "|".join(re.escape(a) for a in mentions._LONG_ABBREVIATIONS)
    cap = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|(?:" + abbreviations + r")\.|[A-Z][\w'\u2019-]*)"
    run = re.compile(cap + r"(?:" + mentions._JOIN + r"[ \t]+(?:" + mentions.HYPHENED_ARTICLE + r")?" + cap + r")*"
                     + mentions.PATRONYMIC_AFTER)
    assert _spans(mentions._RUN, stretch) == _spans(run, stretch)
    for start in range(len(stretch)):  # as the name readers of phrases use it, from any place
        quick, plain = re.compile(mentions.CAP).match(stretch, start), re.compile(cap).match(stretch, start)
        assert (quick and quick.span()) == (plain and plain.span())
    cap = mentions.CAP
    joined = r"(?:\s+" + mentions.NAME_PARTICLE + r"\b)?[ \t]+(?:" + mentions.HYPHENED_ARTICLE + r")?"
    run_end = re.compile(r"(?:" + cap + joined + r")*" + cap + mentions.PATRONYMIC_AFTER + r"$")
    for end in range(len(stretch) + 1):  # `phrase_before` reads a run ending where its stretch ends
        quick, plain = phrases._NAME_RUN_END.search(stretch, 0, end), run_end.search(stretch, 0, end)
        assert (quick and quick.span()) == (plain and plain.span())


ROLE_PIECES = ["the", "a", "Russian", "Defence", "defence", "Minister", "MINISTERS", "minister", "ministers", "prime",
               "spokesman", "spokesmen", "chair", "of", "for", "in", "at", "Oslo", "harbour", "board", "Board", "said",
               "Lee", "his", "former", "co-founder", "\u0130", "mini\u017fter", "MINI\u017fTER", "s", "chairs"]
ROLE_STRETCHES = st.lists(st.tuples(st.sampled_from(ROLE_PIECES), st.sampled_from([" ", "  ", "\n", ", ", "\t"])),
                          max_size=30).map(lambda found: "".join(word + space for word, space in found).rstrip())


@settings(max_examples=500, deadline=None)
@given(ROLE_STRETCHES)
def test_a_stretch_passed_over_for_a_role_holds_none(stretch):
    if not phrases._may_end_in_a_role(stretch):
        assert phrases._search_end(phrases._role_end(), stretch, phrases._DESCRIPTION_WORDS) is None


def test_a_role_ending_a_stretch_is_looked_for():
    for stretch in ("the Russian Defence Minister", "two harbour board chairs", "the chair of the Oslo Harbour Board"):
        assert phrases._may_end_in_a_role(stretch)
        assert phrases._search_end(phrases._role_end(), stretch, phrases._DESCRIPTION_WORDS) is not None
    assert not phrases._may_end_in_a_role("Lee, who spoke at length")


#: Patterns whose repeats are read possessively (`++`), set against the same pattern with plain repeats.
DIVISION_PIECES = ["Manitoba", "Nova", "Scotia", "Alberta", "Health", "Transportation", "Infrastructure", "and", "&",
                   "Minister", "Ana", "Roy", "said", "healthy", "Healthy", "Services", "the", "Mc", "O'Neil", ",", ".",
                   "Justice", "Ministry", "of"]
DIVISION_STRETCHES = st.lists(st.tuples(st.sampled_from(DIVISION_PIECES), st.sampled_from([" ", "  ", "\n", "\t", ""])),
                              max_size=20).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(DIVISION_STRETCHES)
def test_a_department_is_found_where_the_plain_pattern_finds_it(stretch):
    quick = mentions._division_body_pattern()
    plain = re.compile(quick.pattern.replace("++", "+"))
    assert "++" in quick.pattern
    assert [(m.span(), m.group("place")) for m in quick.finditer(stretch)] == \
        [(m.span(), m.group("place")) for m in plain.finditer(stretch)]


VERB_PIECES = [",", ", ", " ", "  ", "\n", ".", "Inc.", "an", "analyst", "quickly", "ly", "only", "Ly", "said",
               "agreed", "seed", "ed", "edited", "was", "didn't", "of", "Kanata", "Ont.", "!", "x" * 40, "2", "é",
               "notedly"]
VERB_STRETCHES = st.lists(st.sampled_from(VERB_PIECES), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(VERB_STRETCHES)
def test_a_verb_after_a_name_is_found_where_the_plain_pattern_finds_one(stretch):
    quick = mentions._verb_after()
    apposition = r"(?:,(?:[^,.!?\n]{0,119}\.|[^,.!?\n]{1,120}),)?"
    plain = re.compile(quick.pattern.replace(apposition, r"(?:,(?:[^,.!?\n]|\.(?=,)){1,120},)?")
                       .replace(r"[a-z]++(?<=[a-z]ly)", r"[a-z]+ly").replace(r"[a-z]++(?<=[a-z]ed)\b", r"[a-z]+ed\b"))
    assert plain.pattern != quick.pattern and "++" not in plain.pattern
    for start in range(len(stretch) + 1):
        assert bool(quick.match(stretch, start)) == bool(plain.match(stretch, start))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="CoSAé'-\u2019 ,nseilUQ", max_size=40))
def test_french_body_heads_opening_with_their_capital_match_the_plain_pattern(stretch):
    from quotes import lexicon

    heads = sorted(map(re.escape, lexicon.french_body_nouns()), key=len, reverse=True)
    plain = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(heads) + r"|(?P<initials>[A-Z]{2,6}))(?![\w'\u2019-])")
    for sample in (stretch, "Conseil de " + stretch, "l'Conseil " + stretch, stretch + " Société",
                   "-UQ " + stretch, "CIUSSS de " + stretch):
        # The reader asks only where a head is and whether it is initials.
        assert [(m.span(), m.group("initials") is None) for m in mentions._french_head_pattern().finditer(sample)] \
            == [(m.span(), m.group("initials") is None) for m in plain.finditer(sample)]


def test_a_text_with_no_french_particle_is_not_read_for_french_names():
    assert mentions._may_name_a_french_body("the Société de transport de Laval said")
    assert mentions._may_name_a_french_body("a nurse at l'Hôpital Sainte-Anne")
    assert not mentions._may_name_a_french_body("The Conseil said on Monday it had made deals.")


ADDRESS_PIECES = ["Dear", "dear", "DEAR", "our dear", "My dear", "esteemed", "Your Excellency", "your honour", "sir",
                  "Sir", "\u017fir", "Madam", "Ladies and gentlemen", "colleagues", "Colleagues", "members", "Members",
                  "of the board", "fellow citizens", "friends", "Mr.", "Mr", "Mrs.", "Dr", "Professor", "Anton",
                  "Pavlovich", "PAVLOVICH", "Heydar", "oglu", "Oglu", "uly", "Anton Pavlovich", "Ilham Heydar oglu",
                  "Vasin", "Prime", "Minister", "who", "the", "mayor", "of", "Lindow", "I", "\u0130", "\u212a", "and",
                  "thank you", "Yes", ",", ".", "!", "?", "\n", "-", '"', "\u201c"]
ADDRESS_TEXTS = st.lists(st.tuples(st.sampled_from(ADDRESS_PIECES),
                                   st.sampled_from([" ", "  ", "\t", ", ", ". ", "", "\n"])),
                         max_size=16).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(ADDRESS_TEXTS)
def test_places_where_no_address_can_open_are_passed_over_as_the_pattern_would(stretch):
    quick = vocatives.find_vocatives(stretch)
    with mock.patch.object(vocatives, "_opening", lambda: re.compile("(?P<form>)")):  # every place is tried
        assert quick == vocatives.find_vocatives(stretch)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="'`\u2018\u2019\u201c\u201d\"\u201a\u2039 a9_sn.,-\n\u00e9", max_size=40))
def test_marks_inside_a_word_are_passed_over_without_changing_the_views(stretch):
    plain = re.compile("[" + re.escape(views.DOUBLE_MARKS + "".join(views._DOUBLE_AS) + views.SINGLE_MARKS + "`") + "]")
    inside = [pos for pos in range(1, len(stretch) - 1) if stretch[pos] in views._AMBIGUOUS_SINGLE and
              stretch[pos - 1].isalnum() and stretch[pos + 1].isalnum()]
    assert [m.start() for m in views._ANY_MARK.finditer(stretch)] == \
        [m.start() for m in plain.finditer(stretch) if m.start() not in inside]
    quick = views.views_and_marks(stretch)
    with mock.patch.object(views, "_ANY_MARK", plain):
        assert quick == views.views_and_marks(stretch)


HOLDER_PIECES = ["on", "On", "non", "-on", "s'", "S\u2019", "NBC's", "CBS'", "x", "1", "_", "'s", "n", "o", "who",
                 "man", "he", "was", "hurt", "in", "the", "blast", "I", "it", "said", "Lee", "\u00e9", ",", ";", "(",
                 "man who was", "LEE who was", "\u00e9 who", "1 who", "man  who he"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(HOLDER_PIECES), st.sampled_from([" ", "  ", "\t", "\n", ""])),
                max_size=14).map(lambda found: "".join(word + space for word, space in found)))
def test_patterns_opening_with_the_character_they_read_first_match_as_the_plain_ones(stretch):
    holder = re.compile(r"(?:\w['\u2019]s|[sS]['\u2019]|\bon)\s*$")
    who = re.compile(r"(?<=[a-z])\s+who\s+(?!(?:he|she|they|we|i|you|it)\b)[^\s,:;]+(?:\s+[^\s,:;]+){2,}$")
    for start in range(len(stretch) + 1):  # as `_titles_a_programme` asks, from a few characters back
        assert bool(speech._TITLE_HOLDER.search(stretch, start)) == bool(holder.search(stretch, start))
    assert [m.span() for m in [frames._RESTRICTIVE_WHO.search(stretch)] if m] == \
        [m.span() for m in [who.search(stretch)] if m]


TIE_PIECES = ["Advisers", "aides", "to", "of", "close", "the", "his", "Governor", "Ada", "Holt's", "Lee\u2019s",
              "son", "family", "wife", "asked", "masked", "Asked", "Sen.", "(D-Ohio)", "(R)", "(", ")", ",", "'",
              "\u2019", "\u201d", '"', ".", "!", "The", "the", "Another", "another", "Ohio",
              "Republican", "52-year-old", "x", "--", "\u2014", "\u2013", "-", "from", "Oslo", "Lee, 34"]
TIE_STRETCHES = st.lists(st.tuples(st.sampled_from(TIE_PIECES), st.sampled_from([" ", "  ", "\t", "\n", ""])),
                         max_size=14).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(TIE_STRETCHES)
def test_stretches_passed_over_or_read_from_a_first_letter_match_as_the_plain_patterns(stretch):
    # Searched only where the words they need stand: none is found elsewhere.
    if "of" not in stretch and "to" not in stretch:
        assert phrases._GROUP_TIED_TO.search(stretch) is None
    if "'s" not in stretch and "\u2019s" not in stretch:
        assert phrases._owned_relation_end().search(stretch) is None
    if "(" not in stretch:
        assert phrases._PARTY_LABEL.search(stretch) is None and frames.PARTY_LABEL.search(stretch) is None
    if stretch.rstrip("\n")[-1:] not in ("-", "\u2014", "\u2013", ")"):
        assert frames._ASIDE_END.search(stretch) is None
    if "of" not in stretch and "from" not in stretch:
        assert frames.OF_PLACE_END.search(stretch) is None
    # Opening with what they read first.
    closing = re.compile("[" + re.escape(text.DOUBLE_MARKS) + "\u203a\u300d\u300f]|(?<=[,.!?])['\u2019]")
    assert _spans(speech._CLOSING_MARK, stretch) == _spans(closing, stretch)
    asked = re.compile(r"\basked\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)")
    for start in range(len(stretch) + 1):
        assert [m.span("name") for m in [resolve._ASKED_SOMEONE.search(stretch, start)] if m] == \
            [m.span("name") for m in [asked.search(stretch, start)] if m]
    epithet = re.compile(phrases._capitalised_epithet().pattern.replace("(?:The|the|Another|another)",
                                                                        "(?:[Tt]he|[Aa]nother)", 1))
    assert epithet.pattern != phrases._capitalised_epithet().pattern
    assert _spans(phrases._capitalised_epithet(), stretch) == _spans(epithet, stretch)
    for start in range(len(stretch) + 1):
        assert bool(phrases._capitalised_epithet().match(stretch, start)) == bool(epithet.match(stretch, start))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(lexicon.french_name_particles()) +
                                          ["d'", "l\u2019", "D'Est", "L'Île", "aux", "auxx", "'", "É", "_", "x"]),
                          st.sampled_from([" ", "", "\t", "  ", "'", "\u2019"])), max_size=10))
def test_french_particles_as_a_trie_are_those_the_plain_alternation_finds(pieces):
    stretch = "".join(word + gap for word, gap in pieces)
    particles = sorted(lexicon.french_name_particles(), key=len, reverse=True)
    plain = re.compile(r" (?:(?:" + "|".join(map(re.escape, particles)) + r") |[dDlL]['\u2019]\w)")
    assert _spans(mentions._french_particle(), stretch) == _spans(plain, stretch)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Minister", "Ambassador", "of", "the", "to", "and", "&", "Energy", "Trade,",
                                           "(Vice", "x", "Ardenia", "Ó", "_Envoy", "9", "-Chief"]),
                          st.sampled_from([" ", "", "\t", "  ", "\n"])), max_size=12), st.data())
def test_an_office_opening_with_its_capital_is_found_as_after_a_word_boundary(pieces, data):
    stretch = "".join(word + gap for word, gap in pieces)
    end = data.draw(st.integers(0, len(stretch)))
    start = data.draw(st.integers(0, end))
    office_of = r"[A-Z][a-z]+\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*,?\s+){1,4}(?:and|&)\s+)?$"
    office_to = r"(?P<office>[A-Z][a-z]+)\s+(?:of\s+(?:the\s+)?[A-Z][\w'-]*\s+)?to\s+(?:the\s+)?$"
    for quick, body in ((mentions.OFFICE_OF, office_of), (mentions.OFFICE_TO, office_to)):
        plain = re.compile(r"\b" + body).search(stretch, start, end)
        found = quick.search(stretch, start, end)
        assert (found and (found.span(), found.group())) == (plain and (plain.span(), plain.group()))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="12 3.'\"\u2019\u201d\u2032\u2033ab", max_size=40))
@example("'6' 3\" and 12'11\u201d, 123' 4\", a5' 6\" 7\u2032 8\u2033")
def test_feet_and_inches_are_found_where_the_whole_text_search_finds_them(stretch):
    # The marks of `6' 3"` are looked for only after a digit; the plain search tries every character.
    plain = {m.start() + k for m in views._FEET_AND_INCHES.finditer(stretch)
             for k, char in enumerate(m.group()) if not char.isdigit() and char not in " ."}
    assert views._primes(stretch) == plain


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(lexicon.echo_nouns())), st.text(alphabet="ab ,.\nThtoseiaMd", max_size=40))
def test_the_echo_hint_is_found_wherever_the_echoing_object_matches(noun, stretch):
    # `_subject_echoing` reads the paragraph's subject only where `_echo_phrase` finds something: every match of
    # the object it then tries holds one.
    for paragraph in (stretch, f"{stretch} made that {noun} {stretch}", f" said those odd {noun}s"):
        for start in range(len(paragraph)):
            if attribute._echo_object().match(paragraph, start):
                assert attribute._echo_phrase().search(paragraph, start)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Lee.", "Li.", "Moe.", "Mo.", "Lees.", "L.", "A.", "Ann", "aLi.", "_Li.",
                                           "ÉLi.", "Li", ".", "..", "Opening", "opening", "Del.", "Jr.", "9Li."]),
                          st.sampled_from([" ", "", "\t", "  ", "\n"])), max_size=10), st.data())
def test_a_short_words_stop_opening_with_its_full_stop_is_found_as_after_the_word(pieces, data):
    stretch = "".join(word + gap for word, gap in pieces)
    end = data.draw(st.integers(0, len(stretch)))
    start = data.draw(st.integers(0, end))
    plain = re.compile(r"(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.(?=[ \t]+[A-Z])")
    assert [m.span() for m in mentions._SHORT_WORD_STOP.finditer(stretch, start, end)] == \
        [m.span() for m in plain.finditer(stretch, start, end)]


AMPERSAND_PIECES = ["Brask", "Vorlen", "Oddmere", "&", "R&R", "AT&T", "Q&A", "R", "QX", "Co.", "Mr.", "St.", "O'Dell",
                    "Lund-Berg", "the", "said", "x&", "&Y", "-", ".", "'", "_", "9", "\u00c9mile"]
AMPERSAND_SPACES = st.sampled_from([" ", "  ", "\t", "", "\n", ", "])
AMPERSAND_TEXTS = st.lists(st.tuples(st.sampled_from(AMPERSAND_PIECES), AMPERSAND_SPACES),
                           max_size=16).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(AMPERSAND_TEXTS)
def test_names_joined_by_an_ampersand_are_those_the_plain_pattern_finds(stretch):
    plain = re.compile(r"(?<![\w&'\u2019.-])(?P<name>(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}[A-Z][\w'\u2019.-]*"
                       r"[ \t]+&[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}"
                       r"|[A-Z]{1,3}&[A-Z]{1,3}(?:[ \t]+[A-Z][\w'\u2019-]*){1,3})")
    assert [(m.span(), m.group("name")) for m in mentions._AMPERSAND_NAME.finditer(stretch)] == \
        [(m.span(), m.group("name")) for m in plain.finditer(stretch)]


def test_names_joined_by_an_ampersand_are_found_whole():
    found = mentions._AMPERSAND_NAME.findall("Shares of Vorlen Oddmere & Brask Co. and of R&R Tern Haulage rose.")
    assert found == ["Vorlen Oddmere & Brask Co", "R&R Tern Haulage"]


TELLING_PIECES = ["told", "Told", "tells", "telling", "tell", "stold", "_told", "\u00e9told", "9told", "spoke",
                  "speaking", "Spoke", "Speaking", "xSpeaking", "on", "On", "said", "Said", "saying", "says", "unsaid",
                  "to", "into", "tot", "the", "The", "CNN", "AP",
                  "Herald", "Vell", "Kelby", "News", "Newsroom", "-", ".", ",", "'"]
TELLING_TEXTS = st.lists(st.tuples(st.sampled_from(TELLING_PIECES), st.sampled_from([" ", "  ", "\t", "", "\n"])),
                         max_size=14).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(TELLING_TEXTS)
@example("Ann stold CNN and _told The Kelby News; Vell said  to\tAP, tot  to the Herald")
@example("Speaking on CNN, Vell spoke to\tThe Kelby News; xSpeaking on AP, Said to AP")
@example("spoke  on CNN ")
def test_an_outlet_told_opening_with_the_verbs_letters_is_found_as_after_a_word_boundary(stretch):
    quick = occasion._told_an_outlet()
    plain = re.compile(quick.pattern.replace(occasion._TELLING_FROM_ITS_LETTERS, r"\b" + occasion._TELLING, 1))
    assert plain.pattern != quick.pattern
    plain_test = re.compile(r"\btol|\btell|[ \t]to[ \t]|(?:oke|king)[ \t]on[ \t]")
    # As `_found_events` asks, over a stretch of the narration.
    for start, end in [(start, len(stretch)) for start in range(len(stretch))] + \
            [(0, end) for end in range(len(stretch))]:
        found = [(m.span(), m.group("outlet")) for m in quick.finditer(stretch, start, end)]
        assert found == [(m.span(), m.group("outlet")) for m in plain.finditer(stretch, start, end)]
        # The test before it passes every stretch the plain test passed, and every one an outlet is told in.
        if found or plain_test.search(stretch, start, end):
            assert occasion._TOLD_OR_TO.search(stretch, start, end)


PROGRAMME_PIECES = ["on", "On", "ON", "told", "Told", "won", "Don", "_on", "\u00e9on", "9told", "stold", "the", "CNN",
                    "CNN's", "CNN\u2019s", "tn", "oold", "AP", "APx", "CNN-", '"Meet', "the", 'Press"', '\u201cFace',
                    "Nation\u201d", '"we', 'win"', '"', "\u201c", "\u201d", "Vell", ",", "."]
PROGRAMME_TEXTS = st.lists(st.tuples(st.sampled_from(PROGRAMME_PIECES), st.sampled_from([" ", "  ", "\t", "", "\n"])),
                           max_size=14).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(PROGRAMME_TEXTS)
@example('Ann won CNN, Don on the CNN\u2019s "Meet the Press" and _on "Face" then On AP; she told "Vell Nation", '
         'tn AP, oold "Vell"')
def test_an_appearance_on_a_programme_opening_with_its_letters_is_found_as_after_a_word_boundary(stretch):
    outlets = "|".join(map(re.escape, sorted(lexicon.news_outlets(), key=len, reverse=True)))
    title = occasion._title
    plain = re.compile(r"\b(?:(?P<on>[Oo]n)[ \t]+(?:(?:the[ \t]+)?(?P<outlet>" + outlets + r")(?:['\u2019]s[ \t]+"
                       + title("title") + r"|(?![\w'\u2019-]))|" + title("on_title") + r")|told[ \t]+"
                       + title("told_title") + ")")

    def read(match: re.Match[str]) -> tuple:
        # What `_found_events` and `_appearance` read: where, the outlet, the titles, whether `on` opened it.
        return match.span(), match.group("outlet"), *map(match.group, occasion._TITLE_GROUPS), match.group("on") is None

    for start, end in [(start, len(stretch)) for start in range(len(stretch))] + \
            [(0, end) for end in range(len(stretch))]:
        assert [read(m) for m in occasion._on_a_programme().finditer(stretch, start, end)] == \
            [read(m) for m in plain.finditer(stretch, start, end)]


TIME_PIECES = ["after", "After", "AFTER", "before", "following", "ahead", "of", "Ahead", "prior", "to", "since",
               "until", "\u017fince", "UNT\u0130L", "unt\u0131l", "Until", "the", "Senate", "vote", "with", "her",
               "Kelby", "'s", "x", ",", "."]
TIME_TEXTS = st.lists(st.tuples(st.sampled_from(TIME_PIECES), st.sampled_from([" ", "  ", "\t", "", "\n"])),
                      max_size=12).map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500, deadline=None)
@given(TIME_TEXTS)
@example("\u017fince the Kelby")
@example("UNT\u0130L her ")
def test_a_stretch_passed_over_for_a_time_word_holds_no_match_of_the_time_pattern(stretch):
    # `tells_a_time` searches only where `_may_govern` lets it: every stretch the pattern matches in passes.
    for start in range(len(stretch) + 1):
        window = stretch[start:]
        if events._TIME_GOVERNED.search(window):
            assert events._may_govern(window)
