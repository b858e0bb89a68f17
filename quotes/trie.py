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
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root) if root else "(?!)"


def opening_letters(words: Iterable[str]) -> str:
    """A character class of the letters the words begin with, for a lookahead before a pattern.

    `(?=[...])` in front of a word list lets the engine skip, at C speed, every place where no
    word can start, instead of entering the alternatives there.
    """
    return "[" + re.escape("".join(sorted({word[0] for word in words if word}))) + "]"


def _branch(node: dict[str, dict]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = "(?:" + "|".join(alternatives) + ")"
    return body + "?" if "" in node else body
