"""Fewer garbage collections while a build runs.

CPython frees an object as soon as nothing refers to it; its cyclic collector is there
for objects that refer to each other, and it starts a young collection whenever 700 more
objects that can hold references have been made than freed. Analysing one article makes
thousands at once (matches, phrases, mentions, rows) that are all freed when it is done,
so every article set off several young collections that found nothing to free, and every
tenth of them an older one. Some of those walk the whole heap: the word lists, the
compiled patterns, the caches and the speakers counted so far. Over the 10,000 synthetic
articles of docs/scale.md that was about 1.7 to 2 CPU seconds of a build of 30 to 37.

With a young threshold of 10,000, an article's burst stays below it: the same build spent
about 0.1 s in the collector. Cycles are still collected, in fewer and larger batches,
and peak memory did not change. The threshold is the caller's again when the build ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: Objects made and not yet freed before a young collection, while a build runs (CPython's default is 700).
BUILD_THRESHOLD = 10_000


@contextmanager
def fewer_collections(threshold: int = BUILD_THRESHOLD) -> Iterator[None]:
    """Raise the collector's young threshold to at least `threshold` for the block, then restore it.

    A threshold of 0, which turns automatic collection off, stays 0.
    """
    before = gc.get_threshold()
    if before[0]:
        gc.set_threshold(max(threshold, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
