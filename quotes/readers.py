"""Reading articles: folders of .txt files, single .txt files, JSONL and CSV.

Bad input never stops a build with a traceback and never loses a document
silently: a problem with one document is reported in one line naming the file
(and line), and the document is kept, empty, with the problem in its warnings.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from quotes.metadata import iso_date, parse_text_metadata
from quotes.model import Document

SUFFIXES = (".txt", ".jsonl", ".csv")
Report = Callable[[str], None]


class InputError(Exception):
    """A problem with the input, in one line that names the file (and the line)."""


def _decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 first, then whatever charset-normalizer detects."""
    if b"\x00" in data:
        raise InputError(f"{where}: not a text file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{where}: not a text file (no text encoding fits)")
    return str(best), best.encoding


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
    def __init__(self, on_error: str, report: Report | None):
        if on_error not in ("skip", "fail"):
            raise InputError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
        self.on_error = on_error
        self.report = report or (lambda message: print(message, file=sys.stderr))
        self.seen: dict[str, int] = {}

    def problem(self, message: str) -> None:
        if self.on_error == "fail":
            raise InputError(message)
        self.report(message)

    def unique(self, doc: Document, where: str) -> Document:
        count = self.seen.get(doc.doc_id, 0) + 1
        self.seen[doc.doc_id] = count
        if count > 1:
            new_id = f"{doc.doc_id}#{count}"
            message = f"{where}: duplicate document id {doc.doc_id!r}, kept as {new_id!r}"
            self.problem(message)
            doc.warnings.append(message)
            doc.doc_id = new_id
        return doc

    def read_bytes(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError as error:
            self.problem(f"{path}: cannot be read ({error.strerror or error})")
            return None

    def text_file(self, path: Path) -> Iterator[Document]:
        doc = Document(path.stem, "", path=str(path))
        data = self.read_bytes(path)
        if data is not None:
            try:
                doc.text, doc.encoding = _decode(data, str(path))
            except InputError as error:
                self.problem(str(error))
                doc.warnings.append(str(error))
        if data is not None and not doc.text.strip() and not doc.warnings:
            message = f"{path}: empty text"
            self.problem(message)
            doc.warnings.append(message)
        yield self.unique(_fill(doc), str(path))

    def record(self, row: dict, where: str, path: Path, encoding: str) -> Document | None:
        doc_id = row.get("id") if row.get("id") not in (None, "") else row.get("doc_id")
        if doc_id in (None, ""):
            self.problem(f"{where}: record has no 'id' or 'doc_id'")
            return None
        text = row.get("text")
        doc = Document(str(doc_id), text if isinstance(text, str) else "", path=str(path), encoding=encoding)
        for field in ("title", "date", "source", "url"):
            value = row.get(field)
            if isinstance(value, str) and value.strip():
                setattr(doc, field, value.strip())
        if not doc.text.strip():
            message = f"{where}: record {doc.doc_id!r} has no text"
            self.problem(message)
            doc.warnings.append(message)
        return self.unique(_fill(doc), where)

    def decoded(self, path: Path) -> tuple[str, str] | None:
        """(text, encoding) of a whole file, or None after reporting why it cannot be read."""
        data = self.read_bytes(path)
        if data is None:
            return None
        try:
            return _decode(data, str(path))
        except InputError as error:
            self.problem(str(error))
            return None

    def jsonl_file(self, path: Path) -> Iterator[Document]:
        decoded = self.decoded(path)
        if decoded is None:
            return
        content, encoding = decoded
        # Only "\n" ends a JSONL line: str.splitlines would also split at U+2028 inside a string.
        for number, line in enumerate(content.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                self.problem(f"{where}: not valid JSON ({error.msg})")
                continue
            if not isinstance(row, dict):
                self.problem(f"{where}: a line must hold a JSON object")
                continue
            doc = self.record(row, where, path, encoding)
            if doc is not None:
                yield doc

    def csv_file(self, path: Path) -> Iterator[Document]:
        decoded = self.decoded(path)
        if decoded is None:
            return
        content, encoding = decoded
        csv.field_size_limit(2**31 - 1)
        try:
            rows = list(csv.DictReader(content.splitlines(keepends=True)))
        except csv.Error as error:
            self.problem(f"{path}: not valid CSV ({error})")
            return
        for number, row in enumerate(rows, start=2):
            doc = self.record(row, f"{path}:{number}", path, encoding)
            if doc is not None:
                yield doc

    def path(self, path: Path) -> Iterator[Document]:
        suffix = path.suffix.lower()
        if suffix == ".txt":
            yield from self.text_file(path)
        elif suffix == ".jsonl":
            yield from self.jsonl_file(path)
        elif suffix == ".csv":
            yield from self.csv_file(path)
        else:
            self.problem(f"{path}: unsupported file type (expected {', '.join(SUFFIXES)})")


def input_files(inputs: Sequence[str | Path]) -> list[Path]:
    """The files an input list names: folders are searched for .txt, .jsonl and .csv files."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_documents(inputs: Sequence[str | Path], on_error: str = "skip",
                   report: Report | None = None) -> Iterator[Document]:
    """Every document of the inputs, in a stable order."""
    reader = _Reader(on_error, report)
    for path in input_files(inputs):
        yield from reader.path(path)
