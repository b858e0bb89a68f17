"""Word lists the rules read: cue verbs, titles, role nouns, demonyms, events, days.

They live in `quotes/data/` as plain text and CSV so that a linguist can extend
them without touching code; this module loads each once per process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Endings of nouns for people ("strategist", "anchorman", "historian"): a suffix, not a word list.
PERSON_SUFFIXES = ("ist", "man", "woman", "person", "ian")


def _lines(name: str) -> list[str]:
    text = resources.files("quotes.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _csv_rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_lines(name)))


#: A verb of one syllable that ends in one vowel and one consonant (`shrug`, `quip`, `dub`): its consonant doubles
#: before -ed and -ing (`shrugged`, `quipping`). Not w, x or y, which never double (`vow`, `fix`, `pray`).
_DOUBLING = re.compile(r"(?:[^aeiou\s]|qu)+[aeiou](?P<last>[b-df-hj-np-tvz])")


def _inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb lemma: say -> says, saying; note -> notes, noted, noting; shrug ->
    shrugged, shrugging."""
    forms = {lemma}
    doubling = _DOUBLING.fullmatch(lemma)
    if doubling:
        forms |= {lemma + "s", lemma + doubling.group("last") + "ed", lemma + doubling.group("last") + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


@dataclass(frozen=True)
class CueVerbs:
    forms: frozenset[str]
    lemma_of: dict[str, str]


@cache
def cue_verbs() -> CueVerbs:
    """Every inflected form of the cue verbs, mapped to its lemma."""
    return _verb_forms("cue_verbs.txt")


@cache
def cue_lemmas() -> frozenset[str]:
    """The cue verbs' bare forms, those nouns too (`shout`, `chant`): the form a verb of perception takes
    after its object (`heard them shout`)."""
    return frozenset(cue_verbs().lemma_of.values())


@cache
def manner_words() -> frozenset[str]:
    """Adjectives for a manner of speaking (`emphatic`, `blunt`): `manner_words.txt`."""
    return frozenset(_lines("manner_words.txt"))


@cache
def evaluation_verbs() -> CueVerbs:
    """Verbs that put quoted words in someone's mouth without reporting speech: `called the plan "reckless"`."""
    return _verb_forms("evaluation_verbs.txt")


@cache
def evaluation_present_forms() -> frozenset[str]:
    """The -s forms of the evaluation verbs that double as nouns (`calls`, `labels`): left out of
    `evaluation_verbs()`, as `calls for reform` is a noun, they are verbs after a subject (`Lee calls`)."""
    return _noun_like_present_forms("evaluation_verbs.txt")


@cache
def cue_present_forms() -> frozenset[str]:
    """The -s forms of the cue verbs that double as nouns (`states`, `claims`): left out of `cue_verbs()`, as
    `the states` and `her claims` are nouns, they are verbs in a frame closing a quote (`"...," the letter states.`)."""
    return _noun_like_present_forms("cue_verbs.txt")


def _noun_like_present_forms(name: str) -> frozenset[str]:
    """The -s forms of the verbs of a list marked with `*` as doubling as nouns."""
    forms: set[str] = set()
    for line in _lines(name):
        lemma = line.partition(":")[0].strip()
        if lemma.endswith("*"):
            lemma = lemma.rstrip("*")
            forms |= {f for f in _inflections(lemma) if f != lemma and f.endswith("s")}
    return frozenset(forms)


def _verb_forms(name: str) -> CueVerbs:
    """A verb list (`lemma[*][: irregular form]` per line) with every inflected form mapped to its lemma.

    A starred lemma doubles as a noun (`claim`, `point`): only its -ed and -ing forms count.
    """
    lemma_of: dict[str, str] = {}
    for line in _lines(name):
        lemma, _, irregular = (part.strip() for part in line.partition(":"))
        noun_like = lemma.endswith("*")
        lemma = lemma.rstrip("*")
        forms = _inflections(lemma)
        if noun_like:
            forms = {f for f in forms if f.endswith(("ed", "ing"))}
        # `admit: admitted, admitting`: the forms no rule of spelling gives, as listed.
        forms |= {form.strip() for form in irregular.split(",") if form.strip()}
        for form in forms:
            lemma_of.setdefault(form, lemma)
    return CueVerbs(frozenset(lemma_of), lemma_of)


@cache
def past_forms() -> frozenset[str]:
    return frozenset(_lines("past_forms.txt"))


def is_past_form(word: str) -> bool:
    """`sentenced`, `met`: a regular past in -ed or an irregular one (`past_forms.txt`), as written."""
    return word.endswith("ed") or word in past_forms()


@cache
def cue_phrases() -> tuple[str, ...]:
    return tuple(_lines("cue_phrases.txt"))


@cache
def titles() -> frozenset[str]:
    return frozenset(_lines("titles.txt"))


@cache
def role_nouns() -> dict[str, str]:
    """Role head noun -> 'person' or 'org'."""
    out: dict[str, str] = {}
    for line in _lines("role_nouns.txt"):
        noun, _, kind = line.partition("\t")
        out[noun.strip()] = kind.strip() or "person"
    return out


@cache
def role_synonyms() -> dict[str, str]:
    return {row["variant"]: row["canonical"] for row in _csv_rows("role_synonyms.csv")}


@cache
def french_body_nouns() -> frozenset[str]:
    """Nouns that head a body's French name (`Société`, `Fédération`)."""
    return frozenset(_lines("french_body_nouns.txt"))


@cache
def french_name_particles() -> frozenset[str]:
    """Prepositions, articles and conjunctions inside a French name (`de`, `du`, `des`, `la`)."""
    return frozenset(_lines("french_name_particles.txt"))


@cache
def body_hypernyms() -> dict[str, frozenset[str]]:
    """A general noun for a body (`group`) -> the kinds of body it may take up (`coalition`, `society`)."""
    return {row["noun"]: frozenset(row["kinds"].split()) for row in _csv_rows("body_hypernyms.csv")}


@cache
def title_offices() -> dict[str, str]:
    """A title -> the office noun it implies when it stands right before a name (`Justice` -> `judge`)."""
    return {row["title"]: row["office"] for row in _csv_rows("title_offices.csv")}


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    aliases: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(row["country"], row["adjective"], tuple(a for a in (row.get("aliases") or "").split("|") if a))
        for row in _csv_rows("demonyms.csv")
    )


@cache
def nationality_adjectives() -> frozenset[str]:
    """The adjectives of the countries of `demonyms.csv` (`Georgian`, `Turkish`), which are also their languages
    and their people's nouns."""
    return frozenset(country.adjective for country in countries() if country.adjective)


@cache
def capitalised_epithets() -> frozenset[str]:
    """Capitalised nouns for a kind of person: party words and people of a state (`epithet_nouns.txt`) and
    the adjectives of countries, which are also their people's nouns (`the Russian said`)."""
    return frozenset(w for w in epithet_nouns() if w[:1].isupper()) | \
        frozenset(country.adjective for country in countries())


@cache
def country_of_word() -> dict[str, str]:
    """Any way of naming a country (name, adjective, alias), lower-cased -> country name."""
    out: dict[str, str] = {}
    for country in countries():
        for form in (country.name, country.adjective, *country.aliases):
            out[form.lower()] = country.name
    return out


@cache
def headline_tags() -> frozenset[str]:
    """Labels after a headline's dash that name no speaker ("... - INTERVIEW")."""
    return frozenset(_lines("headline_tags.txt"))


@cache
def topic_openers() -> tuple[str, ...]:
    """Words of speaking and the preposition that opens their topic (`comments on`, `asked about`)."""
    return tuple(_lines("topic_openers.txt"))


@cache
def topic_verbs() -> tuple[str, ...]:
    """Verbs that say someone went on to speak of a topic (`touched upon`, `dwelt on`)."""
    return tuple(_lines("topic_verbs.txt"))


@cache
def subject_openers() -> frozenset[str]:
    """Function words that may open a subject in the author's words after a dash remark (`the`, `he`)."""
    return frozenset(_lines("subject_openers.txt"))


@cache
def echo_nouns() -> frozenset[str]:
    """Nouns with which a demonstrative takes up the quoted words before (`those words`, `that argument`)."""
    return frozenset(_lines("echo_nouns.txt"))


@cache
def subordinators() -> frozenset[str]:
    """Subordinating conjunctions, each opening an adverbial clause with its own subject (`after`, `because`)."""
    return frozenset(_lines("subordinators.txt"))


@cache
def cited_words_nouns() -> frozenset[str]:
    """Nouns for someone's words that a speaker cites with their owner (`recalled the words of Berg:`)."""
    return frozenset(_lines("cited_words_nouns.txt"))


@cache
def lead_in_nouns() -> frozenset[str]:
    """Nouns for what someone said that a list's lead-in names with its owner (`Highlights of his speech:`)."""
    return frozenset(_lines("lead_in_nouns.txt"))


@cache
def styles() -> frozenset[str]:
    """Words of a style of address before an office ("His Highness the Emir"), no part of the office."""
    return frozenset(_lines("styles.txt"))


@cache
def label_stopwords() -> frozenset[str]:
    """Line labels that look like transcript speakers but are not ("Note:", "Source:")."""
    return frozenset(_lines("label_stopwords.txt"))


@cache
def org_nouns() -> frozenset[str]:
    return frozenset(_lines("org_nouns.txt"))


@cache
def parliament_names() -> frozenset[str]:
    """Words naming a parliament (`Parliament`, `Majlis`, `Duma`), lower-cased: `parliament_names.txt`."""
    return frozenset(word.lower() for word in _lines("parliament_names.txt"))


@cache
def state_forms() -> frozenset[str]:
    """Nouns for the form of a state (`Republic`, `Kingdom`), whose formal name goes on with `of` and the
    country's (`the Republic of Norland`)."""
    return frozenset(_lines("state_forms.txt"))


@dataclass(frozen=True)
class EventWord:
    """Words naming an occasion of speech, its kind, and the words that introduce who took part."""

    keyword: str
    event: str
    # "with", "between", ...; "_" when the names follow the keyword directly ("received X").
    introducers: tuple[str, ...]


@cache
def event_words() -> tuple[EventWord, ...]:
    """Event keywords, longest first so 'phone conversation' beats 'conversation'."""
    rows = [EventWord(row["keyword"], row["event"], tuple(w for w in (row.get("participants") or "").split("|") if w))
            for row in _csv_rows("events.csv")]
    return tuple(sorted(rows, key=lambda word: -len(word.keyword.replace("*", ""))))


@cache
def day_before_words() -> tuple[str, ...]:
    """Adjuncts naming the day before the publication date when no complement follows: `on the eve`."""
    return tuple(_lines("day_before_words.txt"))


@cache
def relative_days() -> tuple[str, ...]:
    """Words naming a day by its distance from the publication date: yesterday, this morning."""
    return tuple(_lines("relative_days.txt"))


@cache
def time_adjunct_ends() -> frozenset[str]:
    """Words that end an opening adjunct of time set off by a comma: `The day before,`, `Two days earlier,`."""
    return frozenset(_lines("time_adjunct_ends.txt"))


@cache
def guest_nouns() -> frozenset[str]:
    """Nouns for the one a host receives: guest, visitor."""
    return frozenset(_lines("guest_nouns.txt"))


@cache
def hosting_verbs() -> frozenset[str]:
    """Verbs whose object is a guest: received, hosted, welcomed."""
    return frozenset(_lines("hosting_verbs.txt"))


@cache
def aspect_verbs() -> frozenset[str]:
    """Verbs of aspect, in every form, that take an -ing complement: `began chanting`, `kept repeating`."""
    return frozenset(_lines("aspect_verbs.txt"))


@cache
def sequel_adverbs() -> frozenset[str]:
    """Adverbs that tell a sentence's event followed straight on the one told before it: afterwards."""
    return frozenset(_lines("sequel_adverbs.txt"))


@cache
def time_shift_words() -> frozenset[str]:
    """Adverbs that set a sentence at a time of its own: earlier, ago, yesterday."""
    return frozenset(_lines("time_shift_words.txt"))


@cache
def long_time_spans() -> frozenset[str]:
    """Nouns of spans of a day or more, which before a sequel adverb measure a gap: days, weeks."""
    return frozenset(_lines("long_time_spans.txt"))


@cache
def frame_words() -> frozenset[str]:
    """Words after which a day or place still tells when or where the words were said."""
    return frozenset(_lines("frame_words.txt"))


@cache
def venue_nouns() -> frozenset[str]:
    """Common nouns for a place people gather in (`a senior center`, `a union hall`): a day or place after
    one of them belongs to the words said there when the venue hangs on the frame."""
    return frozenset(_lines("venue_nouns.txt"))


@cache
def masthead_nouns() -> frozenset[str]:
    """The last words of news outlets' names (`Herald`, `News`): a name ending in one is an outlet."""
    return frozenset(_lines("masthead_nouns.txt"))


@cache
def appearance_words() -> frozenset[str]:
    """Words of appearing on a broadcast (`appearing`, `appearance`), before `on` and a network or programme."""
    return frozenset(_lines("appearance_words.txt"))


@cache
def news_outlets() -> frozenset[str]:
    """News outlets named without a masthead noun (`CNN`, `Reuters`)."""
    return frozenset(_lines("news_outlets.txt"))


@cache
def report_tail_openers() -> frozenset[str]:
    """Words that may open what follows the cue of a sentence-closing reporting clause (`said on Tuesday`,
    `told reporters`): `report_tail_openers.txt` and the audience words of `frame_words.txt`."""
    return frozenset(_lines("report_tail_openers.txt")) | frame_words()


@cache
def state_abbreviations() -> dict[str, str]:
    """`Okla.` -> Oklahoma, `FL` -> Florida: a state written short in a party label after a name."""
    return {row["abbreviation"]: row["place"] for row in _csv_rows("state_abbreviations.csv")}


@cache
def given_name_forms() -> tuple[tuple[str, str], ...]:
    """(familiar form, full name) pairs whose letters do not show them one (`bob`, `robert`), lower case."""
    return tuple((row["short"], row["full"]) for row in _csv_rows("given_name_forms.csv"))


@cache
def generation_words() -> dict[str, str]:
    """`younger` -> young, `elder` -> old: the words that tell relatives of one surname apart by age."""
    return {row["word"]: row["age"] for row in _csv_rows("generation_words.csv")}


@cache
def surname_endings() -> dict[str, str]:
    """`ov` -> m, `ova` -> f: the endings that give a surname of the Russian pattern its bearer's gender."""
    return {row["ending"]: row["gender"] for row in _csv_rows("surname_endings.csv")}


@cache
def gender_words() -> dict[str, str]:
    return {row["word"]: row["gender"] for row in _csv_rows("gender_words.csv")}


@cache
def interview_frames() -> tuple[str, ...]:
    """Patterns of the sentence that names an interview's guest and host."""
    return tuple(_lines("interview_frames.txt"))


@cache
def epithet_nouns() -> frozenset[str]:
    """Heads of a writer's second reference to a person ("the cheerful proprietor")."""
    return frozenset(_lines("epithet_nouns.txt"))


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(_lines("document_nouns.txt"))


@cache
def court_text_nouns() -> frozenset[str]:
    """`opinion`, `lawsuit`: texts that speak for an author only one named right after them (`court_text_nouns.txt`)."""
    return frozenset(_lines("court_text_nouns.txt"))


@cache
def filing_nouns() -> dict[str, tuple[str, ...]]:
    """`complaint` -> (`lawsuit`, `suit`): the other nouns naming the same filing in a case (`filing_nouns.txt`)."""
    groups = [line.split() for line in _lines("filing_nouns.txt")]
    return {noun: tuple(other for other in group if other != noun) for group in groups for noun in group}


@cache
def authoring_participles() -> frozenset[str]:
    """`written`, `signed`: participles naming a document's author after `by` (`authoring_participles.txt`)."""
    return frozenset(_lines("authoring_participles.txt"))


@cache
def follower_nouns() -> frozenset[str]:
    """`supporter`, `critic`: people by their tie to someone, beside the person nouns (`follower_nouns.txt`)."""
    return frozenset(_lines("follower_nouns.txt"))


@cache
def naming_as_verbs() -> tuple[str, ...]:
    """`referred to`, `spoke of`: a verb whose object and `as` take the subject's name for it
    (`naming_as_verbs.txt`)."""
    return tuple(_lines("naming_as_verbs.txt"))


@cache
def settlement_nouns() -> frozenset[str]:
    """`village`, `county`: words for a settlement or an area that name a place after `of` (`settlement_nouns.txt`)."""
    return frozenset(_lines("settlement_nouns.txt"))


@cache
def running_participles() -> frozenset[str]:
    """`run`, `operated`: participles that name after `by` the body that runs a thing (`running_participles.txt`)."""
    return frozenset(_lines("running_participles.txt"))


@cache
def travel_verbs() -> frozenset[str]:
    """Every form of the verbs of travelling to a place (`travelled`, `flew`; `travel_verbs.txt`)."""
    return _verb_forms("travel_verbs.txt").forms


@cache
def reply_nouns() -> frozenset[str]:
    """`reply`, `retort`: an answer to someone, given by the one whose answer it is (`reply_nouns.txt`)."""
    return frozenset(_lines("reply_nouns.txt"))


@cache
def assertion_nouns() -> frozenset[str]:
    """`claim`, `promise`, `boast`: nouns for a speech act whose content a clause after them gives
    (`assertion_nouns.txt`)."""
    return frozenset(_lines("assertion_nouns.txt"))


@cache
def claim_labels() -> frozenset[str]:
    """`claim`, `statement`: line labels of a fact check before the words it checks (`claim_labels.txt`)."""
    return frozenset(_lines("claim_labels.txt"))


@cache
def spouse_nouns() -> frozenset[str]:
    """`husband`, `wife`, `partner`: the one a person is married to (`spouse_nouns.txt`)."""
    return frozenset(_lines("spouse_nouns.txt"))


@cache
def municipal_nouns() -> frozenset[str]:
    """`City`, `Town`, `Region`: before `of` and a place, the name of a municipality's corporation."""
    return frozenset(_lines("municipal_nouns.txt"))


@cache
def voice_nouns() -> frozenset[str]:
    """`spokesperson`, `representative`: one who speaks in a body's name (`voice_nouns.txt`)."""
    return frozenset(_lines("voice_nouns.txt"))


@cache
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe ('em, 'til): the apostrophe does not open a quote."""
    return frozenset(_lines("elisions.txt"))


@cache
def choice_words() -> frozenset[str]:
    """Answers that name a vote's choices when quoted as a modifier (`a "no" vote`): yes, no, oui, non."""
    return frozenset(_lines("choice_words.txt"))


@cache
def naming_frames() -> frozenset[str]:
    """Words that present a quoted span as a name or term: so-called, dubbed, the word."""
    return frozenset(_lines("naming_frames.txt"))


@cache
def title_abbreviations() -> frozenset[str]:
    """The titles written with a full stop, without it (`Capt`, `Coun`, `Dr`): their stop ends no sentence
    and no name."""
    return frozenset(title[:-1] for title in titles() if title.endswith("."))


@cache
def family_nouns() -> frozenset[str]:
    """Close family, who bear the family's surname (`family_nouns.txt`): wife, son, sister."""
    return frozenset(_lines("family_nouns.txt"))


@cache
def youth_nouns() -> frozenset[str]:
    """Nouns for a child or a young person (`youth_nouns.txt`): boy, girl, teenager."""
    return frozenset(_lines("youth_nouns.txt"))


@cache
def relation_nouns() -> frozenset[str]:
    """Kin and close relations, named by whom they belong to: his wife, Becker's son."""
    return frozenset(_lines("relation_nouns.txt"))


@cache
def headline_verbs() -> frozenset[str]:
    """The -s forms of the verbs a title-case headline puts between names (`Aliyev Receives Blinken`),
    and of the reporting verbs (not those that are also nouns, `state*`: their plurals name things,
    `States`, `Claims`, and `cue_verbs` keeps no -s form of them)."""
    own = {form for lemma in _lines("headline_verbs.txt") for form in _inflections(lemma) if form != lemma}
    reporting = {form for form, lemma in cue_verbs().lemma_of.items() if form != lemma}
    return frozenset(form for form in own | reporting if form.endswith("s") and " " not in form)


@cache
def headline_cues() -> frozenset[str]:
    """The -s forms that report a quote in a headline's clause after it: the verbs of stance of
    `headline_cues.txt` and every cue verb, those that are also nouns (`vows`, `promises`) too."""
    lemmas = set(_lines("headline_cues.txt")) | set(cue_verbs().lemma_of.values())
    return frozenset(form for lemma in lemmas for form in _inflections(lemma)
                     if form != lemma and form.endswith("s") and " " not in form)


@cache
def place_nouns() -> frozenset[str]:
    """Organisation words that name a place or an event, which never speaks: Street, Cup, Airport."""
    return frozenset(_lines("place_nouns.txt"))


@cache
def portfolio_words() -> frozenset[str]:
    """Words that end an office's portfolio after `of`: Affairs, Energy, Agriculture."""
    return frozenset(_lines("portfolio_words.txt"))


@cache
def field_body_words() -> frozenset[str]:
    """Portfolio words that are no one's surname, so that a name ending in one names a body: Health, Energy."""
    return frozenset(_lines("field_body_words.txt"))


@cache
def inscription_nouns() -> frozenset[str]:
    """Things whose written words are shown, not said: sign, banner, plaque."""
    return frozenset(_lines("inscription_nouns.txt"))


@cache
def work_nouns() -> frozenset[str]:
    """Nouns for works and projects whose title follows in marks: the documentary "The thread that binds"."""
    return frozenset(_lines("work_nouns.txt"))


@cache
def link_labels() -> frozenset[str]:
    """Labels of lines that link to another article: READ MORE, WATCH, RELATED."""
    return frozenset(_lines("link_labels.txt"))


@cache
def quote_anaphors() -> tuple[str, ...]:
    """Paragraph openings that point back to the quoted paragraph before and go on with a clause whose subject
    said it (`With those words, ...`, `That was how ...`), longest first: `quote_anaphors.txt`."""
    return tuple(sorted(_lines("quote_anaphors.txt"), key=len, reverse=True))


@cache
def naming_formulas() -> tuple[str, ...]:
    """Paragraph openings that name the speaker of the quoted paragraph before (`So said`, `That's according
    to`), longest first."""
    return tuple(sorted(_lines("naming_formulas.txt"), key=len, reverse=True))


@cache
def narrator_formulas() -> tuple[str, ...]:
    """Openings with which the writer turns to the reader (`Recall that`, `It should be noted that`)."""
    return tuple(_lines("narrator_formulas.txt"))


@cache
def vocatives() -> tuple[str, ...]:
    """Openings of a form of address (dear, ladies and gentlemen, Mr. President), longest first."""
    return tuple(sorted(_lines("vocatives.txt"), key=len, reverse=True))


@cache
def answer_labels() -> frozenset[str]:
    """Transcript labels for the answering part of an exchange ("Answer", "A"), `answer_labels.txt`."""
    return frozenset(_lines("answer_labels.txt"))


@cache
def questioning_verbs() -> frozenset[str]:
    """The -ed and -ing forms of verbs of putting questions to someone (`pressed`, `grilling`)."""
    return _verb_forms("questioning_verbs.txt").forms


@cache
def causing_verbs() -> frozenset[str]:
    """Every form of the verbs of causing someone to act (`prompted`, `leading`): their object is the subject of
    the to-infinitive after it."""
    return _verb_forms("causing_verbs.txt").forms


@cache
def exchange_roles() -> frozenset[str]:
    """Transcript labels for a part of an exchange, not a person ("Question", "Q", "Interviewer")."""
    return frozenset(_lines("exchange_roles.txt"))


@cache
def institution_nouns() -> frozenset[str]:
    """Kinds of public body (court, ministry, party): what a company is not."""
    return frozenset(_lines("institution_nouns.txt"))


@cache
def address_forms() -> dict[str, tuple[str, ...]]:
    """Words of a form of address by kind (opener, honorific, title, group, office), longest first."""
    out: dict[str, list[str]] = {}
    for row in _csv_rows("address_forms.csv"):
        out.setdefault(row["kind"], []).append(row["form"])
    return {kind: tuple(sorted(forms, key=len, reverse=True)) for kind, forms in out.items()}


@dataclass(frozen=True)
class Patronymics:
    endings: tuple[str, ...]  # of one-word patronymics: -ovich, -evna
    particles: frozenset[str]  # words after a father's name: oglu, kyzy


@cache
def patronymics() -> Patronymics:
    """How patronymics are made (Pavlovich, Heydar oglu): a first name with one is a formal address."""
    lines = _lines("patronymics.txt")
    return Patronymics(tuple(line[1:] for line in lines if line.startswith("-")),
                       frozenset(line for line in lines if not line.startswith("-")))


@cache
def utterance_nouns() -> frozenset[str]:
    """Nouns for a vocal utterance whose words `of` and a quote give: `chants`, `cries`, `a chorus`
    (`utterance_nouns.txt`)."""
    return frozenset(_lines("utterance_nouns.txt"))


@cache
def utterance_of() -> re.Pattern[str]:
    """`chants of `, `cries of `, ending a stretch before a quote: the utterance whose words the quote gives."""
    return re.compile(r"\b(?P<noun>" + "|".join(sorted(utterance_nouns(), key=len, reverse=True)) + r")\s+of\s*$",
                      re.IGNORECASE)


@cache
def quantifier_pronouns() -> frozenset[str]:
    """Quantifiers and indefinite pronouns that may stand alone as a speaker: `some`, `several`, `someone`
    (`quantifier_pronouns.txt`)."""
    return frozenset(_lines("quantifier_pronouns.txt"))


@cache
def source_postmodifiers() -> tuple[str, ...]:
    """Phrases that open a modifier after a noun for a person: `familiar with`, `briefed on`
    (`source_postmodifiers.txt`)."""
    return tuple(_lines("source_postmodifiers.txt"))


@cache
def plural_people_nouns() -> frozenset[str]:
    """Irregular plurals and substantivised adjectives for people (`children`, `the accused`)."""
    return frozenset(_lines("plural_people_nouns.txt"))


@cache
def surname_particles() -> frozenset[str]:
    """Words that open a surname of several words when capitalised (`Le Blanc`, `Van Dyk`, `St. Pierre`)."""
    return frozenset(_lines("surname_particles.txt"))


@cache
def deputy_words() -> frozenset[str]:
    """`deputy`, `vice`: words that make an office someone's second (`deputy_words.txt`)."""
    return frozenset(_lines("deputy_words.txt"))


@cache
def name_suffixes() -> frozenset[str]:
    """`Jr`, `III`: words after a surname that tell namesakes of one family apart (`name_suffixes.txt`)."""
    return frozenset(_lines("name_suffixes.txt"))


@cache
def past_office_words() -> frozenset[str]:
    """`former`, `ex`: words before a role that say its holder no longer holds it (`past_office_words.txt`)."""
    return frozenset(_lines("past_office_words.txt"))


def without_past_prefix(word: str) -> str:
    """`ex-coroner` -> `coroner`: a word joined by a hyphen to a word saying its office is held no longer, without
    that word; the role noun after it is the head. Other words are returned as they are."""
    prefix, hyphen, rest = word.partition("-")
    return rest if hyphen and rest and prefix.lower() in past_office_words() else word


@cache
def peerage_titles() -> frozenset[str]:
    """`Lord`, `Baroness`: titles that make a peer's name with one word after them (`peerage_titles.txt`)."""
    return frozenset(_lines("peerage_titles.txt"))


@cache
def post_nominals() -> frozenset[str]:
    """`MP`, `TD`, `KC`, `OBE`: letters after a name for a seat, a rank at the bar or an honour
    (`post_nominals.txt`), never part of the name."""
    return frozenset(_lines("post_nominals.txt"))


@cache
def dotted_abbreviations() -> frozenset[str]:
    """`U.N.`, `D.C.`: initials of places and bodies, never of a person's given names, with the states' own."""
    return frozenset(_lines("dotted_abbreviations.txt")) | {a for a in state_abbreviations() if "." in a}


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words that join the parts of a name (`van`, `bin`, `de`), patronymic words (`oglu`) too."""
    return frozenset(_lines("name_particles.txt")) | patronymics().particles


@cache
def column_descriptions() -> dict[tuple[str, str], str]:
    """(table, column) -> what the column holds: one source for the files, the card and the docs."""
    return {(row["table"], row["column"]): row["description"] for row in _csv_rows("columns.csv")}


@cache
def stop_words() -> frozenset[str]:
    """English function words, never reported as a speaker's distinctive words (they are still counted)."""
    return frozenset(_lines("stop_words.txt"))


@cache
def licences() -> dict[str, str]:
    """Licence ids a published corpus may carry (lower case) -> their SPDX ids."""
    return {row["id"]: row["spdx"] for row in _csv_rows("licenses.csv")}


def regular_singular(plural: str) -> str | None:
    """`advisers` -> `adviser`, `allies` -> `ally`: the singular of a regular plural in -s (-ies read as -y);
    None for a word that is none, or whose singular would itself end in s (`boss`, `press`)."""
    if not plural.endswith("s"):
        return None
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return None if singular.endswith("s") else singular


def person_word(word: str) -> bool:
    """`neighbour`, `goalie`, `husband`, `spokeswoman`: a noun for a person, not a body or a thing."""
    return word in relation_nouns() or word in epithet_nouns() or role_nouns().get(word) == "person" or \
        word.endswith(PERSON_SUFFIXES)


@cache
def capital_cities() -> frozenset[str]:
    """National capitals (`capitals.txt`): the cities a dateline most often names."""
    return frozenset(_lines("capitals.txt"))


@cache
def finding_verbs() -> frozenset[str]:
    """The forms of verbs of reaching a finding (`found`, `ruled`), cues only before a that-clause."""
    return _verb_forms("finding_verbs.txt").forms


@cache
def distinct_offices() -> frozenset[str]:
    """Offices that name one holder's role and no other's (`auditor`, `coroner`, `mayor`)."""
    return frozenset(_lines("distinct_offices.txt"))


@cache
def recall_participles() -> frozenset[str]:
    """`Recalling`, `Echoing`: participles of a fronted clause that points back to earlier words."""
    return frozenset(_lines("recall_participles.txt"))


@cache
def record_nouns() -> frozenset[str]:
    """`text`, `transcript`: nouns for the written record of a speech that an article presents in full."""
    return frozenset(_lines("record_nouns.txt"))


@cache
def reply_verbs() -> frozenset[str]:
    """`reply`, `respond`: cue verbs whose words answer those said just before (`reply_verbs.txt`)."""
    return frozenset(_lines("reply_verbs.txt"))
