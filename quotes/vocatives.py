"""Forms of address in quoted speech: the vocatives by which a speaker turns to someone.

A vocative stands apart from the syntax of its sentence: at the start of a sentence
("Dear Anton Pavlovich, ...", "Mr. Chairman, ...", "Ladies and gentlemen!"), or set
off by commas inside or at the end of one ("Thank you, Mr. Vasin."). Its words are
an optional opener (`dear`, `esteemed`), then an honorific with a name or an office
(`Mr. Vasin`, `Madam Speaker`), an address by rank alone (`Your Excellency`), a
group (`colleagues`, `dear members of the board`), or a name. A bare name counts
only when it is a first name with a patronymic (`Anton Pavlovich`), the formal
Russian address; any other capitalised words could as well be the subject.

Words set off by commas after a noun are its apposition, not an address: in "the
mayor of Lindow, Mr. Vasin, said" nobody is spoken to. A name followed by a relative
clause ("Mr. Vasin, who ...") is being talked about. Lists of the forms are in `quotes/data/address_forms.csv` and
`quotes/data/patronymics.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from quotes import lexicon
from quotes.trie import trie_pattern

#: Kinds of address: a person's name, an office (`Mr. President`), a rank alone, an audience.
KINDS = ("name", "office", "title", "group")

_CAP_WORD = r"[A-Z][\w'\u2019]*(?:-[A-Z]?[\w'\u2019]+)*"
_CLOSE = r"(?=[ \t]*(?:[,!.?\n]|$))"
_OPENING = r"[\s\-\u2013\u2014\"'\u201c\u00ab]*"  # what may stand before a sentence's first word
#: Where an address may begin: the text's start (what may open a sentence read past), and after each
#: break: a stop (with its closing marks and space) or a line break, which start a sentence, or a comma
#: and its spaces (group `comma`). The text's start is matched apart, so that the breaks can be one
#: pattern opening with a character class, which the engine skips to at C speed: one pass finds both
#: kinds, in order and each once (no break's match holds another's first character).
_TEXT_START = re.compile(_OPENING)
_BREAK = re.compile(r"[,.!?\u2026\n](?:(?<=,)(?P<comma>[ \t]+)|(?<=\n)" + _OPENING
                    + r"|(?<![,\n])[\"'\u201d\u2019\u00bb)]*\s+" + _OPENING + ")")
_WORD_BEFORE = re.compile(r"([\w'\u2019-]+)[\"'\u201d\u2019]?$")
#: How far back the word before a comma is looked for: the search stays local in a long quote.
_WORD_REACH = 200
#: The first mark after an address, past spaces and tabs.
_NEXT_MARK = re.compile(r"[ \t]*(.?)", re.DOTALL)
_WORD_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*([\w'\u2019]+)")
#: After a name and its comma, words that open a relative clause about it.
_RELATIVES = frozenset("who whom whose which".split())


@dataclass(frozen=True)
class Address:
    """One form of address, with offsets into the text it was read from."""

    start: int
    end: int
    text: str  # as written: "Dear Mr. President"
    kind: str  # one of KINDS
    words: str  # the name, office or group without opener and honorific: "President"
    honorific: str | None = None
    opener: bool = False


def _alternation(forms: tuple[str, ...]) -> str:
    return "|".join(re.escape(form).replace(r"\ ", r"[ \t]+") for form in forms)


@cache
def _pattern() -> re.Pattern[str]:
    forms = lexicon.address_forms()
    particles = "|".join(re.escape(p) for p in sorted(lexicon.patronymics().particles, key=len, reverse=True))
    opener = f"(?i:{_alternation(forms['opener'])})"
    group = f"(?i:{_alternation(forms['group'] + forms['audience'])})\\b"
    caps = f"{_CAP_WORD}(?:[ \\t]+{_CAP_WORD}){{0,3}}"
    return re.compile(
        rf"(?P<opener>{opener}(?:[ \t]+and[ \t]+{opener})?[ \t]+)?"
        rf"(?:(?P<honorific>{_alternation(forms['honorific'])})[ \t]+(?P<named>{caps}){_CLOSE}"
        rf"|(?P<title>(?i:{_alternation(forms['title'])})){_CLOSE}"
        rf"|(?P<mods>(?:[\w-]+[ \t]+){{0,2}}?)(?P<group>{group}(?:[ \t]+and[ \t]+(?:[\w-]+[ \t]+)?{group})?"
        rf"(?P<tail>[ \t]+of[ \t]+[^,.;:!?\n]{{1,50}}?)?){_CLOSE}"
        rf"|(?P<name>{caps}(?:[ \t]+(?:{particles}))?){_CLOSE})"
    )


@cache
def _opening() -> re.Pattern[str]:
    """What an address `find_vocatives` accepts opens with, at the place it is tried: the first word of an opener, a
    rank alone or an audience, in any case, or an honorific (group `form`); else it is a bare name, as `_pattern`
    reads it (group `name`), which is accepted only with a patronymic (`with_patronymic`). An audience after other
    words (`Members of the club are`) is accepted only after an opener. Most places open none of these, and this
    costs a fraction of `_pattern`, whose audience branch reads up to two words before each of its nouns."""
    forms = lexicon.address_forms()
    firsts = {form.split()[0].lower() for kind in ("opener", "title", "group", "audience") for form in forms[kind]}
    particles = "|".join(re.escape(p) for p in sorted(lexicon.patronymics().particles, key=len, reverse=True))
    caps = f"{_CAP_WORD}(?:[ \\t]+{_CAP_WORD}){{0,3}}"
    return re.compile(rf"(?P<form>(?i:{trie_pattern(firsts)})|{_alternation(forms['honorific'])})"
                      rf"|(?P<name>{caps}(?:[ \t]+(?:{particles}))?){_CLOSE}")


@cache
def _office_words() -> frozenset[str]:
    """Words that name an office after an honorific (`Mr. Prime Minister`), not a person."""
    words = {w for noun in lexicon.role_nouns() for w in noun.split()}
    words |= {t.rstrip(".").lower() for t in lexicon.titles()}
    words |= set(lexicon.address_forms().get("office", ()))
    return frozenset(words)


def is_patronymic(token: str) -> bool:
    """`Pavlovich`, `Sergeyevna`: a one-word patronymic, by its ending."""
    low = token.lower()
    return token[:1].isupper() and any(low.endswith(e) and len(low) > len(e) + 2 for e in lexicon.patronymics().endings)


def with_patronymic(words: str) -> bool:
    """A first name and a patronymic (`Anton Pavlovich`, `Ilham Heydar oglu`), which is how one is addressed."""
    tokens = words.split()
    if len(tokens) == 3:
        return tokens[2].lower() in lexicon.patronymics().particles
    return len(tokens) == 2 and is_patronymic(tokens[1])


def _kind(match: re.Match[str]) -> tuple[str, str] | None:
    """(kind, words) of a matched address."""
    if match.group("named"):
        words = match.group("named").split()
        office = 0
        while office < len(words) and all(p in _office_words() for p in re.split(r"-", words[office].lower())):
            office += 1
        if office == len(words):
            return "office", " ".join(words)
        return "name", " ".join(words[office:])  # "Mr. President Kovar": the name
    if match.group("title"):
        return "title", match.group("title")
    if match.group("group"):
        longer = match.group("mods") or match.group("tail")
        if not match.group("opener") and (longer or _alone(match.group("group")) not in _groups()):
            return None  # "Members of the club are", "Guests, too,": only an opener makes these an address
        return "group", (match.group("mods") + match.group("group")).strip()
    return "name", match.group("name")


def _alone(words: str) -> str:
    return " ".join(words.lower().split())


@cache
def _groups() -> frozenset[str]:
    """Plural nouns for an audience that are an address without an opener (`Colleagues, ...`)."""
    return frozenset(lexicon.address_forms()["group"])


def _in_apposition(text: str, comma: int) -> bool:
    """Does the comma at `comma` follow a noun the next words could be an apposition to?"""
    word = _WORD_BEFORE.search(text, max(0, comma - _WORD_REACH), comma)
    if not word:
        return False
    token = word.group(1)
    low = token.lower()
    person_noun = token.islower() and low.endswith(lexicon.PERSON_SUFFIXES)
    if low in lexicon.role_nouns() or low in lexicon.epithet_nouns() or person_noun:
        return True
    before = word.start()
    while before > 0 and text[before - 1] in " \t\"'\u201c\u00ab-\u2013\u2014":
        before -= 1
    opens_sentence = before == 0 or text[before - 1] in ".!?\u2026\n"  # "Yes, Mr. Vasin": an interjection, no noun
    return token[:1].isupper() and token != "I" and not opens_sentence


def _accepted(text: str, match: re.Match[str], kind: str, words: str, after_comma: int | None) -> bool:
    """Whether the matched words are an address here, not a subject, an apposition or a list item."""
    opener = bool(match.group("opener"))
    close = _NEXT_MARK.match(text, match.end()).group(1)
    if after_comma is not None and close not in {",", ".", "!", "?", ""}:
        return False
    if kind == "group" and after_comma is not None and not opener:
        return False  # "apples, pears, friends": a list, not an audience
    if match.group("name") and not opener and not with_patronymic(words):
        return False
    if kind == "name" and not opener:
        if after_comma is not None and _in_apposition(text, after_comma):
            return False
        following = _WORD_AFTER_COMMA.match(text, match.end())
        if following and following.group(1).lower() in _RELATIVES:
            return False
    return True


def _candidates(text: str) -> Iterator[tuple[int, int | None]]:
    """Where an address may begin, in order: each sentence start, and after each comma (with the comma's offset)."""
    first = _TEXT_START.match(text).end()
    yield first, None
    for match in _BREAK.finditer(text):
        # A line break among the opening's spaces ends where the text's start does.
        if match.end() != first:
            yield match.end(), match.start() if match.lastindex else None


def find_vocatives(text: str, offset: int = 0) -> list[Address]:
    """The forms of address in `text` (a quote's words); offsets are shifted by `offset`."""
    out: list[Address] = []
    reached, size = 0, len(text)
    opens, pattern = _opening(), _pattern()
    for position, after_comma in _candidates(text):
        if position < reached or position >= size:
            continue
        opening = opens.match(text, position)
        if opening is None or opening.group("form") is None and not with_patronymic(opening.group("name")):
            continue  # nothing here could be accepted
        match = pattern.match(text, position)
        if not match:
            continue
        read = _kind(match)
        if read is None or not _accepted(text, match, *read, after_comma):
            continue
        out.append(Address(offset + match.start(), offset + match.end(), match.group().strip(), read[0], read[1],
                           match.group("honorific"), bool(match.group("opener"))))
        reached = match.end()
    return out
