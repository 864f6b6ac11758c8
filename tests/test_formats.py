"""Format words: colour names, hex, fill vs font, bold/italic, and unknown colours refused."""

from __future__ import annotations

import pytest

from cf_excel.excel.formats import (
    DEFAULT_FORMAT,
    CellFormat,
    FormatError,
    format_from_options,
    format_from_text,
    parse_colour,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("highlight overdue rows red", CellFormat(fill="#FF0000", font_color=None)),
        ("highlight amounts over 1000", DEFAULT_FORMAT),
        ("make the text light green when done", CellFormat(fill=None, font_color="#C6EFCE")),
        ("show failures in dark red font", CellFormat(fill=None, font_color="#C00000")),
        ("bold the top 3", CellFormat(fill=None, font_color=None, bold=True)),
        ("italic and bold dates", CellFormat(fill=None, font_color=None, bold=True, italic=True)),
        ("amber fill for late items", CellFormat(fill="#FFBF00", font_color=None)),
        ("pale green background", CellFormat(fill="#C6EFCE", font_color=None)),
        ("highlight in #fc0", CellFormat(fill="#FFCC00", font_color=None)),
        ("red text on a yellow background", CellFormat(fill="#FFFF00", font_color="#FF0000")),
        ("between 160 and three hundred in bold", CellFormat(None, None, bold=True)),  # not "red"
    ],
)
def test_formats_from_words(text: str, expected: CellFormat) -> None:
    assert format_from_text(text) == expected


@pytest.mark.parametrize("text", ["highlight it in blurple fill", "colour them blurple"])
def test_an_unknown_colour_is_named(text: str) -> None:
    with pytest.raises(FormatError, match="blurple"):
        format_from_text(text)


def test_parse_colour() -> None:
    assert parse_colour("Light Green") == "#C6EFCE"
    assert parse_colour("#c6efce") == "#C6EFCE"
    assert parse_colour("grey colour") == "#BFBFBF"
    with pytest.raises(FormatError, match="use a name"):
        parse_colour("#12")


def test_options_override_the_words() -> None:
    fmt = format_from_options("highlight late rows red", None, "white", True, False)
    assert fmt == CellFormat(fill="#FF0000", font_color="#FFFFFF", bold=True)
    assert format_from_options("x", "blue", None, False, False) == CellFormat("#0070C0", None)


def test_describe() -> None:
    assert DEFAULT_FORMAT.describe() == "dark red text on light red fill"
    assert CellFormat("#FF0000", None).describe() == "red fill"
    assert CellFormat(None, None, bold=True).describe() == "bold text"
    assert CellFormat("#ABCDEF", None).as_json()["fill"] == "#ABCDEF"
