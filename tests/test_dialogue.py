"""Dash dialogue: the author's words set off by dashes inside a remark are not quoted, they introduce it."""

import pytest

from quotes import extract
from quotes.detect import detect, dialogue
from quotes.model import Document

EM = "\u2014"


def top(text):
    return [q for q in extract(text) if q.parent_id is None]


def spans(text):
    return [(q.kind, q.text) for q in top(text)]


def test_cue_before_the_speaker_splits_the_remark():
    text = ("Governor Mirko Tann opened the river forum on Monday.\n\n"
            f"{EM} We will keep dredging the channel, {EM} said the Governor. {EM} No date is fixed yet.")
    found = top(text)
    assert [(q.kind, q.text) for q in found] == [("dash", "We will keep dredging the channel"),
                                                 ("dash", "No date is fixed yet.")]
    assert all(q.speaker == "Mirko Tann" and q.method == "introducer" for q in found)
    assert all(q.intro.text == "said the Governor" for q in found)


def test_speaker_before_the_cue_at_the_paragraph_end():
    text = f"The ferry reached the island at noon.\n\n{EM} Welcome aboard, {EM} Edda Sorvik replied."
    [quote] = top(text)
    assert (quote.kind, quote.text, quote.speaker) == ("dash", "Welcome aboard", "Edda Sorvik")
    assert quote.intro.text == "Edda Sorvik replied"
    assert text[quote.intro.start:quote.intro.end] == quote.intro.text


def test_hyphens_without_spaces_and_a_colon_handing_back():
    text = ("Transport Minister Oda Brenn visited the port.\n\n"
            "-The quay is repaired, - the minister noted, adding: - Ferries will run again in spring.")
    found = top(text)
    assert [q.text for q in found] == ["The quay is repaired", "Ferries will run again in spring."]
    assert all(q.kind == "dash" and q.speaker == "Oda Brenn" for q in found)
    assert found[0].intro.text == "the minister noted, adding"


def test_author_words_make_a_remark_without_an_introducer():
    text = f"Storms closed the northern road.\n\n{EM} Crews are out since dawn, {EM} Pavo Lind told reporters."
    [quote] = top(text)
    assert quote.kind == "dash" and quote.text == "Crews are out since dawn" and quote.speaker == "Pavo Lind"


def test_author_words_closing_the_paragraph_close_the_remark():
    text = (f"The council met.\n\n{EM} Thank you all, {EM} Rasa Vey answered.\n\n"
            "We hope the budget passes in May.")
    assert spans(text) == [("dash", "Thank you all")]


def test_speech_after_the_author_words_runs_on_to_the_next_paragraph():
    text = (f"The council met.\n\n{EM} The vote is close, {EM} said Rasa Vey. {EM} We need two more members.\n\n"
            "We will ask them again on Friday.")
    found = top(text)
    assert found[1].text == "We need two more members.\n\nWe will ask them again on Friday."
    assert found[1].speaker == "Rasa Vey"


def test_several_author_insertions_in_one_paragraph():
    text = (f"The mill reopened.\n\n{EM} First the roof, {EM} said Ilse Kord. "
            f"{EM} Then the wheel, {EM} she added. {EM} And after that the bakery!")
    found = top(text)
    assert [q.text for q in found] == ["First the roof", "Then the wheel", "And after that the bakery!"]
    assert [q.intro.text for q in found] == ["said Ilse Kord", "she added", "she added"]
    assert all(q.speaker == "Ilse Kord" for q in found)


def test_question_with_author_words_is_answered_by_the_next_dash_paragraph():
    text = (f"The host turned to the guest.\n\n{EM} Are you ready? {EM} asked the host.\n\n"
            f"{EM} Yes, we are, {EM} replied Tomas Arn.")
    found = top(text)
    assert [q.text for q in found] == ["Are you ready?", "Yes, we are"]
    assert found[1].speaker == "Tomas Arn" and found[1].turn == "answer"


@pytest.mark.parametrize("body", [
    "- We are partners - our actions are agreed in advance.",
    "- The 2020-2021 season was our best.",
    "- He is a well-known - and respected - figure among us.",
    "- We are partners, - our actions are agreed in advance.",
    f"{EM} We met in May. {EM} Then we talked about trade.",
])
def test_dash_inside_speech_is_not_a_split(body):
    text = f"Harbour chief Nils Aro said:\n\n{body}"
    [quote] = top(text)
    assert quote.kind == "dash" and quote.text == body.lstrip(f"-{EM} ")
    assert quote.speaker == "Nils Aro" and quote.intro.text == "Harbour chief Nils Aro said:"


def test_dash_without_author_words_needs_an_introducer():
    text = "The plan was read out.\n\n- The plan, - a well-known - and respected - figure.\n\nIt was short."
    assert spans(text) == []


def test_hyphenated_word_after_a_dash_is_not_an_opening():
    text = "Aid came. U.S.-backed groups said so."
    assert dialogue.split(text, 0, len(text)) == []


def test_pieces_point_into_the_text():
    text = f"{EM} Ready, {EM} said Ola Berg. {EM} Go on."
    pieces = dialogue.split(text, 2, len(text))
    assert [text[p.start:p.end] for p in pieces] == ["Ready", "Go on."]
    assert [text[p.intro[0]:p.intro[1]] for p in pieces] == ["said Ola Berg", "said Ola Berg"]
    assert not dialogue.ends_with_author(pieces)


def test_offsets_exclude_dashes_author_words_and_trailing_commas():
    text = ("Ports Minister Jon Falk spoke in the harbour.\n\n"
            f"{EM} We will build a second pier , {EM} said Jon Falk. {EM} The money is there.\n\n"
            f"{EM}Work starts in June! {EM} the minister stressed.\n\n"
            "-It will take a year, - he noted.")
    doc = Document("d1", text)
    quotes = [q for q in detect(doc) if q.parent_id is None]
    assert [q.text for q in quotes] == ["We will build a second pier", "The money is there.",
                                        "Work starts in June!", "It will take a year"]
    for quote in quotes:
        assert quote.text == doc.text[quote.start:quote.end]
        assert not quote.text.endswith((",", " ")) and not quote.text.startswith(" ")
        assert not any(c in quote.text for c in EM + "-")
        assert not (quote.intro.start < quote.end and quote.start < quote.intro.end)


def test_a_dash_paragraph_that_turns_to_someone_after_narration_is_the_narrated_person_s():
    text = ("President Lauri Kask received Prime Minister Anna Berg in Tallinn on Monday.\n\n"
            "Lauri Kask thanked his guest for accepting the invitation.\n\n"
            "- Madam Prime Minister, I am very glad to see you. We have much to discuss.\n\n"
            "Anna Berg thanked the President.\n\n"
            "- Thank you, Mr. President. It is a pleasure to be here.")
    found = [(q.kind, q.speaker) for q in extract(text)]
    assert found == [("dash", "Lauri Kask"), ("dash", "Anna Berg")]


def test_a_list_after_a_lead_in_with_a_colon_is_not_speech():
    text = "The new parking rules include:\n\nMeters will run until ten in the evening on weekdays."
    assert extract(text) == []
    text = "Mayor Tom Ruiz said in a speech on Tuesday:\n\nFixing the roads comes first."
    assert [(q.kind, q.speaker) for q in extract(text)] == [("colon", "Tom Ruiz")]


def test_a_manner_phrase_after_the_cue_of_a_dash_remark_leaves_the_subject_speaking():
    text = ("The Norland Foreign Ministry commented on the new duties.\n\n"
            "\u2014 Duties do not work, \u2014 the ministry said in a statement.")
    assert [q.speaker for q in extract(text)] == ["Norland Foreign Ministry"]
    text = "Minister Ivan Sokol spoke on Monday.\n\nSokol said in an interview with a weekly:\n\n- Duties do not work."
    assert [q.speaker for q in extract(text)] == ["Ivan Sokol"]


def test_narration_about_a_role_or_the_event_ends_a_dash_remark():
    for after in ("The ceremony was attended by members of the government.",
                  "The head of state then laid a wreath at the monument."):
        text = f"The minister said:\n\n- Dear friends, today is a historic day.\n\n{after}"
        assert [q.text for q in extract(text)] == ["Dear friends, today is a historic day."]
    # Speech that names its own country's bodies in the first person goes on.
    text = ("The minister said:\n\n- Dear friends, today is a historic day.\n\n"
            "The government of our country has worked hard for it.")
    assert extract(text)[0].text.endswith("worked hard for it.")


def test_author_words_after_a_comma_without_a_dash_close_the_remark():
    # English copy of Russian-style dialogue drops the dash before the author's words.
    text = ("Deputy Minister Ilsa Varro and fire chief Oren Tamm briefed reporters in Vesk.\n\n"
            "- We have 40 crews in the hills, and more arrive tonight, the fire chief said.\n\n"
            "- Will the road reopen? the deputy minister asked. \n\n"
            "The road stayed closed until noon.")
    found = top(text)
    assert [(q.kind, q.text) for q in found] == [
        ("dash", "We have 40 crews in the hills, and more arrive tonight"), ("dash", "Will the road reopen?")]
    assert [q.intro.text for q in found] == ["the fire chief said", "the deputy minister asked"]
    assert found[0].speaker == "Oren Tamm"


@pytest.mark.parametrize("body", [
    "- We will rebuild the pier, as the mayor said.",  # a clause of the speech, not the author's
    "-Mayor Ada Brenn, writing after the vote.",  # a signature with a participle
    "- Prices rose in May, according to the port office.",  # a paraphrase's source
])
def test_a_closing_clause_that_is_not_the_author_s_makes_no_remark(body):
    text = f"The pier burned down in March.\n\n{body}\n\nThe council meets on Friday."
    assert spans(text) == []
