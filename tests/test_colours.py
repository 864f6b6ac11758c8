"""Colour names: the 148 CSS/X11 names, Excel's palette winning where both name a colour,
Office's tints and shades, and the closest names for a misspelt one."""

from __future__ import annotations

import pytest

from cf_excel.excel.colours import CSS, closest_names, colour_name, named_colour, office_tone
from cf_excel.excel.formats import parse_colour

# CSS names whose colour Excel's palette gives differently (Excel's green is #00B050, its light
# green the "Good" fill, its dark gray darker than its gray): the project's results stay.
EXCEL_WINS = {
    "blue", "brown", "dark blue", "dark gray", "dark green", "dark grey", "dark orange",
    "dark red", "gray", "green", "grey", "light blue", "light gray", "light green", "light grey",
    "light pink", "light yellow", "lime", "navy", "orange", "pale green", "purple", "violet",
}  # fmt: skip


def test_every_css_name_is_known_spaced_or_run_together() -> None:
    assert len(CSS) == 148
    for name, value in CSS.items():
        expected = parse_colour(name) if name in EXCEL_WINS else value
        assert parse_colour(name) == parse_colour(name.replace(" ", "")) == expected, name
    assert parse_colour("green") == "#00B050" and parse_colour("medium blue") == "#0000CD"


@pytest.mark.parametrize(
    ("shades", "name", "expected"),
    [
        (["soft", "pastel"], "green", "#C6EFCE"),  # Excel's light green, not #00B050
        (["deep"], "red", "#C00000"),  # Excel's dark red
        (["deep"], "pink", "#FF1493"),  # CSS's compound name
        ([], "palegreen", "#C6EFCE"),  # shade words run into the name count as words
        (["pastel"], "teal", "#BFDFDF"),  # 75% white: Excel's light blue is blue's
        (["dark"], "teal", "#006060"),  # 25% black: Excel's dark red is red's
        (["very", "light"], "green", "#E6F7EE"),
        (["muted"], "red", "#BF4040"),  # half the saturation
        (["soft"], "blurple", None),
    ],
)
def test_shades_and_tints(shades: list[str], name: str, expected: str | None) -> None:
    assert named_colour(shades, name) == expected


@pytest.mark.parametrize(
    ("colour", "lighter", "share", "expected"),
    [  # the values Office's colour picker shows
        ("#4472C4", True, 0.8, "#DAE3F3"),  # Blue, Accent 1, Lighter 80%
        ("#4472C4", True, 0.6, "#B4C7E7"),  # Blue, Accent 1, Lighter 60%
        ("#70AD47", True, 0.4, "#A9D18E"),  # Green, Accent 6, Lighter 40%
        ("#ED7D31", False, 0.25, "#C55A11"),  # Orange, Accent 2, Darker 25%
    ],
)
def test_office_tones(colour: str, lighter: bool, share: float, expected: str) -> None:
    assert office_tone(colour, lighter, share) == expected


def test_names_for_sentences_and_hints() -> None:
    assert (colour_name("#002060"), colour_name("#DC143C")) == ("dark blue", "crimson")
    assert (colour_name("#9C0006"), colour_name("#123456")) == ("dark red", "#123456")
    assert closest_names("blurple")[0] == "purple"
    assert closest_names("crimsen") == ["crimson"]
