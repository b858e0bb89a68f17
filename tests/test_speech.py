"""Speech or not: partial quotes are kept, scare quotes, names and titles are set aside with a reason."""

import pytest

from quotes.detect import detect
from quotes.detect.speech import REASONS
from quotes.model import Document


def run(text):
    doc = Document("t", text)
    detect(doc)
    return doc


def kept(text):
    return [(q.kind, q.text) for q in run(text).quotes if q.parent_id is None]


def dropped(text):
    return [(n.text, n.reason) for n in run(text).non_speech]


@pytest.mark.parametrize("text, words, reason", [
    ('Residents of the "new" district still wait for a bus line.', "new", "scare_quote"),
    ("The team played in the \u201cWinter Cup\u201d last year.", "Winter Cup", "name_or_title"),
    ("Officials met near the so-called \u201cgreen zone\u201d on Tuesday.", "green zone", "naming"),
    ("The word \u201cveto\u201d came up twice in the debate.", "veto", "naming"),
    ("Critics point to a series called \u201cQuick Fix\u201d on the channel.", "Quick Fix", "naming"),
    ('She wrote a page. "".', None, None),
])
def test_non_speech_has_a_reason(text, words, reason):
    if words is None:
        assert kept(text) == [] and all(r in REASONS for _, r in dropped(text))
        return
    assert kept(text) == []
    assert dropped(text) == [(words, reason)]


def test_every_reason_is_named_in_the_list():
    text = ('The "new" district.\n\nThe "Winter Cup" final.\n\nThe so-called "plan" again.\n\n'
            'READ MORE: Mayor says the budget is "fair and balanced" for now\n\nThe end.')
    assert {reason for _, reason in dropped(text)} <= set(REASONS)
    assert ("fair and balanced", "link") in dropped(text)


@pytest.mark.parametrize("text, words", [
    ("\u201cNo,\u201d said Ida Holm, the harbour master.", "No"),
    ('"Tuesday", she answered when asked about the vote.', "Tuesday"),
    ("The mayor was asked who would pay. \u201cOttawa,\u201d he replied.", "Ottawa"),
])
def test_a_one_word_reply_with_its_cue_is_speech(text, words):
    assert kept(text) == [("direct", words)]


@pytest.mark.parametrize("text", [
    "Fans of the \u201cRed Lions,\u201d said the coach, filled the stands.",
    "\u201cRed Lions\u201d is the club's name, the coach said.",
])
def test_a_name_in_the_middle_of_a_sentence_is_still_a_name(text):
    assert dropped(text) == [("Red Lions", "name_or_title")]


@pytest.mark.parametrize("text, title", [
    ("The episode, \u201cThe Night the Ferry Came Home,\u201d aired in 2003.", "The Night the Ferry Came Home"),
    ('She wrote "The Year of the Long Winter in Vestby" before she turned thirty.',
     "The Year of the Long Winter in Vestby"),
])
def test_a_long_title_of_a_work_is_not_speech(text, title):
    assert kept(text) == [] and dropped(text) == [(title, "name_or_title")]


@pytest.mark.parametrize("text, title", [
    ("\u201cClosing the Yard: Lessons from Kelvik,\u201d a 2021 council report, found that rents doubled.",
     "Closing the Yard: Lessons from Kelvik"),
    ("Her memoir, \u201cSalt and Rope: A Life on the Fennick Ferries,\u201d sold well in the north.",
     "Salt and Rope: A Life on the Fennick Ferries"),
])
def test_a_title_with_a_subtitle_after_a_colon_is_not_speech(text, title):
    assert kept(text) == [] and dropped(text) == [(title, "name_or_title")]


def test_a_colon_in_words_not_in_title_case_still_ends_a_sentence_of_speech():
    text = "\u201cOur rule on the ferries is simple: Nobody waits,\u201d Ida Holm said."
    assert kept(text) == [("direct", "Our rule on the ferries is simple: Nobody waits")]


def test_a_quote_in_a_title_case_headline_is_still_speech():
    text = 'Harbour Is \u201cThe Best Place in the North to Work,\u201d Mayor Ida Holm Tells Council'
    assert kept(text) == [("direct", "The Best Place in the North to Work")]


def test_partial_quote_with_a_cue_is_kept_as_partial():
    text = "Mayor Eva Stroem said the budget was \u201cfair to every district\u201d and would pass."
    assert kept(text) == [("partial", "fair to every district")]


def test_calling_something_is_saying_it():
    text = "Senator Paul Rask called the plan \u201creckless\u201d on Monday."
    assert kept(text) == [("partial", "reckless")]


def test_what_someone_calls_is_their_word():
    text = "The levy funds what Mr. Rask calls \u201ca tax on breathing\u201d in rural towns."
    assert kept(text) == [("partial", "a tax on breathing")]


def test_a_possessed_speaker_before_a_verb_of_naming_gives_their_words():
    # `her campaign` and `Rask's lawyers` are the subjects of `called` in a relative clause, not a thing named.
    text = "Senator Ilse Varn faced a new charge, one her campaign called \u201cbaseless and desperate.\u201d"
    assert kept(text) == [("partial", "baseless and desperate.")]
    text = "The suit, which Mr. Rask\u2019s lawyers called \u201ca fishing trip,\u201d was dropped."
    assert [quote_text for _, quote_text in kept(text)] == ["a fishing trip"]
    # A thing after a possessive is still named: the band's album is not a speaker.
    assert dropped("The band released their album called \u201cNight Ferry\u201d in May.") == \
        [("Night Ferry", "naming")]


def test_a_verb_of_naming_after_its_subject_gives_the_subject_s_words():
    text = "Tove Krag, whom Mayor Rask has repeatedly labeled \u201cLittle Tove\u201d online, kept quiet."
    assert kept(text) == [("direct", "Little Tove")]
    assert dropped("The ferry plan, dubbed \u201cBlue Harbour,\u201d passed on Monday.") == \
        [("Blue Harbour", "naming")]


def test_a_second_quote_in_the_sentence_shares_the_cue():
    text = "Judge Ines Moe called the claim \u201cweak\u201d and built on \u201ca single guess.\u201d"
    assert [words for _, words in kept(text)] == ["weak", "a single guess."]


def test_comma_before_a_capitalised_quote_is_direct_speech():
    text = "Grabbing the trophy, the captain crowed, \u201cOurs at last\u201d and ran off."
    assert kept(text) == [("direct", "Ours at last")]


def test_a_quoted_sentence_of_its_own_is_speech():
    text = "\u201cI had no money then,\u201d says Ruth Ali, the founder. \u201cNow I have plenty.\u201d"
    assert [words for _, words in kept(text)] == ["I had no money then", "Now I have plenty."]


def test_a_cue_further_on_belongs_to_another_clause():
    text = "The club has an online \u201cstarter kit\u201d that tells new members where to go."
    assert kept(text) == [] and dropped(text) == [("starter kit", "scare_quote")]


def test_quoted_phrase_goes_on_reporting_the_statement_before():
    text = ("\u201cThe two sides agreed on the next steps,\u201d the ministry stated.\n\n"
            "Talks will focus on moving the monitors \u201cinto the field soon.\u201d")
    assert ("partial", "into the field soon.") in kept(text)


def test_a_quoted_term_after_a_statement_is_still_a_term():
    text = ("\u201cThe two sides agreed on the next steps,\u201d the ministry stated.\n\n"
            "Officials also opened a \u201cwarming hall\u201d downtown.")
    assert ("warming hall", "scare_quote") in dropped(text)


def test_pull_quote_repeating_the_body_is_not_counted_twice():
    text = ("Mayor Eva Stroem spoke at the opening.\n\n"
            "'A bridge for everyone'\n\n"
            "\u201cThis is a bridge for everyone, young and old,\u201d Stroem said.")
    assert kept(text) == [("direct", "This is a bridge for everyone, young and old")]
    assert dropped(text) == [("A bridge for everyone", "pull_quote")]


def test_quoted_line_of_its_own_is_speech_when_not_repeated():
    text = "Mayor Eva Stroem spoke at the opening.\n\n'A bridge for everyone'\n\nThe crowd cheered."
    assert kept(text) == [("direct", "A bridge for everyone")]


def test_a_capitalised_span_after_a_noun_for_a_work_is_its_title():
    text = 'The ministry presented the project "Our heritage for the next generations" on Monday.'
    assert dropped(text) == [("Our heritage for the next generations", "name_or_title")]
    text = 'Fans voted for the reality show "Who Wants to Marry a Fisherman?" again.'
    assert dropped(text)[0][1] == "name_or_title"
    # A reported clause after such a noun opens in lower case, and a gathering may be an audience.
    assert kept('Lee said the program "has failed every family in this town."') == \
        [("partial", "has failed every family in this town.")]
    assert kept('Minister Ada Vik told the forum "We must act now."')[0][1] == "We must act now."


def test_a_short_quote_after_a_verb_of_evaluation_is_the_subject_s_words():
    assert kept('President Ivo Brandt hailed the deal as "historic".') == [("partial", "historic")]
    assert kept('Senator Ann Lee accused the board of "sabotage".') == [("partial", "sabotage")]
    assert kept('The envoy praised the "calm mood" of the talks.') == [("partial", "calm mood")]
    # A participle used as an adjective evaluates nothing.
    assert dropped('Party elites bow to the now-derided "establishment" again.')[0][1] == "scare_quote"


@pytest.mark.parametrize("text, title", [
    ('"We will win," Senator Ola Berg said on Nordvision\'s "Talk of the Week."', "Talk of the Week."),
    ("Mayor Ann Holm told KRB's \u201cMorning Call\u201d that the bridge would open.", "Morning Call"),
    ('The governor said on "Face the Region" that taxes would fall.', "Face the Region"),
    # An initialism ending in an s takes the apostrophe alone, and the next sentence is speech of its own.
    ('"We will win," Senator Ola Berg said on KBS\' "Talk of the Week." "They will lose."', "Talk of the Week."),
])
def test_a_title_after_a_broadcaster_s_possessive_or_on_is_a_programme(text, title):
    assert (title, "name_or_title") in dropped(text)
    assert title not in [words for _, words in kept(text)]


def test_a_short_quote_opening_a_title_before_a_headline_tense_clause_is_speech():
    lead = "\n\nThe ferry from Osterby will stop running in May."
    assert kept("'Not on my watch': Skipper Hal Brine vows to keep ferry" + lead) == [("direct", "Not on my watch")]
    # Before a verb of another kind the words are a scare quote, as in the body.
    assert dropped("'Not on my watch': Skipper Hal Brine visits the ferry" + lead) == \
        [("Not on my watch", "scare_quote")]


def test_a_full_stop_inside_the_closing_mark_ends_the_quote_s_sentence():
    text = 'The play is based on the memoir "Salt and Ember." Director Pia Haug said she read it twice.'
    assert kept(text) == [] and dropped(text) == [("Salt and Ember.", "name_or_title")]
    # A comma or a question mark leaves the sentence open for its cue.
    assert kept('"Why Salt?" Director Pia Haug asked.') == [("direct", "Why Salt?")]
    assert kept('"Salt and Ember," Director Pia Haug said.') == [("direct", "Salt and Ember")]


@pytest.mark.parametrize("text, title", [
    ("The dockers unveiled a new slogan, \u201cFair Wages Now.\u201d Talks resume on Monday.", "Fair Wages Now."),
    ('Most of the shopkeepers on the old square would rather have "Bread for the Few." Some of them vote on it soon.',
     "Bread for the Few."),
    ("The auditors published \u201cReserves and Risks\u201d last week.", "Reserves and Risks"),
])
def test_a_title_keeps_the_sentence_s_full_stop_inside_its_marks(text, title):
    assert kept(text) == [] and dropped(text) == [(title, "name_or_title")]


@pytest.mark.parametrize("opening", ["Recall that", "It should be noted that", "As a reminder,"])
def test_a_formula_turning_to_the_reader_does_not_introduce_a_title_as_speech(opening):
    # The formula's verb (`recall`, `note`) is the writer's, not a cue for the title's words.
    text = f"{opening} the Fennick council adopted the charter \u201cHarbours for Everyone.\u201d"
    assert kept(text) == [] and dropped(text) == [("Harbours for Everyone.", "name_or_title")]
    # A cue after the formula still introduces the words.
    assert kept(f"{opening} Mayor Ada Holm wrote: \u201cNever Again.\u201d") == [("direct", "Never Again.")]


def test_a_sentence_crowded_with_names_is_not_in_title_case():
    # Mostly capitals, but `signed` and `decree` in lower case show the sentence is not a title-case line.
    text = "In March Edda Vik Holm signed the decree \u201cOn the Year of the Sea.\u201d"
    assert kept(text) == [] and dropped(text) == [("On the Year of the Sea.", "name_or_title")]


@pytest.mark.parametrize("text, words", [
    ("\u201cWe have one rival left,\u201d Holm told the crowd. \u201cCarl Berg.\u201d", "Carl Berg."),
    ("The skipper wrote on the notice board: \u201cNever Again.\u201d", "Never Again."),
    ("Lind called her old coach \u201cThe Captain of the Harbour.\u201d Nobody laughed.",
     "The Captain of the Harbour."),
    ("Ada Holm stood up. \u201cI \u2026 I \u2026\u201d she began, then sat down.", "I \u2026 I \u2026"),
])
def test_a_name_like_quote_introduced_as_someone_s_words_is_speech(text, words):
    assert words in [quote for _, quote in kept(text)]


def test_a_phrase_before_a_colon_in_the_title_is_speech_when_the_article_says_it_again():
    body = ("\n\nDock workers in Marden voted to strike on Sunday.\n\n"
            "\u201cWe stay put, and so do our pensions,\u201d said Ann Lee, who leads the local.")
    assert ("direct", "We stay put") in kept("\u2018We stay put\u2019: Dock workers in Marden vote to strike" + body)
    # Words the article does not say again are a scare quote, as in the body.
    assert ("We sail at dawn", "scare_quote") in \
        dropped("\u2018We sail at dawn\u2019: Dock workers in Marden vote to strike" + body)


def test_a_subject_set_off_by_commas_before_called_makes_the_quote_theirs():
    text = "It is a plan that the mayor, Ada Lind, called \u201ca gift to the developers.\u201d"
    assert kept(text) == [("partial", "a gift to the developers.")]
    assert dropped("Critics point to a series, called \u201cQuick Fix,\u201d on the channel.") == \
        [("Quick Fix", "naming")]


def test_a_short_partial_in_a_clause_a_closing_reporting_clause_reports_is_speech():
    # `..., Ilse Brandow said on Monday.` reports the whole clause before it, quoted words and all.
    text = 'The toll plan is "dead in the water" in the assembly, Senator Ilse Brandow said on Monday.'
    assert kept(text) == [("partial", "dead in the water")]
    # A clause whose verb takes an object after it is the sentence's own, not a frame set off by a comma.
    text = 'After touring the "model" homes on Elm Street, he tells visitors about the loans.'
    assert kept(text) == []


def test_a_short_lede_quote_after_the_dateline_opens_its_sentence():
    # The dateline is no narration before the quote: the quote opens a reporting sentence.
    text = 'TORVALE, Norland \u2014 "It was ignored," a former harbour board official said on Monday.'
    assert kept(text) == [("direct", "It was ignored")]


def test_lines_of_verse_broken_by_slashes_are_a_work_not_speech():
    text = ("The dockers sang the chorus, \"Haul the nets and mend the sail / we row home when the herring fail\", "
            "before Mayor Edvin Tarrow told them: \"We will keep this harbour or we will lose the town.\"")
    assert kept(text) == [("direct", "We will keep this harbour or we will lose the town.")]
    assert dropped(text) == [("Haul the nets and mend the sail / we row home when the herring fail", "verse")]
    assert kept('Tarrow said the crew "and his / her family" may stay.') == \
        [("partial", "and his / her family")]


def test_a_title_that_asks_is_a_name_not_a_question_someone_put():
    text = ("Fishers outside the Brimsey town hall held placards reading \"Save the Quay\" and "
            "\"Who Sold Our Harbour?\" on Monday.")
    assert kept(text) == []
    assert ("Who Sold Our Harbour?", "name_or_title") in dropped(text)
    text = "Harbourmaster Ilse Vantoft turned to the crowd and asked, \"Who Sold Our Harbour?\""
    assert kept(text) == [("direct", "Who Sold Our Harbour?")]
