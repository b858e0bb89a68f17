"""Noun phrases that can name a speaker, read at the edge of a stretch of text.

Attribution asks two questions of the words around a cue verb: what noun phrase
ends right before it (`... the Russian Defence Minister said`) and what noun
phrase starts right after it (`said Sergei Shoigu, the ...`). The answer is a
`Phrase`: a name, a description (role), a pronoun or an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quotes import lexicon
from quotes.mentions import _STOP_CAPS, _is_country, _is_title

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_CAP_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|[A-Z][\w'\u2019-]*)"
_NAME_RUN_END = re.compile(
    r"(?:" + _CAP_TOKEN + r"(?:\s+(?:de|da|van|von|der|bin|al|el|la|le|di|oglu|ogly)\b)?[ \t]+)*" + _CAP_TOKEN + r"$")
_NAME_RUN_START = re.compile(
    _CAP_TOKEN + r"(?:(?:[ \t]+(?:de|da|van|von|der|bin|al|el|la|le|di|oglu|ogly)\b)?[ \t]+" + _CAP_TOKEN + r")*")
# `says Berg's brother, Jon Berg`: the person named after a relation to someone else.
_RELATIVE_NAME = re.compile(
    r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*['\u2019]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)")
# `says Oslo painter Kari Nygaard`: a short description, then the name.
_DESCRIBED_NAME = re.compile(
    r"(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}(?:(?!(?:who|which|that|of|in|at|on|for|to|as|after|before|when)\b)"
    r"[a-z][\w'\u2019-]*[ \t]+){1,5}(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)+)")
_PRONOUN_END = re.compile(r"\b(he|she|they|I|we|it)$", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(he|she|they|I|we|it)\b", re.IGNORECASE)
_DETERMINER = r"(?:the|his|her|its|their|a|an|this|that|our|one)"


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    text: str
    kind: str  # name | role | pronoun


@cache
def _role_alternation() -> str:
    nouns = sorted(lexicon.role_nouns(), key=len, reverse=True)
    return "|".join(re.escape(n) for n in nouns)


@cache
def _role_end() -> re.Pattern[str]:
    return re.compile(
        r"(?:\b" + _DETERMINER + r"\s+|^|(?<=\s))(?:[\w'\u2019.-]+\s+){0,5}?(?:" + _role_alternation() + r")s?"
        r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*){0,4})?$",
        re.IGNORECASE)


@cache
def _role_start() -> re.Pattern[str]:
    return re.compile(
        r"(?:" + _DETERMINER + r"\s+)(?:[\w'\u2019.-]+\s+){0,5}?(?:" + _role_alternation() + r")s?\b"
        r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})?",
        re.IGNORECASE)


def person_name(tokens: list[str]) -> list[str]:
    """The name inside a run of capitalised words: the longest tail free of titles and places."""
    name: list[str] = []
    for token in reversed(tokens):
        bare = token.rstrip(",")
        if _is_title(bare) or _is_country(bare) or bare in lexicon.org_nouns() or bare.rstrip(".") in _STOP_CAPS:
            break
        name.insert(0, bare)
    return name[-4:]


def _clean(span_text: str) -> str:
    return span_text.strip().rstrip(",.:;").removesuffix("'s").removesuffix("\u2019s")


def phrase_before(text: str, start: int, end: int) -> Phrase | None:
    """The speaker-like noun phrase that ends at `end` (looking no further back than `start`)."""
    segment = text[start:end].rstrip()
    end = start + len(segment)
    if not segment:
        return None
    match = _PRONOUN_END.search(segment)
    if match:
        return Phrase(start + match.start(), end, match.group(1), "pronoun")
    run = _NAME_RUN_END.search(segment)
    role = _role_end().search(segment)
    if role and (run is None or role.start() < run.start()) and not _names_a_person(run):
        return Phrase(start + role.start(), end, _clean(role.group()), "role")
    if run and all(t.isupper() and len(t) > 3 for t in run.group().replace("'S", "").split()):
        run = None  # a section label in capitals ("MARKET WATCH:"), not a name
    if run:
        tokens = run.group().split()
        name = person_name(tokens)
        if name and not all(t in _STOP_CAPS for t in name):
            name_text = _clean(" ".join(name))
            name_start = end - len(" ".join(name))
            return Phrase(name_start, name_start + len(name_text), name_text, "name")
        if len(tokens) >= 1 and any(t in lexicon.org_nouns() for t in tokens):
            return Phrase(start + run.start(), end, _clean(run.group()), "role")
        if tokens and (_is_title(tokens[-1]) or _is_country(tokens[0])):
            return Phrase(start + run.start(), end, _clean(run.group()), "role")
    if role:
        return Phrase(start + role.start(), end, _clean(role.group()), "role")
    return None


def _names_a_person(run: re.Match[str] | None) -> bool:
    return bool(run and person_name(run.group().split()))


def phrase_after(text: str, start: int, end: int) -> Phrase | None:
    """The speaker-like noun phrase that starts at `start` (`said Mr. Lund of the ...`)."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    start += lead
    segment = text[start:end]
    match = _PRONOUN_START.match(segment)
    if match and (len(segment) == match.end() or not segment[match.end()].isalnum()):
        return Phrase(start, start + match.end(), match.group(1), "pronoun")
    relative = _RELATIVE_NAME.match(segment)
    if relative:
        name = " ".join(person_name(relative.group("name").split()))
        if name:
            offset = start + relative.start("name") + relative.group("name").rfind(name)
            return Phrase(offset, offset + len(name), name, "name")
    described = _DESCRIBED_NAME.match(segment)
    if described and person_name(described.group("name").split()):
        name = " ".join(person_name(described.group("name").split()))
        offset = start + described.group().rfind(name)
        return Phrase(offset, offset + len(name), name, "name")
    role = _role_start().match(segment)
    run = _NAME_RUN_START.match(segment)
    if run and not (role and role.end() > run.end()):
        tokens = run.group().split()
        name = person_name(tokens)
        if name:
            name_text = _clean(" ".join(name))
            offset = start + run.group().rfind(name[0])
            return Phrase(offset, offset + len(name_text), name_text, "name")
        return Phrase(start, start + run.end(), _clean(run.group()), "role")
    if role:
        return Phrase(start, start + role.end(), _clean(role.group()), "role")
    return None
