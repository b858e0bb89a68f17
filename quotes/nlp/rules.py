"""The rule annotator: sentences, tokens and name mentions without any model.

It is the default wherever no stanza models are installed, so that the toolkit works
offline from a clean install. It reads with the same rules the rest of the project
uses (`quotes.text` for layout and tokens, `quotes.mentions` for names), so that an
annotation made by it changes nothing downstream.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.mentions import Entity, NameMention, find_entities
from quotes.nlp.annotation import Annotation, EntitySpan, Token
from quotes.text import paragraphs, sentence_end, tokens

#: Labels given to the rule reader's entity kinds, in the terms NER models use.
LABELS = {"person": "PERSON", "org": "ORG"}


def rule_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds: the rule sentence ends within each paragraph; no sentence crosses a line break."""
    out: list[tuple[int, int]] = []
    for para in paragraphs(text):
        start = para.start
        while start < para.end:
            end = sentence_end(text, start, para.end)
            if text[start:end].strip():
                out.append((start, end))
            start = end
            while start < para.end and text[start].isspace():
                start += 1
    return out


def rule_entities(text: str, found: tuple[list[Entity], list[NameMention]] | None = None) -> list[EntitySpan]:
    """Every mention of a person or organisation the rule reader of names finds, as labelled spans.

    `found` is what `find_entities(text)` gave, where the caller has it already: the rule
    reader's cache holds only the last few texts, and a batch of articles outruns it.
    """
    entities, mentions = found if found is not None else find_entities(text)
    spans = {(m.start, m.end, LABELS[m.entity.kind]) for m in mentions}
    for entity in entities:
        for position in entity.positions:
            if text.startswith(entity.name, position):
                spans.add((position, position + len(entity.name), LABELS[entity.kind]))
    return [EntitySpan(*span) for span in sorted(spans)]


class RulesAnnotator:
    """The project's own annotator: needs no model, no network and no download."""

    name = "rules"
    processors: tuple[str, ...] = ("sentences", "tokens", "entities")

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        return [self.annotate_one(text) for text in texts]

    def annotate_one(self, text: str) -> Annotation:
        people = find_entities(text)
        annotation = Annotation(self.name, rule_sentences(text), [Token(t.start, t.end, t.text) for t in tokens(text)],
                                rule_entities(text, people))
        annotation.people = people
        return annotation

    def info(self) -> dict[str, str]:
        """What the corpus metadata records about this annotator."""
        return {"annotator": self.name, "annotator_processors": ",".join(self.processors)}

    def describe(self) -> str:
        return "annotator: rules (no model)"
