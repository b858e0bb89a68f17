"""Which characters are quotation marks, and of which family: one *view* of the text per family.

Quotation marks come in two families. Double marks (`" “ ” „ « »`, and the corner
brackets `「 」`) open most quotes; single marks (`' ‘ ’ ‚ ‹ ›`, `『 』`) open quotes
inside them, or open every quote in British and headline style. The pairing step
in `marks.py` knows the double marks only, so each family is shown to it through
a view: a copy of the text, offset for offset, in which that family's marks are
written as the double marks they behave like and every other mark is blanked.

Single marks are also apostrophes (`don't`, `the players' union`, `'90s`,
`rock 'n' roll`), so a single mark becomes a quotation mark only where its place
in the word says so: an opening mark stands before a word, a closing mark after
one, and a mark inside a word or before a known elision is an apostrophe. Straight
marks also stand for primes: in a height or length in feet and inches (`6' 3"`,
`5'11"`) both marks are units, not quotation marks of either family.
"""

from __future__ import annotations

import re
from functools import cache

from quotes import lexicon
from quotes.text import DOUBLE_MARKS, OPENS_AFTER

#: Marks that only ever close a quote, after which a single mark may still close.
_CLOSING_PUNCT = ".,;:!?\u2026)]}\u2014\u2013-" + DOUBLE_MARKS
#: Double marks written differently by other scripts, as the double mark they behave like.
_DOUBLE_AS = {"\u300c": "\u00ab", "\u300d": "\u00bb"}  # 「 」
#: Single marks whose direction is fixed by their shape.
_FIXED_SINGLE = {"\u201a": "\u201e", "\u2039": "\u00ab", "\u203a": "\u00bb",  # ‚ ‹ ›
                 "\u300e": "\u00ab", "\u300f": "\u00bb"}  # 『 』
_AMBIGUOUS_SINGLE = "'\u2018\u2019"
SINGLE_MARKS = _AMBIGUOUS_SINGLE + "".join(_FIXED_SINGLE)
#: Every mark but a single mark inside a word (`don't`, `O'Neil`, between two letters or digits: `[^\W_]` is
#: `str.isalnum`), which is an apostrophe whatever is read (`_role`): most single marks are, and `views_and_marks`
#: writes them all at once. The check is made after the mark, so that the engine skips to the marks at C speed.
_ANY_MARK = re.compile("[" + re.escape(DOUBLE_MARKS + "".join(_DOUBLE_AS) + SINGLE_MARKS + "`") + "]"
                       "(?!(?<=[^\\W_][" + re.escape(_AMBIGUOUS_SINGLE) + "])[^\\W_])")
#: An apostrophe that stands for letters, written where it keeps word characters together.
_APOSTROPHE = "\u02bc"
#: Two single marks in a row are a typewriter double mark, read in the double view: two, not three, straight
#: marks (`'(?<!'')'(?!')|``|[\u2018\u2019]{2}`), written so that every alternative opens with its first mark,
#: which lets the engine skip to those marks instead of entering the pattern at every character.
TYPEWRITER = re.compile(r"'(?<!'')'(?!')|``|\u2018[\u2018\u2019]|\u2019[\u2018\u2019]")
_MARK_PAIRS = ("''", "``", "\u2018\u2018", "\u2018\u2019", "\u2019\u2018", "\u2019\u2019")


#: A measure in feet and inches written with straight or curly marks for primes: `6' 3"`, `5'11"`, `6’2”`.
#: Opening with the digits, so that the engine skips to digits at C speed.
_FEET_AND_INCHES = re.compile("(?<![\\w.])\\d{1,2}['\u2019\u2032] ?\\d{1,2}(?:\\.\\d)?[\"\u201d\u2033]")


def _primes(text: str) -> set[int]:
    """The offsets of the marks that write feet and inches (`6' 3"`): units after a number, never a quote's
    opening or closing mark, which a mark after a word may otherwise be."""
    found: set[int] = set()
    # The pattern opens with a look-behind, which the engine would enter at every character of the text: it is
    # tried only where one of its marks stands right after a digit, from the one or two digits before the mark.
    for mark in _FOOT_MARKS:
        at = text.find(mark)
        while at >= 0:
            if at > 0 and text[at - 1].isdigit() and at not in found:
                for start in (at - 2, at - 1) if at > 1 and text[at - 2].isdigit() else (at - 1,):
                    match = _FEET_AND_INCHES.match(text, start)
                    if match:
                        found.update(match.start() + k for k, char in enumerate(match.group())
                                     if not char.isdigit() and char not in " .")
                        break
            at = text.find(mark, at + 1)
    return found


#: The marks that write feet in `_FEET_AND_INCHES`.
_FOOT_MARKS = ("'", "\u2019", "\u2032")


def _may_hold_typewriter_marks(text: str) -> bool:
    """Two single marks in a row anywhere? Most articles have none, and this answers faster than the pattern."""
    return any(pair in text for pair in _MARK_PAIRS)


#: How many later single marks are read to decide whether `players'` closes a quote.
_LOOKAHEAD = 50


def double_view(text: str) -> str:
    """The text as the double-mark family sees it.

    A typewriter double mark (two apostrophes, two backticks) becomes one `"` with a
    space before it, so that offsets do not move.
    """
    return views_and_marks(text)[0][0]


@cache
def _elision_pattern() -> re.Pattern[str]:
    """Words that begin with an apostrophe standing for lost letters: 'em, 'til, '90s."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.elisions(), key=len, reverse=True))
    return re.compile(r"(?:" + words + r"|\d\ds?)\b", re.IGNORECASE)


def _role(text: str, pos: int) -> str | None:
    """`open`, `close`, `weak` (a plural possessive that may close) or None (an apostrophe)."""
    mark = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # inside a word: don't, O'Neil
    if mark != "\u2019" and before in OPENS_AFTER and (after.isalnum() or after in DOUBLE_MARKS + "(["):
        if _elision_pattern().match(text, pos + 1):
            return None
        return "open"
    if (before.isalnum() or before in _CLOSING_PUNCT) and (after.isspace() or after in _CLOSING_PUNCT):
        if re.search(r"(?:^|\s)['\u2018\u2019][nN]$", text[max(0, pos - 3):pos]):
            return None  # rock 'n' roll
        if before in "sS" and _word_follows(text, pos + 1, capital=True) or \
                text[pos - 2:pos] == "in" and _word_follows(text, pos + 1):
            # `the players' union`, `the Nurses' Union`, `not goin' anywhere`: an apostrophe, unless
            # nothing else closes.
            return "weak"
        return "close"
    return None


def _word_follows(text: str, pos: int, capital: bool = False) -> bool:
    """A word in lower case (or, with `capital`, in any case) or a number after `pos`: a plural
    possessive (`the players' union`, `the Workers' Party`) then its noun."""
    match = _NEXT_WORD.match(text, pos)
    return bool(match) and (match.group(1).islower() or match.group(1).isdigit() or
                            capital and match.group(1).isupper())


_NEXT_WORD = re.compile(r"\s+(\w)")


def _resolve_weak(roles: list[tuple[int, str]], text: str) -> dict[int, str]:
    """Decide each `weak` mark: it closes an open quote only when no clear closing mark follows, and the
    quote does not run on into the next paragraph (see `_runs_on`)."""
    decided: dict[int, str] = {}
    is_open, opened = False, 0
    for index, (pos, role) in enumerate(roles):
        if role == "weak":
            if not is_open:
                continue
            later = [r for _, r in roles[index + 1:index + 1 + _LOOKAHEAD]]
            upto_open = later[:later.index("open")] if "open" in later else later
            if "close" in upto_open:
                continue
            if not upto_open and "open" in later and _runs_on(text, opened, pos, roles[index + 1][0]):
                continue
            role = "close"
        decided[pos] = role
        is_open = role == "open"
        opened = pos if is_open else opened
    return decided


def _runs_on(text: str, opened: int, weak: int, reopened: int) -> bool:
    """`'... he said. 'The fans' frustration is mine.` / `'But the lads ...'`: a quote of whole sentences (opened
    at a sentence's start or after a colon) whose paragraph ends on a stop with no mark, before a paragraph
    that opens with a mark, runs on over the paragraph break as news writes quotes of several paragraphs: the
    plural possessive or dropped g in its last sentence is an apostrophe, not its end."""
    if text[reopened - 1:reopened] != "\n":
        return False
    end = text.find("\n", weak)
    if end < 0 or end >= reopened or text[weak + 1:end].rstrip()[-1:] not in (".", "?", "!", "\u2026"):
        return False
    if opened == 0 or text[opened - 1] == "\n":
        return True
    before = text[max(0, opened - 3):opened].rstrip()
    return before[-1:] in (".", "?", "!", ":")


def single_view(text: str) -> str:
    """The text as the single-mark family sees it: single marks as double ones, apostrophes as letters.

    Double marks are blanked, so that a single-mark quote inside a double-mark one
    pairs on its own; the nesting is worked out afterwards from the offsets.
    """
    return views_and_marks(text)[1][0]


def views_and_marks(text: str) -> tuple[tuple[str, list[int]], tuple[str, list[int]]]:
    """(`double_view(text)`, the offsets of its double marks), and the same for `single_view(text)`.

    Both views are made from one reading of the text's marks and typewriter marks: the double
    marks of each view are ones met or written on the way, so the pairing step need not scan the
    views for them.
    """
    typewriter = list(TYPEWRITER.finditer(text)) if _may_hold_typewriter_marks(text) else []
    # Each typewriter mark is two characters, written ' "' in the double view and blanked in the single one.
    double = _rewritten(text, {m.start() + k: ' "'[k] for m in typewriter for k in (0, 1)}) if typewriter else text
    if any(c in double for c in _DOUBLE_AS):
        double = double.translate(str.maketrans(_DOUBLE_AS))
    double_marks = [m.start() + 1 for m in typewriter]
    # In the single view every mark that may be an apostrophe is one, unless it is blanked or read as a
    # quotation mark below; those inside a word, which `_ANY_MARK` passes over, are written only here.
    apostrophes = text
    for mark in _AMBIGUOUS_SINGLE:
        if mark in apostrophes:
            apostrophes = apostrophes.replace(mark, _APOSTROPHE)
    written: dict[int, str] = {}  # the characters of the single view that differ from `apostrophes`
    blanked = {pos for m in typewriter for pos in range(m.start(), m.end())}
    primes = _primes(text)
    roles: list[tuple[int, str]] = []
    for match in _ANY_MARK.finditer(text):
        pos, char = match.start(), match.group()
        if pos in blanked:
            written[pos] = " "
        elif pos in primes:
            if char in DOUBLE_MARKS:
                written[pos] = " "  # blanked in the single view, as every double mark is
        elif char in DOUBLE_MARKS or char in _DOUBLE_AS:
            written[pos] = " "
            double_marks.append(pos)
        elif char in _FIXED_SINGLE:
            written[pos] = _FIXED_SINGLE[char]
        elif char in _AMBIGUOUS_SINGLE:
            role = _role(text, pos)
            if role is not None:
                roles.append((pos, role))
    inches = {pos: "\u2033" for pos in primes if text[pos] in DOUBLE_MARKS}
    if inches:
        double = _rewritten(double, inches)
    for pos, role in _resolve_weak(roles, text).items():
        written[pos] = "\u201c" if role == "open" else "\u201d"
    single = _rewritten(apostrophes, written), sorted(pos for pos, char in written.items() if char in DOUBLE_MARKS)
    return (double, sorted(double_marks)), single


def _rewritten(text: str, written: dict[int, str]) -> str:
    """The text with the characters at the given offsets replaced, one for one.

    A view changes a few dozen characters of a text of thousands: joining the stretches between
    them costs less than a list of every character."""
    pieces: list[str] = []
    at = 0
    for pos in sorted(written):
        pieces += [text[at:pos], written[pos]]
        at = pos + 1
    pieces.append(text[at:])
    return "".join(pieces)
