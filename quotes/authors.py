"""The author of a document the narration quotes: "the post read", "according to the letter".

A writer names a document's author once (`Jo Lee, a researcher at Norsec, wrote in a blog
post that ...`, `a statement from the ministry`, `the union's letter`) and later lets the
document speak (`"...," the post read`). The quote is the author's: this module finds the
last earlier mention of the document's head noun and the person or organisation it is
tied to there.
"""

from __future__ import annotations

import re

from quotes.mentions import Entity

#: `a statement from X`, `the letter signed by X`, `a post by X`: the author named after the document.
_AUTHOR_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:from|by)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}")
#: How far back the document may have been introduced (characters).
REACH = 3000


def _sentence_start(text: str, position: int) -> int:
    cut = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position), text.rfind("? ", 0, position))
    return cut + 1 if cut >= 0 else 0


def document_author(text: str, head: str, position: int, entities: list[Entity]) -> Entity | None:
    """The entity tied to the last mention of document noun `head` before `position`.

    Tied means: named right after it with `from`/`by` (`a statement from the Ministry`), owning it
    (`the ministry's statement`), or being the subject of its sentence (`Lee wrote in a post`).
    """
    mentions = [m for m in re.finditer(rf"\b{re.escape(head)}s?\b", text[max(0, position - REACH):position],
                                       re.IGNORECASE)]
    offset = max(0, position - REACH)
    for mention in reversed(mentions):
        start, end = offset + mention.start(), offset + mention.end()
        if start >= position - len(head) - 8:
            continue  # the phrase itself ("the post read")
        after = [(p, e) for e in entities for p in e.positions if end < p <= end + 40 and
                 _AUTHOR_AFTER.fullmatch(text, end, p)]
        if after:
            return min(after, key=lambda pair: pair[0])[1]
        sentence = _sentence_start(text, start)
        owners = [(p, e) for e in entities for p in e.positions if sentence <= p < start and
                  re.match(r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}$", text[p + e.length_at(text, p):start])]
        if owners:
            return max(owners, key=lambda pair: pair[0])[1]
        subjects = [(p, e) for e in entities for p in e.subject_positions if sentence <= p < start]
        if subjects:
            return min(subjects, key=lambda pair: pair[0])[1]
    return None
