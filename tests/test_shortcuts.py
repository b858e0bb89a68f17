"""The quick paths of detection, attribution and occasions give the answers of the plain searches they stand for.

Days, event words and naming words are looked for only in stretches that hold what such an
expression cannot do without; marks are read in one scan of the text; the single-mark view is
written from its changed characters; a cue is searched only where its first letter stands; what is
still to come is searched by its words alone where no contracted `'ll` stands; what a phrase
resolves to, and the subject of a clause, are kept; a quoted span's words are read only as far as
its tests count them. Each test below sets the quick path against the plain search it replaced, over
invented text.
"""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotes import days, events, lexicon, mentions
from quotes.attribute import Attributor
from quotes.days import Day, find_days
from quotes.detect import layout, speech, views
from quotes.detect.marks import MarkedSpan, _marks_by_paragraph
from quotes.detect.views import _rewritten, views_and_marks
from quotes.events import EventMention, find_events
from quotes.mentions import find_entities
from quotes.metadata import as_date
from quotes.model import Document
from quotes.occasion import OccasionReader, _cue_words
from quotes.phrases import Phrase
from quotes.resolve import Resolver
from quotes.text import Covered, first_words, paragraph_at, paragraphs, words

#: Any double quotation mark, as the pairing step knows them.
_MARK = re.compile("[" + re.escape(views.DOUBLE_MARKS) + "]")

SPACES = st.sampled_from([" ", " ", " ", "\t", "  ", "\n", ", ", ". "])


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.upper(), word.capitalize()])


def _texts(vocabulary: list[str]) -> st.SearchStrategy[str]:
    """Invented stretches made of the given words, in any case, with invented words and stray letters."""
    invented = ["Vorlen", "brask", "quillet", "Oddmere", "tamsy", "ay", "d", "9", "Zeth"]
    token = st.sampled_from(vocabulary + invented).flatmap(_cased)
    pieces = st.lists(st.tuples(token, SPACES), max_size=14)
    return pieces.map(lambda found: "".join(word + space for word, space in found))


def _plain_days(text: str, offset: int, published: str | None) -> list[Day]:
    """`find_days` as it reads every stretch: all three searches, whatever the stretch holds."""
    base = as_date(published)
    found: list[Day] = []
    taken: list[tuple[int, int]] = []
    for match in days._CALENDAR.finditer(text):
        iso = days._calendar_day(match, published)
        taken.append(match.span())
        if iso:
            found.append(Day(offset + match.start(), offset + match.end(), iso))
    for match in days._WEEKDAY_WORDS.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        iso = days._weekday(match, base)
        if iso:
            found.append(Day(offset + match.start(), offset + match.end(), iso))
    if published:
        for match in days._relative_pattern().finditer(text):
            iso = days.parse_relative(match.group(), published)
            if iso:
                found.append(Day(offset + match.start(), offset + match.end(), iso))
    if base is not None:
        found = [day for day in found if day.iso <= base.isoformat()]
    return sorted(found, key=lambda day: day.start)


DAY_WORDS = [*days.WEEKDAYS, *days.MONTHS, "Sept.", "Nov.", "on", "last", "this", "the", "of", "5", "21st", "2019",
             *(word for phrase in lexicon.relative_days() for word in phrase.split())]


@settings(max_examples=300, deadline=None)
@given(_texts(DAY_WORDS), st.sampled_from([None, "2021-03-17", "2020-11-21", "not a date"]))
def test_days_are_those_the_plain_searches_find(text, published):
    assert find_days(text, 40, published) == _plain_days(text, 40, published)


def test_every_relative_day_is_found_in_any_case():
    for phrase in lexicon.relative_days():
        for written in (phrase, phrase.upper(), phrase.title()):
            text = f"Brask Vorlen spoke {written} in Oddmere."
            assert find_days(text, 0, "2021-03-17") == _plain_days(text, 0, "2021-03-17")
            assert find_days(text, 0, "2021-03-17"), written


def _plain_events(text: str, offset: int) -> list[EventMention]:
    """The event keywords that the keyword pattern's own left-to-right search finds."""
    found = []
    for match in events._pattern().finditer(text):
        if events.is_verb_use(text, match) or events.is_topic(text, match.start()):
            continue  # the verb, or the subject matter of a word of speaking: no occasion either way
        word = lexicon.event_words()[int(match.lastgroup[1:])]
        found.append(EventMention(offset + match.start(), offset + match.end(), word.event, word.introducers))
    return found


EVENT_WORDS = sorted({part for word in lexicon.event_words() for part in word.keyword.split() if part != "*"}
                     | {"with", "a", "his", "joint"})


@settings(max_examples=300, deadline=None)
@given(_texts(EVENT_WORDS))
def test_event_words_are_those_the_keyword_pattern_finds(text):
    assert find_events(text, 7) == _plain_events(text, 7)


def test_every_event_keyword_is_found_in_any_case():
    for word in lexicon.event_words():
        keyword = word.keyword.replace("*", "joint")
        for written in (keyword, keyword.upper(), keyword.capitalize()):
            text = f"Zeth Oddmere {written} with Ula Brask."
            found = find_events(text)
            assert found == _plain_events(text, 0)
            assert found and found[0].event == word.event, written


def test_a_keyword_may_match_only_where_a_letter_of_its_own_group_stands():
    """`find_events` tries at each place only the keywords of the place's letter (lower-cased): no keyword of
    another group could match there, in any case (the whole pattern is tried at letters of no group)."""
    groups = events._pattern_by_letter()
    firsts = {word.keyword[0] for word in lexicon.event_words()}
    for code in range(0x10000):
        letter = chr(code)
        if letter.lower() in groups:
            matched = {first.lower() for first in firsts if re.fullmatch(re.escape(first), letter, re.IGNORECASE)}
            assert matched <= {letter.lower()}, letter


def _plain_naming_frame() -> re.Pattern[str]:
    frames = sorted(lexicon.naming_frames(), key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in frames)
    return re.compile(r"(?:^|[^\w-])(?:" + alternatives + r")\s*$", re.IGNORECASE)


NAMING_WORDS = sorted({word for frame in lexicon.naming_frames() for word in frame.split()} | {"so-", "un"})


@settings(max_examples=300, deadline=None)
@given(_texts(NAMING_WORDS), st.integers(0, 30))
def test_naming_words_before_a_mark_are_those_the_alternation_finds(text, back):
    start = max(0, len(text) - back)
    plain = _plain_naming_frame().search(text, start, len(text))
    assert speech._naming_frame_ends(text, start, len(text)) == bool(plain)


MARKED = st.text(alphabet='ab "\u201c\u201d\u00ab\u00bb\n\n ', max_size=80)


@given(MARKED)
def test_marks_are_read_per_paragraph_from_one_scan(text):
    paras = paragraphs(text)
    found = [m.start() for m in _MARK.finditer(text)]
    assert _marks_by_paragraph(paras, found) == [[m.start() for m in _MARK.finditer(text, p.start, p.end)]
                                                 for p in paras]


@given(st.text(alphabet="ab' \u2019", max_size=40), st.data())
def test_a_view_changes_only_the_characters_it_is_given(text, data):
    positions = data.draw(st.sets(st.integers(0, max(0, len(text) - 1)), max_size=8)) if text else set()
    written = {pos: data.draw(st.sampled_from(["\u201c", "\u201d", " ", "\u02bc"])) for pos in positions}
    chars = list(text)
    for pos, char in written.items():
        chars[pos] = char
    assert _rewritten(text, written) == "".join(chars)


CUES = ["said", "told", "according to", "Said", "ADDED", "points out", "\u00e9crit"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CUES), _texts(["said", "told", "according", "to", "points", "out", "added", "\u00c9crit"]))
def test_a_cue_is_found_where_the_plain_pattern_finds_it(cue, text):
    plain = re.compile(r"\b" + r"\s+".join(map(re.escape, cue.split())) + r"\b", re.IGNORECASE)
    assert [m.span() for m in _cue_words(cue).finditer(text)] == [m.span() for m in plain.finditer(text)]


def _plain_primes(text: str) -> set[int]:
    """The marks of feet and inches (`6' 3"`), found by scanning the whole text with the plain pattern."""
    return {match.start() + k for match in views._FEET_AND_INCHES.finditer(text)
            for k, char in enumerate(match.group()) if not char.isdigit() and char not in " ."}


def _plain_double_view(text: str) -> str:
    """The double view by substitution: typewriter marks rewritten, then corner brackets translated, and an
    inch mark written as the double prime it is."""
    inches = {pos for pos in _plain_primes(text) if text[pos] in views.DOUBLE_MARKS}
    text = views.TYPEWRITER.sub(' "', text)
    text = text.translate(str.maketrans(views._DOUBLE_AS))
    return "".join("\u2033" if pos in inches else char for pos, char in enumerate(text))


def _plain_single_view(text: str) -> str:
    """The single view written character by character, every mark weighed in one loop."""
    chars = list(text)
    blanked: set[int] = set()
    for match in views.TYPEWRITER.finditer(text):
        blanked.update(range(match.start(), match.end()))
    roles: list[tuple[int, str]] = []
    marks = views.DOUBLE_MARKS + "".join(views._DOUBLE_AS) + views.SINGLE_MARKS + "`"
    every_mark = re.compile("[" + re.escape(marks) + "]")  # single marks inside a word too, unlike `_ANY_MARK`
    primes = _plain_primes(text)
    for match in every_mark.finditer(text):
        pos, char = match.start(), match.group()
        if pos in blanked or char in views.DOUBLE_MARKS or char in views._DOUBLE_AS:
            chars[pos] = " "
        elif pos in primes:
            chars[pos] = views._APOSTROPHE if char in views._AMBIGUOUS_SINGLE else char  # a foot mark, no quote's
        elif char in views._FIXED_SINGLE:
            chars[pos] = views._FIXED_SINGLE[char]
        elif char in views._AMBIGUOUS_SINGLE:
            role = views._role(text, pos)
            chars[pos] = views._APOSTROPHE
            if role is not None:
                roles.append((pos, role))
    for pos, role in views._resolve_weak(roles, text).items():
        chars[pos] = "\u201c" if role == "open" else "\u201d"
    return "".join(chars)


SINGLE_MARKED = st.text(alphabet="as1 '\u2018\u2019\u201a\u2039\u203a\u300e\u300f\"\u201c\u201d\u300c`.,\n",
                        max_size=60)


@settings(max_examples=300)
@given(SINGLE_MARKED)
@example('1\u20191"')
@example("He is 6' 1\" and 11'11\"1'1\" tall, '1 1' said 1\u20191\u201d.")
def test_the_views_know_their_double_marks(text):
    (double, double_marks), (single, single_marks) = views_and_marks(text)
    assert double == _plain_double_view(text) == views.double_view(text)
    assert single == _plain_single_view(text)
    assert double_marks == [m.start() for m in _MARK.finditer(double)]
    assert single_marks == [m.start() for m in _MARK.finditer(single)]


CALL_WORDS = ["they", "call", "calls", "called", "calling", "recall", "the", "Mr.", "Vorlen", "caſls", "callers"]


@settings(max_examples=300, deadline=None)
@given(_texts(CALL_WORDS), st.sampled_from(["", " ", "  \t", "\n"]))
def test_a_call_before_a_mark_is_found_as_the_plain_pattern_finds_it(before, gap):
    text = before + gap + '"Brask oddments," said Zeth.'
    open_mark = len(before + gap)
    span = MarkedSpan(open_mark + 1, open_mark + 16, open_mark, open_mark + 16)
    match = speech._SUBJECT_CALLS.search(text, max(0, open_mark - 40), open_mark)
    plain = bool(match) and (match.group("subject").lower() in speech._SUBJECT_PRONOUNS or (
        match.group("subject")[:1].isupper() and match.group("subject").lower() not in speech._DETERMINERS))
    assert speech._called_by_someone(text, span) == plain


INTRO_WORDS = ["Statement", "by", "of", "Remarks", "opening", "said", "Vorlen", "Brask", ":", "-", ".", "\u2014"]


def _plain_introducer(text: str, para) -> bool:
    body = text[para.start:para.end]
    if body.endswith(":"):
        return 1 <= len(words(body)) <= 45 and body[0] not in "-\u2013\u2014"
    heading = re.compile("^" + layout._HEADING_INTRO.pattern, re.IGNORECASE)
    return bool(heading.match(body)) and len(words(body)) <= 12 and not body.endswith(".")


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(INTRO_WORDS), min_size=1, max_size=4))
def test_introducers_are_read_in_place_as_from_a_copy(lines):
    text = "\n".join(lines)
    for para in paragraphs(text):
        assert layout.is_introducer(text, para) == _plain_introducer(text, para)


@settings(max_examples=100, deadline=None)
@given(st.lists(_texts([*DAY_WORDS, "in", "at", "Oddmere", "Vestholm", "signed", "said"]), min_size=1, max_size=5))
def test_the_days_of_the_opening_are_those_read_with_its_places(sentences):
    text = ". ".join(sentences) + "."
    reader = OccasionReader(Document("shortcut", text, date="2021-03-17"))
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 2
    assert reader._framed(spans, days_only=True)[0] == reader._framed(spans)[0]


@given(st.text(alphabet="ab \n\t", max_size=60), st.integers(-2, 65))
def test_the_paragraph_at_an_offset_is_found_by_the_starts_as_by_the_paragraphs(text, pos):
    paras = paragraphs(text)
    if paras:
        assert paragraph_at(paras, pos) == paragraph_at(list(paras), pos)
        assert paras.starts == tuple(para.start for para in paras)


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8)


@example([(13, 17), (17, 30)], 17, 0)  # an empty stretch where two merged stretches meet
@given(SPANS, st.integers(-2, 45), st.integers(0, 6))
def test_what_spans_cover_is_found_by_a_binary_search_as_by_reading_every_span(spans, start, width):
    covered = Covered(spans)
    assert (start in covered) == any(s <= start < e for s, e in spans)
    # A shared character: an empty stretch shares none.
    assert covered.overlaps(start, start + width) == any(max(s, start) < min(e, start + width) for s, e in spans)


FUTURE_WORDS = ["will", "shall", "is", "are", "to", "ahead", "of", "due", "plan", "plans", "planned", "scheduled",
                "expected", "set", "going", "upcoming", "forthcoming", "next", "week", "week's", "month\u2019s", "year",
                "she'll", "Vorlen\u2019ll", "'ll", "\u2019LL", "\u017fhall", "\u0130s", "wıll", "on", "Monday", ","]


@settings(max_examples=400, deadline=None)
@example("Vorlen set to , brask ahead of'll Monday", True)
@given(_texts(FUTURE_WORDS), st.booleans())
def test_what_is_still_to_come_is_found_as_by_the_whole_future_pattern(text, place):
    start = len(text)
    window = text[max(0, start - 80):start]
    cut = max(map(window.rfind, days._CLAUSE_MARKS)) + 1
    plain = any(not (place and found.group().lower().startswith("ahead"))
                for found in days._FUTURE.finditer(window, cut))
    assert days.still_to_come(text, start, place) == plain


ARTICLE = ("Minister Tovan Brask met Ilse Vorlen in Oddmere on Monday. \"We agreed,\" he said. Vorlen smiled. "
           "\"It went well,\" she said. Tovan Brask added that the talks would go on. Ilse Vorlen left. "
           "\"Soon,\" the minister said. Then he left, and she stayed. \"Not now,\" he said.")


def test_a_phrase_resolves_as_a_fresh_reading_would_while_speakers_are_noted():
    entities, _ = find_entities(ARTICLE)
    resolver = Resolver(entities, [], ARTICLE)
    phrases = [Phrase(m.start(), m.end(), m.group(), "pronoun" if m.group().islower() else "name")
               for m in re.finditer(r"\b(?:he|she|it|Brask|Vorlen)\b", ARTICLE)]
    phrases.append(Phrase(ARTICLE.index("the minister"), ARTICLE.index("the minister") + 12, "the minister", "role"))
    answers = set()
    for speaker, at in [(None, 0), ("Ilse Vorlen", 75), ("Tovan Brask", 150), ("Ilse Vorlen", 230)]:
        if speaker:
            resolver.note_speaker(speaker, at)
        for phrase in phrases:
            for last in (None, "Tovan Brask", "Ilse Vorlen"):
                fresh = resolver._resolve(phrase, last)
                assert resolver.resolve(phrase, last) == fresh
                assert resolver.resolve(phrase, last) == fresh  # asked again: the kept answer
                answers.add((phrase, last, fresh))
    assert len({answer for *_, answer in answers}) > 2


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab9 -'\u2019.,\n", max_size=400), st.data())
def test_the_first_words_of_a_stretch_are_the_first_of_all_its_words(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    count = data.draw(st.integers(0, 20))
    assert first_words(text, start, end, count) == words(text[start:end])[:count]


def test_a_word_the_cut_would_split_is_read_whole():
    text = "Vorlen " + "brask" * 12 + " quillet tamsy"
    assert first_words(text, 0, len(text), 2) == ["Vorlen", "brask" * 12]
    assert first_words(text, 7, len(text), 1) == ["brask" * 12]


def test_a_clause_subject_kept_is_the_one_read_afresh():
    doc = Document("kept", ARTICLE)
    attributor = Attributor(doc)
    verbs = [m.start() for m in re.finditer(r"\b(?:met|said|smiled|added|left|stayed)\b", ARTICLE)]
    for begin in (0, ARTICLE.index("Vorlen smiled"), ARTICLE.index("Then he")):
        for verb in verbs:
            if verb > begin:
                fresh = attributor._read_clause_subject(begin, verb)
                assert attributor._clause_subject(begin, verb) == fresh
                assert attributor._clause_subject(begin, verb) == fresh  # asked again: the kept answer
    assert attributor._clause_subject(0, ARTICLE.index("met")) is not None


_COUNTRY_SAMPLES = [
    "Fisheries and Oceans Canada said on Monday.",
    "Officials in Norway, Canada's allies and Canadian Heritage met in Oslo; Canadas and Francesca too.",
    "Trade with China, India and Brazil rose. Global Affairs Canada's note reached Mexico\tand Chile.",
]


@given(st.sampled_from(_COUNTRY_SAMPLES), st.text(alphabet="abc ACN\t'", max_size=30))
@settings(max_examples=60, deadline=None)
def test_country_names_are_found_where_the_plain_search_of_capitals_finds_them(sample, noise):
    from quotes.mentions import _country_name
    text = noise + " " + sample + " " + noise
    plain = [m.span() for m in re.finditer(r"(?<=[ \t])[A-Z][a-z]+\b", text)
             if lexicon.country_of_word().get(m.group().lower()) == m.group()]
    assert [m.span() for m in _country_name().finditer(text)] == plain


@given(st.lists(st.sampled_from(["CNN's", "Ann", "Berg", "of", "Nord\u2019s", "Ola", "the", "says", "Ross'", "s",
                                 "KBS'", "Lee"]),
                max_size=12))
@settings(max_examples=200, deadline=None)
def test_runs_of_capitals_split_as_without_the_quick_test(tokens):
    from quotes import mentions
    text = " ".join(tokens)
    slow = []
    for match in mentions._RUN.finditer(text):
        start, end = match.span()
        for possessive in mentions._POSSESSIVE_IN_RUN.finditer(text, start, end):
            following = text[possessive.end():end].split()
            owner = text[start:possessive.start()].split()[-1:]
            acronym = owner and owner[0].isupper() and owner[0].isalpha() and 2 <= len(owner[0]) <= 5 and \
                len(following) == 2
            if following and (mentions.first_name_gender(following[0]) or acronym):
                slow.append((start, possessive.start() + (2 if possessive.group()[1:2] == "s" else 0)))
                start = possessive.end()
        slow.append((start, end))
    assert list(mentions._runs(text)) == slow


@pytest.mark.parametrize("lead", ["Ambassador to ", "Ambassador of Ardenia to the ", "Envoy to the ",
                                  "Welcome to ", "visited Kyoto ", "Ambassador to the Belmark, ", "Minister of Energy ",
                                  "sent an Envoy to    the   ", "x" * 50 + " Ambassador to "])
def test_an_office_before_a_name_is_found_where_the_plain_patterns_find_one(lead):
    text = lead + "Jurek Pannen said."
    start = len(lead)
    window = max(0, start - 40)
    office = mentions.OFFICE_TO.search(text, window, start)
    plain = bool(mentions.OFFICE_OF.search(text, max(0, start - 30), start)) or \
        office is not None and mentions._is_title(office.group("office"))
    assert mentions.after_an_office(text, start) == plain


def _plain_after_an_office(text: str, start: int) -> bool:
    """`mentions.after_an_office` with both patterns searched over the whole window, whatever its words."""
    near = text[max(0, start - 12):start].rsplit(None, 1)
    last = near[-1] if len(near) == 2 or near and start <= 12 else ""
    if last not in mentions._OFFICE_OF_ENDS and last != "to" and "for " not in text[max(0, start - 20):start]:
        return False
    before = max(0, start - 80)
    window = text[before:start]
    if last in mentions._OFFICE_OF_ENDS and mentions.OFFICE_OF.search(text, before, start):
        return True
    if "for " in window[-20:] and (office := mentions.OFFICE_FOR.search(text, start - len(window[-20:]), start)):
        return mentions._is_title(office.group("office")) or mentions._is_org_word(office.group("office"))
    if last not in ("to", "the"):
        return False
    office = mentions.OFFICE_TO.search(text, before, start)
    return office is not None and mentions._is_title(office.group("office"))


OFFICE_WORDS = ["Minister", "Ambassador", "Chairman", "Agency", "Welcome", "of", "the", "to", "for", "and", "&",
                "Energy", "Trade", "Ardenia", "Culture,", "Information", "Foreign", "(Minister", "Proof", "ofx"]


@given(_texts(OFFICE_WORDS), st.sampled_from(["", " ", "\n", "  ", "\t"]))
@example("Minister of Culture, Information, Trade, Energy and ", "")
@example("x Ambassador of Ardenia to the ", "")
@example("of Energy ", "")
def test_an_office_is_searched_for_only_where_its_preposition_stands_whole(lead, gap):
    text = lead + gap + "Jurek Pannen said."
    for start in range(len(lead) + len(gap) + 1):
        assert mentions.after_an_office(text, start) == _plain_after_an_office(text, start)


#: A sentence's stop, as `mentions._vote_gender` searched for it apart from the pronoun.
_PLAIN_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _plain_gender_votes(text: str, name: str, position: int) -> tuple[dict[str, int], int]:
    """The votes `mentions._vote_gender` gives, with the sentence's stop and the pronoun before it searched apart."""
    entity = mentions.Entity(name, "person")
    gender = mentions.honorific_gender(text, position)
    if gender:
        entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + 2
        entity.person_evidence += 1
    end = position + len(name)
    stop = _PLAIN_SENTENCE_MARK.search(text, end, end + 200)
    pronoun = mentions._GENDERED.search(text, end, stop.start() if stop else min(len(text), end + 200))
    if pronoun:
        gender = lexicon.gender_words()[pronoun.group().lower()]
        weight = 2 if mentions._reports_of_self(text[end:pronoun.start()]) else 1
        entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + weight
    return entity.gender_votes, entity.person_evidence


PRONOUN_WORDS = ["he", "she", "his", "Her", "hers", "himself", "herself", "Shed", "the", "said", "that", "Mr.",
                 "Ms", "Lee", "told", "reporters", "?", "!", "hes", "x" * 60]


@given(_texts(PRONOUN_WORDS), st.sampled_from(["", " ", ".", "\n", "'"]))
@example("Mr. Lee said she. He", "")
def test_the_first_pronoun_of_a_sentence_is_found_by_one_search_as_by_two(before, gap):
    text = "Ann Lee" + gap + before
    for name, position in (("Ann Lee", 0), ("Lee", 4)):
        entity = mentions.Entity(name, "person")
        mentions._vote_gender(text, entity, position)
        assert (entity.gender_votes, entity.person_evidence) == _plain_gender_votes(text, name, position)
