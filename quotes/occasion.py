"""Occasion: when, where, on what kind of event and with whom each quote was said.

The article tells its main event in its opening: the first event named there
("Minister Ola Berg and his counterpart Jon Vik held talks on Sunday") is the
article's event; the subjects of the opening's sentences that name events, and
the names after their event words, are its participants; the day and place
those sentences name are its day and place. The publication date and the
dateline (or an opening "In Baku, ...") are the default day and place.

Each quote then reads its own frame: the narration of the sentence around it
(its quoted words, and any other quote's, blanked out), the words that
introduce it, and the sentence that names its speaker. An event, day or place
named there overrides the article's: `"...," X said during a meeting with his
counterpart, Y, in Vestby on Saturday`. Of several, the first from the cue
verb on wins ("told reporters after the meeting": the press), else the first in
reading order. A day or place counts only where it hangs on the frame (after a
cue verb, an event word, a name, punctuation, or a word of `frame_words.txt`),
not on another noun ("the fighting in X", "the deal signed on Monday"), and an
event or place in a clause about what is still to come ("the upcoming summit in
X", "will attend talks") is none. The
speaker is always a participant. A nested quote has the occasion of the quote
it is cited in. The frame is bounded (`FRAME_REACH`), so the step stays linear
in the length of the article.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from quotes import lexicon
from quotes.days import MONTHS, WEEKDAYS, Day, attributive_dates, find_days, still_to_come, subject_of_a_future
from quotes.events import (
    DETERMINERS,
    EventMention,
    event_vocabulary,
    find_events,
    in_a_clause_of_time,
    is_topic,
    participants_after,
    prepared_for,
    subject_before,
    tells_a_time,
    words_before_an_object,
)
from quotes.frames import PREPOSITIONS
from quotes.given_names import first_name_gender
from quotes.model import Document, Occasion, Quote
from quotes.nlp.people import entities_of
from quotes.participants import Participants
from quotes.places import Place, find_places, find_visited, in_the_town
from quotes.text import (
    QUOTE_MARKS,
    Covered,
    find_cues,
    merged_spans,
    paragraph_at,
    paragraphs,
    sentence_end,
    sentence_start,
)

#: What may stand between a day and the event word it modifies: a possessive, up to two words
#: (`Tuesday's cabinet meeting`, `the June 12 regional summit`).
_BETWEEN_DAY_AND_EVENT = re.compile(r"(?:['\u2019]s)?(?:\s+[\w-]+){0,2}\s+")
#: How far around a quote (characters) the narration naming its occasion is read.
FRAME_REACH = 600
#: How many opening paragraphs (title and lead included) can tell the article's main event ...
OPENING_PARAGRAPHS = 3
#: ... within how many characters.
OPENING_REACH = 2000
#: How far from its speaker's name the cue verb of a quote is looked for.
CUE_NEAR = 80
#: What stands in for quoted words and metadata lines in the narration: no word, no space.
BLANK = "\x00"

_LAST_WORD = re.compile(r"([\w'\u2019-]+)\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[\w'\u2019-]+")
#: An event word's complement with `of`, up to five words: `of young farmers`, `of the heads of state`.
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+")
#: The same with `with`, the people the event gathered: `with farmers`, `with the growers of the valley`.
_WITH_COMPLEMENT = re.compile(r"\s+with\s+(?:[\w'\u2019-]+\s+){0,4}([\w'\u2019-]+)")
#: The prepositions that, right after a cue verb, open the adverbial of its occasion (`speaking at`).
_CUE_PREPOSITIONS = frozenset({"at", "during", "in", "on", "to", "before", "with", "from"})
#: What opens the clause a cue verb reports: a complementiser.
_CLAUSE_OPENERS = frozenset({"that", "whether", "if"})
#: Weekdays and months: words that name a time though the article gives no date to count from.
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
#: How many sentences back the event a sequel adverb (`afterwards`) follows is looked for.
SEQUEL_REACH = 2
#: The noun phrase of a venue up to its noun (at the end): a determiner, up to three words, and the preposition
#: that may open it (`at a senior center`, `a packed union hall`, `during a campaign stop`); the words between
#: are no determiners or prepositions, so that the phrase is the venue's own.
_VENUE_PHRASE = re.compile(r"(?:\b(?P<prep>at|in|inside|outside|from|to|during)[ \t]+)?"
                           r"\b(?P<det>a|an|the|his|her|their|its|our)[ \t]+"
                           r"(?:(?!(?:a|an|the|his|her|their|its|our|at|in|inside|outside|from|to|during|of|on|for|with|by)\b)"
                           r"[\w'\u2019-]+[ \t]+){0,3}$")
#: The auxiliaries of the perfect: `has met`, `had already held talks`.
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "having"})


@lru_cache(maxsize=1024)
def _cue_words(cue: str) -> re.Pattern[str]:
    """The cue's words, any space between them, in any case: a collection uses a few hundred cues, so
    each is compiled once rather than once per quote."""
    words = cue.split()
    # A lookahead on the first letter, in both cases, lets the engine skip other places at once.
    first = "(?=[" + re.escape(words[0][0].lower() + words[0][0].upper()) + "])" if words else ""
    return re.compile(first + r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)


class _Located(Protocol):
    @property
    def start(self) -> int: ...


#: A day, a place or anything else found at an offset.
_Found = TypeVar("_Found", bound=_Located)


def _ordered_from(found: Iterable[_Located], anchor: int) -> list:
    """Candidates after `anchor` in reading order, then those before it in reading order."""
    ordered = sorted(found, key=lambda c: c.start)
    return [c for c in ordered if c.start >= anchor] + [c for c in ordered if c.start < anchor]


def _unique(names: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


def _blanked(doc: Document) -> str:
    """The text with every top-level quote and metadata line blanked: the narration alone, same offsets."""
    pieces: list[str] = []
    at = 0
    blocked = merged_spans([(q.start, q.end) for q in doc.top_level_quotes()] + list(doc.metadata_spans))
    for start, end in blocked:
        start, end = max(start, at), min(end, len(doc.text))
        if start >= end:
            continue
        pieces += [doc.text[at:start], BLANK * (end - start)]
        at = end
    pieces.append(doc.text[at:])
    return "".join(pieces)


#: `after the `, `following this `: a preposition of time and a definite determiner right before an event word.
_AFTER_THE = re.compile(r"\b(?:after|following)[ \t]+(?:the|this|that)[ \t]+$", re.IGNORECASE)
#: The dashes that open a remark's paragraph (`- We are ready, - the minister said.`).
_REMARK_DASHES = "-\u2013\u2014"
#: The opening of a relative clause set off by a comma: `, who`, `, which`, `, where`.
_RELATIVE_OPENS = re.compile(r",\s+(?:who|which|where|whose)\b(?=[^,.;]*$)")


def _reports_by_source(quote: Quote) -> bool:
    """`According to the minister, the talks are going well, "albeit slowly".`: is the quote's frame a report
    its source is named for, with no verb of saying that an occasion could hang on?"""
    return quote.mention is not None and (quote.cue or "").lower() == "according to"


def _before_the_source(found: list[_Found], quote: Quote) -> list[_Found]:
    """The candidates before the source of a report: what follows `according to X` is what X said (the talks
    spoken of), not where or when."""
    return [candidate for candidate in found if candidate.start < quote.mention.start]


class OccasionReader:
    """Reads the occasion of the article and of each of its quotes."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.narration = _blanked(doc)
        self.paras = paragraphs(doc.text)
        entities, _ = entities_of(doc)
        self.participants = Participants(doc.text, entities)
        self.told_source = _told_the_source(doc.source)
        # The sentence before each quote (by its start), asked for its event and for what it reports.
        self._before: dict[int, tuple[int, int] | None] = {}

    # -- what hangs on the frame -----------------------------------------------------------------
    def _attached(self, start: int, floor: int, decided: dict[int, bool]) -> bool:
        """Does the day or place at `start` hang on the frame rather than on the noun before it?

        After another day or place it shares that one's lot: in "the deal signed on Monday in
        Oslo" neither belongs to the frame, in "said on Monday in Oslo" both do.
        """
        before = self.narration[max(floor, start - 40):start].rstrip()
        if not before:
            return True
        previous_end = start - (len(self.narration[max(floor, start - 40):start]) - len(before))
        if previous_end in decided:
            return decided[previous_end]
        if not before[-1].isalnum():
            return True
        last = _LAST_WORD.search(before)
        word = last.group(1)
        lower = word.lower()
        if lower in event_vocabulary() and is_topic(self.narration, max(floor, start - 40) + last.start(1)):
            return False  # `Commenting on the summit in Karsby`: the summit's place is spoken of too
        return word[0].isupper() or word[0].isdigit() or lower in lexicon.cue_verbs().forms or \
            lower in event_vocabulary() and lower not in words_before_an_object() or \
            lower in lexicon.frame_words() or \
            self._ends_an_events_complement(max(floor, start - 80), previous_end,
                                            self.narration.startswith("in", start)) or \
            lower in lexicon.venue_nouns() and self._venue_attached(previous_end - len(word), floor, decided)

    def _venue_attached(self, venue: int, floor: int, decided: dict[int, bool]) -> bool:
        """`said at a senior center in Tampa`, `told a packed union hall on Friday`: the day or place after a
        venue's noun (at `venue`) is where the words were said when the preposition that opens the venue's noun
        phrase (a determiner and up to three words) hangs on the frame, or a cue verb takes the phrase as its
        object; not in `the shooting at a school in Tampa`, where the venue hangs on another noun, nor in
        `funds for the hotel in Tampa`."""
        phrase = _VENUE_PHRASE.search(self.narration, max(floor, venue - 60), venue)
        if phrase is None:
            return False
        if phrase.group("prep"):
            return self._attached(phrase.start("prep"), floor, decided)
        verb = _LAST_WORD.search(self.narration, max(floor, phrase.start() - 30), phrase.start())
        return verb is not None and verb.group(1).lower() in lexicon.cue_verbs().forms

    def _dates_an_event(self, day: Day, end: int) -> bool:
        """`at the June 12 summit`, `Tuesday's cabinet meeting`: does the day modify an event word it stands
        before (up to `_DAY_TO_EVENT` words between, no punctuation)? Then it is that event's day, as after
        the event word (`the summit on June 12`); not of an event that only dates the words (`after the June 12
        summit`) or is still to come."""
        stop = min(end, day.end + 40)
        events = find_events(self.narration[day.end:stop], day.end)
        if not events:
            return False
        between = self.narration[day.end:events[0].start]
        if not _BETWEEN_DAY_AND_EVENT.fullmatch(between):
            return False
        return not tells_a_time(self.narration, events[0]) and not still_to_come(self.narration, events[0].start)

    def _ends_an_events_complement(self, begin: int, end: int, town: bool = False) -> bool:
        """Does narration[begin:end] end with an event word's `of` complement (`at a forum of young
        farmers`), or, before a `town` (a place after `in`), its `with` complement? A day or place after it is
        the event's, as after the event word itself."""
        return any(_OF_COMPLEMENT.fullmatch(self.narration, event.end, end) or
                   town and self._with_complement(event, end)
                   for event in find_events(self.narration[begin:end], begin))

    def _with_complement(self, event: EventMention, end: int) -> bool:
        """`at a meeting with farmers in Brod`: the town after those the event gathered is the event's (a venue
        after `at` is left to the town of the dateline). Not after one who holds a post, whose place names the
        post (`with the ambassador in Sudvik`), nor after an event that only dates the words (`said after a
        meeting with farmers in Brod`)."""
        found = _WITH_COMPLEMENT.fullmatch(self.narration, event.end, end)
        return found is not None and found.group(1).lower() not in lexicon.role_nouns() and \
            not tells_a_time(self.narration, event)

    def _framed(self, spans: list[tuple[int, int]], days_only: bool = False) -> tuple[list[Day], list[Place]]:
        """The days and places of the spans that hang on the frame, in reading order.

        With `days_only`, a span that names no day is passed over: its places would be read only
        to be dropped (and then the places returned are those of the spans that name a day).
        """
        days: list[Day] = []
        places: list[Place] = []
        for start, end in spans:
            piece = self.narration[start:end]
            named_days = find_days(piece, start, self.doc.date)
            named_days += [day for day in attributive_dates(piece, start, self.doc.date)
                           if self._dates_an_event(day, end)]
            if days_only and not named_days:
                continue
            named_places = [place for place in find_places(piece, start)
                            if not still_to_come(self.narration, place.start, place=True)]
            if not named_days and not named_places:
                continue  # most spans name neither: nothing to sort and weigh
            found = sorted([*named_days, *named_places], key=lambda c: c.start)
            decided: dict[int, bool] = {}
            for candidate in found:
                decided[candidate.end] = (self._attached(candidate.start, start, decided) or
                                          isinstance(candidate, Day) and self._dates_an_event(candidate, end)) and \
                    not in_a_clause_of_time(self.narration, candidate.start)
                if decided[candidate.end]:
                    (days if isinstance(candidate, Day) else places).append(candidate)
        return days, places

    def _visited(self, spans: list[tuple[int, int]], days: list[Day], before: int) -> list[Place]:
        """`On Tuesday, Holm visited Lirna, where she opened a terminal. Speaking at the ceremony, she said:`: a
        frame that tells a visit and names no place after `in` or `at` was said where the visit went, the place
        after the verb of visiting, when that sentence dates it (its day is the frame's) and stands before the
        words. Not a visit told after them (`"...," the office advises those visiting Vesk`), nor one undated."""
        return self._outside_relative_clauses([
            place for start, end in spans for place in find_visited(self.narration[start:end], start)
            if place.end <= before and any(self._one_sentence(day.start, place.end) for day in days)
            and not still_to_come(self.narration, place.start, place=True)])

    def _one_sentence(self, first: int, second: int) -> bool:
        """Do the offsets stand in one sentence (no sentence end between them)?"""
        begin, end = min(first, second), max(first, second)
        return sentence_end(self.narration, begin, end) >= end

    def _events(self, spans: list[tuple[int, int]]) -> list[EventMention]:
        """The events the spans name, but those that only date the words (`said after the meeting`)."""
        return [event for start, end in spans for event in self._found_events(start, end)
                if not tells_a_time(self.narration, event) and not still_to_come(self.narration, event.start)
                and not prepared_for(self.narration, event)
                and not subject_of_a_future(self.narration, event.start, event.end)]

    def _found_events(self, start: int, end: int) -> list[EventMention]:
        """The event words of narration[start:end], and the words telling the agency that writes the article
        (`told VELPRESS`, `speaking to Wirenews`) or another news outlet (`told CNN`, `told the Ridgeford
        Herald`): the speaker gave that agency or outlet an interview."""
        piece = self.narration[start:end]
        found = find_events(piece, start)
        told = []
        if self.told_source is not None:
            told = [EventMention(match.start(), match.end(), "interview", ())
                    for match in self.told_source.finditer(self.narration, start, end)]
        # An event word of the frame's own says more than the outlet told (`told Politico in a statement`,
        # `told the Herald by phone`); most frames tell no one, and the long pattern is spared.
        if not found and _TOLD_OR_TO.search(self.narration, start, end):
            told += [EventMention(match.start(), match.end(), "interview", ())
                     for match in _told_an_outlet().finditer(self.narration, start, end)
                     if not _a_persons_name(match.group("outlet"))
                     and not any(event.start <= match.start() < event.end for event in told)]
        if not found and not told and ("on " in piece or "told" in piece):
            told = [EventMention(match.start(), match.end(), "interview", ())
                    for match in _on_a_programme().finditer(self.narration, start, end) if self._appearance(match)]
        return sorted([*found, *told], key=lambda event: event.start) if told else found

    def _appearance(self, match: re.Match[str]) -> bool:
        """`said on CNN's "Kelby Tonight"`, `Appearing on "Harbour Hour"`, `told "Morning in Vestby"`: is the
        match an appearance on a broadcast? A title in title case; after `on`, a cue verb (but `write`) or a word of
        appearing (`appearance_words.txt`) right before it (not `an ad on CNN`, `writing on Breitbart`)."""
        if not all(_a_title(match.group(group)) for group in _TITLE_GROUPS):
            return False
        if match.group("on") is None:
            return True
        before = _LAST_WORD.search(self.narration, max(0, match.start() - 30), match.start())
        word = before.group(1).lower() if before else ""
        # `writing on Breitbart`: the outlet published what was written, no appearance.
        return word in lexicon.appearance_words() or \
            lexicon.cue_verbs().lemma_of.get(word, _WRITING) != _WRITING

    def _names_after(self, event: EventMention, limit: int) -> list[str]:
        return self.participants.names(participants_after(self.narration, event, limit))

    # -- the article -----------------------------------------------------------------------------
    def _opening(self) -> list[tuple[int, int]]:
        """The sentences of the opening paragraphs that hold no quote nor introduce one, as (start, end).

        A sentence that quotes someone is that quote's frame, not the article's account of its event;
        one that only weaves a few quoted words into the narration is still that account.
        """
        limit = min(len(self.text), (self.paras[0].start if self.paras else 0) + OPENING_REACH)
        # A partial quote leaves its sentence the writer's account (`Ambler defended her officers at a news
        # conference in Leeds on Wednesday, saying they had "acted within minutes."`).
        quotes = [q for q in self.doc.top_level_quotes() if q.kind != "partial"]
        quoted = Covered([(q.start, q.end) for q in quotes] + [(q.intro.start, q.intro.end) for q in quotes if q.intro])
        out = []
        for para in self.paras[:OPENING_PARAGRAPHS]:
            at, end = para.start, min(para.end, limit)
            while at < end:
                stop = sentence_end(self.text, at, end)
                if not quoted.overlaps(at, stop):
                    out.append((at, stop))
                at = stop
                while at < end and self.text[at].isspace():
                    at += 1
        return out

    def article(self) -> Occasion:
        """The article's occasion: its main event as its opening tells it.

        The event is the first the opening names; its participants are gathered from every
        opening sentence that names an event, as the lead and the title often tell one event
        twice (or the title its kind and the lead its people).
        """
        sentences = self._opening()
        occasion = Occasion(date=self.doc.date, place=self.doc.place)
        told = [(sentence, found) for sentence in sentences if (found := self._events([sentence]))]
        if not told and (lead := self._quoted_lead(occasion)) is not None:
            return lead
        names: list[str] = []
        for (start, end), found in told:
            # `Vik, who is on a visit to Norland, gave an interview`: the main clause tells the event, as it
            # tells the day and place below; a relative clause tells the circumstances.
            main = [event for event in found if not self._in_relative_clause(event.start)] or found
            occasion.event = occasion.event or main[0].event
            names += self.participants.names(subject_before(self.narration, start, found[0].start))
            for event in found:
                names += self._names_after(event, end)
        occasion.participants = _unique(names)
        days, places = self._framed([sentence for sentence, _ in told])
        # `Sokol, who arrived in Ankara on Tuesday, held talks on Wednesday`: the main clause's day and
        # place tell the event's, a relative clause's tell something before it.
        days = [day for day in days if not self._in_relative_clause(day.start)] or days
        # A place only a relative clause names yields to the dateline's (`Baku, ... Vik, who is on a visit to
        # Norland, gave an interview`: the destination of the visit is the country, the interview is in Baku).
        places = [place for place in places if not self._in_relative_clause(place.start)] or \
            ([] if occasion.place else places)
        place = in_the_town(places[0].name, occasion.place) if places else \
            occasion.place or self._opening_place(sentences)
        days = days or self._framed(sentences, days_only=True)[0]
        if place is None or not days:
            # Only where nothing else gave them: the lead's own day and place.
            lead_days, lead_places = self._lead(sentences)
            place = place or (lead_places[0].name if lead_places else None)
            days = days or lead_days
        occasion.place = place
        occasion.date = days[0].iso if days else occasion.date
        return occasion

    def _quoted_lead(self, base: Occasion) -> Occasion | None:
        """`"The deal is ready," Minister Ada Lind said at a press conference in Vestby on Thursday.`: where the
        opening's own narration names no event, agency copy having opened its lead on the words and told when
        and where they were said, the article's occasion is that of the lead's first quote, when its frame
        names both an event and a day (its place, where the frame names none, the dateline's). A frame that
        names less tells of its own quote only."""
        quotes = [q for q in self.doc.top_level_quotes() if q.kind != "headline"]
        # The lead: the first paragraph, or the second after a title.
        if not quotes or quotes[0].kind == "partial" or paragraph_at(self.paras, quotes[0].start).index > 1:
            return None
        spans = self.frame(quotes[0])
        return self.quote(quotes[0], base) if self._events(spans) and self._framed(spans, days_only=True)[0] else None

    def _lead(self, sentences: list[tuple[int, int]]) -> tuple[list[Day], list[Place]]:
        """The days and places of the first opening sentence that names a day in words, whatever they hang on.

        A lead tells what happened, and when and where, even without an event word (`Fishers blocked
        the harbour in Harnes on Thursday`); where they hang is judged for a frame, which names what
        was said, not for the news the lead reports. Only a day counted from the publication date
        (`on Thursday`, `yesterday`) tells the news: a calendar date more often tells a photo's caption
        or the story behind it (`died on June 4, 2019`). Outside relative clauses and what is still to come.
        """
        for start, end in sentences:
            piece = self.narration[start:end]
            days = [day for day in find_days(piece, start, self.doc.date) if not self._in_relative_clause(day.start)
                    and not _DIGIT.search(self.narration, day.start, day.end)]
            if days:
                verb = self._past_verb(start, end)
                if verb is None or days[0].start < verb and not self._dates_the_verb(start, days[0], verb):
                    return [], []  # `The fighting in Vestby on Monday killed ...`: the subject's, not the news's
                places = [place for place in find_places(piece, start) if place.start > verb
                          and not self._in_relative_clause(place.start)
                          and not still_to_come(self.narration, place.start, place=True)]
                return days, places
        return [], []

    def _dates_the_verb(self, start: int, day: Day, verb_end: int) -> bool:
        """`The council on Wednesday approved ...`, `President Ola Vik on Monday signed ...`: does the day, standing
        right before the verb, date it rather than qualify the subject? So it does after a subject that names
        someone or a body (its last word a name or a word of `institution_nouns.txt`) and holds no preposition:
        a person or a body has no day of its own, an event has (`The fighting in Vestby on Monday killed`)."""
        if len(_WORD.findall(self.narration, day.end, verb_end)) != 1:
            return False
        subject = _WORD.findall(self.narration, start, day.start)
        if not subject or any(word.lower() in PREPOSITIONS for word in subject):
            return False
        head = subject[-1]
        return head[0].isupper() or head.lower() in lexicon.institution_nouns()

    def _past_verb(self, start: int, end: int) -> int | None:
        """Where the first verb in the past of narration[start:end] ends: an -ed word (not after a
        determiner, where it is an adjective: `the armed men`) or an irregular past form."""
        previous = ""
        for word in _WORD.finditer(self.narration, start, end):
            lower = word.group().lower()
            if word.group().islower() and previous not in DETERMINERS and lexicon.is_past_form(lower):
                return word.end()
            previous = lower
        return None

    def _in_relative_clause(self, position: int) -> bool:
        """Whether `position` stands in a relative clause set off by commas (`, who arrived ... ,`)."""
        opened = _RELATIVE_OPENS.search(self.narration, max(0, position - 120), position)
        return opened is not None and "," not in self.narration[opened.end():position]

    def _opening_place(self, sentences: list[tuple[int, int]]) -> str | None:
        """A place that opens a sentence of the opening, set off by a comma: "In Baku, ..."."""
        for start, end in sentences:
            for place in find_places(self.narration[start:end], start):
                opens = not self.narration[start:place.start].strip(" \t" + BLANK)
                if opens and self.text[place.end:place.end + 1] == ",":
                    return place.name
        return None

    # -- each quote ------------------------------------------------------------------------------
    def frame(self, quote: Quote) -> list[tuple[int, int]]:
        """The narration that frames `quote`: its sentence around it, its introducer, its speaker's sentence."""
        text = self.text
        spans = []
        if quote.intro is not None:
            spans.append((max(quote.intro.start, quote.intro.end - FRAME_REACH), quote.intro.end))
        para, last = paragraph_at(self.paras, quote.start), paragraph_at(self.paras, max(quote.start, quote.end - 1))
        spans.append((sentence_start(text, max(para.start, quote.start - FRAME_REACH), quote.start), quote.start))
        stop = sentence_end(text, quote.end, min(last.end, quote.end + FRAME_REACH))
        mention = quote.mention
        if mention is not None and quote.end <= mention.start < stop or self._sentence_goes_on(quote.end, stop):
            spans.append((quote.end, stop))
        if mention is not None and mention.end > mention.start and not any(s <= mention.start < e for s, e in spans):
            home = paragraph_at(self.paras, mention.start)
            spans.append((sentence_start(text, max(home.start, mention.start - FRAME_REACH), mention.start),
                          sentence_end(text, mention.end, min(home.end, mention.end + FRAME_REACH))))
        return merged_spans(spans)

    def _sentence_goes_on(self, end: int, stop: int) -> bool:
        """Does the sentence go on after the quote: a comma before its closing mark, a lower-case word?"""
        first_word = _LETTER.search(self.narration, end, stop)
        if first_word is None:
            return False
        return first_word.group().islower() or self.text.find(",", end, first_word.start()) >= 0

    def _anchor(self, quote: Quote) -> int:
        """Where the quote's cue verb starts: what follows tells the occasion first ("told reporters").

        The cue is looked for in the sentence that names the speaker only: in `"...," he said. Vik, who
        missed the rally, said online ...` Vik's cue is the second `said`, though the first stands nearer."""
        mention = quote.mention
        if mention is None:
            return quote.end
        if quote.cue:
            cue = _cue_words(quote.cue)
            para = paragraph_at(self.paras, mention.start)
            begin = sentence_start(self.narration, max(para.start, mention.start - CUE_NEAR), mention.start)
            end = sentence_end(self.narration, mention.end, min(para.end, mention.end + CUE_NEAR))
            near = list(cue.finditer(self.text, begin, end))
            if near:
                return min(near, key=lambda m: abs(m.start() - mention.start)).start()
        return mention.end

    def quote(self, quote: Quote, article: Occasion, previous: Quote | None = None) -> Occasion:
        """The occasion of one quote: what its own frame names, else that of the quote by the same speaker it
        goes on from (`previous`, the top-level quote before it), else the article's."""
        spans = self.frame(quote)
        events = self._events(spans)
        days, places = self._framed(spans)
        if days and not places and any(event.event == "visit" for event in events):
            places = self._visited(spans, days, quote.start)
        if (events or days or places) and _reports_by_source(quote):
            events, days, places = (_before_the_source(found, quote) for found in (events, days, places))
        if events or days or places:  # most frames name none: then no cue need be looked for
            anchor = self._anchor(quote)
            events, days, places = (_ordered_from(found, anchor) for found in (events, days, places))
            events = self._cue_sentence_first(events, anchor)
        # `On Tuesday, Berg met Vik. "...," Vik said during the meeting.`: an event of the frame's own kind
        # told just before is the same event, and tells the day and place the frame does not.
        told = None if events and (days or places) else self._told_just_before(quote)
        if told is not None and events and told[1].event != events[0].event:
            told = None
        if told is not None:
            (start, end), event = told
            events = events or [event]
            if not days and not places:
                # As in the opening: a relative clause's day and place tell of another time (`Sokol, who
                # arrived in Bergen on Wednesday, held talks on Thursday`).
                days, places = (self._outside_relative_clauses(found) for found in self._framed([(start, end)]))
            spans = [*spans, (start, end)]
        elif not days and not places and (reported := self._reported_just_before(quote)) is not None:
            days, places = self._framed([reported])
        if not days and not places:
            days, places = self._told_before_sequel(spans)
        if not days and not places:
            days, places = self._scene_of_today(quote)
        if not days and not places:
            days, places = self._scene_just_before(quote, spans, article)
        elif not days and events and told is None:
            days = self._day_just_before(quote, spans, article, places[0])
        speakers = (quote.speakers or [quote.speaker]) if quote.speaker and quote.speaker_named else []
        if not events and not days and not places and previous is not None and \
                (self._goes_on_from(quote, previous) or self._same_scene(quote, previous, article) or
                 self._replies_to(quote, previous)):
            return dataclasses.replace(previous.occasion,
                                       participants=_unique([*speakers, *previous.occasion.participants]))
        if events:
            event = events[0]
            limit = next(end for start, end in spans if start <= event.start < end)
            kind, others = event.event, self._names_after(event, limit)
            if self._plenary_of_the_gathering(event, article):
                kind = article.event
        else:
            kind, others = article.event, article.participants
        return Occasion(date=days[0].iso if days else article.date,
                        place=in_the_town(places[0].name, self.doc.place) if places else article.place,
                        event=kind, participants=_unique([*speakers, *others]))

    def _plenary_of_the_gathering(self, event: EventMention, article: Occasion) -> bool:
        """`The Vestby Investment Forum opened today. ... Speaking at the plenary session, she said:`: a plenary
        sitting that names nothing it is of (a parliament's takes an `of` phrase, `events.csv`) is the plenary of
        the gathering the article tells of, where that is a meeting (a forum, a conference), not a parliament."""
        return event.event == "parliamentary session" and article.event == "meeting" and \
            "of" in event.introducers and not self.narration.startswith(" of ", event.end)

    def _cue_sentence_first(self, events: list[EventMention], anchor: int) -> list[EventMention]:
        """`On Tuesday, Holm visited Lirna. Speaking at the opening ceremony, she said:`: of the events before
        the cue, one in the cue's own sentence is where the words were said; an earlier sentence sets the wider
        scene (the visit), whose day and place still hold."""
        before = [event for event in events if event.start < anchor]
        if len(before) < 2:
            return events  # most frames name one event at most
        own = sentence_start(self.narration, max(0, anchor - FRAME_REACH), anchor)
        nearest = [event for event in before if event.start >= own]
        if not nearest or nearest[0] is before[0]:
            return events
        after = [event for event in events if event.start >= anchor]
        return [*after, *nearest, *(event for event in before if event.start < own)]

    def _goes_on_from(self, quote: Quote, previous: Quote) -> bool:
        """`At a forum in Dorn on Monday, Mirel spoke.` / `"...," Mirel said.` / `"...," he added.`: does the quote
        go on from the one before, by the same speaker, with no narration between but the rest of that quote's
        sentence and the quote's own (`The ministry added that "..."`)? Then it was said where and when that one
        was, though its own frame names neither. A narration sentence between tells something else."""
        if not quote.speaker or not quote.speaker_named or quote.speaker != previous.speaker:
            return False
        if previous.end > quote.start or quote.start - previous.end > FRAME_REACH:
            return False
        # The rest of the previous quote's sentence, within its paragraph; then only the quote's own sentence.
        home = paragraph_at(self.paras, max(previous.start, previous.end - 1))
        para = paragraph_at(self.paras, quote.start)
        stop = sentence_end(self.text, previous.end, min(quote.start, home.end))
        own = sentence_start(self.text, max(para.start, stop, quote.start - FRAME_REACH), quote.start)
        return not self.text[stop:own].strip(QUOTE_MARKS + " \t\n") or self._reports_on(quote, stop, own)

    def _reports_on(self, quote: Quote, stop: int, own: int) -> bool:
        """`"...," Vell said in an interview.` / `The minister added that the quay was ready. "...," she said.`:
        is the narration between the speaker's two quotes (text[stop:own]) one sentence, in the quote's own
        paragraph, that only reports more of the speaker's words, its subject the speaker (or `he`, `she`
        taking them up), naming no day and no event of its own? Then the words go on where the first ones
        were said, as with no narration between."""
        para = paragraph_at(self.paras, max(stop, own - 1))
        start = sentence_start(self.text, max(para.start, stop, own - FRAME_REACH), max(stop, own - 1))
        if self.text[stop:start].strip(QUOTE_MARKS + " \t\n") or BLANK in self.narration[start:own]:
            return False
        cues = find_cues(self.text, start, own)
        if not cues or self._names_a_time(start, own) or self._tells_another_event(start, own):
            return False
        return self._speaker_reports(quote, start, cues[0].start())

    def _speaker_reports(self, quote: Quote, start: int, cue: int) -> bool:
        """Is the subject of the sentence from `start` the quote's speaker (or `he`, `she` taking the speaker
        up), with the cue verb at `cue` its own verb, no more than one adverb between (`The minister also
        noted`)? Not a cue in a clause of another verb (`Vik was jeered after he refused to say ...`)."""
        items = subject_before(self.narration, start, cue)
        if not items or len(self.narration[items[-1].end:cue].split()) > 1:
            return False
        if len(items) == 1 and self.narration[items[0].start:items[0].end].lower() in ("he", "she"):
            return True
        return self._by_the_speaker(quote, start, cue)

    def _names_a_time(self, start: int, end: int) -> bool:
        """Does narration[start:end] name a time of its own: a day, a weekday or month, a span (`last week`),
        an adverb that shifts the time (`earlier`, `ago`; `time_shift_words.txt`)? Read without the publication
        date too, which not every article gives."""
        if self._names_a_day(start, end):
            return True
        words = {word.group() for word in _WORD.finditer(self.narration, start, end)}
        lowered = {word.lower() for word in words}
        return bool(words & _CALENDAR or lowered & (lexicon.long_time_spans() | lexicon.time_shift_words()))

    def _same_scene(self, quote: Quote, previous: Quote, article: Occasion) -> bool:
        """`At a joint briefing after the talks, Berg said ... "...," Berg said. His guest thanked the hosts.
        "...," Vik said.`: where the quote before, by another speaker, was said at an occasion of its own that
        the narration moved to (not the article's), and the narration since names no other event, day or
        place, the scene has not changed: one who took part in the article's event, or in that one, speaks at it
        too."""
        if not quote.speaker or not quote.speaker_named or quote.speaker == previous.speaker or \
                quote.speaker not in (*article.participants, *previous.occasion.participants):
            return False
        if not previous.occasion.event or previous.occasion.event == article.event:
            return False  # most quotes are said at the article's event: nothing to carry over
        if previous.end > quote.start or quote.start - previous.end > FRAME_REACH:
            return False
        # The narration moved on to the other person, in a sentence of its own or in the words before the quote
        # in its own: right after another's quote, with no more than its cue between, a quote is a turn of an
        # exchange, whose occasion is the article's.
        home = paragraph_at(self.paras, max(previous.start, previous.end - 1))
        stop = sentence_end(self.text, previous.end, min(quote.start, home.end))
        if not self.text[stop:quote.start].strip(QUOTE_MARKS + " \t\n"):
            return False
        between = self.narration[previous.end:quote.start]
        return not find_events(between, previous.end) and not find_places(between) and \
            not self._names_a_day(previous.end, quote.start)

    def _replies_to(self, quote: Quote, previous: Quote) -> bool:
        """`"Welcome to Tarsk," the mayor said.` / `"...," Vik replied.`: a whole quote whose cue is a verb of reply
        (`reply_verbs.txt`), right after another speaker's quote with only that quote's own sentence between, is
        a turn of the same exchange, said where those words were (not words quoted within a reported clause,
        `replied that the plan is "dead"`, which may answer words given elsewhere)."""
        if quote.kind != "direct" or not quote.cue or \
                lexicon.cue_verbs().lemma_of.get(quote.cue.lower()) not in lexicon.reply_verbs():
            return False
        if not quote.speaker or quote.speaker == previous.speaker or previous.end > quote.start or \
                quote.start - previous.end > FRAME_REACH:
            return False
        home = paragraph_at(self.paras, max(previous.start, previous.end - 1))
        stop = sentence_end(self.text, previous.end, min(quote.start, home.end))
        return not self.text[stop:quote.start].strip(QUOTE_MARKS + " \t\n")

    def _told_before_sequel(self, spans: list[tuple[int, int]]) -> tuple[list[Day], list[Place]]:
        """`On Thursday, Orlev met Kolb in Solvik. Speaking to reporters afterwards, Orlev said ...`: a frame that
        names no day or place but places its words straight after something (`afterwards`,
        `sequel_adverbs.txt`) took place on the day and at the place of the event the narration told just
        before it: the first of the (at most `SEQUEL_REACH`) sentences before the frame that names one. Not
        after a measured gap (`two days afterwards`) or a verb of the future (`will decide afterwards`)."""
        for start, end in spans:
            if self._after_the_event(start, end):
                return self._day_and_place_before(start)
            lowered = self.narration[start:end].lower()
            if not any(adverb in lowered for adverb in lexicon.sequel_adverbs()):
                continue  # most frames hold none: then their words need not be read
            for word in _WORD.finditer(self.narration, start, end):
                if word.group().lower() in lexicon.sequel_adverbs() and self._follows_directly(start, word.start()):
                    return self._day_and_place_before(start)
        return [], []

    def _scene_of_today(self, quote: Quote) -> tuple[list[Day], list[Place]]:
        """`Today the delegation is visiting Solvik. Deputy Premier Orlev told reporters: "..."`: a narration
        sentence just before the quote's own in its paragraph that names the day of publication sets the scene
        at the time of writing, and a quote whose frame names no day or place was said then and there. Not a
        sentence that quotes someone (another quote's frame)."""
        para = paragraph_at(self.paras, quote.start)
        own = quote.intro.start if quote.intro is not None else quote.start
        begin = sentence_start(self.text, max(para.start, own - FRAME_REACH), own)
        end = begin
        while end > para.start and self.text[end - 1].isspace():
            end -= 1
        if end <= para.start or not self.doc.date:
            return [], []
        start = sentence_start(self.text, max(para.start, end - FRAME_REACH), end - 1)
        lowered = self.narration[start:end].lower()
        if "today" not in lowered or BLANK in lowered:
            return [], []  # most sentences name no such day: then they need not be read
        days = self._outside_relative_clauses(self._framed([(start, end)], days_only=True)[0])
        if not any(day.iso == self.doc.date for day in days):
            return [], []
        # The scene's place hangs on its verb, any verb (`is in Kelvik`), not only on a cue or an event word;
        # or it is where the visit it tells of goes (`is visiting the Kelvik free port`).
        places = [place for place in find_places(self.narration[start:end], start) or
                  find_visited(self.narration[start:end], start)
                  if not still_to_come(self.narration, place.start, place=True)]
        return days, self._outside_relative_clauses(places)

    def _scene_just_before(self, quote: Quote, spans: list[tuple[int, int]],
                           article: Occasion) -> tuple[list[Day], list[Place]]:
        """`On 19 May the minister travelled to the port city of Lirna. Addressing the cadets, Celan said: "..."`:
        the narration sentence just before the quote's own in its paragraph that dates what the speaker did, its
        subject the speaker (by name or role, or `he`, `she`) and its day outside its relative clauses, sets the
        scene of the words: they were said on that day, at the place it names or where the journey it tells of
        went. What another did then is no scene of the speaker's (a multi-day visit tells a day per stop); nor is
        it the scene of a frame that times the words itself (`he told reporters after a meeting`, `later`)."""
        before = self._sentence_before(quote)
        if before is None:
            return [], []
        start, end = before
        days = self._outside_relative_clauses(self._framed([before], days_only=True)[0])
        verb = self._verb_after(start, end) if days else None
        # Most sentences before a quote date nothing: the frame is read only for one that does.
        if verb is None or any(find_events(self.narration[begin:stop], begin) or self._names_a_time(begin, stop)
                               for begin, stop in spans):
            return [], []
        # `On 19 May the minister travelled`: a day that opens the sentence, with or without a comma, is passed
        # over to its subject.
        subject = days[0].end if not self.narration[start:days[0].start].strip() else start
        while subject < verb and self.narration[subject] in ", \t":
            subject += 1
        words = self.narration[subject:verb].lower().split()
        if words not in (["he"], ["she"]) and not self._the_visitor(quote, words, article) and \
                not self._speaker_reports(quote, subject, verb):
            return [], []
        places = [place for place in find_places(self.narration[start:end], start) or
                  find_visited(self.narration[start:end], start)
                  if not still_to_come(self.narration, place.start, place=True)]
        return days, self._outside_relative_clauses(places)

    def _day_just_before(self, quote: Quote, spans: list[tuple[int, int]], article: Occasion,
                         place: Place) -> list[Day]:
        """`The minister visited the clinic on Monday. "...," the minister told reporters in Sarvo.`: a frame
        that names where the words were said and an event (`told reporters`) but no day takes the day of the
        sentence just before that dates what the speaker did (as `_scene_just_before` reads it), when that
        sentence names no other place. Not where the frame times the words itself (`in Sarvo after the talks`,
        `later`): they came after that scene."""
        if any(self._names_a_time(begin, stop) or
               any(tells_a_time(self.narration, event) for event in find_events(self.narration[begin:stop], begin))
               for begin, stop in spans):
            return []
        days, places = self._scene_just_before(quote, [], article)
        return days if all(other.name == place.name for other in places) else []

    @staticmethod
    def _the_visitor(quote: Quote, words: list[str], article: Occasion) -> bool:
        """`Minister Celan has concluded his three-day visit to Dalmaria. ... On 19 May the guest travelled to
        Lirna`: in an article whose event is a visit, `the guest`, `the visitor` (`guest_nouns.txt`, perhaps after
        one adjective: `the high-ranking guest`) is the one who made it, the subject of the opening that tells it
        (its first participant)."""
        return 2 <= len(words) <= 3 and words[0] == "the" and words[-1] in lexicon.guest_nouns() and \
            article.event == "visit" and article.participants[:1] == [quote.speaker]

    def _after_the_event(self, start: int, end: int) -> bool:
        """`"...," he told reporters after the meeting.`: an event that `after` or `following` governs with a
        definite article or a demonstrative takes up the event the narration told before, and places the words
        straight after it, as `afterwards` does (not `after a meeting`, `after talks next week`)."""
        if self.narration.find("after", start, end) < 0 and self.narration.find("following", start, end) < 0:
            return False  # most frames hold neither (looked for in place, not in two copies of the frame)
        return any(_AFTER_THE.search(self.narration, max(start, event.start - 25), event.start)
                   for event in find_events(self.narration[start:end], start)
                   if not still_to_come(self.narration, event.start))

    def _follows_directly(self, start: int, adverb: int) -> bool:
        """Does the sequel adverb at `adverb` tell what followed straight on (`Speaking afterwards`), rather than
        after a gap (`weeks afterwards`) or at a time still to come (`will meet the press afterwards`)?"""
        if still_to_come(self.narration, adverb):
            return False
        before = _LAST_WORD.search(self.narration, max(start, adverb - 30), adverb)
        word = before.group(1).lower() if before else ""
        return not (word in lexicon.long_time_spans() or _DIGIT.search(word))

    def _day_and_place_before(self, position: int) -> tuple[list[Day], list[Place]]:
        """The days and places of the first of the sentences before `position` (at most `SEQUEL_REACH`,
        across paragraphs) that names one outside its relative clauses."""
        end = position
        for _ in range(SEQUEL_REACH):
            while end > 0 and self.text[end - 1].isspace():
                end -= 1
            if end <= 0:
                break
            para = paragraph_at(self.paras, end - 1)
            start = sentence_start(self.text, max(para.start, end - FRAME_REACH), end - 1)
            days, places = (self._outside_relative_clauses(found) for found in self._framed([(start, end)]))
            if days or places:
                return days, places
            end = start
        return [], []

    def _outside_relative_clauses(self, found: list[_Found]) -> list[_Found]:
        """The days or places of `found` that no relative clause holds: `Sokol, who arrived on Wednesday,
        held talks on Thursday` tells of Thursday."""
        return [candidate for candidate in found if not self._in_relative_clause(candidate.start)]

    def _sentence_before(self, quote: Quote) -> tuple[int, int] | None:
        """The narration sentence just before a quote's own sentence in its paragraph, of a quote by a named
        speaker with no introducer; None where the quote's sentence opens the paragraph or the sentence
        before quotes someone (that is another quote's frame)."""
        if quote.start not in self._before:
            self._before[quote.start] = self._read_sentence_before(quote)
        return self._before[quote.start]

    @staticmethod
    def _introduced(quote: Quote) -> bool:
        """Does narration before the quote present it (`X said:`, a transcript label)? The cue after a dash
        remark within its paragraph (`- ..., - the minister said.`) is its own frame, as after a quote in marks."""
        return quote.intro is not None and quote.intro.start < quote.start

    def _read_sentence_before(self, quote: Quote) -> tuple[int, int] | None:
        if not quote.speaker or not quote.speaker_named or self._introduced(quote):
            return None
        para = paragraph_at(self.paras, quote.start)
        begin = sentence_start(self.text, max(para.start, quote.start - FRAME_REACH), quote.start)
        end = begin
        while end > para.start and self.text[end - 1].isspace():
            end -= 1
        if end <= para.start:
            return None  # the quote's sentence opens its paragraph
        start = sentence_start(self.text, max(para.start, end - FRAME_REACH), end - 1)
        return None if BLANK in self.narration[start:end] else (start, end)

    def _by_the_speaker(self, quote: Quote, start: int, verb: int) -> bool:
        """Is the subject of the verb at `verb`, in the sentence from `start`, the quote's speaker?"""
        subject = self.participants.names(subject_before(self.narration, start, verb))
        speakers = {name.casefold() for name in (quote.speakers or [quote.speaker])}
        return any(name.casefold() in speakers for name in subject)

    def _told_just_before(self, quote: Quote) -> tuple[tuple[int, int], EventMention] | None:
        """`On Friday, Berg met Vik in Vestby. "...," the minister said.`: when the quote's own frame names no
        event, the narration sentence just before it in its paragraph, whose subject is the quote's speaker
        and whose verb or object is an event, tells the occasion. ((start, end) of that sentence, its event).
        Where the quote opens its paragraph, agency copy tells its occasion in a paragraph of its own just
        before it (`_paragraph_before`), read by its main clause only."""
        before = self._sentence_before(quote)
        if before is None:
            before = self._paragraph_before(quote)
            if before is None:
                return None
            start, end = before
            # The main clause: an event after a cue verb is what the sentence reports (`told reporters he
            # had met Vik`), and one in the perfect tells of an earlier time (`has already met Vik`).
            events = [event for event in self._events([(start, end)]) if not self._in_relative_clause(event.start)
                      and not self._in_perfect(start, event.start)]
            cues = find_cues(self.text, start, end) if events else []  # most such paragraphs tell of no event
            events = [event for event in events if not any(self._reported(cue.end(), event.start) for cue in cues)]
        else:
            start, end = before
            # `Lee, who received one of the letters, spoke in an interview`: a relative clause tells of another time.
            events = [event for event in self._events([(start, end)]) if not self._in_relative_clause(event.start)]
        if not events:
            return None
        event = events[0]
        return ((start, end), event) if self._at_the_event(quote, (start, end), event) else None

    def _at_the_event(self, quote: Quote, sentence: tuple[int, int], event: EventMention) -> bool:
        """Does the sentence tell of the speaker at the event: as the subject of its event word (`Berg held
        talks`), of its main verb after an opening adverbial that names the event (`At a forum in Vestby,
        Berg spoke about taxes`), or as one the event word introduces (`the minister met with Vik`)?"""
        start, end = sentence
        if self._by_the_speaker(quote, start, event.start) or self._asking_side(quote):
            return True
        verb = self._verb_after(event.end, end)
        if verb is not None and self._by_the_speaker(quote, start, verb) and not self._recalled(start, event):
            return True
        if not self._event_as_verb(start, event):
            return False
        speakers = {name.casefold() for name in (quote.speakers or [quote.speaker])}
        return any(name.casefold() in speakers for name in self._names_after(event, end))

    @staticmethod
    def _asking_side(quote: Quote) -> bool:
        """Is the speaker named only as the asking side of an exchange (`a reporter`, `one journalist`, `the
        moderator`; `exchange_roles.txt`)? The narration never tells such a one's presence: they take part in
        the event it told just before, whose questions they put (`the two ministers answered questions from
        journalists.` / `"...?" a reporter asked.`)."""
        words = (quote.speaker or "").lower().split()
        return not quote.speaker_named and 0 < len(words) <= 2 and words[-1] in lexicon.exchange_roles()

    def _recalled(self, start: int, event: EventMention) -> bool:
        """`Recalling his speech at the summit, Vik mocked the plan.`: is the event in a clause fronted before the
        subject by a participle that points back to earlier words (`recall_participles.txt`)? It tells where
        those were said, not the scene of the main verb."""
        first = _WORD.search(self.narration, start, event.start)
        return first is not None and first.group().lower() in lexicon.recall_participles() and \
            self.narration.find(",", first.end(), event.start) < 0

    def _event_as_verb(self, start: int, event: EventMention) -> bool:
        """Is the event word the sentence's verb (`met with Vik`) or the object of one (`held talks with
        Vik`)? Only then are the names after it those who took part, not those of a noun phrase (`requests
        for an interview with Vik`)."""
        own = _WORD.match(self.narration, event.start)
        before = _LAST_WORD.search(self.narration, max(start, event.start - 30), event.start)
        # The word before the event, without the space that parts them.
        words = (own.group() if own else None, before.group(1) if before else None)
        return any(word is not None and word.islower() and lexicon.is_past_form(word) for word in words)

    def _paragraph_before(self, quote: Quote) -> tuple[int, int] | None:
        """The sentence of the narration paragraph just before a quote that opens its own that may tell the quote's
        occasion, of a quote by a named speaker with no introducer (a paragraph that quotes someone is another
        quote's frame): a paragraph of one sentence; or, of a longer paragraph, its first sentence where that
        sets the scene, naming both a day and an event, and the sentences after it name neither (but in what a
        cue verb reports), going on about
        the same occasion (`The day before, Vik held talks with Moe. According to him, the sides agreed on the
        border.`). Otherwise a longer paragraph tells more than the quote's occasion."""
        if not quote.speaker or not (quote.speaker_named or self._asking_side(quote)) or self._introduced(quote):
            return None
        para = paragraph_at(self.paras, quote.start)
        if para.start == 0 or self.text[para.start:quote.start].strip(QUOTE_MARKS + _REMARK_DASHES + " \t"):
            return None
        previous = paragraph_at(self.paras, para.start - 1)
        if previous.start >= para.start or BLANK in self.narration[previous.start:previous.end]:
            return None
        first = sentence_end(self.text, previous.start, previous.end)
        if first >= previous.end:
            return previous.start, previous.end
        if not (self._names_a_day(previous.start, first) and find_events(self.narration[previous.start:first],
                                                                         previous.start)):
            return None
        if self._names_a_day(first, previous.end) or self._tells_another_event(first, previous.end):
            return None
        return previous.start, first

    def _tells_another_event(self, start: int, end: int) -> bool:
        """Does narration[start:end] tell of an event of its own, not one in what a cue verb reports (`He added
        that the government was in talks with investors`: the talks are what he spoke of)?"""
        events = find_events(self.narration[start:end], start)
        cues = find_cues(self.text, start, end) if events else []
        return any(not any(self._reported(cue.end(), event.start) for cue in cues) for event in events)

    def _names_a_day(self, start: int, end: int) -> bool:
        return bool(self.doc.date) and bool(find_days(self.narration[start:end], start, self.doc.date))

    def _verb_after(self, start: int, end: int) -> int | None:
        """Where the first verb in the past (or cue verb) of narration[start:end] starts, not after a
        determiner (`the armed men`)."""
        previous = ""
        cues = lexicon.cue_verbs().forms
        for word in _WORD.finditer(self.narration, start, end):
            lower = word.group().lower()
            if word.group().islower() and previous not in DETERMINERS and \
                    (lexicon.is_past_form(lower) or lower in cues):
                return word.start()
            previous = lower
        return None

    def _reported(self, cue_end: int, event_start: int) -> bool:
        """Is the event word at `event_start` in what the cue verb ending at `cue_end` reports (`told reporters
        he had met Vik`, `said Vik had refused an interview`)? Only a preposition right after the cue makes
        the event the cue's own adverbial (`speaking at a meeting`, `said during talks`), up to the clause it
        reports (`said on radio that Vik had missed the summit`). An event keyword that opens with such a
        preposition is itself the adverbial (`spoke on the phone with Vik`, `said in a statement`)."""
        if cue_end > event_start:
            return False
        words = [word.group().lower() for word in _WORD.finditer(self.narration, cue_end, event_start)]
        if not words:
            own = _WORD.match(self.narration, event_start)
            return own is None or own.group().lower() not in _CUE_PREPOSITIONS
        return words[0] not in _CUE_PREPOSITIONS or bool(_CLAUSE_OPENERS.intersection(words))

    def _in_perfect(self, start: int, event_start: int) -> bool:
        """Is the event word at `event_start` the participle of a perfect or its object (`has already met`,
        `had held talks`): what was done before the time the article tells of?"""
        words = [word.group().lower() for word in _WORD.finditer(self.narration, max(start, event_start - 30),
                                                                    event_start)]
        return bool(_PERFECT_AUXILIARIES.intersection(words[-3:]))

    def _reported_just_before(self, quote: Quote) -> tuple[int, int] | None:
        """`Earlier, Tasbolatov said in Moscow that the door remained open. "...," he said.`: the sentence just
        before the quote in its paragraph that reports the speaker's words, its subject the speaker, tells
        where and when the quote was said, the quote going on with what it reported."""
        before = self._sentence_before(quote)
        if before is None:
            return None
        cues = find_cues(self.text, *before)
        return before if cues and self._by_the_speaker(quote, before[0], cues[0].start()) else None


#: The verbs of telling an agency something, before its name: `told`, `speaking to`; `Speaking to` opening a fronted
#: clause (`Speaking to Sky News, Lee said`), and speaking on a broadcaster's air (`speaking on ABC Radio`).
_TELLING = r"(?:told|tells|telling|(?:spoke|speaking|said|saying|says)[ \t]+to|(?:[Ss]poke|[Ss]peaking)[ \t]+(?:to|on))"


def _told_the_source(source: str | None) -> re.Pattern[str] | None:
    """`told VELPRESS`, `said to Wirenews`: a verb of telling and the name of the agency that writes the article
    (its source, as the dateline gives it), in any case; None when the article names no source."""
    if not source or not source.strip():
        return None
    return re.compile(r"\b" + _TELLING + r"[ \t]+" + re.escape(source.strip()) + r"(?![\w-])", re.IGNORECASE)


#: `_TELLING` opening with its words' first letters, `t` and `s` (`S` for a fronted `Speaking`), each followed by a
#: check that no word character stands before it (`\b` before the word, with the letter read): the engine skips to
#: such a letter at C speed, where a `\b` opening the pattern is tried at every character.
_TELLING_FROM_ITS_LETTERS = (r"(?:t(?<!\w.)(?:old|ells|elling)"
                             r"|s(?<!\w.)(?:(?:aid|aying|ays)[ \t]+to|(?:poke|peaking)[ \t]+(?:to|on))"
                             r"|S(?<!\w.)(?:poke|peaking)[ \t]+(?:to|on))")
#: The letters a verb of telling holds (`told`, `tells`, `said to`, `speaking on`): a cheap test before
#: `_told_an_outlet`, opening on a letter for the engine to skip to.
_TOLD_OR_TO = re.compile(r"t(?:ol|ell|o[ \t])|k(?:e|ing)[ \t]+on[ \t]")


@lru_cache(maxsize=1)
def _outlet_names() -> str:
    """The names of `news_outlets.txt` as an alternation, the longest first so that none stops short of its name."""
    return "|".join(map(re.escape, sorted(lexicon.news_outlets(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _told_an_outlet() -> re.Pattern[str]:
    """`told CNN`, `speaking to the Ridgeford Herald`, `told The Valley News`: a verb of telling and the name of a
    news outlet, one of `news_outlets.txt` or capitalised words ending in a noun of `masthead_nouns.txt`; the
    names in their own case, so that `told the press` and `told the news` stay the press's and nobody's."""
    outlets = _outlet_names()
    mastheads = "|".join(map(re.escape, sorted(lexicon.masthead_nouns(), key=len, reverse=True)))
    return re.compile(_TELLING_FROM_ITS_LETTERS + r"[ \t]+(?:[Tt]he[ \t]+)?(?P<outlet>(?:" + outlets + r")"
                      r"|(?:[A-Z][\w&.'\u2019-]*[ \t]+){0,4}(?:" + mastheads + r"))(?![\w-])")


def _title(group: str) -> str:
    """A programme's title in quotation marks, as the named group: a capital, then up to sixty characters."""
    return r"[\"\u201c](?P<" + group + r">[A-Z][^\"\u201d\n]{0,60})[\"\u201d]"


#: The groups of `_on_a_programme` that hold a title.
_TITLE_GROUPS = ("title", "on_title", "told_title")
#: The words a title in title case holds in lower case.
_TITLE_SMALL_WORDS = frozenset("the of a an and in on at for to with from by".split())
#: The title's own comma or full stop, which American style sets inside its closing mark.
_TITLE_END = ",."


#: The cue verb of words written, not spoken: `writing on` an outlet is no appearance on it.
_WRITING = "write"


@lru_cache(maxsize=1)
def _on_a_programme() -> re.Pattern[str]:
    """`said on CNN`, `Appearing on NBC's "Kelby Tonight,"`, `said on "Harbour Hour"`, `told "Harbour Hour"`:
    `on` and a network of `news_outlets.txt` (with or without its programme's title after its possessive) or a
    programme's title in quotation marks; or `told` and such a title."""
    outlets = _outlet_names()
    # Opening with the first letters of `on` and `told`, then checking the word boundary before the letter read and
    # which word it opens, so that the engine skips to an `o`, `O` or `t` at C speed (`\b` opening the pattern is
    # tried at every character); `on` marks, by matching, that the words opened on `on`.
    return re.compile(r"[Oot](?<!\w.)(?:(?<=[Oo])n(?P<on>)[ \t]+(?:(?:the[ \t]+)?(?P<outlet>" + outlets + r")"
                      r"(?:['\u2019]s[ \t]+" + _title("title") + r"|(?![\w'\u2019-]))|" + _title("on_title") + r")"
                      r"|(?<=t)old[ \t]+" + _title("told_title") + ")")


def _a_title(title: str | None) -> bool:
    """Is the quoted text a title in title case, of up to six words (`Harbour Hour`, not `we will win`)?"""
    if title is None:
        return True
    words = title.rstrip(_TITLE_END).split()
    return 0 < len(words) <= 6 and all(word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in words)


def _a_persons_name(outlet: str) -> bool:
    """`told Tom Herald`: a given name and one word more, with no `the`, name a person, whose surname may be a
    masthead's noun (`The Valley Herald` keeps its `the`; `Des Moines Register` has a third word)."""
    words = outlet.split()
    return len(words) == 2 and first_name_gender(words[0]) is not None


def find_occasions(doc: Document) -> Document:
    """Set the occasion (date, place, event, participants) of each quote of `doc`."""
    if not doc.quotes:
        return doc
    reader = OccasionReader(doc)
    article = reader.article()
    by_id: dict[str, Quote] = {}
    # Only a nested quote asks for its parent by id: without one, no quote's id need be made.
    nested = any(q.parent_id is not None for q in doc.quotes)
    previous: Quote | None = None
    for quote in itertools.chain(doc.top_level_quotes(), (q for q in doc.quotes if q.parent_id is not None)):
        parent = by_id.get(quote.parent_id) if quote.parent_id else None
        if parent is not None:
            quote.occasion = dataclasses.replace(parent.occasion, participants=list(parent.occasion.participants))
        else:
            quote.occasion = reader.quote(quote, article, previous)
            previous = quote
        if nested:
            by_id[quote.quote_id] = quote
    return doc

