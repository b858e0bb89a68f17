"""The NLP layer: one annotation interface, two annotators.

`RulesAnnotator` (the project's own rules, no model) and `StanzaAnnotator` (stanza's
models, where installed) both turn texts into `Annotation`s; every later step reads
those, never a stanza object. `get_annotator("auto")` takes stanza where its models are
installed and the rules otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Protocol

from quotes.model import Document
from quotes.nlp.annotation import Annotation, EntitySpan, Token, Word
from quotes.nlp.models import ModelsError, ModelsNotFound, UnknownAnnotator
from quotes.nlp.people import entities_of
from quotes.nlp.rules import RulesAnnotator
from quotes.text import plain_spacing

__all__ = ["BATCH_SIZE", "NLP_CHOICES", "Annotation", "Annotator", "EntitySpan", "ModelsError", "ModelsNotFound",
           "RulesAnnotator", "Token", "Word", "annotate", "entities_of", "release", "get_annotator"]

#: What `--nlp` accepts.
NLP_CHOICES = ("auto", "stanza", "rules")
#: Articles per stanza call: large enough for `bulk_process` to batch well, small enough to stream.
BATCH_SIZE = 32

log = logging.getLogger("quotes.nlp")


class Annotator(Protocol):
    """Anything that annotates texts: `RulesAnnotator`, `StanzaAnnotator`."""

    name: str
    processors: tuple[str, ...]

    def annotate(self, texts: Sequence[str]) -> list[Annotation]: ...

    def info(self) -> dict[str, str]: ...

    def describe(self) -> str: ...


def get_annotator(nlp: str = "auto", stanza_dir: str | Path | None = None, lang: str = "en") -> Annotator:
    """The annotator `nlp` names: `rules`, `stanza` (its models must be installed) or `auto`.

    `auto` takes stanza where its models for `lang` are installed and the rules otherwise;
    `describe()` on the result says which, and why the rules when they were chosen.
    """
    if nlp not in NLP_CHOICES:
        raise UnknownAnnotator(f"unknown annotator '{nlp}': choose one of {', '.join(NLP_CHOICES)}")
    if nlp == "rules":
        return RulesAnnotator()
    try:
        from quotes.nlp.stanza_annotator import StanzaAnnotator

        annotator = StanzaAnnotator(lang, stanza_dir)
        if nlp == "stanza":
            annotator.load()  # a model that will not load says so now, not after reading every input
    except ModelsNotFound as error:
        if nlp == "stanza":
            raise
        log.info("no stanza models (%s): using the rule annotator", error)
        return _FallBack(str(error))
    log.info(annotator.describe())
    return annotator


class _FallBack(RulesAnnotator):
    """The rule annotator, chosen by `auto` because stanza's models are missing; it says why."""

    def __init__(self, reason: str):
        self.reason = reason

    def describe(self) -> str:
        return f"annotator: rules (no model; stanza not used: {self.reason})"


def annotate(docs: Iterable[Document], annotator: Annotator, batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Fill `doc.annotation` on each document, `batch_size` at a time, and yield the documents in order.

    Lazy, so that a stream of documents stays a stream. The annotator reads each text as the rules do,
    its line breaks and spaces made plain (`quotes.text.plain_spacing`), at the same offsets.
    """
    stream = iter(docs)
    while batch := list(islice(stream, batch_size)):
        texts = [plain_spacing(doc.text or "") for doc in batch]
        for doc, annotation in zip(batch, annotator.annotate(texts), strict=True):
            doc.annotation = annotation
        yield from batch


def release(doc: Document) -> Document:
    """Drop a processed document's annotation: the steps are done with it, and a corpus of many
    articles should not hold every token of every one of them in memory."""
    doc.annotation = None
    return doc
