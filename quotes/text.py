"""Paragraphs, tokens and sentence ends: the layout facts every later step reads.

Offsets are always into the original document text, never into a cleaned copy,
so that quotes and speaker mentions can be cut out of the text exactly.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from quotes import lexicon
from quotes.trie import word_start_pattern

DASHES = "-\u2013\u2014"
#: The capitals of the Latin script besides A-Z (`Ö`, `Ş`, `İ`, `Ə`, `Ž`), for a regex character class: names of
#: Turkish, Azerbaijani, Central European and Baltic people open with them (`Ömer`, `Şahin`, `İlham`).
LATIN_CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper() and not chr(c).islower())
#: The small letters of the Latin script, a-z and the rest (`ö`, `ş`, `ı`, `ə`).
LATIN_SMALL = "a-z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).islower() and not chr(c).isupper())
DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u201f'
#: Characters after which a quotation mark that may open or close opens: a space (the no-break and thin
#: spaces of typeset and scraped copy among them), a bracket, a slash, a colon, a dash or a double mark.
OPENS_AFTER = " \t\n\u00a0\u2009\u202f([{/:-\u2013\u2014" + DOUBLE_MARKS
#: Every character that may open or close a quotation, of any family or script.
QUOTE_MARKS = DOUBLE_MARKS + "'`\u2018\u2019\u201a\u201b\u2039\u203a\u300c\u300d\u300e\u300f"
#: Marks that only ever open a quote (`„...“`). Guillemets point either way (`«...»`, `»...«`, `»...»`).
OPENING_ONLY = "\u201e\u201f"
#: `TORONTO — `, `WASHINGTON (AP) — `, `HAMILTON, Ont. — `: a dateline before the lead's first clause.
DATELINE_LEAD = re.compile(r"[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,3}(?:\s*\([^()\n]{1,40}\))?"
                           r"\s*(?:--|[\u2014\u2013-])\s+")

#: `10:35 p.m.: `, `9:05 a.m. ET — `, `21:40 `: the time of day that heads an entry of a live blog, before the
#: entry's first clause as a dateline stands before a lead's.
ENTRY_TIME_LEAD = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b))?(?:\s+[A-Z]{2,4}\b)?"
                             r"\s*(?::|--|[\u2014\u2013-])?\s+")

FIRST_SECOND_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'\u2019]\w+)*\.?|[^\w\s]")
_WORD = re.compile(r"\w\w*(?:[-'\u2019]\w+)*")  # `\w+`, opening with a class the engine skips to
# A sentence ends at . ! ? (possibly followed by closing marks) before a space.
# (Written `[.!?][.!?]*` rather than `[.!?]+`: a pattern opening with a character class lets the engine
# skip to the next stop at C speed, one opening with a repeat is tried at every character.)
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"\u201d\u2019\u00bb\u00ab\u203a\u2039\u300d\u300f')\]]*(?=\s|$)")
#: Abbreviations whose full stop ends no sentence: initials, months, firms, and every title abbreviation of
#: titles.txt (`Coun.`, `Cpl.`, `Const.`), up to the six characters `_ends_sentence` looks back.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(sorted(
    {abbreviation for abbreviation in lexicon.title_abbreviations() if len(abbreviation) <= 6}
    | {"St", "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Co",
       "Corp", "Ltd", "vs", r"U\.S", r"a\.m", r"p\.m", r"e\.g", r"i\.e"}, key=lambda a: (-len(a), a)))
    + r"))\.$")


_LONE_LINE_BREAK = re.compile("\r(?!\n)|[\u2028\u2029]")
#: Spaces other than U+0020 that web copy carries between words: the no-break space of HTML's `&nbsp;`,
#: the narrow one before units and in French typography, the typographer's fixed widths, the ideographic one.
_OTHER_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_OTHER_SPACE = re.compile(f"[{_OTHER_SPACES}]")
#: A text this long with no more line breaks than a title's has had its paragraphs run together (a scraper
#: that joined them with a space); a short one may be a single paragraph.
RUN_TOGETHER_CHARS = 400
RUN_TOGETHER_BREAKS = 2
def _may_name_a_speaker(label: str) -> bool:
    """Not a line label of the page (`READ MORE`, `Watch`, `Photo`: label_stopwords.txt, link_labels.txt, or a
    label in capitals): after one of those, the rest of the run-together text would be read as its line."""
    lowered = label.lower()
    return not label.isupper() and lowered not in lexicon.label_stopwords() and \
        lowered not in lexicon.link_labels()


#: Where such a text's paragraphs began, as far as it shows: the space after a sentence's end (or a colon)
#: before a dash that opens a remark (`President Lind said: - Dear colleagues, ...`), or before a
#: transcript's label (`... tonnes. Ida Berg: Thank you.`).
_DASH_IN_RUNNING_TEXT = re.compile(
    r"(?<=[.!?:\u2026\"\u201d\u00bb]) (?=[-\u2013\u2014] ?[A-Z\u0400-\u042f\"\u201c\u00ab])"
    r"(?![-\u2013\u2014] ?[^.!?:]{1,80} [-\u2013\u2014][.!?]? [A-Z])")  # not `- A subhead -`
#: The author's words that close a dash remark (`- We agreed, - the minister said.`): the narration
#: resumes after their sentence.
_AUTHOR_IN_RUNNING_TEXT = re.compile(
    r"[,!?] [-\u2013\u2014] [^-\u2013\u2014.!?\"\u201c\u201d]{1,80}?[.!?]( )(?=[A-Z\"\u201c\u00ab])")
_LABEL_IN_RUNNING_TEXT = re.compile(
    r"(?<=[.!?\u2026\"\u201d\u00bb]) ((?:[A-Z][\w'\u2019.-]* ){0,3}[A-Z][\w'\u2019-]*):"
    r"(?= [A-Z\"\u201c\u00ab])")


def plain_spacing(text: str) -> str:
    """The text with every line break written as "\n" (a CR before "\n" is left as it is) and every
    space between words as " ".

    Old Mac files end lines with a lone CR, and web copy carries Unicode's line and
    paragraph separators (U+2028, U+2029); paragraphs are read off "\n". Scraped pages put
    no-break spaces where a writer typed a space (`Mr.&nbsp;Lund`, `said&nbsp;Lund`), and a
    rule that reads words apart at a space must see one there. A text whose paragraphs were
    run together gets a line break where a remark or a transcript turn begins
    (`_paragraphs_run_together`). Each is one character for one, so every offset into the
    text stays where it was.
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:  # rare, and `in` costs next to nothing
        text = _LONE_LINE_BREAK.sub("\n", text)
    if any(space in text for space in _OTHER_SPACES):  # a search for each costs less than the pattern's one
        text = _OTHER_SPACE.sub(" ", text)
    if len(text) >= RUN_TOGETHER_CHARS and text.count("\n") <= RUN_TOGETHER_BREAKS:
        text = _paragraphs_run_together(text)
    return text


def _paragraphs_run_together(text: str) -> str:
    """A long text whose paragraphs were joined by spaces, with a line break again where a paragraph shows
    where it began, one character for one: before a dash that opens a remark after a sentence's end or a
    colon (`President Lind said: - Dear colleagues, ...`), after the author's words that close a remark
    (`..., - the minister said.`), and before a transcript's label after a sentence's
    end (`... tonnes. Ida Berg: Thank you.`) when the label has two words or more or comes back (a word and a
    colon once may be anything: `Remember: ...`). Dash remarks and transcript turns are read off line starts;
    without these breaks a run-together agency text loses most of them. Other paragraph breaks cannot be told
    from sentence ends, and quotes that run over sentences must stay whole, so those stay spaces."""
    labels = [match for match in _LABEL_IN_RUNNING_TEXT.finditer(text) if _may_name_a_speaker(match.group(1))]
    breaks = [match.start() for match in _DASH_IN_RUNNING_TEXT.finditer(text)]
    breaks += [match.start(1) for match in _AUTHOR_IN_RUNNING_TEXT.finditer(text)]
    times = Counter(match.group(1) for match in labels)
    breaks += [match.start() for match in labels if " " in match.group(1) or times[match.group(1)] > 1]
    if not breaks:
        return text
    characters = list(text)
    for at in breaks:
        characters[at] = "\n"
    return "".join(characters)


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the text, trimmed of surrounding white space."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


class Paragraphs(tuple[Paragraph, ...]):
    """A text's paragraphs in order, with the offsets where they start (`starts`), so that
    finding the paragraph at an offset is a binary search over plain numbers."""

    @cached_property
    def starts(self) -> tuple[int, ...]:
        return tuple(para.start for para in self)


@lru_cache(maxsize=4)
def paragraphs(text: str) -> Paragraphs:
    """Every non-empty line is a paragraph: news text uses one or two newlines between them.

    Detection, attribution, occasions and the rule annotator each read a text's paragraphs,
    so the last few texts' are kept (a tuple: nobody can change them for the others)."""
    out: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Paragraph(len(out), start, end))
    return Paragraphs(out)


#: A list item's marker: a dash, a bullet, an asterisk or a number (`- `, `\u2022 `, `2. `).
_LIST_MARKER = re.compile(r"(?:[-\u2013\u2014\u2022\u00b7\u25aa\u25cf*]|\d{1,2}[.)])[ \t]*")


def item_start(text: str, para: Paragraph) -> int:
    """Where a paragraph's words start after a list marker (`- `, `\u2022 `, `1. `), if it opens with one."""
    marker = _LIST_MARKER.match(text, para.start, para.end)
    return marker.end() if marker else para.start


def paragraph_at(paras: Sequence[Paragraph], pos: int) -> Paragraph:
    """The paragraph holding `pos`: the last one starting at or before it (the first if none does)."""
    if isinstance(paras, Paragraphs):
        index = bisect.bisect_right(paras.starts, pos) - 1
    else:
        index = bisect.bisect_right(paras, pos, key=lambda para: para.start) - 1
    return paras[max(0, index)]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start() + start, m.end() + start, m.group()) for m in _TOKEN.finditer(text[start:end])]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


#: Characters read per word wanted by `first_words` before it reads the whole stretch.
_CHARS_PER_WORD = 12


def first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """`words(text[start:end])[:count]`, reading a long stretch only as far as its first words need.

    Of the words found in a cut of the stretch, all but the last (which the cut may split) are the
    stretch's own; when the cut holds more than `count`, the first `count` are the answer."""
    stop = min(end, start + count * _CHARS_PER_WORD)
    if stop < end:
        found = _WORD.findall(text, start, stop)
        if len(found) > count:
            return found[:count]
    return _WORD.findall(text, start, end)[:count]


_LOWERCASE_NEXT = re.compile(r"\s+[a-z]")
_SPACE = re.compile(r"\s\s*")


def _ends_sentence(text: str, match: re.Match[str], start: int) -> bool:
    """A stop ends a sentence unless it closes an abbreviation or the next word goes on in lowercase
    (`Rep. Ann Lee (D-Md.) said`, `the U.S. and ...`)."""
    if _ABBREVIATION.search(text, max(start, match.start() - 6), match.start() + 1):
        return False
    return not (match.group()[:1] == "." and _LOWERCASE_NEXT.match(text, match.end()))


def closes_abbreviation(word: str) -> bool:
    """`St.`, `U.S.`, `J.`, `Ltd.`: a word whose full stop is the abbreviation's, not a sentence end."""
    return bool(_ABBREVIATION.search(word, max(0, len(word) - 7)))


def sentence_end(text: str, start: int, limit: int) -> int:
    """Offset just after the first sentence end in text[start:limit], or `limit`."""
    for match in _SENTENCE_END.finditer(text, start, limit):
        if _ends_sentence(text, match, start):
            return match.end()
    return limit


def last_words_start(text: str, end: int, words: int, floor: int = 0) -> int | None:
    """Where the last `words` whitespace-separated words before `end` begin (with the space before
    them), not looking back past `floor`; None when text[floor:end] holds no more words than that.

    A pattern that must end at `end` and spans at most that many words can only match from
    there, so a search need not try every place of a long stretch before it.
    """
    pieces = text[floor:end].rsplit(None, words)
    return floor + len(pieces[0]) if len(pieces) > words else None


#: The most characters a sentence is read back from a point in it. News sentences run to a few
#: hundred; a longer stretch without a sentence end (a list, a transcript without punctuation, a
#: page of quotation marks) is read from its last words only, or every quote of a long paragraph
#: would read the paragraph again and an article would cost the square of its length.
LONGEST_SENTENCE = 1500


@lru_cache(maxsize=256)
def sentence_start(text: str, start: int, limit: int) -> int:
    """Offset where the sentence holding `limit` begins, not before `start` and at most
    `LONGEST_SENTENCE` characters back (then at the first word that starts within them).

    A quote's frame, its cue and the sentence told just before it each ask where its sentence
    starts (a third of the questions are asked again), so recent answers are kept."""
    begin = read_from = start
    if limit - start > LONGEST_SENTENCE:
        read_from = limit - LONGEST_SENTENCE
        gap = _SPACE.search(text, read_from - 1, limit)
        begin = gap.end() if gap else read_from
    for match in _SENTENCE_END.finditer(text, read_from, limit):
        if match.end() < limit and _ends_sentence(text, match, start):
            begin = match.end()
    while begin < limit and text[begin].isspace():
        begin += 1
    return begin


def nth_word_start(text: str, start: int, end: int, count: int) -> int:
    """Where word number `count` (from 0) of text[start:end] starts, or `end` when it has no more words.

    A stretch that may hold at most `count` words need not be read past there.
    """
    for number, match in enumerate(_WORD.finditer(text, start, end)):
        if number == count:
            return match.start()
    return end


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text the spans cover, in order: spans that overlap or touch are joined, and
    empty ones dropped, so that whether an offset is covered is one binary search (`Covered`)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class Covered:
    """What some spans of a text cover (quoted words, names), asked about offset by offset: each
    question is a binary search over the joined stretches, however many spans there are."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.stretches = merged_spans(spans)
        self._starts = [start for start, _ in self.stretches]

    def overlaps(self, start: int, end: int) -> bool:
        """Does text[start:end] share a character with a covered stretch? (An empty one shares none, even
        where two stretches meet.)"""
        if end <= start:
            return False
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self.stretches[index][1] > start

    def __contains__(self, position: int) -> bool:
        """Is the character at `position` covered?"""
        return self.overlaps(position, position + 1)


def has_first_or_second_person(text: str) -> bool:
    return any(w.lower() in FIRST_SECOND_PERSON for w in words(text))


@cache
def _cue_pattern(flags: int = 0) -> re.Pattern[str]:
    """Cue verbs and phrases in lower case as one trie: the same matches as an alternation sorted
    longest first, many times faster. The space inside a phrase ("according to") stands for any
    whitespace; opening with the cues' first letters lets the engine skip to where one can start."""
    words = {form.lower() for form in lexicon.cue_verbs().forms} | {p.lower() for p in lexicon.cue_phrases()}
    return re.compile(word_start_pattern(words).replace(r"\ ", r"\s+") + r"\b", flags)


@lru_cache(maxsize=8)
def _lowered(text: str) -> str | None:
    """The text in lower case, offset for offset, or None where lowering would move offsets (`İ`)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


@lru_cache(maxsize=256)
def find_cues(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """Cue verbs and cue phrases ("according to") in text[start:end], matched in any case.

    They are matched in the lower-cased text, which a pattern without case folding reads several
    times faster; the matches' offsets are the text's, and their words in lower case. Attribution
    asks about the same stretch more than once, so recent answers are kept.
    """
    lowered = _lowered(text)
    if lowered is None:
        return tuple(_cue_pattern(re.IGNORECASE).finditer(text, start, end))
    cues = tuple(_cue_pattern().finditer(lowered, start, end))
    stated = _stated_by_a_text(lowered, start, end) + _bare_after_a_modal(lowered, start, end)
    return tuple(sorted(cues + stated, key=lambda cue: cue.start())) if stated else cues


@cache
def _text_then_s_form() -> re.Pattern[str]:
    """A noun for a text that speaks (`document_nouns.txt`, `court_text_nouns.txt`) right before the -s form of
    a cue verb that doubles as a noun (`the lawsuit claims`, `the report states`), and the start of its clause."""
    nouns = lexicon.document_nouns() | lexicon.court_text_nouns()
    return re.compile(word_start_pattern(sorted(nouns)) + r"\s+(?P<verb>" +
                      word_start_pattern(sorted(lexicon.cue_present_forms())) + r")\b" + _CLAUSE_OR_OBJECT_NEXT)


#: `that`, a determiner, a pronoun or a quotation mark after the verb: the opening of the clause or object it
#: takes. A noun in the plural is followed by other words (`the e-mail addresses to`, `the post replies were`).
_CLAUSE_OR_OBJECT_NEXT = r"(?=\s+(?:that|the|a|an|his|her|their|its|he|she|they|it|[\"\u201c]))"


@cache
def _s_form() -> re.Pattern[str]:
    return re.compile(word_start_pattern(sorted(lexicon.cue_present_forms())) + r"\b")


def _stated_by_a_text(lowered: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """`The lawsuit claims the city "ignored every warning"`: the -s form of a cue verb that doubles as a noun is
    left out of the cues (`her claims`, `the states`), but right after a noun for a text that speaks it can only
    be the text's verb, a cue as its past form is."""
    if lowered.find("s ", start, end) < 0:
        return ()  # looked for in place, not in a copy of the stretch
    return tuple(verb for found in _text_then_s_form().finditer(lowered, start, end)
                 if (verb := _s_form().match(lowered, found.start("verb"), end)) is not None)


@cache
def _modal_probes() -> tuple[str, ...]:
    """What a stretch must hold before the modal's pattern is searched: each modal of `modal_verbs.txt` and a space."""
    return tuple(f"{modal} " for modal in sorted(lexicon.modal_verbs()))


@cache
def _modal_then_bare() -> re.Pattern[str]:
    """A modal, up to two adverbs (`modal_adverbs.txt` or any word in -ly), then the bare form of a cue verb that
    doubles as a noun (`could only quip`, `would later remark`), that bare form as the group `verb`."""
    adverbs = "|".join(sorted(lexicon.modal_adverbs(), key=len, reverse=True))
    return re.compile(word_start_pattern(sorted(lexicon.modal_verbs())) + r"(?:\s+(?:" + adverbs + r"|[a-z]+ly))"
                      r"{0,2}\s+(?P<verb>" + "|".join(sorted(lexicon.noun_like_cue_lemmas(), key=len, reverse=True))
                      + r")\b")


def _bare_after_a_modal(lowered: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """`Mayor Tobin Harrow could only quip: "..."`: the bare form of a cue verb that doubles as a noun, left out
    of the cues (`a quip`, `his remark`), is a verb right after a modal and its adverbs, and a cue (not after `to`:
    `declined to comment` reports no words)."""
    if not any(lowered.find(probe, start, end) >= 0 for probe in _modal_probes()):
        return ()  # most stretches hold no modal: the pattern is not searched
    return tuple(verb for found in _modal_then_bare().finditer(lowered, start, end)
                 if (verb := _BARE_WORD.match(lowered, found.start("verb"), found.end("verb"))) is not None)


#: One word in lower case, matched again at the place of a verb a larger pattern found, to give it as the match.
_BARE_WORD = re.compile(r"[a-z]+")


def is_cue_word(word: str) -> bool:
    return word.lower() in lexicon.cue_verbs().forms
