"""The stanza annotator: stanza's neural pipeline, read into the project's `Annotation`.

stanza is imported here only, and only when this annotator first annotates, so that
the rule annotator never pays for loading torch. The pipeline is built once per process
for each (language, models folder, processors) and reused; articles go to it in batches,
one stanza `Document` each, through `bulk_process` (several times faster than one call
per text: see docs/nlp.md). While a batch is annotated, torch computes on one thread (see
`TORCH_THREADS`) and Python's cycle collector waits (see `collector_paused`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotes.mentions import find_entities
from quotes.nlp.annotation import Annotation, EntitySpan, Token, Word
from quotes.nlp.models import (
    PROCESSORS,
    REQUIRES,
    ModelsError,
    ModelsNotFound,
    ProcessorNotInstalled,
    download_hint,
    installed,
)
from quotes.nlp.rules import rule_entities

#: torch's threads while stanza annotates. stanza's networks are small: a second thread saves
#: little time on an idle machine, and where the cores are busy (other builds, `--workers`) the
#: threads wait on each other and the same texts take many times the CPU and the wall time
#: (docs/scale.md). A build spreads its work over processes instead.
TORCH_THREADS = 1


def _one_line(error: BaseException) -> str:
    """The first sentence of stanza's message, however many lines it spans (its advice names its own API)."""
    requirements = getattr(error, "processor_req_fails", None)
    if requirements:  # PipelineRequirementsException: name the processors whose requirements are unmet
        return "unmet requirements of " + ", ".join(sorted({r.processor_type for r in requirements}))
    text = " ".join(line.strip(" -\t") for line in str(error).splitlines() if line.strip(" -\t"))
    return text.split(". ")[0][:300] or error.__class__.__name__


@contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """torch computes on `count` threads inside the block (None: as it was) and as before after it,
    so that a program that annotates keeps its own setting for its own work."""
    if count is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off inside the block, and on again after it if it was on.

    stanza's tokenizer makes several objects for each character of a batch, and they live
    until the batch is done: every full collection while it runs walks all of them again,
    and on a megabyte of news text those walks took a sixth of stanza's CPU time
    (docs/scale.md). Paused, the batch's garbage is freed in one pass once it is done;
    the memory it holds meanwhile is that of one batch.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=4)
def load_pipeline(lang: str, stanza_dir: str, processors: tuple[str, ...]) -> Any:
    """stanza's pipeline, built once per process; never downloads anything.

    stanza's own failures to find what it needs (`FileNotFoundError` and its subclasses,
    `PipelineRequirementsException`) become one `ModelsNotFound` line naming the command to
    run, and a model file that will not load one `ModelsError` line. stanza's log is kept to
    critical messages while loading, so that the one line is all the user reads.
    """
    import stanza
    from stanza.pipeline.core import PipelineRequirementsException

    hint = download_hint(lang, Path(stanza_dir), True)
    try:
        return stanza.Pipeline(lang, dir=stanza_dir, processors=",".join(processors), download_method=None,
                               logging_level="CRITICAL")
    except (FileNotFoundError, PipelineRequirementsException) as error:
        raise ModelsNotFound(f"stanza could not load its models from {stanza_dir} ({_one_line(error)}): "
                             f"{hint}") from None
    except Exception as error:  # a damaged or incompatible model file, told in one line
        raise ModelsError(f"stanza could not load its models from {stanza_dir} "
                          f"({error.__class__.__name__}: {_one_line(error)}): {hint}") from None


def to_annotation(sdoc: Any, text: str, ner: bool, parse: bool) -> Annotation:
    """A stanza `Document` as an `Annotation` of `text`.

    A sentence never runs over a line break: news text puts one paragraph on a line, and
    stanza, which only breaks paragraphs at blank lines, would join a paragraph to the next.
    Without NER the entities are the rule reader's, so that `entities` always holds something,
    and the rule reader's people come with them: the steps read those, and reading the names
    again later would double the rules' work (its cache keeps fewer texts than a batch holds).
    """
    sentences: list[tuple[int, int]] = []
    tokens: list[Token] = []
    words: list[Word] = []
    for sentence in sdoc.sentences:
        start = end = None
        for token in sentence.tokens:
            if start is None:
                start = token.start_char
            elif "\n" in text[end:token.start_char]:
                sentences.append((start, end))
                start = token.start_char
            end = token.end_char
            single = token.words[0] if len(token.words) == 1 else None
            tokens.append(Token(token.start_char, token.end_char, token.text,
                                single.upos if single else None, single.lemma if single else None))
        if start is not None:
            sentences.append((start, end))
        if parse:
            base = len(words)
            for word in sentence.words:
                words.append(Word(word.parent.start_char, word.parent.end_char, word.text,
                                  base + word.head - 1 if word.head else None, word.deprel or "", word.upos))
    parsed = words if parse else None
    if ner:
        entities = [EntitySpan(e.start_char, e.end_char, e.type) for e in sdoc.ents]
        return Annotation("stanza", sentences, tokens, entities, parsed, ner)
    people = find_entities(text)
    annotation = Annotation("stanza", sentences, tokens, rule_entities(text, people), parsed, ner)
    annotation.people = people
    return annotation


class StanzaAnnotator:
    """Sentences and tokens from stanza and, where their models are installed, NER and a dependency parse."""

    name = "stanza"

    def __init__(self, lang: str = "en", stanza_dir: str | Path | None = None,
                 processors: Sequence[str] | None = None, threads: int | None = TORCH_THREADS):
        found = installed(lang, stanza_dir)
        #: torch's threads while annotating (None: whatever torch is set to).
        self.threads = threads
        self.lang = found.lang
        self.stanza_dir = found.stanza_dir
        # By default every installed processor attribution reads (ner, depparse); pos and lemma serve
        # only the parse, so they come in as what depparse needs, never on their own.
        requested = tuple(processors) if processors is not None else \
            tuple(p for p in found.usable if p not in {"pos", "lemma"})
        missing = [p for p in requested if p not in found.usable]
        if missing:
            raise ProcessorNotInstalled(f"no stanza {', '.join(missing)} model for language '{self.lang}' in "
                                        f"{self.stanza_dir}: {download_hint(self.lang, self.stanza_dir, True)}")
        needed = {"tokenize", *requested, *(["mwt"] if "mwt" in found.packages else [])}
        for processor in requested:
            needed.update(REQUIRES.get(processor, ()))
        self.processors: tuple[str, ...] = tuple(p for p in PROCESSORS if p in needed)

    @property
    def ner(self) -> bool:
        return "ner" in self.processors

    @property
    def parse(self) -> bool:
        return "depparse" in self.processors

    def load(self) -> Any:
        """The stanza pipeline (built on first use, then shared by every annotator of the process)."""
        return load_pipeline(self.lang, str(self.stanza_dir), self.processors)

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        """One stanza `Document` per text, all processed in one `bulk_process` call."""
        todo = [i for i, text in enumerate(texts) if text.strip()]
        out = [Annotation(self.name, [], [], ner=self.ner) for _ in texts]
        if todo:
            logging.getLogger(__name__).debug("stanza: annotating %d texts", len(todo))
            with collector_paused():
                annotated = self._annotate_batch([texts[i] for i in todo])
            for i, annotation in zip(todo, annotated, strict=True):
                out[i] = annotation
        return out

    def _annotate_batch(self, texts: list[str]) -> list[Annotation]:
        """stanza's reading of non-blank `texts`, as `Annotation`s.

        stanza's objects are garbage once this returns; the caller resumes the collector only
        then, so that its next young-generation pass frees them all. Resumed while they were
        still held, that pass would move them to the older generations, where garbage waits
        for the rare full collections and piles up over a build's batches.
        """
        import stanza

        with torch_threads(self.threads):
            done = self.load().bulk_process([stanza.Document([], text=text) for text in texts])
        return [to_annotation(sdoc, text, self.ner, self.parse) for sdoc, text in zip(done, texts, strict=True)]

    def info(self) -> dict[str, str]:
        """What the corpus metadata records about this annotator."""
        return {"annotator": self.name, "annotator_processors": ",".join(self.processors),
                "annotator_lang": self.lang, "annotator_models": str(self.stanza_dir)}

    def describe(self) -> str:
        return f"annotator: stanza ({', '.join(self.processors)}) from {self.stanza_dir}"
