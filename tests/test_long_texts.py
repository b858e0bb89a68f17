"""Long and malformed texts: each search reads a bounded stretch around the quote or mark it serves.

Without these bounds an article of one long paragraph, a page of stray quotation marks or a dash
that never hands back cost the square of their length (`benchmarks/worst_case.py` shows the growth).
"""

from quotes import extract
from quotes.addressees import _own_addresses
from quotes.attribute import _evaluation_verbs
from quotes.detect import dialogue
from quotes.detect.marks import MAX_INNER_OPEN, find_marked
from quotes.model import Quote
from quotes.resolve import ANTECEDENT_REACH
from quotes.text import LONGEST_SENTENCE, nth_word_start, paragraphs, sentence_start

EM = "\u2014"


def test_a_sentence_is_read_back_from_its_last_stop():
    text = "The ferry left. It was late and the harbour was empty"
    assert text[sentence_start(text, 0, len(text)):] == "It was late and the harbour was empty"


def test_a_stretch_without_stops_is_read_back_no_further_than_the_longest_sentence():
    text = "Intro. " + "word " * 1000 + "end"
    begin = sentence_start(text, 0, len(text))
    assert len(text) - begin <= LONGEST_SENTENCE
    assert begin > len("Intro. ") and text[begin - 1] == " " and text.startswith("word", begin)


def test_a_stop_inside_the_reach_still_starts_the_sentence():
    text = "word " * 1000 + "Stop here. Then the rest"
    assert text[sentence_start(text, 0, len(text)):] == "Then the rest"


def test_nth_word_start():
    text = "one two, three-four five"
    assert nth_word_start(text, 0, len(text), 0) == 0
    assert text[nth_word_start(text, 0, len(text), 2):] == "three-four five"
    assert nth_word_start(text, 0, len(text), 4) == len(text)
    assert text[nth_word_start(text, 4, len(text), 1):] == "three-four five"


def _author_words(count):
    """Dash dialogue whose author's words (`said the pilot ...`) are `count` words long."""
    words = ["said", "the", "pilot"] + ["slowly"] * (count - 3)
    return f"{EM} We land at noon, {EM} {' '.join(words)}. {EM} Fasten your belts."


def test_author_words_up_to_the_longest_allowed_cut_the_remark():
    text = _author_words(dialogue.MAX_AUTHOR_WORDS)
    pieces = dialogue.split(text, 0, len(text))
    assert [text[p.start:p.end] for p in pieces] == [f"{EM} We land at noon", "Fasten your belts."]


def test_one_word_more_and_the_dash_is_not_the_author_handing_back():
    text = _author_words(dialogue.MAX_AUTHOR_WORDS + 1)
    assert dialogue.split(text, 0, len(text)) == []


def test_quotes_nest_a_few_levels_deep_at_most():
    text = "\u201cone \u201ctwo \u201cthree \u201cfour\u201d five\u201d six\u201d seven\u201d eight."
    depths = [span.depth for span in find_marked(text, paragraphs(text))]
    assert max(depths) == MAX_INNER_OPEN
    assert len(depths) == MAX_INNER_OPEN + 1


def test_a_quote_inside_a_quote_is_still_found():
    text = "\u201cThey called us \u201camateurs\u201d in May,\u201d the coach said."
    found = [(text[span.start:span.end], span.depth) for span in find_marked(text, paragraphs(text))]
    assert found == [("They called us \u201camateurs\u201d in May", 0), ("amateurs", 1)]


def test_addresses_inside_nested_quotes_that_overlap_are_left_out():
    text = "Friends, hear this. Sir, it is late. Madam, yes. Colleagues, go."
    quote = Quote("d", 100, 100 + len(text), text)
    assert [a.text for a in _own_addresses(quote, [])] == ["Friends", "Sir", "Madam", "Colleagues"]
    sir, late, colleagues = (100 + text.index(word) for word in ("Sir", "late", "Colleagues"))
    # A nested quote from `Sir` to `Colleagues`, and one nested in it around `late` alone:
    # `Madam` stands after the inner one but inside the outer one.
    inner = [(sir, colleagues - 1), (late, late + 4)]
    assert [a.text for a in _own_addresses(quote, inner)] == ["Friends", "Colleagues"]


def test_evaluation_verbs_are_whole_words():
    assert _evaluation_verbs().findall("she recalled it and called it rash") == ["called"]
    assert _evaluation_verbs().findall("Xcalled, branded") == ["called", "branded"]


def _ferry_story(narration_chars):
    narration = "the river ran high and the boats waited at the pier for the tide to turn. "
    return ("Captain Ivo Marsh steered the ferry into the bay on Monday.\n\n"
            + narration * (narration_chars // len(narration) + 1) + '\n\n"We are late again," he said.')


def test_he_takes_up_the_person_named_a_few_paragraphs_back():
    [quote] = extract(_ferry_story(300))
    assert quote.speaker == "Ivo Marsh"


def test_he_does_not_reach_back_past_the_antecedent_reach():
    [quote] = extract(_ferry_story(ANTECEDENT_REACH))
    assert quote.speaker is None
