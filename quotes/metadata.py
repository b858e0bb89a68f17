"""Metadata written into the article text itself: title, date lines, datelines, sources.

Agency copy carries its metadata in its first and last lines: ` date 2020-11-21 ...`,
`21 november 2020, 19:30`, `MOSCOW, November 15. /TASS/.`, `YEREVAN (UrduPoint
News / Sputnik - 21st November, 2020)`, `Source: ...`. This runs on every article
of large collections, so only the head (first `HEAD` characters) and the last few
lines are read, and `dateparser` (slow to import and to run) only sees the short
strings that cheap patterns have already picked out.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from quotes import lexicon
from quotes.gazetteer import is_place_name
from quotes.text import LATIN_CAPITALS, LATIN_SMALL

#: How much of the start of a text can hold metadata.
HEAD = 1500
#: How many non-empty closing lines can hold a `Source:` line.
TAIL_LINES = 4
#: How many non-empty opening lines can hold a date line (after title and byline).
DATE_LINES = 6
#: Headlines are shorter than this.
TITLE_MAX = 300

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,?"
# "21 November 2020", "21st November, 2020", "November 21, 2020", "21.11.2020".
_DATE = (r"(?:" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"|" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR
         + r"|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)")
_DATE_RE = re.compile(r"\b" + _DATE + r"(?![\w.]\d)", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+(?:" + _DAY + r",?\s+)?(" + _YEAR + r")\b", re.IGNORECASE)
# What may follow the date on a date line: a time, AM/PM, a time zone.
_AFTER_DATE = re.compile(r"[\s,|/-]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?)?\s*"
                         r"(?:\(?[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?(?:\s+[A-Z]{2,5})?\)?)?\s*")
# Words that make a line a headline rather than a date, a time or a widget's leftovers.
_WORD = re.compile(r"[^\W\d_]{2,}")
_CALENDAR_WORD = re.compile(r"(?:" + _MONTH + r"|" + _WEEKDAY + r"|(?i:utc|gmt|msk|am|pm|px))", re.IGNORECASE)
_ISO_LINE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# The date, weekday and agency tag that can come between an ISO date and the headline.
_LINE_PREAMBLE = re.compile(
    r"(?:(?:" + _WEEKDAY + r"\s*)?" + _DATE + r")?\s*(?:\([^()\n]{1,40}\))?\s*[_|:–—-]?\s*", re.IGNORECASE)
_SITE_NAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?", re.IGNORECASE)

# The capitals and letters of a dateline's city, of the whole Latin script (`İSTANBUL`, `ŞUŞA`, `Türkiye`).
_UP = "[" + LATIN_CAPITALS + "]"
_WORD_CHARS = "[" + LATIN_CAPITALS + LATIN_SMALL + ".'-]*"
_CAPS_CHARS = "[" + LATIN_CAPITALS + ".'-]*"
_CAPS_INSIDE = "[" + LATIN_CAPITALS + "'-]*"
_CAPS_WORD = _UP + "[" + LATIN_CAPITALS + "'-]+"
# A dateline's day: `November 15`, or day first as many agencies write it, `6 March`, `9th October`.
_MONTH_DAY = r"(?:" + _MONTH + r"\s+" + _DAY + r"|" + _DAY + r"\s+" + _MONTH + r")"
# A dateline's date: a day and its month with the year or not, or all in figures, day first, as agencies of
# the former Soviet states write it (`TBILISI, 11.06.2026.`, `DUSHANBE, 27.01.2026 (Khovar)`).
_DATELINE_DATE = (r"(?:" + _MONTH_DAY + r"(?:,?\s+" + _YEAR + r")?|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\."
                  + _YEAR + r")")
_CITY = r"(?P<city>" + _UP + _WORD_CHARS + r"(?:[ -]" + _UP + _WORD_CHARS + r"){0,3})"
# MOSCOW, November 15. /TASS/.  BISHKEK, 12 April. /Kabar/.
_DATELINE_SLASH = re.compile(
    _CITY + r",\s+(?P<date>" + _DATELINE_DATE + r")\.?"
    r"\s*/(?P<source>[^/\n]{2,40})/\.?")
# TBILISI /Wire Today/ –  (a city in capitals and the agency between slashes, with no date)
_DATELINE_SLASH_NO_DATE = re.compile(
    r"(?P<city>" + _CAPS_WORD + r"(?:[ -]" + _CAPS_WORD + r"){0,2})[ \t]+/(?P<source>[^/\n]{2,40})/"
    r"[ \t]*(?:--|[-–—:.])?[ \t]*")
# BAKU, Azerbaijan, Nov. 3 (Trend) -  MINSK, 6 March (BelTA) -  ABU DHABI, 9th October, 2024 (WAM) --
# ASTANA. Aug 15 (Interfax) - : a full stop after a city in capitals, as some agencies write it.
_DATELINE_COMMA_PAREN = re.compile(
    _CITY + r"(?:,|(?<=" + _UP + r"{2})\.)\s+(?:(?P<country>" + _UP + "[" + LATIN_CAPITALS + LATIN_SMALL
    + r". ]{2,30}),\s+)?(?P<date>" + _DATELINE_DATE + r")\s*\((?P<source>[^()\n]{2,40})\)\s*(?:(?:--|[-–—:])\s*)?")
# TBILISI, MARCH 4, AGENCYNAME.  Baku, Dec. 9, Wirenews.  (the agency in capitals, or one word in title case
# before a full stop)
_DATELINE_CAPS = re.compile(
    _CITY + r",\s+(?P<date>" + _DATELINE_DATE + r"),\s+(?P<source>[A-Z](?:[A-Z-]{2,30}|[a-z]{2,30}(?=\.\s)))"
    r"(?:\.|\s*[-–—:]|\s*$)\s*")
# ASTANA. KAZINFORM –
_DATELINE_DOT = re.compile(r"(?P<city>" + _CAPS_WORD + r"(?: " + _CAPS_WORD + r"){0,2})\.\s+"
                           r"(?P<source>[A-Z][A-Z-]{2,30})\s*[-–—:]\s*")
# YEREVAN (UrduPoint News / Sputnik - 21st November, 2020), WASHINGTON (AP) —, DES MOINES, Iowa (AP) —,
# Kyiv (AFP) -
_DATELINE_PAREN = re.compile(
    _CITY + r"(?:,\s+(?P<region>" + _UP + _WORD_CHARS + r"(?:\s" + _UP + _WORD_CHARS + r"){0,2}))?"
    r"\s+\((?P<inside>[^()\n]{2,80})\)"
    r"\s*(?P<dash>[-–—:]\s*)?")
# LONDON, March 3 — ; BAKU, March 3, 2025. ; TBILISI, 11.06.2026. (no agency named)
_DATELINE_BARE = re.compile(
    r"(?P<city>" + _UP + _CAPS_CHARS + r"(?:[ -]" + _UP + _CAPS_CHARS + r"){0,3}),\s+(?P<date>" + _DATELINE_DATE
    + r")\s*(?:[.:–—]|\s-)\s*")
# Baku. 14 November. REPORT.AZ/  (full stops after the city and the date, the agency in capitals and a slash)
_DATELINE_DOTS_SLASH = re.compile(
    r"(?P<city>" + _UP + "[" + LATIN_CAPITALS + LATIN_SMALL + r"'-]+(?: " + _UP + "[" + LATIN_CAPITALS + LATIN_SMALL
    + r"'-]+){0,2})\.\s+(?P<date>"
    + _DATELINE_DATE + r")\.\s+(?P<source>" + _UP + "[" + LATIN_CAPITALS + r".-]{1,30})/\s*")
# BAKU, March 11. Trend:  BAKU, Azerbaijan, Nov. 3. Trend:  (the agency after the date, with a colon)
_DATELINE_AGENCY_COLON = re.compile(
    r"(?P<city>" + _UP + _CAPS_CHARS + r"(?:[ -]" + _UP + _CAPS_CHARS + r"){0,3}),\s+(?:(?P<country>" + _UP + "["
    + LATIN_SMALL + r"]+),\s+)?(?P<date>" + _DATELINE_DATE + r")\.\s+(?P<source>[A-Z][\w.-]{1,30}):[ \t]+")
# PORT SELIM - The minister ...: a city in capitals and a dash before the first sentence, with neither date
# nor agency; North American papers put the province or state after the city, short or whole (`RED DEER, Alta. —`,
# `ST. JOHN'S, N.L. —`, `DES MOINES, Iowa —`), and open the lead on any capital word, the article `A` too
# (`TORONTO — A man ...`).
_DATELINE_DASH = re.compile(r"(?P<city>(?:STE?\. )?" + _CAPS_WORD + _UP + r"(?: (?:STE?\.|" + _UP + _CAPS_INSIDE + _UP
                            + r")){0,2})"
                            r"(?:,[ \t]+(?P<region>" + _UP + r"[" + LATIN_SMALL + r".]*(?:[ .]?" + _UP + r"["
                            + LATIN_SMALL + r".]*){0,3}))?"
                            r"[ \t]+(?:--|[-–—])[ \t]+(?=" + _UP + r"[" + LATIN_SMALL + r"]|A |[\"\u201c]" + _UP + r")")
# June 11, 2024, Tashkent.  March 5, 2024, The Kremlin, Moscow.  (a head of state's website: the date first, then
# the place, with a region after it; a full date, so that a sentence opening on a day is not taken for one; the
# line may end there, as a transcript's heading line does)
_DATELINE_DATE_FIRST = re.compile(
    r"(?P<date>" + _MONTH_DAY + r",?\s+" + _YEAR + r"),\s+(?P<city>" + _UP + _WORD_CHARS + r"(?:[ -]" + _UP
    + _WORD_CHARS + r"){0,2})(?:,\s+(?P<region>" + _UP + _WORD_CHARS + r"(?:\s" + _UP + _WORD_CHARS
    + r"){0,2}))?(?:\.\s+(?=" + _UP + r")|[ \t]*$)")
# Vestby, Ostland – 9 April 2026 – ...  Moscow, the Kremlin, October 8, 2026  Vestby, 12.08.2026, 15:40 | Wire.no
# Vestby, 9 April 2026. The minister ...
# (the place first, in title case, with its country or building after it, then a full date set off by commas or
# dashes, maybe the time, and the line ends, or the agency follows a bar, or a dash or a full stop ends it before
# the first sentence; the year is needed, so that a sentence opening on a town and a day is not taken for one)
_DATELINE_PLACE_FIRST = re.compile(
    _CITY + r"(?:,\s+(?P<region>(?:[Tt]he\s+)?" + _UP + _WORD_CHARS + r"(?:\s" + _UP + _WORD_CHARS + r"){0,2}))?"
    r"(?:,|\s+[–—-])\s+(?P<date>(?:" + _MONTH_DAY + r",?\s+" + _YEAR
    + r"|(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\." + _YEAR + r"))(?:,\s+\d{1,2}:\d{2})?"
    r"(?:[ \t]*\|[ \t]*(?P<source>[^|\n]{2,40}?)[ \t]*$|[ \t]*$|\s+[–—-]\s+(?=" + _UP + r")|\.[ \t]+(?=" + _UP + r"))")
_SOURCE_LINE = re.compile(r"[ \t]*(?i:source):[ \t]*(?P<source>\S.{0,198}?)[ \t]*")


@dataclass
class TextMetadata:
    """What an article says about itself, with the offsets of the lines that said it."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    place: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int
    text: str


@cache
def _dateparser():
    """dateparser, imported on first use: importing it takes about a second."""
    import dateparser

    return dateparser


def _valid_iso(year: str, month: str, day: str) -> str | None:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(value: str, year: int | None = None) -> str | None:
    """An ISO date for a date string, or None; a string without a year takes `year`.

    The same few date strings recur across a news collection, hence the cache.
    """
    iso = _ISO.search(value)
    if iso:
        return _valid_iso(*iso.groups())
    if year is not None and not re.search(_YEAR, value):
        value = f"{value.strip().rstrip('.,')} {year}"
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        found = _dateparser().parse(value, languages=["en"], settings=settings)
    except Exception:  # dateparser raises many kinds of error on odd strings
        return None
    return found.date().isoformat() if found else None


def iso_date(value: str | None) -> str | None:
    """An explicit date field as yyyy-mm-dd where it parses, else unchanged (but stripped)."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    return parse_date(value) or value


#: A date field that names a month and a year but no day: `March 2024`, `Mar. 2024`, `2024-03`.
_MONTH_ONLY = re.compile(r"\s*(?:" + _MONTH + r",?\s+" + _YEAR + r"|" + _YEAR + r"[-/](?:1[0-2]|0?[1-9]))\s*")


def unread_date(value: str) -> str:
    """Why a date field gives no day, in words for a warning: the date tables hold days, so a month
    alone, an impossible day (`2024-02-30`) and anything else are all left out, but not without a word."""
    if _MONTH_ONLY.fullmatch(value):
        return "names a month, not a day"
    if _ISO.search(value):
        return "is no day of the calendar"
    return "cannot be read as a date"


def as_date(value: str | None) -> _dt.date | None:
    """A yyyy-mm-dd date as a date, or None for a missing or malformed one (`iso_date` leaves a date it
    cannot read as written): a bad date must not stop a day's reading nor an export."""
    try:
        return _dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


_LINE = re.compile(r"[^\n]+")


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The non-empty lines that begin in text[start:end] (the last one cut at `end`), with their offsets."""
    if start > 0:
        start = text.find("\n", start - 1) + 1 or end
    return [_Line(m.start(), m.end(), m.group()) for m in _LINE.finditer(text, start, end)
            if m.group().strip()]


def _title_case(city: str) -> str:
    """MOSCOW -> Moscow, NUR-SULTAN -> Nur-Sultan, ST. PETERSBURG -> St. Petersburg, İZMİR -> İzmir (the
    dotted capital I of Turkish and Azerbaijani is the capital of plain i, not of i with a dot above)."""
    titled = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in city.split())
    return titled.replace("i\u0307", "i")


def _stripped(line: _Line) -> tuple[int, str]:
    """(offset, text) of a line without its leading blanks and trailing carriage return."""
    body = line.text.lstrip()
    return line.start + len(line.text) - len(body), body.rstrip("\r")


def _date_line(line: str) -> str | None:
    """The date of a line that holds nothing but a byline, a date and a time."""
    if len(line) > 120 or line.rstrip().endswith("."):
        return None
    for match in _DATE_RE.finditer(line):
        before = line[:match.start()].rstrip()
        if before.endswith((".", ";")) or len(before.split()) > 8:
            continue
        # `March 3, 2022, The Kremlin, Moscow`: a date that opens a short line may be followed by a place.
        opens_short_line = not before and len(line) <= 80
        if opens_short_line or _AFTER_DATE.fullmatch(line, match.end()):
            return parse_date(match.group())
    return None


def _looks_like_title(line: str) -> bool:
    """A headline: one short line, not a sentence that ends with a period, not a quote or dateline."""
    line = line.strip()
    if not line or len(line) > TITLE_MAX:
        return False
    if sum(1 for word in _WORD.findall(line) if not _CALENDAR_WORD.fullmatch(word)) < 2:
        return False
    if line.endswith((".", ",", ";", ":", ".\"", ".”", ".'")) or line[0] in "-–—•":
        return False
    return _dateline_match(line) is None and _date_line(line) is None


def _dateline_match(line: str) -> tuple[re.Match, str] | None:
    """The dateline at the start of a paragraph, with its form."""
    for form, pattern in (("slash", _DATELINE_SLASH), ("slash_no_date", _DATELINE_SLASH_NO_DATE),
                          ("dots_slash", _DATELINE_DOTS_SLASH),
                          ("comma", _DATELINE_COMMA_PAREN),
                          ("caps", _DATELINE_CAPS), ("paren", _DATELINE_PAREN), ("dot", _DATELINE_DOT),
                          ("agency_colon", _DATELINE_AGENCY_COLON), ("bare", _DATELINE_BARE), ("dash", _DATELINE_DASH),
                          ("date_first", _DATELINE_DATE_FIRST), ("place_first", _DATELINE_PLACE_FIRST)):
        match = pattern.match(line)
        if match and _plausible_dateline(match, form):
            return match, form
    return None


def _plausible_dateline(match: re.Match, form: str) -> bool:
    """Capitals alone do not make a dateline: `NATO (North Atlantic ...)` opens a sentence."""
    if form == "caps":
        source = match.group("source")
        return source.isupper() or not _CALENDAR_WORD.fullmatch(source)  # `Vestby, June 11, Monday.` names a day
    if form == "slash_no_date":
        return match.group("source")[:1].isupper()  # an agency's name, not a writer's `/sic/`
    if form == "date_first":
        return not _CALENDAR_WORD.fullmatch(match.group("city"))  # `June 11, 2024, Monday.` names a day
    if form == "dash":
        # `UPDATE - Fire ...`, `EXCLUSIVE - ...`: a label of the headline's, not a city.
        label = match.group("city").lower()
        labels = lexicon.headline_tags() | lexicon.link_labels()  # and `WATCH - ...`, a link's label
        return label not in labels and label.split()[0] not in labels
    if form == "paren":
        inside = match.group("inside")
        if not match.group("city").isupper():
            # `Kyiv (AFP) -`: a city in title case only before an agency in capitals and a dash; not a colon,
            # which ends a transcript's label (`Question (TASS): ...`).
            dash = match.group("dash") or ""
            return dash[:1] not in ("", ":") and inside.isalpha() and inside.isupper() and 2 <= len(inside) <= 8 and \
                match.group("region") is None and " " not in match.group("city")
        return bool(match.group("dash") or _DATE_RE.search(inside))
    return True


def _header_year(meta: TextMetadata, head: str) -> int | None:
    """The year a year-less dateline belongs to: from a date already found or a dated phrase."""
    if meta.date:
        return int(meta.date[:4])
    match = _MONTH_YEAR.search(head)
    return int(match.group(1)) if match else None


def _apply_dateline(meta: TextMetadata, match: re.Match, form: str, offset: int, head: str) -> None:
    city = _title_case(match.group("city"))
    if form == "date_first" and match.group("region"):
        city = match.group("region")  # `The Kremlin, Moscow`: the place the building stands in
    # With no agency beside it, the word in capitals may be the agency itself (`TSAMTO, May 30.`):
    # it is taken for the place only when it names a known one, a country, a region or a capital city.
    if form != "bare" or is_place_name(city) or city in lexicon.capital_cities():
        meta.place = meta.place or city
    if form == "paren":
        inside = match.group("inside")
        source, _, when = inside.rpartition(" - ")
        when_date = _DATE_RE.search(when) if source else None
        meta.source = meta.source or (source if when_date else inside).strip() or None
        if when_date and not meta.date:
            meta.date = parse_date(when_date.group())
    else:
        if form not in ("bare", "dash", "date_first") and match.group("source"):
            meta.source = meta.source or match.group("source").strip(" .") or None
        if not meta.date and form not in ("dot", "dash", "slash_no_date"):
            year = _header_year(meta, head)
            if year is not None or re.search(_YEAR, match.group("date")):
                meta.date = parse_date(match.group("date"), year)
    meta.spans.append((offset, offset + len(match.group().rstrip())))


def _iso_line(meta: TextMetadata, lines: list[_Line], iso: re.Match, head: str) -> int | None:
    """Read a ` date yyyy-mm-dd ...` first line; the index of the title line when it is the next one.

    A headline is not a metadata span: headlines quote people (`X: "..."`, `... - PM`),
    and their speech must stay visible to quote detection.
    """
    offset, body = _stripped(lines[0])
    meta.date = _valid_iso(*iso.group(1).split("-"))
    title, title_at = _title_after_date(body, iso.end())
    rest = body[title_at:].rstrip()
    short_rest = not title and len(rest) <= 40
    span_end = title_at + len(rest) if short_rest else title_at
    meta.spans.append((offset, offset + len(body[:span_end].rstrip())))
    if title:
        meta.title = title
        return None
    found = _dateline_match(rest)
    if found:
        _apply_dateline(meta, *found, offset + title_at, head)
    elif short_rest and len(lines) > 1 and _looks_like_title(lines[1].text):
        meta.title = lines[1].text.strip()
        return 1
    return None


def _plain_title(meta: TextMetadata, lines: list[_Line]) -> int | None:
    """The index of the title: the first line, or the second when the first is a date or a byline."""
    for index, line in enumerate(lines[:2]):
        if index + 1 < len(lines) and _looks_like_title(line.text):
            meta.title = line.text.strip()
            return index
        if _date_line(line.text) is None and len(line.text.split()) > 3:
            break
    return None


def title_start(line: str) -> int:
    """Where the headline begins on a line that opens with ` date yyyy-mm-dd` and its preamble (weekday,
    date, agency, ` _ `); 0 on any other line, which begins with its own words."""
    iso = _ISO_LINE.match(line)
    return _title_after_date(line, iso.end())[1] if iso else 0


def _title_after_date(line: str, at: int) -> tuple[str | None, int]:
    """The headline that follows the ISO date on a ` date` line, and where it starts."""
    separator = line.find(" _ ", at)
    if separator >= 0:
        at = separator + 3
    else:
        at = _LINE_PREAMBLE.match(line, at).end()
    at += len(line[at:]) - len(line[at:].lstrip())
    title = line[at:].strip()
    if not title or _SITE_NAME.fullmatch(title) or len(title) > TITLE_MAX:
        return None, at
    if separator < 0 and not _looks_like_title(title):
        return None, at
    return title, at


def _read_head(meta: TextMetadata, text: str) -> None:
    head = text[:HEAD]
    lines = _lines(text, 0, HEAD)
    if not lines:
        return
    iso = _ISO_LINE.match(_stripped(lines[0])[1])
    title_index = _iso_line(meta, lines, iso, head) if iso else _plain_title(meta, lines)
    dateline_found = meta.place is not None
    for index in range(1 if iso else 0, len(lines)):
        if index == title_index:
            continue
        offset, body = _stripped(lines[index])
        if not dateline_found:
            found = _dateline_match(body)
            if found:
                _apply_dateline(meta, *found, offset, head)
                dateline_found = True
                continue
        date = _date_line(body) if index < DATE_LINES else None
        if date:
            meta.date = meta.date or date
            meta.spans.append((offset, offset + len(body.rstrip())))
        elif index < DATE_LINES and _is_byline(body):
            meta.spans.append((offset, offset + len(body.rstrip())))


#: The longest byline read as one (characters): names, and perhaps the writer's title or outlet.
BYLINE_MAX = 100
#: Words a byline may hold in lower case between its names: `By Ana Ruiz and Tom Lee`, `By Jan de Vries`.
_BYLINE_SMALL_WORDS = frozenset("and of the de van von der den da di du la le".split())


def _is_byline(line: str) -> bool:
    """`By Ana Ruiz`, `By Ana Ruiz and Tom Lee, The Harbour Post`, `BY ANA RUIZ`: a line of the article's head
    that names its writers, in title case after `By`. The writer reports the story and is nobody's antecedent
    in it, as the agency of a dateline is not; `By Tuesday, the council had ...` goes on in lower case."""
    line = line.strip()
    if not line.startswith(("By ", "BY ")) or len(line) > BYLINE_MAX:
        return False
    names = line[3:].replace(",", " ").replace("&", " ").split()
    return bool(names) and all(word[:1].isupper() or word in _BYLINE_SMALL_WORDS for word in names)


def _read_tail(meta: TextMetadata, text: str) -> None:
    start = max(0, len(text) - 1000)
    for line in _lines(text, start, len(text))[-TAIL_LINES:]:
        offset, body = _stripped(line)
        match = _SOURCE_LINE.fullmatch(body)
        if match:
            meta.source = meta.source or match.group("source")
            meta.spans.append((offset, offset + len(body.rstrip())))


def parse_text_metadata(text: str) -> TextMetadata:
    """What the head and tail of an article say about it. Never raises on odd text."""
    meta = TextMetadata()
    if not isinstance(text, str) or not text.strip():
        return meta
    _read_head(meta, text)
    _read_tail(meta, text)
    meta.spans = sorted(set(meta.spans))
    return meta
