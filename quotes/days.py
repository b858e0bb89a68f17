"""The day something was said, from the words around it: "on Sunday", "yesterday", "on 20 November".

News text names days relative to its publication date. A weekday is the most
recent such day on or before that date: in an article dated Saturday, "on
Saturday" is that very day and "on Friday" the day before, while "last Friday"
is the one before the publication day. `dateparser`, with the publication date
as its base and a preference for the past, reads the other forms: "yesterday",
"this morning", "last night" and dates without a year ("on November 20" in an
article of January is last year's). Weekdays are counted here rather than by
`dateparser`, which reads "Saturday" on a Saturday as a week before. A day after
the publication date cannot be when the words were said and is left out.
Without a publication date only a date that names its year gives a day, never
the clock's today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from quotes import lexicon
from quotes.metadata import as_date, parse_date
from quotes.trie import trie_pattern, word_start_pattern

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: The months as news writes them in capitals: whole, in three letters, and `Sept`.
MONTH_WORDS = frozenset(MONTHS) | frozenset(month[:3] for month in MONTHS) | {"Sept"}
#: Days and months by name: a time, never a speaker or a place.
CALENDAR_WORDS = frozenset(WEEKDAYS) | MONTH_WORDS

_MONTH = r"(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_PART_OF_DAY = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
# "on November 20", "on 20 November 2020", "On Sunday, Nov. 15,": a calendar date needs its "on",
# so that "the November 9 statement" names no day of speech.
_CALENDAR = re.compile(
    r"\b(?=[oO])(?i:on)[ \t]+(?:" + _WEEKDAY + r",?[ \t]+)?(?:the[ \t]+)?(?P<date>" + _DAY
    + r"[ \t]+(?:of[ \t]+)?" + _MONTH + r"|" + _MONTH + r"[ \t]+" + _DAY + r"\b)(?P<year>,?[ \t]+(?:19|20)\d{2}\b)?")
# "on Tuesday evening", "last Friday", "said Sunday": a weekday, with what comes before it.
# The lookahead lists the letters a match can open with, so the engine skips other words at once.
_WEEKDAY_WORDS = re.compile(r"\b(?=[oOlLtTnNpPcCMWFS])(?:(?P<lead>(?i:on|last|this|next|past|coming))[ \t]+)?"
                            r"(?P<day>" + _WEEKDAY + r")(?P<plural>s)?\b" + _PART_OF_DAY)

#: A time adjunct standing between a subject and its verb (`Mayor Lee on Wednesday said`, `Lee on
#: March 3 told`, `Lee earlier this month said`, `Vass in 1998 called`, `Lee in March 2019 told`): the subject
#: ends before it.
_ADJUNCT = (r"\s+(?:(?i:on)\s+(?:" + _WEEKDAY + r"|" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+" + _DAY
            + r")(?:,?\s+(?:19|20)\d{2})?" + _PART_OF_DAY + r"|(?:(?:earlier|later)\s+)?(?:this|that|last)\s+"
            r"(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter))")
_IN_YEAR_OR_MONTH = r"|\s+(?i:in)\s+(?:(?:19|20)\d{2}|" + _MONTH + r"(?:\s+(?:19|20)\d{2})?)"
ADJUNCT_END = re.compile(r"(?:" + _ADJUNCT + _IN_YEAR_OR_MONTH + r")$")
#: The same time adjunct read forward, after the subject it follows.
ADJUNCT_AHEAD = re.compile(_ADJUNCT)

#: A calendar date holds a day of the month, which begins with an ASCII digit.
_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Day:
    """Words naming a day, their offsets, and the ISO date they name."""

    start: int
    end: int
    iso: str


@cache
def _dateparser():
    """dateparser, imported on first use: importing it takes about a second."""
    import dateparser

    return dateparser


@cache
def _relative_pattern() -> re.Pattern[str]:
    words = {w.lower() for w in lexicon.relative_days()}
    return re.compile(r"\b" + trie_pattern(words).replace(r"\ ", r"[ \t]+") + r"\b", re.IGNORECASE)


@cache
def _relative_mark() -> re.Pattern[str]:
    """The longest word of each relative day ("yesterday", "afternoon"), anywhere, in any case:
    every match of `_relative_pattern` holds one, and a stretch with none need not be searched."""
    words = {max(w.lower().split(), key=len) for w in lexicon.relative_days()}
    return re.compile(trie_pattern(words), re.IGNORECASE)


@cache
def _day_before_pattern() -> re.Pattern[str]:
    """`On the eve,`, `the day before.`: an adjunct of `day_before_words.txt` that a comma or the end of its clause
    closes, with no complement (`of the summit`, `the vote`) to name the day it comes before."""
    words = {w.lower() for w in lexicon.day_before_words()}
    return re.compile(r"\b" + trie_pattern(words).replace(r"\ ", r"[ \t]+") + r"(?=[ \t]*[,.;])", re.IGNORECASE)


def _days_before(text: str, offset: int, base: dt.date) -> list[Day]:
    """The day before the publication date, for each complement-less `on the eve` or `the day before` in `text`."""
    iso = (base - dt.timedelta(days=1)).isoformat()
    return [Day(offset + m.start(), offset + m.end(), iso) for m in _day_before_pattern().finditer(text)]


def weekday_on_or_before(published: dt.date, weekday: int, strictly: bool = False) -> dt.date:
    """The most recent `weekday` (0 = Monday) on or before `published`, or before it when `strictly`."""
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


@lru_cache(maxsize=4096)
def parse_relative(words: str, published: str) -> str | None:
    """The ISO date of "yesterday", "this morning" or "November 20" in an article of `published`.

    The same few expressions and dates recur across a collection, hence the cache.
    """
    base = as_date(published)
    if base is None:
        return None
    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)), "PREFER_DATES_FROM": "past",
                "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month"]}
    try:
        found = _dateparser().parse(" ".join(words.split()), languages=["en"], settings=settings)
    except Exception:  # dateparser raises many kinds of error on odd strings
        return None
    return found.date().isoformat() if found else None


#: A calendar date a determiner puts before a noun (`the June 12 summit`, `the 3 March talks`): it names the day of
#: that noun, an event's (`occasion._dates_an_event`) or not (`the November 9 statement`), never a day of speech.
_ATTRIBUTIVE = re.compile(r"\b(?=[tT])(?i:the)[ \t]+(?P<date>" + _DAY + r"[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+"
                          + _DAY + r")(?P<year>,?[ \t]+(?:19|20)\d{2}\b,?)?(?=[ \t]+[\w-])")


def attributive_dates(text: str, offset: int = 0, published: str | None = None) -> list[Day]:
    """The calendar dates of `text` that stand before a noun after `the` (`the June 12 summit`), from the date."""
    if _DIGIT.search(text) is None:
        return []
    found = []
    for match in _ATTRIBUTIVE.finditer(text):
        iso = _calendar_day(match, published)
        if iso:
            found.append(Day(offset + match.start("date"), offset + match.end(), iso))
    return found


def _calendar_day(match: re.Match[str], published: str | None) -> str | None:
    if match.group("year"):
        return parse_date(match.group("date") + " " + match.group("year").strip(" ,\t"))
    return parse_relative(match.group("date"), published) if published else None


def _weekday(match: re.Match[str], published: dt.date | None) -> str | None:
    lead = (match.group("lead") or "").lower()
    if published is None or match.group("plural") or lead in {"next", "coming"}:
        return None  # "on Mondays" is a habit, "next Monday" is still to come
    weekday = WEEKDAYS.index(match.group("day"))
    return weekday_on_or_before(published, weekday, strictly=lead in {"last", "past"}).isoformat()


#: `will hold talks on Saturday`, `ahead of talks on Friday`, `is due to vote on Monday`, `the upcoming summit in
#: Vestby`: the clause before a weekday or a place puts it in the future.
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|ahead of|due to|plans? to|planned|scheduled|expected to|"
                     r"set to|going to|upcoming|forthcoming|next[ \t]+(?:week|month|year)(?:'s|\u2019s)?)\b"
                     r"|\w'll\b|\w\u2019ll\b", re.IGNORECASE)
#: The words of `_FUTURE` without its contracted `'ll`, opening with their first letters so that the engine
#: skips to where one can start (a tab in a phrase stands for `[ \t]+`).
_FUTURE_WORDS = re.compile(word_start_pattern(
    ["will", "shall", "is to", "are to", "ahead of", "due to", "plan to", "plans to", "planned", "scheduled",
     "expected to", "set to", "going to", "upcoming", "forthcoming",
     *(f"next\t{period}{possessive}" for period in ("week", "month", "year") for possessive in ("", "'s", "\u2019s"))],
    ignorecase=True, then=r"\b").replace("\\\t", "[ \\t]+"))
#: Where `_FUTURE` may match a contracted `'ll` (the apostrophe after a word character): only there is it searched.
_CONTRACTED_WILL = re.compile(r"['\u2019](?<=\w.)(?i:ll)\b")
#: Marks that end a clause: the clause before a day or place starts after the last of them.
_CLAUSE_MARKS = ".;:!?,\n"


def still_to_come(text: str, start: int, place: bool = False) -> bool:
    """Whether the clause before a weekday or a place speaks of what is still to come: then the weekday is
    not one counted back from the publication date (`Lee will hold talks in Ankara on Saturday`), and the
    place not where anything was said (`discussed the upcoming summit in Vestby`).

    `ahead of` puts a day in the future, but not a place: who speaks `ahead of a rally in Vestby` is
    most often there already."""
    window = text[max(0, start - 80):start]
    cut = max(map(window.rfind, _CLAUSE_MARKS)) + 1  # the clause starts after the last mark that ends one
    # Without a contracted `'ll` the words alone match as `_FUTURE` does, and are found several times faster.
    future = _FUTURE if _CONTRACTED_WILL.search(window, cut) else _FUTURE_WORDS
    return any(not (place and found.group().lower().startswith("ahead"))
               for found in future.finditer(window, cut))


#: A future right after a noun phrase (`... Forum will bring together`, `the talks are to resume`).
_FUTURE_AFTER = re.compile(r"[ \t]+(?:will|shall|is to|are to|is due to|are due to|is scheduled to|are scheduled to|"
                           r"is set to|are set to)\b")
#: A preposition, which puts the word after it out of the clause's subject (`the decisions of the summit will`).
_PREPOSITION = re.compile(r"\b(?:at|in|on|during|from|of|after|before|by|with|to|for|about)\b", re.IGNORECASE)


def subject_of_a_future(text: str, start: int, end: int) -> bool:
    """`The Vestby Harbour Forum will bring together 300 shipowners, the mayor told reporters`: an event word
    that closes the subject of a verb in the future (no preposition between the clause's start and it) tells
    an event still to come, not one where anything was said."""
    if _FUTURE_AFTER.match(text, end) is None:
        return False  # most event words are followed by no future
    window = text[max(0, start - 80):start]
    cut = max(map(window.rfind, _CLAUSE_MARKS)) + 1
    return _PREPOSITION.search(window, cut) is None


def find_days(text: str, offset: int = 0, published: str | None = None) -> list[Day]:
    """Every expression in `text` naming a day up to `published`, in reading order.

    `offset` is where `text` starts in its document, so that the days carry document offsets.
    Most stretches asked about are a few words that name no day; what each kind of expression
    cannot do without is looked for first, and a kind whose mark is missing is not searched.
    """
    may_name_date = _DIGIT.search(text) is not None
    may_name_weekday = "day" in text
    may_name_relative = bool(published) and _relative_mark().search(text) is not None
    may_name_day_before = bool(published) and ("eve" in text or "day before" in text)
    if not (may_name_date or may_name_weekday or may_name_relative or may_name_day_before):
        return []
    base = as_date(published)
    found: list[Day] = _days_before(text, offset, base) if may_name_day_before and base is not None else []
    taken: list[tuple[int, int]] = []
    for match in _CALENDAR.finditer(text) if may_name_date else ():
        iso = _calendar_day(match, published)
        taken.append(match.span())
        if iso:
            found.append(Day(offset + match.start(), offset + match.end(), iso))
    for match in _WEEKDAY_WORDS.finditer(text) if may_name_weekday else ():
        if any(s <= match.start() < e for s, e in taken) or still_to_come(text, match.start()):
            continue
        iso = _weekday(match, base)
        if iso:
            found.append(Day(offset + match.start(), offset + match.end(), iso))
    if may_name_relative:
        for match in _relative_pattern().finditer(text):
            iso = parse_relative(match.group(), published)
            if iso:
                found.append(Day(offset + match.start(), offset + match.end(), iso))
    if base is not None:
        found = [day for day in found if day.iso <= base.isoformat()]
    return sorted(found, key=lambda day: day.start)
