"""Places named in narration: "In Baku, ...", "in the Kremlin", "at the White House", "in New York".

A place is `in` or `at` followed by capitalised words (with an inner `of`:
"in the Republic of Azerbaijan"), or where a journey went (`during his visit to
Bergen`). What is capitalised but no place is left out:
months and weekdays ("in November"), languages and nationality adjectives ("in
Russian"), possessives ("in Putin's words") and sentence openers ("In This ...").
Whether the place is where the words were said is for the caller to judge: this
module only finds the phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quotes import lexicon
from quotes.days import CALENDAR_WORDS
from quotes.gazetteer import is_place_name
from quotes.text import closes_abbreviation
from quotes.trie import trie_pattern, word_start_pattern

_CAP = r"[A-Z][\w'\u2019.-]*"
#: `in Vestby`, `at the Kelvik Arena`; past a word for a settlement and `of` (`in the central city of Lirna`, `in the
#: port town of Kelvik`: `settlement_nouns.txt`), which says what kind of place the name is.
_PLACE = re.compile(word_start_pattern(["In", "in", "At", "at"]) + r"[ \t]+(?:the[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:"
                    + trie_pattern(lexicon.settlement_nouns()) + r")[ \t]+of[ \t]+)?"
                    r"(?P<the>the[ \t]+)?(?P<name>" + _CAP + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?" + _CAP
                    + r"){0,3})")
# `during his visit to Baku`, `on a recent trip to Yerevan`: the place of a journey the words were said on
# (not `a visit to Kyiv by ...` or `after a visit to ...`, which tell of another time).
_JOURNEY_TO = re.compile(r"\b(?:during|on)[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                         r"(?:visit|trip|journey|tour)[ \t]+(?P<to>to)[ \t]+(?P<the>the[ \t]+)?(?P<name>" + _CAP
                         + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?" + _CAP + r"){0,3})")
#: `is visiting the Kelvik free port`, `toured Solvik`: the capitalised words after a verb of visiting, where
#: the visit goes, also where they modify a common noun after `the` (the port, the zone of that place).
#: `the port city of`, `the mountain village of`: a common noun for a kind of place and `of` before the place's name.
_KIND_OF_PLACE = r"(?:the[ \t]+(?:[a-z-]+[ \t]+){1,3}of[ \t]+)?"
_VISITED = re.compile(r"\b(?:visiting|visited|visits|touring|toured|tours)[ \t]+" + _KIND_OF_PLACE
                      + r"(?P<the>the[ \t]+)?(?P<name>" + _CAP + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?" + _CAP
                      + r"){0,3})")


@cache
def _travelled_to() -> re.Pattern[str]:
    """`travelled to Lirna`, `flew to the port city of Lirna`: a verb of travelling (`travel_verbs.txt`), `to`, and
    the capitalised words of where the journey went."""
    return re.compile(word_start_pattern(sorted(lexicon.travel_verbs())) + r"[ \t]+to[ \t]+" + _KIND_OF_PLACE
                      + r"(?P<the>the[ \t]+)?(?P<name>" + _CAP + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?" + _CAP
                      + r"){0,3})")
# Capitalised function words: they open a sentence ("In This case") or run on in a headline
# written in title case ("Harbour Plans In Vestby As Work Begins"), and end a place name.
_FUNCTION_WORDS = frozenset("The A An This That These Those His Her Its Their Our My Your All Any Some Each Every "
                            "Other Such Which What Whose As Of And Or But To For In On At With By From Is Are Was "
                            "Were Be Has Have Had Will Would Can Could One Two Three".split())


@dataclass(frozen=True)
class Place:
    """A place phrase and its offsets: `start` is at `in`/`at`, `name` is what it names."""

    start: int
    end: int
    name: str


@cache
def not_place_words() -> frozenset[str]:
    """Capitalised words that name no place: nationality adjectives and languages, months, weekdays."""
    return lexicon.nationality_adjectives() | CALENDAR_WORDS


@cache
def _country_names() -> frozenset[str]:
    return frozenset(name for country in lexicon.countries() for name in (country.name, *country.aliases))


def _place_words(name: str) -> list[re.Match[str]]:
    """The words of a place name, cut at the first capitalised function word; empty when no place."""
    words: list[re.Match[str]] = []
    for word in re.finditer(r"\S+", name):
        if word.group() in _FUNCTION_WORDS or words and word.group().rstrip(".,") in CALENDAR_WORDS:
            break  # `in North Carolina Tuesday`: the day after a place is no part of its name
        words.append(word)
        if word.group().endswith(".") and not closes_abbreviation(word.group()):
            break  # `a working visit to Baku. Welcoming the guest`: the full stop ended the sentence
    while words and words[-1].group() in {"of", "the"}:
        words.pop()
    if not words or words[-1].group().endswith(("'s", "\u2019s")):
        return []
    if " ".join(w.group() for w in words) in _country_names():
        return words  # "in the Russian Federation", "in Russia"
    return [] if words[0].group().rstrip(".") in not_place_words() else words


def find_places(text: str, offset: int = 0) -> list[Place]:
    """Every `in`/`at` place phrase in `text`, and every journey's `to` place (`during his visit to
    Bergen`), in reading order, with document offsets."""
    found: list[Place] = []
    for match in _PLACE.finditer(text):
        _add(found, match, match.start(), offset)
    # Few frames tell of a journey (`_JOURNEY_TO`'s nouns): the four tests are written out, not a generator's.
    if "visit" in text or "trip" in text or "journey" in text or "tour" in text:
        journeys = len(found)
        for match in _JOURNEY_TO.finditer(text):
            _add(found, match, match.start("to"), offset)
        if len(found) > journeys:
            found.sort(key=lambda place: place.start)
    return _venues_in_towns(text, found, offset) if len(found) > 1 else found


def _venues_in_towns(text: str, found: list[Place], offset: int) -> list[Place]:
    """`at the Presidential Complex in Vestby`: a place right followed by `in` and another is a building or
    quarter of that one, and the two are one place, written as addresses are, `Presidential Complex, Vestby`
    (the town is where the words were said, the building narrows it down)."""
    merged: list[Place] = []
    for place in found:
        last = merged[-1] if merged else None
        if last is not None and place.start > last.end and not text[last.end - offset:place.start - offset].strip() \
                and text.startswith("in", place.start - offset):
            merged[-1] = Place(last.start, place.end, f"{last.name}, {place.name}")
        else:
            merged.append(place)
    return merged


def in_the_town(name: str, town: str | None) -> str:
    """`at the Palace of the Nation` under a `VESTBY, ...` dateline: a building that the narration names with no
    town after it (its head, the word before `of` or its last, a noun of `place_nouns.txt`; no known place)
    stands in the town the dateline names, and is written as an address, `Palace of the Nation, Vestby`."""
    if not town or ", " in name or town in name:
        return name
    head = name.split(" of ")[0].split()[-1]
    if head not in lexicon.place_nouns() or is_place_name(name):
        return name
    return f"{name}, {town}"


def find_visited(text: str, offset: int = 0) -> list[Place]:
    """The places a verb of visiting names as where the visit goes (`is visiting the Kelvik free port`:
    Kelvik, `visited the port city of Lirna`), and those a verb of travelling names after `to` (`travelled to
    Lirna`), with document offsets: for a sentence that sets the scene of the words after it."""
    visits = "visit" in text or "tour" in text
    if not visits and " to " not in text:
        return []
    found: list[Place] = []
    matches = [*(_VISITED.finditer(text) if visits else ()), *_travelled_to().finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        words = _place_words(match.group("name"))
        if words and not any(c.isdigit() for c in match.group("name")):
            end = match.start("name") + words[-1].end()
            found.append(Place(offset + match.start("name"), offset + end,
                               " ".join(w.group() for w in words).rstrip(".")))
    return found


_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")


@cache
def _time_openers() -> frozenset[str]:
    """The first words of the phrases that name a day (`last` of `last night`, `this` of `this morning`)."""
    return frozenset(phrase.split()[0] for phrase in lexicon.relative_days())


def _modifies_a_noun(text: str, end: int) -> bool:
    """`in the Reagan administration`, `in the Republican presidential race`: capitalised words after `the`
    and before a common noun modify that noun, and the phrase names an administration or a race, no place
    (not so before a function word, a day or a building: `in the Kremlin on Monday`, `in the Kremlin last
    week`, `in the Parliament building`)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) not in lexicon.stop_words() and \
        after.group(1) not in _time_openers() and after.group(1) not in _building_nouns()


@cache
def _building_nouns() -> frozenset[str]:
    """`in the Parliament building`, `at the Kremlin residence`: a noun for a building or a street keeps
    the name before it a place (`place_nouns.txt`, in lower case)."""
    return frozenset(word.lower() for word in lexicon.place_nouns())


@cache
def _event_nouns() -> frozenset[str]:
    """The one-word nouns of `events.csv` (`forum`, `summit`, `conference`, `session`)."""
    return frozenset(word.keyword for word in lexicon.event_words() if word.keyword.isalpha())


def _add(found: list[Place], match: re.Match[str], start: int, offset: int) -> None:
    """The place `match` names, from `start` (its preposition), unless it names none.

    A name that ends in a noun for an event names the event, not a place: `at the Caspian Energy Forum in
    Tbilisi` was said in Tbilisi, which is found after it."""
    name = match.group("name")
    words = _place_words(name)
    if not words or any(c.isdigit() for c in name) or words[-1].group().rstrip(".").lower() in _event_nouns():
        return
    end = match.start("name") + words[-1].end() - len(words[-1].group()) + len(words[-1].group().rstrip("."))
    written = name[:end - match.start("name")]
    if match.group("the") and _modifies_a_noun(match.string, end) and not is_place_name(written):
        return  # but a known place stays one: `at the Maine rally`
    found.append(Place(offset + start, offset + end, " ".join(w.group() for w in words).rstrip(".")))
