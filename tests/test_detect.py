"""Detection rules, each shown on a short text written for the test."""

import pytest

from quotes import extract
from quotes.model import Document
from quotes.nlp import annotate, get_annotator
from quotes.pipeline import process
from quotes.text import RUN_TOGETHER_CHARS, plain_spacing


def texts(text):
    return [(q.kind, text[q.start:q.end]) for q in extract(text) if q.parent_id is None]


def test_straight_and_curly_marks():
    text = 'The mayor spoke. "We will rebuild the bridge," Anna Berg said.\n\n\u201cIt opens in May,\u201d she added.'
    found = texts(text)
    assert ("direct", "We will rebuild the bridge") in found
    assert ("direct", "It opens in May,") in found or ("direct", "It opens in May") in found


def test_scare_quote_without_cue_is_not_speech():
    text = 'The council moved its "temporary" offices to the harbour in its report on Monday.'
    assert texts(text) == []


def test_an_answer_quoted_as_the_modifier_of_a_noun_names_a_choice():
    # `a "no" vote`, `the "oui" camp`: the choices of a ballot, named in a sentence that has a cue.
    text = ('Asked whether she would honour a \u201cno\u201d result, Reeve Tilda Marsh said she would, and '
            'that the "oui" camp in Pellin Bay had run a fair race.')
    doc = process(Document("x", text))
    assert [q.text for q in doc.quotes] == []
    assert {(n.text, n.reason) for n in doc.non_speech} == {("no", "naming"), ("oui", "naming")}
    # Alone, or before a word that is not a noun, the answer is someone's: `"No," Marsh said`.
    assert texts('"No," Marsh said when asked about the levy.') == [("direct", "No")]


def test_so_called_name_is_not_speech():
    text = "Officials met near the so-called \u201cGreen Line\u201d on Tuesday."
    assert texts(text) == []


def test_a_term_or_title_marked_inside_a_quote_is_not_speech():
    # A speaker marks a term or a title as a writer does; what someone was heard to call a thing stays speech.
    text = ('"The so-called \'harbour levy\' is a tax by another name. I reread the novel \'Nine Winters on '
            'the Ice\' last week. Marten called it \'a fair price\', and the word \'fair\' says it all," Ola '
            'Brekke said.')
    doc = process(Document(doc_id="d", text=text))
    assert [q.text for q in doc.quotes if q.kind == "nested"] == ["a fair price"]
    assert {(n.text, n.reason) for n in doc.non_speech} == {
        ("harbour levy", "naming"), ("Nine Winters on the Ice", "name_or_title"), ("fair", "naming")}


def test_news_convention_reopens_each_paragraph():
    text = ('"The harbour will reopen next week.\n\n'
            '"Ships can then dock again," port director Tom Lind said.')
    found = extract(text)
    assert len(found) == 1
    assert found[0].text.endswith("dock again")
    assert found[0].speaker == "Tom Lind"


def test_unclosed_mark_is_bounded_and_flagged():
    text = ('Minister Jana Roos said: "We have done our part.\n\n'
            'The ministry later published the figures.\n\n'
            '"This is a separate statement," said Piet Kool.')
    found = extract(text)
    first = found[0]
    assert first.unclosed and first.text == "We have done our part."
    assert any(q.text == "This is a separate statement" and q.speaker == "Piet Kool" for q in found)


def test_dash_remark_after_introducer_until_narration():
    text = ("Opening the session, Chairman Omar Lind said:\n\n"
            "- Dear colleagues, I welcome you all.\n\n"
            "We have much work to do today.\n\n"
            "Chairman Omar Lind then left the hall.")
    found = [q for q in extract(text) if q.parent_id is None]
    assert len(found) == 1
    remark = found[0]
    assert remark.kind == "dash" and remark.speaker == "Omar Lind"
    assert remark.text.startswith("Dear colleagues") and remark.text.endswith("work to do today.")


def test_hyphen_inside_sentence_is_not_a_remark():
    text = "Trade partners - our neighbours - met in the capital on Friday."
    assert texts(text) == []


def test_transcript_turns():
    text = ("The leaders met in the capital.\n\n"
            "Maria Olsen: Welcome, it is good to see you.\n\n"
            "Ivan Petrov: Thank you for the invitation.")
    found = extract(text)
    assert [(q.kind, q.speaker) for q in found] == [("transcript", "Maria Olsen"), ("transcript", "Ivan Petrov")]


def test_headline_with_dash_attribution():
    text = "Prices will fall next year - Berg\n\nFinance Minister Anna Berg spoke in the capital on Monday."
    found = extract(text)
    assert found[0].kind == "headline" and found[0].text == "Prices will fall next year"
    assert found[0].speaker == "Anna Berg"


@pytest.mark.parametrize("line", [
    " date 2023-05-02 Nordwire _ Berg: Prices will fall next year",
    " date 2023-05-02 Nordwire _ Prices will fall next year - Berg",
    " date 2023-05-02 Prices will fall next year - Berg",
])
def test_headline_after_the_preamble_of_a_date_line(line):
    text = f"{line}\n\nFinance Minister Anna Berg spoke in the capital on Monday."
    found = extract(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [("headline", "Prices will fall next year", "Anna Berg")]


def test_single_transcript_turn_of_a_person_in_the_article():
    text = ("President Lena Morr received the new ambassador on Monday.\n\n"
            "President Lena Morr: Welcome, we are glad you came.\n\n"
            "Morr and the ambassador then discussed trade.")
    found = extract(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("transcript", "Welcome, we are glad you came.", "Lena Morr")]


def test_single_label_that_names_no_person_is_not_a_turn():
    text = "The council met on Monday.\n\nBudget Watch: Spending rose again this year.\n\nThe council adjourned."
    assert texts(text) == []


def test_statement_opening_with_an_address_runs_over_paragraphs():
    text = ("Opening the summit, President Omar Lind said:\n\n"
            "Dear Tove Aas,\n\n"
            "Let me welcome you to our capital in these busy days.\n\n"
            "Lind and Aas then signed the agreement.")
    found = [q for q in extract(text) if q.parent_id is None]
    assert len(found) == 1 and found[0].kind == "colon" and found[0].speaker == "Omar Lind"
    assert found[0].text.startswith("Dear Tove Aas") and found[0].text.endswith("busy days.")


def test_bracketed_aside_after_a_colon_is_not_speech():
    text = ("Here are the dates on the calendar of the tour:\n\n"
            "(Note: only events the team is likely to join are listed.)\n\n"
            "The season starts in May.")
    assert texts(text) == []


def test_colon_introducer_without_a_cue_verb():
    text = ("The committee heard two statements.\n\n"
            "And from Chairwoman Ida Berg:\n\n"
            "Our work on the new rules is nearly finished, and I thank every member for it.\n\n"
            "Berg closed the meeting at noon.")
    found = [q for q in extract(text) if q.parent_id is None]
    assert [(q.kind, q.speaker) for q in found] == [("colon", "Ida Berg")]
    assert found[0].text.startswith("Our work") and found[0].text.endswith("for it.")


def test_dash_remark_without_a_space_after_the_dash():
    text = ("Foreign Minister Karl Ness said:\n\n"
            "-Thank you for the warm welcome, dear friends.\n\n"
            "Ness arrived in the capital on Sunday.")
    found = [q for q in extract(text) if q.parent_id is None]
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("dash", "Thank you for the warm welcome, dear friends.", "Karl Ness")]


def test_lone_carriage_returns_and_unicode_separators_break_paragraphs_like_newlines():
    story = ("Port director Tom Lind spoke on Monday.{br}{br}"
             "\u201cShips can dock again from May,\u201d he said.{br}{br}"
             "President Eva Holm said:{br}{br}- Dear guests, the harbour is open.")
    expected = [(q.kind, q.speaker, q.start, q.end) for q in extract(story.format(br="\n"))]
    assert [kind for kind, *_ in expected] == ["direct", "dash"]
    for br in ("\r", "\u2028", "\u2029"):
        text = story.format(br=br)
        found = extract(text)
        assert [(q.kind, q.speaker, q.start, q.end) for q in found] == expected
        # The document keeps its own line breaks, and each quote is cut out of them.
        assert all(q.text == text[q.start:q.end] for q in found)
        assert process(Document("t", text)).text == text


def test_remarks_and_turns_are_found_in_a_text_whose_paragraphs_were_run_together():
    # A scraper joined the paragraphs with spaces: the dash after a colon or a sentence's end, and a label of
    # two words, still open a remark or a turn, which end where the next begins or the narration resumes.
    text = ("Talks in Vestby VESTBY, March 4. President Ida Berg received Trade Minister Ola Dahl of Kelm on Monday. "
            "Opening the meeting, the head of state said: - Dear Minister, welcome to Vestby. We are glad to see "
            "you here. - Thank you, Madam President. Our trade grew by a third last year, - the minister said. "
            "The two then spoke to the press. Ida Berg: We agreed to open a ferry line in May. Ola Dahl: And the "
            "customs posts will work around the clock. We thank our hosts.")
    doc = process(Document(doc_id="d", text=text))
    found = [(q.kind, q.text, q.speaker) for q in doc.quotes]
    assert found == [
        ("dash", "Dear Minister, welcome to Vestby. We are glad to see you here.", "Ida Berg"),
        ("dash", "Thank you, Madam President. Our trade grew by a third last year", "Ola Dahl"),
        ("transcript", "We agreed to open a ferry line in May.", "Ida Berg"),
        ("transcript", "And the customs posts will work around the clock. We thank our hosts.", "Ola Dahl")]
    assert doc.text == text  # the rules read line breaks there; the document keeps its spaces


def test_a_word_and_a_colon_once_in_running_text_is_no_turn():
    # One capitalised word and a colon, once, may be anything; a turn is only told by a longer or a recurring label.
    text = ("The council met on Monday to discuss the harbour levy and the new ferry line, and a long debate "
            "followed about the cost of the pier and who would cover it at last, the town or the port. "
            "Remember: The levy was raised twice last year. Members also asked about the timetable for the "
            "works, which is due in May, and about the contracts, which are still being drawn up by the clerk "
            "and her two deputies at the town hall.")
    assert len(text) >= RUN_TOGETHER_CHARS and "\n" not in plain_spacing(text)
    assert "\n" in plain_spacing(text.replace("Remember:", "Ada Lind:"))  # a name of two words opens a turn
    assert process(Document(doc_id="d", text=text)).quotes == []


def test_no_break_and_other_unicode_spaces_read_as_spaces():
    story = ("Ann Berg met port director Tom Lind on Monday.\n\n"
             "\u201cShips can dock again from May,\u201d the director said.\n\n"
             "\u201cThe cranes come later,\u201d she said.")
    expected = [(q.speaker, q.start, q.end) for q in extract(story)]
    assert [speaker for speaker, *_ in expected] == ["Tom Lind", "Ann Berg"]
    for space in ("\u00a0", "\u202f", "\u2009", "\u3000"):
        text = story.replace(" ", space)
        found = extract(text)
        assert [(q.speaker, q.start, q.end) for q in found] == expected
        # The document keeps its own spaces, in its text and in what is cut out of it.
        assert all(q.text == text[q.start:q.end] for q in found)
        assert all(q.mention.text == text[q.mention.start:q.mention.end] for q in found if q.mention)
        assert process(Document("t", text)).text == text
        # The annotator that `quotes eval` and the stanza path run first reads the text as the rules do.
        (annotated,) = annotate([Document("t", text)], get_annotator("rules"))
        assert [(q.speaker, q.start, q.end) for q in process(annotated).quotes] == expected


def test_a_quote_over_a_lone_carriage_return_keeps_it():
    text = "\u201cThe ships are back.\rThe cranes are next,\u201d said port director Tom Lind."
    (quote,) = extract(text)
    assert quote.text == "The ships are back.\rThe cranes are next" and quote.speaker == "Tom Lind"


def test_a_headline_label_with_a_cue_is_spoken_by_its_subject():
    text = "Lind says: harbour fees will rise\n\nPort director Tom Lind spoke in Bergen on Monday about the plans."
    (quote,) = extract(text)
    assert (quote.kind, quote.text, quote.speaker, quote.cue) == ("headline", "harbour fees will rise", "Tom Lind",
                                                                   "says")


def test_no_headline_after_the_body_has_begun():
    text = ("Port director Tom Lind spoke in Bergen on Monday about the plans.\n\n"
            'The port authority said: "Harbour fees will rise next spring."')
    (quote,) = extract(text)
    assert (quote.kind, quote.speaker) == ("direct", "The port authority")


def test_a_line_reporting_in_the_past_and_ending_in_a_full_stop_inside_the_mark_is_the_body():
    text = 'Ferry to stop\n\nDirector Tove Lind on Monday said: "The last boat sails in May."'
    assert [(q.kind, q.speaker) for q in extract(text)] == [("direct", "Tove Lind")]
    # Reporting in the present, as headlines do, the line is a headline even with the stop inside.
    text = 'Lind says: "The last boat sails in May."\n\nPort director Tove Lind spoke in Vestby on Monday.'
    assert [(q.kind, q.speaker) for q in extract(text)] == [("headline", "Tove Lind")]


def test_a_headline_claim_that_opens_with_a_quote_ends_at_its_closing_mark():
    lead = "\n\nKELVIK (NPA) - Harbour Minister Oda Brask on Monday refused to pay the builders of the pier again."
    # A phrase in lower case or after a dash past the marks is the editor's: what the words were about.
    for line in ("Brask: 'We will not pay twice' for the Kelvik pier",
                 "Brask: \u00abWe will not pay twice\u00bb to builders", 'Brask: "We will not pay twice" - INTERVIEW'):
        assert [(q.kind, q.text, q.speaker) for q in extract(line + lead)] == \
            [("headline", "We will not pay twice", "Oda Brask")]
    # A capitalised word after the marks goes on with the claim's own clause: the claim is the line.
    (quote,) = extract("Brask: 'Old Debts' Have 'No Place In The Budget'" + lead)
    assert quote.text == "Old Debts' Have 'No Place In The Budget"


def test_a_headline_claim_keeps_the_closing_mark_of_a_word_quoted_inside_it():
    # The marks around a claim are no part of it; the marks around a word the claim quotes are.
    lead = "\n\nKELVIK (NPA) - Harbour Minister Oda Brask called her talks with the builders \"long and useful\"."
    for line, claim in (('Brask: Talks with builders were "useful"', 'Talks with builders were "useful"'),
                        ('Brask: "Talks with builders were useful"', "Talks with builders were useful"),
                        ('Brask: Talks with builders were useful"', "Talks with builders were useful")):
        assert [q.text for q in extract(line + lead) if q.kind == "headline"] == [claim]


def test_a_topic_before_a_colon_in_the_headline_is_no_speaker():
    text = "Spring Floods: Hundreds Leave Their Homes\n\nThe river rose over its banks near Vestby on Monday."
    assert extract(text) == []
    text = "Holm: the harbour will reopen in May\n\nPort director Ida Holm spoke in Vestby on Monday."
    assert [(q.kind, q.speaker) for q in extract(text)] == [("headline", "Ida Holm")]


def test_a_label_headed_by_a_common_noun_for_a_thing_is_a_topic():
    lead = "\n\nThe Morrow Estuary rose over its banks near Fennick on Monday, and Morrow Council met."
    assert extract("Morrow Estuary floods: council opens two shelters" + lead) == []
    # A noun for a person or a body heads a speaker's label, as a verb of speech ends one.
    assert [q.kind for q in extract("Morrow Council officials: two shelters are open" + lead)] == ["headline"]
    assert [q.kind for q in extract("Morrow Council says: two shelters are open" + lead)] == ["headline"]


def test_a_genre_tag_is_neither_a_headline_s_speaker_nor_its_claim():
    lead = "\n\nHarbour director Lotte Brisk spoke to us in Fennick about the pier and the strike."
    assert extract("Q&A: Harbour director Lotte Brisk on the pier strike" + lead) == []
    assert extract("TRANSCRIPT: Lotte Brisk on the pier strike" + lead) == []
    assert extract("Fennick pier strike: live updates" + lead) == []
    # A wire's running story: `The Latest: ...` heads the day's updates, and names no speaker.
    wire = "\n\nFENNICK (AP) \u2014 The Latest on the pier strike (all times local):\n\n9:34 p.m.\n\n" + lead
    assert [q.speaker for q in extract("The Latest: Brisk vows to keep \u2018every last job.\u2019" + wire)] == \
        ["Lotte Brisk"]


def test_an_apostrophe_closing_a_quote_makes_no_quote_inside_it():
    text = '"It is the players\' money, not the owners\'," said union chief Dana Reyes.'
    assert [(q.kind, q.parent_id is None) for q in extract(text)] == [("direct", True)]


def test_transcript_labels_with_an_initial_for_the_given_name():
    text = ("President Lena Morr met Speaker Vera Holm in the palace.\n\n"
            "L. Morr: Vera Petrovna, how is the chamber?\n\n"
            "V.Holm: Everything goes to plan.\n\n"
            "L. Morr: Good.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("transcript", "Lena Morr"), ("transcript", "Vera Holm"), ("transcript", "Lena Morr")]


def test_a_mark_after_a_no_break_space_opens_a_quote():
    text = 'Minister Ada Vik said,\u00a0"We are ready to sign."'
    assert [(q.text, q.speaker) for q in extract(text)] == [("We are ready to sign.", "Ada Vik")]


def test_dash_items_after_a_list_s_lead_in_are_not_remarks():
    text = ("The package includes:\n\n- a cap on power prices;\n\n- support for small firms;\n\n"
            "- new loans for farmers.\n\nThe plan was approved on Monday.")
    assert extract(text) == []
    text = "President Ivo Brandt said:\n\n- Dear friends, this plant will give 500 jobs.\n\nThe guests toured it."
    assert [(q.kind, q.speaker) for q in extract(text)] == [("dash", "Ivo Brandt")]


def test_dash_paragraphs_one_after_another_under_an_introducer_are_all_its_speakers():
    text = ("Union chair Lotta Brandt said at the congress:\n\n- We did not come here to bury anyone.\n\n"
            "- We came with a budget, checked line by line.\n\nBrandt then left the stage.")
    assert [(q.kind, q.text, q.speaker) for q in extract(text)] == [
        ("dash", "We did not come here to bury anyone.", "Lotta Brandt"),
        ("dash", "We came with a budget, checked line by line.", "Lotta Brandt")]
    # A heading with no cue (`FURTHER READING:`) over a list of links introduces nobody's words.
    text = ('FURTHER READING:\n\n-"Ports in trouble," by Ada Holm.\n\n-"Ferries in trouble," by Ivo Lund.')
    assert not any(q.kind == "dash" and "Ferries" in q.text for q in extract(text))


def test_a_statement_in_the_third_person_after_a_cue_and_a_colon_is_speech():
    text = ("The Foreign Ministry of Norland said in a statement:\n\n"
            "The Republic of Norland strongly condemns the attack on its embassy in Vestria, a gross "
            "violation of the Vienna Convention.\n\n"
            "Talks between the two countries were suspended in May.")
    assert [(q.kind, q.text[-18:]) for q in extract(text)] == [("colon", "Vienna Convention.")]
    # A lead-in with no speaking subject introduces no statement.
    for intro in ("According to the complaint:", "Watch the highlights of the game:"):
        assert extract(intro + "\n\nThe Norland team won the cup in Vestria on Monday.") == []


def test_a_round_up_labelled_by_country_is_not_a_transcript():
    text = ("World leaders reacted to the ceasefire on Monday.\n\n"
            "United States: The State Department said it welcomed the deal.\n\n"
            'European Union: Foreign policy chief Ana Costa described the deal as "a first step" toward peace.\n\n'
            "The ceasefire took effect at midnight.")
    assert [(q.kind, q.text, q.speaker) for q in extract(text)] == [("partial", "a first step", "Ana Costa")]
    # A person's turn that reports someone else is still a turn.
    text = "Ivo Brandt: Ada thinks the tests are too many.\n\nTor Moe: I agree with her."
    assert [q.kind for q in extract(text)] == ["transcript", "transcript"]


def test_one_word_labels_of_a_dialogue_are_turns():
    text = ("President Ivo Brandt spoke to the host Ada Holm for an hour.\n\n"
            "HOLM: Why did you close the border?\n\nBRANDT: Let me answer with some history.\n\nHOLM: Please do.")
    assert [(q.text, q.speaker) for q in extract(text)] == [
        ("Why did you close the border?", "Ada Holm"), ("Let me answer with some history.", "Ivo Brandt"),
        ("Please do.", "Ada Holm")]
    # The outlet that asks, heading two paragraphs or more, is the other side.
    text = ("Foreign Minister Ivan Sokol spoke to the weekly Nordpost.\n\nNordpost: How did the talks go?\n\n"
            "Sokol: We keep working.\n\nNordpost: Will you meet again?\n\nSokol: Yes, in May.")
    assert [q.text for q in extract(text)] == [
        "How did the talks go?", "We keep working.", "Will you meet again?", "Yes, in May."]
    # Section heads under surnames are not a dialogue.
    text = ("Here is what each candidate needs, from Ann Lee to Tom Berg.\n\nLee: Win in a walk.\n\n"
            "Senator Ann Lee has led in every poll.\n\nBerg: Move past Iowa.\n\nTom Berg has something to prove.")
    assert extract(text) == []


def test_one_word_labels_answering_labelled_questions_are_turns():
    # Answers in the third person under surnames, each after a labelled question, are a briefing's turns.
    text = ("Trade Minister Ivo Brandt and his deputy Ola Fenn held a briefing in Nordby on Friday.\n\n"
            "Q: How much was invested in the first quarter?\n\n"
            "Brandt: Investment amounted to six billion, a third more than a year ago.\n\n"
            "Q: What about the free zones?\n\n"
            "Fenn: Two new zones were created in the north.")
    assert [(q.text, q.speaker) for q in extract(text) if q.speaker != "Q"] == [
        ("Investment amounted to six billion, a third more than a year ago.", "Ivo Brandt"),
        ("Two new zones were created in the north.", "Ola Fenn")]


def test_q_and_a_with_a_full_stop_label_the_turns_of_testimony():
    # Transcripts of testimony print the lawyer's questions and the witness's answers under `Q.` and `A.`.
    text = ("Former clerk Nils Ekdal testified for three hours on Tuesday.\n\n"
            "Q. Where was the logbook kept?\n\nA. In the commissioner's desk. It was always locked.\n\n"
            "Q. Did you ever see it?\n\nA. Once, in March.")
    assert [(q.kind, q.text) for q in extract(text)] == [
        ("transcript", "Where was the logbook kept?"),
        ("transcript", "In the commissioner's desk. It was always locked."),
        ("transcript", "Did you ever see it?"), ("transcript", "Once, in March.")]
    assert extract(text)[1].speaker == "Nils Ekdal"
    # A letter and a full stop alone may be an initial: no question put under `Q.`, no turns.
    text = "The firm was founded in 1990.\n\nA. Berg and Sons sold it in 2004.\n\nA. Lund bought the rest."
    assert extract(text) == []


def test_labels_in_capitals_of_titles_and_a_named_person_are_turns():
    text = ("The briefing was given by Transport Minister Ida Brun and Dr Olav Skar in Nordby.\n\n"
            "MINISTER BRUN: Good morning. We have closed two bridges.\n\n"
            "DR. SKAR: Thank you, minister. I can add that nobody was hurt.\n\n"
            "IDA BRUN: We will reopen them on Friday.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("transcript", "Ida Brun"), ("transcript", "Olav Skar"), ("transcript", "Ida Brun")]
    # Capitals that name no one of the article head sections, not turns.
    text = ("Transport Minister Ida Brun closed two bridges in Nordby.\n\n"
            "MINISTER HOLT: Good morning. We have closed two bridges.\n\nTRAFFIC NEWS: We will reopen them.")
    assert [q.kind for q in extract(text)] == []


@pytest.mark.parametrize("narration", [
    "Then the head of state posed for photographs with the guests.",
    "After the speech, the head of state toured the production lines.",
    "The documents were then signed.",
    "A concert programme was presented.",
])
def test_a_dash_remark_ends_where_the_writer_tells_what_happened_next(narration):
    text = f"President Ivo Brandt said:\n\n- Dear friends, this plant will give 500 jobs.\n\n{narration}"
    assert [q.text for q in extract(text)] == ["Dear friends, this plant will give 500 jobs."]


@pytest.mark.parametrize("formula", ["Recall that", "To recall,", "It should be noted that", "Notably,"])
def test_the_writer_turning_to_the_reader_ends_a_dash_remark(formula):
    text = ("Greeting the delegation, Governor Tove Aasen said:\n\n- Dear friends, welcome to Vestby. I am glad you "
            f"came.\n\n{formula} a bridge to the islands opened here in 2019.")
    assert [q.text for q in extract(text)] == ["Dear friends, welcome to Vestby. I am glad you came."]


@pytest.mark.parametrize("narration", [
    "The two countries signed a treaty of friendship in 2021.",
    "Both delegations then toured the new ferry terminal.",
])
def test_a_pair_spoken_of_in_the_third_person_ends_a_dash_remark(narration):
    text = ("Greeting the delegation, Governor Tove Aasen said:\n\n- Dear friends, welcome to Vestby. I am glad you "
            f"came.\n\n{narration}")
    assert [q.text for q in extract(text)] == ["Dear friends, welcome to Vestby. I am glad you came."]
    # The speaker, one of the pair, says "our two countries".
    text = text.replace(narration, "Our two countries signed a treaty of friendship in 2021.")
    assert extract(text)[0].text.endswith("in 2021.")


def test_the_person_of_a_paragraph_is_read_outside_its_quotation_marks():
    text = ("The Courier spoke to Pia Holt, director of Vestby Ferries, on Monday.\n\n"
            "Q: When do the boats run again?\n\nA: When the engines are fixed.\n\n"
            'Union leader Kai Moe said the crews had not been paid. "We want our money," he said.')
    assert [(q.kind, q.text, q.speaker) for q in extract(text) if q.parent_id is None] == [
        ("transcript", "When do the boats run again?", "Q"), ("transcript", "When the engines are fixed.", "Pia Holt"),
        ("direct", "We want our money", "Kai Moe")]
    # The turn's speaker's own words outside marks keep the paragraph in the turn.
    text = text.replace("Union leader Kai Moe said", 'I think Kai Moe said')
    assert extract(text)[1].text.endswith("he said.")


def test_a_dash_remark_goes_on_over_a_paragraph_in_the_speaker_s_own_words():
    text = ("President Ivo Brandt said:\n\n- Dear friends, this plant will give 500 jobs.\n\n"
            "Later, our economy grew by five percent, and we built new roads.")
    assert extract(text)[0].text.endswith("new roads.")


def test_a_dash_item_holding_one_quotation_is_that_quote_not_a_dash_remark():
    # The marks bound the speech: one quote per item, each the introducer's speaker's, none nested twice.
    text = ('President Oskar Veld spoke at the summit in Norvik.\n\nVeld said:\n\n- "We will win."\n\n'
            '- "We will double the fund."\n\nThe summit ended on Friday.')
    assert [(q.kind, q.text, q.speaker) for q in extract(text)] == [
        ("direct", "We will win.", "Oskar Veld"), ("direct", "We will double the fund.", "Oskar Veld")]


def test_a_dash_item_naming_its_speaker_before_a_colon_is_that_speaker_s_quote():
    # A list of reactions: each item's label says whose the quotation after its colon is; the lead-in's
    # cue introduces no dash remark running over the labels.
    text = ('Lawmakers in Torvale reacted to the ruling on Friday. Here is what some of them said:\n\n'
            '\u2014 Sen. Ilse Brandow (D-Ore.): "The voters won today."\n\n'
            '\u2014 Rep. Marten Ocasio, chair of the budget panel, in a post on X: "A sad day for the state."\n\n'
            'The court will hear the next case in March.')
    assert [(q.kind, q.text, q.speaker) for q in extract(text)] == [
        ("direct", "The voters won today.", "Ilse Brandow"),
        ("direct", "A sad day for the state.", "Marten Ocasio")]


def test_a_dash_paragraph_after_narration_that_turns_to_a_topic_is_its_subject_s_speech():
    text = ('President Elin Marek: Norland and Vestia are friends and partners.\n\n'
            'Then the President dwelt on the energy projects.\n\n'
            '- The cable under the sea is on the agenda. Its study will be finished this year.\n\n'
            'I am sure that our projects will succeed.\n\n'
            'The talks ended with the signing of four documents.')
    quote = next(q for q in extract(text) if q.text.startswith("The cable"))
    assert (quote.kind, quote.speaker) == ("dash", "Elin Marek")
    assert quote.text.endswith("our projects will succeed.")
    # Narration that says no one spoke of a topic introduces no dash paragraph.
    text = 'The mayor opened the market in Vestby.\n\n- The stalls are open from nine to five.\n'
    assert [q for q in extract(text) if q.kind == "dash"] == []


def test_a_dash_paragraph_after_narration_that_stresses_a_point_is_its_subject_s_speech():
    # `stressed the importance of` names the point the speech then makes, as `dwelt on` names its topic.
    text = ('President Elin Marek opened the Vestby forum on Thursday.\n\n'
            'At the same time, she stressed the importance of clean mines.\n\n'
            '- Investors who come to us must keep the strictest norms.\n\n'
            'The forum ended on Friday.')
    quote = next(q for q in extract(text) if q.text.startswith("Investors"))
    assert (quote.kind, quote.speaker) == ("dash", "Elin Marek")


def test_an_interview_label_with_its_outlet_in_brackets_is_a_turn_of_its_own():
    # The outlet that asks, in brackets, keeps `Question` a label: the question is no part of the answer before.
    text = ("Following the talks, Elin Marek and Ivo Dran answered questions.\n\n"
            "Elin Marek: Our talks were useful.\n\n"
            "Question (Norpress): Will the railway open soon?\n\n"
            "Ivo Dran: We hope so.\n")
    quotes = extract(text)
    assert [q.text for q in quotes] == ["Our talks were useful.", "Will the railway open soon?", "We hope so."]
    assert quotes[1].speaker != "Elin Marek"


def test_the_time_heading_a_live_blog_entry_is_no_claim():
    text = ('Live: Vell County primary results\n\n'
            '10:42 p.m. ET \u2014 Lund takes Vell County\n'
            'Ada Lund won the county by nine points. "We never stopped knocking on doors," Lund told supporters.')
    assert [q.text[:8] for q in extract(text)] == ["We never"]
    # A claim in the same place is still one: `claim - Speaker`.
    assert [q.speaker for q in extract('Vell tax plan "a disgrace" \u2014 Lund\n\nAda Lund spoke on Monday.')] \
        == ["Ada Lund"]


def test_label_of_punctuation_alone_is_no_headline_speaker():
    """A label before a dash made of marks and no word names no one, and reading it must not fail."""
    assert extract('""", — , —  A') == []


def test_a_dash_remark_after_a_person_said_to_be_blunt_is_theirs():
    text = ("Harbour chair Ada Lind was blunt:\n\n"
            "- This is a plan drawn up by people who have never worked on a quay.\n\n"
            "The council will vote again in May.")
    found = extract(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == \
        [("dash", "This is a plan drawn up by people who have never worked on a quay.", "Ada Lind")]
    # A thing said to be simple introduces a list, not anyone's words.
    assert extract("The new harbour rules are simple:\n\n- a cap on fees;\n\n- a ban on night work.") == []


def test_a_named_subject_with_a_bare_to_in_a_headline_is_the_editor_s_summary():
    lead = ("\n\nVESTBY, 3 May (NPA) - Norland and Vell will build a joint ferry pier, Harbour Minister Oda Brask "
            "said in Kelvik on Monday.")
    # The headline's telegraphic future (`Norland to build`) is no one's words: the lead reports them.
    assert extract("Brask: Norland and Vell to build joint ferry pier" + lead) == []
    assert extract("Norland and Vell to build joint ferry pier - Brask" + lead) == []
    # In the speaker's own tense, or within marks, the claim is speech as before.
    assert [q.kind for q in extract("Brask: Norland and Vell will build a joint ferry pier" + lead)] == ["headline"]
    assert [q.kind for q in extract('Brask: "Norland to build the pier"' + lead)] == ["headline"]
    # A capital that only opens the line names no one: `Time to act` may be the speaker's own words.
    assert [q.kind for q in extract("Time to act on the pier - Brask" + lead)] == ["headline"]


def test_a_capitals_label_heading_one_turn_is_a_turn_where_the_article_names_that_surname():
    # `BRANDT:` heads one paragraph only, but the narration writes Brandt as a name inside a sentence.
    text = ('Moderator Ida Holm questioned the candidates, Lise Ekdal among them, in Torvale. Excerpts follow.\n\n'
            'HOLM: Mr. Brandt, why do you oppose the toll?\n\n'
            'BRANDT: Because it is unfair. I said so in May.\n\n'
            'HOLM: Ms. Ekdal, your answer?\n\n'
            'EKDAL: I would keep it for two years.\n\n'
            'After the debate, Brandt told reporters he had won.')
    turns = {q.text.split()[0]: (q.kind, q.speaker) for q in extract(text)}
    assert turns["Because"] == ("transcript", "Brandt")


def test_a_speech_that_dashes_every_paragraph_ends_at_one_without_a_dash():
    text = ("Opening the new ferry pier, Governor Halvard Osk said:\n"
            "- Today Brimsey is joined to the mainland. I thank every welder who worked through the gales.\n"
            "- Some said an island of four thousand could not build a pier. You proved them wrong.\n"
            "The pier can berth two ferries at once. It was paid for by the province and three shipyards.\n"
            "- And we will keep building. Next year we open the cold store.\n"
            "The ceremony ended with a concert.")
    quotes = [q.text for q in extract(text)]
    assert quotes[1] == "Some said an island of four thousand could not build a pier. You proved them wrong."
    assert not any("two ferries" in q for q in quotes)
    assert quotes[-1] == "And we will keep building. Next year we open the cold store."


def test_a_transcriber_s_note_opening_a_turn_is_not_the_speaker_s_words():
    text = ("The host spoke with Harbour Minister Tilde Ravenscroft on Monday.\n\n"
            "Gunnar Holt: Will the ferry fares go up again?\n\n"
            "Tilde Ravenscroft: (laughs) Not this year. We froze them in March.\n\n"
            "Gunnar Holt: And next year?\n\n"
            "Tilde Ravenscroft: [The fares] stay where they are until the new boats arrive.")
    found = [q.text for q in extract(text) if q.kind == "transcript"]
    assert "Not this year. We froze them in March." in found
    assert "[The fares] stay where they are until the new boats arrive." in found


def test_a_label_a_document_is_stamped_with_is_not_speech():
    text = 'The files, stamped "restricted", show the depot would shut, Ola Venn said.'
    doc = process(Document("x", text))
    assert [q.text for q in doc.quotes] == []
    assert {(n.text, n.reason) for n in doc.non_speech} == {("restricted", "naming")}
    # `marked` as often takes words as its object, which a cue then gives to someone.
    doc = process(Document("x", 'The vote marked "a new era," said Ola Venn.'))
    assert [(q.text, q.speaker) for q in doc.quotes] == [("a new era", "Ola Venn")]
