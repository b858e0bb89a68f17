"""Event words in narration, and the stretches of text that name who took part.

"held talks with X and Y", "during a meeting with his Norwegian counterpart, Y",
"in a phone conversation with X", "X has received Y": the event word comes from
`events.csv`, and the people after it from the word that introduces them there
(`with`, `between`, `to`, or none for a direct object). The names themselves are
read as a list of noun phrases: capitalised words, determiners, the `of` inside
a title ("Minister of Foreign Affairs of Norland"), and lower-case words only on
the way to a role noun ("his newly appointed counterpart"). The list ends where
anything else begins: a verb, a preposition that opens an adverbial ("on Monday",
"in Oslo"), the end of the sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from quotes import lexicon
from quotes.days import MONTHS, WEEKDAYS
from quotes.gazetteer import is_place_name
from quotes.given_names import first_name_gender
from quotes.trie import word_start_pattern

#: Up to three words that are not prepositions: the `*` of an event keyword ("in * statement").
_GAP = r"(?:(?!(?:with|of|to|for|from|by|and|or|on|onto|in|into|up|at|that|which)\b)[\w'\u2019-]+[ \t]+){0,3}"
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.(?=\s)|[\w'\u2019-]+|[^\w\s]")
DETERMINERS = frozenset("the his her its their a an this that our both two three four several".split())

_PREPOSITIONS = frozenset("to in on at with by from about over during after before into than as".split())
#: Words that may join the members of a list.
_AND = frozenset({"and", "&"})
#: How many words a list of participants may run to.
MAX_WORDS = 40


@dataclass(frozen=True)
class EventMention:
    """An event word in the text: offsets, the kind of event, the words that introduce its participants."""

    start: int
    end: int
    event: str
    introducers: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One noun phrase of a list, with document offsets, and what joined it to the one before."""

    start: int
    end: int
    joined_by: str  # "", "," or "and"


def _alternatives() -> list[tuple[str, str]]:
    """Each event keyword's first letter (lower-cased) and its alternative, named `e` and its index."""
    alternatives = []
    for index, word in enumerate(lexicon.event_words()):
        body, space = "", False
        for part in word.keyword.split():
            if part == "*":
                body, space = body + r"[ \t]+" + _GAP, False
            else:
                body, space = body + (r"[ \t]+" if space else "") + re.escape(part), True
        alternatives.append((word.keyword[0].lower(), f"(?P<e{index}>{body})"))
    return alternatives


@cache
def _pattern() -> re.Pattern[str]:
    """One pattern for every event keyword; each keyword is its own group, so the match says which."""
    return re.compile(r"\b(?:" + "|".join(body for _, body in _alternatives()) + r")\b", re.IGNORECASE)


@cache
def _pattern_by_letter() -> dict[str, re.Pattern[str]]:
    """`_pattern` with only the keywords that open with one letter, by that letter lower-cased.

    At a place where a keyword may start, the engine would try each of the hundred and more alternatives
    in turn; those of other letters cannot match there, so the ones of its letter, in their order, find
    what the whole pattern finds (a letter whose lower case is none of these, `ſ` or `İ`, is matched by
    the whole pattern: `tests/test_shortcuts.py`)."""
    by_letter: dict[str, list[str]] = {}
    for letter, body in _alternatives():
        by_letter.setdefault(letter, []).append(body)
    return {letter: re.compile(r"\b(?:" + "|".join(bodies) + r")\b", re.IGNORECASE)
            for letter, bodies in by_letter.items()}


@cache
def _openers() -> re.Pattern[str]:
    """Where an event keyword may start: the first words of all keywords as one trie, of which only
    the first letter is consumed, so that every such place is found, also inside an earlier candidate."""
    firsts = {word.keyword.split()[0].lower() for word in lexicon.event_words()}
    return re.compile(word_start_pattern(firsts, ignorecase=True, lookahead=True))


@cache
def _telling_words() -> re.Pattern[str]:
    """One telling word of every event keyword, as a whole word in any case: its longest word that is
    no preposition nor determiner (`phone` of "on the phone", `met` of "met with").

    Every keyword match holds its telling word as a whole word, so a stretch without any names no
    event. The first words alone cannot tell this: "in", "on" and "by" open keywords."""
    common = _PREPOSITIONS | DETERMINERS
    telling = set()
    for word in lexicon.event_words():
        parts = [part for part in word.keyword.lower().split() if part != "*"]
        telling.add(max([part for part in parts if part not in common] or parts, key=len))
    return re.compile(word_start_pattern(telling, ignorecase=True, then=r"\b"))


#: What stands before a verb and never before a plural noun: a subject pronoun or an adverb (`she talks`,
#: `now talks`), so that a one-word event that is also a verb's -s form (`talks`) is not the event there.
_VERB_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|it|who|now|often|still|also|never|rarely|always|openly|freely|"
                                  r"frequently|regularly|usually|publicly|privately|repeatedly)[ \t]+$", re.IGNORECASE)


def is_verb_use(text: str, match: re.Match[str]) -> bool:
    """Is a one-word event keyword that is also a verb's -s form (`talks`) used as the verb here?"""
    return " " not in match.group() and match.group().endswith("s") and \
        _VERB_SUBJECT_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None


#: Words that end the topic's noun phrase: a preposition that opens a phrase of its own (`asked about the delay
#: in an interview`: the interview is the occasion), and a conjunction or relative word. `of` and `for` stay
#: inside it, the complements of its head (`the latest round of talks`, `the preparations for the summit`).
_NOT_IN_TOPIC = r"(?:in|at|during|with|on|upon|after|before|following|to|from|by|and|or|while|when|that|which|who)"


@cache
def _topic_opened() -> re.Pattern[str]:
    """A word of speaking and its topic's preposition, then up to six words of one noun phrase (no clause
    mark, no preposition but `of` and `for`), ending right before an event word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in lexicon.topic_openers())
                      + r")[ \t]+(?:(?!" + _NOT_IN_TOPIC + r"\b)[\w'\u2019-]+[ \t]+){0,6}$", re.IGNORECASE)


def is_topic(text: str, start: int) -> bool:
    """`Velmorian MFA comments on border talks`, `Asked about the latest round of talks, she said`: an event
    word in the noun phrase a topic's preposition opens after a word of speaking (`topic_openers.txt`) is
    the subject matter of the speech, not its occasion."""
    window = text[max(0, start - 70):start]
    return " " in window and _topic_opened().search(window) is not None


def find_events(text: str, offset: int = 0) -> list[EventMention]:
    """Every event word of `text`, in reading order, with document offsets.

    The keyword pattern, a hundred and more alternatives with gaps, is tried only where a keyword's
    first word stands (with only the keywords of its first letter), and only in a text that holds a
    telling word of some keyword; the matches are those its own left-to-right search would find.
    """
    if _telling_words().search(text) is None:
        return []
    words, pattern, by_letter = lexicon.event_words(), _pattern(), _pattern_by_letter()
    found = []
    reached = 0
    for candidate in _openers().finditer(text):
        start = candidate.start()
        if start < reached or (match := by_letter.get(text[start].lower(), pattern).match(text, start)) is None:
            continue
        word = words[int(match.lastgroup[1:])]
        if is_verb_use(text, match):
            continue  # `Clinton now talks freely`, `she talks to voters`: the verb, not the event
        if is_topic(text, match.start()):
            continue  # `asked about the border talks`: what was spoken of, not where
        event = word.event
        if event in _SITTINGS and "of" in word.introducers and text.startswith(" of ", match.end()):
            event = _sitting_of(text, match.end()) or event
        found.append(EventMention(offset + match.start(), offset + match.end(), event, word.introducers))
        reached = match.end()
    return found


@cache
def _one_word_events() -> dict[str, str]:
    """The event keywords of one word (`forum`, `summit`), lower-cased -> their kind of event."""
    return {word.keyword.lower(): word.event for word in lexicon.event_words() if " " not in word.keyword}


#: The kinds of event whose keyword may be a sitting of something named after `of` (`a session of`, `the
#: plenary meeting of`).
_SITTINGS = frozenset({"meeting", "parliamentary session"})
#: The words after `of` (and `the`) that may name what a sitting is of: up to six.
_OF_COMPLEMENT = re.compile(r" of[ \t]+(?:the[ \t]+)?((?:[\w'\u2019-]+[ \t]+){0,5}[\w'\u2019-]+)")


def _sitting_of(text: str, end: int) -> str | None:
    """The kind of a sitting told by what it is of, the head of its `of` phrase (its first word in lower case, or
    the last capitalised word of a name): a gathering named by a word for an event (`the plenary session of the
    forum`, `of the Vestby Investment Forum`: its kind, a meeting) or a parliament (`the session of the Storting`,
    `parliament_names.txt`: a parliamentary session). None where the head is neither."""
    complement = _OF_COMPLEMENT.match(text, end)
    if complement is None:
        return None
    words = complement.group(1).split()
    head = words[0]
    if head[:1].isupper():
        for word in words[1:]:
            if not word[:1].isupper():
                break
            head = word
    head = head.lower()
    if head in lexicon.parliament_names():
        return "parliamentary session"
    return _one_word_events().get(head)


#: `after the meeting`, `following talks`, `ahead of a two-day summit`, `before he met`: a preposition of time
#: and up to three words (`_GAP`) before an event word, and then any capitalised words of a name (`after a Senate
#: Armed Services Committee hearing`).
_TIME_GOVERNED = re.compile(r"\b(?:after|before|following|ahead[ \t]+of|prior[ \t]+to|since|until)[ \t]+" + _GAP
                            + r"(?:(?-i:[A-Z])[\w'\u2019.-]*[ \t]+)*$", re.IGNORECASE)
#: `after the council rejected the plan at its session`: a conjunction of time and the words of its clause, up to the
#: event word (no mark that ends a clause between).
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|until)[ \t]+((?:[\w'\u2019-]+[ \t]+){1,10})$", re.IGNORECASE)
#: Words that open a clause of their own: the event after them is no longer in the clause of time.
_CLAUSE_BREAKS = frozenset("that which who whom whose where when while because though although but".split())


#: `preparations for the summit`, `preparing for talks`: the noun phrase of an event being prepared, up to the event.
_PREPARED_FOR = re.compile(r"\bprepar(?:ations?|ing|es?)[ \t]+for[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}$", re.IGNORECASE)


def prepared_for(text: str, event: EventMention) -> bool:
    """`discussed preparations for the regional summit`: is the event the one being prepared, still to come,
    in the noun phrase right after `preparations for` (`preparing for`)? Not an event later in the clause
    (`discussed preparations for the harvest at its session`: the session is where they spoke)."""
    return _PREPARED_FOR.search(text, max(0, event.start - 60), event.start) is not None


#: Characters that `re.IGNORECASE` matches with a letter of those words and that lowering leaves other than it: the
#: long s (`s`), the dotted capital I and the dotless i (`i`).
_ODD_CASES = ("\u017f", "\u0130", "\u0131")


def _may_govern(window: str) -> bool:
    """Whether `_TIME_GOVERNED` may match in `window`: it holds one of the words that open it, in any case (`ahead`
    of `ahead of`, `prior` of `prior to`), or a character the pattern's case folding reads as one of their letters.
    Most events have none before them, and the pattern, entered at every character, is spared."""
    lowered = window.lower()
    return "after" in lowered or "before" in lowered or "following" in lowered or "ahead" in lowered or \
        "prior" in lowered or "since" in lowered or "until" in lowered or \
        not window.isascii() and any(odd in window for odd in _ODD_CASES)


def tells_a_time(text: str, event: EventMention) -> bool:
    """Does a preposition of time govern the event word (`said after the meeting of the cabinet`)? Then the
    event dates the words, before or after it, and is not where they were said."""
    start = max(0, event.start - 60)
    return _may_govern(text[start:event.start]) and _TIME_GOVERNED.search(text, start, event.start) is not None or \
        in_a_clause_of_time(text, event.start)


def in_a_clause_of_time(text: str, start: int) -> bool:
    """`said after the council rejected the plan at its session`, `Four days after the Reds staged a rally in their
    stadium, ...`: does the word at `start` (an event, a day, a place) stand in a clause that a conjunction of time
    opens, its verb in the past before it? The clause tells what took place before (or after) the words, and when
    and where that was, not where they were said."""
    window = text[max(0, start - 90):start]
    lowered = window.lower()
    if "after" not in lowered and "before" not in lowered and "since" not in lowered and "until" not in lowered:
        return False  # most events stand after none of them: the pattern is spared
    clause = _TIME_CLAUSE.search(window)
    if clause is None:
        return False
    words = clause.group(1).split()
    if _CLAUSE_BREAKS.intersection(word.lower() for word in words):
        return False
    return any(word.islower() and lexicon.is_past_form(word) and
               (index == 0 or words[index - 1].lower() not in DETERMINERS) for index, word in enumerate(words))


@cache
def event_vocabulary() -> frozenset[str]:
    """Every word of every event keyword: after one of them, a day or place still belongs to the event."""
    return frozenset(w for word in lexicon.event_words() for w in word.keyword.lower().split() if w != "*")


@cache
def words_before_an_object() -> frozenset[str]:
    """Words of event keywords that stand only before a `*` (`signed * agreement`, `issued * statement`): a verb
    that names the event with its object alone, so that with a day or a place right after it (`the deal signed on
    Tuesday`) it names no event, and the day is not the event's."""
    before_gap: set[str] = set()
    elsewhere: set[str] = set()
    for word in lexicon.event_words():
        parts = word.keyword.lower().split()
        for index, part in enumerate(parts):
            if part != "*":
                (before_gap if parts[index + 1:index + 2] == ["*"] else elsewhere).add(part)
    return frozenset(before_gap - elsewhere)


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(WEEKDAYS) | frozenset(MONTHS)


def _is_role(word: str) -> bool:
    nouns = lexicon.role_nouns()
    word = word.lower()
    return word in nouns or word.removesuffix("s") in nouns or word.removesuffix("es") in nouns


def _continues(tokens: list[re.Match[str]], i: int) -> bool:
    """Does the list go on at token `i`: a name, a determiner, or lower-case words leading to a role noun?"""
    if i >= len(tokens):
        return False
    word = tokens[i].group()
    if word[0].isupper():
        return word not in _calendar_words()
    if word.lower() in DETERMINERS or _is_role(word):
        return True
    for later in tokens[i + 1:i + 4]:
        if not later.group()[0].isalpha() or later.group().lower() in _PREPOSITIONS:
            return False
        if _is_role(later.group()):
            return True
    return False


def noun_phrases(text: str, start: int, end: int) -> list[Item]:
    """The list of noun phrases that starts at `start` in text[start:end], split at commas and `and`."""
    tokens = list(itertools.islice(_TOKEN.finditer(text, start, end), MAX_WORDS))
    items: list[Item] = []
    begin: int | None = None
    last = 0
    joined_by = ""

    def close(joined: str) -> None:
        nonlocal begin, joined_by
        if begin is not None:
            items.append(Item(begin, last, joined_by))
        begin, joined_by = None, joined

    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if word == "," or word.lower() in _AND:
            joined = "and" if word.lower() in _AND else ","
            if word == "," and i + 1 < len(tokens) and tokens[i + 1].group().lower() in _AND:
                joined, i = "and", i + 1  # ", and": the last member of a list
            if not _continues(tokens, i + 1):
                break
            close(joined)
            i += 1
            continue
        lower = word.lower()
        if (lower in {"of", "for"} or word == "to") and begin is not None:
            # "the head of the fishing board", "the Ambassador of Norland to Vestria", not "talks of no use"
            if not _continues(tokens, i + 1):
                break
        elif not (lower in lexicon.name_particles() and begin is not None) and not _continues(tokens, i):
            break
        if begin is None:
            begin = tokens[i].start()
        last = tokens[i].end()
        i += 1
    close("")
    return [trimmed for item in items if (trimmed := _trimmed(text, item)) is not None]


def _trimmed(text: str, item: Item) -> Item | None:
    """The item without the determiners and `of` it may end on; None when nothing is left."""
    words = list(re.finditer(r"\S+", text[item.start:item.end]))
    while words and words[-1].group().lower() in DETERMINERS | {"of", "for"}:
        words.pop()
    if not words:
        return None
    return Item(item.start, item.start + words[-1].end(), item.joined_by)


#: A day or place between an event word and the preposition that introduces its participants (`held talks
#: on Thursday with X`, `a phone call in Vestby with X`): `on`, `in` or `at` and capitalised words, or a
#: relative day.
_ADVERBIAL = re.compile(r"(?:(?:on|in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}"
                        r"(?:[ \t]+(?:morning|afternoon|evening|night))?|yesterday|today|last[ \t]+night),?[ \t]+")


def participants_after(text: str, event: EventMention, limit: int) -> list[Item]:
    """The noun phrases that the event word introduces: `with X and Y`, `between X and Y`, `received X`;
    a preposition may come after a day or place (`talks on Monday with X`), a direct object may not."""
    at = event.end
    while at < limit and text[at] in " \t":
        at += 1
    word = re.match(r"[\w'\u2019-]+", text[at:limit])
    if word and word.group().lower() in event.introducers:
        return noun_phrases(text, at + word.end(), limit)
    after = at
    for _ in range(2):
        adverbial = _ADVERBIAL.match(text, after, limit)
        if adverbial is None:
            break
        after = adverbial.end()
        later = re.match(r"[\w'\u2019-]+", text[after:limit])
        if later and later.group().lower() in event.introducers:
            return noun_phrases(text, after + later.end(), limit)
    if "_" in event.introducers and word and word.group().lower() not in _AND:
        return noun_phrases(text, at, limit)
    return []


#: Words that open a sentence's adverbial ("In Baku, ...", "On Saturday, ..."), not its subject.
_OPENERS = frozenset("in on at during after before following according speaking earlier later meanwhile "
                     "welcoming addressing".split())


def subject_before(text: str, start: int, event_start: int) -> list[Item]:
    """The subject of the sentence starting at `start` whose verb or object is the event word."""
    at = start
    for _ in range(3):
        while at < event_start and not text[at].isalnum():
            at += 1
        first = re.match(r"\w+", text[at:event_start])
        comma = text.find(",", at, event_start)
        participle = first is not None and (_opening_participle(first.group()) or
                                            _opening_past_participle(text, at + first.end(), first.group()))
        if comma < 0 and participle:
            # `Speaking at the forum, Vell said`: the event is in the participle's clause, whose subject follows it.
            return []
        if not first or comma < 0 or first.group().lower() not in _OPENERS and not _time_adjunct(text[at:comma]) \
                and not participle:
            break
        at = comma + 1
    return noun_phrases(text, at, event_start)


#: The least length of an opening participle: `Opening`, `Closing`, not `King` or `Sing`.
_PARTICIPLE_LENGTH = 6


def _opening_participle(word: str) -> bool:
    """`Opening the talks, Vell welcomed Dorr`: a capitalised -ing form that opens a sentence and whose clause
    ends at a comma opens an adverbial participle clause, and the subject follows the comma. A place named in
    -ing (`Wyoming`) opens no such clause."""
    return len(word) >= _PARTICIPLE_LENGTH and word[0].isupper() and word[1:].islower() and \
        word.endswith("ing") and not is_place_name(word)


#: What follows a past participle that opens a clause of its own: a preposition or the word opening what was asked
#: (`Asked about the bill`, `Pressed on taxes`, `Asked whether she would run`).
_AFTER_A_PARTICIPLE = _PREPOSITIONS | frozenset("about for if whether why how what when where".split())


def _opening_past_participle(text: str, end: int, word: str) -> bool:
    """`Asked about the bill at a news conference, Vik said`: a capitalised past form (`past_forms.txt` or in -ed)
    that opens a sentence, followed by a preposition or the opening of a question, opens a participle clause, and
    the subject follows the comma. A given name in -ed (`Ahmed at the talks`) is no participle."""
    if not (word[0].isupper() and word[1:].islower() and lexicon.is_past_form(word.lower())):
        return False
    after = re.match(r"[ \t]+([a-z]+)", text[end:end + 20])
    return after is not None and after.group(1) in _AFTER_A_PARTICIPLE and first_name_gender(word) is None


#: How many words an opening adjunct of time may have: `Two days earlier`, `Only a few hours before`.
_TIME_ADJUNCT_WORDS = 5


def _time_adjunct(phrase: str) -> bool:
    """Is the phrase an adjunct of time ending in a word of `time_adjunct_ends.txt` (`The day before`, `Two days
    earlier`), no name among its words after the first?"""
    words = phrase.split()
    return 1 < len(words) <= _TIME_ADJUNCT_WORDS and words[-1].lower() in lexicon.time_adjunct_ends() and \
        not any(word[0].isupper() for word in words[1:])
