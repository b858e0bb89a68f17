"""Speech marked by layout: dash remarks, colon-introduced statements, transcript turns.

A remark runs from its first paragraph over the following ones until the
narration resumes: the next introducer, a new dash or transcript turn, a quoted
paragraph, or a paragraph that speaks of people in the third person. A dash paragraph with the
author's words set inside it (`— Thank you, — Ivan Petrov replied.`) is cut into
its speech pieces (`dialogue.py`) and needs no introducer before it.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from quotes import lexicon
from quotes.detect import dialogue, layout
from quotes.gazetteer import is_place_name
from quotes.mentions import _is_country, _is_title
from quotes.text import Paragraph, find_cues, has_first_or_second_person, sentence_end, words


@dataclass
class Remark:
    start: int
    end: int
    kind: str  # dash, colon, transcript
    intro: tuple[int, int] | None  # the introducer paragraph or the transcript label
    turn: str | None = None  # "question" / "answer" in interviews


def _ends_remark(text: str, para: Paragraph, names: frozenset[str]) -> bool:
    return (
        layout.dash_body_start(text, para) is not None
        or layout.is_introducer(text, para)
        or layout.transcript_label(text, para) is not None
        or layout.starts_with_mark(text, para)
        or layout.is_narration(text, para, names)
    )


def _states(text: str, intro: Paragraph, para: Paragraph) -> bool:
    """`The ministry said in a statement:` then `The Republic of Norland strongly condemns ...`: after a
    cue and a colon, a paragraph with no cue of its own is what was said, though it speaks in the third
    person, as the statements of ministries and parties do."""
    if text[intro.end - 1] != ":" or find_cues(text, para.start, para.end):
        return False
    cues = [cue for cue in find_cues(text, intro.start, intro.end) if cue.group().lower() != "according to"]
    # The cue is the introducer's verb, after its subject (not an imperative: `Watch the video:`), and
    # ends it but for a few words of manner (`said in a statement:`).
    return bool(cues) and cues[-1].start() > intro.start and len(words(text[cues[-1].end():intro.end])) <= 4


def _run(text: str, paras: Sequence[Paragraph], first: int, names: frozenset[str],
         labels: Container[int] = (), dashed: bool = False) -> int:
    """Index of the last paragraph of a remark that starts at paragraph `first` (`labels`: the indexes of
    the transcript's labelled paragraphs, each the start of a turn). With `dashed`, the speech has opened
    each of its paragraphs with a dash so far, and goes on in one without a dash only where that one
    speaks as a person does, in the first or second person (see `_speaks_on`)."""
    last = first
    if layout.is_question(text, paras[first]):
        return last
    while last + 1 < len(paras) and last + 1 not in labels and not _ends_remark(text, paras[last + 1], names) \
            and not (dashed and not _speaks_on(text, paras[last + 1])):
        last += 1
        if layout.is_question(text, paras[last]):
            break
    return last


def _speaks_on(text: str, para: Paragraph) -> bool:
    """`- Some said a small port could not be built. You proved them wrong.` then `The terminal will handle
    800,000 containers a year.`: where a writer opens every paragraph of a speech with a dash, a paragraph
    with none is the writer's again, unless it speaks in the first or second person as the speech does."""
    return has_first_or_second_person(text[para.start:para.end])


#: `(laughs)`, `[crosstalk]`, `(Applause.)`: a transcriber's note of what was heard, a few words in brackets, then
#: the words spoken, opening a sentence.
_STAGE_DIRECTION = re.compile(r"[(\[][A-Za-z]+(?: [A-Za-z]+){0,2}\.?[)\]]\s+(?=[A-Z\"\u201c'\u2018])")


def _past_stage_direction(text: str, body: int, end: int) -> int:
    """`OKORO: (laughs) No. I believe ...`: a transcript turn that opens with the transcriber's note of a laugh or
    an interruption starts its words after the note, which no one said; a bracket that goes on with the
    sentence (`[The levy] will stay`) is the editor's stand-in for words said, and stays."""
    if text[body:body + 1] not in "([":
        return body  # most turns open with a word, and this costs least
    match = _STAGE_DIRECTION.match(text, body, end)
    return match.end() if match else body


def _is_interview(text: str, paras: Sequence[Paragraph]) -> bool:
    """Several dash paragraphs, some of them questions: an interview laid out as dialogue."""
    dashed = [p for p in paras if layout.dash_body_start(text, p) is not None]
    return len(dashed) >= 2 and any(layout.is_question(text, p) for p in dashed)


def _transcript_labels(text: str, paras: Sequence[Paragraph], names: frozenset[str]) -> dict[int, tuple[int, int, int]]:
    """Labelled turns, kept where the article reads as a transcript.

    Two labelled turns make a transcript; a single one counts when its label ends in the
    full name of a person the article speaks of (`President Anna Berg: Thank you.`).
    """
    labels = {}
    one_word: dict[int, tuple[int, int, int]] = {}
    lowered = {name.lower() for name in names}
    letters = _court_letters(text, paras)
    for para in paras:
        found = letters.get(para.index) or layout.transcript_label(text, para)
        short = None if found else _surname_label(text, para, lowered) or _capitals_label(text, para, lowered)
        label = found or short
        if label is None or layout.starts_with_mark(text, Paragraph(para.index, label[2], para.end)):
            continue
        if found and not (_names_a_country_or_body(text[found[0]:found[1]]) and _reports(text, found[2], para.end)):
            labels[para.index] = found
        elif short:
            one_word[para.index] = short
    if one_word or labels:
        one_word.update(_other_side(text, paras, labels.keys() | one_word.keys()))
    if len(one_word) + len(labels) >= 2:
        one_word.update(_capitals_surnames(text, paras, labels.keys() | one_word.keys()))
    if one_word and _speaks(text, paras, one_word, labels):
        labels.update(one_word)
    if len(labels) == 1:
        (start, end, _), = labels.values()
        if not _names_a_person(text, start, end, names):
            return {}
    return labels


#: `Q. Where were you?`, `A. At home.`: the letters that label a court transcript's turns, with a full stop.
_COURT_LETTER = re.compile(r"(?P<label>[QA])\.[ \t]+(?P<body>[A-Z\u201c\"])")


def _court_letters(text: str, paras: Sequence[Paragraph]) -> dict[int, tuple[int, int, int]]:
    """`Q.` and `A.` opening paragraphs, as transcripts of testimony print the lawyer's questions and the
    witness's answers. A letter with a full stop may be an initial (`A. Berg said`), so the labels count
    only where the article has both, a `Q.` paragraph that asks and an `A.` paragraph right after it."""
    found = {para.index: match for para in paras if text[para.start] in "QA" and
             (match := _COURT_LETTER.match(text, para.start, para.end))}
    asks = any(match.group("label") == "Q" and layout.is_question(text, paras[index]) and
               (answer := found.get(index + 1)) is not None and answer.group("label") == "A"
               for index, match in found.items())
    return {index: (match.start("label"), match.end("label"), match.start("body"))
            for index, match in found.items()} if asks else {}


def _speaks(text: str, paras: Sequence[Paragraph], turns: dict[int, tuple[int, int, int]],
            asked: Container[int] = ()) -> bool:
    """Whether paragraphs under one-word labels read as a dialogue: half of them or more in the first or
    second person, asking (`PUTIN: Let me answer.`, `CARLSON: Why?`) or answering a labelled question
    right before (`Q: How much was invested?` then `Berg: Six billion.`), not as section heads
    (`Sanders: Win in a walk.`). `asked` holds the indexes of the other labelled turns."""
    spoken = sum(1 for index, (_, _, body) in turns.items()
                 if has_first_or_second_person(text[body:paras[index].end]) or "?" in text[body:paras[index].end]
                 or _answers(text, paras, index, asked))
    return 2 * spoken >= len(turns)


def _answers(text: str, paras: Sequence[Paragraph], index: int, asked: Container[int]) -> bool:
    """The paragraph at `index` follows a labelled turn that ends on a question."""
    return index > 0 and index - 1 in asked and text[paras[index - 1].end - 1] == "?"


def _other_side(text: str, paras: Sequence[Paragraph], labels: Container[int]) -> dict[int, tuple[int, int, int]]:
    """`Vesti: How do you assess the talks?` between `Lavrov: ...` turns: in a transcript, a one-word label
    that heads two paragraphs or more is the other side of the dialogue, though it names no person (an
    outlet, a host known by one name)."""
    found: dict[str, dict[int, tuple[int, int, int]]] = {}
    for para in paras:
        if para.index in labels:
            continue
        match = _one_word_label(text, para)
        if match and match.group("label").lower() not in lexicon.label_stopwords():
            found.setdefault(match.group("label"), {})[para.index] = _bounds(match)
    return {index: label for turns in found.values() if len(turns) >= 2 for index, label in turns.items()}


def _capitals_surnames(text: str, paras: Sequence[Paragraph],
                       labels: Container[int]) -> dict[int, tuple[int, int, int]]:
    """`DELGADO: Because it is.` in a transcript of other labelled turns: a one-word label in capitals, as
    broadcast transcripts write surnames, is a turn of its own, though it heads one paragraph, where the
    article writes the word as a name elsewhere, capitalised inside a sentence, after a word in lower case or a
    comma (`After the debate, Delgado told reporters`); a section head in capitals (`UPDATE:`) is no name the
    narration uses."""
    found = {}
    for para in paras:
        if para.index in labels:
            continue
        match = _one_word_label(text, para)
        label = match.group("label") if match else ""
        if len(label) < 3 or not label.isupper() or label.lower() in lexicon.label_stopwords():
            continue
        if re.search(r"[a-z,]\s+" + re.escape(label.title()) + r"\b", text):
            found[para.index] = _bounds(match)
    return found


#: `Lavrov: The results are modest.`, `PUTIN: Good afternoon.`: a label of one word.
_ONE_WORD_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z'\u2019-]+)[ \t]*:[ \t]+(?P<body>\S)")


def _one_word_label(text: str, para: Paragraph) -> re.Match[str] | None:
    """`Word: ...` opening the paragraph; most paragraphs open with no capital or hold no colon near it."""
    if not "A" <= text[para.start] <= "Z" or text.find(":", para.start, min(para.end, para.start + 40)) < 0:
        return None
    return _ONE_WORD_LABEL.match(text, para.start, para.end)


def _bounds(match: re.Match[str]) -> tuple[int, int, int]:
    """(label start, label end, body start), as `layout.transcript_label` gives them."""
    return match.start("label"), match.end("label"), match.start("body")


def _surname_label(text: str, para: Paragraph, names: set[str]) -> tuple[int, int, int] | None:
    """A one-word label, in title case or in capitals as broadcast transcripts write it, that is the name
    of a person the article names (`names`, in lower case): a turn, where the article has two or more."""
    match = _one_word_label(text, para)
    return _bounds(match) if match is not None and match.group("label").lower() in names else None


#: `MINISTER VOLK: ...`, `DR. REYES: ...`, `ANA VOLK: ...`: a label of two to four words in capitals.
_CAPITALS_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){1,3})"
                             r"[ \t]*:[ \t]+(?P<body>\S)")


def _capitals_label(text: str, para: Paragraph, names: set[str]) -> tuple[int, int, int] | None:
    """A label in the capitals of broadcast transcripts whose last word is the surname of a person the
    article names (`names`, in lower case) and whose words before it are titles or that person's other
    names (`MINISTER VOLK:`, `DR. REYES:`, `ANA VOLK:`): a turn, where the article has two or more. Its
    speaker is the surname, which the article writes in title case (a section head, `MARKET WATCH:`,
    names no one)."""
    if not "A" <= text[para.start] <= "Z" or text.find(":", para.start, min(para.end, para.start + 50)) < 0:
        return None
    match = _CAPITALS_LABEL.match(text, para.start, para.end)
    if match is None:
        return None
    tokens = match.group("label").split()
    if tokens[-1].lower() not in names or \
            not all(_is_title(token.title()) or token.lower() in names for token in tokens[:-1]):
        return None
    return match.end("label") - len(tokens[-1]), match.end("label"), match.start("body")


def _names_a_country_or_body(label: str) -> bool:
    """`United States`, `European Union`, `Norland`: a label of a reaction round-up, not a person."""
    label_words = words(label)
    return bool(label_words) and (is_place_name(label.strip()) or any(_is_country(w) for w in label_words) or
                                  any(w in lexicon.org_nouns() for w in label_words))


def _reports(text: str, start: int, end: int) -> bool:
    """`United States: The State Department said it welcomed the deal.`: a paragraph labelled with a
    country or a body whose first sentence reports speech in the third person is a round-up's entry,
    the writer's, not a turn."""
    first = sentence_end(text, start, end)
    return bool(find_cues(text, start, first)) and not has_first_or_second_person(text[start:first])


def _names_a_person(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """`President Anna Berg`: titles, then the given name and surname of a person the article
    names again elsewhere."""
    label = words(text[start:end])
    if len(label) < 2 or not all(w in names for w in label[-2:]) or not all(w[:1].isupper() for w in label):
        return False
    surname = re.compile(r"\b" + re.escape(label[-1]) + r"\b")
    return bool(surname.search(text, 0, start) or surname.search(text, end))


def _after_question(text: str, remarks: list[Remark], prev: Paragraph | None, dashed: bool) -> bool:
    """Did the last remark end on a question at the end of the paragraph just before?

    A dash paragraph also answers a question followed by the author's words (`— Ready? — asked the host.`).
    """
    if not remarks or prev is None:
        return False
    end = remarks[-1].end
    if not (prev.start <= end <= prev.end if dashed else end == prev.end):
        return False
    return text[prev.start:end].rstrip(" \"\u201d\u00bb").endswith("?")


def _cut(text: str, remark: Remark, pieces: list[dialogue.Piece], runs_on: bool) -> list[Remark]:
    """One remark per speech piece of the first paragraph, each introduced by the author's words around it.

    When the remark runs on over later paragraphs, its last piece takes them in.
    """
    if not pieces:
        return [remark]
    cut = [Remark(p.start, p.end, remark.kind, p.intro, _turn(text, remark, p.end)) for p in pieces]
    if runs_on:
        cut[-1].end, cut[-1].turn = remark.end, remark.turn
    return cut


def _turn(text: str, remark: Remark, end: int) -> str | None:
    """In an interview, a piece of a remark asks or answers on its own."""
    if remark.turn is None:
        return None
    return "question" if text[remark.start:end].rstrip(" \"\u201d\u00bb").endswith("?") else "answer"


def find_remarks(text: str, paras: Sequence[Paragraph], names: frozenset[str]) -> list[Remark]:
    remarks: list[Remark] = []
    labels = _transcript_labels(text, paras, names)
    interview = _is_interview(text, paras)
    chain: tuple[int, tuple[int, int]] | None = None  # the last paragraph of an introduced dash remark, its intro
    i = 0
    answered = -2  # the last paragraph of the latest dash turn that answered
    while i < len(paras):
        para = paras[i]
        prev = paras[i - 1] if i else None
        intro = (prev.start, prev.end) if prev is not None and layout.is_introducer(text, prev) else None
        body = layout.dash_body_start(text, para)
        if body is not None and (layout.wholly_quoted(text, body, para.end) or
                                 layout.labelled_quotation(text, body, para.end)):
            # `- "We will double the fund."`: a list item holding a quotation; the marks, not the dash, bound
            # the speech, and the quote is found as such.
            chain = None
            i += 1
            continue
        after_question = _after_question(text, remarks, prev, body is not None)
        pieces = dialogue.split(text, body, para.end) if body is not None else []
        continued = body is not None and not pieces and chain is not None and chain[0] == i - 1
        if continued and chain is not None:
            # `X said:` then `- We are not here to ...` then `- We have a plan ...`: dash paragraphs one after
            # another under an introducer with a cue verb are each its speaker's words (not the links under a
            # heading in capitals such as `FURTHER READING:`).
            intro = chain[1]
        if chain is not None and i > chain[0]:
            chain = None
        kind = None
        if body is not None and intro is None and prev is not None and not interview and \
                layout.is_narration_sentence(text, prev) and \
                (layout.opens_with_address(text[body:para.end]) or layout.topic_verb(text, prev) is not None):
            # `Kask thanked his guest.` then `- Madam Prime Minister, I am glad ...`: a dash paragraph that
            # turns to someone is speech; the narration before it tells who speaks. So is one after narration
            # that says someone went on to speak of a topic (`The head of state then touched upon ...`).
            intro = (prev.start, prev.end)
        # `The package includes:` then `- a cap on prices;`: a list's lead-in introduces no one's words.
        speech_intro = continued or intro is not None and layout.introduces_speech(text, prev)
        if body is not None and (speech_intro or interview or after_question or pieces):
            kind = "dash"
        elif i in labels:
            label_start, label_end, body = labels[i]
            intro, kind = (label_start, label_end), "transcript"
            body = _past_stage_direction(text, body, para.end)
        third_person = False
        if kind is None and (speech_intro or after_question) and \
                not layout.starts_with_mark(text, para) and \
                not layout.is_introducer(text, para) and not layout.is_aside(text, para):
            if not layout.is_narration(text, para, names):
                body, kind = para.start, ("dash" if after_question else "colon")
            elif prev is not None and _states(text, prev, para):
                body, kind, third_person = para.start, "colon", True
        if kind is None or body is None:
            i += 1
            continue
        # Author's words that close the paragraph close the remark with it; a statement in the third
        # person is told apart from the narration after it by nothing but its place: one paragraph.
        last = i if dialogue.ends_with_author(pieces) or third_person else _run(text, paras, i, names, labels)
        # A speech that dashes each of its paragraphs ends at one without a dash that is the writer's (a fact
        # set between its paragraphs); a dash paragraph right after that stretch goes on with the speech.
        chain_end = last
        if continued:
            last = _run(text, paras, i, names, labels, dashed=True)
        turn = None
        if interview or after_question:
            turn = "question" if layout.is_question(text, paras[last]) else "answer"
            if turn == "answer" and kind == "dash" and answered == i - 1:
                # `- ...?` `- I think ...` `- So the schools come first.`: the turns of an interview
                # change hands at each dash; a dash turn right after an answer is the host's, though it asks
                # nothing.
                turn = "question"
            answered = last if turn == "answer" and kind == "dash" else -2
        remarks += _cut(text, Remark(body, paras[last].end, kind, intro, turn), pieces, last > i)
        if kind == "dash" and speech_intro and intro is not None and not pieces and turn is None and \
                any(text[cue.start():cue.end()].islower() for cue in find_cues(text, *intro)):
            chain = (last, intro)
        if continued and chain_end > last and intro is not None:
            chain = (chain_end, intro)
        i = last + 1
    return remarks
