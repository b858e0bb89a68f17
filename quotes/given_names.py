"""Given names: a known first name shows that a run of capitals names a person.

"Anna Berg with Wheels for Work came to the rally" gives no title, role or cue verb to
show that Anna Berg is a person rather than a place or a firm; her first name does. The
list is gender-guesser's (some 40,000 first names of many countries). Only names it marks
as plainly male or female count, so that words that are also names ("Hope", "Justice")
decide nothing. The gender it gives is a hint, never the last word (see `Entity.gender`).
"""

from __future__ import annotations

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
