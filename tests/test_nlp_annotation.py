"""The annotation interface and the rule annotator, which needs no model."""

from quotes.model import Document
from quotes.nlp import RulesAnnotator, annotate, entities_of, get_annotator, release
from quotes.nlp.annotation import Annotation, EntitySpan, Token, Word
from quotes.nlp.rules import rule_sentences
from quotes.pipeline import process

FERRY = ("Ferry captain Ilse Marwood said the crossing would resume on Friday. Dr. Ole Fenn agreed.\n"
         "\"The swell is too high,\" Marwood said")


def test_rule_sentences_split_at_stops_but_not_after_titles_or_across_lines():
    first_end = FERRY.index("Friday.") + len("Friday.")
    bounds = rule_sentences(FERRY)
    assert [FERRY[s:e] for s, e in bounds] == [
        FERRY[:first_end], "Dr. Ole Fenn agreed.", "\"The swell is too high,\" Marwood said"]


def test_rules_annotator_gives_tokens_with_offsets_and_name_mentions():
    annotation = RulesAnnotator().annotate([FERRY])[0]
    assert annotation.annotator == "rules" and annotation.words is None and not annotation.ner
    assert all(FERRY[t.start:t.end] == t.text for t in annotation.tokens)
    assert [t.text for t in annotation.tokens[:4]] == ["Ferry", "captain", "Ilse", "Marwood"]
    people = {FERRY[e.start:e.end] for e in annotation.entities_with({"PERSON"})}
    assert {"Ilse Marwood", "Ole Fenn"} <= people


def test_sentence_at_finds_the_sentence_holding_an_offset():
    annotation = Annotation("rules", [(0, 10), (12, 30)], [])
    assert annotation.sentence_at(0) == (0, 10) and annotation.sentence_at(29) == (12, 30)
    assert annotation.sentence_at(11) is None and annotation.sentence_at(30) is None


def test_entities_with_keeps_the_labels_asked_for():
    annotation = Annotation("x", [], [], [EntitySpan(0, 4, "PERSON"), EntitySpan(6, 9, "DATE"),
                                          EntitySpan(10, 14, "GPE")])
    assert [e.label for e in annotation.entities_with({"PERSON", "GPE"})] == ["PERSON", "GPE"]


def test_subject_of_is_none_without_a_parse():
    annotation = Annotation("rules", [(0, 12)], [Token(0, 3, "Bea"), Token(4, 8, "said")])
    assert annotation.subject_of(4, 8) is None


def test_subject_of_reads_the_nsubj_of_the_verb_and_its_name_words():
    # "The new harbour master Bo Ekland said" with `Ekland` the subject of `said`.
    text = "The new harbour master Bo Ekland said"
    spans = [(0, 3), (4, 7), (8, 15), (16, 22), (23, 25), (26, 32), (33, 37)]
    rows = [("det", 5), ("amod", 5), ("compound", 3), ("compound", 5), ("flat", 5), ("nsubj", 6), ("root", None)]
    words = [Word(s, e, text[s:e], head, rel) for (s, e), (rel, head) in zip(spans, rows, strict=True)]
    annotation = Annotation("stanza", [(0, len(text))], [], words=words)
    assert annotation.subject_of(33, 37) == (0, 32)


def test_subject_of_climbs_from_a_conjoined_verb_to_the_shared_subject_but_not_through_other_relations():
    # "Ana nodded and said": said --conj--> nodded --nsubj--> Ana. A clausal complement (ccomp)
    # has a subject of its own to find, not its head's.
    words = [Word(0, 3, "Ana", 1, "nsubj", "PROPN"), Word(4, 10, "nodded", None, "root", "VERB"),
             Word(11, 14, "and", 3, "cc", "CCONJ"), Word(15, 19, "said", 1, "conj", "VERB")]
    assert Annotation("stanza", [(0, 19)], [], words=words).subject_of(15, 19) == (0, 3)
    objects = [Word(0, 3, "Ana", 1, "obj", "PROPN"), Word(4, 10, "nodded", None, "root", "VERB"),
               Word(11, 14, "and", 3, "cc", "CCONJ"), Word(15, 19, "said", 1, "ccomp", "VERB")]
    assert Annotation("stanza", [(0, 19)], [], words=objects).subject_of(15, 19) is None


def test_annotate_fills_documents_in_batches_and_keeps_their_order():
    docs = [Document(f"d{i}", f"Mira Olsen said {i}.") for i in range(5)] + [Document("empty", "")]
    seen = []

    class Counting(RulesAnnotator):
        def annotate(self, texts):
            seen.append(len(texts))
            return super().annotate(texts)

    out = list(annotate(docs, Counting(), batch_size=2))
    assert [d.doc_id for d in out] == [d.doc_id for d in docs] and seen == [2, 2, 2]
    assert all(d.annotation is not None for d in out) and out[-1].annotation.tokens == []
    assert release(out[0]).annotation is None


def test_steps_read_the_people_of_the_annotation_and_give_what_the_rules_give():
    text = "\"We sail at dawn,\" said Captain Runa Falk. Falk has sailed for years."
    annotated = next(annotate([Document("a", text)], RulesAnnotator()))
    people = entities_of(annotated)
    assert people is entities_of(annotated)  # read once, shared by every step
    assert [e.name for e in people[0] if e.kind == "person"] == ["Runa Falk"]
    plain = process(Document("b", text))
    done = process(annotated)
    assert [(q.text, q.speaker) for q in done.quotes] == [(q.text, q.speaker) for q in plain.quotes]
    assert done.quotes[0].speaker == "Runa Falk"


def test_rules_annotator_is_what_rules_and_auto_without_models_choose(tmp_path):
    assert get_annotator("rules").describe() == "annotator: rules (no model)"
    fallback = get_annotator("auto", tmp_path / "no-models")
    assert fallback.name == "rules" and "quotes models download --lang en" in fallback.describe()
    assert fallback.info() == {"annotator": "rules", "annotator_processors": "sentences,tokens,entities"}
