"""Rendering the HTML reports from Jinja templates, with every value escaped unless marked safe.

Article text is whatever the input held, markup included; autoescape makes
escaping the default, so a `<script>` in an article is shown as text, never run.
The only values marked safe are the package's own CSS and script.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def environment() -> Environment:
    """The template environment: autoescape on for every template, unknown names an error."""
    return Environment(loader=PackageLoader("quotes", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(template: str, **context: object) -> str:
    """`template` (a file in quotes/templates/) rendered with `context`."""
    return environment().get_template(template).render(**context)


def asset(name: str) -> str:
    """The text of a file in quotes/templates/ (the report's CSS and script), to inline into a page."""
    return resources.files("quotes.templates").joinpath(name).read_text(encoding="utf-8")
