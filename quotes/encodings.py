"""Bytes to text: UTF-8 first, then the code page charset-normalizer detects; mojibake repaired,
HTML entities decoded.

Archives mix encodings: cp1251 Russian wire copy, latin-1 French, and UTF-8 text
that some earlier tool read as cp1252 and wrote out again ("dÃ©clarÃ©"), and
scraped copy whose quotation marks are still HTML entities (`&quot;`). Each is
turned into the text a reader would see, and the encoding is kept so the
documents table can say how a file was read.
"""

from __future__ import annotations

import codecs
import html
import re

#: Code pages preferred when several decode a file equally well (most common first).
PREFERRED_ENCODINGS = ("cp1252", "cp1251", "latin_1")
#: How much of a JSONL or CSV file is read to choose its encoding before it is streamed.
SNIFF_BYTES = 1 << 20

# Control characters that do not occur in text; a decoding full of them means the bytes were not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# What UTF-8 looks like when read as cp1252 or latin-1: a lead byte's letter (Â-ô) then a continuation's.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
#: How many such pairs make a text suspect rather than an unlucky name or two.
MOJIBAKE_PAIRS = 3


class DecodeError(Exception):
    """The bytes are not text in any encoding that fits."""


#: Byte-order marks of the wide encodings (UTF-32's first, since UTF-32 LE's begins like UTF-16 LE's).
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: The encodings `wide_encoding` names: their text is full of NUL bytes and their lines do not end in b"\n".
WIDE_ENCODINGS = ("utf-16", "utf-32")


def wide_encoding(data: bytes) -> str | None:
    """"utf-16" or "utf-32" when the bytes open with that encoding's byte-order mark, else None.

    Windows programs save "Unicode" text as UTF-16 with a mark; the mark is what tells
    it, as nothing else reliably does (the bytes are full of NULs, like a binary file's).
    """
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return encoding
    return None


#: Bytes per NUL byte below which bytes are binary. Text of the narrow encodings holds no NUL, yet a
#: database export may leave a stray one in a field of UTF-8 text.
NUL_SPACING = 1000


def looks_binary(data: bytes) -> bool:
    """NUL bytes, unless they are stray ones in UTF-8 text (one in a thousand bytes at most, and the rest
    UTF-8, a character cut at the end allowed): binary data holds them more often, and is not UTF-8."""
    nuls = data.count(b"\x00")
    if not nuls:
        return False
    if nuls * NUL_SPACING > len(data):
        return True
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return True
    return False


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-16 or UTF-32 when a byte-order mark says so, else UTF-8 (without its
    BOM), else what charset-normalizer detects."""
    wide = wide_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            raise DecodeError(f"not a text file (a {wide.upper()} byte-order mark, then bytes that are not "
                              f"{wide.upper()})") from None
    if looks_binary(data):
        raise DecodeError("not a text file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        if b"\x00" in data:  # NULs forgiven in UTF-8 alone
            raise DecodeError("not a text file") from None
    text, encoding = detect(data)
    if encoding is None or not plausible(text):
        raise DecodeError("not a text file (no text encoding fits)")
    return text, encoding


def plausible(text: str) -> bool:
    """Few enough control characters to be text rather than bytes decoded by force."""
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 100)


def detect(data: bytes) -> tuple[str, str | None]:
    """charset-normalizer's choice, except that among equally good guesses the common code pages win.

    Short Western European texts decode without a flaw in several code pages (cp1250,
    cp1257, ...): only the letters differ, and cp1252 is by far the likeliest to be right.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return "", None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for preferred in PREFERRED_ENCODINGS:
        if any(preferred in m.could_be_from_charset for m in tied):
            return data.decode(preferred), preferred
    return str(best), best.encoding


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file to be decoded line by line, chosen from its first bytes.

    "utf-8" when they are UTF-8 (a character cut at the end of the sample is allowed);
    otherwise the code page detected from the lines that are not UTF-8, so that a few
    UTF-8 lines do not blur the detection; "utf-16" or "utf-32" after their byte-order mark.
    DecodeError when they are not text.
    """
    wide = wide_encoding(head)
    if wide is not None:
        return wide
    if looks_binary(head):
        raise DecodeError("not a text file")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    foreign = b"\n".join(line for line in head.split(b"\n") if not _is_utf8(line)) or head
    text, encoding = detect(foreign)
    if encoding is None or not plausible(text):
        raise DecodeError("not a text file (no text encoding fits)")
    return encoding


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """(text, note): UTF-8 that was read as cp1252 or latin-1 turned back into what was written.

    Only a text that re-encodes and decodes again without a single error is repaired
    (up to three times over, for text mangled twice); a text with the marks of
    mojibake that cannot be undone whole is kept as it is, with a note saying so.
    The note is None for text that shows no sign of mojibake.
    """
    if len(_MOJIBAKE.findall(text, 0, 1 << 20)) < MOJIBAKE_PAIRS:
        return text, None
    repaired, rounds = text, 0
    while rounds < 3 and len(_MOJIBAKE.findall(repaired, 0, 1 << 20)) >= MOJIBAKE_PAIRS:
        attempt = _undo(repaired)
        if attempt is None:
            break
        repaired, rounds = attempt, rounds + 1
    if rounds:
        return repaired, "mojibake (UTF-8 read as cp1252) repaired"
    return text, "looks like mojibake (UTF-8 read as cp1252) that cannot be undone as a whole; kept as it is"


def _undo(text: str) -> str | None:
    for code_page in ("cp1252", "latin_1"):
        try:
            return text.encode(code_page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


# Half of a UTF-16 pair standing alone: JSON may escape one (`"\\ud83d"`, an emoji cut in two by a scraper
# that counted UTF-16 units), and it can be neither encoded as UTF-8 nor written to Parquet.
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """(text, count): each lone surrogate replaced by U+FFFD, one character for one, so no offset moves."""
    return _SURROGATE.subn("\ufffd", text)


# A character reference or a named entity, as HTML writes them.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Entities that stand for a quotation mark or an apostrophe: one of them hides a quote from the detector.
_QUOTE_ENTITIES = frozenset({"&quot;", "&#34;", "&#39;", "&apos;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;",
                             "&bdquo;", "&laquo;", "&raquo;", "&#8216;", "&#8217;", "&#8220;", "&#8221;",
                             "&#8222;", "&#171;", "&#187;", "&#x27;", "&#x22;", "&#x201c;", "&#x201d;",
                             "&#x201C;", "&#x201D;", "&#x2019;"})
#: How many entities of any kind make a text scraped copy rather than a stray `R&D;`.
ENTITY_COUNT = 3


def decode_html_entities(text: str) -> tuple[str, str | None]:
    """(text, note): scraped copy whose marks are still HTML entities (`&quot;We won,&quot; she said`)
    turned into the characters a reader sees.

    Decoded when an entity stands for a quotation mark or an apostrophe, or when there are
    several entities of any kind; a text with one stray `&amp;` is left as it is. The note
    (None when nothing was decoded) says how many were, since offsets are into the decoded text.
    """
    if "&" not in text:
        return text, None
    found = _ENTITY.findall(text)
    if len(found) < ENTITY_COUNT and not _QUOTE_ENTITIES.intersection(found):
        return text, None
    decoded = _ENTITY.sub(lambda match: html.unescape(match.group()), text)
    count = sum(1 for entity in found if html.unescape(entity) != entity)  # `&Co;` is no entity
    if not count:
        return text, None
    return decoded, f"{count:,} HTML entities (&quot; and the like) decoded"
