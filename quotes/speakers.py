"""One speaker across documents: Sergei Shoigu and Sergey Shoigu are one person.

Names are compared by a key that forgets accents, script (via `anyascii`) and the
usual variants of transliterating Russian names (-ei/-ey/-ii/-iy endings, ks/x);
two names with one surname key are the same person only when their given names
agree (the same key, an initial, or a short form: Alex and Alexander, not Jan and
Jana) and so do their middle initials (George W. is not George H. W.). A bare
surname joins the one full name that carries it across the corpus, or, of several,
the one quoted under them at least nine times in ten. A body ("the Foreign
Ministry") has no surname and no given names: two bodies are one only with one
whole name, an opening "The" aside. Ids are hashes of
the key, so the same input gives the same ids.
Unnamed speakers ("a citizen") are keyed by their document: two articles' citizens
are not one person. Participants of a quote's occasion who are speakers are given
the same display name.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Protocol

from anyascii import anyascii

from quotes import lexicon
from quotes.given_names import first_name_gender
from quotes.mentions import ARTICLE_PREFIX
from quotes.model import Document

_VOWEL_Y_VOWEL = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_VOWEL_Y = re.compile(r"(?<=[aeiou])y(?=[^aeiou]|$)")
_FINAL_ER = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])er$")
# An opening Cyrillic ya or yu written "ia", "iu" (the passport system: Iurii, Iaroslav) when a
# consonant and a vowel follow, as in the Slavic names; "Ian" and "Iain" keep their own sound.
_OPENING_I = re.compile(r"^i(?=[au][bcdfghjklmnpqrstvwxz][aeiouy])")
# The passport system's "iia" for a closing -iya (Iuliia, Nataliia), after a syllable at least.
_FINAL_IIA = re.compile(r"(?<=[a-z]{3})iia$")


@lru_cache(maxsize=1 << 16)
def _token_key(token: str, endings: bool = True) -> str:
    """A word of a name with the choices of its romanisation folded away, so that the spellings
    one name gets from Cyrillic and other scripts share one key: Sergei/Sergey, Aliyev/Aliev,
    Tokayev/Tokaev, Yevgeny/Evgeny, Shoigu/Shoygu, Alexander/Aleksandr, Maria/Mariya,
    Iurii/Yury, Iuliia/Yulia, Zelenskyy/Zelensky, Dzhumabaev/Jumabayev, al-Hadi/Hadi; and Əliyev/Aliyev,
    Məmmədov/Mammadov: English writes the Azerbaijani schwa "a" (plain letters would make it "e")."""
    token = anyascii(token.replace("\u0259", "a").replace("\u018f", "A")).lower()
    token = re.sub(r"[^a-z0-9-]", "", token)
    token = _OPENING_I.sub("y", token)  # Iurii, Iaroslav
    token = _FINAL_IIA.sub("ia", token)  # Iuliia, Nataliia
    token = token.replace("dzh", "j")  # Dzhumabaev: the English "j" of Russian and Central Asian names
    token = ARTICLE_PREFIX.sub("", token)  # al-Hadi and Hadi: writers leave the Arabic article out
    token = token.replace("ks", "x")
    if endings:
        token = re.sub(r"(ei|ey|ii|iy|yi|yy|y)$", "i", token)  # and Zelenskyy
    token = _VOWEL_Y_VOWEL.sub("", token)  # Aliyev, Tokayev, Mariya: a y between vowels
    token = _VOWEL_Y.sub("i", token)  # Shoygu, Sergey: a y closing a vowel
    if token.startswith("ye"):
        token = token[1:]  # Yevgeny, Yelena
    return _FINAL_ER.sub("r", token)  # Alexander, Aleksandr


def surname_key(token: str) -> str:
    """The spelling-blind key of a bare surname: as `_token_key`, but its ending is left as written. A surname
    alone has no given name to confirm that two spellings are one name, and its ending tells surnames
    apart more often than it varies (Sweeny and Sweeney are two names; Tokaev and Tokayev, Erdogan and
    Erdoğan, O'Neill and O’Neill are one)."""
    return _token_key(token, endings=False)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """The spelling-blind key of a name (Sergei and Sergey Shoigu share one); names recur, so keys are kept.

    A leading "the" is no part of a name: "The Nordic Council" opening a sentence is the Nordic Council."""
    key = tuple(k for k in (_token_key(t) for t in name.split()) if k)
    return key[1:] if len(key) > 1 and key[0] == "the" else key


def is_organisation(name: str) -> bool:
    """Does the name hold a word for a body ("Foreign Ministry", "Nordvik Bank")? Such a name is
    the whole name of one body: its other words ("Kestovian", "Health") are no given names."""
    return any(word in lexicon.org_nouns() for word in name.split())


def given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Can the given names (and middle names) of two keys with one surname be one person's?"""
    if not a or not b:
        return True
    return _first_names_agree(a[0], b[0]) and _middle_initials_agree(a[1:], b[1:])


def _first_names_agree(a: str, b: str) -> bool:
    """One key, or an initial of the other (J. and Jan), or a short form of it: a name of three
    letters or more that the other continues by two letters or more (Alex and Alexander, Vlad
    and Vladimir), unless the two are first names of different genders (Dan and Daniela). A
    name one letter longer is another name, often its feminine form (Jan and Jana, Ivan and
    Ivana), not a short form."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    if not full.startswith(short):
        return False
    if len(short) == 1:
        return True
    if len(short) < 3 or len(full) - len(short) < 2:
        return False
    genders = {first_name_gender(short.capitalize()), first_name_gender(full.capitalize())}
    return not {"m", "f"} <= genders


@lru_cache(maxsize=1)
def _familiar_forms() -> dict[str, tuple[str, ...]]:
    """The key of each familiar form, and those of the full names it may stand for, in the data file's
    order (Ted: Edward, Theodore), so that the same article always gives the same name."""
    forms: dict[str, tuple[str, ...]] = {}
    for short, full in lexicon.given_name_forms():
        forms[_token_key(short)] = (*forms.get(_token_key(short), ()), _token_key(full))
    return forms


def join_familiar_forms(doc: Document) -> None:
    """`Bob Lindqvist, as the mayor is known` and `Mayor Robert Lindqvist` quoted in one article are one
    person, under the full name: a familiar form whose letters do not show its full name (Bob, Robert;
    `given_name_forms.csv`). Only within an article, where one story tells of one person: across a
    corpus, a Bob and a Robert of one surname may be two people."""
    named = {q.speaker for q in doc.quotes if q.speaker and q.speaker_named and not q.speakers}
    if len(named) < 2:
        return
    full_names = {(key[0], key[-1]): name for name in named if len(key := name_key(name)) > 1}
    renamed: dict[str, str] = {}
    for name in named:
        key = name_key(name)
        if len(key) < 2:
            continue
        full = next((full_names[(given, key[-1])] for given in _familiar_forms().get(key[0], ())
                     if (given, key[-1]) in full_names), None)
        if full is not None:
            renamed[name] = full
    for quote in doc.quotes:
        if quote.speaker in renamed:
            quote.speaker = renamed[quote.speaker]


def _middle_initials_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names given as initials on both sides are the same initials (George W. is not
    George H. W.); a side without middle names, or with one written out, says nothing against."""
    if not a or not b or any(len(k) > 1 for k in (*a, *b)):
        return True
    return a == b


def unname_exchange_roles(doc: Document) -> None:
    """A speaker called only by a part of the exchange ("Question:", "Q:", "Interviewer:") names no
    one: it is the document's own unnamed speaker, as "a reporter" is, so that the questions of two
    unrelated briefings are not one speaker who met everyone who answered them."""
    roles = lexicon.exchange_roles()
    for quote in doc.quotes:
        if quote.speaker and quote.speaker_named and not quote.speakers and \
                quote.speaker.strip(" .:").lower() in roles:
            quote.speaker_named = False


#: The share of the quotes under a surname's full names that one person must hold for the bare surname to be
#: theirs when several people bear it.
DOMINANT_SHARE = 0.9


def _bearer_of_surname(full: list[tuple[str, ...]], canonical: dict[tuple[str, ...], tuple[str, ...]],
                       quoted: Counter) -> tuple[str, ...] | None:
    """The person a bare surname stands for across the corpus: the one full name that carries it, or, of
    several, the one the corpus quotes under them at least nine times in ten (a bare `Obama` is Barack
    Obama's beside one quote of Michelle Obama), as a reader takes a bare surname for the person the news
    quotes by it. None when no one holds that share (Hillary and Bill Clinton, both quoted often)."""
    per_person: Counter = Counter()
    for key in full:
        per_person[canonical[key]] += quoted[key]
    if len(per_person) == 1:
        return next(iter(per_person))
    if not per_person:
        return None
    person, count = max(per_person.items(), key=lambda item: (item[1], item[0]))
    return person if count >= DOMINANT_SHARE * sum(per_person.values()) and count > 0 else None


def speaker_id(key: tuple[str, ...]) -> str:
    return "s_" + hashlib.sha1(" ".join(key).encode()).hexdigest()[:12]


class Listing(Protocol):
    def match(self, name: str) -> Any: ...


def canonicalise(documents: Iterable[Document], speaker_list: Listing | None = None) -> None:
    """Give every attributed quote its corpus-wide display name and `speaker_id`.

    With a `speaker_list` (see `quotes.speaker_list`), names it lists take its canonical
    name first, so the user's choice of name and identity wins over the merging rules.
    """
    docs = list(documents)
    if speaker_list is not None:
        _apply_list(docs, speaker_list)
    for doc in docs:
        for quote in doc.quotes:
            if quote.speaker and not quote.speaker_named:
                quote.speaker_id = speaker_id(("~" + doc.doc_id, *name_key(quote.speaker)))
    spoken = Counter(name for d in docs for q in d.quotes if q.speaker and q.speaker_named
                     for name in (q.speakers or [q.speaker]))
    bodies = {name_key(name) for name in spoken if is_organisation(name)}
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for name in sorted(spoken):
        key = name_key(name)
        # A person is grouped by surname, to meet the other spellings of their name; a body by its
        # whole name, so that two countries' foreign ministries stay two.
        group = key if key in bodies else key[-1:]
        if key and key not in groups[group]:
            groups[group].append(key)
    quoted: Counter = Counter()
    for name, count in spoken.items():
        quoted[name_key(name)] += count
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    for keys in groups.values():
        full = [k for k in keys if len(k) > 1]
        for key in sorted(keys, key=len, reverse=True):
            if len(key) == 1:
                canonical[key] = _bearer_of_surname(full, canonical, quoted) or key
                continue
            match = next((c for c in full if c in canonical.values() and c[-1] == key[-1]
                          and given_names_agree(c[:-1], key[:-1])), None)
            canonical[key] = match or key
    display: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for name, count in spoken.items():
        key = name_key(name)
        if key:
            display[canonical[key]][name] += count
    # The display name is the full name the corpus quotes the person under most often ("Harold Ried"
    # over a single "Harold M. Ried"); a bare surname only when no full name is known; ties go to the
    # longer form. A name opening with "The" only when it is never written without.
    names = {key: sorted(c.items(), key=lambda kv: (len(kv[0].split()) < 2, kv[0].startswith("The "), -kv[1],
                                                    -len(kv[0].split()), kv[0]))[0][0]
             for key, c in display.items()}
    for doc in docs:
        for quote in doc.quotes:
            if not quote.speaker or not quote.speaker_named:
                continue
            if quote.speakers:
                # A group ("the two ministers"): each member by their own name and id; no one id for all.
                members = [canonical[k] for k in map(name_key, quote.speakers) if k]
                quote.speakers = [names[root] for root in members]
                quote.speaker_ids = [speaker_id(root) for root in members]
                quote.speaker, quote.speaker_id = " and ".join(quote.speakers), None
                continue
            key = name_key(quote.speaker)
            if not key:
                continue
            root = canonical[key]
            quote.speaker = names[root]
            quote.speaker_id = speaker_id(root)
    _name_people(docs, canonical, names)


def _apply_list(docs: list[Document], speaker_list: Listing) -> None:
    """Every listed name, wherever a person is named, becomes the list's canonical name."""
    def listed(name: str) -> str:
        entry = speaker_list.match(name)
        return entry.canonical if entry else name

    for doc in docs:
        for quote in doc.quotes:
            if quote.speaker and quote.speaker_named:
                quote.speakers = [listed(n) for n in quote.speakers]
                quote.speaker = " and ".join(quote.speakers) if quote.speakers else listed(quote.speaker)
            quote.occasion.participants = [listed(n) for n in quote.occasion.participants]
            quote.addressees = [listed(n) for n in quote.addressees]


def _name_people(docs: list[Document], canonical: dict[tuple[str, ...], tuple[str, ...]],
                 names: dict[tuple[str, ...], str]) -> None:
    """Participants and addressees who are speakers take their display name, so one person is
    written one way wherever they are named."""
    def shown(people: list[str]) -> list[str]:
        out: list[str] = []
        for name in people:
            display = names.get(canonical.get(name_key(name), ()), name)
            if display not in out:
                out.append(display)
        return out

    for doc in docs:
        for quote in doc.quotes:
            quote.occasion.participants = shown(quote.occasion.participants)
            quote.addressees = shown(quote.addressees)
