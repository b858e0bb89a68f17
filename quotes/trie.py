"""A regular expression for a long word list that costs per character of text, not per word.

Python's `re` tries the alternatives of `a|b|c|...` one after the other at every
position, so a pattern of four hundred cue verbs tried four hundred literals at
each character. Nesting the words by common prefix (say|said|saying ->
sa(?:y(?:ing)?|id)) lets the engine give up after a letter or two. Within each
branch the longer continuation is tried first, so, as with an alternation sorted
longest first, the longest word that fits is the one that matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex (without word boundaries) matching exactly the given words, longest first.

    Words are taken as written; compile the result with re.IGNORECASE to match them in any case,
    after lowercasing them here.
    """
    root = _trie(words)
    return _branch(root) if root else "(?!)"


#: Characters besides a letter's two cases that `re.IGNORECASE` matches with it
#: (`tests/test_pattern_openings.py` checks this against every character).
_FOLDED_WITH = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}

#: After a word's first letter: the character before it is no word character. With the letter
#: consumed, this is `\b` before it.
_AFTER_WORD_START = r"(?<!\w.)"


def word_start_pattern(words: Iterable[str], ignorecase: bool = False, lookahead: bool = False,
                       then: str = "", after: str = "") -> str:
    """`\b(?:word|word|...)` followed by `then` (with `ignorecase`, the words in any case), written so
    that the regular-expression engine scans for the words' first letters at C speed.

    Python's engine skips ahead by itself only when a pattern opens with a literal or a character
    class; a pattern opening with `\b` or a lookahead is entered at every character of the text.
    Here each alternative opens with a first letter as a literal (in each of its cases), then
    checks the word boundary before it, then reads the rest of the word. With `lookahead` only the
    first letter is consumed and the rest (with `then`) is a lookahead, so that a match's start is
    all it gives and the next search begins at the next character, as with a zero-width pattern.
    Every word must open with a word character (for which `\b` before it means no word character
    before it); the words are taken as written (in lower case, with `ignorecase`). With `after`, a
    character class (`[ \t]`), the character before a word must be one of its characters, which
    stands for the word boundary: `(?<=[ \t])\b(?:word|...)` checked after the first letter, as a
    check behind opening the pattern would be tried at every character.
    """
    alternatives = []
    for first, child in sorted(_trie(words).items()):
        if not first:
            raise ValueError("an empty word has no start")
        if not re.fullmatch(r"\w", first):
            raise ValueError(f"{first!r}: a word must open with a word character")
        rest = _branch(child)
        if ignorecase and rest:
            rest = "(?i:" + rest + ")"
        rest = "(?=" + rest + then + ")" if lookahead else rest + then
        for case in _cases(first) if ignorecase else [first]:
            alternatives.append(re.escape(case) + (f"(?<={after}.)" if after else _AFTER_WORD_START) + rest)
    return "(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)"


def _cases(letter: str) -> list[str]:
    """Every character `re.IGNORECASE` matches with `letter`."""
    found = {letter, letter.lower(), letter.upper(), *_FOLDED_WITH.get(letter.lower(), "")}
    return sorted(c for c in found if len(c) == 1 and re.fullmatch(re.escape(letter), c, re.IGNORECASE))


def opening_letters(words: Iterable[str]) -> str:
    """A character class of the letters the words begin with, for a lookahead before a pattern.

    `(?=[...])` in front of a word list makes the engine give up at once where no word can start,
    instead of entering the alternatives there. It is still entered at every character:
    `word_start_pattern` lets it skip those places without entering.
    """
    return "[" + re.escape("".join(sorted({word[0] for word in words if word}))) + "]"


def _trie(words: Iterable[str]) -> dict[str, dict]:
    """The words nested by common prefix: a letter's node holds the letters that may follow it, and "" ends a word."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _branch(node: dict[str, dict]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = "(?:" + "|".join(alternatives) + ")"
    return body + "?" if "" in node else body
