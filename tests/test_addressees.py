"""Addressees: forms of address in quotes, resolved to people of the article; texts written for the tests."""

import pyarrow as pa

from quotes import extract
from quotes.export import QUOTES_SCHEMA
from quotes.vocatives import find_vocatives


def quote_of(text, opening):
    return next(q for q in extract(text) if q.text.startswith(opening))


def test_full_name_after_dear():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Dear Anton Vasin, the nets are ready," Grete Holm said.')
    quote = quote_of(text, "Dear Anton")
    assert quote.addressees == ["Anton Vasin"]
    assert quote.vocatives == ["Dear Anton Vasin"]


def test_first_name_and_patronymic_is_the_person_with_that_first_name():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Dear Anton Pavlovich, the nets are ready," Grete Holm said.')
    assert quote_of(text, "Dear Anton").addressees == ["Anton Vasin"]


def test_patronymic_made_with_a_separate_word():
    text = ('Engineer Rauf Mammadli opened the bridge.\n\n'
            '"Thank you, dear Rauf Tahir oglu, for the bridge," Grete Holm said.')
    assert quote_of(text, "Thank you").addressees == ["Rauf Mammadli"]


def test_surname_with_honorific():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Mr. Vasin, the nets are ready," Grete Holm said.')
    assert quote_of(text, "Mr. Vasin").addressees == ["Anton Vasin"]


def test_office_is_the_counterpart_at_the_meeting_not_another_holder():
    text = ("Minister Ada Lind held talks with President of Estonia Milan Kovar in Brenn.\n\n"
            "President of Finland Lars Eik is expected in Brenn next week.\n\n"
            '"Mr. President, thank you for the warm welcome," Ada Lind said.')
    quote = quote_of(text, "Mr. President")
    assert "Milan Kovar" in quote.occasion.participants
    assert quote.addressees == ["Milan Kovar"]


def test_office_never_names_the_speaker():
    text = ("President of Estonia Milan Kovar held talks with President of Finland Lars Eik in Brenn.\n\n"
            '"Mr. President, welcome to Brenn," Milan Kovar said.')
    assert quote_of(text, "Mr. President").addressees == ["Lars Eik"]


def test_rank_alone_is_the_one_other_participant():
    text = ("Minister Ada Lind held talks with President of Estonia Milan Kovar in Brenn.\n\n"
            '"Your Excellency, the treaty is ready," Ada Lind said.')
    quote = quote_of(text, "Your Excellency")
    assert quote.addressees == ["Milan Kovar"]
    assert quote.vocatives == ["Your Excellency"]


def test_group_address_is_kept_as_written_but_names_no_one():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Dear colleagues, the nets are ready. Ladies and gentlemen, welcome," Anton Vasin said.')
    quote = quote_of(text, "Dear colleagues")
    assert quote.addressees == []
    assert quote.vocatives == ["Dear colleagues", "Ladies and gentlemen"]


def test_no_address_gives_empty_lists():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"The nets are ready and the boats can sail," Grete Holm said.')
    quote = quote_of(text, "The nets")
    assert quote.addressees == [] and quote.vocatives == []


def test_address_set_off_by_commas_inside_a_sentence():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"I can tell you, Mr. Vasin, that the nets are ready," Grete Holm said.')
    assert quote_of(text, "I can tell").addressees == ["Anton Vasin"]


def test_name_in_apposition_is_not_an_address():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"We thank the mayor of Lindow, Mr. Vasin, and his deputy, Mr. Berg, for the nets," Grete Holm said.')
    quote = quote_of(text, "We thank")
    assert quote.addressees == [] and quote.vocatives == []


def test_speaker_is_not_their_own_addressee():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Mr. Vasin, as you all call me, is tired," Anton Vasin said.')
    quote = quote_of(text, "Mr. Vasin")
    assert quote.speaker == "Anton Vasin"
    assert quote.addressees == []


def test_dear_inside_a_noun_phrase_is_no_address():
    text = ('Harbour master Anton Vasin met the fishing crews.\n\n'
            '"Those were the dear old days of the harbour, Anton Vasin said," Grete Holm recalled.')
    assert find_vocatives("Those were the dear old days of the harbour.") == []
    assert quote_of(text, "Those were").vocatives == []


def test_name_followed_by_a_relative_clause_is_talked_about():
    assert find_vocatives("Mr. Vasin, who mended the nets, is tired.") == []
    assert [a.text for a in find_vocatives("Mr. Vasin, the nets are mended.")] == ["Mr. Vasin"]


def test_a_list_of_nouns_is_no_audience():
    assert find_vocatives("We brought nets, ropes, friends, and bread.") == []


def test_addressees_take_the_speakers_display_name():
    text = ('Harbour master Andrei Vasin met the fishing crews.\n\n'
            '"The nets are ready," Andrey Vasin said.\n\n'
            '"Mr. Vasin, thank you," Grete Holm said to Andrei Vasin.')
    speakers = {q.speaker for q in extract(text)}
    quote = quote_of(text, "Mr. Vasin")
    assert quote.addressees[0] in speakers


def test_addressees_column_is_a_list_of_strings():
    assert QUOTES_SCHEMA.field("addressees").type == pa.list_(pa.string())
    assert QUOTES_SCHEMA.field("vocatives").type == pa.list_(pa.string())


def test_audience_noun_alone_at_sentence_start_is_the_subject():
    assert find_vocatives("Guests, too, were late.") == []
    assert find_vocatives("Friends of the lighthouse are worried.") == []
    assert [a.kind for a in find_vocatives("Dear guests, welcome. Friends, sit down.")] == ["group", "group"]


def test_honorific_before_an_office_and_a_name_keeps_the_name():
    [address] = find_vocatives("Thank you, Mr. President Kovar.")
    assert (address.kind, address.words) == ("name", "Kovar")


def test_words_the_outer_speaker_cites_to_you_are_the_addressee_s():
    text = ('Debate transcript\n\nMayor Ada Kessel and Councillor Piet Ruud met in Harnby on Tuesday.\n\n'
            'MODERATOR: Ms. Kessel, you said "the ferry will pay for itself." Do you stand by it?\n\n'
            'KESSEL: I do.\n')
    inner = quote_of(text, "the ferry will")
    assert (inner.speaker, inner.method, inner.speaker_mention) == ("Ada Kessel", "nested_cue", "you")
    # Words the outer speaker cites as their own (`I said`) stay theirs.
    text = ('Debate transcript\n\nMayor Ada Kessel and Councillor Piet Ruud met in Harnby on Tuesday.\n\n'
            'MODERATOR: Ms. Kessel, I said "the ferry will pay for itself" once and I was wrong. Do you agree?\n\n'
            'KESSEL: I do.\n')
    assert quote_of(text, "the ferry will").speaker != "Ada Kessel"
