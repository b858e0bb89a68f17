"""A processed document as its tables' rows, held by column (`quotes.rows`): what the cache keeps and the
writer writes, with the speakers unified only as it is written."""

import copy
import datetime as dt

import pyarrow as pa
import pytest

from quotes.model import Document, Mention, NonSpeech, Occasion, Quote
from quotes.pipeline import process
from quotes.rows import DocumentRows, document_rows, table_quotes
from quotes.schema import DOCUMENTS_SCHEMA, NON_SPEECH_SCHEMA, QUOTES_SCHEMA
from quotes.speakers import canonicalise
from quotes.unify import SpeakerNames, speaker_mentions
from tests.invented import records

TEXT = ('"The ferry runs again," harbour master Lotte Amsel said. Two pilots said "not before May". '
        'A "lucky" day.')


def _ferry() -> Document:
    """A document with a named speaker, a group, an unnamed speaker, a nested quote and an unspoken phrase."""
    doc = Document("ferry", TEXT, date="2022-04-05", place="Marsby", title="Ferry back")
    said = Quote("ferry", 0, 23, TEXT[0:23], speaker="Lotte Amsel", speaker_id="s_amsel", cue="said",
                 mention=Mention(24, 50, "harbour master Lotte Amsel"),
                 occasion=Occasion(date="2022-04-04", participants=["Jon Peer", "Jon Peer"]))
    group = Quote("ferry", 72, 90, TEXT[72:90], speaker="Ada Brok and Ole Rind", speakers=["Ada Brok", "Ole Rind"],
                  speaker_ids=["s_brok", "s_rind"], occasion=Occasion(date="not a date", place="Quay"))
    nested = Quote("ferry", 1, 10, TEXT[1:10], kind="nested", parent_id=said.quote_id)
    unnamed = Quote("ferry", 55, 70, TEXT[55:70], speaker="two pilots", speaker_id="u_pilots", speaker_named=False)
    doc.quotes = [group, nested, unnamed, said]  # not in the order of the text
    doc.non_speech = [NonSpeech("ferry", 96, 103, '"lucky"', "scare")]
    return doc


def _quote_table(columns) -> list[dict]:
    return pa.Table.from_arrays([list(column) for column in columns], schema=QUOTES_SCHEMA).to_pylist()


def test_the_rows_come_back_from_their_bytes_as_they_were():
    rows = document_rows(_ferry())
    again = DocumentRows.from_bytes(rows.to_bytes())
    assert again == rows and again.doc_id == "ferry" and again.top_level_quotes == 3


def test_the_rows_hold_the_tables_columns_with_dates_and_places_falling_back_to_the_document():
    rows = document_rows(_ferry())
    assert len(rows.document) == len(DOCUMENTS_SCHEMA) and len(rows.quotes) == len(QUOTES_SCHEMA)
    assert len(rows.non_speech) == len(NON_SPEECH_SCHEMA) and rows.non_speech[-1] == ("scare",)
    document = dict(zip(DOCUMENTS_SCHEMA.names, rows.document, strict=True))
    assert (document["date"], document["chars"], document["quotes"]) == (dt.date(2022, 4, 5), len(TEXT), 3)
    quotes = _quote_table(table_quotes(rows.quotes))
    assert [q["start"] for q in quotes] == [0, 1, 55, 72]  # by their offsets
    said, _, _, group = quotes
    assert (said["date"], said["place"]) == (dt.date(2022, 4, 4), "Marsby")
    assert (group["date"], group["place"]) == (dt.date(2022, 4, 5), "Quay")  # a malformed date is the document's


def test_speakers_without_unifying_are_the_articles_own():
    said, nested, unnamed, group = _quote_table(table_quotes(document_rows(_ferry()).quotes))
    assert (said["speakers"], said["speaker_ids"], said["speaker_named"]) == (["Lotte Amsel"], ["s_amsel"], True)
    assert said["participants"] == ["Jon Peer", "Jon Peer"] and said["speaker_mention"] == "harbour master Lotte Amsel"
    assert (group["speakers"], group["speaker_ids"]) == (["Ada Brok", "Ole Rind"], ["s_brok", "s_rind"])
    assert (unnamed["speakers"], unnamed["speaker_named"]) == (["two pilots"], False)
    assert (nested["speaker"], nested["speakers"], nested["speaker_ids"], nested["speaker_named"]) == (
        None, [], [], None)


def test_unifying_the_rows_gives_what_canonicalise_gives_the_documents():
    documents = [process(Document(r["id"], r["text"], date=r["date"])) for r in records(40, seed=5)]
    documents.append(_ferry())
    assert any(q.speakers for d in documents for q in d.quotes)  # groups,
    assert any(q.speaker and not q.speaker_named for d in documents for q in d.quotes)  # unnamed speakers,
    assert any(q.addressees or q.occasion.participants for d in documents for q in d.quotes)  # and people named
    canonicalised = copy.deepcopy(documents)
    canonicalise(canonicalised)
    names = SpeakerNames()
    for doc in documents:
        names.add(speaker_mentions(doc))
    unification = names.unify()
    for doc, done in zip(documents, canonicalised, strict=True):
        unified = unification.table_quotes(doc.doc_id, document_rows(doc).quotes)
        assert _quote_table(unified) == _quote_table(table_quotes(document_rows(done).quotes))


def test_a_speaker_unifying_does_not_know_is_an_error_not_a_guess():
    names = SpeakerNames()
    unification = names.unify()
    with pytest.raises(KeyError):
        unification.table_quotes("ferry", document_rows(_ferry()).quotes)
