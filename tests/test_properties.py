"""Properties that hold for any input text."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract
from quotes.detect import detect
from quotes.model import Document

MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "'", "\u2018", "\u2019", "\u2039", "\u203a",
         "\u300c", "\u300d", "``", "s' ", "n't", " 'em"]
LAYOUT = ["- ", "\u2014 ", "-", ":", "\n\n", "\n", ", \u2014 ", ". \u2014 ", "READ MORE: "]
WORDS = [" said ", "Anna Berg", " he said.", "Mr. ", ", ", ". ", "We will", "the minister", "Question: ",
         "Ivan Petrov: ", "?", "according to ", "so-called ", " called it ", "the word "]
PIECES = st.sampled_from(MARKS + LAYOUT + WORDS)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=50).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_offsets_are_valid_and_quotes_do_not_overlap(text):
    quotes = extract(text)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
    top = sorted((q for q in quotes if q.parent_id is None), key=lambda q: q.start)
    for first, second in itertools.pairwise(top):
        assert first.end <= second.start


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_nested_quotes_lie_inside_their_parent(text):
    quotes = extract(text)
    by_id = {q.quote_id: q for q in quotes}
    for quote in quotes:
        if quote.parent_id is not None:
            parent = by_id[quote.parent_id]
            assert parent.parent_id is None
            assert parent.start <= quote.start and quote.end <= parent.end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_non_speech_spans_index_the_text_and_miss_the_quotes(text):
    # A term or title a speaker marks inside a quote lies wholly inside it; anything else misses every quote.
    doc = Document("t", text)
    detect(doc)
    top = [(q.start, q.end) for q in doc.top_level_quotes()]
    for item in doc.non_speech:
        assert 0 <= item.start < item.end <= len(text) and text[item.start:item.end] == item.text
        overlapped = [(start, end) for start, end in top if start < item.end and item.start < end]
        inside = len(overlapped) == 1 and overlapped[0][0] <= item.start and item.end <= overlapped[0][1]
        assert not overlapped or inside and item.reason in ("naming", "name_or_title")
