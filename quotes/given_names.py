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
