"""What kind of paragraph is this? Introducers, dash remarks, transcript turns, narration.

Agency news and official transcripts mark speech by layout rather than by
quotation marks: `President X said:` followed by a paragraph opening with a dash,
`Vladimir Putin: Good afternoon.`, a `Statement by X` heading. These tests read one
paragraph each; `remarks.py` strings them together.
"""

from __future__ import annotations

import re
from functools import cache

from quotes import lexicon
from quotes.events import event_vocabulary
from quotes.mentions import INITIALLED_NAME, INITIALS
from quotes.text import (
    DASHES,
    DOUBLE_MARKS,
    Paragraph,
    find_cues,
    has_first_or_second_person,
    sentence_start,
    words,
)
from quotes.trie import trie_pattern

_DASH_START = re.compile(r"[" + DASHES + r"]\s*(?=[\w\"\u201c\u00ab\u201e'\u2018(\[])")
_HEADING_INTRO = re.compile(
    r"(?:Opening\s+|Closing\s+|Introductory\s+)?(?:Statement|Speech|Remarks|Address|Answers?|Comments?|Words)"
    r"\s+(?:by|of|from)\s+\S", re.IGNORECASE)
_LABEL = re.compile(r"(?P<label>[A-Z\u0400-\u04ff][^:\n]{0,90}?)\s*:\s+(?P<body>\S)")
_INTERVIEW_LABELS = frozenset({"question", "answer", "q", "a", "interviewer", "reporter", "journalist",
                               "host", "moderator", "correspondent"})
#: ` (Norpress)`, ` (via interpreter)`: what a label's brackets add at its end.
_AFFILIATED = re.compile(r"\s*\([^()\n]{1,40}\)$")
#: `(Norpress)`, `(Nordic Radio)`: brackets that hold nothing but a name in title case.
_BRACKETED_NAME = re.compile(r"\((?P<name>[A-Z\u0400-\u042f][\w&.'-]*(?: [A-Z\u0400-\u042f][\w&.'-]*){0,3})\)$")
_LABEL_JOINERS = frozenset({"of", "the", "and", "for", "de", "von", "van", "al", "bin", "oglu", "on", "to", "in"})
_NARRATION_START = re.compile(r"^(?:He|She|They|It|The|This|These|Those|According|Earlier|Later|Then|Meanwhile|"
                              r"In addition|Also|After|Before|During|On\s+[A-Z])\b")


def para_text(text: str, para: Paragraph) -> str:
    return text[para.start:para.end]


def dash_body_start(text: str, para: Paragraph) -> int | None:
    """Offset of the words after a paragraph-opening dash (`- Dear colleagues`, `-Thank you`)."""
    if text[para.start] not in DASHES:
        return None  # asked of every paragraph, several times: most open with no dash
    match = _DASH_START.match(text, para.start, para.end)
    if not match:
        return None
    # A hyphenated word or a number range at the start is not a dash remark.
    if text[para.start] == "-" and para.start + 1 < para.end and text[para.start + 1] == "-":
        return None
    return match.end()


def is_introducer(text: str, para: Paragraph) -> bool:
    """`X said:` / `Welcoming the guests, X said:` / `Statement by President X`."""
    if text[para.end - 1] == ":":
        n = len(words(para_text(text, para)))
        return 1 <= n <= 45 and text[para.start] not in DASHES
    # Matched in place (the pattern is anchored where the paragraph starts): most paragraphs are
    # no heading, and need not be copied to be told so.
    return bool(_HEADING_INTRO.match(text, para.start, para.end)) and len(words(para_text(text, para))) <= 12 \
        and text[para.end - 1] != "."


def introduces_speech(text: str, para: Paragraph | None) -> bool:
    """An introducer that says someone speaks: a cue (`X said:`, `X spoke in a speech:`), a heading
    (`Statement by X`), a short line ending in a name (`Foreign Minister Ivan Sokol:`, `And from
    Chairwoman Ida Berg:`) or one that names someone's speech (`X began his speech by ...:`); not a
    list's lead-in (`The new rules include:`)."""
    if para is None:
        return False
    if find_cues(text, para.start, para.end) or text[para.end - 1] != ":":
        return True
    if speech_owner(text, para.start, para.end - 1, acted=True) is not None:
        return True  # `The Head of State began his speech by summing up the reforms:`
    if manner_subject_end(text, para.start, para.end) is not None:
        return True  # `Association chair Ada Lind was blunt:`
    label = words(para_text(text, para))
    return len(label) <= 12 and len(label) >= 2 and all(w[:1].isupper() for w in label[-2:])


#: `Ada Lind was blunt:`, `Lind was clearly unimpressed:`: a person named as the subject of `be` and one
#: adjective, which says how they spoke, ending the introducer; not a pronoun or an article opening a
#: sentence about a thing (`It is simple:`, `The plan is simple:`).
_MANNER_INTRO = re.compile(r"(?<![\w'\u2019.-])(?!(?:It|This|That|The|There|Here|What|These|Those)\b)"
                           r"[A-Z][\w'\u2019-]+(?=\s+(?:was|is|remained)\s+(?:[a-z]+ly\s+)?[a-z]+\s*:$)")


def manner_subject_end(text: str, start: int, end: int) -> int | None:
    """Where the subject ends in an introducer `text[start:end]` that says how someone spoke (`Ada Lind was
    blunt:`), or None when it is no such introducer."""
    match = _MANNER_INTRO.search(text, max(start, end - 80), end)
    return match.end() if match else None
_WORD = re.compile(r"[A-Za-z]+")
#: `his `, `Lind's `, `the President's opening `: a possessor and up to two modifiers before a noun.
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[\w.-]+)['\u2019]s)"
                               r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")
#: The word before a possessor (`began` of `began his speech`).
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
#: `of `, `by `, `from ` before the owner a noun for speech is followed by (`the speech of Ada Lind`).
_OWNER_AFTER = re.compile(r"[ \t]+(?:of|by|from)[ \t]+")


def speech_owner(text: str, start: int, end: int, acted: bool = False) -> tuple[int, int, str] | None:
    """Where text[start:end] names whose speech it speaks of (a noun of `lead_in_nouns.txt`), as (start,
    end, how): a possessive pronoun (`his speech`: how "pronoun"), the end of a possessor before the
    noun (`Lind's closing remarks`: "before", read back from there) or the start of the words after
    `of`/`by`/`from` (`the speech of Ada Lind`: "after"). The last such noun is the speech itself (`the
    main theses of the speech of Ada Lind`).

    `acted`: only a speech that is the object of a verb in the past (`X began his speech by ...`,
    `opened her address with`), as narration that goes on into the words says; a list's lead-in names
    the speech without one (`Highlights of his speech:`), and its items may be the writer's summary."""
    for noun in reversed(list(_WORD.finditer(text, start, end))):
        if noun.group().lower() not in lexicon.lead_in_nouns():
            continue
        possessor = _POSSESSOR_BEFORE.search(text, max(start, noun.start() - 80), noun.start())
        if acted:
            verb = _WORD_BEFORE.search(text, max(start, noun.start() - 100), possessor.start()) if possessor else None
            if verb is None or not lexicon.is_past_form(verb.group(1)):
                continue
        if possessor and possessor.group("pronoun"):
            return possessor.start("pronoun"), possessor.end("pronoun"), "pronoun"
        if possessor:
            return start, possessor.end("owner"), "before"
        owner = _OWNER_AFTER.match(text, noun.end(), end)
        if owner:
            return owner.end(), end, "after"
    return None


def is_narration_sentence(text: str, para: Paragraph) -> bool:
    """A paragraph of narration ending in a full stop: no dash, no quotation mark, no colon at its end."""
    return text[para.end - 1] == "." and text[para.start] not in DASHES and not starts_with_mark(text, para)


def is_interview_label(label: str) -> bool:
    """`Q`, `Question`, `Interviewer`: a label that says which side of an interview speaks, not who; with the
    outlet that asks or how the words came in brackets after it (`Question (Norpress)`, `Question (via
    interpreter)`)."""
    return _AFFILIATED.sub("", label.strip()).lower() in _INTERVIEW_LABELS


def without_brackets(label: str) -> str:
    """`Question (via interpreter)` as `Question`: an interview label without what its brackets add."""
    return _AFFILIATED.sub("", label.strip()) if is_interview_label(label) else label


def asking_outlet(label: str) -> tuple[int, int] | None:
    """(start, end) in `label` of the outlet in brackets after an interview label (`Question (Norpress)`): the
    one who asks, named where the bare label says only which side speaks; none for how the words came
    (`Question (via interpreter)`)."""
    if not is_interview_label(label):
        return None
    named = _BRACKETED_NAME.search(label.rstrip())
    return (named.start("name"), named.end("name")) if named is not None else None


def transcript_label(text: str, para: Paragraph) -> tuple[int, int, int] | None:
    """(label start, label end, body start) for `Speaker Name: what they said`, else None."""
    if not ("A" <= text[para.start] <= "Z" or "\u0400" <= text[para.start] <= "\u04ff") or \
            text.find(":", para.start, para.end) < 0:
        return None  # a label opens with a capital and ends at a colon; most paragraphs fail one or the other
    match = _LABEL.match(text, para.start, para.end)
    if not match:
        return None
    label = match.group("label").strip()
    if label.lower() in lexicon.label_stopwords():
        return None
    if is_interview_label(label):
        return match.start("label"), match.start("label") + len(label), match.start("body")
    tokens = [t for t in re.split(r"[\s,]+", label) if t]
    if not 1 <= len(tokens) <= 10:
        return None
    # A label names someone: its words are capitalised, apart from joiners ("President of Russia").
    if any(not (t[:1].isupper() or t.lower() in _LABEL_JOINERS or t[:1].isdigit()) for t in tokens):
        return None
    if any(t[:1].isdigit() for t in tokens):
        return None
    # Section headers are in capitals ("MARKETS:"); a speaker label holds a name in title case, whose
    # given name may be an initial (`V. Putin`, `S.Lavrov`).
    if sum(_name_words(t) for t in tokens) < 2:
        return None
    return match.start("label"), match.start("label") + len(label), match.start("body")


def _name_words(token: str) -> int:
    """How many words of a name in title case the token holds: `Putin` one, `V.` one, `S.Lavrov` two."""
    if INITIALLED_NAME.fullmatch(token):
        return 2
    return int(bool(INITIALS.fullmatch(token)) or token[:1].isupper() and not token.isupper())


def starts_with_mark(text: str, para: Paragraph) -> bool:
    return text[para.start] in DOUBLE_MARKS


def wholly_quoted(text: str, start: int, end: int) -> bool:
    """text[start:end] opens with a double quotation mark and ends with one (or one and a full stop), with no
    other double mark between: one quotation and nothing else (`"We will double the fund."`)."""
    stripped = text[start:end].rstrip(" .")
    return len(stripped) > 2 and stripped[0] in DOUBLE_MARKS and stripped[-1] in DOUBLE_MARKS and \
        not any(mark in stripped[1:-1] for mark in DOUBLE_MARKS)


def labelled_quotation(text: str, start: int, end: int) -> bool:
    """text[start:end] is a speaker's label, a colon and one quotation (`Sen. Ada Lusk (D-Ore.): "We won."`),
    as a list of reactions prints each speaker's words: the marks, not the dash of the list item, bound
    the speech, and the label before the colon says whose it is."""
    colon = text.find(":", start, min(end, start + 160))
    if colon <= start or any(mark in text[start:colon] for mark in DOUBLE_MARKS):
        return False
    body = colon + 1
    while body < end and text[body].isspace():
        body += 1
    return wholly_quoted(text, body, end)


def is_aside(text: str, para: Paragraph) -> bool:
    """`(Note: ...)`, `[Editor's note ...]`: a bracketed aside from the writer, never a speaker's words."""
    return text[para.start] in "(["


def is_question(text: str, para: Paragraph) -> bool:
    return text[para.start:para.end].rstrip(" \"\u201d\u00bb").endswith("?")


def is_narration(text: str, para: Paragraph, names: frozenset[str]) -> bool:
    """Does this paragraph speak *about* people rather than *as* one?

    Speech in remarks is full of I, we and you; narration speaks of the speaker in the
    third person, names people known from the article, or reports with a cue verb.
    """
    body = para_text(text, para)
    if opens_with_formula(body):
        return True
    if has_first_or_second_person(_outside_marks(body)) or opens_with_address(body):
        return False
    if body.lower().startswith(("source:", "read more", "read also", "see also")):
        return True
    if find_cues(text, para.start, para.end) and _mentions(body, names):
        return True
    if _NARRATION_START.match(body) and (find_cues(text, para.start, para.end) or _mentions(body, names)):
        return True
    if _describes_a_participant(body) or _SEQUENCE_START.match(body) or _EVENT_PASSIVE.search(body, 0, 200) \
            or _PAIR_START.match(body):
        return True
    return _mentions(body, names) and len(words(body)) < 60


#: Words in double quotation marks: `"..."`, `“...”`, `„...“`, `«...»`, `»...«`.
_QUOTED = re.compile("[" + DOUBLE_MARKS + "][^" + DOUBLE_MARKS + "\n]*[" + DOUBLE_MARKS + "]")


def _outside_marks(body: str) -> str:
    """The paragraph without its quoted words: `Wiel said it had not changed. "We want the numbers," he said.`
    speaks of Wiel in the third person; the I, we and you between the marks are the quoted speaker's."""
    if body[:1] in DOUBLE_MARKS or not any(mark in body for mark in DOUBLE_MARKS):
        return body  # a paragraph opening with a mark is the quote itself
    return _QUOTED.sub(" ", body)


#: `Then the head of state posed ...`, `After the speech, ...`, `At the end of the event, ...`: the writer
#: telling what happened next (with no I, we or you, which was asked before).
_SEQUENCE_START = re.compile(r"(?:Then|Afterwards|Subsequently|Following|Upon|After|At the end of|At the "
                             r"conclusion of|Later)\b")
#: `The two countries signed a treaty in 2022.`, `Both sides agreed ...`: a pair spoken of in the third person (with
#: no I, we or you, which was asked before) is the writer's; one of the pair, speaking, says "our two countries".
_PAIR_START = re.compile(r"(?:The two|Both)\s+[a-z]+s\b")
#: `The documents were then signed.`, `A concert was held.`: the writer telling of the event in the passive.
_EVENT_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:then\s+|also\s+|later\s+)?(?:held|signed|presented|attended|"
                            r"adopted|organi[sz]ed|laid|awarded|shown|played|performed|exchanged|handed|unveiled|"
                            r"inaugurated|opened|launched)\b")


def _describes_a_participant(body: str) -> bool:
    """`The head of state then laid a wreath.`, `The ceremony was attended by ...`: a paragraph that
    opens on a person by their role or on the event itself, in the third person, is the writer's."""
    opening = body.split(None, 5)[:5]
    if not opening or opening[0] != "The":
        return False
    roles, events = lexicon.role_nouns(), event_vocabulary()
    return any(word in roles or word in events or word.endswith("s") and word[:-1] in roles
               for word in (w.lower().strip(",.") for w in opening[1:]))  # `The sides then exchanged gifts.`


def opens_with_formula(body: str) -> bool:
    """`Recall that the two countries ...`, `It should be noted that ...`: the writer turning to the reader,
    as translated agency copy does after a remark, opens narration, whoever it speaks of (`we remind`)."""
    if not body[:1].isalpha():
        return False  # a paragraph opening with a quotation mark or a dash opens with no formula
    lowered = body[:40].lower()
    return any(lowered.startswith(formula) and (formula[-1] == "," or lowered[len(formula):len(formula) + 1] == " ")
               for formula in lexicon.narrator_formulas())


def opens_with_address(body: str) -> bool:
    """`Dear Ilham Heydarovich,` / `Ladies and gentlemen,`: a speaker turning to their audience."""
    lowered = body.lower()
    for opening in lexicon.vocatives():
        if lowered.startswith(opening) and not lowered[len(opening):len(opening) + 1].isalpha():
            return True
    return False


@cache
def _topic_verb() -> re.Pattern[str]:
    return re.compile(r"\b" + trie_pattern(lexicon.topic_verbs()) + r"\b")


def topic_verb(text: str, para: Paragraph) -> re.Match[str] | None:
    """`The head of state then touched upon the energy projects.`: the verb with which the paragraph's
    last sentence says that someone went on to speak of a topic (`topic_verbs.txt`); the dash paragraph
    after it is what they said."""
    last = sentence_start(text, para.start, para.end - 1)
    return _topic_verb().search(text, last, para.end)


def _mentions(body: str, names: frozenset[str]) -> bool:
    return any(w in names for w in words(body))
