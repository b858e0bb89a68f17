"""Publishing a built corpus as a dataset: a card, Croissant metadata and checksums beside the tables.

`publish` adds three files to a corpus folder: `README.md` (the dataset card, with
the YAML header dataset hubs read), `croissant.json` (Croissant 1.0 JSON-LD) and
`SHA256SUMS` (in the format `sha256sum -c` checks). The tables are not touched.
Rebuilding the corpus removes the three files, since their figures would be stale:
publish again after a build.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from quotes import lexicon
from quotes.card import CardInfo, dataset_card
from quotes.croissant import croissant
from quotes.export import FILES, PUBLISHED, TABLES, load
from quotes.provenance import file_sha256
from quotes.schema import SCHEMAS, read_metadata

CARD, CROISSANT, CHECKSUMS = PUBLISHED
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class PublishError(Exception):
    """The corpus cannot be published as asked; the message is one line."""


@dataclass(frozen=True)
class Published:
    """Where `publish` wrote each file."""

    root: Path
    card: Path
    croissant: Path
    checksums: Path


def licence_url(licence: str) -> str:
    """The SPDX page of a licence id the card accepts."""
    return f"https://spdx.org/licenses/{lexicon.licences()[licence]}.html"


def _licence(value: str) -> str:
    known = lexicon.licences()
    licence = value.strip().lower()
    if licence not in known:
        raise PublishError(f"unknown licence {value!r}; use one of: {', '.join(known)}")
    return licence


def _one_line(label: str, value: str | None) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise PublishError(f"a dataset needs a {label}")
    return text


def _date(value: str | dt.date | None) -> dt.date:
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PublishError(f"date {value!r} is not a yyyy-mm-dd date") from None


def default_citation(name: str, version: str, year: int, url: str | None) -> str:
    """A BibTeX entry for the dataset, when the publisher gives none."""
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "dataset"
    title = name.replace("{", "").replace("}", "")
    lines = [f"@misc{{{key}_{year},", f"  title = {{{title}}},", f"  year = {{{year}}},",
             f"  note = {{Version {version}}},"]
    if url:
        lines.append(f"  url = {{{url}}},")
    return "\n".join(lines) + "\n}"


def _write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file beside `path`, so a reader never sees half a file."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def publish(out_dir: str | Path, name: str, license: str, description: str, language: str = "en",
            url: str | None = None, citation: str | None = None, version: str = "1.0.0",
            date: str | dt.date | None = None) -> Published:
    """Write the dataset card, Croissant metadata and checksums of the corpus in `out_dir`.

    `license` is a dataset hub's licence id (cc-by-4.0, cc0-1.0, mit, ...), `language`
    the language code of the articles, `version` the dataset's MAJOR.MINOR.PATCH
    version and `date` its publication date (today when not given).
    """
    out = Path(out_dir)
    name, description = _one_line("name", name), description.strip() if description else ""
    if not description:
        raise PublishError("a dataset needs a description")
    licence = _licence(license)
    if not _LANGUAGE.match(language):
        raise PublishError(f"language {language!r} is not a language code such as en or pt-BR")
    if not _VERSION.match(version):
        raise PublishError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    published = _date(date)
    corpus = load(out)
    if corpus.quotes.empty:
        raise PublishError(f"{out}: the corpus has no quotes to publish")
    cite = citation.strip() if citation and citation.strip() else default_citation(name, version, published.year, url)
    info = CardInfo(name, description, licence, language, url, cite, read_metadata(out / TABLES[0]))
    files = {table: (os.path.getsize(out / table), file_sha256(out / table)) for table in TABLES}
    rows = {table: len(getattr(corpus, table)) for table in SCHEMAS}
    metadata = croissant(name, description, licence_url(licence), language, files, rows, url=url,
                         citation=cite, version=version, date_published=published.isoformat())
    _write_atomic(out / CROISSANT, json.dumps(metadata, indent=1, ensure_ascii=False) + "\n")
    _write_atomic(out / CARD, dataset_card(info, corpus))
    listed = sorted({*FILES, CARD, CROISSANT})
    _write_atomic(out / CHECKSUMS, "".join(f"{file_sha256(out / n)}  {n}\n" for n in listed if (out / n).is_file()))
    return Published(out, out / CARD, out / CROISSANT, out / CHECKSUMS)
