"""The per-document stage of a build: everything that needs one article and nothing else.

It runs wherever documents are processed (this process, a local worker, a Dask
worker), so its input and output are plain values: documents in, the rows the
processed documents give the tables out (compressed, `quotes.rows`), with what
the corpus-level stage needs about speakers beside them. Besides
`pipeline.process` it answers two kinds of input that are not news articles,
each with a warning in the document's row rather than a failure: a text too
long to be one article, and quotation marks that do not pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.collector import fewer_collections
from quotes.model import Document
from quotes.nlp import release
from quotes.pipeline import process
from quotes.rows import document_rows
from quotes.unify import SpeakerMentions, speaker_mentions

#: Longer texts are not analysed: a news article is some thousands of characters, so a text a
#: thousand times that is a dump of many articles or not an article at all. Processing is linear,
#: so a larger limit only costs time (about half a second a megabyte).
MAX_CHARS = 5_000_000
#: A document with this many quotes left open has marks that do not pair up, and says so.
UNPAIRED_WARNING = 10


@dataclass(frozen=True)
class Options:
    """The choices that change per-document results (and so are part of every cache key)."""

    max_chars: int = MAX_CHARS
    # The annotator's name: stanza's sentences, entities and parses change what is found.
    annotator: str = "rules"


@dataclass
class Processed:
    """One processed document as the corpus-level stage receives it."""

    doc_id: str
    key: str
    blob: bytes  # the processed document's rows (`quotes.rows.DocumentRows.to_bytes`)
    mentions: SpeakerMentions
    warnings: list[str]  # warnings added by this stage (the reader's are reported already)


def where(doc: Document) -> str:
    """How a warning names a document: its file, and its id when the file holds several."""
    if doc.path is None:
        return f"document {doc.doc_id!r}"
    return f"{doc.path} (document {doc.doc_id!r})"


def analyse(doc: Document, options: Options) -> Document:
    """Process one document, unless it is too long to be an article; warn about unpaired marks."""
    if len(doc.text) > options.max_chars:
        doc.warnings.append(f"{where(doc)}: {len(doc.text):,} characters, more than one article can have "
                            f"({options.max_chars:,}); not analysed (raise --max-chars to analyse it)")
        return doc
    release(process(doc))  # the cache and the workers' replies need not carry the annotation
    # Counted as detected: quoted words set aside later as nobody's speech had unpaired marks too.
    unclosed = sum(1 for quote in doc.quotes if quote.unclosed) + sum(1 for item in doc.non_speech if item.unclosed)
    if unclosed >= UNPAIRED_WARNING:
        doc.warnings.append(f"{where(doc)}: {unclosed:,} quotes whose quotation marks do not pair up; "
                            "each was cut at the end of its paragraph")
    return doc


def analyse_many(items: list[tuple[Document, str]], options: Options) -> list[Processed]:
    """The stage for a chunk of (document, cache key) pairs: what a worker runs (a Dask worker too,
    hence the collector's threshold raised here as well as for the whole build)."""
    out = []
    with fewer_collections():
        for doc, key in items:
            before = len(doc.warnings)
            try:
                analyse(doc, options)
            except Exception as error:  # one article must not end a build of millions: it is kept, and says why
                doc.quotes, doc.non_speech = [], []
                first_line = str(error).splitlines()[0] if str(error) else ""
                doc.warnings.append(f"{where(doc)}: could not be analysed ({type(error).__name__}: {first_line})")
            blob = document_rows(doc).to_bytes()
            out.append(Processed(doc.doc_id, key, blob, speaker_mentions(doc), doc.warnings[before:]))
    return out
