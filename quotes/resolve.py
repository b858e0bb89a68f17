"""From the words that name a speaker to the person or organisation the article means.

"Shoigu" is the Sergei Shoigu named earlier; "the Russian Defence Minister" is the
person the article introduced with that role; "the head of Azerbaijan" is its
President; "he" is the speaker the article was last quoting. Roles are compared as
sets of normalised words, with synonyms (Defense = Defence, Minister of Foreign
Affairs = Foreign Minister, head of state = President) and countries written
any way (Russia, Russian, Russian Federation) reduced to one word each.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache, cached_property, lru_cache

from quotes import lexicon
from quotes.authors import NamedPositions, author_after, described_author, document_author, document_mentions
from quotes.frames import CLAUSE_OPENERS
from quotes.gazetteer import is_place_name
from quotes.given_names import first_name_gender, sure_first_name_gender
from quotes.mentions import (
    ARTICLE_PREFIX,
    INITIALLED_NAME,
    Entity,
    _is_country,
    always_after_the,
    honorific_gender,
    is_division_body,
    namesake_named_by_word_before,
    office_abbreviations,
    org_short_form,
    stated_age,
)
from quotes.phrases import AGE_NOUN, Phrase, is_group_tied_to, people_plural, phrase_after, plural_subject
from quotes.speakers import surname_key
from quotes.text import DATELINE_LEAD, QUOTE_MARKS, is_cue_word, sentence_end, sentence_start
from quotes.trie import trie_pattern

_ROLE_STOPWORDS = frozenset({"the", "of", "his", "her", "its", "their", "a", "an", "for", "and", "republic",
                             "general", "army", "in", "at", "this", "that", "our", "one", "then", "former"})


@cache
def _synonym_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(lexicon.role_synonyms())
    for word, country in lexicon.country_of_word().items():
        table[word] = "@" + country.lower().replace(" ", "_")
    pattern = re.compile(r"\b" + trie_pattern(table) + r"\b")
    return pattern, table


_SERVES = re.compile(r"\s+to\s+.*$", re.IGNORECASE)
#: `the head of the Finance Ministry`, `head of the ministry of foreign affairs`, `the head of the ministry`: the
#: head of a ministry is its minister, of the portfolio the ministry's name gives (in lower case).
_HEAD_OF_MINISTRY = re.compile(r"\bhead of the (?:(?P<portfolio>[a-z-]+(?: [a-z-]+)?) )?ministry"
                               r"(?: of (?P<of>[a-z-]+(?: (?!to\b)[a-z-]+){0,3}))?\b")


def _as_minister(head: re.Match[str]) -> str:
    """`head of the finance ministry` -> `finance minister`, `head of the ministry of finance` -> `minister of
    finance`: the office the synonyms then read as any other minister's."""
    portfolio, of = head.group("portfolio"), head.group("of")
    return (f"{portfolio} " if portfolio else "") + "minister" + (f" of {of}" if of else "")


@cache
def _style_pattern() -> re.Pattern[str]:
    """A word of a style of address (`His Highness`, `HH`, `H.H.`), to be read out of a role."""
    return re.compile(r"(?<![\w.])(?:" + trie_pattern(lexicon.styles()) + r")(?![\w.])")


#: A proper adjective of the two commonest derivations from a country's name: `-ia` + `n` (`Talgarian`) and
#: `-stan` + `i` (`Karastani`).
_UNLISTED_DEMONYM = re.compile(r"\b[A-Z][a-z]{3,}(?:ian|stani)\b")


def _country_of_demonym(word: str, table: dict[str, str]) -> str:
    """`the Talgarian Prime Minister` holds the office of `Prime Minister of Talgaria`: a country the word
    lists do not hold is read back from its adjective by undoing the suffix (`Talgarian` -> `Talgaria`,
    `Karastani` -> `Karastan`); a listed adjective is left to the list (`Canadian` is not `Canadia`)."""
    return word if word.lower() in table else word[:-1]


@lru_cache(maxsize=1 << 16)
def role_signature(role: str) -> frozenset[str]:
    """Normalised content words of a description: 'the Russian Defense Minister' -> {@russia, defence, minister}."""
    pattern, table = _synonym_pattern()
    # `Aide to the Russian President`, `Russian Ambassador to Norland`: whom or where the role serves is
    # not the role (an aide is no president).
    role = _SERVES.sub("", role)
    role = _UNLISTED_DEMONYM.sub(lambda m: _country_of_demonym(m.group(), table), role)
    # `His Highness the Emir` holds the office of `the Emir`: the style of address is no part of it.
    lowered = _HEAD_OF_MINISTRY.sub(_as_minister, _style_pattern().sub(" ", role.lower()))
    text = pattern.sub(lambda m: table[m.group()], lowered)
    # `ex-minister` is a minister's office, held once (`_held_once` reads the prefix from the role itself).
    words = [lexicon.without_past_prefix(word) for word in re.findall(r"@?[\w-]+", text)]
    return frozenset(w.removesuffix("s") if w.endswith("ers") else w for w in words if w not in _ROLE_STOPWORDS) | \
        _office_of_title(role)


@cache
def _distinct_office_signatures() -> tuple[frozenset[str], ...]:
    """The normalised words of each office that names one holder's role (`distinct_offices.txt`)."""
    return tuple(role_signature(office) for office in lexicon.distinct_offices())


def _distinct_office_ending(words: list[str]) -> frozenset[str] | None:
    """The normalised words of the longest office of `distinct_offices.txt` that the description's words end with
    (`the province's auditor general`: `auditor general`), or None."""
    for length in (2, 1):
        office = " ".join(words[-length:])
        if len(words) >= length and office in lexicon.distinct_offices():
            return role_signature(office)
    return None


def _office_of_title(role: str) -> frozenset[str]:
    """`Superior Court Justice` -> {judge}: a title that ends a role (stands right before the name) and implies
    an office the news calls its bearer by (`title_offices.csv`); not after `of` (`Minister of Justice`)."""
    words = role.lower().split()
    office = lexicon.title_offices().get(words[-1].rstrip(".,")) if words else None
    if office is None or len(words) > 1 and words[-2] in {"of", "for"}:
        return frozenset()
    return frozenset({office})


def _has_role_noun(signature: frozenset[str]) -> bool:
    """Whether a description's words hold a noun for a role. A hyphenated office holds its noun among its
    parts (`secretary-general`, `director-general`, `governor-general`: the noun comes first)."""
    nouns = lexicon.role_nouns()
    return any(w in nouns or w.split()[-1] in nouns or any(part in nouns for part in w.split("-"))
               for w in signature) or \
        any(" " in canonical and set(canonical.split()) & signature for canonical in lexicon.role_synonyms().values())


#: `IRCC`, `CRA`: an organisation's initials.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: What may stand between the words an acronym's letters open: nothing after an initial's full stop (`B.C.`),
#: a hyphen, or a space or a comma with small words (`Immigration, Refugees and Citizenship Canada`).
_ACRONYM_JOINER = r"(?:(?<=\.)|-|,?\s+(?:(?:and|of|the|for|&)\s+)*)"
_DOCUMENT_OWNER = re.compile(r"^(his|her)\s+(?:[\w-]+\s+)?([\w-]+)$", re.IGNORECASE)
#: `Lund's statement`, `Ada Lund's latest tweet`: a name that possesses a noun, with at most one word between.
_NAMED_DOCUMENT_OWNER = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})(?:'s|\u2019s)\s+"
                                   r"(?:[\w-]+\s+)?(?P<noun>[\w-]+)")

#: `his wife`, `her longtime lawyer`, `Becker's son`, `Tom Becker’s campaign manager`: a person named by whom
#: they belong to.
#: `Her name is Ada Lund`: a sentence that states the name of someone brought in by a description.
_NAME_STATED = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(?:Her|His|Their)\s+name\s+is\s+"
                          r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")
#: `in an email to `, `in a statement sent to `, `told `: what names the one a statement went to, right before
#: their name.
_ADDRESSED_BEFORE = re.compile(r"(?:\b(?P<noun>[a-z-]+)\s+(?:sent\s+)?to|\btold)\s+(?:[Tt]he\s+)?$")
#: The owner's name may follow a title of several capitalised words: a portfolio named in full before `Minister`
#: (`Crown-Indigenous Relations Minister Ada Lind's office`) runs to six words with the name.
_POSSESSED = re.compile(r"(?P<owner>(?i:his|her|their)|(?!(?:The|A|An)\s)[A-Z][\w'\u2019.-]*"
                        r"(?:\s[A-Z][\w'\u2019-]*){0,5}(?:'s|\u2019s))\s+(?P<noun>(?:[\w-]+\s+){0,2}(?P<head>[a-z][\w-]*))")
_OWNER_GENDER = {"his": "m", "her": "f"}
_TOKEN = re.compile(r"\S+")
#: `Asked whether ..., he said`, `When asked about ..., she replied`: a question clause opening the sentence.
_ASKED_CLAUSE = re.compile(r"(?:When\s+|If\s+)?[Aa]sked\b[^.!?]*,\s+(?:he|she)\b")
#: The start of a reporting sentence: `Peskov noted`, `Dmitry Peskov also said`, `He recalled`, `According
#: to Peskov,` (titles before the name allowed: `Kremlin Spokesman Dmitry Peskov said`).
_REPORTING_OPENING = re.compile(r"(?P<according>According\s+to\s+)?(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}?)"
                                r"(?P<who>He|She|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)(?=[\s,])")
#: `he replied`, `she answered`: the verb after a pronoun that answers a question.
_ANSWERING = re.compile(r"\s+(?:\w+ly\s+)?(?:replied|answered|responded|retorted|shot\s+back|replies|answers|"
                        r"responds)\b")
#: ` said`, ` says`: the plain cue, which after a reported question (`asked X whether ...`) gives its answer.
_SAYING = re.compile(r"\s+(?:said|says)\b")
#: `when`, `after`, `as`: a subordinating conjunction, which makes the clause it opens tell of another time.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|after|as|while|because|since|until|before|once)\b", re.IGNORECASE)
#: ` whether`, ` if`, ` about`, ` why`: what opens a reported question after the person asked.
_REPORTED_QUESTION = re.compile(r"[\s\u00a0]+(?:whether|if|about|why|how|what|when)\b")
#: `asked Sen. Tom Reyes whether`: the person asked, after any titles.
#: (`\basked` is written `asked(?<!\wasked)`, so that the engine skips to the word at C speed.)
_ASKED_SOMEONE = re.compile(r"asked(?<!\wasked)\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)")
#: `Mayor Ana Chen and Councillor Tom Russo toured`: names joined by `and` as a sentence's subject.
_JOINED_SUBJECT = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,5}and\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*"
                             r"(?=\s+[a-z])")
#: What opens a description as a sentence's subject: an article, a possessive.
#: `the former`, `the latter`: of the two people just named, the one named first or last.
_PAIR_ANAPHORS = {"former": 0, "latter": 1}
#: `The former blamed ...`: `the former` or `the latter` as a sentence's subject, with no noun after it (`The
#: former minister` is a description of its own).
_PAIR_ANAPHOR_OPENING = re.compile(r"The\s+(?P<word>former|latter)\s+(?P<next>[a-z]+)\b")
_DESCRIPTION_LEAD = re.compile(r"A|An|The|One|Another|His|Her|Their|[A-Z][\w'\u2019-]*(?:'s|\u2019s)")
#: `a spokesperson for the Port of Halifax`, `the spokesman at Nordhydro`: an unnamed voice, and the body after it.
_VOICE_FOR = re.compile(r"^(?i:a|an|the|one|another)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)\s+"
                        r"(?:for|with|at|of|from)\s+(?P<body>(?:the\s+)?[A-Z][\w.&'\u2019-]*"
                        r"(?:,?\s+(?:(?:of|and|&|for)\s+)?(?:the\s+)?[A-Z][\w.&'\u2019-]*)*|the\s+[a-z]+)$")
#: `a Hydro One spokesman`, `A TTC spokesperson`: the body's name before the noun, as its modifier.
#: `the committee's press service`, `the ministry's press office`: an office of the body a definite description
#: names, in the possessive.
_BODYS_OFFICE = re.compile(r"(?P<owner>(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)['\u2019]s\s+"
                           r"(?P<noun>(?:[a-z]+\s+)?(?P<head>[a-z]+))")
_VOICE_AFTER = re.compile(r"^(?i:a|an|the|one|another)\s+(?P<body>(?:[A-Z][\w.&'\u2019-]*\s+){1,5})(?P<noun>[a-z]+)$")
#: `The press service of the Ministry of Fisheries reported`, `The Vestby Port Authority announced`: a body, or its
#: office for the press, opening a sentence as the subject of a verb (a cue, checked by the caller).
_REPORTING_BODY = re.compile(r"(?:The\s+)?(?P<office>(?:press|information)\s+(?:service|office|department)\s+of\s+"
                             r"(?:the\s+)?)?(?P<body>[A-Z][\w'\u2019&.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?"
                             r"[A-Z][\w'\u2019&.-]*){0,6})\s+(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\b")
#: ` for the Port of Halifax`: the body an indefinite voice speaks for, after it in the text.
#: A series of capitalised words that `and` closes is one name: ` for Parks, Recreation and Culture`.
_VOICE_TAIL = re.compile(r"\s+(?:for|with|at|of|from)\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,5}"
                         r"(?:(?:,\s+[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2}){1,3},?\s+(?:and|&)\s+"
                         r"[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,4})?")
#: `Mr. King`, `Ms. Marshal`: after an honorific, a word that is also a title may be a surname.
_HONORIFIC_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Mx|Dr)\.?\s+([A-Z][\w'\u2019-]+)")


@lru_cache(maxsize=64)
def _owned_pattern(noun: str) -> re.Pattern[str]:
    """`Sarah Delorme's family`, `her family`, `the family of Sarah Delorme`: a noun for kin with its owner."""
    name = r"[A-Z][\w\u2019-]*(?:\s+[A-Z][\w\u2019-]*){0,3}"
    return re.compile(r"(?:\b(?P<owner>" + name + r")['\u2019]s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?:[a-z][\w-]*\s+)?"
                      + re.escape(noun) + r"\b|\b" + re.escape(noun) + r"\s+of\s+(?P<of>" + name + r")")


def _possesses_a_speaker(possessed: re.Match[str]) -> bool:
    """`his wife`, `Beck's lawyer`, `her campaign`: a person or a body belonging to someone, who may speak;
    not a country's own body (`Russia's Foreign Ministry` is its name)."""
    head = possessed.group("head")
    if lexicon.person_word(head):
        return True
    owner = possessed.group("owner")
    return lexicon.role_nouns().get(head) == "org" and not _is_country(owner.removesuffix("'s").removesuffix("\u2019s"))


#: "the company", "the Crown utility": a description with no name in it.
_BARE_DESCRIPTION = re.compile(r"^(?:the|The)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")
_DESCRIPTION = re.compile(r"^(?:a|an|one|another|the)\s+\S", re.IGNORECASE)


#: `," ` right before a cue's subject: the quote closes, then the subject (`"...," the guild's negotiator said`).
_AFTER_CLOSING_MARK = re.compile(r"[,?!][\"\u201d]\s*\Z")


#: `the bakery owner`, `the truck driver`: `the`, a noun, and an agent noun in -er or -or made from a verb, a
#: compound whose first noun is the verb's object (`owns a bakery`, `drives a truck`).
_AGENT_COMPOUND = re.compile(r"(?i:the)\s+(?P<object>[a-z]{3,})\s+(?P<stem>[a-z]{3,})(?:er|or)")


@lru_cache(maxsize=256)
def _relative_doing(stem: str, noun: str) -> re.Pattern[str]:
    """`, who owns a bakery`, `, who has driven a school bus`: a relative clause set off after a name whose verb
    (`stem` and an ending) takes the noun as its object, a few words at most between them."""
    return re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}?" + re.escape(stem) + r"[a-z]*\s+(?:[\w'\u2019-]+\s+){0,3}?"
                      + re.escape(noun) + r"\b")


#: How far back an indefinite description may bring in the person `the X` takes up, in characters.
INTRODUCTION_REACH = 1500
#: `, Jo Lee,` or `, Jo Lee said`: a name set off right after a description says who it is.
#: `, Kiran, 11,`, `, Doug Fitzwater,`, `, Ada K. Lind,`: a name (and an age) set off by commas after a description.
_SET_OFF_NAME = re.compile(r",\s+(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){0,2})"
                           r"(?P<age>,\s+\d{1,3})?,")
#: `Ada Lind, 34, ` or `Ada Lind, `: the commas (and an age) that set off an apposition right after a name.
_AFTER_NAME_APPOSED = re.compile(r"(?:,\s+\d{1,3})?,\s+$")
#: `lawyers for the city`, `Attorneys for the state`: a bare plural and the complement a preposition opens.
_PEOPLE_WITH_COMPLEMENT = re.compile(r"^[A-Za-z][a-z-]+\s+(?:for|of|with|at|from)\s+\S")
#: `The order of the lower court`, `the judge's ruling in the case`: the head noun before a complement.
_HEAD_BEFORE_COMPLEMENT = re.compile(r"^(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<head>[a-z]+)\s+"
                                     r"(?:of|in|from|at|on)\s+\S", re.IGNORECASE)


@cache
def _authored_texts() -> frozenset[str]:
    """The nouns for texts that speak for their author: documents and court texts."""
    return lexicon.document_nouns() | lexicon.court_text_nouns()


_NAME_IN_APPOSITION = re.compile(r"(?:\s+(?:for|of|at|with|from)\s+[^,.;:]{1,60})?,\s+[A-Z][\w'\u2019.-]*\s+[A-Z]")


#: `the woman, who asked that only her first name, Tamsin, be used`, `a man who gave his name only as Ray`,
#: `a nurse who identified herself only as Dolores`: a relative clause on a description that gives the
#: person's name (a single word, or a first name and an initial) as the speaker allowed it to be printed.
_NAME_GIVEN_IN_RELATIVE = re.compile(
    r",?\s+who\s+(?:[^\s.;:!?\"\u201c\u201d]+\s+){0,9}?"
    r"(?:(?:name|identified\s+(?:him|her)self)\s+(?:only\s+)?as\s+|name,\s+)"
    r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?)(?=[\s,.;])")
#: `, who`: a relative clause opened by `who`, which English says of people only.
_WHO_FOLLOWS = re.compile(r",?[ \t]+who\b")
#: `the man, who would not give his name`, `a clerk who declined to be named`: a relative clause saying the
#: person stays unnamed, so the description is no named person of the story taken up again.
_NAME_WITHHELD_IN_RELATIVE = re.compile(
    r",?\s+who\s+(?:would\s+not|wouldn't|did\s+not|didn't|declined\s+to|refused\s+to|asked\s+not\s+to)"
    r"\s+(?:give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name|be\s+(?:named|identified))")


#: Words that cannot stand between an article and its noun: `a question for the president` is no president.
_FUNCTION_WORDS = r"(?i:the|a|an|of|for|to|in|on|at|by|with|from|and|or|but|his|her|their|its|who|that|which)"


@lru_cache(maxsize=256)
def _indefinite_pattern(head: str) -> re.Pattern[str]:
    """`a witness`, `A senior administration official`, `one resident`: an indefinite description headed
    by `head`, with up to three modifiers."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!" + _FUNCTION_WORDS + r"\b)[\w'\u2019-]+\s+){0,3}"
                      + re.escape(head) + r"\b")


@lru_cache(maxsize=64)
def _possessed_pattern(head: str) -> re.Pattern[str]:
    """`Her manager`, `Lund's longtime neighbour`: a possessive and the head noun, with one modifier."""
    return re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]*(?:'s|\u2019s))\s+(?:[a-z][\w-]*\s+)?"
                      + re.escape(head) + r"\b")


@cache
def _definite_pattern(head: str) -> re.Pattern[str]:
    """`The father`, `the mother`: `the` and the head noun."""
    return re.compile(r"\b[Tt]he\s+" + re.escape(head) + r"\b")


@lru_cache(maxsize=64)
def _lower_case_body_pattern(head: str) -> re.Pattern[str]:
    """`The Vesmark finance ministry`, `the Tarnish health ministry`: `the`, a name or a word made from one in
    capitals, up to two words in lower case, and the kind of body, in lower case: a body the writer names by
    what it is and whose it is rather than by its own name."""
    return re.compile(r"\b[Tt]he\s+(?P<body>(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}"
                      + re.escape(head) + r")\b")


#: "the laid-back resident", "the 39-year-old founder of X": `the`, then a description.
#: `the lawsuit`, `a concurring opinion`: a noun phrase opened by an article, definite or not.
_DETERMINED_NOUN_PHRASE = re.compile(r"^(?:the|an?)\s+(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+$", re.IGNORECASE)
_DEFINITE_EPITHET = re.compile(r"^the\s+(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+(?:\s+of\s+.+)?$", re.IGNORECASE)


#: `the victim's mother`, `the mother of the accused`, `the father of another child`: a noun for a relative (or
#: a friend) whose owner, in lower case, is someone the article does not name.
_RELATIVE_OF_UNNAMED = re.compile(
    r"^(?i:the)\s+(?:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:'s|\u2019s)\s+(?P<head>[a-z]+)"
    r"|(?P<head2>[a-z]+)\s+of\s+(?:(?:one|some|two|three|each|all|many)\s+of\s+)?"
    r"(?:the|a|an|another|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[.,]?$")


#: ` of one of the `, ` of another `, ` of the `: the opening of a noun's complement that says whose it is.
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:(?:one|some|two|three|each|all|many)\s+of\s+)?(?:the|a|an|another|his|her|"
                            r"their)\s+")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")


def _complement_end(text: str, end: int, limit: int) -> int:
    """Where `the mother of one of the children` ends when its head ends at `end`: past an `of` complement of
    up to three words in lower case, the last a noun for people (`the young victim`, `the accused`), and
    before the verb of the clause (a past form or a cue); `end` where none follows."""
    complement = _OF_COMPLEMENT.match(text, end, limit)
    if complement is None:
        return end
    stop, at = end, complement.end()
    for count in range(3):
        word = _LOWER_WORD.match(text, at, limit)
        if word is None or count and (lexicon.is_past_form(word.group()) or is_cue_word(word.group())):
            break
        stop, at = word.end(), word.end() + 1
        if _names_people(word.group()) or text[stop:stop + 1] != " ":
            break
    return stop if stop > complement.end() else end


def _names_people(word: str) -> bool:
    """`victim`, `victims`, `children`, `accused`: a noun for one person or for several."""
    return lexicon.person_word(word) or lexicon.person_word(word.removesuffix("s")) or \
        word in lexicon.plural_people_nouns()


def _relative_of_unnamed(description: str) -> bool:
    """`the victim's mother`, `the father of another child`: a relative of someone the article leaves unnamed."""
    match = _RELATIVE_OF_UNNAMED.match(description)
    return match is not None and (match.group("head") or match.group("head2")).lower() in lexicon.relation_nouns()


#: "the two ministers", "both leaders", "the presidents": several people named by one plural description.
#: `men`, `women`, `people`: plurals for people that take no -s (`plural_people_nouns.txt`), as alternatives.
_IRREGULAR_PLURAL = "(?:" + "|".join(sorted(lexicon.plural_people_nouns(), key=len, reverse=True)) + ")"
_GROUP = re.compile(r"^(?:the\s+)?(?:(?P<count>two|three|four|five|both)\s+)?(?P<rest>(?:[\w-]+\s+){0,3}"
                    r"(?:[a-z][\w-]*s|" + _IRREGULAR_PLURAL + "))$", re.IGNORECASE)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
#: The gender an irregular plural for people gives its members.
_GROUP_GENDER = {"men": "m", "women": "f"}
#: `The two ministers`, `Both leaders`: a plural description opening a sentence, before its verb.
_PLURAL_OPENING = re.compile(r"(?:The\s+)?(?:two|three|four|five|both|Both)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:[a-z][\w-]*s|" + _IRREGULAR_PLURAL + r")(?=\s+[a-z])")


#: The age from which a person is no longer `the boy` or `the teenager`.
ADULT_AGE = 20
#: How far back (characters) the subject of a sentence stays the likely antecedent of a pronoun.
SUBJECT_REACH = 600
#: How far back (characters) the start of the sentence that names a counterpart is looked for.
SENTENCE_REACH = 400
#: How far back (characters) `the guest` looks for the verb of hosting that brought the guest in.
GUEST_REACH = 1500
#: `the guest`, `the Norland guest`, `the visitor`: a definite description whose head may be a guest noun.
_GUEST = re.compile(r"^the\s+(?:[\w'\u2019-]+\s+)?(?P<noun>[\w'\u2019-]+)$", re.IGNORECASE)
#: `on an official visit`, `paid a two-day working visit`: the phrases that make their subject a visitor.
_ON_A_VISIT = re.compile(r"\b(?:on|paid|pays|paying)\s+an?\s+(?:[\w-]+\s+){0,3}?visit\b")
#: The auxiliaries of a passive (`was received by`): the guest is then the sentence's subject.
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being"})
#: How far back (characters) a pronoun's antecedent is looked for at all: "he" and "she" take up someone
#: named in the last few paragraphs, not a person of a story further up a long digest. (In the
#: development sets the antecedents found stood at most about 1,600 characters back.)
ANTECEDENT_REACH = 3000


#: `of Oklahoma`, `from New Mexico` right after a name: where the person is from or serves.
_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)")
#: `(R-Okla.)`, `(D-FL)`, `, R-Okla.,`: a party label after a name, with the state written short.
_PARTY_STATE = re.compile(r"\s*[(,]\s*(?:[DRI]|Dem|Rep|Ind)\.?-\s?([A-Z][A-Za-z.]{0,6}(?:\s?[A-Z][a-z.]{0,5})?)[),]")


#: `One of them, `, `One of the victims, `: a partitive whose apposition, after the comma, says who.
_PARTITIVE = re.compile(r"One of (?:them|those|the (?P<noun>[a-z]+))(?P<comma>,\s+)")
#: `who`, `whose`: a relative clause, said of people, after a partitive set off by a comma.
_RELATIVE_AFTER = re.compile(r"(?:who|whose)\b")
#: An opening adverbial set off by a comma: an adverb or a preposition, then a few words (`Back at the
#: Tim Hortons, `, `Inside the hall, `, `Later, `).
_OPENING_ADVERBIAL = re.compile(r"(?P<first>[A-Z][a-z]+)\b[^,.;:!?\"\u201c\u201d\n]{0,50},\s+")


def _capitalised(word: str) -> str:
    """`the` as it would open a sentence: a subject past an opening adverbial starts in lower case."""
    return word[:1].upper() + word[1:]


def _subject_start(text: str, begin: int, end: int) -> int:
    """Where the subject of the sentence at `begin` starts: past a partitive set off before its apposition,
    or past an opening adverbial (its first word one of `CLAUSE_OPENERS`)."""
    partitive = _PARTITIVE.match(text, begin, end)
    if partitive:
        return partitive.end()
    opening = _OPENING_ADVERBIAL.match(text, begin, end)
    if opening and opening.group("first").lower() in CLAUSE_OPENERS:
        return opening.end()
    return begin


#: The words that open an indefinite description of one person: `a nurse`, `one resident`.
_SINGULAR_LEADS = frozenset({"a", "an", "one"})


def _place_names_in(words: list[str]) -> set[str]:
    """The places a run of words names, one or two words each (`Maryland`, `New Jersey`)."""
    bare = [w.strip(",.;:()'’").removesuffix("'s") for w in words]
    found = {" ".join(bare[i:i + 2]) for i in range(len(bare) - 1) if is_place_name(" ".join(bare[i:i + 2]))}
    return found | {w for w in bare if w[:1].isupper() and is_place_name(w)}


def _is_municipal(noun: str) -> bool:
    """`city`, `town`, `county`: a word for a municipality (`municipal_nouns.txt`)."""
    return noun.capitalize() in lexicon.municipal_nouns()


def _head_noun(description: str) -> str:
    """The noun a description is about: 'the 39-year-old founder of X' -> 'founder', 'the ex-mayor' -> 'mayor'.
    A body's name holding `of` may modify a noun for a person after it ('a Court of Kelby judge' -> 'judge'):
    the last word is the head when it is such a noun in lower case right after a capitalised word."""
    words = description.split()
    if " of " in description and len(words) > 2 and words[-2][:1].isupper() and words[-1].islower() and \
            lexicon.person_word(words[-1]):
        return lexicon.without_past_prefix(words[-1])
    return lexicon.without_past_prefix(description.split(" of ")[0].split()[-1])


def _epithet_gender(description: str) -> str | None:
    """'the actress' is a woman, 'the anchorman' a man; 'the senator' could be either."""
    head = _head_noun(description).lower()
    gender = lexicon.gender_words().get(head)
    if gender:
        return gender
    if head.endswith("woman"):
        return "f"
    return "m" if head.endswith("man") else None


@cache
def _office_words() -> frozenset[str]:
    """Words that make up the name of an office: role nouns, titles, synonyms' words, country adjectives."""
    words = set(lexicon.role_nouns()) | {t.lower().rstrip(".") for t in lexicon.titles()}
    for variant in lexicon.role_synonyms():
        words.update(variant.split())
    for country in lexicon.countries():
        words.update(w.lower() for w in (country.name, country.adjective, *country.aliases))
    return frozenset(words)


def _is_office(description: str) -> bool:
    """'the Defense Minister', 'the Russian Foreign Minister': a capitalised office, not a name."""
    words = description.split()[1:]
    return bool(words) and lexicon.role_nouns().get(words[-1].lower()) == "person" and \
        all(w.lower() in _office_words() for w in words)


@cache
def _naming_apposition() -> re.Pattern[str]:
    """`, a retiree in Ohio named `: an indefinite apposition closing on a naming word (`named`, `nicknamed`)."""
    frames = sorted(w for w in lexicon.naming_frames() if " " not in w)
    return re.compile(r",\s+(?:a|an)\s+[^,.;:\"\u201c\u201d]{0,80}?\b(?:" + "|".join(frames) + r")\s+")


#: `of the Tanners Union`: the body in capitals an office is of.
_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?(?P<body>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)")


def _body_of_office(role: str) -> str | None:
    """The body an office is of, where its name in capitals ends in a word for a body (`org_nouns.txt`): `Tanners
    Union` of `the head of the Tanners Union`; None for a portfolio (`Minister of Foreign Affairs`)."""
    found = _OF_BODY.search(role) if " of " in role else None
    body = found.group("body").rstrip(".") if found else ""
    return body if body.rpartition(" ")[2] in lexicon.org_nouns() else None


def _given_name_of_all(token: str, people: list[Entity]) -> bool:
    """Whether `token` is the first name of every one of `people` and the surname of none (two namesakes by
    first name), so that it alone cannot tell them apart."""
    return all(e.kind == "person" and e.tokens[0] == token and e.surname != token for e in people)


def _in_its_own_words(role: str, fitting: list[Entity], position: int) -> list[Entity]:
    """`the president` where the article names President Ida Roe and Senate Minority Leader Jo Park: a
    `leader` may be a `president` written another way (`role_synonyms.csv`), but a writer who has a word for
    each office means by the description's own head noun the one whose title holds it, not one who fits it
    only through a synonym (a body's own name counts as its title). Every word of the description counts, so
    that `the head of state` is not any `head`; and only those named before the description count. All of them
    when no title holds it."""
    wanted = {word for word in re.findall(r"[\w-]+", role.lower()) if word not in _ROLE_STOPWORDS}
    literal = [e for e in fitting if e.positions and min(e.positions) < position and
               any(wanted <= set(re.findall(r"[\w-]+", title.lower())) for title in (*e.roles, e.name))]
    return literal or fitting


def _held_once(role: str) -> bool:
    """`Former Premier`, `the former president`, `ex-minister`: a role or description with a word that says its
    holder no longer holds the office (`past_office_words.txt`)."""
    past = lexicon.past_office_words()
    return any(word in past or word.partition("-")[0] in past for word in role.lower().split())


def _held_as_past(entity: Entity, role: str) -> bool:
    """Whether the article gives the person `role` as an office held once: after a word saying so before the
    name (`Entity.past_roles`), or with such a word in the role itself."""
    return role in entity.past_roles or _held_once(role)


def _held_only_once(entity: Entity, wanted: frozenset[str]) -> bool:
    """`former premier Graham Leckie`: whether the person holds the office a description names only as one held
    once, in every role the article gives them that names it; `the Premier` is then the one in office."""
    naming = [role for role in entity.roles if wanted <= role_signature(role)]
    return entity.kind == "person" and bool(naming) and all(_held_as_past(entity, role) for role in naming)


def _held_ever_once(entity: Entity, wanted: frozenset[str]) -> bool:
    """Whether a role the article gives the person names the office a description names as one held once."""
    return any(wanted <= role_signature(role) and _held_as_past(entity, role) for role in entity.roles)


def _abbreviated(role: str) -> bool:
    """`Sen.`, `Kentucky Sen.`: a role whose office is an abbreviated title."""
    return any(word.endswith(".") and word[:-1] in office_abbreviations() for word in role.split())


def _last_before(positions: list[int], position: int) -> int:
    """The last of the sorted `positions` before `position`, or -1 for none."""
    index = bisect.bisect_left(positions, position)
    return positions[index - 1] if index else -1


class Resolver:
    """Resolves speaker phrases against the people and organisations of one article."""

    def __init__(self, entities: list[Entity], quoted: list[tuple[int, int]] | None = None, text: str = ""):
        self.entities = entities
        self.text = text
        # Names inside quoted words belong to the speaker's sentence, not the narration's:
        # they are never what a later "he" or "she" takes up.
        self.quoted = sorted(quoted or [])
        self._quote_starts = [start for start, _ in self.quoted]
        self.by_name = {e.name: e for e in entities}
        self.spoke_at: dict[str, int] = {}
        # The genders of the `he` and `she` the article's own cues gave each speaker (see `note_speaker`).
        self._cued_genders: dict[str, set[str]] = {}
        # The last quote given to someone the article leaves unnamed: (description, where, gender or None).
        self.unnamed_spoke: tuple[str, int, str | None] | None = None
        # The last quote brought in as a finding (`has found that`): (speaker, where, named) (see `note_finding`).
        self.found_by: tuple[str, int, bool] | None = None
        self._narrated_at: dict[int, tuple[list[int], list[int]]] = {}  # by id of entity (see `_narrated`)
        self._after_the: dict[int, bool] = {}  # by id of entity (see `after_the_only`)
        self._before_quote: dict[int, tuple[int, int] | None] = {}  # by pronoun (see `_sentence_before_quote`)
        self._places: dict[str, set[str]] = {}  # by name (see `_places_of`)
        self._prose_spellings: dict[str, str] = {}  # by a label in capitals (see `_as_written_in_prose`)
        # What each phrase resolved to since a speaker was last noted (see `resolve`).
        self._resolved: dict[tuple[Phrase, str | None, str | None], tuple[str | None, str]] = {}

    # Indexes of the entities, each made when first asked for: a long article asks the same
    # questions about a few of its entities many times, and must not read them all each time.
    @cached_property
    def signatures(self) -> dict[str, frozenset[str]]:
        """The words of each entity's roles, and of an organisation's name, by name (`role_signature`). Made when
        first asked for: four resolvers in five never ask (most articles' speakers resolve by name)."""
        return {e.name: frozenset().union(*(role_signature(r) for r in e.roles)) | (
            role_signature(e.name) if e.kind == "org" else frozenset()) for e in self.entities}

    @cached_property
    def _ranks(self) -> dict[str, list[int]]:
        """The entities' places in `entities`, by name."""
        ranks: dict[str, list[int]] = {}
        for rank, entity in enumerate(self.entities):
            ranks.setdefault(entity.name, []).append(rank)
        return ranks

    @cached_property
    def _by_name_end(self) -> dict[str, list[Entity]]:
        """People by the first and by the last word of a name of two words or more, in order."""
        found: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.kind == "person" and len(entity.tokens) > 1:
                # `al-Rashidi` is also found as `Rashidi`, `Nurlan Asan uulu` by `Asan` and `Tom Lind Jr` by `Lind`.
                last = entity.tokens[-2] if entity.tokens[-1].islower() else entity.surname
                for token in {entity.tokens[0], last, ARTICLE_PREFIX.sub("", last)}:
                    found.setdefault(token, []).append(entity)
        return found

    @cached_property
    def _counterparts(self) -> list[Entity]:
        """The people the article calls someone's counterpart (`his Norland counterpart Dorr`), in order."""
        return [e for e in self.entities if e.kind == "person" and "counterpart" in self.signatures[e.name]]

    @cached_property
    def _by_signature_word(self) -> dict[str, list[Entity]]:
        """The entities whose signature holds a word, in order."""
        found: dict[str, list[Entity]] = {}
        for entity in self.entities:
            for word in self.signatures[entity.name]:
                found.setdefault(word, []).append(entity)
        return found

    @cached_property
    def _name_ends(self) -> dict[int, list[int]]:
        """Where each mention of an entity ends, and the ranks of the entities named there."""
        ends: dict[int, list[int]] = {}
        for rank, entity in enumerate(self.entities):
            for start in entity.positions:
                ends.setdefault(start + entity.length_at(self.text, start), []).append(rank)
        return ends

    @cached_property
    def _bodies(self) -> list[tuple[int, int, str]]:
        """Where each organisation is named: (start, end, name), in order."""
        return sorted((p, p + len(e.name), e.name) for e in self.entities if e.kind == "org" for p in e.positions)

    def _body_around(self, phrase: Phrase) -> str | None:
        """The organisation whose longer name holds `phrase` at its place, without an opening `The`."""
        at = bisect.bisect_right(self._bodies, (phrase.start, len(self.text) + 1, "")) - 1
        if at < 0:
            return None
        start, end, name = self._bodies[at]
        if not (start <= phrase.start and phrase.end <= end and end - start > phrase.end - phrase.start):
            return None
        words = set(name.split())
        if is_division_body(name):
            return name  # `Infrastructure` read inside `Manitoba Transportation and Infrastructure`
        if not words & (lexicon.org_nouns() - lexicon.place_nouns()) or words & lexicon.headline_verbs():
            return None  # `DJ Lee Bond` (a name led by letters), `Lee Said Of Wall Street` (a headline)
        return name.removeprefix("The ")

    @cached_property
    def _short_forms(self) -> dict[str, str]:
        """Organisations by their short forms (`Maple Basket` for `Maple Basket Foods Ltd.`)."""
        return {short: e.name for e in self.entities if e.kind == "org" and (short := org_short_form(e.name))}

    @cached_property
    def _people_named(self) -> tuple[list[int], list[int]]:
        """Where the narration names a person, in order, and the rank of the person named there."""
        named = sorted((at, rank) for rank, entity in enumerate(self.entities) if entity.kind == "person"
                       for at in self._narrated(entity)[0])
        return [at for at, _ in named], [rank for _, rank in named]

    @cached_property
    def _named(self) -> NamedPositions:
        return NamedPositions(self.entities)

    def _recent(self, candidates: list[Entity], position: int, prefer: str | None) -> Entity | None:
        if not candidates:
            return None
        for entity in candidates:
            if entity.name == prefer:
                # The last speaker, unless someone else who fits was named since they spoke (`Defence
                # Minister Papik also commented. "...," the minister said`).
                spoke = max(self.spoke_at.get(prefer, -1), max((p for p in entity.positions if p < position),
                                                                default=-1))
                if not any(spoke < p < position for other in candidates if other is not entity
                           for p in other.positions):
                    return entity
                break

        def last_before(entity: Entity) -> int:
            before = [p for p in entity.positions if p <= position]
            return max(before) if before else -min(entity.positions, default=0) - 1_000_000

        return max(candidates, key=last_before)

    def _as_written_in_prose(self, word: str) -> str:
        """`CARRANZA: "..."` where the narration writes `Carranza interjected`: a surname in capitals labels a
        transcript's turn, and the name is the one the prose spells (`McCALL` as `McCall`; an acronym, `NATO`,
        has no such spelling)."""
        if not (word.isupper() and word.isalpha() and len(word) > 2):
            return word
        if word not in self._prose_spellings:  # a transcript repeats its labels: the text is read once a word
            self._prose_spellings[word] = next(
                (found.group() for found in re.finditer(rf"\b{word}\b", self.text, re.IGNORECASE)
                 if not found.group().isupper() and found.group()[:1].isupper()), word)
        return self._prose_spellings[word]

    def _compound_surname_bearer(self, tokens: tuple[str, ...], position: int) -> str | None:
        """`Le Blanc said` after `Shauna Le Blanc`, `Van Dyk` after `Pieter Van Dyk`: words that open with a particle
        of surnames and end the name of one person of the article, and are not all of it, are that person's
        surname of several words. So is a surname with the suffix that tells a son from his father (`Lind Jr.
        said` after `Ted Lind Jr.`), which the father's name lacks; and so are words that open with no given
        name and end the name of one person the article named before them (`Greve Young said` after `Karen
        Greve Young`: a double surname)."""
        suffixed = len(tokens) == 2 and tokens[-1].rstrip(".") in lexicon.name_suffixes()
        marked = suffixed or tokens[0].lower() in lexicon.surname_particles()
        if not marked and first_name_gender(tokens[0]) is not None:
            return None
        if suffixed:
            tokens = (tokens[0], tokens[-1].rstrip("."))
        bearers = {e.name for e in self._by_name_end.get(tokens[0] if suffixed else tokens[-1], ())
                   if len(e.tokens) > len(tokens) and e.tokens[-len(tokens):] == tokens
                   and (marked or min(e.positions, default=position) < position)}
        return bearers.pop() if len(bearers) == 1 else None

    def note_speaker(self, name: str, position: int, mention: str | None = None) -> None:
        """A quote attributed to `name` at `position` makes them the one a later 'he' most likely means. Where
        the quote's cue named them by `he` or `she` (`mention`) and the pronoun agrees with the usual gender
        of their first name, two signs that do not hang on each other agree, and the gender counts as told
        (`Ines Caro Vidal said ... "...," she said`): a first name that is no sure sign alone (Ines) is one
        with the article's pronoun. A pronoun alone may be a misreading of whom it takes up, and is not enough."""
        self.spoke_at[name] = position
        pronoun = (mention or "").lower()
        entity = self.by_name.get(name)
        gender = lexicon.gender_words().get(pronoun) if pronoun in ("he", "she") else None
        if gender and entity is not None and entity.first_name_gender == gender:
            self._cued_genders.setdefault(name, set()).add(gender)
        self._resolved.clear()  # who spoke last is what a phrase's reading may change with

    def _gender_of(self, entity: Entity) -> str | None:
        """The gender the article gives a person: by its pronouns and honorifics around the name, else by the
        `he` or `she` of the cues of their own quotes where their first name agrees (see `note_speaker`)."""
        if entity.gender is not None:
            return entity.gender
        cued = self._cued_genders.get(entity.name, set())
        return next(iter(cued)) if len(cued) == 1 else None

    def note_finding(self, speaker: str, position: int, named: bool) -> None:
        """A quote given at `position` to `speaker` as what they found (`The auditor general has found that the
        agency "failed to track" repairs`): a report the article names next without an author is where the
        finding was published (see `_finder`)."""
        self.found_by = (speaker, position, named)
        self._resolved.clear()

    def note_unnamed_speaker(self, description: str, mention: str, position: int) -> None:
        """A quote of its own given at `position` to someone the article brought in unnamed, by an indefinite
        description of one person (`A mother of two said ...`, then `"...," the mother said`, or `she`
        standing for her): of the gender the cue's pronoun or the noun gives. A plural (`Some residents`), a
        definite description (`the Florida senator`: a named person's epithet, unresolved) or a noun for no
        person is no one a later `he` or `she` takes up."""
        words = description.split()
        head = _head_noun(description).lower()
        if len(words) < 2 or words[0].lower() not in _SINGULAR_LEADS or not lexicon.person_word(head):
            return
        gender = lexicon.gender_words().get(mention.lower()) or _epithet_gender(description)
        self.unnamed_spoke = (description, position, gender)
        self._resolved.clear()

    def _unnamed_speaker_taken_up(self, position: int, gender: str | None) -> str | None:
        """`"She had a fever," the mother said.` then `She said she had read it online.` and `"...," she
        said`: the last speaker the article leaves unnamed is as salient as a named one, and a later `he` or
        `she` of their gender takes them up while no one who fits has spoken or been named in the narration
        since (a named person would be the pronoun's antecedent as a description cannot be)."""
        if self.unnamed_spoke is None:
            return None
        description, at, own = self.unnamed_spoke
        if not at < position < at + SUBJECT_REACH or (gender and own and own != gender):
            return None
        if any(spoke > at for spoke in self.spoke_at.values()):
            return None
        positions, ranks = self._people_named
        for rank in ranks[bisect.bisect_left(positions, at):bisect.bisect_left(positions, position)]:
            entity = self.entities[rank]
            known = entity.gender or entity.first_name_gender
            if entity.kind == "person" and not (gender and known and known != gender):
                return None
        return description

    def _how_taken_up(self, name: str) -> str:
        """How a pronoun's answer was found: the unnamed speaker it takes up is a description."""
        unnamed = self.unnamed_spoke
        return "description" if unnamed and name == unnamed[0] and name not in self.by_name else "pronoun"

    def spelled_out(self, acronym: str) -> str | None:
        """The name an acronym stands for where the article spells it out: `IRCC` for `Immigration,
        Refugees and Citizenship Canada`, `CRA` for `the Canada Revenue Agency (CRA)`. Its capitalised
        words give the acronym's letters in order; `and`, `of`, `the`, `for` and commas may stand between.
        A compound joined by a hyphen gives a letter for each part (`KLFN` for `Kesh-Lake First Nation`) or one
        for the whole (`DTA` for `Dunmore-Kessland Transit Authority`), as acronyms are coined either way. A
        place's initials give a letter each (`NBEMO` for `N.B. Emergency Measures Organization`): the acronym
        writes the place as its initials."""
        words = [f"(?:{letter}[a-z][\\w'\u2019]*(?:-[A-Za-z][\\w'\u2019]*)*|{letter}\\.)" for letter in acronym]
        pattern = re.compile(r"\b" + _ACRONYM_JOINER.join(words) + r"(?!\w)")
        found = pattern.search(self.text)
        return found.group() if found else None

    def author_of(self, head: str, position: int) -> str | None:
        """Who the article ties to its last mention of `head` (a document, a claim) before `position`."""
        author = document_author(self.text, head, position, self._named, self.in_narration)
        return author.name if author else None

    def _court_text_author(self, head: str, phrase: Phrase) -> str | None:
        """`The opinion, written by Judge Jo Park, called ...`, `A second suit, filed by X, says`: a court text
        speaks for the author named right after the phrase itself or after an earlier mention of the same noun
        (`The lawsuit was filed by X. ... "...," the lawsuit says`), or of a noun naming the same filing (`...,"
        the complaint states`; `filing_nouns.txt`). Unlike a statement, it is not given to whoever is merely
        near it: a lawsuit named with no filer is its own speaker."""
        author = author_after(self.text, phrase.end, self._named)
        if author is None:
            nouns = (head, *lexicon.filing_nouns().get(head, ()))
            mentions = sorted((m for noun in nouns for m in document_mentions(self.text, noun, phrase.start)),
                              reverse=True)
            author = next((found for start, end in mentions if self.in_narration(start)
                           and (found := author_after(self.text, end, self._named)) is not None), None)
        return author.name if author else None

    def _described_author(self, start: int, end: int, last_speaker: str | None) -> tuple[str | None, str]:
        """The author of a document whom the sentence naming it describes as its subject (`The family said in a
        statement`): the description as any cue's subject would be read, an acronym as the body's name."""
        words = self.text[start:end].split()
        if words[-1].isupper():
            return self.resolve(Phrase(start + len(words[0]) + 1, end, words[-1], "name"), last_speaker)[0], "document"
        return self.resolve(Phrase(start, end, self.text[start:end], "description"), last_speaker)[0], "document"

    def _finder(self, mentions: list[tuple[int, int]], position: int) -> tuple[str, str] | None:
        """`Auditor General Tess Marrow has found that the agency "failed to track" repairs.` / `The report also
        concluded that ...`: a document the article names for the first time (`mentions` empty), with no author
        of its own, in the paragraph of the last quote given as a finding (`note_finding`) or the next, with no
        one quoted since, is where that finding was published, and its author the one who found it. (The
        speaker, and `document`, or `description` for one the article leaves unnamed.)"""
        if mentions or self.found_by is None:
            return None
        speaker, at, named = self.found_by
        if not at < position or any(spoke > at for spoke in self.spoke_at.values()):
            return None
        if sum(1 for line in self.text[at:position].split("\n") if line.strip()) > 2:
            return None  # a paragraph between tells of something else
        return speaker, "document" if named else "description"

    def _reporting_body_before(self, phrase: Phrase, mentions: list[tuple[int, int]]) -> str | None:
        """`The press service of the Ministry of Fisheries reported that ...` then `The statement says: "..."`: a
        document the article names for the first time (`mentions` empty), opening the sentence right after one
        whose subject is a body, or a body's press service, that reports (a cue verb), is that body's release:
        the body speaks, not its press office."""
        if mentions:
            return None
        bounds = self._sentence_before_opening(phrase.start)
        if bounds is None:
            return None
        begin, end = bounds
        subject = _REPORTING_BODY.match(self.text, begin, end)
        if subject is None or not is_cue_word(subject.group("verb")):
            return None
        body = subject.group("body")
        entity = self.by_name.get(body)
        if entity is not None:
            return entity.name if entity.kind == "org" else None
        return body if subject.group("office") else None

    def _speaker_citing(self, mentions: list[tuple[int, int]]) -> str | None:
        """`"...," the ministry said in a statement.` then `"...," the statement reads.`: a document
        named in the cue of a quote already attributed is that quote's speaker's (`mentions`: where
        the document was named before, last first)."""
        if not mentions or not self.in_narration(mentions[0][0]):
            return None
        mention = mentions[0][0]
        spoken = [(at, name) for name, at in self.spoke_at.items() if at < mention]
        if not spoken:
            return None
        at, name = max(spoken)
        return name if "\n" not in self.text[at:mention] else None  # that quote's paragraph names it

    def in_narration(self, position: int) -> bool:
        inside = bisect.bisect_right(self._quote_starts, position) - 1
        return inside < 0 or self.quoted[inside][1] <= position

    def _narrated(self, entity: Entity) -> tuple[list[int], list[int]]:
        """Where the narration, outside quoted words, names the entity, and where it names it as a
        sentence's subject, in order: each pronoun asks for the last of them before it."""
        found = self._narrated_at.get(id(entity))
        if found is None:
            found = self._narrated_at[id(entity)] = (
                sorted(p for p in entity.positions if self.in_narration(p)),
                sorted(p for p in entity.subject_positions if self.in_narration(p)))
        return found

    def after_the_only(self, entity: Entity) -> bool:
        """`always_after_the` of the article's text, asked once per entity: every pronoun asks it of each person
        near it, and the answer reads only the text and the entity's mentions, which no quote changes."""
        found = self._after_the.get(id(entity))
        if found is None:
            found = self._after_the[id(entity)] = always_after_the(self.text, entity)
        return found

    def _fronted_name(self, position: int) -> str | None:
        """The person named right before `position` with only a comma between (`Salmon, he said`);
        of two, the one the entities list first."""
        ranks = [rank for end in range(max(0, position - 3), position) if self.text[end:position].strip() == ","
                 for rank in self._name_ends.get(end, ())]
        return self.entities[min(ranks)].name if ranks else None

    def _near(self, position: int) -> list[Entity]:
        """The people the narration names, and the entities quoted, within `ANTECEDENT_REACH` before
        `position`, in the order of `entities`: a long article's pronouns each read a few of them."""
        positions, ranks = self._people_named
        floor = position - ANTECEDENT_REACH
        near = set(ranks[bisect.bisect_left(positions, floor):bisect.bisect_left(positions, position)])
        for name, at in self.spoke_at.items():
            if at >= floor:
                near.update(self._ranks.get(name, ()))
        return [self.entities[rank] for rank in sorted(near)]

    def antecedent(self, position: int, last_speaker: str | None, gender: str | None = None,
                   excluded: frozenset[str] = frozenset()) -> str | None:
        """'he' / 'she': the person of that gender mentioned or quoted most recently before `position`.

        Not a name fronted right before the pronoun (`Salmon, he said, "counts every vote twice"`): the
        name belongs to the reported clause the pronoun's verb governs, and cannot be the pronoun; nor
        anyone `excluded` (the description the caller resolves cannot fit them).
        """
        fronted = self._fronted_name(position)
        candidates = [e for e in self._near(position)
                      if e.kind == "person" and (e.is_person_like or e.name in self.spoke_at)
                      and not (gender and self._gender_of(e) not in (None, gender)) and e.name != fronted
                      and not self.after_the_only(e) and e.name not in excluded]
        if last_speaker == fronted or last_speaker in excluded:
            last_speaker = None
        # Where the article's own words give no gender, a first name of the other gender makes a
        # person a poorer candidate, though not an impossible one.
        hinted = [e for e in candidates if not (gender and self._gender_of(e) is None and e.first_name_gender and
                                                e.first_name_gender != gender)]
        # Never one whose first name is surely of the other gender (`Donald` for `she`), where the article's own
        # words give them none: the pronoun then stands for someone the article did not name in full.
        candidates = hinted or [e for e in candidates if not self._named_of_other_gender(e, gender)]
        best, best_at = None, -1
        for entity in candidates:
            mentioned, _ = self._narrated(entity)
            at = max(_last_before(mentioned, position), self.spoke_at.get(entity.name, -1))
            if at > best_at:
                best, best_at = entity.name, at
        subject, subject_at = None, -1
        for entity in candidates:
            _, opening = self._narrated(entity)
            seen = _last_before(opening, position)
            if seen > subject_at:
                subject, subject_at = entity.name, seen
        if subject is not None and subject_at > position - SUBJECT_REACH:
            best, best_at = subject, subject_at
        last = self.by_name.get(last_speaker or "")
        last_gender = self._gender_of(last) if last is not None else None
        fits = last is None or last.kind == "person" and (not gender or not last_gender or last_gender == gender)
        if fits and last is not None and self._named_of_other_gender(last, gender):
            fits = False
        if last_speaker and fits and self.spoke_at.get(last_speaker, -1) >= best_at:
            return last_speaker
        return best or (last_speaker if fits else None)

    @staticmethod
    def _named_of_other_gender(entity: Entity, gender: str | None) -> bool:
        """`Ilse Varhola called it a first step. "...," he said`: where the article's own words give the last
        speaker no gender, a first name of the other gender lets the pronoun pass to a person it fits."""
        if gender is None or entity.gender is not None or entity.first_name_gender in (None, gender):
            return False
        return sure_first_name_gender(entity.tokens[0]) not in (None, gender)

    def _described_subject(self, position: int, gender: str | None) -> Phrase | None:
        """`A neighbour who saw the crash called the police.` then `"It was loud," she said.`: the pronoun
        after a quote takes up the subject of the narration sentence right before the quote, when that
        subject is a description of a person of its gender and the sentence names no person who fits. So too
        the pronoun that opens the sentence after it (`A former customs official said the plan was never
        tested. She added, "..."`): the official, not the body named inside the description."""
        bounds = self._sentence_before_quote(position) or self._sentence_before_opening(position)
        if bounds is None:
            return None
        begin, end = bounds
        subject = self._description_opening(begin, end)
        if subject is None:
            return None
        described_gender = _epithet_gender(subject.text)
        if gender and described_gender and described_gender != gender:
            return None
        # `One voter, a welder named Rune Hallberg, said ...`: the name in apposition is the subject's own.
        appositive = self._named_in_apposition(subject)
        positions, ranks = self._people_named
        for at in range(bisect.bisect_left(positions, begin), bisect.bisect_left(positions, end)):
            if subject.start <= positions[at] < subject.end:
                continue  # `Holloway's mother drove down`: the owner named inside the subject is not who acts
            entity = self.entities[ranks[at]]
            if entity.kind == "person" and not (gender and entity.gender and entity.gender != gender) and \
                    entity.name != appositive:
                return None  # `A neighbour told Ann Lee ...`: the named person may be meant
        return subject

    def _reporter_before(self, position: int, gender: str | None, last_speaker: str | None) -> str | None:
        """`Peskov noted that Putin had no plans to go. "There are none," he said.`: after a quote, `he` or
        `she` takes up the one who reports in the sentence just before it, not the subject of the clause
        reported (`Putin`): a person named at its start before a cue (`Peskov noted that`, `According to
        Peskov,`), or a pronoun of the same gender there (`He noted that ...`), which stands for whom it did."""
        bounds = self._sentence_before_quote(position)
        if bounds is None:
            return None
        begin, end = bounds
        opening = _REPORTING_OPENING.match(self.text, begin, end)
        if opening is None or _SUBORDINATE_BEFORE.match(self.text, begin, opening.end("who")):
            # `When Lund asked about the levy, Yates hesitated.`: the one who reports in a fronted
            # subordinate clause is not the subject of the main clause, whom the pronoun takes up.
            return None
        head = opening.group("who")
        cue_words = self.text[opening.end("who"):min(end, opening.end("who") + 40)].split()[:3]
        if not opening.group("according") and not any(is_cue_word(w.strip(",.")) for w in cue_words):
            return None
        if head.lower() in ("he", "she"):
            if gender and lexicon.gender_words().get(head.lower()) != gender:
                return None
            name = self._unnamed_speaker_taken_up(begin, gender) or self.antecedent(begin, last_speaker, gender)
            return None if self._of_other_gender(name, gender) else name  # it found no one of its gender either
        entity = self.by_name.get(head) or self.by_surname(head.split()[-1], begin, None)
        if entity is None or entity.kind != "person" or self._of_other_gender(entity.name, gender) or \
                self.after_the_only(entity):
            # `Dana Kessler noted ... "...," he said`: a first name of the other gender counts too; `The Lund
            # Courier reported that ...` is a paper's report, not a person's `he` takes up.
            return None
        return entity.name

    def _plural_subject_before(self, position: int) -> str | None:
        """`Prosecutors sought six years. "...," they wrote.`: `they` right after a quote takes up a bare plural
        that opens the narration sentence before it, an unnamed group (the named are read by `they`)."""
        bounds = self._sentence_before_quote(position)
        plural = plural_subject(self.text, *bounds) if bounds else None
        return plural.text if plural else None

    def _person_asked(self, pronoun: Phrase, gender: str | None) -> str | None:
        """`Host Bo Lund asked Sen. Tom Reyes whether he would run. "Not this time," he replied.`: `he` with a
        verb of answering takes up the person the sentence before the quote asked, not the asker; so does `he
        said` after a reported question (`asked Reyes whether ...`), for the words that follow a question are
        its answer."""
        answering = _ANSWERING.match(self.text, pronoun.end)
        if not answering and not _SAYING.match(self.text, pronoun.end):
            return None
        bounds = self._sentence_before_quote(pronoun.start)
        if bounds is None:
            return None
        asked = _ASKED_SOMEONE.search(self.text, *bounds)
        if asked is None:
            return None
        if not answering and (not _REPORTED_QUESTION.match(self.text, asked.end()) or
                              _SUBORDINATE_BEFORE.search(self.text, bounds[0], asked.start())):
            # With `said`, only a reported question (`asked Reyes whether ...`) of the main clause is answered:
            # not one a story tells of (`..., when a man asked Lee why ...`), whose teller may go on.
            return None
        words = asked.group("name").rstrip(".").split()  # `Sen. Tom Reyes`: titles, then the name
        entity = next((self.by_name[" ".join(words[i:])] for i in range(len(words))
                       if " ".join(words[i:]) in self.by_name), None) or \
            self.by_surname(words[-1], asked.start("name"))
        if entity is None or entity.kind != "person" or self._of_other_gender(entity.name, gender):
            return None
        return entity.name

    def they(self, position: int) -> list[str]:
        """`Mayor Ana Chen and Councillor Tom Russo toured the site. "...," they said.`: `they` after a quote
        takes up the people joined by `and` as the subject of the narration sentence just before it."""
        bounds = self._sentence_before_quote(position)
        if bounds is None:
            return []
        begin, end = bounds
        subject = _JOINED_SUBJECT.match(self.text, begin, end)
        if subject is None:
            # `The two ministers also discussed the Middle East. "...," they said.`: a plural description.
            described = _PLURAL_OPENING.match(self.text, begin, end)
            return self.group(Phrase(begin, described.end(), described.group(), "description")) if described else []
        positions, ranks = self._people_named
        named = [self.entities[rank] for rank in
                 ranks[bisect.bisect_left(positions, begin):bisect.bisect_left(positions, subject.end())]]
        people = list(dict.fromkeys(e.name for e in named if e.kind == "person"))
        return people if len(people) >= 2 else []

    def _before_asked_clause(self, position: int) -> int:
        """`Asked whether Putin would attend, he said`: the people of an opening question clause are what
        was asked about, not who answers; the pronoun is read as if it stood before the clause."""
        if "sked" not in self.text[max(0, position - 300):position]:
            return position  # most pronouns follow no `asked`, and this costs less than reading the sentence
        begin = sentence_start(self.text, max(0, position - 300), position)
        return begin if _ASKED_CLAUSE.match(self.text, begin, position + 3) else position

    def _sentence_before_quote(self, position: int) -> tuple[int, int] | None:
        """The narration sentence that ends right before the quote a pronoun's cue closes (`"...," she
        said`), as (start, end); None where the pronoun follows no quote. Each pronoun asks up to three
        times (for a reporter, a description, a group), so the answer is kept."""
        if position not in self._before_quote:
            self._before_quote[position] = self._find_sentence_before_quote(position)
        return self._before_quote[position]

    def _sentence_before_opening(self, position: int) -> tuple[int, int] | None:
        """The narration sentence right before the sentence a pronoun at `position` opens (`... never tested.
        She added,`), as (start, end); None where the pronoun does not open its sentence."""
        end = position
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end == 0 or end == position or self.text[end - 1] not in ".!?" or not self.in_narration(end - 1):
            return None
        return sentence_start(self.text, max(0, end - 400), end - 1), end

    def _find_sentence_before_quote(self, position: int) -> tuple[int, int] | None:
        inside = bisect.bisect_right(self._quote_starts, position) - 1
        if inside < 0 or not self.text:
            return None
        quote_start, quote_end = self.quoted[inside]
        if quote_end > position or self.text[quote_end:position].strip(QUOTE_MARKS + " ,.!?"):
            return None
        end = quote_start
        while end > 0 and (self.text[end - 1] in QUOTE_MARKS or self.text[end - 1].isspace()):
            end -= 1
        if end == 0 or self.text[end - 1] not in ".!?" or not self.in_narration(end - 1):
            return None
        return sentence_start(self.text, max(0, end - 400), end - 1), end

    def _description_opening(self, begin: int, end: int) -> Phrase | None:
        """`A neighbour who saw ...`, `The team's goalie stopped ...`, `Her husband, Doug, shakes ...`: a
        determiner or possessive opening the sentence, then within five words a noun for a person, or a noun
        that `who` follows. The subject starts past a partitive whose apposition says who (`One of them, a
        widow of 83, testified`) and past an opening adverbial set off by a comma (`Back at the gate, the
        foreman shrugged`)."""
        partitive = _PARTITIVE.match(self.text, begin, end)
        if partitive is not None and _RELATIVE_AFTER.match(self.text, partitive.end(), end) and \
                (partitive.group("noun") is None or people_plural(partitive.group("noun"))):
            # `One of the victims, who cannot be identified, read a statement`: a relative clause, not an
            # apposition, follows the partitive, which is the whole subject and says who acts.
            stop = partitive.end() - len(partitive.group("comma"))
            return Phrase(begin, stop, self.text[begin:stop], "description")
        begin = _subject_start(self.text, begin, end)
        pair = _PAIR_ANAPHOR_OPENING.match(self.text, begin, end)
        if pair is not None and not lexicon.person_word(pair.group("next")) and \
                pair.group("next") not in lexicon.role_nouns():
            return Phrase(begin, pair.end("word"), pair.group()[:pair.end("word") - begin], "description")
        tokens = list(_TOKEN.finditer(self.text, begin, min(end, begin + 120)))[:6]
        if len(tokens) < 2 or not _DESCRIPTION_LEAD.fullmatch(_capitalised(tokens[0].group())):
            return None
        for at, token in enumerate(tokens[1:], start=1):
            word = token.group()
            bare = word.rstrip(",")
            if not bare.islower():
                if bare[:1].isupper() and lexicon.person_word(bare.lower()) and at < len(tokens) - 1 and \
                        (word != bare or tokens[at + 1].group().islower()):
                    # `The Secretary General, in turn, briefed ...`, `The Chairman thanked ...`: an office in
                    # capitals, as agency copy writes it, ends the description where a verb or a comma follows.
                    return Phrase(begin, token.start() + len(bare), self.text[begin:token.start() + len(bare)],
                                  "description")
                if at == len(tokens) - 1 or not bare[:1].isupper() or \
                        first_name_gender(bare) and tokens[at + 1].group()[:1].isupper():
                    return None  # `A Mary Lund ...`: a first name and a surname name someone, no description
                # `One Orleans mother`: a place or a body in capitals modifies the noun, even a word that is also a
                # first name (`A Regina man`, `A Victoria couple`), where a noun, not a surname, follows it.
                continue
            followed_by_who = at + 1 < len(tokens) and tokens[at + 1].group() == "who"
            if lexicon.person_word(bare) or followed_by_who:
                # `A bartender who asked not to be named`: `who` is said of people, so its noun names one.
                stop = _complement_end(self.text, token.start() + len(bare), end) if word == bare else \
                    token.start() + len(bare)
                return Phrase(begin, stop, self.text[begin:stop], "description")
            if word != bare:
                return None
        return None

    def _introduced_unnamed(self, phrase: Phrase) -> tuple[int, str] | None:
        """Where an indefinite description with the head noun of `the X` last brought in a person for a
        noun for people (`A witness said ...` before `the witness said`), and its words; None where there
        is none within reach, or where a name in apposition says who they are (`A spokesperson, Jo Lee,`)."""
        head = phrase.text.split()[-1].lower()
        floor = max(0, phrase.start - INTRODUCTION_REACH)
        if not lexicon.person_word(head):
            return self._apposed_with_complement(phrase, floor)
        found = max(_indefinite_pattern(head).finditer(self.text, floor, phrase.start), key=re.Match.start,
                    default=None)
        relative = self._relative_introduced(head, floor, phrase.start) or \
            self._possessed_unnamed(head, floor, phrase.start)
        if relative is not None and (found is None or relative[0] > found.start()):
            return relative
        if found is None or _NAME_IN_APPOSITION.match(self.text, found.end()):
            return None
        if head in lexicon.voice_nouns() and (tail := _VOICE_TAIL.match(self.text, found.end())):
            return found.start(), found.group() + tail.group()  # `A spokesperson for Nordhydro`: whose voice
        return found.start(), found.group()

    def _apposed_with_complement(self, phrase: Phrase, floor: int) -> tuple[int, str] | None:
        """`Ida Berg, a mother of three, ...` before `the mother of three said`: a description whose noun for a
        person has a complement takes up the last indefinite one with that noun set off after a name (whose
        it is, `_name_apposed_to`); None where there is none, for the noun without its complement may be
        someone else's."""
        head = _head_noun(phrase.text).lower()
        if head == phrase.text.split()[-1].lower() or not lexicon.person_word(head):
            return None
        found = max(_indefinite_pattern(head).finditer(self.text, floor, phrase.start), key=re.Match.start,
                    default=None)
        return (found.start(), found.group()) if found and self._name_apposed_to(found.start()) else None

    def _name_apposed_to(self, start: int) -> str | None:
        """`Ida Berg, 34, a nurse at the county hospital,`: an indefinite description set off by commas right
        after a person's name is in apposition to it and describes that person, whom no one new; `the nurse`
        then takes up Ida Berg. The person named there, or None."""
        window = self.text[max(0, start - 8):start]
        commas = _AFTER_NAME_APPOSED.search(window)
        if commas is None:
            return None
        ranks = self._name_ends.get(start - len(commas.group()), [])
        return next((self.entities[rank].name for rank in ranks if self.entities[rank].kind == "person"), None)

    def _name_stated_after(self, start: int, position: int) -> str | None:
        """`A nurse at the clinic said ... Her name is Ada Lund, and she ...`: a sentence opening `Her name is`
        (`His`, `Their`) between the description that brought someone in and `position` names that person,
        as the writer reveals it after the description; the name, or None. Only within three sentences of the
        introduction: further on, the name may be someone else's."""
        stated = _NAME_STATED.search(self.text, start, position)
        if stated is None or self.text.count(". ", start, stated.start()) > 2:
            return None
        name = stated.group("name")
        entity = self.by_name.get(name)
        return entity.name if entity is not None else name

    def _relative_introduced(self, head: str, floor: int, position: int) -> tuple[int, str] | None:
        """`The father of another child addressed the court.` before `the father said`: a relative whose owner
        the article leaves unnamed is brought in by a definite description with its complement, as others are
        by an indefinite one; where and its words, the last such before `position`."""
        if head not in lexicon.relation_nouns():
            return None
        mentions = list(_definite_pattern(head).finditer(self.text, floor, position))
        for found in reversed(mentions):
            end = _complement_end(self.text, found.end(), position)
            if end > found.end() and self.in_narration(found.start()) and \
                    _relative_of_unnamed(self.text[found.start():end]) and \
                    not _NAME_IN_APPOSITION.match(self.text, end):
                return found.start(), self.text[found.start():end]
        return None

    def _possessed_unnamed(self, head: str, floor: int, position: int) -> tuple[int, str] | None:
        """`Her manager, who asked not to be named, said ...` before `the manager said`: a person brought in by
        whom they belong to, with a relative clause withholding their name, is someone new whom the article
        leaves unnamed, as an indefinite description brings one in; not the owner the possessive takes up.
        Where and the description with its owner (`Ada Lund's manager`), the last such before `position`."""
        for found in reversed(list(_possessed_pattern(head).finditer(self.text, floor, position))):
            if _NAME_WITHHELD_IN_RELATIVE.match(self.text, found.end()) and self.in_narration(found.start()):
                possessed = _POSSESSED.fullmatch(found.group())
                return found.start(), self._possessor(possessed, found.start(), None) if possessed else found.group()
        return None

    def _kin_taken_up(self, phrase: Phrase) -> str | None:
        """`Delorme's family issued a statement. "...," the family said.`: `the` and a noun for kin takes up
        the last earlier mention of that noun with its owner (`X's family`, `the family of X`, `her family`),
        and names the same people: `Sarah Delorme's family`."""
        words = phrase.text.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in lexicon.relation_nouns():
            return None
        floor = max(0, phrase.start - INTRODUCTION_REACH)
        found = max((m for m in _owned_pattern(words[1]).finditer(self.text, floor, phrase.start)
                     if self.in_narration(m.start())), key=re.Match.start, default=None)
        if found is None:
            return None
        if found.group("pronoun"):
            gender = _OWNER_GENDER.get(found.group("pronoun").lower())
            owner = self.antecedent(found.start(), None, gender)
        else:
            named = found.group("owner") or found.group("of")
            entity = self.by_name.get(named) or self.by_surname(named.split()[-1], found.start())
            owner = entity.name if entity else named
        return f"{owner}'s {words[1]}" if owner else None

    def _named_in_apposition(self, phrase: Phrase) -> str | None:
        """`One respondent, a retiree in Ohio named Gloria Pettis, said`: an apposition that gives the name of
        the one a description brings in (`named`) makes the description that person."""
        if self.text[phrase.end:phrase.end + 2] != ", ":
            return None
        match = _naming_apposition().match(self.text, phrase.end)
        if match is None:
            return self._name_set_off(phrase)
        rest = self.text[match.end():match.end() + 60]
        return next((name for name, entity in self.by_name.items() if entity.kind == "person" and
                     rest.startswith(name) and not rest[len(name):len(name) + 1].isalpha()), None)

    def _name_set_off(self, phrase: Phrase, owner_unnamed: bool = False) -> str | None:
        """`The brother, Julian, 44, testified`, `His wife, Ona Reyes, said`: a name set off by commas right after
        a description of a person is who the description means, and the most specific name the article gives
        them. The name must be a person of the article, a known first name, or have an age set off after it, as
        people's names do (`, 11,`). A bare first name after a possessive (`His son, Kiran, 11,`) names them
        only where the owner is someone the article leaves unnamed (`owner_unnamed`): else `Ada Lind's son`
        says more of who they are than `Kiran`."""
        if not lexicon.person_word(phrase.text.split()[-1].lower()):
            return None
        found = _SET_OFF_NAME.match(self.text, phrase.end)
        if found is None:
            return None
        name = found.group("name")
        entity = self.by_name.get(name)
        if entity is not None:
            return entity.name if entity.kind == "person" else None
        if " " not in name and _POSSESSED.fullmatch(phrase.text) and not owner_unnamed:
            return None
        if found.group("age") or first_name_gender(name.split()[0]):
            return name
        return None

    def _body_of_its_office(self, phrase: Phrase) -> str | None:
        """`the committee's press service said`: a body's own office for the press (a noun for a body in
        `role_nouns.txt`) gives the body's words, so the body the owner's description takes up speaks."""
        owned = _BODYS_OFFICE.fullmatch(phrase.text)
        if owned is None:
            return None
        kinds = lexicon.role_nouns()
        if kinds.get(owned.group("noun").lower()) != "org" and kinds.get(owned.group("head").lower()) != "org":
            return None
        entity = self.by_role(owned.group("owner"), phrase.start)
        return entity.name if entity is not None and entity.kind == "org" else None

    def body_spoken_for(self, description: str, position: int) -> str | None:
        """`a spokesperson for the Port of Halifax`, `a Hydro One spokesman`, `a spokeswoman for the company`:
        an unnamed voice of a body gives the body's own words, so the body is the speaker. Not the voice of
        a person (`a spokeswoman for Tom Berg` speaks for him but is someone else: the role is kept)."""
        match = _VOICE_FOR.match(description)
        modifier = match is None
        match = match or _VOICE_AFTER.match(description)
        if match is None or match.group("noun").lower() not in lexicon.voice_nouns():
            return None
        body = match.group("body").strip().rstrip(".,;:")
        if body[:1].islower():
            if not body.lower().startswith("the "):
                return None
            entity = self.by_role(body, position)  # `a spokesperson for the force`
            return entity.name.removeprefix("The ") if entity and entity.kind == "org" else None
        bare = body.removeprefix("the ").removeprefix("The ")
        entity = self.by_name.get(bare) or self.by_name.get("The " + bare)
        if entity is not None and entity.kind == "org":
            return entity.name.removeprefix("The ")
        words = bare.split()
        person = self.by_surname(words[-1], position) if entity is None else None
        if person is not None and (len(words) == 1 or bare.endswith(person.name)) and \
                not bare.removesuffix(person.name).rstrip().endswith((" and", " &")):
            # `a spokesman for Kross`, `for Mayor Dana Kross`: a person of the article; not the last words of
            # a series that `and` closes (`for Food, Health and Consumer Products`), one body's name.
            return None
        if entity is not None and (entity.roles or entity.short_mentions or entity.gender_votes):
            return None  # named as people are (with a title or role, by surname, as `he` or `she`): a person
        if (len(words) == 2 and first_name_gender(words[0])) or all(_is_country(w) for w in words):
            return None  # a person (`Tom Berg`, `Berg`), or a country's people (`a Canadian spokesman`)
        if _ACRONYM.fullmatch(bare):
            return self.spelled_out(bare) or bare
        if modifier and len(words) == 1 and len(re.findall(r"\b" + re.escape(bare) + r"\b", self.text)) < 2:
            # `a Marine spokeswoman`: one word before the noun that names nothing else of the article may be
            # a noun for its people, not a body's name.
            return None
        return bare

    @cached_property
    def _by_spelling_key(self) -> dict[str, list[Entity]]:
        """The people of `_by_name_end` by the spelling-blind key of the word (`surname_key`)."""
        found: dict[str, list[Entity]] = {}
        for token, people in self._by_name_end.items():
            keyed = found.setdefault(surname_key(token), [])
            keyed.extend(entity for entity in people if entity not in keyed)
        return found

    def by_surname(self, token: str, position: int, prefer: str | None = None) -> Entity | None:
        # `Tokaev said` after `Kassym-Jomart Tokayev`, `Erdogan` after `Erdoğan`: agency copy mixes the
        # romanisations of one name, so a word no name ends with is looked up by its spelling-blind key.
        people = self._by_name_end.get(token) or self._by_spelling_key.get(surname_key(token), [])
        chosen = namesake_named_by_word_before(self.text, position, [e for e in people if e.kind == "person"]) \
            if len(people) > 1 else None
        if chosen is not None:
            return chosen  # `the younger Garza`, `Dr. Langford`: the one of the namesakes the word before picks
        if len(people) > 1 and (gender := honorific_gender(self.text, position)):
            # `Ms. Kerrigan` where Dale and Denise Kerrigan are both named: the honorific tells which.
            people = [e for e in people if e.first_name_gender == gender] or people
        if len(people) > 1 and _given_name_of_all(token, people):
            # `Luis said` where Luis Carranza and Luis Oyelaran are both named: a shared first name tells
            # the reader no one, and the writer meant the full name or the surname.
            return None
        if len(people) > 1:
            # Two people share the surname: the one the article is about is named most, and first.
            # Writers call the other by first or full name (the AP's rule for relatives), so the
            # bare surname means the main figure even just after the other has spoken.
            return max(people, key=lambda e: (len(e.positions), -min(e.positions, default=0)))
        return self._recent(people, position, prefer)

    def by_role(self, role: str, position: int, prefer: str | None = None) -> Entity | None:
        wanted = role_signature(role)
        if not wanted or not _has_role_noun(wanted):
            return None
        # `the head of the Cabinet` is a person: the head noun stands before `of`, whatever body follows.
        head = _head_noun(role.lower())
        org_head = lexicon.role_nouns().get(head) == "org" and head not in lexicon.document_nouns()
        # Only entities whose signature holds one of the wanted words can hold them all (an
        # organisation's signature holds the words of its name).
        holding = min((self._by_signature_word.get(word, []) for word in wanted), key=len)
        fitting = [e for e in holding if wanted <= self.signatures[e.name] and (e.kind == "org" or not org_head)
                   and not self._deputy_only(e, wanted) and not self._abbreviated_only(e, wanted)]
        if fitting and not _held_once(role):
            fitting = [e for e in fitting if not _held_only_once(e, wanted)]
        elif fitting:
            # `the former premier`: of those who fit, the ones who held the office once; not `Premier Ann Lee`,
            # who holds it now.
            fitting = [e for e in fitting if _held_ever_once(e, wanted)]
        if not org_head and any(e.kind == "org" for e in fitting) and any(e.kind != "org" for e in fitting):
            # `the Prime Minister noted`, after `Prime Minister Ann Vell` and `the Office of the Prime Minister
            # said`: a person's office is its holder; the body named for the office speaks only as itself.
            fitting = [e for e in fitting if e.kind != "org"]
        if not fitting:
            # "the ministry" may name an organisation by its head noun alone.
            fitting = [e for e in holding if e.kind == "org" and wanted <= role_signature(e.name)]
        if not fitting and org_head and _BARE_DESCRIPTION.match(role) and not _is_municipal(head):
            # "the utility said", "the company added": the organisation the article last named. Not "the
            # city", "the town": a municipality speaks only as the body named for it (`the City of Regina`),
            # never as whatever body the article named last (a news agency, a company).
            return self.organisation_before(position, prefer, role.lower().split()[-1])
        if len(fitting) > 1:
            fitting = _in_its_own_words(role, fitting, position)
        if fitting and not org_head:
            # A counterpart holds the office in another country: not one the description names for it.
            countries = {word for word in wanted if word.startswith("@")} | \
                {word for demonym in _UNLISTED_DEMONYM.finditer(role) for word in role_signature(demonym.group())}
            fitting += [e for e in self._counterparts_of(fitting, position) if countries <= self.signatures[e.name]]
        if len(fitting) > 1:
            described = self._described_before_quote(position, fitting) or \
                self._protagonist_by_title(role, position, fitting) or \
                (self._subject_in_focus(fitting, position) if prefer not in {e.name for e in fitting} else None)
            if described is not None:
                return described
        return self._recent(fitting, position, prefer)

    def _counterparts_of(self, fitting: list[Entity], position: int) -> list[Entity]:
        """`Minister Vell hosted her Kelland counterpart Dorr`: a counterpart holds the office of the one whose
        counterpart they are, the person named before them in the sentence that first names them; so a
        description of that office fits them too (not one of another office, `the mayor`, nor of the other's
        country, `the Dalmarian minister`)."""
        found = []
        for entity in self._counterparts:
            first = min(entity.positions, default=position)
            if entity in fitting or first >= position or not self.text:
                continue
            begin = sentence_start(self.text, max(0, first - SENTENCE_REACH), first)
            if any(begin <= p < first for other in fitting for p in other.positions):
                found.append(entity)
        return found

    def _abbreviated_only(self, entity: Entity, wanted: frozenset[str]) -> bool:
        """`Sen. Ann Vik`: does the person hold the office only by an abbreviated title? Such a title is
        written before every lawmaker in passing; `the senator` takes up the person the narration is
        about, and the abbreviation decides only where that person holds another office (see
        `by_abbreviated_title`)."""
        return entity.kind == "person" and any(_abbreviated(role) for role in entity.roles) and \
            not any(wanted <= role_signature(role) for role in entity.roles if not _abbreviated(role))

    def by_abbreviated_title(self, role: str, position: int) -> Entity | None:
        """`Sen. Ann Vik and Mayor Tom Berg spoke. "...," the senator said.`: the person last named with the
        office in an abbreviated title (`Sen.`, `Gov.`)."""
        wanted = role_signature(role)
        if not wanted or not _has_role_noun(wanted):
            return None
        fitting = [e for e in self.entities if e.kind == "person" and wanted <= self.signatures[e.name]
                   and self._abbreviated_only(e, wanted)]
        return self._recent(fitting, position, None)

    def _holds_other_office(self, name: str, description: str) -> bool:
        """`the senator` is not `Mayor Tom Berg`: the person holds an office by a written title, and the
        description's office is none of theirs."""
        held = self.signatures.get(name, frozenset())
        return bool(self._offices_held(name)) and not role_signature(description) <= held

    def _office_titled_elsewhere(self, name: str, description: str) -> bool:
        """`Kyle Ashby ran; his father, former Gov. Tom Ashby, knocked on doors. "...," the former governor said`:
        where two people of the article share a surname (kin, spouses), the surname cannot tell them apart and
        the writer tells them apart by the office: the person the narration is about, never given the office
        the description names (a person's role noun), yields to the namesake the article wrote it before as a
        title. Not someone of another surname: the protagonist is often `the senator` though only others are
        written `Sen.`."""
        wanted = role_signature(description)
        nouns = lexicon.role_nouns()
        if not any(nouns.get(word) == "person" for word in wanted) or wanted <= self.signatures.get(name, frozenset()):
            return False
        bearer = self.by_name.get(name)
        if bearer is None or bearer.kind != "person":
            return False
        return any(e is not bearer and e.surname == bearer.surname and self._abbreviated_only(e, wanted)
                   for e in self._by_name_end.get(bearer.surname, []))

    def _deputy_only(self, entity: Entity, wanted: frozenset[str]) -> bool:
        """`the prime minister` after `Deputy Prime Minister Tomas Berg`: does the person hold the office the
        description names only as its deputy (`deputy_words.txt`), in every role the article gives them?"""
        deputies = lexicon.deputy_words()
        if entity.kind != "person" or not (self.signatures[entity.name] - wanted) & deputies:
            return False
        return not any(wanted <= (held := role_signature(role)) and not (held - wanted) & deputies
                       for role in entity.roles)

    def _subject_in_focus(self, fitting: list[Entity], position: int) -> Entity | None:
        """`President Ivo Dran phoned President Mara Kelt. ... "...," the head of state said.`: of several a
        description fits, none of whom spoke, the one the narration last made a sentence's subject, as a
        pronoun would take up; a name in an object or a prepositional phrase is not the topic."""
        best, best_at = None, -1
        for entity in fitting:
            seen = _last_before(self._narrated(entity)[1], position)
            if seen > best_at:
                best, best_at = entity, seen
        return best if best_at > position - SUBJECT_REACH else None

    def _protagonist_by_title(self, role: str, position: int, fitting: list[Entity]) -> Entity | None:
        """`Speaking at the summit, the head of state stressed the corridor. "...," the head of state said.`:
        where the narration itself makes a bare title, no country in it, the subject of the sentence before
        the quote, though several named fit it, the title is the article's own figure, the first person it
        names: agency copy calls its protagonist by the bare title and the others by their country (`the
        Vesmark president`)."""
        signature = role_signature(role)
        if any(word.startswith("@") for word in signature) or not role.lower().startswith("the "):
            return None
        bounds = self._sentence_before_quote(position)
        if bounds is None:
            return None
        subject = re.compile(r"(?:^|,\s+)" + re.escape(role) + r"\s+[a-z]", re.IGNORECASE)
        if subject.search(self.text[bounds[0]:bounds[1]]) is None:
            return None
        people = [e for e in self.entities if e.kind == "person" and e.positions]
        first = min(people, key=lambda e: min(e.positions), default=None)
        return first if first in fitting else None

    def _guest(self, phrase: Phrase) -> Entity | None:
        """`Vell received her counterpart Dorr in Kelby. ... The guest visited the port.`: `the guest`, `the
        visitor` (`guest_nouns.txt`) is the one the last verb of hosting before it (`received`, `hosted`;
        `hosting_verbs.txt`) brought in: the person it names first after the verb in its sentence (before it in
        a passive: `Dorr was received by Vell`), not whoever the narration last made its subject, often the
        host."""
        match = _GUEST.match(phrase.text)
        if match is None or match.group("noun").lower() not in lexicon.guest_nouns() or not self.text:
            return None
        verbs = [word for word in re.finditer(r"\b[a-z]+\b", self.text[max(0, phrase.start - GUEST_REACH):
                                                                        phrase.start])
                 if word.group() in lexicon.hosting_verbs()]
        if not verbs:
            return self._visitor(phrase.start)
        offset = max(0, phrase.start - GUEST_REACH)
        verb_start, verb_end = offset + verbs[-1].start(), offset + verbs[-1].end()
        begin = sentence_start(self.text, max(0, verb_start - 400), verb_start)
        end = sentence_end(self.text, verb_end, min(phrase.start, verb_end + 400))
        before = self.text[begin:verb_start].split()
        passive = bool(before) and before[-1].lower() in _PASSIVE_AUXILIARIES
        span = (begin, verb_start) if passive else (verb_end, end)
        named = [(p, e) for e in self.entities if e.kind == "person" for p in e.positions if span[0] <= p < span[1]]
        return min(named, key=lambda found: found[0])[1] if named else None

    def _visitor(self, position: int) -> Entity | None:
        """`Dorr, who is on an official visit to Vestria, toured the port with Vell.` ... `the guest`: with no verb
        of hosting before it, the guest is the one the narration puts on a visit (`on a visit`, `paid a visit`),
        the person first named in the sentence of the last such phrase, before it."""
        offset = max(0, position - GUEST_REACH)
        found = list(_ON_A_VISIT.finditer(self.text, offset, position))
        if not found:
            return None
        visit = found[-1].start()
        begin = sentence_start(self.text, max(0, visit - SENTENCE_REACH), visit)
        named = [(p, e) for e in self.entities if e.kind == "person" for p in e.positions if begin <= p < visit]
        return min(named, key=lambda found: found[0])[1] if named else None

    def _described_before_quote(self, position: int, fitting: list[Entity]) -> Entity | None:
        """`The President of Uzbekistan, for his part, stressed water. "...," the head of state said.`: of
        several people a description fits, the one the sentence before the quote opens on, described by a
        role that fits only them. That subject is the one in focus (the sentence announces what the quote
        then gives), though it names no one."""
        bounds = self._sentence_before_quote(position)
        if bounds is None:
            return None
        subject = phrase_after(self.text, *bounds)
        if subject is None or subject.start != bounds[0]:
            return None
        guest = self._guest(subject)
        if guest is not None:
            # `The guest visited the academy. "...," the minister said.`: the guest, of two ministers.
            return guest if guest in fitting else None
        if subject.kind != "role":
            return None
        signature = role_signature(subject.text)
        if not _has_role_noun(signature):
            return None
        described = [e for e in fitting if signature <= self.signatures[e.name]]
        return described[0] if len(described) == 1 else None

    def _by_country(self, description: str, position: int) -> Entity | None:
        """`the Chinese diplomat` when the article has named one Chinese person (`Chinese Ambassador
        Lan Wen`) but no Chinese diplomat as such: the one person of that country named before. Not a
        body of that country (`the Tajik press service`, `the Chinese ministry`): no person is one."""
        signature = role_signature(description)
        countries = {word for word in signature if word.startswith("@")}
        if not countries or not _has_role_noun(signature) or \
                not description.lower().startswith("the "):
            return None  # `a Chinese official` is someone new
        if lexicon.role_nouns().get(_head_noun(description).lower()) == "org":
            return None
        holders = [e for e in self.entities if e.kind == "person" and countries <= self.signatures[e.name]
                   and any(p < position for p in e.positions)]
        return holders[0] if len(holders) == 1 else None

    def _places_of(self, entity: Entity) -> set[str]:
        """The places the article ties a person to: in a title before the name (`Maryland Gov. Ann Lee`),
        after it (`Sen. Bo Hart of Oklahoma`, `Rep. Jo Hale (R-Fla.)`) or in a role (`a Michigan Democrat`)."""
        if entity.name not in self._places:
            places = {place for role in entity.roles for place in _place_names_in(role.split())}
            for position in entity.positions:
                end = position + entity.length_at(self.text, position)
                after = _PLACE_AFTER.match(self.text, end)
                if after and is_place_name(after.group(1)):
                    places.add(after.group(1))
                label = _PARTY_STATE.match(self.text, end)
                if label:
                    places.add(lexicon.state_abbreviations().get(label.group(1).strip(), label.group(1).strip()))
                titles = list(itertools.takewhile(lambda w: w[:1].isupper(),
                                                  reversed(self.text[max(0, position - 40):position].split())))
                places |= _place_names_in(titles[::-1][-4:])
            self._places[entity.name] = places
        return self._places[entity.name]

    def _of_the_place(self, name: str | None, description: str, position: int) -> str | None:
        """`the Oklahoma Republican`, `the New Jersey governor`: a description naming a place means the
        person the article tied to that place (the one named last, of several), not the person last
        spoken of; None where it names no place or the article tied no one to it."""
        places = _place_names_in(description.split()[1:])
        if not places or (name in self.by_name and places & self._places_of(self.by_name[name])):
            return name
        tied = [e for place in sorted(places) for e in self._people_of_place.get(place, ())
                if min(e.positions) < position]
        unique = list({id(e): e for e in tied}.values())
        return self._recent(unique, position, None).name if unique else name

    @cached_property
    def _people_of_place(self) -> dict[str, list[Entity]]:
        """The people the article ties to each place (`_places_of`), in the article's order of entities: read
        once, for a long text holds many descriptions by place and many people."""
        people: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.kind == "person":
                for place in self._places_of(entity):
                    people.setdefault(place, []).append(entity)
        return people

    def _of_another_country(self, name: str, description: str) -> bool:
        """`the Chinese diplomat` cannot be a person the article gave another country (`Azerbaijani
        President Ilham Aliyev`)."""
        wanted = {word for word in role_signature(description) if word.startswith("@")}
        held = {word for word in self.signatures.get(name, frozenset()) if word.startswith("@")}
        return bool(wanted and held) and not wanted <= held

    def _country_left_open(self, name: str, description: str, position: int) -> bool:
        """`President Ivo Dran and President Mara Kelt signed ... "...," the Mongolian leader said`, where the
        article ties neither to a country: a description that names a country cannot choose between people of
        the same office whom nothing ties to one; the nearer is no likelier, and the description is kept."""
        wanted = {word for word in role_signature(description) if word.startswith("@")}
        if not wanted:
            return False  # most descriptions name no country
        held = self.signatures.get(name, frozenset())
        if any(word.startswith("@") for word in held):
            return False
        office = {word for word in held if not word.startswith("@")}
        return bool(office) and any(
            entity.kind == "person" and entity.name != name and any(p < position for p in entity.positions) and
            not any(word.startswith("@") for word in self.signatures[entity.name]) and
            office & self.signatures[entity.name] for entity in self.entities)

    def _holds_another_office(self, name: str, description: str) -> bool:
        """`the Lithuanian Foreign Minister` after `Foreign Ministry spokeswoman Ola Berg`: a description naming a
        country and an office with its portfolio (two words or more besides the country) is an unnamed holder
        of that office, not a person to whom the article gave another office (no person's role noun shared)."""
        wanted = role_signature(description)
        if not any(word.startswith("@") for word in wanted):
            return False
        office = {word for word in wanted if not word.startswith("@")}
        held = self._offices_held(name)
        return len(office) >= 2 and bool(held) and not office & held

    def _titled_with_another_distinct_office(self, name: str, description: str) -> bool:
        """`the city's auditor` after `Mayor Ann Lee`: a description that ends in an office naming one holder's role
        (`distinct_offices.txt`, perhaps of two words: `auditor general`) is not a person the article titled with
        another such office and not this one; it is the office's own, unnamed holder. Offices are compared by
        their normalised words (`Premier` is written `prime minister` there), so a title spelled another way still
        counts. Not an office held once (`the former governor`, `the onetime coroner`: `past_office_words.txt`),
        whose holder may hold another office now."""
        words = description.lower().replace("-", " ").split()
        if _held_once(description):
            return False
        office = _distinct_office_ending(words)
        if office is None:
            return False
        held = self.signatures.get(name, frozenset())
        return any(other <= held for other in _distinct_office_signatures()) and not office <= held

    def _holds_the_past_office_now(self, name: str, description: str) -> bool:
        """`the former mayor` after `Mayor Ada Roe`: a description of an office held once
        (`past_office_words.txt`) is not a person the article gives that office only as one held now."""
        entity = self.by_name.get(name)
        if entity is None or not _held_once(description):
            return False
        wanted = role_signature(description)
        return _has_role_noun(wanted) and any(wanted <= role_signature(role) for role in entity.roles) and \
            not _held_ever_once(entity, wanted)

    def _office_of_another_body(self, name: str, description: str) -> bool:
        """`the head of the Tanners Union` after `the chair of the Shippers Association, Ada Roe`: a description
        whose office is of a body named in capitals is not a person the article gave only offices of other
        bodies so named; it is that body's own office holder."""
        entity = self.by_name.get(name)
        if " of " not in description or entity is None:
            return False
        bodies = {body for role in entity.roles if (body := _body_of_office(role))}
        body = _body_of_office(description)
        return bool(body and bodies) and body not in bodies

    def _offices_held(self, name: str) -> frozenset[str]:
        """The nouns for an office holder (`role_nouns.txt`: `senator`, `minister`) among the words of the
        roles the article gives `name`."""
        nouns = lexicon.role_nouns()
        return frozenset(word for word in self.signatures.get(name, frozenset()) if nouns.get(word) == "person")

    def organisation_before(self, position: int, prefer: str | None = None, head: str | None = None) -> Entity | None:
        """'it' / 'the company': the organisation quoted or named most recently before `position`.

        An organisation named as another kind of body ("the Supreme Court" for "the company")
        does not fit; one whose name holds no such word ("Nordhydro") does. A general noun fits the kinds of
        body it covers (`body_hypernyms.csv`: "the group" for "the Harbour Cycling Coalition").
        """
        other_kinds = lexicon.institution_nouns() - {head} - lexicon.body_hypernyms().get(head or "", frozenset())
        places = lexicon.place_nouns()
        orgs = [e for e in self.entities if e.kind == "org" and
                (any(p < position and not self._addressed(p) for p in e.positions) or e.name in self.spoke_at) and
                not ({w.lower() for w in e.tokens} & other_kinds) and not places.intersection(e.tokens)]
        if not orgs:
            return None

        def last_seen(entity: Entity) -> int:
            return max([p for p in entity.positions if p < position and not self._addressed(p)] +
                       [self.spoke_at.get(entity.name, -1)])

        preferred = self.by_name.get(prefer or "")
        if preferred is not None and preferred.kind == "org" and \
                (head is None or head in lexicon.institution_nouns() or any(preferred is e for e in orgs)) and \
                not self._other_body_took_the_floor(preferred, orgs, position):
            # The last speaker, unless a description of a business names it: `the company` is never the ministry
            # just quoted, though `it` may be, and `the agency` may be the department (public bodies are called
            # by one another's kind nouns); nor once the narration has made another body a sentence's subject.
            return preferred
        return max(orgs, key=last_seen)

    def _addressed(self, position: int) -> bool:
        """`in an email to CBC News`, `told The Harbour Times`: a body named as the one a statement was sent or
        told to received it and said nothing; a description of the sender (`the authority`) is not it."""
        before = self.text[max(0, position - 30):position]
        found = _ADDRESSED_BEFORE.search(before)
        return found is not None and (found.group("noun") is None or found.group("noun") in lexicon.document_nouns())

    def _other_body_took_the_floor(self, speaker: Entity, orgs: list[Entity], position: int) -> bool:
        """`"...," the association said. Meanwhile, the Wildlife Agency said Friday it would act. "...," the
        agency said`: a body the narration made a sentence's subject after the last one quoted spoke is
        the topic the description now takes up, as with people (`_recent`). A body named only as an
        object or inside quoted words does not take the floor."""
        spoke = max(self.spoke_at.get(speaker.name, -1), max((p for p in speaker.positions if p < position),
                                                             default=-1))
        return any(spoke < p < position and self.in_narration(p)
                   for other in orgs if other is not speaker for p in other.subject_positions)

    def _of_other_gender(self, name: str | None, gender: str | None) -> bool:
        """Whether the person `name` is known, from the article or their first name, to be of another gender."""
        entity = self.by_name.get(name or "")
        return entity is not None and gender is not None and \
            (entity.gender or entity.first_name_gender) not in (None, gender)

    def _possessor(self, possessed: re.Match[str], position: int, last_speaker: str | None) -> str:
        """`his wife` as `Tom Becker's wife` where `his` finds Tom Becker; as written where it finds no one."""
        owner, noun = possessed.group("owner"), possessed.group("noun")
        if owner.lower() in _OWNER_GENDER:
            gender = _OWNER_GENDER[owner.lower()]
            name = self.antecedent(position, last_speaker, gender)
            if self._of_other_gender(name, gender):
                name = None  # `Her husband` where only men are named: she is someone the article leaves unnamed
        elif owner.lower() == "their":
            name = None
        else:
            bare = owner[:-2]
            # `State Treasurer Ann Lee's campaign`, `Rep. Ann Lee's office`: the titles before the name are not
            # part of it; the shortest run of the owner's last words that is a known name says who owns.
            tokens = bare.split()
            name = next((" ".join(tokens[i:]) for i in range(len(tokens)) if " ".join(tokens[i:]) in self.by_name),
                        None)
            if name is None and " " not in bare:
                entity = self.by_surname(bare, position, last_speaker)
                name = entity.name if entity else None
        relative = self._introduced_as(possessed.group("head"), name, position) if name else None
        if relative is not None:
            return relative
        spouse = self._spouse_of(name, noun)
        if spouse is not None:
            return spouse
        return f"{name}'s {noun}" if name else possessed.group()

    def _named_document_author(self, phrase: Phrase, last_speaker: str | None) -> str | None:
        """`Lund's statement said`, `Lund's tweet read`: a document (`document_nouns.txt`) a name possesses is that
        person's writing, and the person speaks, not the document; as `her statement` is her own."""
        owned = _NAMED_DOCUMENT_OWNER.fullmatch(phrase.text)
        if owned is None or owned.group("noun").lower() not in lexicon.document_nouns():
            return None
        owner = owned.group("owner")
        if owner in self.by_name:
            return owner
        entity = self.by_surname(owner, phrase.start, last_speaker) if " " not in owner else None
        return entity.name if entity is not None and entity.kind == "person" else None

    def _introduced_as(self, head: str, owner: str, position: int) -> str | None:
        """`Mayor Tom Garza faces his brother, Dan Garza.` then `"...," his brother said`: the relative the
        article brought in with that noun (`his brother, Dan Garza`), who bears the owner's surname (a
        friend or an aide of the same name is someone else's more likely than not)."""
        surname = owner.split()[-1]
        holders = [e for e in self.entities if e.kind == "person" and e.name != owner and e.surname == surname
                   and any(role.lower().split()[-1] == head for role in e.roles if role)]
        entity = self._recent(holders, position, None)
        return entity.name if entity else None

    def _spouse_of(self, name: str | None, noun: str) -> str | None:
        """`Maya and Devon Clarke ... "...," her husband said`: where the article names one other person of the
        owner's surname, of a gender the noun allows, the spouse is that person, named."""
        owner = self.by_name.get(name or "")
        if owner is None or noun not in lexicon.spouse_nouns() or len(owner.tokens) < 2:
            return None
        gender = lexicon.gender_words().get(noun)
        others = [e for e in self._by_name_end.get(owner.surname, []) if e is not owner and e.kind == "person"
                  and e.surname == owner.surname
                  and (gender is None or (e.gender or e.first_name_gender) in (None, gender))]
        return others[0].name if len(others) == 1 else None

    def _named_next(self, phrase: Phrase, gender: str | None, office_held: bool = False) -> str | None:
        """`"...," says the self-taught Tarnby potter. / Ilse Varn is 63 now.`: a definite description that is
        the subject of a cue after the quote (inverted or not: `"...," the guild's chief negotiator told reporters`)
        before anyone is named points forward (a lead withholds the name), to the person whose name next opens a
        sentence, within the next two paragraphs (for a lede's subject, in a later paragraph: `_opens_lede`),
        where that person's gender (or first name's) fits and the article gives them no role of another head
        noun. With `office_held`, the article must give that person the description's head noun among their
        roles (`Coun. Ida Berg` for `a city councillor`)."""
        people = [e for e in self.entities if e.kind == "person"]
        if any(p < phrase.start for e in people for p in e.positions):
            return None  # someone is named before: the description takes them up, or no one
        closing = _AFTER_CLOSING_MARK.search(self.text, max(0, phrase.start - 4), phrase.start)
        floor = phrase.end
        if not (closing or self._after_inverted_cue(phrase)):
            # Only the subject of a cue after the quote (`says the potter`, `," the guild's negotiator said`),
            # or the definite subject that opens a paragraph, named only in a later one: the lead's devices.
            if not self._opens_lede(phrase):
                return None
            floor = self.text.find("\n", phrase.end)
            if floor < 0:
                return None
        reach, breaks = phrase.end, 0
        while breaks < 3 and reach < len(self.text):
            # The end of the description's paragraph and of the two after it; a blank line is no paragraph.
            reach = self.text.find("\n", reach + 1)
            if reach < 0:
                reach = len(self.text)
            elif self.text[reach - 1] != "\n":
                breaks += 1
        best, best_at = None, reach
        for entity in people:
            at = next((p for p in entity.subject_positions if floor <= p < best_at), None)
            known = self._gender_of(entity) or entity.first_name_gender
            if at is not None and not (gender and known not in (None, gender)):
                best, best_at = entity, at
        if best is None or self._given_another_role(best, phrase.text):
            return None  # `"...," the guild's negotiator said. Mill manager Ida Maas said`: someone else
        if office_held and _head_noun(phrase.text).lower() not in self.signatures.get(best.name, frozenset()):
            return None
        self._give_office(best, phrase.text)
        return best.name

    def _give_office(self, entity: Entity, description: str) -> None:
        """`The Taoiseach has insisted ... / Speaking to reporters, Cathal Ó Duinn said`: the office the lead gave
        the person it named later is theirs for the rest of the article, so that a later `the Taoiseach said` is
        that person too, not whoever spoke last."""
        added = role_signature(description) - self.signatures[entity.name]
        if not added or not _has_role_noun(role_signature(description)):
            return
        self.signatures[entity.name] |= added
        if "_by_signature_word" in self.__dict__:
            for word in added:
                self._by_signature_word.setdefault(word, []).append(entity)

    def _opens_lede(self, phrase: Phrase) -> bool:
        """`The shadow chancellor has accused ministers of "economic vandalism".` / `In a speech in Leeds, Rachel
        Greenhalgh said ...`: a definite description opening a paragraph, with no one named before it (asked
        by the caller), is the lede's subject, whose name the writer keeps for the next paragraph (not for
        its own: `The visiting chef said to Colm, "..." Colm laughed` is someone else)."""
        if not (phrase.text.startswith(("The ", "A ", "An ")) and self.text[phrase.start:phrase.end] == phrase.text):
            return False
        if self.text[phrase.start - 1:phrase.start] in ("\n", ""):
            return True
        # `TORONTO — The province's top doctor ...`: a dateline before the lede's first clause says where from.
        opening = self.text.rfind("\n", 0, phrase.start) + 1
        dateline = DATELINE_LEAD.match(self.text, opening, phrase.start)
        return dateline is not None and dateline.end() == phrase.start

    @staticmethod
    def _given_another_role(entity: Entity, description: str) -> bool:
        """Whether the article gave the person only roles headed by nouns for people other than the description's
        head: `the guild's negotiator` is not the one introduced as `Mill manager Ida Maas`."""
        heads = {head for role in entity.roles if lexicon.person_word(head := _head_noun(role.lower()))}
        return bool(heads) and _head_noun(description).lower() not in heads

    def _body_in_lower_case(self, phrase: Phrase) -> str | None:
        """`The Vesmark finance ministry said ... "...," the ministry said`: `the` and a kind of public body
        (`institution_nouns.txt`) that names no body of the article takes up the last such body the narration
        described in lower case after a name or a word made from one (`Vesmark finance ministry`)."""
        words = phrase.text.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1] not in lexicon.institution_nouns() \
                or not self.text:
            return None
        floor = max(0, phrase.start - INTRODUCTION_REACH)
        found = max((m for m in _lower_case_body_pattern(words[1]).finditer(self.text, floor, phrase.start)
                     if self.in_narration(m.start())), key=re.Match.start, default=None)
        return found.group("body") if found is not None else None

    def _person_by_relative(self, phrase: Phrase) -> bool:
        """`says the retired coal miner, who played the dances`: `who` is said of people only, so a singular
        description in lower case that it follows is a person's, whatever its noun (not `the Democrats, who`)."""
        head = _head_noun(phrase.text)
        if not head.islower() or head.endswith("s") or " of " in phrase.text or len(phrase.text.split()) < 3:
            return False  # a premodified singular noun: `the retired coal miner`, not `the country` or `the Democrats`
        # The description is the subject of an inverted cue (`says the retired coal miner, who`).
        return self._after_inverted_cue(phrase) and _WHO_FOLLOWS.match(self.text, phrase.end) is not None

    def _after_inverted_cue(self, phrase: Phrase) -> bool:
        """Whether the phrase is the subject of an inverted cue, the word right before it a cue verb (`says the
        potter`)."""
        before = self.text[max(0, phrase.start - 12):phrase.start].split()
        return bool(before) and is_cue_word(before[-1])

    def _askers_unlike(self, description: str) -> frozenset[str]:
        """`Host Ada Lind asked Tom Reyes about the bill. "...," the senator said`: the people the article
        brought in as the asking side of an exchange (a host, a moderator, a reporter; `exchange_roles.txt`),
        whom a description by another role (`the senator`, `the former governor`) does not take up: it
        describes the one they question."""
        wanted = role_signature(description)
        if not _has_role_noun(wanted) or _head_noun(description.lower()) in lexicon.exchange_roles():
            return frozenset()
        return frozenset(e.name for e in self.entities if e.kind == "person" and e.roles
                         and not wanted <= self.signatures[e.name]
                         and any(_head_noun(role.lower()) in lexicon.exchange_roles() for role in e.roles))

    def _doer_set_off(self, phrase: Phrase, gender: str | None) -> str | None:
        """`Ida Quill, who owns a bakery on Main Street, ...` then `The bakery owner was less sure`: a compound of a
        noun and an agent noun (`bakery owner`) describes the person a relative clause set off after their name
        said does that to that noun (`owns a bakery`): the last such person before it, of the gender wanted."""
        compound = _AGENT_COMPOUND.fullmatch(phrase.text)
        if compound is None:
            return None
        noun, stem = compound.group("object").lower(), compound.group("stem").lower()
        floor = max(0, phrase.start - INTRODUCTION_REACH)
        if noun not in self.text[floor:phrase.start]:
            return None  # the cheap test: the noun is nowhere before it
        for found in reversed(list(_relative_doing(stem, noun).finditer(self.text, floor, phrase.start))):
            for rank in self._name_ends.get(found.start(), []):
                entity = self.entities[rank]
                if entity.kind == "person" and not (gender and self._gender_of(entity) not in (None, gender)):
                    return entity.name
        return None

    def _adults_unlike(self, description: str) -> frozenset[str]:
        """`Eric Lindahl, 41, ... his son, Noah ... "...," the boy said`: a noun for a child or a young person
        (`youth_nouns.txt`) does not take up someone the article gives an adult's age."""
        if _head_noun(description.lower()) not in lexicon.youth_nouns():
            return frozenset()
        return frozenset(e.name for e in self.entities if e.kind == "person"
                         and (age := stated_age(self.text, e)) is not None and age >= ADULT_AGE)

    @staticmethod
    def _names_a_person(description: str) -> bool:
        """Whether a definite description's head noun denotes a person ("the rookie defenceman")."""
        head = _head_noun(description)
        if head in lexicon.epithet_nouns() or AGE_NOUN.fullmatch(head):
            return True  # `the actress`, `the 58-year-old`
        if not head.islower():
            # "the Defense Minister" of a story that named the minister without the office;
            # "the Union Leader" is a name, not a description.
            return _is_office(description)
        return lexicon.role_nouns().get(head) == "person" or head.endswith(lexicon.PERSON_SUFFIXES)

    def group(self, phrase: Phrase) -> list[str]:
        """'the two ministers': the people of the article the plural description fits, in order of mention.

        With a number ("the two", "both") the description takes that many of the people who fit it,
        the most recently named first; "the ministers" without one takes every person who fits,
        provided there are at least two. A number and no fitting role ("the two officers") takes the
        people named most recently, as a reader would; so does a number and a plural for people that
        takes no -s ("both men", "the two women"), of the gender it gives.
        """
        match = _GROUP.match(phrase.text)
        if match is None or (not match.group("count") and not phrase.text.lower().startswith("the ")):
            return []
        count = _COUNTS.get((match.group("count") or "").lower())
        words = match.group("rest").split()
        if [w.lower() for w in words] == ["sides"]:
            # `The sides noted`, `both sides agreed`: the two parties of the exchange the article has just
            # told of, the two people or bodies named last.
            return self._named_last(phrase.start, count or 2)
        if count and len(words) == 1 and words[0].lower() in lexicon.plural_people_nouns():
            return self._people_named_last(phrase.start, count, _GROUP_GENDER.get(words[0].lower()))
        head = words[-1].lower().removesuffix("s")
        wanted = role_signature(" ".join([*words[:-1], head]))
        if not wanted or not _has_role_noun(wanted):
            return []
        people = [e for e in self.entities if e.kind == "person" and any(p < phrase.start for p in e.positions)]
        fitting = [e for e in people if wanted <= self.signatures[e.name]]
        if fitting:
            # "Minister Lee and his counterpart Park": a counterpart holds the same office.
            fitting += [e for e in people if e not in fitting and "counterpart" in self.signatures[e.name]]
        if count and len(fitting) < count:
            if lexicon.role_nouns().get(head) != "person" or len(words) > 1:
                return []
            fitting = [e for e in people if e.is_person_like]
        if len(fitting) < (count or 2):
            return []

        def last_before(entity: Entity) -> int:
            return max(p for p in entity.positions if p < phrase.start)

        chosen = sorted(fitting, key=last_before, reverse=True)[:count or len(fitting)]
        return [e.name for e in sorted(chosen, key=lambda e: min(e.positions))]

    def _pair_named_last(self, position: int) -> list[str]:
        """`Keller of Brandt and Rieger of Olvera met ... The former blamed`: the two people the narration named
        last before `position`, in the order it last named them (a body named beside each is not one of the
        pair: it is the speaker's), empty where it named fewer."""
        seen = sorted(((_last_before(self._narrated(e)[0], position), e.name) for e in self.entities
                       if e.is_person_like), reverse=True)[:2]
        return [name for at, name in reversed(seen)] if len(seen) == 2 and seen[1][0] >= 0 else []

    def _people_named_last(self, position: int, count: int, gender: str | None) -> list[str]:
        """`Both men`, `the two women`: a number and a noun for people with no role in it are the `count` people
        of the noun's gender named last before `position`, in the order they were first named, as a reader
        takes them."""
        seen = [(_last_before(e.positions, position), e) for e in self.entities if e.is_person_like and
                not (gender and (self._gender_of(e) or e.first_name_gender) not in {None, gender})]
        chosen = [e for at, e in sorted(seen, key=lambda s: s[0], reverse=True)[:count] if at >= 0]
        return [e.name for e in sorted(chosen, key=lambda e: min(e.positions))] if len(chosen) == count else []

    def _named_last(self, position: int, count: int) -> list[str]:
        """The `count` people or bodies named last before `position`, in the order they were first named."""
        seen = [(max((p for p in e.positions if p < position), default=-1), e) for e in self.entities
                if e.kind == "org" or e.is_person_like]
        chosen = [e for at, e in sorted((s for s in seen if s[0] >= 0), key=lambda s: s[0], reverse=True)[:count]]
        return [e.name for e in sorted(chosen, key=lambda e: min(e.positions))] if len(chosen) == count else []

    def resolve(self, phrase: Phrase, last_speaker: str | None, gender: str | None = None) -> tuple[str | None, str]:
        """(canonical name or None, how it was resolved). `gender` is that of a pronoun the phrase stands
        for (`The governor welcomed it. "...," he said`): the description then means someone of it.

        Attribution asks about the same phrase more than once for a quote (does the cue's subject name
        someone, then whom): the answer is kept until the next speaker is noted, the only change to
        what it reads."""
        key = (phrase, last_speaker, gender)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve(phrase, last_speaker, gender)
        return found

    def _resolve(self, phrase: Phrase, last_speaker: str | None, gender: str | None = None) -> tuple[str | None, str]:
        if phrase.kind not in {"pronoun", "name"}:
            given = _NAME_GIVEN_IN_RELATIVE.match(self.text, phrase.end)
            if given is not None:
                # `"...," said the woman, who asked that only her first name, Tamsin, be used`: the name the
                # relative clause gives is what the article calls her.
                return given.group("name"), "description"
        if phrase.kind == "pronoun":
            if phrase.text.lower() == "it":
                entity = self.organisation_before(phrase.start, last_speaker)
                return (entity.name if entity else None), "pronoun"
            if phrase.text.lower() == "they":
                return self._plural_subject_before(phrase.start), "description"
            if phrase.text.lower() not in {"he", "she"}:
                return None, "pronoun"
            gender = lexicon.gender_words().get(phrase.text.lower())
            answerer = self._person_asked(phrase, gender)
            if answerer is not None:
                return answerer, "pronoun"
            reporter = self._reporter_before(phrase.start, gender, last_speaker)
            if reporter is not None:
                return reporter, self._how_taken_up(reporter)
            described = self._described_subject(phrase.start, gender)
            if described is not None:
                name, how = self.resolve(described, None, gender)
                if name is not None:
                    return name, "description" if how == "description" else "pronoun"
            unnamed = self._unnamed_speaker_taken_up(phrase.start, gender)
            if unnamed is not None:
                return unnamed, "description"
            return self.antecedent(self._before_asked_clause(phrase.start), last_speaker, gender), "pronoun"
        if phrase.text + "." in self.by_name:
            return phrase.text + ".", "name"  # `Nordbank Inc said`: the phrase lost the full stop of `Inc.`
        if phrase.kind == "name":
            tokens = phrase.text.split()
            if phrase.text in self.by_name:
                return phrase.text, "name"
            if phrase.text in self._short_forms and not self._by_name_end.get(tokens[-1]):
                # `Nordtek said` after `Nordtek Systems Inc.`, where no person of the article bears the name.
                return self._short_forms[phrase.text], "name"
            body = self._body_around(phrase)
            if body is not None:
                # `The National Association of Home Builders said`: a name read inside a body's longer name
                # (its `of` tail) is that body.
                return body, "name"
            if len(tokens) == 1 and INITIALLED_NAME.fullmatch(tokens[0]):
                # `S.Lavrov:`: the surname after the initial, as written elsewhere in the article.
                initials, _, surname = tokens[0].rpartition(".")
                entity = self.by_surname(surname, phrase.start, last_speaker)
                if entity is not None and entity.tokens[0][:1] == initials[:1]:
                    return entity.name, "name"
                return f"{initials}. {surname}", "name"
            if len(tokens) == 1:
                entity = self.by_surname(tokens[0], phrase.start, last_speaker)
                if entity is None and _ACRONYM.fullmatch(phrase.text):
                    spelled = self.spelled_out(phrase.text)
                    if spelled:
                        return spelled, "name"
                return (entity.name if entity else self._as_written_in_prose(phrase.text)), "surname"
            entity = self.by_surname(tokens[-1], phrase.start, last_speaker)
            if entity and entity.tokens[0][:1] == tokens[0][:1]:
                return entity.name, "name"
            bearer = self._compound_surname_bearer(tuple(tokens), phrase.start)
            if bearer is not None:
                return bearer, "surname"
            return phrase.text, "name"
        words = phrase.text.lower().split()
        if len(words) == 2 and words[0] == "the" and words[1] in _PAIR_ANAPHORS and self.text:
            pair = self._pair_named_last(phrase.start)
            return (pair[_PAIR_ANAPHORS[words[1]]] if pair else phrase.text), "epithet"
        named = self._named_in_apposition(phrase) if phrase.kind != "pronoun" and self.text else None
        if named is not None:
            return named, "name"
        owner = _DOCUMENT_OWNER.match(phrase.text)
        if owner and owner.group(2).lower() in lexicon.document_nouns():
            # "her statement said": the author of the statement speaks.
            gender = lexicon.gender_words().get(owner.group(1).lower())
            return self.antecedent(self._before_asked_clause(phrase.start), last_speaker, gender), "pronoun"
        author = self._named_document_author(phrase, last_speaker)
        if author is not None:
            return author, "document"
        head = phrase.text.split()[-1].lower()
        complemented = _HEAD_BEFORE_COMPLEMENT.match(phrase.text) if self.text else None
        if complemented and complemented.group("head").lower() in _authored_texts():
            # `The order of the lower court, issued by Judge Jo Park, called`: the head is the noun the
            # complement follows, and the author set off after the whole phrase wrote it.
            author = author_after(self.text, phrase.end, self._named)
            if author:
                return author.name, "document"
        if self.text and head in lexicon.document_nouns() and _DEFINITE_EPITHET.match(phrase.text):
            # "the post read", "according to the letter": the document's author speaks.
            mentions = document_mentions(self.text, head, phrase.start)
            # `The report, signed by Inspector General Jo Park, said`: the author set off after the phrase itself.
            author = author_after(self.text, phrase.end, self._named) or \
                document_author(self.text, head, phrase.start, self._named, self.in_narration, mentions)
            if author:
                return author.name, "document"
            citing = self._speaker_citing(mentions)
            if citing:
                return citing, "document"
            described = described_author(self.text, mentions)
            if described is not None:
                return self._described_author(*described, last_speaker)
            finder = self._finder(mentions, phrase.start)
            if finder is not None:
                return finder
            reporter = self._reporting_body_before(phrase, mentions)
            if reporter is not None:
                return reporter, "document"
        if self.text and (head in lexicon.court_text_nouns() or head in lexicon.filing_nouns()) and \
                _DETERMINED_NOUN_PHRASE.match(phrase.text):
            author = self._court_text_author(head, phrase)
            if author:
                return author, "document"
        if " " not in phrase.text and phrase.text[:1].isupper() and phrase.text in self._by_name_end:
            # `Cuban said` where the article names Mark Cuban: a word that may be a people's noun or a title
            # is the surname of the person the article named with it.
            entity = self.by_surname(phrase.text, phrase.start, last_speaker)
            if entity:
                return entity.name, "surname"
        honoured = _HONORIFIC_SURNAME.fullmatch(phrase.text)
        entity = self.by_surname(honoured.group(1), phrase.start + honoured.start(1), last_speaker) \
            if honoured else None
        if entity:
            # `Mr. King` where the article names Larry King; with no one of that surname it is an
            # address to an office (`Mr. President`), read as a role below.
            return entity.name, "surname"
        if phrase.kind == "description" and is_group_tied_to(phrase.text):
            # `Advisers to Governor Ada Holt said`: the group speaks, not the governor its complement names.
            return phrase.text, "description"
        guest = self._guest(phrase)
        if guest is not None:
            return guest.name, "epithet"
        entity = self.by_role(phrase.text, phrase.start, last_speaker) or self._by_country(phrase.text, phrase.start)
        # `a spokesperson for Nordhydro` gives the body's words; `the Kremlin spokesman` after `Kremlin spokesman
        # Ivan Orlov` is Orlov: a definite description takes up the person named with the role.
        definite_person = entity is not None and entity.kind == "person" and phrase.text[:4].lower() == "the "
        body = None if definite_person else self.body_spoken_for(phrase.text, phrase.start)
        if body is not None:
            return body, "role"
        introduced = self._introduced_unnamed(phrase) if _BARE_DESCRIPTION.match(phrase.text) else None
        if introduced is not None and (entity is None or _last_before(entity.positions, phrase.start) < introduced[0]):
            # `A senior official, who spoke on condition of anonymity, said ... "...," the official said`: the
            # one the indefinite description brought in, unnamed, not a named person of another role.
            apposed = self._name_apposed_to(introduced[0]) or self._name_stated_after(introduced[0], phrase.start)
            if apposed is not None:
                return apposed, "epithet"
            body = self.body_spoken_for(introduced[1], introduced[0])
            return (body, "role") if body else (introduced[1], "description")
        if entity:
            return entity.name, "role"
        office_of = self._body_of_its_office(phrase)
        if office_of is not None:
            return office_of, "role"
        possessed = _POSSESSED.fullmatch(phrase.text)
        if possessed and _possesses_a_speaker(possessed):
            # `"...," his wife said`, `his campaign said`: someone of their own, not the man `his` stands for
            # (unless the article named them with that role: `his counterpart` may be Jon Vik).
            described = self._possessor(possessed, phrase.start, last_speaker)
            if described == possessed.group() and self.text:
                # `Her husband, Doug, shook his head` where `her` finds no one: the name set off says who he is.
                described = self._name_set_off(phrase, owner_unnamed=True) or described
            return described, "description"
        kin = self._kin_taken_up(phrase)
        if kin is not None:
            return kin, "description"
        if _relative_of_unnamed(phrase.text):
            # `the victim's mother`, `the mother of one of the children`: the noun's complement, someone the
            # article does not name, says whose relative speaks: a new person, not a named one taken up.
            return phrase.text.rstrip(".,"), "description"
        if _DEFINITE_EPITHET.match(phrase.text) and \
                (self._names_a_person(phrase.text) or self._person_by_relative(phrase)) and \
                not _NAME_WITHHELD_IN_RELATIVE.match(self.text, phrase.end):
            # "the cheerful proprietor", "the Kentucky Republican": a definite description is
            # anaphoric, the writer's variation on a person already in the story.
            # Not the last speaker as such: had the writer meant them, "he" or "she" would do. A
            # description brings back the person the narration is about.
            doer = self._doer_set_off(phrase, _epithet_gender(phrase.text) or gender)
            if doer is not None:
                return doer, "epithet"
            askers = self._askers_unlike(phrase.text)
            excluded = askers | self._adults_unlike(phrase.text)
            epithet_gender = _epithet_gender(phrase.text) or gender
            # `Host Ada Lind asked Tom Reyes whether he would run. "...," the senator said`: the answer is the
            # one asked, whom a description of another role than the asker's describes.
            asked = self._person_asked(phrase, epithet_gender) if askers else None
            name = self._of_the_place(asked or self.antecedent(phrase.start, None, epithet_gender, excluded),
                                      phrase.text, phrase.start)
            if name is None or self._holds_other_office(name, phrase.text) or \
                    self._office_titled_elsewhere(name, phrase.text):
                abbreviated = self.by_abbreviated_title(phrase.text, phrase.start)
                name = abbreviated.name if abbreviated else name
            if name and not self._of_another_country(name, phrase.text) and \
                    not self._holds_another_office(name, phrase.text) and \
                    not self._titled_with_another_distinct_office(name, phrase.text) and \
                    not self._holds_the_past_office_now(name, phrase.text) and \
                    not self._office_of_another_body(name, phrase.text) and \
                    not self._country_left_open(name, phrase.text, phrase.start):
                return name, "epithet"
            named_next = self._named_next(phrase, _epithet_gender(phrase.text) or gender)
            if named_next:
                return named_next, "epithet"
        body = self._body_in_lower_case(phrase)
        if body is not None:
            return body, "role"
        if self.text and phrase.text.startswith(("A ", "An ")) and lexicon.person_word(_head_noun(phrase.text).lower()):
            # `KELBY — A city councillor has apologized after saying "..."` / `Coun. Ida Berg made the remark`:
            # an indefinite lede brings its subject in by office and names them in a later paragraph.
            named = self._named_next(phrase, gender, office_held=True)
            if named:
                return named, "epithet"
        if (phrase.kind == "description" or _DESCRIPTION.match(phrase.text) or phrase.text.endswith("s")
                or phrase.text.lower() in lexicon.role_nouns() or _PEOPLE_WITH_COMPLEMENT.match(phrase.text)
                and people_plural(phrase.text.split()[0].lower())) and \
                phrase.text.split()[-1].lower() not in lexicon.document_nouns():
            # "a resident, who asked not to be named, said": an unnamed but credible speaker.
            return phrase.text, "description"
        if phrase.text in self.by_name:
            return phrase.text, "name"  # `Canada Post said`: an organisation of the article, by its name
        return None, "role"
