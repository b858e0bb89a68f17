"""What an annotator says about one document's text, independent of the annotator that said it.

Every later step reads an `Annotation`, never a stanza object, so that the rule annotator
(no model) and stanza (models on disk) are interchangeable. Like the rest of the project it
points into the document text by character offsets: `text[token.start:token.end] == token.text`.
Tags a model gives (part of speech, lemma, named-entity label, dependency head and relation)
are optional, because the rule annotator gives none of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.mentions import Entity, NameMention

#: Labels of named entities that can speak: people, organisations, countries and cities
#: ("Norway said"), and nationalities or groups ("the Danes").
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Relations that attach a clause to the verb it shares its subject with: `said and added`
#: (conj), `declined to comment` (xcomp), `..., saying` (advcl).
_SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
#: Dependents that belong to a subject noun phrase as a speaker is named: titles, names,
#: determiners, adjectives and possessors (`the new Norwegian Trade Minister Kari Lund`).
_PHRASE_PARTS = frozenset({"compound", "flat", "flat:name", "det", "amod", "nmod:poss", "nummod", "appos:title"})


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the text; `upos` and `lemma` only where a tagger gave them."""

    start: int
    end: int
    text: str
    upos: str | None = None
    lemma: str | None = None


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named entity: its offsets and its label (PERSON, ORG, GPE, NORP, ...)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Word:
    """A syntactic word of a dependency parse, with the offsets of the token it belongs to.

    A contraction is one token of two words (`won't` = `wo` + `n't`): both carry its offsets.
    `head` indexes `Annotation.words` (None for a sentence's root).
    """

    start: int
    end: int
    text: str
    head: int | None
    deprel: str
    upos: str | None = None


@dataclass
class Annotation:
    """Sentences, tokens, named entities and (optionally) a dependency parse of one text."""

    annotator: str
    sentences: list[tuple[int, int]]
    tokens: list[Token]
    entities: list[EntitySpan] = field(default_factory=list)
    #: The dependency parse, or None when the annotator parsed nothing.
    words: list[Word] | None = None
    #: True when `entities` come from a named-entity model rather than from the rule reader of names.
    ner: bool = False
    #: The people and organisations of the text as the rule reader of names and any NER model
    #: see them together (see `quotes.nlp.people`); filled once, on first use.
    people: tuple[list[Entity], list[NameMention]] | None = field(default=None, repr=False, compare=False)
    _dependents: dict[int, list[int]] | None = field(default=None, init=False, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence holding offset `pos`, or None between sentences."""
        index = bisect.bisect_right(self.sentences, (pos, float("inf"))) - 1
        if index >= 0 and self.sentences[index][0] <= pos < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def entities_with(self, labels: Iterable[str]) -> list[EntitySpan]:
        """The entities carrying one of `labels`, in text order."""
        wanted = frozenset(labels)
        return [entity for entity in self.entities if entity.label in wanted]

    def subject_of(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets of the nominal subject of the word covering text[start:end] (a cue verb).

        A verb without a subject of its own takes the subject of the verb it hangs on, as
        grammar shares it: `Lee shook her head and said` (conj), `Lee needled him, saying`
        (advcl). The span is the subject's noun phrase as far as it names someone: its
        titles, names, determiners and adjectives, not its relative clauses. None without
        a parse, or when no subject is found.
        """
        if not self.words:
            return None
        index = self._word_covering(start, end)
        seen: set[int] = set()
        while index is not None and index not in seen:
            seen.add(index)
            subject = next((i for i in self._children()[index] if self.words[i].deprel == "nsubj"), None)
            if subject is not None:
                return self._phrase_span(subject)
            word = self.words[index]
            index = word.head if word.deprel in _SHARED_SUBJECT else None
        return None

    def _children(self) -> dict[int, list[int]]:
        """Each word's dependents, indexed once per annotation (a long article has many cues)."""
        if self._dependents is None:
            self._dependents = {i: [] for i in range(len(self.words or []))}
            for i, word in enumerate(self.words or []):
                if word.head is not None:
                    self._dependents[word.head].append(i)
        return self._dependents

    def _word_covering(self, start: int, end: int) -> int | None:
        """The first verb among the words overlapping text[start:end], else the first such word."""
        words = self.words or []
        if self._starts is None:
            self._starts = [w.start for w in words]
        end = max(end, start + 1)
        first = bisect.bisect_right(self._starts, start)
        while first > 0 and words[first - 1].end > start:  # words starting before `start` that reach into it
            first -= 1
        overlapping = []
        for i in range(first, len(words)):
            if words[i].start >= end:
                break
            if words[i].end > start:
                overlapping.append(i)
        if not overlapping:
            return None
        return next((i for i in overlapping if words[i].upos in {"VERB", "AUX"}), overlapping[0])

    def _phrase_span(self, head: int) -> tuple[int, int]:
        """The span of `head` and, recursively, of its name-forming dependents."""
        words = self.words or []
        members = {head}
        frontier = [head]
        while frontier:
            for i in self._children()[frontier.pop()]:
                if words[i].deprel in _PHRASE_PARTS and i not in members:
                    members.add(i)
                    frontier.append(i)
        return min(words[i].start for i in members), max(words[i].end for i in members)
