"""`quotes eval`: scoring the pipeline against small gold files, through the API and the command line."""

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from quotes import build, load
from quotes.cli import app
from quotes.evaluate import EvalError, GoldDocument, GoldQuote, evaluate, is_name_like, same_speaker, score
from quotes.model import Document, Quote
from tests.conftest import EVAL, ROOT

runner = CliRunner()

BRIDGE = ('Mayor Lena Varga opened the new footbridge over the Orla on Monday.\n\n'
          '"We waited nine years for this crossing," Varga said. '
          '"Now the whole valley can walk to market," she added.\n\n'
          'The council voted for the bridge in 2016.')
HARBOUR = ('Sergei Malkov, the harbour master, spoke to reporters on the pier.\n\n'
           '"The ice will be gone by April," Malkov said.')
FESTIVAL = ('The lantern festival will close early this year, organisers said.\n\n'
            '"Tickets will be refunded in full," said Petra Holm, who runs the box office.')

WAITED = '"We waited nine years for this crossing,"'
VALLEY = '"Now the whole valley can walk to market,"'
ICE = '"The ice will be gone by April,"'
TICKETS = '"Tickets will be refunded in full,"'


def quote(text, said, kind="direct", speaker=None, entity=None):
    """A gold quote for the words `said` of `text`, with its speaker span found in the text."""
    start = text.index(said)
    gold = {"start": start, "end": start + len(said), "text": said, "kind": kind,
            "speaker_span": None, "speaker_text": None, "speaker_entity": entity}
    if speaker:
        at = text.index(speaker)
        gold.update(speaker_span=[at, at + len(speaker)], speaker_text=speaker)
    return gold


def write_gold(path, *docs):
    """A gold file of (doc_id, text, quotes) triples."""
    lines = [json.dumps({"doc_id": doc_id, "text": text, "quotes": quotes}) for doc_id, text, quotes in docs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def bridge_gold(tmp_path):
    return write_gold(tmp_path / "bridge.jsonl", ("bridge", BRIDGE, [
        quote(BRIDGE, WAITED, speaker="Varga", entity="Lena Varga"),
        quote(BRIDGE, VALLEY, speaker="she", entity="Lena Varga"),
    ]))


def test_perfect_match(bridge_gold):
    scores = evaluate(bridge_gold)
    assert (scores.docs, scores.gold_quotes, scores.found, scores.pred_quotes) == (1, 2, 2, 2)
    assert (scores.speaker_judged, scores.speaker_correct) == (2, 2)
    for figure in ("detect_precision", "detect_recall", "detect_f1", "speaker_accuracy",
                   "e2e_precision", "e2e_recall", "e2e_f1"):
        assert getattr(scores, figure) == 1.0, figure


def test_a_missed_quote_lowers_recall_only(tmp_path):
    # The annotators took a sentence without quotation marks for a quote: nothing predicts it.
    gold = write_gold(tmp_path / "g.jsonl", ("bridge", BRIDGE, [
        quote(BRIDGE, WAITED, entity="Lena Varga"),
        quote(BRIDGE, VALLEY, entity="Lena Varga"),
        quote(BRIDGE, "The council voted for the bridge in 2016.", entity="Lena Varga"),
    ]))
    scores = evaluate(gold)
    assert (scores.gold_quotes, scores.found, scores.pred_correct) == (3, 2, 2)
    assert scores.detect_recall == 0.6667 and scores.detect_precision == 1.0
    assert scores.detect_f1 == 0.8
    assert scores.speaker_accuracy == 1.0 and scores.e2e_recall == 0.6667 and scores.e2e_precision == 1.0


def test_a_wrong_speaker_costs_accuracy_and_end_to_end(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", ("bridge", BRIDGE, [
        quote(BRIDGE, WAITED, entity="Tomas Brandt"),
        quote(BRIDGE, VALLEY, entity="Lena Varga"),
    ]))
    scores = evaluate(gold)
    assert scores.detect_f1 == 1.0
    assert (scores.speaker_judged, scores.speaker_correct, scores.pred_correct_speaker) == (2, 1, 1)
    assert scores.speaker_accuracy == 0.5 and scores.e2e_precision == 0.5 and scores.e2e_recall == 0.5


def test_surnames_and_spelling_variants_match_pronouns_are_not_judged(tmp_path):
    gold = write_gold(
        tmp_path / "g.jsonl",
        # Only spans, no entity: "Varga" is a name and judged by surname, "she" is not judged.
        ("bridge", BRIDGE, [quote(BRIDGE, WAITED, speaker="Varga"), quote(BRIDGE, VALLEY, speaker="she")]),
        # The entity is spelt Sergey, the article (and so the prediction) Sergei.
        ("harbour", HARBOUR, [quote(HARBOUR, ICE, speaker="Malkov", entity="Sergey Malkov")]),
    )
    scores = evaluate(gold)
    assert (scores.gold_quotes, scores.found, scores.speaker_judged, scores.speaker_correct) == (3, 3, 2, 2)
    assert scores.speaker_accuracy == 1.0
    assert scores.e2e_recall == 0.6667  # the pronoun's quote cannot count end to end


@pytest.mark.parametrize("predicted, gold, same", [
    ("Lena Varga", "Varga", True),
    ("Varga", "Mayor Lena Varga", True),
    ("Sergei Malkov", "Sergey Malkov", True),
    ("Aleksei Dorin", "Alexey Dorin", True),
    ("Lena Varga", "Lena Vargas", True),  # nearly the same string
    ("Lena Varga", "Ilona Varga", False),  # one surname, other given names
    ("Petra Holm", "Lena Varga", False),
    ("Orla Valley Water Board", "Water Board", True),  # every word of one inside the other
    ("Petra Holm's office", "Petra Holm", True),
    (None, "Lena Varga", False),
    ("Mayor", "Lena Varga", False),  # only a title
])
def test_same_speaker(predicted, gold, same):
    assert same_speaker(predicted, gold) is same


@pytest.mark.parametrize("span, name_like", [
    ("Varga", True), ("Mayor Lena Varga", True), ("the council", False), ("The Orla Council", True),
    ("she", False), ("He", False), ("a spokesman", False), ("", False), (None, False),
])
def test_name_like_gold_spans(span, name_like):
    assert is_name_like(span) is name_like


def test_kinds_filter(tmp_path):
    gold = write_gold(tmp_path / "g.jsonl", ("festival", FESTIVAL, [
        quote(FESTIVAL, "The lantern festival will close early this year", kind="indirect", speaker="organisers"),
        quote(FESTIVAL, TICKETS, speaker="Petra Holm"),
    ]))
    direct = evaluate(gold)
    assert (direct.kinds, direct.gold_quotes, direct.found, direct.detect_recall) == (("direct",), 1, 1, 1.0)
    both = evaluate(gold, kinds=("direct", "indirect"))
    assert (both.gold_quotes, both.found, both.detect_recall) == (2, 1, 0.5)
    # Precision counts gold quotes of every kind, whichever kinds are counted for recall.
    assert direct.detect_precision == both.detect_precision == 1.0
    assert evaluate(gold, kinds="direct, indirect") == both
    result = runner.invoke(app, ["eval", str(gold), "--kinds", "direct,indirect", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold_quotes"] == 2
    nothing = runner.invoke(app, ["eval", str(gold), "--kinds", "dash"])
    assert nothing.exit_code == 1 and "no gold quote is of kind dash" in nothing.output


def _doc(text, *spans, speaker="Lena Varga"):
    quotes = [Quote("d", start, end, text[start:end], speaker=speaker) for start, end in spans]
    return Document("d", text, quotes=quotes)


def test_matching_by_half_overlap_after_trimming():
    text = 'Intro. "one two three four," she said. "five six seven eight nine ten."'
    first, end = text.index('"one'), text.index(" she")
    gold = [GoldDocument("d", text, [GoldQuote(first, end, "direct", speaker_entity="Lena Varga")])]
    inner = first + 1  # "one two three four" is 18 characters once marks and the comma are trimmed
    cases = [
        ((first, end), 1),  # marks and punctuation at the edges do not matter
        ((inner, inner + 9), 1),  # exactly half
        ((inner, inner + 8), 0),  # less than half
    ]
    for span, found in cases:
        scores = score(gold, [_doc(text, span)])
        assert scores.found == found, span
        assert scores.pred_correct == 1, span  # the prediction itself lies inside the gold quote
    # A prediction mostly outside every gold quote is wrong; each predicted quote counts, nested ones too.
    later = text.index('"five')
    scores = score(gold, [_doc(text, (first, end), (first + 1, first + 4), (inner + 10, later + 20))])
    assert (scores.pred_quotes, scores.pred_correct, scores.found) == (3, 2, 1)


def test_speaker_of_the_quote_covering_most_is_judged():
    text = 'Intro. "one two three four five six," she said.'
    first, end = text.index('"one'), text.index(" she")
    gold = [GoldDocument("d", text, [GoldQuote(first, end, "direct", speaker_entity="Lena Varga")])]
    doc = Document("d", text, quotes=[
        Quote("d", first + 1, first + 10, "", speaker="Petra Holm"),
        Quote("d", first + 1, end - 2, "", speaker="Lena Varga"),
    ])
    scores = score(gold, [doc])
    assert (scores.speaker_correct, scores.pred_correct, scores.pred_correct_speaker) == (1, 2, 1)


def test_cli_table_json_and_corpus(bridge_gold, tmp_path):
    table = runner.invoke(app, ["eval", str(bridge_gold)])
    assert table.exit_code == 0, table.output
    assert "detection" in table.output and "1.0000" in table.output and "2 gold quotes (direct)" in table.output
    as_json = runner.invoke(app, ["eval", str(bridge_gold), "--json"])
    assert json.loads(as_json.stdout) == evaluate(bridge_gold).as_dict()
    out = tmp_path / "built"
    result = runner.invoke(app, ["eval", str(bridge_gold), "--corpus", str(out)])
    assert result.exit_code == 0, result.output
    corpus = load(out)
    assert list(corpus.documents.doc_id) == ["bridge"] and len(corpus.quotes) == 2


GOOD = json.dumps({"doc_id": "ok", "text": "Fine.", "quotes": []})


def _with(quote_fields=None, **record_fields):
    """A one-quote gold line with some fields of the record or its quote changed (None removes a field)."""
    record = {"doc_id": "x", "text": HARBOUR, "quotes": [quote(HARBOUR, ICE, speaker="Malkov")]}
    for target, changes in ((record, record_fields), (record["quotes"][0], quote_fields or {})):
        for key, value in changes.items():
            if value is None:
                del target[key]
            else:
                target[key] = value
    return json.dumps(record)


@pytest.mark.parametrize("second_line, message", [
    ('{"doc_id": "x", "text": "Hi', "not valid JSON"),
    ('{"doc_id": "x", "spans": ' + "[" * 100_000 + "]" * 100_000 + "}", "not valid JSON (nested too deeply)"),
    ("[1, 2]", "a line must hold a JSON object"),
    (_with(quotes=None), "record has no 'quotes'"),
    (_with(text=None), "record has no 'text'"),
    (_with({"kind": None}), "quote 1: has no 'kind'"),
    (_with({"start": HARBOUR.index(ICE) + 1}), "quote 1: text["),
    (_with({"end": len(HARBOUR) + 5}), "is not a span of the text"),
    (_with({"speaker_span": [0, 6]}), "not the speaker_text"),
    (_with(doc_id="ok"), "doc_id 'ok' is already used on line 1"),
])
def test_bad_gold_is_a_one_line_error(tmp_path, second_line, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOOD + "\n" + second_line + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"gold\.jsonl:2: "):
        evaluate(gold)
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert f"{gold}:2: " in result.output and message in result.output and "Traceback" not in result.output


def test_missing_or_empty_gold_file(tmp_path):
    missing = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "none.jsonl: cannot be read" in missing.output
    (tmp_path / "empty.jsonl").write_text("\n")
    with pytest.raises(EvalError, match="no gold documents"):
        evaluate(tmp_path / "empty.jsonl")
    with pytest.raises(EvalError, match="no quote kinds"):
        evaluate(tmp_path / "empty.jsonl", kinds=[" "])


PRESS_KINDS = ("direct", "dash", "transcript", "colon", "partial", "headline")


@pytest.mark.skipif(not (EVAL / "press.dev.jsonl").is_file(), reason="evaluation data not present")
def test_agrees_with_the_shared_scorer_on_press_dev(tmp_path):
    """Same figures as score.py on a corpus built by `quotes build` from the gold texts."""
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold_path = EVAL / "press.dev.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"doc_id": d["doc_id"], "text": d["text"]}) + "\n" for d in gold),
                     encoding="utf-8")
    build([texts], tmp_path / "corpus")
    expected = shared.score(gold, shared.load_pred(tmp_path / "corpus" / "quotes.parquet"), set(PRESS_KINDS))
    ours = evaluate(gold_path, kinds=PRESS_KINDS).as_dict()
    assert {key: ours[key] for key in expected} == expected


def _robustness_module():
    spec = importlib.util.spec_from_file_location("robustness", ROOT / "benchmarks" / "robustness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_variant_moves_the_gold_quotes_with_the_text():
    robustness = _robustness_module()
    text = BRIDGE.replace("Mayor", "Mr. Ilse") + '\n\n\u201cIt is \u2014 at last \u2014 done,\u201d Dr. Orn said.'
    said = "\u201cIt is \u2014 at last \u2014 done,\u201d"
    doc = GoldDocument("bridge", text, [GoldQuote(text.index(WAITED), text.index(WAITED) + len(WAITED), "direct"),
                                        GoldQuote(text.index(said), text.index(said) + len(said), "direct")])
    for name, variant in robustness.VARIANTS.items():
        typed = robustness.typed_otherwise(doc, variant)
        words = [typed.text[q.start:q.end] for q in typed.quotes]
        assert [w.split()[-1] for w in words] == ['crossing,"', "done,\u201d"] or name == "straight marks", name
        assert [len(w.split()) for w in words] == [7, 7], name
    assert robustness.typed_otherwise(doc, robustness.VARIANTS["titles without stops"]).text.count("Dr ") == 1


def test_the_figures_stay_when_spaces_are_no_break_spaces(tmp_path):
    """The rules read every space alike, through the annotator `quotes eval` runs as well."""
    robustness = _robustness_module()
    text = ("Ann Berg met port director Tom Lind on Monday at the quay in the old town of Vestby.\n\n"
            "\u201cShips can dock again from May,\u201d the director said.\n\n"
            "\u201cThe cranes come later,\u201d she said.")
    gold = write_gold(tmp_path / "port.jsonl", ("port", text, [
        quote(text, "\u201cShips can dock again from May,\u201d", speaker="the director", entity="Tom Lind"),
        quote(text, "\u201cThe cranes come later,\u201d", speaker="she", entity="Ann Berg")]))
    scores = robustness.robustness(gold, "direct", ["as given", "no-break spaces"])
    assert scores["as given"].as_dict() == scores["no-break spaces"].as_dict()
    assert scores["as given"].speaker_correct == 2
