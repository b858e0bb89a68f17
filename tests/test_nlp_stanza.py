"""The stanza annotator on real models, and the code that reads NER and parses, on hand-built Documents.

The real-model tests need stanza's English tokenize and mwt models: in $QUOTES_TEST_STANZA_DIR, or
in `shared/stanza_resources` beside the repository; they are skipped where neither exists. The
pipeline is loaded once for the whole session.
"""

import gc
import os
from pathlib import Path

import pytest

from quotes.mentions import find_entities
from quotes.model import Document
from quotes.nlp import get_annotator
from quotes.nlp.models import ModelsNotFound, installed
from quotes.nlp.people import entities_of, with_ner
from quotes.nlp.stanza_annotator import (
    TORCH_THREADS,
    StanzaAnnotator,
    collector_paused,
    load_pipeline,
    to_annotation,
    torch_threads,
)
from quotes.pipeline import process
from tests.conftest import ROOT
from tests.stanza_docs import parsed

STANZA_DIR = Path(os.environ.get("QUOTES_TEST_STANZA_DIR") or ROOT.parent / "shared" / "stanza_resources")
needs_models = pytest.mark.skipif(not (STANZA_DIR / "en" / "tokenize").is_dir(),
                                  reason=f"no stanza English models in {STANZA_DIR}")

PIER = ("Dr. Lina Voss opened the new pier on Monday. \"It will outlast us all,\" she said.\n"
        "Harbour staff cheered\n"
        "The mayor did not come.")


@pytest.fixture(scope="session")
def stanza_annotator():
    return StanzaAnnotator("en", STANZA_DIR)


@needs_models
def test_stanza_annotates_with_offsets_into_the_text(stanza_annotator):
    annotation = stanza_annotator.annotate([PIER])[0]
    assert annotation.annotator == "stanza" and stanza_annotator.processors[:2] == ("tokenize", "mwt")
    assert all(PIER[t.start:t.end] == t.text for t in annotation.tokens)
    assert "Dr." in [t.text for t in annotation.tokens]
    sentences = [PIER[s:e] for s, e in annotation.sentences]
    # No sentence runs over a line break, even where the line ends without a stop.
    assert all("\n" not in s for s in sentences)
    assert "Harbour staff cheered" in sentences and sentences[-1] == "The mayor did not come."
    assert annotation.sentence_at(PIER.index("outlast")) is not None


@needs_models
def test_one_bulk_call_gives_what_one_call_per_text_gives(stanza_annotator):
    texts = [PIER, "", "Pier fees rise. Anglers object.", "Kai Brandt said nothing"]
    together = stanza_annotator.annotate(texts)
    apart = [stanza_annotator.annotate([text])[0] for text in texts]
    assert [(a.sentences, a.tokens) for a in together] == [(a.sentences, a.tokens) for a in apart]
    assert together[1].tokens == [] and len(together[2].sentences) == 2


@needs_models
def test_the_pipeline_is_loaded_once_per_process(stanza_annotator):
    assert stanza_annotator.load() is StanzaAnnotator("en", STANZA_DIR).load()
    assert load_pipeline.cache_info().currsize >= 1


@needs_models
def test_torch_runs_on_the_annotators_threads_and_is_left_as_it_was(stanza_annotator, monkeypatch):
    import torch

    pipeline = stanza_annotator.load()
    bulk_process, seen, collecting = pipeline.bulk_process, [], []

    def recording(docs):
        seen.append(torch.get_num_threads())
        collecting.append(gc.isenabled())
        return bulk_process(docs)

    monkeypatch.setattr(pipeline, "bulk_process", recording)
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        stanza_annotator.annotate(["Pier fees rise."])
        after = torch.get_num_threads()
        StanzaAnnotator("en", STANZA_DIR, threads=None).annotate(["Pier fees rise."])
    finally:
        torch.set_num_threads(before)
    assert seen == [TORCH_THREADS, 2] and after == 2
    assert collecting == [False, False] and gc.isenabled()


def test_the_collector_is_paused_inside_the_block_only():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a program that keeps the collector off finds it off
    finally:
        gc.enable()


def test_torch_threads_sets_the_count_inside_the_block_only():
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    try:
        torch.set_num_threads(2)
        with torch_threads(1):
            inside = torch.get_num_threads()
        with torch_threads(None):
            untouched = torch.get_num_threads()
        assert (inside, untouched, torch.get_num_threads()) == (1, 2, 2)
    finally:
        torch.set_num_threads(before)


@needs_models
def test_a_batch_larger_than_the_name_cache_reads_each_text_for_names_once(stanza_annotator):
    texts = [f"\"The {word} pier stays shut,\" said Harbour Warden Ola Brekke."
             for word in ["north", "south", "east", "west", "old", "new", "long"]]
    assert len(texts) > find_entities.cache_info().maxsize
    find_entities.cache_clear()
    docs = [Document(f"d{i}", text) for i, text in enumerate(texts)]
    for doc, annotation in zip(docs, stanza_annotator.annotate(texts), strict=True):
        doc.annotation = annotation
    for doc in docs:
        process(doc)
    assert find_entities.cache_info().misses == len(texts)
    # What the steps read is what the rule reader finds in the text.
    assert [[e.name for e in doc.annotation.people[0]] for doc in docs] == \
        [[e.name for e in find_entities(text)[0]] for text in texts]
    by_rules = [process(Document("r", text)).quotes for text in texts]
    assert [[q.speaker for q in doc.quotes] for doc in docs] == [[q.speaker for q in quotes] for quotes in by_rules]
    assert all("Ola Brekke" in doc.quotes[0].speaker for doc in docs)


@needs_models
def test_auto_takes_stanza_where_its_models_are_installed():
    annotator = get_annotator("auto", STANZA_DIR)
    assert annotator.name == "stanza" and annotator.describe().startswith("annotator: stanza (tokenize, mwt")
    assert annotator.info()["annotator_processors"].startswith("tokenize,mwt")


@needs_models
def test_stanza_and_rules_find_the_same_quotes_and_speakers(stanza_annotator):
    stanza_doc = Document("s", PIER)
    stanza_doc.annotation = stanza_annotator.annotate([PIER])[0]
    by_stanza, by_rules = process(stanza_doc), process(Document("r", PIER))
    assert [(q.text, q.speaker) for q in by_stanza.quotes] == [(q.text, q.speaker) for q in by_rules.quotes]
    assert by_stanza.quotes[0].speaker == "Lina Voss"


@needs_models
def test_installed_lists_what_is_on_disk_and_what_each_processor_needs():
    found = installed("en", STANZA_DIR)
    assert found.usable[:2] == ["tokenize", "mwt"]
    assert set(found.missing) == set(found.packages) - set(found.usable)
    if "depparse" not in found.present:
        assert "depparse" in found.missing


# -- reading NER and parses, on Documents built by hand --------------------------------------------

WHARF = "Eventually, standing on the wet deck, Tor Ask shook his head, saying \"Never again.\""
WHARF_PARSE = [[
    ("Eventually", 11, "advmod", "ADV", "O"), (",", 11, "punct", "PUNCT", "O"),
    ("standing", 11, "advcl", "VERB", "O"), ("on", 7, "case", "ADP", "O"), ("the", 7, "det", "DET", "O"),
    ("wet", 7, "amod", "ADJ", "O"), ("deck", 3, "obl", "NOUN", "O"), (",", 11, "punct", "PUNCT", "O"),
    ("Tor", 11, "nsubj", "PROPN", "B-PERSON"), ("Ask", 9, "flat", "PROPN", "E-PERSON"),
    ("shook", 0, "root", "VERB", "O"), ("his", 13, "nmod:poss", "PRON", "O"), ("head", 11, "obj", "NOUN", "O"),
    (",", 15, "punct", "PUNCT", "O"), ("saying", 11, "advcl", "VERB", "O"), ("\"", 18, "punct", "PUNCT", "O"),
    ("Never", 18, "advmod", "ADV", "O"), ("again", 15, "ccomp", "ADV", "O"), (".", 11, "punct", "PUNCT", "O"),
    ("\"", 18, "punct", "PUNCT", "O"),
]]


def test_a_stanza_document_becomes_an_annotation_with_its_parse_and_entities():
    annotation = to_annotation(parsed(WHARF, WHARF_PARSE), WHARF, ner=True, parse=True)
    assert [WHARF[e.start:e.end] for e in annotation.entities_with({"PERSON"})] == ["Tor Ask"]
    tor = annotation.words[8]
    assert (tor.text, tor.deprel, annotation.words[tor.head].text) == ("Tor", "nsubj", "shook")
    assert [t.upos for t in annotation.tokens[:3]] == ["ADV", "PUNCT", "VERB"]
    saying = WHARF.index("saying")
    assert annotation.subject_of(saying, saying + 6) == (WHARF.index("Tor"), WHARF.index("Tor") + len("Tor Ask"))


def test_the_parse_names_the_subject_a_participle_cue_shares():
    plain = process(Document("plain", WHARF))
    doc = Document("parsed", WHARF)
    doc.annotation = to_annotation(parsed(WHARF, WHARF_PARSE), WHARF, ner=False, parse=True)
    process(doc)
    assert doc.quotes[0].speaker == "Tor Ask" and doc.quotes[0].method == "cue_before"
    # The rules alone read the opening adverb as the subject; the parse is what corrects it.
    assert plain.quotes[0].speaker != "Tor Ask"


def _ner_doc(text: str, tags: dict[str, str], label: str) -> Document:
    """`text` as one sentence of words split at spaces, the words in `tags` carrying a BIOES tag of `label`."""
    rows = [(word, 0, "dep", "X", f"{tags[word]}-{label}" if word in tags else "O") for word in text.split()]
    doc = Document("n", text)
    doc.annotation = to_annotation(parsed(text, [rows]), text, ner=True, parse=False)
    return doc


def test_a_person_entity_is_evidence_that_a_name_is_a_persons():
    text = "Halvorsen Marine spoke first"
    assert not next(e for e in find_entities(text)[0] if e.name == "Halvorsen Marine").is_person_like
    doc = _ner_doc(text, {"Halvorsen": "B", "Marine": "E"}, "PERSON")
    entity = next(e for e in entities_of(doc)[0] if e.name == "Halvorsen Marine")
    assert entity.kind == "person" and entity.is_person_like
    # The rule reader's cached result is left as the rules found it.
    assert not next(e for e in find_entities(text)[0] if e.name == "Halvorsen Marine").is_person_like


def test_a_name_the_model_calls_an_organisation_is_one():
    doc = _ner_doc("Halvorsen Marine spoke first", {"Halvorsen": "B", "Marine": "E"}, "ORG")
    assert [(e.name, e.kind) for e in entities_of(doc)[0]] == [("Halvorsen Marine", "org")]


def test_a_place_label_does_not_unmake_a_person_something_else_shows():
    text = "Dr. Sela Brunvik spoke first"
    doc = _ner_doc(text, {"Sela": "B", "Brunvik": "E"}, "GPE")
    assert [(e.name, e.kind) for e in entities_of(doc)[0]] == [("Sela Brunvik", "person")]


def test_entities_the_rules_miss_are_added():
    # A weekday as a surname stops the rule reader; a one-word organisation has no organisation noun.
    text = "Ada Friday met Fjordvakt on Monday and Ada Friday left"
    words = text.split()
    rows = [(w, 0, "dep", "X", "O") for w in words]
    rows[0], rows[1] = ("Ada", 0, "dep", "X", "B-PERSON"), ("Friday", 0, "dep", "X", "E-PERSON")
    rows[3] = ("Fjordvakt", 0, "dep", "X", "S-ORG")
    rows[5] = ("Monday", 0, "dep", "X", "S-DATE")
    doc = Document("x", text)
    doc.annotation = to_annotation(parsed(text, [rows]), text, ner=True, parse=False)
    assert not find_entities(text)[0]
    people, mentions = entities_of(doc)
    found = {e.name: e for e in people}
    assert set(found) == {"Ada Friday", "Fjordvakt"}  # a date is no speaker
    assert found["Ada Friday"].kind == "person" and found["Ada Friday"].positions == [0, text.rindex("Ada")]
    assert found["Fjordvakt"].kind == "org" and [m.text for m in mentions] == ["Ada Friday", "Ada Friday"]


def test_a_lone_person_word_is_left_to_the_rules():
    text = "Brunvik waited"
    people, _ = with_ner(text, to_annotation(parsed(text, [[("Brunvik", 2, "nsubj", "PROPN", "S-PERSON"),
                                                            ("waited", 0, "root", "VERB", "O")]]),
                                             text, ner=True, parse=True).entities)
    assert [e.name for e in people] == [e.name for e in find_entities(text)[0]]


# -- one-line errors for what is missing ---------------------------------------------------------

def test_missing_models_are_file_not_found_errors_naming_the_command(tmp_path):
    with pytest.raises(ModelsNotFound, match=r"quotes models download --lang en --stanza-dir") as missing:
        get_annotator("stanza", tmp_path / "nowhere")
    assert isinstance(missing.value, FileNotFoundError) and "\n" not in str(missing.value)


@needs_models
def test_stanza_failures_to_load_become_one_line(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "resources.json").write_bytes((STANZA_DIR / "resources.json").read_bytes())
    with pytest.raises(ModelsNotFound) as error:
        load_pipeline("en", str(tmp_path), ("tokenize", "mwt"))
    assert "\n" not in str(error.value) and "quotes models download --lang en" in str(error.value)
    with pytest.raises(ModelsNotFound, match="unmet requirements of MWTProcessor"):
        load_pipeline("en", str(STANZA_DIR), ("mwt",))


@needs_models
def test_two_workers_annotate_their_own_chunks_and_give_the_tables_of_one(tmp_path, monkeypatch):
    from quotes import build
    from quotes.incremental import CHUNK_DOCUMENTS
    from tests.invented import records, write_jsonl

    path = write_jsonl(tmp_path / "in.jsonl", records(2 * CHUNK_DOCUMENTS + 5))
    build([path], tmp_path / "one", cache=False, nlp="stanza", stanza_dir=STANZA_DIR)
    log = tmp_path / "annotated.log"
    annotate = StanzaAnnotator.annotate

    def logged(self, texts):  # the workers fork with this in place, so they log what they annotate too
        with log.open("a") as out:
            out.write(f"{os.getpid()} {len(texts)}\n")
        return annotate(self, texts)

    monkeypatch.setattr(StanzaAnnotator, "annotate", logged)
    build([path], tmp_path / "two", cache=False, nlp="stanza", stanza_dir=STANZA_DIR, workers=2)
    calls = [line.split() for line in log.read_text().splitlines()]
    # Every text was annotated, each in a worker process, none in this one (the warm-up is the rules').
    assert sum(int(count) for _, count in calls) == 2 * CHUNK_DOCUMENTS + 5
    assert {pid for pid, _ in calls} and str(os.getpid()) not in {pid for pid, _ in calls}
    for table in ("quotes.parquet", "speakers.parquet", "documents.parquet"):
        assert (tmp_path / "two" / table).read_bytes() == (tmp_path / "one" / table).read_bytes(), table
