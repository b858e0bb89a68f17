"""Who took part in an event: the noun phrases after its word, read as people and organisations.

Each phrase names the person or organisation the article names in it ("President
of Norland Ola Berg" -> Ola Berg; "the Ministry of Fisheries"); a surname names the
person the article named in full; a description ("his Norwegian counterpart") is
resolved against the article's people by `quotes.resolve.Resolver`. A description
set off by a comma beside a name is an apposition to it ("his counterpart, Ola
Berg") and names no one else. Countries are places, not participants, and a
description that names nobody the article knows is left out.
"""

from __future__ import annotations

import bisect
import re

from quotes import lexicon
from quotes.events import DETERMINERS, Item
from quotes.mentions import Entity, whole_word_starts
from quotes.phrases import Phrase, person_name
from quotes.resolve import Resolver

#: A clitic `'s` (`It's`, `That\u2019s`): the word before it is what the phrase names.
_CLITIC = re.compile(r"['\u2019]s$")
_PRONOUNS = frozenset("him her them us me it himself herself themselves".split())


def _without_full_stop(name: str | None) -> str | None:
    """A name without the sentence's full stop, which an abbreviation keeps ("Nordvik Ltd.")."""
    if name and name.endswith(".") and name.split()[-1] not in lexicon.org_nouns() | lexicon.titles():
        return name.rstrip(".")
    return name


class Participants:
    """Reads lists of noun phrases in one article as the names of the people and bodies they mean."""

    def __init__(self, text: str, entities: list[Entity]):
        self.text = text
        self.resolver = Resolver(entities)
        named = sorted((position, entity.kind == "person", entity.name) for entity in entities
                       for position in entity.positions)
        self._positions = [p for p, _, _ in named]
        self._named = named
        self._people = frozenset(entity.name for entity in entities if entity.kind == "person")

    def _entity_in(self, item: Item) -> str | None:
        """The person named in the phrase (the last, as in "Lund's deputy Ola Berg"), else the organisation."""
        low = bisect.bisect_left(self._positions, item.start)
        high = bisect.bisect_left(self._positions, item.end)
        inside = self._named[low:high]
        people = [name for _, is_person, name in inside if is_person]
        if people:
            return people[-1]
        return inside[-1][2] if inside else None

    def _is_description(self, words: list[str]) -> bool:
        """`his counterpart`, `foreign ministers`, and `Georgian foreign ministers`: a nationality adjective
        before lower-case words describes people as a determiner does; it names nobody."""
        return words[0].lower() in DETERMINERS or words[0][:1].islower() or \
            len(words) > 1 and words[1][:1].islower() and words[0] in lexicon.nationality_adjectives()

    def _unknown_name(self, item: Item, words: list[str]) -> str | None:
        """A capitalised phrase the article's entities missed: a full name, a surname, an acronym (NATO); not a
        function word that opens a sentence, with its clitic or without (`It's`, `However`)."""
        if len(words) == 1 and (_CLITIC.sub("", words[0]).lower() in lexicon.stop_words() or
                                self._common_word_opening(item.start, words[0])):
            return None
        name = person_name(words)
        if len(name) >= 2:
            return " ".join(name)
        if len(name) == 1:
            entity = self.resolver.by_surname(name[0], item.start)
            return entity.name if entity else name[0]
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            return words[0]
        return None

    def _common_word_opening(self, start: int, word: str) -> bool:
        """`Instead, Ola Berg said ...`, `Months after the vote, ...`: a lone capitalised word that opens a
        sentence and stands in lower case elsewhere in the article is a common word capitalised by its place,
        not a name (the test truecasers make)."""
        before = self.text[max(0, start - 3):start].rstrip(" \t")
        if before and before[-1] not in ".!?\n\"”:":
            return False
        lower = word.rstrip(",;:").lower()
        if not lower.isalpha() or lower == word:
            return False
        return bool(whole_word_starts(self.text, [lower]))

    def _name(self, item: Item) -> tuple[str | None, bool]:
        """(the name the phrase gives, whether it is a description)."""
        words = self.text[item.start:item.end].split()
        if not words or len(words) == 1 and words[0].lower() in _PRONOUNS:
            return None, False
        found = self._entity_in(item)
        if found and (found in self._people or not self._office_of_body(words)):
            return found, False
        if self._is_description(words):
            phrase = Phrase(item.start, item.end, " ".join(words), "role")
            name, how = self.resolver.resolve(phrase, None)
            if found and how != "role":
                return found, False
            return (name if how == "role" else None), True
        return self._unknown_name(item, words), False

    @staticmethod
    def _office_of_body(words: list[str]) -> bool:
        """`the head of the Finance Ministry`: a description whose head, before `of`, is a noun for a person's
        office names that person, not the body its complement names (which is where the phrase's only name
        is)."""
        head = " ".join(words).split(" of ")[0].split()
        return len(head) < len(words) and words[0].lower() in DETERMINERS and \
            lexicon.role_nouns().get(head[-1].lower()) == "person"

    def _group(self, item: Item) -> list[str]:
        """`The two ministers`, `both leaders`: the people of the article a plural description stands for,
        each of whom took part (`The two ministers told reporters ...`)."""
        words = self.text[item.start:item.end].split()
        return self.resolver.group(Phrase(item.start, item.end, " ".join(words), "role")) if words else []

    def names(self, items: list[Item]) -> list[str]:
        """The names of the phrases, in order and without repeats."""
        read = [(_without_full_stop(name), description) for name, description in map(self._name, items)]
        out: list[str] = []
        for index, (name, description) in enumerate(read):
            if name is None and description:
                out += [member for member in self._group(items[index]) if member not in out]
            if name is None or name in out:
                continue
            if description and self._beside_a_name(items, read, index):
                continue
            out.append(name)
        return out

    @staticmethod
    def _beside_a_name(items: list[Item], read: list[tuple[str | None, bool]], index: int) -> bool:
        """Is the description at `index` an apposition: set off by a comma next to a named phrase?"""
        before = index > 0 and items[index].joined_by == "," and read[index - 1][0] and not read[index - 1][1]
        after = index + 1 < len(items) and items[index + 1].joined_by == "," and read[index + 1][0] and \
            not read[index + 1][1]
        return bool(before or after)
