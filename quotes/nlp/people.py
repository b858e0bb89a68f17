"""The people and organisations of an article, as every pipeline step reads them.

The rule reader of names (`quotes.mentions.find_entities`) always runs: it gives the
roles, genders and subject positions attribution needs. A named-entity model, where
one is installed, adds its evidence to what the rules found:

- a PERSON entity over a name is evidence that the name is a person's (as a title
  or a verb after it is for the rules), and a person name of two words or more the
  rules missed becomes a person;
- an ORG entity the rules missed becomes an organisation;
- a name the rules took for a person's that the model only ever labels ORG, GPE
  (countries, cities) or NORP (nationalities, parties), and that nothing else shows to
  be a person, is an organisation's (`Nordvik Harbour`, `Bergen Energi`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from quotes.mentions import Entity, NameMention, find_entities, heads_a_clause
from quotes.model import Document
from quotes.nlp.annotation import Annotation, EntitySpan

People = tuple[list[Entity], list[NameMention]]

#: Labels that name a body rather than a person.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


def entities_of(doc: Document) -> People:
    """The people and organisations of `doc`: from its annotation when it has one, else by rule.

    The result is computed once per document and shared by every step, as the rule
    reader's cache shares it for a text read twice.
    """
    annotation: Annotation | None = getattr(doc, "annotation", None)
    if annotation is None:
        return _outside(find_entities(doc.text), doc.metadata_spans)
    if annotation.people is None:
        people = with_ner(doc.text, annotation.entities) if annotation.ner else find_entities(doc.text)
        annotation.people = _outside(people, doc.metadata_spans)
    return annotation.people


def _outside(people: People, spans: Sequence[tuple[int, int]]) -> People:
    """Without those named only in the article's metadata lines: the agency of a dateline
    (`MOSCOW, March 14. /TASS/.`) reports the story and is nobody's antecedent in it."""
    if not spans:
        return people
    entities, mentions = people

    def in_metadata(position: int) -> bool:
        return any(start <= position < end for start, end in spans)

    only_there = {id(e) for e in entities if e.positions and all(in_metadata(p) for p in e.positions)}
    if not only_there:
        return people
    return [e for e in entities if id(e) not in only_there], [m for m in mentions if id(m.entity) not in only_there]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def with_ner(text: str, spans: Sequence[EntitySpan]) -> People:
    """The rule reader's people and organisations of `text` with the evidence of NER `spans` added.

    Works on copies: the rule reader's cached result stays as the rules alone found it.
    """
    entities, mentions = copy.deepcopy(find_entities(text))
    by_name = {entity.name: entity for entity in entities}
    labels_of: dict[str, set[str]] = {}
    for mention in mentions:
        labels = {s.label for s in spans if _overlaps((s.start, s.end), (mention.start, mention.end))}
        labels_of.setdefault(mention.entity.name, set()).update(labels)
        if "PERSON" in labels:
            mention.entity.person_evidence += 1
    for name, labels in labels_of.items():
        entity = by_name[name]
        if labels and labels <= _BODY_LABELS and entity.kind == "person" and not entity.is_person_like:
            entity.kind = "org"
    known = [(m.start, m.end) for m in mentions] + \
        [(p, p + len(e.name)) for e in entities for p in e.positions if text.startswith(e.name, p)]
    for span in spans:
        name = text[span.start:span.end].strip()
        if span.label not in {"PERSON", "ORG"} or name in by_name or \
                any(_overlaps((span.start, span.end), k) for k in known):
            continue
        if span.label == "PERSON" and len(name.split()) < 2:
            continue  # a lone word is a surname or a short mention; the rules link those to full names
        entity = by_name[name] = Entity(name, "person" if span.label == "PERSON" else "org",
                                        person_evidence=int(span.label == "PERSON"))
        entities.append(entity)
        for start in _occurrences(text, name):
            entity.positions.append(start)
            if heads_a_clause(text, start + len(name)):
                entity.subject_positions.append(start)
            if entity.kind == "person":
                mentions.append(NameMention(start, start + len(name), name, entity))
    mentions.sort(key=lambda m: m.start)
    return entities, mentions


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands in `text` as whole words."""
    out, at = [], text.find(name)
    while at != -1:
        before = text[at - 1:at]
        after = text[at + len(name):at + len(name) + 1]
        if not (before.isalnum() or after.isalnum()):
            out.append(at)
        at = text.find(name, at + 1)
    return out
