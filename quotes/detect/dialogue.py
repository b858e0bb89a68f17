"""The author's words set off by dashes inside a dash remark.

Translated agency news writes dialogue the Russian way, without quotation marks:
`— We will go on, — said the minister. — Nothing is decided.` A dash after the
speaker's `,` `!` `?` `…` or `.` opens the author's words, and `. —`, `, —` or
`: —` hands the paragraph back to the speaker. Those words are not speech, and
they name who speaks: the paragraph is cut into its speech pieces, and the
author's words become the introduction of the pieces around them.

Only words holding a cue verb count as the author's, so that a dash inside a
sentence (`partners - our actions`, `a well-known - and respected - figure`)
never splits it.

English copy of the same agencies often drops the dash before the author's words
and punctuates them as after a closing quotation mark: `— We will go on, the
minister said.` A short clause after the last `,` `?` or `!` of the paragraph
that is a subject and a cue verb (or a cue verb and its subject) closes the
remark the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes import lexicon
from quotes.text import DASHES, find_cues, has_first_or_second_person, nth_word_start, words

_DASH = r"(?:--|[" + DASHES + r"])"
# A spaced dash: `, — said`, `, - the`, `,— said`; never the hyphen of `U.S.-backed` or `2020-2021`.
_SPACED_DASH = r"(?:[ \t]+" + _DASH + r"[ \t]*|" + _DASH + r"[ \t]+)"
_OPEN = re.compile(r"(?<=[,!?.\u2026])" + _SPACED_DASH + r"(?=\w)")
_CLOSE = re.compile(r"[.,:]" + _SPACED_DASH + r"(?=\S)")
#: The author's words are a short frame (`said Nils Aro, head of the port authority`).
MAX_AUTHOR_WORDS = 40
#: `, the minister said.`, `? the head of state asked.`: the speaker's punctuation before author's words with
#: no dash, as after a closing quotation mark (never the comma of `1,240`).
_UNDASHED_OPEN = re.compile(r"[,?!][ \t]+(?=\w)")
#: Author's words with no dash before them are a subject and its cue and a few words of manner or place.
MAX_UNDASHED_WORDS = 10


@dataclass(frozen=True)
class Piece:
    """One stretch of speech and the author's words that introduce it."""

    start: int
    end: int
    intro: tuple[int, int]


@dataclass(frozen=True)
class _Insertion:
    dash: int  # where the speech before it stops
    words: tuple[int, int]  # the author's words, without the punctuation around them
    resume: int  # where the speech goes on (the paragraph end if it does not)


def _trim(text: str, start: int, end: int, chars: str) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return end


def _is_author(text: str, start: int, end: int) -> bool:
    """Words that report speech (a cue) and do not speak themselves (no I, we, you)."""
    segment = text[start:end]
    return bool(find_cues(text, start, end)) and not has_first_or_second_person(segment) and \
        0 < len(words(segment)) <= MAX_AUTHOR_WORDS


def _next_insertion(text: str, pos: int, end: int) -> _Insertion | None:
    """The first author's insertion in text[pos:end] that follows some speech."""
    for opening in _OPEN.finditer(text, pos, end):
        if not any(c.isalnum() for c in text[pos:opening.start()]):
            continue
        # More than MAX_AUTHOR_WORDS words are never the author's: the close is looked for no further.
        too_far = nth_word_start(text, opening.end(), end, MAX_AUTHOR_WORDS)
        close = _CLOSE.search(text, opening.end(), min(end, too_far + 1))
        stop = close.start() if close else end
        if stop <= too_far and _is_author(text, opening.end(), stop):
            words_end = _trim(text, opening.end(), stop, ".,:;")
            return _Insertion(opening.start(), (opening.end(), words_end), close.end() if close else end)
    return None


def _undashed_author(text: str, start: int, end: int) -> _Insertion | None:
    """`— We will go on, the minister said.`: the author's words closing text[start:end] after the
    speaker's last comma, question or exclamation mark, with no dash before them.

    They hold a finite cue verb (not `according to`, which frames a paraphrase), open with it (`said Ida Berg`)
    or with a subject, and end the paragraph; a clause that a function word other than an article, a
    pronoun or a determiner opens (`..., as the minister said`) belongs to the speech.
    """
    openings = [m for m in _UNDASHED_OPEN.finditer(text, max(start, end - 160), end)
                if any(c.isalnum() for c in text[start:m.start()])]
    for opening in reversed(openings):
        stop = _trim(text, opening.end(), end, ".")
        clause = words(text[opening.end():stop])
        if len(clause) > MAX_UNDASHED_WORDS:
            return None
        if not clause or any(c in text[opening.end():stop] for c in "\"\u201c\u201d\u00ab\u00bb;:"):
            continue
        first = clause[0].lower()
        if first in lexicon.stop_words() and first not in lexicon.subject_openers():
            continue
        # A participle (`-Ann Lee, writing after the vote.`) signs a quote; it is no clause of the author's.
        cues = [c for c in find_cues(text, opening.end(), stop)
                if c.group().lower() != "according to" and not c.group().lower().endswith("ing")]
        if cues and len(words(text[opening.end():cues[0].start()])) <= 6 and \
                not has_first_or_second_person(text[opening.end():stop]):
            # The speech keeps its question or exclamation mark and drops its comma.
            mark_kept = opening.start() + (text[opening.start()] in "?!")
            return _Insertion(mark_kept, (opening.end(), stop), end)
    return None


def split(text: str, start: int, end: int) -> list[Piece]:
    """The speech pieces of the dash remark text[start:end], or [] when no author's words cut it.

    Author's words speak of the piece before them; a piece after the last of them
    continues under those words.
    """
    pieces: list[Piece] = []
    pos = start
    while (insertion := _next_insertion(text, pos, end)) is not None:
        pieces.append(Piece(pos, _trim(text, pos, insertion.dash, ","), insertion.words))
        pos = insertion.resume
    if pieces and any(c.isalnum() for c in text[pos:end]):
        pieces.append(Piece(pos, _trim(text, pos, end, ","), pieces[-1].intro))
    elif not pieces and (closing := _undashed_author(text, start, end)) is not None:
        pieces.append(Piece(start, _trim(text, start, closing.dash, ","), closing.words))
    return pieces


def ends_with_author(pieces: list[Piece]) -> bool:
    """Do the author's words close the paragraph (`— Thank you, — Ivan Petrov replied.`)?"""
    return bool(pieces) and pieces[-1].intro[0] >= pieces[-1].end
