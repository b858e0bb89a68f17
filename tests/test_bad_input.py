"""Bad input in whole builds: one clear line naming the file (and line), or a warning kept in the
documents table; never a traceback, never a document lost without a word."""

import codecs
import json
import os
import random

import pytest
from typer.testing import CliRunner

from quotes import load
from quotes.cli import app
from quotes.encodings import repair_mojibake
from quotes.schema import read_metadata
from quotes.stage import MAX_CHARS, UNPAIRED_WARNING

runner = CliRunner()

STORY = 'The ferry returned at dawn. "We waited all night," harbour master Odile Vrancken said.\n'
CYRILLIC = "Мэр Ольга Светлова сказала журналистам, что новый мост откроют весной, а ремонт дорог продолжится."
ACCENTED = "La maire Hélène Duvivier a déclaré que le pont rouvrirait à l'été, après des travaux très coûteux."


def run(*args):
    result = runner.invoke(app, ["build", *map(str, args)])
    assert "Traceback" not in result.output
    return result


def warnings_of(out, doc_id):
    documents = load(out).documents.set_index("doc_id")
    return list(documents.loc[doc_id, "warnings"])


def test_empty_files_of_every_type(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blank.txt").write_text("  \n")
    (folder / "nothing.jsonl").write_bytes(b"")
    (folder / "nothing.csv").write_bytes(b"\n\n")
    (folder / "fine.txt").write_text(STORY, encoding="utf-8")
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert f"{folder / 'nothing.jsonl'}: empty file" in result.output
    assert f"{folder / 'nothing.csv'}: empty file" in result.output
    assert warnings_of(tmp_path / "out", "blank") == [f"{folder / 'blank.txt'}: empty text"]
    assert sorted(load(tmp_path / "out").documents.doc_id) == ["blank", "fine"]


def test_binary_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    noise = bytes(random.Random(5).randrange(256) for _ in range(4000)) + b"\x00"
    (folder / "photo.txt").write_bytes(noise)
    (folder / "archive.jsonl").write_bytes(noise)
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert f"{folder / 'archive.jsonl'}: not a text file" in result.output
    assert warnings_of(tmp_path / "out", "photo") == [f"{folder / 'photo.txt'}: not a text file"]


def test_cp1251_and_latin1_in_every_format_with_the_encoding_recorded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mer.txt").write_bytes(CYRILLIC.encode("cp1251"))
    (folder / "maire.txt").write_bytes(ACCENTED.encode("latin-1"))
    (folder / "wire.jsonl").write_bytes(json.dumps({"id": "w1", "text": CYRILLIC}, ensure_ascii=False)
                                        .encode("cp1251") + b"\n")
    (folder / "table.csv").write_bytes(f'id,text\nc1,"{ACCENTED}"\n'.encode("latin-1"))
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0 and "warning" not in result.output
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert documents.loc["mer", "chars"] == len(CYRILLIC) and documents.loc["w1", "chars"] == len(CYRILLIC)
    assert documents.loc["maire", "chars"] == len(ACCENTED) and documents.loc["c1", "chars"] == len(ACCENTED)
    assert documents.loc["mer", "encoding"] == "cp1251" and documents.loc["w1", "encoding"] == "cp1251"
    assert documents.loc["maire", "encoding"] in ("cp1252", "latin_1")
    assert documents.loc["c1", "encoding"] in ("cp1252", "latin_1")


def test_utf16_and_utf32_with_a_byte_order_mark_in_every_format(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notepad.txt").write_bytes(STORY.encode("utf-16"))
    (folder / "big-endian.txt").write_bytes(codecs.BOM_UTF16_BE + CYRILLIC.encode("utf-16-be"))
    (folder / "wide.txt").write_bytes(ACCENTED.encode("utf-32"))
    lines = "".join(json.dumps({"id": f"w{n}", "text": text}, ensure_ascii=False) + "\n"
                    for n, text in enumerate([CYRILLIC, STORY]))
    (folder / "export.jsonl").write_bytes(lines.encode("utf-16"))
    (folder / "sheet.csv").write_bytes(f'id,text\r\nc1,"{ACCENTED}"\r\n'.encode("utf-16"))
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0 and "warning" not in result.output
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert documents.loc["notepad", "chars"] == len(STORY) and documents.loc["w1", "chars"] == len(STORY)
    assert documents.loc["big-endian", "chars"] == documents.loc["w0", "chars"] == len(CYRILLIC)
    assert documents.loc["wide", "chars"] == documents.loc["c1", "chars"] == len(ACCENTED)
    assert documents.encoding.to_dict() == {"big-endian": "utf-16", "c1": "utf-16", "notepad": "utf-16",
                                            "w0": "utf-16", "w1": "utf-16", "wide": "utf-32"}
    assert set(load(tmp_path / "out").quotes.doc_id) == {"notepad", "w1"}


def test_a_byte_order_mark_before_bytes_that_do_not_follow_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.txt").write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # half a surrogate pair
    (folder / "blank.jsonl").write_bytes(codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"))
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert f"{folder / 'blank.jsonl'}: empty file" in result.output
    assert warnings_of(tmp_path / "out", "odd") == [
        f"{folder / 'odd.txt'}: not a text file (a UTF-16 byte-order mark, then bytes that are not UTF-16)"]


def test_lines_in_two_encodings_in_one_file(tmp_path):
    path = tmp_path / "mixed.jsonl"
    utf8 = [json.dumps({"id": f"u{n}", "text": ACCENTED}, ensure_ascii=False).encode("utf-8") for n in range(2)]
    legacy = [json.dumps({"id": f"r{n}", "text": CYRILLIC}, ensure_ascii=False).encode("cp1251") for n in range(3)]
    path.write_bytes(b"\n".join([utf8[0], *legacy, utf8[1]]) + b"\n")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert set(documents.loc[["u0", "u1"], "encoding"]) == {"utf-8"}
    assert set(documents.loc[["r0", "r1", "r2"], "encoding"]) == {"cp1251"}
    assert set(documents.chars) == {len(CYRILLIC), len(ACCENTED)}
    # Most lines are cp1251, so the file is read as cp1251 and the UTF-8 lines are the ones noted.
    assert list(documents.loc["u1", "warnings"]) == [
        f"{path}:5: not cp1251 like the rest of the file; decoded as utf-8"]
    assert list(documents.loc["r1", "warnings"]) == []


def test_mojibake_is_repaired_and_recorded(tmp_path):
    mangled = ACCENTED.encode("utf-8").decode("cp1252")
    assert "Ã©" in mangled
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "garbled.txt").write_text(mangled, encoding="utf-8")
    result = run(tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 0
    message = f"{tmp_path / 'in' / 'garbled.txt'}: mojibake (UTF-8 read as cp1252) repaired"
    assert message in result.output and warnings_of(tmp_path / "out", "garbled") == [message]
    assert load(tmp_path / "out").documents.chars.tolist() == [len(ACCENTED)]


def test_quotation_marks_left_as_html_entities_are_decoded_and_recorded(tmp_path):
    path = tmp_path / "scraped.jsonl"
    scraped = "The ferry returned at dawn. &ldquo;We waited all night,&rdquo; harbour master Odile Vrancken said."
    rows = [{"id": "s1", "text": scraped}, {"id": "s2", "text": "Shares of AT&amp;T rose. " + STORY}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    corpus = load(tmp_path / "out")
    documents = corpus.documents.set_index("doc_id")
    assert documents.loc["s1", "text"] == scraped.replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d")
    assert warnings_of(tmp_path / "out", "s1") == [f"{path}:1: 2 HTML entities (&quot; and the like) decoded"]
    # One stray entity in a text with its marks as characters is left alone.
    assert documents.loc["s2", "text"].startswith("Shares of AT&amp;T") and warnings_of(tmp_path / "out", "s2") == []
    assert set(corpus.quotes.loc[corpus.quotes.speaker == "Odile Vrancken", "doc_id"]) == {"s1", "s2"}


def test_mojibake_twice_over_and_mojibake_that_cannot_be_undone():
    twice = ACCENTED.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    assert repair_mojibake(twice) == (ACCENTED, "mojibake (UTF-8 read as cp1252) repaired")
    # Mangled words next to a character cp1252 cannot encode: no repair of the whole text is possible.
    mixed = ACCENTED.encode("utf-8").decode("cp1252") + " Ольга"
    text, note = repair_mojibake(mixed)
    assert text == mixed and note.startswith("looks like mojibake")
    assert repair_mojibake(ACCENTED) == (ACCENTED, None)
    assert repair_mojibake(CYRILLIC) == (CYRILLIC, None)


def test_malformed_jsonl_line_skip_and_fail(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY}) + "\n{\"id\": \"b\", \"text\": \"cut\n"
                    + json.dumps({"id": "c", "text": STORY}) + "\n", encoding="utf-8")
    skipped = run(path, "-o", tmp_path / "skip", "--on-error", "skip")
    assert skipped.exit_code == 0 and f"{path}:2: not valid JSON" in skipped.output
    documents = load(tmp_path / "skip").documents.set_index("doc_id")
    assert list(documents.index) == ["a", "b", "c"] and documents.loc["b", "warnings"][0].startswith(f"{path}:2:")
    failed = run(path, "-o", tmp_path / "fail", "--on-error", "fail")
    assert failed.exit_code == 1
    assert failed.output.strip().splitlines() == [f"error: {path}:2: not valid JSON (Unterminated string starting at)"]
    assert not (tmp_path / "fail").exists()


def test_duplicate_ids_are_kept_and_named_in_the_documents_table(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": "same", "text": f"{STORY} Take {n}."}) + "\n" for n in range(3)),
                    encoding="utf-8")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert list(documents.index) == ["same", "same#2", "same#3"]
    assert list(documents.loc["same#3", "warnings"]) == [f"{path}:3: duplicate document id 'same', kept as 'same#3'"]


def test_record_without_text_is_a_warning_in_the_table(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "hollow", "title": "Only a title"}) + "\n", encoding="utf-8")
    assert run(path, "-o", tmp_path / "out").exit_code == 0
    assert warnings_of(tmp_path / "out", "hollow") == [f"{path}:1: record 'hollow' has no text"]


def test_a_date_field_that_gives_no_day_is_a_warning_in_the_table(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [{"id": "month", "date": "April 2023", "text": STORY},
               {"id": "leap", "date": "2023-02-29", "text": STORY},
               {"id": "season", "date": "late summer", "text": "TARNBY, June 12, 2023 (Wire) - " + STORY},
               {"id": "fine", "date": "4 April 2023", "text": STORY}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert run(path, "-o", tmp_path / "out").exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    out = tmp_path / "out"
    assert warnings_of(out, "month") == [f"{path}:1: date 'April 2023' names a month, not a day; left empty"]
    assert warnings_of(out, "leap") == [f"{path}:2: date '2023-02-29' is no day of the calendar; left empty"]
    assert warnings_of(out, "season") == [
        f"{path}:3: date 'late summer' cannot be read as a date; the text's date 2023-06-12 used"]
    assert warnings_of(out, "fine") == []
    assert documents.loc[["month", "leap", "season", "fine"], "date"].isna().tolist() == [True, True, False, False]
    assert str(documents.loc["season", "date"]) == "2023-06-12"


def test_a_50_mb_article_is_kept_with_a_warning_and_does_not_stall_the_build(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "The quarry council debated the new tariff for an hour. "
    with (folder / "dump.txt").open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // (len(sentence) * 1000) + 1):
            handle.write(sentence * 1000)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert documents.loc["dump", "chars"] >= 50_000_000 and documents.loc["dump", "quotes"] == 0
    (warning,) = documents.loc["dump", "warnings"]
    assert warning.startswith(f"{folder / 'dump.txt'} (document 'dump'): ") and f"({MAX_CHARS:,})" in warning
    assert documents.loc["story", "quotes"] == 1


def test_max_chars_is_a_choice(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    assert run(tmp_path / "in", "-o", tmp_path / "small", "--max-chars", "20").exit_code == 0
    assert load(tmp_path / "small").quotes.empty
    assert run(tmp_path / "in", "-o", tmp_path / "large", "--max-chars", "100000").exit_code == 0
    assert len(load(tmp_path / "large").quotes) == 1


def test_ten_thousand_unbalanced_quotation_marks(tmp_path):
    rng = random.Random(11)
    words = "the orchard guild voted twice before the cider fair began in earnest".split()
    pieces = []
    for number in range(10_000):
        pieces.append(" ".join(rng.choice(words) for _ in range(5)) + " " + rng.choice('"\u201c\u201d\u00ab\u00bb'))
        if number % 50 == 49:
            pieces.append(".\n\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "marks.txt").write_text(" ".join(pieces), encoding="utf-8")
    result = run(tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 0
    (warning,) = warnings_of(tmp_path / "out", "marks")
    unclosed = int(warning.split(": ")[1].split()[0].replace(",", ""))
    assert unclosed >= UNPAIRED_WARNING and "do not pair up" in warning
    corpus = load(tmp_path / "out")
    # Cut at their paragraph's end, they are kept: as quotes, or set aside as nobody's speech.
    assert corpus.quotes.unclosed.sum() + (corpus.non_speech.reason == "no_speaker").sum() >= unclosed


def test_unreadable_jsonl_file_is_one_line(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "locked.jsonl"
    path.write_text(json.dumps({"id": "x", "text": STORY}) + "\n", encoding="utf-8")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0 and f"{path}: cannot be read (Permission denied)" in result.output


def test_an_article_the_rules_cannot_handle_is_kept_with_the_reason(tmp_path, monkeypatch):
    import quotes.stage

    def broken(doc):
        if "Odile" in doc.text:
            raise ValueError("unexpected layout\nsecond line")
        return doc

    monkeypatch.setattr(quotes.stage, "process", broken)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "odd.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text("Nothing was said.", encoding="utf-8")
    result = run(tmp_path / "in", "-o", tmp_path / "out", "--no-cache")
    assert result.exit_code == 0
    assert warnings_of(tmp_path / "out", "odd") == [
        f"{tmp_path / 'in' / 'odd.txt'} (document 'odd'): could not be analysed (ValueError: unexpected layout)"]
    assert warnings_of(tmp_path / "out", "plain") == []


@pytest.mark.parametrize("kind", ["file", "notes"])
def test_an_output_that_holds_something_else_is_refused_before_any_work(tmp_path, kind):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / "target"
    if kind == "file":
        target.write_text("my thesis")
    else:
        target.mkdir()
        (target / "thesis.md").write_text("my thesis")
    result = run(tmp_path / "in", "-o", target)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert str(target) in result.output
    assert not (tmp_path / ".target.cache.sqlite").exists()
    assert (target.read_text() if kind == "file" else (target / "thesis.md").read_text()) == "my thesis"


def test_a_line_in_another_code_page_after_the_part_that_chose_the_encoding(tmp_path):
    from quotes.encodings import SNIFF_BYTES

    path = tmp_path / "late.jsonl"
    record = json.dumps({"id": "u", "text": ACCENTED}, ensure_ascii=False).encode("utf-8")
    count = SNIFF_BYTES // len(record) + 2
    lines = [record.replace(b'"u"', f'"u{n}"'.encode()) for n in range(count)]
    lines.append(json.dumps({"id": "late", "text": CYRILLIC}, ensure_ascii=False).encode("cp1251"))
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert len(documents) == count + 1 and documents.loc["late", "encoding"] == "cp1251"
    assert documents.loc["late", "chars"] == len(CYRILLIC)
    assert list(documents.loc["late", "warnings"]) == [
        f"{path}:{count + 1}: not utf-8 like the rest of the file; decoded as cp1251"]


def test_a_full_disk_while_writing_is_one_line_and_keeps_the_previous_corpus(tmp_path, monkeypatch):
    import quotes.writer

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    assert run(tmp_path / "in", "-o", tmp_path / "out").exit_code == 0
    before = (tmp_path / "out" / "quotes.parquet").read_bytes()
    (tmp_path / "in" / "more.txt").write_text(STORY.replace("Odile", "Maud"), encoding="utf-8")

    def full(self, rows):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(quotes.writer._Table, "add", full)
    result = run(tmp_path / "in", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"error: {tmp_path / 'out'}: the corpus cannot be written (No space left on device)"]
    assert (tmp_path / "out" / "quotes.parquet").read_bytes() == before
    assert [p.name for p in tmp_path.glob(".out.*.tmp")] == []


def test_lone_surrogates_escaped_in_jsonl_are_replaced_one_for_one(tmp_path):
    # Half of an emoji's UTF-16 pair, as a scraper that cut a string between the two halves writes it.
    escaped = json.dumps(STORY)[1:-1]
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "cut\\ud83d", "title": "Dawn \\ude00", "text": "Seen \\ud83d ' + escaped + '"}\n'
                    + json.dumps({"id": "whole", "text": "Seen \U0001f600 " + STORY}) + "\n", encoding="utf-8")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    corpus = load(tmp_path / "out")
    documents = corpus.documents.set_index("doc_id")
    assert list(documents.index) == ["cut\ufffd", "whole"]
    assert documents.loc["cut\ufffd", "text"] == "Seen \ufffd " + STORY
    assert documents.loc["cut\ufffd", "title"] == "Dawn \ufffd"
    assert list(documents.loc["cut\ufffd", "warnings"]) == [
        f"{path}:1: 3 lone surrogates (\\ud800 and the like, half of a character) replaced by U+FFFD"]
    assert list(documents.loc["whole", "warnings"]) == []
    texts = dict(zip(corpus.documents.doc_id, corpus.documents.text, strict=True))
    assert len(corpus.quotes) == 2
    assert all(texts[q.doc_id][q.start:q.end] == q.text for q in corpus.quotes.itertuples())


def test_file_names_whose_bytes_are_not_utf8_are_written_with_those_bytes_escaped(tmp_path):
    # Names in a Windows code page, as an archive made on Windows unpacks them here: `é` is the byte 0xE9.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(STORY, encoding="utf-8")
    (folder / os.fsdecode(b"d\xe9p\xeaches.jsonl")).write_text(json.dumps({"id": "wire", "text": STORY}) + "\n",
                                                               encoding="utf-8")
    (folder / os.fsdecode(b"vide\xe9.txt")).write_text("", encoding="utf-8")
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    documents = load(tmp_path / "out").documents.set_index("doc_id")
    assert list(documents.index) == ["caf\\xe9", "vide\\xe9", "wire"]
    assert documents.loc["caf\\xe9", "path"] == f"{folder}/caf\\xe9.txt"
    assert documents.loc["wire", "path"] == f"{folder}/d\\xe9p\\xeaches.jsonl"
    assert list(documents.loc["vide\\xe9", "warnings"]) == [f"{folder}/vide\\xe9.txt: empty text"]
    assert documents.quotes.tolist() == [1, 0, 1]
    checksums = json.loads(read_metadata(tmp_path / "out" / "documents.parquet")["input_sha256"])
    assert set(checksums) == set(documents.path)


def test_a_csv_export_with_semicolons_between_its_fields(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(("\ufeffID;Title;Text\r\nq1;Harbour;\"" + STORY.strip().replace('"', '""') + "\"\r\n")
                     .encode("utf-8"))
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0 and "warning" not in result.output
    corpus = load(tmp_path / "out")
    assert corpus.documents.doc_id.tolist() == ["q1"] and corpus.documents.title.tolist() == ["Harbour"]
    assert corpus.quotes.speaker.tolist() == ["Odile Vrancken"]


def test_the_current_folder_or_one_holding_it_as_the_output_is_refused(tmp_path, monkeypatch):
    # The corpus takes the output folder's place whole: the folder the command runs in would be deleted.
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    for out, target in ((".", tmp_path / "work"), ("..", tmp_path), ("/", "/")):
        result = run(tmp_path / "story.txt", "-o", out)
        assert result.exit_code == 1
        assert result.output.strip() == (f"error: {target}: is the current folder or holds it, which a build would "
                                         "replace with the corpus; choose another folder (e.g. -o corpus)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt", "work"]
    assert run(tmp_path / "story.txt", "-o", "corpus").exit_code == 0
    assert load("corpus").documents.doc_id.tolist() == ["story"]


def test_a_jsonl_line_nested_too_deeply_for_the_parser(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "deep", "text": "Low tide.", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                    + json.dumps({"id": "flat", "text": STORY}) + "\n", encoding="utf-8")
    result = run(path, "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert warnings_of(tmp_path / "out", "deep") == [f"{path}:1: not valid JSON (nested too deeply)"]
    assert load(tmp_path / "out").documents.doc_id.tolist() == ["deep", "flat"]


def test_a_corpus_whose_tables_lack_columns_is_refused_by_every_command_in_one_line(tmp_path):
    # A corpus written by an older version, or by other code, lacks columns the commands read by name.
    import pyarrow.parquet as pq

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    assert run(tmp_path / "in", "-o", out).exit_code == 0
    table = pq.read_table(out / "quotes.parquet")
    pq.write_table(table.drop(["speaker_id", "parent_id"]), out / "quotes.parquet")
    expected = (f"error: {out}: quotes.parquet lacks columns of this version of quotes (speaker_id, parent_id); "
                "rebuild the corpus with 'quotes build'")
    for args in (["by-speaker", out], ["by-speaker", out, "--speaker", "Vrancken"], ["show", out, "story"],
                 ["report", out, "-o", tmp_path / "report.html"]):
        result = runner.invoke(app, list(map(str, args)))
        assert result.exit_code == 1 and result.output.strip() == expected


def test_a_stray_nul_byte_in_a_csv_export_or_an_article_keeps_the_file(tmp_path):
    # A database export may leave a byte of zero in a field; binary files hold them far more often.
    folder = tmp_path / "in"
    folder.mkdir()
    filler = "The tide tables were printed again this week. " * 30
    rows = "id,text\n" + "".join(f'r{n},"{filler}' + STORY.strip().replace('"', '""') + '"\n' for n in range(3))
    (folder / "export.csv").write_bytes(rows.replace("printed", "print\x00ed", 1).encode("utf-8"))
    (folder / "story.txt").write_bytes((filler.replace("week", "we\x00ek", 1) + STORY).encode("utf-8"))
    result = run(folder, "-o", tmp_path / "out")
    assert result.exit_code == 0
    corpus = load(tmp_path / "out")
    documents = corpus.documents.set_index("doc_id")
    assert sorted(documents.index) == ["r0", "r1", "r2", "story"]
    assert warnings_of(tmp_path / "out", "r0") == [f"{folder / 'export.csv'}:2: 1 NUL characters in the text, "
                                                   "kept as they are"]
    assert warnings_of(tmp_path / "out", "r1") == []
    assert warnings_of(tmp_path / "out", "story") == [f"{folder / 'story.txt'}: 1 NUL characters in the text, "
                                                      "kept as they are"]
    assert "\x00" in documents.loc["story", "text"] and len(corpus.quotes) == 4
    texts = dict(zip(corpus.documents.doc_id, corpus.documents.text, strict=True))
    assert all(texts[q.doc_id][q.start:q.end] == q.text for q in corpus.quotes.itertuples())


def test_jsonl_records_written_one_after_another_without_line_breaks(tmp_path):
    # A scraper that forgot the newline writes `{...}{...}`; an old Mac tool ends each record with a lone CR.
    records = [json.dumps({"id": name, "text": STORY.replace("Odile", given)})
               for name, given in (("a", "Maud"), ("b", "Ines"), ("c", "Lore"), ("d", "Eda"))]
    glued, mac = tmp_path / "glued.jsonl", tmp_path / "mac.jsonl"
    glued.write_text(records[0] + records[1] + "\n", encoding="utf-8")
    mac.write_text(records[2] + "\r" + records[3] + "\r", encoding="utf-8")
    result = run(glued, mac, "-o", tmp_path / "out")
    assert result.exit_code == 0
    corpus = load(tmp_path / "out")
    assert corpus.documents.doc_id.tolist() == ["a", "b", "c", "d"]
    assert sorted(corpus.quotes.speaker) == ["Eda Vrancken", "Ines Vrancken", "Lore Vrancken", "Maud Vrancken"]
    assert warnings_of(tmp_path / "out", "b") == [
        f"{glued}:1: 2 JSON records on one line with no line break between them; each read as a document"]
    assert warnings_of(tmp_path / "out", "c") == [
        f"{mac}:1: 2 JSON records on one line with no line break between them; each read as a document"]
