"""Headline attributions: `Peace in the region is our priority - Shoigu`, `Azerbaijani FM: Talks go on`.

News sites put a short claim and its speaker in the headline, separated by a dash
or a colon. Only the first lines of an article (before the body text starts) are
read as headlines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotes import lexicon
from quotes.mentions import _is_country, _is_title
from quotes.metadata import title_start
from quotes.text import QUOTE_MARKS, Paragraph, is_cue_word, words

_DASHED = re.compile(r"^(?P<claim>.{8,}?)\s+[-\u2013\u2014]\s+(?P<who>[^-\u2013\u2014:]{2,50})$")
_LABELLED = re.compile(r"^(?P<who>[A-Z][^:\n]{1,50}?):\s+(?P<claim>.{8,})$")
#: How many opening lines may hold the headline (a date line or a repeated title may come first).
HEADLINE_ZONE = 4
#: How far into the body (characters) a headline's speaker is looked for again.
BODY_REACH = 5000
#: The most words a title's clause puts before its verb (`Harbour chief Ann Lee vows`).
CLAUSE_SUBJECT_WORDS = 6
#: A word of a title's clause, read for its verb.
_CLAUSE_WORD = re.compile(r"[\w'\u2019.-]+")
#: What stands between a title's quote and the clause after it.
_AFTER_QUOTE = QUOTE_MARKS + ":,;\u2013\u2014- "
#: A line of at least this many words that ends in a full stop is body text: no headline follows it.
BODY_SENTENCE_WORDS = 8


@dataclass
class Headline:
    start: int
    end: int
    intro: tuple[int, int]


def _speaker_like(who: str) -> bool:
    tokens = who.split()
    if not 1 <= len(tokens) <= 6 or who.lower().strip(" .") in lexicon.headline_tags():
        return False
    if who.lower() in lexicon.label_stopwords() or tokens[-1].lower() in lexicon.label_stopwords():
        return False
    if not tokens[0][:1].isupper():
        return False
    # A speaker is named or described, not a clause: no sentence punctuation.
    return not re.search(r"[.!?;,]$", who)


def _is_tag(claim: str) -> bool:
    """`...: live updates`: a genre tag after the colon is no one's claim; nor is the time of day that heads
    an entry of a live blog (`11:48 p.m. ET - Lund wins Vell County`)."""
    return claim.lower().strip(" ." + QUOTE_MARKS) in lexicon.headline_tags() or bool(_CLOCK_TIME.fullmatch(claim))


#: `11:48 p.m. ET`, `9 a.m.`, `21:05 GMT`: a time of day, perhaps with its zone.
_CLOCK_TIME = re.compile(r"\s*\d{1,2}(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4})?\s*")


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The claim without the marks around it: `Lind: "We will win"` claims `We will win`. A closing mark that
    ends a quoted word inside the claim stays with it (`Lind: Talks were "constructive"`), unless no mark
    opened the claim and it is left unpaired (`Lind: We will win"`)."""
    first = start
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    opened = any(text[i] in QUOTE_MARKS for i in range(first, start))
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in QUOTE_MARKS and \
            (opened or sum(text[i] in QUOTE_MARKS for i in range(start, end)) % 2):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _names_someone(who: str, body: str) -> bool:
    """Does the label name someone: a person or body the article names again below it, a title, a
    role or a country's people? `Lavrov: ...`, `Azerbaijani FM: ...`, `Ministry: ...` do; a topic
    does not (`Northern Floods: Thousands Evacuated`, `Live Updates: ...`)."""
    roles = lexicon.role_nouns()
    if _topic_head(who):
        return False
    for token in who.replace("\u2019", "'").split():
        bare = token.strip(".,").removesuffix("'s")
        if _is_title(bare) or _is_country(bare) or bare.lower() in roles or bare in lexicon.org_nouns() or \
                bare.isupper() and len(bare) > 1:
            return True
        if len(bare) > 2 and bare[:1].isupper() and re.search(r"\b" + re.escape(bare) + r"\b", body):
            return True
    return False


def _topic_head(who: str) -> bool:
    """A label whose last word is a common noun for neither a person nor a body names a topic, whatever
    names come before it (`Vessel Valley floods: live updates`, `Harbour strike: ...`); a role (`Kremlin
    aide:`, `Port officials:`) or a verb (`Lind says:`) is no topic."""
    if not who.split():
        return False  # a label of punctuation alone names nothing
    head = who.split()[-1].strip(".,").lower()
    if not head.isalpha() or who.split()[-1][:1].isupper():
        return False
    singular = head.removesuffix("s")
    return not (lexicon.person_word(head) or head in lexicon.role_nouns() or singular in lexicon.role_nouns()
                or singular.endswith(lexicon.PERSON_SUFFIXES) or head in lexicon.headline_cues() or is_cue_word(head))


def find_headlines(text: str, paras: Sequence[Paragraph]) -> list[Headline]:
    """Headline attributions among the first lines whose label names someone."""
    out = []
    for para in paras[:HEADLINE_ZONE]:
        if text.startswith("date", para.start):
            # ` date 2024-11-14 Wire _ Holm: Talks go on`: the headline follows the date line's preamble.
            para = Paragraph(para.index, para.start + title_start(text[para.start:para.end]), para.end)
        body = text[para.start:para.end]
        length = len(words(body))
        if body.endswith(".") or length > 30:
            if _is_body_sentence(body, length):
                break
            continue
        headline = _headline(text, para, body)
        if headline is not None and _narrates(text[headline.intro[0]:headline.intro[1]], body):
            break  # `Mayor Ann Lee on Friday said: "We will fight this."`: the body has begun
        if headline is not None and not _names_someone(text[headline.intro[0]:headline.intro[1]],
                                                       text[para.end:para.end + BODY_REACH]):
            headline = None
        if headline is not None:
            out.append(headline)
        elif _is_body_sentence(body, length):
            break  # the body has begun: `The ministry said: "..."` after it is a statement, not a headline
    return out


def _narrates(label: str, body: str) -> bool:
    """A line that reports in the past tense (`said`, `told`) and ends in a full stop, inside the closing
    mark as American punctuation puts it, is the body's first sentence: a headline reports in the
    present (`Lund says: ...`) or with no verb (`Lund: "We will fight this."`)."""
    if not body.rstrip(QUOTE_MARKS).endswith("."):
        return False
    lemma_of = lexicon.cue_verbs().lemma_of
    return any(word in lemma_of and word != lemma_of[word] and not word.endswith(("s", "ing"))
               for word in words(label.lower()))


def _is_body_sentence(body: str, length: int) -> bool:
    """A full sentence of the article's text: some words, then a full stop (perhaps inside marks)."""
    return length >= BODY_SENTENCE_WORDS and body.rstrip(QUOTE_MARKS).endswith(".")


def _headline(text: str, para: Paragraph, body: str) -> Headline | None:
    """The line as a claim and its speaker, split at a dash or a colon; None when it is not one."""
    for pattern in (_DASHED, _LABELLED):
        match = pattern.match(body)
        if match and _speaker_like(match.group("who").strip()) and not _is_tag(match.group("claim")) and \
                not _plans_of_a_name(match.group("claim")):
            start, end = _strip_marks(text, para.start + match.start("claim"), para.start + match.end("claim"))
            who_start = para.start + match.start("who")
            who = match.group("who").strip()
            return Headline(start, end, (who_start, who_start + len(who))) if start < end else None
    return None


#: `Norland and Vell to build ...`: capitalised words (perhaps joined by `and`, `of`, `the`), a lower-case `to`
#: and its verb.
_NAMED_PLAN = re.compile(r"(?P<subject>(?:(?:[A-Z][\w'\u2019.-]*|and|of|the)\s+){1,6})to\s+[a-z]+\b")


def _plans_of_a_name(claim: str) -> bool:
    """`Lund: Norland and Vell to build a joint port`: a named subject with a bare `to` and its verb, the
    headline's telegraphic future, is the editor's summary of what was said; no one speaks so, and the body
    gives the words. Marks around the claim make it speech again (`Lund: "Norland to build a port"`); a
    capital that only opens the line names no one (`Time to act - Lund` may be Lund's own words)."""
    if " to " not in claim:
        return False
    match = _NAMED_PLAN.match(claim)
    if match is None:
        return False
    first, *rest = match.group("subject").split()
    return any(word[:1].isupper() for word in rest) or _is_country(first) or first in lexicon.capital_cities() or \
        first in lexicon.org_nouns()


def clause_verb(text: str, close: int, end: int) -> tuple[int, re.Match[str]] | None:
    """(where the clause starts, its verb) for a title that goes on after a quote with a clause whose
    verb reports speech or stance in the -s form, the tense a headline reports in: `'We will not back
    down': Mayor Lund vows to fight cuts`, `"A sad day," Lund slams vote` (headline_cues.txt). None
    when no such verb follows the clause's first few words."""
    start = close
    while start < end and text[start] in _AFTER_QUOTE:
        start += 1
    for number, word in enumerate(_CLAUSE_WORD.finditer(text, start, end)):
        if number > CLAUSE_SUBJECT_WORDS or not (number or word.group()[:1].isupper()):
            return None
        if number and word.group() in lexicon.headline_cues():
            return start, word
    return None
