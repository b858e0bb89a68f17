"""Every kind of input, and bad input answered in one line without losing a document."""

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.readers import InputError, read_documents

runner = CliRunner()


def read(*paths, **kwargs):
    messages = []
    docs = list(read_documents(paths, report=messages.append, **kwargs))
    return docs, messages


def test_folder_jsonl_and_csv(tmp_path):
    (tmp_path / "a.txt").write_text("A short article.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "j1", "text": "Hello", "date": "3 March 2021"}\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text('doc_id,text,title\nc1,"Body, with comma",Title\n', encoding="utf-8")
    docs, messages = read(tmp_path)
    assert [d.doc_id for d in docs] == ["a", "j1", "c1"] and messages == []
    assert docs[1].date == "2021-03-03" and docs[2].title == "Title" and docs[2].text == "Body, with comma"


def test_empty_file_is_kept_with_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    docs, messages = read(tmp_path / "empty.txt")
    assert len(docs) == 1 and docs[0].warnings
    assert messages == [f"{tmp_path / 'empty.txt'}: empty text"]


def test_binary_file(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01binary")
    docs, messages = read(tmp_path / "image.txt")
    assert len(docs) == 1 and docs[0].text == "" and "not a text file" in messages[0]


def test_cp1251_and_latin1_are_decoded(tmp_path):
    (tmp_path / "ru.txt").write_bytes("Министр обороны заявил, что переговоры продолжатся завтра.".encode("cp1251"))
    (tmp_path / "fr.txt").write_bytes("Le ministre a déclaré à la presse que l'été serait décisif.".encode("latin-1"))
    docs, messages = read(tmp_path / "ru.txt", tmp_path / "fr.txt")
    assert docs[0].text.startswith("Министр") and docs[0].encoding != "utf-8"
    assert "déclaré" in docs[1].text and docs[1].encoding != "utf-8"
    assert messages == []


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "ok"}\n{"id": 2, "text": \n{"id": "3", "text": "fine"}\n')
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["1", "3"]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    with pytest.raises(InputError, match=":2:"):
        list(read_documents([path], on_error="fail", report=lambda m: None))


def test_record_without_text_and_duplicate_ids(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "x", "title": "no body"}\n{"id": "x", "text": "body"}\n')
    docs, messages = read(path)
    assert [d.doc_id for d in docs] == ["x", "x#2"]
    assert docs[0].warnings and docs[1].warnings and len(messages) == 2


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


def test_jsonl_text_may_hold_line_separator_characters(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "text": "first\u2028second"}\n', encoding="utf-8")
    docs, messages = read(path)
    assert messages == [] and docs[0].text == "first\u2028second"
