"""Noun phrases that can name a speaker, read at the edge of a stretch of text.

Attribution asks two questions of the words around a cue verb: what noun phrase
ends right before it (`... the Russian Defence Minister said`) and what noun
phrase starts right after it (`said Sergei Shoigu, the ...`). The answer is a
`Phrase`: a name, a description (role), a pronoun or an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from quotes import lexicon
from quotes.frames import PREPOSITIONS
from quotes.given_names import first_name_gender
from quotes.mentions import (
    CAP,
    HYPHENED_ARTICLE,
    NAME_PARTICLE,
    PATRONYMIC_AFTER,
    STOP_CAPS,
    _is_country,
    _is_person_noun,
    _is_title,
    after_an_office,
    after_definite_article,
    country_body_start,
    given_name_like_country,
    honorific_gender,
    is_party_word,
    middle_initial,
    month_as_given_name,
    named_for_its_country,
    names_a_settlement,
    plural_epithet,
    portfolio_length,
)
from quotes.text import is_cue_word, last_words_start
from quotes.trie import trie_pattern, word_start_pattern

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_CAP_TOKEN = CAP
# `(?:CAP JOIN? [ \t]+)* CAP $`, written as `CAP (?:JOIN? [ \t]+ CAP)* $` (the same runs) so that it opens with a
# capital, which the engine skips to at C speed.
_NAME_RUN_END = re.compile(
    _CAP_TOKEN + r"(?:(?:\s+" + NAME_PARTICLE + r"\b)?[ \t]+(?:" + HYPHENED_ARTICLE + r")?"
    + _CAP_TOKEN + r")*" + PATRONYMIC_AFTER + r"$")
_NAME_RUN_START = re.compile(
    _CAP_TOKEN + r"(?:(?:[ \t]+" + NAME_PARTICLE + r"\b)?[ \t]+(?:" + HYPHENED_ARTICLE
    + r")?" + _CAP_TOKEN + r")*" + PATRONYMIC_AFTER)
# `says Berg's brother, Jon Berg`: the person named after a relation to someone else.
_RELATIVE_NAME = re.compile(
    r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*['\u2019]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)")
# Words that end a noun phrase read forward from a cue: a relative clause, a verb's object, a time.
_PHRASE_STOP = frozenset(
    "who whom whose which that of in at on for to as after before when while with from by during since told "
    "and or but is was has had have be been will would said says added adding noting".split())
_DETERMINERS = frozenset("the a an one another some two three four both several many most other his her its their our "
                         "this that these those".split())


def is_determiner(word: str) -> bool:
    """Whether `word` is a determiner (`another`, `one`, `some`): a phrase it opens, or that it makes up alone
    (`Another, Sen. Ada Lind, said`), describes; it is never a name, though capitalised at a sentence's start."""
    return word.lower() in _DETERMINERS


_PRONOUN_END = re.compile("(" + word_start_pattern(["he", "she", "they", "i", "we", "it"], ignorecase=True) + ")$")
_PRONOUN_START = re.compile(r"(he|she|they|I|we|it)\b", re.IGNORECASE)
#: `His Highness`, `Her Excellency`: a style of address that stands for a person as a pronoun does.
_STYLE = r"(?P<owner>His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty|Holiness|Eminence)"
_STYLE_START = re.compile(_STYLE + r"\b")
_STYLE_END = re.compile(_STYLE + r"$")


def _style(match: re.Match[str] | None, offset: int) -> Phrase | None:
    """The style of address matched, read as the pronoun its possessive gives (`His Highness`: he)."""
    if match is None:
        return None
    pronoun = "he" if match.group("owner") == "His" else "she"
    return Phrase(offset + match.start(), offset + match.end(), pronoun, "pronoun")
_DETERMINER = r"(?:the|his|her|its|their|a|an|this|that|our|one)"
_MODIFIER = r"(?!(?:who|which|that|and|or|but|to|is|was|has|had|have|not|when|if|because|said|says)\b)[\w'\u2019.-]+"
#: `a Democratic strategist`, `one senior official`, `another commenter`: a description ending at a cue.
_DESCRIPTION_END = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(sorted(_DETERMINERS, key=len, reverse=True)) + r")\s+(?:" + _MODIFIER +
    r"\s+){0,4}?(?:[a-z][\w'\u2019-]*[a-z]|\d{1,3}-year-old)$", re.IGNORECASE)
#: `officials`, `Canadian officials`, `addiction experts`: a bare plural opening its clause.
_BARE_PLURAL = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+|[a-z][\w-]*\s+)?[A-Za-z][a-z-]*[a-z]s$")
#: `(D-Md.)`, `(R-Ohio)`: a party and state label after a legislator's name.
_PARTY_LABEL = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)\.?-[A-Z][\w. ]{0,15}\)")


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    text: str
    kind: str  # name | role | pronoun


@cache
def _role_alternation() -> str:
    """A role noun, perhaps after a word joined to it by a hyphen that leaves the noun the phrase's head: an
    office held once (`the ex-coroner`), a second's (`the vice-chair`) or a joint one (`the co-founder`)
    (`lexicon.office_prefixes`)."""
    prefixes = "|".join(sorted(map(re.escape, lexicon.office_prefixes()), key=len, reverse=True))
    return r"(?:(?:" + prefixes + r")-)?(?:" + trie_pattern(lexicon.role_nouns()) + ")"


#: At most how many words a description read back from a cue spans (`_role_end`, `_DESCRIPTION_END`):
#: a determiner, five modifiers, a two-word noun, and an `of the ...` tail of up to seven words.
_DESCRIPTION_WORDS = 24


def _search_end(pattern: re.Pattern[str], segment: str, words: int) -> re.Match[str] | None:
    """`pattern.search(segment)` for a pattern anchored at the segment's end that spans at most
    `words` words: the search starts that many words from the end instead of trying every
    position of a long segment."""
    return pattern.search(segment, last_words_start(segment, len(segment), words) or 0)


#: A verb in lower case, past or finite: `has`, `said`, `defended`, which ends the noun phrase before it.
_VERB_AHEAD = r"(?-i:[a-z]+ed|has|have|had|is|was|were|are|will|would|did|does|says|said|told|tells)\b"
#: The same verbs ending the words after a role's `of`, `for`, `at` or `in` (`The Diocese of Kelby condemned
#: the act and`): a past form there has at least two letters before `-ed`, so that `a man in a red cap` keeps them.
_TAIL_VERB_AHEAD = _VERB_AHEAD.replace("[a-z]+ed", "[a-z]{2,}ed")


@cache
def _role_end() -> re.Pattern[str]:
    return re.compile(
        r"(?:\b" + _DETERMINER + r"\s+|^|(?<=\s))(?:[\w'\u2019.-]+\s+){0,5}?(?:" + _role_alternation() + r")s?"
        r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w'\u2019.-]+"
        r"(?:\s+(?!" + _TAIL_VERB_AHEAD + r")[A-Z][\w'\u2019.-]*){0,4}"
        # `a spokesperson for Parks, Recreation and Culture`: a body named by a series of capitalised
        # words, its commas closed by `and`, is one name.
        r"(?-i:(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}){1,3},?\s+(?:and|&)\s+"
        r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,3})?"
        # `an aide to Senator Ann Lee`, `a lawyer representing Tom Roe`: the one served, named in capitals.
        r"|\s+(?:to|representing)\s+(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,4})?$",
        re.IGNORECASE)


#: How many whitespace-separated pieces end a stretch that `_role_end` matches, at most, from its role
#: noun's last word: that word, then `of`, `the` and five more words, or a body's name in a series closed by
#: `and` with its `of` and place (`for Food, Health and Consumer Products of Canada`).
_ROLE_TAIL_PIECES = 10


@cache
def _role_heads() -> frozenset[str]:
    """The last word of every role noun, in lower case."""
    return frozenset(noun.lower().split()[-1] for noun in lexicon.role_nouns())


def _may_end_in_a_role(segment: str) -> bool:
    """Whether `_role_end` can match the end of `segment`, from its last few pieces alone.

    A match ends in a role noun (perhaps plural) and at most a short `of ...` tail, and the noun's
    last word is a whole whitespace-separated piece: one of the last pieces must be that word.
    Most stretches before a cue hold none (`..., Lee said`), and the pattern, which tries every
    place of the last two dozen words, is then not searched at all. A piece beyond ASCII is left
    to the pattern, whose case folding knows more letters than `str.lower`.
    """
    heads = _role_heads()
    for piece in segment.rsplit(None, _ROLE_TAIL_PIECES)[-_ROLE_TAIL_PIECES:]:
        if not piece.isascii():
            return True
        piece = lexicon.without_office_prefix(piece.lower())
        if piece in heads or piece.endswith("s") and piece[:-1] in heads:
            return True
    return False


#: ` of Harbour Police`: the body or place a role of two nouns is held in, in capitals, up to five words, that
#: ends before the verb of the clause the role opens (`The chief constable of Harbour Police has defended ...`).
_OF_BODY_NEXT = re.compile(r"\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?!" + _VERB_AHEAD
                           + r")[A-Z][\w'\u2019.-]*){0,4}", re.IGNORECASE)


@cache
def _role_start() -> re.Pattern[str]:
    return re.compile(
        r"(?:" + _DETERMINER + r"\s+)(?:[\w'\u2019.-]+\s+){0,5}?(?:" + _role_alternation() + r")s?\b"
        r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
        r"(?:\s+(?!" + _TAIL_VERB_AHEAD + r")[A-Z][\w'\u2019.-]*){0,4})?",
        re.IGNORECASE)


@cache
def _capitalised_epithet() -> re.Pattern[str]:
    """`the Ohio Republican`, `The 52-year-old Conservative`, `the Texan`, `Another House Republican`: capitals
    ending in a party word or a word for someone from a place, after `the` or `another` (and maybe an age),
    describe a person, not name one."""
    heads = sorted(lexicon.capitalised_epithets(), key=len, reverse=True)
    # `(?:The|the|Another|another)`, not `(?:[Tt]he|[Aa]nother)`: alternatives opening with a letter let the engine
    # skip to those letters at C speed, where a class opening each is entered at every character.
    return re.compile(r"(?:The|the|Another|another)\s+(?:\d{1,3}-year-old\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:"
                      + "|".join(map(re.escape, heads)) + r")(?![\w'\u2019-])")



def _noun_follows(segment: str, end: int) -> bool:
    """`the American ambassador`: a noun for a person or a body after a capitalised epithet, which then is
    its modifier. Agency copy capitalises the office after a country's adjective (`the Kazakh President`,
    `the Turkish Foreign Minister`): capitals ending in a role noun are that noun phrase too."""
    following = _NEXT_WORD.match(segment, end)
    if following:
        return following.group(1).lower() in lexicon.role_nouns() or \
            following.group(1).lower() in lexicon.epithet_nouns()
    office = _CAPITALISED_OFFICE.match(segment, end)
    return bool(office) and any(word.lower() in lexicon.role_nouns() for word in office.group().split())


#: ` Foreign Minister`, ` President`: the first three capitalised words after the epithet.
_CAPITALISED_OFFICE = re.compile(r"(?:\s+[A-Z][\w-]*(?![\w'\u2019-])){1,3}")


def person_name(tokens: list[str]) -> list[str]:
    """The name inside a run of capitalised words: the longest tail free of titles and places. A run
    ending in a party's plural names a group, its chamber or place its own modifier (`House Republicans`,
    `Assembly Democrats`), not a person whose name a body's word would end."""
    if len(tokens) > 1 and plural_epithet(tokens[-1].rstrip(".,")):
        return [t.rstrip(",") for t in tokens][-4:]
    name: list[str] = []
    for i, token in reversed(list(enumerate(tokens))):
        bare = token.rstrip(",")
        if name and (_is_person_noun(bare) or is_party_word(bare)):
            break  # `Chef Rosa Mele`, `Democrat Ann Lee`: a noun for a person before a name is not part of it
        if name and _possessive(bare):
            break  # `Ontario's Premier`, `Norland's Mira Holt`: the owner is no part of the name after it
        if _ends_name(bare) and not month_as_given_name(tokens, i) and not middle_initial(tokens, i) and \
                not given_name_like_country([t.rstrip(",") for t in tokens], i) and \
                not (i == len(tokens) - 1 and i > 0 and not _ends_name(tokens[i - 1].rstrip(","))
                     and not _possessive(tokens[i - 1]) and not bare.endswith(".")):
            # A title closing a run after a plain name is a surname: Stephen King, Amy Judge; after a
            # possessive it is an office (`Ontario's Premier`).
            break
        name.insert(0, bare)
    return name[-4:]


def _possessive(word: str) -> bool:
    """`Ontario's`, `Norland’s`, and the bare apostrophe after a name ending in an s, `CBS'`, `Fox News’`: a
    word owning what follows it."""
    return word.endswith(("'s", "\u2019s")) or len(word) > 2 and word[-1] in "'\u2019" and word[-2] in "sS"


def _ends_name(word: str) -> bool:
    """A title, country, organisation word or sentence-opening capital: not part of a person's name."""
    return _is_title(word) or _is_country(word) or word in lexicon.org_nouns() or word.rstrip(".") in STOP_CAPS


def _clean(span_text: str) -> str:
    return span_text.strip().rstrip(",.:;").removesuffix("'s").removesuffix("\u2019s")


#: `But `, `And `: a conjunction opening a sentence, which joins it to the one before and is no part of
#: its subject.
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Or|Still)\s+(?=[a-zA-Z])")


@lru_cache(maxsize=256)
def phrase_before(text: str, start: int, end: int) -> Phrase | None:
    """The speaker-like noun phrase that ends at `end` (looking no further back than `start`); a
    conjunction opening the sentence is left out of it (`But a second aide said`: `a second aide`).

    Attribution reads the same stretch again for another rule or quote, so recent answers are kept
    (as `phrase_after`'s)."""
    phrase = _postmodified_source(text, start, end) or _phrase_before(text, start, end) or \
        _first_of_coordinated(text, start, end)
    if phrase is not None and phrase.kind == "name" and names_a_settlement(text, phrase.start):
        phrase = None  # `residents of the village of Pilby Cross had complained`: the name is a place, no speaker
    if phrase is not None and phrase.kind in ("name", "role") and phrase.start > start:
        phrase = _affiliated_person(text, start, phrase) or phrase
    phrase = _counted_member(text, start, phrase) or phrase
    if phrase is not None and phrase.kind == "name" and phrase.start > start:
        phrase = _relation_of_name(text, start, phrase) or phrase
    group = group_tied_to(text, start, end) if phrase is None or phrase.kind != "pronoun" else None
    if group is not None:
        return group
    conjunction = _OPENING_CONJUNCTION.match(phrase.text) if phrase and phrase.kind != "pronoun" else None
    if phrase is None or conjunction is None or conjunction.end() == len(phrase.text):
        return phrase
    offset = phrase.start + conjunction.end()
    return _phrase_before(text, offset, end) or Phrase(offset, phrase.end, phrase.text[conjunction.end():],
                                                       phrase.kind)


#: `one `, `another `: an indefinite determiner right before the word it counts.
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]ne|[Aa]n?|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+$")


def _counted_member(text: str, start: int, phrase: Phrase | None) -> Phrase | None:
    """`with one Republican warning`, `another Liberal said`: a capitalised noun for a party's member or a
    region's people (`epithet_nouns.txt`) after an indefinite determiner is an unnamed person described, not a
    name, and the determiner belongs to the description."""
    if phrase is None or phrase.kind != "name" or " " in phrase.text or phrase.text not in lexicon.epithet_nouns():
        return None
    determiner = _DETERMINER_BEFORE.search(text, max(start, phrase.start - 10), phrase.start)
    if determiner is None:
        return None
    return Phrase(determiner.start(), phrase.end, text[determiner.start():phrase.end], "description")


@cache
def _postmodifier_end() -> re.Pattern[str]:
    """`familiar with the talks`, `briefed on the plan` ending a stretch: a postmodifier
    (`source_postmodifiers.txt`) and a short object of up to six words, with no comma or clause in it."""
    opening = trie_pattern(lexicon.source_postmodifiers())
    return re.compile(r"\s(?:" + opening + r")\s+(?:[\w'\u2019.-]+\s+){0,5}[\w'\u2019.-]+$", re.IGNORECASE)


#: How far back (characters) from a cue a postmodified subject's modifier is looked for.
_POSTMODIFIER_REACH = 80


def _postmodified_source(text: str, start: int, end: int) -> Phrase | None:
    """`A senior administration official familiar with the talks said`: a modifier after a noun for a person
    (`familiar with`, `briefed on`, `with knowledge of`) tells how that person knows; the noun before it heads
    the subject, and the noun phrase that ends right before the cue is the modifier's object, not the speaker.
    The whole phrase is the unnamed speaker's description."""
    segment = text[start:end].rstrip()
    floor = max(0, len(segment) - _POSTMODIFIER_REACH)
    if "," in segment[floor:]:
        floor += segment[floor:].rfind(",") + 1  # a comma ends an aside: the modifier stands after it
    match = _postmodifier_end().search(segment, floor)
    if match is None or _PHRASE_STOP.intersection(w.lower() for w in match.group().split()[-1:]):
        return None
    head = _phrase_before(text, start, start + match.start())
    if head is None or head.kind not in ("role", "description") or \
            not lexicon.person_word(head.text.split()[-1].lower()):
        return None
    return Phrase(head.start, start + len(segment), _clean(text[head.start:start + len(segment)]), "description")


def _first_of_coordinated(text: str, start: int, end: int) -> Phrase | None:
    """`the veteran mayor and former harbour pilot told`: one article before two descriptions joined by `and`
    makes one person of them; the first says who, as it would alone (`the mayor and the pilot` are two)."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    coordinated = _COORDINATED_DESCRIPTION.fullmatch(text, start + lead, end)
    if coordinated is None:
        return None
    phrase = _phrase_before(text, coordinated.start(), coordinated.end("first"))
    return phrase if phrase is not None and phrase.kind in ("role", "description") else None


#: `the veteran mayor and former harbour pilot`: one definite article, then two descriptions joined by `and`,
#: the second with no determiner of its own.
_COORDINATED_DESCRIPTION = re.compile(r"(?P<first>[Tt]he\s+[^,;:.\n]+?)\s+and\s+"
                                      r"(?!(?:the|a|an|his|her|their|its|other)\b)(?:[\w'\u2019-]+\s+){0,3}"
                                      r"[\w'\u2019-]+\s*")


#: A preposition that ties a person to where they work or come from: `Ann Lowry of the University of
#: Calgary`, `Tom Roe, of Mill Bay,`, `Ada Holm at the Vestby Institute`, `Jo Berg with the Fishers' Union`.
_AFFILIATION = re.compile(r",?[ \t]+(?:of|at|from|with)[ \t]+")
#: How far back (characters) from the name before a cue the person it is the affiliation of is looked for.
AFFILIATION_REACH = 80
#: Words in lower case that may stand in an affiliation before the body's name: `of the group Bike Vestby`.
_AFFILIATION_WORDS = frozenset("the a an of for and on group".split())


#: `The family of `, `the daughter of Mayor `: a determiner, a noun for kin or a close tie (`relation_nouns.txt`)
#: and `of`, perhaps with titles after it, right before a name.
_RELATION_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+of\s+"
                          r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}$")


def _relation_of_name(text: str, start: int, phrase: Phrase) -> Phrase | None:
    """`The family of Brenda Tollett said`, `the daughter of Mayor Ann Lee told`: the name is the object of `of`
    after a noun for kin or a close tie, whose bearer speaks (the family, the daughter), not the one named; the
    whole description is the speaker, as `Tollett's family` would be."""
    found = _RELATION_OF.search(text, max(start, phrase.start - 60), phrase.start)
    if found is None or found.group("noun") not in lexicon.relation_nouns():
        return None
    return Phrase(found.start(), phrase.end, text[found.start():phrase.end], "description")


def _affiliated_person(text: str, start: int, phrase: Phrase) -> Phrase | None:
    """`Economist Ann Lowry of the University of Calgary said`: the name that ends right before the cue is
    the object of a preposition after the subject's head, the person's affiliation; the subject is the
    person named before the preposition. Only a full name with a known first name counts as that person
    (`Minister of Health Ann Lowry` is an office and a name, `the Bank of Norland` a body)."""
    floor = max(start, phrase.start - AFFILIATION_REACH)
    for match in reversed(list(_AFFILIATION.finditer(text, floor, phrase.start))):
        gap = text[match.end():phrase.start].split()
        if not all(w[:1].isupper() or w in _AFFILIATION_WORDS or w.capitalize() in lexicon.org_nouns()
                   for w in gap):
            return None  # a verb or a clause stands between: the name is no affiliation
        head = _phrase_before(text, start, match.start())
        tokens = head.text.split() if head is not None else []
        if head is not None and head.kind == "name" and len(tokens) >= 2 and first_name_gender(tokens[0]):
            return head
    return None


#: `Advisers to Governor Ada Holt`, `Two aides to the senator`, `Supporters of Mayor Jo Lee's reelection bid`, `People
#: close to Ben Roe`: a plural noun for people, the head, with `of`/`to`/`close to` and the one they are tied to (a
#: name, perhaps after a title and perhaps owning a thing, or `the` and a role, perhaps with a name in apposition:
#: `People close to her rival, Mayor Ben Roe,`), ending the stretch before a verb.
_GROUP_TIED_TO = re.compile(
    r"(?:^|(?<=[\s(\u201c\"]))(?P<modifiers>(?:[A-Za-z][a-z-]*\s+){0,2}?)(?P<noun>[A-Za-z][a-z-]+)\s+"
    r"(?:(?:close|loyal|closest)\s+to|of|to)\s+"
    r"(?:(?:(?:the|his|her|their)\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.-]*"
    r"|(?:the|his|her|their)\s+[a-z]+(?:,\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w.-]*)?)"
    r"(?:['\u2019]s(?:\s+[a-z-]+){1,2})?\s*$")


def group_tied_to(text: str, start: int, end: int) -> Phrase | None:
    """`Advisers to Governor Ada Holt warned`: the people the plural heads are the subject, not the one named in
    its complement, who did not speak. Kept as a description (an unnamed group)."""
    segment = text[max(start, end - 120):end]
    if "of" not in segment and "to" not in segment:
        return None  # most stretches hold neither word the tie needs, and this costs less than the pattern
    match = _GROUP_TIED_TO.search(segment)
    if match is None or not people_plural(match.group("noun").lower()):
        return None
    modifiers = match.group("modifiers").split()
    if any(w.lower() in _NOT_BEFORE_A_SUBJECT or w.lower() in _DETERMINERS_BEFORE for w in modifiers):
        return None  # `a rally of supporters of`, `the aides to`: the plural is no clause's subject there
    offset = end - len(segment)
    phrase = segment[match.start():].rstrip()
    return Phrase(offset + match.start(), offset + match.start() + len(phrase), phrase, "description")


def is_group_tied_to(description: str) -> bool:
    """`Advisers to Governor Ada Holt`: a description that is a whole group tied to someone (`group_tied_to`)."""
    group = group_tied_to(description, 0, len(description))
    return group is not None and group.start == 0


def people_plural(plural: str) -> bool:
    """A plural for people tied to someone: `advisers`, `aides`, `allies`, `supporters`, `people`."""
    if plural in lexicon.plural_people_nouns():
        return True
    singular = lexicon.regular_singular(plural)
    return singular is not None and (lexicon.person_word(singular) or singular in lexicon.follower_nouns())


def _phrase_before(text: str, start: int, end: int) -> Phrase | None:
    segment = text[start:end].rstrip()
    label = _PARTY_LABEL.search(segment) if "(" in segment else None  # most stretches hold no bracket
    if label and label.end() == len(segment):
        segment = segment[:label.start()]
    end = start + len(segment)
    if not segment:
        return None
    match = _PRONOUN_END.search(segment)
    if match:
        return Phrase(start + match.start(), end, match.group(1), "pronoun")
    if "His " in segment or "Her " in segment:
        styled = _style(_STYLE_END.search(segment), start)
        if styled:
            return styled
    owned = _owned_relation_end().search(segment, max(0, len(segment) - 80)) \
        if "'s" in segment or "\u2019s" in segment else None  # most stretches hold no possessive: no search
    if owned:
        # `Delorme's family said`, `Tom Beck's son said`: someone named by whose kin they are.
        return Phrase(start + owned.start(), end, _clean(owned.group()), "description")
    for epithet in _capitalised_epithet().finditer(segment):
        if epithet.end() == len(segment) and (epithet.start() == 0 or not segment[epithet.start() - 1].isalnum()):
            return Phrase(start + epithet.start(), end, epithet.group(), "role")
    run = _NAME_RUN_END.search(segment)
    if run and _common_noun_opening(segment, run):
        # `Officials said`, `Police said`: a common noun capitalised only because it opens the sentence.
        return _description_before(segment, start, end) or \
            Phrase(start + run.start(), end, _clean(run.group()), "description")
    if run and _office_after_article(segment, run):
        run = None
    role = _search_end(_role_end(), segment, _DESCRIPTION_WORDS) if _may_end_in_a_role(segment) else None
    if role and (run is None or role.start() < run.start()) and \
            (not _names_a_person(run) or _serves_the_named(segment, run) or _closes_a_series(segment, run)
             or _office_of_a_body(segment[:run.start()], run.group().split())):
        first = _past_reporting_verb(segment, role.start(), role.end())
        return Phrase(start + first, end, _clean(segment[first:role.end()]), "role")
    if run and all(t.isupper() and len(t) > 3 for t in run.group().replace("'S", "").split()) and \
            not _acronym_subject(text, run.group(), end):
        run = None  # a section label in capitals ("MARKET WATCH:"), not a name
    if run:
        tokens = run.group().split()
        if named_for_its_country([t.rstrip(".,") for t in tokens]):
            # `Health Canada said`; `Fisheries and Oceans Canada said`, its portfolios before the name read too
            country = run.group().rstrip(" \t.,")
            body = country_body_start(segment, run.start() + len(country) - len(tokens[-1].rstrip(".,")),
                                      run.start() + len(country))
            first = run.start() if body is None else min(body, run.start())
            return Phrase(start + first, end, _clean(segment[first:run.end()]), "name")
        if after_an_office(segment, run.start()):
            tokens = tokens[portfolio_length(tokens):]  # `Minister of Foreign Affairs Sergei Lavrov`
        name = person_name(tokens)
        if name and not all(t in STOP_CAPS for t in name):
            name_text = _clean(" ".join(name))
            name_start = end - len(" ".join(name))
            return Phrase(name_start, name_start + len(name_text), name_text, "name")
        if len(tokens) >= 1 and any(t in lexicon.org_nouns() for t in tokens):
            return Phrase(start + run.start(), end, _clean(run.group()), "role")
        if tokens and (_is_title(tokens[-1]) or _is_country(tokens[0])):
            return Phrase(start + run.start(), end, _clean(run.group()), "role")
    if role:
        return Phrase(start + role.start(), end, _clean(role.group()), "role")
    return _description_before(segment, start, end)


#: A space, then a word in lower case: the verb of running text after its subject.
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _acronym_subject(text: str, run: str, end: int) -> bool:
    """`"...," CUPW said.`: one word of letters in capitals before a verb in lower case is an organisation's
    acronym, the subject; a label in capitals is set off by a colon (`UPDATE:`) or runs on in capitals
    (`MARKET WATCH`, a headline's `UNIONS WARN OF`)."""
    word = run.strip()
    return word.isalpha() and _LOWER_WORD_NEXT.match(text, end) is not None


#: The determiners that open the noun phrase of a reported clause's subject (`told jurors the sheriff`).
_SUBJECT_DETERMINERS = frozenset("the a an his her their its our one another".split())
_WORD = re.compile(r"[\w'\u2019.-]+")
#: The words that open a role's complement (`the head of the agency`, `an aide to Ann Lee`).
_COMPLEMENT_OPENERS = frozenset("of for at in to representing".split())
#: What no noun phrase holds before its head, and a noun phrase of its own follows: a preposition that opens
#: an adjunct, not a role's complement (`made by`, `remarks on`, `a call with`), or a wh-word opening a clause.
#: A subordinating conjunction (`after`, `because`, `while`) opens an adverbial clause whose subject follows it
#: (`was jailed after the victim's mother told him`): the subject is no part of the main clause before it.
_PHRASE_OPENERS = (PREPOSITIONS - _COMPLEMENT_OPENERS) | {"what", "whom", "whose", "when", "where", "how", "why"} | \
    lexicon.subordinators()
#: `so` or `such` up to two words before `that`: `that` opens a clause of result, whose subject is a noun phrase of
#: its own (`the hall was so cold that an aide to Ida Roe joked`).
_RESULT_DEGREE = frozenset({"so", "such"})
#: The determiners such a noun phrase opens with; inside quoted words, those of the first and second person too.
_OPENING_DETERMINERS = _SUBJECT_DETERMINERS | {"my", "your"}


def _past_reporting_verb(segment: str, begin: int, stop: int) -> int:
    """Where a role's or a description's phrase (segment[begin:stop]) starts, past what no noun phrase holds
    before its head: a verb of saying (`Ortega told jurors the sheriff said` reports a clause whose subject is
    `the sheriff`), after which the subject opens at its determiner, past the verb's object (`jurors`, `him`,
    `the jury`),
    or at the word after the verb (`Deputy testifies sheriff told`); or a second determiner (`told the jury the
    sheriff said`), which opens a noun phrase of its own."""
    found = list(_WORD.finditer(segment, begin, stop))
    head = next((i for i, word in enumerate(found) if word.group().lower() in _COMPLEMENT_OPENERS), len(found) - 1)
    before = found[:head]
    verbs = [i for i, word in enumerate(before) if is_cue_word(word.group())]
    if verbs:
        rest = found[verbs[-1] + 1:head + 1]
        return next((word for word in reversed(rest[:-1]) if word.group().lower() in _SUBJECT_DETERMINERS),
                    rest[0]).start()
    governed = [i for i, word in enumerate(before[:-1]) if _opens_a_phrase(before, i)
                and before[i + 1].group().lower() in _OPENING_DETERMINERS]
    if governed:
        # `the statement made by the Norland minister`: a preposition's object is a noun phrase of its own,
        # opening at its determiner; the participle and the preposition before it are no part of it. So is
        # the subject of a clause a wh-word opens (`remind you what your own leader said`).
        return before[governed[-1] + 1].start()
    determiners = [word for word in before if word.group().lower() in _SUBJECT_DETERMINERS]
    return determiners[-1].start() if len(determiners) > 1 else begin


def _opens_a_phrase(words: list[re.Match[str]], at: int) -> bool:
    """Does the word at `at` open a noun phrase of its own after it: a preposition of an adjunct, a wh-word, a
    subordinating conjunction (`_PHRASE_OPENERS`), or the `that` of a clause of result after `so` or `such`?"""
    word = words[at].group().lower()
    if word in _PHRASE_OPENERS:
        return True
    return word == "that" and any(w.group().lower() in _RESULT_DEGREE for w in words[max(0, at - 3):at])


def _office_after_article(segment: str, run: re.Match[str]) -> bool:
    """`the Amir`, `HH the Emir`: a capitalised role noun (or a spelling of one, `role_synonyms.csv`) alone
    after the definite article is an office written in capitals, not a given name (`Amir Peretz`), for
    names take no article."""
    word = run.group().lower()
    return " " not in word and lexicon.role_synonyms().get(word, word) in lexicon.role_nouns() and \
        after_definite_article(segment, run.start())
@cache
def _owned_relation_end() -> re.Pattern[str]:
    """`Delorme's family`, `Tom Beck's eldest son`: a name's possessive, then a noun for kin or a close
    relation (`relation_nouns.txt`), ending the stretch."""
    nouns = trie_pattern(lexicon.relation_nouns())
    return re.compile(r"(?<![\w'\u2019])(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w-]*['\u2019]s\s+(?:[a-z][\w-]*\s+)?"
                      r"(?:" + nouns + r")$")


def _common_noun_opening(segment: str, run: re.Match[str]) -> bool:
    """A one-word run that opens the stretch and is a role noun in capitals (`Officials`, `Residents`,
    `Police`): the sentence's first word, not a name."""
    word = run.group()
    if " " in word or segment[:run.start()].strip(" \t\"'\u201c\u2018(") or not word[1:].islower():
        return False
    lower = word.lower()
    nouns = lexicon.role_nouns()
    singulars = (lower, lower[:-1] if lower.endswith("s") else "", lower[:-2] if lower.endswith("es") else "")
    return any(form in nouns for form in singulars if form)


#: `the 58-year-old`: an age used as a noun, which names a person.
AGE_NOUN = re.compile(r"\d{1,3}-year-old")


def _is_head_noun(word: str) -> bool:
    """Whether a lowercase word can end a description: not a function word, adverb or determiner."""
    word = word.lower()
    if AGE_NOUN.fullmatch(word):
        return True
    # `-ly` marks an adverb (`recently said`), unless the word is a noun for people (`family`, `ally`).
    return word.isalpha() and word not in _PHRASE_STOP and word not in _DETERMINERS and \
        not (word.endswith("ly") and not lexicon.person_word(word)) and len(word) > 2


#: `some`, `a few`, `someone` ending a stretch, opening it or after `and`/`but`: the whole subject.
_QUANTIFIER_SUBJECT = re.compile(r"(?:^|(?<=\s)(?:and|but)\s+)(?P<word>(?:a\s+)?[A-Za-z]+)$")


def _quantifier_subject(segment: str, start: int, end: int) -> Phrase | None:
    """`"...," some said`, `The crowd booed, and someone shouted`: a quantifier or an indefinite pronoun
    (`quantifier_pronouns.txt`) standing alone as the subject speaks for people the article leaves unnamed.
    Not after another word (`No one said`, `for some`), where it is no subject or only a determiner, nor
    after a bare comma (`Hundreds of letters came, many addressed to him`), which sets off a phrase of its own."""
    match = _QUANTIFIER_SUBJECT.search(segment, max(0, len(segment) - 16))
    if match is None or match.group("word").lower() not in lexicon.quantifier_pronouns():
        return None
    return Phrase(start + match.start("word"), end, match.group("word"), "description")


def _description_before(segment: str, start: int, end: int) -> Phrase | None:
    """`another commenter`, `one Trump campaign source`, `officials`: a speaker named by a description."""
    quantifier = _quantifier_subject(segment, start, end)
    if quantifier is not None:
        return quantifier
    match = _search_end(_DESCRIPTION_END, segment, _DESCRIPTION_WORDS)
    if match and _is_head_noun(match.group().split()[-1]):
        first = _past_reporting_verb(segment, match.start(), match.end())
        return Phrase(start + first, end, _clean(segment[first:match.end()]), "description")
    match = _BARE_PLURAL.match(segment)
    if match and _is_head_noun(segment.split()[-1]) and not segment.split()[-1].endswith("ss"):
        return Phrase(start, end, _clean(segment), "description")
    return None


_PLURAL_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'\u2019-]*\s+|[a-z][\w-]*\s+)?(?P<noun>[A-Za-z][a-z-]*[a-z]s)(?=\s+[a-z])")


#: `cycling advocates `, `critics `: a bare plural, perhaps with one modifier, at the end of a stretch, and what
#: stands before it.
_PEOPLE_BEFORE = re.compile(r"(?P<before>\S+)?\s+(?P<phrase>(?:(?P<modifier>[a-z][\w-]*)\s+)?(?P<noun>[a-z]+s))\s*$")
#: Words that make the bare plural after them their object or a conjunct, not a subject.
_NOT_BEFORE_A_SUBJECT = frozenset("of for by with from among to on in at and or than as".split())


def people_before_verb(text: str, start: int, end: int) -> Phrase | None:
    """`a decision cycling advocates called "a betrayal"`, `a move critics call "a grab"`: a bare plural noun for
    people (its singular a person noun, `lexicon.person_word`) right before a verb at `end` is the verb's
    subject, in a relative clause whose object is the noun before it. Not after a preposition (`a group of
    residents called "Save the Park"` names the group)."""
    match = _PEOPLE_BEFORE.search(text, max(start, end - 50), end)
    if match is None or match.group("noun").endswith("ss") or not lexicon.person_word(match.group("noun")[:-1]):
        return None
    for word in (match.group("modifier"), match.group("before")):
        if word and word.lower() in _NOT_BEFORE_A_SUBJECT:
            return None
    if match.group("modifier") and (match.group("before") or "").lower() in _DETERMINERS_BEFORE:
        # `a move critics call`: the word after the article heads the noun the clause is about, not the subject.
        return Phrase(match.start("noun"), match.end("noun"), match.group("noun"), "description")
    return Phrase(match.start("phrase"), match.end("phrase"), match.group("phrase"), "description")


_DETERMINERS_BEFORE = frozenset("a an the this that its his her their our one another".split())


def plural_subject(text: str, start: int, end: int) -> Phrase | None:
    """`protesters chanted`, `Canadian officials said`: a bare plural that opens a clause."""
    match = _PLURAL_SUBJECT.match(text, start, end)
    if match is None or not _is_head_noun(match.group("noun")) or match.group("noun").endswith("ss"):
        return None
    lead = len(match.group()) - len(match.group().lstrip())
    return Phrase(match.start() + lead, match.end(), match.group().strip(), "description")


#: A word with what clings to it, as a noun phrase read forward splits it.
_NON_SPACE = re.compile(r"\S+")


@cache
def _stop_words(allowed: frozenset[str]) -> frozenset[str]:
    """The words that end a noun phrase read forward, but those `allowed` in it: made once for each of the few
    sets the callers pass, not once per call (a new set each time) or per word."""
    return _PHRASE_STOP - allowed


def _words(segment: str, allowed: frozenset[str] = frozenset()) -> list[re.Match[str]]:
    """The words of a noun phrase read forward, up to the first word or mark that ends it."""
    words: list[re.Match[str]] = []
    stop = _stop_words(allowed)
    for match in _NON_SPACE.finditer(segment):
        word = match.group()
        bare = word.rstrip(",;:.)")
        if bare.lower() in stop and not bare[:1].isupper() or not bare or bare[0] in "(\"\u201c'":
            break
        words.append(match)
        if word != bare and not (word.endswith(".") and _is_abbreviation(bare + ".")) or len(words) == 8:
            break
    return words


def _is_abbreviation(word: str) -> bool:
    """`Gov.`, `E.`, `U.S.`: a full stop that does not end the sentence. A title spelled out in full
    (`King`, `Lady`, `Pope`) is a whole word, and a full stop after it ends the sentence (`said head coach
    Darren King.`): only a title the word list writes with its own full stop is shortened."""
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word)) and (len(word) <= 2 or word in lexicon.titles()
                                                                           or word.count(".") > 1)


def _is_verb(word: str) -> bool:
    """A past form or a verb of saying (`sentenced`, `told`, `says`): what a description does not hold."""
    word = word.rstrip(",;:.")
    return lexicon.is_past_form(word) or word in lexicon.cue_verbs().forms


def _affiliation_after_name(words: list[re.Match[str]], at: int) -> bool:
    """`Ida Roe of the Harbor Policy Center`, `former Gov. Ida Roe of the Liberty Party`, `Mr. Roe of the
    Liberty Party`: `of the` and a capitalised word right after a person's name, of two words or more or a
    surname after an honorific, say where that person works; the body is no part of the name. Not after an
    office (`Secretary of the Treasury Jo Lew`), whose `of the` words name what it is over."""
    if at < 2 or words[at + 1].group() != "the" or at + 2 >= len(words) or not words[at + 2].group()[:1].isupper():
        return False
    run: list[str] = []
    for match in reversed(words[:at]):
        if not match.group()[:1].isupper():
            break
        run.insert(0, match.group())
    return len(person_name(run)) >= 2 or len(run) >= 2 and honorific_gender(run[-2] + " ", len(run[-2]) + 1) is not None


#: The words that end other noun phrases but not a name's description (`oil and gas worker`, `secretary of state`).
_DESCRIPTION_JOINERS = frozenset({"and", "of"})


def _described_name(segment: str, start: int) -> Phrase | None:
    """`said former Wisconsin Gov. Ann Lee`, `said undecided voter Jo Hart of Derry`, `said oil and gas worker
    Mo Rahn`, `said former secretary of state Ann Lee`: the name heading a description."""
    words = _words(segment, _DESCRIPTION_JOINERS)
    for i, match in enumerate(words[:-1]):
        if match.group() == "of" and (words[i + 1].group()[:1].isupper() or _affiliation_after_name(words, i)):
            words = words[:i]  # `Jo Hart of Derry`, `founder of Nordpress`: "of" before a name ends the phrase
            break
    if not any(w.group()[:1].islower() for w in words):
        return None
    first_lower = next(i for i, w in enumerate(words) if w.group()[:1].islower())
    if first_lower >= 2 and _is_verb(words[first_lower].group()):
        return None  # `Judge Ann Moe sentenced Tom Beck`: a name, then its verb, not a description
    tail: list[re.Match[str]] = []
    for match in reversed(words):
        if not match.group()[:1].isupper():
            break
        tail.insert(0, match)
    if not tail or len(tail) == len(words):
        return None
    before = len(words) - len(tail) - 1
    if words[before].group() in ("of", "the"):
        # `said Secretary of the Treasury Ann Lee`: the office's portfolio opens the capitals after `of`.
        tail = tail[portfolio_length([m.group().rstrip(",;:.") for m in tail]):]
        if not tail or _office_of_a_body(segment[:tail[0].start()], [m.group().rstrip(",;:.") for m in tail]):
            return None  # `the chair of the Shippers Association`: the body whose office the role is
    if before >= 1 and _is_verb(words[before].group()) and not words[before - 1].group().endswith("ly") and \
            words[before - 1].group().lower() not in _DETERMINERS:
        # `A federal judge sentenced Tom Beck`: the name after a verb is its object (not after `the embattled`,
        # `newly elected`, where the -ed word is an adjective)
        return None
    name = person_name([m.group().rstrip(",;:.") if not _is_abbreviation(m.group()) else m.group() for m in tail])
    if len(name) < 2 and not (len(tail) > len(name) and _is_title(tail[-len(name) - 1].group())):
        return None
    name_text = _clean(" ".join(name))
    if not name_text:
        return None
    offset = start + tail[-len(name)].start()
    return Phrase(offset, offset + len(name_text), name_text, "name")


def _description_after(segment: str, start: int) -> Phrase | None:
    """`said a Democratic strategist who ...`, `said one of the players`: a description read forward."""
    words = _words(segment)
    if not words or words[0].group().lower() not in _DETERMINERS or len(words) < 2:
        return None
    end = words[-1].end()
    rest = segment[end:]
    of = re.match(r"\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'\u2019-]+", rest)
    if of and words[-1].group() == words[-1].group().rstrip(",;:."):
        end += of.end()
    text = _clean(segment[words[0].start():end])
    if not _is_head_noun(text.split()[-1].strip("'\u2019")):
        return None
    return Phrase(start + words[0].start(), start + words[0].start() + len(text), text, "description")


#: `head of the `, `chair of `: a noun in lower case, then `of` and maybe `the`, right before capitals.
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?$")


def _office_of_a_body(before: str, tokens: list[str]) -> bool:
    """`the head of the Dockworkers Union`, `the chair of the Shippers Association`: capitals after a role noun's
    `of` that a word for a body (`org_nouns.txt`) closes, after a word that is no known first name, name the
    body whose office the role is; the role's holder speaks, not a person named like Stephen King (a title
    closing a name after a given name is a surname)."""
    if len(tokens) < 2 or tokens[-1] not in lexicon.org_nouns() or _is_title(tokens[-1]) or \
            first_name_gender(tokens[-2]):
        return False
    noun = _NOUN_OF_BEFORE.search(before, max(0, len(before) - 40))
    return noun is not None and lexicon.role_nouns().get(noun.group("noun")) == "person"


def _names_a_person(run: re.Match[str] | None) -> bool:
    return bool(run and person_name(run.group().split()))


#: `, Health and `: the end of a series of capitalised words whose commas `and` closes.
_SERIES_BEFORE = re.compile(r",\s+[A-Z][^,]{0,40}\s(?:and|&)\s+$")


def _closes_a_series(segment: str, run: re.Match[str]) -> bool:
    """`a spokesperson for Food, Health and Consumer Products`: capitals after `and` that closes a series
    begun after a comma are the last words of one long name of a body, not a person's name."""
    return _SERIES_BEFORE.search(segment, max(0, run.start() - 60), run.start()) is not None


_FOR_SOMEONE = re.compile(r"\s(?:for|to|representing)\s+$", re.IGNORECASE)


_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][\w-]*\s+(?:for|to|representing)\s+$")


def _serves_the_named(segment: str, run: re.Match[str] | None) -> bool:
    """`a spokeswoman for Duval`, `an adviser to Foreign Minister Ana Lee`, `a lawyer representing Tom Roe`:
    the person named is whom the role serves, and the role is the one who speaks (not so in `Foreign
    Minister Ann Lee`).

    A title may stand before the name when the role is a common noun in lower case; a capitalised
    office takes a portfolio after `for` (`Minister for Foreign Affairs Penny Wong`)."""
    if run is None or not _FOR_SOMEONE.search(segment, max(0, run.start() - 15), run.start()):
        return False
    tokens = [token.rstrip(",") for token in run.group().split()]
    name = person_name(tokens)
    if name == tokens:
        return True
    lead = tokens[:len(tokens) - len(name)]
    # `a spokesperson for House Majority Leader Beth Simmons`: the office's words end in a title.
    return bool(name) and _is_title(lead[-1]) and \
        bool(_LOWER_WORD_BEFORE.search(segment, max(0, run.start() - 40), run.start()))


_APPOSITIVE = re.compile(r"\s*,\s*(?=[A-Z]|[a-z]+[ \t]+[A-Z])")
#: `Sen. Ada Lind of Nevada`, `Jo Park from the Vestby Institute`: a name's own affiliation, a preposition and
#: capitalised words, which the set-off name carries before the comma that closes it.
_NAME_AFFILIATION = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z][\w.'\u2019-]*"
                               r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'\u2019-]*)*")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


#: A word in lower case and the space after it: `actress `, `welder `.
_LOWER_NOUN = re.compile(r"([a-z]+)[ \t]+")


def appositive_name(text: str, phrase: Phrase | None, end: int) -> Phrase | None:
    """The name set off after a description: `the navy commander, Adm. Joan Reyes`, `one resident,
    Maria Gomez,`, `the union leader, welder Ida Brun`. The description and the name are one person; the
    name says who."""
    if phrase is None or phrase.kind not in ("role", "description"):
        return None
    comma = _APPOSITIVE.match(text, phrase.end, end)
    if comma is None:
        return None
    start = comma.end()
    noun = _LOWER_NOUN.match(text, start, end)
    if noun is not None and lexicon.person_word(noun.group(1)):
        start = noun.end()  # `Holt's introducer, actress Ida Brun`: a noun for a person before the name
    run = _NAME_RUN_START.match(text, start, end)
    if run is None:
        return None
    affiliation = _NAME_AFFILIATION.match(text, run.end(), end)
    if text[affiliation.end() if affiliation else run.end():end].strip()[:1] not in ("", ",", ".", ";"):
        return None
    tokens = run.group().split()
    if len(tokens) > 1 and any(t.rstrip(".,") in lexicon.org_nouns() or t in lexicon.org_nouns() for t in tokens):
        # `The manufacturer, Nordtek Systems Inc., said`: a body's name says which body.
        body = run.group().rstrip(",;")
        return Phrase(run.start(), run.start() + len(body), body, "name")
    parts = person_name(tokens)
    if len(parts) < 2:
        return None  # `the ministry, Moscow`: one capitalised word may be a place
    name_text = _clean(" ".join(parts))
    offset = run.start() + run.group().rfind(parts[0])
    return Phrase(offset, offset + len(name_text), name_text, "name")


@lru_cache(maxsize=256)
def phrase_after(text: str, start: int, end: int) -> Phrase | None:
    """The speaker-like noun phrase that starts at `start` (`said Mr. Lund of the ...`); recent answers
    are kept, as a quarter of the stretches are read again."""
    found = _phrase_after(text, start, end)
    return appositive_name(text, found, end) or _postmodified_after(text, found, end) or found


@cache
def _postmodifier_next() -> re.Pattern[str]:
    """` close to Ann Lee,`, ` familiar with the talks.`: a postmodifier (`source_postmodifiers.txt`) and its short
    object of up to six words, which a mark or the end of the stretch closes."""
    opening = trie_pattern(lexicon.source_postmodifiers())
    return re.compile(r"\s+(?:" + opening + r")\s+(?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019-]+(?=[,;:.!?]|\s*$)",
                      re.IGNORECASE)


#: The determiners of someone left unnamed: `said a strategist close to the campaign`.
_INDEFINITE_DETERMINERS = frozenset("a an one another some two three several".split())


def _postmodified_after(text: str, found: Phrase | None, end: int) -> Phrase | None:
    """`said one strategist close to Ann Lee, who asked not to be named`: a modifier after the noun for an unnamed
    person (`close to`, `familiar with`) says how they know, and belongs to their description, as it does
    before a cue (`_postmodified_source`); read forward, the phrase would stop at the preposition, or at the
    name it takes, and keep the modifier's first word (`one strategist close`) or a title of that name."""
    if found is None or found.kind not in ("role", "description") or \
            found.text.split()[0].lower() not in _INDEFINITE_DETERMINERS:
        return None
    match = _postmodifier_next().search(text, found.start, end)
    if match is None or match.start() > found.end:
        return None
    head = text[found.start:match.start()].split()
    if len(head) < 2 or not lexicon.person_word(head[-1].lower()):
        return None
    return Phrase(found.start, match.end(), _clean(text[found.start:match.end()]), "description")


def _phrase_after(text: str, start: int, end: int) -> Phrase | None:
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    start += lead
    segment = text[start:end]
    match = _PRONOUN_START.match(segment)
    if match and (len(segment) == match.end() or not segment[match.end()].isalnum()):
        return Phrase(start, start + match.end(), match.group(1), "pronoun")
    styled = _style(_STYLE_START.match(segment), start)
    if styled:
        return styled
    relative = _RELATIVE_NAME.match(segment)
    if relative:
        name = " ".join(person_name(relative.group("name").split()))
        if name:
            offset = start + relative.start("name") + relative.group("name").rfind(name)
            return Phrase(offset, offset + len(name), name, "name")
    epithet = _capitalised_epithet().match(segment)
    if epithet and not _noun_follows(segment, epithet.end()):
        return Phrase(start, start + epithet.end(), epithet.group(), "role")
    described = _described_name(segment, start)
    if described:
        return described
    role = _role_start().match(segment)
    run = _NAME_RUN_START.match(segment)
    office_holder = _office_holder(segment, start, run, role)
    if office_holder:
        return office_holder
    if run and not (role and role.end() > run.end()):
        # `said Moreau's mother`, `Lee's Senate campaign said`: a possessive ends the run or opens its last capitals.
        possessive = run.group().endswith(("'s", "\u2019s")) or _POSSESSIVE_BEFORE_CAPITALS.search(run.group())
        owned = _owned_after_possessive(segment, run.end()) if possessive else 0
        if owned:
            # `said Moreau's mother`: the possessive's owner is whose mother; the noun after it heads the phrase.
            return Phrase(start, start + owned, segment[:owned], "description")
        tokens = run.group().split()
        parts = person_name(tokens)
        if parts:
            name_text = _clean(" ".join(parts))
            offset = start + run.group().rfind(parts[0])
            return Phrase(offset, offset + len(name_text), name_text, "name")
        return Phrase(start, start + run.end(), _clean(run.group()), "role")
    if role:
        end = role.end()
        # `the Kremlin spokesman`: the body's name is a modifier; the role noun after it heads the phrase. So is
        # a body's noun before a noun for a person (`a city councillor`, `a school board trustee`).
        following = _NEXT_WORD.match(segment, end)
        extended = False
        while following and (following.group(1).lower() in lexicon.role_nouns() or
                             lexicon.person_word(following.group(1).lower())):
            end, extended = following.end(), True
            following = _NEXT_WORD.match(segment, end)
        if extended and (held_in := _OF_BODY_NEXT.match(segment, end)):
            end = held_in.end()  # `The chief constable of Harbour Police`: the role noun's own body, after it
        if segment[end:end + 2] in ("'s", "\u2019s"):
            # `the company's operations director`, `The province's top doctor is urging`: the role the possessive's
            # owner has heads the phrase, the last of up to three words that is a noun for a person or a role.
            end = _owned_after_possessive(segment, end + 2) or end
        return Phrase(start, start + end, _clean(segment[:end]), "role")
    return _description_after(segment, start)


#: `Lee's Senate`: a possessive ending inside a run of capitals, before a capitalised modifier of the noun it owns.
_POSSESSIVE_BEFORE_CAPITALS = re.compile(r"['\u2019]s[ \t]+[A-Z]")

#: A word in lower case after a space.
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")


def _owned_after_possessive(segment: str, at: int) -> int:
    """Where the noun phrase a possessive name opens ends (`Moreau's mother`, `Moreau's former campaign
    manager`): its last of up to three words in lower case must be a noun for a person or a role, or one for an
    agent followed by a name in apposition; 0 for none."""
    ends: list[tuple[int, str]] = []
    while len(ends) < 3 and (word := _LOWER_WORD_AFTER.match(segment, at)):
        ends.append((word.end(), word.group(1)))
        at = word.end()
    for end, head in reversed(ends):
        if lexicon.person_word(head) or head in lexicon.role_nouns() or \
                head.endswith(("er", "or")) and _APPOSITIVE.match(segment, end):
            # `Holt's introducer, actress Ida Brun`: an agent noun that a name in apposition says is someone.
            tail = _OF_NOUN_BEFORE_COMMA.match(segment, end)
            return tail.end() if tail else end  # `chief of staff, Joe Kasper,`: the office's `of` words too
    return 0


#: ` of staff` before a comma: the `of` words of an office (`chief of staff`, `director of communications`).
_OF_NOUN_BEFORE_COMMA = re.compile(r"[ \t]+of[ \t]+[a-z][\w-]*(?=,|$)")


#: `of State `, `of the Interior `: the portfolio of an office, then what follows it.
_OF_PORTFOLIO = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _office_holder(segment: str, start: int, run: re.Match[str] | None, role: re.Match[str] | None) -> Phrase | None:
    """`Former Secretary of State Ann Lee endorsed ...`: an office with its portfolio after `of`, then the
    holder's name, which heads the phrase (the portfolio's words are not the name: `State` is none)."""
    ends = [m.end() for m in (run, role) if m is not None]
    if not ends:
        return None
    of = _OF_PORTFOLIO.match(segment, max(ends))
    after = _NAME_RUN_START.match(segment, of.end()) if of else None
    if after is None or not _is_title(segment[:max(ends)].split()[-1]) and \
            segment[:max(ends)].split()[-1].lower() not in lexicon.role_nouns():
        return None
    tokens = after.group().split()
    cut = portfolio_length(tokens)
    name = person_name(tokens[cut:]) if cut else []
    if len(name) < 2:
        return None
    name_text = _clean(" ".join(name))
    offset = start + after.end() - len(" ".join(name))
    return Phrase(offset, offset + len(name_text), name_text, "name")


