"""Reading articles: folders, .txt files, JSONL and CSV.

Bad input never stops a build with a traceback and never loses a document
silently: every problem is one line naming the file (and line), handed to
`report`; a problem with one document keeps the document, empty if need be,
with the problem in its warnings, so that counts and ids stay traceable.
Texts are kept exactly as decoded (or, for mojibake, as repaired), because every
offset downstream indexes into them.

JSONL and CSV files are read line by line, never whole, so an archive of any size
streams through in constant memory; `DocumentStream.bytes_read` says how far the
reading has got, for progress bars. The ids already given out, which duplicate ids
are checked against, are kept on disk (`DocumentIds`), not in memory.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import reprlib
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from quotes.encodings import (
    SNIFF_BYTES,
    WIDE_ENCODINGS,
    DecodeError,
    decode,
    decode_html_entities,
    detect,
    plausible,
    repair_mojibake,
    replace_lone_surrogates,
    sniff_encoding,
)
from quotes.metadata import as_date, iso_date, parse_text_metadata, unread_date
from quotes.model import Document

SUFFIXES = (".txt", ".jsonl", ".csv")
#: What a CSV file's fields may be separated by: a comma; a semicolon, as spreadsheets write "CSV" in
#: locales whose decimal mark is a comma (most of Europe); a tab or a bar, from database exports.
CSV_DELIMITERS = (",", ";", "\t", "|")
#: Explicit metadata a JSONL or CSV record may carry; any other field is ignored.
RECORD_FIELDS = ("title", "date", "source", "url")
Report = Callable[[str], None]

# The id of a JSONL line too broken to parse, so that its document is kept (empty) rather than dropped.
_RECOVER_ID = re.compile(r'"(?:id|doc_id)"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,200})"|(-?\d{1,30})\b)')
# Where a line ended by a lone CR ends: after a CR that no LF follows.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")
# The JSON escape of a UTF-16 surrogate: only a line holding one can give a string a lone surrogate.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


class InputError(Exception):
    """A problem with the input, in one line that names the file (and the line)."""


def _decode(data: bytes, where: str) -> tuple[str, str]:
    """(text, encoding) of a whole file; `InputError` naming the file when it is not text."""
    try:
        return decode(data)
    except DecodeError as error:
        raise InputError(f"{where}: {error}") from None


def read_text_file(path: str | Path) -> tuple[str, str]:
    """(text, encoding) of a text file in any common encoding; `InputError` in one line otherwise."""
    return _decode(_read_bytes(Path(path)), str(path))


def path_text(path: str | Path) -> str:
    """A path as the tables and messages write it: itself, or, when its name holds bytes that are not
    UTF-8 (a Windows or old Mac archive unpacked here), those bytes written as `\\xe9`.

    Python keeps such bytes as lone surrogates, which no UTF-8 file, Parquet included, can hold.
    """
    text = str(path)
    if text.isascii():
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


#: Files that are not regular files, by what `stat` says they are.
_SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                  (stat.S_ISBLK, "a device"))


def special_file(path: Path) -> str | None:
    """What a path is when it is a named pipe, a socket or a device, else None (an error is left to reading).

    Opening a named pipe waits for a writer that may never come: a build would hang on it.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return next((kind for test, kind in _SPECIAL_FILES if test(mode)), None)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path_text(path)}: cannot be read ({error.strerror or error})") from None


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
    """The `id` (or else `doc_id`) of a record, as a string; None when neither is usable.

    A whole number written as a float (`12.0`) is the number: pandas writes an integer id column
    that has a gap as floats.
    """
    for key in ("id", "doc_id"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
    return None


def _no_id(row: dict, where: str) -> str:
    """Why a record has no usable id: none given, or one that is neither a string nor a whole number."""
    for key in ("id", "doc_id"):
        value = row.get(key)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            shown = reprlib.repr(value)  # cut short: a stray object may be large
            return f"{where}: record has no usable 'id' or 'doc_id' ({key} {shown} is not a string or whole number)"
    return f"{where}: record has no 'id' or 'doc_id'"


_JSON = json.JSONDecoder()


def _concatenated(line: str) -> list | None:
    """The JSON values written one after another on a line, with nothing but spaces between them; None
    when the line is anything else. Records whose line breaks were lost, or were lone CRs, read so."""
    values, index, end = [], 0, len(line)
    while True:
        while index < end and line[index].isspace():
            index += 1
        if index == end:
            return values
        try:
            value, index = _JSON.raw_decode(line, index)
        except (json.JSONDecodeError, RecursionError):
            return None
        values.append(value)


def _mend_surrogates(row: dict) -> int:
    """Replace the lone surrogates in the fields a record is read from; how many there were.

    A valid escaped pair (`\\ud83d\\ude00`) is joined into one character by the JSON parser;
    half of one is left alone, and no UTF-8 file, Parquet table included, can hold it.
    """
    count = 0
    for key in ("id", "doc_id", "text", *RECORD_FIELDS):
        value = row.get(key)
        if isinstance(value, str):
            row[key], replaced = replace_lone_surrogates(value)
            count += replaced
    return count


def _csv_delimiter(header: str) -> str:
    """The first of `CSV_DELIMITERS` under which the header line names an id column; a comma when none does.

    The header decides, not a guess from the rows: an article's text is full of commas and semicolons.
    """
    for delimiter in CSV_DELIMITERS:
        try:
            names = next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:
            continue
        if {"id", "doc_id"} & {name.strip().lower() for name in names}:
            return delimiter
    return ","


def _fill(doc: Document) -> Document:
    """Complete what explicit metadata left empty with what the text itself says.

    A date field that gives no day (`March 2024`, `2024-02-30`) yields to the text's own date line or
    dateline; without one it stays as given (and the tables hold no date for it)."""
    found = parse_text_metadata(doc.text)
    doc.title = doc.title or found.title
    given = iso_date(doc.date)
    doc.date = given if as_date(given) or not found.date else found.date
    doc.source = doc.source or found.source
    doc.place = doc.place or found.place
    doc.metadata_spans = found.spans
    return doc


class _LineDecoder:
    """Decodes the lines of one JSONL or CSV file, streamed, in the encoding its first bytes show.

    Archives are pasted together, so each line that is not plain ASCII is tried as
    UTF-8 first and then in the file's code page; a line in neither is decoded on
    its own. `notes` says, by line, when a line was not in the file's encoding, and
    `line_encodings` which encoding it was in.
    """

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.notes: dict[int, str] = {}
        self.line_encodings: dict[int, str] = {}

    def __call__(self, number: int, raw: bytes) -> str:
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if raw.isascii():
            return raw.decode("ascii")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if self.encoding != "utf-8":
                self.foreign(number, "utf-8")
            return text
        if self.encoding != "utf-8":
            try:
                return raw.decode(self.encoding)
            except UnicodeDecodeError:
                pass
        text, found = detect(raw)
        if found is not None and plausible(text):
            self.foreign(number, found)
            return text
        self.notes[number] = f"bytes that are not {self.encoding} were replaced"
        return raw.decode(self.encoding, errors="replace")

    def foreign(self, number: int, encoding: str) -> None:
        self.notes[number] = f"not {self.encoding} like the rest of the file; decoded as {encoding}"
        self.line_encodings[number] = encoding


class DocumentIds:
    """The document ids given out so far, in a private temporary SQLite database.

    A set in memory would cost about a hundred bytes per document for the whole build,
    a gigabyte for ten million articles; SQLite keeps the ids in a file that is deleted
    when the database is closed, and only a small page cache in memory. The database is
    opened at the first id, so that worker processes forked before reading starts do not
    inherit an open connection.
    """

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            self._db.execute("CREATE TABLE ids (id BLOB PRIMARY KEY) WITHOUT ROWID")
            self._db.execute("BEGIN")  # one transaction, never committed: the ids live as long as the build
        return self._db

    @staticmethod
    def _key(doc_id: str) -> bytes:
        return doc_id.encode("utf-8", "surrogatepass")  # an id may hold a lone surrogate

    def __contains__(self, doc_id: str) -> bool:
        found = self._connection().execute("SELECT 1 FROM ids WHERE id = ?", (self._key(doc_id),))
        return found.fetchone() is not None

    def add(self, doc_id: str) -> None:
        self._connection().execute("INSERT OR IGNORE INTO ids VALUES (?)", (self._key(doc_id),))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class _Reader:
    """Reads inputs one after the other, remembering the ids already given out."""

    def __init__(self, on_error: str, report: Report | None):
        if on_error not in ("skip", "fail"):
            raise InputError(f"on_error must be 'skip' or 'fail', not {on_error!r}")
        self.on_error = on_error
        self.report = report or (lambda message: print(message, file=sys.stderr))
        self.used = DocumentIds()
        self.next_suffix: dict[str, int] = {}
        self.bytes_read = 0

    def problem(self, message: str) -> None:
        if self.on_error == "fail":
            raise InputError(message)
        self.report(message)

    def flag(self, doc: Document, message: str) -> None:
        """Report a problem with one document and keep it in the document's warnings."""
        self.problem(message)
        doc.warnings.append(message)

    def note(self, doc: Document, message: str) -> None:
        """Report something done to a document that is worth knowing but not a failure (a repair)."""
        self.report(message)
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
        doc.text, repair = repair_mojibake(doc.text)
        if repair:
            self.note(doc, f"{where}: {repair}")
        doc.text, decoded = decode_html_entities(doc.text)
        if decoded:
            self.note(doc, f"{where}: {decoded}")
        nuls = doc.text.count("\x00")
        if nuls:  # a stray byte of zero from a database export; kept, so that no offset moves
            self.note(doc, f"{where}: {nuls:,} NUL characters in the text, kept as they are")
        given = doc.date
        _fill(doc)
        if given and as_date(iso_date(given)) is None:
            instead = f"the text's date {doc.date} used" if as_date(doc.date) else "left empty"
            self.flag(doc, f"{where}: date {given!r} {unread_date(given)}; {instead}")
        return doc

    # -- finding the files -------------------------------------------------------------------

    def files(self, inputs: Sequence[str | Path]) -> list[Path]:
        """The files the inputs name; a missing path or an unknown file type stops everything."""
        files: list[Path] = []
        for item in inputs:
            path = Path(item)
            try:
                is_dir, exists = path.is_dir(), path.exists()
            except OSError as error:
                raise InputError(f"{path_text(path)}: cannot be read ({error.strerror or error})") from None
            if is_dir:
                files.extend(self.folder_files(path))
            elif not exists:
                raise InputError(f"{path_text(path)}: no such file or folder")
            elif path.suffix.lower() not in SUFFIXES:
                expected = ", ".join(SUFFIXES)
                raise InputError(f"{path_text(path)}: unsupported file type (expected {expected} or a folder)")
            elif kind := special_file(path):
                raise InputError(f"{path_text(path)}: not a regular file ({kind})")
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
        return [path for path in sorted(found) if not self.special(path)]

    def special(self, path: Path) -> bool:
        """Report a named pipe, socket or device found in a folder, which is left out: it holds no article."""
        kind = special_file(path)
        if kind:
            self.problem(f"{path_text(path)}: not a regular file ({kind}); left out")
        return kind is not None

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
        name = path_text(path)
        doc = Document(path_text(path.stem), "", path=name)
        try:
            data = _read_bytes(path)
            self.bytes_read += len(data)
            doc.text, doc.encoding = _decode(data, name)
            if not doc.text.strip():
                raise InputError(f"{name}: empty text")
        except InputError as error:
            self.flag(doc, str(error))
        return self.keep(doc, name)

    def lines(self, path: Path) -> Iterator[tuple[int, str, _LineDecoder]]:
        """(line number, decoded line with its "\n", decoder) for every line of a file, streamed.

        Only "\n" ends a line: str.splitlines would also split at U+2028 inside a JSON string.
        """
        try:
            with path.open("rb") as stream:
                decoder = self.line_decoder(path, stream)
                if decoder is None:
                    return
                if decoder.encoding in WIDE_ENCODINGS:
                    yield from self.wide_lines(stream, decoder)
                    return
                for number, raw in enumerate(stream, start=1):
                    self.bytes_read += len(raw)
                    yield number, decoder(number, raw), decoder
        except OSError as error:
            self.problem(f"{path_text(path)}: cannot be read ({error.strerror or error})")

    def wide_lines(self, stream: BinaryIO, decoder: _LineDecoder) -> Iterator[tuple[int, str, _LineDecoder]]:
        """The lines of a UTF-16 or UTF-32 file: its "\n" is not a byte of its own, so the stream is
        decoded whole (the byte-order mark dropped) and split at each "\n" only."""
        unit = 2 if decoder.encoding == "utf-16" else 4
        text = io.TextIOWrapper(stream, encoding=decoder.encoding, errors="replace", newline="\n")
        try:
            for number, line in enumerate(text, start=1):
                self.bytes_read += unit * len(line)
                yield number, line, decoder
        finally:
            text.detach()

    def line_decoder(self, path: Path, stream: BinaryIO) -> _LineDecoder | None:
        """The decoder for a file's lines, or None once the file is reported as not text or empty."""
        head = stream.read(SNIFF_BYTES)
        stream.seek(0)
        if not head.strip():
            self.problem(f"{path_text(path)}: empty file")
            return None
        try:
            encoding = sniff_encoding(head)
            if encoding in WIDE_ENCODINGS and not head.decode(encoding, errors="ignore").strip():
                self.problem(f"{path_text(path)}: empty file")
                return None
            return _LineDecoder(encoding)
        except DecodeError as error:
            self.problem(f"{path_text(path)}: {error}")
            return None

    def record(self, row: dict, where: str, name: str, encoding: str) -> Document | None:
        """The document of one JSONL or CSV record; None (reported) when it has no id."""
        doc_id = _record_id(row)
        if doc_id is None:
            self.problem(_no_id(row, where))
            return None
        text = row.get("text")
        doc = Document(doc_id, text if isinstance(text, str) else "", path=name, encoding=encoding)
        for name in RECORD_FIELDS:
            value = row.get(name)
            if isinstance(value, str) and value.strip():
                setattr(doc, name, value.strip())
        if text is not None and not isinstance(text, str):
            self.flag(doc, f"{where}: record {doc_id!r} has a 'text' that is not a string")
        elif not doc.text.strip():
            self.flag(doc, f"{where}: record {doc_id!r} has no text")
        return doc

    def broken_line(self, line: str, where: str, message: str, name: str, encoding: str) -> Document | None:
        """A JSONL line that does not parse: its document, empty, when its id can still be read."""
        match = _RECOVER_ID.search(line)
        if match is None:
            self.problem(message)
            return None
        doc_id = match.group(1) if match.group(1) is not None else match.group(2)
        doc = Document(doc_id, "", path=name, encoding=encoding)
        self.flag(doc, message)
        return doc

    def jsonl_file(self, path: Path) -> Iterator[Document]:
        name = path_text(path)
        for number, line, decoder in self.lines(path):
            line = line.removesuffix("\n")
            if not line.strip():
                continue
            where = f"{name}:{number}"
            encoding = decoder.line_encodings.get(number, decoder.encoding)
            line_note = decoder.notes.pop(number, None)
            for doc in self.jsonl_line(line, where, name, encoding):
                if line_note is not None:
                    self.note(doc, f"{where}: {line_note}")
                yield self.keep(doc, where)
            decoder.line_encodings.pop(number, None)

    def jsonl_line(self, line: str, where: str, name: str, encoding: str) -> list[Document]:
        """The documents of one JSONL line: one, or none (reported), or several when records were
        written one after another with no line break between them (`{...}{...}`, or lone CRs)."""
        try:
            rows = [json.loads(line)]
        except json.JSONDecodeError as error:
            rows = _concatenated(line) if error.msg == "Extra data" else None
            if rows is None:
                message = f"{where}: not valid JSON ({error.msg})"
                return [doc for doc in [self.broken_line(line, where, message, name, encoding)] if doc]
        except RecursionError:  # arrays or objects nested thousands deep: the parser recurses once a level
            message = f"{where}: not valid JSON (nested too deeply)"
            return [doc for doc in [self.broken_line(line, where, message, name, encoding)] if doc]
        docs = [doc for row in rows if (doc := self.jsonl_row(row, line, where, name, encoding)) is not None]
        if len(rows) > 1:
            for doc in docs:
                self.note(doc, f"{where}: {len(rows)} JSON records on one line with no line break between them; "
                               "each read as a document")
        return docs

    def jsonl_row(self, row: object, line: str, where: str, name: str, encoding: str) -> Document | None:
        """The document of one parsed JSON value of a line; None (reported) when it is not a record."""
        if not isinstance(row, dict):
            return self.broken_line("", where, f"{where}: a line must hold a JSON object", name, encoding)
        mended = _mend_surrogates(row) if _ESCAPED_SURROGATE.search(line) else 0
        doc = self.record(row, where, name, encoding)
        if doc is not None and mended:
            self.note(doc, f"{where}: {mended:,} lone surrogates (\\ud800 and the like, half of a "
                           "character) replaced by U+FFFD")
        return doc

    def csv_file(self, path: Path) -> Iterator[Document]:
        _raise_field_size_limit()
        decoders: list[_LineDecoder] = []

        def decoded_lines() -> Iterator[str]:
            for _, line, decoder in self.lines(path):
                if not decoders:
                    decoders.append(decoder)
                if 0 <= line.find("\r") < len(line) - 2:
                    # Rows ended by a lone CR (a spreadsheet's "CSV (Macintosh)"): only "\n" split the file,
                    # and the csv module ends a row only at the end of a line it is given.
                    yield from _LONE_CR.split(line)
                else:
                    yield line

        lines = decoded_lines()
        first = next(lines, "")  # the header line, which tells the delimiter
        # The csv module reads records over line breaks inside quoted fields itself.
        reader = csv.DictReader(itertools.chain([first] if first else [], lines), delimiter=_csv_delimiter(first))
        try:
            header = reader.fieldnames
        except csv.Error as error:
            self.problem(f"{path_text(path)}:1: not valid CSV ({error})")
            return
        if not header:
            if decoders:  # lines were read, yet none of them held a header
                self.problem(f"{path_text(path)}: empty file (no header line)")
            return
        reader.fieldnames = [(name or "").strip().lower() for name in header]
        if not {"id", "doc_id"} & set(reader.fieldnames):
            self.problem(f"{path_text(path)}:1: no 'id' or 'doc_id' column")
            return
        yield from self.csv_rows(reader, path, decoders[0])

    def csv_rows(self, reader: csv.DictReader, path: Path, decoder: _LineDecoder) -> Iterator[Document]:
        name = path_text(path)
        while True:
            first_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                self.problem(f"{name}:{first_line}: not valid CSV ({error})")
                continue
            where = f"{name}:{first_line}"
            doc = self.record(row, where, name, decoder.encoding)
            notes = [decoder.notes.pop(n) for n in sorted(decoder.notes) if n <= reader.line_num]
            for number in [n for n in decoder.line_encodings if n <= reader.line_num]:
                encoding = decoder.line_encodings.pop(number)
                if doc is not None:
                    doc.encoding = encoding
            if doc is not None:
                for note in notes:
                    self.note(doc, f"{where}: {note}")
                yield self.keep(doc, where)


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


class DocumentStream(Iterator[Document]):
    """The documents of some inputs, read lazily; `bytes_read` of `total_bytes` tells the progress."""

    def __init__(self, reader: _Reader, files: list[Path]):
        self._reader = reader
        self.files = files
        self.total_bytes = sum(_size(path) for path in files)
        self._documents = self._read(files)

    def _read(self, files: Iterable[Path]) -> Iterator[Document]:
        for path in files:
            yield from self._reader.path(path)
        self._reader.used.close()  # every id has been given out: the file of ids can go

    @property
    def bytes_read(self) -> int:
        return self._reader.bytes_read

    def __next__(self) -> Document:
        return next(self._documents)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_documents(inputs: Sequence[str | Path] | str | Path, on_error: str = "skip",
                   report: Report | None = None) -> DocumentStream:
    """Every document of the inputs, files in sorted path order, records in file order, read lazily.

    on_error="skip" reports each problem through `report` (default: stderr) and goes on;
    on_error="fail" raises InputError at the first one. A missing path, or a file of
    another type named directly, raises InputError at once in both modes.
    """
    reader = _Reader(on_error, report)
    files = reader.files([inputs] if isinstance(inputs, (str, Path)) else inputs)
    return DocumentStream(reader, files)
