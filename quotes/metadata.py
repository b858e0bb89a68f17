"""Metadata written into the article text itself: title, date lines, datelines, sources.

Agency copy carries its metadata in its first and last lines: ` date 2020-11-21 ...`,
`21 november 2020, 19:30`, `MOSCOW, November 15. /TASS/.`, `YEREVAN (UrduPoint
News / Sputnik - 21st November, 2020)`, `Source: ...`. Only the head (first
lines) and the tail of a text are read, and dates are parsed with `dateparser`
only on strings that cheap patterns have already picked out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

HEAD = 1500
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_TEXT = re.compile(
    r"\b(?:" + _DAY + r"\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+" + _DAY + r",?\s+\d{4})\b", re.IGNORECASE)
_ISO_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATELINE_AGENCY = re.compile(
    r"^(?P<city>[A-Z][A-Z .'-]{2,30}),\s+(?P<date>" + _MONTH + r"\s+" + _DAY + r")\.?\s*/(?P<source>[^/\n]{2,30})/\.?",
    re.IGNORECASE)
_DATELINE_PAREN = re.compile(r"^(?P<city>[A-Z][A-Z .'-]{2,30})\s+\((?P<inside>[^)\n]{3,80})\)")
_DATELINE_CAPS = re.compile(
    r"^(?P<city>[A-Z][A-Z .'-]{2,30}),\s+(?P<date>" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+\d{4})?)"
    r",?\s+(?P<source>[A-Z][A-Z-]{2,30})[.:\s-]", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(.{2,200}?)\s*$", re.MULTILINE)


@dataclass
class TextMetadata:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    place: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@cache
def _dateparser():
    import dateparser

    return dateparser


def parse_date(value: str, year: int | None = None) -> str | None:
    """An ISO date for a date string, or None; a missing year is taken from `year`."""
    iso = _ISO.search(value)
    if iso:
        return iso.group(0)
    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    if year is None:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    try:
        found = _dateparser().parse(value, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if found is None:
        return None
    if year is not None and not re.search(r"\d{4}", value):
        found = found.replace(year=year)
    return found.date().isoformat()


def iso_date(value: str | None) -> str | None:
    """Normalise an explicit date field to yyyy-mm-dd where it parses."""
    if not value:
        return None
    return parse_date(value) or value


def _lines(text: str, limit: int) -> list[tuple[int, int, str]]:
    out = []
    for match in re.finditer(r"[^\n]+", text[:limit]):
        if match.group().strip():
            out.append((match.start(), match.end(), match.group()))
    return out


def _title_case(city: str) -> str:
    return " ".join(w.capitalize() for w in city.split())


def _dateline(meta: TextMetadata, start: int, line: str) -> bool:
    stripped = line.lstrip()
    offset = start + len(line) - len(stripped)
    agency = _DATELINE_AGENCY.match(stripped) or _DATELINE_CAPS.match(stripped)
    if agency and agency.group("city").isupper():
        meta.place = meta.place or _title_case(agency.group("city"))
        meta.source = meta.source or agency.group("source").strip(" .")
        year = int(meta.date[:4]) if meta.date else None
        meta.date = meta.date or parse_date(agency.group("date"), year)
        meta.spans.append((offset, offset + agency.end()))
        return True
    paren = _DATELINE_PAREN.match(stripped)
    if paren and paren.group("city").isupper():
        meta.place = meta.place or _title_case(paren.group("city"))
        inside = paren.group("inside")
        source, _, when = inside.rpartition(" - ")
        meta.source = meta.source or (source or inside).strip()
        if when and _DATE_TEXT.search(when):
            meta.date = meta.date or parse_date(_DATE_TEXT.search(when).group(0))
        meta.spans.append((offset, offset + paren.end()))
        return True
    return False


def parse_text_metadata(text: str) -> TextMetadata:
    """What the head and tail of an article say about it. Never raises on odd text."""
    meta = TextMetadata()
    lines = _lines(text, HEAD)
    for index, (start, end, line) in enumerate(lines[:8]):
        iso = _ISO_LINE.match(line)
        if index == 0 and iso:
            meta.date = iso.group(1)
            rest = iso.group(2)
            rest = rest.split(" _ ", 1)[1] if " _ " in rest else rest
            if rest.strip() and not re.fullmatch(r"\S+\.(?:com|org|net|ru|az|am)\S*", rest.strip()):
                meta.title = rest.strip()
            meta.spans.append((start, end))
            continue
        if _dateline(meta, start, line):
            continue
        date = _DATE_TEXT.search(line)
        if date and len(line) < 120 and meta.date is None:
            meta.date = parse_date(date.group(0))
            if meta.date:
                meta.spans.append((start, end))
                continue
        if meta.title is None and len(line) < 300 and not line.rstrip().endswith(".") and index < 3:
            meta.title = line.strip()
    tail = text[-600:]
    for match in _SOURCE_LINE.finditer(tail):
        meta.source = meta.source or match.group(1)
        base = len(text) - len(tail)
        meta.spans.append((base + match.start(), base + match.end()))
    return meta
