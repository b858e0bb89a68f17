"""The pipeline: read, detect, attribute, find occasions, unify speakers, export.

Each step adds one kind of annotation to the `Document`s; `build` runs them all
and is what the `quotes build` command calls.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from quotes.addressees import find_addressees
from quotes.attribute import attribute
from quotes.detect import detect
from quotes.export import write_corpus
from quotes.model import Document, Quote
from quotes.nlp import Annotator, annotate, get_annotator, release
from quotes.occasion import find_occasions
from quotes.provenance import file_sha256, input_checksums
from quotes.readers import read_documents
from quotes.speaker_list import SpeakerList, load_speaker_list
from quotes.speakers import canonicalise


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
          speakers: str | Path | SpeakerList | None = None, nlp: str | Annotator = "auto",
          stanza_dir: str | Path | None = None) -> list[Document]:
    """Build the corpus of `inputs` into `out_dir` and return its documents.

    `nlp` is the annotator (`auto`, `stanza`, `rules` or an annotator object, see `quotes.nlp`);
    `stanza_dir` is where stanza's models are (by default `$STANZA_RESOURCES_DIR` or stanza's own).

    `speakers` is a speaker list (a CSV path or a loaded `SpeakerList`) whose canonical
    names, roles and Wikidata ids take precedence over what the articles say.
    """
    listing = load_speaker_list(speakers) if isinstance(speakers, (str, Path)) else speakers
    for warning in listing.warnings if listing else []:
        if report:
            report(warning)
    annotator = get_annotator(nlp, stanza_dir) if isinstance(nlp, str) else nlp
    docs = [release(process(doc)) for doc in annotate(read_documents(inputs, on_error=on_error, report=report),
                                                      annotator)]
    canonicalise(docs, listing)
    info = {**annotator.info(), "on_error": on_error}
    if listing:
        info["speaker_list"] = Path(speakers).name if isinstance(speakers, (str, Path)) else "given"
    if isinstance(speakers, (str, Path)):
        info["speaker_list_sha256"] = file_sha256(speakers)
    # What the corpus was made of: SHA-256 of every input file, keyed as documents.path gives it.
    info["input_sha256"] = json.dumps(input_checksums(docs, report), sort_keys=True)
    write_corpus(docs, out_dir, info, listing.by_id() if listing else None)
    return docs
