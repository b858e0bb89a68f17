"""Quotation marks of every style, told apart from apostrophes, and quotes within quotes."""

import pytest

from quotes import extract
from quotes.detect import detect
from quotes.detect.marks import find_marked
from quotes.model import Document
from quotes.text import paragraphs


def top(text):
    return [text[q.start:q.end] for q in extract(text) if q.parent_id is None]


def spans(text):
    return [(text[s.start:s.end], s.depth) for s in find_marked(text, paragraphs(text))]


@pytest.mark.parametrize("text, words", [
    ('"We open on Monday," said Lena Ek.', "We open on Monday"),
    ("\u201cWe open on Monday,\u201d said Lena Ek.", "We open on Monday"),
    ("\u00abWe open on Monday\u00bb, said Lena Ek.", "We open on Monday"),
    ("\u201eWe open on Monday\u201c, said Lena Ek.", "We open on Monday"),
    ("\u2039We open on Monday\u203a, said Lena Ek.", "We open on Monday"),
    ("\u300cWe open on Monday\u300d, said Lena Ek.", "We open on Monday"),
    ("\u2018We open on Monday,\u2019 said Lena Ek.", "We open on Monday"),
    ("'We open on Monday,' said Lena Ek.", "We open on Monday"),
    ("``We open on Monday,'' said Lena Ek.", "We open on Monday"),
    ("\u00bbWe open on Monday,\u00ab said Lena Ek.", "We open on Monday"),
    ("\u00bbWe open on Monday\u00bb, said Lena Ek.", "We open on Monday"),
    ("\u203aWe open on Monday,\u2039 said Lena Ek.", "We open on Monday"),
])
def test_every_mark_style_opens_and_closes_a_quote(text, words):
    found = extract(text)
    assert [q.text for q in found] == [words]
    assert found[0].speaker == "Lena Ek"
    assert text[found[0].start:found[0].end] == words


def test_apostrophes_inside_single_mark_quotes():
    text = "\u2018We\u2019ll see what the players\u2019 union thinks, but I don\u2019t mind,\u2019 said coach Ida Holm."
    assert top(text) == ["We\u2019ll see what the players\u2019 union thinks, but I don\u2019t mind"]


def test_apostrophes_alone_make_no_quote():
    text = ("In the '90s the band's fans loved rock 'n' roll, and the Jones' house was full of 'em. "
            "Ivan O'Neil didn't come.")
    assert spans(text) == []


def test_plural_possessive_before_the_closing_mark():
    text = "'We thank the volunteers' families,' said the mayor."
    assert top(text) == ["We thank the volunteers' families"]


def test_plural_possessive_before_a_capitalised_name_is_an_apostrophe():
    text = "Bakers will walk out on Friday, the head of the Bakers' Guild warned on Tuesday."
    assert spans(text) == []
    text = "'We want a fair deal for the Dockers' Union,' said its chair, Ola Brun."
    assert top(text) == ["We want a fair deal for the Dockers' Union"]


def test_plural_possessive_closes_when_nothing_else_can():
    text = "Asked what mattered, Ada Lunde said 'the teachers'.\n\nThe debate went on."
    assert spans(text) == [("the teachers", 0)]


def test_single_marks_inside_double_marks_are_nested():
    text = "\u201cMy father told me \u2018never give up\u2019 and I didn\u2019t,\u201d said Tove Berg."
    found = extract(text)
    outer = next(q for q in found if q.parent_id is None)
    inner = next(q for q in found if q.parent_id is not None)
    assert outer.text == "My father told me \u2018never give up\u2019 and I didn\u2019t"
    assert inner.text == "never give up" and inner.parent_id == outer.quote_id
    # `told me` reports the father's words: the inner quote is his, cited by Berg.
    assert inner.kind == "nested" and inner.method == "nested_cue" and inner.speaker == "Tove Berg's father"


def test_double_marks_inside_double_marks_are_nested():
    text = "\u201cFans still shout \u201cone more\u201d at every show,\u201d the singer Mia Dahl said."
    assert spans(text) == [("Fans still shout \u201cone more\u201d at every show", 0), ("one more", 1)]


def test_german_marks_inside_guillemets_are_nested():
    text = "\u00abDas nennen wir \u201eFortschritt\u201c, mehr nicht\u00bb, sagte er."
    assert spans(text) == [("Das nennen wir \u201eFortschritt\u201c, mehr nicht", 0), ("Fortschritt", 1)]


def test_double_marks_inside_british_single_marks_are_nested():
    text = "\u2018The sign said \u201cclosed\u201d all week,\u2019 said Ola Vik."
    assert spans(text) == [("The sign said \u201cclosed\u201d all week", 0), ("closed", 1)]


def test_translated_press_convention_one_mark_over_paragraphs():
    text = ("Opening the talks, the President said: \u201cDear friends, welcome.\n\n"
            "We have a long agenda today.\n\n"
            "I am sure we will agree on it,\u201d President Aron Falk concluded.")
    found = extract(text)
    assert len(found) == 1
    assert found[0].text.startswith("Dear friends") and found[0].text.endswith("agree on it")
    assert found[0].speaker == "Aron Falk" and not found[0].unclosed


def test_unclosed_mark_does_not_swallow_the_article():
    opening = "\u201cThe port stays open, said the harbour master Nils Aas.\n\n"
    later = "".join(f"Paragraph {i} of the report describes the harbour.\n\n" for i in range(40))
    text = opening + later + "\u201cWe will hire ten pilots,\u201d said Nils Aas."
    found = extract(text)
    assert found[0].unclosed and found[0].end <= len(opening)
    assert found[-1].text == "We will hire ten pilots" and found[-1].speaker == "Nils Aas"


def test_an_opening_curly_mark_typed_where_the_closing_one_belongs_closes_the_quote():
    from quotes import extract

    text = "The hearing ended.\n\n\u201cIt is unusual,\u201c said Ivo Brandt, a lawyer. \u201cIt is hard to do.\u201d"
    assert [(q.text, q.speaker) for q in extract(text)] == [("It is unusual", "Ivo Brandt"),
                                                             ("It is hard to do.", "Ivo Brandt")]


def test_a_dropped_g_apostrophe_inside_single_marks_does_not_close_the_quote():
    text = "'I'm not goin' anywhere,' the striker said."
    assert [q.text for q in extract(text)] == ["I'm not goin' anywhere"]


def test_a_guillemet_points_the_way_its_place_says():
    # German: `»` after a colon and before a word opens, `«` after the words closes, a full stop before it
    # ending the sentence.
    text = "Mayor Lena Ek told the paper: \u00bbWe were wrong.\u00ab Then she left the hall."
    assert spans(text) == [("We were wrong.", 0)]
    assert [(q.text, q.speaker) for q in extract(text)] == [("We were wrong.", "Lena Ek")]
    # French and Russian `«...»`, with or without the spaces inside, are read as before.
    assert spans("Lena Ek a dit : \u00ab Nous ouvrons lundi \u00bb, puis elle est partie.") == [
        ("Nous ouvrons lundi", 0)]
    text = "Lena Ek said: \u00abWe open on Monday\u00bb. Then she left, \u00abfor good\u00bb."
    assert [span for span, _ in spans(text)] == ["We open on Monday", "for good"]


def test_words_before_a_typewriter_pair_are_read_as_before_any_other_mark():
    called = "Senator Ola Holm pushed for what she called a ''harbour surcharge,'' which was dropped."
    assert [(q.text, q.speaker) for q in extract(called)] == [("harbour surcharge", "Ola Holm")]
    doc = Document("t", "Officials met near the so-called ''green zone'' on Tuesday.")
    detect(doc)
    assert [(n.text, n.reason) for n in doc.non_speech] == [("green zone", "naming")]


def test_a_plural_possessive_in_a_quote_that_runs_on_to_the_next_paragraph_is_an_apostrophe():
    # The quote's paragraph ends on a stop with no closing mark and the next paragraph reopens with a mark, as
    # news writes quotes of several paragraphs: `players'` in its last sentence does not end it.
    text = ("'We lost the game,' said Rhodri Pask. 'The players' effort was there all afternoon.\n\n"
            "'But effort alone wins you nothing.'")
    found = [q.text for q in extract(text)]
    assert any(t.startswith("The players' effort") and t.endswith("wins you nothing.") for t in found), found
    # A quote opened inside a sentence is a phrase; a plural possessive after it still closes it.
    text = "Fans chanted 'pay the players' outside the ground.\n\n'We want answers,' said one fan."
    assert ("pay the players", 0) in spans(text)


def test_feet_and_inches_are_primes_not_quotation_marks():
    text = ("Tova Quillane, a former lock forward who stands 6' 4\" and still referees, said she would keep "
            "playing 'till the whistle goes'. Her brother, 5’11”, said it was \"a family thing\".")
    assert top(text) == ["till the whistle goes", "a family thing"]
    quotes = detect(Document("p", text))
    assert [q.text for q in quotes] == ["till the whistle goes", "a family thing"]
