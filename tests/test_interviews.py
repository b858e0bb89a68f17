"""Interview turns go to the guest and the host the opening sentence names."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract, interviews, lexicon
from quotes.interviews import interview_sides
from quotes.mentions import find_entities

INTERVIEW = (
    "Harbour master Olav Rind answered questions from the Northern Gazette about the new port.\n\n"
    "- Mr. Rind, when will the port open to ferries?\n\n"
    "- We expect the first ferry in June, once the pier is tested.\n\n"
    "- And what will the tickets cost?\n\n"
    "- Less than the bridge toll, that much I can promise.\n"
)


def test_sides_come_from_the_sentence_before_the_first_question():
    first_turn = INTERVIEW.index("- Mr. Rind")
    sides = interview_sides(INTERVIEW, first_turn, find_entities(INTERVIEW)[0])
    assert (sides.guest, sides.host) == ("Olav Rind", "Northern Gazette")


def test_questions_go_to_the_host_and_answers_to_the_guest():
    turns = {q.text.split()[0]: (q.speaker, q.method) for q in extract(INTERVIEW) if q.kind == "dash"}
    assert turns["Mr."] == ("Northern Gazette", "interview")
    assert turns["We"] == ("Olav Rind", "interview")
    assert turns["Less"] == ("Olav Rind", "interview")


def test_possessive_host_and_an_apposition_after_the_guest():
    text = ("In response to Radio Vest's question, Kaja Holm, the city treasurer, explained the budget.\n\n"
            "- Why did the budget grow?\n\n- Because the schools needed new roofs.\n")
    sides = interview_sides(text, text.index("- Why"), find_entities(text)[0])
    assert (sides.guest, sides.host) == ("Kaja Holm", "Radio Vest")


def test_no_framing_sentence_gives_no_sides():
    text = "The talks went on late.\n\n- Is there a deal?\n\n- Not yet.\n"
    sides = interview_sides(text, text.index("- Is"), find_entities(text)[0])
    assert sides.guest is None and sides.host is None


def test_a_turn_labelled_answer_is_the_words_of_the_one_who_answers_the_questions():
    text = ("VESTBURG, March 3. The spokeswoman of the Ministry of Foreign Affairs, Ada Lindqvist, answered "
            "questions from journalists on Tuesday.\n\n"
            "Question: Will the minister travel to Ostria this month?\n\n"
            "Answer: The visit is being prepared. The dates will be announced later.\n\n"
            "Question: What about the border talks?\n\n"
            "Answer: The commissions will meet again in April.\n")
    turns = {q.text.split()[0]: (q.speaker, q.method) for q in extract(text)}
    assert turns["The"] == ("Ada Lindqvist", "interview")
    assert turns["Will"][0] == "Question"


def test_a_turn_labelled_answer_at_a_briefing_is_the_words_of_the_one_who_holds_it():
    text = ("OSTBURG, 6 May. The spokesman of the Ministry of Fisheries, Rune Halvik, held a regular briefing "
            "for the media.\n\n"
            "Question: Will the cod quota be cut next year?\n\n"
            "Answer: The scientists will report in June, and the ministry will decide after that.\n")
    turns = {q.text.split()[0]: (q.speaker, q.method) for q in extract(text)}
    assert turns["The"] == ("Rune Halvik", "interview")
    assert turns["Will"][0] == "Question"


def test_a_turn_labelled_answer_with_no_one_said_to_answer_keeps_its_label():
    text = ("The talks went on late.\n\nQuestion: Is there a deal?\n\nAnswer: Not yet.\n\n"
            "Question: When?\n\nAnswer: Perhaps next week.\n")
    assert [q.speaker for q in extract(text)][1] == "Answer"


def test_a_portfolio_of_two_parts_after_the_office_is_no_guest():
    text = ("Deputy Minister of Digital Development and Transport of Norland Rahim Vestli gave an interview to "
            "the Nordic Herald.\n\n- When will the port open?\n\n- Next year, once the pier is tested.\n")
    sides = interview_sides(text, text.index("- When"), find_entities(text)[0])
    assert sides.guest == "Rahim Vestli"
    assert "Digital Development" not in [e.name for e in find_entities(text)[0]]
def test_the_lawyer_who_questions_a_witness_is_the_host():
    # Testimony: `under questioning by` names who asks, and the subject after it who answers.
    text = ("Under cross-examination by defence lawyer Mira Tolk, Nils Ekdal said he had kept no notes.\n\n"
            "Q. Why not?\n\nA. Nobody asked me to.")
    sides = interview_sides(text, text.index("Q."), find_entities(text)[0])
    assert (sides.guest, sides.host) == ("Nils Ekdal", "Mira Tolk")


def test_a_question_under_a_generic_label_is_the_host_s():
    text = ("Under cross-examination by defence lawyer Mira Tolk, Nils Ekdal said he had kept no notes.\n\n"
            "Q. Why not?\n\nA. Nobody asked me to.\n\nQ: Did you ask anyone?\n\nA: No.")
    turns = {q.text.split()[0]: (q.speaker, q.method) for q in extract(text) if q.kind == "transcript"}
    assert turns["Why"] == ("Mira Tolk", "interview") and turns["Did"] == ("Mira Tolk", "interview")
    assert turns["Nobody"][0] == "Nils Ekdal"


def test_an_answer_label_goes_to_the_guest_named_nearest_the_turns_not_in_the_headline():
    text = ("Clerk testifies mayor told him ledger \"was lost\"\n\n"
            "A former town clerk told jurors on Monday that Mayor Ivo Brandt had hidden the ledger.\n\n"
            "Under questioning by prosecutor Elin Roos, Jonas Falk described a meeting at the town hall.\n\n"
            "Q. Who else was there?\n\nA. Only the mayor and me.\n")
    turns = {q.text.split()[0]: q.speaker for q in extract(text) if q.kind == "transcript"}
    assert turns["Only"] == "Jonas Falk"


def test_a_dash_turn_right_after_an_answer_is_the_host_s_though_it_asks_nothing():
    text = ("President Ines Kalda gave an interview to Olav Brekke, the editor of the Vestby Herald.\n\n"
            "- Madam President, which reform are you proudest of?\n\n"
            "- The school reform, without a doubt.\n\n"
            "Every village has its own school now.\n\n"
            "- So the schools come first for you.\n")
    turns = {q.text.split()[0]: (q.speaker, q.turn) for q in extract(text)}
    assert turns["The"] == ("Ines Kalda", "answer")
    assert turns["So"] == ("Olav Brekke", "question")


def test_of_two_sentences_naming_both_sides_the_one_nearest_the_turns_wins():
    # The headline tells the interview in fewer words; the lead names the guest in full.
    text = ("Premier interviewed by Nordic Radio\n\n"
            "Premier Ines Kalda was interviewed by the Vestby Herald on Monday.\n\n"
            "Question: Madam Premier, which reform comes first?\n\n"
            "Answer: The school reform, without a doubt.\n")
    turns = {q.text.split()[0]: q.speaker for q in extract(text) if q.kind == "transcript"}
    assert turns["The"] == "Ines Kalda"
    sides = interview_sides(text, text.index("Question:"), find_entities(text)[0])
    assert (sides.guest, sides.host) == ("Ines Kalda", "Vestby Herald")


def test_the_outlet_in_brackets_after_a_question_label_is_who_asks():
    # `Question (Vellpost):` names the outlet that asks; `(via interpreter)` names no one, and the label stays.
    text = ("After the talks, Ilse Marrow and Toma Greb answered questions from journalists.\n\n"
            "Ilse Marrow: The talks went well.\n\n"
            "Question (Vellpost): When will the ferry to Brisk run again?\n\n"
            "Toma Greb: In the spring.\n\n"
            "Question (via interpreter): And the toll?\n\n"
            "Ilse Marrow: It stays as it is.\n")
    turns = {q.text.split()[0]: q.speaker for q in extract(text) if q.kind == "transcript"}
    assert turns["When"] == "Vellpost"
    assert turns["And"] == "Question"
    assert (turns["In"], turns["It"]) == ("Toma Greb", "Ilse Marrow")


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_match_of_a_frame_holds_the_words_it_is_asked_for_first(data):
    """`_framed_sides` searches a narration for a frame only where the frame's required words all stand."""
    for line, words in zip(lexicon.interview_frames(), interviews._required_words(), strict=True):
        pattern = line.replace("{guest}", "[A-Za-z ]{2,8}").replace("{host}", "[A-Za-z ]{2,8}")
        sample = data.draw(st.from_regex(pattern, fullmatch=True))
        assert all(any(word in sample for word in choice) for choice in words), (line, sample)


def test_a_frame_of_other_syntax_requires_no_word(monkeypatch):
    lines = ("{guest} told {host}", "{guest} said|told {host}", "{guest} tol+d {host}", "(?i){guest} told {host}",
             "{guest} (?:told|has said) to {host}s?", "{guest} t[)]old", "{guest} (?:told|) {host}",
             "{guest} (?:told|said)? {host}", "{guest} ((?:told|said)|x)")
    monkeypatch.setattr(lexicon, "interview_frames", lambda: lines)
    interviews._required_words.cache_clear()
    try:
        assert interviews._required_words() == ((("told",),), (), (), (), (("told", "said"), ("to",)), (), (), (), ())
    finally:
        interviews._required_words.cache_clear()


def test_a_frame_naming_its_guest_by_a_pronoun_still_names_the_host_who_asks():
    # `she` is the senator the lead named: the frame says who asks, and the questions are the paper's.
    text = ("Senator Liv Amundsen has led the farm committee since 2019. In an interview with the Vestby "
            "Herald on Monday, she talked about the harvest.\n\n"
            "Q: Will you run again?\n\n"
            "A: Not this time. My children come first.\n")
    turns = {q.text.split()[0]: q.speaker for q in extract(text) if q.kind == "transcript"}
    assert turns["Will"] == "Vestby Herald"
    assert turns["Not"] == "Liv Amundsen"
