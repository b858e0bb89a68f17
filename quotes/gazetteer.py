"""Names of countries and their first-level divisions: a run of capitals that names a place is no person.

"Nova Scotia", "New Brunswick" and "Santa Catarina" open with words that are also first
names; pycountry's ISO 3166 tables (countries, and the states, provinces and regions of
each) tell them apart from people without a model.
"""

from __future__ import annotations

from functools import cache


@cache
def place_names() -> frozenset[str]:
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, key) for key in ("name", "common_name", "official_name") if hasattr(country, key))
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    return frozenset(names)


def is_place_name(name: str) -> bool:
    """Whether `name` is, as written, the name of a country or of a country's state or province."""
    return name in place_names()
