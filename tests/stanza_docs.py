"""stanza `Document`s built by hand from token dicts: the objects a stanza pipeline with NER and a
dependency parse returns, for testing the code that reads them without those models installed."""

from __future__ import annotations

from stanza.models.common.doc import Document


def parsed(text: str, sentences: list[list[tuple]]) -> Document:
    """A stanza Document of `text`.

    Each sentence is a list of rows `(word, head, deprel, upos, ner)`, in text order; `head` is
    the 1-based index of the head word within its sentence (0 for the root) and `ner` a BIOES
    tag ("O" outside entities). Character offsets are found by reading the words off the text.
    """
    at = 0
    out = []
    for rows in sentences:
        tokens = []
        for index, (word, head, deprel, upos, ner) in enumerate(rows, start=1):
            start = text.index(word, at)
            at = start + len(word)
            tokens.append({"id": index, "text": word, "start_char": start, "end_char": at, "head": head,
                           "deprel": deprel, "upos": upos, "lemma": word.lower(), "ner": ner})
        out.append(tokens)
    return Document(out, text=text)
