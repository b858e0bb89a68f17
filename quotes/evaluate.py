"""Measuring the pipeline against articles annotated by hand: `quotes eval GOLD.jsonl`.

A gold file holds one JSON object a line::

    {"doc_id": "a1", "text": "<the article>",
     "quotes": [{"start": 10, "end": 42, "text": "<text[start:end]>", "kind": "direct",
                 "speaker_span": [0, 9] | null, "speaker_text": "..." | null, "speaker_entity": "..." | null}]}

`evaluate` runs the pipeline on the texts and scores what it finds with the rules of
the shared `score.py` that comes with the evaluation data, so that both give the
same figures. Spans are compared by character overlap once quote marks, dashes,
spaces and punctuation are trimmed off both edges, so that conventions at the edges
decide nothing:

- detection recall: a gold quote of the counted kinds is found when one predicted
  quote covers at least half of it (the predicted quote covering most of it is the
  one whose speaker is judged);
- detection precision: a predicted quote is correct when at least half of it lies
  inside gold quotes of any kind;
- speaker accuracy, over the found gold quotes that have a speaker to judge: the
  gold entity, or else a name-like gold speaker span (pronouns and descriptions
  such as "a spokesman" are not judged). Names match when they are equal once
  titles are dropped, nearly equal as strings, share a surname (given names, if
  both have them, starting alike; Sergei/Sergey-style variants are one name), or
  one holds every word of the other (organisations written two ways);
- end to end: a gold quote counts when it is found with the right speaker; a
  predicted quote when it is correct and its speaker names the speaker of the gold
  quote it overlaps most.

Every row of the quotes table is a prediction, nested quotes included. Figures are
given to four decimals and F1 is taken from the rounded precision and recall, as
`score.py` reports them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from quotes.export import write_corpus
from quotes.model import Document
from quotes.nlp import Annotator, annotate, get_annotator, release
from quotes.pipeline import process
from quotes.readers import _fill, jsonl_lines
from quotes.speakers import canonicalise

DEFAULT_KINDS = ("direct",)

Span = tuple[int, int]

# What is trimmed off both edges of every span before spans are compared.
_EDGES = frozenset(
    " \t\r\n"  # spaces
    "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"  # quotation marks
    "-\u2013\u2014"  # hyphen, en and em dash
    ".,;:!?()[]"  # punctuation and brackets
)
# Words dropped from a name before names are compared: titles, offices and "the".
_TITLE_WORDS = frozenset(
    "mr mrs ms dr sir rev hon the former us sen senator rep gov governor president prime minister premier mayor "
    "chief prof professor judge justice gen general lt col capt sgt".split()
)
# Gold speaker spans made only of these words name nobody and are not judged.
_NOT_A_NAME = frozenset(
    "he she they we i you it his her him them who which that "
    "question answer residents reporter journalist audience".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_NAME_WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_RUSSIAN_ENDING = re.compile(r"(?:ei|ey|ii|iy|yi)$")
# Two names this alike as strings (difflib's ratio) are one name written two ways.
_SIMILAR = 0.88


class EvalError(Exception):
    """A gold file that cannot be scored, in one line that names the file (and the line)."""


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote: its offsets, its kind and who said it, as the annotators wrote it."""

    start: int
    end: int
    kind: str
    speaker_text: str | None = None
    speaker_entity: str | None = None


@dataclass
class GoldDocument:
    """One line of a gold file."""

    doc_id: str
    text: str
    quotes: list[GoldQuote]
    line: int = 0


@dataclass(frozen=True)
class Scores:
    """Counts from one evaluation, and the figures they give (to four decimals)."""

    kinds: tuple[str, ...]
    docs: int = 0
    gold_quotes: int = 0  # gold quotes of the counted kinds
    found: int = 0  # of them, the ones a predicted quote covers at least half of
    pred_quotes: int = 0  # every predicted quote, nested ones included
    pred_correct: int = 0  # predicted quotes at least half inside gold quotes
    speaker_judged: int = 0  # found gold quotes with a name to judge the speaker by
    speaker_correct: int = 0  # of them, the ones whose predicted speaker is right
    pred_correct_speaker: int = 0  # correct predicted quotes that also name the right speaker

    @property
    def detect_precision(self) -> float:
        return _ratio(self.pred_correct, self.pred_quotes)

    @property
    def detect_recall(self) -> float:
        return _ratio(self.found, self.gold_quotes)

    @property
    def detect_f1(self) -> float:
        return _f1(self.detect_precision, self.detect_recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.speaker_judged)

    @property
    def e2e_precision(self) -> float:
        return _ratio(self.pred_correct_speaker, self.pred_quotes)

    @property
    def e2e_recall(self) -> float:
        return _ratio(self.speaker_correct, self.gold_quotes)

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    def as_dict(self) -> dict:
        """Figures and counts, ready for `json.dumps`; the figures under `score.py`'s names."""
        return {
            "docs": self.docs, "gold_quotes": self.gold_quotes, "pred_quotes": self.pred_quotes,
            "detect_precision": self.detect_precision, "detect_recall": self.detect_recall,
            "detect_f1": self.detect_f1, "speaker_judged": self.speaker_judged,
            "speaker_accuracy": self.speaker_accuracy, "e2e_precision": self.e2e_precision,
            "e2e_recall": self.e2e_recall, "e2e_f1": self.e2e_f1,
            "kinds": list(self.kinds), "found": self.found, "pred_correct": self.pred_correct,
            "speaker_correct": self.speaker_correct, "pred_correct_speaker": self.pred_correct_speaker,
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


# -- reading a gold file -----------------------------------------------------------------------


def _clip(text: str, size: int = 40) -> str:
    return repr(text if len(text) <= size else text[:size] + "...")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _optional_str(quote: dict, key: str, where: str) -> str | None:
    value = quote.get(key)
    if value is not None and not isinstance(value, str):
        raise EvalError(f"{where}: '{key}' must be a string or null")
    return value


def _check_speaker_span(quote: dict, text: str, where: str) -> None:
    span = quote.get("speaker_span")
    if span is None:
        return
    if not (isinstance(span, list) and len(span) == 2 and all(_is_int(v) for v in span)):
        raise EvalError(f"{where}: 'speaker_span' must be [start, end] or null")
    start, end = span
    if not 0 <= start <= end <= len(text):
        raise EvalError(f"{where}: speaker_span [{start}, {end}] is outside the text ({len(text)} characters)")
    said = quote.get("speaker_text")
    if isinstance(said, str) and text[start:end] != said:
        raise EvalError(f"{where}: text[{start}:{end}] is {_clip(text[start:end])}, "
                        f"not the speaker_text {_clip(said)}")


def _gold_quote(quote: object, text: str, where: str) -> GoldQuote:
    if not isinstance(quote, dict):
        raise EvalError(f"{where}: must be a JSON object")
    for key in ("start", "end", "text", "kind"):
        if key not in quote:
            raise EvalError(f"{where}: has no '{key}'")
    start, end, said, kind = quote["start"], quote["end"], quote["text"], quote["kind"]
    if not (_is_int(start) and _is_int(end)):
        raise EvalError(f"{where}: 'start' and 'end' must be integers")
    if not 0 <= start < end <= len(text):
        raise EvalError(f"{where}: [{start}, {end}] is not a span of the text ({len(text)} characters)")
    if not isinstance(said, str) or text[start:end] != said:
        shown = _clip(said) if isinstance(said, str) else "not a string"
        raise EvalError(f"{where}: text[{start}:{end}] is {_clip(text[start:end])}, but the quote's 'text' is {shown}")
    if not isinstance(kind, str) or not kind:
        raise EvalError(f"{where}: 'kind' must be a non-empty string")
    _check_speaker_span(quote, text, where)
    return GoldQuote(start, end, kind, _optional_str(quote, "speaker_text", where),
                     _optional_str(quote, "speaker_entity", where))


def _gold_document(record: object, where: str, number: int) -> GoldDocument:
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a line must hold a JSON object")
    for key in ("doc_id", "text", "quotes"):
        if key not in record:
            raise EvalError(f"{where}: record has no '{key}'")
    doc_id, text, quotes = record["doc_id"], record["text"], record["quotes"]
    if _is_int(doc_id):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise EvalError(f"{where}: 'doc_id' must be a non-empty string")
    if not isinstance(text, str):
        raise EvalError(f"{where}: 'text' must be a string")
    if not isinstance(quotes, list):
        raise EvalError(f"{where}: 'quotes' must be a list")
    gold = [_gold_quote(quote, text, f"{where}: quote {n}") for n, quote in enumerate(quotes, start=1)]
    return GoldDocument(doc_id, text, gold, number)


def read_gold(path: str | Path) -> list[GoldDocument]:
    """The documents of a gold file, checked; EvalError names the file and line of the first problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise EvalError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EvalError(f"{path}: not UTF-8 text (bad byte at offset {error.start})") from None
    docs: list[GoldDocument] = []
    first_line: dict[str, int] = {}
    for number, line in jsonl_lines(content):
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalError(f"{where}: not valid JSON ({error.msg})") from None
        except RecursionError:  # nested thousands deep: the parser recurses once a level
            raise EvalError(f"{where}: not valid JSON (nested too deeply)") from None
        doc = _gold_document(record, where, number)
        if doc.doc_id in first_line:
            raise EvalError(f"{where}: doc_id {doc.doc_id!r} is already used on line {first_line[doc.doc_id]}")
        first_line[doc.doc_id] = number
        docs.append(doc)
    if not docs:
        raise EvalError(f"{path}: no gold documents")
    return docs


# -- names ------------------------------------------------------------------------------------


def _name_words(name: str | None) -> list[str]:
    """A name as lowercase ASCII words, without accents, possessives, titles and offices."""
    if not isinstance(name, str):
        return []
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()
    return [w for w in _NAME_WORD.findall(_POSSESSIVE.sub("", plain)) if w not in _TITLE_WORDS]


def _spelling(word: str) -> str:
    """One spelling for the usual variants of a transliterated Russian name: Aleksei/Alexey, Yuri/Yuriy."""
    return _RUSSIAN_ENDING.sub("i", word.replace("ks", "x"))


def is_name_like(span: str | None) -> bool:
    """Whether a gold speaker span names someone: some capitalised word, not only pronouns."""
    words = span.split() if span else []
    if all(w.lower().strip(",.") in _NOT_A_NAME for w in words):
        return False  # also when there are no words
    return any(w[:1].isupper() for w in words if w.lower() not in _ARTICLES)


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted speaker name names the gold speaker (see the module's rules)."""
    ours, theirs = _name_words(predicted), _name_words(gold)
    if not ours or not theirs:
        return False
    if ours == theirs or SequenceMatcher(None, " ".join(ours), " ".join(theirs)).ratio() >= _SIMILAR:
        return True
    if _spelling(ours[-1]) == _spelling(theirs[-1]):
        given_ours, given_theirs = ours[:-1], theirs[:-1]
        if not given_ours or not given_theirs:
            return True
        if _spelling(given_ours[0])[:1] == _spelling(given_theirs[0])[:1]:
            return True
    mine, gold_words = set(ours), set(theirs)
    return len(gold_words) >= 2 and (gold_words <= mine or mine <= gold_words)


# -- matching spans ---------------------------------------------------------------------------


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def _shared(a: Span, b: Span) -> int:
    """How many characters two spans have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _at_least_half(part: int, span: Span) -> bool:
    # An empty span counts as one character long, so that nothing is ever half of it.
    return 2 * part >= max(1, span[1] - span[0])


def _most_shared(spans: Iterable[tuple[Span, object]], span: Span) -> tuple[Span, object] | None:
    """The first (span, payload) sharing most characters with `span`; None when there are none."""
    best, best_shared = None, -1
    for item in spans:
        shared = _shared(item[0], span)
        if shared > best_shared:
            best, best_shared = item, shared
    return best


def _predictions(doc: Document) -> list[tuple[Span, str | None]]:
    """Every quote of a processed document, trimmed, in the order of the quotes table."""
    found = []
    for quote in sorted(doc.quotes, key=lambda q: (q.start, q.end)):
        if 0 <= quote.start < quote.end <= len(doc.text):
            found.append((_trimmed(doc.text, quote.start, quote.end), quote.speaker or None))
    return found


def score(gold_docs: Sequence[GoldDocument], predicted: Sequence[Document],
          kinds: Iterable[str] = DEFAULT_KINDS) -> Scores:
    """Score processed documents against the gold documents they were made from (paired by position)."""
    kinds = _kind_list(kinds)
    if len(gold_docs) != len(predicted):
        raise ValueError("score needs one processed document per gold document")
    counts = dict.fromkeys(("gold_quotes", "found", "pred_quotes", "pred_correct", "speaker_judged",
                            "speaker_correct", "pred_correct_speaker"), 0)
    for gold, doc in zip(gold_docs, predicted, strict=True):
        text = gold.text
        golds = [(_trimmed(text, q.start, q.end), q) for q in gold.quotes]
        preds = _predictions(doc)
        for span, quote in golds:
            if quote.kind not in kinds:
                continue
            counts["gold_quotes"] += 1
            best = _most_shared(preds, span)
            if best is None or not _at_least_half(_shared(best[0], span), span):
                continue
            counts["found"] += 1
            target = quote.speaker_entity or (quote.speaker_text if is_name_like(quote.speaker_text) else None)
            if target:
                counts["speaker_judged"] += 1
                if same_speaker(best[1], target):
                    counts["speaker_correct"] += 1
        for span, speaker in preds:
            counts["pred_quotes"] += 1
            if not _at_least_half(sum(_shared(g, span) for g, _ in golds), span):
                continue
            counts["pred_correct"] += 1
            _, closest = _most_shared(golds, span)
            target = closest.speaker_entity or closest.speaker_text
            if speaker and target and same_speaker(speaker, target):
                counts["pred_correct_speaker"] += 1
    return Scores(kinds, len(gold_docs), **counts)


# -- running it -------------------------------------------------------------------------------


def _kind_list(kinds: Iterable[str] | str) -> tuple[str, ...]:
    """Kinds as given, or as one comma-separated string; each once, in order."""
    names = kinds.split(",") if isinstance(kinds, str) else kinds
    out = tuple(dict.fromkeys(k.strip() for k in names if k.strip()))
    if not out:
        raise EvalError("no quote kinds to count (e.g. --kinds direct)")
    return out


def _check_kinds(gold_docs: list[GoldDocument], kinds: tuple[str, ...], path: Path) -> None:
    """Stop at a kinds list that counts nothing, which is a typing slip far more often than an intent."""
    present = {q.kind for doc in gold_docs for q in doc.quotes}
    if present and not present & set(kinds):
        raise EvalError(f"{path}: no gold quote is of kind {', '.join(kinds)} "
                        f"(the file has {', '.join(sorted(present))})")


def _processed(gold_docs: list[GoldDocument], path: Path, annotator: Annotator) -> list[Document]:
    """The gold texts through the pipeline, read just as `quotes build` reads JSONL records."""
    read = (_fill(Document(g.doc_id, g.text, path=str(path), encoding="utf-8")) for g in gold_docs)
    docs = [release(process(doc)) for doc in annotate(read, annotator)]
    canonicalise(docs)
    return docs


def evaluate(gold: str | Path, kinds: Iterable[str] | str = DEFAULT_KINDS,
             corpus: str | Path | None = None, nlp: str | Annotator = "auto",
             stanza_dir: str | Path | None = None) -> Scores:
    """Run the pipeline on the texts of a gold file and score it against the annotations.

    `kinds` names the gold kinds that count for recall and speaker accuracy (a list,
    or one comma-separated string); precision counts gold quotes of every kind.
    With `corpus`, the built corpus is also written into that folder. Raises
    EvalError for a bad gold file and ExportError when the corpus cannot be written.
    `nlp` and `stanza_dir` choose the annotator as for `quotes.build`.
    """
    path = Path(gold)
    kinds = _kind_list(kinds)  # a slip in the kinds is told before the file is read
    return evaluate_documents(read_gold(path), path, kinds, nlp, stanza_dir, corpus)


def evaluate_documents(gold_docs: list[GoldDocument], path: str | Path, kinds: Iterable[str] | str = DEFAULT_KINDS,
                       nlp: str | Annotator = "auto", stanza_dir: str | Path | None = None,
                       corpus: str | Path | None = None) -> Scores:
    """`evaluate` for gold documents already read (from the file at `path`), which a caller may have
    changed first: `benchmarks/robustness.py` types the same articles otherwise."""
    path = Path(path)
    kinds = _kind_list(kinds)
    _check_kinds(gold_docs, kinds, path)
    annotator = get_annotator(nlp, stanza_dir) if isinstance(nlp, str) else nlp
    docs = _processed(gold_docs, path, annotator)
    if corpus is not None:
        write_corpus(docs, corpus, annotator.info())
    return score(gold_docs, docs, kinds)


def format_scores(scores: Scores, title: str | None = None) -> str:
    """The scores as a small plain-text table."""
    kinds = ", ".join(scores.kinds)
    head = f"{title}: " if title else ""
    rows = [
        f"{head}{scores.docs} documents, {scores.gold_quotes} gold quotes ({kinds}), "
        f"{scores.pred_quotes} predicted",
        f"{'':<18}{'precision':>10}{'recall':>8}{'F1':>8}",
        f"{'detection':<18}{scores.detect_precision:>10.4f}{scores.detect_recall:>8.4f}{scores.detect_f1:>8.4f}",
        f"{'end to end':<18}{scores.e2e_precision:>10.4f}{scores.e2e_recall:>8.4f}{scores.e2e_f1:>8.4f}",
        f"{'speaker accuracy':<18}{scores.speaker_accuracy:>10.4f}",
        f"found {scores.found} of {scores.gold_quotes} gold quotes; {scores.pred_correct} of "
        f"{scores.pred_quotes} predicted quotes correct; speaker right for {scores.speaker_correct} "
        f"of {scores.speaker_judged} judged",
    ]
    return "\n".join(rows) + "\n"
