"""Speaker colours: distinct for the most quoted, stable when less quoted speakers come and go."""

import re

import pandas as pd

from quotes.colours import PALETTE, UNATTRIBUTED, assign_colours, colour, speaker_colours

HEX = re.compile(r"#[0-9a-f]{6}")


def test_the_most_quoted_speakers_never_share_a_colour():
    ids = [f"s_{n}" for n in range(len(PALETTE))]
    colours = assign_colours(ids)
    assert sorted(c.strong for c in colours.values()) == sorted(PALETTE)


def test_a_speakers_colour_does_not_depend_on_those_quoted_less():
    ranked = ["s_olsen", "s_holm", "s_berg", "s_vik", "s_lund"]
    full = assign_colours(ranked)
    for n in range(1, len(ranked)):
        fewer = assign_colours(ranked[:n])
        assert all(fewer[sid] == full[sid] for sid in ranked[:n])


def test_beyond_the_palette_speakers_still_get_a_colour_of_their_own():
    colours = assign_colours([f"s_{n}" for n in range(len(PALETTE) + 6)])
    extra = [c for sid, c in colours.items() if int(sid[2:]) >= len(PALETTE)]
    assert len(extra) == 6 and all(c.strong not in PALETTE and HEX.fullmatch(c.strong) for c in extra)
    assert assign_colours(["s_12"] * 2) == {"s_12": assign_colours(["s_12"])["s_12"]}


def test_tint_is_the_colour_mixed_with_white():
    assert colour("#000000").tint == "#a6a6a6"
    assert colour("#ffffff").tint == "#ffffff"
    assert UNATTRIBUTED.strong not in PALETTE


def test_speakers_table_is_ranked_by_quotes_then_name():
    table = pd.DataFrame({"speaker_id": ["s_b", "s_a", "s_c"], "speaker": ["Bo", "Al", "Cy"], "quotes": [1, 1, 5]})
    assert list(speaker_colours(table)) == ["s_c", "s_a", "s_b"]
    assert speaker_colours(table) == assign_colours(["s_c", "s_a", "s_b"])
