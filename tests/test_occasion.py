"""Occasion: the day, place, event and participants of each quote, from its frame or the article's opening."""

import datetime as dt

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes import extract
from quotes.days import find_days, parse_relative, weekday_on_or_before
from quotes.events import find_events, subject_before
from quotes.export import QUOTES_SCHEMA, write_corpus
from quotes.model import Document, Quote
from quotes.occasion import FRAME_REACH, OccasionReader, find_occasions
from quotes.pipeline import process
from quotes.places import find_places
from quotes.speakers import canonicalise

SATURDAY = "2023-03-04"


def _doc(text: str, date: str | None = SATURDAY, place: str | None = None, doc_id: str = "t") -> Document:
    doc = process(Document(doc_id, text, date=date, place=place))
    canonicalise([doc])
    return doc


def _said(doc: Document, words: str) -> Quote:
    return next(q for q in doc.quotes if q.text.startswith(words))


# -- days ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("words, expected", [
    ("on Saturday", "2023-03-04"),          # the publication day itself
    ("on Friday", "2023-03-03"),
    ("on Sunday", "2023-02-26"),
    ("on Tuesday evening", "2023-02-28"),
    ("last Friday", "2023-03-03"),
    ("last Saturday", "2023-02-25"),        # "last" is never the publication day
    ("said Wednesday", "2023-03-01"),
])
def test_weekdays_count_back_from_the_publication_date(words, expected):
    assert [day.iso for day in find_days(words, 0, SATURDAY)] == [expected]


@pytest.mark.parametrize("words", ["next Monday", "on Mondays", "this coming Friday"])
def test_days_still_to_come_or_habits_name_no_day(words):
    assert find_days(words, 0, SATURDAY) == []


def test_weekday_arithmetic():
    saturday = dt.date(2023, 3, 4)
    assert weekday_on_or_before(saturday, 5) == saturday
    assert weekday_on_or_before(saturday, 5, strictly=True) == dt.date(2023, 2, 25)
    assert weekday_on_or_before(saturday, 0) == dt.date(2023, 2, 27)


@pytest.mark.parametrize("words, expected", [
    ("yesterday", "2023-03-03"),
    ("today", "2023-03-04"),
    ("this morning", "2023-03-04"),
    ("last night", "2023-03-03"),
    ("the day before yesterday", "2023-03-02"),
])
def test_relative_words_are_read_by_dateparser(words, expected):
    assert parse_relative(words, SATURDAY) == expected
    assert [day.iso for day in find_days(f"she said {words}", 0, SATURDAY)] == [expected]


@pytest.mark.parametrize("words, expected", [
    ("On the eve, Minister Ola Berg met the envoy.", ["2023-03-03"]),
    ("Berg met the envoy the day before.", ["2023-03-03"]),
    ("On the eve of the summit, Berg met the envoy.", []),   # the day before the summit, not publication
    ("Berg met the envoy the day before the vote.", []),
])
def test_the_eve_and_the_day_before_without_a_complement_are_the_day_before_publication(words, expected):
    assert [day.iso for day in find_days(words, 0, SATURDAY)] == expected


@pytest.mark.parametrize("words, expected", [
    ("on 20 February", "2023-02-20"),
    ("on February 20", "2023-02-20"),
    ("on Feb. 20", "2023-02-20"),
    ("on the 20th of February", "2023-02-20"),
    ("on December 30", "2022-12-30"),       # a date after publication is last year's
    ("on Sunday, February 26,", "2023-02-26"),
    ("on 9 May 2021", "2021-05-09"),
])
def test_calendar_dates_take_the_publication_year_or_the_one_before(words, expected):
    assert [day.iso for day in find_days(words, 0, SATURDAY)] == [expected]


def test_a_calendar_date_needs_its_on():
    assert find_days("the February 20 agreement", 0, SATURDAY) == []


def test_without_a_publication_date_only_a_full_date_gives_a_day():
    assert find_days("on Sunday, yesterday, on 20 February", 0, None) == []
    assert [day.iso for day in find_days("on 9 May 2021", 0, None)] == ["2021-05-09"]


def test_a_day_after_publication_is_left_out():
    assert find_days("on 9 May 2031", 0, SATURDAY) == []


def test_days_carry_document_offsets():
    day = find_days("xx on Friday", 100, SATURDAY)[0]
    assert (day.start, day.end) == (103, 112)


# -- places and events ---------------------------------------------------------------------------


@pytest.mark.parametrize("words, expected", [
    ("In Tromso, she said", ["Tromso"]),
    ("he said in the Parliament building", ["Parliament"]),
    ("at the Winter Palace on Monday", ["Winter Palace"]),
    ("in the Republic of Norland.", ["Republic of Norland"]),
    ("in the Russian Federation", ["Russian Federation"]),
    ("in St. Olav", ["St. Olav"]),
    ("on a short visit to Vestby. Greeting the mayor, she said", ["Vestby"]),  # the stop ends the name
    ("in the U.S. Embassy", ["U.S. Embassy"]),
    ("in November", []),
    ("she said in Norwegian", []),
    ("in Berg's words", []),
    ("Harbour Plans In Vestby As Work Begins", ["Vestby"]),   # a title-case headline
    ("at the Vestland Energy Forum in Norvik last week", ["Norvik"]),  # the event is no place
    ("at the Nordic Summit", []),
    ("a director in the Lund administration", []),  # a capitalised modifier of a noun names no place
    ("in the Holm government", []),
    ("in the Parliament building", ["Parliament"]),  # a building's noun keeps it a place
    ("in the Kremlin on Monday", ["Kremlin"]),
    ("at the Maine rally", ["Maine"]),  # so does a known place
    # A building right followed by `in` and its town is one place, written as an address.
    ("at the Presidential Complex in Vestby on Monday", ["Presidential Complex, Vestby"]),
    ("in Vestby and in Norvik", ["Vestby", "Norvik"]),
    ("in Tromso Tuesday", ["Tromso"]),  # a day after a place is no part of its name
])
def test_places(words, expected):
    assert [place.name for place in find_places(words)] == expected


def test_a_second_speaker_speaks_at_the_scene_the_narration_moved_to():
    # The briefing after the talks holds for the guest too, as long as the narration names no other event.
    text = ("Governor Ada Lind hosted her Vellmark counterpart Toma Greb in Brisk on Tuesday.\n\n"
            "At a joint briefing after the talks, Lind said the two regions shared a river.\n\n"
            '"Our ferries will run again," Lind said.\n\n'
            "Her guest thanked Brisk for its help.\n\n"
            '"Your pilots saved our boats," Greb said.\n\n'
            'Asked about the tolls, Lind answered that they were "under review".\n')
    doc = _doc(text, date="2025-05-06")
    assert _said(doc, "Our ferries").occasion.event == "press conference"
    assert _said(doc, "Your pilots").occasion.event == "press conference"
    # The narration may move on in the words before the quote in its own sentence.
    assert _said(doc, "under review").occasion.event == "press conference"
    # A narration sentence naming another event ends that scene.
    doc = _doc(text.replace("Her guest thanked Brisk for its help.", "Greb later gave an interview to a radio."),
               date="2025-05-06")
    assert _said(doc, "Your pilots").occasion.event == "interview"
    # Right after the other's quote, with no narration between, a quote is a turn of an exchange: the article's.
    doc = _doc(text.replace("Her guest thanked Brisk for its help.\n\n", ""), date="2025-05-06")
    assert _said(doc, "Your pilots").occasion.event == "meeting"
    # But a turn whose cue is a verb of reply answers those words where they were said.
    doc = _doc(text.replace("Her guest thanked Brisk for its help.\n\n", "").replace("Greb said", "Greb replied"),
               date="2025-05-06")
    assert _said(doc, "Your pilots").occasion.event == "press conference"


def test_a_building_with_no_town_stands_in_the_datelines_town():
    # The dateline names the town (the reader gives it as the place); the narration only the building: the
    # two make one address.
    text = ("BRISK, 04.05.2025 (Vellnews) - Governor Ada Lind received the envoy Toma Greb at the Amber Palace.\n\n"
            '"Vellmark is our friend," Ada Lind said.\n')
    assert _said(_doc(text, date="2025-05-04", place="Brisk"), "Vellmark").occasion.place == "Amber Palace, Brisk"
    # A building already in its town, or one named for the town, is left as written; so is a town.
    for venue, place in (("the Amber Palace in Korv", "Amber Palace, Korv"), ("the Brisk Hall", "Brisk Hall"),
                         ("the Korv harbour", "Brisk")):
        text = (f"BRISK, 04.05.2025 (Vellnews) - Governor Ada Lind received the envoy Toma Greb at {venue}.\n\n"
                '"Vellmark is our friend," Ada Lind said.\n')
        assert _said(_doc(text, date="2025-05-04", place="Brisk"), "Vellmark").occasion.place == place


@pytest.mark.parametrize("words, event", [
    ("she held talks with the mayor", "talks"),
    ("he said during a meeting with the mayor", "meeting"),
    ("said in a telephone conversation with", "phone conversation"),
    ("held phone talks with the mayor", "phone conversation"),
    ("the two spoke by phone", "phone conversation"),
    ("she told a press conference", "press conference"),
    ("he told reporters", "press conference"),
    ("she said in an interview with the paper", "interview"),
    ("he wrote in a letter to the council", "letter"),
    ("the agency said in a statement", "statement"),
    ("the two said in a joint written statement", "statement"),
    ("during his visit to the islands", "visit"),
    ("the Prime Minister received the envoy", "meeting"),
    ("in a speech to the assembly", "speech"),
    ("at the summit", "summit"),
    ("three days of negotiations", "negotiations"),
    ("she said at the opening ceremony", "ceremony"),
    ("she spoke at a wreath-laying at the memorial", "ceremony"),
    ("he wrote in a message of condolence to the family", "letter"),
    ("in her congratulatory message to the winner", "letter"),
    ("the Emir sent a cable to the president", "letter"),
    ("the presidents made statements for the press", "press conference"),
])
def test_event_words(words, event):
    assert [found.event for found in find_events(words)] == [event]


@pytest.mark.parametrize("cue", ["said after the meeting of the harbour board",
                                 "said ahead of a two-day summit", "said before he met the mayor"])
def test_an_event_that_dates_the_words_is_not_their_occasion(cue):
    doc = _doc(f'Mayor Kari Lund spoke on the quay.\n\n"The quay is old," Lund {cue}.\n', place="Nordhavn")
    assert doc.quotes[0].occasion.event is None


def test_an_opening_event_that_dates_the_lead_gives_no_participant():
    doc = _doc("Following talks with her counterpart Tor Moe, Mayor Kari Lund told reporters the quay would "
               'reopen.\n\n"The quay is old," Lund said.\n')
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.participants) == ("press conference", ["Kari Lund"])


def test_a_statement_as_a_document_is_no_event():
    assert find_events("in line with the joint statement of the parties") == []


def test_a_message_is_a_letter_only_as_condolences_or_congratulations():
    assert find_events("the vote sent a clear message to the board") == []
    doc = _doc('Mayor Kari Lund sent a message of condolence to Mayor Tor Moe.\n\n"We grieve with you," Lund wrote.\n')
    assert (doc.quotes[0].occasion.event, doc.quotes[0].occasion.participants) == ("letter", ["Kari Lund", "Tor Moe"])


# -- the quote's own frame -------------------------------------------------------------------------


def test_the_frame_sentence_names_event_participants_place_and_day():
    doc = _doc(
        "Fisheries Minister Ola Berg spoke about the harbour.\n\n"
        '"We need the quay rebuilt before winter," Berg said during a meeting with his Norwegian counterpart, '
        "Jon Vik, in Vestby on Friday.\n",
        place="Nordhavn")
    occasion = doc.quotes[0].occasion
    assert occasion.event == "meeting"
    assert occasion.participants == ["Ola Berg", "Jon Vik"]
    assert (occasion.place, occasion.date) == ("Vestby", "2023-03-03")


def test_the_sentence_just_before_about_the_speaker_tells_the_occasion():
    text = ("Trade Minister Lena Ek held a phone call with Mayor Kari Lund on Thursday.\n\n"
            'On Friday, Ek met Mayor Tor Moe in Skagen. "The quay will be ready," the minister said.\n')
    occasion = _doc(text, place="Nordhavn").quotes[0].occasion
    assert (occasion.event, occasion.place, occasion.date) == ("meeting", "Skagen", "2023-03-03")
    assert occasion.participants == ["Lena Ek", "Tor Moe"]
    # A sentence about someone else tells nothing of the speaker's words.
    other = _doc(text.replace("On Friday, Ek met", "On Friday, Mayor Ada Holm met"), place="Nordhavn")
    assert other.quotes[0].occasion.event == "phone conversation"


def test_an_envoy_named_after_the_country_he_is_sent_to_is_the_subject_of_the_sentence_just_before():
    text = ("Trade Minister Lena Ek held a phone call with Mayor Kari Lund on Thursday.\n\n"
            "On Friday, the Ambassador of Norland to Vestria, Tor Moe, met officials of the Vestrian Foreign Ministry. "
            '"We expect a thorough investigation," the diplomat said.\n')
    occasion = _doc(text, place="Nordhavn").quotes[0].occasion
    assert (occasion.event, occasion.date) == ("meeting", "2023-03-03")


def test_the_sentence_just_before_that_reports_the_speaker_tells_the_place():
    text = ("Trade Minister Lena Ek held a phone call with Mayor Kari Lund on Thursday.\n\n"
            'Earlier, Secretary General Ivo Holm said in Norvik that the door was open. "We are waiting," he said.\n')
    occasion = _doc(text, place="Nordhavn").quotes[0].occasion
    assert occasion.place == "Norvik"
    # A report by someone else tells nothing of the speaker's words.
    text = ("Secretary General Ivo Holm held a phone call with Mayor Kari Lund on Thursday.\n\n"
            'Earlier, Mayor Ada Berg said in Norvik that the door was open. "We are waiting," Holm said.\n')
    quote = _doc(text, place="Nordhavn").quotes[0]
    assert (quote.speaker, quote.occasion.place) == ("Ivo Holm", "Nordhavn")


def test_a_one_sentence_paragraph_before_a_quote_tells_its_occasion_by_its_main_clause():
    text = ("Farm Minister Ola Brekk attended several events this week.\n\n"
            "On Monday, Brekk chaired a meeting of the cabinet.\n\n"
            '"Fuel must reach every farm," the minister said.\n\n'
            "On Wednesday, at a forum of young farmers, Ola Brekk spoke about taxes.\n\n"
            '"We halve the inspections," the minister stressed.\n\n'
            "Brekk said on radio that he had attended a summit in Varna.\n\n"
            '"The border is calm," Brekk said.\n\n'
            "Earlier, Brekk had already held talks with Mayor Tor Vik.\n\n"
            '"We agree on the port," Brekk said.\n')
    doc = _doc(text, place="Draven")
    monday, forum = _said(doc, "Fuel").occasion, _said(doc, "We halve").occasion
    assert (monday.event, monday.date) == ("meeting", "2023-02-27")
    # The opening adverbial names the event, the main clause's subject is the speaker.
    assert (forum.event, forum.date) == ("meeting", "2023-03-01")
    # An event in what a cue verb reports, or in the perfect, is of another time.
    reported, perfect = _said(doc, "The border").occasion, _said(doc, "We agree").occasion
    assert (reported.event, reported.place) != ("summit", "Varna")
    assert perfect.event != "talks"


def test_an_opening_participle_clause_that_names_the_event_sets_the_scene_of_the_subject_after_it():
    text = ("Trade Minister Lena Ek arrived in Skagen on a visit on Thursday.\n\n"
            "Later in the day, Ek held talks with Mayor Tor Moen. Opening the talks, Tor Moen greeted his guest. "
            '"Welcome to Skagen," the mayor said.\n')
    occasion = _doc(text, place="Nordhavn").quotes[0].occasion
    assert occasion.event == "talks"
    assert "Opening" not in occasion.participants
    # A participle that points back to words said before names where those were said.
    text = text.replace("Opening the talks, Tor Moen greeted his guest.",
                        "Recalling his speech at the harbour festival, Tor Moen greeted his guest.")
    assert _doc(text, place="Nordhavn").quotes[0].occasion.event != "speech"


def test_a_participle_that_opens_a_sentence_before_its_event_is_no_participant():
    # `Speaking at the plenary session, Mayor Ada Runge said:`: the event is in the participle's clause.
    text = ("Runge: the port will grow\n\nKELBY, 3 March 2025 (Nordwire). The Kelby Harbour Forum opened today.\n\n"
            'Speaking at the plenary session, Mayor Ada Runge said:\n\n"The port will grow. Two new berths will open."')
    headline = _said(_doc(text), "the port will grow")
    assert "Speaking" not in headline.occasion.participants and "Ada Runge" in headline.occasion.participants


def test_of_the_events_before_the_cue_the_one_in_its_own_sentence_is_the_occasion():
    text = ("Premier Ola Vinter ended her visit to Kelland on Thursday.\n\n"
            "On Wednesday, Vinter visited the port of Tarsk. "
            "Speaking at the opening ceremony of the quay, she said:\n\n"
            "- This quay joins our two coasts.\n")
    occasion = _said(_doc(text, place="Norvik"), "This quay").occasion
    assert (occasion.event, occasion.date) == ("ceremony", "2023-03-01")
    # One event alone before the cue is the occasion wherever it stands.
    alone = text.replace("Speaking at the opening ceremony of the quay, she", "She")
    assert _said(_doc(alone, place="Norvik"), "This quay").occasion.event == "visit"


def test_a_framed_visit_dated_before_the_words_gives_the_place_it_went_to():
    text = ("Premier Ola Vinter ended her visit to Kelland on Thursday.\n\n"
            "On Wednesday, Vinter visited the town of Tarsk, where she opened a quay. "
            "Speaking at the opening ceremony, she said:\n\n"
            "- This quay joins our two coasts.\n")
    occasion = _said(_doc(text, place="Norvik"), "This quay").occasion
    assert (occasion.event, occasion.date, occasion.place) == ("ceremony", "2023-03-01", "Tarsk")
    # An undated visit sets no scene: the words keep the dateline's town.
    undated = text.replace("On Wednesday, Vinter", "Vinter")
    assert _said(_doc(undated, place="Norvik"), "This quay").occasion.place == "Norvik"
    # Nor does a visit told after the words, of those the speaker advises.
    after = ('Premier Ola Vinter spoke on Wednesday. "Take care," she told those visiting Tarsk.\n')
    assert _said(_doc(after, place="Norvik"), "Take care").occasion.place != "Tarsk"


def test_a_frame_with_a_place_and_no_day_takes_the_day_of_the_speakers_scene_before():
    text = ("Minister orders inquiry into flood\n\n"
            "Water Minister Edda Korvel has ordered an inquiry into the flood in Tarsk, the ministry's press "
            "office reported on Saturday.\n\n"
            '"I have asked the engineers to find out why the dam gave way," Edda Korvel was quoted by the press '
            "office as saying.\n\n"
            "The head of the ministry visited the flooded quarter on Thursday evening and met with the residents "
            'and their families. "Nobody will be left alone," the minister told reporters in Tarsk.\n')
    occasion = _said(_doc(text, place="Norvik"), "Nobody").occasion
    assert (occasion.event, occasion.date, occasion.place) == ("press conference", "2023-03-02", "Tarsk")
    # A frame that times the words itself tells of a later time than that scene.
    later = text.replace("told reporters in Tarsk", "told reporters in Tarsk a week later")
    assert _said(_doc(later, place="Norvik"), "Nobody").occasion.date != "2023-03-02"
    # A scene before in another town is not where the words were said: its day is not theirs.
    elsewhere = text.replace("visited the flooded quarter", "flew to Vesk")
    assert _said(_doc(elsewhere, place="Norvik"), "Nobody").occasion.date != "2023-03-02"


def test_the_message_says_is_the_occasion_of_a_letter():
    text = ("The fishers' congress opened in Vallby on Friday. The message of Governor Ilse Marrow to the "
            "delegates was read out by her deputy.\n\n"
            '"Dear friends, the harbour is yours," the message says.\n')
    assert _said(_doc(text), "Dear friends").occasion.event == "letter"
    # An indefinite message is another kind of text (a banner, a sign): no letter.
    banner = text.replace("the message says", "one message read")
    assert _said(_doc(banner), "Dear friends").occasion.event != "letter"


def test_the_one_an_event_held_with_names_takes_its_occasion_from_the_paragraph_before():
    # `held talks with X`: the event is the object of a verb in the past, so the one it is held with took part.
    text = ("Trade Minister Lena Ek signed a grain deal in Draven on Saturday.\n\n"
            "The deal was signed by Ek and her Kestrian counterpart Ola Brekk.\n\n"
            '"The grain will move by rail," Ek said.\n\n'
            "On Thursday, Ek held talks in Vestby with Mayor Ivo Sand.\n\n"
            '"The port will grow," Sand said after the meeting.\n')
    occasion = _said(_doc(text), "The port").occasion
    assert (occasion.event, occasion.date, occasion.place) == ("talks", "2023-03-02", "Vestby")


_QUAY = ("Harbour Minister Ivo Sand and Port Minister Ola Brekk opened a new quay at a ceremony in Vestby on "
         "Thursday.\n\n"
         '"This quay doubles our trade," Sand said.\n\n'
         "After the ceremony, the two ministers answered questions from journalists.\n\n"
         '"When will the first ship dock?" a reporter asked.\n\n'
         '"In May," Sand replied.\n')


def test_a_question_from_the_asking_side_is_put_at_the_event_told_just_before():
    assert _said(_doc(_QUAY, place="Draven"), "When will").occasion.event == "press conference"
    # One the narration names is at the event only where it tells so.
    doc = _doc(_QUAY.replace("a reporter asked", "Mayor Tor Vik asked"), place="Draven")
    assert _said(doc, "When will").occasion.event != "press conference"


def test_an_answer_right_after_a_question_is_given_where_the_question_was_put():
    doc = _doc(_QUAY.replace("a reporter asked", "Mayor Tor Vik asked at a press conference"), place="Draven")
    assert _said(doc, "In May").occasion.event == "press conference"
    # Words not given as a reply go back to the article's event; a reply to words that ask nothing still answers
    # them where they were said.
    doc = _doc(_QUAY.replace("a reporter asked", "Mayor Tor Vik asked at a press conference")
               .replace("Sand replied", "Sand said"), place="Draven")
    assert _said(doc, "In May").occasion.event == "ceremony"
    doc = _doc(_QUAY.replace("When will the first ship dock?\" a reporter asked",
                             "The first ship docks soon,\" Mayor Tor Vik said at a press conference"), place="Draven")
    assert _said(doc, "In May").occasion.event == "press conference"


def test_a_lead_that_opens_on_a_quote_gives_the_article_the_occasion_its_frame_names():
    text = ('"The bridge is ready to open," Transport Minister Ola Brekk said at a press conference in Vestby '
            'on Thursday.\n\n'
            "According to the minister, the last inspection found no faults.\n\n"
            '"The tolls will stay low," he stressed.\n')
    later = _said(_doc(text, place="Draven"), "The tolls").occasion
    assert (later.event, later.date, later.place) == ("press conference", "2023-03-02", "Vestby")
    # A frame that names no day tells of its own quote only.
    text = text.replace(" on Thursday", "")
    assert _said(_doc(text, place="Draven"), "The tolls").occasion.event != "press conference"


def test_a_place_after_an_events_of_complement_is_the_events():
    text = ('At a forum of young farmers in Solvik on Friday, Minister Ola Brekk spoke about taxes. '
            '"We halve the inspections," Brekk said.\n')
    occasion = _doc(text, place="Draven").quotes[0].occasion
    assert (occasion.place, occasion.date) == ("Solvik", "2023-03-03")
    # A place after a topic is the topic's, not the event's.
    text = text.replace("a forum of young farmers in Solvik", "a forum on the drought in Solvik")
    assert _doc(text, place="Draven").quotes[0].occasion.place == "Draven"


def test_a_place_after_an_events_with_complement_is_the_events():
    text = ('Minister Ola Brekk said on Friday at a meeting with beet growers in Solvik that the levy would fall. '
            '"Every grower will pay less," Brekk said.\n')
    assert _doc(text, place="Draven").quotes[0].occasion.place == "Solvik"
    # A venue after `at` stays in the dateline's town.
    venue = text.replace("beet growers in Solvik", "beet growers at the Grain Hall")
    assert _doc(venue, place="Draven").quotes[0].occasion.place == "Draven"
    # After `with` and a noun that is no event's, the place is that noun's (a deal made with the growers there).
    text = text.replace("at a meeting with beet growers in Solvik", "that a deal with beet growers in Solvik meant")
    assert _doc(text, place="Draven").quotes[0].occasion.place == "Draven"


def test_words_told_to_the_agency_that_writes_the_article_were_an_interview():
    text = ("Floods are expected in the south.\n\n"
            "The head of the rescue service, Ada Voss, told Norwire that forty teams had been sent south. "
            '"Every team has boats," she said.\n')
    doc = process(Document("t", text, date=SATURDAY, place="Bremsund", source="NORWIRE"))
    assert doc.quotes[0].occasion.event == "interview"
    # Another agency's article: the words told to Norwire are no interview it gave.
    doc = process(Document("t", text, date=SATURDAY, place="Bremsund", source="Harbour Weekly"))
    assert doc.quotes[0].occasion.event != "interview"


@pytest.mark.parametrize("outlet", ["the Brackwater Sentinel", "The Dunmore Herald", "Valley News", "CNN", "Reuters"])
def test_words_told_to_a_named_news_outlet_were_an_interview(outlet):
    text = f'"The levy will not pass," Councilwoman Oda Pruitt told {outlet} on Thursday.'
    occasion = _doc(text).quotes[0].occasion
    assert (occasion.event, occasion.date) == ("interview", "2023-03-02")


def test_an_event_word_of_the_frame_says_more_than_the_outlet_told():
    text = '"The levy will not pass," Councilwoman Oda Pruitt told the Brackwater Sentinel in a statement.'
    assert _doc(text).quotes[0].occasion.event == "statement"
    text = '"The levy will not pass," Councilwoman Oda Pruitt told CNN by phone on Thursday.'
    assert _doc(text).quotes[0].occasion.event == "phone conversation"


def test_a_committee_hearing_named_at_any_length_is_a_hearing():
    text = ('"We cannot fill the ranks," Admiral Tove Harland said during a Senate Coastal Defense Appropriations '
            'Subcommittee hearing on Thursday.')
    occasion = _doc(text).quotes[0].occasion
    assert (occasion.event, occasion.date) == ("hearing", "2023-03-02")
    assert _doc(text.replace("Subcommittee", "Committee")).quotes[0].occasion.event == "hearing"


def test_words_told_to_a_person_or_the_press_are_no_outlets_interview():
    # A given name and a surname that is also a masthead's noun name a person.
    assert _doc('"The levy will not pass," Oda Pruitt told Tom Herald.').quotes[0].occasion.event is None
    assert _doc('"The levy will not pass," Oda Pruitt told the press.').quotes[0].occasion.event == \
        "press conference"


def test_words_posted_on_ones_social_media_account_are_a_post():
    text = '"The levy is dead," Councilwoman Oda Pruitt wrote on her social media account.'
    assert _doc(text).quotes[0].occasion.event == "social media post"


def test_a_function_word_opening_the_sentence_of_an_event_takes_no_part_in_it():
    text = ("Pellham won most of the county's delegates on Saturday.\n\n"
            "It\u2019s unclear how loyal they are, as several of them told reporters they only leaned his way.\n\n"
            '"We are pleased," said Arno Vestig, an aide to Pellham.')
    assert _doc(text).quotes[0].occasion.participants == ["Arno Vestig"]


def test_the_one_met_takes_the_day_of_the_meeting_told_just_before():
    text = ("Trade Minister Lena Ek attended several events this week.\n\n"
            "On Monday, Ek chaired a meeting of the cabinet.\n\n"
            '"Ports come first," Ek said.\n\n'
            "On Thursday, the minister met with Mayor Ivo Sand in Vestby.\n\n"
            '"Vestby is ready," the mayor noted during the meeting.\n')
    occasion = _said(_doc(text, place="Norvik"), "Vestby is").occasion
    assert (occasion.event, occasion.date, occasion.place) == ("meeting", "2023-03-02", "Vestby")
    # Names after an event word that is no verb's object are not those who took part.
    text = text.replace("the minister met with Mayor Ivo Sand in Vestby",
                        "the minister turned down requests for an interview with Mayor Ivo Sand")
    text = text.replace("the mayor noted during the meeting", "Sand noted")
    assert _said(_doc(text, place="Norvik"), "Vestby is").occasion.event != "interview"


def test_a_plural_description_of_the_speakers_names_the_event_told_just_before():
    text = ("Farm Minister of Ostmark Jorun Vell received Farm Minister of Kelland Anis Dorr in Norvik on Saturday.\n\n"
            '"Our grain is your grain," Vell said.\n\n'
            "After the talks, the two ministers told reporters that the quota had been doubled. "
            '"The ships sail in May," Dorr said.\n')
    assert _said(_doc(text, place="Norvik"), "The ships").occasion.event == "press conference"
    # Others told of (their aides) are not the speaker: the words keep the article's event.
    text = text.replace("the two ministers told", "their aides told")
    assert _said(_doc(text, place="Norvik"), "The ships").occasion.event != "press conference"


def test_the_head_of_a_body_as_the_subject_is_a_person_not_the_body():
    text = ("Minister of Fisheries Ada Roos held talks with the fishers of Tarvik on Saturday.\n\n"
            '"The quotas stay," Roos said.\n\n'
            "The head of the Fisheries Ministry later told reporters that the fleet would grow. "
            '"We will build ten trawlers," Roos said.\n')
    assert _said(_doc(text), "We will build").occasion.event == "press conference"
    # The head of another ministry is someone else: the words keep the talks.
    text = text.replace("the Fisheries Ministry", "the Transport Ministry")
    assert _said(_doc(text), "We will build").occasion.event != "press conference"


def test_afterwards_takes_the_day_and_place_of_the_event_told_just_before():
    text = ("Port Minister Henrik Durrant held several meetings this week.\n\n"
            "On Monday, Durrant chaired a meeting of the harbour board.\n\n"
            "On Thursday, the minister met with Mayor Edda Quist in Tarrow.\n\n"
            "Speaking to reporters afterwards, Durrant said the quay would be rebuilt.\n\n"
            '"The cranes arrive in June," Durrant said.\n')
    occasion = _said(_doc(text, place="Norvik"), "The cranes").occasion
    assert (occasion.date, occasion.place) == ("2023-03-02", "Tarrow")
    # A measured gap puts the words on another day: the event before no longer dates them.
    later = _said(_doc(text.replace("afterwards", "two weeks afterwards"), place="Norvik"), "The cranes").occasion
    assert (later.date, later.place) != ("2023-03-02", "Tarrow")


def test_after_the_event_takes_the_day_and_place_of_the_event_told_just_before():
    text = ("Port Minister Henrik Durrant opened a ferry line at a ceremony in Norvik on Saturday.\n\n"
            '"The ferry runs twice a day," Durrant said.\n\n'
            "The line links four islands.\n\n"
            "On Thursday, Durrant met with Mayor Edda Quist in Tarrow. "
            '"We agreed on the quay," he told reporters after the meeting.\n')
    occasion = _said(_doc(text, place="Norvik"), "We agreed").occasion
    assert (occasion.date, occasion.place) == ("2023-03-02", "Tarrow")
    # An indefinite event takes up nothing told before.
    text = text.replace("after the meeting", "after a meeting")
    assert _said(_doc(text, place="Norvik"), "We agreed").occasion.place != "Tarrow"


def test_a_quote_without_a_frame_inherits_the_articles_occasion():
    doc = _doc(
        "Trade Minister Lena Ek held talks with Mayor Kari Lund and Deputy Mayor Tor Moe in Skagen on Thursday.\n\n"
        '"The quay will be ready in spring," Ek said.\n',
        place="Nordhavn")
    occasion = doc.quotes[0].occasion
    assert occasion.event == "talks"
    assert occasion.participants == ["Lena Ek", "Kari Lund", "Tor Moe"]
    assert (occasion.place, occasion.date) == ("Skagen", "2023-03-02")


def test_the_quotes_own_frame_overrides_the_article():
    doc = _doc(
        "Trade Minister Lena Ek held talks with Mayor Kari Lund in Skagen on Thursday.\n\n"
        '"Tariffs are not the answer," Ek told reporters in Lund on Friday.\n\n'
        "The mayor had asked for a new quay.\n\n"
        '"The quay will be ready," Ek said.\n')
    own, inherited = doc.quotes
    assert (own.occasion.event, own.occasion.place, own.occasion.date) == ("press conference", "Lund", "2023-03-03")
    assert own.occasion.participants == ["Lena Ek"]
    assert (inherited.occasion.event, inherited.occasion.place) == ("talks", "Skagen")


def test_no_event_anywhere_leaves_the_event_empty_but_the_speaker_takes_part():
    doc = _doc('Mayor Kari Lund spoke about the harbour.\n\n"The quay is old," Lund said.\n', place="Nordhavn")
    occasion = doc.quotes[0].occasion
    assert occasion.event is None
    assert occasion.participants == ["Kari Lund"]
    assert (occasion.place, occasion.date) == ("Nordhavn", SATURDAY)


def test_places_inside_the_quote_are_never_read():
    doc = _doc('Mayor Kari Lund spoke on Friday.\n\n"Things are calm in Ostland and in the region," Lund said.\n',
               place="Nordhavn")
    assert doc.quotes[0].occasion.place == "Nordhavn"


def test_a_place_or_day_that_belongs_to_another_noun_is_not_the_occasion():
    doc = _doc(
        "Mayor Kari Lund spoke to the council.\n\n"
        '"We signed nothing," Lund said of the deal signed on Tuesday in Vestby.\n\n'
        '"The talks are over," Lund said, adding that the fighting in Ostland had stopped.\n\n'
        '"We wait," Lund said after a meeting with the ambassador in Sudvik.\n',
        place="Nordhavn")
    for quote in doc.quotes:
        assert (quote.occasion.place, quote.occasion.date) == ("Nordhavn", SATURDAY), quote.text


def test_the_occasion_after_the_cue_verb_comes_first():
    doc = _doc(
        "Mayor Kari Lund spoke to the council.\n\n"
        '"Nothing is decided," Lund, who arrived for talks on Monday, said at a press conference on Wednesday.\n')
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.date) == ("press conference", "2023-03-01")


@pytest.mark.parametrize("between", ["\n\n", " "])
def test_the_cue_verb_is_read_in_the_sentence_that_names_the_speaker(between):
    # The nearest `said` is the previous sentence's: the anchor stays in the speaker's own sentence.
    doc = _doc('Governor Ilse Brandt addressed a rally in Tarnby.\n\n"Stay at home tonight," she said.' + between
               + 'Oskar Wendt, who skipped the rally, said on social media that the advice was "late and vague".\n')
    assert _said(doc, "late and vague").occasion.event == "social media post"
    assert _said(doc, "Stay at home").occasion.event == "rally"


def test_a_place_or_event_still_to_come_is_not_the_occasion():
    doc = _doc("Trade Minister Elin Voss held a phone conversation on Thursday with Piet Molen.\n\n"
               "The two discussed fishing quotas and the upcoming summit in Kalvik.\n\n"
               '"The quotas stay where they are," Voss said.\n', place="Tarnby")
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.place, occasion.date) == ("phone conversation", "Tarnby", "2023-03-02")
    later = _doc('Elin Voss will attend a summit in Kalvik next week.\n\n"We are ready," Voss said.\n')
    assert (later.quotes[0].occasion.event, later.quotes[0].occasion.place) == (None, None)
    # Preparations for an event are for one still to come.
    doc = _doc("Trade Minister Elin Voss held a phone conversation on Thursday with Piet Molen. Voss also discussed "
               'preparations for the summit, which opens in Kalvik in May. "We are ready," Voss told Molen.\n',
               place="Tarnby")
    assert doc.quotes[0].occasion.event == "phone conversation"
    # Only the event being prepared: one later in the clause is where they spoke.
    doc = _doc('The cabinet discussed preparations for the harvest at its session on Thursday. '
               '"The silos are ready," Elin Voss said.\n', place="Tarnby")
    assert doc.quotes[0].occasion.event == "meeting"


def test_a_place_ahead_of_an_event_is_still_where_the_words_were_said():
    doc = _doc('"We are ready," Elin Voss said on Friday ahead of a rally in Kalvik.\n')
    assert (doc.quotes[0].occasion.place, doc.quotes[0].occasion.date) == ("Kalvik", "2023-03-03")


def test_an_event_that_opens_with_the_cue_verb_comes_first():
    doc = _doc('"The alliance is strong," Mark Holt told reporters after the meeting.\n')
    assert doc.quotes[0].occasion.event == "press conference"


def test_a_venue_is_a_place_not_a_participant():
    doc = _doc('"We will recover," Ana Rios said in a speech at the Grand Hall in Lisbon last Tuesday.\n')
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.participants) == ("speech", ["Ana Rios"])
    assert (occasion.place, occasion.date) == ("Grand Hall, Lisbon", "2023-02-28")


def test_the_frame_before_the_quote():
    doc = _doc('Speaking at a news conference in Lund on Monday, Lena Ek said: "Tariffs are not the answer."\n')
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.place, occasion.date) == ("press conference", "Lund", "2023-02-27")


def test_a_dash_remark_with_its_cue_after_takes_the_paragraph_before_as_a_quote_in_marks_does():
    """`- ..., - the head of state said.`: the cue inside the remark's paragraph is its own frame, not an
    introducer; the paragraph before tells its occasion, as it would of `"...," the head of state said.`"""
    doc = _doc("President Lena Ek spoke with President Ivo Dran by telephone on Friday.\n\n"
               "Later on Friday, Lena Ek held a meeting in Vestby with the regional governors.\n\n"
               "- There is no weather for excuses, - the head of state said.\n")
    occasion = _said(doc, "There is no weather").occasion
    assert (occasion.event, occasion.place) == ("meeting", "Vestby")


def test_what_follows_according_to_the_speaker_is_spoken_of_not_the_occasion():
    """`According to the minister, the talks ... "albeit slowly"`: the talks are what the minister reported;
    the meeting of the opening is where."""
    doc = _doc("Foreign Minister Lena Ek met the envoy Ivo Dran in Vestby on Wednesday.\n\n"
               'According to the minister, the talks with Norland on the border are progressing, "albeit slowly".\n')
    assert _said(doc, "albeit slowly").occasion.event == "meeting"


def test_the_introducer_of_a_dash_remark_is_its_frame():
    doc = _doc("Opening the forum in Bergen on Wednesday, Lena Ek said:\n\n"
               "- Dear friends, I am glad to see you all in Tromso.\n")
    occasion = doc.quotes[0].occasion
    assert (occasion.event, occasion.place, occasion.date) == ("meeting", "Bergen", "2023-03-01")


def test_a_quoted_paragraph_goes_on_in_the_frame_of_the_one_before():
    doc = _doc(
        "Mayor Kari Lund spoke to the council.\n\n"
        '"We will rebuild," Lund said in a telephone conversation with Tor Moe on Thursday.\n\n'
        '"The quay comes first."\n')
    second = _said(doc, "The quay comes first")
    assert second.occasion.event == "phone conversation"
    assert second.occasion.participants == ["Kari Lund", "Tor Moe"]
    assert second.occasion.date == "2023-03-02"


_INTERVIEW_GOES_ON = (
    "Kelland will not import grain this year, Farm Minister Jorun Vell has said.\n\n"
    '"The silos are full and the mills are working," Jorun Vell said in an interview with the Kelby Herald.\n\n'
    'The minister added that the rye harvest had doubled. "Our farmers sowed early," she said.\n')


@pytest.mark.parametrize("between, event", [
    ("The minister added that", "interview"),
    ("She also noted that", "interview"),
    # A time of its own, or a cue in a clause of another verb, tells of something else.
    ("The minister said on Monday that", None),
    ("Vell said a week ago that", None),
    ("The minister was praised after she promised to say that", None),
])
def test_more_words_the_speaker_is_reported_to_say_go_on_where_the_quote_before_was_said(between, event):
    doc = _doc(_INTERVIEW_GOES_ON.replace("The minister added that", between))
    assert _said(doc, "Our farmers").occasion.event == event


def test_a_nested_quote_has_the_occasion_of_its_parent():
    doc = _doc("Mayor Kari Lund spoke to the council.\n\n"
               '"They told me \'never again\' back then," Lund said in an interview with Nordic Radio on Friday.\n')
    outer = next(q for q in doc.quotes if q.parent_id is None)
    nested = next(q for q in doc.quotes if q.parent_id is not None)
    assert outer.occasion.event == "interview" and outer.occasion.participants == ["Kari Lund", "Nordic Radio"]
    assert nested.occasion == outer.occasion and nested.occasion is not outer.occasion


def test_without_a_publication_date_a_weekday_gives_no_date():
    doc = _doc('Mayor Kari Lund spoke.\n\n"The quay is old," Lund said on Sunday.\n'
               '"It will last," Lund said on 9 May 2021.\n', date=None)
    assert doc.quotes[0].occasion.date is None
    assert doc.quotes[1].occasion.date == "2021-05-09"


def test_a_malformed_publication_date_gives_no_relative_day_and_no_error():
    doc = _doc('Mayor Kari Lund spoke.\n\n"The quay is old," Lund said yesterday.\n', date="sometime in spring")
    assert doc.quotes[0].occasion.date == "sometime in spring"
    assert find_days("on Friday, yesterday", 0, "2023-13-45") == []


# -- participants ----------------------------------------------------------------------------------


def test_a_description_names_the_person_the_article_introduced():
    doc = _doc("Trade Minister Lena Ek met her Norwegian counterpart Jon Vik in Malmo on Thursday.\n\n"
               '"The border stays open," Ek said during talks with her Norwegian counterpart.\n')
    assert doc.quotes[0].occasion.participants == ["Lena Ek", "Jon Vik"]


def test_a_description_beside_a_name_is_its_apposition():
    doc = _doc('"The rules will change," Lena Ek said in a letter to the head of the fishing board, Tor Moe, '
               "and Mayor Kari Lund.\n")
    assert doc.quotes[0].occasion.participants == ["Lena Ek", "Tor Moe", "Kari Lund"]


def test_a_nationality_before_a_role_is_a_description_not_a_name():
    doc = _doc('Norwegian, Danish fisheries ministers hold talks\n\n"The quota stays," Minister Ola Berg said.\n')
    assert doc.quotes[0].occasion.participants == ["Ola Berg"]


def test_organisations_take_part_and_countries_do_not():
    doc = _doc('"We are ready," Lena Ek said during talks with the Nordic Fisheries Council and Norway.\n')
    assert doc.quotes[0].occasion.participants == ["Lena Ek", "Nordic Fisheries Council"]


def test_the_articles_subject_and_object_take_part():
    doc = _doc("Prime Minister Eva Dahl has received Fisheries Minister Ola Berg\n\n"
               "Welcoming the guest, Eva Dahl said:\n\n- Dear Ola, welcome to the capital.\n")
    occasion = doc.quotes[0].occasion
    assert occasion.event == "meeting"
    assert occasion.participants == ["Eva Dahl", "Ola Berg"]


def test_an_unnamed_speaker_is_no_participant():
    doc = _doc('"Prices are up," a fisherman said during a meeting with Mayor Kari Lund.\n')
    assert doc.quotes[0].occasion.participants == ["Kari Lund"]


def test_participants_who_speak_elsewhere_take_their_display_name():
    first = process(Document("a", '"We are ready," Sergei Lund said on Friday.\n', date=SATURDAY))
    second = process(Document("b", '"So are we," Anna Berg said during talks with Sergey Lund.\n', date=SATURDAY))
    canonicalise([first, second])
    shown = first.quotes[0].speaker
    assert second.quotes[0].occasion.participants == ["Anna Berg", shown]


# -- scale, export and the seeds -------------------------------------------------------------------


def test_the_frame_is_bounded_in_one_long_paragraph():
    filler = "The council met again and the harbour was discussed at length. " * 200
    text = filler + '"We wait," Lund said on Friday. ' + filler
    doc = Document("long", text, date=SATURDAY)
    start = text.index("We wait")
    doc.quotes = [Quote("long", start, start + len("We wait"), "We wait")]
    for span_start, span_end in OccasionReader(doc).frame(doc.quotes[0]):
        assert span_end - span_start <= FRAME_REACH + 1
    find_occasions(doc)
    assert doc.quotes[0].occasion.date == "2023-03-03"


def test_participants_are_a_list_column(tmp_path):
    doc = _doc('"We are ready," Lena Ek said during talks with Mayor Kari Lund.\n\n'
               '"We shall see about that," a man said.\n')
    write_corpus([doc], tmp_path / "corpus")
    assert QUOTES_SCHEMA.field("participants").type == pa.list_(pa.string())
    assert pq.read_schema(tmp_path / "corpus" / "quotes.parquet").field("participants").type == pa.list_(pa.string())
    table = pd.read_parquet(tmp_path / "corpus" / "quotes.parquet").set_index("text")
    assert list(table.loc["We are ready"].participants) == ["Lena Ek", "Kari Lund"]
    assert list(table.loc["We shall see about that"].participants) == []


def test_seed_meeting_with_a_counterpart(seed_corpus):
    quotes = seed_corpus.quotes
    row = quotes[quotes.doc_id.str.startswith("003") & quotes.text.str.startswith("We consider maintaining peace")]
    row = row.iloc[0]
    assert row.event == "meeting"
    assert "Sergey Shoigu" in row.participants
    assert any("Harutyunyan" in name for name in row.participants)


def test_answering_questions_from_an_outlet_is_an_interview_and_from_reporters_a_press_conference():
    doc = _doc("Harbour Minister Sven Ostrup answered questions from the Lindmark Courier in Tarnby on Thursday.\n\n"
               "- Will the new quay open this year?\n\n- It will open in the spring.\n")
    answer = _said(doc, "It will open")
    assert (answer.speaker, answer.occasion.event) == ("Sven Ostrup", "interview")
    assert (answer.occasion.place, answer.occasion.date) == ("Tarnby", "2023-03-02")
    assert "Lindmark Courier" in answer.occasion.participants
    doc = _doc('"The quay opens in spring," Sven Ostrup said as he took questions from reporters in Tarnby.\n')
    assert (doc.quotes[0].occasion.event, doc.quotes[0].occasion.place) == ("press conference", "Tarnby")
    # `the questions of` an outlet's correspondent, as `from`; `of journalists`, the press at large.
    doc = _doc("Harbour Minister Sven Ostrup answered the questions of Courier correspondent Ivo Brandt.\n\n"
               "Ivo Brandt: Will the new quay open this year?\n\nSven Ostrup: It will open in the spring.\n")
    assert _said(doc, "It will open").occasion.event == "interview"
    doc = _doc('Sven Ostrup answered the questions of journalists in Tarnby. "The quay opens in spring," he said.\n')
    assert doc.quotes[0].occasion.event == "press conference"


def test_the_lead_tells_the_day_and_place_without_an_event_word():
    doc = _doc("Fishers blocked the ferry quay in Harnby on Thursday to protest the new quotas.\n\n"
               '"We want our quotas back," said Ola Brekke.\n')
    assert (doc.quotes[0].occasion.date, doc.quotes[0].occasion.place) == ("2023-03-02", "Harnby")
    # A dateline still says where; a calendar date tells the story behind the news, not the news.
    doc = _doc("Fishers blocked the ferry quay in Harnby on Thursday.\n\n"
               '"We want our quotas back," said Ola Brekke.\n', place="Tarnby")
    assert doc.quotes[0].occasion.place == "Tarnby"
    doc = _doc("Ola Brekke lost his boat in Harnby on May 4, 2019.\n\n"
               '"We want our quotas back," said Ola Brekke.\n')
    assert (doc.quotes[0].occasion.date, doc.quotes[0].occasion.place) == (SATURDAY, None)


def test_participants_after_a_day_or_place_between_event_and_preposition():
    doc = _doc("Trade Minister Elin Voss held a phone conversation on Thursday with Piet Molen.\n\n"
               '"The quotas stay where they are," Voss said.\n')
    assert doc.quotes[0].occasion.participants == ["Elin Voss", "Piet Molen"]
    # A direct object follows its verb at once: `met on Monday Molen` is no English.
    doc = _doc('Elin Voss met in Kalvik the fishers of the north coast.\n\n"We listened," Voss said.\n')
    assert doc.quotes[0].occasion.participants == ["Elin Voss"]


def test_the_place_of_a_journey_the_words_were_said_on():
    text = ('Minister Ivo Brandt arrived in Oslo on Monday.\n\n'
            '"We agreed on the next steps," Brandt said during his visit to Bergen.')
    assert extract(text)[0].occasion.place == "Bergen"
    # A journey told as another time is not where the words were said.
    text = ('Minister Ivo Brandt spoke in Oslo on Monday.\n\n'
            '"We agreed on the next steps," Brandt said after a visit to Bergen.')
    assert extract(text)[0].occasion.place != "Bergen"


@pytest.mark.parametrize("text, event", [
    ('Foreign Minister Ivan Sokol wrote on Telegram: "We will not be silent."', "social media post"),
    ('Senator Ann Lee tweeted on Thursday: "This bill is a disgrace."', "social media post"),
    ('Mayor Tom Ruiz told parliament on Thursday that "the roads are a mess."', "parliamentary session"),
    ('"We will win this state," Ann Lee told supporters at a rally in Bergen.', "rally"),
    ('Speaking to reporters in Bergen, Ivan Sokol said: "We are close to a deal."', "press conference"),
    # An embassy's reception for a national day is a ceremony.
    ('Ambassador Ivan Sokol spoke at a reception on the occasion of Norland Day.\n\n"Our ties are strong," the '
     'ambassador said.', "ceremony"),
    # Questions the press asked, in the possessive, are a press conference's.
    ("Minister Ivan Sokol answered journalists' questions in Bergen.\n\n- We are close to a deal, - Sokol said.",
     "press conference"),
    ('Answering the reporters\u2019 questions, Ivan Sokol said: "We are close to a deal."', "press conference"),
    ('"I saw the car," Ida Holm told the court on Thursday.', "hearing"),
    ('"The tunnel is late," Ida Holm told the city\'s works committee on Thursday.', "hearing"),
    # A telegram of condolences is a letter; Telegram the service carries posts.
    ('President Ivo Brandt sent a telegram to the king: "We share your grief."', "letter"),
    # One question from the press is a press conference as several are.
    ('Answering a question from journalists, Minister Ivan Sokol said: "The bridge stays shut."', "press conference"),
    # The signing of an agreement, a treaty or a plan is a ceremony, with the other signatory taking part.
    ('Mayor Ada Runge signed a plan of cooperation with Governor Ivo Brandt in Kelby on Monday.\n\n'
     '"Our two towns will share one ferry," Runge said.', "ceremony"),
    ('Ministers Ada Runge and Ivo Brandt signed a fishing agreement in Kelby. "The quota is fair," Runge said.',
     "ceremony"),
])
def test_the_channel_or_forum_of_the_words_is_their_event(text, event):
    assert _doc(text).quotes[0].occasion.event == event


def test_joining_an_agreement_is_no_signing():
    # `signed onto` or `signed up to` an accord joins it, often long before: no ceremony of the words.
    assert [e.event for e in find_events("Forty towns signed onto the Kelby agreement years ago.")] == []
    assert [e.event for e in find_events("Two towns signed up to the ferry accord.")] == []
    assert [e.event for e in find_events("The mayors signed a ferry agreement.")] == ["ceremony"]


@pytest.mark.parametrize("text", [
    'The Landtag of Ostmark debated the levy at its plenary session in Kelby on Tuesday.\n\n'
    '"Taxes will fall," Ada Runge said.',
    'At a plenary sitting of the Diet, Ada Runge presented the bill. "Taxes will fall," she said.',
    '"Taxes will fall," Finance Minister Ada Runge told the deputies on Tuesday.',
    # The house's daily hour of oral questions, as Westminster parliaments call it.
    '"Taxes will fall," Finance Minister Ada Runge said during question period on Tuesday.',
    'Ada Runge rose in question period to defend the levy. "Taxes will fall," she said.',
    'Speaker Ada Runge addresses parliamentary session\n\nKELBY, 3 March (Nordwire).\n\n'
    '"Taxes will fall," the Speaker said.',
    # Any session whose `of` phrase names a parliament is one.
    'The spring session of the Ostmark Parliament opened on Tuesday with a speech by Speaker Ada Runge.\n\n'
    '"Taxes will fall," the Speaker said.',
])
def test_a_plenary_sitting_or_words_to_the_deputies_are_a_parliamentary_session(text):
    # Not the bare "session" of any body, a meeting: a plenary one and the deputies are a parliament's.
    assert _doc(text).quotes[0].occasion.event == "parliamentary session"


def test_an_event_that_is_the_subject_of_a_future_verb_is_still_to_come():
    text = ("KELBY, 3 March (Nordwire). The Kelby Ferry Forum will bring together 300 shipowners in May, harbour "
            'master Ada Runge told reporters on Friday.\n\n"Every berth is booked," the harbour master said.')
    assert _doc(text).quotes[0].occasion.event == "press conference"
    # Not a forum that a preposition puts out of the subject: the words were said there.
    text = ("KELBY, 3 March (Nordwire). Ada Runge spoke at the Kelby Ferry Forum on Friday.\n\n"
            '"Every berth is booked," the harbour master said.')
    assert _doc(text).quotes[0].occasion.event == "meeting"


@pytest.mark.parametrize("text", [
    'At the plenary session of the Kelby Harbour Forum, Mayor Ada Runge said: "The port will grow."',
    'Speaking at the plenary meeting of the forum, Mayor Ada Runge said: "The port will grow."',
    'KELBY, 3 March (Nordwire). The third Kelby Harbour Forum opened on Friday with 900 delegates.\n\n'
    'Speaking at the plenary session, Mayor Ada Runge said: "The port will grow."',
])
def test_a_plenary_of_a_forum_is_the_forum_s_meeting(text):
    # The plenary is the sitting of all of what it is of: a gathering's when its `of` phrase or, with none,
    # the article names one; a parliament's otherwise (above).
    assert _doc(text).quotes[0].occasion.event == "meeting"


@pytest.mark.parametrize("text", [
    '"The port will reopen," Ada Runge told the Kelby Herald newspaper on Tuesday.',
    'Speaking to the Ostmark-1 TV channel, Ada Runge said: "The port will reopen."',
    'Ada Runge spoke to the Kelby Radio on Tuesday. "The port will reopen," she said.',
])
def test_words_told_a_named_outlet_are_an_interview(text):
    # A newspaper, channel or radio station spoken to is the outlet of an interview, not the press at large.
    assert _doc(text).quotes[0].occasion.event == "interview"


def test_hearing_as_a_gerund_is_no_event():
    text = 'Mayor Tom Ruiz said he loved hearing from voters. "They keep me honest," he said.'
    assert _doc(text).quotes[0].occasion.event != "hearing"
    text = '"I saw the car," Ida Holm said at a committee hearing on Thursday.'
    assert _doc(text).quotes[0].occasion.event == "hearing"


def test_a_day_or_place_after_whom_the_words_were_said_to_or_with_is_the_occasion_s():
    doc = _doc("Foreign Minister Ivan Sokol held talks with his Turkish counterpart in Ankara on Thursday.\n\n"
               '"We agreed on the main points," Sokol said.')
    assert (doc.quotes[0].occasion.place, doc.quotes[0].occasion.date) == ("Ankara", "2023-03-02")
    doc = _doc('"We will win," Senator Ann Lee told supporters in Bergen on Thursday night.')
    assert (doc.quotes[0].occasion.place, doc.quotes[0].occasion.date) == ("Bergen", "2023-03-02")
    doc = _doc('The talks took place in Oslo on Thursday.\n\n"We agreed," President Ivo Brandt said.')
    assert (doc.quotes[0].occasion.place, doc.quotes[0].occasion.date) == ("Oslo", "2023-03-02")
    # After another noun, they are that noun's.
    doc = _doc('The fighting in Bergen on Thursday killed three people.\n\n"It was terrible," Mayor Ivo Brandt said.')
    assert doc.quotes[0].occasion.place is None


def test_a_town_or_day_after_a_venue_the_words_were_said_at_is_the_occasion_s():
    doc = _doc('"Nobody here wants handouts," Governor Lisbet Ormond said at a community center in Harrowgate on '
               'Thursday.')
    assert (doc.quotes[0].occasion.place, doc.quotes[0].occasion.date) == ("Harrowgate", "2023-03-02")
    # A campaign stop, and a venue the cue verb takes as its object, are where the words were said too.
    doc = _doc('"We are going to win this county," Ormond said during a stop at a feed store in Dunmarsh.')
    assert doc.quotes[0].occasion.place == "Dunmarsh"
    doc = _doc('"We are going to win this county," Ormond told a packed union hall in Dunmarsh.')
    assert doc.quotes[0].occasion.place == "Dunmarsh"
    # A venue that hangs on another noun, or on no cue verb, places something else.
    doc = _doc('Asked about the fire at a warehouse in Dunmarsh, Ormond said: "We will rebuild."')
    assert doc.quotes[0].occasion.place is None
    doc = _doc('Ormond, who raised money for the new library in Dunmarsh, said: "We will rebuild."')
    assert doc.quotes[0].occasion.place is None


def test_a_weekday_still_to_come_is_not_counted_back():
    # Saturday 4 March 2023: `will hold talks on Friday` is next Friday, not yesterday.
    assert find_days("Ivan Sokol will hold talks in Ankara on Friday.", 0, SATURDAY) == []
    assert find_days("She spoke ahead of talks with Ida Holm on Friday.", 0, SATURDAY) == []
    # A future in another clause leaves the weekday alone.
    assert [d.iso for d in find_days("Ann Lee, who will step down, said on Friday it was time.", 0, SATURDAY)] \
        == ["2023-03-03"]


def test_days_counted_back_in_words():
    assert [d.iso for d in find_days("Ivan Sokol said two days ago that talks go on.", 0, SATURDAY)] == ["2023-03-02"]
    assert [d.iso for d in find_days("He said 3 days ago that talks go on.", 0, SATURDAY)] == ["2023-03-01"]


def test_the_main_clause_of_the_opening_gives_the_event_s_day():
    doc = _doc("President Ivan Sokol, who arrived in Bergen on Wednesday, held talks with Ida Holm on Thursday.\n\n"
               '"We agreed," Sokol said.')
    assert doc.quotes[0].occasion.date == "2023-03-02"


def test_a_lead_that_weaves_in_a_few_quoted_words_still_tells_the_event():
    doc = _doc("Commissioner Ruth Amber defended her officers at a news conference in Leeds on Thursday, "
               'saying they had "acted within minutes."\n\n"Nobody could have foreseen it," Amber said.')
    occasion = _said(doc, "Nobody").occasion
    assert (occasion.date, occasion.place, occasion.event) == ("2023-03-02", "Leeds", "press conference")


@pytest.mark.parametrize("words, events", [
    ("Mayor Ann Holm now talks freely about the fire", []),
    ("she talks to voters every week", []),
    ("the early talks with the union failed", ["talks"]),
    ("the two sides held talks in Vestby", ["talks"]),
])
def test_talks_after_a_subject_pronoun_or_an_adverb_is_the_verb(words, events):
    assert [e.event for e in find_events(words)] == events


@pytest.mark.parametrize("frame, event", [
    ('"Our ties are strong," Kallas said, speaking to the press in Vestby.', "press conference"),
    ('Arvo Kallas spoke to the media in Vestby on Friday. "Our ties are strong," Kallas said.', "press conference"),
    ('Ostland and Norland signed a charter.\n\n"The Parties will consult," the statement reads.', "statement"),
])
def test_speaking_to_the_press_and_a_statement_that_reads(frame, event):
    quote = next(q for q in _doc(frame).quotes if q.text.startswith(("Our ties", "The Parties")))
    assert quote.occasion.event == event


def test_event_spoken_of_is_no_occasion():
    """An event in the topic of a word of speaking (`comments on border talks`, `asked about the talks`) is what
    was spoken of; the briefing is where."""
    doc = _doc("Norland spokeswoman comments on border talks\n\n"
               "Spokeswoman Lira Demchuk held a briefing for journalists in Vestby on Thursday.\n\n"
               "Asked about the latest round of border talks, Demchuk said the work went on. "
               '"The next meeting is in April," the spokeswoman said.\n')
    assert _said(doc, "The next meeting").occasion.event == "press conference"
    assert find_events("asked about the delay in an interview")[0].event == "interview"


def test_event_and_place_of_a_commented_topic_are_no_occasion():
    """`Commenting on the preparations for the summit in Karsby, ...`: the summit, a complement of the topic's
    head (`for`), and the place after it are what was spoken of; the briefing in Vestby is where."""
    doc = _doc("Norland spokeswoman holds weekly briefing\n\n"
               "Foreign Ministry spokeswoman Liva Berg held a weekly briefing in Vestby on Thursday.\n\n"
               "Commenting on the preparations for the summit in Karsby, the diplomat said:\n\n"
               '"The draft communique is almost ready."\n')
    occasion = _said(doc, "The draft communique").occasion
    assert (occasion.event, occasion.place) == ("press conference", "Vestby")


def test_main_clause_event_of_the_opening_over_a_relative_clause():
    """`X, who is on a visit to Y, gave an interview`: the relative clause tells the circumstances, the main
    clause the event the article reports."""
    doc = _doc("Minister of Trade of Norland Lira Vask, who is on a working visit to Ostland, gave an interview "
               "to the agency.\n\n"
               '"Our ties are stronger than ever," Vask said.\n')
    assert _said(doc, "Our ties").occasion.event == "interview"


def test_place_only_a_relative_clause_names_yields_to_the_dateline():
    """The country a visitor came to (`who is on a visit to Ostland`) is no nearer a place of speech than the
    dateline's city, where the interview was given."""
    doc = _doc("Minister of Trade of Norland Lira Vask, who is on a working visit to Ostland, gave an interview "
               "to the agency.\n\n"
               '"Our ties are stronger than ever," Vask said.\n', place="Vestby")
    assert _said(doc, "Our ties").occasion.place == "Vestby"


def test_a_quote_going_on_from_the_speakers_last_takes_its_occasion():
    text = ("Trade Minister Orla Venn toured the north this week.\n\n"
            "On Friday, Venn held talks with port officials in Harlow.\n\n"
            "The talks were closed to the press.\n\n"
            "At a forum of exporters in Dornby on Wednesday, Venn praised the new customs code.\n\n"
            '"Our exporters are ready," Venn said - a remark that drew applause.\n\n'
            '"Next year the figures will show it," she continued. "We will count every crate."\n')
    doc = _doc(text, place="Norvik")
    for words in ("Next year", "We will count"):
        occasion = _said(doc, words).occasion
        assert (occasion.event, occasion.date, occasion.place) == ("meeting", "2023-03-01", "Dornby")
    # Another speaker's words, or narration told between, end the run: the article's talks again (held in
    # Harlow, the place after those the talks were with).
    other = _said(_doc(text.replace("she continued", "Mayor Ivo Tamm said"), place="Norvik"), "Next year")
    assert (other.occasion.event, other.occasion.date, other.occasion.place) == ("talks", "2023-03-03", "Harlow")
    told = text.replace('applause.\n\n"Next', 'applause.\n\nThe code takes effect in May.\n\n"Next')
    assert _said(_doc(told, place="Norvik"), "Next year").occasion.place == "Harlow"
    closing = text.replace('Venn praised the new customs code.\n\n"Our exporters are ready," Venn said - a remark that '
                           'drew applause.', 'Venn said: "Our exporters are ready."\n\nVenn later told the radio that '
                           'the code was fair.')
    assert _said(_doc(closing, place="Norvik"), "Our exporters").occasion.place == "Dornby"
    assert _said(_doc(closing, place="Norvik"), "Next year").occasion.place == "Harlow"


def test_an_opening_adjunct_of_time_is_not_the_subject_of_the_event_sentence():
    text = ("Port Minister Henrik Durrant spent the week abroad.\n\n"
            "The ferry between the islands stopped in May.\n\n"
            "Fishers have lost a season.\n\n"
            "Two days earlier, Mayor Ida Roos held talks with Jon Falk in Bremsund.\n\n"
            '"The ferry will run again," Roos said.\n')
    occasion = _said(_doc(text, place="Norvik"), "The ferry will").occasion
    assert (occasion.event, occasion.place) == ("talks", "Bremsund")
    # With another subject the talks are not the speaker's.
    text = text.replace("Two days earlier, Mayor Ida Roos", "Two days earlier, Jon Falk's deputy")
    assert _said(_doc(text, place="Norvik"), "The ferry will").occasion.event != "talks"


def test_a_paragraph_whose_first_sentence_sets_the_scene_tells_the_occasion():
    text = ("Shipping Minister Edda Prahl toured the coast this week.\n\n"
            "The ministry has promised new ferries.\n\n"
            "Fishers have lost a season.\n\n"
            "On Tuesday, Prahl held talks in Kroll. The town's shipyard employs nine hundred people.\n\n"
            '"We will order four hulls here," Prahl said.\n')
    occasion = _said(_doc(text, place="Norvik"), "We will order").occasion
    assert (occasion.event, occasion.date, occasion.place) == ("talks", "2023-02-28", "Kroll")
    # An event in what a later sentence's cue verb reports is what was spoken of, not another occasion.
    reported = text.replace("The town's shipyard employs nine hundred people.",
                            "She added that the yard was in talks with two buyers.")
    assert _said(_doc(reported, place="Norvik"), "We will order").occasion.date == "2023-02-28"
    # A later sentence that names another day tells more than the quote's occasion.
    text = text.replace("employs nine hundred people", "hosted the unions on Friday")
    assert _said(_doc(text, place="Norvik"), "We will order").occasion.date != "2023-02-28"


@pytest.mark.parametrize("lead, expected", [
    ("The Harnby town council on Wednesday approved a new ferry quay.", "2023-03-01"),
    ("Mayor Ivo Tamm on Wednesday signed the ferry contract.", "2023-03-01"),
    # An event has a day of its own: the day qualifies the subject, not the news.
    ("The storm in Harnby on Wednesday destroyed the ferry quay.", SATURDAY),
])
def test_a_day_between_a_person_or_body_and_its_verb_dates_the_lead(lead, expected):
    text = lead + '\n\n"We will rebuild quickly," the mayor said.\n'
    assert _doc(text, place="Harnby").quotes[0].occasion.date == expected


@pytest.mark.parametrize("sentence, expected", [
    ("At the March 1 summit in Kalvik, President Ada Lind urged her neighbours to share the patrols.", "2023-03-01"),
    ("At the 1 March regional summit in Kalvik, President Ada Lind urged her neighbours to share the patrols.",
     "2023-03-01"),
    # A date before a noun that names no event, or before an event that only dates the words, is no day of speech.
    ("In Kalvik, President Ada Lind defended the March 1 decision to share the patrols.", SATURDAY),
    ("Speaking after the March 1 summit, President Ada Lind urged her neighbours to share the patrols.", SATURDAY),
])
def test_a_date_before_an_event_word_is_the_events_day(sentence, expected):
    text = ("Coast guards met this week.\n\nThe sea is rough.\n\nPatrols are costly.\n\n" + sentence +
            '\n\n"No country can guard this sea alone," Lind said.\n')
    assert _said(_doc(text, place="Norvik"), "No country").occasion.date == expected


def test_an_event_keyword_opening_with_a_preposition_after_the_cue_is_its_adverbial():
    text = ("Coast guards met this week.\n\nThe sea is rough.\n\nPatrols are costly.\n\n"
            "On Thursday, Minister Ada Lind spoke on the phone with her counterpart Per Holt.\n\n"
            '"We agreed on a joint fund," Lind said.\n')
    occasion = _said(_doc(text, place="Norvik"), "We agreed").occasion
    assert (occasion.event, occasion.date) == ("phone conversation", "2023-03-02")
    # An event word after the cue with no preposition opens what the cue reports.
    text = text.replace("spoke on the phone with her counterpart Per Holt", "said talks with Per Holt had failed")
    assert _said(_doc(text, place="Norvik"), "We agreed").occasion.event != "talks"


def test_a_sentence_naming_today_just_before_the_quote_sets_its_day():
    """The lead tells of the day before; a sentence in the paragraph of the quote that names today, in the
    present of the time of writing, says when the quote whose frame names no day was said."""
    lead = "Premier Ola Vesk held talks with the Emir in Solvik on Friday.\n\n"
    text = lead + ('Today the Norland delegation is in Kelvik. Deputy Premier Ivo Orlev told reporters: '
                   '"Kelvik could become our port."')
    occasion = _said(_doc(text), "Kelvik could").occasion
    assert (occasion.date, occasion.place) == ("2023-03-04", "Kelvik")
    # Where the scene is a visit, the place it goes to is where the words were said.
    visiting = text.replace("is in Kelvik", "is visiting the Kelvik free port")
    occasion = _said(_doc(visiting), "Kelvik could").occasion
    assert (occasion.date, occasion.place) == ("2023-03-04", "Kelvik")
    # So is where a journey goes, a kind of place and `of` before its name too.
    travelling = text.replace("is in Kelvik", "travelled to the port city of Kelvik")
    occasion = _said(_doc(travelling), "Kelvik could").occasion
    assert (occasion.date, occasion.place) == ("2023-03-04", "Kelvik")
    # Without it, the quote keeps the day and place the lead tells.
    text = lead + 'Deputy Premier Ivo Orlev told reporters: "Kelvik could become our port."'
    occasion = _said(_doc(text), "Kelvik could").occasion
    assert (occasion.date, occasion.place) == ("2023-03-03", "Solvik")


def test_a_sentence_dating_what_the_speaker_did_just_before_the_quote_sets_its_day_and_place():
    text = ("Vardby, 20 May 2026 (Wire). Defence Minister of Ostmark Ilmar Kesk has concluded a three-day visit.\n\n"
            'On 18 May, in Vardby, Ilmar Kesk held talks with his counterpart. "We train together," Kesk said.\n\n'
            "On 19 May Ilmar Kesk travelled to the port city of Sorrel, where he visited the naval school. "
            'Addressing the cadets, Ilmar Kesk said: "You are our future."\n')
    occasion = _said(_doc(text, date="2026-05-20", place="Vardby"), "You are our").occasion
    assert (occasion.date, occasion.place) == ("2026-05-19", "Sorrel")
    # An irregular past of travelling is the sentence's verb as a regular one is.
    for verb in ("flew", "drove"):
        changed = text.replace("Kesk travelled", f"Kesk {verb}").replace(", where he visited the naval school", "")
        occasion = _said(_doc(changed, date="2026-05-20", place="Vardby"), "You are our").occasion
        assert (occasion.date, occasion.place) == ("2026-05-19", "Sorrel")
    # A role or a pronoun for the speaker is the speaker too; what another did is no scene of the speaker's.
    for subject, day in (("the minister", "2026-05-19"), ("he", "2026-05-19"), ("Mayor Tiit Orav", "2026-05-18")):
        changed = text.replace("On 19 May Ilmar Kesk travelled", f"On 19 May {subject} travelled")
        occasion = _said(_doc(changed, date="2026-05-20", place="Vardby"), "You are our").occasion
        assert occasion.date == day


def test_the_guest_of_an_article_about_a_visit_is_the_visitor_who_sets_the_scene():
    text = ("Vardby, 20 May 2026 (Wire). Defence Minister of Ostmark Ilmar Kesk has concluded a three-day visit to "
            "Dalmark.\n\n"
            'On 18 May, in Vardby, Ilmar Kesk held talks with his counterpart. "We train together," Kesk said.\n\n'
            "On 19 May the guest travelled to the port city of Sorrel. "
            'Addressing the cadets, Ilmar Kesk said: "You are our future."\n')
    occasion = _said(_doc(text, date="2026-05-20", place="Vardby"), "You are our").occasion
    assert (occasion.date, occasion.place) == ("2026-05-19", "Sorrel")
    # Where the article tells of no visit, `the guest` may be anyone's.
    talks = text.replace("has concluded a three-day visit to Dalmark", "has held talks in Dalmark")
    occasion = _said(_doc(talks, date="2026-05-20", place="Vardby"), "You are our").occasion
    assert occasion.place != "Sorrel"


def test_a_common_word_capitalised_to_open_a_sentence_takes_no_part_in_an_event():
    text = ("Fundraisers met Governor Ilse Marrow in Tolby on Friday. Most fundraisers left early.\n\n"
            '"We are pleased," said Arno Vestig, an aide to Marrow.')
    participants = _doc(text).quotes[0].occasion.participants
    assert "Fundraisers" not in participants
    assert "Ilse Marrow" in participants


def test_a_debate_is_an_occasion_of_its_own_and_its_place_hangs_on_it():
    text = 'Vik rallies her base\n\n"We will win," Ann Vik said during a debate at Kelby State University.\n'
    occasion = _said(_doc(text), "We will win").occasion
    assert (occasion.event, occasion.place) == ("debate", "Kelby State University")
    # A debate with a rival: the rival took part.
    text = 'Vik rallies her base\n\n"We will win," Ann Vik said in a televised debate with Senator Ole Brask.\n'
    occasion = _said(_doc(text), "We will win").occasion
    assert occasion.event == "debate" and "Ole Brask" in occasion.participants


def test_an_event_after_a_long_name_or_in_a_clause_of_time_only_dates_the_words():
    text = ('Force stretched\n\nGen. Ola Rask said after a Senate Harbour Defence Committee hearing that the fleet was '
            '"stretched thin."\n')
    assert _said(_doc(text), "stretched thin").occasion.event is None
    # A clause of time, its verb in the past, tells what took place before the words, and where.
    text = ("Greens answer the Reds\n\nTARNBY - Four days after the Reds raised a war cry at their rally in Kelby, "
            'the Greens met voters on Saturday.\n\n"We are the calm ones," Greens leader Ada Lind said.\n')
    occasion = _said(_doc(text, place="Tarnby"), "We are the calm").occasion
    assert (occasion.event, occasion.place) == ("meeting", "Tarnby")
    # Without a verb it is the event's own phrase: `before lawmakers at a hearing` is where the words were said.
    text = 'Vik on the fleet\n\n"We need ships," Ann Vik said at a hearing in Kelby.\n'
    assert _said(_doc(text), "We need ships").occasion.event == "hearing"


@pytest.mark.parametrize("sentence", [
    'Appearing on NBC\'s "Kelby Tonight," Ann Vik said the budget "will pass by spring."',
    'Ann Vik said on CNN\'s "Morning in Tarnby" that the budget "will pass by spring."',
    'Ann Vik said on "Kelby Tonight" that the budget "will pass by spring."',
    'Ann Vik told "Kelby Tonight" the budget "will pass by spring."',
    'Ann Vik said on CNN that the budget "will pass by spring."',
])
def test_an_appearance_on_a_broadcast_is_an_interview(sentence):
    text = f"Vik on the budget\n\n{sentence}\n"
    assert _said(_doc(text), "will pass").occasion.event == "interview"


@pytest.mark.parametrize("sentence", [
    'Ann Vik, writing on CNN, said the budget "will pass by spring."',  # a column written, no appearance
    'Ann Vik said the budget "will pass by spring," after an ad on CNN.',
    'Ann Vik told "anyone who would listen" that the budget "will pass by spring."',  # no title
])
def test_an_outlet_or_quoted_words_without_an_appearance_are_no_interview(sentence):
    text = f"Vik on the budget\n\n{sentence}\n"
    assert _said(_doc(text), "will pass").occasion.event != "interview"


def test_a_past_participle_opening_a_sentence_takes_no_part_in_its_event():
    text = ("Vik will stay\n\nAsked about the bill at a news conference, Ann Vik said only that she would serve out "
            'her term.\n\n"I intend to do it," Vik said.\n')
    occasion = _said(_doc(text), "I intend").occasion
    assert occasion.event == "press conference" and occasion.participants == ["Ann Vik"]
    # A given name in -ed opening the sentence is its subject, and so is one before a verb.
    for sentence, subject in (("Ahmed Lind, the mayor, held talks with Vik.", "Ahmed Lind"),
                              ("Ahmed at the harbour board held talks with Vik.", "Ahmed")):
        items = subject_before(sentence, 0, sentence.index("talks"))
        assert sentence[items[0].start:items[0].end].startswith(subject)
