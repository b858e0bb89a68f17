"""`--nlp` and `--stanza-dir` on build and eval, and `quotes models download|status`, through the CLI."""

import json
import threading

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from tests.invented import write_articles
from tests.test_nlp_stanza import STANZA_DIR, needs_models

runner = CliRunner()

#: A resources.json of the shape stanza writes, for one language whose tokenizer needs an mwt model.
RESOURCES = {"en": {"default_processors": {"tokenize": "combined", "mwt": "combined", "ner": "ontonotes"},
                    "lang_name": "English"},
             "english": {"alias": "en"}}


def _models(folder, files=("tokenize/combined.pt", "mwt/combined.pt"), resources=RESOURCES):
    """A models folder holding `resources` and empty stand-ins for the model `files` of English."""
    folder.mkdir(parents=True, exist_ok=True)
    if resources is not None:
        (folder / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    for name in files:
        (folder / "en" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "en" / name).write_bytes(b"")
    return folder


def _build(tmp_path, *options):
    return runner.invoke(app, ["build", str(write_articles(tmp_path / "in")), "-o", str(tmp_path / "out"), *options])


def _metadata(out):
    meta = pq.read_schema(out / "quotes.parquet").metadata
    return {k.decode().removeprefix("quotes."): v.decode() for k, v in meta.items() if k.startswith(b"quotes.annot")}


def test_rules_are_recorded_in_the_metadata_and_said_in_one_line(tmp_path):
    result = _build(tmp_path, "--nlp", "rules")
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    assert line.endswith("; annotator: rules (no model)")
    assert _metadata(tmp_path / "out") == {"annotator": "rules", "annotator_processors": "sentences,tokens,entities"}


def test_auto_falls_back_to_rules_without_models_and_says_why(tmp_path):
    result = _build(tmp_path, "--nlp", "auto", "--stanza-dir", str(tmp_path / "empty"))
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    said = line.split("; ", 1)[1]
    assert said.startswith("annotator: rules") and "stanza not used" in said and str(tmp_path / "empty") in said
    assert _metadata(tmp_path / "out")["annotator"] == "rules"


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "none", "no stanza models folder at"),
    (lambda d: _models(d / "m", resources=None), "no resources.json in"),
    (lambda d: _models(d / "m", resources={"fr": {"default_processors": {}}}),
     "stanza has no models for language 'en'"),
    (lambda d: _models(d / "m", files=()), "no stanza models for language 'en'"),
    (lambda d: _models(d / "m", files=("mwt/combined.pt",)), "no stanza tokenize model for language 'en'"),
    (lambda d: _models(d / "m", files=("tokenize/combined.pt",)), "no stanza mwt model for language 'en'"),
])
def test_stanza_without_its_models_is_a_one_line_error_naming_the_command(tmp_path, setup, message):
    folder = setup(tmp_path)
    result = _build(tmp_path, "--nlp", "stanza", "--stanza-dir", str(folder))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.count("\n") == 1 and result.output.startswith("error: ") and message in result.output
    assert "quotes models download --lang en" in result.output


def test_an_unknown_annotator_is_a_one_line_error(tmp_path):
    result = _build(tmp_path, "--nlp", "spacy")
    assert result.exit_code == 1 and result.output == "error: unknown annotator 'spacy': choose one of auto, " \
        "stanza, rules\n"


@needs_models
def test_stanza_build_records_annotator_processors_and_models_folder(tmp_path):
    result = _build(tmp_path, "--nlp", "stanza", "--stanza-dir", str(STANZA_DIR))
    assert result.exit_code == 0, result.output
    said = result.output.strip().splitlines()[-1].split("; ", 1)[1]
    assert said.startswith("annotator: stanza (tokenize, mwt") and str(STANZA_DIR) in said
    meta = _metadata(tmp_path / "out")
    assert meta["annotator"] == "stanza" and meta["annotator_processors"].startswith("tokenize,mwt")
    assert meta["annotator_models"] == str(STANZA_DIR) and meta["annotator_lang"] == "en"


@needs_models
def test_eval_takes_the_annotator_too(tmp_path):
    text = "\"The nets are full,\" said Marta Lindqvist."
    gold = tmp_path / "gold.jsonl"
    start = text.index("The nets")
    quote = {"start": start - 1, "end": text.index(",\"") + 2, "kind": "direct", "speaker_text": "Marta Lindqvist",
             "speaker_span": [text.index("Marta"), len(text) - 1]}
    quote["text"] = text[quote["start"]:quote["end"]]
    gold.write_text(json.dumps({"doc_id": "g", "text": text, "quotes": [quote]}) + "\n", encoding="utf-8")
    for nlp in ("rules", "stanza"):
        result = runner.invoke(app, ["eval", str(gold), "--json", "--nlp", nlp, "--stanza-dir", str(STANZA_DIR)])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["e2e_f1"] == 1.0 and f"annotator: {nlp}" in result.stderr


# -- quotes models status | download ---------------------------------------------------------------

@needs_models
def test_status_lists_what_is_installed_where():
    result = runner.invoke(app, ["models", "status", "--stanza-dir", str(STANZA_DIR)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"stanza models folder: {STANZA_DIR} (from --stanza-dir)"
    assert lines[1].startswith("en: tokenize (combined), mwt (combined)")


def test_status_names_the_environment_variable_it_followed_and_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(_models(tmp_path / "env", files=("tokenize/combined.pt",))))
    lines = runner.invoke(app, ["models", "status"]).stdout.splitlines()
    assert lines[0] == f"stanza models folder: {tmp_path / 'env'} (from STANZA_RESOURCES_DIR)"
    assert lines[1] == "en: nothing usable; installed but missing what they need: tokenize; not installed: mwt, ner"


def test_status_of_a_missing_folder_names_the_command_to_run(tmp_path):
    result = runner.invoke(app, ["models", "status", "--stanza-dir", str(tmp_path / "none")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == (f"no stanza models folder at {tmp_path / 'none'}: run "
                                             f"`quotes models download --lang en --stanza-dir {tmp_path / 'none'}`")


def test_download_failure_is_one_line(tmp_path, monkeypatch):
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("Failed to resolve the model server\nsecond line of detail")

    monkeypatch.setattr(stanza, "download", offline)
    result = runner.invoke(app, ["models", "download", "--lang", "en", "--stanza-dir", str(tmp_path)])
    assert result.exit_code == 1 and result.output == (
        f"error: could not download stanza models for 'en' into {tmp_path}: Failed to resolve the model server\n")


def test_a_download_that_hangs_is_given_up(tmp_path, monkeypatch):
    import stanza

    release = threading.Event()
    monkeypatch.setattr(stanza, "download", lambda *args, **kwargs: release.wait(30))
    try:
        result = runner.invoke(app, ["models", "download", "--stanza-dir", str(tmp_path), "--timeout", "0.2"])
    finally:
        release.set()
    assert result.exit_code == 1 and "did not finish in 0.2 s" in result.output and result.output.count("\n") == 1


def test_download_passes_language_folder_and_processors_to_stanza(tmp_path, monkeypatch):
    import stanza

    calls = []
    monkeypatch.setattr(stanza, "download", lambda lang, **kwargs: calls.append((lang, kwargs)))
    result = runner.invoke(app, ["models", "download", "--lang", "de", "--stanza-dir", str(tmp_path),
                                 "--processors", "tokenize,ner"])
    assert result.exit_code == 0, result.output
    assert calls == [("de", {"model_dir": str(tmp_path), "processors": "tokenize,ner", "logging_level": "WARN"})]
    assert result.output == f"stanza models for 'de' -> {tmp_path}\n"


# -- which processors the stanza annotator loads -------------------------------------------------------

FULL = {"en": {"default_processors": {p: "std" for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")}}}


def test_pos_and_lemma_are_loaded_only_for_the_parse(tmp_path):
    from quotes.nlp.models import ProcessorNotInstalled
    from quotes.nlp.stanza_annotator import StanzaAnnotator

    everything = _models(tmp_path / "all", files=[f"{p}/std.pt" for p in FULL["en"]["default_processors"]],
                         resources=FULL)
    assert StanzaAnnotator("en", everything).processors == ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
    no_parser = _models(tmp_path / "np", files=["tokenize/std.pt", "mwt/std.pt", "pos/std.pt", "ner/std.pt"],
                        resources=FULL)
    annotator = StanzaAnnotator("en", no_parser)
    assert annotator.processors == ("tokenize", "mwt", "ner") and annotator.ner and not annotator.parse
    assert StanzaAnnotator("en", everything, processors=("depparse",)).processors == \
        ("tokenize", "mwt", "pos", "lemma", "depparse")
    with pytest.raises(ProcessorNotInstalled, match="no stanza depparse model"):
        StanzaAnnotator("en", no_parser, processors=("depparse",))
