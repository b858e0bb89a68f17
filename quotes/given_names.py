"""Given names: a known first name shows that a run of capitals names a person.

"Anna Berg with Wheels for Work came to the rally" gives no title, role or cue verb to
show that Anna Berg is a person rather than a place or a firm; her first name does. The
list is gender-guesser's (some 40,000 first names of many countries). Only names it marks
as plainly male or female count, so that words that are also names ("Hope", "Justice")
decide nothing. The gender it gives is a hint, never the last word (see `Entity.gender`).
"""

from __future__ import annotations

import string
from functools import cache, lru_cache
from typing import Any

from quotes import lexicon

_GENDER = {"male": "m", "female": "f"}


@cache
def _detector() -> Any:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str | None:
    """'m' or 'f' when `word` is a first name given to men or to women only, else None."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 2:
        return None
    return _GENDER.get(_detector().get_gender(word))


#: The countries of the list whose usage English-language news follows for a first name's gender.
ENGLISH_COUNTRIES = ("usa", "great_britain")


@lru_cache(maxsize=65536)
def bearer_gender(word: str) -> str | None:
    """The gender a first name gives its bearer in English-language news: `first_name_gender`'s, unless the
    United States or Britain give the name to the other gender (`Jan`, a man's name in most of Europe and a
    woman's there; `Jean`, `Valery`): then none, and the article's pronouns decide. The name is still a
    known first name for finding names."""
    gender = first_name_gender(word)
    if gender is None:
        return None
    answers = (_detector().get_gender(word, country).removeprefix("mostly_") for country in ENGLISH_COUNTRIES)
    return None if any(_GENDER.get(answer, gender) != gender for answer in answers) else gender


#: How common a first name must be, its frequencies summed over the list's countries, for its gender to be sure.
SURE_FREQUENCY = 4


@lru_cache(maxsize=65536)
def sure_first_name_gender(word: str) -> str | None:
    """The first name's gender where the list gives it to one gender only and the name is not rare: a name
    the list also gives to the other gender somewhere ("Nikol", a man's name in Armenia, a woman's in
    Czechia) or knows from a handful of bearers ("Rio") is no sure sign."""
    gender = first_name_gender(word)
    if gender is None:
        return None
    entries = _detector().names.get(word.lower(), {})
    if len(entries) != 1:
        return None
    frequencies = next(iter(entries.values()))
    return gender if sum(int(c, 16) for c in frequencies if c in string.hexdigits) >= SURE_FREQUENCY else None


#: How long a surname must be for its ending to tell a gender: `Dov`, `Lev` and `Eva` are names of their own.
_SURNAME_MIN = 5


@lru_cache(maxsize=65536)
def surname_gender(word: str) -> str | None:
    """'m' or 'f' when the surname's ending gives its bearer's gender by grammar (`surname_endings.csv`:
    `Tokoev` a man's, `Tokoeva` a woman's), else None. The longest ending that fits decides."""
    if len(word) < _SURNAME_MIN or not word.isalpha() or not word[0].isupper():
        return None
    lower = word.lower()
    endings = lexicon.surname_endings()
    fitting = [ending for ending in endings if lower.endswith(ending)]
    return endings[max(fitting, key=len)] if fitting else None


def name_gender(given: str, surname: str) -> str | None:
    """The gender a full name gives its bearer: a man's surname ending outweighs the first name, whose
    lists are weakest on the names of Central Asia and the Caucasus; a woman's decides where the first name
    tells nothing (see `surname_endings.csv`)."""
    by_surname = surname_gender(surname) if surname != given else None
    if by_surname == "m":
        return "m"
    return bearer_gender(given) or by_surname
