"""A speaker's distinctive words: the log-odds ratio with an informative Dirichlet prior.

Monroe, Colaresi and Quinn (2008), "Fightin' Words", section 3.5. For a word w, with
y_i the speaker's count, y_j the rest of the corpus's, n_i and n_j their totals, and
a prior alpha_w equal to the word's count in the whole corpus (alpha_0 its total):

    delta_w = log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    var_w   = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    z_w     = delta_w / sqrt(var_w)

The prior shrinks the estimates of rare words, so a word said once by one speaker
and never by anyone else is not distinctive, and the z-score divides by the
uncertainty left, so frequent words need a real difference. See docs/statistics.md.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from quotes import lexicon

#: A z-score at or above this is reported: the two-sided 95% level of a normal variate.
MIN_Z = 1.96
#: At most this many words are reported per speaker.
TOP_WORDS = 10

# Runs of letters, joined by inner apostrophes or hyphens (don't, peace-keeping); digits are no words.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, curly apostrophes made straight and a final 's dropped
    (Russia's -> russia), so that one word is counted under one spelling."""
    lowered = text.lower().replace("\u2019", "'")
    found = _WORD.findall(lowered)
    if "'s" not in lowered:  # most texts: no word can end in 's
        return found
    # A word opens with a letter, so dropping a final 's never leaves it empty.
    return [word[:-2] if word.endswith("'s") else word for word in found]


@dataclass(frozen=True)
class Distinctive:
    """A word the speaker uses more than the rest of the corpus."""

    word: str
    count: int  # times the speaker said it
    z: float


def z_scores(speaker: Counter, corpus: Counter) -> dict[str, float]:
    """z-score of every word the speaker said, against the rest of `corpus` (which includes the speaker).

    Empty when there is no rest to compare with (the speaker said every word of the corpus).
    """
    vocabulary, z = _scores(speaker, corpus, None)
    return {w: float(v) for w, v in zip(vocabulary, z, strict=True) if np.isfinite(v)}


def _scores(speaker: Counter, corpus: Counter, total: int | None) -> tuple[list[str], np.ndarray]:
    """The speaker's words, sorted, and their z-scores (see the module docstring); no words when there is
    no rest of the corpus to compare with."""
    vocabulary = sorted(speaker)
    y_i = np.array([speaker[w] for w in vocabulary], dtype=float)
    prior = np.array([corpus[w] for w in vocabulary], dtype=float)
    if (y_i > prior).any():
        raise ValueError("the corpus counts must include the speaker's")
    n_i, a_0 = y_i.sum(), float(sum(corpus.values()) if total is None else total)
    y_j, n_j = prior - y_i, a_0 - n_i
    if n_j <= 0:
        return [], np.empty(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log((y_i + prior) / (n_i + a_0 - y_i - prior))
                 - np.log((y_j + prior) / (n_j + a_0 - y_j - prior)))
        z = delta / np.sqrt(1 / (y_i + prior) + 1 / (y_j + prior))
    return vocabulary, z


def distinctive_words(speaker: Counter, corpus: Counter, min_z: float = MIN_Z, top: int = TOP_WORDS,
                      total: int | None = None) -> list[Distinctive]:
    """The speaker's words with z at or above `min_z`, highest first; function words are left out
    of the list (they were counted, so the totals are the text's own). `total` is the corpus' number
    of words, when the caller knows it: a corpus-wide table of speakers need not sum it for each."""
    vocabulary, z = _scores(speaker, corpus, total)
    stop = lexicon.stop_words()
    with np.errstate(invalid="ignore"):
        high = np.flatnonzero(np.isfinite(z) & (z >= min_z))  # only these can be listed: few of the words
    scored = [(vocabulary[i], float(z[i])) for i in high if vocabulary[i] not in stop]
    scored.sort(key=lambda wz: (-wz[1], wz[0]))
    return [Distinctive(w, speaker[w], round(z, 6)) for w, z in scored[:top]]
