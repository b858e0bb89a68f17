"""Attribution: who said each quote, by ordered rules that each record their name.

The rules, tried in order, stop at the first that decides:

1. `label`: a transcript label or a headline's speaker (`Vladimir Putin: ...`, `... - Shoigu`); a fact check's
   `Claim: "..."`, the claimant's.
2. `introducer`: the `X said:` paragraph that opens a dash or colon remark.
3. `cue_after`: a cue right after the quote, with its speaker on either side
   (`"...," Sergei Shoigu said`, `"...," said Shoigu`, `"...," the Russian Defence Minister said`).
4. `cue_before`: a cue before the quote in its sentence (`Shoigu said: "..."`, `according to X`).
5. `same_paragraph`: a later quote in a paragraph whose earlier quote is attributed.
6. `continuation`: a fully quoted paragraph right after an attributed one; `exchange` where that one is a
   question asked in an exchange of turns, whose answer is the turn of the one who spoke before it.
7. `previous_paragraph`: a quoted paragraph after a paragraph of reported speech (`X says ...`).
7b. `lead_in`: a quoted list item under a lead-in naming someone's speech (`Highlights of his speech:`).
8. `announced`: a quote after a sentence whose whole predicate announces speech (`Lee was blunt.`).
8b. `topic`: a first-person quote with no cue right after narration about a person.
9. `interview`: answers in a question-and-answer interview go to its guest, questions to its host,
   as the sentence before the first question names them (`X answered questions from Y`).
10. `nested_cue` / `nested`: a quote inside a quote is the subject's of a cue of its own in the outer
    words (`"Judge Hale said, 'Order,' ..."`), else the outer quote's speaker's.

What no rule decides keeps `speaker` null: no guess.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, cached_property

from quotes import lexicon
from quotes.days import CALENDAR_WORDS
from quotes.detect import layout
from quotes.detect.headline import clause_verb
from quotes.detect.speech import NO_SPEAKER, naming_as, possessors_words
from quotes.frames import (
    AUXILIARIES,
    BEFORE_VERB,
    CLAUSE_OPENERS,
    CONJUNCTIONS,
    LEAD_OF_NAME,
    NOT_VERBS,
    PREPOSITIONS,
    edge_after,
    edge_before,
    finding_clause,
    is_definite_role,
    is_participle,
    is_passive,
    main_cue,
    reduced_relative_head,
    shouting_verb,
    subject_end,
    without_party_label,
)
from quotes.interviews import Sides, interview_guest, interview_sides
from quotes.mentions import INITIALLED_NAME, STOP_CAPS, _is_title, after_preposition, heads_a_clause
from quotes.model import Document, Mention, NonSpeech, Quote
from quotes.nlp.people import entities_of
from quotes.phrases import (
    Phrase,
    appositive_name,
    is_determiner,
    people_before_verb,
    phrase_after,
    phrase_before,
    plural_subject,
)
from quotes.places import not_place_words
from quotes.resolve import Resolver
from quotes.text import (
    DATELINE_LEAD,
    ENTRY_TIME_LEAD,
    QUOTE_MARKS,
    Paragraph,
    find_cues,
    has_first_or_second_person,
    is_cue_word,
    item_start,
    paragraph_at,
    paragraphs,
    sentence_end,
    sentence_start,
    words,
)
from quotes.trie import trie_pattern

#: `President of Norland`, `Acting Akim of Vestby`, `Minister of Foreign Affairs of Norland`: capitalised words ending
#: in a title, `of`, and the capitalised name of where the office is held.
_OFFICE_OF_A_PLACE = re.compile(r"(?P<title>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+of\s+(?:the\s+)?"
                                r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'\u2019-]*){0,4}")

#: `of `, `of the ` right before a body's name: what joins it to the office it is the complement of.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")

CONFIDENCE = {
    ("label", "name"): 0.95, ("label", "surname"): 0.9, ("label", "role"): 0.8,
    ("introducer", "name"): 0.95, ("introducer", "surname"): 0.9, ("introducer", "role"): 0.85,
    ("introducer", "pronoun"): 0.7,
    ("cue_after", "name"): 0.95, ("cue_after", "surname"): 0.9, ("cue_after", "role"): 0.85,
    ("cue_after", "pronoun"): 0.75,
    ("cue_before", "name"): 0.9, ("cue_before", "surname"): 0.85, ("cue_before", "role"): 0.8,
    ("cue_before", "pronoun"): 0.7,
    ("cue_after", "group"): 0.75, ("cue_before", "group"): 0.7, ("introducer", "group"): 0.7,
    ("cue_after", "epithet"): 0.7, ("cue_before", "epithet"): 0.65, ("introducer", "epithet"): 0.65,
    ("cue_after", "document"): 0.7, ("cue_before", "document"): 0.65,
}
#: How many items back a list's lead-in may stand.
_LIST_ITEMS = 12
#: How far after a quote its cue may stand (characters).
CUE_WINDOW = 120
#: Anything but the stops and spaces that may close a paragraph after a quote's closing mark.
_WORDS_AFTER = re.compile(r"[^ .,!?\u00a0]")
#: How far before a quote the three words that introduce it (`telling her,`) are read (characters).
_INTRODUCER_REACH = 200
#: `"...," the statement read`: cues for documents only, whose speaker is the document's author.
_DOCUMENT_CUES = frozenset({"read", "reads", "reading"})
#: `Her message is simple`: a sentence about what a person has or does, opened by their possessive.
_OWNER_LEAD = re.compile(r"\s*(His|Her)\s+[a-z]")
#: `The memo`, `Her new letter`, `The union's long statement`: a determiner opening a sentence, whose subject
#: then may be a document.
_SUBJECT_DOCUMENT = re.compile(r"\s*(?:The|A|An|This|That|His|Her|Their|Its|[A-Z][\w-]*['\u2019]s?)\s")
#: `the letter states.`, `Lee claims,`: a subject of up to five words, then one word that closes the clause.
_NOUN_LIKE_FRAME = re.compile(r"\s*(?:[\w.'\u2019-]+\s+){1,5}(?P<verb>[a-z]+s)\s*(?:[.,;]|$)")
#: Words that stand before a plural noun, never before its subject's verb: prepositions, articles, quantifiers.
_BEFORE_A_PLURAL_NOUN = frozenset("of in at for to from with on by the a an these those both all many several some "
                                  "two three four five other such various their his her its our your my".split())
#: Cue phrases that say how something was said, beside the verb that says it was said.
_MANNER_CUES = frozenset({"in a statement", "in an interview"})
#: `in her words`, `in his own words`: a cue phrase whose possessive names the speaker.
#: ` press secretary `, ` campaign manager `: lower-case words of a title ending in its noun, before a name.
#: Not a conjunction or a preposition, which join another phrase (`Ann Lee and spokesman Jo Park`).
_TITLE_WORDS = re.compile(r"(?:(?!(?:and|or|but|nor|of|with|to|for|the|a|an|by|from|in|on|at|as)\s)"
                          r"(?:[a-z][\w-]*\s+)){0,2}?(?P<noun>[a-z]+)\s+")
_LOWERCASE_TITLE = re.compile(r"\s+" + _TITLE_WORDS.pattern + r"(?=[A-Z])")
#: ` was emphatic`, ` was even more blunt`, ` did not mince words`: the whole predicate of a sentence that announces
#: the quote after it (after an apposition: `Lee, the chair, was blunt`).
_ANNOUNCING = re.compile(r"(?:,[^,.]{1,80},)?\s+(?:(?:also|then|again|simply)\s+)?"
                         r"(?:(?:was|were|is|sounded|remained)\s+(?:(?:more|even\s+more|equally|just\s+as)\s+)?"
                         r"(?P<manner>[a-z]+)|(?:did\s+not|didn['\u2019]t)\s+(?:mince\s+words|hesitate))\s*")
#: `who`, `which`: what opens a relative clause after the comma that sets it off.
_RELATIVE_OPENING = re.compile(r"(?:who|which)\s")
#: A word in lower case after the comma that closes an aside: the predicate the aside's subject goes on to.
_WORD_AFTER_ASIDE = re.compile(r"\s[a-z]")
#: `," she said`: the closing marks after a quote, then `he` or `she` and the verb of its own cue.
_OWN_PRONOUN_CUE = re.compile(r"[,.!?]?[\"\u201d'\u2019]*\s+(?:he|she)\s+(?P<verb>[a-z]+)")
#: `Lee's reply came`, `Her latest tweet read`, `The senator's statement said`: a clause opening (past a conjunction
#: or a short fronted phrase set off by a comma) with a possessive, at most one modifier and a noun, then at most three
#: words in lower case (`came`, `came hours later in`) before the cue: five words in lower case in all after it.
_POSSESSED_TEXT_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Then|Yet)\s+|[A-Z][^,;:.\"\u201c\u201d]{0,40},\s+)?"
    r"(?:(?P<owner>(?:[Tt]he\s+[a-z]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))['\u2019]s|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir))"
    r"(?P<rest>(?:\s+[a-z-]+){1,5})\s+")
#: `A second tweet followed:`, `Another statement came hours later:`: a text of the same kind as one before it,
#: opening the clause (an ordinal or `another` before its noun), then at most three words in lower case.
_SEQUEL_TEXT = re.compile(r"\s*(?:(?:A|An)\s+(?:second|third|later|further|follow-up|new)|Another)\s+"
                          r"(?P<noun>[a-z-]+)(?:\s+[a-z]+){0,3}\s*")
_WORDS_OF = re.compile(r"in (his|her|their)(?: own)? words", re.IGNORECASE)
#: How far before a quote `In Lee's words` is looked for (characters).
_POSSESSED_WORDS_REACH = 80
#: `"..." ― Ann Lee`: a quote signed with a dash and a name, as in epigraphs and readers' comments.
_SIGNATURE = re.compile(r"[\s.,!?]*[\u2015\u2014\u2013]\s*")
#: A line under a quote that signs it: a dash, then a name (`-Ann Lee, tweeting after the speech.`).
_SIGNATURE_LINE = re.compile(r"[-\u2015\u2014\u2013]\s*(?=[A-Z])")
#: The longest line taken for a signature (characters).
SIGNATURE_LINE = 120


#: `Holm on Raising the Levy`, `Ada Holm about the vote`: a name of one to four capitalised words, then the
#: topic after `on` or `about`, up to a label's colon.
_TOPIC_LABEL = re.compile(r"(?P<name>(?:[A-Z][\w.'\u2019-]*[ \t]+){0,3}[A-Z][\w.'\u2019-]*)"
                          r"[ \t]+(?:on|about)[ \t][^:\n]{1,100}$")


#: `members currently `: a plural noun in lower case, perhaps an adverb, right before a past participle.
_MODIFIED_PLURAL_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:was|has|is|its|this|his|hers|us|as|yes)\b)[a-z]+s"
                                     r"\s+(?:[a-z]+ly\s+)?$")
#: ` to `, ` by `: a preposition right after a word.
_PREPOSITION_NEXT = re.compile(r"[ \t]+(?:to|by|for|in|at|on|with|from)\b")
#: A capitalised word in the -s form: `Slams`, `Addresses`.
_CAPITALISED_S_FORM = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+s(?![\w'\u2019-])")


#: Capitalised words alone, as titles before a name are (`Coun. `, `Fire Chief `), or nothing.
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+)*")


#: The demonstratives with which a paragraph takes up the quoted words before it (`That is`, `those words`).
_DEMONSTRATIVES = ("that", "this", "those", "these")
_DEMONSTRATIVE = "(?:" + "|".join(_DEMONSTRATIVES) + ")"


@cache
def _echo_formula() -> re.Pattern[str]:
    """`Those were the first words from `: a demonstrative subject, a form of `be`, `the`, up to two modifiers and a
    noun for quoted words (`echo_nouns.txt`) with `from` or `of`; the speaker's name follows. (`That is how` opens
    a clause whose subject said the words: `quote_anaphors.txt`.)"""
    nouns = trie_pattern(lexicon.echo_nouns())
    return re.compile(_DEMONSTRATIVE + r"(?:['\u2019]s|\s+(?:is|was|are|were))\s+"
                      r"the\s+(?:[a-z-]+\s+){0,2}?(?:" + nouns + r")\s+(?:from|of)\s+", re.IGNORECASE)


@cache
def _echo_phrase() -> re.Pattern[str]:
    """`that argument`, `those blunt words`: a demonstrative, perhaps a modifier, and a noun for quoted words
    (`echo_nouns.txt`); searched for anywhere, it opens with the letter `t`, which the engine skips to."""
    return re.compile(_DEMONSTRATIVE + r"\s+(?:[a-z-]+\s+)?(?:" + trie_pattern(lexicon.echo_nouns()) + r")\b")


@cache
def _echo_object() -> re.Pattern[str]:
    """` made that argument`, ` has repeated those blunt words`: a verb of one to three words in lower case, then
    `_echo_phrase`, so that every match holds one of that pattern's."""
    return re.compile(r"\s+(?:[a-z]+\s+){1,3}" + _echo_phrase().pattern)


@cache
def _headline_label_verbs() -> frozenset[str]:
    """The -s forms a title-case headline's label may turn on: the verbs headlines put between names, and the
    reporting and evaluating verbs that are also nouns (`Slams`, `Claims`, `Calls`)."""
    return lexicon.headline_verbs() | lexicon.cue_present_forms() | lexicon.evaluation_present_forms()


@cache
def _perceived_speech() -> re.Pattern[str]:
    """`heard fans chant`, `saw a man in a red cap yell`: a verb of perception, its object of one to seven
    words, and a cue verb in its bare form, whose subject the object is."""
    return re.compile(r"\b(?:hear|heard|hears|hearing|see|saw|sees|seeing|seen|watch|watched|watches|watching)"
                      r"[ \t]+(?P<object>(?:[\w'\u2019-]+[ \t]+){0,6}?[\w'\u2019-]+)[ \t]+"
                      r"(?P<verb>" + trie_pattern(lexicon.cue_lemmas()) + r")(?![\w-])")


#: The clause that gives a speech act's content after its noun, opened by `that`, `to` or its subject pronoun (not
#: a predicate about the noun: `Holm's claim was "absurd"`), up to a quote's opening mark: no stop, colon,
#: semicolon or quotation mark in it.
_CONTENT_CLAUSE = r"(?![\w-])[ \t]+(?:that|to|he|she|they|it|I|we)(?![\w-])[^.;:!?\"\u201c\u201d]{0,100}$"


@cache
def _asserted_content() -> re.Pattern[str]:
    """`Holm's claim that he "...`, `her promise to "...`: a possessor, up to two words in lower case, a noun for
    a speech act (`assertion_nouns.txt`), then the clause that gives its content, opened by `that`, `to` or its
    subject pronoun (not a predicate about the noun: `Holm's claim was "absurd"`), up to a quote's opening
    mark: no stop, colon, semicolon or quotation mark in it."""
    return re.compile(r"(?:(?<![\w-])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>[A-Z][\w.-]*)['\u2019]s)"
                      r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?P<noun>" + trie_pattern(lexicon.assertion_nouns()) +
                      r")" + _CONTENT_CLAUSE)


@cache
def _caused_object() -> re.Pattern[str]:
    """`prompting the nurses' union to `: a verb of causing (`causing_verbs.txt`), its object of up to six words,
    and `to` right before a cue verb."""
    return re.compile(r"(?<![\w'\u2019-])(?P<verb>" + trie_pattern(lexicon.causing_verbs()) +
                      r")\s+(?P<object>(?:[\w'\u2019.&-]+\s+){0,5}?[\w'\u2019.&-]+)\s+to\s+$")


@cache
def _caused_passive() -> re.Pattern[str]:
    """`was prompted to `, `felt compelled to `: an auxiliary of the passive (or `felt`), a verb of causing
    (`causing_verbs.txt`) in its participle, and `to` right before a cue verb."""
    return re.compile(r"\b(?:was|were|is|are|been|be|being|feel|feels|felt)\s+(?:(?:later|then|also|even|finally|"
                      r"eventually)\s+)?(?:" + trie_pattern(lexicon.causing_verbs()) + r")\s+to\s+$")


@cache
def _owned_content() -> re.Pattern[str]:
    """`dismissing Opposition claims that her government is "...`: a name of up to three capitalised words right
    before a noun for a speech act (`assertion_nouns.txt`), as its modifier, then the clause that gives the
    claim's content, as in `_asserted_content` (not at a sentence's start, where a capital says nothing)."""
    return re.compile(r"(?<=[a-z,][ \t])(?P<owner>(?:[A-Z][\w.&-]*[ \t]+){0,2}[A-Z][\w.-]*)[ \t]+(?P<noun>"
                      + trie_pattern(lexicon.assertion_nouns()) + r")" + _CONTENT_CLAUSE)


@cache
def _not_owner_words() -> frozenset[str]:
    """Capitalised words before a claim that name no one who made it: nationality adjectives (`Russian claims`:
    the country's, read elsewhere), weekdays and months (`Monday's`): the words that name no place, and words
    that open a sentence."""
    return not_place_words() | {"The", "A", "An", "These", "Those", "Such", "Its"}


@cache
def _evaluation_verbs() -> re.Pattern[str]:
    """A verb giving quoted words as its subject's own (`called`, `branded`): a whole run of lowercase letters."""
    return re.compile("(?<![a-z])" + trie_pattern(lexicon.evaluation_verbs().forms) + "(?![a-z])")


@cache
def _present_evaluation_verbs() -> re.Pattern[str]:
    """`Mayor Lee calls the mill "..."`, `Lee, who labels it "..."`: the -s form of an evaluation verb that is
    also a noun (`calls for reform`), a verb right after a subject: a relative or personal pronoun or a name
    of two capitalised words (not one, which may be a preposition opening the sentence: `Amid calls for`),
    with at most one adverb between."""
    return re.compile(r"(?:(?<![\w-])(?:[Ww]ho|[Hh]e|[Ss]he|[Ii]t|that)"
                      r"|(?<![\w-])[A-Z][\w'\u2019.-]*\s+[A-Z][\w'\u2019-]*)\s+"
                      r"(?:(?:also|now|still|often|even|[a-z]+ly)\s+)?"
                      r"(?P<verb>" + trie_pattern(lexicon.evaluation_present_forms()) + r")(?![a-z])")


def _evaluation_matches(text: str) -> list[tuple[int, str]]:
    """(offset, verb) of each evaluation verb in `text`, in order: every form but a noun-like -s form, and
    that form after a subject."""
    found = [(m.start(), m.group()) for m in _evaluation_verbs().finditer(text)]
    if any(form in text for form in lexicon.evaluation_present_forms()):  # seldom: skip the pattern
        found += [(m.start("verb"), m.group("verb")) for m in _present_evaluation_verbs().finditer(text)]
    if " as" in text:  # `referred to Holm as "a bully"`: a verb with a preposition, its object, and `as`
        found += [(m.start("verb"), m.group("verb").split()[0]) for m in naming_as().finditer(text)]
    return sorted(found)


#: The form of `be` that makes `quoted as saying` passive, at the end of the words before it.
_BE_BEFORE = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s*$")
#: `quoted Sokol as saying`: the verb before the object of `as saying`.
_QUOTED_OBJECT = re.compile(r"\bquoted\s+(?=\S[^\n]{0,60}\s+$)")
#: ` of the Superior Court`, ` of the Court of King's Bench`, ` of Nordbank`: a body or a place, in capitals, that
#: follows a person's name at the head of a clause and says where they serve, before the clause's verb.
_OF_BODY_AFTER_NAME = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*"
                                 r"(?:\s+(?:(?:of|for)\s+)?[A-Z][\w'\u2019.-]*){0,4}")
#: `A federal judge`, `a nurse`: an indefinite description of one person, the subject of its clause.
_INDEFINITE_PERSON = re.compile(r"(?i:an?)\s+(?:[\w-]+\s+){0,2}(?P<head>[a-z][\w-]*)")
#: `my husband`, `our coach`: someone of the speaker's own, named in the speaker's words.
_FIRST_PERSON_POSSESSED = re.compile(r"(?i:my|our)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: `... and said`: a cue that is the second of two joined predicates.
_AND_BEFORE = re.compile(r"\sand\s+$")
#: ` and `, ` and Sen. `: `and` joining a second name to a first, with the second's titles after it.
_JOINED_BY_AND = re.compile(r" and (?:[A-Z][a-z]*\.? )*$")
#: `Sens.`, `Councillors`: capitalised words alone, the titles before a name opening a sentence.
_TITLES_ONLY = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*")
#: `traders who say`: the relative pronoun right before a cue, its subject, restricting a noun (not after a
#: comma: `the president, who said`, `one official, who spoke on condition of anonymity`, are read otherwise).
_WHO_BEFORE_CUE = re.compile(r"(?<=[a-z])\s+who\s+$")
#: How far before `who` the noun phrase it stands for is read.
_RELATIVE_REACH = 60
#: Prepositions whose object a restrictive `who` clause with a cue may follow (`objections from traders who say`,
#: `remarks by a surrogate who said`): the people the clause is about speak, not the main clause's subject.
_RELATIVE_PREPOSITIONS = frozenset("from by of among including with against".split())
@cache
def _questioning_pattern() -> re.Pattern[str]:
    """A verb of putting questions with a person as its object: `pressed Lind`, `grilled him`."""
    return re.compile(r"\b(?:" + trie_pattern(lexicon.questioning_verbs()) + r")(?=\s+(?:him|her|them|[A-Z]))")


#: Cues of a question put to someone, whose answer may follow as the next turn.
_ASKING_CUES = frozenset({"asked", "asks", "pressed", "wondered", "demanded"})
#: ` and `, ` and then `: what joins a cue as a second predicate to the one before it.
_JOINED_BEFORE = re.compile(r"\sand\s+(?:(?:then|also|later)\s+)?$")
#: `anonymity to `, `permission to `: an abstract noun (by its suffix) and `to` right before a cue verb, whose
#: infinitive then completes the noun (`granted anonymity to speak candidly`) and reports nothing.
_NOUN_TO_BEFORE = re.compile(r"[a-z](?:ity|ion|ance|ence)\s+to\s+$")

#: `told by Ann Lee`: the agent of a passive cue, after the verb (and an adverb).
_BY_AGENT = re.compile(r"(?:\s+[a-z]+ly)?\s+by\s+")
#: `called on`, `called for`: a verb of evaluation with a preposition after it is another verb (to urge).
_PREPOSITION_AFTER = re.compile(r"\s+(?:on|for|upon|out|off|in|up|back)\b")
#: How far before a quote a verb of evaluation governs it (`called the plan "reckless"`), in characters.
_EVALUATION_REACH = 60
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}

#: The subject pronoun a possessive one stands for (`his speech` is what `he` gave).
_SUBJECT_OF_POSSESSIVE = {"his": "he", "her": "she", "their": "they"}
#: `the words of `, `the famous remark of `: the object of a cue that cites someone's words, their owner after `of`.
_CITED_WORDS_OF = re.compile(r"\s+(?:(?:the|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>\w+)\s+of\s+")
#: `with a statement from its chairman, Jo Park`: a document and, after `from`, the one it is from.
_STATEMENT_FROM = re.compile(r"\s+(?:with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>\w+)\s+from\s+")
#: `Berg's famous words`: the owner before `'s`.
_CITED_WORDS_OWNED = re.compile(r"\s+(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['\u2019]s\s+"
                                r"(?:[\w-]+\s+){0,2}?(?P<noun>\w+)")
#: Cues whose object, not subject, follows them (`..., told CBS News.`): never inverted.
_OBJECT_CUES = frozenset("told tell tells telling asked ask asks asking".split())
#: Cue phrases that end in a preposition whose object is the source (`according to Lind`, `in the words of
#: Lind`): the speaker follows them.
_SOURCE_AFTER = frozenset({"according to", "in the words of"})

#: `"... at it." While critics say the plan works, ...`: a cue in a clause that a subordinating conjunction
#: (`subordinators.txt`) opens after a quote that ended its sentence reports other words.
_SUBORDINATORS = lexicon.subordinators()
#: ` in which `, ` during which `: a preposition and `which` opening a relative clause with a subject of its own.
_PREPOSITION_WHICH = re.compile(r"\s(?:in|at|during|on|from|with|under|after|before)\s+which\s+")
#: The same right before a subject: the cues before it govern the relative's noun, not the quote.
_PREPOSITION_WHICH_BEFORE = re.compile(_PREPOSITION_WHICH.pattern + "$")
#: `, after Lund ` right before a cue: an adverbial clause after the main clause, and its subject.
_TRAILING_SUBORDINATE = re.compile(
    r",[ \t]+(?:" + "|".join(sorted(_SUBORDINATORS)) + r")[ \t]+(?:[\w'\u2019.-]+[ \t]+){1,4}$")


@cache
def _record_of_speech() -> re.Pattern[str]:
    """`text of the speech`, `transcript of his address`: a record noun, `of`, up to four words, a speech noun."""
    records = "|".join(sorted(map(re.escape, lexicon.record_nouns())))
    speeches = "|".join(sorted(map(re.escape, lexicon.lead_in_nouns())))
    return re.compile(rf"\b(?:{records})\s+of(?P<of>\s+)(?:[\w'\u2019-]+\s+){{0,4}}?(?:{speeches})\b", re.IGNORECASE)


#: The last word before a position, after which only spaces stand: `began ` before `chanting`.
_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+$")


class Attributor:
    """Attributes the quotes of one document, remembering who spoke last."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.paras = paragraphs(doc.text)
        entities, _ = entities_of(doc)
        self.entities = entities
        self.resolver = Resolver(entities, [(q.start, q.end) for q in doc.top_level_quotes()], doc.text)
        self.last_speaker: str | None = None
        #: The last quote of the paragraphs before the previous quote's: the turn before it in an exchange.
        self._turn_before: Quote | None = None
        #: The gender of a `he` or `she` that a quote's own cue names as its speaker but that resolved to
        #: no one (`"...," she added`), by quote: no weaker rule may give the quote to someone of the other.
        self._unresolved_pronoun: dict[str, str] = {}
        #: Quotes whose own cue is `reads` with a sign or a banner for its subject: an inscription, no one's speech.
        self.inscribed: set[str] = set()
        self.annotation = doc.annotation  # a dependency parse, where the annotator gave one, names clause subjects
        #: The subject of each clause read, by (where the clause is read from, where its verb starts).
        self._subjects: dict[tuple[int, int], Phrase | None] = {}
        #: Where the owners of a text or a reply that opens a clause stand (`Lee's tweet read`): an owner speaks
        #: by what their text reads, as a document's author does.
        self._text_owners: set[int] = set()
        #: The quote before the one being attributed.
        self._previous: Quote | None = None

    # -- helpers -------------------------------------------------------------------------------
    def _para(self, pos: int) -> Paragraph:
        return paragraph_at(self.paras, pos)

    def _credible(self, phrase: Phrase, name: str | None) -> bool:
        """A lone capitalised word that names nobody in the article is a speaker only where a name
        can stand: not at the start of a sentence and not after a preposition ("on Facebook")."""
        if phrase.kind != "name" or " " in phrase.text or name != phrase.text:
            return True
        if phrase.text.lower() in CLAUSE_OPENERS or phrase.text.endswith("ly"):
            return False  # `Nonetheless, she ...`, `Clearly, ...`: a sentence adverb, not a name
        before = self.text[max(0, phrase.start - 30):phrase.start].rstrip()
        previous_word = before.split()[-1] if before.split() else ""
        if _is_title(previous_word):
            return True
        if not before or before[-1] in ".!?\n:":
            # At a sentence start a capital says nothing: accept it only as the subject of a cue.
            after = [w for w in self.text[phrase.end:phrase.end + 60].split() if not AUXILIARIES.fullmatch(" " + w)]
            return bool(after) and (is_cue_word(after[0].strip(",.;:")) or after[0].startswith(","))
        last_word = before.split()[-1].lower() if before.split() else ""
        return last_word not in PREPOSITIONS

    def _decide(self, quote: Quote, phrase: Phrase, rule: str, cue: str | None, subject: bool = False) -> bool:
        """Resolve `phrase` and, when it names a credible speaker, attribute `quote` to them.

        `subject` says the phrase was found as the subject of a verb, which vouches for a lone
        capitalised word as much as a cue right after it does.
        """
        members = self.resolver.group(phrase) if phrase.kind not in {"name", "pronoun"} else \
            self.resolver.they(phrase.start) if phrase.text.lower() == "they" else []
        if phrase.kind == "name" and (first := self._joined_name_before(phrase)) is not None:
            # `Sens. Ada Roe and Tom Vale released a statement`: both names are the subject, both speak.
            joined = [self.resolver.resolve(part, None)[0] for part in (first, phrase)]
            if all(name and len(name.split()) > 1 for name in joined) and joined[0] != joined[1]:
                # Two full names, not one firm's (`Procter and Gamble said`: single words).
                members = [name for name in joined if name]
                phrase = Phrase(first.start, phrase.end, self.text[first.start:phrase.end], "name")
        if phrase.text.lower() == "it" and (document := self._document_it(phrase, cue)):
            # `Lee posted a message on Facebook. It read: "..."`: `it` is the document, whose writer speaks.
            phrase = document
        name, how = (" and ".join(members), "group") if members else self.resolver.resolve(phrase, self.last_speaker)
        if cue in _DOCUMENT_CUES and how != "document" and phrase.start not in self._text_owners:
            return False  # `the sign read "Closed"`: only a document with an author speaks by reading
        if not subject and not self._credible(phrase, name):
            return False
        quote.mention = Mention(phrase.start, phrase.end, self.text[phrase.start:phrase.end])
        quote.cue = cue
        if name is None:
            return False
        quote.speaker = name
        quote.speakers = members
        quote.method = rule
        quote.confidence = CONFIDENCE.get((rule, how), 0.8)
        if how == "description":
            quote.speaker_named = False
            quote.confidence = 0.5
        return True

    def _joined_name_before(self, phrase: Phrase) -> Phrase | None:
        """`Ada Roe and Tom Vale said`, `"...," Ada Roe and Sen. Tom Vale said`, `said Ada Roe and Tom Vale`: the
        name `and` joins to the one found, when it opens the subject: at the start of its sentence (titles
        before it), right after the quote, or right after the cue; not an object (`Lee met Bo Lind and Tom
        Vale said`, where Vale alone speaks)."""
        before = self.text[max(0, phrase.start - 60):phrase.start]
        joint = _JOINED_BY_AND.search(before) if " and " in before else None
        if joint is None:
            return None
        and_start = phrase.start - len(before) + joint.start()
        first = phrase_before(self.text, max(0, and_start - 60), and_start)
        if first is None or first.kind != "name" or first.end != and_start:
            return None
        lead = self.text[sentence_start(self.text, max(0, first.start - 200), first.start):first.start].rstrip()
        last = lead.split()[-1] if lead.split() else ""
        opens = not lead or _TITLES_ONLY.fullmatch(lead) is not None or lead[-1] in QUOTE_MARKS or \
            lead[-2:-1] in QUOTE_MARKS and lead[-1] == "," or is_cue_word(last)
        return first if opens else None

    def _document_it(self, pronoun: Phrase, cue: str | None) -> Phrase | None:
        """The document an `it` that gives a quote stands for: the one the sentence before named, when
        the cue is `read`, when that sentence's subject was the document (`The memo recommends more rallies.
        "...," it says.`: a pronoun subject takes up the subject before it), or when `it` names no
        organisation otherwise."""
        document = self._document_before(pronoun)
        if document is None or cue in _DOCUMENT_CUES:
            return document
        sentence = sentence_start(self.text, max(0, pronoun.start - 400), pronoun.start)
        before = sentence_start(self.text, max(0, sentence - 400), max(0, sentence - 1))
        noun = document.text.split()[-1]
        if _SUBJECT_DOCUMENT.match(self.text[before:sentence]) and \
                re.match(rf"(?:\S+\s+){{1,4}}?{noun}\b", self.text[before:sentence].lstrip()):
            return document
        return document if self.resolver.resolve(pronoun, self.last_speaker)[0] is None else None

    def _document_before(self, pronoun: Phrase) -> Phrase | None:
        """`the message` for an `it` whose sentence before named a message (`posted a message`): the last
        noun for a document in the sentence before the pronoun's own, as a definite description."""
        sentence = sentence_start(self.text, max(0, pronoun.start - 400), pronoun.start)
        before = sentence_start(self.text, max(0, sentence - 400), max(0, sentence - 1))
        nouns = [w for w in re.findall(r"[a-z]+", self.text[before:sentence]) if w in lexicon.document_nouns()]
        return Phrase(pronoun.start, pronoun.end, f"the {nouns[-1]}", "description") if nouns else None

    # -- rules ---------------------------------------------------------------------------------
    def _label(self, quote: Quote) -> bool:
        if quote.kind not in ("transcript", "headline") or quote.intro is None:
            return False
        label = quote.intro
        if quote.kind == "transcript" and (self._answer_label(quote) or self._outlet_label(quote)):
            return True
        if quote.kind == "headline":  # `Lavrov says: talks will go on`: the label is a clause with a cue
            cued = self._cue_in(label.start, label.end)
            if cued is not None:
                phrase, cue, subject = cued
                return phrase is not None and self._decide(quote, phrase, "label", cue, subject)
            verb = self._headline_verb(label.start, label.end)
            if verb is not None:
                # `Holm Slams Port Levy: 'We Will Not Pay Twice'`: the subject before the capitalised verb speaks.
                phrase = phrase_before(self.text, label.start, verb.start())
                return phrase is not None and self._decide(quote, phrase, "label", verb.group().lower(), True)
        first = layout.without_brackets(self.text[label.start:label.end]).split(",")[0]
        if INITIALLED_NAME.fullmatch(first.strip()):
            phrase: Phrase | None = Phrase(label.start, label.start + len(first), first, "name")  # `S.Lavrov:`
        else:
            phrase = phrase_before(self.text, label.start, label.start + len(first))
        if phrase is None:
            phrase = self._capitals_label(label.start, first)
        if phrase is None and quote.kind == "transcript" and first.isupper() and first.isalpha() and len(first) > 1:
            # `DELGADO: No.` where the article names her only with a title: a surname in capitals labels
            # a turn of a broadcast transcript, and names its speaker, not whoever else the article names.
            phrase = Phrase(label.start, label.start + len(first), first.title(), "name")
        if phrase is not None and phrase.start > label.start and \
                _OF_BEFORE.search(self.text, label.start, phrase.start) is not None and \
                self._office_label(quote, label.start, first.strip()):
            # `Chairman of the Central Bank: Rates will stay`: the body after `of` is the office's, whose
            # holder the article names; not the speaker.
            return True
        # A label that is nothing but a name stands where only a speaker's can: it vouches for a lone word
        # as a cue would (`M.Nurtleu:`; not `Little Relief for Refugees:`).
        whole = phrase is not None and phrase.start == label.start and phrase.end >= label.start + len(first.rstrip())
        return phrase is not None and self._decide(quote, phrase, "label", None, subject=whole) or \
            self._office_label(quote, label.start, first.strip())

    def _outlet_label(self, quote: Quote) -> bool:
        """`Question (Norpress): Will the line open?`: the outlet in brackets after a label that says only which
        side speaks is who asks, as an outlet's name alone labels its questions (`Norpress: ...`)."""
        assert quote.intro is not None
        outlet = layout.asking_outlet(self.text[quote.intro.start:quote.intro.end])
        if outlet is None:
            return False
        start, end = quote.intro.start + outlet[0], quote.intro.start + outlet[1]
        return self._decide(quote, Phrase(start, end, self.text[start:end], "name"), "label", None, subject=True)

    def _office_label(self, quote: Quote, start: int, label: str) -> bool:
        """`President of Norland: ...`, `Acting Akim of Vestby: ...`: a label that names no one is an office and the
        country, town or body it is held in, a role for the person the article names with it, not the place
        after `of`."""
        office = _OFFICE_OF_A_PLACE.fullmatch(label)
        head = office.group("title").split()[-1] if office is not None else ""
        if office is None or not (_is_title(head) or lexicon.role_nouns().get(head.lower()) == "person"):
            return False
        return self._decide(quote, Phrase(start, start + len(label), label, "role"), "label", None, subject=True)

    def _answer_label(self, quote: Quote) -> bool:
        """`Question: ...` then `Answer: The talks were constructive.`: a label for the answering part of an
        exchange names no one; the turn is the words of the one the narration before the first labelled
        turn says answers the questions (`The spokeswoman, Ada Lind, answered questions from journalists`)."""
        assert quote.intro is not None
        if self.text[quote.intro.start:quote.intro.end].strip(" .:").lower() not in lexicon.answer_labels():
            return False
        guest = self._transcript_guest
        if guest is None:
            return False
        quote.speaker, quote.method, quote.confidence = guest, "interview", 0.7
        return True

    @cached_property
    def _transcript_guest(self) -> str | None:
        """The guest the narration before the first labelled turn names: one for every answer label."""
        first = next(q for q in self.doc.top_level_quotes() if q.kind == "transcript")
        return interview_guest(self.text, first.start, self.entities)

    def _headline_verb(self, start: int, end: int) -> re.Match[str] | None:
        """The verb of a title-case headline's label, capitalised in the -s form after its subject's words
        (`Holm Slams Port Levy`, `Holm Addresses Harbour Fire`): a verb a headline puts between names, or a
        reporting or evaluating verb that is also a noun, which after a name is the verb."""
        verbs = _headline_label_verbs()
        return next((word for word in _CAPITALISED_S_FORM.finditer(self.text, start, end)
                     if word.start() > start and word.group().lower() in verbs), None)

    def _asked_by_host(self, quote: Quote, sides: Sides) -> bool:
        """`Q: Where were you?` after `Under questioning by prosecutor Ada Holm, Berg said ...`: a turn whose
        label says only that it asks (`Q`, `Question`, `Interviewer`) is the question of the host the narration
        names, not of someone called Q."""
        if quote.kind != "transcript" or quote.intro is None or sides.host is None or \
                not layout.is_interview_label(self.text[quote.intro.start:quote.intro.end]) or \
                layout.asking_outlet(self.text[quote.intro.start:quote.intro.end]) is not None or \
                not self.text[quote.start:quote.end].rstrip(" " + QUOTE_MARKS).endswith("?"):
            return False
        quote.speaker, quote.method, quote.confidence = sides.host, "interview", 0.7
        return True

    def _claim_label(self, quote: Quote, para: Paragraph) -> bool:
        """`Claim: "Crime is up 40 percent."` in a fact check: the label names what the quoted words are, and
        they are the words of whoever the article ties to the claim before (`Senator Ivo Dran made several
        claims at a rally`, `Dran's claims`), found as a document's author is."""
        if quote.kind != "direct" or quote.start - para.start > 20:
            return False
        label = self.text[para.start:quote.start].strip(" \t\"'\u201c\u2018")
        head = label[:-1].strip().lower().removeprefix("the ")
        if not label.endswith(":") or head not in lexicon.claim_labels():
            return False
        author = self.resolver.author_of(head, para.start)
        if author is None:
            return False
        quote.speaker, quote.method, quote.confidence = author, "label", 0.7
        return True

    def _topic_label(self, begin: int, colon: int) -> Phrase | None:
        """`Holm on Raising the Port Levy: 'We Have No Choice'`: a label that names someone and then, after
        `on` or `about`, what they spoke of, as headlines put it; the one named speaks, not the capitals of
        the topic. Only a name the article gives someone counts."""
        label = _TOPIC_LABEL.match(self.text, begin, colon)
        if label is None:
            return None
        phrase = phrase_after(self.text, begin, label.end("name"))
        return phrase if phrase is not None and phrase.kind == "name" and self._names_an_entity(phrase) else None

    def _capitals_label(self, start: int, label: str) -> Phrase | None:
        """`PUTIN:`: a label in capitals, as broadcast transcripts and fact checks write them (`ABERNATHY:
        "..."`), is the name of a person of the article as it writes it."""
        if not (label.isupper() and label.isalpha()):
            return None
        written = next((token for entity in self.entities if entity.kind == "person" for token in entity.tokens
                        if token.upper() == label), None)
        return Phrase(start, start + len(label), written, "name") if written is not None else None

    def _cue_in(self, start: int, end: int) -> tuple[Phrase | None, str, bool] | None:
        """(the cue's subject, or the words after it; the cue; whether the phrase was read as a clause's
        subject) for words that hold a cue (`In a statement, the ministry said`, `said the minister`);
        None when they hold none."""
        cues = find_cues(self.text, start, end)
        if not cues:
            return None
        # `Sokol said in an interview:`: the manner phrase only says how the verb's subject spoke.
        cue = main_cue(self.text, [cue for cue in cues if cue.group().lower() not in _MANNER_CUES] or cues)
        coordinated = self._coordinated_subject(start, cue.start())
        if coordinated is not None:
            return coordinated, cue.group().lower(), True
        phrase = phrase_before(self.text, start, subject_end(self.text, start, cue.start())) or \
            phrase_after(self.text, cue.end(), end)
        return phrase, cue.group().lower(), False

    def _relative_subject(self, begin: int, cue_start: int, stop: int) -> Phrase | None:
        """`despite objections from traders who say the plan will "kill" them`, `protests by residents who said`: a
        cue whose subject is the relative pronoun `who` has for its speaker the noun phrase the pronoun stands
        for, the object of the preposition before it (`_RELATIVE_PREPOSITIONS`), not the subject of the clause
        the relative clause hangs on. Not a name (a name before `who` is read by the rules for appositions),
        nor a verb's object (`Lee rebuked critics who say`: Lee may be giving their view in her words)."""
        found = _WHO_BEFORE_CUE.search(self.text, max(begin, cue_start - _RELATIVE_REACH), cue_start)
        if found is None or ":" in self.text[cue_start:stop]:
            return None  # `from a candidate who promised deportations: "..."`: the colon's quote is another's
        end = found.start()
        words = self.text[max(begin, end - _RELATIVE_REACH):end].split()
        kept: list[str] = []
        for word in reversed(words):
            lower = word.lower()
            if lower in _RELATIVE_PREPOSITIONS and kept and not is_determiner(kept[0].lower()):
                # `who` stands for people: its noun need not be one the lists know (`traders`)
                text = " ".join(reversed(kept))
                return Phrase(end - len(text), end, text, "description")
            if not word.isalpha() or word[:1].isupper() or len(kept) == 4 or \
                    kept and is_determiner(kept[-1].lower()) or lower.endswith("ing") or lexicon.is_past_form(lower):
                return None  # a comma, a name's capitals, a verb: the noun is no preposition's object
            kept.append(word)
        return None

    def _coordinated_subject(self, begin: int, cue_start: int) -> Phrase | None:
        """`Lavrov conveyed greetings from the Russian leader and said:`: a cue that is the second of two
        predicates joined by `and` shares the subject of the first, not the last noun before `and`."""
        if not _AND_BEFORE.search(self.text, max(begin, cue_start - 6), cue_start):
            return None
        return self._clause_subject(begin, cue_start)

    def _introducer(self, quote: Quote) -> bool:
        intro = quote.intro
        if quote.kind == "direct" and intro is None:
            intro = self._introducer_before(quote)
        if quote.kind not in ("dash", "colon", "direct") or intro is None:
            return False
        end = intro.end - 1 if self.text[intro.end - 1] == ":" else intro.end
        cued = self._cue_in(intro.start, end)
        if cued is not None:
            phrase, cue, subject = cued
            return phrase is not None and self._decide(quote, phrase, "introducer", cue, subject)
        if self.text[intro.end - 1] == ".":
            # `Kask thanked his guest.` then `- Madam Prime Minister, ...`: the subject of the narration
            # just before the dash speaks.
            sentence = sentence_start(self.text, intro.start, intro.end - 1)
            topic = layout.topic_verb(self.text, self._para(intro.start))
            # `The head of state then touched upon ...`: the subject of the verb of speaking of a topic.
            phrase = self._topic_subject(sentence, topic.start()) if topic else None
            phrase = phrase or phrase_after(self.text, sentence, intro.end)
            if phrase is None or phrase.kind not in ("name", "role", "pronoun"):
                return False
            decided = self._decide(quote, phrase, "introducer", None)
            quote.confidence = min(quote.confidence, 0.7)
            return decided
        # `The Head of State began his speech by summing up the reforms:`: the one whose speech it names.
        phrase = self._speech_owner(intro.start, end, acted=True) or phrase_before(self.text, intro.start, end)
        subject_end = layout.manner_subject_end(self.text, intro.start, intro.end) if phrase is None else None
        if subject_end is not None:
            # `Association chair Ada Lind was blunt:`: the subject of the introducing sentence, whose predicate
            # says how the words that follow were said.
            phrase = phrase_before(self.text, sentence_start(self.text, intro.start, subject_end), subject_end)
        return phrase is not None and self._decide(quote, phrase, "introducer", None)

    def _topic_subject(self, sentence: int, verb_start: int) -> Phrase | None:
        """The subject of a verb of speaking of a topic, past an opening adverb with or without its comma
        (`Then the President dwelt on ...`, `Later, he turned to ...`)."""
        first = re.match(r"\s*(\w+)\s+", self.text[sentence:verb_start])
        if first and first.group(1).lower() in CLAUSE_OPENERS and "," not in first.group():
            sentence += first.end()
        return self._clause_subject(sentence, verb_start)

    def _introducer_before(self, quote: Quote) -> Mention | None:
        """The `X said:` paragraph right before a quote that opens its paragraph."""
        para = self._para(quote.start)
        if quote.start - item_start(self.text, para) > 2 or para.index == 0:
            return None  # after a list marker too: `X said:` then `- "We will win."`
        before = self.paras[para.index - 1]
        if not self.text[before.start:before.end].endswith(":"):
            return None
        return Mention(before.start, before.end, self.text[before.start:before.end])

    def _presented_text(self, quote: Quote, para: Paragraph) -> bool:
        """`The agency publishes the text of the speech.` then a quoted paragraph with no cue of its own: the
        sentence that closes the paragraph before presents a record (`record_nouns.txt`) of someone's speech
        (`lead_in_nouns.txt`), and what follows is that speech, said by the one the phrase names, as after a
        colon (`the text of his address`, `the transcript of the President's speech`)."""
        if quote.start - item_start(self.text, para) > 2 or para.index == 0:
            return False
        before = self.paras[para.index - 1]
        if self.text[before.end - 1] != ".":
            return False
        sentence = sentence_start(self.text, before.start, before.end - 1)
        record = _record_of_speech().search(self.text, sentence, before.end)
        if record is None:
            return False
        # The speech's owner where the phrase names one (`of the President's address`), else the phrase.
        phrase = self._speech_owner(record.end("of"), before.end - 1) or \
            phrase_before(self.text, sentence, record.end())
        if phrase is None or not self._decide(quote, phrase, "introducer", None):
            return False
        quote.confidence = min(quote.confidence, 0.7)
        return True

    def _signature(self, quote: Quote, para: Paragraph, next_start: int) -> bool:
        """`"..." ― Ann Lee`: the name after a dash that closes the quote's line."""
        limit = min(para.end, next_start)
        closing = quote.end
        # The closing mark, and the stop or comma before it (`"We reopen in May," — Lee.`).
        while closing < limit and (self.text[closing] in QUOTE_MARKS or self.text[closing] in ".,!?"):
            closing += 1
        dash = _SIGNATURE.match(self.text, closing, limit)
        if dash is None:
            return self._signature_below(quote, para, closing, next_start)
        phrase = phrase_after(self.text, dash.end(), limit)
        if phrase is None or phrase.kind != "name":
            return False
        rest = self.text[phrase.end:limit].strip(" .\u00a0" + QUOTE_MARKS)
        if rest and not (rest[0] == "," and self._signed_paragraph(quote, para, dash.start(), limit)):
            return False
        return self._decide(quote, phrase, "signature", None)

    def _signed_paragraph(self, quote: Quote, para: Paragraph, dash: int, limit: int) -> bool:
        """`"We reopen in May." — Ann Lee, harbour master`: a paragraph that is a quote and a signature whose name
        a description follows, as in press releases and features; the paragraph ends with the short signature,
        and nothing opens it before the quote (`He called it "a farce" — Lee, the mayor, disagreed` is no
        signature)."""
        return limit == para.end and limit - dash <= SIGNATURE_LINE and \
            not self.text[para.start:quote.start].strip(" \u00a0" + QUOTE_MARKS)

    def _signature_below(self, quote: Quote, para: Paragraph, closing: int, next_start: int) -> bool:
        """A quoted paragraph signed by the short line under it: `"..."` then `-Ann Lee, tweeting after the
        speech.` The line is no remark of its own (no quote starts in it)."""
        if _WORDS_AFTER.search(self.text, closing, para.end) or para.index + 1 >= len(self.paras):
            return False
        below = self.paras[para.index + 1]
        formula = self._naming_formula(below)
        if formula:
            return self._named_below(quote, para, below.start + formula, below.end, next_start)
        if self._opening_length(below, lexicon.quote_anaphors()):
            return self._acting_below(quote, para, below, next_start)
        if self._subject_echoing(below):
            return self._named_below(quote, para, below.start, below.end, next_start)
        dash = _SIGNATURE_LINE.match(self.text, below.start, below.end)
        if dash is None or below.end - below.start > SIGNATURE_LINE or next_start < below.end:
            return False
        phrase = phrase_after(self.text, dash.end(), below.end)
        if phrase is None or phrase.kind != "name" or self.text[phrase.end:below.end].strip(" .")[:1] not in ("", ","):
            return False
        return self._decide(quote, phrase, "signature", None)

    def _naming_formula(self, para: Paragraph) -> int:
        """The length of the formula that opens `para` and names the speaker of the paragraph before
        (`So said`, `That's according to`; `naming_formulas.txt`), or 0. A demonstrative that takes up the
        quoted words as a noun for them (`echo_nouns.txt`) with `from` or `of` (`Those were the first words
        from`) is such a formula too."""
        listed = self._opening_length(para, lexicon.naming_formulas())
        opening = self.text[para.start:para.start + 8].lower()
        if listed or not opening.startswith(_DEMONSTRATIVES):
            return listed
        echo = _echo_formula().match(self.text, para.start, para.end)
        return echo.end() - para.start if echo else 0

    def _opening_length(self, para: Paragraph, formulas: tuple[str, ...]) -> int:
        """The length of the first of `formulas` (lower case, longest first) that opens `para` as whole words, or 0."""
        opening = self.text[para.start:para.start + 40].lower().replace("\u2019", "'")
        if not opening.startswith(formulas):
            return 0  # most paragraphs open with none: one test in C, before the formulas are read one by one
        return next((len(f) for f in formulas if opening.startswith(f) and opening[len(f):len(f) + 1] in (" ", ",")), 0)

    def _acting_below(self, quote: Quote, para: Paragraph, below: Paragraph, next_start: int) -> bool:
        """A paragraph that is one quote (after a dateline, as a lede) and nothing else, and a next one that
        points back to its words and goes on with a clause (`With those words, delivered to a quiet chamber,
        Sen. Ada Vik closed her career.`, `That was how Rep. Ola Berg described him.`): the first person that
        clause names as the subject of a verb said them."""
        if not self._alone_in_paragraph(quote, para):
            return False
        end = min(sentence_end(self.text, below.start, below.end), next_start)
        # Not a name a preposition governs (`With those words to Ada Vik, Ola Berg left`): the subject's.
        found = [(p, e) for e in self.entities if e.kind == "person" for p in e.positions
                 if below.start <= p < end and not after_preposition(self.text, p)]
        if not found:
            return False
        position, entity = min(found, key=lambda pair: pair[0])
        length = entity.length_at(self.text, position)
        phrase = Phrase(position, position + length, self.text[position:position + length], "name")
        return self._decide(quote, phrase, "signature", None)

    def _subject_echoing(self, para: Paragraph) -> bool:
        """`Coun. Ida Berg made that argument twice`: the paragraph opens with its subject, whose verb (one to
        three words) has a demonstrative and a noun for the quoted words before (`echo_nouns.txt`) as object."""
        if _echo_phrase().search(self.text, para.start, para.end) is None:
            return False  # most paragraphs hold no `that argument`: reading the subject costs more than this
        phrase = phrase_after(self.text, para.start, para.end)
        if phrase is None or phrase.kind == "pronoun" or \
                not _CAPITALISED_RUN.fullmatch(self.text, para.start, phrase.start):
            return False  # only titles (`Coun.`, `Fire Chief`) may stand before the subject's name
        return _echo_object().match(self.text, phrase.end, para.end) is not None

    def _named_below(self, quote: Quote, para: Paragraph, start: int, end: int, next_start: int) -> bool:
        """A paragraph that is one quote and nothing else, whose speaker the next paragraph's opening formula
        names (`"An extra 40 minutes is not a small thing."` then `So said Dr. Ana Vik, who works there.`):
        the writer gives the words first and their speaker after, as a signature does."""
        if not self._alone_in_paragraph(quote, para):
            return False  # words before the quote in its paragraph: narration the quote belongs to
        phrase = phrase_after(self.text, start, end)
        if phrase is None or phrase.kind == "pronoun" or next_start < phrase.end:
            return False
        return self._decide(quote, phrase, "signature", None)

    def _alone_in_paragraph(self, quote: Quote, para: Paragraph) -> bool:
        """Whether nothing but quotation marks and spaces stands before the quote in its paragraph, past a lede's
        dateline (`KELBY, Ont. — "..."`), which says where the story is from and narrates nothing."""
        dateline = DATELINE_LEAD.match(self.text, para.start, quote.start)
        opening = dateline.end() if dateline else para.start
        return not self.text[opening:quote.start].strip(" \u00a0" + QUOTE_MARKS)

    def _cue_after(self, quote: Quote, para: Paragraph, next_start: int) -> bool:
        limit = min(para.end, next_start, quote.end + CUE_WINDOW)
        start = edge_after(self.text, quote.end, limit)
        end = sentence_end(self.text, start, limit)
        ending = self.text[quote.start:quote.end].rstrip(QUOTE_MARKS + " ")
        closed = ending.endswith(".")
        if ending.endswith((".", "?", "!")) and next_start <= limit and end >= next_start - 2 and \
                self.text[start:next_start].rstrip(" " + QUOTE_MARKS).endswith((",", ":")):
            return False  # `"... know." Lee laughed and said, "I ..."`: the cue introduces the next quote
        if ending.endswith((".", "?", "!")) and next_start <= limit and end >= next_start - 2 and \
                self.text[start:start + 6].split(None, 1)[:1] in (["and"], ["but"], ["while"]):
            # `a man shouted "Answer us!" and two women began chanting "Resign!"`: after words that end their
            # own utterance, a clause joined by `and` whose verb runs on into the next quote has that quote for
            # its words; this one's cue came before it.
            return False
        for cue in find_cues(self.text, start, end):
            according = cue.group().lower() == "according to" and cue.start() - start > 3
            if according and not self._closing_according_to(quote, start, cue):
                continue
            if closed and len(self.text[start:cue.start()].split()) > 3:
                # `"... the Court." When asked, he replied`: a quote that ends its sentence with a full
                # stop is closed; a cue deep in the next sentence introduces other words.
                break
            between = self.text[start:cue.start()]
            if ending.endswith((".", "?", "!")) and between.split(None, 1)[:1] and \
                    between.split(None, 1)[0].lower() in _SUBORDINATORS:
                break  # the quote ended its sentence; the next one opens on a subordinate clause
            quoted = self._quoted_one(cue, start)
            if quoted is not None:
                return self._decide(quote, quoted, "cue_after", cue.group().lower())
            if according:
                phrase = phrase_after(self.text, cue.end(), end)
                return phrase is not None and self._decide(quote, phrase, "cue_after", "according to")
            if between.strip(" ,"):
                # `"...," Lena Dahl, chair of the board, said` and `"...," Oskar Lund of Nordbank
                # said`: the speaker is the noun phrase that opens the frame.
                head = between.split(",")[0] if between.rstrip().endswith(",") else between
                head = without_party_label(AUXILIARIES.sub("", head.rstrip()))
                head = head[:reduced_relative_head(head) or len(head)]  # `players dressed in their jerseys say`
                if cue.group().lower().startswith("quoted"):
                    head = _BE_BEFORE.sub("", head)  # `Ann Lee was quoted as saying`: the one quoted speaks
                head_end = start + len(head)
                if re.search(r"\s(?:of|from|at|with)\s", head):
                    # `Oskar Lund of Nordbank said`: the head of the noun phrase, not the last name in it.
                    phrase = phrase_after(self.text, start, head_end) or phrase_before(self.text, start, head_end)
                else:
                    phrase = phrase_before(self.text, start, head_end)
                # `"...," the bank's governor, Ulla Stenberg, said`: the name after the description says who.
                phrase = appositive_name(self.text, phrase, cue.start()) or phrase
            elif cue.group().lower().endswith("ing") and " " not in cue.group():
                # `Holm gave a speech on "harbour pride," saying the crews ...`: a participle after the quote
                # hangs on the clause before it, whose subject speaks; what follows it is what it reports.
                sentence = sentence_start(self.text, para.start, quote.start)
                subject = self._clause_subject(sentence, quote.start) \
                    if self.text[sentence] not in QUOTE_MARKS and sentence < quote.start else None
                return subject is not None and self._decide(quote, subject, "cue_after", cue.group().lower(), True)
            else:
                phrase = phrase_after(self.text, cue.end(), end)
            if phrase is not None:
                decided = self._decide(quote, phrase, "cue_after", cue.group().lower())
                gender = lexicon.gender_words().get(phrase.text.lower()) if phrase.kind == "pronoun" else None
                if not decided and gender:
                    self._unresolved_pronoun[quote.quote_id] = gender
                return decided
        return self._noun_like_frame(quote, start, end)

    def _closing_according_to(self, quote: Quote, start: int, cue: re.Match[str]) -> bool:
        """`The bill is "dead on arrival" in the Senate, according to Ada Holm.`: an `according to` set off by a
        comma after the clause that holds a partial quote gives the source of that whole clause, and of the
        words quoted in it; not one that follows a quote closing its own sentence, nor one inside the clause
        (`built "to last" according to plan`). A single quoted word is a term the writer sets apart (`the
        "confidential" level`), not words the source is quoted in."""
        return quote.kind == "partial" and len(words(quote.text)) > 1 and \
            self.text[start:cue.start()].rstrip().endswith(",") and \
            not any(mark in self.text[start:cue.start()] for mark in QUOTE_MARKS)

    def _inscription(self, quote: Quote, para: Paragraph, next_start: int) -> bool:
        """`"...," the memo reads`: only a document speaks by `read`, for its author. Where the frame after the
        quote has `read` for its verb and a thing that shows words for its noun (`"Take what you need," reads a
        sign above it`, `the banner read`; `inscription_nouns.txt`), the words are an inscription: no one's
        speech, which no weaker rule may give to the person named before."""
        limit = min(para.end, next_start, quote.end + CUE_WINDOW)
        start = edge_after(self.text, quote.end, limit)
        end = sentence_end(self.text, start, limit)
        cues = find_cues(self.text, start, end)
        if not cues or cues[0].group().lower() not in _DOCUMENT_CUES or self.text[cues[0].start()].isupper():
            return False
        words = re.findall(r"[a-z-]+", self.text[start:end].lower())[:8]
        return any(word in lexicon.inscription_nouns() for word in words) and \
            not any(word in lexicon.document_nouns() for word in words)

    def _noun_like_frame(self, quote: Quote, start: int, end: int) -> bool:
        """`"...," the letter states.`, `"...," the lawsuit claims.`: after a quote that closes on a comma, a
        short clause ending in the -s form of a cue verb that is also a noun (`states`, `claims`) is its frame:
        the plural noun could not close such a clause."""
        if "," not in self.text[quote.end - 1:start]:
            return False
        frame = _NOUN_LIKE_FRAME.match(self.text, start, end)
        if frame is None or frame.group("verb").lower() not in lexicon.cue_present_forms():
            return False
        if self.text[start:frame.start("verb")].split()[-1].lower() in _BEFORE_A_PLURAL_NOUN:
            return False  # `"...," the senator from both states.`: the plural is a noun there
        phrase = phrase_before(self.text, start, frame.start("verb") - 1)
        return phrase is not None and self._decide(quote, phrase, "cue_after", frame.group("verb").lower())

    def _contradicts_cue(self, quote: Quote) -> bool:
        """Was the quote given to a person whose gender is not that of the pronoun its own cue names?"""
        if not self._unresolved_pronoun or not quote.speaker:
            return False  # most articles have none, and a quote's id costs a hash
        gender = self._unresolved_pronoun.get(quote.quote_id)
        if gender is None:
            return False
        # The first name's usual gender only: the votes of the pronouns around a name are what failed here.
        entity = self.resolver.by_name.get(quote.speaker)
        return entity is not None and entity.first_name_gender is not None and entity.first_name_gender != gender

    def _cue_before(self, quote: Quote, para: Paragraph, prev_end: int) -> bool:
        floor = max(para.start, prev_end)
        stop = edge_before(self.text, quote.start, floor)
        begin = sentence_start(self.text, floor, stop)
        # `Lee's camp accused Ruiz of ...; Ruiz's allies say Lee "..."`: a semicolon joins two independent
        # clauses, and only the one the quote stands in may hold its cue (not a semicolon inside quoted words).
        semicolon = self.text.rfind("; ", begin, stop)
        if semicolon >= 0 and self.resolver.in_narration(semicolon):
            begin = semicolon + 2
        # `Asked about the referees, Toch was blunt: "..."`: the opening `asked` is an adverbial clause,
        # not the cue of the sentence.
        cues = [cue for cue in find_cues(self.text, begin, stop) if not is_passive(self.text, cue.start())
                and not self._completes_a_noun(cue, begin)
                and not self._in_relative_aside(cue, begin, stop)
                and not (cue.group().lower() == "asked" and
                         self.text[begin:cue.start()].strip(" " + QUOTE_MARKS).lower() in ("", "when", "if"))]
        main = [cue for cue in cues if not self._in_trailing_clause(cue, begin, stop)]
        cues = main or cues
        if self._passive_agent(quote, begin, stop, cues[-1].end() if cues else begin):
            return True
        if not cues:
            if self._in_possessors_words(quote, begin, stop):
                return True
            if self.text[begin:stop].rstrip().endswith(":"):
                # `Pollster Ann Lee: "..."` names the speaker right before the colon; `Berg, the
                # engineer, was blunt: "..."` has them as the subject of the introducing sentence.
                colon = begin + len(self.text[begin:stop].rstrip()) - 1
                if self._sequel_text(quote, begin, colon):
                    return True
                # `- Ann Lee, on Twitter: "..."`: a list of reactions puts a marker before each label.
                begin = max(begin, item_start(self.text, para))
                phrase = self._label_name(begin, colon) or self._topic_label(begin, colon) or \
                    phrase_before(self.text, begin, colon) or self._capitals_label(begin, self.text[begin:colon])
                if phrase is not None and \
                        _PLACE_PREPOSITION.search(self.text, max(begin, phrase.start - 6), phrase.start):
                    # `Lee mocked the result in a post on X: "..."`: a name after `on`, `in`, `at`, `via` or `to`
                    # says where or to whom it was said, and the sentence's subject speaks, if it names someone.
                    subject = phrase_after(self.text, self._after_fronted_clause(begin, colon), stop)
                    if subject is None or subject.kind != "pronoun" and not self._names_an_entity(subject):
                        subject = self._acting_person(begin, colon)
                    return subject is not None and self._decide(quote, subject, "cue_before", None)
                if phrase is None or phrase.kind != "name":
                    phrase = phrase_after(self.text, self._after_fronted_clause(begin, colon), stop)
                    if phrase is None or phrase.kind != "pronoun" and not self._names_an_entity(phrase):
                        # `Governance lapses showed when Lee took to Twitter with this: "..."`: the subject
                        # names nobody, so the person the sentence names doing something speaks.
                        phrase = self._acting_person(begin, colon) or phrase
                return phrase is not None and self._decide(quote, phrase, "cue_before", None)
            if self._utterance(quote, begin, stop) or self._questioned(quote, begin, stop, para) or \
                    self._finding(quote, begin, stop, para):
                return True
            if self._asserted_by_owner(quote, begin, stop):
                return True
            if not self._evaluation(quote, sentence_start(self.text, para.start, stop), stop):
                return False
            # `Lee mocked Holm's claim that he "..."`: the words the verb evaluates are the claim's content.
            self._asserted_by_possessor(quote, begin, stop)
            return True
        # The cue nearest the quote, unless its subject names nobody (`Holm says Norway has asked
        # ..., calling the levy "a tax on friendship"`): then the nearest cue before it whose subject does.
        if len(cues) > 1:
            # `told Lee in an interview`: a prepositional cue beside a verb cue only says how it was said.
            cues = [cue for cue in cues if cue.group().lower() not in _MANNER_CUES] or cues
        owner = self._owner_of_cited_words(cues[-1], stop)
        if owner is not None and self._decide(quote, owner, "cue_before", cues[-1].group().lower()):
            return True
        perceived = self._perceived_subject(cues, begin, stop)
        if perceived is not None and self._decide(quote, perceived[0], "cue_before", perceived[1], True):
            return True
        nearest = None
        for candidate in reversed(cues):
            found = self._cue_subject(candidate, begin, stop, para)
            # `The chef said she was tired and then quipped to Colm, "..."`: a cue joined by `and` to an earlier
            # predicate shares its subject; where its own cannot be read, the earlier cue's is its.
            nearest = found if nearest is None or nearest[1] is None and _JOINED_BEFORE.search(
                self.text, max(begin, nearest[0].start() - 16), nearest[0].start()) else nearest
            if found[1] is not None and (self._names_someone(found[1]) or
                                         self._office_holder_right_before(candidate, found[1], stop) or
                                         _PREPOSITION_WHICH_BEFORE.search(self.text, max(begin, found[1].start - 16),
                                                                          found[1].start)):
                break
        else:
            found = nearest
        cue, phrase, subject = found
        if self._reported_evaluation(quote, cue, stop) or self._evaluation_in_relative(quote, cue, stop):
            return True
        if phrase is not None and self._decide(quote, phrase, "cue_before", cue.group().lower(), subject):
            return True
        # `Holm's campaign went on the offensive, tweeting a video in which Berg called himself "very
        # pro-choice"`: where the cue's subject names no one, a verb of evaluation after it, nearer the
        # quote, may govern it.
        # A participle (`, calling it "..."`) hangs on the clause of the cue, whose subject failed already.
        verbs = list(_evaluation_verbs().finditer(self.text, max(cue.end(), stop - _EVALUATION_REACH), stop))
        return bool(verbs) and not verbs[-1].group().endswith("ing") and \
            self._evaluation(quote, cue.end(), stop, named_only=True)

    def _asserted_by_possessor(self, quote: Quote, begin: int, stop: int) -> bool:
        """`Ann Lee mocked Tom Holm's claim that he "knows more than the generals"`: quoted words in the clause
        that gives the content of a possessed speech act (`assertion_nouns.txt`) are the possessor's words, not
        those of whoever the sentence says mocked, denied or derided them (asked only of words a verb of
        evaluation took, in a sentence with no cue)."""
        if "'s" not in self.text[begin:stop] and "\u2019s" not in self.text[begin:stop] and \
                not any(word in self.text[begin:stop] for word in ("his ", "her ", "their ", "His ", "Her ")):
            return False  # most sentences hold no possessor, and this costs less than the pattern
        content = _asserted_content().search(self.text, max(begin, stop - 200), stop)
        if content is None:
            return False
        if content.group("pronoun"):
            word = _SUBJECT_OF_POSSESSIVE[content.group("pronoun").lower()]
            phrase: Phrase | None = Phrase(content.start("pronoun"), content.end("pronoun"), word, "pronoun")
        else:
            phrase = phrase_before(self.text, begin, content.end("owner"))
        if phrase is None or phrase.kind not in ("name", "pronoun") or \
                self.resolver.resolve(phrase, self.last_speaker)[0] is None:
            return False  # the evaluating verb's subject keeps the words
        quote.speaker_named = True  # a name or a pronoun for one, where the evaluator may have been described
        return self._decide(quote, phrase, "evaluation", content.group("noun").lower(), True)

    def _asserted_by_owner(self, quote: Quote, begin: int, stop: int) -> bool:
        """`The Premier ruled out an election, dismissing Opposition claims that her government is "in freefall"`:
        quoted words in the clause that gives the content of a speech act (`assertion_nouns.txt`) whose owner a
        name before the noun gives (a noun used as a modifier: `Opposition claims`, `Labour Party warnings`) are
        the owner's, whatever verb the sentence hangs them on (asked only in a sentence with no cue)."""
        sentence = self.text[begin:stop]
        if not any(noun in sentence for noun in lexicon.assertion_nouns()):
            return False  # most sentences name no claim, and this costs less than the pattern
        content = _owned_content().search(self.text, max(begin, stop - 200), stop)
        if content is None or content.group("owner").split()[-1] in _not_owner_words():
            return False
        phrase = phrase_after(self.text, content.start("owner"), content.end("owner"))
        if phrase is None or phrase.kind != "name" or phrase.end != content.end("owner"):
            return False
        quote.speaker_named = True
        return self._decide(quote, phrase, "evaluation", content.group("noun").lower(), True)

    def _owner_of_cited_words(self, cue: re.Match[str], stop: int) -> Phrase | None:
        """`The President recalled the words of the poet Ana Berg: "..."`, `quoted Berg's famous remark: "..."`:
        where the object of the cue nearest the quote, right before it, is someone's words with their owner
        (`cited_words_nouns.txt`), the owner spoke them, not the one who cites them. The owner is the noun
        phrase that ends the object (the name of an apposition) or the possessive before the noun."""
        gap = self.text[cue.end():stop].rstrip(" :," + QUOTE_MARKS)
        if len(gap) > 120 or not gap:
            return None  # most cues stand right before their quote
        owned = _CITED_WORDS_OWNED.fullmatch(gap)
        if owned is not None and owned.group("noun").lower() in lexicon.cited_words_nouns():
            return phrase_before(self.text, cue.end(), cue.end() + owned.end("owner"))
        sent = _STATEMENT_FROM.match(gap)
        if sent is not None and sent.group("noun").lower() in lexicon.document_nouns():
            # `The campaign responded with a statement from its chairman, Jo Park: "..."`: who it is from wrote it.
            return phrase_before(self.text, cue.end() + sent.end(), cue.end() + len(gap))
        of = _CITED_WORDS_OF.match(gap)
        if of is None or of.group("noun").lower() not in lexicon.cited_words_nouns():
            return None
        # `recalled the words of Teodor Vass, who called the pact "..."`: a relative clause on the owner ends the
        # owner's phrase; the noun its verb takes (`the pact`) is no owner.
        relative = gap.find(", who ", of.end())
        return phrase_before(self.text, cue.end() + of.end(), cue.end() + (relative if relative > 0 else len(gap)))

    def _perceived_subject(self, cues: list[re.Match[str]], begin: int, stop: int) -> tuple[Phrase, str] | None:
        """`Pike said he heard fans chant, "..."`: a cue verb in its bare form after a verb of perception
        and its object (`heard fans chant`) has that object for its subject, who speaks, named or not; the
        one who perceived does not. Only the frame nearest the quote: no other cue after it."""
        segment = self.text[begin:stop]
        if not any(verb in segment for verb in ("hear", "saw", "see", "watch")):
            return None
        frames = list(_perceived_speech().finditer(self.text, begin, stop))
        if not frames or any(cue.start() >= frames[-1].end() for cue in cues):
            return None
        frame = frames[-1]
        phrase = phrase_after(self.text, frame.start("object"), frame.end("object")) or \
            Phrase(frame.start("object"), frame.end("object"), frame.group("object"), "description")
        return phrase, frame.group("verb")

    def _in_trailing_clause(self, cue: re.Match[str], begin: int, stop: int) -> bool:
        """`"...," Pike told Lund, after Lund told Pike that the roses were her mother's. "I must come back in
        June."`: a cue in an adverbial clause after the main clause tells what led up to it; a quote in a
        sentence of its own after them goes on with the main clause's speaker. Not the quote the clause's
        own sentence holds (`Pike left after Lund said "..."`)."""
        if not self.text[cue.end():sentence_start(self.text, cue.end(), min(stop + 1, len(self.text)))].strip():
            return False  # no sentence ends between the cue and the quote
        return _TRAILING_SUBORDINATE.search(self.text, max(begin, cue.start() - 60), cue.start()) is not None

    def _questioned(self, quote: Quote, begin: int, stop: int, para: Paragraph) -> bool:
        """`The moderator, Mike Dale, pressed Lind on the levy. "Ms. Lind, why now?"`: a question in quotes after
        a sentence with no cue but a verb of putting questions (`questioning_verbs.txt`) with a person as its
        object (a name or a pronoun) is the question the verb's subject put."""
        if quote.text.rstrip(QUOTE_MARKS + " ")[-1:] != "?":
            return False
        verb = _questioning_pattern().search(self.text, begin, stop)
        if verb is None:
            return False
        cue, phrase, subject = self._cue_subject(verb, begin, stop, para)
        return phrase is not None and self._decide(quote, phrase, "cue_before", cue.group().lower(), subject)

    def _finding(self, quote: Quote, begin: int, stop: int, para: Paragraph) -> bool:
        """`The audit found that the agency "failed to track" repairs`: words quoted in the clause that a verb
        of reaching a finding (`finding_verbs.txt`) opens with `that` are the finding of its subject, a body,
        a court, an official or a document that speaks for its author, as a cue's would be. Without `that`
        the verb takes an object (`found the plan "unworkable"`), and the quote may be the writer's label."""
        if quote.kind != "partial":
            return False  # words quoted inside the clause itself, not a sentence of their own
        verb = finding_clause(self.text, begin, stop)
        if verb is None:
            return False
        cue, phrase, subject = self._cue_subject(verb, begin, stop, para)
        verb = cue.group().split()[0].lower()
        return phrase is not None and self._decide(quote, phrase, "cue_before", verb, subject)

    def _utterance(self, quote: Quote, begin: int, stop: int) -> bool:
        """`The crowd broke into chants of "Four more years!"`: the subject of the verb that takes the noun for
        the utterance shouted the words (`frames.shouting_verb`)."""
        verb_start = shouting_verb(self.text, begin, stop)
        if verb_start is None:
            return False
        phrase = phrase_before(self.text, begin, subject_end(self.text, begin, verb_start)) or \
            self._clause_subject(begin, verb_start)
        return phrase is not None and self._decide(quote, phrase, "cue_before", None, True)

    def _passive_agent(self, quote: Quote, begin: int, stop: int, after: int) -> bool:
        """`Ekdal said he was told by Pell that the logbook "was never kept"`: the agent of a passive cue of
        telling (`was told by`, `had been assured by`), after the last active cue, is who spoke to the subject:
        the quote in what they said is theirs. Not `asked`, whose agent puts a question."""
        if "by " not in self.text[after:stop]:
            return False  # most sentences hold no agent
        passive = [cue for cue in find_cues(self.text, after, stop) if is_passive(self.text, cue.start())
                   and cue.group().lower() not in _ASKING_CUES]
        agent = _BY_AGENT.match(self.text, passive[-1].end(), stop) if passive else None
        if agent is None:
            return False
        phrase = phrase_after(self.text, agent.end(), stop)
        if phrase is None or phrase.kind == "pronoun" or phrase.start != agent.end() or not self._names_someone(phrase):
            return False
        return self._decide(quote, phrase, "cue_before", passive[-1].group().lower(), True)

    def _reported_evaluation(self, quote: Quote, cue: re.Match[str], stop: int) -> bool:
        """`Vance told investigators that the sheriff had called the cameras "a waste of money"`: a verb of
        evaluation in the clause the cue reports, with a subject of its own that names someone of the article,
        gives the quoted words to that subject, whose words the cue's subject relays. A pronoun there is most
        often the cue's subject again, and a participle (`, calling it "..."`) shares the cue's subject."""
        if quote.kind != "partial":
            return False  # words quoted inside the clause itself, not a sentence of their own
        reach = max(cue.end(), stop - _EVALUATION_REACH)
        verbs = [(m.start(), m.end(), m.group()) for m in _evaluation_verbs().finditer(self.text, reach, stop)]
        if " as" in self.text[reach:stop]:  # `that the senator referred to voters as "..."`
            verbs = sorted(verbs + [(m.start("verb"), m.end("verb"), m.group("verb").split()[0])
                                    for m in naming_as().finditer(self.text, reach, stop)])
        if not verbs or verbs[-1][2].endswith("ing") or is_passive(self.text, verbs[-1][0]):
            return False
        verb_start, verb_end, verb = verbs[-1]
        if _PREPOSITION_AFTER.match(self.text, verb_end):
            return False  # `called on members to ...`, `called for calm`: another verb, which quotes nothing
        between = self.text[cue.end():verb_start].lower().split()
        if is_participle(self.text, cue) or between and between[0] in PREPOSITIONS and "that" not in between:
            return False  # `Lee, speaking in Oslo, called it "..."`: an aside, which reports no clause
        # The reported clause opens past `that` (`told investigators that the sheriff had called`).
        that = self.text.rfind(" that ", cue.end(), verb_start)
        opening = that + len(" that ") if that >= 0 else cue.end()
        phrase = phrase_before(self.text, opening, subject_end(self.text, opening, verb_start))
        if phrase is None or phrase.kind == "pronoun" or not self._names_someone(phrase) or \
                phrase.text.split()[0].lower() in ("a", "an"):
            return False  # `a super PAC called Future45`: a participle after an indefinite noun names it
        return self._decide(quote, phrase, "evaluation", verb, True)

    def _evaluation_in_relative(self, quote: Quote, cue: re.Match[str], stop: int) -> bool:
        """`Holm's campaign went on the offensive, tweeting a video in which Berg called himself "very
        pro-choice"`: a verb of evaluation in a relative clause after the cue (`in which`, `where`), nearer the
        quote, with a subject of its own, governs the words: the cue's subject only passes the video on."""
        verbs = list(_evaluation_verbs().finditer(self.text, max(cue.end(), stop - _EVALUATION_REACH), stop))
        if not verbs or verbs[-1].group().endswith("ing"):
            return False
        relatives = list(_RELATIVE_ADVERBIAL.finditer(self.text, cue.end(), verbs[-1].start()))
        return bool(relatives) and self._evaluation(quote, relatives[-1].end(), stop, named_only=True)

    def _in_relative_aside(self, cue: re.Match[str], begin: int, stop: int) -> bool:
        """`A senior aide, who was not authorized to speak publicly, called the plan "..."`: a cue inside a
        relative clause set off by commas tells of the subject, not of the quote; the verb after the closing
        comma governs it. Not a quote inside the clause itself (`Lee, who called it "tired," left`), nor one
        that the clause's own cue introduces, with no verb after its comma (`Lee, who joked of it, "..."`)."""
        comma = self.text.rfind(", ", begin, cue.start())
        if comma < 0 or not _RELATIVE_OPENING.match(self.text, comma + 2, cue.start()):
            return False
        closing = self.text.find(",", cue.end(), stop)
        return closing >= 0 and not any(mark in self.text[cue.end():closing] for mark in QUOTE_MARKS) and \
            _WORD_AFTER_ASIDE.search(self.text, closing, stop) is not None

    def _after_fronted_clause(self, begin: int, colon: int) -> int:
        """`Asked about it, the senator was blunt: "..."`, `When pressed, Lee shrugged: "..."`: a clause fronted
        before the subject (opening with a past participle or a subordinator) ends at its comma, and the
        sentence's subject, who speaks, comes after it."""
        opening = self.text[begin:colon].split(None, 1)
        comma = self.text.find(",", begin, colon)
        if not opening or comma < 0:
            return begin
        first = opening[0].lower()
        if first not in _SUBORDINATORS and not lexicon.is_past_form(first):
            return begin
        return comma + 1

    def _label_name(self, begin: int, colon: int) -> Phrase | None:
        """`Ann Lee, Twitter: "..."`, `Senator Ann Lee, a Democrat: "..."`: a label before a colon names
        its speaker first and says who they are or where they wrote after a comma."""
        comma = self.text.find(",", begin, colon)
        if comma < 0:
            return None
        chunk = self.text[begin:comma].split()
        if not chunk or chunk[0] in STOP_CAPS or not all(word[:1].isupper() for word in chunk) or \
                all(word.isupper() for word in chunk) or is_determiner(chunk[0]):
            # `In Las Vegas, ...`, `Asked about it, ...`, `POLLS NOT WRONG, ...` (a section title); `Another,
            # Sen. Ada Lind, went further:` is a description and the name set off after it, not a label.
            return None
        phrase = phrase_before(self.text, begin, comma)
        return phrase if phrase is not None and phrase.kind == "name" else None

    def _introduced(self, quote: Quote, para: Paragraph) -> bool:
        """A quote right after `cue,` or `cue:` in its paragraph that ends its own sentence."""
        edge = edge_before(self.text, quote.start, para.start)
        before = self.text[max(para.start, edge - _INTRODUCER_REACH):edge].rstrip()
        if not before.endswith((",", ":")):
            return False
        words = before[:-1].rsplit(None, 3)
        closes = self.text[quote.start:quote.end].rstrip(QUOTE_MARKS + " ").endswith((".", "?", "!"))
        return closes and any(is_cue_word(word.strip(".,;:")) for word in words[-3:])  # `telling her,`

    def _in_possessors_words(self, quote: Quote, begin: int, stop: int) -> bool:
        """`In Lee's words, "..."`, `in the mayor's own words: "..."`: the owner of the words speaks, as after
        `in the words of` and `in her words`. Only where `words` stands right before the quote."""
        owner = possessors_words(self.text, max(begin, stop - _POSSESSED_WORDS_REACH), stop)
        phrase = phrase_after(self.text, owner.start("owner"), owner.end("owner")) if owner else None
        if phrase is None or phrase.end != owner.end("owner") or phrase.kind not in ("name", "role"):
            return False
        return self._decide(quote, phrase, "cue_before", "in the words of")

    def _quoted_one(self, cue: re.Match[str], begin: int) -> Phrase | None:
        """`The press service quoted Sokol as saying`, `..., the agency quoted him as saying`: the one
        quoted, the object of `quoted` (or the subject of its passive, `Sokol was quoted by the agency as
        saying`), speaks; None for any other cue."""
        if cue.group().lower() != "as saying":
            return None
        quoted = _QUOTED_OBJECT.search(self.text, max(begin, cue.start() - 80), cue.start())
        if quoted is None:
            return None
        if self.text.startswith("by ", quoted.end()):
            # `Lee was quoted by the agency as saying`: the passive's agent relays the words; its subject,
            # the one quoted, speaks.
            passive = _BE_BEFORE.search(self.text, begin, quoted.start())
            return phrase_before(self.text, begin, passive.start()) if passive else None
        pronoun = _OBJECT_PRONOUNS.get(self.text[quoted.end():cue.start()].strip().lower())
        if pronoun:  # `quoted him as saying`: he speaks
            return Phrase(quoted.end(), cue.start(), pronoun, "pronoun")
        return phrase_after(self.text, quoted.end(), cue.start())

    def _completes_a_noun(self, cue: re.Match[str], begin: int) -> bool:
        """`granted anonymity to speak candidly`: a cue in a to-infinitive after an abstract noun completes the
        noun and reports nothing; but not where a verb of causing takes the noun as its object (`prompting the
        union to warn`), whose act the infinitive tells."""
        return _NOUN_TO_BEFORE.search(self.text, max(begin, cue.start() - 30), cue.start()) is not None and \
            _caused_object().search(self.text, max(begin, cue.start() - 80), cue.start()) is None

    def _caused_to_speak(self, cue: re.Match[str], begin: int) -> Phrase | None:
        """`The figures show record waits, prompting the nurses' union to warn of a "winter crisis"`: a cue in a
        to-infinitive after a verb of causing (`causing_verbs.txt`) and its object has that object for its
        subject, who speaks (object control), not the subject of the clause."""
        if not self.text.endswith("to ", max(begin, cue.start() - 3), cue.start()):
            return None  # most cues are no infinitive, and this costs less than the pattern
        caused = _caused_object().search(self.text, max(begin, cue.start() - 80), cue.start())
        if caused is None:
            return None
        start, end = caused.span("object")
        pronoun = _OBJECT_PRONOUNS.get(caused.group("object"))
        if pronoun:  # `prompting her to warn`: she speaks
            return Phrase(start, end, pronoun, "pronoun")
        phrase = phrase_before(self.text, start, end)
        return phrase if phrase is not None and phrase.start == start else None

    def _made_to_speak(self, cue: re.Match[str], begin: int) -> Phrase | None:
        """`The crowd was so calm that Mr. Ilves was prompted to say, "..."`: the passive of a verb of causing
        (`causing_verbs.txt`) before a cue in the to-infinitive has the one made to speak as its subject, before
        the auxiliary (`was forced to admit`, `felt compelled to add`)."""
        if not self.text.endswith("to ", max(begin, cue.start() - 3), cue.start()):
            return None  # most cues are no infinitive, and this costs less than the pattern
        made = _caused_passive().search(self.text, max(begin, cue.start() - 60), cue.start())
        if made is None:
            return None
        pronoun = self.text[begin:made.start()].split()[-1:]
        if pronoun and pronoun[0].lower() in ("he", "she", "they"):
            return Phrase(made.start() - len(pronoun[0]) - 1, made.start() - 1, pronoun[0].lower(), "pronoun")
        return phrase_before(self.text, begin, subject_end(self.text, begin, made.start()))

    def _object_pronoun(self, start: int, stop: int) -> Phrase | None:
        """`According to him, "..."`: the object pronoun after a preposition, read as the person it stands for."""
        words = self.text[start:min(stop, start + 8)].split(None, 1)
        word = words[0].rstrip(",:") if words else ""
        pronoun = _OBJECT_PRONOUNS.get(word.lower())
        if pronoun is None or word.lower() == "her" and words[0] == word:
            return None  # `according to her "clawback" plan`: `her` before a noun is its determiner
        at = self.text.index(word, start)
        return Phrase(at, at + len(word), pronoun, "pronoun")

    def _cue_subject(self, cue: re.Match[str], begin: int, stop: int,
                     para: Paragraph) -> tuple[re.Match[str], Phrase | None, bool]:
        """The cue, the phrase naming its speaker, and whether that phrase is a clause subject."""
        if cue.group().lower() in _SOURCE_AFTER:
            return cue, self._object_pronoun(cue.end(), stop) or phrase_after(self.text, cue.end(), stop), False
        owner = _WORDS_OF.fullmatch(cue.group())
        if owner:
            # `It had, in her words, become "unhealthy"`: the owner of the words speaks.
            pronoun = {"his": "he", "her": "she"}.get(owner.group(1).lower())
            start = cue.start() + owner.start(1)
            return cue, Phrase(start, start + len(owner.group(1)), pronoun, "pronoun") if pronoun else None, True
        quoted = self._quoted_one(cue, begin)
        if quoted is not None:
            return cue, quoted, False
        caused = self._caused_to_speak(cue, begin) or self._made_to_speak(cue, begin)
        if caused is not None:
            return cue, caused, True
        if self.text[begin:cue.start()].rstrip().endswith(",") and not is_participle(self.text, cue) and \
                cue.group().lower() not in _OBJECT_CUES:
            # `The decision, said Judge Ann Nolan, "..."`, `Times were hard, said Mayor Ed Park.`: a cue set
            # off by commas puts its subject after it.
            after = phrase_after(self.text, cue.end(), stop)
            # The phrase is set off too (`, said Judge Ann Nolan, "..."`); one the quote follows at once is
            # the subject of the reported clause (`Roe, a nurse, said the hospital "failed its staff"`).
            # A day or a month after the cue is when it was said (`Her spokesman, Jo Lee, said Wednesday:`).
            if after is not None and after.kind in ("name", "role") and \
                    after.text.split()[0].rstrip(".") not in CALENDAR_WORDS and \
                    self.text[after.end:stop].strip(" " + QUOTE_MARKS)[:1] in (",", ".", ";", ":"):
                return cue, after, False
        inverted = self._inverted_subject(cue, begin, stop)
        if inverted is not None:
            return cue, inverted, False
        relative = self._relative_subject(begin, cue.start(), stop)
        if relative is not None:
            return cue, relative, True
        coordinated = self._coordinated_subject(begin, cue.start())
        if coordinated is not None:
            return cue, coordinated, True
        owner = self._text_owner(begin, cue.start())
        if owner is not None:
            return cue, owner, True
        verb_start = self._aspect_verb_start(begin, cue)
        phrase = phrase_before(self.text, begin, subject_end(self.text, begin, verb_start))
        # `The manufacturer, Nordtek Systems Inc., said`: the name set off after the description says who.
        phrase = appositive_name(self.text, phrase, cue.start()) or phrase
        phrase = self._subject_after_preposition_which(phrase, cue.start()) or phrase
        if phrase is None and not is_participle(self.text, cue):
            sentence = sentence_start(self.text, para.start, stop)
            if sentence < begin and self.text[sentence] not in QUOTE_MARKS and \
                    not self.text[cue.end():stop].strip(" ,:") and \
                    any(mark in self.text[sentence:begin] for mark in QUOTE_MARKS):
                # `Lupo, who wore a cape reading "I'm with her," shouted`: a quote inside the subject's
                # aside, not a quote of its own, stands between the subject and the verb.
                phrase = phrase_before(self.text, sentence, subject_end(self.text, sentence, cue.start()))
        if phrase is None or is_participle(self.text, cue):
            # `Mrs. Lee shook her head and said`, `Lee needled him, saying`: the clause's subject, which
            # starts after any quote earlier in the sentence (`"...," Lee wrote, explaining "..."`); but in an
            # absolute construction (`The vote was close, with one Republican warning that ...`) the noun
            # phrase after `with` is the participle's own subject.
            absolute = self._absolute_subject(begin, cue.start()) if is_participle(self.text, cue) else None
            if absolute is not None:
                return cue, absolute, True
            subject = self._clause_subject(begin, verb_start)
            sentence = sentence_start(self.text, para.start, stop)
            if subject is None and self.text[sentence] not in QUOTE_MARKS and self.resolver.in_narration(sentence):
                # `He aired his "doubts" on the radio, adding "..."`: a quote earlier in the sentence that
                # was part of the clause, whose subject opens the sentence. Not a sentence that opens
                # inside quoted words (`"We lost. He was better," said Lee`): its subject is the speaker's.
                subject = self._clause_subject(sentence, cue.start())
            if subject is None and phrase is not None and is_participle(self.text, cue) and \
                    self.text[phrase.end:cue.start()].strip() == "," and \
                    re.search(r"\b[a-z]{3,}\b", self.text[begin:phrase.start]):
                # `Berg's campaign shrugged off the comments, telling reporters`: after a verb, the words
                # before the comma end the main verb's object, which does not speak (`Lee, noting ...,`
                # opens its clause and does).
                phrase = None
            return cue, subject or phrase, True
        return cue, phrase, False

    def _subject_after_preposition_which(self, phrase: Phrase | None, cue_start: int) -> Phrase | None:
        """`Ruiz described a meeting in which a deputy told her`: a relative clause opened by a preposition and
        `which` has a subject of its own after `which`; the noun the relative hangs on (`a meeting`) does not
        speak, nor does anyone before it."""
        if phrase is None or " which " not in phrase.text:
            return None  # most subjects hold no relative, and this costs less than the pattern
        found = list(_PREPOSITION_WHICH.finditer(self.text, phrase.start, phrase.end))
        return phrase_after(self.text, found[-1].end(), cue_start) if found else None

    def _aspect_verb_start(self, begin: int, cue: re.Match[str]) -> int:
        """`The crowd began chanting "..."`, `Lee kept repeating "..."`: an -ing cue right after a verb of aspect
        (`aspect_verbs.txt`) is its complement; the aspect verb is the clause's finite verb, and the subject
        ends before it. Elsewhere the cue's own start."""
        if not cue.group().lower().endswith("ing"):
            return cue.start()
        before = _LAST_WORD.search(self.text, max(begin, cue.start() - 16), cue.start())
        if before is None or before.group(1).lower() not in lexicon.aspect_verbs():
            return cue.start()
        return before.start(1)

    def _sequel_text(self, quote: Quote, begin: int, colon: int) -> bool:
        """`"Lee is lying," she wrote.` then `A second tweet followed: "..."`: a text (`document_nouns.txt`) that
        comes after another of its kind, as an ordinal or `another` says, is by the author of the words quoted
        just before, in that paragraph or the one before."""
        previous = self._previous
        if previous is None or previous.speaker is None or "A" not in self.text[begin:begin + 4]:
            return False  # most colons follow no such sentence, and this costs less than the pattern
        sequel = _SEQUEL_TEXT.fullmatch(self.text, begin, colon)
        if sequel is None or sequel.group("noun") not in lexicon.document_nouns() or \
                self._para(quote.start).index - self._para(previous.start).index > 1:
            return False
        return self._inherit(quote, previous, "cue_before", 0.7)

    def _text_owner(self, begin: int, cue_start: int) -> Phrase | None:
        """`Lee's reply came in a statement: "..."`, `Her latest tweet read: "..."`: a subject that is someone's
        text or reply (`document_nouns.txt`, `reply_nouns.txt`), with at most a modifier before the noun and a
        few words of its predicate after it, stands for its owner, who speaks (a name, a description or the
        pronoun a possessive gives), not for the words the verb then takes."""
        stretch = self.text[begin:cue_start]
        if "'s " not in stretch and "\u2019s " not in stretch and \
                not any(word in stretch for word in ("His ", "Her ", "Their ", "his ", "her ", "their ")):
            return None  # most subjects hold no possessive, and this costs less than the pattern
        match = _POSSESSED_TEXT_SUBJECT.fullmatch(self.text, begin, cue_start)
        if match is None:
            return None
        words = match.group("rest").split()
        nouns = lexicon.document_nouns() | lexicon.reply_nouns()
        head = next((i for i, word in enumerate(words[:2]) if word in nouns), None)
        if head is None or len(words) - head - 1 > 3:
            return None
        if match.group("pronoun"):
            word = _SUBJECT_OF_POSSESSIVE[match.group("pronoun").lower()]
            phrase: Phrase | None = Phrase(match.start("pronoun"), match.end("pronoun"), word, "pronoun")
        else:
            phrase = phrase_after(self.text, match.start("owner"), match.end("owner"))
            if phrase is None or phrase.end != match.end("owner") or phrase.kind not in ("name", "role"):
                return None
        self._text_owners.add(phrase.start)
        return phrase

    def _inverted_subject(self, cue: re.Match[str], begin: int, stop: int) -> Phrase | None:
        """`Said Lee, when asked about the levy: "..."`: a cue verb that opens its sentence puts its subject
        after it (subject-verb inversion); a name or a role, set off by a comma or a colon or followed by the
        quote."""
        if self.text[begin:cue.start()].strip(" " + QUOTE_MARKS) or not self.text[cue.start()].isupper() or \
                is_participle(self.text, cue) or cue.group().lower() in _OBJECT_CUES:
            return None  # `Asked Lee ...`, `Told of it ...`: the one asked or told follows, not the speaker
        after = phrase_after(self.text, cue.end(), stop)
        if after is None or after.kind not in ("name", "role") or after.text.split()[0] in CALENDAR_WORDS or \
                self.text[after.end:stop].strip(" " + QUOTE_MARKS)[:1] not in (",", ":", ""):
            return None  # `Said Monday, ...`: a day after the cue says when
        return after

    def _acting_person(self, begin: int, end: int) -> Phrase | None:
        """The last person named in text[begin:end] as the subject of a verb (`when Lee again took`)."""
        found = [(p, e) for e in self.entities if e.kind == "person" for p in e.subject_positions if begin <= p < end]
        if not found:
            return None
        position, entity = max(found, key=lambda pair: pair[0])
        length = entity.length_at(self.text, position)
        return Phrase(position, position + length, self.text[position:position + length], "name")

    def _names_an_entity(self, phrase: Phrase) -> bool:
        """Whether a phrase resolves to a person or organisation the article names."""
        name, _ = self.resolver.resolve(phrase, self.last_speaker)
        return name in self.resolver.by_name

    def _office_holder_right_before(self, cue: re.Match[str], phrase: Phrase, stop: int) -> bool:
        """`The spokeswoman recalled that the Lithuanian Foreign Minister said "..."`: the subject of a cue that
        stands right before the quote (nothing between but `that` and punctuation) is its speaker though the
        article names no one for it, when it is a definite description of a person by their office (its head
        a person's role noun): an unnamed holder of an office is someone, unlike a country or a body."""
        between = self.text[cue.end():stop].strip(" ,:" + QUOTE_MARKS)
        if between and between.lower() != "that":
            return False
        words = phrase.text.split()
        return phrase.kind not in {"name", "pronoun"} and words[0].lower() == "the" and \
            lexicon.role_nouns().get(words[-1].lower()) == "person"

    def _names_someone(self, phrase: Phrase) -> bool:
        """Whether a phrase resolves to a person or organisation of the article, not a bare description."""
        if phrase.kind not in {"name", "pronoun"} and self.resolver.group(phrase):
            return True
        name, how = self.resolver.resolve(phrase, self.last_speaker)
        return name is not None and how != "description"

    def _evaluation(self, quote: Quote, begin: int, stop: int, named_only: bool = False) -> bool:
        """`Lee called the plan "reckless"`: quoted words given as the subject's own (with `named_only`, only
        when the subject is a name or a description, not a pronoun)."""
        for offset, verb in reversed(_evaluation_matches(self.text[begin:stop])):
            if not is_passive(self.text, begin + offset):
                verb_start = begin + offset
                phrase = phrase_before(self.text, begin, subject_end(self.text, begin, verb_start))
                people = people_before_verb(self.text, begin, verb_start)
                if people is not None and phrase is not None and phrase.start < people.start and \
                        phrase.text.split()[0].lower() in ("a", "an", "the"):
                    # `..., a decision cycling activists called "a betrayal"`: the relative clause's own subject,
                    # not the noun it is about.
                    phrase = people
                if phrase is None or phrase.kind == "description" and phrase.start > begin or \
                        verb.endswith("ing"):
                    phrase = people or self._absolute_subject(begin, verb_start) or \
                        self._clause_subject(begin, verb_start)
                if named_only and phrase is not None and phrase.kind == "pronoun":
                    return False
                return phrase is not None and self._decide(quote, phrase, "evaluation", verb, True)
        return False

    def _absolute_subject(self, begin: int, verb_start: int) -> Phrase | None:
        """`The feud grew, with Sen. Ann Lee calling the plan "..."`: in an absolute construction, `with` and a
        noun phrase right before a participle, that noun phrase is the participle's own subject, not the
        subject of the main clause; so too in a second one joined by `and` (`with Lee calling it "..." and Holm
        calling it "..."`). A name or a description of someone, ending right where the verb starts."""
        reach = max(begin, verb_start - _ABSOLUTE_REACH)
        opening = max(self.text.rfind(" with ", reach, verb_start), self.text.rfind(" and ", reach, verb_start))
        if opening < 0:
            return None
        if self.text.startswith(" and ", opening) and self.text.rfind(" with ", begin, opening) < 0:
            return None  # `and` joins an absolute construction only after a first one
        opening = self.text.index(" ", opening + 1) + 1
        if any(mark in self.text[opening:verb_start] for mark in ",;:" + QUOTE_MARKS):
            return None  # `with the plan, calling it ...`: the noun phrase is not right before the verb
        phrase = phrase_before(self.text, opening, verb_start)
        if phrase is None or phrase.kind == "pronoun" or self.text[phrase.end:verb_start].strip() or \
                len(self.text[opening:phrase.start].split()) > 2:
            return None  # modifiers the phrase leaves out: `with businessman Ann Lee`, `with one Republican`
        return phrase

    def _clause_subject(self, begin: int, verb_start: int) -> Phrase | None:
        """The subject that opens the clause of a verb, past an opening adverbial (`On Monday, Lee ...`).

        A cue's clause is read for its subject, and again for a verb of evaluation or a cue in the
        sentence before a quote: each answer, which the text alone decides, is kept."""
        key = (begin, verb_start)
        if key not in self._subjects:
            self._subjects[key] = self._read_clause_subject(begin, verb_start)
        return self._subjects[key]

    def _read_clause_subject(self, begin: int, verb_start: int) -> Phrase | None:
        parsed = self.annotation.subject_of(verb_start, verb_start + 1) if self.annotation else None
        if parsed and begin <= parsed[0] and parsed[1] <= verb_start and \
                (phrase := phrase_before(self.text, parsed[0], parsed[1])):
            return phrase
        while begin < verb_start and (self.text[begin] in QUOTE_MARKS or self.text[begin] in " ,\n"):
            begin += 1  # `," Berg wrote ..., explaining`: the clause after a quote
        dateline = DATELINE_LEAD.match(self.text, begin, verb_start) or \
            ENTRY_TIME_LEAD.match(self.text, begin, verb_start)
        if dateline:
            # `TORONTO — Mayor Ann Lee defended ...`, a live blog's `10:35 p.m.: After the vote, the campaign
            # issued ...`: the clause after the dateline or the entry's time.
            begin = dateline.end()
        while begin < verb_start and self.text[begin] in "\u2014\u2013- ":
            begin += 1  # `HAMILTON, Ont. — Coun. Lee`: the dateline's own full stop ended a sentence
        conjunction = CONJUNCTIONS.match(self.text, begin, verb_start)
        start = conjunction.end() if conjunction else begin
        for _ in range(3):
            # `On Thursday, after staying neutral, Wren appeared ...`: past each opening adverbial.
            first = re.match(r"\W*(\w+)", self.text[start:verb_start])
            if not first or first.group(1).lower() not in CLAUSE_OPENERS:
                break
            comma = self.text.find(",", start, verb_start)
            if comma < 0:
                return None
            start = comma + 1
        set_off = self._name_set_off_after_description(start, verb_start)
        if set_off is not None:
            return set_off
        phrase = phrase_after(self.text, start, verb_start)
        if phrase is not None and self._determiner_alone(phrase, verb_start):
            phrase = None
        if phrase is None or phrase.kind == "description" and not is_definite_role(phrase.text) and \
                not ((one := _INDEFINITE_PERSON.fullmatch(phrase.text)) and lexicon.person_word(one.group("head"))) or \
                not self._leads_a_name(start, phrase):
            phrase = plural_subject(self.text, start, verb_start)
            if phrase is None:
                return None
        phrase = self._name_after_lowercase_title(phrase, verb_start)
        head_end = phrase.end
        if phrase.kind == "name" and self.text.startswith((" of ", " from "), head_end) and \
                not lexicon.org_nouns() & set(phrase.text.split()) and \
                (body := _OF_BODY_AFTER_NAME.match(self.text, head_end, verb_start)):
            # `Justice Ida Berg of the Superior Court handed down the sentence, calling it "..."`: a person's
            # body stands between the name and the verb, as a place does before a cue (`subject_end`); after
            # a body's own name (`the Diocese of Vestby`), what follows `of` is still that name.
            head_end = body.end()
        follows = BEFORE_VERB.match(self.text, head_end, verb_start + 1)
        if follows is None or follows.group("word") in NOT_VERBS:
            return None
        # A pronoun or a full name heads its clause; a lone capitalised word only with a verb after it
        # (a past or a present form: `Lee shook`, `Lee on Monday insisted`).
        verb_at = len(self.text[:follows.start("word")].rstrip())
        if follows.start("word") != verb_start and not heads_a_clause(self.text, verb_at) and \
                not (phrase.kind == "pronoun" or " " in phrase.text or follows.group("word").endswith("s")):
            return None
        return phrase

    def _determiner_alone(self, phrase: Phrase, verb_start: int) -> bool:
        """`The dockers began chanting`, `Several dockers kept shouting`: a capitalised determiner read alone, as a
        run of capitals, is no subject when a noun follows it; the noun heads the subject. Not when a verb follows
        (`Another featured ...`): the determiner then stands for a noun of its own."""
        if not all(is_determiner(word) for word in phrase.text.split()):
            return False
        following = self.text[phrase.end:verb_start].split(None, 1)
        return bool(following) and not lexicon.is_past_form(following[0])

    def _name_set_off_after_description(self, start: int, verb_start: int) -> Phrase | None:
        """`The state party chairman, Walt Reyes, went further, calling ...`: a clause that opens on a
        description of a person (its head a noun for one, in lower case) and a name set off by commas after
        it has that person for its subject, the name saying who; the verb comes after the closing comma. So
        does an indefinite description of a body with a participle after its head (`A super PAC backing
        Coffey, Bluegrass Forward, has spent`)."""
        comma = self.text.find(", ", start, verb_start)
        words = self.text[start:comma].split() if comma > start else []
        if 2 < len(words) <= 6 and words[0].lower() in ("a", "an") and \
                (cut := next((i for i, word in enumerate(words[2:], 2) if word.endswith("ing")), 0)) and \
                lexicon.role_nouns().get(words[cut - 1].lower()) == "org":
            # `A super PAC backing Coffey, Bluegrass Forward, has spent`: a body described by its head noun and a
            # participle with its object; the name set off after it names the body.
            words = words[:cut]
        elif not words or len(words) > 6 or not words[-1].islower() or \
                lexicon.role_nouns().get(words[-1]) != "person" and not lexicon.person_word(words[-1]):
            return None
        name = appositive_name(self.text, Phrase(start, comma, self.text[start:comma], "description"), verb_start)
        if name is None or not self.text.startswith(", ", name.end):
            return None
        follows = BEFORE_VERB.match(self.text, name.end + 1, verb_start + 1)
        return name if follows is not None and follows.group("word") not in NOT_VERBS else None

    def _leads_a_name(self, start: int, phrase: Phrase) -> bool:
        """Whether text[start:phrase.start] may stand before the name at the head of a clause: an article,
        titles and descriptive capitals (`The Ohio Senator`), and a title in lower case after them that ends
        in a noun for a person (`Press secretary`, `White House press secretary`)."""
        lead = LEAD_OF_NAME.match(self.text, start, phrase.start)
        if lead is None or lead.end() == phrase.start:
            return lead is not None
        title = _TITLE_WORDS.fullmatch(self.text, lead.end(), phrase.start)
        return phrase.kind == "name" and title is not None and lexicon.role_nouns().get(title.group("noun")) == "person"

    def _name_after_lowercase_title(self, phrase: Phrase, verb_start: int) -> Phrase:
        """`White House press secretary Ann Lee defended ...`, `Campaign manager Jo Park denied ...`: a title
        written in lower case, as news style writes a job description, stands before the name it describes;
        the capitals that open the sentence (`White House`, `Campaign`) are the title's, not the subject."""
        title = _LOWERCASE_TITLE.match(self.text, phrase.end, verb_start)
        if title is None or lexicon.role_nouns().get(title.group("noun")) != "person":
            return phrase
        name = phrase_after(self.text, title.end(), verb_start)
        return name if name is not None and name.kind == "name" and name.start == title.end() else phrase

    # -- driver --------------------------------------------------------------------------------
    def run(self) -> None:
        quotes = self.doc.top_level_quotes()
        turns = [q for q in quotes if q.turn]
        sides = interview_sides(self.text, turns[0].start, self.entities) if turns else Sides(None, None)
        interviewee = sides.guest or (self._interviewee() if turns else None)
        previous: Quote | None = None
        previous_para: Paragraph | None = None  # the paragraph `previous` starts in
        for i, quote in enumerate(quotes):
            self._previous = previous
            para = self._para(quote.start)
            end_para = self._para(quote.end)
            next_start = quotes[i + 1].start if i + 1 < len(quotes) else len(self.text)
            prev_end = previous.end if previous is not None else 0
            decided = (
                self._asked_by_host(quote, sides)
                or self._label(quote)
                or self._introducer(quote)
                or self._claim_label(quote, para)
                # Quoted words inside narration hang on the verb before them (`Lee called it "a farce"`).
                # Not words a dash sets off that a cue of their own follows (`Ruiz denies the claim -- "who would?"
                # asked Lee`): those are framed after them.
                or quote.kind == "partial" and not self._framed_after_a_dash(quote) and
                self._cue_before(quote, para, prev_end)
                # `telling him, "...next season." He replied`: a quote its cue introduces, and which closes
                # its sentence, is the introducer's; the cue after it starts the next sentence.
                or quote.kind == "direct" and self._introduced(quote, para) and self._cue_before(quote, para, prev_end)
                and quote.speaker_named
                or (quote.kind in ("direct", "partial") and (
                    self._cue_after(quote, end_para, next_start) or self._signature(quote, end_para, next_start)
                    or self._cue_before(quote, para, prev_end)))
            )
            if not decided and quote.kind == "direct" and self._inscription(quote, end_para, next_start):
                self.inscribed.add(quote.quote_id)
            if not decided and quote.kind in ("direct", "partial") and quote.quote_id not in self.inscribed:
                decided = self._follow(quote, previous, para) or self._previous_paragraph(quote, para) or \
                    self._lead_in(quote, para)
            if not decided and quote.kind == "direct" and quote.quote_id not in self.inscribed:
                decided = self._presented_text(quote, para) or self._announced(quote, para) or \
                    self._topic(quote, para) or self._title_quote(quote, para)
            if not decided and quote.turn == "answer" and interviewee:
                quote.speaker, quote.method, quote.confidence = interviewee, "interview", 0.7 if sides.guest else 0.6
                decided = True
            if not decided and quote.turn == "question" and sides.host:
                quote.speaker, quote.method, quote.confidence = sides.host, "interview", 0.7
                decided = True
            if decided and self._contradicts_cue(quote):
                # `"We had guests," he said. "It was a record," she added.`: not his, whoever she is.
                quote.speaker, quote.speakers, quote.method, quote.confidence = None, [], None, 0.0
                decided = False
            if decided and quote.speaker and quote.speaker_named:
                self.last_speaker = quote.speaker
                self.resolver.note_speaker(quote.speaker, quote.start, quote.speaker_mention)
            elif decided and quote.kind == "direct" and quote.speaker and not quote.speakers and quote.mention:
                # `"...," the mother said`: someone unnamed whom a later `she` may take up.
                self.resolver.note_unnamed_speaker(quote.speaker, quote.mention.text, quote.start)
            if decided and quote.speaker and (quote.cue or "").lower() in lexicon.finding_verbs():
                # `The auditor general has found that ...`: a report named next without an author is hers.
                self.resolver.note_finding(quote.speaker, quote.start, quote.speaker_named)
            if previous is not None and previous_para != para:
                self._turn_before = previous
            previous, previous_para = quote, para
        self._echoed_titles(quotes)
        self._nested()

    def _framed_after_a_dash(self, quote: Quote) -> bool:
        """`The firm denies the claim \u2014 "who would hide a report like that?" asked Anna Reid`: a dash breaks
        off the clause before, so the cue there does not govern the quoted words; the cue right after them
        (`asked Reid`, `she said`, `Reid asked`) frames them as speech of their own."""
        before = self.text[max(0, quote.start - 4):quote.start].rstrip(QUOTE_MARKS + " ")
        if not before.endswith(("\u2014", "\u2013", "--")):
            return False
        after = self.text[quote.end:quote.end + 60].lstrip(QUOTE_MARKS + " ").split()
        if not after:
            return False
        return is_cue_word(after[0].strip(",.")) or len(after) > 1 and is_cue_word(after[1].strip(",.")) and \
            (after[0][:1].isupper() or after[0].lower() in ("he", "she", "they"))

    def _echoed_titles(self, quotes: list[Quote]) -> None:
        """`'We stay put': Dock workers vote to strike` then `"We stay put, and so do our pensions," said
        Ann Lee`: a title's quote that no rule gave to anyone is an excerpt of what someone says in the
        body, and is theirs when a quote of the body holds its words in their order."""
        for quote in quotes:
            if quote.speaker is not None or quote.start >= self.paras[0].end:
                continue
            said = words(quote.text.lower())
            if len(said) < MIN_ECHO_WORDS:
                continue
            held = f" {' '.join(said)} "
            source = next((later for later in quotes if later.start >= self.paras[0].end and later.speaker and
                           held in f" {' '.join(words(later.text.lower()))} "), None)
            if source is not None:
                self._inherit(quote, source, "title", min(source.confidence, 0.6))

    def _follow(self, quote: Quote, previous: Quote | None, para: Paragraph) -> bool:
        if previous is None or previous.speaker is None:
            return False
        prev_para = self._para(previous.start)
        if prev_para == para:
            return self._inherit(quote, previous, "same_paragraph", 0.85)
        opens_paragraph = quote.start - para.start <= 2
        if opens_paragraph and prev_para.index == para.index - 1 or (
                opens_paragraph and self._only_quotes_between(previous, quote)):
            answerer = self._answerer(quote, previous, prev_para)
            if answerer is not None:
                return self._inherit(quote, answerer, "exchange", 0.6)
            return self._inherit(quote, previous, "continuation", 0.75)
        return False

    def _answerer(self, quote: Quote, question: Quote, question_para: Paragraph) -> Quote | None:
        """`"My supervisor," Ashby answered.` / `"In writing?" Vasquez asked.` / `"Yes. I have the emails."`: in an
        exchange of turns, a paragraph of quote alone after a question that was asked is the answer, the turn of
        the one who spoke in the paragraph just before the question, not more words of the asker."""
        turn = self._turn_before
        if question.cue not in _ASKING_CUES or question.text.rstrip(QUOTE_MARKS + " ")[-1:] != "?" or \
                quote.text.rstrip(QUOTE_MARKS + " ")[-1:] == "?" or turn is None or turn.speaker is None or \
                turn.speaker == question.speaker or self._para(turn.start).index != question_para.index - 1:
            return None
        return turn

    @staticmethod
    def _inherit(quote: Quote, previous: Quote, rule: str, confidence: float) -> bool:
        """The quote goes to the previous quote's speaker, mention and cue."""
        quote.speaker, quote.speaker_named, quote.speakers = previous.speaker, previous.speaker_named, previous.speakers
        quote.mention, quote.cue = previous.mention, previous.cue
        quote.method, quote.confidence = rule, confidence
        return True

    def _title_quote(self, quote: Quote, para: Paragraph) -> bool:
        """A title that is a quote and nothing else (`"We will hold the line"`) is the words of the
        person whom the lead, the paragraph under it, reports: `..., Minister Ann Lee told the paper.`"""
        if para.index != 0 or len(self.paras) < 2 or quote.start - para.start > 2:
            return False
        if para.end - quote.end > 2:
            return self._title_clause(quote, para)
        lead = self.paras[1]
        for cue in find_cues(self.text, lead.start, lead.end):
            begin = sentence_start(self.text, lead.start, cue.start())
            phrase = phrase_before(self.text, begin, cue.start()) or phrase_after(self.text, cue.end(), lead.end)
            if phrase is not None and phrase.kind == "name" and \
                    self._decide(quote, phrase, "title", cue.group().lower()):
                quote.confidence = min(quote.confidence, 0.6)
                return True
        return False

    def _title_clause(self, quote: Quote, para: Paragraph) -> bool:
        """`'We will not back down': Mayor Lund vows to fight cuts`: a title that opens with a quote and
        goes on with a clause whose verb reports in a headline's tense gives it to the clause's subject."""
        clause = clause_verb(self.text, quote.end, para.end)
        if clause is None:
            return False
        start, verb = clause
        phrase = phrase_before(self.text, start, verb.start())
        # The subject opens the clause (`Mayor Lund vows`: the title before the name is its own).
        return phrase is not None and not any(c in ",;:" for c in self.text[start:phrase.start]) and \
            self._decide(quote, phrase, "title", verb.group(), subject=True)

    def _previous_paragraph(self, quote: Quote, para: Paragraph) -> bool:
        """A quoted paragraph after reported speech: `Berg says she wants ...` then `"The bridge ..."`."""
        if quote.start - para.start > 2 or para.index == 0:
            return False
        if _CAME_AFTER.match(self.text, quote.end):
            return False  # `"Call the vote," came shouts from the floor`: the words came from the one named after
        before = self.paras[para.index - 1]
        # `members currently promised to Lind`: a past participle modifying the noun before it is no cue.
        cues = [cue for cue in find_cues(self.text, before.start, before.end)
                if not (cue.group().endswith("ed") and
                        _MODIFIED_PLURAL_BEFORE.search(self.text, max(before.start, cue.start() - 40), cue.start())
                        and _PREPOSITION_NEXT.match(self.text, cue.end()))]
        if not cues:
            return False
        cue = cues[-1]
        begin = sentence_start(self.text, before.start, cue.start())
        lead = self.text[begin:cue.start()].strip(" " + QUOTE_MARKS)
        # `The ministry has issued a statement`: the auxiliaries and adverbs before the cue belong to its verb
        # group, not to the subject.
        subject = AUXILIARIES.sub("", self.text[begin:cue.start()].rstrip())
        phrase = phrase_before(self.text, begin, begin + len(subject))
        if phrase is None and lead and self.text[begin:cue.start()].rstrip()[-1:] not in QUOTE_MARKS:
            # `Oyelaran, 79, described the night ...`: what follows a cue with words before it is its object;
            # the subject is read as for any cue.
            phrase = self._cue_subject(cue, begin, before.end, before)[1]
        elif phrase is None:
            phrase = phrase_after(self.text, cue.end(), before.end)  # `Said Lee:`, `"...," said Lee.`
        if phrase is None or self._no_he_or_she_for(quote, phrase) or \
                not self._decide(quote, phrase, "previous_paragraph", cue.group().lower()):
            return False
        quote.confidence = min(quote.confidence, 0.6)
        return True

    def _no_he_or_she_for(self, quote: Quote, phrase: Phrase) -> bool:
        """`..., the Dalton Ledger reported.` then `"...," she said.`: a quote whose own cue says `he` or `she` is
        no words of a body the previous paragraph reports, which neither pronoun can stand for (a name of the
        article that is an organisation, or one the article always puts after `the`)."""
        own = _OWN_PRONOUN_CUE.match(self.text, quote.end)
        if own is None or not is_cue_word(own.group("verb")):
            return False
        entity = self.resolver.by_name.get(phrase.text)
        return entity is not None and (entity.kind == "org" or self.resolver.after_the_only(entity))

    def _lead_in(self, quote: Quote, para: Paragraph) -> bool:
        """`Here are the highlights of his speech:` then `- "We must finish the corridor."`: a quote that opens
        an item of a list is the words of the one whose speech the list's lead-in names, the paragraph
        ending in a colon before the list's first item (earlier items open with a marker or a quote)."""
        if quote.start - item_start(self.text, para) > 1:
            return False
        index = para.index - 1
        while index >= max(0, para.index - _LIST_ITEMS) and not self.text[self.paras[index].end - 1] == ":" and \
                self._opens_item(self.paras[index]):
            index -= 1
        if index < 0 or self.text[self.paras[index].end - 1] != ":":
            return False
        lead = self.paras[index]
        owner = self._speech_owner(lead.start, lead.end - 1)
        if owner is None and item_start(self.text, para) > para.start:
            # `Veld said:` then `- "We will win."` and `- "We will double the fund."`: each item marked as one
            # is the introducer's speaker's.
            cued = self._cue_in(lead.start, lead.end - 1)
            owner = cued[0] if cued is not None else None
        if owner is None or not self._decide(quote, owner, "lead_in", None, subject=True):
            return False
        quote.confidence = min(quote.confidence, 0.6)
        return True

    def _opens_item(self, para: Paragraph) -> bool:
        """An earlier item of a list: a paragraph that opens with a list marker or a quotation mark."""
        start = item_start(self.text, para)
        return start > para.start or self.text[start] in QUOTE_MARKS

    def _speech_owner(self, start: int, end: int, acted: bool = False) -> Phrase | None:
        """Whose speech a lead-in or an introducer names (`his speech`, `Lind's closing remarks`, `the
        speech of Ada Lind`): the possessor, as a pronoun or a phrase, or the phrase after `of`/`by`
        (`acted`: as `layout.speech_owner`)."""
        owner = layout.speech_owner(self.text, start, end, acted)
        if owner is None:
            return None
        at, stop, how = owner
        if how == "pronoun":
            word = _SUBJECT_OF_POSSESSIVE[self.text[at:stop].lower()]
            return Phrase(at, stop, word, "pronoun")
        return phrase_before(self.text, start, stop) if how == "before" else phrase_after(self.text, at, end)

    def _topic(self, quote: Quote, para: Paragraph) -> bool:
        """A quote in the first person with no cue, right after narration about someone, is theirs.

        `At 25, Lund was diagnosed with the disease.` then `"My condition is getting worse."`:
        writers let the person the narration is about speak without repeating "he said".
        """
        if not has_first_or_second_person(quote.text):
            return False
        if quote.start - para.start > 2:
            stop = edge_before(self.text, quote.start, para.start)
            floor = para.start
        elif para.index > 0:
            before = self.paras[para.index - 1]
            if any(mark in self.text[before.start:before.end] for mark in QUOTE_MARKS[:7]):
                return False  # the paragraph before holds speech of its own
            stop, floor = before.end, before.start
        else:
            return False
        sentence = sentence_start(self.text, floor, max(floor, stop - 1))
        if find_cues(self.text, sentence, stop):
            return False
        phrase = self._clause_subject(sentence, stop)
        owner = _OWNER_LEAD.match(self.text, sentence, stop)
        if owner:
            # `Her message is simple: ...`: the narration is about the owner.
            start = owner.start(1)
            phrase = Phrase(start, owner.end(1), _SUBJECT_OF_POSSESSIVE[owner.group(1).lower()], "pronoun")
        if phrase is None or phrase.kind not in {"name", "pronoun"} or phrase.text.lower() == "it":
            return False
        if phrase.kind == "name" and " " not in phrase.text and not self._names_an_entity(phrase):
            return False  # `Grocery prices rose again.`: a capitalised noun opening a sentence is no one
        if not self._decide(quote, phrase, "topic", None, True):
            return False
        quote.confidence = 0.5
        return True

    def _announced(self, quote: Quote, para: Paragraph) -> bool:
        """`Pressed on it, Lee was emphatic.` then `"Absolutely. ..."`: a sentence whose whole predicate is a
        manner of speaking (`was blunt`, `did not mince words`; `manner_words.txt`) announces the quote that
        follows it in the paragraph, as a colon would; its subject speaks, past a clause fronted before it
        (`Asked about it,`). A cue verb with nothing after it (`Lee demurred.`) is the cue before the quote. The
        sentence may close the paragraph before one the quote opens (`Asked about it, Lee did not hesitate.` then
        the paragraph `"I'll go myself."`): the break between paragraphs stands where the colon would."""
        if quote.start - para.start > 2:
            begin, stop = para.start, edge_before(self.text, quote.start, para.start)
        elif para.index > 0:
            before = self.paras[para.index - 1]
            begin, stop = before.start, before.end
        else:
            return False
        end = len(self.text[:stop].rstrip()) - 1
        if end <= begin or self.text[end] != ".":
            return False
        sentence = sentence_start(self.text, begin, end)
        phrase = phrase_after(self.text, self._after_fronted_clause(sentence, end), end)
        predicate = _ANNOUNCING.fullmatch(self.text, phrase.end, end) if phrase is not None else None
        if predicate is None or phrase is None or phrase.kind == "description" and not is_definite_role(phrase.text):
            return False
        if predicate.group("manner") and predicate.group("manner").lower() not in lexicon.manner_words():
            return False
        if not self._decide(quote, phrase, "announced", None, True):
            return False
        quote.confidence = min(quote.confidence, 0.6)
        return True

    def _only_quotes_between(self, previous: Quote, quote: Quote) -> bool:
        return not self.text[previous.end:quote.start].strip(" \n\t" + QUOTE_MARKS + ",.")

    def _interviewee(self) -> str | None:
        """The person an interview is with: the person the article names most."""
        people = Counter({e.name: len(e.positions) for e in self.entities if e.kind == "person"})
        return people.most_common(1)[0][0] if people else None

    def _nested(self) -> None:
        """A quote inside a quote comes to the reader in the words of the outer quote's speaker.

        They cite it (`"They told me, 'never again'," she said`), so it is given to them,
        with method `nested` and half their confidence: the inner words may be another's. Where the
        outer words give it a cue with a named subject of its own, that subject speaks (`nested_cue`).
        """
        if not any(q.parent_id for q in self.doc.quotes):
            return  # most articles nest no quote: no quote's id need be made
        parents = {q.quote_id: q for q in self.doc.quotes}
        cited_until: dict[str, int] = {}  # where the last nested quote of each parent ended
        for quote in self.doc.quotes:
            parent = parents.get(quote.parent_id) if quote.parent_id else None
            if parent is None:
                continue
            begin = max(parent.start, cited_until.get(parent.quote_id, parent.start))
            cited_until[parent.quote_id] = quote.end
            if self._cited_with_a_cue(quote, parent, begin):
                continue
            quote.method = "nested"
            quote.speaker, quote.speaker_named, quote.speakers = parent.speaker, parent.speaker_named, parent.speakers
            quote.confidence = parent.confidence / 2 if parent.speaker else 0.0

    def _cited_with_a_cue(self, quote: Quote, parent: Quote, begin: int) -> bool:
        """`"My husband said, 'You've lost your mind,' and he was right," Lee said`: a quote inside a quote
        with a cue of its own in the outer words is the words of that cue's subject: a name, a definite
        description, or someone of the outer speaker's (`my husband` is Lee's husband). Pronouns there
        (`he said`) point into the outer speaker's talk, which the article does not narrate: left to them."""
        stop = edge_before(self.text, quote.start, begin)
        start = sentence_start(self.text, begin, stop)
        cues = [cue for cue in find_cues(self.text, start, stop) if not is_passive(self.text, cue.start())]
        if not cues or not self._introduces(cues[-1], stop):
            return False
        cue = cues[-1]
        found = self._speaker_s_own(parent, start, cue) or self._citer(start, cue)
        if found is None:
            return False
        phrase, name, named = found
        quote.speaker, quote.speaker_named, quote.speakers = name, named, []
        quote.mention = Mention(phrase.start, phrase.end, self.text[phrase.start:phrase.end])
        quote.cue, quote.method = cue.group().lower(), "nested_cue"
        quote.confidence = 0.6 if named else 0.5
        return True

    def _introduces(self, cue: re.Match[str], stop: int) -> bool:
        """Does the cue govern the inner quote? It does when only punctuation stands between them (`said,
        '...'`), or when the words between are the clause it reports, with the quote inside it (`Lee said last
        year that the courts were 'a revolving door'`, `said on Friday that ...`): the quoted words are a piece
        of what the cue's subject said. Not a topic after a preposition (`spoke about the 'corridor'`), nor a
        term the words name (`the so-called 'corridor'`), nor a question's clause after `asked` (`asked whether
        the plan was 'dead'`): those quote the asker's or someone's wording."""
        between = self.text[cue.end():stop]
        words = between.lower().split()
        if not between.strip(" ,:" + QUOTE_MARKS) or not words:
            return True  # punctuation and spaces of any kind (a tab, a line break) alone
        gap = between.strip(" " + QUOTE_MARKS)
        if gap.endswith(":") and words[0] in PREPOSITIONS and not any(mark in gap[:-1] for mark in QUOTE_MARKS +
                                                                      ".?!;:"):
            return True  # `said in 2019: "..."`: an adjunct of time or place, then the colon that opens the words
        return cue.group().lower() != "asked" and not any(mark in between for mark in QUOTE_MARKS + ".?!;:") \
            and (words[0] not in PREPOSITIONS or "that" in words) and not _names_a_term(words)

    def _speaker_s_own(self, parent: Quote, start: int, cue: re.Match[str]) -> tuple[Phrase, str, bool] | None:
        """`My husband said`: someone of the outer speaker's, named after them (`Ann Lee's husband`)."""
        lead = self.text[start:cue.start()].strip(" " + QUOTE_MARKS)
        if _AND_BEFORE.search(" " + lead + " "):
            lead = _first_of_joined_predicates(lead)  # `My son came home and said`: the son said
        mine = _FIRST_PERSON_POSSESSED.fullmatch(lead)
        if not (mine and parent.speaker and parent.speaker_named and lexicon.person_word(lead.split()[-1].lower())):
            return None
        offset = self.text.index(lead, start)
        return Phrase(offset, offset + len(lead), lead, "description"), f"{parent.speaker}'s {mine.group(1)}", False

    def _citer(self, start: int, cue: re.Match[str]) -> tuple[Phrase, str, bool] | None:
        """The subject of a cue inside a quote, when it is a name the article knows or a definite description
        of a person (`the foreman said`), not a stray capitalised word, a thing or a pronoun."""
        phrase = phrase_before(self.text, start, subject_end(self.text, start, cue.start()))
        if phrase is None:
            return None
        known = phrase.kind == "name" and phrase.text in self.resolver.by_name
        words = phrase.text.split()
        # `the foreman`, `the agent`, `your own leader`: a definite or possessed description of a person.
        described = phrase.kind not in ("name", "pronoun") and len(words) > 1 and \
            words[0].lower() in _CITED_DETERMINERS and lexicon.person_word(words[-1].lower())
        if not (known or described):
            return None
        if words[0].lower() != "the" and not known:
            # `your own leader said`, `his lawyer said`: someone of a person the outer speaker talks to or of,
            # whom the narration does not name: the description is all the article gives.
            return phrase, phrase.text, False
        name, how = self.resolver.resolve(phrase, None)
        if how == "epithet":
            # `the mayor` as the writer's variation on a person of the narration does not hold inside someone's
            # words, who speak of others: an unnamed mayor.
            return phrase, phrase.text, False
        return (phrase, name, how != "description") if name else None


#: `," came a shout from the back`: after a quote, `came` puts the source of the words after it (inversion).
_CAME_AFTER = re.compile(r"[\s,.!?" + QUOTE_MARKS + r"]*came\s")

#: `a video in which`, `a rally where`: what opens a relative clause that is an adverbial of place or means.
_RELATIVE_ADVERBIAL = re.compile(r"\b(?:(?:in|on|at|during)\s+which|where)\s")

#: How far before a participle `with` may open the noun phrase of an absolute construction.
_ABSOLUTE_REACH = 80

#: `on X`, `in Kellby`, `via Telegram`, `to Ada Lind`: a preposition that makes the name after it where or to
#: whom something was said (not `from` or `with`: `And from Chairwoman Ida Berg:`, `An interview with Lee:`).
_PLACE_PREPOSITION = re.compile(r"\b(?:on|in|at|via|to)\s+$")
#: How many words a title's quote must have to be found again in the body: fewer may recur by chance.
MIN_ECHO_WORDS = 3


#: What opens a description of a person cited inside a quote: the definite article, or a possessive of the
#: second or third person (the first person's, `my husband`, is the outer speaker's own).
_CITED_DETERMINERS = frozenset({"the", "your", "his", "her", "their"})


def _names_a_term(words: list[str]) -> bool:
    """`spoke about the so-called`, `used the word`: the quote after these is a term someone used or the speaker
    labels, not a piece of what was said (`naming_frames.txt`)."""
    frames = lexicon.naming_frames()
    return words[-1] in frames or " ".join(words[-2:]) in frames


def _first_of_joined_predicates(lead: str) -> str:
    """`My son came home and`: the subject a cue joined by `and` to a first predicate shares, a possessive and
    up to three words ending in a noun for a person (`My son`); the lead as it is where there is none."""
    words = lead.split()
    for i in range(1, min(4, len(words))):
        if lexicon.person_word(words[i].lower()):
            return " ".join(words[:i + 1])
    return lead


def attribute(doc: Document) -> Document:
    """Fill speaker, mention, cue, method and confidence on the quotes of `doc`.

    A partial quote that no rule gives to anyone is set aside as non-speech (reason `no_speaker`):
    words quoted inside narration are speech only when someone says them; unclaimed, they are
    mostly the wording of a law, a pact or a sign. They stay in the non_speech table.
    """
    if doc.quotes:
        attributor = Attributor(doc)
        attributor.run()
        _set_aside_unclaimed(doc, attributor.inscribed)
    return doc


def _set_aside_unclaimed(doc: Document, inscribed: set[str]) -> None:
    """Partial quotes no one claims, and the words of a sign or a banner (`inscribed`), are no speech."""
    # The cheap tests first: a quote's id is made only for the quotes they leave (the inscribed are few).
    unclaimed = {q.quote_id for q in doc.quotes if q.parent_id is None and not q.speaker
                 and (q.kind == "partial" or inscribed and q.quote_id in inscribed)}
    if not unclaimed:
        return
    ids = [q.quote_id for q in doc.quotes]
    for quote, quote_id in zip(doc.quotes, ids, strict=True):
        if quote_id in unclaimed:
            doc.non_speech.append(NonSpeech(doc.doc_id, quote.start, quote.end, quote.text, NO_SPEAKER,
                                            quote.unclosed))
    doc.quotes = [q for q, quote_id in zip(doc.quotes, ids, strict=True) if quote_id not in unclaimed
                  and q.parent_id not in unclaimed]
