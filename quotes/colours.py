"""One colour per speaker, the same in the terminal view and the HTML report.

A reader learns "Shoigu is blue" from the first highlighted quote, so a speaker's
colour must not change from one view to the next, and the most quoted speakers
must never share one. Each speaker has a preferred palette slot taken from a hash
of their id, so the colour survives a rebuild with more articles; speakers are
placed in order of how often they are quoted, and a taken slot moves to the next
free one. When the palette is used up, the remaining speakers get a hue from the
hash of their id.
"""

from __future__ import annotations

import colorsys
import hashlib
from collections.abc import Iterable
from typing import NamedTuple

import pandas as pd

#: Distinct colours that read on white (Tableau's ten without its grey, and a navy).
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
           "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79")
#: How much of the colour a highlight's background keeps; the rest is white, so text stays legible.
TINT_STRENGTH = 0.35


class Colour(NamedTuple):
    """A speaker's colour: `strong` for names, lines and swatches, `tint` for highlighted text."""

    strong: str
    tint: str


def _tint(strong: str, strength: float = TINT_STRENGTH) -> str:
    red, green, blue = (int(strong[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * strength + 255 * (1 - strength)):02x}" for c in (red, green, blue))


def colour(strong: str) -> Colour:
    """A colour and its highlight tint."""
    return Colour(strong, _tint(strong))


#: Quotes no rule attributed: grey, so they show as quotes without claiming a speaker.
UNATTRIBUTED = Colour("#6b6b6b", "#e0e0e0")


def _hash(speaker_id: str) -> int:
    return int(hashlib.sha1(speaker_id.encode("utf-8")).hexdigest()[:8], 16)


def _hashed_hue(speaker_id: str) -> Colour:
    red, green, blue = colorsys.hls_to_rgb((_hash(speaker_id) % 360) / 360, 0.42, 0.6)
    return colour("#" + "".join(f"{round(c * 255):02x}" for c in (red, green, blue)))


def assign_colours(speaker_ids: Iterable[str]) -> dict[str, Colour]:
    """Colours for speakers given most quoted first: distinct palette colours while they last."""
    free = list(range(len(PALETTE)))
    colours: dict[str, Colour] = {}
    for speaker_id in speaker_ids:
        if speaker_id in colours:
            continue
        if not free:
            colours[speaker_id] = _hashed_hue(speaker_id)
            continue
        preferred = _hash(speaker_id) % len(PALETTE)
        slot = min(free, key=lambda s: (s - preferred) % len(PALETTE))
        free.remove(slot)
        colours[speaker_id] = colour(PALETTE[slot])
    return colours


def speaker_colours(speakers: pd.DataFrame) -> dict[str, Colour]:
    """Colours for every speaker of a corpus's speakers table, keyed on speaker_id."""
    ranked = speakers.sort_values(["quotes", "speaker", "speaker_id"], ascending=[False, True, True], kind="stable")
    return assign_colours(ranked.speaker_id.dropna())
