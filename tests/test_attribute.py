"""Attribution rules, each on a short text written for the test."""

import pytest

from quotes import extract
from quotes.mentions import find_entities
from quotes.phrases import phrase_before


def speaker_of(text, opening):
    quote = next(q for q in extract(text) if q.text.startswith(opening))
    return quote.speaker, quote.method


def test_a_cue_verb_opening_its_sentence_has_its_subject_after_it():
    text = ('Mayor Greta Lund toured the harbour on Monday. Said Lund, when asked whether the levy would rise: '
            '"Not this year, and not next year either."')
    assert speaker_of(text, "Not this year") == ("Greta Lund", "cue_before")
    text = 'Mayor Greta Lund toured the harbour on Monday.\n\nSaid the mayor: "The boats come first."'
    assert speaker_of(text, "The boats") == ("Greta Lund", "cue_before")
    # A cue whose object follows it puts the one told or asked after it, not the speaker.
    text = 'Sen. Tor Lind questioned the mayor for an hour on Friday. Told Mayor Greta Lund: "The levy will rise."'
    assert speaker_of(text, "The levy")[0] != "Greta Lund"


def test_name_after_quote():
    assert speaker_of('"We are ready," Lena Dahl said.', "We are ready") == ("Lena Dahl", "cue_after")


def test_inverted_cue_with_apposition():
    text = '"The talks went well," said Marko Vidal, the foreign minister of Ruritania.'
    assert speaker_of(text, "The talks") == ("Marko Vidal", "cue_after")


def test_surname_resolves_to_full_name():
    text = 'Defence Minister Karl Ostrom visited the base.\n\n"Our troops are ready," Ostrom said.'
    assert speaker_of(text, "Our troops")[0] == "Karl Ostrom"


def test_role_resolves_to_the_person_introduced_with_it():
    text = ('Russian Defence Minister Ivan Sokolov arrived in the capital.\n\n'
            '"We will keep the peace," the Russian Defence Minister said.')
    assert speaker_of(text, "We will keep")[0] == "Ivan Sokolov"


def test_the_akim_and_the_hokim_are_the_regional_heads_named_with_the_title():
    text = ('The Acting Akim of Vestby Jon Berg met residents on Monday.\n\n'
            '"We will fix the roads," the acting akim said.')
    assert speaker_of(text, "We will fix")[0] == "Jon Berg"
    text = 'Khokim of Tarnby region Ola Saidov met farmers.\n\n"Water comes first," the hokim said.'
    assert speaker_of(text, "Water comes")[0] == "Ola Saidov"


def test_country_adjective_matches_the_country_named_in_the_role():
    """The countries the agency news of the region cover beyond the former Soviet states: a Slovak,
    Emirati or Mongolian office is the office of Slovakia, the UAE or Mongolia."""
    for country, adjective in (("Slovakia", "Slovak"), ("the UAE", "Emirati"), ("Mongolia", "Mongolian")):
        text = (f'Prime Minister of {country} Dorin Vasko toured the new terminal.\n\n'
                f'"This is a model for the region," the {adjective} Prime Minister said.')
        assert speaker_of(text, "This is a model")[0] == "Dorin Vasko", country


def test_name_always_after_the_is_no_antecedent_of_she():
    """A name behind `the` names a paper, not a woman who could answer."""
    text = ('Spokeswoman Lira Demchuk held a briefing on Thursday.\n\n'
            'A reporter from the Ostrava Courier asked whether the minister would travel abroad.\n\n'
            '"I cannot confirm the dates yet," she replied.')
    assert speaker_of(text, "I cannot confirm")[0] == "Lira Demchuk"


def test_a_pronoun_later_in_the_sentence_gives_a_name_after_the_no_gender():
    """`he` after the paper's name in its sentence is the writer's; it makes the paper no man."""
    text = ('TARROW \u2014 The race moved to the opinion pages this week.\n\n'
            'Senator Ola Brisk wrote an essay in The Tarrow Clarion headlined "Why I Stay," in which he argued '
            'that he had "always put the valley first."')
    assert speaker_of(text, "always put the valley")[0] == "Ola Brisk"


def test_team_after_the_in_the_body_is_no_antecedent_though_the_headline_drops_the_article():
    """A headline drops its articles (`Rapids win`); the body's `the Kelso Rapids` still names a team."""
    text = ('Rapids rookie\u2019s big night\n'
            'KELSO — Kwabe Adebayo-Lind had 24 points as the Kelso Rapids held off the Orrin Wolves on Friday.\n\n'
            'His aunt, Folake Lind, sat behind the Rapids bench.\n\n'
            '"She never misses a game," he said.')
    assert speaker_of(text, "She never misses")[0] == "Kwabe Adebayo-Lind"


def test_adjective_of_an_unlisted_country_is_read_back_to_it():
    """`-ia` + `n` and `-stan` + `i`: the adjective of a country the word lists lack names it still."""
    for country, adjective in (("Tanzania", "Tanzanian"), ("Karastan", "Karastani")):
        text = (f'Prime Minister of {country} Jan Novak toured the new terminal.\n\n'
                f'"This is a model for the region," the {adjective} Prime Minister said.')
        assert speaker_of(text, "This is a model")[0] == "Jan Novak", country


def test_head_of_country_is_its_president():
    text = ('President of the Republic of Moldova Elena Rusu met the delegation.\n\n'
            '"We welcome our guests," the head of Moldova said.')
    assert speaker_of(text, "We welcome")[0] == "Elena Rusu"


def test_organisation_speaker():
    text = ('Officials met on Sunday, the Russian Foreign Ministry said.\n\n'
            '\u201cThe sides agreed to continue the dialogue,\u201d the ministry stated.')
    assert speaker_of(text, "The sides agreed")[0] == "Russian Foreign Ministry"


def test_pronoun_goes_to_the_person_just_mentioned():
    text = ('Farmer Olga Brandt lost her harvest in the flood.\n\n'
            '"Everything is gone," she said.')
    assert speaker_of(text, "Everything is gone")[0] == "Olga Brandt"


def test_continuation_paragraph_keeps_the_speaker():
    text = ('"The bridge is closed," engineer Paul Weber said.\n\n'
            '"It will stay closed until the spring."')
    assert speaker_of(text, "It will stay closed") == ("Paul Weber", "continuation")


def test_no_credible_speaker_stays_null():
    text = 'The sign on the door read "Closed for the holidays, back in January."'
    found = extract(text)
    assert all(q.speaker is None for q in found)


def test_transliteration_variants_are_one_speaker():
    from quotes.model import Document, Quote
    from quotes.speakers import canonicalise

    docs = [Document("a", "x", quotes=[Quote("a", 0, 1, "x", speaker="Sergei Ivanov")]),
            Document("b", "x", quotes=[Quote("b", 0, 1, "x", speaker="Sergey Ivanov")]),
            Document("c", "x", quotes=[Quote("c", 0, 1, "x", speaker="Pavel Ivanov")])]
    canonicalise(docs)
    ids = [d.quotes[0].speaker_id for d in docs]
    assert ids[0] == ids[1] != ids[2]


def test_display_name_is_the_full_name_quoted_most_often():
    from quotes.model import Document, Quote
    from quotes.speakers import canonicalise

    docs = [Document(n, "x", quotes=[Quote(n, 0, 1, "x", speaker=name)])
            for n, name in (("a", "Harald M. Strand"), ("b", "Harald Strand"), ("c", "Harald Strand"), ("d", "Strand"))]
    canonicalise(docs)
    assert {d.quotes[0].speaker for d in docs} == {"Harald Strand"}
    assert len({d.quotes[0].speaker_id for d in docs}) == 1


def test_pronoun_prefers_the_subject_of_the_last_sentence():
    text = ('Nurse Clara Holm, head of the ward, agreed with Peter Sand on the plan.\n\n'
            '"We need more beds," she said.')
    assert speaker_of(text, "We need more beds")[0] == "Clara Holm"


def test_pronoun_agrees_in_gender():
    text = ('Mr. Ivo Berg met Mrs. Lina Kask at the station. Mrs. Kask said she was tired. '
            'Mr. Berg stayed.\n\n"I am glad she came," he said.')
    assert speaker_of(text, "I am glad")[0] == "Ivo Berg"


def test_unnamed_speaker_is_kept_as_a_description_of_its_document():
    text = '"The roads are flooded again," a resident, who asked not to be named, said.'
    quote = next(q for q in extract(text))
    assert quote.speaker == "a resident" and quote.speaker_named is False and quote.confidence <= 0.5


def test_statement_speaks_for_its_author():
    text = ('Minister Hanna Lehto resigned on Friday.\n\n'
            '"I leave with a clear conscience," her statement said.')
    assert speaker_of(text, "I leave")[0] == "Hanna Lehto"


@pytest.mark.parametrize("frame", [
    "Orsolya Brant's reply came in a statement:",
    "Brant's latest tweet read:",
    "Hours later, her retort came in a statement:",
])
def test_the_owner_of_a_text_or_reply_that_opens_the_clause_speaks(frame):
    text = ('Mayor Orsolya Brant met the ferry board in Kallvik on Monday. '
            f'{frame} "The crossings will run again by May."')
    assert speaker_of(text, "The crossings")[0] == "Orsolya Brant"


def test_a_text_owned_by_someone_is_no_owner_when_more_than_its_predicate_follows():
    text = ('Mayor Orsolya Brant met the ferry board in Kallvik on Monday. Brant\'s tweet angered the board, '
            'whose chair, Ivo Kessel, said: "The crossings will run again by May."')
    assert speaker_of(text, "The crossings")[0] == "Ivo Kessel"


def test_referring_to_someone_as_something_gives_the_words_to_the_subject():
    text = ('Councillor Brisa Hallam and Mayor Ottar Venn clashed again. '
            'Hallam referred to the mayor\'s budget as "a raid on the harbour fund."')
    assert speaker_of(text, "a raid")[0] == "Brisa Hallam"


def test_a_passive_refer_to_as_gives_no_one_the_words():
    text = 'Mayor Ottar Venn spoke. The bill was referred to the committee as "urgent business."'
    assert not [q for q in extract(text) if q.text.startswith("urgent")]


def test_a_second_text_is_by_the_author_of_the_words_quoted_before_it():
    text = ('Councillor Brisa Hallam answered within minutes online. "The mayor is bluffing," she wrote.\n\n'
            'A second tweet followed: "Bluffers fold in the end."')
    assert speaker_of(text, "Bluffers fold")[0] == "Brisa Hallam"


def test_a_bare_subject_after_an_adjunct_that_names_the_document_wrote_it():
    """`In a news release, police identified the man`: the mention stands in the fronted adjunct, and the bare
    noun for a body or for people after it is the subject that made the release public."""
    text = ('The body of a swimmer was found near Tarnby Point on Monday.\n\n'
            'In a news release, police identified him as Olav Brekke, 61.\n\n'
            '"Our thoughts are with his family," the release said.')
    assert speaker_of(text, "Our thoughts")[0] == "police"
    text = text.replace("police identified", "organizers identified")
    assert speaker_of(text, "Our thoughts")[0] == "organizers"


def test_a_body_s_noun_before_a_noun_for_a_person_modifies_it():
    """`A Tarnby city councillor has apologized after telling`: read forward, the subject runs past the body's
    noun (`city`) to the noun for a person that heads it."""
    text = ('A Tarnby city councillor has apologized after telling a public meeting that campers should '
            '"pack up and leave town."')
    assert speaker_of(text, "pack up")[0] == "A Tarnby city councillor"


def test_a_body_s_possessive_read_forward_runs_to_the_role_it_owns():
    """`The province's top doctor is urging ..., saying`: read forward, the subject is the role the possessive owns,
    its head the last noun for a person of up to three words, not the body before `'s`."""
    text = ('The province\'s top doctor is urging farmers to keep their children indoors, saying the outbreak could be '
            '"the worst in a generation."')
    assert speaker_of(text, "the worst in")[0] == "The province's top doctor"


def test_a_second_text_without_words_quoted_before_it_is_nobody_s():
    text = 'Councillor Brisa Hallam stayed silent.\n\nA second tweet followed: "Bluffers fold in the end."'
    assert speaker_of(text, "Bluffers fold")[0] is None


def test_a_document_speaks_for_the_unnamed_author_its_sentence_describes():
    text = ('The family said in a statement that they had met the harbour master, Ilse Varn.\n\n'
            '"She listened, and that was all we asked," the statement said.')
    assert speaker_of(text, "She listened")[0].lower() == "the family"
    # An acronym no table spells out is the body it names.
    text = ('Divers searched the lake all day. Late Sunday, the VHPS issued a statement.\n\n'
            '"The boy has been found," the statement said.')
    assert speaker_of(text, "The boy")[0] == "VHPS"
    # An update is a document too.
    text = ('Divers searched the lake all day. Late Sunday, the VHPS issued an update.\n\n'
            '"The boy has been found," the update said.')
    assert speaker_of(text, "The boy")[0] == "VHPS"


def test_speaker_of_organisation_is_the_person_before_of():
    text = '"Markets will stay nervous," Oskar Lund of Nordbank said.'
    assert speaker_of(text, "Markets")[0] == "Oskar Lund"


def test_description_before_the_name_after_the_cue():
    text = '"The light here is different," says Oslo painter Kari Nygaard.'
    assert speaker_of(text, "The light")[0] == "Kari Nygaard"


def test_relative_then_name_after_the_cue():
    text = '"He never gives up," says Berg\u2019s brother, Jon Berg.'
    assert speaker_of(text, "He never")[0] == "Jon Berg"


def test_the_company_is_the_firm_named_before():
    text = ("Halden Group repaired the power lines on Sunday after the storm.\n\n"
            "\u201cOur crews will work through the night,\u201d the utility said.")
    assert speaker_of(text, "Our crews")[0] == "Halden Group"


def test_it_is_the_organisation_last_quoted():
    text = ("\u201cThe new route opens in May,\u201d the Nordic Rail Company said on Monday.\n\n"
            "\u201cTickets go on sale next week,\u201d it said.")
    assert speaker_of(text, "Tickets go") == ("Nordic Rail Company", "cue_after")


def test_a_court_is_not_the_company():
    text = ("The Supreme Court ruled on Monday.\n\n"
            "\u201cWe will study the ruling,\u201d the company said.")
    assert speaker_of(text, "We will study")[0] != "Supreme Court"


def test_a_board_is_not_the_company():
    text = ('The Kelby Licensing Board fined the bar on Monday.\n\n'
            '"We are offering more than the law asks," the company said.')
    assert speaker_of(text, "We are offering")[0] != "Kelby Licensing Board"


def test_the_last_word_of_a_body_s_name_is_no_second_mention_of_it():
    # `Kelby` inside `CBC Kelby`, the outlet the email went to, is not the body named again as a speaker.
    text = ('Tenants of the tower are upset.\n\nIn an email to CBC Kelby, the building\'s owner said the work is '
            'needed.\n\n"We are offering more than the law asks," the company said.')
    assert speaker_of(text, "We are offering")[0] != "CBC Kelby"


def test_pronoun_goes_to_the_subject_of_the_clause_before():
    text = ("Coach Lina Berg praised the team, and the club president Ola Dahl thanked the fans.\n\n"
            "Asked what had changed since the spring, Berg didn\u2019t hesitate.\n\n"
            "\u201cWe trust each other now,\u201d she said.")
    assert speaker_of(text, "We trust")[0] == "Lina Berg"


def test_pronoun_skips_an_organisation_that_spoke():
    text = ("\u201cThe rink reopens on Friday,\u201d the Vika Sports Company said.\n\n"
            "Team captain Nils Moen, a defenceman, welcomed the news.\n\n"
            "\u201cWe have waited long enough,\u201d he said.")
    assert speaker_of(text, "We have waited")[0] == "Nils Moen"


def test_introducer_with_a_place_after_the_name():
    text = "Opening the summit, President Omar Lind of Norland said:\n\n- We are ready to sign."
    assert speaker_of(text, "We are ready") == ("Omar Lind", "introducer")


def test_introducer_with_an_apposition():
    text = "Omar Lind, President of Norland, said:\n\n- We are ready to sign."
    assert speaker_of(text, "We are ready") == ("Omar Lind", "introducer")


# -- descriptions, clause subjects and other ways of naming a speaker ---------------------------

def test_an_unnamed_description_speaks_for_itself():
    speaker, method = speaker_of('"The water tasted of iron," another commenter said.', "The water")
    assert (speaker, method) == ("another commenter", "cue_after")
    quote = extract('"The water tasted of iron," another commenter said.')[0]
    assert quote.speaker_named is False


def test_a_quantifier_standing_alone_as_the_subject_is_an_unnamed_speaker():
    text = 'Shoppers in Marlow Falls were divided. "It is about time," some said. "It is a tax grab," a few said.'
    assert speaker_of(text, "It is about time")[0] == "some"
    assert speaker_of(text, "It is a tax grab")[0] == "a few"
    text = 'The hall went quiet, and someone shouted, "Send them home!" Mayor Ines Trow did not answer.'
    assert speaker_of(text, "Send them home")[0] == "someone"
    # After a bare comma the quantifier opens a phrase of its own, and a determiner's is no subject.
    text = 'Hundreds of cards came, many addressed simply to "Mr. Trow."'
    assert speaker_of(text, "Mr. Trow")[0] != "many"
    assert speaker_of('Nobody spoke up. No one said, "This is a fair deal for the town."', "This is")[0] != "one"


def test_the_words_of_a_shout_are_spoken_by_the_subject_of_the_verb_taking_the_shout():
    text = 'Mayor Ines Trow took the stage in Carrow. The crowd broke into chants of "Ines! Ines!" before she spoke.'
    assert speaker_of(text, "Ines! Ines!")[0] == "The crowd"
    text = 'Councillor Bo Vell rose to speak. Protesters erupted in cries of "Resign now!"'
    assert speaker_of(text, "Resign now")[0] == "Protesters"
    # The one greeted with the chants did not shout them.
    text = 'Pressure is building on Trow, who was greeted with chants of "Ines!" at a rally last month.'
    assert all(q.speaker != "Ines Trow" for q in extract('Mayor Ines Trow spoke. ' + text))


def test_party_label_after_the_name_is_not_part_of_it():
    assert speaker_of('"We need a vote this week," said Sen. Ruth Alder (D-Ore.).', "We need")[0] == "Ruth Alder"


def test_name_after_a_title_abbreviation_and_place():
    assert speaker_of('"The mill will reopen," said former Vermont Gov. Ann Lee.', "The mill")[0] == "Ann Lee"


def test_subject_after_an_opening_adverbial_clause():
    text = 'After the hearing ended late on Tuesday, Tom Baird told reporters the plan was "dead on arrival."'
    assert speaker_of(text, "dead on arrival")[0] == "Tom Baird"


def test_participle_cue_takes_the_subject_of_its_clause():
    text = 'Nora Quist spoke to the crowd for an hour, saying "this town deserves better."'
    assert speaker_of(text, "this town") == ("Nora Quist", "cue_before")


def test_auxiliary_and_adverb_between_subject_and_cue():
    assert speaker_of('Nora Quist has often said "the river is our road."', "the river")[0] == "Nora Quist"


def test_time_adjunct_and_adverb_between_subject_and_a_main_verb_before_a_participle_cue():
    # The participle hangs on the clause `Lund on Tuesday defended ...`: the adjunct is not its verb.
    lead = "Governor Ivo Lund met the mayors. "
    for clause in ("Lund on Tuesday defended the levy", "Lund last week defended the levy",
                   "Lund also defended the levy", "Lund on Friday evening quietly defended the levy"):
        text = lead + clause + ', saying it was "fair to every town."'
        assert speaker_of(text, "fair to every") == ("Ivo Lund", "cue_before"), clause


def test_a_lowercase_title_before_the_name_that_opens_a_participle_clause():
    # News style writes a job description in lower case before the name: the name is the subject.
    lead = "Governor Ivo Lund met the mayors. "
    for subject, speaker in (("City Hall press secretary Mara Enns", "Mara Enns"),
                             ("Campaign manager Tobin Yates", "Tobin Yates"),
                             ("Press secretary Mara Enns on Monday", "Mara Enns")):
        text = lead + subject + ' defended the levy, saying it was "fair to every town."'
        assert speaker_of(text, "fair to every") == (speaker, "cue_before"), subject
    # A conjunction joins another phrase; it is no title: `Lund and aide Tobin Yates` is not Yates alone.
    text = lead + 'Lund and aide Tobin Yates defended the levy, saying it was "fair to every town."'
    assert "Tobin Yates" not in {q.speaker for q in extract(text)}


def test_a_cue_inside_a_relative_aside_does_not_govern_the_quote():
    text = 'A senior Lund aide, who was not authorized to speak publicly, called the levy "dead on arrival."'
    assert speaker_of(text, "dead on") == ("A senior Lund aide", "evaluation")
    text = 'Tobin Yates, who asked not to be named to speak freely, dismissed the levy as "a stunt."'
    assert speaker_of(text, "a stunt") == ("Tobin Yates", "evaluation")
    # The clause's own cue introduces a quote that follows its comma with no verb of the subject's between.
    text = 'Among the guests was the singer Mara Enns, who joked of the new hall, "I have not seen it yet."'
    assert speaker_of(text, "I have not") == ("Mara Enns", "cue_before")


def test_a_sentence_that_only_announces_speech_gives_the_quote_after_it():
    lead = "Press secretary Mara Enns took questions on Monday.\n\n"
    for announcing in ("Pressed on whether the levy would pass, she was emphatic.",
                       "Asked about the levy, Enns did not mince words.",
                       "The press secretary was blunt.",
                       "Enns, a former reporter, was even more blunt."):
        text = lead + announcing + ' "The towns will pay their share. Next question."'
        assert speaker_of(text, "The towns will") == ("Mara Enns", "announced"), announcing
    # A predicate that is no manner of speaking announces nothing.
    text = lead + 'Enns was tired. "The towns will pay their share. Next question."'
    assert speaker_of(text, "The towns will")[0] is None


def test_a_final_consonant_doubles_in_the_forms_of_a_cue_verb():
    from quotes import lexicon
    forms = lexicon.cue_verbs().forms | lexicon.evaluation_verbs().forms
    assert {"shrugged", "shrugging", "quipped", "dubbed", "admitted"} <= forms
    assert not {"shruged", "quiped", "dubed"} & forms
    assert "vowed" in forms and "vowwed" not in forms  # w never doubles
    assert speaker_of('Senator Ada Voss quipped that the bill was "far from perfect."', "far from")[0] == "Ada Voss"
    assert speaker_of('Senator Ada Voss dubbed the bill "the insurer bailout."', "the insurer")[0] == "Ada Voss"


def test_evaluation_verb_gives_its_subject():
    text = 'Mayor Pete Olsen called the plan "a gift to developers."'
    assert speaker_of(text, "a gift") == ("Pete Olsen", "evaluation")


def test_the_noun_phrase_after_with_is_the_subject_of_an_absolute_participle():
    text = ('The row over the harbour levy grew on Friday, with Sen. Ada Voss calling it "a raid on fishermen" '
            'and Mayor Tor Lind calling her objection "theatre for the cameras."')
    assert speaker_of(text, "a raid") == ("Ada Voss", "evaluation")
    assert speaker_of(text, "theatre") == ("Tor Lind", "evaluation")
    # A comma after the noun phrase of `with`: the participle hangs on the main clause, whose subject speaks.
    text = 'Sen. Ada Voss toured the docks with Mayor Tor Lind on Friday, calling the levy "a raid."'
    assert speaker_of(text, "a raid") == ("Ada Voss", "evaluation")


def test_a_participle_after_a_clause_whose_subject_names_its_body_has_that_subject():
    # `Justice X of the Y Court handed down ..., calling it "..."`: the body after the name comes before the verb.
    text = ('Justice Oriel Stanwick of the Court of Appeal for Vellmark upheld the fine on Friday, calling '
            'the mill\'s conduct "a wilful disregard for the river."')
    assert speaker_of(text, "a wilful disregard") == ("Oriel Stanwick", "evaluation")
    text = 'Chief Tove Rimmen of the Kelby Fire Service closed the quay, calling the storm "the worst in years."'
    assert speaker_of(text, "the worst") == ("Tove Rimmen", "evaluation")


def test_words_in_the_content_of_a_possessed_claim_are_the_possessor_s():
    text = 'Mayor Ida Holm mocked Councillor Tor Brekke\'s claim that he "saved the ferry by himself."'
    assert speaker_of(text, "saved the ferry")[0] == "Tor Brekke"
    text = ('Councillor Tor Brekke spoke first on Monday.\n\n'
            'Mayor Ida Holm derided his promise to "fix every pothole by June."')
    assert speaker_of(text, "fix every pothole")[0] == "Tor Brekke"
    # Words the verb says of the claim itself are the evaluator's own.
    text = 'Mayor Ida Holm called Councillor Tor Brekke\'s claim "plainly absurd."'
    assert speaker_of(text, "plainly absurd")[0] == "Ida Holm"


def test_words_in_the_content_of_a_claim_are_those_of_the_name_that_modifies_it():
    text = ('Premier Ada Voss ruled out an early poll on Friday, dismissing Greenway Party claims that her '
            'cabinet is "on its last legs."')
    assert speaker_of(text, "on its last legs") == ("Greenway Party", "evaluation")
    text = 'Mayor Ida Holm rejected Bremsund Harbour Board warnings that the quay "will not last the winter."'
    assert speaker_of(text, "will not last")[0] == "Bremsund Harbour Board"
    # A nationality adjective before the noun names no one who made the claim.
    text = 'Premier Ada Voss dismissed Norwegian claims that the quota is "far too generous."'
    assert speaker_of(text, "far too generous")[0] != "Norwegian"


def test_the_object_of_a_verb_of_causing_speaks_in_the_infinitive_after_it():
    text = 'Ferry delays doubled in March, prompting the Bremsund dockers\' union to warn of a "summer of chaos."'
    assert speaker_of(text, "summer of chaos") == ("the Bremsund dockers' union", "cue_before")
    text = 'Ada Voss chairs the harbour board. The figures led her to say the quay was "past saving."'
    assert speaker_of(text, "past saving")[0] == "Ada Voss"
    # After a verb that does not say the act took place, the infinitive's cue is no one's speech.
    text = 'Ferry delays doubled in March. Councillors urged Ada Voss to say the quay was "past saving."'
    assert speaker_of(text, "past saving")[0] != "Ada Voss"


def test_quote_signed_with_a_dash():
    assert speaker_of('"Keep the lights on." \u2015 Ida Moss', "Keep the lights") == ("Ida Moss", "signature")


def test_name_right_before_a_colon_introduces_the_quote():
    assert speaker_of('Jo Rand, who runs the shelter, said: "We are full."', "We are full")[0] == "Jo Rand"


def test_a_title_closing_a_name_is_a_surname():
    assert speaker_of('"Write every day," Stephen King said.', "Write every")[0] == "Stephen King"
    assert speaker_of('"Go home," said Rev. Amy Judge.', "Go home")[0] == "Amy Judge"


def test_a_middle_initial_is_part_of_the_name_a_description_takes_up():
    text = ("Chief Inspector Dalia R. Voss of the harbour police closed the pier on Friday after a crane "
            "collapsed.\n\n"
            '"Nobody goes near the water until the divers are done," the inspector said.')
    assert speaker_of(text, "Nobody goes")[0] == "Dalia R. Voss"


def test_initials_for_given_names_and_a_suffix_belong_to_the_name_the_surname_takes_up():
    text = 'Harbour commissioner J.K. Varro opened the new pier on Monday.\n\n"It took six years," Varro said.'
    assert speaker_of(text, "It took")[0] == "J.K. Varro"
    text = 'Port chief Tom O. Lind III spoke at the opening on Monday.\n\n"It took six years," Lind said.'
    assert speaker_of(text, "It took")[0] == "Tom O. Lind III"
    # Initials that abbreviate a place or a body name no one.
    assert find_entities('"We will appeal the fine," D.C. United said.')[0] == []


def test_a_quoted_paragraph_after_a_sentence_presenting_the_text_of_a_speech_is_that_speech():
    text = ('Governor Ana Bosk delivered a speech at the opening of the Tarsk dam on Friday. '
            'The agency publishes the text of the speech.\n\n'
            '"Dear friends!\n\nThis dam will light ten thousand homes.\n\nThank you!"')
    assert speaker_of(text, "Dear friends") == ("Ana Bosk", "introducer")
    # The owner the phrase names: a possessor, or the one after `by`.
    named = text.replace("the text of the speech", "the text of the address by Mayor Ivo Renk")
    assert speaker_of(named, "Dear friends")[0] == "Ivo Renk"
    # A sentence about the text of something else presents no one's words.
    other = text.replace("the text of the speech", "the text of the new water law")
    assert speaker_of(other, "Dear friends")[1] != "introducer"


def test_a_short_surname_with_its_full_stop_ends_the_name_and_its_sentence():
    text = ('Harbour chief Ivo Holm met Mayor Ana Bo. Opening the meeting, the mayor thanked him. '
            '"Welcome to Tarsk," the mayor said.')
    people = {e.name for e in find_entities(text)[0] if e.kind == "person"}
    assert "Ana Bo" in people and not any("Opening" in name for name in people)
    assert speaker_of(text, "Welcome")[0] == "Ana Bo"
    # A short title's full stop ends no name (`Sen. Ana Bo`), nor does the first word's of a run.
    text = 'Sen. Ana Bo and Del. Rui Pax met in Tarsk.\n\n"We agree," said Del. Rui Pax.'
    assert speaker_of(text, "We agree")[0].endswith("Rui Pax")


def test_a_surname_with_the_suffix_of_a_son_is_the_son_not_his_father():
    text = ('Ted Lind Jr. and his father, Ted Lind, spoke in Vestby on Tuesday.\n\n'
            '"My father will win," Lind Jr. said.')
    assert speaker_of(text, "My father")[0] == "Ted Lind Jr"


def test_a_double_surname_said_alone_after_the_full_name_is_that_person():
    text = ("Orvane Foods chief executive Marit Brask Sandvik praised the bakers on Monday.\n\n"
            '"They built something that lasts," Brask Sandvik said.')
    assert speaker_of(text, "They built")[0] == "Marit Brask Sandvik"
    # Named by the two surnames before the full name: someone the article introduced so, not the bearer.
    text = ('"The ovens stay hot," Brask Sandvik said on Monday.\n\n'
            'Marit Brask Sandvik, his niece, runs the till.\n\n"We close at six," Brask Sandvik added.')
    assert speaker_of(text, "The ovens")[0] == "Brask Sandvik"


def test_a_title_in_the_plural_before_names_joined_by_and_is_no_part_of_them():
    text = ("The ferry bill was written by Senators Ann Lee of Ohio and Bo Park of Iowa.\n\n"
            '"We expect a vote in March," said Ms. Lee.')
    assert speaker_of(text, "We expect")[0] == "Ann Lee"


def test_in_the_words_of_gives_the_speaker_after_it_as_according_to_does():
    text = 'Port director Tom Lind spoke on Monday.\n\nIn the words of Lind, "the ships are back."'
    assert speaker_of(text, "the ships")[0] == "Tom Lind"


def test_the_office_without_its_deputy_word_is_not_the_deputy():
    text = ("Minister of Agriculture Ann Lind met farmers in Vestby on Monday.\n\n"
            "Deputy Minister of Agriculture Tomas Berg arrived later and spoke about the harvest.\n\n"
            '"The grain is in," the minister said.\n\n'
            '"We will help," the deputy minister said.')
    assert speaker_of(text, "The grain")[0] == "Ann Lind"
    assert speaker_of(text, "We will help")[0] == "Tomas Berg"
    text = ("Deputy Prime Minister Tomas Berg met farmers in Vestby on Monday.\n\n"
            "Prime Minister Ann Lind arrived later.\n\nBerg spoke about the harvest.\n\n"
            '"The grain is in," the prime minister said.')
    assert speaker_of(text, "The grain")[0] == "Ann Lind"


def test_a_name_then_of_the_body_after_the_quote_is_the_person_not_the_body():
    assert speaker_of('"We will not back down," Ann Lind of the Harbour Pilots Union said.', "We will")[0] == \
        "Ann Lind"
    text = 'Ann Lind, an economist, spoke on Monday.\n\n"There is no way," Ms. Lind of the Harbour Institute said.'
    assert speaker_of(text, "There is")[0] == "Ann Lind"
    assert speaker_of('"We will not back down," said Chief Ann Lind of the Kettle River First Nation.',
                      "We will")[0] == "Ann Lind"


def test_the_portfolio_after_of_the_is_no_part_of_the_holders_name():
    assert speaker_of('"The budget holds," said Secretary of the Treasury Ann Lind.', "The budget")[0] == "Ann Lind"


def test_a_title_alone_names_nobody():
    assert speaker_of('"Thank you," said Mr. President.', "Thank you")[0] is None


def test_a_noun_for_a_person_before_a_name_is_no_part_of_it():
    text = 'Chef Rosa Mele opened her bistro in May.\n\n"People want simple food," Mele said.'
    assert speaker_of(text, "People want")[0] == "Rosa Mele"


def test_definite_description_refers_back_to_a_person_in_the_story():
    text = 'Rosa Mele opened her bistro in May.\n\n"People want simple food," the affable proprietor said.'
    quote = next(q for q in extract(text) if q.text.startswith("People"))
    assert (quote.speaker, quote.speaker_mention) == ("Rosa Mele", "the affable proprietor")


def test_definite_description_of_a_thing_is_no_speaker():
    text = 'Rosa Mele opened her bistro in May.\n\n"Closed on Mondays," the sign on the door said.'
    assert speaker_of(text, "Closed on")[0] != "Rosa Mele"


def test_gendered_description_skips_a_person_of_the_other_gender():
    text = ('Mrs. Ida Wren wrote the script. Mr. Carl Voss directed it.\n\n'
            '"I never read the ending," the actress said.')
    assert speaker_of(text, "I never read")[0] == "Ida Wren"


def test_the_two_ministers_are_both_speakers():
    text = ('Foreign Minister Ivo Tamm met his Latvian counterpart, Foreign Minister Karl Ozols, in Riga.\n\n'
            '"We are ready to work together," the two ministers said.')
    quote = next(q for q in extract(text) if q.text.startswith("We are ready"))
    assert quote.speakers == ["Ivo Tamm", "Karl Ozols"]
    assert quote.speaker == "Ivo Tamm and Karl Ozols"


def test_a_plural_description_with_no_fitting_people_is_no_group():
    text = 'Mayor Tom Reed spoke first.\n\n"We will strike," the workers said.'
    quote = next(q for q in extract(text) if q.text.startswith("We will"))
    assert quote.speakers == [] and quote.speaker == "the workers"


def test_party_epithet_refers_back_to_the_politician():
    text = 'Sen. Mark Dole spoke on Monday.\n\n"We will not yield," the Ohio Republican said.'
    quote = next(q for q in extract(text) if q.text.startswith("We will"))
    assert (quote.speaker, quote.speaker_mention) == ("Mark Dole", "the Ohio Republican")


def test_an_age_before_a_name_marks_a_person_a_pronoun_can_take_up():
    text = ('The shop on Main Street sells comics. Its youngest author is 16-year-old Theo Marsh.\n\n'
            '"I draw every night," he said.')
    assert speaker_of(text, "I draw")[0] == "Theo Marsh"


def test_a_venue_is_no_person_for_a_pronoun():
    text = ('Lena Fisk has worked at Rosie\'s Cafe for years.\n\n'
            'Rosie\'s Cafe opened in 1990. "We never close early," she said.')
    assert speaker_of(text, "We never close")[0] == "Lena Fisk"


def test_an_office_in_capitals_refers_back_to_the_person_who_spoke():
    text = ('Army General Pavel Orlov held a call with his commanders.\n\n'
            '"The front is stable," Pavel Orlov said.\n\n'
            '"Supplies arrive on time," the Defense Minister said.')
    quote = next(q for q in extract(text) if q.text.startswith("Supplies"))
    assert (quote.speaker, quote.speaker_mention) == ("Pavel Orlov", "the Defense Minister")


def test_a_name_led_by_an_acronym_is_an_organisation_it_refers_to():
    text = ('Crews from NB Power worked through the night in Moncton.\n\n'
            '"Most homes will have power by noon," it said.')
    assert speaker_of(text, "Most homes")[0] == "NB Power"


def test_known_first_name_makes_a_person_a_pronoun_can_take_up():
    text = ('Pavel Orlik organised the march downtown.\n\n"We will stay here," Orlik said.\n\n'
            'Anna Verhoef with Wheels for Work came to the march for laid-off drivers.\n\n'
            '"Nobody here can pay the rent now," she said.')
    assert speaker_of(text, "Nobody here can")[0] == "Anna Verhoef"


def test_first_name_cancels_a_stray_pronoun_but_never_decides_alone():
    text = ('"We will win," Pavel Orlik said.\n\n'
            'Tamara Velikova, an analyst who follows the ministry, noted that the plan reflects his views.\n\n'
            '"They will not give an inch," she said.')
    assert speaker_of(text, "They will not give")[0] == "Tamara Velikova"


def test_pronoun_taking_up_a_name_shows_a_person():
    text = ('"We will win," Pavel Orlik said.\n\n'
            'For Megla Torvik, the verdict is what she has waited two years to hear.\n\n'
            '"It will let me sleep again," she said.')
    assert speaker_of(text, "It will let me")[0] == "Megla Torvik"


def test_name_with_two_particles():
    text = ('"The tide was high," said spokesman Arto Lemmik.\n\n'
            'Bram van der Velde, a geologist at the University of Nordland, said the slope may have failed.\n\n'
            '"A slope can fail in minutes," he said.')
    assert speaker_of(text, "A slope")[0] == "Bram van der Velde"


def test_name_closing_an_apposition_is_the_subject():
    text = ('"Three cranes failed the inspection," the report read.\n\n'
            'Chief engineer at the shipyard, Kalle Brandt, backed the report.\n\n'
            'VIDEO: The yard at night\n\n"The welds were never tested," he confirmed.')
    assert speaker_of(text, "The welds")[0] == "Kalle Brandt"


def test_names_inside_quoted_words_are_not_antecedents():
    text = ('Kalle Brandt spoke first.\n\n"Our treasurer Lena Dahl decided everything alone," he said.\n\n'
            'The room fell silent.\n\n"It is not my department," he added.')
    assert speaker_of(text, "It is not my")[0] == "Kalle Brandt"


def test_bare_surname_shared_by_two_people_means_the_main_figure():
    text = ('Pastry chef Ingrid Holm opened her shop in 1990. "I bake what I like," says Holm.\n\n'
            'She runs it with her husband Peter Holm. "I only carry the flour," Peter says.\n\n'
            '"He carries a great deal more," says Holm, laughing.')
    assert speaker_of(text, "He carries")[0] == "Ingrid Holm"


def test_possessive_ends_a_name():
    text = ('Dancer Lise Aune\u2019s New Shape opens tonight. Her father, the late Karl Aune, '
            'was a pianist.\n\n"The piece needed a second life," Aune said.')
    assert speaker_of(text, "The piece needed")[0] == "Lise Aune"


def test_parentheticals_between_subject_and_cue_are_skipped():
    text = ('Mara Lind, who grew up two doors from the mill, worked there for a decade and retired in 2019, '
            'said the owners showed "a contempt for the town."')
    assert speaker_of(text, "a contempt")[0] == "Mara Lind"


def test_name_after_an_opening_adverbial_and_before_two_appositions():
    text = ('Only yesterday, Jo Berg, chair of the growers\' board, a body of 40 farms, wrote, '
            '"We must act before the frost."')
    assert speaker_of(text, "We must act")[0] == "Jo Berg"


def test_partial_quote_goes_to_the_nearest_cue_whose_subject_names_someone():
    text = ('OSLO - Trade Minister Ida Holm says Norway has asked Ruritania to lift its tariff on salmon, '
            'calling the levy "a tax on friendship."')
    assert speaker_of(text, "a tax on")[0] == "Ida Holm"


def test_ing_cue_without_be_takes_the_clause_subject():
    text = ('On Monday, Ole Brandt, who heads the port authority, went on radio explaining his doubts about '
            'a toll that could "drive the ferries away."')
    assert speaker_of(text, "drive the ferries")[0] == "Ole Brandt"


def test_definite_body_is_the_subject_of_a_participle_cue():
    text = ('The Lakeside Diocese apologised on Monday.\n\n'
            'The diocese released a fuller letter on Wednesday, saying an "outside inquiry" would begin.')
    assert speaker_of(text, "outside inquiry")[0].removeprefix("The ") == "Lakeside Diocese"


def test_one_word_name_with_an_apposition_for_a_person():
    text = ('"We ran to the hills," said Mayor Arne Vik.\n\n'
            'Sunti, a resident of the fishing village, was mending nets when the alarm sounded.\n\n'
            '"I ran with my children up the hill," she said.')
    assert speaker_of(text, "I ran with")[0] == "Sunti"


def test_a_given_name_after_a_place_preposition_is_a_place():
    # `the flood in Austin brought ...`: a town that is also a given name does not head the clause after it.
    text = ('Mayor Rita Vell said the flood in Austin brought volunteers from three counties.\n\n'
            '"We are grateful," the mayor said.')
    people = {e.name for e in find_entities(text)[0] if e.kind == "person"}
    assert "Austin" not in people and "Rita Vell" in people
    # One sense through the article: after `in Austin`, `Austin changed ...` is the town too.
    text += '\n\nShe said nothing in Austin had changed. "I do not think Austin will change our plans," she said.'
    assert "Austin" not in {e.name for e in find_entities(text)[0] if e.kind == "person"}
    text = 'Colton laughed when the ruling came. "We won," he said. Nobody in Colton\'s family had doubted it.'
    assert "Colton" in {e.name for e in find_entities(text)[0] if e.kind == "person"}


def test_a_fronted_here_or_there_is_an_adverbial_before_the_subject():
    # `Here in Dalton, Pike ...`: the place named in the fronted adverbial is not the subject.
    text = 'Here in Dalton, Pike went after the mill owners again, warning, "The mills will not close on my watch."'
    assert speaker_of(text, "The mills will")[0] == "Pike"
    text = 'There, Mayor Ola Strand told the crowd: "We rebuild together."'
    assert speaker_of(text, "We rebuild")[0] == "Ola Strand"


def test_a_participle_clause_after_the_subject_holds_no_subject():
    # `Residents living near the plant said`: a reduced relative clause; `the plant` does not speak.
    text = 'Residents living near the plant said the smell was "unbearable."'
    assert speaker_of(text, "unbearable")[0] == "Residents"
    text = 'The port was shut on Friday.\n\nNurses walking along the quay yelled "Not one job less!" until dawn.'
    assert speaker_of(text, "Not one job")[0] == "Nurses"
    assert speaker_of('A woman holding a sign shouted "Shame!" at the mayor.', "Shame")[0] == "A woman"
    # A past participle with a preposition, before a cue or after a quote.
    text = ('The rink was packed on Friday.\n\n"Get well soon, coach," players dressed in their jerseys say '
            'in the clip.\n\nResidents displaced by the fire said the city was "too slow."')
    assert speaker_of(text, "Get well")[0] == "players"
    assert speaker_of(text, "too slow")[0] == "Residents"
    # A past tense with an object is the clause's own verb, not a participle modifying the noun before it.
    from quotes.frames import reduced_relative_head
    assert reduced_relative_head("Both owners signed a deal about the stadium") is None
    assert reduced_relative_head("Tenants evicted from the block") == len("Tenants")
    # A noun in -ing after an article is no participle.
    text = 'During the public hearing on the plan Councillor Ana Bree said it was "a farce."'
    assert speaker_of(text, "a farce")[0] == "Ana Bree"


def test_words_a_dash_breaks_off_are_framed_by_the_cue_after_them():
    text = ('The vote was held on Tuesday.\n\nThe firm denies the claim \u2014 \u201cwho would hide a report '
            'like that?\u201d asked Anna Reid, an auditor.')
    assert speaker_of(text, "who would hide")[0] == "Anna Reid"
    # Without the dash, the cue before governs the quoted words.
    text = 'The vote was held on Tuesday.\n\nAnna Reid called the plan \u201ca disgrace,\u201d Ole Berg said.'
    assert speaker_of(text, "a disgrace")[0] == "Anna Reid"


def test_a_headline_label_names_the_speaker_before_the_topic():
    text = ('Holm on Raising the Port Levy Again: \u2018We Have No Choice.\u2019\n\n'
            'On Friday on KTV, Mayor Ada Holm told host Per Lie she believed the levy would rise.\n\n'
            '\u201cWe have no choice,\u201d Holm replied.')
    assert speaker_of(text, "We Have No Choice")[0] == "Ada Holm"


def test_a_cue_in_a_trailing_adverbial_clause_does_not_frame_the_next_sentence():
    text = ('The fair opened on Saturday.\n\n"Your garden is lovely," Pike told Lund, after Lund told Pike that the '
            'roses were her mother\'s. "I must come back in June."\n\n'
            '"I never said that," Pike said, after Ann Quick said he had called Sen. Ola Berg "a puppet" of the mill.')
    assert speaker_of(text, "I must come")[0] == "Pike"
    # Words quoted inside the adverbial clause's own sentence are its cue's.
    assert speaker_of(text, "a puppet")[0] == "Ann Quick"


def test_a_first_name_of_both_genders_in_english_use_gives_no_gender():
    # `Jan` is a man's name in most of Europe and a woman's in Britain and the United States.
    text = ('The convention opens on Monday.\n\n"We will win women back," said Kellyanne Marsh, the campaign '
            'manager.\n\nFormer Ohio governor Jan Brewster, who backed the plan early, wants schools to open '
            'later. "Children need their sleep," she said in an interview.')
    assert speaker_of(text, "Children need")[0] == "Jan Brewster"


def test_the_object_of_a_verb_of_perception_speaks_the_bare_cue_after_it():
    text = ('The match ended late on Friday.\n\nPike said he heard fans chant, "Sack the coach!" as he left the '
            'ground.\n\nLee said she saw a man in a red cap yell "Go home!" '
            'at the marchers.\n\nAda Holm said she heard it from the mayor and said "We will see."')
    assert speaker_of(text, "Sack the coach")[0] == "fans"
    assert speaker_of(text, "Go home")[0] == "a man in a red cap"
    # Another cue after the perception frame governs the quote.
    assert speaker_of(text, "We will see")[0] == "Ada Holm"


def test_the_subject_of_a_title_case_headline_verb_speaks_the_headline_quote():
    text = ('Holm Slams Port Levy: \u2018We Will Not Pay Twice\u2019\n\n'
            'On Friday, a fire destroyed three warehouses at the harbour of Vestby.\n\n'
            'Mayor Ada Holm said the port would be rebuilt.')
    assert speaker_of(text, "We Will Not")[0] == "Ada Holm"


def test_a_participle_after_a_quote_hangs_on_the_clause_before_it():
    # `..., saying the crews ...`: the participle reports; the phrase after it is no subject of it.
    text = ('The vote was held on Friday.\n\nMayor Ada Holm gave a speech on \u201charbour pride,\u201d '
            'saying the crews had earned a rest.')
    assert speaker_of(text, "harbour pride")[0] == "Ada Holm"


def test_a_name_in_apposition_after_a_noun_for_a_person_says_who_the_description_is():
    # `exhort` reports speech; `the union leader, welder Ida Brun`: the occupation before the name is no bar.
    text = ('Mayor Lena Holt toured the harbour on Monday.\n\n'
            'Then came the rally: "We stay," exhorted the union leader, welder Ida Brun.')
    assert speaker_of(text, "We stay")[0] == "Ida Brun"
    # An agent noun after a possessive, set off before a name: `Holt's introducer, actress Ida Brun`.
    text = ('Mayor Lena Holt toured the harbour on Monday.\n\n'
            'Then came the rally: "We stay," exhorted Holt\'s introducer, actress Ida Brun.')
    assert speaker_of(text, "We stay")[0] == "Ida Brun"


def test_one_article_before_two_descriptions_joined_by_and_is_one_person():
    text = ('Mayor Lena Holt toured the harbour on Monday.\n\n'
            '"The port will reopen next week," the veteran mayor and former harbour pilot told reporters.')
    assert speaker_of(text, "The port will")[0] == "Lena Holt"


def test_a_past_participle_modifying_a_plural_is_no_cue_for_the_quoted_paragraph_after():
    text = ('The vote is in June.\n\nHolm argued in a column for The Vestby Herald that members currently '
            'promised to Lind might switch.\n\n\u201cIf Lind loses the north, the party will look elsewhere.\u201d')
    assert speaker_of(text, "If Lind loses")[0] == "Holm"


def test_street_names_are_not_people():
    from quotes.mentions import find_entities

    people = [e.name for e in find_entities("Staff at the Elm Street Rosa location voted, Carl Moe said.")[0]
              if e.kind == "person"]
    assert people == ["Carl Moe"]


def test_name_opening_the_clause_before_a_long_title():
    text = ('Oda Rask, Minister of Fisheries, Coasts and Harbours, said on Thursday that the quota was '
            '"a fair share" for the north.')
    assert speaker_of(text, "a fair share")[0] == "Oda Rask"


def test_name_in_apposition_to_a_description():
    text = 'His coach, Dan Fry, told reporters by text the skier was "in good spirits" after the fall.'
    assert speaker_of(text, "in good spirits")[0] == "Dan Fry"


def test_organisation_name_ending_in_research_is_not_a_person():
    from quotes.mentions import find_entities

    assert [e.kind for e in find_entities("Staff at Nordic Research said no.")[0]] == ["org"]


def test_the_seat_of_a_government_named_for_its_building_is_a_body():
    text = 'The White House on Monday dismissed the report from Carrow. The Vestmark State House stayed silent.'
    kinds = {e.name: e.kind for e in find_entities(text)[0]}
    assert kinds.get("White House") == "org" and kinds.get("Vestmark State House") in ("org", None)
    assert not any(kind == "person" for kind in kinds.values())
    # A chamber's word before a party's plural stays the group's modifier (`House Republicans`).
    assert speaker_of('"We will not fold," Assembly Democrats said.', "We will")[0] == "Assembly Democrats"
    text = 'House Democrats met in Carrow on Monday. "We will not fold," they said.'
    assert speaker_of(text, "We will")[0] == "House Democrats"


def test_description_with_and_before_a_name():
    text = '"The pumps have stood still since May," said oil and gas worker Moira Tapp.'
    assert speaker_of(text, "The pumps")[0] == "Moira Tapp"


def test_state_as_a_noun_is_not_a_cue():
    text = ('"The bridge serves the whole valley," said Rita Dale, a state senator.\n\n'
            'Jon Sikkel, another GOP state senator, called the closure "a needless blow" to the valley.')
    assert speaker_of(text, "a needless blow")[0] == "Jon Sikkel"


def test_in_her_words_names_the_speaker():
    text = ('Ruth Aas keeps her late brother\'s boat in the barn. It had, in her words, become '
            '"a museum I could not leave."')
    assert speaker_of(text, "a museum")[0] == "Ruth Aas"


def test_first_person_quote_after_narration_about_someone_is_theirs():
    text = ('Stefan Lund coaches the junior team.\n\nAt the age of 30, Lund lost most of the sight in one eye.\n\n'
            '"I still see the puck, just not from the left."')
    assert speaker_of(text, "I still see") == ("Stefan Lund", "topic")


def test_topic_rule_needs_first_or_second_person():
    text = ('Stefan Lund coaches the junior team.\n\nAt the age of 30, Lund lost most of the sight in one eye.\n\n'
            '"Glaucoma damages the nerve behind the eye over many years."')
    assert speaker_of(text, "Glaucoma")[0] is None


def test_conjunction_and_sentence_adverb_before_the_subject():
    text = ('Dr. Ann Birk runs the night clinic. But early on, she did lose patients to the cold. '
            '"You never forget the first winter."')
    assert speaker_of(text, "You never forget")[0] == "Ann Birk"


def test_title_full_stop_does_not_open_a_sentence():
    text = ('Justice Sean Dolan heard the claim of Brian Henning, a landlord. '
            'Justice Dolan said the refusal was "plainly meant to delay." '
            'Still, he rejected Mr. Henning\u2019s demand for costs.\n\n'
            '"Both sides have wasted the court\'s time," he wrote.')
    assert speaker_of(text, "Both sides")[0] == "Sean Dolan"


def test_province_named_like_a_person_is_a_place():
    from quotes.mentions import find_entities

    names = [e.name for e in find_entities("Doctors in Nova Scotia met. Dr. Ann Birk said so.")[0]]
    assert "Nova Scotia" not in names and "Ann Birk" in names


def test_document_speaks_for_its_author():
    text = ('Jo Lee, an engineer at Norsec, stated in the company\'s blog post that the outage began at one '
            'station.\n\n"The backup line failed within minutes," the post read.')
    assert speaker_of(text, "The backup line") == ("Jo Lee", "cue_after")


def test_according_to_the_letter_of_an_organisation():
    text = ('The Ostland Ministry of Health sent a letter to the council on Monday.\n\n'
            'According to the letter, "the deadline stands."')
    assert speaker_of(text, "the deadline")[0].removeprefix("The ") == "Ostland Ministry of Health"


def test_document_author_named_after_the_document():
    text = ('The council received a statement from Mayor Ada Holt on Friday.\n\n'
            '"We will rebuild the bridge," the statement said.')
    assert speaker_of(text, "We will rebuild")[0] == "Ada Holt"


def test_document_author_in_an_of_complement_right_after_the_noun():
    text = ('The fishers\' congress opened in Vallby on Friday. The message of Governor Ilse Marrow to the '
            'delegates was read out by her deputy, Ove Tarn.\n\n'
            '"Dear friends, the harbour is yours," the message says.')
    assert speaker_of(text, "Dear friends")[0] == "Ilse Marrow"
    # A name in an `of` complement after other words is the addressee's, not the author's.
    sent = ('Mayor Ove Tarn sent a letter to members of the Vallby Council on Friday.\n\n'
            '"The harbour stays open," the letter says.')
    assert speaker_of(sent, "The harbour")[0] == "Ove Tarn"


def test_document_author_named_after_the_document_with_an_office_of_a_country():
    text = ('President Ardan Velko received a letter of congratulation from President of Norland Ivar Lamm.\n\n'
            '"Please accept my warmest wishes to your people," the letter reads.')
    assert speaker_of(text, "Please accept")[0] == "Ivar Lamm"


def test_a_telegram_speaks_for_the_one_who_sent_it():
    text = ('Speaker Halla Brenvik sent a congratulatory telegram to the President on the eve of the holiday.\n\n'
            '"We wish you good health and new successes," the telegram says.')
    assert speaker_of(text, "We wish")[0] == "Halla Brenvik"


def test_it_after_a_sentence_naming_cable_television_is_still_the_memo_s():
    text = ('The memo, written by campaign manager Ola Brenn, urges the mayor to travel.\n\n'
            'The memo recommends fewer cable appearances. "She is strongest in person," it says.')
    assert speaker_of(text, "She is strongest")[0] == "Ola Brenn"


def test_document_author_named_by_a_participle_set_off_by_commas():
    text = ('The nine-page memo, written by campaign manager Lorna Vittel, urges the senator to travel more.\n\n'
            '"Our margins in the suburbs are thin," the memo reads.')
    assert speaker_of(text, "Our margins")[0] == "Lorna Vittel"


def test_complaint_filed_by_a_plaintiff_speaks_for_the_plaintiff():
    text = ('The complaint, filed by rancher Harlan Oduya in federal court, seeks damages.\n\n'
            '"The agency took our water without a hearing," the complaint says.')
    assert speaker_of(text, "The agency took")[0] == "Harlan Oduya"


def test_lawyers_for_an_unnamed_body_are_kept_as_the_speaking_group():
    text = ('Judge Hollis Varga heard the case on Friday.\n\n'
            'Lawyers for the county had argued in a court filing that the fee was "a modest charge."')
    assert speaker_of(text, "a modest charge")[0] == "Lawyers for the county"
    text = ('Judge Hollis Varga heard the case on Friday.\n\n'
            '"The fee is lawful," lawyers for the government said.')
    assert speaker_of(text, "The fee is lawful")[0] == "lawyers for the government"


def test_document_with_a_complement_speaks_for_the_author_set_off_after_it():
    text = ('The high court ruled on Monday.\n\n'
            'The order of the trial court, issued by Judge Wren Castellane, had called the fee "a plain toll."')
    assert speaker_of(text, "a plain toll")[0] == "Wren Castellane"
    # Who obtained a copy did not write it.
    text = ('The high court ruled on Monday.\n\n'
            'The order of the trial court, obtained by reporter Ada Vinn, had called the fee "a plain toll."')
    assert speaker_of(text, "a plain toll")[0] != "Ada Vinn"


def test_authoring_participle_may_take_a_time_adjunct_before_by():
    text = ('The high court ruled on Monday.\n\n'
            'The order, issued in March by Judge Wren Castellane, called the fee "a plain toll."')
    assert speaker_of(text, "a plain toll")[0] == "Wren Castellane"
    text = ('The memo, sent last week by aide Corin Yates, urges caution.\n\n'
            '"We are behind in the suburbs," the memo reads.')
    assert speaker_of(text, "We are behind")[0] == "Corin Yates"


def test_court_opinion_speaks_for_the_judge_who_wrote_it():
    text = ('The appeals court opinion, written by Judge Orla Faircloth, called the fee "a toll on a right."\n\n'
            'A concurring opinion, written by Judge Bram Idowu, said the fee "cannot survive any scrutiny."')
    assert speaker_of(text, "a toll on")[0] == "Orla Faircloth"
    assert speaker_of(text, "cannot survive")[0] == "Bram Idowu"


def test_lawsuit_speaks_for_its_filer_only_where_the_article_names_one():
    named = ('The lawsuit was filed by the Veldmark Tenants Union on Friday.\n\n'
             '"The county ignored its own rules," the lawsuit says.')
    assert speaker_of(named, "The county ignored")[0] == "Veldmark Tenants Union"
    unnamed = ('A tenant group sued the county on Friday.\n\n'
               '"The county ignored its own rules," the lawsuit says.')
    assert speaker_of(unnamed, "The county ignored")[0] == "the lawsuit"


def test_complaint_speaks_for_the_filer_of_the_lawsuit_it_is():
    text = ('The complaint asks a judge to stop the count. The lawsuit was filed by the Orrin Ballot Trust.\n\n'
            '"The board has no power to change the deadline," the complaint states.')
    assert speaker_of(text, "The board has no")[0] == "Orrin Ballot Trust"


def test_lawsuit_by_a_league_s_players_is_not_the_league_s():
    text = ('Former players filed a lawsuit by Ostrava Basket League players against the owners.\n\n'
            'The lawsuit says the owners "hid the risks for a decade."')
    assert speaker_of(text, "hid the risks")[0] != "Ostrava Basket League"


def test_memo_of_a_group_tied_to_someone_is_not_that_person_s():
    text = ('Aides to Senator Wilmer Tosh wrote in a memo that the field staff was exhausted.\n\n'
            '"We are asking volunteers to do the work of paid organizers," the memo reads.')
    assert speaker_of(text, "We are asking")[0] != "Wilmer Tosh"


def test_document_author_not_the_one_who_obtained_a_copy():
    text = ('The memo, obtained by Brant Oquist of the Tribune, urges the senator to travel more.\n\n'
            '"Our margins in the suburbs are thin," the memo reads.')
    assert speaker_of(text, "Our margins")[0] != "Brant Oquist"


def test_document_subject_with_its_author_set_off_after_it():
    text = ('The annual report, signed by Comptroller Maren Aastad, said the agency had '
            '"lost track of its own trucks."')
    assert speaker_of(text, "lost track")[0] == "Maren Aastad"


def test_noun_like_cue_in_s_form_closing_a_frame_after_a_quote():
    text = ('Councillor Wendell Orrisk wrote to the zoning board on Friday.\n\n'
            '"The tower would block every window on Pell Street," the letter states.')
    assert speaker_of(text, "The tower would")[0] == "Wendell Orrisk"
    text = 'Dagny Holter has sued the county. "The county knew for years," Holter claims.'
    assert speaker_of(text, "The county knew")[0] == "Dagny Holter"


def test_plural_noun_after_a_quantifier_is_no_frame():
    text = 'Rep. Ugo Ferrante spoke first. "We need roads," the senator from both states.'
    assert speaker_of(text, "We need roads")[1] != "cue_after"


def test_document_from_an_owners_role_is_the_role_holders():
    text = ('Mayor Teodor Blaine leads the race. A memo from Blaine\'s pollster, Irma Castell, agrees.\n\n'
            '"The mayor is at a four-year high," the memo says.')
    assert speaker_of(text, "The mayor is at")[0] == "Irma Castell"


def test_plural_group_tied_to_a_named_person_is_the_speaker():
    text = 'Advisers to Governor Tilde Ormand warned on Friday that turnout had "fallen off a cliff" in the north.'
    assert speaker_of(text, "fallen off")[0] == "Advisers to Governor Tilde Ormand"


@pytest.mark.parametrize("source", [
    "one veteran strategist close to Governor Wenna Talvik, who asked not to be named",
    "a harbour official familiar with the tender",
])
def test_a_modifier_after_an_unnamed_source_after_its_cue_stays_in_the_description(source):
    text = f'Talks in Vardholm stalled again. "Nobody believes that number," said {source}.'
    expected = source.split(",")[0]
    assert speaker_of(text, "Nobody believes")[0] == expected


def test_a_modifier_after_an_unnamed_source_leaves_the_source_the_speaker():
    text = ('Talks in Vardholm stalled again. A senior ministry official familiar with the talks said the '
            'offer was "nowhere near enough."')
    assert speaker_of(text, "nowhere near")[0] == "A senior ministry official familiar with the talks"
    text = ('Talks in Vardholm stalled again. A junior Treasury aide with knowledge of the draft, who asked not '
            'to be named, said it was "a dead letter."')
    assert speaker_of(text, "a dead letter")[0] == "A junior Treasury aide with knowledge of the draft"


def test_people_close_to_a_named_person_owning_a_thing_are_the_speaker():
    text = 'People close to Mayor Bertil Quarn\'s reelection campaign said he was "staying in the race."'
    assert speaker_of(text, "staying in")[0].startswith("People close to Mayor Bertil Quarn")


def test_fact_check_claim_label_gives_the_claimant_s_words():
    text = ('Governor Sunniva Brekke made four claims in her budget speech on Tuesday. We checked two.\n\n'
            'Claim: "Our state has the lowest taxes in the region."\n\n'
            'Two neighbouring states have lower income taxes. We rate this false.\n\n'
            'Claim: "We paid off the road debt."\n\n'
            'The debt was refinanced, not paid off.')
    assert speaker_of(text, "Our state has")[0] == "Sunniva Brekke"
    assert speaker_of(text, "We paid off")[0] == "Sunniva Brekke"


def test_claim_label_with_no_claimant_gives_no_speaker():
    text = 'Readers sent us a viral post.\n\nClaim: "The bridge will close for a year."\n\nThat is false.'
    assert speaker_of(text, "The bridge will")[0] is None


def test_group_tied_to_a_role_with_a_name_in_apposition_is_the_speaker():
    text = 'Allies of her rival, Councilman Avery Strode, said he was "in it to the end."'
    assert speaker_of(text, "in it to")[0].startswith("Allies of her rival")


def test_epithet_brings_back_the_person_in_focus_not_the_last_speaker():
    text = ('Ines Rocha runs a small bakery on the square.\n\n'
            'Rocha bakes for the whole street. "Most bakers here close at noon," says '
            'Rocha\u2019s partner, Tom Vale. Her ovens run until dusk \u2026 "Always!" says the cheerful proprietor.')
    assert speaker_of(text, "Always!")[0] == "Ines Rocha"


def test_name_after_a_preposition_is_not_a_subject():
    from quotes.mentions import find_entities

    text = 'The prize went to Ines Rocha, who like Omar Valdez grew up by the sea.'
    people = {e.name: e for e in find_entities(text)[0]}
    assert people["Omar Valdez"].subject_positions == []


def test_body_after_a_preposition_and_its_article_is_not_a_subject():
    from quotes.mentions import find_entities

    text = 'The Speaker of the Vestland Assembly, Halla Brenvik, sent a telegram to the President.'
    entities = {e.name: e for e in find_entities(text)[0]}
    assert entities["Halla Brenvik"].subject_positions
    assert not [e.name for e in entities.values() if e.name != "Halla Brenvik" and e.subject_positions]


def test_a_telegram_from_an_office_holder_named_after_the_office_s_body_is_the_holder_s():
    text = ('The Chairman of the Senate of the Vestland Assembly, Halla Brenvik, sent a congratulatory telegram '
            'on behalf of the senators.\n\n"We wish you good health and new successes," the telegram says.')
    assert speaker_of(text, "We wish")[0] == "Halla Brenvik"


def test_name_set_off_after_an_office_of_a_body_heads_the_clause():
    text = ('"Our partners are ready to invest," Deputy Chairman Erik Solberg said.\n\n'
            'The head of the guest delegation, Vice President of Nordrail Group Tan Weiming, thanked the hosts.\n\n'
            '"We highly appreciate this cooperation," he said.')
    assert speaker_of(text, "We highly")[0] == "Tan Weiming"


def test_cue_deep_in_the_next_sentence_is_not_the_quotes():
    text = ('A statement sent by Vera Rusk, who joined the council in May, said "The depot will close on time." '
            'Asked about the mayor\'s doubts, he replied that a plan would follow.')
    assert speaker_of(text, "The depot")[0] == "Vera Rusk"


def test_name_fronted_before_he_said_is_not_the_pronoun():
    text = '"That is how the house works," said Sen. Tor Blum, D-Vt. Per Salmon, he said, "counts every vote twice."'
    assert speaker_of(text, "counts every")[0] == "Tor Blum"


def test_cue_introducing_the_next_quote_is_not_the_closed_quotes():
    text = ('The visiting chef said she was tired and then quipped to Colm, "You should try the night shift. Maybe '
            'you would like it." Colm laughed and answered, "I am not sure at all."')
    assert speaker_of(text, "You should")[0] == "The visiting chef"
    assert speaker_of(text, "I am not sure")[0] == "Colm"


def test_a_cue_joined_by_and_to_an_earlier_cue_shares_its_subject():
    text = ('The visiting chef said she was worn out and then joked to Colm, "Try the night shift. You might like '
            'it." Colm nodded.')
    assert speaker_of(text, "Try the night")[0] == "The visiting chef"


def test_a_quoted_paragraph_after_a_question_asked_in_an_exchange_is_the_answer():
    text = ('Representative Ola Brink questioned the former clerk, Tamsin Reeve, on Thursday.\n\n'
            '"Who told you to shred them?" Brink asked.\n\n'
            '"My manager did," Reeve answered.\n\n'
            '"In writing?" Brink asked.\n\n'
            '"Yes. I kept the memo."\n\n'
            '"Then we will see it," Brink said.\n\n'
            '"And we will read every line of it."')
    assert speaker_of(text, "Yes. I kept") == ("Tamsin Reeve", "exchange")
    # After a statement, not a question, the quoted paragraph goes on with the same speaker.
    assert speaker_of(text, "And we will read") == ("Ola Brink", "continuation")


def test_colon_after_a_sentence_whose_subject_names_nobody():
    text = ('Budget worries were plain in March when Lena Moss went on the radio with this: '
            '"We spend what we do not have."')
    assert speaker_of(text, "We spend")[0] == "Lena Moss"


def test_reveal_as_a_noun_is_no_cue():
    text = '"Forget the old mill," Ellis said. And here was the big reveal: "We will build the new one on the river."'
    assert speaker_of(text, "We will build")[0] == "Ellis"


def test_topic_sentence_opened_by_a_possessive():
    text = ('Ruth Aas lost her farm to the flood in 2019.\n\nHer advice now is short: insure everything.\n\n'
            '"You think the river knows where it belongs. It does not."')
    assert speaker_of(text, "You think the river") == ("Ruth Aas", "topic")


def test_first_name_of_the_other_gender_makes_a_poorer_antecedent():
    text = ('Helga Storm, an executive at a shipping line, will replace Arne Bergan as chair.\n\n'
            'Then there is the matter of Bergan\u2019s posts. In other words, he gets to keep his jokes '
            '("I will leave that title in three years, and nobody can stop me") but no deal news.')
    assert speaker_of(text, "I will leave")[0] == "Arne Bergan"


def test_a_first_name_surely_of_the_other_gender_is_no_antecedent_even_alone():
    # Varga is never named in full, so no one the article names fits `she`; Gerald is surely a man's name.
    text = ('The vote unsettled the council.\n\n'
            'Council leader Gerald Amsel posted a statement: "Many of our neighbours served this town well."\n\n'
            'Later that day Varga spoke to the crowd in the square. "He has shown us who he is," she said.')
    assert speaker_of(text, "He has shown us")[0] != "Gerald Amsel"


def test_a_mans_surname_ending_outweighs_a_first_name_listed_for_women():
    # Almaz is a woman's name in the first-name list, but `-ev` makes Berdiev a man's surname by grammar.
    text = ('President of Ostland Ruslan Kelmanov opened the summit of the heads of state.\n\n'
            '"Water is scarce. We must act together," Ruslan Kelmanov said.\n\n'
            'President of Norland Almaz Berdiev supported the initiative.\n\n'
            '"Norland, as an upstream country, is ready to talk," he said.')
    assert speaker_of(text, "Norland, as an upstream")[0] == "Almaz Berdiev"


def test_surname_endings_give_a_gender_by_grammar():
    from quotes.given_names import name_gender, surname_gender

    assert (surname_gender("Berdiev"), surname_gender("Berdieva"), surname_gender("Lund")) == ("m", "f", None)
    assert name_gender("Almaz", "Berdiev") == "m"
    assert name_gender("Ricardo", "Cordova") == "m"  # a woman's ending does not outweigh a man's first name


def test_a_title_word_in_a_roles_complement_does_not_split_it_at_and():
    # `State` in `of the State of Norland` names the country; the role is the whole ambassador's title.
    text = ('President of Ostland Arvo Kallas received the Ambassador Extraordinary and Plenipotentiary of the '
            'State of Norland Eino Saar.\n\n'
            '"Norland is one of our partners," Arvo Kallas said.\n\n'
            '"I am grateful for the warm reception," the ambassador said.')
    assert speaker_of(text, "I am grateful")[0] == "Eino Saar"


def test_a_bodys_press_service_in_the_possessive_gives_the_bodys_words():
    text = ('The Committee for Coastal Safety of Norland closed the Vestby pass on Monday.\n\n'
            '"Two avalanches came down overnight," the committee\'s press service said.\n\n'
            '"The road stays shut," the committee\'s spokesman said.')
    assert speaker_of(text, "Two avalanches")[0] == "Committee for Coastal Safety of Norland"
    # A spokesman is a person, unnamed here: the description is kept.
    assert speaker_of(text, "The road stays")[0] == "the committee's spokesman"


def test_long_title_abbreviation_inside_a_name():
    text = '"The new boots fall apart in a week," said Army Capt. Nils Pardo, who has served for twelve years.'
    assert speaker_of(text, "The new boots")[0] == "Nils Pardo"


def test_description_with_of_before_a_name():
    text = '"Every harbour needs a second pier," said former secretary of state Hilda Vang.'
    assert speaker_of(text, "Every harbour")[0] == "Hilda Vang"


@pytest.mark.parametrize("speaker", ["Tove Lindahl", "former Sen. Tove Lindahl"])
def test_of_the_body_after_a_person_s_name_is_no_part_of_the_speaker(speaker):
    text = f'"The fee pays for nothing but a logo," said {speaker} of the Harbor Accountability Center.'
    assert speaker_of(text, "The fee pays")[0] == "Tove Lindahl"
    # After an office the `of the` words say what the office is over, and the name after them speaks.
    text = '"The fee pays for nothing," said Secretary of the Harbor Board Tove Lindahl.'
    assert speaker_of(text, "The fee pays")[0] == "Tove Lindahl"


def test_of_before_a_name_ends_the_description():
    text = '"We print what the big houses refuse," says the 41-year-old founder of Nordpress Books.'
    assert speaker_of(text, "We print")[0] != "Nordpress Books"


def test_several_opening_adverbials_before_the_subject():
    text = ('On Friday, after weeks of silence on the vote, Wanda Wren went on the radio and backed the plan, '
            'saying, "I think the town needs this more than I do."')
    assert speaker_of(text, "I think the town")[0] == "Wanda Wren"


def test_party_label_in_brackets_after_a_name():
    text = '"Writing this into law ties the next council\'s hands," state Sen. Jay Holm (D) said.'
    assert speaker_of(text, "Writing this")[0] == "Jay Holm"
    # A stray comma after the label sets nothing off: the name before it is still the subject.
    text = 'After winning the primary, Gov. Ann Moss (R-UT), said, "We are ready to go."'
    assert speaker_of(text, "We are ready")[0] == "Ann Moss"


def test_quote_signed_by_the_line_under_it():
    text = ('"A fine plan. The harbour is ready for it, and so are we."\n\n-Mayor Ada Holt, writing after the vote.\n\n'
            '"Nobody asked the fishermen what they think of it."\n\n-Greta Moen, Tromso.')
    assert speaker_of(text, "A fine plan") == ("Ada Holt", "signature")
    assert speaker_of(text, "Nobody asked") == ("Greta Moen", "signature")


def test_manner_cue_beside_a_verb_cue_does_not_name_the_speaker():
    text = ('"It is odd that the board met before anyone was told," Sandor told host Rita Madd in an interview last '
            'week. "That tilts the whole process."')
    assert speaker_of(text, "That tilts")[0] == "Sandor"


def test_participle_after_an_earlier_quote_in_the_sentence():
    text = ('Piet Tiel will speak at the fair next week. "Many growers are worried this year," Tiel wrote in a note '
            'to the Gazette explaining why he will come, "but most agree the market must change."')
    assert speaker_of(text, "but most agree")[0] == "Piet Tiel"


def test_introduced_quote_that_closes_its_sentence_keeps_its_introducer():
    text = ('In May, Axel Brun wrote to the coach, calling her "Hilde" and telling her, "you are the best we have '
            'and we need you next season." She replied that she would think about it.')
    assert speaker_of(text, "you are the best")[0] == "Axel Brun"


def test_cue_after_a_question_ending_its_sentence():
    text = ('While Sully calls the report "a careful piece of work," Clara Tonn fixes on one figure. "Remind me, '
            'did we not count the boats first?" Tonn writes to Sully. He responds, "Yes, but let them have it."')
    assert speaker_of(text, "Remind me")[0] == "Clara Tonn"


def test_fumed_is_a_speech_verb():
    text = '"Had they cared, they would have fixed the road years ago," Councillor Pat Tommen fumed on Tuesday.'
    assert speaker_of(text, "Had they cared")[0] == "Pat Tommen"


def test_country_word_after_a_first_name_is_a_surname():
    from quotes.mentions import find_entities

    people = [e.name for e in find_entities("Tom French, the owner of the bakery, says he may run.")[0]
              if e.kind == "person"]
    assert people == ["Tom French"]


def test_unclaimed_partial_quote_is_set_aside_as_non_speech():
    from quotes.model import Document
    from quotes.pipeline import process

    text = ('The charter is a text that "binds every member to keep the harbour open to all." '
            'Mayor Ada Holt called it "a good start."')
    doc = process(Document("d", text))
    assert [q.text for q in doc.quotes] == ["a good start."]
    assert [(n.text, n.reason) for n in doc.non_speech if n.reason == "no_speaker"] == [
        ("binds every member to keep the harbour open to all.", "no_speaker")]


def test_the_words_a_sign_reads_are_no_one_s_speech():
    from quotes.model import Document
    from quotes.pipeline import process

    text = ('Baker Ines Morvan said she now leaves a crate of rolls by the door each night.\n\n'
            '"Take two and pass it on," reads a chalk sign above it.')
    doc = process(Document("d", text))
    assert doc.quotes == []
    assert [(n.text, n.reason) for n in doc.non_speech] == [("Take two and pass it on", "no_speaker")]
    # A document still speaks for its author by `read`.
    text = 'Mayor Ivo Brandt posted a message.\n\n"We will rebuild," the message reads.'
    assert speaker_of(text, "We will")[0] == "Ivo Brandt"


def test_a_spokesperson_for_someone_speaks_for_themselves():
    text = ('Trade Minister Lotta Berg opened the port on Monday.\n\n'
            'A spokeswoman for Berg said the minister "is sure of the plan."')
    quote = extract(text)[0]
    assert (quote.speaker, quote.speaker_named) == ("A spokeswoman for Berg", False)
    # A title before the name is not a role the named person serves.
    assert speaker_of('Foreign Minister Lotta Berg said the talks were "frank and useful."', "frank")[0] == \
        "Lotta Berg"


def test_a_label_before_a_colon_names_its_speaker_first():
    text = ("Critics gave their verdicts on the match in Oslo on Sunday night.\n\n"
            'Ola Vik, Radio Nord: "The home side deserved the win tonight."\n\n'
            'Senator Ruth Alder, a Democrat: "The referee had a good night."')
    assert speaker_of(text, "The home side")[0] == "Ola Vik"
    assert speaker_of(text, "The referee")[0] == "Ruth Alder"


def test_a_month_that_opens_a_name_is_a_given_name_and_after_in_a_date():
    assert speaker_of('"The talks were useful," Foreign Minister Jan Sova said.', "The talks")[0] == "Jan Sova"
    assert speaker_of('"The vote is close," said June Holm.', "The vote")[0] == "June Holm"
    text = 'Ivo Brandt visited Oslo in spring. In March Brandt said the deal was "nearly done."'
    assert speaker_of(text, "nearly")[0] == "Ivo Brandt"


def test_a_quote_that_is_the_whole_title_is_the_words_of_the_person_the_lead_reports():
    text = ('"The harbour will be rebuilt within a year"\n\n'
            "The port will reopen in stages, Transport Minister Eva Lund told the Coast Daily on Friday.")
    assert speaker_of(text, "The harbour") == ("Eva Lund", "title")
    # A lead that reports no one named leaves the title unattributed.
    assert speaker_of('"The harbour will be rebuilt within a year"\n\nThe port will reopen in stages.',
                      "The harbour") == (None, None)


def test_a_title_quote_goes_to_the_subject_of_the_clause_after_it_in_the_headline_tense():
    lead = "\n\nCouncillor Orla Quint lost the vote on the pier plan in Tarrow on Monday."
    assert speaker_of("'We will keep fighting': Councillor Quint vows to appeal" + lead, "We will keep") == \
        ("Orla Quint", "title")
    assert speaker_of('"A sad day for Tarrow," Quint slams council vote' + lead, "A sad day") == ("Orla Quint", "title")
    # A verb of another kind reports nothing: the quote keeps no speaker.
    assert speaker_of("'We will never give up': Councillor Quint visits the pier" + lead, "We will never")[0] is None


def test_a_headline_label_of_an_office_and_its_place_is_the_holder_named_in_the_body():
    lead = "\n\nVESTBY, April 23. {} Ola Berg held a meeting with residents on Wednesday."
    for office in ("President of Norland", "Acting Akim of Vestby"):
        text = f"{office}: we will build the bridge" + lead.format(office)
        assert speaker_of(text, "we will build") == ("Ola Berg", "label")
    # An office of a body: the body after `of` is the office's complement, not the speaker.
    text = ("Governor of the Harbour Authority: tolls will stay\n\nVESTBY, April 23. Governor of the Harbour "
            "Authority of Norland Ola Berg met shipowners on Wednesday.")
    assert speaker_of(text, "tolls will stay") == ("Ola Berg", "label")


def test_an_indefinite_document_mention_is_a_new_document_not_an_earlier_one():
    # The second statement is the Brandvik camp's, brought in by `a statement`; Ilse Moor wrote the first.
    text = ('The Vell campaign answered first. "We are not worried," manager Ilse Moor said in a statement.\n\n'
            'Late that night, the Brandvik campaign put out a statement of its own. '
            '"Tonight belonged to Oren Brandvik," the statement said.')
    assert speaker_of(text, "Tonight belonged")[0] != "Ilse Moor"
    assert "Brandvik campaign" in speaker_of(text, "Tonight belonged")[0]


def test_a_statement_named_in_an_attributed_quote_s_cue_is_that_speaker_s():
    text = ('Norland Defence Minister Ivan Sokol held a call with commanders, the Defence Ministry reported.\n\n'
            '"A call with commanders of the Norland Armed Forces was held today," the ministry said in a statement.\n\n'
            'During the call, "the minister heard reports from the heads of the Armed Forces," the statement reads.')
    assert speaker_of(text, "the minister heard")[0] == "Defence Ministry"


def test_names_inside_a_document_s_quoted_words_did_not_write_it():
    text = ('A release went out on Friday.\n\n'
            '"Governor Ann Lee will not attend the convention," the release said.\n\n'
            '"No other speaker has been named," the release added.')
    assert speaker_of(text, "No other speaker")[0] != "Ann Lee"


def test_talking_about_the_fact_that_reports_speech():
    text = 'Asked about delays, Mayor Ivo Brandt began to talk about the fact that "the port has never been busier."'
    assert speaker_of(text, "the port") == ("Ivo Brandt", "cue_before")
    text = 'Ivo Brandt drew attention to the fact that "no ship has waited more than a day."'
    assert speaker_of(text, "no ship")[0] == "Ivo Brandt"


def test_a_role_noun_opening_the_sentence_is_a_description_not_a_name():
    for text, who in [('Officials said the ferry was "safe to sail again."', "Officials"),
                      ('The ferry sank.\n\n"Two crew members are missing," police said.', "police")]:
        quote = extract(text)[0]
        assert (quote.speaker, quote.speaker_named) == (who, False)


def test_a_name_set_off_after_a_description_says_who_speaks():
    assert speaker_of('"We will wait," said the harbour master, Capt. Ines Berg.', "We will wait")[0] == "Ines Berg"
    assert speaker_of('"It was cold," said one fisherman, Ola Strand.', "It was cold")[0] == "Ola Strand"
    text = '"Rates stay where they are," the central bank\'s governor, Lise Moen, said on Thursday.'
    assert speaker_of(text, "Rates") == ("Lise Moen", "cue_after")
    # A single capitalised word after the comma may be a place, not a name.
    assert speaker_of('"We left early," said the ministry, Oslo sources added.', "We left")[0] == "the ministry"


@pytest.mark.parametrize("marker", ["- ", "\u2014 ", "\u2022 "])
def test_a_label_after_a_list_marker_names_its_speaker_first(marker):
    text = ('Reactions came in from across the valley:\n\n'
            f'{marker}Mayor Ansel Truby, on Kvitter: "The vote was a gift to the quarry."\n\n'
            f'{marker}Ruth Alder, in a statement: "We will appeal."')
    assert speaker_of(text, "The vote was")[0] == "Ansel Truby"
    assert speaker_of(text, "We will appeal")[0] == "Ruth Alder"


def test_a_determiner_before_a_colon_frame_is_no_label_name():
    # `Another,` opens a description (the name set off after it says who); it is not a label like `Ann Lee, Twitter:`.
    text = ('One backer, Councillor Ruth Ambler, tried the slogan first.\n\n'
            'Another, Councillor Piet Lodewijk, went further: "Our roads come first."')
    assert speaker_of(text, "Our roads")[0] == "Piet Lodewijk"


def test_a_set_off_name_keeps_its_own_affiliation_before_the_closing_comma():
    # `from the Fenwick Society` belongs to the name set off after the description: the name says who.
    assert speaker_of('"It is a stunt," said a veteran organiser, Mael Quarry from the Fenwick Society.',
                      "It is a stunt")[0] == "Mael Quarry"
    text = 'Another, Councillor Piet Lodewijk of Tarnmoor, went further: "Our roads come first."'
    assert speaker_of(text, "Our roads")[0] == "Piet Lodewijk"


def test_a_spokesperson_for_a_titled_person_speaks_for_themselves():
    text = 'A spokeswoman for Foreign Minister Lotta Berg said the talks were "long and frank."'
    quote = extract(text)[0]
    assert (quote.speaker, quote.speaker_named) == ("A spokeswoman for Foreign Minister Lotta Berg", False)
    # An office in capitals takes its portfolio after `for`: the minister speaks.
    text = 'The Minister for Health Lotta Berg said the talks were "long and frank."'
    assert speaker_of(text, "long")[0] == "Lotta Berg"


def test_a_she_that_names_no_one_is_not_given_to_the_man_quoted_before():
    text = ('Tom Lund and his wife run the ferry.\n\n'
            '"We carried 300 cars last week," he said. "It was a record," she added.')
    assert speaker_of(text, "We carried")[0] == "Tom Lund"
    assert speaker_of(text, "It was a record")[0] is None



def test_an_organisation_named_at_a_sentence_s_end_does_not_keep_the_full_stop():
    text = ('Shipping was halted by the Norland Harbour Authority.\n\n'
            '"The channel stays closed," the spokesman said. Talks with Vestby Shipping Inc. go on.')
    names = [entity.name for entity in find_entities(text)[0]]
    assert "Norland Harbour Authority" in names and "Vestby Shipping Inc." in names


def test_a_noun_for_a_person_opening_the_sentence_is_not_part_of_the_name():
    assert speaker_of('Chef Rosa Mele said: "We missed our guests."', "We missed")[0] == "Rosa Mele"
    assert speaker_of('Pollster Ann Judge said the race was "closer than ever."', "closer")[0] == "Ann Judge"


def test_who_before_a_cue_stands_for_the_person_just_named():
    text = 'Councillor Jim Tate, who once said "never again" about tax rises, voted for the levy.'
    assert speaker_of(text, "never again")[0] == "Jim Tate"
    text = 'Voters cheered Senator Joan Mills, who told them: "This is your victory."'
    assert speaker_of(text, "This is")[0] == "Joan Mills"
    # `who he said`: the cue's subject is the pronoun after `who`, not the one `who` stands for.
    text = 'Ida Holm praised Tom Berg, who she said was "the best harbour master in the north."'
    assert speaker_of(text, "the best")[0] == "Ida Holm"


def test_a_run_of_capitals_after_in_is_a_place_not_the_person_a_pronoun_means():
    text = 'A fisherman in Port Ellis watched the storm all night.\n\n"It was the worst in years," he said.'
    assert speaker_of(text, "It was the worst")[0] is None


def test_a_cue_set_off_by_commas_has_its_subject_after_it():
    assert speaker_of('The ruling, said Judge Ann Nolan, "leaves no room for doubt."', "leaves")[0] == "Ann Nolan"
    text = 'Times were hard for the town, said Mayor Ed Park. "We lost the mill and then the school."'
    assert speaker_of(text, "We lost")[0] == "Ed Park"
    # `told` puts its hearer after it, not its speaker.
    text = '"It was a long night," Ida Holm, who chairs the board, told Radio Nord. "We did not sleep."'
    assert speaker_of(text, "We did not sleep")[0] == "Ida Holm"


def test_the_one_quoted_as_saying_speaks():
    text = '"Nobody will be sent home," Ambassador Olga Vik was quoted as saying.'
    assert speaker_of(text, "Nobody") == ("Olga Vik", "cue_after")


def test_the_object_before_a_participle_cue_does_not_speak():
    text = 'The Berg campaign shrugged off the comments, telling reporters, "Nobody on the team asked for that."'
    assert speaker_of(text, "Nobody")[0] != "the comments"
    text = 'Mayor Tom Lund, noting that the budget was "tight but fair," added that taxes would stay.'
    assert speaker_of(text, "tight")[0] == "Tom Lund"


def test_a_speaker_who_beamed():
    assert speaker_of('"This is fantastic!" beamed Tom Hartley of Oslo.', "This is")[0] == "Tom Hartley"


def test_romanisation_variants_of_one_name_share_a_key():
    from quotes.speakers import name_key

    for a, b in [("Ilyas Aliyev", "Ilyas Aliev"), ("Marat Tokayev", "Marat Tokaev"), ("Yevgeny Orlov", "Evgeny Orlov"),
                 ("Oleg Shoigin", "Oleg Shoygin"), ("Alexander Pak", "Aleksandr Pak"), ("Mariya Sokol", "Maria Sokol"),
                 ("Dmitry Lisin", "Dmitrii Lisin")]:
        assert name_key(a) == name_key(b), (a, b)
    assert name_key("Pavel Orlov") != name_key("Petr Orlov")


def test_the_agency_of_a_dateline_is_no_one_s_antecedent(tmp_path):
    from quotes.pipeline import process
    from quotes.readers import read_documents

    path = tmp_path / "wire.txt"
    path.write_text("Depot fire put out\n\nOSLO, March 14. /Reuters/. Drones struck a fuel depot overnight.\n\n"
                    '"The fire is out. Nobody was hurt," the county administration said.\n', encoding="utf-8")
    (doc,) = read_documents([path], report=lambda message: None)
    (quote,) = process(doc).quotes
    assert (quote.speaker, quote.speaker_named) == ("the county administration", False)


def test_an_office_s_portfolio_after_of_is_not_part_of_the_name():
    text = 'Minister of Foreign Affairs Sergei Vik said the talks were "useful."'
    assert speaker_of(text, "useful")[0] == "Sergei Vik"
    people = [e.name for e in find_entities("Chairman of the State Council Vladimir Holm spoke on Monday.")[0]
              if e.kind == "person"]
    assert people == ["Vladimir Holm"]
    # A name after a common noun and `of` is left whole.
    assert [e.name for e in find_entities("A friend of Mary Ann Evans spoke.")[0]] == ["Mary Ann Evans"]


def test_a_portfolio_after_for_is_not_part_of_the_name_and_the_office_resolves():
    # `Committee for Flood Relief`: the body's portfolio after `for`, then the holder's name.
    text = ('Deputy Mayor Ilse Tamm and Chairman of the Committee for Flood Relief Oskar Venn spoke in Tarnov.\n\n'
            '"The dams held," Tamm said.\n\n"Our crews worked all night," the committee chairman said.')
    people = {e.name: e.roles for e in find_entities(text)[0] if e.kind == "person"}
    assert people["Oskar Venn"] == ["Chairman of the Committee for Flood Relief"]
    assert speaker_of(text, "Our crews")[0] == "Oskar Venn"
    entities = find_entities("Minister for Coastal Fisheries Anita Rook spoke.")[0]
    assert [e.name for e in entities if e.kind == "person"] == ["Anita Rook"]


def test_portfolios_of_several_words_joined_by_and_are_not_part_of_the_name():
    for office in ("Minister of Coastal Shipping and Ports", "Minister of Culture, Heritage and Sports"):
        entities = find_entities(f"{office} Anita Rook opened the harbour.")[0]
        assert [e.name for e in entities if e.kind == "person"] == ["Anita Rook"]


def test_a_portfolio_joined_by_and_before_an_apposed_holder_names_no_one():
    # `and` inside an office's complement joins portfolios: `Lakeshore Renewal` is part of the office, and the
    # holder set off after it is the minister.
    text = ("Vellmark's Minister of Rural Housing and Lakeshore Renewal, Odile Farrant, toured the site.\n\n"
            '"We will rebuild every pier," the minister said.')
    people = [e.name for e in find_entities(text)[0] if e.kind == "person"]
    assert people == ["Odile Farrant"]
    assert speaker_of(text, "We will rebuild")[0] == "Odile Farrant"
    # A holder named after the office's `and` opens with a given name or a title, and stays a person; after a
    # body's name `and` joins another body.
    assert "Tomas Hurl" in [e.name for e in find_entities("The Minister of Ports and Tomas Hurl met.")[0]]
    names = [e.name for e in find_entities("The University of Brellin and Marrow College objected.")[0]]
    assert "Marrow College" in names


def test_a_judge_titled_justice_is_the_judge_a_description_takes_up():
    # The lede brings in `a judge` unnamed; the body names her with the title `Justice`: `the judge` is she.
    text = ("TARNOV — A Brellin superior court judge has thrown out a fishing company's claim against the port.\n\n"
            "In her ruling, Superior Court Justice Odile Farrant wrote that the company \"never kept its boats "
            "insured.\"\n\n"
            '"The port owed the company nothing," the judge wrote.')
    assert speaker_of(text, "The port owed")[0] == "Odile Farrant"
    # After `of` the word names a portfolio, not a judge: the minister is no judge.
    text = ("TARNOV — A Brellin superior court judge has thrown out a fishing company's claim against the port.\n\n"
            "Minister of Justice Tomas Hurl said he would read the ruling.\n\n"
            '"The port owed the company nothing," the judge wrote.')
    assert speaker_of(text, "The port owed")[0] != "Tomas Hurl"


def test_a_general_noun_for_a_body_takes_up_a_coalition_or_society():
    # `the group` covers a coalition or a society of members, though their names hold a kind noun of their own.
    for body in ("Marrow Valley Cycling Coalition", "Tarnov Lighthouse Society"):
        text = (f"TARNOV — Council voted 9-4 to close the old pier on Tuesday.\n\n"
                f"The {body} criticised the vote.\n\n"
                '"This is a sad day for the harbour," the group said in a post on social media.')
        assert speaker_of(text, "This is a sad day")[0] == body
    # The kind noun still keeps `the group` from a court.
    text = ("TARNOV — The Brellin Court of Appeal upheld the closing of the old pier on Tuesday.\n\n"
            '"This is a sad day for the harbour," the group said in a post on social media.')
    assert speaker_of(text, "This is a sad day")[0] != "Brellin Court of Appeal"


def test_a_possessed_person_whose_name_is_withheld_is_taken_up_by_the_description():
    # `Her foreman, who asked not to be named, ...`: someone new, unnamed, whom `the foreman` takes up; not
    # the woman `her` stands for.
    text = ("TARNOV — Police said Mirela Ostend was crossing the bridge when the truck struck her.\n\n"
            "Ostend worked at the fish plant on the harbour.\n\n"
            "Her foreman, who asked not to be named because she was not allowed to speak for the plant, said "
            "Ostend was loved by the whole crew.\n\n"
            '"She was the first one in every morning," the foreman said.')
    assert speaker_of(text, "She was the first")[0] == "Mirela Ostend's foreman"
    # Named in apposition, the foreman is that person.
    text = text.replace("who asked not to be named because she was not allowed to speak for the plant",
                        "Dana Kowal")
    assert speaker_of(text, "She was the first")[0] == "Dana Kowal"


def test_a_partitive_with_a_relative_clause_is_the_subject_a_pronoun_takes_up():
    # `One of the workers, who cannot be named, ...`: a relative clause, not an apposition, follows the
    # partitive; the worker speaks, not the captain named before.
    text = ("TARNOV — Captain Olaf Brenning, 61, was convicted in May of assaulting two of the workers on his boat.\n\n"
            "One of the workers, who cannot be named because of a court order, read a statement in court.\n\n"
            '"For years I said nothing," he said.')
    assert speaker_of(text, "For years I said")[0] == "One of the workers"
    # Not a partitive of things.
    text = text.replace("One of the workers, who cannot be named because of a court order,",
                        "One of the letters, whose author is unknown,")
    assert speaker_of(text, "For years I said")[0] == "Olaf Brenning"


def test_a_word_for_a_body_s_work_may_end_a_portfolio_before_the_country():
    # `Services` ends a portfolio right before the country or `and`: the whole is one federal body, and its
    # words in a partial quote are its own.
    for body in ("Rural Services Canada", "Harbour Services and Moorland Canada"):
        text = (f"TARNOV — The pier reopened on Tuesday.\n\n"
                f'{body} said it "regrets the long wait the town endured" and would pay for repairs.')
        assert [e.name for e in find_entities(text)[0] if e.kind == "org"] == [body]
        assert speaker_of(text, "regrets the long wait")[0] == body
    # Elsewhere such a word heads a body of its own: a council and a country are two.
    names = [e.name for e in find_entities("The Harbour Council and Norland signed the accord.")[0]]
    assert "Harbour Council and Norland" not in names


def test_a_place_s_possessive_before_a_body_is_no_part_of_its_name():
    # `Manitoba's Harbour Safety Office`: the province owns the body, whose name follows the possessive.
    text = ("TARNOV — Manitoba's Harbour Safety Office says the pier must close.\n\n"
            '"The pilings are rotten," the office said in its report.')
    orgs = [e.name for e in find_entities(text)[0] if e.kind == "org"]
    assert orgs == ["Harbour Safety Office"]
    assert speaker_of(text, "The pilings are rotten")[0] == "Harbour Safety Office"
    # A possessive that is no place's stays in the name.
    orgs = [e.name for e in find_entities("Brenning's Harbour Supply Company said prices would rise.")[0]
            if e.kind == "org"]
    assert "Harbour Supply Company" not in orgs


def test_capitals_after_a_person_s_name_and_of_name_where_they_are_from():
    # `Chief Ada Sackett of Kettle Point said he ...`: Kettle Point is the chief's community, no second person
    # for `he` to take up.
    text = ("TARNOV — The court ruled on Friday.\n\n"
            "Chief Olaf Sackett of Kettle Point said he heard of the ruling while out on the water.\n\n"
            '"I had to stop the boat," he said.')
    assert [e.name for e in find_entities(text)[0] if e.kind == "person"] == ["Olaf Sackett"]
    assert speaker_of(text, "I had to stop")[0] == "Olaf Sackett"
    # After a common noun `of` takes a person: the brother of Olaf Sackett is named.
    people = [e.name for e in find_entities("The brother of Olaf Sackett spoke first.")[0] if e.kind == "person"]
    assert people == ["Olaf Sackett"]


def test_a_body_named_in_french_runs_through_lower_case_words_to_its_last_capital():
    # French capitalises only a name's first word and its proper nouns: the name runs through `de`, `des`, `l'`
    # and lower-case words to its last capitalised word after a particle.
    for body in ("Société de traversiers de Rivière-Brûlée", "Conseil des Innus de Pessamit-Nord",
                 "CISSS de l'Anse-aux-Cormorans"):
        text = (f"TARNOV — The {body} said on Tuesday it would add a second boat.\n\n"
                '"We heard the residents," it said.')
        entities = find_entities(text)[0]
        assert [e.name for e in entities] == [body]
        assert speaker_of(text, "We heard")[0] == body
    # A name that ends on no capital after a particle, or English words after the head, name no French body.
    names = [e.name for e in find_entities("The Office of the Premier said the Régie de la voirie was slow.")[0]]
    assert not any(name.startswith("Régie") for name in names)


def test_a_body_a_statement_was_sent_to_is_not_the_sender_a_description_takes_up():
    # The news service the email went to received it: `the utility` is the body that sent it.
    text = ("TARNOV — Brellin Power Inc. confirmed the outage in an email to TRN News.\n\n"
            '"We regret the disruption to customers," the utility wrote.')
    assert speaker_of(text, "We regret")[0] == "Brellin Power Inc."
    text = text.replace("in an email to TRN News", "and told TRN News about it")
    assert speaker_of(text, "We regret")[0] == "Brellin Power Inc."


def test_a_name_stated_after_an_indefinite_description_is_that_person_s():
    # `A ferryman ... His name is Olaf Sackett`: the writer reveals the name after the description; `the ferryman`
    # is Sackett, not the unnamed description.
    text = ("TARNOV — The last ferry left the harbour on Sunday.\n\n"
            "A ferryman who has crossed the strait for 30 years said he had never seen the water so high. His name "
            "is Olaf Sackett, and he was at the wheel that night.\n\n"
            '"We turned back twice," the ferryman said.')
    assert speaker_of(text, "We turned back")[0] == "Olaf Sackett"
    # Without the stated name the ferryman stays unnamed.
    text = text.replace(" His name is Olaf Sackett, and he was at the wheel that night.", "")
    assert speaker_of(text, "We turned back")[0] != "Olaf Sackett"


def test_a_verb_of_saying_after_a_name_set_off_opens_the_predicate_not_a_role():
    # `A spokesperson for the port, Ida Lund, said the mayor ...`: what follows the name's closing comma is the
    # predicate, not an apposition naming her role.
    text = "A spokesperson for the port, Ida Lund, said the mayor had warned of rot in March."
    lund = next(e for e in find_entities(text)[0] if e.name == "Ida Lund")
    assert not any("mayor" in role for role in lund.roles)
    # An apposition after the name is still her role.
    lund = next(e for e in find_entities("Ida Lund, the mayor of Tarnov, said the pilings were rotten.")[0]
                if e.name == "Ida Lund")
    assert "the mayor of Tarnov" in lund.roles


def test_words_cited_with_their_owner_are_the_owner_s():
    text = ('Premier Ola Brekk opened the library in Tarnov.\n\n'
            'The premier recalled the words of the town\'s founder, Ana Berg: "Books are our harbour."')
    assert speaker_of(text, "Books are")[0] == "Ana Berg"
    text = 'Premier Ola Brekk recalled Ana Berg\'s famous remark: "A friend is a road."'
    assert speaker_of(text, "A friend")[0] == "Ana Berg"
    # Words that are no one's cited words leave the subject speaking.
    text = 'Premier Ola Brekk chose his words carefully: "We will see."'
    assert speaker_of(text, "We will see")[0] == "Ola Brekk"
    # A relative clause on the owner ends the owner's phrase: the noun its verb takes is no owner.
    text = 'Premier Ola Brekk recalled the words of Ana Berg, who called the ferry "a road on water".'
    assert speaker_of(text, "a road on water")[0] == "Ana Berg"


def test_a_foreign_office_holder_no_one_is_named_for_speaks_unnamed():
    # `the Estonian Foreign Minister` is not the spokeswoman named before, who holds another office.
    text = ('Foreign Ministry spokeswoman Ilse Varga held a briefing in Tarnov on Thursday.\n\n'
            'The spokeswoman recalled that the Estonian Foreign Minister said "Tarnov must pay."')
    quote = extract(text)[0]
    assert (quote.speaker, quote.speaker_named) == ("the Estonian Foreign Minister", False)
    # Without a country the description may still take up the person the story is about.
    text = ('Foreign Minister Ilse Varga held a briefing in Tarnov on Thursday.\n\n'
            '"Tarnov must pay," the Foreign Minister said.')
    assert speaker_of(text, "Tarnov must")[0] == "Ilse Varga"


def test_the_one_a_body_quoted_as_saying_speaks():
    text = 'President Ivan Sokol visited the plant.\n\nThe press office quoted Sokol as saying: "Prices must fall."'
    assert speaker_of(text, "Prices") == ("Ivan Sokol", "cue_before")
    text = 'President Ivan Sokol visited the plant.\n\n"Prices must fall," the press office quoted him as saying.'
    assert speaker_of(text, "Prices") == ("Ivan Sokol", "cue_after")
    # The passive with its agent: the one quoted is its subject, not the body `by` names.
    text = ('Mayor Edda Runn visited the plant.\n\n'
            '"Prices must fall," Edda Runn was quoted by the press office as saying.')
    assert speaker_of(text, "Prices") == ("Edda Runn", "cue_after")
    text = text.replace("Edda Runn was quoted", "the mayor was quoted")
    assert speaker_of(text, "Prices")[0] == "Edda Runn"


def test_two_titled_people_joined_by_and_keep_their_own_roles():
    text = ("Norlandic Foreign Minister Ara Mirzo and Estrian Foreign Minister Jean Sejour met in Oslo.\n\n"
            '"We value the support of Estria," the Norlandic Foreign Minister said.')
    assert speaker_of(text, "We value")[0] == "Ara Mirzo"
    people = {e.name: e.roles for e in find_entities("Minister of Trade and Industry Olga Brandt spoke.")[0]}
    assert people == {"Olga Brandt": ["Minister of Trade and Industry"]}


def test_a_description_by_country_goes_to_the_one_person_of_that_country():
    text = ("President Ivo Brandt met Chinese Ambassador Lan Wen in the capital.\n\n"
            "Brandt noted the growth of trade.\n\n"
            '"China values these ties," the Chinese diplomat said.')
    assert speaker_of(text, "China values")[0] == "Lan Wen"
    # An indefinite description brings in someone new.
    text = ("President Ivo Brandt met Chinese Ambassador Lan Wen in the capital.\n\n"
            '"Talks went well," a Chinese official said.')
    assert speaker_of(text, "Talks went")[0] == "a Chinese official"


def test_a_description_read_after_a_cue_ends_on_its_head_noun():
    text = ('Harbour spokesman Ivo Lesov spoke on Monday.\n\n'
            '"There are no plans," the harbour spokesman said, adding that "the talks are over for now."')
    assert speaker_of(text, "the talks")[0] == "Ivo Lesov"
    assert speaker_of('"It was close," said a senior administration official.', "It was")[0] == \
        "a senior administration official"


def test_an_acronym_speaks_for_the_name_the_article_spells_out():
    text = ("The couple received a letter from Fisheries, Oceans and Coastal Norland about the permit.\n\n"
            'In a statement, FOCN said "every permit is checked twice."')
    assert speaker_of(text, "every permit")[0] == "Fisheries, Oceans and Coastal Norland"
    text = 'The Norland Revenue Agency (NRA) sent the letters.\n\n"We will look again," the NRA said.'
    assert speaker_of(text, "We will look")[0] == "Norland Revenue Agency"


def test_issuing_a_statement_introduces_the_issuer_s_words():
    text = 'After the storm, Mayor Ivo Brandt issued a statement, "Last night our town was hit hard."'
    assert speaker_of(text, "Last night")[0] == "Ivo Brandt"
    text = 'Mayor Ivo Brandt issued the following statement:\n\n"Our thoughts are with every family."'
    assert speaker_of(text, "Our thoughts")[0] == "Ivo Brandt"


def test_an_aside_between_dashes_or_brackets_stands_between_subject_and_cue():
    text = ('Tom Reyes, the owner of Reyes Bakery -- a shop on Main Street since 1952 -- told me, '
            '"We are not going anywhere."')
    assert speaker_of(text, "We are not")[0] == "Tom Reyes"
    text = 'Ada Lind \u2014 a nurse at Harbour General for 30 years \u2014 said, "The ward is full."'
    assert speaker_of(text, "The ward")[0] == "Ada Lind"
    assert speaker_of('Ada Lind (a nurse for 30 years) said, "We are tired."', "We are tired")[0] == "Ada Lind"


def test_a_quote_inside_the_subject_s_aside_does_not_hide_the_subject():
    # The comma that closes the relative clause stands inside the closing mark.
    text = 'Councillor Dan Hale, who wore a shirt reading "Save Our Park," shouted, "This park is ours!"'
    assert speaker_of(text, "This park")[0] == "Dan Hale"
    text = ('Singer Ana Lupo, who wore a cape bearing the words, "I am with the Mayor," shouted, '
            '"Let us make history!"')
    assert speaker_of(text, "Let us")[0] == "Ana Lupo"
    # A quote that closes its own sentence is not part of the next cue's subject.
    text = '"The road is closed," said Ida Holm, the engineer. "It opens in May."'
    assert speaker_of(text, "It opens")[0] == "Ida Holm"


def test_a_title_word_after_a_first_name_is_a_surname():
    text = 'The radio host Larry King joined the network in 2013.\n\n"I was never edited," Mr. King said.'
    assert speaker_of(text, "I was never")[0] == "Larry King"
    text = 'Joan Marshal has run the shelter for ten years.\n\n"We are full every night," Ms. Marshal said.'
    assert speaker_of(text, "We are full")[0] == "Joan Marshal"
    # Before a name, the same words are titles.
    assert speaker_of('"The vote is close," said Prime Minister Ivan Petrov.', "The vote")[0] == "Ivan Petrov"


def test_an_honorific_before_a_title_word_is_the_person_of_that_surname():
    text = ('Both Larry King and Ed Shaw host shows on the network.\n\n'
            '"I was never edited," Mr. King said.')
    assert speaker_of(text, "I was never") == ("Larry King", "cue_after")
    # With no one of that surname, it addresses an office.
    assert speaker_of('"Thank you," said Mr. President.', "Thank you")[0] is None


def test_a_cue_in_a_subordinate_clause_after_a_quote_reports_other_words():
    text = ('"There is little research," Mr. Tam said. "They just throw money at it." '
            'While farmers say the plan works, others disagree.')
    assert speaker_of(text, "They just")[0] == "Tam"
    text = '"The count is slow," Ida Berg said. "Who knows?" When Ed Lund votes, the polls close.'
    assert speaker_of(text, "Who knows")[0] == "Ida Berg"
    # `as` opens the quote's own frame.
    assert speaker_of('"We will win," as Ann Lee put it.', "We will win")[0] == "Ann Lee"


def test_a_country_s_possessive_before_a_title_keeps_the_person():
    text = ("Norway's Finance Minister Ada Vik told reporters growth had slowed.\n\n"
            '"We are cautious," the minister said.')
    assert speaker_of(text, "We are cautious")[0] == "Ada Vik"
    text = "Russia\u2019s Foreign Minister Ivan Sokol met his guest.\n\n\"We agreed,\" Sokol said."
    assert speaker_of(text, "We agreed")[0] == "Ivan Sokol"


def test_police_and_council_title_abbreviations_lead_a_name():
    text = '"We need help from anyone who saw it," said Const. Ana Kowal of the city police.'
    assert speaker_of(text, "We need help")[0] == "Ana Kowal"
    # The full stop of `Coun.` ends no sentence, so the next quote stays with the councillor.
    text = '"The road reopens Monday," said Coun. Dina Oke. "We are sorry for the delay."'
    assert speaker_of(text, "We are sorry") == ("Dina Oke", "same_paragraph")
    text = 'Cpl. Vera Dhil said the driver fled.\n\n"He left the car in a ditch," Dhil said.'
    assert speaker_of(text, "He left")[0] == "Vera Dhil"


def test_a_role_serving_someone_named_speaks_for_them_and_is_not_them():
    text = '"We are weighing every option," a spokesperson for House Majority Leader Bea Sim said.'
    assert speaker_of(text, "We are weighing")[0].startswith("a spokesperson for")
    assert speaker_of('"He did nothing wrong," an aide to Senator Nora Kap said.', "He did")[0] == \
        "an aide to Senator Nora Kap"
    assert speaker_of('"My client is innocent," a lawyer representing Tom Beck said.', "My client")[0] == \
        "a lawyer representing Tom Beck"
    # `to` then a verb is no one served.
    text = ('Ed Lund, a spokesman for Mrs. Berg, called on the senator to take back his words and said '
            'he had reached a "new low."')
    assert speaker_of(text, "new low")[0] == "Ed Lund"


def test_a_phrase_after_a_cue_that_the_quote_follows_at_once_is_a_reported_subject():
    text = 'Jane Roe, a nurse at St. Anne\'s, said the hospital "failed its own staff."'
    assert speaker_of(text, "failed")[0] == "Jane Roe"


def test_a_person_named_by_whom_they_belong_to_speaks_for_themselves():
    text = '"I did nothing wrong," Tom Beck said.\n\n"He is innocent," his wife said.'
    assert speaker_of(text, "He is innocent") == ("Tom Beck's wife", "cue_after")
    text = '"I did nothing wrong," Tom Beck said.\n\n"He will be cleared," Beck\'s lawyer said.'
    assert speaker_of(text, "He will be")[0] == "Tom Beck's lawyer"
    # With no one for the possessive to find, the words as written.
    assert speaker_of('"He was a good boy," their neighbour said.', "He was")[0] == "their neighbour"
    # A body belonging to someone speaks for itself too; a country's own body is a name.
    text = '"I did nothing wrong," Tom Beck said.\n\n"We see no case," his campaign said.'
    assert speaker_of(text, "We see no")[0] == "Tom Beck's campaign"
    assert speaker_of('"We reject this," Norland\'s Foreign Ministry said.', "We reject")[0] == \
        "Norland's Foreign Ministry"


def test_a_verb_between_two_names_in_a_title_case_headline_ends_the_name():
    text = ("Brandt Receives Holm\n\nPresident Ivo Brandt received Foreign Minister Ada Holm on Monday.\n\n"
            '"We discussed the ferry line," Holm said.')
    assert speaker_of(text, "We discussed")[0] == "Ada Holm"
    text = 'Lund Urges Calm After Floods\n\nMayor Eva Lund spoke on Monday.\n\n"Stay home," Lund said.'
    assert speaker_of(text, "Stay home")[0] == "Eva Lund"


def test_a_titled_name_set_off_after_a_description_is_its_sentence_s_subject():
    text = ('Senator Nora Kap spoke first. "We waited too long," Kap said.\n\n'
            'Her colleague, Senator Di Fuller, agreed. "We should read the record," she said.')
    assert speaker_of(text, "We should read")[0] == "Di Fuller"


def test_he_or_she_after_a_quote_takes_up_a_described_subject_of_the_sentence_before():
    text = ('Mayor Ann Lee said the road would reopen. "We are working on it," Lee said.\n\n'
            'A neighbour who saw the crash called the police. "It was very loud," she said.')
    assert speaker_of(text, "It was very loud") == ("A neighbour", "cue_after")
    # `her` of a woman the article leaves unnamed: the husband is not Lohr's, and the name set off says who he is.
    text = ('Minister John Lohr says the rules are under review. "We hear you," Lohr says.\n\n'
            'Her husband, Doug, shakes his head. "Nobody listens to us," he says.')
    assert speaker_of(text, "Nobody listens")[0] == "Doug"
    # A sentence that names a fitting person leaves the pronoun to them.
    text = ('Mayor Ann Lee said the road would reopen.\n\n'
            'A neighbour told Councillor Ida Holm about the crash. "It was very loud," she said.')
    assert speaker_of(text, "It was very loud")[0] != "A neighbour"
    # The person a naming apposition gives is the subject's own name, and no other person the sentence names.
    text = ('Mayor Olav Quist spoke first.\n\n'
            'One protester, a retired joiner named Edvin Harrow, said he would stay home. '
            '"Neither of them has fixed a roof," he said.')
    assert speaker_of(text, "Neither of them")[0] == "Edvin Harrow"


def test_the_crowd_at_a_campaign_event_is_described_by_nouns_for_people():
    # `demonstrator`, `attendee` name people, so the sentence's subject is the one `he` takes up.
    text = ('Mayor Olav Quist spoke first.\n\n'
            'One demonstrator outside the hall held a sign. "Nobody asked us," he said.')
    assert speaker_of(text, "Nobody asked us")[0] == "One demonstrator"
    text = 'Mayor Olav Quist spoke first.\n\nOne attendee at the back booed. "Sit down," he said.'
    assert speaker_of(text, "Sit down")[0] == "One attendee"


def test_a_name_set_off_after_a_description_is_who_it_means():
    text = ('The trial of Mayor Osric Vell resumed.\n\n'
            'The brother, Tobiah, 41, wore a grey suit. "I never opened the envelopes," he said.')
    assert speaker_of(text, "I never opened")[0] == "Tobiah"
    text = ('Senator Ilka Marrow toured the mill.\n\n'
            'Her husband, Anselm Marrow, waved from the stage. "We are ready," he said.')
    assert speaker_of(text, "We are ready")[0] == "Anselm Marrow"
    # A bare first name says less of who he is than the named owner's relative does.
    text = ('Pell Saunby, 38, drove from the coast.\n\n'
            'His son, Ruan, 11, wore a cap. "I am not tired," he said.')
    assert speaker_of(text, "I am not tired")[0] == "Pell Saunby's son"


def test_a_described_subject_taken_up_by_he_means_a_man():
    text = ('Piet Danner toured the harbour on Monday.\n\n'
            'Mrs. Greta Holm, the owner of the shipyard, objected. "This is a disgrace," Mrs. Holm said.\n\n'
            'The veteran lawmaker shrugged. "We will build it anyway," he said.')
    assert speaker_of(text, "We will build")[0] == "Piet Danner"


def test_the_company_is_never_a_street_or_a_venue():
    text = ("The tenants live on Portland Street. Their building was bought by Harbourline Properties, "
            'a real estate firm.\n\n"We have followed every rule," the company said.')
    assert speaker_of(text, "We have followed")[0] == "Harbourline Properties"
    text = 'The crash happened near Elm Street on Monday.\n\n"We will review the crossing," the city said.'
    assert speaker_of(text, "We will review")[0] == "the city"


def test_they_after_a_quote_takes_up_the_people_joined_as_the_subject_before():
    text = 'Mayor Ana Chen and Councillor Tom Russo toured the site. "We were impressed," they said.'
    quote = extract(text)[0]
    assert (quote.speaker, quote.speakers) == ("Ana Chen and Tom Russo", ["Ana Chen", "Tom Russo"])
    text = ("Foreign Minister Ivan Sok met Foreign Minister Ada Shuk in Bergen.\n\n"
            'The two ministers also discussed trade. "We share one view," they said.')
    assert extract(text)[0].speakers == ["Ivan Sok", "Ada Shuk"]
    # With no such subject, `they` names no one.
    assert speaker_of('The crowd left early. "We were cold," they said.', "We were cold")[0] is None


def test_transcript_labels_with_an_initial_and_interview_labels():
    text = ("Answers of Foreign Minister Ivan Sokol to questions of the media, Bergen, April 5\n\n"
            "Question: How do you assess the union?\n\nI.Sokol: The union remains important.\n\n"
            "Question: And the talks?\n\nM.Vik: Norland keeps a balanced policy.")
    assert [(q.text[:12], q.speaker) for q in extract(text)] == [
        ("How do you a", "Question"), ("The union re", "Ivan Sokol"), ("And the talk", "Question"),
        ("Norland keep", "M. Vik")]


def test_an_organisation_name_stays_in_its_sentence_and_keeps_its_country():
    names = [e.name for e in find_entities(
        "Delegations arrived on Tuesday. The Ministry of Economy of Norland hosted the forum.\n\n"
        "BERGEN, March 3. NORDWIRE. The Ministry of Foreign Affairs of Vestria issued a statement.")[0]]
    # The sentence's opening `The` is its article, not part of the name.
    assert "Ministry of Economy of Norland" in names and "Ministry of Foreign Affairs of Vestria" in names
    assert not any("Tuesday" in name or "NORDWIRE" in name for name in names)


def test_a_body_of_a_state_named_by_its_form_keeps_the_country_after_it():
    text = ("Dunmark, 4 May (Nordwire). The Ministry of Transport of the Republic of Vestria has issued a "
            'statement.\n\n"The new ferry line will open in June," the ministry said.')
    assert speaker_of(text, "The new ferry")[0] == "Ministry of Transport of the Republic of Vestria"
    entities = find_entities("The Office of the Ombudsman of the Grand Duchy of Osterland said nothing.")[0]
    names = [e.name for e in entities]
    assert "Office of the Ombudsman of the Grand Duchy of Osterland" in names


def test_a_persons_office_is_its_holder_not_the_body_named_for_it():
    text = ("OSTBY, 9 May, NORDWIRE. Prime Minister of Vestria Hanna Kolberg spoke by phone with the Chancellor of "
            "Osterland, the Office of the Prime Minister said.\n\n"
            '"Our ports are open to every partner," the Prime Minister stressed.')
    assert speaker_of(text, "Our ports")[0] == "Hanna Kolberg"


def test_a_state_named_by_its_form_after_an_office_ends_before_the_holder_s_name():
    # `Orvek` is no given name the lists know: the state's form word ends the office's complement.
    text = ("OSTBY, 4 May (Nordwire). President of the Vestrian Republic Orvek Marlund and President of Osterland "
            'Ida Holm held talks.\n\n"The bridge will be built," the two presidents said.')
    assert speaker_of(text, "The bridge")[0] == "Orvek Marlund and Ida Holm"


def test_a_pronoun_takes_up_a_subject_described_by_an_office_in_capitals():
    text = ("OSTBY, 9 May (Nordwire). President of Vestria Jon Kolberg received Chairman of the Board of the "
            "Kelby Ferry Company Ivo Brandt.\n\n"
            'The Chairman, in turn, briefed the President on the new route. "Two ships will sail in June," he said.')
    assert speaker_of(text, "Two ships")[0] == "Ivo Brandt"


def test_a_dateline_before_the_lead_leaves_its_clause_a_subject():
    text = 'TORONTO \u2014 Mayor Ann Lee defended the budget on Monday, saying it was "the responsible choice."'
    assert speaker_of(text, "the responsible")[0] == "Ann Lee"
    text = 'BERGEN (Wire) \u2014 Senator Tom Berg attacked the plan, calling it "a disaster for farmers."'
    assert speaker_of(text, "a disaster")[0] == "Tom Berg"
    text = 'HAMILTON, Ont. \u2014 Coun. Ada Holm opposed the levy, describing it as "a tax on the poor."'
    assert speaker_of(text, "a tax")[0] == "Ada Holm"


def test_a_live_blog_entry_s_time_stands_before_its_clause_as_a_dateline_does():
    text = ('Live: the Vell count\n\nPolls closed an hour ago.\n\n'
            '10:35 p.m.: The Brandvik campaign issued a statement saying the mayor had "won every ward."')
    assert "Brandvik campaign" in speaker_of(text, "won every ward")[0]
    text = ('Live: the Vell count\n\nPolls closed an hour ago.\n\n'
            '11:02 p.m.: After the count, Mayor Oren Brandvik put out a statement declaring victory. '
            '"Every ward came home," the statement said.')
    assert speaker_of(text, "Every ward")[0] == "Oren Brandvik"


def test_a_description_of_another_role_does_not_take_up_the_host_who_asks():
    text = ('Talk of the Week\n\nMayor Lise Corran faced host Ben Odegaard on Sunday.\n\n'
            '"Will you raise the levy?" Odegaard asked.\n\n'
            '"Not while I hold office," the former harbour commissioner said.')
    assert speaker_of(text, "Not while")[0] == "Lise Corran"
    text = ('Talk of the Week\n\nLater, host Ada Lind asked Tom Reyes whether he would back the ferry bill. '
            '"Not this year," the senator said.')
    assert speaker_of(text, "Not this year")[0] == "Tom Reyes"
    # With no one asking in an exchange, a titled asker is still the one in focus.
    text = 'Talk of the Week\n\nSen. Tom Reyes asked Gov. Ann Vell whether she would sign. "Not yet," the senator said.'
    assert speaker_of(text, "Not yet")[0] == "Tom Reyes"


def test_a_relative_clause_with_no_comma_restricts_the_subject_before_it():
    assert speaker_of('A man who was hurt in the blast said, "I saw a flash."', "I saw")[0] == "A man"
    assert speaker_of('Residents who fled the fire said the smoke was "thick as soup."', "thick")[0] == "Residents"
    text = 'Bill Mills, a Bergen grocer who hosted a dinner for Lee, said it was "a big success."'
    assert speaker_of(text, "a big success")[0] == "Bill Mills"
    # A clause before `who` is not a noun phrase: its subject speaks.
    text = ('Ida Berg suggested that someone who skips debates cannot lead, while Tom Lund said the race '
            'was "too close to call."')
    assert speaker_of(text, "too close")[0] == "Tom Lund"


def test_a_role_goes_to_someone_who_fits_named_after_the_last_speaker():
    text = ('Foreign Minister Ara Mirzo spoke first. "The talks were useful," the minister said.\n\n'
            'Defence Minister Suren Papik also commented. "Our army is ready," the minister said.')
    assert speaker_of(text, "Our army")[0] == "Suren Papik"
    # Named before the last speaker spoke, the other one is not meant.
    text = ('Foreign Minister Ara Mirzo met Defence Minister Suren Papik. "The talks were useful," Mirzo said.'
            '\n\n"We will meet again," the minister added.')
    assert speaker_of(text, "We will meet")[0] == "Ara Mirzo"


def test_a_role_that_serves_someone_is_not_their_role():
    text = ("Russian President Vladimir Putin will visit China next week.\n\n"
            "Aide to the Russian President Yuri Ushakov told reporters about the programme.\n\n"
            '"Beijing is our strategic partner," the Russian President said.')
    assert speaker_of(text, "Beijing")[0] == "Vladimir Putin"
    roles = {e.name: e.roles for e in find_entities(
        "Russian Ambassador to Azerbaijan Mikhail Yevdo met the press.")[0]}
    assert roles["Mikhail Yevdo"] == ["Russian Ambassador to Azerbaijan"]


def test_he_after_a_reporting_sentence_is_the_reporter_not_the_one_reported():
    for report in ("He noted that Ivo Brandt had no plans to meet Tor Moe.",
                   "Lund said Ivo Brandt had no plans to meet Tor Moe.",
                   "According to Lund, Ivo Brandt will not travel."):
        text = ('Spokesman Ola Lund spoke to reporters. "Nothing is decided," Lund said.\n\n'
                f'{report} "There are no such plans," he said.')
        assert speaker_of(text, "There are no")[0] == "Ola Lund", report


def test_he_after_a_fronted_subordinate_clause_is_not_its_reporter():
    text = ('Speaker Tobin Yates sat down with host Avery Lund on Sunday.\n\n'
            'When Lund asked about the levy, Yates hesitated. "We will get there," he said.')
    assert speaker_of(text, "We will get")[0] == "Tobin Yates"


def test_he_is_not_a_reporter_whose_first_name_is_a_womans():
    text = ('Speaker Tobin Yates sat down with host Maria Lund on Sunday.\n\n'
            'Lund noted that the levy was late. "We will get there," he said.')
    assert speaker_of(text, "We will get")[0] == "Tobin Yates"


def test_he_passes_over_a_last_speaker_whose_first_name_is_surely_a_womans():
    text = ('Trade Minister Tobin Yates and his counterpart Sanna Holt signed the accord in Varna on Monday.\n\n'
            'Sanna Holt called it "a first step."\n\n'
            '"There were nights when we nearly gave up," he said.\n')
    assert speaker_of(text, "There were nights")[0] == "Tobin Yates"
    # A first name the list also gives to men is no sure sign: the last speaker keeps the pronoun.
    assert speaker_of(text.replace("Sanna", "Nikol"), "There were nights")[0] == "Nikol Holt"


def test_a_speakers_own_she_said_confirms_a_first_name_that_is_no_sure_sign():
    text = ('Councillor Bruno Falk said the levy was too high.\n\n'
            'Council member Tamsin Vell Oriol said the depot should have opened in spring.\n\n'
            '"We lost a whole season," she said.\n\n'
            'Mayor Greta Lunn thanked the surveyors.\n\n'
            '"Without them we would still be guessing," he said.')
    assert speaker_of(text, "We lost")[0] == "Tamsin Vell Oriol"
    assert speaker_of(text, "Without them")[0] == "Bruno Falk"


def test_the_newspaper_is_not_a_college_named_before_it():
    text = ('The Marlow Ledger weighed in on Sunday.\n\n'
            'The newspaper urged voters to look past the race for the Marlow College board.\n\n'
            '"The board matters more than the governor," the newspaper wrote.')
    assert speaker_of(text, "The board matters")[0] in ("the newspaper", "Marlow Ledger")


def test_country_names_inside_names_of_bodies_and_people():
    assert speaker_of('"The vaccine is safe," Health Canada said in a statement.', "The vaccine")[0] == \
        "Health Canada"
    text = 'Mayor Georgia Okim spoke on Monday. "We are rebuilding," she said.'
    assert speaker_of(text, "We are rebuilding")[0] == "Georgia Okim"
    assert speaker_of('"We are ready," said Jordan Peel, the director.', "We are ready")[0] == "Jordan Peel"
    # A region is no body, and a sentence's opening preposition no part of a name.
    names = [e.name for e in find_entities("Prices rose in Western Canada. Besides Canada, Norway grew.")[0]]
    assert "Western Canada" not in names and "Besides Canada" not in names


def test_portfolios_joined_before_a_country_name_one_body():
    text = ('Forestry, Wildlife and Moorland Canada reviewed the permit on Monday.\n\n'
            '"Every permit is weighed on its merits," the department said in a statement.\n\n'
            '"We will publish the review," Forestry, Wildlife and Moorland Canada said.')
    assert speaker_of(text, "Every permit")[0] == "Forestry, Wildlife and Moorland Canada"
    assert speaker_of(text, "We will publish")[0] == "Forestry, Wildlife and Moorland Canada"
    names = [e.name for e in find_entities("Officials at Coastal Waters Canada met on Monday.")[0]]
    assert "Coastal Waters Canada" in names
    # A company's name with a capital inside it, a word named alone elsewhere (a city) and a person's name are
    # separate conjuncts.
    for text in ("Fares at SkyTern and Tern Canada rose.",
                 "Flights from Kellby and Tern Canada rose. Fares in Kellby fell.",
                 "Mayor Ruth Kessel and Tern Canada met."):
        names = [e.name for e in find_entities(text)[0]]
        assert not any(name.endswith("and Tern Canada") for name in names), text


def test_a_provinces_department_read_as_a_name_is_a_body():
    text = ('A cyberattack has knocked Nova Scotia Energy\'s billing system offline.\n\n'
            'Nova Scotia Energy confirmed the attack on Monday. "No data was taken," the energy authority said.\n')
    assert speaker_of(text, "No data")[0] == "Nova Scotia Energy"
    # A legislature is another kind of body than the company the description means.
    text = ('Kellco Seeds Inc. opposed the bill that reached Nova Scotia Senate\'s floor.\n\n'
            'Nova Scotia Senate approved it on Monday. "We object to this law," the company said.\n')
    assert speaker_of(text, "We object")[0] == "Kellco Seeds Inc."


def test_a_capitalised_noun_opening_the_sentence_before_a_quote_is_no_one():
    text = 'Grocery prices rose again in March.\n\n"We are not going anywhere."'
    assert speaker_of(text, "We are not")[0] is None
    text = 'At 25, Ida Lund was diagnosed with the disease.\n\n"My condition is getting worse."'
    assert speaker_of(text, "My condition") == ("Ida Lund", "topic")


def test_an_opening_asked_clause_is_not_the_cue_of_its_sentence():
    text = 'Asked about the referees, Coach Rick Toch was blunt: "I will get fined."'
    assert speaker_of(text, "I will get")[0] == "Rick Toch"


def test_an_age_used_as_a_noun_names_the_person_in_focus():
    text = 'Lorraine McAl was among the first residents allowed back. "It was home," said the 58-year-old.'
    assert speaker_of(text, "It was home")[0] == "Lorraine McAl"


def test_a_title_of_a_woman_tells_her_gender():
    text = ('Deputy Minister Sergei Ryab spoke to journalists.\n\n'
            'Spokeswoman Maria Zakh commented. "Our response will follow," she said.\n\n'
            '"We have heard nothing new," he said.')
    assert speaker_of(text, "We have heard")[0] == "Sergei Ryab"
    # A `-man` title is used of women too.
    text = ('Spokesman Hope Hix spoke for the campaign.\n\n"They are not affiliated with us," she said.')
    assert speaker_of(text, "They are not")[0] == "Hope Hix"


def test_a_press_secretary_is_a_spokesman_and_a_memo_speaks_for_its_writer():
    text = ('Kremlin Spokesman Ivan Pesk spoke on Monday. Foreign Minister Ada Lav also spoke.\n\n'
            '"Nothing is decided," Lav said.\n\n"There is no plan," the Kremlin press secretary said.')
    assert speaker_of(text, "There is no plan")[0] == "Ivan Pesk"
    text = ('Deputy Minister Ann Fourn wrote in a memo that the plan was late.\n\n'
            '"We must act now," the memo said.')
    assert speaker_of(text, "We must act")[0] == "Ann Fourn"
    # A street is no one.
    assert [e.kind for e in find_entities("Lorraine McAl lives on Connaught Drive.")[0]
            if e.name == "Connaught Drive"] in ([], ["org"])


def test_a_portfolio_ends_before_a_given_name_the_name_list_does_not_know():
    text = 'Minister of Foreign Affairs Bakhtiyor Sadov spoke. "We will double exports," the minister said.'
    assert speaker_of(text, "We will double")[0] == "Bakhtiyor Sadov"
    assert speaker_of('"We will grow," said Minister of Energy Almasadam Satkal.', "We will grow")[0] == \
        "Almasadam Satkal"


def test_an_unknown_country_after_of_is_not_part_of_the_holders_name():
    text = ('MERROW, May 2. The forum is attended by President of Quillan Tamrek Osterhout.\n\n'
            '"We came to sign," the Quillanese leader said.')
    names = [e.name for e in find_entities(text)[0] if e.kind == "person"]
    assert "Tamrek Osterhout" in names and "Quillan Tamrek Osterhout" not in names
    assert speaker_of(text, "We came")[0] == "Tamrek Osterhout"
    # A portfolio after `of` with one word left is still no place: `Affairs Osterhout` is no one.
    text = 'He would keep the Office of Coastal Affairs Osterhout had opened. "Fine," Vella Brun said.'
    assert "Affairs Osterhout" not in [e.name for e in find_entities(text)[0]]


def test_an_envoys_post_after_to_is_not_part_of_the_holders_name():
    text = ('MERROW, May 2. Ambassador of Quillan to Vostria Tamrek Osterhout attended the signing.\n\n'
            '"It is a good day for both of us," the ambassador said.')
    names = [e.name for e in find_entities(text)[0] if e.kind == "person"]
    assert names == ["Tamrek Osterhout"]
    assert speaker_of(text, "It is a good day")[0] == "Tamrek Osterhout"
    # Without `of`: `Envoy to Vostria` is the office too.
    text = text.replace("Ambassador of Quillan to", "Envoy to")
    assert [e.name for e in find_entities(text)[0] if e.kind == "person"] == ["Tamrek Osterhout"]


def test_the_name_of_a_chamber_of_state_after_of_is_not_part_of_the_name():
    text = 'Chairman of the Cabinet of Ministers Tolonbek Asanov opened the plant. "It will run all year," Asanov said.'
    assert speaker_of(text, "It will run")[0] == "Tolonbek Asanov"
    # A word of the body that is also a given name (Rada) does not start the name.
    text = 'Speaker of the Verkhovna Rada Ostap Melnyk met them. "Our ties are strong," Melnyk said.'
    assert speaker_of(text, "Our ties")[0] == "Ostap Melnyk"


def test_the_people_of_an_opening_question_clause_do_not_answer_it():
    text = ('Spokesman Ivan Pesk spoke to reporters on Monday.\n\n'
            'Asked whether President Ivo Brandt would attend the summit, he said: "No decision has been made."')
    assert speaker_of(text, "No decision")[0] == "Ivan Pesk"


def test_headline_verbs_are_the_third_person_forms_of_the_verb_lists():
    from quotes import lexicon
    verbs = lexicon.headline_verbs()
    assert {"receives", "meets", "says", "echoes", "clarifies", "discusses"} <= verbs
    # Reporting verbs that are also nouns keep no -s form: `States`, `Claims` name things.
    assert "states" not in verbs and "claims" not in verbs


def test_a_time_adjunct_between_the_subject_and_its_verb_is_not_the_subject():
    assert speaker_of('Mayor Ida Lund on Tuesday said, "We will appeal."', "We will")[0] == "Ida Lund"
    assert speaker_of('Senator Tom Berg on May 4 told reporters, "It is over."', "It is")[0] == "Tom Berg"
    assert speaker_of('Coach Ann Vik earlier this week said, "We lost our way."', "We lost")[0] == "Ann Vik"
    text = 'Governor Ola Dahl on Friday morning vowed to veto the bill "on day one."'
    assert speaker_of(text, "on day one")[0] == "Ola Dahl"


def test_an_honorific_tells_which_of_two_people_sharing_a_surname_speaks():
    text = ('Mayor Oskar Lind opened the fair. His wife, Greta Lind, runs the bakery. "We sold out by noon," '
            'Mrs. Lind said. "It was a good day," Mr. Lind said.')
    assert speaker_of(text, "We sold out")[0] == "Greta Lind"
    assert speaker_of(text, "It was a good")[0] == "Oskar Lind"
    # The pronoun that takes up `Mr. Lind` is his, not hers.
    text = ('Greta Lind chairs the board. Her brother, Oskar Lind, owns the mill. Mr. Lind said he opposed '
            'the sale. "It came too fast," he said.')
    assert speaker_of(text, "It came")[0] == "Oskar Lind"


def test_according_to_an_object_pronoun_is_the_person_it_stands_for():
    text = 'Minister Ola Brun opened the port. According to him, "trade will double within a year."'
    assert speaker_of(text, "trade will")[0] == "Ola Brun"
    text = 'Judge Ida Holm spoke last. According to her: "The law is clear."'
    assert speaker_of(text, "The law")[0] == "Ida Holm"
    # `her` before a noun is its determiner: the plan's owner is not quoted by it.
    text = 'Judge Ida Holm spoke last. According to her "levy" plan, firms must repay any aid.'
    assert all(quote.speaker != "Ida Holm" for quote in extract(text))


def test_a_verb_of_evaluation_nearer_the_quote_governs_it_where_the_cue_names_no_one():
    text = ('Ida Lund leads the race. "We are ready," Lund said.\n\nOpponents went on the attack, emailing a clip '
            'from 2001, in which Lund called herself "no friend of farmers" on air.')
    assert speaker_of(text, "no friend")[0] == "Ida Lund"


def test_a_description_set_off_before_a_name_is_that_person_s_role():
    text = ('Ann Lee leads the polls. The campaign manager, Kelsa Dunn, admitted on Sunday that Mr. Berg was '
            'behind. She said the campaign still had "a real chance" to win.')
    assert speaker_of(text, "a real chance")[0] == "Kelsa Dunn"
    assert "campaign manager" in next(e for e in find_entities(text)[0] if e.name == "Kelsa Dunn").roles


def test_the_x_takes_up_the_unnamed_person_an_indefinite_x_brought_in():
    text = ('Governor Ruth Alder will sign the bill. A senior state official, who asked not to be named, said '
            'Alder had phoned every member. "She never gave up," the official said.')
    assert speaker_of(text, "She never")[0] == "A senior state official"
    text = 'Mayor Tom Reyes came by. A witness said the van was fast. "It flew past me," the witness said.'
    assert speaker_of(text, "It flew")[0] == "A witness"
    # A name in apposition says who the one brought in is; a named holder of the role named later wins.
    text = ('A spokesperson for the port, Lena Sky, said the berth would reopen. "We ask for patience," '
            'the spokesperson said.')
    assert speaker_of(text, "We ask")[0] == "Lena Sky"
    text = 'A senator asked for a recess. Senator Ann Vik voted no. "It is a bad bill," the senator said.'
    assert speaker_of(text, "It is a bad")[0] == "Ann Vik"


def test_a_name_after_a_preposition_takes_no_title_from_the_name_before():
    text = ('Polish Trade Minister Ida Brun met Austrian Trade Minister Karl Vogt in Port Selim on Monday. '
            '"We agreed on steel," the Austrian minister said.')
    assert speaker_of(text, "We agreed")[0] == "Karl Vogt"
    roles = {e.name: e.roles for e in find_entities(text)[0]}
    assert "Austrian Trade Minister" in roles["Karl Vogt"]
    assert not any("Karl Vogt" in role for name, found in roles.items() if name != "Karl Vogt" for role in found)


def test_a_predicate_after_a_name_closing_an_apposition_is_not_its_role():
    text = ('The Polish trade minister, Ida Brun, met her Austrian counterpart Karl Vogt on Monday. '
            '"We agreed on steel," the Austrian minister said.')
    assert speaker_of(text, "We agreed")[0] == "Karl Vogt"


def test_a_nation_or_network_in_a_name_makes_it_an_organisation():
    text = ('Chief Rita Moose of the Birch River Cree Nation said her band was not asked. '
            '"They came with the maps drawn," she said.')
    assert speaker_of(text, "They came")[0] == "Rita Moose"


def test_a_cue_joined_by_and_to_an_earlier_predicate_shares_its_subject():
    text = ('Foreign Minister Ivo Sand passed on greetings from the Norland president and said:\n\n'
            '- Thank you for this welcome. Our dialogue is valued.\n\nThe talks then went on.')
    assert speaker_of(text, "Thank you")[0] == "Ivo Sand"
    text = 'Mayor Ann Holm thanked the Ostrian ambassador and said: "Our door is open."'
    assert speaker_of(text, "Our door")[0] == "Ann Holm"


def test_a_quote_inside_a_quote_with_a_cue_of_its_own_is_its_subject_s():
    text = '"My sister said, \'You have lost your mind,\' and she was right," Nora Vik said.'
    assert speaker_of(text, "You have lost") == ("Nora Vik's sister", "nested_cue")
    text = '"I recall Judge Tom Hale said, \'Order in the court,\' and nobody listened," Ann Lee said.'
    assert speaker_of(text, "Order in") == ("Tom Hale", "nested_cue")
    # A pronoun points into the speaker's own story; a quote with no cue of its own is the speaker's.
    text = '"They told me, \'never again,\' and I believed them," Ann Lee said.'
    assert speaker_of(text, "never again") == ("Ann Lee", "nested")


def test_a_quote_inside_the_clause_a_cue_reports_is_the_cue_subject_s():
    # An interviewer's question quotes a third person: the words quoted inside the reported clause are theirs.
    text = ('Mayor Tilda Sorn spoke to the Gazette about the budget.\n\nGazette: Will taxes rise?\n\n'
            'Sorn: Not this year.\n\nGazette: Your rival, Bram Oakes, said last week that the budget was '
            '"a fairy tale." Do you agree?\n\nSorn: No. The numbers add up.')
    assert speaker_of(text, "a fairy tale") == ("Bram Oakes", "nested_cue")
    text = '"Councillor Ivo Brandt told me on Monday that the bridge was \'beyond repair,\' and I agree," Ann Lee said.'
    assert speaker_of(text, "beyond repair") == ("Ivo Brandt", "nested_cue")
    # A description that narration would read as someone already named means someone else inside a quote.
    text = '"The treasurer said the fund was \'empty as a drum\' and nobody blinked," Ann Lee said.'
    assert speaker_of(text, "empty as") == ("The treasurer", "nested_cue")
    # A topic after a preposition stays with the outer speaker (a term the words name is no quote at all).
    text = '"Ivo Brandt spoke about the \'northern bypass\' for an hour," Ann Lee said.'
    assert speaker_of(text, "northern bypass") == ("Ann Lee", "nested")


def test_the_subject_of_a_reported_cue_opens_past_the_reporting_verb():
    # A noun phrase holds no finite verb: in `X told jurors the commissioner said`, the commissioner speaks.
    ctx = 'Commissioner Ossian Pell is on trial. Former clerk Nils Ekdal testified on Tuesday. '
    text = ctx + 'Ekdal told jurors the commissioner had said the logbook "was never kept."'
    assert speaker_of(text, "was never") == ("Ossian Pell", "cue_before")
    text = ctx + 'A clerk told the jury the commissioner said the logbook "was never kept."'
    assert speaker_of(text, "was never") == ("Ossian Pell", "cue_before")
    text = 'Clerk testifies commissioner told him logbook "was never kept"\n\n' + ctx
    assert speaker_of(text, "was never") == ("Ossian Pell", "cue_before")
    # The phrase read before the cue is the inner subject alone, not the outer clause that runs into it.
    assert phrase_before("A clerk told the jury the commissioner said", 0, 38).text == "the commissioner"
    text = "The deputy chief of the county police said"
    assert phrase_before(text, 0, 37).text == "The deputy chief of the county police"


def test_the_agent_of_a_passive_cue_of_telling_speaks():
    ctx = 'Commissioner Ossian Pell is on trial. Former clerk Nils Ekdal testified on Tuesday. '
    text = ctx + 'Ekdal said he was told by Pell that the logbook "was never kept."'
    assert speaker_of(text, "was never") == ("Ossian Pell", "cue_before")
    text = ctx + 'Ekdal said he had been assured by the commissioner that the audit was "a formality."'
    assert speaker_of(text, "a formality")[0] == "Ossian Pell"
    # The agent of `asked` puts a question; the words quoted stay with the one who reports it.
    text = ctx + 'Ekdal said he was asked by Pell whether the logbook was "really lost."'
    assert speaker_of(text, "really lost")[0] == "Nils Ekdal"


def test_a_verb_of_evaluation_in_a_reported_clause_gives_the_words_to_its_subject():
    ctx = 'Commissioner Ossian Pell is on trial. Former clerk Nils Ekdal testified on Tuesday. '
    text = ctx + 'Ekdal told investigators that the commissioner had called the audit "a witch hunt."'
    assert speaker_of(text, "a witch hunt") == ("Ossian Pell", "evaluation")
    text = ctx + 'Ekdal told investigators Pell had branded the auditors "bean counters."'
    assert speaker_of(text, "bean counters") == ("Ossian Pell", "evaluation")
    text = ctx + 'Ekdal says in a memoir that the commissioner privately referred to clerks as "pencil pushers."'
    assert speaker_of(text, "pencil pushers") == ("Ossian Pell", "evaluation")
    # `called on` urges, and a participle after an indefinite noun names a thing: the cue's subject keeps it.
    text = ctx + 'Ekdal said Pell called on staff to be "fully candid."'
    assert speaker_of(text, "fully candid") == ("Nils Ekdal", "cue_before")
    text = ctx + 'Ekdal said a fund called Pell Trust had been "a slush fund."'
    assert speaker_of(text, "a slush fund")[0] == "Nils Ekdal"
    # An aside after a participle cue reports no clause: the place in it is no subject.
    text = ctx + 'Ekdal, speaking in Vestby, called the audit "long overdue."'
    assert speaker_of(text, "long overdue")[0] == "Nils Ekdal"


def test_the_turns_of_an_exchange_are_cued_by_following_up_and_interjecting():
    text = ('Premier Vera Stamm took questions on Tuesday. Reporter Odd Hovland asked whether she had met the '
            'builder.\n\n"I have not," Stamm said.\n\n"Then why did your aide meet him twice?" Hovland followed up.')
    assert speaker_of(text, "Then why") == ("Odd Hovland", "cue_after")
    text = ('Premier Vera Stamm took questions on Tuesday.\n\n"I have not," Stamm said.\n\n'
            '"That is not true," opposition leader Kurt Almli interjected.')
    assert speaker_of(text, "That is not") == ("Kurt Almli", "cue_after")


def test_a_trade_word_ends_a_company_s_name_which_the_company_takes_up():
    text = 'Fjord Shipping said on Monday it would sell two ferries. "We regret this step," the company said.'
    assert speaker_of(text, "We regret")[0] == "Fjord Shipping"


def test_a_capitalised_plural_of_a_party_word_is_a_group_not_a_person():
    # `Senate Democrats`, `Ohio Republicans`: a group, which may not stand for `she` or `he`.
    text = ('Representative Nell Oduya met Senate Democrats on Tuesday. "We have the votes," Oduya said. '
            'The meeting ran long. Asked about the timing, she laughed. "Ask me tomorrow," she said.')
    assert speaker_of(text, "Ask me")[0] == "Nell Oduya"
    assert not {"Senate Democrats", "Marlow Republicans"} & {e.name for e in find_entities(
        "Marlow Republicans met Senate Democrats, and Nell Oduya spoke.")[0]}
    # The group still speaks as itself, and `they` still takes it up.
    assert speaker_of('"We will not fold," House Republicans said.', "We will")[0] == "House Republicans"
    text = 'Senate Republicans blocked the bill on Tuesday. "It is a power grab," they said in a statement.'
    assert speaker_of(text, "It is")[0] == "Senate Republicans"


def test_a_country_after_a_titled_name_is_part_of_the_role():
    text = ('President Ana Rusu of Moldova met the delegation. Prime Minister Ion Lupu joined them. '
            '"Our ties are strong," the President of Moldova said.')
    assert speaker_of(text, "Our ties")[0] == "Ana Rusu"


def test_a_capitalised_description_of_a_person_is_no_name():
    text = 'Senator Ruth Hale rewrote the bill. The Vermont Democrat said she had listened. "I listened," she said.'
    assert speaker_of(text, "I listened")[0] == "Ruth Hale"
    assert "Vermont Democrat" not in {e.name for e in find_entities(text)[0]}
    assert speaker_of('Governor Dan Sorby spoke. "We will fight," the Texan said.', "We will")[0] == "Dan Sorby"
    text = 'Premier Jon Kell spoke. The 52-year-old Conservative said his party would fight "every step of the way."'
    assert speaker_of(text, "every step")[0] == "Jon Kell"
    # A known given name before a people's noun heads a name; a noun after the epithet is what it describes.
    assert speaker_of('"It works," said Dan Cuban.', "It works")[0] == "Dan Cuban"
    assert speaker_of('"We will stay," said the American ambassador, Ola Fenn.', "We will stay")[0] == "Ola Fenn"


def test_a_party_word_before_a_name_describes_the_person():
    # `Democrat Ann Lee`, `Republicans X and Y`: the party word says what the person is, as a title does.
    text = '"We will act now," Democrat Lina Sorvik said on Monday.'
    assert speaker_of(text, "We will act")[0] == "Lina Sorvik"
    text = ('At a forum on Monday, Republicans Hal Brenn, Ezra Kohl and Ada Finch spoke to voters.\n\n'
            '"I have been here before," said Brenn, the former governor.')
    assert speaker_of(text, "I have been")[0] == "Hal Brenn"
    assert "Republicans Hal Brenn" not in {e.name for e in find_entities(text)[0]}
    assert speaker_of('"It sells," said Texan Bo Marsh.', "It sells")[0] == "Bo Marsh"
    # A party word that is also a given name may open the name.
    assert speaker_of('"It sells," said Tory Lindqvist.', "It sells")[0] == "Tory Lindqvist"


def test_a_capitalised_office_after_a_country_adjective_heads_the_description():
    # `stressed the Moldovan President`: the office is the head noun, the adjective only says which country.
    text = ('President of Moldova Ana Rusu met Prime Minister of Latvia Ivo Kalns in Chisinau on Monday.\n\n'
            '"Our ties are strong," stressed the Moldovan President.\n\n'
            '"We agree," said the Latvian Prime Minister.\n\n'
            '"Trade grew," added the Moldovan Foreign Minister, Dan Sirbu.')
    said = {q.text.split()[0]: (q.speaker, q.speaker_mention) for q in extract(text)}
    assert said["Our"] == ("Ana Rusu", "the Moldovan President")
    assert said["We"] == ("Ivo Kalns", "the Latvian Prime Minister")
    assert speaker_of(text, "Trade grew")[0] == "Dan Sirbu"


def test_a_name_after_a_possessed_role_or_a_style_of_address_says_who_speaks():
    text = '"It is late," said the bakery\'s night manager, Brenda Kehl.'
    assert speaker_of(text, "It is late")[0] == "Brenda Kehl"
    text = 'His bishop, the Most Rev. Aidan Clery, once called him "stubborn but kind."'
    assert speaker_of(text, "stubborn")[0] == "Aidan Clery"


def test_a_name_in_apposition_after_a_lower_case_title_says_who_speaks():
    text = 'Her challenger, state Sen. Orrin Blackwood, told reporters the budget was "a shell game."'
    assert speaker_of(text, "a shell game")[0] == "Orrin Blackwood"
    text = 'His rival, former Governor Ilse Marquardt, said the budget was "a shell game."'
    assert speaker_of(text, "a shell game")[0] == "Ilse Marquardt"


def test_a_pronoun_that_answers_takes_up_the_person_asked_not_the_asker():
    text = 'Radio host Per Lunde asked Sen. Tom Reyes whether he would run. "Not this time," he replied.'
    assert speaker_of(text, "Not this time")[0] == "Tom Reyes"
    # With a verb of saying, not answering, the asker may be meant.
    text = 'Dan Lunde asked Mayor Ana Fry about the budget. "Is it balanced?" he said.'
    assert speaker_of(text, "Is it")[0] == "Dan Lunde"


def test_they_after_a_quote_takes_up_a_bare_plural_subject_before_it():
    text = 'Judge Ann Moe heard the case. Prosecutors asked for six years. "He showed no remorse," they wrote.'
    assert speaker_of(text, "He showed") == ("Prosecutors", "cue_after")
    quote = next(q for q in extract(text) if q.text.startswith("He showed"))
    assert quote.speaker_named is False


def test_the_object_of_a_cue_in_the_paragraph_before_does_not_speak():
    text = ('Judge Ann Oyel spoke in Harlow. Oyel, 79, described the night the jury came back.\n\n'
            '"I remember the foreman stood up. It was late and everyone was tired."')
    assert speaker_of(text, "I remember") == ("Ann Oyel", "previous_paragraph")


def test_a_people_s_noun_that_is_a_named_person_s_surname_is_that_person():
    text = ('Dan Cuban spoke on Sunday.\n\nCuban also said he backs the health law.\n\n'
            '"It lets people leave jobs they were stuck in."')
    assert speaker_of(text, "It lets")[0] == "Dan Cuban"


def test_a_noun_for_a_person_before_a_given_name_is_no_part_of_the_name():
    text = 'Landlord Keith Armo said the rent would rise. "It is the market," Armo said.'
    assert speaker_of(text, "It is the market")[0] == "Keith Armo"
    assert speaker_of('Wrestler Marcus Oke will star. "It is a dream," he said.', "It is a dream")[0] == "Marcus Oke"


def test_a_party_or_state_word_before_a_name_is_no_part_of_the_name():
    text = 'Republican Dorrit Vantlow won the primary. "The voters have spoken," Vantlow said.'
    assert speaker_of(text, "The voters have spoken")[0] == "Dorrit Vantlow"
    text = 'Ohio Democrat Pell Marquand voted no. "It is a bad bill," Marquand said.'
    assert speaker_of(text, "It is a bad bill")[0] == "Pell Marquand"
    # A party word that is also a given name stays the name's first word.
    assert speaker_of('Tory Halvorsen ran. "I will win," Halvorsen said.', "I will win")[0] == "Tory Halvorsen"


def test_arabic_and_turkic_name_particles_belong_to_the_name():
    text = 'Minister Samir al-Hadi spoke. "We welcome the guests," al-Hadi said.'
    assert speaker_of(text, "We welcome")[0] == "Samir al-Hadi"
    text = 'Sheikh Omar bin Saeed Al Qasimi received the envoys. "You are welcome here," Sheikh Omar said.'
    assert speaker_of(text, "You are welcome")[0] == "Omar bin Saeed Al Qasimi"
    text = 'Speaker Talant Asan uulu met them. "Our ties are strong," said Talant Asan uulu.'
    assert speaker_of(text, "Our ties")[0] == "Talant Asan uulu"


def test_the_sides_are_the_two_people_named_last():
    text = ('Foreign Minister Ivo Sand met his counterpart Karl Vogt in Vestby on Monday.\n\n'
            'Both sides stressed that "the road map is being carried out in full."')
    quote = next(q for q in extract(text) if q.text.startswith("the road map"))
    assert quote.speakers == ["Ivo Sand", "Karl Vogt"]


def test_a_style_of_address_stands_for_the_person_as_a_pronoun_does():
    text = 'Sheikh Omar bin Saeed Al Qasimi received the envoys. "You are welcome here," His Highness said.'
    assert speaker_of(text, "You are welcome")[0] == "Omar bin Saeed Al Qasimi"
    assert speaker_of('Ambassador Ana Rusu opened the fair. "Welcome," said Her Excellency.', "Welcome")[0] == \
        "Ana Rusu"


def test_the_speaker_of_a_parliament_is_a_role():
    text = ('Turkish Speaker Numan Kurt met the delegation. Mayor Ali Demir joined them. '
            '"Our ties are strong," the Turkish Speaker said.')
    assert speaker_of(text, "Our ties")[0] == "Numan Kurt"


def test_a_name_read_inside_a_body_s_longer_name_is_that_body():
    text = 'The National Union of Ferry Workers said on Monday that "costs will rise."'
    assert speaker_of(text, "costs will")[0] == "National Union of Ferry Workers"


def test_a_whip_is_a_title():
    text = 'Senate Minority Whip Roy Tilman opposed the bill. "It is a bad bill," Tilman said.'
    assert speaker_of(text, "It is a bad")[0] == "Roy Tilman"


def test_a_name_after_a_verb_is_its_object_and_an_indefinite_person_may_be_the_subject():
    text = 'Judge Ann Moe sentenced Tom Beck to six years, saying he had "sold the keys to the city."'
    assert speaker_of(text, "sold the keys")[0] == "Ann Moe"
    text = 'A federal judge sentenced Tom Beck to six years, saying he had "sold the keys to the city."'
    quote = next(q for q in extract(text) if q.text.startswith("sold the keys"))
    assert (quote.speaker, quote.speaker_named) == ("A federal judge", False)
    assert speaker_of('"We won," said newly elected Mayor Ann Lee.', "We won")[0] == "Ann Lee"
    assert speaker_of('"We won," said the embattled Mayor Ann Lee.', "We won")[0] == "Ann Lee"


def test_a_nickname_in_marks_between_given_name_and_surname_is_no_part_of_the_name():
    text = 'Charles "Chip" Walmer spoke at the rally. "We will win," Walmer said.'
    assert speaker_of(text, "We will win")[0] == "Charles Walmer"
    assert "Chip" not in {q.text for q in extract(text)}


def test_it_read_after_a_document_is_named_is_its_writer_s():
    text = 'Mayor Ann Lee posted a short message on Facebook. It read: "Thank you, Den, for everything."'
    assert speaker_of(text, "Thank you")[0] == "Ann Lee"


def test_it_says_after_a_document_subject_is_the_document_s_writer():
    text = ('Orla Benedek, who chairs the state party, sent a memo to county officials on Monday.\n\n'
            'The memo recommends more door-knocking in the suburbs. "We win this state one porch at a time," it says.')
    assert speaker_of(text, "We win this state")[0] == "Orla Benedek"


def test_it_says_keeps_the_organisation_when_the_document_is_not_the_subject():
    text = ('The Fennick Group released its annual report on Monday. Shares of the Fennick Group fell 3 percent.'
            ' "Demand will recover," it said.')
    assert speaker_of(text, "Demand will")[0] == "Fennick Group"


def test_the_younger_or_the_elder_tells_two_people_of_one_surname_apart():
    text = ('Senator Ivar Strand has held the seat for twenty years. Now his daughter, Lise Strand, wants it.\n\n'
            '"It is time for new voices," the younger Strand said.\n\n'
            '"She is not ready," the elder Strand said.')
    assert speaker_of(text, "It is time")[0] == "Lise Strand"
    assert speaker_of(text, "She is not")[0] == "Ivar Strand"
    # Ages set off after the names decide over the order they came in.
    text = ('Mayor Olav Brekke, 41, faces his uncle, Nils Brekke, 67, in the race.\n\n'
            '"I am the future," the younger Brekke said. "He is the past," the elder Brekke replied.')
    assert speaker_of(text, "I am the future")[0] == "Olav Brekke"
    assert speaker_of(text, "He is the past")[0] == "Nils Brekke"


def test_mocking_someone_as_gives_the_quoted_words_as_the_subject_s_own():
    text = ('"We will win this county," Senator Ada Brook told supporters in Plainfield.\n\n'
            'She mocked Governor Tim Vale, her Republican rival, as "the laziest man in the capitol."')
    assert speaker_of(text, "the laziest man")[0] == "Ada Brook"



def test_an_office_with_its_portfolio_before_a_name_opens_the_clause_of_a_participle():
    text = ('Former Secretary of State Rhea Mollen, who served two presidents, endorsed Ivo Tann on Friday, '
            'calling his rival "a danger to every ally we have."')
    assert speaker_of(text, "a danger")[0] == "Rhea Mollen"


def test_a_description_naming_a_state_means_the_person_tied_to_it():
    text = ('Sen. Ivo Brandt of Kentucky backed the bill. Sen. Lara Mott of Nevada did not.\n\n'
            '"It spends too much," Mott said.\n\n'
            '"It is the best deal we will get," the Kentucky Republican said.')
    assert speaker_of(text, "It is the best deal")[0] == "Ivo Brandt"
    # The state written short in a party label after the name ties the person to it too.
    text = ('Rep. Dora Finch (R-Fla.) questioned the secretary. Rep. Ian Cole (D-Ore.) defended him.\n\n'
            '"This is a witch hunt," Cole said.\n\n'
            '"I have the documents right here," the Florida Republican said.')
    assert speaker_of(text, "I have the documents")[0] == "Dora Finch"


def test_a_conjunction_opening_the_sentence_is_no_part_of_its_subject():
    text = ('The Speaker has stayed neutral. But a second aide, who works for the whip, said the Speaker had '
            'chosen. "Everybody knows where he stands," this aide said.')
    assert speaker_of(text, "Everybody knows")[0] == "a second aide"


def test_a_cue_in_a_clause_before_a_semicolon_does_not_govern_the_quote():
    text = ('Ivo Brandt has accused Lara Mott of skipping the hearings; Mott\'s allies say Brandt is '
            '"a fraud from top to bottom."')
    assert speaker_of(text, "a fraud")[0] == "Mott's allies"


def test_the_auditor_takes_up_the_auditor_general_named_before():
    text = ('Auditor General Rina Holt released her report on Tuesday.\n\n'
            'Opposition critic Ida Marr said the ministry hid the costs. "Nobody kept receipts," she said.\n\n'
            'The auditor said one email was "deeply troubling" but found no fraud.\n\n'
            '"Bad bookkeeping is not theft," she said.')
    assert speaker_of(text, "deeply troubling")[0] == "Rina Holt"
    assert speaker_of(text, "Bad bookkeeping")[0] == "Rina Holt"


def test_a_day_after_a_cue_set_off_by_commas_is_its_time_not_its_subject():
    text = ('Gov. Nora Vint has said she would sign the bill. Her spokesman, Emil Rask, said Thursday: '
            '"The governor looks forward to the final text."')
    assert speaker_of(text, "The governor looks")[0] == "Emil Rask"


def test_an_infinitive_completing_an_abstract_noun_is_no_cue():
    text = ('Ivo Brandt and Lara Mott both want the job.\n\n'
            'A senior aide, granted anonymity to speak candidly, offered a bleak forecast: "Whoever wins, we lose."')
    assert speaker_of(text, "Whoever wins")[0] == "A senior aide"


def test_another_before_a_party_word_describes_someone_unnamed():
    text = ('Ivo Brandt and Lara Mott both want the job.\n\n'
            '"Whoever wins, we lose a week," another House Republican said.')
    quote = next(q for q in extract(text) if q.text.startswith("Whoever"))
    assert quote.speaker == "another House Republican" and not quote.speaker_named


def test_a_name_set_off_with_its_state_after_a_possessed_description_is_the_subject():
    text = ('Sen. Ivo Brandt spoke first.\n\n'
            'Brandt\'s colleague, Sen. Lara Mott of Ohio, disagreed. "Tariffs work," she said.')
    assert speaker_of(text, "Tariffs work")[0] == "Lara Mott"
    text = ('Sen. Ivo Brandt spoke first.\n\n'
            'Brandt\'s colleague, Sen. Pavel Mott of Ohio, disagreed. "Tariffs work," he said.')
    assert speaker_of(text, "Tariffs work")[0] == "Pavel Mott"


def test_the_french_honorific_mme_names_the_woman_of_two_namesakes():
    text = ('Language Minister Odile Marchand tabled the bill. Her husband, Luc Marchand, opposes parts of it.\n\n'
            'Asked about it, Mme Marchand smiled. "We have lively breakfasts," she said.')
    assert speaker_of(text, "We have lively")[0] == "Odile Marchand"


def test_a_title_before_a_shared_surname_names_the_namesake_given_that_title():
    text = ('Sen. Greta Holm said she will retire. Her husband, Dr. Anton Holm, a surgeon, backed her.\n\n'
            '"Thirty years is enough," Dr. Holm said.')
    assert speaker_of(text, "Thirty years")[0] == "Anton Holm"


def test_his_brother_is_the_relative_the_article_brought_in_with_that_noun():
    text = ('Mayor Tomas Varga, 56, faces his brother, Denes Varga, 49, in the race.\n\n'
            '"The rates went up and nobody could say why," his brother said.')
    assert speaker_of(text, "The rates went up")[0] == "Denes Varga"
    # With no relative brought in so, the brother stays the mayor's, unnamed.
    text = 'Mayor Tomas Varga faces a hard race.\n\n"The rates went up," his brother said.'
    assert speaker_of(text, "The rates went up")[0] == "Tomas Varga's brother"
def test_a_monarch_s_office_after_a_style_of_address_is_the_person_who_holds_it():
    # `the Amir` is an office (the Gulf spelling of Emir), not a man called Amir; the style before it,
    # `His Highness`, `HH`, is no part of the office.
    text = ('Doha, March 4 - HH the Amir Sheikh Rashid bin Saleh Al Marri received Prime Minister Ota Lind.\n\n'
            '"Our doors are open," HH the Amir said.\n\n'
            '"We are grateful," the Prime Minister said.\n\n'
            '"Trade will grow," His Highness the Amir said.\n\n'
            '"So will tourism," His Highness the Emir added.')
    for opening in ("Our doors", "Trade will", "So will"):
        assert speaker_of(text, opening)[0] == "Rashid bin Saleh Al Marri"
    assert speaker_of(text, "We are grateful")[0] == "Ota Lind"
    assert "Amir" not in {e.name for e in find_entities(text)[0]}


def test_a_given_name_that_is_also_an_office_stays_a_name():
    assert speaker_of('"The bill is fair," Amir Dovev said.', "The bill")[0] == "Amir Dovev"


def test_quoted_items_of_a_list_are_the_words_of_the_one_whose_speech_its_lead_in_names():
    text = ('President Oskar Veld and Premier Mira Tann opened the summit in Norvik on Tuesday.\n\n'
            'Here are the highlights of his speech:\n\n'
            '- "Our railway will reach the coast in 2028."\n\n'
            '- "We will double the fund."\n\n'
            'Key points from Tann\'s closing remarks:\n\n'
            '\u2022 The fund will open in May.\n'
            '\u2022 "Norvik will host the next summit."')
    # The first item follows the lead-in, which introduces it as it would a remark.
    assert speaker_of(text, "Our railway")[0] == "Oskar Veld"
    assert speaker_of(text, "We will double") == ("Oskar Veld", "lead_in")
    assert speaker_of(text, "Norvik will host") == ("Mira Tann", "lead_in")
    # A list's lead-in that names no one's speech gives its quoted items to no one.
    text = 'Ada Roos opened the fair.\n\nHere are the highlights of the week:\n\n- "Save the harbour," a poster read.\n'
    assert speaker_of(text, "Save the")[1] != "lead_in"


def test_a_description_after_a_name_governed_by_a_preposition_is_the_main_clause_s_subject():
    # `the Lorn Sea, the diplomat said`: the name closes a fronted phrase; the diplomat is not the sea.
    text = ('Spokeswoman Ilse Varga briefed reporters in Tarnov on Thursday.\n\n'
            'Answering a question about the talks on the Lorn Sea, the diplomat said: "The next round is in March."')
    assert speaker_of(text, "The next round")[0] == "Ilse Varga"
    assert all(not e.roles for e in find_entities(text)[0] if e.name == "Lorn Sea")


def test_a_description_after_a_titled_name_closing_a_fronted_phrase_is_the_main_clause_s_subject():
    # Titles between the preposition and the name still leave the name inside the fronted phrase.
    text = ('Premier of Velmora Oskar Drenn spoke in the assembly in Tarnov on Thursday.\n\n'
            'Replying to opposition deputy Mila Sorn, the Premier said: "The bridge will be built."\n\n'
            'Sorn said the money had not been found.\n\n'
            '"The money is in the budget," the Premier said.')
    assert speaker_of(text, "The money is")[0] == "Oskar Drenn"
    assert all("Premier" not in role for e in find_entities(text)[0] if e.name == "Mila Sorn" for role in e.roles)
    # A name that opens its sentence keeps a description after it.
    entities, _ = find_entities('Mila Sorn, the deputy said in Tarnov that the vote was close.')
    assert any("deputy" in role for e in entities for role in e.roles)


def test_a_body_described_by_its_country_is_not_the_one_person_of_that_country():
    text = ('President Ivo Tamm of Estavia spoke by phone with President of Latvia Ulf Berg on Monday.\n\n'
            'The Latvian presidential press service said the talks were held "in a friendly atmosphere."')
    speaker, _ = speaker_of(text, "in a friendly")
    assert speaker != "Ulf Berg" and "press service" in speaker


def test_an_introducer_that_names_someone_s_speech_gives_the_dash_remark_to_its_owner():
    text = ('President Ilmar Sepp addressed the joint session of parliament in Tarnov.\n\n'
            'The head of state began his speech by summing up the results of the reforms:\n\n'
            '- Dear compatriots! Over the past three years we have changed the country.\n\n'
            'Then the President turned to the economy.')
    quote = next(q for q in extract(text) if q.text.startswith("Dear compatriots"))
    assert (quote.kind, quote.speaker, quote.method) == ("dash", "Ilmar Sepp", "introducer")


def test_a_name_may_open_with_any_capital_of_the_latin_script():
    text = ('Foreign Minister Ömer Keskinlioğlu met his counterpart in Norvik.\n\n'
            '"We are ready," Ömer Keskinlioğlu said.\n\n'
            '"The border is open," said Deputy Prime Minister Şahin Mustafazade.\n\n'
            '"Thank you," İlkin Əsgərli said.\n\n"Indeed," Keskinlioğlu added.')
    assert [q.speaker for q in extract(text)] == [
        "Ömer Keskinlioğlu", "Şahin Mustafazade", "İlkin Əsgərli", "Ömer Keskinlioğlu"]
def test_an_unnamed_spokesperson_for_a_body_gives_the_body_s_words():
    text = ('A spokesperson for the Kestrel Valley Water Board said "the pipes are safe."\n\n'
            '"We test them every week," said a spokesman for Vellora Transit.\n\n'
            '"Service resumes Monday," a Vellora Transit spokeswoman said.')
    assert speaker_of(text, "the pipes")[0] == "Kestrel Valley Water Board"
    assert speaker_of(text, "We test")[0] == "Vellora Transit"
    assert speaker_of(text, "Service resumes")[0] == "Vellora Transit"
    # `the spokesperson` takes up the unnamed voice brought in before, and so the body.
    text = ('A spokesperson for Orlan Health said in an email that no clinic had closed.\n\n'
            '"Closures are a last resort," the spokesperson wrote.')
    assert speaker_of(text, "Closures")[0] == "Orlan Health"
    # One who speaks for a person is someone else: the role is kept.
    text = ('Mayor Dana Kross toured the plant.\n\n'
            '"The mayor is pleased," a spokesman for Kross said.')
    assert speaker_of(text, "The mayor is")[0] == "a spokesman for Kross"


def test_a_name_in_apposition_with_a_description_of_a_body_names_that_body():
    text = ('Morgan Water, the regional drinking water authority, said it was testing every well.\n\n'
            '"The wells are safe," the authority said in a statement.')
    entity = {e.name: e for e in find_entities(text)[0]}["Morgan Water"]
    assert entity.kind == "org"
    assert speaker_of(text, "The wells")[0] == "Morgan Water"
    # An expert who writes about a body is a person, as is one a pronoun takes up.
    text = ('Dana Morrow, an analyst who writes about the agency, said it had lost its way.\n\n'
            '"The agency is adrift," Morrow said.')
    assert {e.name: e for e in find_entities(text)[0]}["Dana Morrow"].kind == "person"


def test_a_the_that_opens_the_sentence_is_no_part_of_a_body_s_name():
    text = ('The Harbour Pilots\' Union of Brevik said talks had stalled.\n\n'
            '"We did not choose this fight," the union said.')
    assert speaker_of(text, "We did not")[0] == "Harbour Pilots' Union of Brevik"
    # Within a sentence a capital `The` is part of the name.
    names = {e.name for e in find_entities("Ads ran in The Brevik Press Club on Friday.")[0]}
    assert "The Brevik Press Club" in names


def test_the_force_is_the_police_service_and_an_alliance_is_a_body():
    text = ('Const. Ola Brandt, a member of the Tarnby Police Service, was charged on Friday.\n\n'
            '"It would be wrong to comment further," the force said in a statement.')
    assert speaker_of(text, "It would be wrong")[0] == "Tarnby Police Service"
    text = ('The Lakeshore Tenants Alliance praised the decision.\n\n'
            '"This is a win for every renter," the alliance said.')
    assert speaker_of(text, "This is a win")[0] == "Lakeshore Tenants Alliance"


def test_the_pronoun_of_a_clause_a_person_reports_tells_their_gender():
    # `Femi` is given to men more often: the article's own `said she` outweighs the name list.
    text = ('"The line is a mess," Mayor Olivia Brandt said.\n\n'
            'At Kellner station, nurse Femi Osagie said she had been trying to reach her shift.\n\n'
            '"I will be two hours late," she said.')
    assert {e.name: e for e in find_entities(text)[0]}["Femi Osagie"].gender == "f"
    assert speaker_of(text, "I will be")[0] == "Femi Osagie"


def test_she_after_a_quote_takes_up_an_unnamed_source_described_before_it():
    text = ('"This was no random attack," Det. Marcus Vell said.\n\n'
            'A bartender who asked not to be named said the night had been calm until the fight.\n\n'
            '"It went from zero to a hundred in ten seconds," she said.')
    assert speaker_of(text, "It went from")[0] == "A bartender"
    text = ('"We fixed the fault," chief executive Priya Ramdas said.\n\n'
            'One Kellby mother, who bought a monitor last spring, said the charger got hot.\n\n'
            '"I thought it was normal," she said.')
    assert speaker_of(text, "I thought")[0] == "One Kellby mother"


def test_a_statement_s_author_may_be_a_company_set_off_after_its_description():
    text = ('The regulator, Norvale Energy Board of Kellby, Ont., said in a statement that it was sorry.\n\n'
            '"The safety of children comes first," the statement said.')
    assert speaker_of(text, "The safety")[0] == "Norvale Energy Board of Kellby"
    # The full stop of `Inc.` ends no sentence: the company heads the one that names the statement.
    text = ('Nordtek Systems Inc. said in a statement on Monday that it was sorry.\n\n'
            '"We will make this right," the statement said.')
    assert speaker_of(text, "We will make")[0] == "Nordtek Systems Inc."


def test_a_place_after_a_company_s_legal_form_is_no_part_of_its_name():
    text = ('The manufacturer, Nordtek Systems Inc. of Kellby, Ont., said in a statement that it was sorry.\n\n'
            '"We will make this right," the statement said.')
    assert "Nordtek Systems Inc." in {e.name for e in find_entities(text)[0]}
    assert speaker_of(text, "We will make")[0] == "Nordtek Systems Inc."


def test_a_company_is_named_again_without_its_trade_and_legal_form():
    text = ('Kestrel Basket Foods Ltd. reported a record profit on Thursday.\n\n'
            'In a statement, Kestrel Basket said it "welcomes any talk about prices."\n\n'
            'Nordtek Systems Inc. said it would appeal. "The ruling is wrong," Nordtek said.')
    assert speaker_of(text, "welcomes any")[0] == "Kestrel Basket Foods Ltd."
    assert speaker_of(text, "The ruling")[0] == "Nordtek Systems Inc."
    # A body named after a person is not that person's short form, nor is a person its own.
    text = ('Senator Ada Kross spoke at the Kross Foundation gala.\n\n'
            '"We owe the donors everything," Kross said.')
    assert speaker_of(text, "We owe")[0] == "Ada Kross"


def test_a_province_s_possessive_before_a_title_keeps_the_titled_name():
    text = ("Manitoba's Language Minister Jean-Marc Ostrowski defended the office.\n\n"
            '"The rules are the same for everyone," Ostrowski told reporters.')
    assert speaker_of(text, "The rules")[0] == "Jean-Marc Ostrowski"
    # A province is a place of pycountry's tables; a person's possessive still ends the name.
    text = "Nova Scotia's Health Minister Ada Vikstrom said the plan works."
    assert [e.name for e in find_entities(text)[0]] == ["Ada Vikstrom"]
    assert [e.name for e in find_entities("Jeanine Dorn's New Work opened in Halifax.")[0]] == ["Jeanine Dorn"]


def test_a_single_word_s_possessive_before_a_title_keeps_the_titled_name():
    # A place no table knows (or any one-word owner) before a title says whose office it is.
    text = ("SOLVIK (NPA) - Vardmark's Fisheries Minister Edda Kvalnes on Monday closed the northern grounds.\n\n"
            '"The cod need a year," Kvalnes told reporters.')
    assert speaker_of(text, "The cod")[0] == "Edda Kvalnes"
    # Two words before the possessive are a name of their own, which it ends.
    assert [e.name for e in find_entities("Jeanine Dorn's New Work opened in Halifax.")[0]] == ["Jeanine Dorn"]


def test_a_municipality_s_corporation_is_a_body_the_city_takes_up():
    text = ('The City of Port Vellan has lifted a boil-water advisory for 8,000 homes.\n\n'
            '"Test results show the water is safe," the city said in a post on Thursday.')
    assert speaker_of(text, "Test results")[0] == "City of Port Vellan"
    # A city's name that ends in `City` is a place, not a body.
    assert not any(e.kind == "org" for e in find_entities("Crews flew to Vellan City on Monday.")[0])


def test_the_city_is_no_body_other_than_the_one_named_for_it():
    text = ('Mayor Ruth Okane of Tamsby spoke to Kestrel Media Group on Monday about the crime figures.\n\n'
            '"The figures are out of date," the city said in a statement.')
    # No `City of Tamsby` is named: the city stays a description, not the company named last.
    assert speaker_of(text, "The figures")[0] == "the city"


def test_civic_titles_and_hyphened_titles_are_no_part_of_the_name():
    text = ('"The survey was clear," Trustee Kevin Tarrow said.\n\n'
            '"One charge does not fix a system," Vice-Chief Dora Kayseas said.')
    assert speaker_of(text, "The survey")[0] == "Kevin Tarrow"
    assert speaker_of(text, "One charge")[0] == "Dora Kayseas"
    # A hyphened word is a title only when its last part is one.
    assert speaker_of('"We won," Anne-Marie Tarrow said.', "We won")[0] == "Anne-Marie Tarrow"


def test_nouns_for_people_that_end_in_ly_are_no_adverbs():
    text = ('Volunteers searched the trails near Kellby for weeks.\n\n'
            '"She loved her dogs more than anything," the family said.\n\n'
            '"He will not back down," a close ally said.')
    assert speaker_of(text, "She loved")[0] == "the family"
    assert speaker_of(text, "He will not")[0] == "a close ally"
    # An adverb before the cue is still skipped.
    assert speaker_of('"We are ready," Mayor Ida Lund quickly said.', "We are")[0] == "Ida Lund"


def test_kin_named_by_whose_they_are_and_the_family_taken_up_again():
    text = ('Sarah Delvaux, 31, had been missing since December.\n\n'
            '"Our thoughts are with Sarah\'s family," Supt. Kara Tremont said.\n\n'
            "Delvaux's family issued a statement through the police.\n\n"
            '"She loved her dogs more than anything," the family said.')
    assert speaker_of(text, "She loved")[0] == "Sarah Delvaux's family"
    text = ('Tom Brekke, 58, was hurt in the crash.\n\n'
            '"He is a fighter," Brekke\'s eldest son said.')
    assert speaker_of(text, "He is a fighter")[0] == "Tom Brekke's eldest son"


def test_a_quote_inside_a_quote_after_joined_predicates_is_their_shared_subject_s():
    text = ('"My son came home and said, \'Mom, the teacher did not know my name,\'" Aisha Marwan said.')
    quotes = {q.text: q for q in extract(text)}
    inner = next(q for q in quotes.values() if q.text.startswith("Mom"))
    assert inner.speaker == "Aisha Marwan's son"


def test_the_x_takes_up_an_unnamed_a_x_for_any_noun_for_a_person():
    text = ('Lena Kord spent hours on hold before an agent answered.\n\n'
            '"The agent said, \'Just ignore it.\' Ignore it? It had a deadline," Kord said.')
    inner = next(q for q in extract(text) if q.text.startswith("Just"))
    assert inner.speaker == "an agent"
    text = ('A cashier who saw the robbery called police.\n\n'
            '"He had a knife," the cashier told reporters.')
    assert speaker_of(text, "He had a knife")[0] == "A cashier"


def test_an_indefinite_description_set_off_after_a_name_is_that_person_not_someone_new():
    text = ('Ruben Askew, 61, a ferry pilot, and Mira Toft, 29, a welder at the Kessby yard, pulled two men '
            'from the water.\n\n"The current was brutal," Askew said.\n\n'
            '"I had never held a rope that tight," the welder said.')
    assert speaker_of(text, "I had never")[0] == "Mira Toft"
    text = ('Harbour board member Odile Brask, a retired accountant, opposed the fee.\n\n'
            '"The numbers do not add up," the accountant said.')
    assert speaker_of(text, "The numbers")[0] == "Odile Brask"


def test_a_company_named_for_a_dairy_or_nutrition_trade_is_what_the_company_takes_up():
    text = ('Talks between Korsby Foods and Brasko Dairy ended on Friday.\n\n'
            'Korsby shares fell, while Brasko, which is family owned, said it would look elsewhere. '
            '"We will find another partner," the company said.')
    assert speaker_of(text, "We will find")[0] == "Brasko Dairy"
    names = {e.name: e.kind for e in find_entities("Lunde Nutrition recalled its formula on Monday.")[0]}
    assert names == {"Lunde Nutrition": "org"}


def test_the_company_is_not_the_ministry_quoted_just_before():
    text = ('The Farming Ministry ordered a recall of Sorvik Foods cheese on Tuesday.\n\n'
            '"Shops must clear their shelves today," the ministry said.\n\n'
            'Sorvik Foods halted production at its Tennby plant.\n\n'
            '"We are working with the inspectors," the company said.')
    assert speaker_of(text, "We are working")[0] == "Sorvik Foods"


def test_both_men_and_the_two_women_are_the_people_of_that_gender_named_last():
    text = ('Harbour chief Olaf Brenn and ferry owner Tomas Varga met on Monday.\n\n'
            'Both men brushed off questions about the fares. "Nobody will pay more this year," they said.')
    assert speaker_of(text, "Nobody will pay")[0] == "Olaf Brenn and Tomas Varga"
    text = ('Councillor Ada Morsk and Councillor Helen Rann toured the depot with engineer Peter Lom.\n\n'
            '"The buses are older than our children," the two women said.')
    assert speaker_of(text, "The buses are")[0] == "Ada Morsk and Helen Rann"


def test_the_former_and_the_latter_are_the_first_and_second_of_the_pair_just_named():
    text = ('Ferry union chief Olaf Brenn and port director Tomas Varga met twice last week.\n\n'
            'The former blamed the delays on the new timetable. "Nobody asked the crews," he said.\n\n'
            '"We will sit down again on Monday," the latter said.')
    assert speaker_of(text, "Nobody asked")[0] == "Olaf Brenn"
    assert speaker_of(text, "We will sit")[0] == "Tomas Varga"
    text = ('Ferry union chief Olaf Brenn and port director Tomas Varga met twice last week.\n\n'
            'The former director of the port, Ivo Lund, spoke later. "It was a mess," he said.')
    assert speaker_of(text, "It was a mess")[0] == "Ivo Lund"


def test_a_middle_initial_a_or_i_is_part_of_the_name_not_an_article_or_pronoun():
    text = 'The ferry deal was signed on Friday.\n\n"We waited ten years," said Harbour Minister Oleg A. Varenko.'
    assert speaker_of(text, "We waited")[0] == "Oleg A. Varenko"
    text = 'The ferry deal was signed on Friday.\n\n"We waited ten years," Ada I. Brenn said.'
    assert speaker_of(text, "We waited")[0] == "Ada I. Brenn"


def test_the_father_of_two_is_the_person_the_indefinite_was_set_off_after():
    text = ('Ruben Askew, 52, a ferry pilot, and Tomas Lind, 34, a carpenter, pulled two swimmers from the harbour.\n\n'
            'Lind, a father of two who lives by the quay, carried a boy up the ladder.\n\n'
            "Askew's son, Lars Askew, who was fishing nearby, said his father had always been like that. "
            '"He never hesitates," the 19-year-old said.\n\n'
            'The younger of the two men said the ladder was broken. '
            '"Somebody will drown there," the father of two said.')
    assert speaker_of(text, "Somebody will drown")[0] == "Tomas Lind"


def test_a_name_with_a_middle_initial_set_off_after_a_description_says_who_it_is():
    text = ('Tarnby and Vessa signed the ferry pact on Friday.\n\n'
            'His counterpart, Helga T. Sorvik, called the pact fair. "Both sides gave ground," she said.')
    assert speaker_of(text, "Both sides gave")[0] == "Helga T. Sorvik"


def test_given_names_joined_before_one_surname_are_two_people_of_that_surname():
    text = ('For thirty years, Walter and Greta Marsh ran the bakery on Quay Street.\n\n'
            'Mr. Marsh, 70, said his back had given out. "I cannot lift the flour sacks now," he said.\n\n'
            'Their son, Karl Marsh, 41, lives in Tarnby. "Dad kept going too long," he said.')
    assert speaker_of(text, "I cannot lift")[0] == "Walter Marsh"
    assert speaker_of(text, "Dad kept")[0] == "Karl Marsh"
    # A word that is another person's surname is that person, not a given name of the next one.
    names = {e.name for e in find_entities("Rita Grant spoke first. Grant and Walter Vost then debated.")[0]}
    assert "Grant Vost" not in names


def test_a_province_s_department_is_named_by_its_place_and_portfolios():
    text = ('In an emailed statement, Manitoba Transportation and Infrastructure said it was reviewing the road.\n\n'
            '"Safety improvements are being assessed," the statement read.')
    assert speaker_of(text, "Safety improvements")[0] == "Manitoba Transportation and Infrastructure"
    # Before a title the words name a minister's office, not a department.
    names = {e.name for e in find_entities("Manitoba Health Minister Ana Rostad said the plan works.")[0]}
    assert names == {"Ana Rostad"}


def test_a_name_ending_in_a_field_no_one_bears_as_a_surname_is_a_body():
    text = ('VELLAN, N.B. — Upland Health has declared a measles outbreak. The health authority says two '
            'children are in hospital.\n\n"We are grateful to the nurses," the agency said.')
    assert speaker_of(text, "We are grateful")[0] == "Upland Health"
    # A given name first makes no person of it.
    text = 'Morgan Health said on Monday it would close the ward.\n\n"We are sorry," the health authority said.'
    assert ("Morgan Health", "org") in {(e.name, e.kind) for e in find_entities(text)[0]}
    # Written so only inside a phrase, it names a field of study, not a body.
    names = {e.name for e in find_entities("She holds a degree in Upland Health from Vellan College.")[0]}
    assert "Upland Health" not in names


def test_a_body_noun_capitalised_only_by_the_sentence_is_no_body_s_name():
    text = ('Tarnby Regional Police say they recovered 300 stolen cars.\n\n'
            'Police said most of them were found at a rail yard.\n\n'
            '"Many were stolen from driveways at night," police said in a release.')
    assert "Police" not in {e.name for e in find_entities(text)[0]}
    assert speaker_of(text, "Many were stolen")[0] == "Tarnby Regional Police"


def test_a_union_s_local_number_is_part_of_its_name():
    text = ("The Harbour Pilots' Union Local 412 said talks had stalled.\n\n"
            '"We did not choose this fight," the union said.')
    assert speaker_of(text, "We did not")[0] == "Harbour Pilots' Union Local 412"


def test_an_acronym_led_union_local_keeps_its_number():
    text = ("Ferd Olsen, president of HPWU Local 58, said members were angry.\n\n"
            '"We will look at every option," the union said.')
    assert speaker_of(text, "We will look")[0] == "HPWU Local 58"


def test_her_husband_is_the_man_of_her_surname_the_article_names():
    text = ('Maya and Devon Tarrant drove back into Kellby on Friday.\n\n'
            '"We drove past our own lot twice," Maya Tarrant said.\n\n'
            'Her husband agreed. "Ask us in five years," he said.')
    assert speaker_of(text, "Ask us")[0] == "Devon Tarrant"
    # With no one else of her surname, he stays her unnamed husband.
    text = ('"We drove past our own lot twice," Maya Tarrant said.\n\n'
            '"Ask us in five years," her husband said.')
    assert speaker_of(text, "Ask us")[0] == "Maya Tarrant's husband"


def test_a_company_s_legal_form_keeps_its_full_stop_when_it_speaks():
    text = 'Nordtek Systems Inc. said it was "deeply sorry" to the families.'
    assert speaker_of(text, "deeply sorry")[0] == "Nordtek Systems Inc."
    assert speaker_of('"We are sorry," Kellby Foods Ltd. said.', "We are sorry")[0] == "Kellby Foods Ltd."


def test_a_body_s_name_set_off_after_its_description_says_which_body():
    text = 'The manufacturer, Nordtek Systems Inc., said in a statement that it was "deeply sorry" to families.'
    assert speaker_of(text, "deeply sorry")[0] == "Nordtek Systems Inc."
    assert speaker_of('"We are sorry," the insurer, Kellby Mutual Insurance, said.', "We are")[0] == \
        "Kellby Mutual Insurance"


def test_the_spokesman_of_a_body_is_the_person_named_with_that_role():
    text = ('Harbour Authority spokesman Ivan Orlov, commenting on the strike, said that "a deal is close."\n\n'
            '"The two sides speak every day," the Harbour Authority spokesman added.\n\n'
            '"We expect ships to move by Friday," a spokeswoman for the Harbour Authority said.')
    # The definite description takes up the man named with the role; the indefinite one gives the body's words.
    assert speaker_of(text, "The two sides")[0] == "Ivan Orlov"
    assert speaker_of(text, "We expect ships")[0] == "Harbour Authority"


def test_a_bare_plural_for_people_before_call_is_the_subject_of_a_relative_clause():
    text = ('Council voted to close the Vell Street lanes, a decision cycling activists called '
            '"a betrayal of every family that rides."')
    assert speaker_of(text, "a betrayal")[0] == "cycling activists"
    # After `of` the plural is no subject: the quoted words name the coalition.
    assert not [q for q in extract('A coalition of residents called "Save Vell Park" filed suit on Monday.')]


def test_a_description_with_a_verb_of_saying_after_a_fronted_clause_is_no_apposition():
    text = ('Former Governor Rhett Calloway spoke in Marden on Friday.\n\n'
            'Asked whether he would keep Dana Whitlock, the governor replied, "Every last one of them."')
    assert speaker_of(text, "Every last one")[0] == "Rhett Calloway"
    # A relative clause may end an apposition in a verb: the name still takes the role.
    entities, _ = find_entities('Ona Pell, the nurse who testified, was cheered in Marden.')
    assert any("nurse" in role for e in entities for role in e.roles)


def test_a_surname_in_capitals_before_a_colon_labels_the_quoted_claim():
    text = ('FACT CHECK: What the candidates said\n\n'
            'Senator Nell Voss and Governor Abe Tarrant met in Marden on Tuesday for their only debate.\n\n'
            'TARRANT: "Taxes went up every single year she was in office."\n\n'
            'THE FACTS: They did not. Records show they fell twice.\n\n'
            'VOSS: "My plan cuts the deficit in half."')
    assert speaker_of(text, "Taxes went up")[0] == "Abe Tarrant"
    assert speaker_of(text, "My plan cuts")[0] == "Nell Voss"


def test_a_surname_label_in_capitals_is_spelled_as_the_prose_writes_it():
    text = ('Debate\n\nMARDEN — The debate turned sharp on Tuesday.\n\n'
            'McBrane quickly interjected. "Abe, this is no game show."\n\n'
            'MCBRANE: "That is false, and he knows it."')
    assert speaker_of(text, "That is false")[0] == "McBrane"
    assert speaker_of(text, "Abe, this")[0] == "McBrane"


def test_a_name_after_a_body_s_possessive_is_a_person_of_the_article():
    text = ('The debate in Marden was moderated by Nordvision\'s Tilde Ramsay.\n\n'
            '"Each of you has one minute," Ramsay said.')
    assert speaker_of(text, "Each of you")[0] == "Tilde Ramsay"
    names = [e.name for e in find_entities(text)[0]]
    assert "Tilde Ramsay" in names
    # A possessive before words that open with no given name still ends the only name of the run.
    assert [e.name for e in find_entities("Jeanine Dorn's New Work opens in Marden.")[0]] == ["Jeanine Dorn"]


@pytest.mark.parametrize("owner, name", [("Nordvision News'", "Tilde Ramsay"),
                                         ("Nordvision News\u2019", "Tilde Ramsay"),
                                         ("KBS'", "Tilde Ramsay"), ("KBS'", "Ola Lind")])
def test_a_bare_apostrophe_after_an_s_ends_a_body_s_name_before_one_of_its_people(owner, name):
    text = (f'The debate in Marden was moderated by {owner} {name}.\n\n'
            f'{owner} {name} asked the mayor about the bridge. "Why did the cost double?"')
    assert name in [e.name for e in find_entities(text)[0]]
    assert speaker_of(text, "Why did the cost")[0] == name


def test_two_capitalised_words_after_an_acronym_s_possessive_name_one_of_its_people():
    # An uncommon given name after a broadcaster's acronym still opens the name of a person.
    text = ('Premier Vera Stamm took questions. NRK\'s Tarjei Vindhol asked whether she had met the builder.\n\n'
            '"Then why did your aide meet him?" Vindhol followed up.')
    assert "Tarjei Vindhol" in [e.name for e in find_entities(text)[0]]
    assert speaker_of(text, "Then why")[0] == "Tarjei Vindhol"


def test_a_clause_fronted_before_the_subject_of_a_colon_sentence_names_no_one():
    text = ('Senator Hedda Marsh and Governor Olav Brenn met in Tolvik on Thursday.\n\n'
            'Brenn told reporters that Marsh had "ducked every question."\n\n'
            'Asked about it later, the senator was blunt: "He has said that for a year."')
    assert speaker_of(text, "He has said")[0] == "Hedda Marsh"


def test_a_description_whose_apposition_gives_a_name_is_that_person():
    text = ('Most voters in Tolvik were undecided. One respondent, a 61-year-old welder in Marden named Rune '
            'Hallberg, told pollsters he would vote early: "I made up my mind in June."')
    assert speaker_of(text, "I made up")[0] == "Rune Hallberg"
    # Without the name, the description stays the speaker.
    assert speaker_of('One respondent, a welder in Marden, said: "I made up my mind in June."', "I made")[0] == \
        "One respondent"


def test_a_surname_in_capitals_labels_its_own_turn_though_the_article_names_it_with_a_title_only():
    text = ('Excerpts from the debate in Marden, moderated by Nordvision\'s Tilde Ramsay.\n\n'
            'RAMSAY: Senator Voss, will you raise taxes?\n\n'
            'VOSS: No. I will ask the richest to pay their share.\n\n'
            'RAMSAY: Governor Brenn, your answer?\n\n'
            'VOSS: I have said it before and I will say it again.')
    assert speaker_of(text, "No. I will")[0] == "Voss"
    assert speaker_of(text, "I have said it")[0] == "Voss"
    assert speaker_of(text, "Governor Brenn")[0] == "Tilde Ramsay"


def test_he_said_after_a_reported_question_is_the_person_asked():
    text = ('Last month, host Bo Brenn asked Sen. Tom Reyes whether his age was fair game.\n\n'
            '"Sure it is. I have not missed a day of work," he said.')
    assert speaker_of(text, "Sure it is")[0] == "Tom Reyes"
    # A question a story tells of, in a clause of its own, leaves the teller speaking.
    text = ('Ben Sauer recalled a night in Vestby, when a heckler asked Olaf Brenn why he had quit. '
            '"I was furious," he said.')
    assert speaker_of(text, "I was furious")[0] == "Ben Sauer"


def test_a_hyphenated_office_is_a_role_whose_holder_speaks():
    # `Director-General`, `Governor-General`: the role noun is the first part of the compound.
    text = ('On Tuesday, Deputy Minister Lena Sova met with WRA Director-General Oleg Marut in Tarvo.\n\n'
            '"Our reservoirs are full," the Director-General noted during the meeting.')
    assert speaker_of(text, "Our reservoirs")[0] == "Oleg Marut"
    text = ('Governor-General Ada Penn received Prime Minister Tom Reed on Monday.\n\n'
            '"The budget is sound," the Governor-General said.')
    assert speaker_of(text, "The budget")[0] == "Ada Penn"


def test_a_description_several_fit_takes_up_the_one_the_sentence_before_opens_on():
    # The sentence before the quote is about the President of Norland, described, not named: he is in focus.
    text = ('President of Norland Ivo Dran and President of Sudovia Mara Kelt held talks in Tarvo on Friday.\n\n'
            '"We have opened a new chapter," Mara Kelt said.\n\n'
            'The President of Norland, for his part, spoke about the railway.\n\n'
            '"The line will be finished next year," the head of state stressed.')
    assert speaker_of(text, "The line")[0] == "Ivo Dran"
    # A sentence that opens on someone else's words leaves the last speaker in focus.
    text = text.replace("The President of Norland, for his part,", "The press service")
    assert speaker_of(text, "The line")[0] == "Mara Kelt"


def test_a_surname_in_another_romanisation_is_the_person_named_before():
    # Agency copy mixes the spellings of one name: `Kuanyshbaev` is `Kuanyshbayev`, `Karaoglu` is `Karaoğlu`.
    text = ('Minister of Energy Daniyar Kuanyshbayev met Foreign Minister Selim Karaoğlu in Aktau on Monday.\n\n'
            '"The pipeline will be extended," Kuanyshbaev said.\n\n'
            '"We will buy more gas," Karaoglu said.')
    assert speaker_of(text, "The pipeline")[0] == "Daniyar Kuanyshbayev"
    assert speaker_of(text, "We will buy")[0] == "Selim Karaoğlu"
    # A different ending may be another surname: without a given name, it stays as written.
    text = 'Councillor Ann Sweeney met the mayor.\n\n"We disagree," Sweeny said.'
    assert speaker_of(text, "We disagree")[0] == "Sweeny"


def test_a_capitalised_office_set_off_before_a_name_that_ends_the_sentence_is_its_role():
    # `received by the Prime Minister of Norland, Ivo Dran.`: the office with its country, then the name.
    text = ('TARVO, May 2. Minister Lena Sova held talks with Mara Kelt on Friday.\n\n'
            'Later, Sova was received by the Prime Minister of Norland, Ivo Dran.\n\n'
            '"Our railway will reach the port," the Prime Minister said at the meeting.')
    assert speaker_of(text, "Our railway")[0] == "Ivo Dran"
    # A description after `of` is whom the role serves: the wife of the mayor is no mayor.
    text = ('Mayor Tom Berg opened the fair. He was joined by the wife of the mayor, Ann Dahl.\n\n'
            '"It is a fine day," the mayor said.')
    assert speaker_of(text, "It is a fine")[0] == "Tom Berg"


def test_the_head_of_a_body_is_a_person_who_holds_that_office():
    # `the head of the Administration`: the head noun is `head`, a person, not the body after `of`.
    text = ('Head of the Presidential Administration Dana Orlova met Senator Tom Reed on Monday.\n\n'
            'President Ivo Dran later joined the talks.\n\n'
            '"The reform will take two years," the head of the Administration said.')
    assert speaker_of(text, "The reform")[0] == "Dana Orlova"


def test_the_chairman_or_head_of_the_cabinet_is_the_head_of_government():
    # The chairman of a cabinet of ministers heads the government: `the head of the Cabinet` is he.
    text = ('Chairman of the Cabinet of Ministers Oleg Marut sent a telegram to the family.\n\n'
            'President Ivo Dran also sent a message.\n\n"We share your grief," the head of the Cabinet wrote.')
    assert speaker_of(text, "We share")[0] == "Oleg Marut"
    text = ('Prime Minister Oleg Marut met President Ivo Dran.\n\n"Prices will fall," the head of the government said.')
    assert speaker_of(text, "Prices will")[0] == "Oleg Marut"


def test_a_description_several_fit_takes_up_the_last_subject_of_them():
    # Ivo Dran is the subject of the lead; Mara Kelt is named after him, but only as whom he called.
    text = ('VESTBY, May 3. President of Norland Ivo Dran had a phone conversation with President of Sudovia '
            'Mara Kelt.\n\nDuring the conversation, the sides discussed the visit of the Sudovian leader to '
            'Vestby.\n\n"Our peoples are brothers," the head of state said.')
    assert speaker_of(text, "Our peoples")[0] == "Ivo Dran"


def test_a_description_means_the_one_whose_title_holds_its_noun_over_a_synonym():
    # A leader may be a president written another way, but the writer who names both offices means by
    # `the president` the one titled so, though the senate leader was named and spoke since.
    text = ('President Ada Brisk will veto the bill, her aides said.\n\n'
            '"This is theatre," said Senate Majority Leader Tom Quill.\n\n'
            'The president told donors that the bill "will never reach the floor."')
    assert speaker_of(text, "will never reach")[0] == "Ada Brisk"
    # Every word of the description counts: a `head` of an office is no `head of state`.
    text = ('President Ivo Dran greeted the crowd in Vestby.\n\n"Spring is here," the head of state said.\n\n'
            'Weather office head Ola Brekk said: "Rain is expected in the north."')
    assert speaker_of(text, "Spring is here")[0] == "Ivo Dran"


def test_a_bare_title_the_narration_makes_its_subject_is_the_articles_own_figure():
    text = ('TARVIK, May 3. President of Norland Ivo Dran took part in the summit in Tarvik.\n\n'
            'President of Vesmark Arno Pelt proposed a fund for the fisheries.\n\n'
            '"We will pay the first share," the Vesmark president said.\n\n'
            'Speaking at the summit, the head of state stressed the new railway.\n\n'
            '"The line will cut the journey by five days," the head of state said.')
    assert speaker_of(text, "The line will")[0] == "Ivo Dran"
    # A title with its country is that country's.
    text = text.replace("the head of state stressed", "the Vesmark head of state stressed")
    text = text.replace('," the head of state said', '," the Vesmark head of state said')
    assert speaker_of(text, "The line will")[0] == "Arno Pelt"


@pytest.mark.parametrize("text, speaker", [
    ('Economist Ines Vold of the University of Kellby said the fees were "too steep for most families".',
     "Ines Vold"),
    ('Rune Aas of the group Pedal Marden said: "We will ride to the council every Monday until it listens."',
     "Rune Aas"),
    ('Ines Vold at the Marden Institute said the plan was "a good start, and only that".', "Ines Vold"),
])
def test_a_person_before_an_affiliation_speaks_not_the_body(text, speaker):
    assert extract(text)[0].speaker == speaker


def test_a_body_named_with_of_still_speaks_for_itself():
    text = 'The Bank of Norland said the rates were "right for the moment and for the year".'
    assert extract(text)[0].speaker == "Bank of Norland"


def test_a_title_s_quote_said_again_in_the_body_is_the_body_speaker_s():
    text = ("\u2018We stay put\u2019: Dock workers in Marden vote to strike\n\n"
            "Dock workers in Marden voted to strike on Sunday.\n\n"
            "\u201cWe stay put, and so do our pensions,\u201d said Ann Lee, who leads the local.")
    title = next(q for q in extract(text) if q.start < text.index("\n"))
    assert (title.text, title.speaker, title.method) == ("We stay put", "Ann Lee", "title")


@pytest.mark.parametrize("text", [
    'Mayor Ida Holm, who calls the mill "the heart of this harbour town", urged both sides to talk.',
    'Mayor Ida Holm now calls the mill "the heart of this harbour town".',
])
def test_the_s_form_of_a_calling_verb_after_its_subject_gives_the_words_to_the_subject(text):
    quote = extract(text)[0]
    assert (quote.speaker, quote.method) == ("Ida Holm", "evaluation")


def test_calls_as_a_noun_gives_the_words_to_no_one():
    assert all(q.speaker is None for q in extract('Amid calls for "a fair deal for every harbour worker", Holm left.'))


@pytest.mark.parametrize("title", ["Assemblywoman", "Alderman", "Councilmember"])
def test_an_american_local_title_is_no_part_of_the_name(title):
    text = f'"We will fix the roads before winter," said {title} Dana Whitlock, a Democrat from Marden.'
    assert extract(text)[0].speaker == "Dana Whitlock"


def test_a_name_after_on_before_the_colon_is_where_it_was_said_not_who_said_it():
    text = 'Party chair Ola Berg mocked the result in a post on Kvitter: "The harbour party just lost twice."'
    assert extract(text)[0].speaker == "Ola Berg"


def test_a_sentence_opening_inside_quoted_words_gives_no_subject_to_the_cue_after_them():
    # The second quote's sentence holds `," said Ines Varga, ...` only: `It` opens a sentence of the first
    # quote, the speaker's own words, and is no subject of the narration's `said`.
    text = ('Varholm Mining said on Monday that it would sell its smelter in Kestrel Bay.\n\n'
            '"Somebody will buy the place. It still makes money," said Ines Varga, 31, a crane operator. '
            '"I am not worried."')
    assert speaker_of(text, "I am not worried")[0] == "Ines Varga"


def test_a_noun_of_gender_set_off_before_a_name_gives_that_person_its_gender():
    text = ('Dario Moretti-Vance scored 22 points in his first game at home in Pellham.\n\n'
            'His grandmother, Obiageli Nwosu, sat two rows behind the bench.\n\n'
            '"She cheered louder than anyone," he said, laughing.')
    assert speaker_of(text, "She cheered louder")[0] == "Dario Moretti-Vance"
    person = next(e for e in find_entities(text)[0] if e.name == "Obiageli Nwosu")
    assert person.gender == "f"


def test_he_after_an_unnamed_speaker_takes_them_up_while_no_one_who_fits_is_named_since():
    text = ('Dr. Tomas Reinholt, the medical officer of health for Elmvale, said cases are rising.\n\n'
            '"We see new cases every day," Reinholt said.\n\n'
            'A father of three from Elmvale, who asked not to be named, said his son fell ill in March.\n\n'
            '"He could not breathe," the father said.\n\n'
            'He said he had not trusted the vaccine after reading about it online.\n\n'
            '"I was wrong, and I want other parents to know it," he said.')
    assert speaker_of(text, "I was wrong")[0] == "A father"
    # Once a person who fits is named again, `he` is his.
    named = text.replace('He said he had not trusted', 'Reinholt said parents had not trusted')
    assert speaker_of(named, "I was wrong")[0] == "Tomas Reinholt"


def test_a_name_with_the_body_it_is_of_after_it_is_the_subject_a_later_pronoun_takes_up():
    text = ('Union president Darla Voss said the workers were not consulted.\n\n'
            '"We heard it on the radio," Voss said.\n\n'
            'Premier Anton Belliveau said the province would keep the mill open.\n\n'
            '"We will not sit on our hands," Belliveau said in Lunenfield.\n\n'
            'Forestry analyst Jackie Ostrander-Paquin of the Harrow Valley Policy Institute said buyers would '
            'be interested.\n\n'
            '"It is one of the few mills with a deepwater port," she said.')
    assert speaker_of(text, "It is one of the few")[0] == "Jackie Ostrander-Paquin"
    person = next(e for e in find_entities(text)[0] if e.name == "Jackie Ostrander-Paquin")
    assert person.subject_positions


def test_she_after_a_quote_takes_up_a_description_in_apposition_to_a_partitive():
    text = ('Judge Margit Oyelaran rejected the joint submission in Tessville on Monday.\n\n'
            'Several victims attended. One of them, a 79-year-old widow from Marrowdale, had testified that she '
            'lost her savings.\n\n'
            '"I scrubbed floors for 40 years for that money," she told the court.')
    assert speaker_of(text, "I scrubbed floors")[0] == "a 79-year-old widow"


def test_he_after_a_quote_takes_up_a_description_past_an_opening_adverbial():
    text = ('A pipefitter in his 50s said the news spread within minutes.\n\n'
            '"Nobody tells us anything," the pipefitter said.\n\n'
            'Premier Olaf Brennick said the plant would stay open. "We will fight for it," Brennick said.\n\n'
            'Back at the coffee shop, the pipefitter finished his coffee and walked to the gate.\n\n'
            '"Same as always," he said.')
    assert speaker_of(text, "Same as always")[0] == "A pipefitter"


def test_a_surname_that_opens_with_a_particle_said_alone_is_the_person_named_in_full():
    text = ('The food bank\'s director, Odile De Grasse, said demand had doubled since spring.\n\n'
            '"We see new faces every week," she said.\n\n'
            'De Grasse said she worries about the winter in Port Avelin.\n\n'
            '"Heating goes up, donations go down," she said.')
    assert speaker_of(text, "Heating goes up")[0] == "Odile De Grasse"
    assert "De Grasse" not in [e.name for e in find_entities(text)[0]]
    # Said in a cue of its own, too.
    assert speaker_of(text.replace('," she said.', '," De Grasse said.'), "Heating goes up")[0] == \
        "Odile De Grasse"


def test_the_french_title_of_a_lawyer_is_no_part_of_the_name():
    text = ('The accused\'s lawyer, Me Aurèle Tremblanc, said his client would appeal in Val-Rouge.\n\n'
            '"A joint submission is a promise," Tremblanc said.')
    assert speaker_of(text, "A joint submission")[0] == "Aurèle Tremblanc"


def test_a_relative_of_someone_unnamed_is_a_new_speaker_not_a_named_person_taken_up():
    lead = 'Justice Ilona Varga sentenced Dax Moreau to six years in Port Kellen.\n\n'
    assert speaker_of(lead + '"It hurts every day," said the victim\'s mother.', "It hurts")[0] == \
        "the victim's mother"
    assert speaker_of(lead + '"It hurts every day," the mother of one of the children said.', "It hurts")[0] == \
        "the mother of one of the children"
    text = lead + 'The mother of the young victim wept in the gallery.\n\n"It hurts every day," she said.'
    assert speaker_of(text, "It hurts")[0] == "The mother of the young victim"


def test_a_possessive_name_after_the_cue_opens_the_phrase_of_the_one_who_speaks():
    lead = 'Justice Ilona Varga sentenced Dax Moreau to six years in Port Kellen.\n\n'
    assert speaker_of(lead + '"He was kind," said Moreau\'s mother.', "He was kind")[0] == "Dax Moreau's mother"
    text = ('Critics of Mayor Tova Lindqvist were told to pipe down.\n\n'
            '"Positions will soften," Lindqvist\'s chief of staff, Emre Koskinen, told reporters.')
    assert speaker_of(text, "Positions will soften")[0] == "Emre Koskinen"


def test_a_playing_position_is_an_epithet_for_the_player_the_story_is_about():
    text = ('The Harrowgate Lynx beat Dunmore 3-1 on Saturday.\n\n'
            'Captain Mikkel Aaltonen-Bray welcomed the win.\n\n'
            '"We needed that one," the veteran centre said.')
    assert speaker_of(text, "We needed that one")[0] == "Mikkel Aaltonen-Bray"


def test_the_relative_a_definite_description_with_its_complement_brought_in_is_taken_up_by_the_bare_noun():
    text = ('Justice Ilona Varga sentenced Dax Moreau to six years in Port Kellen.\n\n'
            'The father of another child addressed the court.\n\n'
            '"You broke our family," he said.\n\n'
            'Crown attorney Teo Lindahl had asked for eight years.\n\n'
            'Outside the courthouse, the father said he was relieved.\n\n'
            '"It is not enough," he said.')
    assert speaker_of(text, "It is not enough")[0] == "The father of another child"


def test_name_given_in_a_relative_clause_names_the_described_speaker():
    """`who asked that only her first name, X, be used`, `who gave his name only as X`: the relative clause
    gives the name the article calls the person by."""
    text = ('WELLAN, Ont. — A line formed early outside the Wellan food bank.\n\n'
            '"I have two jobs and it is not enough," said the woman, who asked that only her first name, '
            'Odalys, be used.')
    assert speaker_of(text, "I have two jobs")[0] == "Odalys"
    text = ('WELLAN, Ont. — A line formed early outside the Wellan food bank.\n\n'
            'A man who gave his name only as Ray, who has come here for two winters, said the line grows.\n\n'
            '"Last year it was half this," he said.')
    assert speaker_of(text, "Last year it was")[0] == "Ray"


def test_description_whose_name_is_withheld_takes_up_no_named_person():
    """`said the man, who would not give his name`: a definite description the article leaves unnamed on
    purpose is not its variation on a named man of the story."""
    text = ('Coach Barrett Lyle said the team had grown.\n\n'
            '"They believe now," Lyle said.\n\n'
            'Outside the arena, a ticket holder praised the goalie.\n\n'
            '"He stops everything," said the man, who would not give his name.')
    assert speaker_of(text, "He stops everything")[0] != "Barrett Lyle"


def test_call_to_someone_is_a_cue_in_the_present_of_features():
    """`she calls to a volunteer`: calling to someone is speaking, as `called it a failure` is not."""
    text = ('Volunteer Idonea Marsh stacks crates of apples in the church basement in Pellow.\n\n'
            '"Same time Thursday," she calls to a teenager carrying out two bags.')
    assert speaker_of(text, "Same time Thursday") == ("Idonea Marsh", "cue_after")


def test_body_named_by_a_series_closed_by_and_is_one_speaker():
    """`a spokesperson for Roads, Parks and Harbour Services`: commas closed by `and` join one body's name,
    whose last capitals are no person."""
    text = 'A spokesperson for Roads, Parks and Harbour Services said: "The pier will reopen in May."'
    assert speaker_of(text, "The pier will")[0] == "Roads, Parks and Harbour Services"
    text = ('The pier will reopen in May, a spokesperson for Roads, Parks and Harbour Services said.\n\n'
            '"Crews are on site," the spokesperson said.')
    assert speaker_of(text, "Crews are on site")[0] == "Roads, Parks and Harbour Services"


def test_headline_subordinate_clause_has_its_own_subject_for_the_cue():
    """`Man who ... sentenced as family describes '...'`: the cue is the verb of the clause `as` opens, not
    of the man the relative clause restricts."""
    text = ("Man who hit Orlen jogger sentenced to five years as family describes 'endless sorrow'\n"
            "ORLEN, Ont. — A driver who struck a jogger was sentenced Monday to five years.\n\n"
            "The jogger's brother, Pell Marrow, spoke in court.\n\n"
            '"Our sorrow is endless," Marrow said.')
    assert all(q.speaker != "Man" for q in extract(text) if q.text.startswith("endless sorrow"))


def test_plural_team_name_after_the_or_as_a_modifier_is_no_antecedent():
    """`the Harbour Gulls ... a Harbour Gulls cap`: a plural name after `the`, or after `a` as a noun's
    modifier, is a team's; `he` takes up the boy, not the team."""
    text = ('Fans lined up overnight as the Harbour Gulls prepared for the final.\n\n'
            'Ines Varga brought her grandson, Teodor, who wore a Harbour Gulls cap.\n\n'
            '"I am not tired at all," he said.')
    assert speaker_of(text, "I am not tired")[0] != "Harbour Gulls"


def test_opening_place_adverbial_is_passed_to_the_described_subject():
    """`Near the gate, a man who ...`: a sentence opened by a preposition of place (`near`, `behind`,
    `beside`) has its subject after the comma, the description `he` then takes up."""
    for preposition in ("Near", "Behind", "Beside"):
        text = ('Fans camped outside the arena in Pellow on Monday.\n\n'
                f'{preposition} the gate, a man who would only give his first name, Oskar, held a thermos.\n\n'
                '"My father brought me here in 1993," he said.')
        assert speaker_of(text, "My father brought")[0] == "Oskar", preposition


def test_body_served_by_a_role_keeps_its_of_and_place():
    """`a spokesperson for Fish Packers of Canada`: the name a role serves ends with its place, a body's
    own name; only a person's name leaves `of` and a place as where they come from."""
    text = 'A spokesperson for Fish Packers of Canada said: "Quotas have not changed."'
    assert speaker_of(text, "Quotas have not")[0] == "Fish Packers of Canada"
    text = 'A spokesperson for Nets, Lines and Tackle Makers of Canada said: "Quotas have not changed."'
    assert speaker_of(text, "Quotas have not")[0] == "Nets, Lines and Tackle Makers of Canada"


def test_one_word_in_capitals_before_a_verb_is_an_acronym_subject():
    text = ('The Federation of Kiln Workers (FKW) met on Monday.\n\nThe weather was cold.\n\n'
            '"Every kiln in the valley is idle," FKW said.')
    assert speaker_of(text, "Every kiln") == ("Federation of Kiln Workers", "cue_after")
    assert speaker_of('"No plant will close," NORDEX said.', "No plant")[0] == "NORDEX"
    # A label in capitals has no verb in lower case after it: no one speaks.
    assert speaker_of('The weather was cold.\n\nUPDATE: "Every kiln in the valley is idle."',
                      "Every kiln")[0] is None


def test_capitals_after_a_body_s_of_name_the_body_not_a_person():
    text = ('DUNMORE — The Eastern Federation of Kiln Workers said Monday that half its members are idle.\n\n'
            '"Every kiln in the valley is cold."')
    assert speaker_of(text, "Every kiln")[0] == "Eastern Federation of Kiln Workers"
    names = {e.name for e in find_entities(text)[0] if e.kind == "person"}
    assert "Kiln Workers" not in names
    # A given name opens a person's name even after `of`.
    text = 'The Office of Mayor Ada Roe sent the letter.\n\n"We will answer every family," Roe said.'
    assert speaker_of(text, "We will answer")[0] == "Ada Roe"


def test_an_owner_after_a_long_portfolio_title_owns_the_office_that_speaks():
    """`Rural and Northern Affairs Minister Ada Lind's office said`: the portfolio written out before `Minister`
    makes a long run of capitals; the office belongs to the name at its end."""
    text = ('Rural and Northern Affairs Minister Ada Lind\'s office said in a statement that the ferry '
            '"will keep sailing through the winter."')
    assert speaker_of(text, "will keep sailing")[0] == "Ada Lind's office"
    text = ('Crown-Settler Treaty Relations Minister Ada Lind\'s office said in a statement that the ferry '
            '"will keep sailing through the winter."')
    assert speaker_of(text, "will keep sailing")[0] == "Ada Lind's office"


def test_a_possessive_owner_is_no_part_of_the_name_or_office_after_it():
    text = ('The board met on Monday.\n\nKessland\'s Premier, Ada Vintner, said "every village will keep its '
            'school."')
    assert speaker_of(text, "every village")[0] == "Ada Vintner"
    text = 'The board met on Monday.\n\n"We did not see it coming," Dunmore\'s Tomas Rinnberg said.'
    assert speaker_of(text, "We did not")[0] == "Tomas Rinnberg"


def test_offices_of_inquiry_and_a_first_nation_s_elder_are_titles_before_a_name():
    for title in ("Chief Coroner", "Ombudsman", "Registrar", "Superintendent", "Elder"):
        text = (f'The review opened on Monday.\n\n"Every file will be read," {title} Mina Crowfeather said.\n\n'
                '"It will take a year," Crowfeather said.')
        assert speaker_of(text, "Every file")[0] == "Mina Crowfeather", title
        assert speaker_of(text, "It will take")[0] == "Mina Crowfeather", title
    text = 'Ombudsman Mina Crowfeather opened the review.\n\n"Every file will be read," the ombudsman said.'
    assert speaker_of(text, "Every file")[0] == "Mina Crowfeather"


def test_the_moderator_of_a_debate_is_a_title_before_a_name():
    text = ('The debate in Tarrow turned sharp early.\n\n'
            'Moderator Ines Quarles opened by asking Tom Brill about his record. "Mr. Brill, why did you skip '
            'the last forum?"\n\n"I was at work," Brill said.')
    assert speaker_of(text, "Mr. Brill")[0] == "Ines Quarles"


def test_federations_chambers_and_health_units_are_bodies_their_descriptions_take_up():
    for name, head in (("Eastern Federation of Kiln Workers", "federation"),
                       ("Dunmore Chamber of Commerce", "chamber"),
                       ("Kessland District Health Unit", "health unit"),
                       ("Ontario Confederation of Glass Blowers", "confederation")):
        text = (f'The {name} said Tuesday that the winter was hard.\n\n'
                f'"Nobody here has seen a year like it," the {head} said.')
        assert speaker_of(text, "Nobody here")[0] == name, head


def test_the_after_a_dateline_s_dash_is_the_article_not_part_of_the_body_s_name():
    for dateline in ("DUNMORE — ", "DUNMORE, Ont. -- ", "KESSLAND (Wire) — "):
        text = (f'{dateline}The Harbour Pilots\' Union said Tuesday that the winter was hard.\n\n'
                '"Nobody here has seen a year like it," the union said.')
        assert speaker_of(text, "Nobody here")[0] == "Harbour Pilots' Union", dateline
    # Within a sentence a capital `The` is part of a title.
    names = {e.name for e in find_entities('Readers wrote to The Brevik Press Club on Monday.')[0]}
    assert "The Brevik Press Club" in names


def test_a_hyphened_compound_gives_an_acronym_a_letter_for_each_part_or_for_the_whole():
    text = ('Chief Ada Moss of Kesh-Lake First Nation (KLFN) spoke on Monday.\n\nThe weather was cold.\n\n'
            '"The water is still unsafe," KLFN said.')
    assert speaker_of(text, "The water")[0] == "Kesh-Lake First Nation"
    text = ('The Dunmore-Kessland Transit Authority (DTA) met on Monday.\n\nThe weather was cold.\n\n'
            '"Every bus will run," the DTA said.')
    assert speaker_of(text, "Every bus")[0] == "Dunmore-Kessland Transit Authority"


def test_a_place_written_as_initials_gives_an_acronym_a_letter_for_each():
    text = ('N.B. Water Authority crews worked through the night in Tarnby.\n\n'
            '"Every pipe has been checked," a spokesperson for NBWA said.')
    assert speaker_of(text, "Every pipe")[0] == "N.B. Water Authority"


def test_a_plural_name_modifying_a_noun_for_a_person_is_a_team_no_description_takes_up():
    text = ('DUNMORE — Gulls captain Tomas Rinnberg-Achebe returns on Thursday against the Kessland Otters '
            'after missing six weeks.\n\n'
            '"It has been a long six weeks. The press box is the worst seat there is," the 29-year-old said.\n\n'
            'Kessland will be without a defenceman, Otters coach Ada Lindqvist-Roe said.')
    assert speaker_of(text, "It has been")[0] == "Tomas Rinnberg-Achebe"
def test_an_auxiliary_before_a_cue_in_the_paragraph_before_is_no_part_of_its_subject():
    text = ('The Ministry of Fisheries of Norland has issued a statement on the quota talks.\n\n'
            '"The quotas offered are unacceptable," the statement by the ministry reads.')
    assert speaker_of(text, "The quotas") == ("Ministry of Fisheries of Norland", "previous_paragraph")


@pytest.mark.parametrize("aside", ["R-Kan.", "the harbour committee's chair"])
def test_a_comma_and_a_conjunction_open_the_cue_s_own_clause_before_an_apposition(aside):
    text = ("The dockers walked out of the hall on Monday, and Senator Ida Holm, " + aside +
            ", dismissed their protest as \u201ca show for the cameras.\u201d")
    (quote,) = extract(text)
    assert quote.speaker == "Ida Holm"
    # After an apposition, `, and` joins a second name to the subject: the first name is not passed over.
    text = ("\u201cPorts should serve ships, not squeeze them,\u201d Senators Ida Holm, a Kessland Republican, and "
            "Tom Berg, a Vell Democrat, said in a joint statement. \u201cThe sailors deserve better.\u201d")
    assert ["Ida Holm" in quote.speaker for quote in extract(text)] == [True, True]
def test_a_full_title_word_ending_an_inverted_cue_is_the_surname_before_the_full_stop():
    text = ('The Pelicans dropped a fourth straight game on Friday.\n\n'
            '"We were a step behind all night," said Pelicans head coach Darnell King.')
    assert speaker_of(text, "We were a step")[0] == "Darnell King"
    text = '"Nobody quit," said goaltending coach Wren Lady. "We just ran out of legs."'
    assert speaker_of(text, "Nobody quit")[0] == "Wren Lady"



def test_the_owner_named_inside_a_described_subject_does_not_take_the_pronoun():
    text = ('KELBY — Jory Pellam caught nine passes on Sunday.\n\n'
            "Pellam's grandmother rode a bus for two days from Tampa to watch.\n\n"
            '"I packed a blanket and two sandwiches," she says.')
    assert speaker_of(text, "I packed")[0] == "Jory Pellam's grandmother"
    text = ('VESTBY — Odile Franck won the regional spelling bee on Saturday.\n\n'
            "Franck's aunt, Delphine, drove nine hours from the coast to watch.\n\n"
            '"I cried in the car the whole way home," she says.')
    assert speaker_of(text, "I cried")[0] == "Odile Franck's aunt"


def test_a_description_that_who_follows_in_an_inverted_cue_takes_up_the_person_in_focus():
    text = ('Ormand Veale has mended nets on the Tarnby wharf since 1971.\n\n'
            '"The young ones want nylon, and nylon is fine," says the retired net mender, who still '
            'works six days a week.')
    assert speaker_of(text, "The young ones")[0] == "Ormand Veale"
    # No `who`, and a noun the word lists do not know for a person: kept as said.
    text = ('Ormand Veale has mended nets on the Tarnby wharf since 1971.\n\n'
            '"The young ones want nylon," says the retired net mender.')
    assert speaker_of(text, "The young ones")[0] == "the retired net mender"


def test_a_given_name_then_a_word_for_a_body_is_a_person_the_article_calls_by_that_word():
    text = ('LAKEMOOR, Ont. — Harriet Church has baked bread in the same brick oven for 30 years.\n\n'
            '"The oven knows more than I do," Church says. "I just feed it."')
    assert speaker_of(text, "The oven knows")[0] == "Harriet Church"
    people = [e.name for e in find_entities(text)[0] if e.kind == "person"]
    assert "Harriet Church" in people
    # A body so named is taken up as `the church`, and stays a body.
    text = ('Grace Church opened its hall to the flood victims.\n\n'
            '"Nobody sleeps in a car tonight," the church said in a statement.')
    kinds = {e.name: e.kind for e in find_entities(text)[0]}
    assert kinds.get("Grace Church") == "org"


def test_a_definite_description_before_anyone_is_named_points_forward_to_the_next_named_subject():
    text = ('Tarnby potter turns kiln accidents into a business\n'
            'TARNBY — The first bowls came out of the kiln cracked.\n\n'
            '"I nearly threw the lot in the ditch," says the self-taught Tarnby potter, who sold '
            '30 of them at a church fair.\n\n'
            'Ilse Varn is 63 now, and her cracked bowls sell in four provinces.')
    assert speaker_of(text, "I nearly threw")[0] == "Ilse Varn"
    # Where someone is named before the description, it does not look forward.
    text = ('TARNBY — Jon Brekke fired the kiln at dawn.\n\n'
            '"I nearly threw the lot in the ditch," says the self-taught Tarnby potter, who sold '
            '30 of them at a church fair.\n\n'
            'Ilse Varn is 63 now, and her cracked bowls sell in four provinces.')
    assert speaker_of(text, "I nearly threw")[0] == "Jon Brekke"


def test_body_made_subject_since_the_last_one_spoke_takes_up_the_description():
    """The last body quoted is what `the department` takes up, unless the narration has since made another
    body the subject of a sentence."""
    text = ('The Pellwick Growers Association backed the plan.\n\n'
            '"We look forward to a good season," the association said.\n\n'
            'Meanwhile, Waterways Canada said Friday it would lower the lake.\n\n'
            '"The level is too high," the department said in a statement.')
    assert speaker_of(text, "The level")[0] == "Waterways Canada"


def test_body_named_as_an_object_leaves_the_last_body_quoted_speaking():
    text = ('Brisk Mills Ltd. said Monday it would close a plant.\n\n'
            '"This was not easy," the company said.\n\n'
            'The plant supplies Orvane Foods Inc. with flour.\n\n'
            '"We will help every worker," the company said.')
    assert speaker_of(text, "We will help")[0] == "Brisk Mills Ltd."


def test_a_noun_for_a_person_before_a_name_is_a_role_that_makes_him_he():
    """The role makes the man with a first name the lists do not know one that `he` may take up."""
    text = ('Police say Devrim Otuna set out on Saturday and was expected home by dinner.\n\n'
            '"He is careful," his sister, Ama Otuna, said.\n\n'
            'Northway Freight trucker Gord Haskett said snow closed the road twice.\n\n'
            '"We wait for a window," he said.')
    assert speaker_of(text, "We wait")[0] == "Gord Haskett"


def test_linemate_and_pilot_before_a_name_are_descriptions_not_part_of_it():
    text = ('Dane Morrow scored twice.\n\nLinemate Tomas Osgood set up both goals.\n\n"He never misses," Osgood said.')
    assert speaker_of(text, "He never")[0] == "Tomas Osgood"
    text = ('Police say Devrim Otuna set out on Saturday and was expected home by dinner.\n\n'
            'Skyreach Air pilot Gord Haskett said cloud grounded the plane twice.\n\n'
            '"We wait for a window," he said.')
    assert speaker_of(text, "We wait")[0] == "Gord Haskett"


def test_a_paragraph_opening_with_so_said_names_the_speaker_of_the_quote_before():
    text = ('The Tarnby clinic will close at night from June.\n\n'
            '"An extra hour on the road is not a small thing when your heart stops."\n\n'
            'So said Dr. Petra Lindqvist, a physician who has worked nights at the clinic for a decade.')
    assert speaker_of(text, "An extra hour") == ("Petra Lindqvist", "signature")


def test_that_s_according_to_names_the_speaker_of_the_quote_before():
    text = ('Three trains have left the tracks near Brekka this year.\n\n'
            '"The line is worn out, and nobody in Ottawa wants to pay for it."\n\n'
            'That\u2019s according to union president Ola Berg, whose members drive the trains.')
    assert speaker_of(text, "The line is worn") == ("Ola Berg", "signature")


def test_a_demonstrative_taking_up_the_quote_names_its_speaker_in_the_paragraph_after():
    """`"..."` then `Those were the first words from Fire Chief Ida Berg`, `That is how Ida Berg remembers`,
    `Coun. Ida Berg made that argument twice`: a demonstrative takes up the quoted words (as a noun for them,
    or as how they were said), and the name after it, or the subject whose object it is, said them; a lede's
    dateline before the quote narrates nothing."""
    story = ('Ferry service resumes\n\n{0}"We kept the channel open through the worst of it."\n\n'
             '{1}\n\nThe ferry made four crossings on Monday.')
    text = story.format("", "Those were the first words from Fire Chief Ida Berg at a briefing on Monday.")
    assert speaker_of(text, "We kept the channel") == ("Ida Berg", "signature")
    text = story.format("", "That is how Ida Berg remembers the night the storm hit the harbour.")
    assert speaker_of(text, "We kept the channel") == ("Ida Berg", "signature")
    text = story.format("TARNBY, N.S. \u2014 ", "Coun. Ida Berg made that argument twice at Tuesday's meeting.")
    assert speaker_of(text, "We kept the channel") == ("Ida Berg", "signature")
    # What is no noun for the words, or no demonstrative, names no one.
    text = story.format("", "Coun. Ida Berg made the crossing twice on Tuesday.")
    assert speaker_of(text, "We kept the channel")[0] is None


def test_after_the_two_words_joined_by_and_open_a_body_s_name():
    text = ('The Lungs and Lakes Foundation, which paid for the study, welcomed it.\n\n'
            '"Clean air is worth a closer look," the foundation said in a statement.')
    assert speaker_of(text, "Clean air")[0] == "Lungs and Lakes Foundation"
    text = ('Mayor Ann Tory and Dunmore Police Service officers met on Monday.\n\n'
            '"We will meet again," Tory said.')
    assert [e.name for e in find_entities(text)[0] if e.kind == "org"] == ["Dunmore Police Service"]


def test_a_country_word_that_is_a_known_first_name_opens_a_person_s_name():
    text = ('Opposition health critic France Lemay was unmoved.\n\n'
            '"Tell that to the families in Tarnby," Lemay said.')
    assert speaker_of(text, "Tell that")[0] == "France Lemay"


def test_a_place_that_is_also_a_first_name_may_modify_the_described_subject():
    text = ('Chief Oren Vasko said the numbers needed context.\n\n'
            '"That is policing," Vasko said.\n\n'
            'A 19-year-old Florence man, who spoke on condition of anonymity, said he had been stopped four '
            'times in two years.\n\n'
            '"Every time, the same questions," he said.')
    assert speaker_of(text, "Every time")[0] == "A 19-year-old Florence man"


def test_the_dateline_s_town_is_a_place_though_it_is_also_a_first_name():
    text = ('Police review ordered\n'
            'FLORENCE, Ont. \u2014 Chief Oren Vasko said the numbers needed context.\n\n'
            '"That is policing," Vasko said.\n\n'
            'A young man from Florence said he had been stopped four times in two years.\n\n'
            '"Every time, the same questions," he said.')
    assert speaker_of(text, "Every time")[0] == "A young man"
    assert "Florence" not in [e.name for e in find_entities(text)[0]]


def test_a_sentence_announcing_speech_may_close_the_paragraph_before_the_quote():
    text = ('Chief Ada Kesh spoke on Tuesday. Councillor Bo Lind spoke after her.\n\n'
            'Asked whether she would take the matter to the minister, Kesh did not hesitate.\n\n'
            '"I will sit on her doorstep if I have to."')
    assert speaker_of(text, "I will sit") == ("Ada Kesh", "announced")
    text = ('Chief Ada Kesh spoke on Tuesday.\n\n'
            'Asked about the minister, Kesh didn\u2019t hesitate. "She has never been here."')
    assert speaker_of(text, "She has never") == ("Ada Kesh", "announced")
    text = ('Chief Ada Kesh spoke on Tuesday. Councillor Bo Lind spoke after her.\n\n'
            'Asked whether she would take the matter to the minister, Kesh was tired.\n\n'
            '"I will sit on her doorstep if I have to."')
    assert speaker_of(text, "I will sit")[1] != "announced"


def test_the_words_came_from_names_the_speaker_of_the_quote_before():
    text = ('Only six of the 40 homes promised to Brekka Lake have been built.\n\n'
            '"We were told the houses would be here before freeze-up."\n\n'
            'The words came from Chief Nora Kesh, speaking at a community meeting on Tuesday.')
    assert speaker_of(text, "We were told") == ("Nora Kesh", "signature")


def test_portuguese_dos_and_das_open_a_surname_of_several_words():
    text = ('Gulls head coach Rui Dos Anjos said he challenged his players at the break.\n\n'
            '"They fought," Dos Anjos said.')
    assert speaker_of(text, "They fought")[0] == "Rui Dos Anjos"


def test_an_abbreviated_title_decides_a_description_only_against_another_office():
    text = ('Vote held\n\nDALVERTON, Ohio - The council voted on Monday.\n\n'
            'Sen. Orla Fenwick and Mayor Piet Sandrup spoke after the vote. "We will carry it," the senator said.')
    assert speaker_of(text, "We will carry")[0] == "Orla Fenwick"
    # The person in focus, with no office written, is still the one the description takes up.
    text = ('Vote held\n\nDALVERTON, Ohio - Sen. Orla Fenwick backed the bill on Monday. Tobin Marsh, who has '
            'served two terms, said he would vote no. "It costs too much," the senator said.')
    assert speaker_of(text, "It costs")[0] == "Tobin Marsh"


def test_a_name_set_off_after_a_description_is_the_subject_of_its_clause():
    text = 'The harbour board chairman, Olaf Brekke, went further on Monday, calling the levy "a tax on rain."'
    assert speaker_of(text, "a tax on rain") == ("Olaf Brekke", "evaluation")
    text = 'Her campaign manager, Ines Varga, attacked the plan, calling it "a tax on rain."'
    assert speaker_of(text, "a tax on rain") == ("Ines Varga", "evaluation")


def test_a_document_a_person_owns_by_name_is_that_person_s_words():
    text = ('Title\n\nDALVERTON, Ohio - Mayor Greta Lund met Sen. Tor Brekke on Tuesday. '
            'Lund\'s statement said: "The harbour stays open."')
    assert speaker_of(text, "The harbour")[0] == "Greta Lund"
    text = ('Title\n\nDALVERTON, Ohio - Mayor Greta Lund met Sen. Tor Brekke on Tuesday. '
            '"The harbour stays open," Lund\'s statement said.')
    assert speaker_of(text, "The harbour")[0] == "Greta Lund"


def test_a_possessive_makes_the_description_that_heads_a_clause_definite():
    text = ('Title\n\nDALVERTON, Ohio - Greta Lund is running for governor.\n\n'
            'Lund\'s campaign attacked the mayor on Friday, calling him "a rubber stamp for the port."')
    assert speaker_of(text, "a rubber stamp") == ("Greta Lund's campaign", "evaluation")
    text = ('Title\n\nDALVERTON, Ohio - Greta Lund is running for governor.\n\n'
            'Lund\'s campaign shrugged off the remarks, telling reporters, "The mayor has no plan at all."')
    assert speaker_of(text, "The mayor has") == ("Greta Lund's campaign", "cue_before")


def test_a_verb_of_evaluation_in_a_relative_clause_after_the_cue_governs_the_quote():
    text = 'Sen. Ada Voss went on the attack, tweeting a clip in which Mayor Tor Lind called the levy "a fair price."'
    assert speaker_of(text, "a fair price") == ("Tor Lind", "evaluation")


def test_every_form_of_a_retort_with_back_is_a_cue():
    text = ('The row grew on Friday, with Sen. Ada Voss calling the levy "a raid" and Mayor Tor Lind firing back '
            'that she was "a tourist in her own state."')
    assert speaker_of(text, "a tourist") == ("Tor Lind", "cue_before")
    text = 'Mayor Tor Lind met Sen. Ada Voss on Friday. Voss hits back: "The levy is a raid."'
    assert speaker_of(text, "The levy") == ("Ada Voss", "cue_before")


def test_a_document_from_someone_as_the_cue_s_object_is_that_person_s():
    text = ('The Varga campaign responded with a statement from its chairman, Olaf Brekke: '
            '"The governor welcomes every debate."')
    assert speaker_of(text, "The governor welcomes") == ("Olaf Brekke", "cue_before")


def test_came_after_a_quote_puts_its_source_after_it():
    text = ('Title\n\nDALVERTON, Ohio - Mayor Ida Lund called for a show of hands, declaring that the motion '
            'had failed.\n\n"Count them again," came shouts from the gallery.')
    assert speaker_of(text, "Count them")[0] != "Ida Lund"
    text = ('Title\n\nDALVERTON, Ohio - Mayor Ida Lund called for a show of hands, declaring that the motion '
            'had failed.\n\n"Count them again." The gallery booed.')
    assert speaker_of(text, "Count them")[0] == "Ida Lund"


def test_an_office_tells_apart_namesakes_where_the_one_in_focus_never_held_it():
    text = ('Run for the House\n\nDALVERTON, Ohio - Bram Tolliver is running for the House, and his mother, '
            'former Gov. Edda Tolliver, is knocking on doors for him.\n\n'
            '"He has wanted this since he was nine," the former governor said.')
    assert speaker_of(text, "He has wanted")[0] == "Edda Tolliver"
    # Only a namesake yields: with another surname the person in focus is still the one taken up.
    text = ('Vote held\n\nDALVERTON, Ohio - Sen. Orla Fenwick backed the bill on Monday. Tobin {}, who has '
            'served two terms, said he would vote no. "It costs too much," the senator said.')
    assert speaker_of(text.format("Fenwick"), "It costs")[0] == "Orla Fenwick"
    assert speaker_of(text.format("Marsh"), "It costs")[0] == "Tobin Marsh"


def test_a_paper_after_the_that_reports_is_no_one_he_takes_up():
    # `Dalton` is a given name, but a name after `the` that reports is a paper's title.
    text = ('Title\n\nHARWICK — Oren Thale met donors in Ohio on Monday. The Dalton Ledger reported that the '
            'meeting lasted four hours.\n\n"I never promised them anything," he said.')
    assert speaker_of(text, "I never promised")[0] == "Oren Thale"
    # A person's name used as a modifier after `the` is still a person's.
    text = ('Title\n\nHARWICK — The Dalton Ruske campaign met donors on Monday. Dalton Ruske spoke last.\n\n'
            '"I never promised them anything," he said.')
    assert speaker_of(text, "I never promised")[0] == "Dalton Ruske"


def test_a_question_after_a_verb_of_questioning_a_person_is_the_subject_s():
    text = ('Title\n\nHARWICK — The candidates met on Friday.\n\nThe moderator, Oskar Brede, pressed Tamsin Vail on '
            'her support for the levy. "Ms. Vail, the mayors oppose it. Why are they wrong?"')
    assert speaker_of(text, "Ms. Vail, the")[0] == "Oskar Brede"
    # Not a statement, and not a verb with no person after it.
    text = ('Title\n\nHARWICK — Oskar Brede pressed Tamsin Vail on the levy. Tamsin Vail waited.\n\n'
            '"The mayors oppose it."')
    assert speaker_of(text, "The mayors oppose")[0] != "Oskar Brede"
    text = ('Title\n\nHARWICK — The council pressed ahead with the vote on Friday. "Is it done now?"')
    assert speaker_of(text, "Is it done")[0] is None


def test_a_first_name_set_off_after_a_surname_s_noun_for_family_bears_that_surname():
    text = ('Tomas Velander toured the mill.\n\nVelander\'s wife, Marit, who runs the clinic, told reporters '
            'she was tired of the attacks. "Tomas never gives up," she said.')
    assert speaker_of(text, "Tomas never")[0] == "Marit Velander"
    # Her first name alone later is hers; the bare surname stays his.
    text += ' "We will win," Velander said. "He is right," Marit said.'
    assert speaker_of(text, "We will win")[0] == "Tomas Velander"
    assert speaker_of(text, "He is right")[0] == "Marit Velander"
    # A friend or a partner need not bear it; nor may one who is set off after a pronoun gain it here.
    text = ('Tomas Velander toured the mill.\n\nVelander\'s friend, Marit, who runs the clinic, told reporters '
            'she was tired of the attacks. "Tomas never gives up," she said.')
    assert speaker_of(text, "Tomas never")[0] == "Marit"


def test_a_noun_for_a_young_person_does_not_take_up_someone_of_an_adult_s_age():
    text = ('HALDEN — A fisherman is missing.\n\nArvid Tollefsen, 52, left the harbour on Monday. His wife, '
            'Signe Tollefsen, spoke beside the couple\'s 16-year-old son, Jonas.\n\n'
            'The teenager said his father had promised him the trip. "I just want him back," the boy said.')
    assert speaker_of(text, "I just want")[0] == "Jonas"
    # `the girl`, like `the actress`, is a woman's description: it takes up the girl named before.
    text = ('Sofie Brandvik, 12, won the spelling bee in Halden. Her coach, Ola Reitan, 61, watched. '
            '"I practised every night," the girl said.')
    assert speaker_of(text, "I practised")[0] == "Sofie Brandvik"


def test_the_kind_of_a_body_takes_up_the_body_described_in_lower_case_after_a_name():
    text = ('KORMA, May 3 - Tarnland and Ovisca signed a water treaty.\n\n'
            'The Ovisca agriculture ministry said farmers would get more water from June. '
            '"The dry years are over," the ministry said.')
    assert speaker_of(text, "The dry years")[0] == "Ovisca agriculture ministry"
    # A body of another kind is not taken up.
    text = text.replace("the ministry said", "the agency said")
    assert speaker_of(text, "The dry years")[0] != "Ovisca agriculture ministry"


def test_a_description_after_the_lead_quote_points_to_the_person_named_next():
    text = ('Mill reopens\n\nSALVIK - Weavers went back to work on Monday.\n\n'
            '"We lost a month and gained a little," the guild\'s chief negotiator told reporters. '
            'Oddvar Lysne, who has led the guild since 2019, said members backed the deal.')
    assert speaker_of(text, "We lost a month")[0] == "Oddvar Lysne"
    # One named next with another role is someone else: the description stays unnamed.
    text = text.replace("Oddvar Lysne, who has led the guild since 2019,", "Mill manager Oddvar Lysne")
    assert speaker_of(text, "We lost a month")[0] == "the guild's chief negotiator"


def test_a_noun_and_agent_noun_compound_takes_up_the_one_a_relative_clause_says_does_that():
    text = ('LINDVIK — The vote was put off.\n\nCouncilwoman Ragna Holt, who owns a flower shop on Quay Street, '
            'and Councilwoman Siri Falk, a retired nurse, disagreed. "We need the money," Falk said.\n\n'
            'The shop owner was less sure. "Nobody will pay to park," she said.')
    assert speaker_of(text, "Nobody will pay")[0] == "Ragna Holt"
    # Without the relative clause the description takes up the one in focus, as before.
    text = text.replace(", who owns a flower shop on Quay Street,", "")
    assert speaker_of(text, "Nobody will pay")[0] == "Siri Falk"


def test_a_cue_with_only_a_tab_before_an_inner_quote_governs_it():
    # Any kind of white space between a cue and a quote is as empty as a plain space.
    text = "\"Ida Holm spoke, according to \t'a crowd' of them"
    found = extract(text)
    assert [q.kind for q in found][:1] == ["direct"]


def test_the_object_of_by_opens_at_its_determiner_for_a_relative_who_said():
    """`made by the Talgarian Foreign Minister, who said`: the agent after `by` is a noun phrase of its own, the
    antecedent of `who`, unnamed but someone; the participle and the preposition are no part of it."""
    text = ('Foreign Ministry spokeswoman Ada Vell held a briefing in Vestby on Thursday.\n\n'
            'The spokeswoman commented on the remarks made on Monday by the Talgarian Foreign Minister, who said '
            'that "Vestby must pay for the dam."')
    assert speaker_of(text, "Vestby must pay")[0] == "the Talgarian Foreign Minister"


def test_a_subordinating_conjunction_opens_a_clause_whose_subject_follows_it():
    """`was jailed after the mother told him`: the subject of the cue opens after `after`, at its determiner; the
    main clause's words before the conjunction are no part of it."""
    text = 'Ola Ostby was jailed after the mother told him he had been "reckless beyond words" that night.'
    assert speaker_of(text, "reckless beyond")[0] == "the mother"
    text = ('Ola Ostby was jailed on Monday after the mother of the injured boy told him he had been '
            '"reckless beyond words" that night.')
    assert speaker_of(text, "reckless beyond")[0] == "the mother of the injured boy"


def test_a_wh_word_opens_a_clause_whose_subject_is_its_own_noun_phrase():
    """`What the authority described as "..."`: the free relative's subject opens at its determiner after `what`,
    and names the body, not the words from the sentence's start."""
    text = ('The Vestby Port Authority fined the Kelvik shipyard on Monday.\n\n'
            'What the authority described as "a final warning" was sent to the owners by post.')
    assert speaker_of(text, "a final warning")[0] == "Vestby Port Authority"


def test_a_quote_cited_after_a_cue_an_adjunct_and_a_colon_is_the_possessed_description_s():
    """`what your own leader said in 2019: '...'` inside a quote: a cue, an adjunct and a colon govern the inner
    quote, and its subject, a description of a person the outer speaker addresses, speaks: not the outer speaker."""
    text = ('"Let me remind you what your own leader said in 2019: \'The border must follow the old maps.\' That is '
            'what we are doing," Prime Minister Ivo Dran told the Vestby assembly on Thursday.')
    inner = next(q for q in extract(text) if q.text.startswith("The border"))
    assert (inner.speaker, inner.method) == ("your own leader", "nested_cue")
    outer = next(q for q in extract(text) if q.text.startswith("Let me"))
    assert outer.speaker == "Ivo Dran"


def test_a_country_s_description_does_not_choose_between_officers_tied_to_no_country():
    """Two presidents, neither tied to a country: `the Mongolian leader` may be either, and is kept as it is
    rather than given to the one named last."""
    text = ('President Ivo Dran and President Mara Kelt signed a water treaty in Solvik on Thursday.\n\n'
            'At a press conference, the Mongolian leader said: "This is a good day for our peoples."')
    assert speaker_of(text, "This is a good day")[0] == "the Mongolian leader"
    # Where the article ties one of them to the country, the description is theirs.
    tied = text.replace("President Ivo Dran", "President of Mongolia Ivo Dran")
    assert speaker_of(tied, "This is a good day")[0] == "Ivo Dran"


def test_a_title_in_the_plural_spreads_over_countries_and_names_in_the_same_order():
    # Agency copy names two or three leaders at once: each holds the office in the country of its own rank.
    text = ('Foreign Ministers of Georgia and Armenia Levan Kiknadze and Aram Vardanyan met in Tbilisi.\n\n'
            '"We signed eleven documents," the Armenian minister said.\n\n'
            '"Trade grew by a third," the Georgian foreign minister noted.\n\n'
            'The Turkish and Russian Defence Ministers, Hulusi Demir and Pavel Sorokin, spoke by phone.\n\n'
            '"The road is open," the Russian defence minister said.\n\n'
            '"We keep watch," the Turkish minister said.\n\n'
            'Presidents of Kazakhstan, Uzbekistan and Kyrgyzstan Askar Tokhtarov, Bahrom Aliev and Talant Osmonov '
            'met in Tashkent.\n\n"We agreed," the Uzbek president said.\n\n"A good day," the Kyrgyz president said.')
    assert speaker_of(text, "We signed") == ("Aram Vardanyan", "cue_after")
    assert speaker_of(text, "Trade grew") == ("Levan Kiknadze", "cue_after")
    assert speaker_of(text, "The road") == ("Pavel Sorokin", "cue_after")
    assert speaker_of(text, "We keep") == ("Hulusi Demir", "cue_after")
    assert speaker_of(text, "We agreed") == ("Bahrom Aliev", "cue_after")
    assert speaker_of(text, "A good day") == ("Talant Osmonov", "cue_after")


def test_a_first_name_alone_names_its_one_bearer_but_not_one_of_two_namesakes():
    text = ('Orla Venhaug, 47, keeps bees above the fjord at Skarvik.\n\n'
            'The cold spring killed half her hives. "I have never seen so few flowers," Orla said.')
    assert speaker_of(text, "I have never seen")[0] == "Orla Venhaug"
    text = ('Orla Venhaug and Orla Brekkestad both keep bees at Skarvik. Tor Lindeby buys their honey.\n\n'
            '"I have never seen so few flowers," Orla said.')
    assert speaker_of(text, "I have never seen")[0] == "Orla"


def test_a_first_name_set_off_after_his_or_her_noun_for_family_bears_the_surname_of_whom_it_takes_up():
    text = ('Edvin Marstrand lost his boathouse in the flood. His wife, Sigrun, teaches at the school.\n\n'
            '"We slept in the car for a week," Sigrun said.')
    assert speaker_of(text, "We slept")[0] == "Sigrun Marstrand"
    # `her` passes over the man named last to the woman before him.
    text = ('Hedda Strømvik met the ferry captain, Edvin Marstrand, at the quay. Her son, Bjarne, carried the nets.'
            '\n\n"The water came in so fast," Bjarne said.')
    assert speaker_of(text, "The water came")[0] == "Bjarne Strømvik"
    # `their` may take up two people of two surnames: the name stays as given.
    text = ('Hedda Strømvik and Edvin Marstrand run the quay shop. Their son, Bjarne, carried the nets.'
            '\n\n"The water came in so fast," Bjarne said.')
    assert speaker_of(text, "The water came")[0] == "Bjarne"


def test_a_signature_on_the_quote_s_line_may_give_a_description_after_the_name():
    text = ('The Vessby lock will stay shut through the summer.\n\n'
            '"We will refill the basin in August." \u2014 Maren Tollefsby, lock keeper\n\n'
            '"Boats can use the canal again by autumn," \u2014 Tollefsby.')
    assert speaker_of(text, "We will refill") == ("Maren Tollefsby", "signature")
    assert speaker_of(text, "Boats can use") == ("Maren Tollefsby", "signature")
    # Words before the quote make the paragraph narration, and the dash no signature.
    text = ('Jens Okvist called the plan "a waste of money" \u2014 Maren Tollefsby, the keeper, disagreed.')
    assert speaker_of(text, "a waste of money")[0] != "Maren Tollefsby"


def test_in_a_possessor_s_words_before_a_quote_gives_it_to_the_possessor():
    text = ('Hallby mayor Signe Torvund cut the ribbon on the ferry quay. Councillor Aksel Brun stayed away.\n\n'
            'In Torvund\'s words, "the quay will pay for itself in ten years."\n\n'
            'In the mayor\'s own words: "Nobody will wait in the rain again."')
    assert speaker_of(text, "the quay will pay") == ("Signe Torvund", "cue_before")
    assert speaker_of(text, "Nobody will wait")[0] == "Signe Torvund"


def test_a_short_fragment_in_a_possessor_s_words_mid_sentence_is_speech():
    text = ('Hallby mayor Signe Torvund cut the ribbon on the ferry quay. '
            'The old pier is, in Torvund\'s own words, "a plank to nowhere."')
    assert speaker_of(text, "a plank to nowhere") == ("Signe Torvund", "cue_before")


def test_a_word_for_a_body_closing_capitals_after_a_role_s_of_names_the_body_not_a_person():
    text = ('The kilns at Varnby stayed cold on Monday.\n\n'
            '"We will not light them until the pay offer is raised," the head of the Glassblowers Union said.\n\n'
            '"The town loses money every day," said the chair of the Potters Association, Hilde Varga.')
    assert speaker_of(text, "We will not light")[0] == "the head of the Glassblowers Union"
    assert speaker_of(text, "The town loses")[0] == "Hilde Varga"


def test_an_office_of_one_body_is_not_the_person_given_an_office_of_another():
    text = ('The kilns at Varnby stayed cold on Monday.\n\n'
            '"The town loses money every day," said the chair of the Potters Association, Hilde Varga.\n\n'
            '"Our members will hold out," said the head of the Glassblowers Union.')
    assert speaker_of(text, "Our members")[0] == "the head of the Glassblowers Union"
    # An office of her own body still takes her up.
    text = text.replace("the head of the Glassblowers Union", "the chair of the Potters Association")
    assert speaker_of(text, "Our members")[0] == "Hilde Varga"


def test_an_office_of_a_body_is_still_the_one_whose_portfolio_it_is():
    text = ('Minister of Trade Ilmar Kesk met the press on Monday.\n\n'
            '"We are counting on the harbour," the head of the Trade Ministry said.')
    assert speaker_of(text, "We are counting")[0] == "Ilmar Kesk"


def test_his_or_her_before_a_noun_for_family_passes_over_a_name_of_no_known_gender():
    text = ('"I never sang in public until I was twelve," says Marit Haugvik, who plays with the duo Grey Tern.'
            '\n\nHer younger sister, Solveig, was the opposite. "I never stopped," Solveig says.')
    assert speaker_of(text, "I never stopped")[0] == "Solveig Haugvik"


def test_a_quote_cued_by_she_is_not_given_to_a_paper_the_paragraph_before_reports():
    text = ('Ferry chief quits\n\nThe Kesby ferry company lost its chief on Friday, the Ostmark Ledger reported.\n\n'
            '"I did what I could," she said.')
    assert speaker_of(text, "I did what I could")[0] != "Ostmark Ledger"
    # A person the paragraph before reports is still the speaker.
    text = text.replace("the Ostmark Ledger reported", "Ada Roe told reporters")
    assert speaker_of(text, "I did what I could")[0] == "Ada Roe"


def test_a_counterpart_holds_the_office_of_the_one_whose_counterpart_they_are():
    text = ('Farm Minister of Dalmaria Jorun Vell hosted her Kelland counterpart Anis Dorr in Norvik on Saturday.\n\n'
            '"Our grain is your grain," Vell said.\n\n'
            'Dorr then toured the Norvik seed bank.\n\n'
            '"These seeds will feed both our nations," the minister said.\n')
    # Named since the host spoke, the counterpart is the minister the description takes up.
    assert speaker_of(text, "These seeds")[0] == "Anis Dorr"
    # The office of the host's country is not the counterpart's.
    assert speaker_of(text.replace("the minister said", "the Dalmarian minister said"), "These seeds")[0] == \
        "Jorun Vell"
    # A description of an office the counterpart's is not (a mayor's) still means no counterpart.
    text = text.replace("the minister said", "the mayor said").replace("Saturday.", "Saturday with Mayor Ilse Karr.")
    assert speaker_of(text, "These seeds")[0] == "Ilse Karr"


_HOSTED = ('Farm Minister of Ostmark Jorun Vell received her Kelland counterpart Anis Dorr in Norvik on Saturday.\n\n'
           '"Our grain is your grain," Vell said.\n\n'
           'The guest also toured the Norvik seed bank, where she met young farmers.\n\n'
           '"You will feed both our nations," the minister told the farmers.\n')


@pytest.mark.parametrize("text", [
    _HOSTED,
    # In a passive the guest is the subject.
    _HOSTED.replace("Farm Minister of Ostmark Jorun Vell received her Kelland counterpart Anis Dorr",
                    "Farm Minister of Kelland Anis Dorr was received by Farm Minister of Ostmark Jorun Vell"),
    _HOSTED.replace("the minister told the farmers", "the guest told the farmers"),
])
def test_the_guest_is_the_one_received_not_the_host_in_focus(text):
    assert speaker_of(text, "You will feed")[0] == "Anis Dorr"


@pytest.mark.parametrize("visit", ["who is on an official visit to Ostmark,", "who paid a working visit to Ostmark,"])
def test_with_no_verb_of_hosting_the_guest_is_the_one_on_a_visit(visit):
    text = (f'Farm Minister of Kelland Anis Dorr, {visit} toured the Norvik seed bank with her Ostmark counterpart '
            'Jorun Vell on Saturday.\n\n'
            '"The bank will double its vaults," Jorun Vell said.\n\n'
            '"You will feed both our nations," the guest said.\n')
    assert speaker_of(text, "You will feed")[0] == "Anis Dorr"


@pytest.mark.parametrize("cue, speaker", [
    ("the head of the Fisheries Ministry said", "Ada Roos"),
    ("the head of the Ministry of Fisheries said", "Ada Roos"),
    ("the head of the Transport Ministry said", "Ivo Kask"),
])
def test_the_head_of_a_ministry_is_the_minister_of_its_portfolio(cue, speaker):
    text = ('Minister of Fisheries Ada Roos and Minister of Transport Ivo Kask opened the harbour in Tarvik on Monday.'
            '\n\n"The ferries will run all winter," Kask said.\n\n'
            f'"The quotas stay as they are," {cue}.\n')
    assert speaker_of(text, "The quotas")[0] == speaker


def test_words_quoted_in_the_clause_a_verb_of_finding_opens_with_that_are_its_subject_s():
    text = ('Harbour audit released\n\nVESTBY — The Vestby auditor, Liv Sandmo, has found that the harbour board '
            '"failed to track" dredging costs for six years.\n\n'
            'A study by the Norland Institute found last spring that one quay in three "fell below safe loading '
            'limits."\n\n'
            'The harbour master, Odd Rask, found the new cranes "a real step forward."')
    assert speaker_of(text, "failed to track") == ("Liv Sandmo", "cue_before")
    assert speaker_of(text, "fell below safe")[0] == "Norland Institute"
    # Without `that` the verb takes an object and a quote after it is no finding it reports.
    assert not any(q.text.startswith("a real step") for q in extract(text))


def test_a_possessive_name_with_its_titles_is_the_determiner_of_the_body_it_owns():
    text = ('Varga and Brun trade blows\n\nVESTBY — State Treasurer Ilse Varga is running for governor against '
            'Tor Brun.\n\nState Treasurer Ilse Varga\'s campaign on Monday released an ad calling Brun "a tax '
            'machine with a smile."\n\nRep. Ilse Varga\'s Senate office said Brun was "hiding from voters."')
    assert speaker_of(text, "a tax machine")[0] == "Ilse Varga's campaign"
    assert speaker_of(text, "hiding from voters")[0] == "Ilse Varga's Senate office"


def test_a_name_set_off_by_commas_stays_within_the_reach_of_a_verb_of_evaluation():
    text = ('Varga and Brun trade blows\n\nVESTBY — Ilse Varga is running for governor against Tor Brun.\n\n'
            'Varga\'s campaign released an ad accusing her rival, Tor Brun, of wanting to "sell the harbour."')
    assert speaker_of(text, "sell the harbour")[0] == "Ilse Varga's campaign"
    # One comma ends the verb's reach: the participle after it heads a clause of its own.
    text = ('The fair opened on Friday. At the bandstand, the host called the mayor to the stage, singing '
            '"home again."')
    assert not any(q.text.startswith("home again") for q in extract(text))


def test_a_name_set_off_after_a_body_described_with_a_participle_names_the_body():
    text = ('Varga and Brun trade blows\n\nVESTBY — Ilse Varga is running for governor against Tor Brun.\n\n'
            'A super PAC backing Brun, Harbour Forward, has spent $200,000 on mailers describing Varga as "a career '
            'tax collector."\n\nA group representing ferry workers, the Vestby Deckhands Guild, has called the '
            'plan "a betrayal."')
    assert speaker_of(text, "a career tax")[0] == "Harbour Forward"
    assert speaker_of(text, "a betrayal")[0] == "Vestby Deckhands Guild"


def test_portraying_someone_as_gives_the_quoted_words_after_as_to_the_subject():
    text = ('Varga and Brun trade blows\n\nVESTBY — Ilse Varga is running for governor against Tor Brun.\n\n'
            'Harbour Forward has spent $200,000 on mailers portraying Varga as "a career tax collector."')
    assert speaker_of(text, "a career tax")[0] == "Harbour Forward"


def test_a_cue_participle_in_an_absolute_construction_has_the_noun_phrase_after_with_for_subject():
    text = ('Harbour levy passes\n\nVESTBY — Mayor Ada Roe chaired the council meeting on Monday.\n\n'
            'The harbour board backed the levy, with the mayor warning that it would "empty the quay by June."')
    assert speaker_of(text, "empty the quay")[0] == "Ada Roe"


def test_a_capitalised_party_member_after_an_indefinite_determiner_is_an_unnamed_person():
    text = ('Harbour levy passes\n\nVESTBY — Mayor Ada Roe chaired the council meeting on Monday.\n\n'
            'The vote split the council, with one Conservative warning that the levy would "empty the quay."\n\n'
            'Another Liberal said the plan was "long overdue."')
    assert speaker_of(text, "empty the quay")[0] == "one Conservative"
    assert speaker_of(text, "long overdue")[0] == "Another Liberal"


def test_a_name_closed_by_an_acronym_is_an_organisation_it_refers_to():
    text = ('Shelter full\n\nVESTBY — Staff at the Vestby Valley SPCA took in 80 cats this month.\n\n'
            '"People are choosing between a flat and a pet," the organization said.')
    assert speaker_of(text, "People are choosing")[0] == "Vestby Valley SPCA"
    # A person's name before the acronym is the person's: a committee named for her is no body of the place.
    text = ('Fund launched\n\nVESTBY — Ada Roe PAC spent $20,000 on ads.\n\n'
            '"We will win this," the organization said.')
    assert speaker_of(text, "We will win")[0] != "Ada Roe PAC"


def test_capitalised_words_joined_by_a_spaced_ampersand_name_one_body():
    text = ("Store closures\n\nThe furniture chain Hallvik & Dorne is to close 12 stores. "
            "The company said in a statement: 'We have had to make hard choices.'")
    assert speaker_of(text, "We have had")[0] == "Hallvik & Dorne"
    text = ('Shelter\n\nVESTBY — The call came from a volunteer with the Brekka & District Animal Trust. '
            '"A collar tag is only as good as the number on it," the organization said.')
    assert speaker_of(text, "A collar tag")[0] == "Brekka & District Animal Trust"
    # Two common given names joined by an ampersand are a couple, not a firm.
    names = [entity.name for entity in find_entities("The bakery owners Tom & Anna Vell opened early.")[0]]
    assert "Tom & Anna Vell" not in names and "Tom & Anna" not in names


def test_a_report_named_first_right_after_a_finding_is_the_finder_s():
    finding = ("Ferry audit\n\nVESTBY — Auditor General Tess Marrow has found that the ferry board \"lost track\" of "
               "its repairs.\n\n")
    report = 'The report, tabled on Monday, also concluded that the board "never checked the hulls."'
    assert speaker_of(finding + report, "never checked")[0] == "Tess Marrow"
    # The county's auditor, left unnamed, wrote it as well.
    unnamed = finding.replace("Auditor General Tess Marrow", "The county's auditor general")
    assert speaker_of(unnamed + report, "never checked")[0] == "The county's auditor general"
    # Not when someone else was quoted since, nor after a paragraph of other news.
    other = 'Mayor Ada Roe said the ferries were "safe enough."\n\n'
    news = "The ferry from Brekka ran late on Tuesday.\n\nIts crew of nine was unhurt.\n\n"
    for between in (other, news):
        quotes = extract(finding + between + report)
        assert not any(q.text.startswith("never checked") and q.speaker == "Tess Marrow" for q in quotes)


_SHELTERS = ('Shelters\n\nStaff at the Brekka Valley SPCA said 90 dogs were given up. "People are choosing," the '
             'organization said. Another shelter, run by Hallam Rescue Society, reported a similar rise. '
             '"We are full," the group wrote.')


def test_a_body_running_the_subject_named_in_its_aside_is_the_subject_for_a_later_description():
    assert speaker_of(_SHELTERS, "We are full")[0] == "Hallam Rescue Society"
    # One that only funds it does not speak for it.
    funded = _SHELTERS.replace("run by", "funded by")
    assert speaker_of(funded, "We are full")[0] == "Brekka Valley SPCA"


def test_capitals_joined_by_an_ampersand_with_no_space_lead_a_body_s_longer_name():
    text = _SHELTERS.replace("Hallam Rescue Society", "K&D Rescue")
    assert speaker_of(text, "We are full")[0] == "K&D Rescue"


def test_the_agent_of_a_passive_participle_after_the_subject_s_noun_speaks_only_if_it_wrote_the_text():
    text = ('Harbour audit\n\nVESTBY — Mayor Ada Roe chaired the harbour board on Monday.\n\n'
            'A review commissioned by the harbour board said dredging crews were "overworked and unpaid."\n\n'
            'A study conducted by the Norland Institute said the quay was "sinking by a finger a year."')
    assert speaker_of(text, "overworked and unpaid")[0] not in ("Ada Roe", "harbour board", "the harbour board")
    assert speaker_of(text, "sinking by a finger")[0] == "Norland Institute"


def test_a_description_headed_by_a_distinct_office_is_not_a_person_titled_with_another():
    text = ('Ferry deaths\n\nVESTBY — Mayor Ada Roe opened the inquiry on Monday. "We owe the families answers," '
            'Roe said.\n\nThe county\'s coroner said the deaths were "entirely preventable."')
    assert speaker_of(text, "entirely preventable")[0] != "Ada Roe"
    # The office she holds still takes her up.
    text = text.replace("The county's coroner", "The town's mayor")
    assert speaker_of(text, "entirely preventable")[0] == "Ada Roe"


def test_a_distinct_office_held_once_may_be_the_person_titled_with_another():
    # Every word that says an office is held no longer (`past_office_words.txt`) leaves the description free to
    # name the person who holds another office now.
    for past in ("former", "onetime", "erstwhile", "ex-"):
        text = ('Ferry deaths\n\nVESTBY — Mayor Ada Roe spent ten years at the county morgue before she ran for '
                f'office. On Monday she opened the inquiry.\n\nThe {past}{"" if past.endswith("-") else " "}coroner '
                'said the deaths were "entirely preventable."')
        assert speaker_of(text, "entirely preventable")[0] == "Ada Roe", past


def test_a_role_noun_after_the_hyphenated_prefix_of_an_office_held_once_heads_the_subject():
    text = ('Ferry deaths\n\nVESTBY — Mayor Ada Roe opened the inquiry on Monday.\n\nThe ex-mayor said the '
            'deaths were "entirely preventable."')
    # Read as a mayor's office held once: a person, and not the mayor in office.
    assert speaker_of(text, "entirely preventable") == ("The ex-mayor", "cue_before")
    assert speaker_of(text.replace("ex-mayor", "former mayor"), "entirely preventable")[0] == "The former mayor"


def test_a_distinct_office_counts_by_its_normalised_words_and_may_have_two():
    """`Premier Ada Roe` holds an office written another way in the normalised words (`prime minister`), and
    `the auditor` is none of hers; `the auditor general` ends in an office of two words; a union president is no
    prime minister."""
    text = ('Premier Ada Roe defended the ferry subsidy on Monday after the auditor said it had '
            '"no documented purpose."')
    assert speaker_of(text, "no documented")[0] != "Ada Roe"
    text = text.replace("the auditor said", "the province's auditor general said")
    assert speaker_of(text, "no documented")[0] != "Ada Roe"
    text = ('Dockers\' union president Tor Lind called the cuts a betrayal. "We were promised jobs," Lind said.\n\n'
            '"Every harbour town deserves a future," the prime minister said in 2021.')
    assert speaker_of(text, "Every harbour town")[0] != "Tor Lind"


def test_the_s_form_of_a_noun_like_cue_after_a_noun_for_a_text_is_the_text_s_verb():
    text = ('Tenants sue\n\nVESTBY — The Harbour Tenants Association sued the town on Monday. The lawsuit claims '
            'the town "ignored every warning about the towers."\n\nThe association\'s statement claims the '
            'landlord "never answered a single call."\n\nThe association used the e-mail addresses to reach its '
            'members. "We are ready," it said.')
    assert speaker_of(text, "ignored every warning")[0] == "The lawsuit"
    assert speaker_of(text, "never answered")[0] == "Harbour Tenants Association"
    # A plural noun after a noun for a text (`e-mail addresses to`) is no verb.
    assert next(q for q in extract(text) if q.text.startswith("We are ready")).cue != "addresses"


def test_letters_after_a_name_are_no_part_of_it():
    # A seat, a rank at the bar or an honour written after the full name (`post_nominals.txt`) says what the
    # person is; `Ms Pellow` and `Mr Dunmore` then take up the full name.
    text = ('Helen Pellow MP said the harbour levy was unfair.\n\n'
            '"Fishermen cannot pay twice," Ms Pellow said.\n\n'
            'Rufus Dunmore KC, for the harbour board, disagreed. "The levy is lawful," Mr Dunmore said.')
    assert speaker_of(text, "Fishermen")[0] == "Helen Pellow"
    assert speaker_of(text, "The levy")[0] == "Rufus Dunmore"
    names = {entity.name for entity in find_entities(text)[0]}
    assert "Helen Pellow" in names and "Rufus Dunmore" in names
    # A party and a seat are not a name without their letters.
    assert not any("Sinn" in entity.name for entity in find_entities("Sinn Féin TD said it was wrong.")[0]
                   if entity.kind == "person" and entity.name.endswith("TD"))


def test_a_particled_surname_after_an_honorific_is_the_full_names():
    # `Mr Mac Carra` is the surname of several words of Colm Mac Carra: the honorific before it is no role
    # that would make the words someone else's name.
    text = ('Colm Mac Carra, a councillor in Dunbrack, said the bridge was unsafe.\n\n'
            '"Nobody will cross it in winter," Mr Mac Carra said.')
    assert speaker_of(text, "Nobody will")[0] == "Colm Mac Carra"


def test_british_and_australian_councillor_abbreviations_are_titles():
    # `Cllr` (British and Irish) and `Cr` (Australian) lead a councillor's name as `Coun.` does, so that
    # `Cllr Pennock` is the councillor named in full before, not a second person.
    text = ('Cllr Rowena Pennock, who chairs the planning committee, backed the scheme.\n\n'
            '"The town needs these homes," Cllr Pennock said.')
    assert speaker_of(text, "The town")[0] == "Rowena Pennock"
    text = ('The deputy mayor, Janine Corrigal, voted against it.\n\n'
            '"It is the wrong site," Cr Corrigal said.')
    assert speaker_of(text, "It is the wrong")[0] == "Janine Corrigal"


def test_an_irish_particled_surname_after_the_councillors_title_is_the_full_names():
    # `Ó`, `Ní`, `Nic`, `Uí`, `Mag` open Irish surnames of two words as `Mac` does (`surname_particles.txt`), and
    # a title the full name also bore is no sign of a second person.
    text = ('Cllr Gráinne Ní Dhuibhir tabled the motion on Monday.\n\n'
            '"The square belongs to people, not cars," Cllr Ní Dhuibhir said.')
    assert speaker_of(text, "The square")[0] == "Gráinne Ní Dhuibhir"
    # A title the full name never bore may be someone else's: the two stay apart.
    text = ('Tomás Ó Riada, a solicitor in Ballykeel, lodged the appeal.\n\n'
            '"The appeal is late," Judge Ó Riada said.')
    names = {entity.name for entity in find_entities(text)[0] if entity.kind == "person"}
    assert {"Tomás Ó Riada", "Ó Riada"} <= names


def test_the_office_is_not_taken_up_by_a_former_holder():
    # `former premier Ross Ketteridge` held the office once: `the Premier` of the same article is the one in
    # office, here the person the quotes are about, never the former holder named later.
    text = ('Premier rules out early poll\n\n'
            'Carla Venning told reporters in Tarrowby on Monday that the election would be held as scheduled.\n\n'
            '"Nobody wants an early poll," the Premier said.\n\n'
            'Later, former premier Ross Ketteridge said she should reshuffle her cabinet.')
    assert speaker_of(text, "Nobody wants")[0] == "Carla Venning"
    # A description that says the office was held once still takes up its former holder, after its article too.
    text = ('Former Premier Ross Ketteridge spoke in Tarrowby on Monday. Premier Carla Venning replied on Tuesday.\n\n'
            '"I would reshuffle now," the former premier said.')
    assert speaker_of(text, "I would reshuffle")[0] == "Ross Ketteridge"


def test_a_peer_is_named_by_the_title_and_one_word():
    # `Lord Brackenmoor` names a peer, who has no other name in the article; `he` then takes him up, not the
    # minister named before.
    text = ('Transport Minister Fiona Drummell defended the timetable.\n\n'
            'Lord Brackenmoor, who chaired an inquiry into the ferries, told the BBC that ministers should buy '
            'second-hand ships.\n\n'
            '"There are good ships for sale in Bergen," he said.')
    assert speaker_of(text, "There are good ships")[0] == "Lord Brackenmoor"
    # A title of the peerage before another title is no peer's name.
    assert not [e for e in find_entities("The Lord Chancellor said the courts were full.")[0] if e.kind == "person"]


def test_the_definite_subject_of_the_lede_is_named_in_the_next_paragraph():
    # British and Australian ledes bring the speaker in by office and keep the name for the paragraph after:
    # the quoted words of the lede are the words of the person that paragraph names as a clause's subject.
    text = ('Ferry fares to rise again\n\n'
            'The harbour commissioner has accused the operator of "fleecing islanders" after fares rose for the '
            'third time this year.\n\n'
            'In a letter to the board on Tuesday, Morag Cattanach said the rise could not be justified.')
    assert speaker_of(text, "fleecing islanders")[0] == "Morag Cattanach"
    # A dateline before the lede's first clause says where the story is from; the lede's subject still opens it.
    dated = text.replace("The harbour commissioner has", "KELBY, N.S. \u2014 The harbour commissioner has")
    assert speaker_of(dated, "fleecing islanders")[0] == "Morag Cattanach"
    # A description after the first named person is theirs to take up or no one's, not the next name's.
    text = ('Ferry fares to rise again\n\n'
            'Ewan Lusk, who runs the operator, defended the rise.\n\n'
            'The harbour commissioner has accused the operator of "fleecing islanders".\n\n'
            'In a letter to the board on Tuesday, Morag Cattanach said the rise could not be justified.')
    assert speaker_of(text, "fleecing islanders")[0] != "Morag Cattanach"


def test_an_indefinite_lede_s_subject_is_the_office_holder_named_in_a_later_paragraph():
    """`A city councillor has apologized after telling ...` then `Coun. Ida Berg made the remark`: the lede brings
    its subject in by office, indefinitely, and names them later; the one named must hold that office."""
    text = ('Councillor sorry for remark\n\n'
            'KELBY, N.S. \u2014 A Kelby city councillor has apologized after telling a meeting that campers '
            'should "move on or be moved."\n\n'
            'Coun. Ida Berg made the remark on Tuesday at a meeting about the park.\n\n'
            '"I was wrong," Berg said.')
    assert speaker_of(text, "move on or")[0] == "Ida Berg"
    # A person of no such office named later is someone else.
    other = text.replace("Coun. Ida Berg made", "Camper Ida Berg heard")
    assert speaker_of(other, "move on or")[0] != "Ida Berg"


def test_the_irish_head_of_government_and_deputy_are_offices():
    # `Taoiseach` and `Tánaiste` are offices, titles before a name and heads of a description, never a name.
    text = ('Tánaiste Orla Ní Fhearghail opened the new bridge in Ballykeel on Friday.\n\n'
            '"It took ten years, but it is here," the Tánaiste said.')
    assert speaker_of(text, "It took ten years")[0] == "Orla Ní Fhearghail"
    text = ('Bridge opens at last\n\n'
            'The Taoiseach has said the new bridge is "only the start" for the county.\n\n'
            'Speaking in Ballykeel on Friday, Cathal Ó Duinn said more roads would follow.')
    assert speaker_of(text, "only the start")[0] == "Cathal Ó Duinn"


def test_the_office_a_lede_gives_a_person_named_later_stays_theirs():
    # The lede's office is the person's for the rest of the article: a later `the Taoiseach said` after another
    # speaker is still the person the lede's office was linked to.
    text = ('Bridge opens at last\n\n'
            'The Taoiseach has said the new bridge is "only the start" for the county.\n\n'
            'Speaking in Ballykeel on Friday, Cathal Ó Duinn said more roads would follow.\n\n'
            'Tánaiste Orla Ní Fhearghail agreed. "The county has waited long enough," the Tánaiste said.\n\n'
            '"We will be back next year," the Taoiseach said.')
    assert speaker_of(text, "We will be back")[0] == "Cathal Ó Duinn"


def test_a_cue_in_a_relative_clause_after_a_preposition_is_its_nouns():
    # `traders who say`: the relative pronoun before the cue stands for the preposition's object, who speak,
    # not for the subject of the clause the relative clause hangs on.
    text = ('Councillors in Dunbrack approved the bus lane, despite objections from shopkeepers who say it will '
            '"strangle" the high street.')
    assert speaker_of(text, "strangle")[0] == "shopkeepers"
    # After a verb, the object may be the subject's paraphrase of them; after a comma, an apposition.
    text = 'Mayor Ilse Tranmere met parents who told her the school was "falling apart".'
    assert speaker_of(text, "falling apart")[0] == "Ilse Tranmere"


def test_kin_of_a_named_person_speak_not_the_person_named():
    # `The family of Gwenllian Prosser said`: the name is the object of `of` after a noun for kin; the family
    # speaks, not the woman they speak of.
    text = 'The family of Gwenllian Prosser said she was "the heart of the village".'
    speaker = speaker_of(text, "the heart")[0]
    assert speaker != "Gwenllian Prosser" and "family" in speaker
    text = 'The daughter of Mayor Idris Pennant told reporters: "My father never wanted this."'
    speaker = speaker_of(text, "My father")[0]
    assert speaker != "Idris Pennant" and "daughter" in speaker


def test_according_to_closing_the_clause_of_a_partial_gives_its_source():
    # The source of the whole clause is the source of the words quoted in it.
    text = 'The toll plan is "dead in the water" in the assembly, according to Senator Ilse Brandow.'
    assert [(q.text, q.speaker) for q in extract(text)] == [("dead in the water", "Ilse Brandow")]
    # One word in marks is a term the writer sets apart, not the source's words.
    text = 'Most files were kept at the "restricted" level, according to an aide to Senator Ilse Brandow.'
    assert [q.speaker for q in extract(text)] in ([], [None])


def test_a_quoted_paragraph_is_said_by_the_subject_of_the_next_paragraph_pointing_back_to_its_words():
    text = ('Senator bows out\n\nTORVALE \u2014 "I came to pass laws, and this place passes none."\n\n'
            'With those words, spoken to a half-empty chamber, Sen. Ada Vik closed a long career.\n\n'
            '"She never asked which party I was in."\n\n'
            'That was how Rep. Ola Berg, who sat beside her on the farm panel, described her colleague.\n\n'
            '"Nothing was promised."\n\n'
            'Within those walls, Sen. Ada Vik was liked.\n')
    speakers = {q.text.split()[0]: q.speaker for q in extract(text)}
    assert speakers["I"] == "Ada Vik" and speakers["She"] == "Ola Berg"
    assert speakers["Nothing"] != "Ada Vik"  # an opening that does not point back to the words names no one


def test_a_fronted_according_to_is_an_adverbial_before_the_subject_a_joined_cue_shares():
    # `described` shares the subject of `met`; the source of the whole sentence is not that subject.
    text = ('According to a summary issued by the port authority, Mayor Ida Roe met the pilots on '
            'Friday and described the talks as "long but useful."')
    assert [(q.text, q.speaker) for q in extract(text)] == [("long but useful.", "Ida Roe")]


def test_the_full_stop_of_a_plural_title_abbreviation_ends_no_sentence():
    # `Sens.` leads the coordinated names; it is neither a sentence end nor a speaker.
    text = '"We have a deal at last," said Sens. Ida Roe and Per Lund of the Torvale delegation.'
    assert [q.speaker for q in extract(text)] == ["Ida Roe"]
    text = '"We have a deal at last," Sens. Ida Roe and Per Lund said in a joint statement.'
    speakers = [q.speaker for q in extract(text)]
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].endswith("Lund")


def test_a_role_of_two_nouns_keeps_the_body_it_is_held_in_before_the_verb():
    text = ("The chief constable of Kelby Harbour Police has defended a series of dawn raids, saying officers had "
            "\"no choice\" after months of complaints.\n\n"
            "Chief Constable Maren Tollefsen told a panel on Thursday: \"I understand the anger.\"")
    assert speaker_of(text, "no choice")[0] == "Maren Tollefsen"


def test_a_name_after_a_word_for_a_settlement_and_of_is_a_place_not_a_speaker():
    text = ("Councillor Odile Ferranby, who chairs the licensing committee, said residents of the nearby village of "
            "Brinton Marsh had complained of music \"till 3am\" last summer.\n\n"
            "\"Nobody wants to close the festival,\" she said.")
    assert speaker_of(text, "till 3am")[0] == "Odile Ferranby"
    assert speaker_of(text, "Nobody wants")[0] == "Odile Ferranby"
    assert all(e.name != "Brinton Marsh" for e in find_entities(text)[0])


def test_a_year_or_a_month_after_in_between_a_subject_and_its_verb():
    text = "Former premier Aksel Bruntvik in 2009 called the ferry pact \"a bridge, not a wall\"."
    assert speaker_of(text, "a bridge")[0] == "Aksel Bruntvik"
    text = "Mayor Ilse Harrowgate in March 2021 told councillors the budget was \"beyond repair\"."
    assert speaker_of(text, "beyond repair")[0] == "Ilse Harrowgate"


def test_an_ing_cue_after_a_verb_of_aspect_has_its_subject_before_that_verb():
    text = "When the vote failed, the crowd began chanting \"Strike, strike, strike!\""
    assert speaker_of(text, "Strike")[0] == "the crowd"
    text = "The result was read out, and several people began chanting \"Strike, strike, strike!\""
    assert speaker_of(text, "Strike")[0] == "several people"
    text = "Harbour chair Petra Lindqvale kept repeating \"no new levies\" at the meeting."
    assert speaker_of(text, "no new levies")[0] == "Petra Lindqvale"


def test_a_capitalised_determiner_opening_the_clause_of_an_aspect_verb_is_no_subject_alone():
    text = "The netmenders began chanting \"No more tolls!\" as the barrier closed."
    assert speaker_of(text, "No more tolls")[0] == "The netmenders"
    text = "Several netmenders kept shouting \"Open the gates!\" at the harbour office."
    assert speaker_of(text, "Open the gates")[0] == "Several netmenders"


def test_a_clause_joined_by_and_after_a_closed_quote_introduces_the_next_quote():
    text = ("At the ferry meeting, a woman in the gallery shouted \"Give us the timetable!\" and several netmenders "
            "began chanting \"Keep the crossing.\"")
    assert speaker_of(text, "Give us the timetable")[0] == "a woman in the gallery"
    assert speaker_of(text, "Keep the crossing")[0] == "several netmenders"
    text = "A pilot yelled \"Not again!\" and Orla Vantrees said \"We will manage.\""
    assert speaker_of(text, "Not again")[0] == "A pilot"


def test_a_cue_in_a_relative_clause_after_a_preposition_and_which_has_its_own_subject():
    text = 'Kemal Orrin recalled a dinner at which the harbour master told him the dredging was "out of the question."'
    assert speaker_of(text, "out of the question")[0] == "the harbour master"
    text = 'Kemal Orrin described a call in which a harbour pilot told him the channel was "far too shallow."'
    assert speaker_of(text, "far too shallow")[0] == "a harbour pilot"


@pytest.mark.parametrize("text, opening", [
    ('Harbour levy\n\nThe levy vote was held on Monday.\n\nCouncillors Mira Sand and Otto Brek issued a statement on '
     'Friday, calling the levy "a tax on fishermen."', "a tax on"),
    ('Harbour levy\n\nThe levy vote was held on Monday.\n\n"We will appeal," Mira Sand and Otto Brek said in a joint '
     'statement.', "We will appeal"),
    ('Harbour levy\n\nThe levy vote was held on Monday.\n\n"We will appeal," said Mira Sand and Otto Brek.',
     "We will appeal"),
])
def test_two_names_joined_by_and_as_the_subject_both_speak(text, opening):
    quote = next(q for q in extract(text) if q.text.startswith(opening))
    assert quote.speakers == ["Mira Sand", "Otto Brek"]
    assert quote.speaker == "Mira Sand and Otto Brek"


def test_a_name_joined_by_and_to_an_object_does_not_speak_with_the_subject():
    # `Bo Lind` is what Holm met, not a subject: Otto Brek alone says it.
    text = ('Harbour levy\n\nThe levy vote was held on Monday.\n\nAnna Holm met Bo Lind and Otto Brek said: '
            '"The levy stays."')
    quote = next(q for q in extract(text) if q.text.startswith("The levy"))
    assert quote.speakers == [] and quote.speaker == "Otto Brek"


def test_the_passive_of_a_verb_of_causing_before_a_cue_has_its_subject_speak():
    text = ('Rally in Tarm\n\nSome two thousand people gathered in the square.\n\nThe crowd was so calm that '
            'Mr. Aivar Ilves was prompted to say, "I have never seen a quieter rally." He left soon after.')
    assert speaker_of(text, "I have never") == ("Aivar Ilves", "cue_before")


def test_a_pronoun_opening_the_sentence_after_an_unnamed_description_takes_it_up():
    # `she` is the official the description brings in, not the agency named inside it.
    text = ('Ferry inquiry\n\nThe inquiry opened in Harnby on Monday.\n\nA former Coastal Transit Agency official said '
            'the ferry timetable was never checked. She added, "Nobody in the office read the report."')
    assert speaker_of(text, "Nobody in the office") == ("A former Coastal Transit Agency official", "cue_before")


def test_words_a_possessed_body_called_something_are_that_body_s():
    text = ('Senate race\n\nThe race tightened this week.\n\nSenator Ilse Varn faced a new charge on Tuesday, one her '
            'campaign called "baseless and desperate." Varn did not appear in public.')
    quote = next(q for q in extract(text) if q.text.startswith("baseless"))
    assert (quote.speaker, quote.speaker_mention) == ("Ilse Varn's campaign", "her campaign")


def test_a_statement_first_named_after_a_body_reported_is_that_body_s():
    text = ('Quota talks end\n\nVESTBY, 4 March. The press service of the Ministry of Coastal Affairs reported that '
            'the quota talks with Norlund had ended. The statement says: "The parties agreed to meet again in June."')
    assert speaker_of(text, "The parties agreed")[0] == "Ministry of Coastal Affairs"
    # A person who reports is no body: the statement is not read as theirs by this rule.
    text = ('Quota talks end\n\nVESTBY, 4 March. Ada Runge reported that the quota talks with Norlund had ended. '
            'The statement says: "The parties agreed to meet again in June."')
    assert speaker_of(text, "The parties agreed")[0] != "Ministry of Coastal Affairs"


def test_a_body_named_with_of_ends_before_the_verb_of_a_first_predicate():
    text = ('Weavers protest\n\nThe Federation of Tarnmouth Weavers condemned the raid and promised steps '
            '"up to and including closure."')
    assert speaker_of(text, "up to and") == ("Federation of Tarnmouth Weavers", "cue_before")


def test_an_indefinite_lede_s_judge_of_a_named_court_is_the_justice_named_later():
    """`A Court of X judge`: the court's name, `of` and all, modifies the noun for the person, which heads the
    description; the lede's judge is the justice named in the next paragraph."""
    text = ('Judge scolds station\n\nKELBY \u2014 A Superior Court of Vellmark judge chastised the Harbour Radio '
            'Company on Friday, saying the station had been \u201cplaying games\u201d with its members.\n\n'
            'Justice Orin Tallis ordered the station to hand over its lists.')
    assert speaker_of(text, "playing games")[0] == "Orin Tallis"


def test_the_bare_form_of_a_noun_like_cue_after_a_modal_is_the_cue():
    text = 'Asked about the lost funds, Mayor Tobin Harrow could only quip: "The money went where money goes."'
    quote = next(q for q in extract(text) if q.text.startswith("The money"))
    assert (quote.speaker, quote.cue) == ("Tobin Harrow", "quip")
    text = '"We lost that game in the dressing room," Coach Lina Morvath would later remark.'
    quote = next(q for q in extract(text) if q.text.startswith("We lost"))
    assert (quote.speaker, quote.cue) == ("Lina Morvath", "remark")
    # After `to` or a negation the bare form reports no words.
    for frame in ("declined to comment", "would not comment"):
        text = f'Fennick Holdings {frame}: "We do not discuss litigation."'
        assert next(q for q in extract(text) if q.text.startswith("We do not")).cue is None


def test_the_that_of_a_clause_of_result_opens_the_clause_of_the_cue_s_subject():
    text = ('The count ran past midnight. The hall grew so cold that an aide to Tobin Harrow quipped: '
            '"Next year we bring blankets."')
    quote = next(q for q in extract(text) if q.text.startswith("Next year"))
    assert quote.speaker_mention == "an aide to Tobin Harrow"


def test_a_role_noun_after_a_hyphened_office_prefix_heads_the_description():
    # `co-` and `vice-` leave `founder` and `chair` the heads: the name set off after them speaks.
    text = 'Mill sold\n\nThe mill\'s co-founder, Dr Ilka Brand, said: "We had no other buyer."'
    assert speaker_of(text, "We had no other")[0] == "Ilka Brand"
    text = 'Mill sold\n\nThe vice-chair, Dr Ilka Brand, said: "We had no other buyer."'
    assert speaker_of(text, "We had no other")[0] == "Ilka Brand"


def test_a_name_set_off_inside_a_fronted_phrase_takes_no_apposition_from_the_subject():
    # `Aoife Kerr, the premier` is no apposition: the fronted phrase ends at Kerr's comma.
    text = ('Premier backs minister\n\nThe premier has ruled out an early election.\n\nSpeaking in Carrow, Tomas '
            'Ruane said: "There will be no vote this year."\n\nAsked about the harbour minister, Aoife Kerr, the '
            'premier said: "She has my full support."')
    assert speaker_of(text, "She has my full")[0] == "Tomas Ruane"


def test_a_country_s_possessive_in_a_headline_is_no_part_of_the_name_after_it():
    text = ('Norway\'s Varga says no deal yet\n\nNorwegian Prime Minister Ilona Varga said on Monday there would be '
            'no deal before June.\n\n"We are not in a hurry," Varga said.')
    assert next(q for q in extract(text) if q.text.startswith("We are not")).speaker == "Ilona Varga"


def test_an_irish_police_rank_before_a_name_is_a_title():
    text = 'Syringe case\n\nGarda Sorcha Brannock told the court she had been "badly shaken".'
    assert speaker_of(text, "badly shaken")[0] == "Sorcha Brannock"
    # The force's own name stays a body's.
    text = 'Syringe case\n\nGarda Síochána said it was "reviewing the file".'
    assert speaker_of(text, "reviewing the file")[0] == "Garda Síochána"
