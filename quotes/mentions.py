"""People and organisations named in an article, with the roles it gives them.

A model-free reader of names: runs of capitalised words, stripped of titles and
country words, are person names ("Russian Defence Minister Sergei Shoigu" ->
"Sergei Shoigu", role "Russian Defence Minister"); runs that hold an organisation
noun are organisations ("the Russian Foreign Ministry"). Appositions add roles:
"Lena Dahl, executive chair of the board".
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from quotes import lexicon
from quotes.days import MONTH_WORDS
from quotes.gazetteer import is_place_name
from quotes.given_names import first_name_gender, name_gender, sure_first_name_gender
from quotes.text import (
    DATELINE_LEAD,
    LATIN_CAPITALS,
    closes_abbreviation,
    is_cue_word,
    last_words_start,
    sentence_start,
)
from quotes.trie import opening_letters, trie_pattern, word_start_pattern

# A capitalised word; a final full stop only on initials and short abbreviations (J., Mr., St.),
# so that a run never crosses a sentence end ("the United States. Freeland said").
#: Title abbreviations longer than the short ones the pattern allows anyway (`Capt.`, `Prof.`).
_LONG_ABBREVIATIONS = sorted(a for a in lexicon.title_abbreviations() if len(a) > 3)


def _after_its_capital(abbreviation: str) -> str:
    r"""The rest of an abbreviation, once its capital has been read (the whole is checked behind).

    The rest is read first and the capital checked after it (`apt(?<=Capt)\.`): the engine passes over
    an alternative that opens with a letter at the cost of comparing one character, while one that
    opens with the check behind is entered at every capitalised word."""
    if not ("A" <= abbreviation[0] <= "Z"):
        raise ValueError(f"{abbreviation!r}: a title abbreviation opens with a capital")
    return re.escape(abbreviation[1:]) + "(?<=" + re.escape(abbreviation) + r")\."


# Initials (`J.R.`), a short abbreviation (`St.`, `Mr.`), a long title abbreviation, or a capitalised word:
# `(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|(?:Capt|Prof)\.|[A-Z][\w'\u2019-]*`, with the capital that opens each
# read first, so that a pattern opening with one lets the engine skip to the next capital at C speed.
# The capital may be any of the Latin script's (`Ömer`, `Şahin`, `İlham`).
CAP = (r"[" + LATIN_CAPITALS + r"](?:\.(?:[A-Z]\.)+|[a-z]{0,2}\.|"
       + "".join(_after_its_capital(a) + "|" for a in _LONG_ABBREVIATIONS) + r"[\w'\u2019-]*)")
#: The lower-case words that join the parts of a name (`van`, `bin`, `oglu`; `name_particles.txt`), as alternatives.
NAME_PARTICLE = "(?:" + "|".join(sorted(map(re.escape, lexicon.name_particles()), key=len, reverse=True)) + ")"
_JOIN = r"(?:[ \t]+" + NAME_PARTICLE + r"\b){0,2}"
#: `al-Rashidi`, `el-Sisi`: the Arabic article joined to a surname by a hyphen, in lower case.
HYPHENED_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an)-"
#: The Arabic article joined to a surname (`al-Rashidi`), which writers also leave out.
ARTICLE_PREFIX = re.compile("^" + HYPHENED_ARTICLE)
#: `Nurlanbek Turgunbek uulu`, `Aigul Asan kyzy`: Turkic words for "son of" and "daughter of" after a father's name.
PATRONYMIC_AFTER = r"(?:[ \t]+(?:" + "|".join(map(re.escape, sorted(lexicon.patronymics().particles))) + r")\b)?"
_RUN = re.compile(CAP + r"(?:" + _JOIN + r"[ \t]+(?:" + HYPHENED_ARTICLE + r")?" + CAP + r")*" + PATRONYMIC_AFTER)

_ROLE_BEFORE = re.compile(
    r"(?:(?:the|his|her|its|their|former|then)\s+)?(?:[\w-]+\s+){0,8}$", re.IGNORECASE)
STOP_CAPS = frozenset(
    "The A An This That These Those It He She They We I You His Her Its Their Our My Your In On At By For From "
    "With Without To Of And But Or If When While After Before During Since As Also However Meanwhile Then There "
    "Here What Who Why How Which Where Dear Thank Thanks Yes No Not According Today Yesterday Tomorrow Earlier "
    "Later Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Some Many Most All Both Each Every Other Such One Two Three Nothing Everything "
    "Everybody Nobody Somebody Let Please Now Just Only Even Still So Because Although Though Whether Once Over "
    "Under About Among Between Through Into Upon Within Across Against Around Despite Like Unlike Near Per Via "
    "Read Source Photo Video Update Mr Mrs Ms Dr".split())


@dataclass
class Entity:
    """A person or organisation named in one article."""

    name: str
    kind: str  # person | org
    roles: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    short_mentions: int = 0
    person_evidence: int = 0
    gender_votes: dict[str, int] = field(default_factory=dict)
    # Mentions that open their sentence: the sentence is about this person, the likely
    # antecedent of a later "he" or "she".
    subject_positions: list[int] = field(default_factory=list)
    # The gender the name gives its bearer: the first name's usual one in English-language news, or its
    # surname's by grammar (`Tokoev`, `Tokoeva`) ('m', 'f' or None; see `given_names.name_gender`).
    first_name_gender: str | None = None
    # Whether the name opens with a known first name, of either gender: evidence of a person.
    known_given_name: bool = False
    #: An organisation's name without the words for its trade and legal form (`Maple Basket` of `Maple Basket
    #: Foods Ltd.`), where the article names it so too; a person's first name where the article gives only that
    #: and the surname is understood (`Marit` of `Marit Velander`, see `_add_family_surnames`); empty otherwise.
    short_form: str = ""
    #: The titles the article puts before the full name (`Dr.` of `Dr. Alan Langford`), read when first asked
    #: (see `title_bearer`), once every full name of the article is found.
    titles_given: frozenset[str] | None = field(default=None, repr=False, compare=False)
    #: The roles the article writes after a word saying they are held no longer (`former premier`; see
    #: `past_office_words.txt`): the office is someone else's now.
    past_roles: set[str] = field(default_factory=set, repr=False, compare=False)
    #: The words of the name, split once: attribution asks for them of every person of the article
    #: at every surname it resolves. A name never changes.
    tokens: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tokens = tuple(self.name.split())

    @property
    def gender(self) -> str | None:
        """'m' or 'f' where the article's pronouns and honorifics agree on it, else None.

        The first name's usual gender adds one vote, which can cancel a stray pronoun ("Anna Berg
        questioned his plan") but never decides alone: name lists are weakest on the names
        international news is full of (Armenian "Nikol" is a man's name).
        """
        m, f = self.gender_votes.get("m", 0), self.gender_votes.get("f", 0)
        if not (m or f):
            return None
        m, f = m + (self.first_name_gender == "m"), f + (self.first_name_gender == "f")
        return "m" if m > f else "f" if f > m else None

    @property
    def is_person_like(self) -> bool:
        """Named as people are: with a role or title, by surname alone, doing and saying things, or
        taken up by 'he' or 'she'."""
        return self.kind == "person" and bool(self.roles or self.short_mentions or self.person_evidence or
                                              self.gender_votes)

    @property
    def surname(self) -> str:
        """The last word of the name, but a suffix after it (`Lind` of `Tom Lind Jr`)."""
        if len(self.tokens) > 2 and self.tokens[-1] in lexicon.name_suffixes():
            return self.tokens[-2]
        return self.tokens[-1]

    def length_at(self, text: str, position: int) -> int:
        """How long the mention at `position` is: the full name, or the surname said alone."""
        if text.startswith(self.name, position):
            return len(self.name)
        if self.short_form and text.startswith(self.short_form, position):
            return len(self.short_form)
        for start in range(1, len(self.tokens) - 1):
            tail = " ".join(self.tokens[start:])  # a surname of several words (`Le Blanc`)
            if text.startswith(tail, position):
                return len(tail)
        return len(self.surname)


@dataclass
class NameMention:
    start: int
    end: int
    text: str
    entity: Entity


@cache
def _title_words() -> frozenset[str]:
    return frozenset(t.rstrip(".") for t in lexicon.titles())


@cache
def _country_words() -> frozenset[str]:
    out = set()
    for form in lexicon.country_of_word():
        out.update(form.split())
    return frozenset(w for w in out)


# What the word lists say of one word is kept per word: the name reader asks it of every word of
# every run of capitals it has not read before, and the words repeat where the runs do not.
@lru_cache(maxsize=1 << 16)
def _is_title(token: str) -> bool:
    """`Mayor`, `Sen.`; a title in the plural, before names joined by `and` (`Senators Ann Lee and Bo Park`,
    `Reps. Ann Lee and Bo Park`); and a title made of two joined by a hyphen (`Vice-Chief`, `Co-Chair`), whose
    head is its last part."""
    bare = token.rstrip(".")
    if bare in _title_words() or bare[-1:] == "s" and lexicon.regular_singular(bare) in _title_words():
        return True
    head = bare.rpartition("-")[2]
    return bool(head) and head != bare and head in _title_words() and bare.split("-")[0][:1].isupper()


@lru_cache(maxsize=1 << 16)
def _is_country(token: str) -> bool:
    return token.lower() in _country_words() or token.lower().rstrip("s") in _country_words()


@lru_cache(maxsize=1 << 16)
def _is_org_word(token: str) -> bool:
    return token in lexicon.org_nouns() or token.isupper() and len(token) > 1 and token not in _title_words()


def _in_a_name_not_a_body(name: list[str], i: int) -> bool:
    """Is the word at `i`, written as an acronym is, a part of a person's name?

    - Initials before another word of the name: a middle initial (`Emma K. Lund`), given names written
      as initials (`J.K. Lund`, `Ann H.W. Berg`), unless they abbreviate a country, a state or a body
      (`U.S. Steel`, `D.C. United`; `dotted_abbreviations.txt`), and one initial before a given name
      and a surname (`T. Boone Lund`). One initial before a surname alone (`E. Lund`) stands for a given
      name the article may give in full, and is read with that person (`_add_short_mentions`).
    - A suffix that tells namesakes apart after a known given name and a surname (`Tom Lind III`,
      `Queen Elizabeth II`; `name_suffixes.txt`), not after common words (`World War II`).
    """
    word = name[i]
    if i == len(name) - 1:
        return i > 0 and word in lexicon.name_suffixes() and first_name_gender(name[0]) is not None
    if not INITIALS.fullmatch(word) or word in lexicon.dotted_abbreviations() or _is_country(word):
        return False
    return len(word) > 2 or i > 0 or len(name) > 2


#: `U.S.`, `V.`: initials, each a capital and a full stop.
INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: `S.Lavrov`: a given name's initial and the surname with no space between them.
INITIALLED_NAME = re.compile(r"(?:[A-Z]\.)+[A-Z][a-z][\w'\u2019-]*")


def middle_initial(tokens: list[str], i: int) -> bool:
    """`Sergei A. Volkov`, `Mary I. Lind`: a capital and a full stop between a given name and another word of
    the name is a middle initial, though `A` and `I` alone are an article and a pronoun that open no name."""
    return 0 < i < len(tokens) - 1 and len(tokens[i]) == 2 and tokens[i][1] == "." and \
        tokens[i][0].isupper() and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper()


def month_as_given_name(tokens: list[str], i: int) -> bool:
    """`Foreign Minister Jan Lipavsky`, `June Holm`: a month's name opening a person's name (after a
    title, a country or nothing, before another capitalised word) is a given name; after `In`,
    `Since` or `Last` (`In March Putin said`), or with its full stop (`Jan. 5`), it is a date."""
    if tokens[i].rstrip(",") not in MONTH_WORDS or i + 1 >= len(tokens) or tokens[i].endswith(","):
        return False
    following = tokens[i + 1].rstrip(",.")
    if not following[:1].isupper() or following in STOP_CAPS or following in MONTH_WORDS:
        return False
    before = tokens[i - 1].rstrip(",") if i else None
    return before is None or _is_title(before) or _is_country(before) or before in lexicon.org_nouns()


def _split_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(the words before the name, the name itself): the name is the longest tail free of titles,
    places and organisation words ("Oslo MP Kari Nygaard" -> "Kari Nygaard")."""
    if _surname_like_country(tokens[-2:]):
        return tokens[:-2], tokens[-2:]  # `owner Tom French`
    if len(tokens) >= 2 and given_name_like_country(tokens, len(tokens) - 2):
        return tokens[:-2], tokens[-2:]  # `Mayor Georgia Okimaw`
    i = len(tokens)
    last = i - 1 - (i > 2 and tokens[-1].rstrip(".,") in lexicon.name_suffixes())  # `Ann King Jr.`: before it
    if last >= 1 and _is_title(tokens[last]) and tokens[last][-1] != "." and first_name_gender(tokens[last - 1]):
        i = last  # a title word after a first name is a surname: `Larry King`, `Joan Marshal`
    while i > 0 and not (_is_title(tokens[i - 1]) or _is_country(tokens[i - 1]) or
                         tokens[i - 1].lower() in lexicon.headline_verbs() or _place_possessive(tokens[i - 1]) or
                         tokens[i - 1] in STOP_CAPS and not month_as_given_name(tokens, i - 1)
                         or tokens[i - 1] in lexicon.org_nouns() or
                         i < len(tokens) and (_is_person_noun(tokens[i - 1]) or is_party_word(tokens[i - 1]))):
        i -= 1
    if len(tokens) - i >= 3 and tokens[i][1:].islower() and tokens[i].lower().endswith(_AGENT_SUFFIXES) and \
            not first_name_gender(tokens[i]) and first_name_gender(tokens[i + 1]):
        # `Landlord Keith Armitage`, `Wrestler Marcus Okoye`: a noun for a person before a known given name
        # is a description that the sentence's first capital made look like a name.
        i += 1
    return tokens[:i], tokens[i:]


def _place_possessive(token: str) -> bool:
    """`Brazil's`, `Quebec's`: a country's or a place's possessive, which says whose a person is (`Brazil's Lacerda`,
    headline style for the country's president) and is no part of their name."""
    return token.endswith(("'s", "\u2019s")) and (_is_country(token[:-2]) or is_place_name(token[:-2]))


@lru_cache(maxsize=1 << 12)
def is_party_word(token: str) -> bool:
    """`Democrat Ann Lee`, `Republicans Ann Lee and Bo Park`, `Texan Ann Lee`: a capitalised noun for a
    party's member or a state's people (singular or plural) before a name says what the person is, as
    `Senator` does. A word that is also a given name (`Tory`) may open the name and stays."""
    word = lexicon.regular_singular(token) if token.endswith("s") else token
    return word in lexicon.capitalised_epithets() and not first_name_gender(token)


#: Endings of nouns for people by what they do (`wrestler`, `landlord`, `activist`, `assemblywoman`).
_AGENT_SUFFIXES = ("er", "or", "lord", "ist", "ian", "man", "woman", "ant")


@lru_cache(maxsize=1 << 16)
def _is_person_noun(token: str) -> bool:
    """`Farmer`, `Chef`, `Organizer` before a name describe the person; as the last word they are
    the surname (Stephen King, Julie Bishop)."""
    return token.lower() in lexicon.role_nouns() or token.lower() in lexicon.epithet_nouns()


# `[.;:!?()\n\u201c\u201d\"]|,\s`, opening with one character class so that the engine skips to the next
# candidate at C speed: a comma counts only with the space after it.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n\u201c\u201d\",](?:(?<=,)\s|(?<!,))")


#: Small words inside a role: `Minister of Trade and Industry`, `Aide to the President`, `Envoy for Peace`.
_ROLE_JOINERS = frozenset({"of", "the", "for", "and", "on", "in", "to"})


def _role_gender(role: str) -> str | None:
    """'f' for `Spokeswoman`, `Chairwoman`, `Actress`, and the gender of the role words of gender_words.csv
    (`King`): the gender the role's last word gives. A `-man` role is not a man's: news calls women
    `spokesman` and `chairman` too."""
    if not role:
        return None
    word = role.rsplit(None, 1)[-1].lower()
    return lexicon.gender_words().get(word) or ("f" if word.endswith(("woman", "women")) else None)


@cache
def office_abbreviations() -> frozenset[str]:
    """`Sen`, `Gov`, `Capt`: the titles written with a full stop that stand for an office (`role_synonyms.csv`
    spells them out), not an honorific such as `Mr`."""
    return frozenset(a for a in lexicon.title_abbreviations() if a.lower() in lexicon.role_synonyms())


def _last_clause(window: str) -> str:
    """What follows the last clause break of `window`; the full stop of an office's abbreviation (`State Sen.
    Ada Lind`) breaks nothing: the office is the role in front of the name."""
    last = _CLAUSE_BREAK.split(window)[-1]
    at = len(window) - len(last)
    stopped = window[:at - 1].rsplit(None, 1)[-1:] if at and window[at - 1] == "." else []
    if not stopped or stopped[0] not in office_abbreviations():
        return last  # the last break is no office's full stop: the one split, in C, answers
    cut = 0
    for found in _CLAUSE_BREAK.finditer(window):
        if found.group().startswith("."):
            word = window[:found.start()].rsplit(None, 1)[-1:]
            if word and word[0] in office_abbreviations():
                continue
        cut = found.end()
    return window[cut:]


def _head_part(kept: list[str]) -> list[str]:
    """The words of a role read backwards (`kept`) before its first `of`: its head, without the complements
    `of` brings in. A title there (`Minister of Trade`) makes the role after an `and` whole; one in a complement
    does not (`Ambassador Extraordinary and Plenipotentiary of the State of Norland`: `State` names the country,
    and `Plenipotentiary` shares its head with `Extraordinary`)."""
    lowered = [word.lower() for word in kept]
    return kept[len(lowered) - lowered[::-1].index("of"):] if "of" in lowered else kept


def _role_before(text: str, start: int) -> str:
    """The description in front of a name: 'Russian Defence Minister General of the Army'."""
    window = _last_clause(text[max(0, start - 90):start])
    words = window.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(",")
        if bare.lower() == "and" and any(_is_title(k) or k.lower() in lexicon.role_nouns() for k in _head_part(kept)):
            # `Armenian Foreign Minister Ara Mirzo and French Foreign Minister Jean Sejour`: the role after
            # `and` is whole, and what stands before it is another person's (not so `Minister of Trade and`).
            break
        if kept and kept[-1].lower() == "to" and not bare[:1].isupper():
            kept.pop()  # `an aide to Senator Nora Kap`: the aide serves her; `Aide to the President X` is his
            break
        # Right before the name, any noun for a person heads the role (`Northway Freight trucker Gord Haskett`):
        # the name is then a person's, whatever the lists know of the first name.
        if bare[:1].isupper() or bare.lower() in _ROLE_JOINERS or \
                bare.lower() in lexicon.role_nouns() or bare.lower() in _country_words() or \
                not kept and lexicon.person_word(bare.lower()):
            kept.append(bare)
        else:
            break
    if kept and kept[0].lower() in _ROLE_JOINERS - {"and"}:
        # `met Minister Mevlut Cavusoglu in New Delhi`, `Chief Ann Cardinal of the Lake Nation`: a name after a
        # preposition is its object, and what stands before is another name's title.
        return ""
    while kept and kept[-1].lower() in _ROLE_JOINERS:
        kept.pop()
    return " ".join(reversed(kept))


def _held_no_longer(text: str, start: int, role: str) -> bool:
    """`former premier Graham Leckie`, `ex-Premier Ann Lee`: whether the word right before the role in front of
    the name at `start` says its holder held it once (`past_office_words.txt`)."""
    words = text[max(0, start - 120):start].split()
    size = len(role.split())
    if len(words) <= size:
        return False
    before = words[-size - 1].lower()
    if "-" in words[-size]:  # `ex-Premier`: the word is joined to the role's first
        before = words[-size].lower().partition("-")[0]
    return before in lexicon.past_office_words()


def _respective_role(text: str, start: int) -> str:
    """The office a name holds when a title in the plural spreads over countries and names in the same order:
    `Foreign Ministers of Georgia and Armenia Levan Kiknadze and Aram Vardanyan`, `the Turkish and Russian
    Defence Ministers, Hulusi Demir and Pavel Sorokin`: each name is the title's holder in the country of its
    own rank (`Defence Minister of Russia` for the second), countries the lists know. Agency copy of summits
    names leaders so; "" where the window before the name is no such coordination, or the name ranks past the
    countries."""
    window = text[max(0, start - 160):start]
    raw = window[window.rfind(".") + 1:].split()
    words = [w.strip(",") for w in raw]  # commas join the countries and the names: read apart
    title = next((i for i in range(len(words) - 1, -1, -1) if _plural_title(words[i])), None)
    if title is None:
        return ""
    office_start = title  # and the title's modifiers before it (`Foreign`, `Defence`)
    while office_start > 0 and words[office_start - 1][:1].isupper() and \
            words[office_start - 1].lower() not in lexicon.country_of_word():
        office_start -= 1
    if title + 1 < len(words) and words[title + 1] == "of":  # the countries after the title
        countries, used = _coordinated_countries(words[title + 2:])
        names = raw[title + 2 + used:]
    else:  # the countries' adjectives before it
        backwards, used = _coordinated_countries(words[:office_start][::-1])
        countries, names = backwards[::-1], raw[title + 1:]
        if used == 0 or office_start - used > 0 and words[office_start - used - 1][:1].isupper() and \
                words[office_start - used - 1] != "The":
            return ""  # a capitalised word before the adjectives: they are part of something else
    rank = _names_before(names)
    if len(countries) < 2 or rank is None or rank >= len(countries):
        return ""
    office = [*words[office_start:title], lexicon.regular_singular(words[title]) or words[title]]
    return f"{' '.join(office)} of {countries[rank]}"


def _plural_title(word: str) -> bool:
    """`Ministers`, `Presidents`: a capitalised title in the plural."""
    singular = lexicon.regular_singular(word) if word[:1].isupper() else None
    return singular is not None and singular in _title_words()


def _coordinated_countries(words: list[str]) -> tuple[list[str], int]:
    """The countries named first in `words` (`Georgia and Armenia`, `Norland, Vestria and Kelm` with its commas
    read off, one or two words each, by name or adjective, `the` allowed), as country names, and how many words
    they take; ([], 0) unless two or more are joined, the last by `and`."""
    country_of = lexicon.country_of_word()
    countries: list[str] = []
    i, last = 0, False
    while True:
        if i < len(words) and words[i].lower() == "the":
            i += 1
        span = next((n for n in (2, 1) if i + n <= len(words) and " ".join(words[i:i + n]).lower() in country_of), 0)
        if not span:
            return [], 0
        countries.append(country_of[" ".join(words[i:i + span]).lower()])
        i += span
        if last:
            return countries, i
        if i < len(words) and words[i] == "and":
            last, i = True, i + 1


def _names_before(tokens: list[str]) -> int | None:
    """How many names, each closed by `and` or a comma, stand before the name being read (`Levan Kiknadze and`,
    `Ada Lind, Bo Park and` are one and two); None when the words are no such list."""
    names, current = 0, 0
    for token in tokens:
        if token in ("and", ","):
            names, current = names + (current > 0), 0
            continue
        if not token[:1].isupper():
            return None
        current += 1
        if token.endswith(","):
            names, current = names + 1, 0
    return names if current == 0 else None


#: `President Ana Rus of Moldova`: a country named after a titled name.
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)")

#: `The campaign manager, Kay Dunn,`, `Mr. Berg's lawyer, Kay Dunn,`, `Her agent, Dan Fry,`: a definite
#: description set off before a name in apposition.
_APPOSED_BEFORE = re.compile(r"(?<!\bof\s)(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[\w.]+['\u2019]s)\s+"
                             r"(?P<role>(?:(?!of\s)[\w-]+\s+){0,3}(?P<head>[A-Za-z][\w-]*)"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?),\s+$")
#: What closes a name in apposition: a comma, or the end of its sentence (`was received by the Prime
#: Minister of Norland, Ivo Dran.`).
_APPOSED_NAME_END = re.compile(r"[,;]|\.(?:\s|$)")


def _apposed_role_before(text: str, start: int, end: int) -> str:
    """The role of a description set off before a name that a comma or its sentence's end closes (`The
    campaign manager, Kay Dunn, said`, `received by the Prime Minister of Norland, Ivo Dran.`): what
    `Campaign manager Kay Dunn` would say with a title; agency copy capitalises the office and gives its
    country after `of`."""
    if not _APPOSED_NAME_END.match(text, end) or not text[max(0, start - 2):start].startswith(","):
        return ""
    match = _APPOSED_BEFORE.search(text, max(0, start - 60), start)
    if match is None or not lexicon.person_word(match.group("head").lower()):
        return ""  # `His brother, Dan Garza,`, `The campaign manager, Kay Dunn,`: a noun for a person
    return match.group("role")


#: Words that follow a verb, not an adjective, at the head of what comes after a name (`met his`, `visited the`).
_DETERMINERS_AND_PREPOSITIONS = frozenset("the a an his her their its to on with in at for by from".split())

_APPOSITION = re.compile(r"^,\s+((?:the\s+|a\s+|an\s+)?[^,.;:\"\u201c\u201d]{3,80}?)(?:,|\.|\s+(?:said|says)\b)")


#: The votes that give a name its gender surely (`_vote_gender`): an honorific's, or a pronoun's that reports the
#: name's own words (`Lee said he`). A pronoun merely later in the sentence gives one (`The Harbor Times
#: reported that he`), and is as often someone else.
_SURE_GENDER_VOTE = 2


def always_after_the(text: str, entity: Entity) -> bool:
    """`a reporter from the Dorvash Times`, `the Velmor Institute`: an English personal name takes no article,
    so a name the article puts after `the` at every mention is no one `he` or `she` can take up. Not where a
    pronoun reporting its words or an honorific gives it a gender, nor where it opens with a known first name
    (`the Tom Reyes campaign`: a person's name used as a modifier), unless the name after `the` is itself the
    subject of a verb of saying (`The Washington Post reported`): then it modifies no noun, and a title of the
    press or a body may open with a word that is also a given name. A headline drops its articles (`Raptors
    rally late`), so a mention in it says nothing either way; the body must put the name after `the`. A name in
    the plural may stand after `a` too, as a noun's modifier (`the Blue Jays ... a Blue Jays cap`): a team's."""
    if max(entity.gender_votes.values(), default=0) >= _SURE_GENDER_VOTE:
        return False
    headline_end = _headline_end(text)
    body = [p for p in entity.positions if p > headline_end]
    if not any(text[max(0, p - 4):p].lower() == "the " for p in body):
        return False  # most names stand after `the` nowhere: asked first, as it costs least
    if entity.known_given_name and not any(_reports_after_the(text, entity, p) for p in body):
        return False
    if all(text[max(0, p - 4):p].lower() == "the " for p in body):
        return True
    # `the Blue Jays ... a Blue Jays cap`: a name in the plural is a team's or a family's, which the article
    # puts after `the`, or after `a` or before a noun for a person as the modifier of that noun (`Jets coach
    # Ada Roe`); a person's name in the singular takes neither.
    return _plural_name(entity.name) and any(text[max(0, p - 4):p].lower() == "the " for p in body) and \
        all(_ANY_ARTICLE_BEFORE.search(text, max(0, p - 4), p) or _modifies_a_person_noun(text, entity, p)
            for p in body)


#: A space and a word in lower case: the noun a name may modify (`Jets coach`).
_LOWER_WORD = re.compile(r" ([a-z][a-z-]+)\b")


def _reports_after_the(text: str, entity: Entity, position: int) -> bool:
    """`The Washington Post reported`, `the Lincoln Journal said`: the mention after `the` is the subject of a
    verb of saying, the word right after it."""
    if text[max(0, position - 4):position].lower() != "the ":
        return False
    word = _word_after(text, entity, position)
    return word is not None and is_cue_word(word)


def _modifies_a_person_noun(text: str, entity: Entity, position: int) -> bool:
    """`Jets coach Ada Roe`, `Oilers captain`: the mention stands before a noun for a person, as a modifier,
    which no one's own name does."""
    word = _word_after(text, entity, position)
    return word is not None and lexicon.person_word(word)


def _word_after(text: str, entity: Entity, position: int) -> str | None:
    """The word in lower case right after the entity's mention at `position`, if one follows it."""
    word = _LOWER_WORD.match(text, position + entity.length_at(text, position))
    return word.group(1) if word else None


def _headline_end(text: str) -> int:
    """Where a headline over the article ends: its first line, when that line closes with no full stop or
    other end of a sentence, as headlines do; -1 where the article opens with its lead."""
    end = text.find("\n")
    line = text[:end].rstrip().rstrip("\"\u201d'\u2019")
    return end if end > 0 and line and line[-1] not in ".!?" else -1


#: `the `, `a `, `an ` right before a mention.
_ANY_ARTICLE_BEFORE = re.compile(r"(?:\bthe|\ba|\ban) $", re.IGNORECASE)


def _plural_name(name: str) -> bool:
    """`Blue Jays`, `Oilers`: a name whose last word is a plural in -s (not -ss, nor a possessive)."""
    last = name.split()[-1]
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "\u2019s", "us", "is"))


def _described_as_a_body(entity: Entity) -> bool:
    """`Fraser Health, the regional health authority,`: a name in apposition with a description of a body
    names that body, for apposition joins two words for one thing. Only with no description of a person
    beside it and no pronoun or honorific giving it a gender (`Ann Lee, the head of the union`: a person)."""
    if entity.gender_votes:
        return False
    heads = [lexicon.role_nouns().get(_role_head(role)) for role in entity.roles]
    bodies = [role for role, head in zip(entity.roles, heads, strict=True) if head == "org"]
    return any(_ARTICLE_LEAD.match(role) for role in bodies) and "person" not in heads


#: What opens an indefinite or definite description: `the regional health authority`, `an arm's-length agency`.
_ARTICLE_LEAD = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
#: A preposition or a relative word ends the head of a description: `a reporter for the paper`, `an expert
#: who writes about the Kremlin`.
_HEAD_END = re.compile(r"\s(?:of|for|at|in|with|from|to|on|by|about|who|whose|which|that|where)\s")


def _role_head(role: str) -> str:
    """The head noun of a description: `the regional health authority` -> `authority`, `the head of the union`
    -> `head`, `a reporter for the paper` -> `reporter`."""
    words = _HEAD_END.split(role, maxsplit=1)[0].split()
    return words[-1].lower().strip(",") if words else ""


#: A preposition (and `the`) before a name, which makes the name its object: `on the Caspian Sea`, `to Reuters`.
_GOVERNED_BY = re.compile(r"\b(?:on|in|at|of|about|over|with|to|for|from|near|into|across|around|by|under)"
                          r"\s+(?:the\s+)?$")


#: Forms of `say` and `tell` that open a predicate after a name set off by commas.
_SAYING_FORMS = frozenset({"said", "says", "told", "tells", "added", "wrote", "writes"})


def _role_after(text: str, start: int, end: int) -> str:
    """An apposition after a name: ', deputy chair of the harbour board,'.

    Not a description that a cue verb follows after a name governed by a preposition (`Asked about the
    talks on the Caspian Sea, the diplomat said`, `In a comment to Reuters, the ministry said`): the name
    closes a fronted phrase, and the description is the subject of the main clause, not the name's.
    """
    match = _APPOSITION.match(text[end:end + 100])
    if not match:
        return ""
    if match.group().endswith(("said", "says")) and \
            (_GOVERNED_BY.search(text, max(0, start - 12), start) or _closes_fronted_phrase(text, start)):
        return ""
    role = match.group(1).strip()
    words = role.split()
    if _ends_in_a_clause_of_saying(words):
        return ""
    if lexicon.is_past_form(words[0]) and len(words) > 1 and \
            words[1].lower() in _DETERMINERS_AND_PREPOSITIONS:
        # `The foreign minister, Sergei Lavrov, met his counterpart`: the name closes an apposition and a
        # predicate follows, not another.
        return ""
    if words[0] in _SAYING_FORMS:
        # `A spokesperson for the port, Ida Lund, said the ruling ...`: a verb of saying opens the predicate.
        return ""
    head_words = {w.lower().strip(",") for w in role.split()}
    return role if head_words & set(lexicon.role_nouns()) else ""


#: The first word of a phrase fronted before the subject: a preposition or a participle (`Responding`).
_FRONTED_OPENING = re.compile(r"(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ff]ollowing|[Aa]mid|"
                              r"[Ww]ith|[Ff]or|[Ff]rom|[Tt]o|Asked|(?P<participle>[A-Z][a-z]{2,}ing))\b")


def _closes_fronted_phrase(text: str, start: int) -> bool:
    """`Responding to opposition MP Ann Lee, the minister said`: a name closing a phrase fronted before the
    subject (one that opens its sentence with a preposition or a participle and holds no comma before the
    name) is followed by the subject of the main clause, not by an apposition of the name, whatever the
    titles between the preposition and the name; nor when the comma before the name is its own, setting it off
    after a description in that phrase (`Asked about the housing minister, Aoife Kerr, the premier said`)."""
    begin = sentence_start(text, max(0, start - 200), start)
    if begin >= start or "," in text[begin:start].rstrip().removesuffix(","):
        return False
    opening = _FRONTED_OPENING.match(text, begin)
    # `Beijing envoy Ann Lee, ...`: a place is no participle.
    return opening is not None and not (opening.group("participle") and is_place_name(opening.group()))


def _ends_in_a_clause_of_saying(words: list[str]) -> bool:
    """`Asked whether he would fire the Joint Chiefs, the governor replied, "..."`: a description followed by
    a verb of saying is the subject of the main clause after a fronted one, not an apposition of the name
    closing that clause; an apposition is a noun phrase, and one ends in a verb only through a relative
    clause (`Ann Lee, the nurse who testified,`)."""
    if len(words) < 2 or words[-1].lower() not in lexicon.cue_verbs().forms:
        return False
    return not any(w.lower() in _RELATIVE_WORDS for w in words)


_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})


def _counterpart_before(text: str, start: int) -> str:
    match = _COUNTERPART.search(text, max(0, start - 60), start)
    return match.group(1) if match else ""


_COUNTERPART = re.compile(word_start_pattern(["his", "her", "their"]) + r"\s+((?:[A-Z]\w+\s+)?counterpart),\s*$")


# What follows a person's name: an age, an apposition, a verb, or a pronoun taking it up.
_PERSON_AFTER = re.compile(
    r"(?:,\s+\d{1,3},|,\s+(?:a|an|the|who|whose)\b|\s+(?:is|was|has|had|did|does|will|would|could|can)\b|"
    r"\s+[a-z]+ed\b|\s+[a-z]+s\b(?!\s+of)|'s\s+(?:husband|wife|son|daughter|father|mother|family)\b)")


#: What only precedes a person's name: an age ("16-year-old") or a cue verb ("insists").
_PERSON_BEFORE = re.compile(r"(?:\b\d{1,3}-year-old|\b(?P<verb>[a-z]+))\s+$")


#: `in Fort Collins`, `near Port Ellis`: a run of capitals after these names a place.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")


def _acts_like_a_person(text: str, start: int, end: int) -> bool:
    if _PERSON_AFTER.match(text, end, min(len(text), end + 100)):
        # `A nurse in Fort Collins worked`: the verb is the nurse's, and the run after `in` a place.
        return not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
    before = _PERSON_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and (not before.group("verb") or before.group("verb") in lexicon.cue_verbs().forms)


#: Words that with a country's name make a region, not a body: `Western Canada`, `Central Asia`.
_REGION_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater "
                          "Atlantic Arctic Rural Urban Metro".split())


def named_for_its_country(tokens: list[str]) -> bool:
    """`Health Canada`, `Air Canada`, `Elections Canada`: a capitalised word, then a country's name, is a body
    named for its country (not a region, `Western Canada`, and not a person, `Tom French`)."""
    return len(tokens) == 2 and _is_country(tokens[1]) and tokens[0][:1].isupper() and \
        not _is_country(tokens[0]) and lexicon.role_nouns().get(tokens[0].lower()) != "person" and \
        tokens[0].lower() not in lexicon.gender_words() and tokens[0] not in _REGION_WORDS and \
        tokens[0] not in STOP_CAPS and tokens[0].lower() not in lexicon.stop_words() and tokens[0].isalpha() and \
        not first_name_gender(tokens[0])  # not `Besides China`, `In Canada`


def given_name_like_country(tokens: list[str], i: int) -> bool:
    """`Mayor Georgia Okimaw`, `Jordan Peel`: a country word that is a known first name, then a surname,
    at the head of a name (after titles or nothing) is a given name."""
    return i + 2 == len(tokens) and _is_country(tokens[i]) and not _is_country(tokens[i + 1]) and \
        not _is_title(tokens[i + 1]) and tokens[i + 1] not in lexicon.org_nouns() and \
        (i == 0 or _is_title(tokens[i - 1])) and bool(first_name_gender(tokens[i]))


def _surname_like_country(name: list[str]) -> bool:
    """`Tom French`, `Eva Norwegian`: a country word after a known first name is a surname."""
    # The word lists first: asking the name list is the dearer test, and most pairs fail the others.
    return len(name) == 2 and _is_country(name[1]) and not _is_country(name[0]) and bool(first_name_gender(name[0]))


def _through_possessive(tokens: list[str]) -> list[str]:
    """A possessive ends a name: `Jeanine Dorn's New Work` names Jeanine Dorn, then her work. A
    country's possessive does not: `Canada's Finance Minister Ann Lee` is the country's minister; nor,
    before a title, does a single word's, whatever it is (a place no table knows, `Vardmark's Fisheries
    Minister Edda Kvalnes`): a title there is the owner's office, held by the name after it."""
    for i, token in enumerate(tokens[:-1]):
        if token.endswith(("'s", "\u2019s")) and not _is_country(token[:-2]) and \
                not (any(_is_title(t) for t in tokens[i + 1:]) and (i == 0 or _names_a_division(tokens[:i + 1]))):
            return tokens[:i + 1]
    return tokens


def _names_a_division(tokens: list[str]) -> bool:
    """`Quebec's`, `Nova Scotia's`: a state's or province's possessive ends the run's last words. Before a title
    it says whose office it is (`Quebec's French Language Minister Ana Roy`), as a country's does."""
    last = tokens[-1][:-2]
    return is_place_name(last) or len(tokens) > 1 and is_place_name(f"{tokens[-2]} {last}")


def plural_epithet(word: str) -> bool:
    """`Republicans`, `Democrats`, `Texans`: the plural of a capitalised noun for a kind of person names a
    group of such people; a run of capitals ending in one (`House Democrats`, `Senate Republicans`) is
    no person's name, and must not stand for `he` or `she`."""
    return word.endswith("s") and word[:-1] in lexicon.capitalised_epithets()


def _new_person(name: str) -> Entity:
    """A person entity; a name that opens with a known first name is evidence of a person."""
    words = name.split()
    given = words[0]
    entity = Entity(name, "person", first_name_gender=name_gender(given, words[-1]),
                    known_given_name=first_name_gender(given) is not None)
    if entity.known_given_name:
        entity.person_evidence += 1
    return entity


@lru_cache(maxsize=1 << 16)
def _read_run(run: str) -> tuple[str, int, str, bool] | None:
    """What a run of capitalised words names, whatever article it stands in: (kind, where the name
    starts in the run, the name, whether a title leads it), or None for no one.

    kind is `person` (a name of two to four words), `single` (one word, a person only if the
    article shows it) or `org` (an acronym-led organisation name). Runs repeat across
    articles ("The", "Prime Minister"), so the reading is kept.
    """
    tokens = _without_post_nominals(_through_possessive(run.split()))
    if named_for_its_country([t.rstrip(".,") for t in tokens]):
        return "org", 0, " ".join(tokens).rstrip(".,"), False
    lead, name = _split_name(tokens)
    if not name or name[-1].rstrip(".,") in lexicon.capitalised_epithets() and not first_name_gender(name[0]):
        return None  # `The Vermont Democrat`, `the Texan`: a description of someone, not a name (Mark Cuban is one)
    if plural_epithet(name[-1].rstrip(".,")):
        return None  # `Senate Republicans`, `Ohio Democrats`: a group of people, not one person's name
    skipped = len(" ".join(tokens[:len(lead)])) + (1 if lead else 0)
    name_text = " ".join(name).rstrip(".'\u2019").removesuffix("'s").removesuffix("\u2019s")
    if any(_is_org_word(t) and not _in_a_name_not_a_body(name, i) for i, t in enumerate(name)) or \
            any(_is_country(t) for t in name) and not _surname_like_country(name) \
            and not given_name_like_country(tokens, len(lead)):
        # A country's word in the name makes it no person's, unless it is the surname after a known first name
        # (`Tom French`) or the known first name itself, with only titles before it (`Mayor Georgia Okimaw`).
        return ("org", skipped, name_text, False) if _acronym_led(name) or _acronym_closed(name) else None
    if any(t.rstrip(".") in STOP_CAPS and not middle_initial(name, i)
           for i, t in enumerate(name) if i >= month_as_given_name(name, 0)) or is_place_name(name_text):
        return None
    if len(name) == 1 and not lead:
        return "single", skipped, name_text, False
    if len(name) == 1 and lead[-1] in lexicon.peerage_titles():
        # `Lord Strathmoor`: a peer is named by the title and one word, and the title is part of that name.
        skipped -= len(lead[-1]) + 1
        return "person", skipped, f"{lead[-1]} {name_text}", True
    core = [t for t in name if t.lower() not in lexicon.name_particles()]  # `Omar bin Saeed Al Qasimi`: three
    if len(name) < 2 or len(core) > 4 or any(t.lower() in {"of", "the"} for t in name):
        return None
    return "person", skipped, name_text, any(_is_title(t) for t in lead)


def _without_post_nominals(tokens: list[str]) -> list[str]:
    """`Daisy Thorne MP`, `Ann Pell KC`, `Eoin Mac Giolla TD`: the run without the letters written after a full
    name for a seat, a rank at the bar or an honour (`post_nominals.txt`), which would otherwise be read as part
    of the name or, in capitals, as a body's acronym. Only after a name that opens with a known given name
    (`Sinn Féin TD`, `Scottish Labour MSP` are a party and a seat)."""
    end = len(tokens)
    while end > 2 and tokens[end - 1].rstrip(".,") in lexicon.post_nominals():
        end -= 1
    if end == len(tokens):
        return tokens
    name = _split_name(tokens[:end])[1]
    return tokens[:end] if len(name) >= 2 and first_name_gender(name[0]) else tokens


def _given_name_and_body_word(text: str, run: str) -> tuple[str, int, str, bool] | None:
    """`Colin Church`, `Marnie House`, `Editor Colin Church`: a known given name, then a word for a body that is
    also a surname, is a person's name where the article goes on to call them by that word alone, with no
    article, beside a verb of saying (`House says`, `says Church`): a body so named is `the church`, never
    `Church`. Titles and nouns for a person may lead the name."""
    bare = run.rstrip(",. ")
    if bare[bare.rfind(" ") + 1:] not in lexicon.org_nouns():
        return None  # most runs end in no word for a body: asked before the run is split
    tokens = [token.rstrip(",.") for token in run.split()]
    if len(tokens) < 2 or tokens[-1] not in lexicon.org_nouns() or not first_name_gender(tokens[-2]):
        return None
    lead = tokens[:-2]
    if not all(_is_title(t) or _is_person_noun(t) for t in lead) or not _surname_said_bare(text, tokens[-1]):
        return None
    skipped = len(" ".join(run.split()[:len(lead)])) + (1 if lead else 0)
    return "person", skipped, " ".join(tokens[-2:]), any(_is_title(t) for t in lead)


def _surname_said_bare(text: str, word: str) -> bool:
    """Whether `word` stands alone as a speaker somewhere: no `the` and no capitalised word before it, and a
    verb of saying right before or after it (`House says`, `says Church`)."""
    forms = lexicon.cue_verbs().forms
    for match in re.finditer(r"\b" + re.escape(word) + r"\b", text):
        before = text[max(0, match.start() - 24):match.start()].split()
        after = text[match.end():match.end() + 24].split()
        previous = before[-1] if before else ""
        following = after[0] if after else ""
        if previous.lower() == "the" or previous[:1].isupper() and previous[-1:].isalnum() or \
                following[:1].isupper():
            continue
        if previous in forms or following.rstrip(".,;:") in forms:
            return True
    return False


@dataclass(frozen=True)
class _CapitalsRead:
    """The runs of capitalised words of a text, read once: each search for a name that opens with a capital asks
    this reading first, rather than entering its own pattern at every capital of the text again."""

    #: (start, end) of each match of `_RUN`, left to right.
    runs: list[tuple[int, int]]
    #: Every piece of word characters in the runs (`O'Hara-Lund` gives `O`, `Hara`, `Lund`). Every capital of a
    #: text stands in a run (the run's pattern matches at any capital), and a run reads a capitalised word to its
    #: end: so every word standing whole in the text (word characters, none right before or after it) that opens
    #: with a capital is among these, and a name whose first word is not can be found nowhere in the text.
    words: frozenset[str]




@lru_cache(maxsize=4)
def _capitals_read(text: str) -> _CapitalsRead:
    """The text's runs of capitalised words and the words in them (`_CapitalsRead`). Kept for the last texts:
    the name reader asks for one article's reading in several places."""
    runs = [match.span() for match in _RUN.finditer(text)]
    # The marks a run holds besides word characters, spaces and tabs (`O'Hara`, `Lund-Berg`, `St.`) split its words:
    # four `str.replace` cost less than one `str.translate`, which looks each character up in a table.
    read = " ".join([text[start:end] for start, end in runs])
    words = frozenset(read.replace("'", " ").replace("\u2019", " ").replace("-", " ").replace(".", " ").split())
    return _CapitalsRead(runs, words)


def whole_word_starts(text: str, words: frozenset[str] | set[str] | list[str]) -> list[tuple[int, str]]:
    """(start, word) wherever one of `words` (each opening and ending with a word character) stands whole in the
    text, with no word character right before or after it, by `str.find`."""
    found, size = [], len(text)
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(text[at - 1])) and (end == size or not _is_word_char(text[end])):
                found.append((at, word))
            at = text.find(word, at + 1)
    return found


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of capitalised words within a sentence (see `_sentence_pieces`). A possessive ends
    a name, and a name may follow it: `CNN's Abby Lindqvist`, `Nordtek's Ola Berg`, `Fox News' Abby Lindqvist` name
    a body and then one of its people, where the word after the possessive is a given name (`Jeanine Dorn's New
    Work` names her, then her work)."""
    for span in _capitals_read(text).runs:
        # Most runs hold no full stop and are one piece: the pieces are read here, not by a generator of their own
        # that each run would pass through.
        for start, end in _sentence_pieces(text, *span) if text.find(".", *span) >= 0 else (span,):
            if (text.find("s", start, end) < 0 and text.find("S", start, end) < 0) or \
                    (text.find("'", start, end) < 0 and text.find("\u2019", start, end) < 0):
                yield start, end  # most runs hold no possessive, and three finds cost less than the pattern
                continue
            for possessive in _POSSESSIVE_IN_RUN.finditer(text, start, end):
                following = text[possessive.end():end].split(maxsplit=2)
                if following and (first_name_gender(following[0]) or
                                  len(following) == 2 and _ACRONYM_OWNER.search(text, start, possessive.start())):
                    # The owner's name with its `'s` (read off with it later), or without a bare apostrophe.
                    yield start, possessive.start() + (2 if possessive.group()[1:2] == "s" else 0)
                    start = possessive.end()
            yield start, end


def _sentence_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each piece of the run of capitalised words text[start:end] within a sentence. The run's
    pattern lets a short word keep its full stop (`St.`, `Mr.`, `Jr.`); a short word that is no abbreviation
    (`Lee.`, `Moe.`, `Li.`) and closes a name of two words or more ends its sentence, and the capitalised word
    after it (`Ann Lee. Opening the talks, ...`) opens the next one."""
    pieces = []
    for stop in _SHORT_WORD_STOP.finditer(text, start, end):
        # The run's first word may be a title abbreviation the lists lack (`Del. Ann Lee`); a short word
        # after another capitalised one closes a name.
        if text.find(" ", start, stop.start()) >= 0 and \
                not closes_abbreviation(text[max(start, stop.start() - 3):stop.end()]):
            pieces.append((start, stop.start()))
            start = stop.end() + len(text[stop.end():end]) - len(text[stop.end():end].lstrip())
    pieces.append((start, end))
    return pieces


#: A short capitalised word's full stop before the next word of a run (`Lee. Opening`). Written to open with the
#: full stop, which the engine skips to, and to look back from after it: the plain
#: `(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.(?=[ \t]+[A-Z])` enters its look-behinds at every character.
_SHORT_WORD_STOP = re.compile(r"\.(?:(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.))(?=[ \t]+[A-Z])")


#: `'s`, or the apostrophe alone after a name ending in an s (`Fox News' Ann Hollis`, `CBS' Ann Hollis`).
_POSSESSIVE_IN_RUN = re.compile(r"(?:['\u2019]s|(?<=[sS])['\u2019])[ \t]+")
#: `CBC's`, `KTVU's`: an acronym right before a possessive, a body (most often a broadcaster or an agency),
#: whose person the two capitalised words after it name, known given name or not (`CBC's Harjit Dhaliwal`).
_ACRONYM_OWNER = re.compile(r"(?:^|(?<=\s))[A-Z]{2,5}$")


@lru_cache(maxsize=4)
def find_entities(text: str) -> tuple[list[Entity], list[NameMention]]:
    """People and organisations named in the text, and where each is named.

    Detection and attribution both read them; the small cache spares reading a text twice.
    """
    entities: dict[str, Entity] = {}
    mentions: list[NameMention] = []
    singles: list[tuple[str, int]] = []
    named_like_bodies: set[str] = set()
    joined = [(start, end) for _, start, end in ampersand_bodies(text)]
    for run_start, run_end in _runs(text):
        if joined and any(start <= run_start and run_end <= end for start, end in joined):
            continue  # `Procter & Gamble`, `Red Deer & District SPCA`: a part of a body's name, read whole below
        run, match_start = text[run_start:run_end], run_start
        if " " not in run and "\t" not in run and _read_run(run) is None:
            # `The`, `In`: one word that names no one. An office before it could only drop it (no portfolio is cut
            # from one word), and a given name with a body's word takes two.
            continue
        if after_an_office(text, run_start):
            cut = portfolio_length(run.split())
            if not cut and (_ends_an_office_complement(run.split()[-1].rstrip(",")) or
                            portfolio_conjunct(text, run_start, run.split())):
                # `Minister of Digital Development and Transport`: a run after an office that ends on a word of a
                # portfolio is the portfolio alone; the holder's name comes later, if at all.
                continue
            if cut:
                # `Minister of Energy Olga Brandt`: the office's portfolio, then the name.
                run_start += len(" ".join(run.split()[:cut])) + 1
                run = text[run_start:run_end]
        reading = _read_run(run)
        if reading is None:
            reading = _given_name_and_body_word(text, run)
            if reading is not None:
                named_like_bodies.add(reading[2])
        if reading is None:
            continue
        kind, skipped, name_text, titled = reading
        offset = run_start + skipped
        if kind == "org":
            # "BC Hydro", "CBC Radio": an acronym heading a name makes it an organisation's.
            name_text += _local_number(text, name_text, offset)
            entities.setdefault(name_text, Entity(name_text, "org")).positions.append(offset)
            continue
        if name_text not in entities and names_a_settlement(text, offset):
            continue  # the dict asked first: it costs less than the call, and often decides
        if kind == "single":
            singles.append((name_text, offset))
            continue
        if _home_after_person(text, offset, mentions) and name_text not in entities:
            continue
        entity = entities.get(name_text)
        if entity is None:
            entity = entities[name_text] = _new_person(name_text)
        entity.positions.append(offset)
        before = _role_before(text, offset)
        if before and (" and " in before or before.endswith(("s", " and"))) or text.startswith(", ", offset - 2):
            # `Foreign Ministers of Georgia and Armenia Levan Kiknadze and ...`: one office each, not the list.
            before = _respective_role(text, offset) or before
        end = offset + len(name_text)
        apposed = _apposed_role_before(text, offset, end)
        for role in (before, _role_after(text, offset, end), _counterpart_before(text, match_start), apposed):
            if role and role not in entity.roles:
                entity.roles.append(role)
        if before and _held_no_longer(text, offset, before):
            entity.past_roles.add(before)
        country = _COUNTRY_AFTER.match(text, offset + len(name_text))
        if before and country and _is_country(country.group(1)):
            # `President Askar Tokhtarov of Kazakhstan`: the president of Kazakhstan.
            role = f"{before} of {country.group(1)}"
            if role not in entity.roles:
                entity.roles.append(role)
        gender = _role_gender(before) or _role_gender(apposed)
        if gender:
            # `Spokeswoman Maria Vik`: a title that tells the gender, as `Mrs.` does; so does a noun set off
            # before the name (`His mother, Adaeze Obi, ...`).
            entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + 2
        if _acts_like_a_person(text, offset, offset + len(name_text)) or titled:
            entity.person_evidence += 1
        mentions.append(NameMention(offset, offset + len(name_text), name_text, entity))
    for entity in entities.values():
        if _described_as_a_body(entity):
            entity.kind = "org"
    _merge_compound_surnames(entities, mentions)
    _add_nicknamed(text, entities, mentions)
    _add_coordinated_given_names(text, entities, mentions)
    _add_single_names(text, singles, entities, mentions)
    _add_family_surnames(text, entities, mentions)
    _add_short_mentions(text, entities, mentions)
    for entity in entities.values():
        for position in entity.positions:
            _vote_gender(text, entity, position)
            end = position + entity.length_at(text, position)
            if _opens_sentence(text, position) or _closes_apposition(text, position, end) or \
                    heads_a_clause(text, end) and not after_preposition(text, position):
                entity.subject_positions.append(position)
    for org, position, end in _organisations(text):
        if any(org.endswith(name) for name in named_like_bodies):
            continue  # `Editor Colin Church`: the person read by `_given_name_and_body_word`, not a body
        entity = entities.get(org)
        if entity is None:
            entity = entities[org] = Entity(org, "org")
        elif entity.kind == "person" and not entity.roles and is_division_body(org):
            # `Nova Scotia Health confirmed`: a province's name and a portfolio, first read as a person's name
            # for its three capitals (and as one for the verb after it), name the department where no role is given.
            entity.kind = "org"
        entity.positions.append(position)
        # `The Speaker of the Storting, Ola Berg, said`: a body after a preposition is the complement of its
        # holder's office, even in the capitalised words that open a sentence.
        if (_opens_sentence(text, position) or heads_a_clause(text, end)) and not after_preposition(text, position) \
                or _runs_the_subject(text, position, end):
            entity.subject_positions.append(position)
    _add_country_bodies(text, entities, mentions)
    _merge_short_forms(entities, mentions)
    _drop_people_inside_bodies(text, entities, mentions)
    return list(entities.values()), mentions


#: ` of `, ` of the `: what joins a person's name to the place or body they are of.
_OF_BETWEEN = re.compile(r" of (?:the )?")


@cache
def _settlement_of() -> re.Pattern[str]:
    """`the nearby village of `, `the town of `, `the Welsh county of `: a word for a settlement or an area in lower
    case (`settlement_nouns.txt`), after an article and up to two modifiers, and `of` right before a name."""
    nouns = trie_pattern(lexicon.settlement_nouns())
    return re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\s+of\s+$")


def names_a_settlement(text: str, start: int) -> bool:
    """`residents of the nearby village of Pilby Cross had complained`: capitals after a word for a settlement and
    `of` name that place, not a person, though a verb follows them (the subject is the noun the `of` phrase
    modifies: the residents)."""
    if not text.startswith("of ", start - 3):
        return False  # most names follow no `of`, and this costs less than the pattern
    return _settlement_of().search(text, max(0, start - 60), start) is not None


def _home_after_person(text: str, start: int, mentions: list[NameMention]) -> bool:
    """`Chief Ada Sack of Kettle Point said`, `Tom Reyes of Port Hadley`: capitals right after a person's name
    and `of` name where or what the person is of, a place or a body, not a second person (names of people
    take no complement of their own)."""
    if not mentions or mentions[-1].entity.kind != "person":
        return False
    joined = _OF_BETWEEN.fullmatch(text, mentions[-1].end, start)
    return joined is not None


def _add_country_bodies(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """Each body named by its portfolios and its country (`Fisheries and Oceans Canada`); a name read inside
    it (`Oceans Canada`) and written in full nowhere else is no one's but the body's."""
    people = frozenset(t for e in entities.values() if e.kind == "person" for t in e.name.split())
    bodies = _country_bodies(text, people)
    for name, start, end in bodies:
        entity = entities.setdefault(name, Entity(name, "org"))
        entity.positions.append(start)
        if _opens_sentence(text, start) or heads_a_clause(text, end):
            entity.subject_positions.append(start)
    spans, names = [(start, end) for _, start, end in bodies], {b[0] for b in bodies}
    for name, entity in list(entities.items()):
        # A name read from the body's first word (`Indigenous Services` in `Indigenous Services Canada`) is
        # inside it too.
        inside = [any(b <= p and p + len(entity.name) <= e for b, e in spans) for p in entity.positions]
        # Its other mentions are of a shorter form (`Canada` for `Citizenship Canada`), not of the name itself.
        if entity.name not in names and any(inside) and \
                all(within or not text.startswith(entity.name, p)
                    for within, p in zip(inside, entity.positions, strict=True)):
            del entities[name]
            mentions[:] = [m for m in mentions if m.entity is not entity]


def _drop_people_inside_bodies(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """`Manitoba Transportation` read as a person's name inside `Manitoba Transportation and Infrastructure`:
    the words name the department wherever the article writes them so, and no one else; so do the words
    after a body's `of` (`_only_in_of_tails`)."""
    bodies = [(p, p + len(e.name)) for e in entities.values() if e.kind == "org" and is_division_body(e.name)
              for p in e.positions] + [(b, e) for _, b, e in _french_bodies(text)]
    tails = [(p + tail, p + len(e.name)) for e in entities.values() if e.kind == "org"
             and (tail := _of_tail_start(e.name)) for p in e.positions]
    if not bodies and not tails:
        return
    for name, entity in list(entities.items()):
        if entity.kind != "person":
            continue
        if all(any(b <= p < e for b, e in bodies) for p in entity.positions) or \
                _only_in_of_tails(text, entity, tails):
            del entities[name]
            mentions[:] = [m for m in mentions if m.entity is not entity]


#: ` of `, ` for `: the preposition that opens the tail of a body's name (`Federation of Kiln Workers`).
_OF_TAIL = re.compile(r" (?:of|for) (?:the )?(?=[A-Z])")


def _of_tail_start(name: str) -> int:
    """Where the capitalised words after a body's `of` or `for` start in its name; 0 where it has none."""
    tail = _OF_TAIL.search(name)
    return tail.end() if tail else 0


def _only_in_of_tails(text: str, entity: Entity, tails: list[tuple[int, int]]) -> bool:
    """`Kiln Workers` read as a person's name inside `the Federation of Kiln Workers`: words that follow a
    body's `of` and are written nowhere else, with no given name to open them and no role given, name what
    the body is for, not a person (`the Office of Mayor Ada Roe` keeps Ada Roe, a given name). A shorter
    mention elsewhere (`Workers'` in a headline) does not make it a person's."""
    if not tails or entity.roles or entity.known_given_name:
        return False
    whole = [p for p in entity.positions if text.startswith(entity.name, p)]
    return bool(whole) and all(any(b <= p < e for b, e in tails) for p in whole)


def org_short_form(name: str) -> str:
    """`Maple Basket Foods Ltd.` -> `Maple Basket`, `Nordtek Systems Inc.` -> `Nordtek`: a company's name
    without the words for its trade and legal form, as business news names it after the first mention;
    empty when the name ends in no legal form (`Clinton Foundation` is no `Clinton`, `Facebook Research` no
    `Facebook`), when nothing is left, or when a word dropped names a kind of public body."""
    tokens = name.split()
    if tokens[-1].rstrip(".") not in _NAME_ABBREVIATIONS:
        return ""
    kept = tokens[:-1]
    while kept and kept[-1] in lexicon.org_nouns():
        kept.pop()
    dropped = {t.lower() for t in tokens[len(kept):]}
    if not kept or dropped & lexicon.institution_nouns() or \
            any(_is_country(t) or t[:1].islower() for t in kept) or is_place_name(" ".join(kept)):
        return ""
    return " ".join(kept)


def _merge_compound_surnames(entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """`Le Blanc said` after `Shauna Le Blanc`, `Van Dyk` after `Pieter Van Dyk`: a run read as a name that opens
    with a particle of surnames (`surname_particles.txt`) and ends the full name of one person of the article
    is that person's surname of several words, not someone else; so is a surname and the suffix that tells a son
    from his father (`Lind Jr. said` after `Ted Lind Jr.`). So is a run that opens with no given name and is
    written only after the full name (`Greve Young said` after `Karen Greve Young`, `García Lora` after `Inés
    García Lora`): a double surname, which the writer shortens to the surnames alone."""
    for short in [e for e in entities.values() if e.kind == "person" and len(e.tokens) > 1]:
        suffixed = len(short.tokens) == 2 and short.tokens[1] in lexicon.name_suffixes()
        marked = suffixed or short.tokens[0].lower() in lexicon.surname_particles()
        if not marked and (short.known_given_name or first_name_gender(short.tokens[0]) is not None):
            continue
        size = len(short.tokens)
        full = [e for e in entities.values() if e.kind == "person" and len(e.tokens) > size
                and e.tokens[-size:] == short.tokens]
        if len(full) != 1:
            continue
        bearer = full[0]
        if not marked and min(short.positions) < min(bearer.positions):
            continue  # named so before the full name: someone the article introduced by those words
        if any(role not in bearer.roles for role in short.roles if not _is_honorific(role)):
            # `Mr Mac Giolla`, `Cllr Mac Giolla` after `Cllr Eoin Mac Giolla` are his surname; `Judge Le Blanc`
            # after `Shauna Le Blanc, a lawyer` may be someone else: the title is not hers.
            continue
        bearer.positions.extend(short.positions)
        bearer.short_mentions += len(short.positions)
        bearer.person_evidence += short.person_evidence
        for gender, votes in short.gender_votes.items():
            bearer.gender_votes[gender] = bearer.gender_votes.get(gender, 0) + votes
        del entities[short.name]
        for mention in mentions:
            if mention.entity is short:
                mention.entity = bearer


def _is_honorific(role: str) -> bool:
    """Whether a role is a bare honorific (`Mr`, `Ms`, `Sir`), which says nothing of who holds it."""
    return _HONORIFIC_BEFORE.fullmatch(role + " ") is not None


def _merge_short_forms(entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """A run read as a person's name that is an organisation's short form (`Maple Basket said` after `Maple
    Basket Foods Ltd.`) is that organisation, where nothing but a verb showed it to be a person."""
    for org in [e for e in entities.values() if e.kind == "org"]:
        short = org_short_form(org.name)
        named = entities.get(short) if short else None
        if named is None or named.kind != "person" or named.roles or named.gender_votes or named.known_given_name:
            continue
        org.short_form = short
        org.positions = sorted(org.positions + named.positions)
        org.subject_positions = sorted(org.subject_positions + named.subject_positions)
        del entities[short]
        for mention in mentions:
            if mention.entity is named:
                mention.entity = org


_SENTENCE_MARKS = ".!?\n"
_GENDERED = re.compile(word_start_pattern("he his him himself she her hers herself".split(), ignorecase=True,
                                            then=r"\b"))
#: A sentence's mark or a gendered pronoun, whichever comes first: a pronoun found is the first of its sentence
#: after a name, what `_GENDERED` finds before the sentence's stop, at the cost of one search, not two (no
#: mark is a letter, so none is inside a pronoun). Every alternative opens with a literal, the marks and the
#: pronouns' first letters alike, so that the engine skips to them (`trie.word_start_pattern`).
_MARK_OR_GENDERED = re.compile("|".join(map(re.escape, _SENTENCE_MARKS)) + "|" +
                               _GENDERED.pattern.removeprefix("(?:").removesuffix(")"))
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme|Mlle|Sir|Dame|Madam|Madame)\.?\s+$")


# What may stand between a sentence's start and a mention that opens it: up to six capitalised
# words or small words (`The Russian Defence Minister`), after the mark that ends the sentence before.
_SENTENCE_LEAD_WORDS = 6
_LEAD_WORD = re.compile(r"[A-Z][\w'\u2019.-]*|the|and|but|then|also|of")
_MARKS_BEFORE_LEAD = '.!?"\u201d'
#: The lead words up to the mention: what follows the text's start, the mark and its space, or the line break.
_LEAD_WORDS = r"((?:(?:" + _LEAD_WORD.pattern + r")\s+){0," + str(_SENTENCE_LEAD_WORDS) + "})$"
#: `(?:^|[.!?"\u201d]\s+|\n)` and the lead words, the text's start apart (`_LEAD_AT_TEXT_START`): the pattern
#: opens with a class of the marks and the line break, so that the engine skips to them, where a choice that
#: includes `^` is entered at every character. The space after a mark is read only after a mark, not after the
#: line break (checked behind).
_SENTENCE_LEAD = re.compile(r"[" + re.escape(_MARKS_BEFORE_LEAD) + r"\n](?:(?<=\n)|(?<!\n)\s+)" + _LEAD_WORDS)
_LEAD_AT_TEXT_START = re.compile(_LEAD_WORDS)


@cache
def _verb_after() -> re.Pattern[str]:
    """After a name, a verb shows it is the subject: `Vik didn't hesitate`, `Lund, an analyst, agreed`.

    An auxiliary, a past form or a cue verb, past any apposition.

    Written so that the engine gives back no letter it need not try again (`tests/test_pattern_openings.py`
    sets it against the plain pattern): an apposition of up to 120 characters, none of them a comma, a mark
    that ends a sentence or a line break but a full stop right before the closing comma, which can only be
    its last, is read as one repeat of a character class; an adverb and a past form read their whole
    word and check its ending behind (`[a-z]+ly` must be followed by a space, `[a-z]+ed` by no word
    character, so no shorter reading of the word could match).
    """
    verbs = lexicon.cue_verbs().forms | lexicon.evaluation_verbs().forms | lexicon.past_forms()
    cues = trie_pattern(verbs)
    return re.compile(
        # An apposition's full stop may close an abbreviation at its end (`Nordtek Inc., of Kanata, Ont., said`).
        r"(?:,(?:[^,.!?\n]{0,119}\.|[^,.!?\n]{1,120}),)?"
        # `Jo Lee of the Prairie Energy Institute said`: the body or place the person is of, named after them.
        r"(?:\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|and|for)){0,6})?"
        r"(?:\s+[a-z]++(?<=[a-z]ly))*\s+(?:(?:is|was|were|are|has|had|"
        r"have|did|does|didn['\u2019]t|doesn['\u2019]t|wasn['\u2019]t|won['\u2019]t|will|would|could|can|should|may|"
        r"might|must)\b|[a-z]++(?<=[a-z]ed)\b|" + cues + r"\b)")


#: `Another shelter, run by `, `The clinic, operated by the `: a sentence's opening noun phrase (a capitalised word
#: and up to three more, no punctuation), a comma, a participle and `by`, right before a body's name.
_SUBJECT_ASIDE_BY = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,3},[ \t]+"
                               r"(?P<participle>[a-z]+)[ \t]+by[ \t]+(?:the[ \t]+)?$")


def _runs_the_subject(text: str, position: int, end: int) -> bool:
    """`Another shelter, run by Hope Valley Rescue, reported a rise`: a body named after a participle of running
    (`running_participles.txt`) in an aside set off by commas right after the sentence's subject, the verb after
    it, speaks for what it runs, and is as much the sentence's subject for a later `the group`."""
    verb = _VERB_AFTER_ASIDE.match(text, end)
    if verb is None or not (lexicon.is_past_form(verb.group(1)) or is_cue_word(verb.group(1))):
        return False
    found = _SUBJECT_ASIDE_BY.search(text, max(0, position - 80), position)
    return found is not None and found.group("participle") in lexicon.running_participles()


#: The comma that closes the aside and the verb after it, an adverb in -ly before it perhaps (`, reported`).
_VERB_AFTER_ASIDE = re.compile(r",[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")


def heads_a_clause(text: str, end: int) -> bool:
    """Is the name ending at `end` followed, past any apposition, by a verb?"""
    return bool(_verb_after().match(text, end, min(len(text), end + 160)))


_PREPOSITION_BEFORE = re.compile(r"\b(?:like|unlike|with|about|of|to|for|by|from|than|as|against|including)\s+"
                                 r"(?:the\s+)?$")


def after_preposition(text: str, position: int) -> bool:
    """`who, like Lee, was born`, `the Speaker of the Storting, Ola Berg, said`: a name governed by a
    preposition, with its article, is not its clause's subject."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, position - 16), position))


#: The comma that opens an apposition, and the titles before its name: `Her colleague, Senator `, and an office
#: of a body named in capitals: `The head of the delegation, Vice President of Nordrail Group `; a name right
#: after `of` is the body's (`Jo Berg, Provost of the University of Central Norland, said`).
_APPOSITION_OPENS = re.compile(r",\s+(?:(?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w.'\u2019-]*\s+)?$")


#: `, ` or ` of Ohio, ` or ` (R-Ohio), `: what closes a name set off in apposition, with the place or party
#: label that may follow the name.
_APPOSITION_CLOSE = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
                               r"|\s*\([^()\n]{1,20}\))?,")


def _closes_apposition(text: str, start: int, end: int) -> bool:
    """`Analyst at Nordbank, Ann Lee, agreed`, `Her colleague, Senator Di Fuller of Ohio, agreed`: a name set
    off by commas after its description (with where they are from, or their party), then the verb."""
    close = _APPOSITION_CLOSE.match(text, end)
    return close is not None and bool(_APPOSITION_OPENS.search(text, max(0, start - 50), start)) and \
        heads_a_clause(text, close.end())


def _opens_sentence(text: str, position: int) -> bool:
    """Only capitalised words (titles, roles) stand between the sentence start and the mention.

    The full stop of a title or an initial (`denied Mr. Lund's request`) ends no sentence.
    """
    if not _may_open_sentence(text, position):
        return False
    window = max(0, position - 80)
    # A lead is at most six words after the mark that ends the sentence before: seven
    # whitespace-separated pieces. Searching from there finds what searching the window would.
    floor = last_words_start(text, position, _SENTENCE_LEAD_WORDS + 1, window) or window
    lead = floor == 0 and _LEAD_AT_TEXT_START.match(text, 0, position) or _SENTENCE_LEAD.search(text, floor, position)
    if lead is None:
        return False
    if text[lead.start()] == ".":
        word = _LAST_WORD.search(text, max(0, lead.start() - 12), lead.start())
        if word and (len(word.group(1)) == 1 or _is_title(word.group(1) + ".") or _is_title(word.group(1))):
            return False
    return True


_LAST_WORD = re.compile(r"(\w+)$")


def _may_open_sentence(text: str, position: int) -> bool:
    """Whether `_SENTENCE_LEAD` can end at `position`, from the piece of text before it alone.

    Every word of a lead is a whole whitespace-separated piece and ends in white space, so the
    piece just before the mention must be a lead word, or end in the mark that ends a
    sentence, or a line break must come just before the mention (`said Lund` is mid-sentence).
    """
    if position == 0:
        return True
    if not text[position - 1].isspace():
        return False
    if text[position - 1] == "\n":
        return True
    pieces = text[max(0, position - 40):position].rsplit(None, 1)
    if len(pieces) < 2 and position > 40:
        return True  # the piece may start further back: let the pattern decide
    if not pieces:
        return False
    piece = pieces[-1]
    return piece[-1] in _MARKS_BEFORE_LEAD or _LEAD_WORD.fullmatch(piece) is not None


def _vote_gender(text: str, entity: Entity, position: int) -> None:
    """The honorific before a mention, and the first pronoun after it in its sentence."""
    gender = honorific_gender(text, position)
    if gender:
        entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + 2
        entity.person_evidence += 1  # only people are called Mr. or Mrs.
    end = position + len(entity.name)
    pronoun = _MARK_OR_GENDERED.search(text, end, end + 200)
    if pronoun and pronoun.group() not in _SENTENCE_MARKS:
        gender = lexicon.gender_words()[pronoun.group().lower()]
        weight = 2 if _reports_of_self(text[end:pronoun.start()]) else 1
        entity.gender_votes[gender] = entity.gender_votes.get(gender, 0) + weight


#: `said she`, `says that he`, `also told reporters he`: a cue verb, perhaps its hearer, then `that`.
_CUE_BEFORE_PRONOUN = re.compile(r"\s+(?:also\s+|\w+ly\s+)?(?P<verb>[a-z]+)(?:\s+(?:reporters|the\s+\w+))?"
                                 r"(?:\s+that)?\s+$")


def _reports_of_self(between: str) -> bool:
    """`Femi Adeyemi said she had been trying`: the subject pronoun of a clause a person reports right after
    their name stands, as a rule, for the reporter (the pronoun of indirect speech), a firmer sign of their
    gender than a pronoun further on in the sentence, and worth an honorific's vote."""
    match = _CUE_BEFORE_PRONOUN.fullmatch(between)
    return match is not None and is_cue_word(match.group("verb"))


#: `Sunti, a resident of the village, ...`: an indefinite apposition after a name, whose nouns may show a person.
_INDEFINITE_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+((?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)(?=\s+(?:of|in|at|from|for)\b|,)")


#: `Minister of `, `Chairman of the `, `Minister of Trade and `: an office in capitals, whose portfolio follows.
#: `Minister of Digital Development and `, `Minister of Culture, Information and `: the portfolios before the last
#: may run to several words, joined by commas.
OFFICE_OF = re.compile(r"[A-Z](?<!\w.)[a-z]+\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'-]*,?\s+){1,4}(?:and|&)\s+)?$")
#: `OFFICE_OF` and `OFFICE_TO` open with the office's capital, the word boundary before it checked behind it
#: (`\b[A-Z]` as `[A-Z](?<!\w.)`), so that the engine skips to capitals instead of entering them at every character.
#: The words `OFFICE_OF` can end on.
_OFFICE_OF_ENDS = frozenset({"of", "the", "and", "&"})
#: How many whitespace-separated words `OFFICE_OF` spans from its `of` to its end.
_OFFICE_OF_PIECES = 7
#: `Minister for `, `Committee for `, `Agency for the `: an office or a body whose portfolio follows `for`.
OFFICE_FOR = re.compile(r"\b(?P<office>[A-Z][a-z]+)\s+for\s+(?:the\s+)?$")
#: `Ambassador to `, `Ambassador of Ardenia to the `: an office whose post (a country) follows `to`.
OFFICE_TO = re.compile(r"(?P<office>[A-Z](?<!\w.)[a-z]+)\s+(?:of\s+(?:the\s+)?[A-Z][\w'-]*\s+)?to\s+(?:the\s+)?$")


def after_an_office(text: str, start: int) -> bool:
    """Does the run of capitals at `start` follow an office and the preposition of its complement, so that the
    run opens with the office's portfolio or place before the holder's name? `Minister of Energy Olga
    Brandt`, or after `for`, `Minister for Emergency Situations Marat Abenov`; an envoy's post after `to`,
    `Ambassador of Ardenia to Belmark Jurek Pannen`, where the word before `to` must be a title (`Welcome to`
    is none)."""
    # Each pattern ends on the word right before the run, asked only where that word can end it: read from a
    # dozen characters, whole only where white space stands before it there (or the text opens).
    near = text[max(0, start - 12):start].rsplit(None, 1)
    last = near[-1] if len(near) == 2 or near and start <= 12 else ""
    if last not in _OFFICE_OF_ENDS and last != "to" and "for " not in text[max(0, start - 20):start]:
        return False  # most runs of capitals follow no office's preposition
    before = max(0, start - 80)
    window = text[before:start]
    # The patterns are entered at every character of the window: each is searched only where its preposition
    # stands whole among the words it may end on, with a word before it, as it must (`of` at most seven words
    # from the run's start, then `the`, four capitalised words and `and`; `to` at most two).
    pieces = window.rsplit(None, _OFFICE_OF_PIECES)
    if last in _OFFICE_OF_ENDS and "of" in pieces[1:] and OFFICE_OF.search(text, before, start):
        return True
    if "for " in window[-20:] and (office := OFFICE_FOR.search(text, start - len(window[-20:]), start)):
        # `Minister for Emergency Situations Marat Abenov`, `Chairman of the Agency for Strategic Planning
        # Ilse Varga`: a title or a body's noun before `for` (`Thanks for ...` is neither).
        return _is_title(office.group("office")) or _is_org_word(office.group("office"))
    if last not in ("to", "the") or "to" not in pieces[1:][-2:]:
        return False
    office = OFFICE_TO.search(text, before, start)
    return office is not None and _is_title(office.group("office"))


def portfolio_conjunct(text: str, start: int, tokens: list[str]) -> bool:
    """Is the run at `start`, after an office's `of`, one conjunct of the office's portfolio? `Minister of
    Rural Housing and Lakeshore Renewal, Dana Kowal`: `and` inside an office's `of` complement joins
    portfolios, not a portfolio and a person, so a run next to it that opens with neither a title nor a
    known given name names part of the office (a holder named there opens with one: `... and Transport
    Olga Brandt` is cut before `Olga`)."""
    end = start + len(" ".join(tokens))
    joined_after = _JOINED_AFTER.match(text, end) is not None
    if not joined_after and text[max(0, start - 4):start].split()[-1:] not in (["and"], ["&"]):
        return False
    first = tokens[0].rstrip(",")
    if _is_title(first) or first_name_gender(first):
        return False
    # Only a person's office (`Minister of`) joins portfolios: after a body's name (`University of Regina and
    # Carleton University`) `and` joins two bodies.
    office = OFFICE_OF.search(text, max(0, start - 80), start)
    return office is not None and _is_title(office.group().split()[0])


#: ` and Lakeshore`, `, and Lakeshore`: another capitalised conjunct after a run.
_JOINED_AFTER = re.compile(r",?\s+(?:and|&)\s+[A-Z]")


def _ends_an_office_complement(word: str) -> bool:
    """Does `word` end what an office is of: a portfolio or body (`Affairs`, `portfolio_words.txt`), or a state
    named by its form (`President of the Kyrgyz Republic`, `state_forms.txt`)?"""
    return word in lexicon.portfolio_words() or word in lexicon.state_forms()


def portfolio_length(tokens: list[str]) -> int:
    """How many words of a run after `of` name an office's portfolio or body rather than the person:
    `Energy` in `Minister of Energy Olga Brandt`, `Foreign Affairs` in `... of Foreign
    Affairs Sergei Lavrov`. The name starts after the portfolio's or body's last word
    (`portfolio_words.txt`) when two or three words are left, else at its first known given name after
    the run's first word; with neither, the run is left whole (`Office of Immigrant Affairs Clinton had
    ...` is no name)."""
    # The portfolio's or body's last word first, when a given name and a surname are left after it: the
    # given name may be one the list does not know (`... of Foreign Affairs Bakhtiyor Saidov`), and a word
    # of the body may look like one (`Chairman of the Verkhovna Rada Ruslan Stefanchuk`, `Milli Majlis`).
    last = max((i for i, token in enumerate(tokens) if _ends_an_office_complement(token.rstrip(","))), default=-1)
    if 0 <= last and len(tokens) - (last + 1) in (2, 3):
        return last + 1
    if first_name_gender(tokens[0].rstrip(",")):
        return 0  # `a friend of Mary Ann Evans`: the run opens with the name
    for i, token in enumerate(tokens[1:], start=1):
        if first_name_gender(token.rstrip(",")) and i < len(tokens) - 1:
            return i
    return 1 if _place_then_name(tokens) else 0


def _place_then_name(tokens: list[str]) -> bool:
    """`President of Sarnia Piet Voorde`, `Mayor of Brellin Ana Ruiz`: agency copy puts the office's country or
    town after `of` and the holder's name straight after it. Three capitalised words after the office, with no
    portfolio word and no given name the lists know, are read as one place word, then a given name and a
    surname: the place that is the complement of `of` is a single word far more often than a person's name
    there runs to three. Not where the first two words are a known place (`of Costa Rica Chaves`)."""
    if len(tokens) != 3 or any(not t[:1].isupper() or t.isupper() for t in tokens):
        return False
    if any(_is_title(t) or _is_org_word(t) or t in STOP_CAPS or t in lexicon.portfolio_words() for t in tokens):
        return False
    return not is_place_name(f"{tokens[0]} {tokens[1]}") and not _is_country(tokens[1])


def _single_name_is_a_person(text: str, name: str, start: int, places: frozenset[str],
                             surnames: frozenset[str] = frozenset()) -> bool:
    """A one-word name is a person's when an apposition calls them one (`Sunti, a resident of the village,`)
    or when it is a known first name heading its clause (`Colton laughed`) that the article nowhere puts
    after `in`, `near` or `outside` (`places`): a town that is also a given name keeps its one sense through
    the article (`the shooting in Orlando`, then `Orlando changed nothing`)."""
    end = start + len(name)
    if first_name_gender(name) and (kin := _family_set_off_before(text, start)) is not None and \
            not kin.group("pronoun") and kin.group("owner") in surnames | {None}:
        # `Lind's son, Kiran` where Ada Lind is named, `the couple's son, Noah.`: a first name set off after a noun
        # for close family. (After `his` or `her`, or a name of no one of the article, the description says more
        # of who they are, whose relative: `_name_set_off` in resolve.)
        return True
    apposition = _INDEFINITE_APPOSITION.match(text, end, min(len(text), end + 80))
    if apposition and any(_is_person_noun(w) or w.endswith(lexicon.PERSON_SUFFIXES)
                          for w in apposition.group(1).lower().split()):
        return True
    return bool(first_name_gender(name)) and heads_a_clause(text, end) and name not in places


#: `Velander's wife, `, `the couple's 17-year-old son, `, `his sister, `: a noun for kin after an owner, up to
#: two words before it, set off by a comma; `owner` is a possessive name's word, `pronoun` a possessive pronoun.
_KIN_SET_OFF = re.compile(r"(?:\b(?P<owner>[A-Z][\w\u2019-]*)['\u2019]s|\b[Tt]he\s+[a-z]+['\u2019]s|"
                          r"\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+),\s+$")
#: How far before a first name its kin noun and owner are looked for.
_KIN_REACH = 60


def _family_set_off_before(text: str, start: int) -> re.Match[str] | None:
    """The owner and noun for close family (`family_nouns.txt`) set off right before the word at `start`
    (`Velander's wife, Marit`), or None. The comma right before the word is the cheap test."""
    if text[max(0, start - 2):start] != ", ":
        return None
    found = _KIN_SET_OFF.search(text, max(0, start - _KIN_REACH), start)
    return found if found is not None and found.group("noun") in lexicon.family_nouns() else None


def _add_family_surnames(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """`Tomas Velander ... Velander's wife, Marit,`: a person brought in by a first name alone, set off after a
    noun for close family (`family_nouns.txt`) owned by the surname of a person of the article, bears that
    surname, as family do unless the writer says otherwise: she is Marit Velander, and `Marit` her short form."""
    surnames = {e.surname for e in entities.values() if e.kind == "person" and len(e.tokens) > 1}
    for single in [e for e in entities.values() if e.kind == "person" and len(e.tokens) == 1]:
        # The first time the article gives the name, where it brings the person in; that mention need not be
        # one the name reader took for a person's (`His wife, Jane, runs the shop`).
        first = _first_whole_word(text, single.name, min(single.positions)) if single.positions else -1
        found = _family_set_off_before(text, first) if first >= 0 else None
        owner = found and (found.group("owner") or _pronoun_owner(text, found, entities, single))
        if not owner or owner not in surnames or owner == single.name:
            continue
        full = f"{single.name} {owner}"
        named = entities.get(full) or _new_person(full)
        named.short_form = single.name
        named.positions = sorted(set(named.positions) | set(single.positions) | {first})
        named.roles += [role for role in single.roles if role not in named.roles]
        named.person_evidence += single.person_evidence
        for gender, votes in single.gender_votes.items():
            named.gender_votes[gender] = named.gender_votes.get(gender, 0) + votes
        del entities[single.name]
        entities[full] = named
        mentions[:] = [NameMention(m.start, m.end, m.text, named) if m.entity is single else m for m in mentions]


def _pronoun_owner(text: str, found: re.Match[str], entities: dict[str, Entity], single: Entity) -> str | None:
    """The surname of the person `his` or `her` owning a noun for close family takes up (`Tomas Velander
    lost his barn. His wife, Marit,`): the person named last before it whose gender, by the article or by
    the first name, is the pronoun's, as a reader takes it up; one of no known gender is passed over (a band,
    `the trio Salt Line`, read as a name). None for `their`, or where that person has no surname in the
    article."""
    pronoun = found.group("pronoun")
    gender = lexicon.gender_words().get(pronoun.lower()) if pronoun else None
    if gender is None:
        return None
    named = sorted(((_last_whole_word(text, e.surname, found.start()), e) for e in entities.values()
                    if e.kind == "person" and e is not single), key=lambda item: item[0], reverse=True)
    for at, person in named:
        if at < 0:
            return None
        if (person.gender or person.first_name_gender) == gender:
            return person.surname if len(person.tokens) > 1 else None
    return None


def _first_whole_word(text: str, word: str, end: int) -> int:
    """Where `word` first stands as a whole word in `text`, looked for up to `end` (where it is known to
    stand), or -1."""
    at = text.find(word, 0, end + len(word))
    while at >= 0 and not _bounded(text, at, word):
        at = text.find(word, at + 1, end + len(word))
    return at


def _last_whole_word(text: str, word: str, end: int) -> int:
    """Where `word` stands last as a whole word before `end`, or -1."""
    at = text.rfind(word, 0, end)
    while at >= 0 and not _bounded(text, at, word):
        at = text.rfind(word, 0, at)
    return at


#: `Charles "Chuck" Whitmore`, `Marcus "The Anvil" Okoye`: a nickname in marks between a given name and a surname.
# Opening with the mark, which the engine skips to at C speed; the given name is read behind it.
# The nickname's words are bounded and spaced, so that a long run of capitals is read in linear time.
_NICKNAME = re.compile(r"[\"\u201c'\u2018](?=[A-Z])[A-Z][\w.-]{0,20}(?:[ \t][A-Z][\w.-]{0,20}){0,2}[\"\u201d'\u2019]"
                       r"[ \t]+(?P<surname>[A-Z][a-z][\w'\u2019-]{0,30})\b")
_GIVEN_BEFORE = re.compile(r"\b(?P<given>[A-Z][a-z]+)[ \t]+$")


def _person_named_at(entities: dict[str, Entity], mentions: list[NameMention], name: str, start: int,
                     end: int) -> None:
    """A person the text names at text[start:end] in a form the runs of capitals do not give whole (a nickname
    between the names, a given name shared through `and`): a mention of them, and evidence of a person."""
    entity = entities.get(name)
    if entity is None:
        entity = entities[name] = _new_person(name)
    entity.positions.append(start)
    entity.person_evidence += 1
    mentions.append(NameMention(start, end, name, entity))


#: The marks that open a nickname (`_NICKNAME`'s first character).
_NICKNAME_MARKS = ("\"", "\u201c", "'", "\u2018")


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The matches of `pattern` tried at `starts` only, left to right and none overlapping the one before, as
    its own search gives them where every match must open at one of those starts: a search over the whole text
    would enter the pattern at every character, and these are the few places it can open."""
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(starts):
        if start >= reached and (match := pattern.match(text, start)) is not None:
            found.append(match)
            reached = match.end()
    return found


def _nicknames(text: str) -> list[re.Match[str]]:
    """`_NICKNAME.finditer(text)`, the pattern matched only at a mark before a capital A-Z.

    A pattern opening with a class of characters costs the engine some seventy instructions for
    each character of the text it passes; `str.find` passes them for next to nothing, and few
    marks stand before a capital (most are apostrophes: `it's`)."""
    starts = []
    for mark in _NICKNAME_MARKS:
        at = text.find(mark)
        while at >= 0:
            if "A" <= text[at + 1:at + 2] <= "Z":
                starts.append(at)
            at = text.find(mark, at + 1)
    return _matches_at(_NICKNAME, text, starts)


def _add_nicknamed(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """`Charles "Chuck" Whitmore`: the person is Charles Whitmore, whose nickname the marks hold."""
    for match in _nicknames(text):
        given = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if given is None or not first_name_gender(given.group("given")):
            continue
        _person_named_at(entities, mentions, f"{given.group('given')} {match.group('surname')}", given.start(),
                         match.end())


#: `Walter and `: a given name joined by `and` (or `&`) to the name after it.
_GIVEN_AND = re.compile(r"(?<![\w.'\u2019-])(?P<given>[A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$")


def _add_coordinated_given_names(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """`Walter and June Pruitt`: a known given name joined by `and` to a full name that opens with one shares
    its surname; the couple or siblings are two people, Walter Pruitt and June Pruitt. Not a word that is the
    surname of a person of the article (`Clinton and Donald Trump`: Hillary Clinton and Trump)."""
    surnames = {e.tokens[-1] for e in entities.values() if e.kind == "person" and len(e.tokens) > 1}
    for person in [e for e in entities.values() if e.kind == "person" and len(e.tokens) == 2]:
        if not first_name_gender(person.tokens[0]):
            continue
        for position in [p for p in person.positions if text.startswith(person.name, p)]:
            given = _GIVEN_AND.search(text, max(0, position - 24), position)
            if given is None or not first_name_gender(given.group("given")) or \
                    given.group("given") in surnames or given.group("given") == person.tokens[0]:
                continue
            # `Walter and` read before `June Pruitt` is her husband's given name, no role of hers.
            person.roles = [role for role in person.roles if role != given.group().strip()]
            _person_named_at(entities, mentions, f"{given.group('given')} {person.tokens[1]}", given.start(),
                             given.end("given"))


#: `the ` right before a word.
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def after_definite_article(text: str, start: int) -> bool:
    """Whether the word at `start` follows `the`: names take no article, so `the Amir` is an office, and
    `the Amir said` names no one called Amir."""
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start))


#: How many lines from the top a dateline is looked for: the headline, and maybe a byline, come first.
_DATELINE_LINES = 4


def _dateline_place(text: str) -> str:
    """The town a dateline opening one of the first lines names, in its capitals (`REGINA — ...` gives `REGINA`):
    the article's own place, which a word that is also a first name then names throughout (`a man from
    Regina`)."""
    start = 0
    for _ in range(_DATELINE_LINES):
        lead = DATELINE_LEAD.match(text, start)
        if lead is not None:
            return re.split(r"[,(\u2014\u2013-]", lead.group(), maxsplit=1)[0].strip()
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return ""


def _add_single_names(text: str, singles: list[tuple[str, int]], entities: dict[str, Entity],
                      mentions: list[NameMention]) -> None:
    """People the article names by one word only (`Sunti`, `Kalani`), where something shows they are people.

    A word that is part of a longer name in the article is that person's short mention instead.
    """
    in_names = {token for entity in entities.values() for token in entity.tokens}
    in_names |= {ARTICLE_PREFIX.sub("", token) for token in in_names}  # `Hadi` of `Samir al-Hadi`
    # Only a known first name may head its clause as a person, so only those are asked where they stand.
    dateline = _dateline_place(text)
    surnames = frozenset(e.surname for e in entities.values() if e.kind == "person" and len(e.tokens) > 1)
    places = frozenset(name for name, start in singles  # not `in Donald's footsteps`
                       if name not in in_names and first_name_gender(name)
                       and (_PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 10), start)
                            or name.upper() == dateline)
                       and not text.startswith(("'s", "\u2019s"), start + len(name)))
    for name, start in singles:
        if name in in_names or not name.isalpha():
            continue
        entity = entities.get(name)
        if entity is None:
            if after_definite_article(text, start) or not _single_name_is_a_person(text, name, start, places, surnames):
                continue
            entity = entities[name] = Entity(name, "person", person_evidence=1)
        entity.positions.append(start)
        mentions.append(NameMention(start, start + len(name), name, entity))


def _add_short_mentions(text: str, entities: dict[str, Entity], mentions: list[NameMention]) -> None:
    """Surname-only mentions ("Nygaard said") count as mentions of the person named in full."""
    by_surname: dict[str, list[Entity]] = {}
    for entity in entities.values():
        by_surname.setdefault(entity.surname, []).append(entity)
    # A body's name is no mention of anyone else, nor again of the body (`Hamilton` in `CBC Hamilton`): bodies
    # keep no name mentions, so their names are read from their positions.
    bodies = [(p, p + len(e.name)) for e in entities.values() if e.kind == "org" for p in e.positions
              if text.startswith(e.name, p)]
    spans = sorted([(m.start, m.end) for m in mentions] + bodies)
    starts = [start for start, _ in spans]
    for start, surname in _whole_words(text, list(by_surname)):
        people = by_surname[surname]
        entity = people[0] if len(people) == 1 else _bearer(text, start, people)
        inside = bisect.bisect_right(starts, start) - 1
        if inside < 0 or spans[inside][1] <= start:
            entity.positions.append(start)
            entity.short_mentions += 1
    for entity in entities.values():
        entity.positions.sort()


def _bearer(text: str, start: int, people: list[Entity]) -> Entity:
    """Which of the people sharing a surname a bare mention of it at `start` names: the one `the younger`
    or `the elder` before it picks, the one a title before it was given (`Dr. Langford`), the one of the
    gender of an honorific before it (`Ms. Kerrigan`
    where Dale and Denise Kerrigan are named), else the first named."""
    chosen = namesake_named_by_word_before(text, start, people)
    if chosen is not None:
        return chosen
    gender = honorific_gender(text, start)
    ordered = sorted(people, key=lambda e: min(e.positions, default=start))  # in the order the text names them
    return next((e for e in ordered if gender and e.first_name_gender == gender), ordered[0])


def namesake_named_by_word_before(text: str, start: int, people: list[Entity]) -> Entity | None:
    """Of the people sharing the surname at `start`, the one the word before picks: `the younger`/`the elder`,
    or a title one of them was given (`Dr. Langford`); None where there are no namesakes or nothing picks.
    The name reader and the resolver both ask it."""
    if len(people) < 2:
        return None
    return generation_bearer(text, start, people) or title_bearer(text, start, people)


#: `the younger `, `The elder `: a comparative of age right before a surname.
_GENERATION_BEFORE = re.compile(r"\b[Tt]he\s+([a-z]+)\s+$")
#: `Dan Garza, 49,`: an age set off right after a name.
_AGE_AFTER = re.compile(r",\s+(\d{1,3})\b")


def stated_age(text: str, entity: Entity) -> int | None:
    """The age the article sets off after the person's name (`Dan Garza, 49,`), or None."""
    for position in entity.positions:
        age = _AGE_AFTER.match(text, position + entity.length_at(text, position))
        if age:
            return int(age.group(1))
    return None


def generation_bearer(text: str, start: int, people: list[Entity]) -> Entity | None:
    """`the younger Garza`, `the elder Hollis`: of the people sharing a surname, the younger or the elder
    (generation_words.csv), by the ages the article gives them (of those it gives one), or where it gives
    fewer than two an age, by the order it brought them in: news introduces the established figure first, then the son,
    daughter or younger sibling. None where no such word stands before `start`."""
    if len(people) < 2:
        return None
    found = _GENERATION_BEFORE.search(text, max(0, start - 16), start)
    age = lexicon.generation_words().get(found.group(1)) if found else None
    if age is None:
        return None
    aged = [(years, e) for e in people if (years := stated_age(text, e)) is not None]
    if len(aged) > 1:
        order = [e for _, e in sorted(aged, key=lambda pair: -pair[0])]
    else:
        order = sorted(people, key=lambda e: min(e.positions, default=start))
    return order[0] if age == "old" else order[-1]


#: The word right before a mention: a title there (`Dr. `, `Sen. `) may tell namesakes apart.
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _title_before(text: str, start: int) -> str | None:
    """The title right before `start` (`Dr.` of `Dr. Langford`), or None."""
    found = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return found.group(1).rstrip(".") if found and _is_title(found.group(1)) else None


def title_bearer(text: str, start: int, people: list[Entity]) -> Entity | None:
    """`Dr. Langford` where the article named Sen. Patricia Langford and Dr. Alan Langford: the one namesake
    it gave that title before the full name; None where no title stands before `start` or it fits
    not exactly one of them."""
    title = _title_before(text, start) if len(people) > 1 else None
    if title is None:
        return None
    titled = [e for e in people if title in _titles_given(text, e)]
    return titled[0] if len(titled) == 1 else None


def _titles_given(text: str, entity: Entity) -> frozenset[str]:
    """The titles before the person's full name; read once, for a long text names a person hundreds of times
    and every titled mention of a shared surname asks."""
    if entity.titles_given is None:
        entity.titles_given = frozenset(title for p in entity.positions if text.startswith(entity.name, p)
                                        and (title := _title_before(text, p)) is not None)
    return entity.titles_given


def honorific_gender(text: str, start: int) -> str | None:
    """'m' or 'f' for `Mr.`/`Ms.` and the like right before `start`, else None."""
    honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    return lexicon.gender_words().get(honorific.group(1).lower()) if honorific else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


#: Up to this many words, `_whole_words` searches the text once for each; above it (a long digest names
#: thousands of people), it reads each place a word may start once and looks the words up there.
_SEARCHED_ONE_BY_ONE = 32


def _whole_words(text: str, words: list[str]) -> list[tuple[int, str]]:
    """Where the words stand in `text` as whole words, read left to right without overlapping, the
    earlier word of the list winning where two start at one place: what a regex alternation of
    them between word boundaries finds, without compiling one for every article."""
    found = _found_one_by_one(text, words) if len(words) <= _SEARCHED_ONE_BY_ONE else _found_by_table(text, words)
    out: list[tuple[int, str]] = []
    reached = 0
    for at, _, word in sorted(found):
        if at >= reached:
            out.append((at, word))
            reached = at + len(word)
    return out


def _bounded(text: str, at: int, word: str) -> bool:
    """Is there a word boundary before and after `word` standing at `at`?"""
    end = at + len(word)
    return (at > 0 and _is_word_char(text[at - 1])) != _is_word_char(word[0]) and \
        (end < len(text) and _is_word_char(text[end])) != _is_word_char(word[-1])


def _found_one_by_one(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """Every place a word stands whole: (offset, rank in `words`, word), one search of the text per word."""
    found: list[tuple[int, int, str]] = []
    size = len(text)
    for rank, word in enumerate(words):
        if not word:
            continue
        opens, closes, length = _is_word_char(word[0]), _is_word_char(word[-1]), len(word)
        at = text.find(word)
        while at != -1:  # `_bounded`, written out: this loop runs for every surname of every article
            end = at + length
            if (at > 0 and _is_word_char(text[at - 1])) != opens and \
                    (end < size and _is_word_char(text[end])) != closes:
                found.append((at, rank, word))
            at = text.find(word, at + 1)
    return found


def _found_by_table(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """What `_found_one_by_one` finds (the first rank of a repeated word), from one pass over the
    places where a word's first character stands."""
    ranks: dict[int, dict[str, int]] = {}  # by length, each word's first rank
    for rank, word in enumerate(words):
        if word:
            ranks.setdefault(len(word), {}).setdefault(word, rank)
    if not ranks:
        return []
    by_length = sorted(ranks.items())
    firsts = re.compile("[" + re.escape("".join(sorted({word[0] for word in words if word}))) + "]")
    found: list[tuple[int, int, str]] = []
    for start in firsts.finditer(text):
        at = start.start()
        for length, table in by_length:
            word = text[at:at + length]
            word_rank = table.get(word)
            if word_rank is not None and _bounded(text, at, word):
                found.append((at, word_rank, word))
    return found


@cache
def _org_pattern() -> re.Pattern[str]:
    """Capitalised words ending in an organisation noun (`org_nouns.txt`), with an `of ...` tail."""
    nouns = {n.rstrip(".") for n in lexicon.org_nouns()}
    # Only `the` or a capital can open a match: the lookahead skips other words at once.
    openers = opening_letters({"the", *nouns, *string.ascii_uppercase})
    return re.compile(
        # The words before the noun stay on one line and end in a full stop only as initials or a short
        # abbreviation (`U.S.`, `St.`), so that a name never takes in the end of the sentence before
        # (`on Tuesday. The Ministry`); two `of` tails name a body of a country (`Ministry of Economy of
        # Uzbekistan`).
        # After `the`, two words joined by `and` may open the name (`the Heart and Stroke Foundation`): the article
        # determines the whole, which two people's names joined by `and` never follow (`Mayor Ann Tory and Dunmore
        # Police Service`).
        r"\b(?=" + openers + r")(?:the\s+)?((?:(?:[A-Z]\.){2,}[ \t]+|[A-Z][a-z]?\.[ \t]+|"
        r"(?<=\b[Tt]he[ ])[A-Z][\w'\u2019-]*[ \t]+(?:and|&)[ \t]+(?=[A-Z])|[A-Z][\w'\u2019-]*[ \t]+){0,4}"
        + trie_pattern(nouns) + r"\b\.?"
        r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,4}){0,2})")


def _acronym_led(name: list[str]) -> bool:
    """`BC Hydro`: an acronym, then capitalised words that are neither acronyms nor places."""
    first, rest = name[0], name[1:]
    return 2 <= len(name) <= 3 and first.isupper() and first.isalpha() and len(first) > 1 and \
        not _is_country(first) and all(t[:1].isupper() and not t.isupper() and not _is_country(t) for t in rest)


def _acronym_closed(name: list[str]) -> bool:
    """`Central Okanagan SPCA`, `Alberta NDP`, `Toronto YMCA`: one to three capitalised words, a place's or a
    region's, then the acronym of the body there, which closes the name (a branch of a society, a province's
    party). Not a country's word before it, which makes it a description (`Norland NATO troops`), nor an acronym
    in the words before, nor initials with full stops, nor a person's name (a known given name first), nor a
    function word that a sentence's opening capitalises (`More GOP senators`)."""
    last = name[-1].rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
    rest = name[:-1]
    return 2 <= len(name) <= 4 and last.isupper() and last.isalpha() and len(last) > 1 and \
        all(t[:1].isupper() and not t.isupper() and t.rstrip(",").isalpha() and not _is_country(t) and
            t.lower() not in lexicon.stop_words() for t in rest) and \
        not (first_name_gender(rest[0]) and not is_place_name(rest[0]))  # `Ann Lee PAC`: a person's, named for her


@cache
def _org_noun_starts() -> re.Pattern[str]:
    """Where an organisation noun starts: a match of its first letter alone, so that none is missed."""
    nouns = {n.rstrip(".") for n in lexicon.org_nouns()}
    return re.compile(word_start_pattern(nouns, lookahead=True, then=r"\b"))


@cache
def _org_nouns_by_first_word() -> dict[str, list[str]]:
    """The organisation nouns (`org_nouns.txt`, without a final full stop) by their first piece of word characters
    (`Co` for `Co-operative`), the piece a reading of capitals holds where the noun stands whole."""
    by_first: dict[str, list[str]] = {}
    for noun in sorted({n.rstrip(".") for n in lexicon.org_nouns()}):
        by_first.setdefault(re.match(r"\w+", noun).group(), []).append(noun)
    return by_first


def _org_noun_positions(text: str) -> list[int]:
    """Where an organisation noun stands whole, left to right: where `_org_noun_starts` matches. Each noun opens
    with a capital, so its first piece is among the words of the text's capitals (`_capitals_read`); only the
    nouns whose first piece is there are looked for, by `str.find`, and the engine never stops at every capital."""
    by_first = _org_nouns_by_first_word()
    present = [noun for word in _capitals_read(text).words & by_first.keys() for noun in by_first[word]]
    return sorted({at for at, _ in whole_word_starts(text, present)})


#: An organisation name runs at most `the` and four capitalised words before its noun, five
#: whitespace-separated pieces; one more is read for the piece the noun may share with a bracket.
_ORG_LEAD_PIECES = 6


def org_matches(text: str) -> list[re.Match[str]]:
    """The matches of `_org_pattern` in `text`, those its own left-to-right search would give.

    The pattern is tried only a few words before each organisation noun, since every match
    holds one: the text between nouns, most of an article, is never tried word by word.
    """
    pattern, found, reached = _org_pattern(), [], 0
    for at in _org_noun_positions(text):
        if at < reached:
            continue
        start = last_words_start(text, at, _ORG_LEAD_PIECES, max(reached, at - 400))
        match = pattern.search(text, reached if start is None else start)
        if match is None:
            break
        found.append(match)
        reached = match.end()
    return found


#: Abbreviations that end a company's name with their own full stop (`Nordbank Inc.`).
_NAME_ABBREVIATIONS = frozenset("Inc Co Corp Ltd Bros Cie Plc Jr Sr".split())


def _without_full_stop(name: str) -> str:
    """`Facebook Research.` at a sentence's end is `Facebook Research`; `Nordbank Inc.` keeps its stop."""
    if not name.endswith("."):
        return name
    last = name.split()[-1]
    return name if last[:-1] in _NAME_ABBREVIATIONS or INITIALS.fullmatch(last) else name[:-1]


#: `Nordtek Systems Inc. of Kellby`: after a company's legal form, an `of` tail says where it is, not who.
_LEGAL_FORM_THEN_OF = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Plc|LLC|LLP)\.?(?=\s+of\s)")


@cache
def _municipality_pattern() -> re.Pattern[str]:
    """`City of Regina`, `Town of Canmore`, `Region of Peel`: a word for a municipality, `of`, and its place."""
    # Written to open with the words' first letters, so that the engine skips to them (`trie.word_start_pattern`).
    return re.compile(word_start_pattern(lexicon.municipal_nouns(),
                                         then=r"\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"))


def _municipalities(text: str) -> list[re.Match[str]]:
    """The matches of `_municipality_pattern` in `text`, those its own left-to-right search would give.

    Every match opens with one of the nouns as written, so the pattern is tried only where `str.find` finds
    one: scanning the text, it would stop at every capital those nouns open with."""
    starts = set()
    for noun in lexicon.municipal_nouns():
        at = text.find(noun)
        while at >= 0:
            starts.add(at)
            at = text.find(noun, at + 1)
    return _matches_at(_municipality_pattern(), text, starts)


@cache
def _division_body_pattern() -> re.Pattern[str]:
    """`Manitoba Transportation and Infrastructure`, `Alberta Health`: one or two capitalised words (a state or
    province, checked after), then portfolios (`portfolio_words.txt`) joined by `and`."""
    portfolio = "(?:" + trie_pattern(lexicon.portfolio_words()) + ")"
    # Not before another capital: `Alberta Health Minister Ana Roy` names a minister, not a department.
    # The capital opens the pattern (the word boundary checked after it), so that the engine skips to capitals.
    # The place's letters and the spaces inside it are read possessively (`++`): what follows each is a space or
    # a capital, which a letter or a space given back could never be, and the pattern fails at most capitals of
    # a text, where giving them back one at a time is all the engine would do.
    return re.compile(r"(?P<place>[A-Z](?<!\w.)[a-z]++(?:[ \t]++[A-Z][a-z]++)?)[ \t]+" + portfolio +
                      r"(?:[ \t]+(?:and|&)[ \t]+" + portfolio + r")?\b(?![ \t]+[A-Z])")


def _division_bodies(text: str) -> list[tuple[str, int, int]]:
    """A state's or province's department named by its place and its portfolios (`Manitoba Transportation and
    Infrastructure said`), as `Health Canada` is named by its country; and a region's authority or a company
    named by a field no one bears as a surname (`Interior Health has declared`, `_field_body`), where the
    article makes it the subject of a verb somewhere: one written so only inside a phrase (`a degree in Global
    Health from`) names a field of study, not a body."""
    matches = [m for m in _division_body_matches(text) if is_place_name(m.group("place")) or _field_body(m)]
    subjects = {m.group() for m in matches if not is_place_name(m.group("place")) and heads_a_clause(text, m.end())}
    return [(m.group(), m.start(), m.end()) for m in matches
            if is_place_name(m.group("place")) or m.group() in subjects]


def _division_body_matches(text: str) -> list[re.Match[str]]:
    """The matches of `_division_body_pattern` in `text`, those its own left-to-right search would give.

    Every match holds a portfolio word standing whole after a space or tab, with one or two words of letters
    before it (the place): the pattern is tried only at the starts of those one or two words before each
    portfolio word found, and not at all where no portfolio word is among the capitals read (`_capitals_read`)."""
    present = _capitals_read(text).words & lexicon.portfolio_words()
    if not present:
        return []
    starts = set()
    for at, _ in whole_word_starts(text, present):
        for _ in range(2):
            at = _letters_before_start(text, at)
            if at is None:
                break
            starts.add(at)
    return _matches_at(_division_body_pattern(), text, starts)


def _letters_before_start(text: str, end: int) -> int | None:
    """Where the word of ASCII letters before `end`, past the spaces and tabs right before it, starts; None
    where no space or tab, or no letter, stands there."""
    at = end
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == end:
        return None
    letters_end = at
    while at > 0 and text[at - 1].isascii() and text[at - 1].isalpha():
        at -= 1
    return at if at < letters_end else None


def _field_body(match: re.Match[str]) -> bool:
    """`Interior Health`, `Fraser Health`: a name whose last word is a field of public service that is no one's
    surname (`field_body_words.txt`) names a body even where its first words are no place, a given name or a
    word that may be a title (`Interior`); not where they are a small word capitalised (`The Health`)."""
    words = match.group().split()
    return words[-1] in lexicon.field_body_words() and words[0] not in STOP_CAPS \
        and words[0].lower() not in lexicon.stop_words()


def is_division_body(name: str) -> bool:
    """Whether `name` is, as a whole, a state's or province's department (`Manitoba Transportation and
    Infrastructure`) or a body named by its field (`Interior Health`)."""
    match = _division_body_pattern().fullmatch(name)
    return match is not None and (is_place_name(match.group("place")) or _field_body(match))


#: A word of a portfolio in a country body's name: a capital, then small letters, a hyphened part allowed
#: (`Crown-Indigenous`, `Agri-Food`); a capital inside the word (`WestJet`) is a company's, not a portfolio's.
_PORTFOLIO_WORD = re.compile(r"[A-Z][a-z][a-z'\u2019]*(?:-[A-Z]?[a-z][a-z'\u2019]*)?")
#: The words before a country's name that may be portfolios: capitalised words joined by spaces, commas and `and`.
_PORTFOLIOS_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:" + _PORTFOLIO_WORD.pattern
                                + r"(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]+)){2,7}$")
_JOINERS = frozenset({"and", "&"})


def _portfolio_like(token: str, people: frozenset[str]) -> bool:
    """A capitalised word that may be a common noun of a portfolio (`Immigration`, `Oceans`): not a small
    word capitalised, a country, a place, a title, a word heading a body of its own (`Council`), a given name
    or a word of a person's name."""
    return bool(_PORTFOLIO_WORD.fullmatch(token)) and token not in STOP_CAPS and \
        token.lower() not in lexicon.stop_words() and not _is_country(token) and not _is_title(token) and \
        not _is_org_word(token) and \
        token not in people and not is_place_name(token) and not first_name_gender(token)


def _services_ending_portfolio(words: list[str], i: int, people: frozenset[str]) -> bool:
    """`Indigenous Services Canada`, `Public Services and Procurement Canada`, `Correctional Service Canada`: a
    word for a body's work ends a portfolio, after a portfolio word and before the country or `and`;
    elsewhere it heads a body of its own (`the Nordic Council and Norway` are two)."""
    return 0 < i and _is_org_word(words[i]) and (i == len(words) - 1 or words[i + 1] in _JOINERS) and \
        _portfolio_like(words[i - 1], people)


def _country_body_start(words: list[str], people: frozenset[str]) -> int:
    """Where, in the capitalised words before a country's name, a body's portfolios begin: the longest run of
    portfolio words ending at the name, which opens and ends with a word, not with `and` (`the Nordic Council and
    Norway` are two); -1 for none of two words."""
    start = len(words)
    while start > 0 and (words[start - 1] in _JOINERS or _portfolio_like(words[start - 1], people) or
                         _services_ending_portfolio(words, start - 1, people)):
        start -= 1
    while start < len(words) and words[start] in _JOINERS:
        start += 1
    if len(words) - start < 2 or words[-1] in _REGION_WORDS or words[-1] in _JOINERS or \
            lexicon.role_nouns().get(words[-1].lower()) == "person":
        return -1
    return start


def country_body_start(text: str, start: int, end: int, people: frozenset[str] = frozenset()) -> int | None:
    """Where a body named by its portfolios and its country begins, for the country's name at
    `text[start:end]` (`Fisheries and Oceans Canada`): None when no two portfolio words stand before it."""
    country = text[start:end]
    if lexicon.country_of_word().get(country.lower()) != country:
        return None  # a country's own name (`Canada`), not its adjective (`Canadian Heritage`)
    if not _may_follow_portfolios(text, start):
        return None  # most countries follow a small word (`in Canada`), and this costs less than the pattern
    run = _PORTFOLIOS_BEFORE.search(text, max(0, start - 120), start)
    if run is None:
        return None
    words = run.group().replace(",", " ").split()
    first = _country_body_start(words, people)
    if first < 0:
        return None
    at = run.start()
    for word in words[:first]:
        at = text.index(word, at) + len(word)
    at = text.index(words[first], at)
    if any(_named_alone(text, word, at, end) for word in words[first:] if word not in _JOINERS):
        return None
    return at


#: How far back `_may_follow_portfolios` reads for the word before a country's name.
_WORD_BEFORE_CHARS = 40


def _may_follow_portfolios(text: str, start: int) -> bool:
    """Whether `_PORTFOLIOS_BEFORE` may end at `start`, from the word before it alone: the portfolios' last
    word (capitalised, perhaps with its comma) or the `and` or `&` that joins it to the country. Two or more
    portfolios stand there, so white space stands before that word, which is whole in the stretch read unless the
    stretch holds a single piece (then the pattern decides)."""
    pieces = text[max(0, start - _WORD_BEFORE_CHARS):start].rsplit(None, 1)
    if len(pieces) < 2 and start > _WORD_BEFORE_CHARS:
        return True
    last = pieces[-1] if pieces else ""
    return last in _JOINERS or "A" <= last[:1] <= "Z"


def _named_alone(text: str, word: str, start: int, end: int) -> bool:
    """Whether the article writes `word` outside the body's name as a name of its own: capitalised within
    a sentence (after a small word) with no capital after it (`flew to Ottawa on Monday`). A portfolio is a
    common noun capitalised only inside its body's name, so `Ottawa and Tern Canada` are two, not one body."""
    alone = re.compile(r"(?<=[a-z] )" + re.escape(word) + r"\b(?![ \t]+[A-Z])")
    body, found = text[start:end], [m.start() for m in alone.finditer(text)]
    if not found:
        return False
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(body), text)]  # the body, wherever it is named
    return any(not any(b <= at < e for b, e in spans) for at in found)


def _country_bodies(text: str, people: frozenset[str]) -> list[tuple[str, int, int]]:
    """A federal body named by its portfolios and its country, a list of them joined by commas and `and`
    (`Natural Resources Canada`, `Fisheries and Oceans Canada`, `Immigration, Refugees and Citizenship Canada`):
    the whole list is one body's name, as `Health Canada` is, not its last word's (`Citizenship Canada`)."""
    out = []
    for start, end in _country_name_spans(text):
        at = country_body_start(text, start, end, people)
        if at is not None:
            out.append((text[at:end], at, end))
    return out


@cache
def _country_names() -> frozenset[str]:
    """The countries' own names of one word (`Canada`, not `Canadian`), which may end a body's name."""
    return frozenset(name for word, name in lexicon.country_of_word().items()
                     if word == name.lower() and re.fullmatch(r"[A-Z][a-z]+", name))


def _country_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of `_country_name` in `text`, left to right. A match is a capitalised word
    standing whole, so only the names among the words of the text's capitals (`_capitals_read`) are looked for,
    by `str.find`, each kept where a space or tab stands before it; in most articles no name is there at all."""
    return sorted((at, at + len(name)) for at, name in
                  whole_word_starts(text, _capitals_read(text).words & _country_names())
                  if at > 0 and text[at - 1] in " \t")


@cache
def _country_name() -> re.Pattern[str]:
    """A country's own name of one word after a space, ending a body's name (`... Canada`): the names as a
    word-start trie, so that the engine skips to their first letters instead of stopping at every capital.
    The space before a name is checked after its first letter: a check behind opening the pattern would
    have the engine enter it at every character of the text."""
    return re.compile(word_start_pattern(_country_names(), then=r"\b", after=r"[ \t]"))


def _organisations(text: str) -> list[tuple[str, int, int]]:
    """Each organisation named: (name, where it starts, where the words naming it end, a place after its
    legal form included). A municipality's corporation is one (`the City of Regina said`), and so is a
    state's or province's department (`Manitoba Transportation and Infrastructure`)."""
    out = [(m.group().removesuffix("'s").removesuffix("\u2019s"), m.start(), m.end())
           for m in _municipalities(text)]
    out += ampersand_bodies(text)
    french = _french_bodies(text)
    out += french
    # A body's French name holds whatever a reading of English capitals finds in it (`The Commission`).
    named = [m for m in org_matches(text) if not any(b < m.end(1) and m.start(1) < e for _, b, e in french)]
    # A longer name read as an organisation's holds the department's words (`Alberta Health Services`).
    out += [body for body in _division_bodies(text)
            if not any(m.start() < body[2] and body[1] < m.end() for m in named)]
    for match in named:
        whole = match.group(1).strip()
        legal = _LEGAL_FORM_THEN_OF.search(whole)
        name = _without_full_stop(whole[:legal.end()] if legal else whole)
        first = name.split()[0]
        start = match.start(1)
        if first in STOP_CAPS and (first != "The" or _article_opening_sentence(text, start)):
            # `The Harbour Workers' Union said` at a sentence's start: the article, capitalised there as any
            # first word is; within a sentence a capital `The` is part of the name (`read The Daily Courier`).
            start += len(first) + 1
            name = " ".join(name.split()[1:])
        elif _place_possessive(first) and len(name.split()) > 2:
            # `Ontario's Financial Accountability Office`: the place owns the body, whose own name follows.
            start += len(first) + 1
            name = " ".join(name.split()[1:])
        local = _LOCAL_AFTER.match(text, match.start(1) + len(whole)) if not legal else None
        if local:
            # `Harbour Workers' Union Local 269`: the branch a union numbers is part of its name.
            name, whole = name + local.group(), whole + local.group()
        elif not legal and text.startswith(" of ", match.start(1) + len(whole)):
            # `Ministry of Foreign Affairs of the Republic of Norland`: past its two `of` tails, a body's name
            # goes on where the second ends in the form of a state, whose own name follows.
            state = _state_name_after(text, match.start(1) + len(whole), name)
            name, whole = name + state, whole + state
        if name and not _common_noun_opening(text, name, start):
            out.append((name, start, match.start(1) + len(whole)))
    return out


#: ` of Norland`, ` of North Vestria`: the country's own name after the form of a state.
_STATE_NAME_AFTER = re.compile(r" of [A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}")


def _state_name_after(text: str, end: int, name: str) -> str:
    """` of Norland` when `name` ends in the form of a state (`... of the Republic`, `state_forms.txt`) and the
    text at `end` goes on with `of` and capitals; else nothing."""
    if name[name.rfind(" ") + 1:] not in lexicon.state_forms():
        return ""
    match = _STATE_NAME_AFTER.match(text, end)
    return match.group() if match else ""


def _place_possessive(word: str) -> bool:
    """`Ontario's`, `Norland's`: a place's or country's possessive, which says whose a body is, not its name."""
    return word.endswith(("'s", "\u2019s")) and (_is_country(word[:-2]) or is_place_name(word[:-2]))


@cache
def _french_head_pattern() -> re.Pattern[str]:
    r"""A noun heading a body's French name (`Société`), or initials (`CIUSSS`), as a whole word. The pattern
    opens with a class of capitals, so that the engine skips to them at C speed; what stands before the
    capital is checked after it (`(?<![\w'-].)`), and the rest of the head read after the capital it
    opens with (`(?<=S)ociété`)."""
    before = r"(?<![\w'\u2019-].)"
    heads = sorted(lexicon.french_body_nouns(), key=len, reverse=True)
    by_capital: dict[str, list[str]] = {}
    for head in heads:
        by_capital.setdefault(head[0], []).append(head[1:])
    capitals = "".join(sorted(set(by_capital) | set(string.ascii_uppercase)))
    rests = [f"(?<={re.escape(capital)})(?:{'|'.join(map(re.escape, tails))})"
             for capital, tails in sorted(by_capital.items())]
    return re.compile(f"[{re.escape(capitals)}]{before}(?:{'|'.join(rests)}|(?P<initials>(?<=[A-Z])[A-Z]{{1,5}}))"
                      r"(?![\w'\u2019-])")


def _may_name_a_french_body(text: str) -> bool:
    """Whether a French particle stands between spaces, or an elided one opens a word, anywhere in the text: a
    French name ends only at a capitalised word after one, and most English articles hold none."""
    return "\t" in text or _french_particle().search(text) is not None  # with tabs between words, read on


@cache
def _french_particle() -> re.Pattern[str]:
    r"""` de `, ` du `, ` l'Est`: a particle of `french_name_particles.txt` between spaces, or an elided one
    opening a word; the pattern opens with the space, which the engine skips to at C speed.

    The engine enters it at every space of the text: the particles with their space, and the elided ones
    with their apostrophe, are one trie (`(?:(?:de|du|...) |[dDlL]['’]\w)` read a letter at a
    time), so that most spaces are left after one letter; an elided particle reads its word character
    after the apostrophe (checked behind)."""
    words = {particle + " " for particle in lexicon.french_name_particles()} | \
        {letter + apostrophe for letter in "dDlL" for apostrophe in "'\u2019"}
    return re.compile(r" " + trie_pattern(words) + r"(?:(?<= )|(?<=['\u2019])\w)")


#: A word after a space or tab on the line, up to a comma, a bracket, a quotation mark or a full stop.
_FRENCH_WORD = re.compile(r"[ \t]+([^\s,.;:!?()\"\u201c\u201d]+)")
#: `d'`, `l'`: an elided particle opening the word it is written onto (`l'Est-de-l'Île-de-Montréal`).
_ELIDED = re.compile(r"[dDlL]['\u2019](?=\w)")
#: How many words after its head a French name may run to.
_FRENCH_NAME_WORDS = 14


def _french_name_end(text: str, at: int, initials: bool) -> int | None:
    """Where the French name whose head ends at `at` ends: at its last capitalised word after a particle
    (`... de transport de Montréal`), reading on through lower-case words and particles; None for no such
    word. Initials head a name only right before a particle (`CIUSSS de l'Est-de-l'Île-de-Montréal`)."""
    particles, end, after_particle = lexicon.french_name_particles(), None, False
    for count in range(_FRENCH_NAME_WORDS):
        word = _FRENCH_WORD.match(text, at)
        if word is None:
            break
        token = word.group(1)
        elided = _ELIDED.match(token)
        if token in particles or elided:
            after_particle = True
            token = token[elided.end():] if elided else ""
        elif initials and count == 0:
            break
        if token[:1].isupper():
            if not after_particle:
                break
            end, after_particle = word.end(), False
        elif token and (not token.replace("-", "").isalpha() or token in lexicon.stop_words()):
            break  # an English word, a number: the name has ended
        elif token:
            after_particle = False
        at = word.end()
    return end


@lru_cache(maxsize=4)
def _french_bodies(text: str) -> list[tuple[str, int, int]]:
    """Bodies named in French (`Société de transport de Montréal`, `Conseil des Atikamekw de Wemotaci`): a
    head noun, then lower-case words and particles, to the last capitalised word after a particle."""
    out: list[tuple[str, int, int]] = []
    if not _may_name_a_french_body(text):
        return out
    for head in _french_head_pattern().finditer(text):
        end = _french_name_end(text, head.end(), head.group("initials") is not None)
        if end is not None:
            out.append((text[head.start():end], head.start(), end))
    return out


#: ` Local 269`, ` Local 1005`: a union branch's number after the union's name.
_LOCAL_AFTER = re.compile(r" Local \d{1,5}\b")
_NUMBER_AFTER = re.compile(r" \d{1,5}\b")


def _local_number(text: str, name: str, start: int) -> str:
    """`UFCW Local 864`, `CUPE Local 79`: an acronym-led union branch ends in its number, which the run of
    capitalised words leaves out; the branch is its union's `Local` and that number, not `Local` alone."""
    if not name.endswith(" Local"):
        return ""
    number = _NUMBER_AFTER.match(text, start + len(name))
    return number.group() if number else ""


def _common_noun_opening(text: str, name: str, start: int) -> bool:
    """`Police said most cars were found`: one word for a body, capitalised only because it opens the
    sentence, where the article writes it in lower case too (`police said`), is a common noun, not a
    body's name (`Kremlin`, never written so, stays one)."""
    if " " in name or not _article_opening_sentence(text, start):
        return False
    lower = name.lower()
    return any(_bounded(text, at.start(), lower) for at in re.finditer(re.escape(lower), text))


def _article_opening_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence or a paragraph: nothing but space between it and
    the start of the text, a line break, or a mark that ends a sentence."""
    before = text[max(0, position - 40):position].rstrip(" \t\"'\u201c\u201d\u2018\u2019")
    if before[-1:] in ("-", "\u2013", "\u2014"):
        # `TORONTO — The Federation of Kiln Workers said`: the dateline's dash opens the lead's first sentence.
        line = text.rfind("\n", 0, position) + 1
        return DATELINE_LEAD.fullmatch(text, line, position) is not None
    return not before or before[-1] in ".!?\n"


def name_tokens(entities: list[Entity]) -> frozenset[str]:
    """Every word of every person name: what narration about these people would contain."""
    return frozenset(t for e in entities if e.kind == "person" for t in e.tokens)


#: `Procter & Gamble`, `Red Deer & District SPCA`: capitalised words joined by an ampersand set off by spaces,
#: which joins the partners or parts of a firm's or a society's name and never a person's given name and
#: surname. An ampersand between letters with no space (`AT&T`, `R&D`, `Q&A`) makes one word, an abbreviation
#: the run of capitals reads as it reads any other.
#: Written to open with the name's first capital, which the engine skips to, and to check what stands before it
#: after it (`[A-Z](?<![\w&'\u2019.-].)`): the plain form, opening with that check,
#: `(?<![\w&'\u2019.-])(?P<name>(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}[A-Z][\w'\u2019.-]*[ \t]+&[ \t]+...|[A-Z]{1,3}&...)`,
#: is entered at every character of the text. Each alternative goes on from its first capital: a word and then up to
#: two more before the one before the ampersand, or that one itself; two or three capitals joined, or one.
_AMPERSAND_NAME = re.compile(r"(?P<name>[A-Z](?<![\w&'\u2019.-].)(?:"
                             r"(?:[\w'\u2019-]*[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}[A-Z][\w'\u2019.-]*"
                             r"|[\w'\u2019.-]*)"
                             r"[ \t]+&[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}"
                             # `R&R Rescue`: capitals joined with no space lead a longer name
                             r"|[A-Z]{0,2}&[A-Z]{1,3}(?:[ \t]+[A-Z][\w'\u2019-]*){1,3}))")


@lru_cache(maxsize=2)
def ampersand_bodies(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each body named by capitalised words joined by ` & ` (name, start, end). Not titles (`Mr. & Mrs. Lee`: a
    couple), nor two given names (`Jim & Sarah`), nor the article opening a sentence. Kept for the last texts:
    the name reader asks twice per article."""
    if "&" not in text:
        return ()  # most texts hold none
    out = []
    for match in _AMPERSAND_NAME.finditer(text):
        tokens = match.group("name").split()
        start = match.start("name")
        while tokens and tokens[0] in STOP_CAPS:
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        name = " ".join(tokens)
        if text.startswith(".", match.end()) and tokens and tokens[-1] in _NAME_ABBREVIATIONS:
            name += "."  # `Fortin & Co.`: the abbreviation's own full stop, not the sentence's
        if tokens[:1] == ["&"] or any(_is_title(t.rstrip(".")) for t in tokens) or _couple(name):
            continue
        out.append((name, start, start + len(name)))
    return tuple(out)


def _couple(name: str) -> bool:
    """`Jim & Sarah`, `Jim & Sarah Pell`: given names on both sides of the ampersand join two people, not a
    firm's partners. Many a founder's surname is a given name too (`Fenwick & Lowe`): only names common as given
    names (`sure_first_name_gender`) join a couple alone; others do where the surname they share follows."""
    before, _, after = (part.split() for part in name.partition("&"))
    if not before or not after or not first_name_gender(before[-1].rstrip(".")) or not first_name_gender(after[0]):
        return False
    if sure_first_name_gender(before[-1].rstrip(".")) and sure_first_name_gender(after[0]):
        return True
    return len(after) == 2 and not _is_org_word(after[1])
