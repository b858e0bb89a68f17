"""Every kind of input, and bad input answered in one line without losing a document."""

import csv
import json
import os
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.readers import DocumentIds, InputError, read_documents

runner = CliRunner()
GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "press.dev.jsonl"

LATIN = "Le ministre a déclaré à la presse que l'été serait décisif pour les négociations à venir."
CYRILLIC = "Министр обороны заявил журналистам, что переговоры продолжатся завтра утром в столице."


def read(*paths, **kwargs):
    messages = []
    docs = list(read_documents(paths, report=messages.append, **kwargs))
    return docs, messages


def write_jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# -- inputs that are fine -----------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Deep article text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A short article.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "j1", "text": "Hello"}\n', encoding="utf-8")
    (tmp_path / "d.csv").write_text('doc_id,text,title\nc1,"Body, with comma",Title\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs, messages = read(tmp_path)
    assert [d.doc_id for d in docs] == ["a", "z", "j1", "c1"] and messages == []
    assert docs[1].path == str(tmp_path / "b" / "z.txt")
    assert docs[3].title == "Title" and docs[3].text == "Body, with comma"


def test_single_txt_file_text_is_kept_exactly(tmp_path):
    raw = "Heading line here\r\n\r\n  Indented  body,\twith\ttabs.\r\n\u2028end "
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    (doc,), messages = read(path)
    assert doc.doc_id == "story" and doc.text == raw and doc.encoding == "utf-8" and messages == []


def test_single_path_string_is_one_input(tmp_path):
    (tmp_path / "one.txt").write_text("Only article.", encoding="utf-8")
    docs = list(read_documents(str(tmp_path / "one.txt"), report=lambda m: None))
    assert [d.doc_id for d in docs] == ["one"]


def test_jsonl_fields_and_ignored_extras(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl",
                       {"doc_id": "d1", "text": "Body text.", "title": "Explicit", "date": "3 March 2021",
                        "source": "Wire", "url": "https://example.org/a",
                        "quotes": [{"start": 0}], "meta": {"x": 1}},
                       {"id": 7, "text": "Numeric id."})
    docs, messages = read(path)
    assert messages == [] and [d.doc_id for d in docs] == ["d1", "7"]
    first = docs[0]
    assert (first.title, first.date, first.source, first.url) == ("Explicit", "2021-03-03", "Wire",
                                                                   "https://example.org/a")
    assert first.encoding == "utf-8" and first.path == str(path)


def test_explicit_metadata_wins_and_text_fills_the_rest(tmp_path):
    text = "Ferry service resumes\n\n9 june 2021, 08:00\n\nOSLO, June 9. /Wire/. Ferries sailed again.\n"
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "f", "text": text, "title": "Given title"})
    (doc,), _ = read(path)
    assert doc.title == "Given title" and doc.date == "2021-06-09"
    assert (doc.place, doc.source) == ("Oslo", "Wire")
    assert [text[s:e] for s, e in doc.metadata_spans] == ["9 june 2021, 08:00", "OSLO, June 9. /Wire/."]


def test_unparseable_explicit_date_is_kept_as_given(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "Body.", "date": "spring"})
    (doc,), _ = read(path)
    assert doc.date == "spring"


def test_jsonl_text_may_hold_line_separator_characters(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "first\u2028second\\r\\nthird"}\n', encoding="utf-8")
    docs, messages = read(path)
    assert messages == [] and docs[0].text == "first\u2028second\r\nthird"


def test_csv_multiline_fields_big_fields_and_line_numbers(tmp_path):
    big = "word " * 40000
    path = tmp_path / "in.csv"
    content = ('ID,Text,Date\r\n'
               'a,"line one\r\nline two",2020-01-02\r\n'
               f'b,"{big}",\r\n'
               ',"no id here",\r\n')
    path.write_bytes(content.encode("utf-8"))
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].text == "line one\r\nline two" and docs[0].date == "2020-01-02"
    assert docs[1].text == big
    assert messages == [f"{path}:5: record has no 'id' or 'doc_id'"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_with_semicolons_tabs_or_bars_between_its_fields(tmp_path, delimiter):
    # A spreadsheet in a locale that writes decimal commas saves "CSV" with semicolons; the texts hold
    # commas and semicolons of their own, so only the header line chooses the delimiter.
    path = tmp_path / "export.csv"
    rows = [["id", "title", "text"], ["k1", "Quay; tides", 'Boats, nets; "We sail at six," Ines Marl said.'],
            ["k2", "Dunes", "Sand; wind, rain."]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    docs, messages = read(path)
    assert messages == []
    assert [(d.doc_id, d.title, d.text) for d in docs] == [tuple(row) for row in rows[1:]]


def test_csv_with_rows_ended_by_a_lone_carriage_return(tmp_path):
    # Old Mac spreadsheets save "CSV (Macintosh)": each row ends in a CR, with no LF anywhere.
    path = tmp_path / "mac.csv"
    path.write_bytes(b'id,title,text\rm1,Tides,"Low water at noon.\rHigh water at dusk."\rm2,Nets,Mended by hand.\r'
                     b'm3,Ropes,"Coiled\r\ndry"\r')
    docs, messages = read(path)
    assert messages == []
    assert [(d.doc_id, d.title, d.text) for d in docs] == [
        ("m1", "Tides", "Low water at noon.\rHigh water at dusk."), ("m2", "Nets", "Mended by hand."),
        ("m3", "Ropes", "Coiled\r\ndry")]


def test_csv_without_id_column(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("name,text\nx,Body\n", encoding="utf-8")
    docs, messages = read(path)
    assert docs == [] and messages == [f"{path}:1: no 'id' or 'doc_id' column"]


# -- bad input: one line, and the document is kept ----------------------------------------------


def test_empty_file_is_kept_with_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    docs, messages = read(tmp_path / "empty.txt")
    assert len(docs) == 1 and docs[0].doc_id == "empty" and docs[0].text == ""
    assert messages == [f"{tmp_path / 'empty.txt'}: empty text"]
    assert docs[0].warnings == messages


def test_binary_file_is_kept_empty(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01binary")
    docs, messages = read(tmp_path / "image.txt")
    assert len(docs) == 1 and docs[0].text == ""
    assert messages == [f"{tmp_path / 'image.txt'}: not a text file"] and docs[0].warnings == messages


def test_cp1251_and_latin1_are_decoded_and_the_encoding_recorded(tmp_path):
    (tmp_path / "ru.txt").write_bytes(CYRILLIC.encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes(LATIN.encode("latin-1"))
    docs, messages = read(tmp_path / "ru.txt", tmp_path / "fr.txt")
    assert messages == []
    assert docs[0].text == CYRILLIC and docs[0].encoding not in (None, "utf-8")
    assert docs[1].text == LATIN and docs[1].encoding not in (None, "utf-8")
    assert all(not d.warnings for d in docs)


def test_legacy_encoded_jsonl_records_carry_the_file_encoding(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps({"id": "r", "text": CYRILLIC}, ensure_ascii=False).encode("cp1251") + b"\n")
    (doc,), messages = read(path)
    assert messages == [] and doc.text == CYRILLIC and doc.encoding != "utf-8"


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "ok"}\n{"text": "broken\n{"id": "3", "text": "fine"}\n[1, 2]\n')
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["1", "3"]
    assert messages == [f"{path}:2: not valid JSON (Unterminated string starting at)",
                        f"{path}:4: a line must hold a JSON object"]


def test_malformed_jsonl_line_with_readable_id_keeps_the_document(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "ok"}\n{"id": "two", "text": "cut off\n', encoding="utf-8")
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["1", "two"]
    assert docs[1].text == "" and docs[1].warnings == messages
    assert messages[0].startswith(f"{path}:2: not valid JSON (")


def test_record_without_text_is_kept_with_a_warning(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "x", "title": "no body"}, {"id": "y", "text": "  "},
                       {"id": "z", "text": 42})
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["x", "y", "z"] and all(d.text == "" or d.text == "  " for d in docs)
    assert messages == [f"{path}:1: record 'x' has no text", f"{path}:2: record 'y' has no text",
                        f"{path}:3: record 'z' has a 'text' that is not a string"]
    assert [d.warnings for d in docs] == [[m] for m in messages]
    assert docs[0].title == "no body"


def test_record_without_id_is_reported_with_its_line(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "one"}, {"text": "orphan"})
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["a"] and messages == [f"{path}:2: record has no 'id' or 'doc_id'"]


def test_ids_written_as_floats_are_whole_numbers_and_other_odd_ids_are_named(tmp_path):
    # pandas writes an integer id column with a gap in it as floats: 12.0.
    path = write_jsonl(tmp_path / "in.jsonl", {"id": 12.0, "text": "one"}, {"id": None, "doc_id": 7.0, "text": "two"},
                       {"id": 1.5, "text": "three"}, {"id": True, "text": "four"}, {"id": ["k"], "text": "five"},
                       {"id": "  ", "text": "six"})
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["12", "7"]
    assert messages == [f"{path}:3: record has no usable 'id' or 'doc_id' (id 1.5 is not a string or whole number)",
                        f"{path}:4: record has no usable 'id' or 'doc_id' (id True is not a string or whole number)",
                        f"{path}:5: record has no usable 'id' or 'doc_id' (id ['k'] is not a string or whole number)",
                        f"{path}:6: record has no 'id' or 'doc_id'"]


def test_duplicate_ids_are_kept_and_renamed(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", {"id": "x", "text": "first"}, {"id": "x", "text": "second"},
                       {"id": "x#3", "text": "own id"}, {"id": "x", "text": "third"})
    (tmp_path / "x.txt").write_text("From a text file.", encoding="utf-8")
    docs, messages = read(path, tmp_path / "x.txt")
    assert [d.doc_id for d in docs] == ["x", "x#2", "x#3", "x#4", "x#5"]
    assert [d.text for d in docs] == ["first", "second", "own id", "third", "From a text file."]
    assert len(messages) == 3 and messages[0] == f"{path}:2: duplicate document id 'x', kept as 'x#2'"
    assert [len(d.warnings) for d in docs] == [0, 1, 0, 1, 1]


def test_ids_given_out_are_kept_on_disk_and_told_apart_exactly():
    ids = DocumentIds()
    assert "tarrow-1" not in ids
    for doc_id in ("tarrow-1", "Tarrow-1", "tarrow-1 ", "tarrow-\udc80"):  # case, spaces, a lone surrogate
        ids.add(doc_id)
    assert all(doc_id in ids for doc_id in ("tarrow-1", "Tarrow-1", "tarrow-1 ", "tarrow-\udc80"))
    assert "tarrow-2" not in ids and "tarrow-" not in ids
    ids.add("tarrow-1")  # adding again changes nothing
    assert "tarrow-1" in ids
    ids.close()


def test_a_duplicate_far_apart_is_still_caught(tmp_path):
    rows = [{"id": f"brook-{n}", "text": "a line"} for n in range(3000)] + [{"id": "brook-7", "text": "again"}]
    docs, messages = read(write_jsonl(tmp_path / "in.jsonl", *rows))
    assert docs[-1].doc_id == "brook-7#2" and len(messages) == 1


def test_unreadable_file_is_one_line(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Secret.", encoding="utf-8")
    real = Path.read_bytes

    def refuse(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    docs, messages = read(path)
    assert len(docs) == 1 and docs[0].text == ""
    assert messages == [f"{path}: cannot be read (Permission denied)"] and docs[0].warnings == messages


def test_missing_path_and_unknown_type_raise_one_line(tmp_path):
    with pytest.raises(InputError) as missing:
        read(tmp_path / "nowhere")
    assert str(missing.value) == f"{tmp_path / 'nowhere'}: no such file or folder"
    (tmp_path / "table.xlsx").write_bytes(b"PK")
    with pytest.raises(InputError) as unknown:
        read(tmp_path / "table.xlsx")
    message = str(unknown.value)
    assert "\n" not in message and message.startswith(f"{tmp_path / 'table.xlsx'}: unsupported file type")


def test_named_pipes_and_sockets_are_left_out_with_a_line_not_waited_on(tmp_path):
    # Opening a named pipe waits for a writer: a folder holding one must not hang the build.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text("A quiet day at the harbour.", encoding="utf-8")
    os.mkfifo(folder / "feed.jsonl")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(folder / "wire.txt"))
        messages = []
        stream = read_documents(folder, report=messages.append)
        assert [path.name for path in stream.files] == ["story.txt"]  # listed, not yet read
        assert [d.doc_id for d in stream] == ["story"]
        assert messages == [f"{folder / 'feed.jsonl'}: not a regular file (a named pipe); left out",
                            f"{folder / 'wire.txt'}: not a regular file (a socket); left out"]
        with pytest.raises(InputError, match=r"feed.jsonl: not a regular file \(a named pipe\)$"):
            read(folder / "feed.jsonl")


def test_fail_mode_raises_at_the_first_problem(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "ok"}\n{"id": 2, "text": \n{"id": "", "text": "x"}\n')
    seen = []
    with pytest.raises(InputError, match=r"in\.jsonl:2: not valid JSON"):
        for doc in read_documents([path], on_error="fail", report=seen.append):
            seen.append(doc.doc_id)
    assert seen == ["1"]
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match="empty text"):
        list(read_documents([tmp_path / "empty.txt"], on_error="fail"))


def test_unknown_on_error_value():
    with pytest.raises(InputError, match="on_error"):
        read_documents([], on_error="ignore")


# -- through the command line -------------------------------------------------------------------


def test_missing_path_is_one_line_on_the_command_line(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.output and "Traceback" not in result.output


def test_bad_input_in_a_build_is_a_warning_not_a_traceback(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.jsonl").write_text("not json\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert "bad.jsonl:1: not valid JSON" in result.output and "empty.txt: empty text" in result.output


# -- the gold files read as they are ------------------------------------------------------------


@pytest.mark.skipif(not GOLD.exists(), reason="gold files not present")
def test_gold_file_reads_as_it_is():
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs, messages = read(GOLD)
    assert messages == [] and len(docs) == len(gold)
    assert [d.doc_id for d in docs] == [g["doc_id"] for g in gold]
    assert all(d.text == g["text"] for d, g in zip(docs, gold, strict=True))
