"""Whom a quote speaks to: its forms of address, resolved to people of the article.

A name resolves as a speaker's name does (`quotes.resolve.Resolver`): `Mr. Vasin`
is the Anton Vasin the article names. A first name with a patronymic (`Anton
Pavlovich`) is the one person of the article with that first name (Anton Vasin,
Anton Pavlovich Vasin); articles name people in full and address them by first name
and patronymic. An office (`Mr. President`, `Madam Minister`) is the person the
article gives that role, the speaker aside: one who takes part in the occasion comes
first, so that a minister's `Mr. President` at a meeting is the president he met.
An address by rank alone (`Your Excellency`, `Sir`) is the one other person taking
part in the occasion, if there is exactly one. An audience (`dear colleagues`)
names no one. A speaker is never their own addressee; what does not resolve is
left out of `addressees` but kept, as written, in `vocatives`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quotes import lexicon
from quotes.mentions import Entity
from quotes.model import Document, Mention, Quote
from quotes.nlp.people import entities_of
from quotes.phrases import Phrase
from quotes.resolve import Resolver, role_signature
from quotes.speakers import name_key
from quotes.text import QUOTE_MARKS, Covered, is_cue_word
from quotes.vocatives import Address, find_vocatives, with_patronymic


def same_person(a: str | None, b: str | None) -> bool:
    """`Sergei Lavrov` and `Sergey Lavrov`, or `Lavrov`: one surname, given names that agree."""
    if not a or not b:
        return False
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb or ka[-1] != kb[-1]:
        return False
    return len(ka) == 1 or len(kb) == 1 or _first_names_agree(ka[0], kb[0])


def _first_names_agree(a: str, b: str) -> bool:
    """Nikol and Nikola, Sergei and Sergey (already one key): equal, or one the other's beginning."""
    return a == b or min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))


class _Addressees:
    """Resolves the forms of address of one document's quotes against its people."""

    def __init__(self, doc: Document, found: dict[int, list[Address]]):
        entities, _ = entities_of(doc)
        self.resolver = Resolver(entities)
        spans = [(a.start, a.end) for addresses in found.values() for a in addresses]
        # A name the article only uses to address someone ("Sergey Viktorovich") is no full name.
        self.people = [e for e in entities if e.kind == "person" and len(e.tokens) > 1 and
                       not all(any(start <= p < end for start, end in spans) for p in e.positions)]

    def _choose(self, candidates: list[Entity], quote: Quote) -> str | None:
        """One of several fitting people: a participant of the occasion, else the one named last before."""
        candidates = [e for e in candidates if not same_person(e.name, quote.speaker)]
        taking_part = [e for e in candidates if e.name in quote.occasion.participants]
        pool = taking_part or candidates
        if len(pool) <= 1:
            return pool[0].name if pool else None

        def last_before(entity: Entity) -> int:
            return max((p for p in entity.positions if p < quote.start), default=-1)

        return max(pool, key=lambda e: (last_before(e), len(e.positions))).name

    def _fits_gender(self, entity: Entity, address: Address) -> bool:
        gender = lexicon.gender_words().get((address.honorific or address.words).lower())
        return not (gender and entity.gender and entity.gender != gender)

    def _name(self, address: Address, quote: Quote) -> str | None:
        if with_patronymic(address.words):
            first = name_key(address.words.split()[0])
            return self._choose([e for e in self.people if first and name_key(e.tokens[0]) and
                                 _first_names_agree(name_key(e.tokens[0])[0], first[0])], quote)
        phrase = Phrase(address.start, address.end, address.words, "name")
        name, _ = self.resolver.resolve(phrase, None)
        entity = self.resolver.by_name.get(name or "")
        return entity.name if entity is not None and entity.kind == "person" else None

    def _office(self, address: Address, quote: Quote) -> str | None:
        wanted = role_signature(address.words)
        if not wanted:
            return None
        return self._choose([e for e in self.people if wanted <= self.resolver.signatures[e.name]
                             and self._fits_gender(e, address)], quote)

    def _counterpart(self, address: Address, quote: Quote) -> str | None:
        """`Your Excellency`: the one person besides the speaker who takes part in the occasion."""
        others = [self.resolver.by_name[n] for n in quote.occasion.participants if n in self.resolver.by_name]
        others = [e for e in others if e.kind == "person" and not same_person(e.name, quote.speaker)
                  and self._fits_gender(e, address)]
        return others[0].name if len(others) == 1 else None

    def resolve(self, address: Address, quote: Quote) -> str | None:
        """The person `address` means in this quote, or None."""
        if address.kind == "name":
            name = self._name(address, quote)
        elif address.kind == "office":
            name = self._office(address, quote)
        elif address.kind == "title":
            name = self._counterpart(address, quote)
        else:
            return None
        return None if same_person(name, quote.speaker) else name


def _unique(items: list[str | None]) -> list[str]:
    return [item for index, item in enumerate(items) if item and item not in items[:index]]


def _own_addresses(quote: Quote, inner: list[tuple[int, int]]) -> list[Address]:
    """The addresses in the quote's words, leaving out those of the quotes nested in it (`inner`)."""
    addresses = find_vocatives(quote.text, quote.start)
    if not (addresses and inner):  # most quotes address no one: then nothing is left to leave out
        return addresses
    nested = Covered(inner)
    return [a for a in addresses if a.start not in nested]


def find_addressees(doc: Document) -> Document:
    """Fill `quote.vocatives` (the forms of address as written) and `quote.addressees` (whom they name)."""
    nested: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for quote in doc.quotes:
        if quote.parent_id is not None:
            nested[quote.parent_id].append((quote.start, quote.end))
    found = {id(quote): _own_addresses(quote, nested.get(quote.quote_id, [])) for quote in doc.quotes}
    if not any(found.values()):
        return doc
    reader = _Addressees(doc, found)
    for quote in doc.quotes:
        addresses = found[id(quote)]
        quote.vocatives = _unique([a.text for a in addresses])
        quote.addressees = _unique([reader.resolve(a, quote) for a in addresses])
    if nested:
        _cited_to_the_addressee(doc)
    return doc


def _cited_to_the_addressee(doc: Document) -> None:
    """`MODERATOR: Mr. Pell, you said "the budget will balance itself." Do you stand by it?`: a quote inside a
    quote that the outer words give to `you` with a cue (`you said`, `you told voters`, `you wrote last year`) is
    the earlier words of the one the outer speaker addresses, not the outer speaker's own: the addressee the
    outer quote names speaks. Only quotes the outer speaker was given for want of a cue of their own."""
    parents = {quote.quote_id: quote for quote in doc.quotes if quote.addressees}
    for quote in doc.quotes:
        parent = parents.get(quote.parent_id or "")
        if parent is None or quote.method != "nested":
            continue
        cited = _YOU_CITED.search(doc.text, max(parent.start, quote.start - 80), quote.start)
        if cited is None or not is_cue_word(cited.group("verb")):
            continue
        quote.speaker, quote.speaker_named, quote.speakers = parent.addressees[0], True, []
        quote.mention = Mention(cited.start("you"), cited.end("you"), cited.group("you"))
        quote.cue, quote.method, quote.confidence = cited.group("verb").lower(), "nested_cue", 0.5


#: `you said "`, `You have told voters: "`, `you wrote last year that '`: `you` as the subject of a cue whose words
#: follow (up to four words between the cue and the opening mark), ending where the inner quote opens.
_YOU_CITED = re.compile(r"\b(?P<you>[Yy]ou)\s+(?:(?:have|had|once|also|yourself|just)\s+)?(?P<verb>[a-z]+)"
                        r"(?:\s+[\w']+){0,4}?[\s,:]*[" + QUOTE_MARKS + r"]?$")
