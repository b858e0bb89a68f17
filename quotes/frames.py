"""The grammar of a reporting frame: where the subject of a cue verb begins and ends.

`Lena Dahl, who chairs the board, said`, `On Monday, after the vote, Lee told`, `"...,"
said Ann Lee (D-Ore.)`: the attributor reads such frames with these helpers, which know
auxiliaries, passives, participles, appositions, relative clauses and opening
adverbials, and nothing about any one speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from quotes import lexicon
from quotes.days import ADJUNCT_AHEAD, ADJUNCT_END
from quotes.mentions import STOP_CAPS
from quotes.text import DOUBLE_MARKS, QUOTE_MARKS
from quotes.trie import trie_pattern, word_start_pattern

PREPOSITIONS = frozenset("on in at to from with by for of about into onto via through".split())

PASSIVE_BEFORE = re.compile(word_start_pattern("am is are was were be been being get gets got getting".split(),
                                               ignorecase=True, then=r"\s+(?:\w+(?i:ly)\s+)?$"))

#: Nouns for people that end in `-ly` as adverbs do (`the family said`, `a close ally said`): no adverb.
_LY_NOUNS = sorted(w for w in lexicon.relation_nouns() | lexicon.epithet_nouns() | set(lexicon.role_nouns())
                   if w.endswith("ly"))
#: Auxiliaries and adverbs between a subject and its cue verb (`Clinton has often said`).
_AUXILIARY = (r"(?:has|have|had|also|later|then|again|once|previously|would|will|could|might|did|does|do|finally|"
              r"just|already|never|often|since|herself|himself|(?!(?:" + "|".join(_LY_NOUNS) + r")\b)[a-z]+ly)")
# `(?:\s+AUX)+$`, written to open with a character class, which the engine skips to at C speed.
AUXILIARIES = re.compile(r"\s\s*" + _AUXILIARY + r"(?:\s+" + _AUXILIARY + r")*$")

#: A sentence opening with a preposition or subordinator: its subject comes after the first comma.
CLAUSE_OPENERS = frozenset("after when while as although because if since before though once until in on at according "
                            "during with for from by despite following amid asked speaking earlier later early "
                            "still instead meanwhile however nonetheless nevertheless now then indeed "
                            "back inside outside nearby near beside behind across along around among beneath under "
                            "toward towards throughout here there elsewhere".split())

#: Conjunctions that may open a sentence before its adverbial or subject (`But early on, he ...`).
CONJUNCTIONS = re.compile(r"\W*(?:But|And|Yet|So|Or)\s+")

#: Adverbs that stand between a subject and its verb (`Lee also defended`, `Lee quickly denied`).
_PREVERBAL_ADVERB = (r"(?:also|later|then|again|once|previously|finally|just|already|never|often|still|even|"
                     r"(?!(?:" + "|".join(_LY_NOUNS) + r")\b)[a-z]+ly)\b")
#: What may follow a subject before its verb: nothing, an apposition, or an age; then any time adjuncts and
#: adverbs (`Mayor Lee on Tuesday defended`, `Lee last week also said`), which are not the verb.
BEFORE_VERB = re.compile(r"(?:\s*\((?:[^()]{1,20})\))?(?:,\s[^,]{1,80},)?(?:" + ADJUNCT_AHEAD.pattern + r"|\s+"
                         + _PREVERBAL_ADVERB + r")*\s+(?P<word>[a-z][\w'\u2019-]*)")

#: What may stand before a name at the head of a clause: an article, titles, descriptive capitals.
LEAD_OF_NAME = re.compile(r"\s*(?:(?:the|The|of|[A-Z][\w.'\u2019-]*)\s+)*")

NOT_VERBS = frozenset("of in at for and or to from with on by who which whose that as than".split())

#: `Sen. Jay Holm (D) said`, `Ann Lee (R-Ohio) said`: a party label in brackets after a name, and the stray
#: comma copy often puts after it (`Gov. Ann Lee (R-OH), said`), which sets nothing off.
PARTY_LABEL = re.compile(r"\s*\([A-Z][\w.,\- ]{0,14}\),?$")


def without_party_label(left: str) -> str:
    """`left` without the party label that ends it (`PARTY_LABEL`). Most stretches hold no bracket: those are not
    searched, as the pattern, opening with spaces, is entered at every character."""
    return PARTY_LABEL.sub("", left) if "(" in left else left


def is_passive(text: str, cue_start: int) -> bool:
    """`was told`, `being yelled at`: the subject of a passive cue is spoken to, not speaking."""
    return bool(PASSIVE_BEFORE.search(text, max(0, cue_start - 30), cue_start))


#: `broke into `, `erupted in loud `, `answered with `: a verb that takes a noun for an utterance with its
#: preposition, ending the stretch before the noun.
_UTTERANCE_FRAME = re.compile(r"(?P<verb>[a-z]+)\s+(?:into|in|with)\s+(?:[a-z]+\s+){0,2}$")


def shouting_verb(text: str, floor: int, quote_start: int) -> int | None:
    """Where the verb starts in `The crowd broke into chants of "..."`: a noun for a vocal utterance with `of`
    right before the quote (`utterance_nouns.txt`) gives the words shouted, and the subject of the active verb
    that takes the noun with `into`, `in` or `with` (`broke into`, `erupted in`, `answered with`) shouted them.
    None for other frames: `There were chants of`, `was greeted with chants of` (the one greeted did not
    shout), `roused the crowd to chants of`."""
    utterance = lexicon.utterance_of().search(text, max(floor, quote_start - 30), quote_start)
    if utterance is None:
        return None
    frame = _UTTERANCE_FRAME.search(text, max(floor, utterance.start() - 40), utterance.start())
    if frame is None or is_passive(text, frame.start("verb")):
        return None
    return frame.start("verb")


@cache
def _finding_pattern() -> re.Pattern[str]:
    """A verb of reaching a finding, at most three words (`last year`, `in 2019`), and `that`: `found that`."""
    return re.compile(r"\b(?:" + trie_pattern(lexicon.finding_verbs()) + r")(?:\s+[\w,-]+){0,3}?\s+that\b")


def finding_clause(text: str, floor: int, quote_start: int) -> re.Match[str] | None:
    """`The audit found that the agency "failed to track" repairs`: the verb of reaching a finding
    (`finding_verbs.txt`) and `that`, whose clause holds the quote that opens at `quote_start`, or None. The
    clause reports the finding as a cue's clause reports what was said; without `that` the verb takes an
    object (`found the plan "unworkable"`), and the words quoted may be a label of the writer's. No other
    quotation marks between: an earlier quote would hold the clause."""
    if " that" not in text[floor:quote_start]:
        return None  # most sentences hold no that-clause
    verbs = list(_finding_pattern().finditer(text, floor, quote_start))
    if not verbs or any(mark in text[verbs[-1].end():quote_start] for mark in DOUBLE_MARKS):
        return None
    return verbs[-1]


def edge_after(text: str, end: int, limit: int) -> int:
    """Skip the closing mark and punctuation that end a quote."""
    while end < limit and (text[end] in QUOTE_MARKS or text[end] in ",.;:!? \u2014\u2013-"):
        end += 1
    return end


def edge_before(text: str, start: int, floor: int) -> int:
    while start > floor and (text[start - 1] in QUOTE_MARKS or text[start - 1] == " "):
        start -= 1
    return start


BE_BEFORE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|'s|'re|\u2019s|\u2019re)\s+(?:\w+ly\s+)?$",
                        re.IGNORECASE)


def is_participle(text: str, cue: re.Match[str]) -> bool:
    """`..., saying`, `went on radio explaining`: an -ing cue with no `be` before it is not a finite
    verb, and its subject is the subject of the clause it hangs on."""
    return cue.group().lower().endswith("ing") and not BE_BEFORE.search(text, max(0, cue.start() - 30),
                                                                          cue.start())


def main_cue(text: str, cues: Sequence[re.Match[str]]) -> re.Match[str]:
    """The last cue, or the verb that a closing `, adding` hangs on (`the minister noted, adding`)."""
    cue = cues[-1]
    if len(cues) > 1 and cue.group().lower().endswith("ing") and \
            text[cues[-2].end():cue.start()].rstrip().endswith(","):
        return cues[-2]
    return cue


#: `Omar Lind of Norland`: a name of two capitalised words or more, then `of` and a place of one or two.
OF_PLACE_END = re.compile(r"[A-Z][\w'\u2019.-]*\s+[A-Z][\w'\u2019.-]*(?P<place>\s+(?:of|from)\s+(?:the\s+)?"
                           r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)$")


#: `a spokesperson for `, `a lawyer for the `: the name after is whom a role serves, a body whose own name may
#: end in `of` and a place (`Food Processors of Canada`), not a person qualified by where they are from.
_SERVED_BEFORE = re.compile(r"\s(?:for|with)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.&-]*,?\s+(?:(?:and|&)\s+)?){0,4}$")


def is_bare_name(segment: str) -> bool:
    """`Sen. Ann Lee`, `Dan Fry`: two to five capitalised words and nothing else, not an adverbial (`On Monday`)."""
    words = segment.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and \
        words[0].lower() not in CLAUSE_OPENERS and words[0] not in STOP_CAPS and \
        not any(w in lexicon.org_nouns() for w in words)


#: A participle ending a noun phrase (`a report issued`), which a following adjunct belongs to.
_PARTICIPLE_END = re.compile(r"\s[a-z]+ed$")
#: `Residents living near the plant said`, `A woman holding a sign shouted`, `Players dressed in their jerseys
#: say`: a participle and its complement after the subject's head noun (a reduced relative clause) run up to
#: the verb; the noun in the complement is not the subject.
#: A past participle takes a preposition after it, not an object (`men issued a statement` is a clause).
_PARTICIPLE_PREPOSITIONS = ("near|in|on|at|through|along|across|outside|inside|around|behind|from|with|into|onto|"
                            "under|over|beside|by|for")
_REDUCED_RELATIVE = re.compile(rf"\b(?P<head>[A-Za-z]+)\s+(?:[a-z]{{2,}}ing\s+(?:a|an|the|{_PARTICIPLE_PREPOSITIONS})"
                               rf"|[a-z]{{2,}}ed\s+(?:{_PARTICIPLE_PREPOSITIONS}))\s[^,;:()\u2013\u2014]*$")
#: A quotation mark or a dash set off by spaces: what opens quoted words or an aside before a subject's verb.
_QUOTE_OR_DASH = re.compile(r"[\"\u201c\u201d]|\s(?:-|--|\u2013|\u2014)\s")
#: ` commissioned by `: a past participle and `by`, which opens its agent.
_PASSIVE_AGENT = re.compile(r"\s+(?P<participle>[a-z]{2,}ed)\s+by\s")
#: Endings of nouns for people by what they do or are (`voter`, `member`, `student`, `migrant`).
_AGENT_ENDINGS = ("er", "or", "ent", "ant")


def reduced_relative_head(left: str) -> int | None:
    """Where the head noun for people ends, before a reduced relative clause that ends `left`; or where any
    noun ends before a passive one whose agent did not write it (`A review commissioned by the agency
    found`: the review, not the agency, which ordered it; `A report written by Ann Lee said` is Lee's)."""
    reduced = _REDUCED_RELATIVE.search(left, max(0, len(left) - 80))
    if reduced is None:
        return None
    agent = _PASSIVE_AGENT.match(left, reduced.end("head"))
    if agent is not None and agent.group("participle") not in lexicon.authoring_participles() and \
            reduced.group("head").islower() and reduced.group("head") not in lexicon.stop_words() and \
            not _QUOTE_OR_DASH.search(left + " "):
        return reduced.end("head")  # not a noun inside quoted words or an aside (`Lee - who said ... - said`)
    head = reduced.group("head").lower()
    singular = lexicon.regular_singular(head)
    people = head in lexicon.plural_people_nouns() or lexicon.person_word(head) or \
        singular is not None and (lexicon.person_word(singular) or singular.endswith(_AGENT_ENDINGS))
    return reduced.end("head") if people else None


#: `Tom Reyes -- who has run the shop since 1990 -- said`, `Ann Lee (a nurse for 30 years) said`: an aside
#: set off by a pair of dashes or by brackets between a subject and its verb.
_ASIDE_END = re.compile(r"\S\s*(?:(?P<dash>--|[\u2014\u2013])\s.{1,200}?\s(?P=dash)|\([^()]{1,200}\))$")

#: `A man who was hurt in the blast`: a relative clause with no comma, restricting the noun before it, then
#: more words than a relative cue would have (`the man who said` is left to the cue).
#: The space after the noun's letter is read first, then the letter checked behind it (`(?<=[a-z])\s+who`), so
#: that the engine skips to spaces at C speed instead of entering a check behind at every character.
_RESTRICTIVE_WHO = re.compile(r"\s(?<=[a-z]\s)\s*who\s+(?!(?:he|she|they|we|i|you|it)\b)[^\s,:;]+(?:\s+[^\s,:;]+){2,}$")

#: A cue verb in the -s form, the present that headlines report in (`describes`, `says`).
_HEADLINE_TENSE = re.compile(r"[a-z]+[^s]s\b")
#: `... as family`, `... while the mayor`: a subordinator, then one to three words that end the stretch and
#: can be a noun phrase (no pronoun, no past form): the subject of a subordinate clause whose verb is the cue.
_SUBORDINATE_SUBJECT_END = re.compile(
    r"\s(?:as|while|when|because|though|although)"
    r"(?:\s+(?!(?:he|she|they|we|i|you|it|him|her|them|me|us)\b)[\w'\u2019-]*[^\W\d](?<!ed)){1,3}$",
    re.IGNORECASE)

#: Words that show the stretch before a `who` is a clause, not the noun phrase the relative clause restricts.
_NOT_A_NOUN_PHRASE = frozenset("that is was are were has have had said says".split())

#: `, who`, `, who once`, `, who has long`: a relative clause whose verb is the cue.
_RELATIVE_WHO = re.compile(r",\s+who(?:\s+(?!(?:he|she|they|we|i|you|it)\b)[a-z]+){0,2}$")


#: `state Sen. `, `former Governor `, `campaign manager `: lower-case words of a title before a name in apposition;
#: not a conjunction, a preposition or a relative pronoun, which open something other than a title.
_LOWER_TITLE = re.compile(r"^(?:(?!(?:and|or|but|nor|of|with|to|for|the|a|an|by|from|in|on|at|as|who|which|that|"
                          r"whose)\s)[a-z][\w-]*\s+){1,2}(?=[A-Z])")
#: `the Most Rev.`, `the Right Hon.`, `the Rev.`: the article and degree of a style of address before a name.
_STYLE_DEGREE = re.compile(r"^the\s+(?:(?:Most|Right|Very)\s+)?")


#: `The crowd left, and Senator Ann Lee, the whip, said`: a comma and a coordinating conjunction after the
#: sentence's first clause open a new clause, whose subject the cue has; the part they open is no aside of
#: the clause before. After an apposition (`Ann Lee, a nurse, and Tom Berg, a welder, said`) they join
#: the subject's names, and the first is read as before.
_COORDINATED_CLAUSE = re.compile(r"\s*(?:and|but|yet|while)\s+[A-Z]")


def subject_end(text: str, begin: int, cue_start: int) -> int:
    """Where the subject of a cue verb ends, past what stands between them.

    `X, the Y of Z, said`: an apposition; `President X of Norland said`: a place
    that qualifies the name. Both follow the subject; neither is the speaker.
    """
    left = without_party_label(AUXILIARIES.sub("", text[begin:cue_start].rstrip()))
    if left[-1:].isalnum() and (adjunct := ADJUNCT_END.search(left, max(0, len(left) - 60))) and \
            not _PARTICIPLE_END.search(left, 0, adjunct.start()):
        # `Mayor Ann Lee on Wednesday said`: a time adjunct between the subject and its verb; not one
        # that a participle governs (`a report issued this month found`).
        left = AUXILIARIES.sub("", left[:adjunct.start()])
    head_end = reduced_relative_head(left)
    if head_end is not None:
        return begin + head_end
    # An aside ends the stretch with its closing dash or bracket (the pattern ends at `$`, which may stand before
    # a last line break): most stretches end otherwise, and are not searched.
    aside = _ASIDE_END.search(left) if left.rstrip("\n")[-1:] in ("-", "\u2014", "\u2013", ")") else None
    if aside:
        # The closing dash or bracket ends an apposition as a comma would (`X, the owner of Y -- ... -- said`).
        left = left[:aside.start() + 1] + ","
    if len(left) > 1 and left[-1] in QUOTE_MARKS and left[-2] == ",":
        # `X, who wore a shirt reading "Save Our Park," said`: the comma that ends the aside stands
        # inside the closing mark, as American punctuation puts it.
        left = left[:-1]
    restrictive = _RESTRICTIVE_WHO.search(left)
    if restrictive and _HEADLINE_TENSE.match(text, cue_start) and \
            _SUBORDINATE_SUBJECT_END.search(left, restrictive.start() + 5):
        # `Man who killed cyclist sentenced as family describes`: in a headline's present, a subordinator after
        # the relative clause opens the clause the cue belongs to, with a subject of its own; the relative's
        # noun is not it.
        return begin + len(left)
    if restrictive and len(left[:restrictive.start()].split()) <= 6 and \
            left.split(None, 1)[0].lower().strip(",") not in CLAUSE_OPENERS and \
            not any(word in _NOT_A_NOUN_PHRASE or word.endswith("ed") for word in left[:restrictive.start()].split()):
        # `A man who was hurt in the blast said`, `The officer who arrested Voss testified`: the noun the
        # relative clause restricts is the subject, not the last noun of the clause; in `Bill Mills, a
        # businessman who backs Lee, said` that noun ends an apposition, read as below.
        left = left[:restrictive.start()]
        if "," not in left:
            return begin + len(left)
        left += ","
    relative = _RELATIVE_WHO.search(left)
    if relative and not lexicon.org_nouns() & {w.strip(".,'\u2019") for w in left[:relative.start()].split()[-4:]}:
        # `Councillor Jim Tate, who once said "never again"`: the relative pronoun stands for the
        # person just named, who speaks. `who` is said of people: after an organisation's name it
        # goes back further (`Ann Fry, director of the Nordic Institute, who writes`), and is left alone.
        return begin + relative.start()
    if left.endswith(","):
        parts = left[:-1].split(",")
        if len(parts) > 1 and is_bare_name(parts[0]):
            # `Navdeep Rai, Minister of Trade, Science and Industry, said`: the name that opens the clause.
            return begin + len(parts[0])
        if len(parts) > 1 and is_bare_name(_LOWER_TITLE.sub("", _STYLE_DEGREE.sub("", parts[-1].strip()))) and \
                not is_bare_name(parts[-2]):
            # `Her agent, Dan Fry, told`, `His bishop, the Most Rev. Aidan Cleary, said`, `Her rival, state Sen.
            # Jay Ross, said`: a name in apposition to a description is the better mention.
            return begin + len(left) - 1
        # What commas set off between a subject and its verb is not the subject: the last such
        # part (`X, the Y of Z, said`), and before it every part that opens in lower case or
        # with a number, as appositions, relative clauses and asides do (`X, who ..., said`,
        # `X, 34, a nurse, said`, `X, after a long pause, said`).
        left = left[:-1]
        cut = left.rfind(",")
        left = left[:cut] if cut > 0 else left
        while (cut := left.rfind(",")) > 0 and re.match(r"\s*[a-z0-9]", left[cut + 1:]) and \
                not (_COORDINATED_CLAUSE.match(left, cut + 1) and "," not in left[:cut]):
            left = left[:cut]
    place = OF_PLACE_END.search(left) if "of" in left or "from" in left else None  # most stretches hold neither
    if place and not _SERVED_BEFORE.search(left, max(0, place.start() - 40), place.start()):
        left = left[:place.start("place")]
    return begin + len(left)


def is_definite_role(description: str) -> bool:
    """`The diocese`, `the coach`, `Lee's campaign`, `her spokeswoman`: a definite description (the article or a
    possessive as its determiner, also a possessive name after its titles: `Sen. Ann Lee's office`) headed by a
    noun for a body or a person's role."""
    words = description.split()
    if len(words) < 2 or words[-1].lower() not in lexicon.role_nouns():
        return False
    if _definite_determiner(words[0]):
        return True
    # `State Treasurer Ann Lee's campaign`: a possessive name with its titles before it is the determiner.
    owner = next((i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "\u2019s"))), None)
    return owner is not None and all(word[:1].isupper() for word in words[:owner + 1])


def _definite_determiner(word: str) -> bool:
    """`the`, a possessive pronoun or a possessive name (`Lee's`): a determiner that makes its noun phrase definite."""
    return word.lower() in ("the", "his", "her", "their", "its") or word.endswith(("'s", "\u2019s"))
