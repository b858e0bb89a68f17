"""Properties that hold for any input text."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract

PIECES = st.sampled_from(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "''", "- ", "\u2014 ", ":", "\n\n",
                          "\n", " said ", "Anna Berg", " he said.", "Mr. ", ", ", ". ", "We will", "the minister",
                          "Question: ", "Ivan Petrov: ", "?", "according to ", "so-called "])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
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
