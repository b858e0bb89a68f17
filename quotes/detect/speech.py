"""Is a quoted span reported speech? Scare quotes, names and titles in marks are not.

Quotation marks also set off words the writer holds at arm's length (the "free"
market), names and titles (the "Sea Cup") and terms talked about (the word
"veto"). A quoted span counts as speech when it is long, fills its paragraph, is a
sentence of its own, is introduced the way direct speech is (`..., she crowed,
"Oh, it's mine"`), or has a speech cue that governs it. Every rejection names its
reason, so that what is dropped can be inspected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from quotes import lexicon
from quotes.detect.headline import clause_verb
from quotes.detect.marks import MarkedSpan
from quotes.frames import finding_clause, shouting_verb
from quotes.phrases import people_before_verb
from quotes.text import (
    DATELINE_LEAD,
    DOUBLE_MARKS,
    LONGEST_SENTENCE,
    QUOTE_MARKS,
    Paragraph,
    find_cues,
    first_words,
    item_start,
    paragraph_at,
    sentence_end,
    sentence_start,
    words,
)
from quotes.trie import trie_pattern

#: Reasons a quoted span is not speech.
EMPTY = "empty"
NAMING = "naming"  # so-called "X", the word "X", what they call "X"
NAME_OR_TITLE = "name_or_title"  # "Sea Cup", "Zangezur Corridor"
SCARE_QUOTE = "scare_quote"  # a short quoted term with no speech cue governing it
LINK = "link"  # in a `READ MORE: ...` line, the headline of another article
PULL_QUOTE = "pull_quote"  # a quoted line set apart that repeats words quoted in the article
#: Words quoted inside narration that no attribution rule gives to anyone: a law's, a pact's or a
#: sign's wording rather than a person's speech (set aside by the attributor, not the detector).
NO_SPEAKER = "no_speaker"
VERSE = "verse"  # lines of a song or a poem, set in one run with ` / ` where each line breaks
REASONS = (EMPTY, NAMING, NAME_OR_TITLE, SCARE_QUOTE, LINK, PULL_QUOTE, NO_SPEAKER, VERSE)

#: Quoted spans shorter than this many words need a cue, or the shape of direct speech, to count.
MIN_UNCUED_WORDS = 5
#: A quoted phrase, not a quoted term, has at least this many words.
MIN_PHRASE_WORDS = 3
#: How many words (a name) may stand between a short quote and the cue after it.
CUE_AFTER_WORDS = 3
#: Words that open a clause of their own after a quote (`a "kit" that tells`), not a reporting frame.
_CLAUSE_OPENERS = frozenset("that which who whom whose where when while because if and or but as".split())
#: How far back (characters) the sentence that holds a quote is looked for.
SENTENCE_REACH = 400
#: To call something "X" is to say it: `called the plan "reckless"`, `calling it "a disgrace"`.
_CALL_SOMETHING = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:[\w'\u2019.-]+\s+){1,6}$", re.IGNORECASE)
#: A finite verb of naming: `called`, `labeled`, `dubbed`, `branded`, `termed`, `nicknamed`.
_NAMING_VERB = r"(?:call(?:s|ed)?|label(?:s|ed|led)?|brand(?:s|ed)?|dub(?:s|bed)?|nickname[sd]?|term(?:s|ed)?)"
#: `Lee called`, `whom Lee has repeatedly labeled`: the verb of naming right after its subject, past a perfect
#: auxiliary and one adverb.
_SUBJECT_CALLS = re.compile(r"(?:^|\s)(?P<subject>[\w'\u2019.]+),?\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
                            + _NAMING_VERB + r"\s*$", re.IGNORECASE)
_CALL_AT_END = re.compile(_NAMING_VERB + r"\Z", re.IGNORECASE)
#: `In Lee's words, `, `in the mayor's own words: `: a possessor's words right before a quote, the possessor after `in`.
POSSESSED_WORDS = re.compile(r"\b[Ii]n\s+(?P<owner>(?:[Tt]he\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)['\u2019]s\s+"
                             r"(?:own\s+)?words\s*[,:]?\s*$")
_SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
#: `her `, `their `, `Lee's `, `the union's `: a possessive right before a noun.
_POSSESSIVE_END = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|\w['\u2019]s|s['\u2019])"
                             r"\s+$")
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
_MARKS_AND_SPACE = QUOTE_MARKS + " "
#: A mark that closes a quote: a double or angle mark, or a single one after punctuation (`,'`). Written as
#: one class of every such mark, then which it is checked behind it, not `[doubles]|(?<=[,.!?])['\u2019]`: a
#: pattern opening with a class lets the engine skip to those marks at C speed.
_DOUBLE_CLOSING = re.escape(DOUBLE_MARKS) + "\u203a\u300d\u300f"
_CLOSING_MARK = re.compile(f"[{_DOUBLE_CLOSING}'\u2019](?:(?<=[{_DOUBLE_CLOSING}])|(?<=[,.!?]['\u2019]))")
#: Pull quotes are short: a line of display type.
PULL_QUOTE_WORDS = 15
#: How far from a pull quote (characters) the words it repeats are looked for.
PULL_QUOTE_REACH = 20_000


@cache
def _naming_frame() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The naming words as one trie: only whether one ends the stretch before a mark is asked, and a
    trie answers that as an alternation would, many times faster. After a character that is neither a
    word character nor a hyphen, which the first pattern opens with, so that the engine skips to such
    characters at C speed (`(?:^|[^\\w-])` would be entered at every one); at the text's start, the second."""
    frames = {frame.lower() for frame in lexicon.naming_frames()}
    words = trie_pattern(frames).replace(r"\ ", r"\s+") + r"\s*$"
    return re.compile(r"[^\w-]" + words, re.IGNORECASE), re.compile(words, re.IGNORECASE)


def _naming_frame_ends(text: str, start: int, end: int) -> bool:
    """Does a naming word (`called`, `dubbed`, `the word`; `naming_frames.txt`) end text[start:end]?"""
    after_other, opening = _naming_frame()
    return after_other.search(text, start, end) is not None or start == 0 and opening.match(text, 0, end) is not None


#: A word of the stretch between a verb and a quote: letters, digits, apostrophes, full stops and hyphens.
_WORD = r"[\w'\u2019.-]+"
#: `rival, Ann Lee, `: a word, then up to four words set off by a pair of commas.
_SET_OFF = r"(?:" + _WORD + r",\s+(?:" + _WORD + r"\s+){0,3}" + _WORD + r",\s+)"


@cache
def _evaluates() -> re.Pattern[str]:
    """`hailed the deal as "historic"`, `accused the opposition of "sabotage"`, `praised the "calm"`: a verb
    that gives quoted words as its subject's own (evaluation_verbs.txt), a few words before the mark, which
    may hold a name set off by a pair of commas (`accusing his rival, Ann Lee, of wanting to "..."`); a
    single comma ends the verb's reach (`called the band to the stage, singing "..."`)."""
    return re.compile("(?<![\\w-])" + trie_pattern(lexicon.evaluation_verbs().forms)  # not `the now-derided "..."`
                      + r"\s+(?:" + _WORD + r"\s+){0,4}" + _SET_OFF + r"?(?:" + _WORD + r"\s+){0,4}$")


@cache
def naming_as() -> re.Pattern[str]:
    """`referred to the levy as `, `spoke of him as `: a verb of `naming_as_verbs.txt`, its object of up to six
    words and `as`, which give the quoted words after them as the subject's own name for the object."""
    return re.compile(r"(?<![\w-])(?P<verb>" + trie_pattern({v.lower() for v in lexicon.naming_as_verbs()})
                      .replace(r"\ ", r"\s+") + r")\s+(?:[\w'\u2019.-]+\s+){1,6}?as\b", re.IGNORECASE)


@cache
def _link_line() -> re.Pattern[str]:
    labels = sorted(lexicon.link_labels(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in labels) + r")\s*:",
                      re.IGNORECASE)


def is_link_line(text: str, para: Paragraph) -> bool:
    """`READ MORE: ...`, `WATCH: ...`: a line that points to another article."""
    return bool(_link_line().match(text, para.start, para.end))


def _named_as(text: str, start: int, mark: int) -> bool:
    """`Lee referred to Holm as "a bully"`: the quote right after the `as` of a verb of `naming_as_verbs.txt`."""
    if not text[start:mark].rstrip(_MARKS_AND_SPACE).endswith(" as"):
        return False  # most quotes follow no `as`, and this costs less than the pattern
    found = naming_as().search(text, start, mark)
    while found is not None and text[found.end():mark].strip(_MARKS_AND_SPACE):
        found = naming_as().search(text, found.end(), mark)
    return found is not None


def possessors_words(text: str, start: int, mark: int) -> re.Match[str] | None:
    """`The bypass is, in Lee's own words, "a road to nowhere."`: `in X's words` in text[start:mark], right before
    the quote's mark, whose owner (group `owner`) the words are, as `in her words` makes them; None where there
    is none. Detection asks it to keep the words as speech, attribution to give them to the owner."""
    if "words" not in text[start:mark]:
        return None  # most quotes follow no `words`, and this costs less than the pattern
    return POSSESSED_WORDS.search(text, start, mark)


def _is_pull_quote(text: str, span: MarkedSpan, content: list[str], para: Paragraph) -> bool:
    """A short quote standing alone as a line, whose words the article quotes again elsewhere.

    Display lines ("pull quotes") repeat what someone says in the body; counted
    twice, they would double that speaker's words.
    """
    if len(content) > PULL_QUOTE_WORDS:
        return False
    pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in content) + r"\b", re.IGNORECASE)
    before = pattern.search(text, max(0, para.start - PULL_QUOTE_REACH), para.start)
    return bool(before or pattern.search(text, para.end, para.end + PULL_QUOTE_REACH))


def _called_by_someone(text: str, span: MarkedSpan) -> bool:
    """`which Mr. Stone called "a disgrace"`, `what they call "a grab"`, `whom Lee has repeatedly labeled
    "Little Tom"`: someone's words, not a name.

    `call` or another verb of naming with its subject before it is a speech act; `a series called "X"`,
    `a plan dubbed "X"` names a thing.
    """
    floor = max(0, span.open_mark - 40)
    last = span.open_mark  # where the words before the mark end: `call` must end there
    while last > floor and text[last - 1].isspace():
        last -= 1
    if not _CALL_AT_END.search(text, max(floor, last - len("nicknamed")), last):
        return False  # most quotes follow no `call`, and this costs less than the pattern
    match = _SUBJECT_CALLS.search(text, floor, span.open_mark)
    if not match:
        return False
    subject = match.group("subject")
    return subject.lower() in _SUBJECT_PRONOUNS or (subject[:1].isupper() and subject.lower() not in _DETERMINERS) \
        or people_before_verb(text, floor, match.end("subject")) is not None \
        or _possessed_speaker(text, floor, match.start("subject"), subject)


def _possessed_speaker(text: str, floor: int, start: int, noun: str) -> bool:
    """`a charge her campaign called "baseless"`, `what Lee's lawyers called "a fishing trip"`: a noun for one who
    speaks (a person, or a body that issues words: `role_nouns.txt`) after a possessive is the subject of the verb
    of naming, whose words the quote gives, in a relative clause about the noun before it."""
    head = noun.lower()
    if not (lexicon.role_nouns().get(head) or lexicon.role_nouns().get(head[:-1]) or lexicon.person_word(head) or
            head.endswith("s") and lexicon.person_word(head[:-1])):
        return False
    return _POSSESSIVE_END.search(text, max(floor, start - 30), start) is not None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")


def _titles_a_work(text: str, span: MarkedSpan, content: list[str]) -> bool:
    """`the documentary "The thread that binds the centuries"`, `the project "Our heritage for the future"`:
    a span after a noun for a work or project, opening with a capital and ending with no full stop or
    comma, is its title, in sentence case as much as in title case."""
    if len(content) > PULL_QUOTE_WORDS or not text[span.start:span.start + 1].isupper() or \
            text[span.start:span.end].rstrip()[-1:] in (".", ","):
        return False
    noun = _WORD_BEFORE.search(text, max(0, span.open_mark - 20), span.open_mark)
    return noun is not None and noun.group(1).lower() in lexicon.work_nouns()


#: `NBC's "Meet the Press."`, `appeared on "Face the Nation"`: what may stand before a programme's or a
#: publication's title: a possessive (its broadcaster or publisher) or `on`. A name ending in an s takes the
#: apostrophe alone, an initialism in capitals too (`CBS' "Face the Nation"`, `Fox News' "Special Report"`).
#: Written `(?:\w['\u2019]s|[sS]['\u2019]|\bon)\s*$` opening with the word character each alternative opens with (the
#: `s` of `s'` and the `o` of `on`, with its word boundary, checked behind it), so that the engine skips to
#: word characters at C speed instead of entering the choice at every character.
_TITLE_HOLDER = re.compile(r"\w(?:['\u2019]s|(?<=[sS])['\u2019]|(?<=o)(?<!\w.)n)\s*$")


def _titles_a_programme(text: str, span: MarkedSpan, content: list[str]) -> bool:
    """Title-case words in marks right after a possessive or `on` name a programme or publication,
    even with the full stop American punctuation puts inside the marks (`said on NBC's "Meet the
    Press."`)."""
    if not _TITLE_HOLDER.search(text, max(0, span.open_mark - 12), span.open_mark):
        return False  # most spans follow neither, and this costs least
    if not 0 < len(content) <= TITLE_WORDS or not content[0][:1].isupper() or not content[-1][:1].isupper():
        return False
    inner = text[span.start:span.end].rstrip().removesuffix(".")
    if any(mark in inner for mark in ".!?;:,"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_FUNCTION_WORDS for w in content)


def _close(span: MarkedSpan) -> int:
    return span.close_mark + 1 if span.close_mark is not None else span.end


#: Words a title leaves in lower case: "The Year of the Flood", "Two Doctors and a Dog".
_TITLE_FUNCTION_WORDS = frozenset("a an the and or nor but of in on at to for with by from as into".split())
#: `"Closing the Yard: Lessons from Kelvik"`: the colon between a title and its subtitle, both in title
#: case, ends no sentence.
_SUBTITLE = re.compile(r"(?<=\w): (?=[A-Z0-9])")
#: The longest title in marks read as one (words).
TITLE_WORDS = 12
#: How far back (characters) a cue that introduces a name-like span as someone's words is looked for.
_CUE_BEFORE_TITLE = 60


def _is_name_or_title(text: str, span: MarkedSpan, content: list[str], para: Paragraph) -> bool:
    """A few capitalised words with no closing punctuation: "Sea Cup", "Zangezur Corridor"; or, in a
    sentence not itself in title case (a headline's quotes are speech), the title of a work:
    "The One Where Everyone Goes Home", "Two Doctors and a Dog", "Reserves and Risks"."""
    named = [w for w in content if w != "I"]  # "I" is capitalised in any sentence
    if not named:
        return False  # `“I … I …”`: a speaker's faltering words
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_FUNCTION_WORDS for w in named):
        return False  # what a name or a title needs, as both tests below ask: read first, as most spans fail it
    end = span.end
    if _sentence_stop_inside(text, span, content, para):
        end -= 1  # `a new slogan, "Promises Kept."`: the sentence's full stop, not the name's
    asks = _titled_question(text, span, content)
    if asks:
        end -= 1  # `signs reading "Who Signed It?"`: the title's own mark, read as in any title below
    elif text[end - 1] in ".!?,\u2026":
        return False
    if len(content) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in named) and not asks:
        return True
    if not (2 <= len(content) <= TITLE_WORDS and content[0][:1].isupper() and content[-1][:1].isupper()) or \
            any(mark in _SUBTITLE.sub(" ", text[span.start:end]) for mark in ".!?;:"):
        return False
    if len(content) <= 4 and span.close_mark is not None and text[span.start:span.close_mark].rstrip().endswith(","):
        return False  # `"Closed on Mondays," the sign said`: a few words a comma hands on to their cue
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_FUNCTION_WORDS for w in content):
        return False
    # The words around it in its paragraph, within a sentence's reach either side (a long paragraph of
    # stray marks would otherwise be read whole for every span).
    around = words(text[max(para.start, span.open_mark - LONGEST_SENTENCE):span.open_mark]) + \
        words(text[_close(span):min(para.end, _close(span) + LONGEST_SENTENCE)])
    capitalised = sum(1 for w in around if w[:1].isupper() or w in _TITLE_FUNCTION_WORDS)
    return capitalised < 0.6 * len(around) or _in_sentence_case(around)


#: Fewest words of a title that asks or exclaims (`"Who Signed It?"`): `"Why Not?"` may be a reply.
_TITLED_QUESTION_WORDS = 3


def _titled_question(text: str, span: MarkedSpan, content: list[str]) -> bool:
    """`carried signs reading "Who Signed It?"`, `under the caption "What Changed, Nick?"`: words in title case
    that end in a question or an exclamation mark are a title that asks, as a book's or a sign's does, when
    they are three or more and no colon or comma hands them on as someone's words (`asked, "Who Pays?"`).
    Whether the sentence around them is itself in title case is asked as of any title."""
    if text[span.end - 1] not in "?!" or len(content) < _TITLED_QUESTION_WORDS or span.close_mark is None:
        return False
    before = text[max(0, span.open_mark - 3):span.open_mark].rstrip(_MARKS_AND_SPACE)
    return not before.endswith((":", ","))


#: How many words in lower case, other than those a title leaves so, show that words are in sentence case.
_SENTENCE_CASE_WORDS = 2


def _in_sentence_case(around: list[str]) -> bool:
    """`In May Ada Vik Holm signed the decree "On the Year of the Sea."`: a sentence crowded with names
    can be mostly capitals, but a line in title case leaves no word in lower case but a title's small
    words, and two such words (`signed`, `decree`) show that it is not one."""
    return sum(1 for w in around if w[:1].islower() and w not in _TITLE_FUNCTION_WORDS) >= _SENTENCE_CASE_WORDS


def _sentence_stop_inside(text: str, span: MarkedSpan, content: list[str], para: Paragraph) -> bool:
    """`signs that read "Save Our Parking." The owners ...`: American punctuation puts the full stop of
    the sentence inside the closing mark, so a name or title ending a sentence seems to end in one.

    It is the sentence's when the span has two words or more (a lone `"Yes."` is a reply) and one
    sentence only (`"The Donald. Big Daddy."` is two, spoken), when it does not make a sentence of its
    own (`..., Lee said. "Donald Trump."` goes on speaking) and when nothing introduces it as someone's
    words: a colon, a speech cue or a verb of calling or evaluating since the last quote
    (`she wrote: "Never Again."`, `Lee called Berg "The Chancellor of the North."`)."""
    if len(content) < 2 or text[span.end - 1] != "." or span.close_mark is None or \
            any(stop in text[span.start:span.end - 1] for stop in ".!?"):
        return False
    close = _close(span)
    if close < para.end - 1 and not _ends_inside(text, close):
        return False
    frame_start = sentence_start(text, max(para.start, span.open_mark - SENTENCE_REACH), span.open_mark)
    lead = text[frame_start:span.open_mark].strip(_MARKS_AND_SPACE)
    if not lead or lead.endswith(":"):
        return False
    lead_start = max(_lead_start(text, span, para, frame_start), span.open_mark - _CUE_BEFORE_TITLE,
                     _past_narrator_formula(text, frame_start))
    return not (find_cues(text, lead_start, span.open_mark) or _CALL_SOMETHING.search(text, lead_start, span.open_mark)
                or _evaluates().search(text, lead_start, span.open_mark))


def _past_narrator_formula(text: str, start: int) -> int:
    """Where a sentence that opens with a formula turning to the reader (`Recall that ...`, `It should be
    noted that ...`; narrator_formulas.txt) goes on after it, else its start: the formula's verb is the
    writer's, in the imperative or impersonal, and introduces no one's words."""
    while start < len(text) and (text[start] in _MARKS_AND_SPACE or text[start].isspace()):
        start += 1
    opening = text[start:start + _LONGEST_FORMULA].lower()
    for formula in lexicon.narrator_formulas():
        if opening.startswith(formula):
            return start + len(formula)
    return start


#: How many characters of a sentence's opening are read for a narrator's formula.
_LONGEST_FORMULA = 40


def _answered(text: str, span: MarkedSpan, para: Paragraph) -> bool:
    """`"No," said Ann.`, `"Yes", she said.`: a few capitalised words that open their sentence,
    end in a comma and are followed by a speech cue are a reply, not a name or a title."""
    if span.close_mark is None or not text[span.start].isupper():
        return False
    if text[sentence_start(text, max(para.start, span.open_mark - SENTENCE_REACH), span.open_mark):
            span.open_mark].strip(_MARKS_AND_SPACE):
        return False
    close = _close(span)
    inside = text[span.start:span.close_mark].rstrip()[-1:]
    if inside not in (",", "!", "?") and not text.startswith(",", close):
        return False
    return _cue_follows(text, close, para)


def _is_whole_sentence(text: str, span: MarkedSpan, lead: str) -> bool:
    """A sentence of its own in marks (`"Now I have plenty."`): speech, whatever its length."""
    return not lead and text[span.start].isupper() and text[span.end - 1] in ".!?\u2026"


def _opens_reporting_sentence(text: str, span: MarkedSpan, lead: str) -> bool:
    """`"Go home," he barked.`: a quote that opens its sentence and ends in a comma is what the
    rest of the sentence reports."""
    if lead or span.close_mark is None or not text[span.start].isupper():
        return False
    return text[span.start:span.close_mark].rstrip()[-1:] in (",", "!", "?")


def _lead_start(text: str, span: MarkedSpan, para: Paragraph, frame_start: int) -> int:
    """Where to look for a cue before the quote: its sentence, or back to a quote just closed.

    `"Yes," she said. "Big time."`: the cue of the second quote stands after the first.
    """
    floor = max(para.start, span.open_mark - 80)
    closes = list(_CLOSING_MARK.finditer(text, floor, span.open_mark))
    return min(frame_start, closes[-1].end()) if closes else frame_start


#: How many of a span's words are read: every test of them counts them up to `PULL_QUOTE_WORDS` at most, and
#: reads them only in a span that short, so a longer span is told by its first words alone.
_WORDS_READ = max(PULL_QUOTE_WORDS, TITLE_WORDS, MIN_UNCUED_WORDS) + 1


def term_reason(text: str, span: MarkedSpan) -> str | None:
    """Why marks inside a quote hold a term rather than words someone said, or None.

    A speaker puts marks around a term as a writer does: `"The so-called 'peace plan' is a trick," she
    said`, `"The word 'sovereignty' means little to them"`, `"I reread the novel 'Seven Winters on the
    Ice'"` quote no one; the words after `so-called`, `the word` or a noun for a work are a name or a
    title in the speaker's own sentence. Words after `call` with its subject (`"He called me 'a liar'"`,
    `"They call it 'the grab'"`) are someone's, and stay a quote.
    """
    if _called_by_someone(text, span):
        return None
    if _naming_frame_ends(text, max(0, span.open_mark - 30), span.open_mark):
        return NAMING
    content = first_words(text, span.start, span.end, _WORDS_READ)
    if content and (_titles_a_work(text, span, content) or _titles_a_programme(text, span, content)):
        return NAME_OR_TITLE
    return None


#: Where a line of verse breaks in quoted lyrics or poetry: a slash with a space either side, between a word (with
#: the line's punctuation) and the next line's first word.
_LINE_BREAK = re.compile(r"(?<=[^\W\d_])[,;:.!?'\u2019]? / (?=[^\W\d_])")
#: Fewest words of each line of verse: `his / her` or `and / or` offers a choice inside a line of prose.
_VERSE_LINE_WORDS = 3


def _is_verse(text: str, span: MarkedSpan) -> bool:
    """`sang the chorus, "We don't need your money / we just need a fair shot"`: lines of a song or a poem
    set in one run, each ended by ` / ` as quoted verse is written, are the words of a work, not of the
    one who sings or recites them."""
    inner = text[span.start:span.end]
    if " / " not in inner:
        return False  # most spans hold no slash, and this costs least
    lines = _LINE_BREAK.split(inner)
    return len(lines) >= 2 and all(len(words(line)) >= _VERSE_LINE_WORDS for line in lines)


def _names_a_choice(text: str, span: MarkedSpan, content: list[str]) -> bool:
    """`a "no" vote`, `the "yes" side`: an answer quoted alone between a determiner and a noun names a choice
    on a ballot, as a modifier of that noun, and reports nobody's answer (`choice_words.txt`)."""
    if len(content) != 1 or content[0].lower() not in lexicon.choice_words() or span.close_mark is None:
        return False
    before = text[max(0, span.open_mark - 8):span.open_mark].split()
    after = re.match(r" ([a-z]+)\b", text[span.close_mark + 1:span.close_mark + 24])
    return bool(before) and before[-1].lower() in _DETERMINERS and after is not None and \
        after.group(1) not in lexicon.stop_words()


def non_speech_reason(text: str, span: MarkedSpan, paras: Sequence[Paragraph]) -> str | None:
    """None when the quoted span is speech, else why it is not (one of `REASONS`)."""
    content = first_words(text, span.start, span.end, _WORDS_READ)
    if not content:
        return EMPTY
    if _is_verse(text, span):
        return VERSE
    if _names_a_choice(text, span, content):
        return NAMING
    if _called_by_someone(text, span):
        return None
    if _naming_frame_ends(text, max(0, span.open_mark - 30), span.open_mark):
        return NAMING
    if _titles_a_work(text, span, content) or _titles_a_programme(text, span, content):
        return NAME_OR_TITLE
    para = paragraph_at(paras, span.open_mark)
    if _is_name_or_title(text, span, content, para) and not _answered(text, span, para):
        return NAME_OR_TITLE
    if is_link_line(text, para):
        return LINK
    close = _close(span)
    # A list item's marker does not make a quote that fills the item less whole (`- "We will win."`).
    whole_paragraph = span.open_mark <= item_start(text, para) + 1 and close >= para.end - 2
    if whole_paragraph and span.paragraphs == 1 and _is_pull_quote(text, span, content, para):
        return PULL_QUOTE
    if len(content) >= MIN_UNCUED_WORDS or whole_paragraph or span.paragraphs > 1:
        return None
    frame_start = sentence_start(text, max(para.start, span.open_mark - SENTENCE_REACH), span.open_mark)
    lead = text[frame_start:span.open_mark].strip(_MARKS_AND_SPACE)
    if DATELINE_LEAD.fullmatch(lead + " "):
        lead = ""  # `WASHINGTON — "No deal," Holm said.`: a lede quote opens its sentence after the dateline
    if lead.endswith(":") or (lead.endswith(",") and text[span.start].isupper()):
        return None  # introduced as direct speech: `She shrugged: "Maybe."`, `..., he stammered, "I ..."`
    if _is_whole_sentence(text, span, lead) or _opens_reporting_sentence(text, span, lead):
        return None
    lead_start = _lead_start(text, span, para, frame_start)
    if find_cues(text, lead_start, span.open_mark) or _CALL_SOMETHING.search(text, lead_start, span.open_mark) or \
            _evaluates().search(text, max(lead_start, span.open_mark - 80), span.open_mark) or \
            _named_as(text, max(lead_start, span.open_mark - 80), span.open_mark) or \
            possessors_words(text, max(lead_start, span.open_mark - 80), span.open_mark) is not None:
        return None
    if shouting_verb(text, lead_start, span.open_mark) is not None or \
            finding_clause(text, lead_start, span.open_mark) is not None:
        return None  # `broke into chants of "Four more years!"`, `found that it "...`: a shout, a finding
    if _cue_follows(text, close, para) or _continues_report(text, span, para, paras) or \
            _opens_title_clause(text, span, para):
        return None
    return SCARE_QUOTE


def _opens_title_clause(text: str, span: MarkedSpan, para: Paragraph) -> bool:
    """`'Not finished': Mayor Lund vows to appeal`: a short quote that opens the title, before a clause
    whose verb reports in a headline's tense, is what the clause's subject says. So is a phrase the
    title sets before a colon whatever the clause after it, when the article says its words again
    (`'We stay put': Dock workers vote to strike` over `"We stay put," said Ann Lee`): that is how a
    title leads with what someone in the story says."""
    if para.index != 0 or span.open_mark > para.start + 1:
        return False
    close = _close(span)
    if text[close:close + 1] == ":" and _said_again_below(text, span, para):
        return True
    return clause_verb(text, close, para.end) is not None


def _said_again_below(text: str, span: MarkedSpan, para: Paragraph) -> bool:
    """Do the words of a title's quote (a phrase, not a term) recur, in their order, in the article under it?"""
    said = words(text[span.start:span.end])
    if not MIN_PHRASE_WORDS <= len(said) <= PULL_QUOTE_WORDS:
        return False
    pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in said) + r"\b", re.IGNORECASE)
    return bool(pattern.search(text, para.end, para.end + PULL_QUOTE_REACH))


def _continues_report(text: str, span: MarkedSpan, para: Paragraph, paras: Sequence[Paragraph]) -> bool:
    """A paragraph that goes on reporting what the one before quoted or reported.

    `"...," the ministry stated.` then `Attention was paid to its work "on the ground."`:
    the second paragraph has no cue of its own; its quoted words are the statement's.
    One or two quoted words there mark a term (the "sextortion" case); a phrase is borrowed speech.
    """
    if len(words(text[span.start:span.end])) < MIN_PHRASE_WORDS or para.index == 0 or \
            find_cues(text, para.start, span.open_mark):
        return False
    before = paras[para.index - 1]
    return text[before.start] in QUOTE_MARKS and text[before.end - 1] in ".!?" and \
        bool(find_cues(text, before.start, before.end))


def _cue_follows(text: str, close: int, para: Paragraph) -> bool:
    """A cue that closes the quote's sentence: `"Never," she said`, `"Never" said the minister`.

    A cue further on, or in a clause of its own, governs something else (`a "kit" that tells ...`).
    """
    if _ends_inside(text, close):
        return False
    frame_end = sentence_end(text, close, min(para.end, close + 120))
    cues = find_cues(text, close, frame_end)
    if not cues:
        return False
    between = text[close:cues[0].start()].strip(_MARKS_AND_SPACE)
    if between.startswith(","):
        return True
    first = words(between)[:1]
    return len(words(between)) <= CUE_AFTER_WORDS and not (first and first[0].lower() in _CLAUSE_OPENERS) or \
        _closing_report(text, close, cues[0], frame_end)


#: How many words the subject of a reporting clause that closes a sentence may have (`Senate Majority Leader
#: Ada Holm (D-Nev.)`), and how many may follow its cue (`said in a statement`).
_CLOSING_SUBJECT_WORDS = 8
_CLOSING_TAIL_WORDS = 5


def _closing_report(text: str, close: int, cue: re.Match[str], frame_end: int) -> bool:
    """`The bill is "dead on arrival" in the Senate, Ada Holm said.`: a reporting clause set off by a comma that
    closes the sentence (a subject, its cue and a few words of manner) reports the whole clause before it, and
    the words quoted in that clause are its speaker's, however far from the cue."""
    comma = text.rfind(",", close, cue.start())
    if comma < 0 or text[frame_end - 1] not in ".!?" or \
            any(mark in text[close:frame_end] for mark in DOUBLE_MARKS) or "''" in text[close:frame_end]:
        return False
    subject = words(text[comma + 1:cue.start()])
    tail = words(text[cue.end():frame_end])
    according = cue.group().lower() == "according to"
    return (according and not subject or 0 < len(subject) <= _CLOSING_SUBJECT_WORDS and
            subject[0].lower() not in _CLAUSE_OPENERS) and \
        (not tail or according or len(tail) <= _CLOSING_TAIL_WORDS and tail[0].lower() in lexicon.report_tail_openers())


def _ends_inside(text: str, close: int) -> bool:
    """`the novel "The Long Way Down." Director Ann Lee said she read it twice`: a full stop inside the
    closing mark, as American punctuation puts it, before a capital ends the quote's sentence; the cue
    of the next sentence frames a clause of its own (a reply's comma, `"No," said Ann`, does not end it,
    nor does a question, `"Why?" Lee asked`)."""
    inner = close
    while inner > 0 and text[inner - 1] in QUOTE_MARKS:
        inner -= 1
    if inner == close or text[inner - 1:inner] != ".":
        return False
    after = close
    while after < len(text) and text[after] in " \u00a0":
        after += 1
    return text[after:after + 1].isupper()


def continues_speech(text: str, span: MarkedSpan, previous: MarkedSpan | None) -> bool:
    """A short quote in the same sentence as a quote just accepted shares its cue.

    `She called the plan "bold" and based on "one guess."`: both quotes are her words.
    """
    if previous is None or previous.close_mark is None or text[previous.end - 1] in ".!?\u2026":
        return False
    between = text[previous.close_mark + 1:span.open_mark]
    return len(words(between)) <= 8 and sentence_end(text, previous.close_mark + 1, span.open_mark) == span.open_mark


def kind_of(text: str, span: MarkedSpan, paras: Sequence[Paragraph]) -> str:
    """`direct` for a quoted sentence, `partial` for quoted words woven into narration.

    Only a quote that opens in lower case can be partial, so only its sentence is read."""
    if not text[span.start].islower():
        return "direct"
    para = paragraph_at(paras, span.open_mark)
    frame_start = sentence_start(text, max(para.start, span.open_mark - SENTENCE_REACH), span.open_mark)
    lead = text[frame_start:span.open_mark].strip()
    return "partial" if lead and not lead.endswith((":", ",")) else "direct"
