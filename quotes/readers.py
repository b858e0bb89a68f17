"""Reading articles: folders, .txt files, JSONL and CSV.

Bad input never stops a build with a traceback and never loses a document
silently: every problem is one line naming the file (and line), handed to
`report`; a problem with one document keeps the document, empty if need be,
with the problem in its warnings, so that counts and ids stay traceable.
Texts are kept exactly as decoded, because every offset downstream indexes into them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from quotes.metadata import iso_date, parse_text_metadata
from quotes.model import Document

SUFFIXES = (".txt", ".jsonl", ".csv")
#: Explicit metadata a JSONL or CSV record may carry; any other field is ignored.
RECORD_FIELDS = ("title", "date", "source", "url")
Report = Callable[[str], None]
#: Code pages preferred when several decode a file equally well (most common first).
PREFERRED_ENCODINGS = ("cp1252", "cp1251", "latin_1")

# The id of a JSONL line too broken to parse, so that its document is kept (empty) rather than dropped.
_RECOVER_ID = re.compile(r'"(?:id|doc_id)"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,200})"|(-?\d{1,30})\b)')
# Control characters that do not occur in text; a decoding full of them means the bytes were not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


class InputError(Exception):
    """A problem with the input, in one line that names the file (and the line)."""


def _decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (without its BOM) first, then what charset-normalizer detects."""
    if b"\x00" in data:
        raise InputError(f"{where}: not a text file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _detect(data)
    if encoding is None or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise InputError(f"{where}: not a text file (no text encoding fits)")
    return text, encoding


def read_text_file(path: str | Path) -> tuple[str, str]:
    """(text, encoding) of a text file in any common encoding; `InputError` in one line otherwise."""
    return _decode(_read_bytes(Path(path)), str(path))


def _detect(data: bytes) -> tuple[str, str | None]:
    """charset-normalizer's choice, except that among equally good guesses the common code pages win.

    Short Western European texts decode without a flaw in several code pages (cp1250,
    cp1257, ...): only the letters differ, and cp1252 is by far the likeliest to be right.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return "", None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for preferred in PREFERRED_ENCODINGS:
        if any(preferred in m.could_be_from_charset for m in tied):
            return data.decode(preferred), preferred
    return str(best), best.encoding


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def jsonl_lines(content: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for each non-blank line of JSONL text.

    Only "\n" ends a JSONL line: str.splitlines would also split at U+2028 inside a string.
    """
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            yield number, line


def _raise_field_size_limit() -> None:
    """Let CSV fields hold whole articles: the default limit is 128 KB."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _record_id(row: dict) -> str | None:
    """The `id` (or else `doc_id`) of a record, as a string; None when neither is usable."""
    for key in ("id", "doc_id"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _fill(doc: Document) -> Document:
    """Complete what explicit metadata left empty with what the text itself says."""
    found = parse_text_metadata(doc.text)
    doc.title = doc.title or found.title
    doc.date = iso_date(doc.date) or found.date
    doc.source = doc.source or found.source
    doc.place = doc.place or found.place
    doc.metadata_spans = found.spans
    return doc


class _Reader:
    """Reads inputs one after the other, remembering the ids already given out."""

    def __init__(self, on_error: str, report: Report | None):
        if on_error not in ("skip", "fail"):
            raise InputError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
        self.on_error = on_error
        self.report = report or (lambda message: print(message, file=sys.stderr))
        self.used: set[str] = set()
        self.next_suffix: dict[str, int] = {}

    def problem(self, message: str) -> None:
        if self.on_error == "fail":
            raise InputError(message)
        self.report(message)

    def flag(self, doc: Document, message: str) -> None:
        """Report a problem with one document and keep it in the document's warnings."""
        self.problem(message)
        doc.warnings.append(message)

    def keep(self, doc: Document, where: str) -> Document:
        """The document with an id no earlier document has, and metadata filled from its text."""
        base = doc.doc_id
        if base in self.used:
            number = self.next_suffix.get(base, 2)
            while f"{base}#{number}" in self.used:
                number += 1
            self.next_suffix[base] = number + 1
            doc.doc_id = f"{base}#{number}"
            self.flag(doc, f"{where}: duplicate document id {base!r}, kept as {doc.doc_id!r}")
        self.used.add(doc.doc_id)
        return _fill(doc)

    # -- finding the files -------------------------------------------------------------------

    def files(self, inputs: Sequence[str | Path]) -> list[Path]:
        """The files the inputs name; a missing path or an unknown file type stops everything."""
        files: list[Path] = []
        for item in inputs:
            path = Path(item)
            try:
                is_dir, exists = path.is_dir(), path.exists()
            except OSError as error:
                raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
            if is_dir:
                files.extend(self.folder_files(path))
            elif not exists:
                raise InputError(f"{path}: no such file or folder")
            elif path.suffix.lower() not in SUFFIXES:
                expected = ", ".join(SUFFIXES)
                raise InputError(f"{path}: unsupported file type (expected {expected} or a folder)")
            else:
                files.append(path)
        return _unique_paths(files)

    def folder_files(self, folder: Path) -> list[Path]:
        def unreadable(error: OSError) -> None:
            self.problem(f"{error.filename or folder}: cannot be read ({error.strerror or error})")

        found = [Path(root, name) for root, _, names in os.walk(folder, onerror=unreadable)
                 for name in names if Path(name).suffix.lower() in SUFFIXES]
        if not found:
            self.problem(f"{folder}: no {', '.join(SUFFIXES)} files in this folder")
        return sorted(found)

    # -- reading them ------------------------------------------------------------------------

    def path(self, path: Path) -> Iterator[Document]:
        suffix = path.suffix.lower()
        if suffix == ".txt":
            yield self.text_file(path)
        elif suffix == ".jsonl":
            yield from self.jsonl_file(path)
        else:
            yield from self.csv_file(path)

    def text_file(self, path: Path) -> Document:
        """One document, id = file stem; kept (empty) when it cannot be read or decoded."""
        doc = Document(path.stem, "", path=str(path))
        try:
            doc.text, doc.encoding = _decode(_read_bytes(path), str(path))
            if not doc.text.strip():
                raise InputError(f"{path}: empty text")
        except InputError as error:
            self.flag(doc, str(error))
        return self.keep(doc, str(path))

    def decoded(self, path: Path) -> tuple[str, str] | None:
        """(text, encoding) of a whole JSONL or CSV file, or None once the problem is reported."""
        try:
            return _decode(_read_bytes(path), str(path))
        except InputError as error:
            self.problem(str(error))
            return None

    def record(self, row: dict, where: str, path: Path, encoding: str) -> Document | None:
        """The document of one JSONL or CSV record; None (reported) when it has no id."""
        doc_id = _record_id(row)
        if doc_id is None:
            self.problem(f"{where}: record has no 'id' or 'doc_id'")
            return None
        text = row.get("text")
        doc = Document(doc_id, text if isinstance(text, str) else "", path=str(path), encoding=encoding)
        for name in RECORD_FIELDS:
            value = row.get(name)
            if isinstance(value, str) and value.strip():
                setattr(doc, name, value.strip())
        if text is not None and not isinstance(text, str):
            self.flag(doc, f"{where}: record {doc_id!r} has a 'text' that is not a string")
        elif not doc.text.strip():
            self.flag(doc, f"{where}: record {doc_id!r} has no text")
        return self.keep(doc, where)

    def broken_line(self, line: str, where: str, message: str, path: Path, encoding: str) -> Document | None:
        """A JSONL line that does not parse: its document, empty, when its id can still be read."""
        match = _RECOVER_ID.search(line)
        if match is None:
            self.problem(message)
            return None
        doc_id = match.group(1) if match.group(1) is not None else match.group(2)
        doc = Document(doc_id, "", path=str(path), encoding=encoding)
        self.flag(doc, message)
        return self.keep(doc, where)

    def jsonl_file(self, path: Path) -> Iterator[Document]:
        decoded = self.decoded(path)
        if decoded is None:
            return
        content, encoding = decoded
        for number, line in jsonl_lines(content):
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                doc = self.broken_line(line, where, f"{where}: not valid JSON ({error.msg})", path, encoding)
            else:
                if isinstance(row, dict):
                    doc = self.record(row, where, path, encoding)
                else:
                    message = f"{where}: a line must hold a JSON object"
                    doc = self.broken_line("", where, message, path, encoding)
            if doc is not None:
                yield doc

    def csv_file(self, path: Path) -> Iterator[Document]:
        decoded = self.decoded(path)
        if decoded is None:
            return
        content, encoding = decoded
        _raise_field_size_limit()
        # newline="" keeps line breaks inside quoted fields exactly as they are in the file.
        reader = csv.DictReader(io.StringIO(content, newline=""))
        try:
            header = reader.fieldnames
        except csv.Error as error:
            self.problem(f"{path}:1: not valid CSV ({error})")
            return
        if not header:
            self.problem(f"{path}: empty file (no header line)")
            return
        reader.fieldnames = [(name or "").strip().lower() for name in header]
        if not {"id", "doc_id"} & set(reader.fieldnames):
            self.problem(f"{path}:1: no 'id' or 'doc_id' column")
            return
        yield from self.csv_rows(reader, path, encoding)

    def csv_rows(self, reader: csv.DictReader, path: Path, encoding: str) -> Iterator[Document]:
        while True:
            first_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                self.problem(f"{path}:{first_line}: not valid CSV ({error})")
                continue
            doc = self.record(row, f"{path}:{first_line}", path, encoding)
            if doc is not None:
                yield doc


def _unique_paths(files: list[Path]) -> list[Path]:
    """Each file once, even when a folder and a file in it are both named."""
    seen: set[str] = set()
    out = []
    for path in files:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def read_documents(inputs: Sequence[str | Path] | str | Path, on_error: str = "skip",
                   report: Report | None = None) -> Iterator[Document]:
    """Every document of the inputs, files in sorted path order, records in file order.

    on_error="skip" reports each problem through `report` (default: stderr) and goes on;
    on_error="fail" raises InputError at the first one. A missing path, or a file of
    another type named directly, raises InputError at once in both modes.
    """
    reader = _Reader(on_error, report)
    files = reader.files([inputs] if isinstance(inputs, (str, Path)) else inputs)
    return _documents(reader, files)


def _documents(reader: _Reader, files: list[Path]) -> Iterator[Document]:
    for path in files:
        yield from reader.path(path)
