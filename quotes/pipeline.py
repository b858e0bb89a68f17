"""The pipeline: read, detect, attribute, find occasions, unify speakers, export.

Each step adds one kind of annotation to the `Document`s; `build` runs them all
and is what the `quotes build` command calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes.addressees import find_addressees
from quotes.attribute import attribute
from quotes.detect import detect
from quotes.model import Document, Quote
from quotes.occasion import find_occasions
from quotes.speaker_list import SpeakerList
from quotes.speakers import canonicalise

if TYPE_CHECKING:
    from quotes.incremental import BuildSummary


def process(doc: Document) -> Document:
    """Detection, attribution, occasion and addressees for one document."""
    if doc.text:
        detect(doc)
        attribute(doc)
        find_occasions(doc)
        find_addressees(doc)
    return doc


def extract(text: str, doc_id: str = "text") -> list[Quote]:
    """The quotes of one text, attributed within it."""
    doc = process(Document(doc_id, text))
    canonicalise([doc])
    return doc.quotes


def build(inputs: Sequence[str | Path], out_dir: str | Path, on_error: str = "skip",
          report: Callable[[str], None] | None = None,
          speakers: str | Path | SpeakerList | None = None, **options: Any) -> BuildSummary:
    """Build the corpus of `inputs` into `out_dir` and say what was done.

    `speakers` is a speaker list (a CSV path or a loaded `SpeakerList`) whose canonical
    names, roles and Wikidata ids take precedence over what the articles say.
    `options` are those of `quotes.incremental.build_corpus`: `nlp` (the annotator: `auto`,
    `stanza`, `rules` or an annotator object, see docs/nlp.md), `stanza_dir` (where stanza's
    models are), workers, cache, max_chars, engine, scheduler, progress (see docs/scale.md).
    """
    from quotes.incremental import build_corpus  # here: it imports this module's `process`

    return build_corpus(inputs, out_dir, on_error, report, speakers, **options)
