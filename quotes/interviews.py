"""Who an interview is with, and who asks: read from the narration before its first question.

An agency interview opens with a sentence that names both sides ("The minister answered
questions from our correspondent", "Ann Lee was interviewed by Radio North") and then gives
the turns as dash paragraphs without names. Questions go to the one who asks, answers to
the one asked. The sentence patterns are data (`interview_frames.txt`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from quotes import lexicon
from quotes.mentions import Entity

#: The words naming one side: up to the end of the clause.
_SIDE = r"(?P<{}>[^.,;:!?\n\u201c\u201d\"]{{2,160}})"
#: A capitalised run, with an optional possessive after it: "APA's Russian bureau" -> "APA".
_CAPITALS = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")


#: Where the naming of the host ends and the subject of the questions begins.
_TOPIC = re.compile(r"\s(?:about|on|regarding|concerning|over|after|during|ahead|amid)\s")


@dataclass(frozen=True)
class Sides:
    guest: str | None
    host: str | None


@cache
def _frames() -> tuple[re.Pattern[str], ...]:
    patterns = []
    for line in lexicon.interview_frames():
        # The guest may carry an apposition ("Ann Lee, the mayor, answered"); the host ends its clause.
        pattern = line.replace("{guest}", _SIDE.format("guest").replace(".,;", ".;")).replace(
            "{host}", _SIDE.format("host"))
        patterns.append(re.compile(pattern + r"(?=[\s.,;:!?]|$)"))
    return tuple(patterns)


#: A choice of plain words, `(?:told|tells|has told)`, not made optional: one of them stands in every match.
_PLAIN_CHOICE = re.compile(r"\(\?:([A-Za-z |]+)\)(?!\?)")


def _depth(pattern: str, end: int) -> int:
    """How many groups and classes are open at `end` of `pattern`."""
    return sum(1 if char in "([" else -1 if char in ")]" else 0 for char in pattern[:end])


@cache
def _required_words() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each frame of `_frames`, what every match of it holds, as choices of which one word must stand: the runs
    of letters it writes outside its groups and classes, none made optional (`questions?` holds `question`), and
    of a group that chooses between plain words (`(?:told|tells|has told)`) the longest word of each choice. A frame
    written with more than groups, classes, `?` and choices inside groups (an escape, a repeat, a flag, a choice
    outside groups) is read as requiring nothing.

    Most frames open with a side's words, which the engine tries at every character, reading up to 160
    characters ahead and giving them back one by one: a narration without a frame's words is not searched
    for it."""
    required = []
    for line in lexicon.interview_frames():
        outside = line.replace("{guest}", " ").replace("{host}", " ")
        needed: list[tuple[str, ...]] = []
        if re.search(r"[\\.*+{}^$]|\(\?[A-Za-z]", outside) is None:
            for choice in _PLAIN_CHOICE.finditer(outside):
                words = [max(option.split(), key=len) for option in choice.group(1).split("|") if option.split()]
                if _depth(outside, choice.start()) == 0 and len(words) == choice.group(1).count("|") + 1:
                    needed.append(tuple(words))
                    outside = outside[:choice.start()] + " " * len(choice.group()) + outside[choice.end():]
            depth, plain, kept = 0, True, []
            for index, char in enumerate(outside):
                depth += 1 if char in "([" else -1 if char in ")]" else 0
                plain = plain and depth >= 0 and not (depth == 0 and char == "|")
                letter = depth == 0 and char.isalpha() and outside[index + 1:index + 2] != "?"
                kept.append(char if letter else " ")
            needed = needed + [(word,) for word in "".join(kept).split()] if plain and depth == 0 else []
        required.append(tuple(needed))
    return tuple(required)


def _who(words: str, entities: list[Entity]) -> str | None:
    """The person these words name first, else the organisation or capitalised run before any
    possessive ("APA's Russian bureau" -> "APA")."""
    for kind in ("person", "org"):
        named = [(words.find(e.name), e.name) for e in entities if e.kind == kind and e.name in words]
        if named:
            return min(named)[1]
    words = re.split(r"['\u2019]s?\b", words)[0]
    runs = _CAPITALS.findall(words)
    return runs[0].strip() if runs else None


#: `she talked`, `he told`: a guest named by a personal pronoun, someone the article named before.
_PRONOUN_GUEST = re.compile(r"(?:he|she|they)\b", re.IGNORECASE)


def _framed_sides(text: str, first_turn: int, entities: list[Entity]) -> Iterator[tuple[int, str | None, str | None]]:
    """(where, guest, host) of each sentence before the first turn that frames an interview, frame by frame.
    A guest named by a pronoun (`In an interview with The Ledger, she said ...`) is given as "": someone
    is named, the person the narration spoke of before, whom the frame's words alone do not say."""
    narration = text[:first_turn]
    for frame, words in zip(_frames(), _required_words(), strict=True):
        if not all(any(word in narration for word in choice) for choice in words):
            continue  # the frame cannot match: most narrations hold the words of few frames
        for match in frame.finditer(narration):
            guest = match.group("guest").strip()
            host = match.groupdict().get("host")
            yield match.start(), "" if _PRONOUN_GUEST.match(guest) else _who(guest, entities), \
                _who(_TOPIC.split(host)[0], entities) if host is not None else None


def interview_guest(text: str, first_turn: int, entities: list[Entity]) -> str | None:
    """The guest of the interview whose first turn starts at `first_turn`, whether or not the sentence that
    names them names the one who asks (`Lee answered questions from journalists`: no one by name). A frame
    that names both sides wins (as `interview_sides` reads it); else the one told nearest the turns, not a
    headline's above them."""
    frames = list(_framed_sides(text, first_turn, entities))
    sides = _nearest_naming_both(frames)
    if sides.guest is not None:
        return sides.guest
    named = [(where, guest) for where, guest, _ in frames if guest]
    return max(named, key=lambda found: found[0])[1] if named else None


def interview_sides(text: str, first_turn: int, entities: list[Entity]) -> Sides:
    """The guest and the host of the interview whose first turn starts at `first_turn`: of the sentences that
    name both, the one told nearest the turns (a headline above the lead tells the same interview in fewer
    words: `President interviewed by Italian television`)."""
    return _nearest_naming_both(_framed_sides(text, first_turn, entities))


def _nearest_naming_both(frames: Iterable[tuple[int, str | None, str | None]]) -> Sides:
    both = [(where, guest, host) for where, guest, host in frames if guest is not None and host and guest != host]
    if not both:
        return Sides(None, None)
    _, guest, host = max(both, key=lambda found: found[0])
    return Sides(guest or None, host)
