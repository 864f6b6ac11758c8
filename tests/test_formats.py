"""Format words: colour names, hex, fill vs font, bold/italic, and unknown colours refused."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from cf_excel.excel.formats import (
    DEFAULT_FORMAT,
    CellFormat,
    FormatError,
    format_from_options,
    format_from_text,
    parse_colour,
)
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from cf_excel.sheets.workbook import read_table

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


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
        ("quotes still in play (not declined)", DEFAULT_FORMAT),  # a state, not a colour
        ("apps currently in use", DEFAULT_FORMAT),
        ("ladder - highlight the top score in each week", DEFAULT_FORMAT),  # where, not a colour
        ("shade every third row of the tonnes table, starting with the first", DEFAULT_FORMAT),
        ("top 5 weights in the whole weigh-in grid", DEFAULT_FORMAT),
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


def fill(colour: str) -> CellFormat:
    return CellFormat(fill=colour, font_color=None)


def text(colour: str) -> CellFormat:
    return CellFormat(fill=None, font_color=colour)


@pytest.mark.parametrize(
    "text",
    [
        "repeat emails - leave the first one alone, highlight from the 2nd time on",
        "speakers who sent in more than one proposal",
        "missing figures Jan to Nov (Dec isn't in yet, leave it)",
        "CPA higher than the max in M2 (so I can change it later)",
    ],
)
def test_a_word_after_a_pronoun_is_no_colour_without_a_colouring_verb(text: str) -> None:
    """ "one alone", "one proposal", "it later": no colour was asked for, so Excel's default."""
    assert format_from_text(text, None) == DEFAULT_FORMAT


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # CSS/X11 names, where a colour goes or anywhere for a name that is nothing else
        ("highlight overdue rows crimson", fill("#DC143C")),
        ("highlight overdue rows salmon", fill("#FA8072")),
        ("make them teal", fill("#008080")),
        ("show late tasks in chartreuse", fill("#7FFF00")),
        ("highlight in rebecca purple", fill("#663399")),
        ("colour them sea-green", fill("#2E8B57")),
        ("medium sea green fill", fill("#3CB371")),
        ("dark slate gray text", text("#2F4F4F")),
        ("darkslategray text", text("#2F4F4F")),
        ("deep pink text", text("#FF1493")),
        ("pale turquoise background", fill("#AFEEEE")),
        ("light coral fill", fill("#F08080")),
        # Excel's own colours stay where the project always had them
        ("highlight it in navy", fill("#002060")),
        ("gold fill", fill("#FFD700")),
        ("deep red text", text("#C00000")),
        ("bright red fill", fill("#FF0000")),
        # Office's theme names and its tints
        ("orange, accent 2 fill", fill("#ED7D31")),
        ("blue, accent 1, lighter 80% background", fill("#DAE3F3")),
        ("blue-gray text", text("#44546A")),
        ("light red fill with dark red text", DEFAULT_FORMAT),
        ("yellow fill with dark yellow text", CellFormat("#FFEB9C", "#9C5700")),
        # shades and tints: a pastel green is a light green, not Excel's saturated #00B050
        ("highlight overdue rows soft pastel green", fill("#C6EFCE")),
        ("pastel teal fill", fill("#BFDFDF")),
        ("dark teal text", text("#006060")),
        ("muted red fill", fill("#BF4040")),
        ("very light green fill", fill("#E6F7EE")),
        # an everyday noun is a colour only where a colour goes
        ("highlight tomato sales", DEFAULT_FORMAT),
        ("highlight tomato sales in tomato", fill("#FF6347")),
        ("font as Red", text("#FF0000")),
    ],
)
def test_colour_names_shades_and_tints(words: str, expected: CellFormat) -> None:
    assert format_from_text(words) == expected


MONTHS = table_from_grid([["Region", "Feb", "Mar", "Apr", "May", "Red Team"], ["N", 1, 2, 3, 4, 5]])
RAG = table_from_grid(
    [["Project", "RAG", "Supplier"], ["A", "Red", "Blue Sky LLC"], ["B", "Green", "X"]]
)


@pytest.mark.parametrize(
    ("words", "table", "expected"),
    [
        ("color Feb to May green when the total drops", MONTHS, fill("#00B050")),
        ("colour the Red Team column green", MONTHS, fill("#00B050")),
        ("color Feb to May blurple", MONTHS, "unknown colour 'blurple'"),
        ("shade the may figure", MONTHS, DEFAULT_FORMAT),  # "figure" is what is shaded
        ("highlight rows where RAG is Red in light green", RAG, fill("#C6EFCE")),
        ("highlight rows where RAG is Red", RAG, DEFAULT_FORMAT),
        ("highlight the rows where RAG is Green", RAG, DEFAULT_FORMAT),
        ("highlight overdue rows red", RAG, fill("#FF0000")),  # a colour's place: still red
        ("highlight overdue rows soft pastel green", RAG, fill("#C6EFCE")),
        ("format the Supplier = Blue Sky LLC", RAG, DEFAULT_FORMAT),
    ],
)
def test_colour_words_are_read_beside_the_sheet(
    words: str, table: Table, expected: CellFormat | str
) -> None:
    if isinstance(expected, str):
        with pytest.raises(FormatError, match=expected):
            format_from_text(words, table)
    else:
        assert format_from_text(words, table) == expected


@pytest.mark.parametrize(
    "words",
    [
        "highlight overdue rows blurple",
        "highlight them in blurple",
        "highlight overdue rows in blurple when the amount is over 100",
        "make them blurple",
        "blurple fill for late items",
        "highlight late items with a blurple background",
        "set the fill to blurple",
        "colour the Disputed statuses blurple",
        "make the text of late tasks blurple",
        "highlight overdue rows pale blurple",
        "HIGHLIGHT OVERDUE ROWS BLURPLE",
        "highlight late items with a wine background",  # an everyday word said to be one
        "set the fill to wine",
        "highlight them wine",
    ],
)
def test_an_unknown_word_where_a_colour_goes_is_refused(words: str) -> None:
    with pytest.raises(FormatError, match=r"unknown colour '(blurple' \(did you mean purple|wine)"):
        format_from_text(words)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("highlight overdue rows", DEFAULT_FORMAT),
        ("make amounts bold", CellFormat(None, None, bold=True)),
        ("mark late ones", DEFAULT_FORMAT),
        ("make them stand out", DEFAULT_FORMAT),
        ("make it pop", DEFAULT_FORMAT),
        ("colour code by region", DEFAULT_FORMAT),
        ("color the cells based on value", DEFAULT_FORMAT),
        ("colour the text of overdue invoices", DEFAULT_FORMAT),
        ("highlight cells with long text", DEFAULT_FORMAT),
        ("highlight tasks in progress", DEFAULT_FORMAT),
        ("booked in twice? highlight the dog's name", DEFAULT_FORMAT),
        ("more than $5 a head in hall hire? colour the hire cost", DEFAULT_FORMAT),
        ("marked Arrears even though the balance is zero or in credit", DEFAULT_FORMAT),
        ("longer than an hour and a half - colour the length", DEFAULT_FORMAT),
        ("reported on a weekend - colour the reported date", DEFAULT_FORMAT),
        ("highlight dates in May", DEFAULT_FORMAT),
        ("highlight rows assigned to Bob", DEFAULT_FORMAT),
        ("highlight urls ending in log", DEFAULT_FORMAT),
        ("Apply a colour scale to budget", DEFAULT_FORMAT),
        ("Highlight the lowest 10 Books Sold", DEFAULT_FORMAT),
        ("Find Male in Gender", DEFAULT_FORMAT),
        ("In TIMESHEET, apply the color scale in column L", DEFAULT_FORMAT),
        ("color cells containing the word Zmiana", DEFAULT_FORMAT),
        ("format only cities which contain the text 'ster'", DEFAULT_FORMAT),
        ("Change background color where credit is more than five", DEFAULT_FORMAT),
        ("Apply yellow color to Stad name Halle", fill("#FFFF00")),
        ("pick dates in septmber", DEFAULT_FORMAT),  # a month typed with a slip
        ("Big sites that only have 4 visits planned. Colour the site name.", DEFAULT_FORMAT),
        ("whole row in red for cows with a cell count over 300", fill("#FF0000")),
        ("anyone whose client is in hospital", DEFAULT_FORMAT),
        ("Trying to build a whole-row rule: bay 3 bookings", DEFAULT_FORMAT),
        ("colour the 3 heaviest readings overall (not per pet)", DEFAULT_FORMAT),
        ("Text reminders go to people whose date is near", DEFAULT_FORMAT),
        ("2 or more errors, but my AND() formula colours only the first cell", DEFAULT_FORMAT),
    ],
)
def test_ordinary_words_are_not_colours(words: str, expected: CellFormat) -> None:
    assert format_from_text(words) == expected


@cache
def example_table(workbook: str) -> Table:
    return read_table(EXAMPLES / workbook).table


# The example requests that name a format; every other one gets Excel's default.
EXAMPLE_FORMATS = {
    "highlight overdue rows red": fill("#FF0000"),
    "highlight the whole row where status is Paid in light green": fill("#C6EFCE"),
    "color the Disputed statuses orange": fill("#FFC000"),
    "bold amounts below 100": CellFormat(None, None, bold=True),
    "highlight rows where status is Blocked in red": fill("#FF0000"),
    "make statuses that say Done green": fill("#00B050"),
    "highlight Q3 revenue greater than Q3 target in green": fill("#00B050"),
    "colour the entire row yellow when the status is Open": fill("#FFFF00"),
    "make the whole row red if the deadline has passed": fill("#FF0000"),
}


@pytest.mark.parametrize("requests", ["requests.yaml", "requests-heldout.yaml"])
def test_the_example_requests_keep_their_formats(requests: str) -> None:
    examples = yaml.safe_load((EXAMPLES / requests).read_text(encoding="utf-8"))["requests"]
    for example in examples:
        expected = EXAMPLE_FORMATS.get(example["text"], DEFAULT_FORMAT)
        assert format_from_text(example["text"], example_table(example["sheet"])) == expected


@pytest.mark.parametrize(
    ("flag", "expected"),
    [
        ("crimson", "#DC143C"),
        ("Soft Pastel Green", "#C6EFCE"),
        ("dark teal", "#006060"),
        ("blue, accent 1, lighter 80%", "#DAE3F3"),
        ("blurple", "unknown colour 'blurple' (did you mean purple"),
    ],
)
def test_colour_flags(flag: str, expected: str) -> None:
    if expected.startswith("#"):
        assert parse_colour(flag) == expected
    else:
        with pytest.raises(FormatError, match=re.escape(expected)):
            parse_colour(flag)


def test_colour_names_in_sentences() -> None:
    assert CellFormat("#DC143C", None).describe() == "crimson fill"
    assert CellFormat("#FFEB9C", "#9C5700").describe() == "dark yellow text on light yellow fill"
