"""The author of a document the narration quotes: "the post read", "according to the letter".

A writer names a document's author once (`Jo Lee, a researcher at Norsec, wrote in a blog
post that ...`, `a statement from the ministry`, `the union's letter`) and later lets the
document speak (`"...," the post read`). The quote is the author's: this module finds the
last earlier mention of the document's head noun and the person or organisation it is
tied to there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from quotes import lexicon
from quotes.mentions import Entity
from quotes.phrases import group_tied_to
from quotes.text import sentence_start

#: `a statement from X`, `the letter signed by X`, `a post by X`: the author named after the document, perhaps
#: after a title that holds an office of a country or body (`a letter from President of Norland Ivar Lamm`).
#: Or an `of` complement right after the noun, a genitive of the author (`the message of President Ivar Lamm`,
#: as `Lamm's message`); not after other words (`a letter to members of the Senate` went to them).
_AUTHOR_AFTER = re.compile(r"\s+(?:(?:[a-z]+\s+){0,2}?(?:from|by)|of)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,4}")
#: `The memo, written by campaign manager Jo Park, urges`: a participle set off by commas names the author (past a
#: time adjunct: `issued in January by`, `filed last week by`), after
#: the lower-case words of a title (not a preposition's, which would name someone else: `by lawyers for`).
_AUTHORED_BY = re.compile(r",\s+(?P<participle>[a-z-]+)\s+(?:(?:in|on|last|this|earlier)\s+(?:[A-Za-z]+\s+)?)?"
                          r"by\s+(?:the\s+)?(?:(?!(?:of|for|to|with)\s)[a-z]+\s+){0,2}"
                          r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}")
#: `Lee's pollster, `, ` campaign's finance director, `: what stands between an owner and the name set off after
#: the owner's role, who is the one meant (`a memo from Lee's pollster, Jo Fry,`).
_OWNERS_ROLE = re.compile(r"(?:\s+[a-z]+)?['\u2019]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")
#: `the ministry's statement`, `Lee's long blog post`: the name owns the document noun after it.
_OWNER_BEFORE = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}$")
#: `a statement`, `a brief written statement`: the indefinite article, perhaps with modifiers, before a document noun.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: The lower-case word right after a name.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: How far back the document may have been introduced (characters).
REACH = 3000


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts: the full stop of an abbreviation (`Nordtek Inc. of Kanata`)
    or an initial ends none."""
    return sentence_start(text, max(0, position - 400), position)


class NamedPositions:
    """Where an article names each of its entities, in order of position.

    `document_author` asks who is named in a short stretch around a document noun; a long
    article must not answer by reading every mention of every entity each time.
    """

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self._mentions = sorted((p, rank) for rank, e in enumerate(entities) for p in e.positions)
        self._subjects = sorted((p, rank) for rank, e in enumerate(entities) for p in e.subject_positions)

    def mentions(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The mentions in text[start:end], by position and then in the order of `entities`."""
        return self._between(self._mentions, start, end)

    def subjects(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The mentions in text[start:end] that head their clause, ordered as `mentions`."""
        return self._between(self._subjects, start, end)

    def _between(self, found: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, Entity]]:
        low, high = bisect.bisect_left(found, (start, -1)), bisect.bisect_left(found, (end, -1))
        return [(p, self.entities[rank]) for p, rank in found[low:high]]


def document_mentions(text: str, head: str, position: int) -> list[tuple[int, int]]:
    """Where document noun `head` (or its plural) is named before `position`, last first, leaving out
    the phrase at `position` itself ("the post read")."""
    offset = max(0, position - REACH)
    found = [(offset + m.start(), offset + m.end())
             for m in re.finditer(rf"\b{re.escape(head)}s?\b", text[offset:position], re.IGNORECASE)]
    return [(start, end) for start, end in reversed(found) if start < position - len(head) - 8]


def document_author(text: str, head: str, position: int, named: NamedPositions,
                    narrated: Callable[[int], bool] = lambda _: True,
                    mentions: list[tuple[int, int]] | None = None) -> Entity | None:
    """The entity tied to the last mention of document noun `head` before `position`.

    Tied means: named right after it with `from`/`by` (`a statement from the Ministry`), owning it
    (`the ministry's statement`), or being the subject of its sentence (`Lee wrote in a post`).
    Of several, the one named first after the noun, the one named last before it, or the
    sentence's first subject; of several at one place, the one `named` lists first. An indefinite mention
    (`a statement`) with none of these opens the chain: no earlier mention is read. Names inside
    quoted words (`narrated` is False there) are what the document says, not who wrote it.
    `mentions` are `document_mentions(text, head, position)`, when the caller has them already.
    """
    for start, end in document_mentions(text, head, position) if mentions is None else mentions:
        after = author_after(text, end, named)
        if after is not None:
            return after
        sentence = _sentence_start(text, start)
        owners = [(p, e) for p, e in named.mentions(sentence, start)
                  if narrated(p) and _OWNER_BEFORE.match(text[p + e.length_at(text, p):start])]
        if owners:
            return max(owners, key=lambda pair: pair[0])[1]
        subjects = [(p, e) for p, e in named.subjects(sentence, start) if narrated(p)]
        if not subjects and _INDEFINITE_BEFORE.search(text, max(0, start - 40), start):
            # `The campaign put out a statement.`: an indefinite mention brings in a new document, which the
            # definite one takes up; a statement mentioned before it is another, and so is its author.
            return None
        if subjects and _heads_a_group(text, sentence, subjects[0][0] + subjects[0][1].length_at(text, subjects[0][0])):
            return None  # `Advisers to Governor Ada Holt wrote in a memo`: the advisers wrote it, not the governor
        if subjects:
            return _role_holder(text, subjects[0][0], subjects[0][1], named)
    return None


#: `The family said in a statement`, `Late Sunday, the RCMP issued an update`: a sentence whose subject, after an
#: adjunct set off by a comma, is a definite description or an acronym, then a verb in the past.
#: Or, after the adjunct, a bare noun for a body or for people (`In a news release, police said`), checked by
#: `_bare_author`.
_DESCRIBED_SUBJECT = re.compile(r"(?:[^,\"\u201c\u201d\n]{1,40},\s+)?(?P<subject>[Tt]he\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:[a-z-]{3,}|[A-Z]{2,6})|(?<=,\s)[a-z]{4,}(?=\s))\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")


#: How far past the document's mention the subject after a fronted adjunct holding it is read (characters).
_FRONTED_REACH = 40


def _bare_author(word: str) -> bool:
    """`police`, `officials`, `organizers`: a noun without a determiner that names a body (`role_nouns.txt`) or
    people (a plural of a noun for a person), and so may write a document as its subject."""
    if lexicon.role_nouns().get(word) == "org" or word in lexicon.plural_people_nouns():
        return True
    singular = lexicon.regular_singular(word)
    return singular is not None and lexicon.person_word(singular)


def described_author(text: str, mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the unnamed author of a document is described (`The family said in a statement that ...` then
    `"...," the statement said`): at its last mention before, the subject of the sentence, a definite
    description or an acronym no table names (`the RCMP issued an update`), where its verb reports or
    makes public (a cue verb or a past in -ed: `issued`, `released`)."""
    if not mentions:
        return None
    start = mentions[0][0]
    sentence = _sentence_start(text, start)
    found = _DESCRIBED_SUBJECT.match(text, sentence, start)
    if found is None:
        # The mention may stand in an adjunct fronted before the subject (`In a news release, police said`).
        found = _DESCRIBED_SUBJECT.match(text, sentence, start + _FRONTED_REACH)
        if found is not None and found.start("subject") < mentions[0][1]:
            return None
    if found is None:
        return None
    verb = found.group("verb")
    if not (verb.endswith("ed") or verb in lexicon.cue_verbs().forms):
        return None
    if found.group("subject")[:1].islower() and not found.group("subject").startswith("the ") and \
            not _bare_author(found.group("subject")):
        return None
    return found.start("subject"), found.end("subject")


def author_after(text: str, end: int, named: NamedPositions) -> Entity | None:
    """The author named right after a document noun ending at `end`: `a statement from Mayor Ada Holt`, `The
    report, signed by Inspector General Jo Park,` (the holder of a role the name owns: `Lee's pollster, Jo Fry`)."""
    for p, entity in named.mentions(end + 1, end + 61):
        if (_AUTHOR_AFTER.fullmatch(text, end, p) or _authored_by(text, end, p)) and \
                not _names_people(text, p + entity.length_at(text, p)):
            return _role_holder(text, p, entity, named)
    return None


def _names_people(text: str, end: int) -> bool:
    """Is the name ending at `end` only the modifier of a plural for people after it (`a lawsuit by Ardent League
    players`)? Then those people, not the organisation, wrote the document. A singular after it, or a cue verb
    that looks like a plural (`insists`), is no such noun."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    if word in lexicon.plural_people_nouns():
        return True
    singular = lexicon.regular_singular(word)
    return singular is not None and word not in lexicon.cue_verbs().forms and lexicon.person_word(singular)


def _heads_a_group(text: str, sentence: int, end: int) -> bool:
    """Is the name ending at `end` the complement of a group that opens the sentence (`Aides to Senator Jo Park`)?"""
    group = group_tied_to(text, sentence, end)
    return group is not None and not text[sentence:group.start].strip()


def _authored_by(text: str, end: int, position: int) -> bool:
    """`, written by campaign manager` between the document noun ending at `end` and the name at `position`."""
    found = _AUTHORED_BY.fullmatch(text, end, position)
    return found is not None and found.group("participle") in lexicon.authoring_participles()


def _role_holder(text: str, position: int, entity: Entity, named: NamedPositions) -> Entity:
    """The person named in apposition to the role that `entity`, named at `position`, owns: Jo Fry for `Lee's
    pollster, Jo Fry,` (the owner did not write the document; the holder of the role did); else `entity`."""
    after = position + entity.length_at(text, position)
    for p, other in named.mentions(after, after + 50):
        if other is not entity and _OWNERS_ROLE.fullmatch(text, after, p):
            return other
    return entity
