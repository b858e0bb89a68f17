"""The quick paths of the name reader give the answers of the plain searches they stand for.

Runs of capitalised words are tried only where a capital stands; a mention is tested as a
sentence opener only when the piece before it could end a sentence's lead; surnames are
found with `str.find` rather than a pattern made for each article. Each test sets the quick
path against the plain search it replaced, over invented text.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import mentions
from quotes.model import Document
from quotes.nlp.people import entities_of
from quotes.pipeline import process
from quotes.resolve import Resolver

SPACES = st.sampled_from([" ", " ", " ", "\t", "  ", "\n", ", ", ". ", '." ', "\u201d ", "! "])
WORDS = ["Vorlen", "Brask", "Oddmere", "the", "and", "of", "said", "told", "Mr.", "J.", "U.S.", "de",
         "van", "Dr", "minister", "O'Hara", "Lund-Berg", "9", "ay", "Zeth", "quillet"]


def _texts(words: list[str] = WORDS) -> st.SearchStrategy[str]:
    pieces = st.lists(st.tuples(st.sampled_from(words), SPACES), max_size=16)
    return pieces.map(lambda found: "".join(word + space for word, space in found))


@settings(max_examples=500)
@given(_texts(), st.data())
def test_a_mention_ruled_out_as_sentence_opener_has_no_lead_before_it(text, data):
    position = data.draw(st.integers(0, len(text)))
    if not mentions._may_open_sentence(text, position):
        assert _PLAIN_SENTENCE_LEAD.search(text, max(0, position - 80), position) is None


#: The lead before a mention as one pattern read it, the text's start among the places it may follow.
_PLAIN_SENTENCE_LEAD = re.compile(r"(?:^|[" + re.escape(mentions._MARKS_BEFORE_LEAD) + r"]\s+|\n)((?:(?:"
                                  + mentions._LEAD_WORD.pattern + r")\s+){0,6})$")


@settings(max_examples=500)
@given(_texts(), st.data())
def test_a_sentence_lead_starts_where_the_plain_pattern_finds_it(text, data):
    position = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, position))
    plain = _PLAIN_SENTENCE_LEAD.search(text, floor, position)
    quick = floor == 0 and mentions._LEAD_AT_TEXT_START.match(text, 0, position) or \
        mentions._SENTENCE_LEAD.search(text, floor, position)
    assert (quick and (quick.start(), quick.group(1))) == (plain and (plain.start(), plain.group(1)))


def test_a_name_after_a_verb_is_mid_sentence_and_one_after_a_full_stop_may_open_one():
    text = "The board met on Monday. Vorlen Brask spoke first, and later told Zeth Oddmere so."
    assert not mentions._may_open_sentence(text, text.index("Zeth"))
    assert mentions._may_open_sentence(text, text.index("Vorlen"))
    assert mentions._opens_sentence(text, text.index("Vorlen"))
    titled = "Later, Chief Engineer Ada Quill left."
    assert mentions._may_open_sentence(titled, titled.index("Ada"))  # `Engineer` may belong to a lead


def _plain_whole_words(text: str, words: list[str]) -> list[tuple[int, str]]:
    """The regex alternation of the words between word boundaries, earlier words first."""
    kept = [word for word in words if word]
    if not kept:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in kept) + r")\b")
    return [(match.start(), match.group()) for match in pattern.finditer(text)]


@settings(max_examples=300)
@given(_texts(), st.lists(st.sampled_from(["Vorlen", "Brask", "O'Hara", "Lund-Berg", "Lund", "Berg", "de",
                                           "Oddmere", "Odd"]), max_size=5, unique=True))
def test_surnames_are_found_where_the_alternation_finds_them(text, words):
    assert mentions._whole_words(text, words) == _plain_whole_words(text, words)


@settings(max_examples=300)
@given(_texts(), st.lists(st.sampled_from(["Vorlen", "Brask", "O'Hara", "Lund-Berg", "Lund", "Berg", "de",
                                           "Oddmere", "Odd", "", "-Berg", "Hara"]), max_size=8))
def test_surnames_looked_up_where_they_may_start_are_those_searched_one_by_one(text, words):
    by_table = mentions._found_by_table(text, words)
    one_by_one = mentions._found_one_by_one(text, words)
    first_rank = {word: words.index(word) for word in words}
    assert sorted(by_table) == sorted(f for f in one_by_one if f[1] == first_rank[f[2]])


def test_a_long_list_of_surnames_is_found_as_the_alternation_finds_it():
    people = [f"Vor{letters}" for letters in ("a", "ab", "abc", "b", "bc", "c")] * 3 + \
        [f"Lund{number}" for number in range(40)] + ["Lund-Berg", "Lund", "Berg"]
    assert len(people) > mentions._SEARCHED_ONE_BY_ONE
    text = "Vorab met Lund-Berg, Lund7 and Vorabc; Lund said Berg and Vorc (Lund3) agreed. Vora-Lund"
    assert mentions._whole_words(text, people) == _plain_whole_words(text, people)


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from(["Charles", "\"Chuck\"", "\u201cThe Anvil\u201d", "'Bo'", "\u2018Al\u2019",
                                           "Whitmore", "it's", "\"", "'", "\u201c", "\u2019", "A", "x", "Ann's"]),
                          SPACES), max_size=16))
def test_nicknames_are_those_the_pattern_finds_in_the_whole_text(pieces):
    text = "".join(word + space for word, space in pieces)
    assert [m.span() for m in mentions._nicknames(text)] == [m.span() for m in mentions._NICKNAME.finditer(text)]


def test_whether_a_name_always_stands_after_the_is_asked_once_per_entity_with_the_plain_answer():
    # `Resolver.after_the_only` keeps `always_after_the`'s answer for each entity: every pronoun asks it of the people
    # near it, and nothing attribution notes (who spoke last) changes what it reads.
    text = ("The Velmor Courier reported on Tuesday that Ada Quillet had left the board of Tarnhold Mills. "
            "Quillet said the Velmor Courier had it wrong. \"We stay,\" she said. The Velmor Courier stood by its "
            "story.\n\"It is settled,\" he said.")
    entities, _ = entities_of(Document(doc_id="after-the", text=text))
    resolver = Resolver(entities, [], text)
    answers = [resolver.after_the_only(entity) for entity in entities]
    resolver.note_speaker("Ada Quillet", 120, "Quillet")
    assert answers == [resolver.after_the_only(entity) for entity in entities] == \
        [mentions.always_after_the(text, entity) for entity in entities]
    assert answers.count(True) == 1  # the Courier, after `the` at every mention
    quotes = process(Document(doc_id="after-the", text=text)).quotes
    assert [quote.speaker for quote in quotes] == ["Ada Quillet", None]  # `he` is no paper's


PORTFOLIO_WORDS = ["Fisheries", "Oceans", "Crown-Indigenous", "Agri-Food", "and", "&", "in", "of", "the", "WestJet",
                   "Services", "x" * 45, "Health", "(Public", "\u00c9nergie", "9"]
PORTFOLIO_SPACES = st.sampled_from([" ", " ", ", ", "\t", "  ", "\n", " " * 44, ". "])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PORTFOLIO_WORDS), PORTFOLIO_SPACES), max_size=16)
       .map(lambda found: "".join(word + space for word, space in found)))
def test_a_country_passed_over_for_a_body_has_no_portfolios_before_it(text):
    for start in range(len(text) + 1):
        if not mentions._may_follow_portfolios(text, start):
            assert mentions._PORTFOLIOS_BEFORE.search(text, max(0, start - 120), start) is None


def test_portfolios_before_a_country_are_looked_for():
    text = "Staff of Fisheries and Oceans Tervia, flying in Tervia, met Crown-Indigenous Relations & Tervia."
    for country in (text.index("Tervia"), text.rindex("Tervia")):
        assert mentions._may_follow_portfolios(text, country)
    assert not mentions._may_follow_portfolios(text, text.index("in Tervia") + 3)


MUNICIPAL_WORDS = ["City", "Town", "Township", "County", "Village", "Region", "Municipality", "Cityof", "of", "Of",
                   "Elm", "Oak", "Vesk", "the", "of Elm", "Townships", "xCity", "9", "O'Dell"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MUNICIPAL_WORDS), SPACES), max_size=16)
       .map(lambda found: "".join(word + space for word, space in found)))
def test_municipalities_are_those_the_pattern_finds_scanning_the_text(text):
    assert [m.span() for m in mentions._municipalities(text)] == \
        [m.span() for m in mentions._municipality_pattern().finditer(text)]


def test_a_municipality_ending_in_another_nouns_word_is_read_once():
    text = "Staff of the City of Oak Town of Elm and the Township of Vesk met."
    assert [m.group() for m in mentions._municipalities(text)] == ["City of Oak Town", "Township of Vesk"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["Energy", "Energy,", "Mary", "Church", "House", "Minister", "The", "Of", "Sarnia", "Health",
                        "Tervia", "Vorlen", "Mr.", "CNN's", "J."]))
def test_one_word_that_names_no_one_is_left_whatever_office_stands_before_it(word):
    # `find_entities` passes over a one-word run that reads as no name before asking about an office before it:
    # no portfolio is cut from one word, and a given name with a body's word takes two.
    assert mentions.portfolio_length([word]) == 0
    assert mentions._given_name_and_body_word(f"House says so, says Church. Minister of {word}", word) is None


def test_a_portfolio_after_an_office_is_no_name():
    entities, _ = mentions.find_entities("The Minister of Fisheries Vorlen Brask said the Minister of Trade agreed.")
    assert [e.name for e in entities if e.kind == "person"] == ["Vorlen Brask"]


#: Capitalised words and the marks around them: pieces of names (`O'Dell`, `Lund-Berg`), abbreviations, initials,
#: a capital after a word character (`xHealth`), letters beyond ASCII, and the words the searches below look for.
CAPITAL_WORDS = ["O'Dell", "Lund-Berg", "Mr.", "J.R.", "St.", "Capt.", "xHealth", "\u00c9mile", "al-Vesk", "van", "de",
                 "the", "and", "&", "of", "9", "Vorlen", "Vesk's", "Oddmere\u2019s", "(Vesk)", "Co-operative", "Co.",
                 "Ministry", "Ministry-", "Inc.", "Corp", "Union", "Health", "Health,", "Transportation", "Energy",
                 "Healthy", "Nova", "Scotia", "Alberta", "Interior", "The"]
CAPITAL_SPACES = st.sampled_from([" ", " ", " ", "\t", "  ", "\n", ", ", ". ", "-", "'", "\u2019s "])


def _capital_texts(extra: list[str]) -> st.SearchStrategy[str]:
    pieces = st.lists(st.tuples(st.sampled_from(CAPITAL_WORDS + extra), CAPITAL_SPACES), max_size=18)
    return pieces.map(lambda found: "".join(word + space for word, space in found))


#: A few countries' own names, some of them the start of a longer one's (`Niger`, `Nigeria`), with a
#: possessive and a hyphen after them.
_COUNTRIES = sorted(mentions._country_names())[:6] + [
    name for name in ("Niger", "Nigeria", "Canada") if name in mentions._country_names()]
_COUNTRY_FORMS = _COUNTRIES + [name + "'s" for name in _COUNTRIES[:2]] + [_COUNTRIES[0] + "-led", "x" + _COUNTRIES[1]]


@settings(max_examples=500, deadline=None)
@given(_capital_texts(_COUNTRY_FORMS))
def test_every_capitalised_word_standing_whole_is_among_the_capitals_read(text):
    whole = re.findall(r"(?<!\w)[" + mentions.LATIN_CAPITALS + r"]\w*", text)
    assert set(whole) <= mentions._capitals_read(text).words


@settings(max_examples=500, deadline=None)
@given(_capital_texts(_COUNTRY_FORMS))
def test_country_names_are_those_the_pattern_finds_scanning_the_text(text):
    assert mentions._country_name_spans(text) == [m.span() for m in mentions._country_name().finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_capital_texts(["Ministry of Vesk", "Vesk Union", "Society", "Ltd.", "Co-operatives", "Ministries"]))
def test_organisation_nouns_stand_where_the_pattern_finds_them(text):
    assert mentions._org_noun_positions(text) == [m.start() for m in mentions._org_noun_starts().finditer(text)]
    assert [m.span(1) for m in mentions.org_matches(text)] == \
        [m.span(1) for m in mentions._org_pattern().finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_capital_texts(["Alberta Health", "Infrastructure", "Investment", "Investments", "Justice", "Vesk"]))
def test_departments_are_those_the_pattern_finds_scanning_the_text(text):
    assert [m.span() for m in mentions._division_body_matches(text)] == \
        [m.span() for m in mentions._division_body_pattern().finditer(text)]


def test_a_department_and_a_country_are_found_from_the_capitals_read():
    text = "Staff of Alberta Health and Vorlen Brask, in Nova Scotia Transportation and Energy, said so."
    assert [m.group() for m in mentions._division_body_matches(text)] == \
        ["Alberta Health", "Nova Scotia Transportation and Energy"]
    assert mentions._division_body_matches("The vesk health board met.") == []
    country = _COUNTRIES[0]
    text = f"Staff flew to {country}, then x{country} and {country}-led talks."
    assert [text[start:end] for start, end in mentions._country_name_spans(text)] == [country, country]
