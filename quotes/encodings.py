"""Bytes to text: UTF-8 first, then the code page charset-normalizer detects; mojibake repaired.

Archives mix encodings: cp1251 Russian wire copy, latin-1 French, and UTF-8 text
that some earlier tool read as cp1252 and wrote out again ("dÃ©clarÃ©"). Each is
turned into the text a reader would see, and the encoding is kept so the
documents table can say how a file was read.
"""

from __future__ import annotations

import codecs
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


def looks_binary(data: bytes) -> bool:
    """NUL bytes never occur in text files of the encodings read here (UTF-16 is not one of them)."""
    return b"\x00" in data


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (without its BOM) first, then what charset-normalizer detects."""
    if looks_binary(data):
        raise DecodeError("not a text file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
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
    UTF-8 lines do not blur the detection. DecodeError when they are not text.
    """
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
