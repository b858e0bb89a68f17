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
from quotes.speakers import canonicalise, join_familiar_forms, unname_exchange_roles
from quotes.text import plain_spacing

if TYPE_CHECKING:
    from quotes.incremental import BuildSummary


def process(doc: Document) -> Document:
    """Detection, attribution, occasion and addressees for one document.

    The rules read paragraphs off "\n" and words apart at " "; a text that breaks its lines
    otherwise (a lone CR, U+2028, U+2029) or spaces its words with other characters (a
    no-break space) is read with those written as "\n" and " " (`plain_spacing`), which
    moves no offset, and keeps its own characters in the document and in what is cut out of it.
    """
    if doc.text:
        original = doc.text
        doc.text = plain_spacing(original)
        try:
            detect(doc)
            attribute(doc)
            unname_exchange_roles(doc)
            join_familiar_forms(doc)
            find_occasions(doc)
            find_addressees(doc)
        finally:
            if doc.text is not original:
                _restore_text(doc, original)
    return doc


def _restore_text(doc: Document, original: str) -> None:
    """Put the document's own text back, and cut its quotes and their mentions out of it again."""
    doc.text = original
    for item in (*doc.quotes, *doc.non_speech):
        item.text = original[item.start:item.end]
    for quote in doc.quotes:
        for mention in (quote.mention, quote.intro):
            if mention is not None:
                mention.text = original[mention.start:mention.end]


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
