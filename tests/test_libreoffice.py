"""Independent check: LibreOffice opens the workbooks we write and formats the predicted cells.

For each rule, a workbook with one conditional format is written through the same path as
`cf-excel apply` (ExcelRule → openpyxl), LibreOffice renders it to HTML, and the cells it shows
with the rule's fill must be exactly the executor's `highlighted_cells` for today. Tables sit at
A1 and at C5, so anchoring mistakes show up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from cf_excel.excel.mapping import excel_rule
from cf_excel.excel.openpyxl_apply import apply_rules
from cf_excel.formats import CellFormat
from cf_excel.rules import parse_rule
from cf_excel.rules.executor import highlighted_cells, sheet_position
from cf_excel.sheets.workbook import read_table
from tests.libreoffice import needs_libreoffice, render

pytestmark = needs_libreoffice
TODAY = dt.date.today()
FILL = "#123456"


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


GRID: list[list[object]] = [
    ["Name", "Region", "Amount", "Due", "Score", "Budget"],
    ["Apple", "North", 120, day(-3), 10, 100],
    ["banana", "south", 80, day(2), 20, 90],
    ["Cherry", "North", 300, day(-40), 20, 400],
    ["apple pie", None, 45, day(0), None, 50],
    ["Date", "East", 80, day(10), "#N/A", 70],
    ["Elder", "West", 15, day(-1), 5, 10],
    ["fig", "North", 210, day(40), 30, 250],
    ["Grape", "east", 99, day(-8), 12, 99],
]
RULES = {  # rule → the Excel type it must be written as
    "GreaterThan(c[2], 100)": "cellIs",
    "Between(c[2], 50, 150)": "cellIs",
    "LessThanEqual(c[2], 80)": "cellIs",
    "TextEquals(c[0], 'apple')": "cellIs",
    "Equals(c[1], 'North')": "expression",  # a blank Region: Excel's "= North" differs there
    "TextContains(c[0], 'an')": "containsText",
    "TextStartsWith(c[0], 'ap')": "beginsWith",
    "TextEndsWith(c[0], 'e')": "endsWith",
    "Top(c[2], 3)": "top10",
    "BottomPercent(c[2], 25)": "top10",
    "AboveAverage(c[2])": "aboveAverage",
    "BelowAverage(c[5])": "aboveAverage",
    "Duplicates(c[2])": "duplicateValues",
    "Unique(c[2])": "uniqueValues",
    "Duplicates(c[1])": "expression",  # a blank in Region
    "Blanks(c[4])": "containsBlanks",
    "NoBlanks(c[1])": "notContainsBlanks",
    "Errors(c[4])": "containsErrors",
    "NoErrors(c[4])": "notContainsErrors",
    "Today(c[3])": "timePeriod",
    "Yesterday(c[3])": "timePeriod",
    "Last7Days(c[3])": "timePeriod",
    "ThisMonth(c[3])": "timePeriod",
    "BeforeToday(c[3])": "expression",
    "AfterToday(c[3])": "expression",
    "NextDays(c[3], 7)": "expression",
    "LastDays(c[3], 7)": "expression",
    "OlderThan(c[3], 30)": "expression",
    "Rows(BeforeToday(c[3]))": "expression",
    "Rows(TextEquals(c[1], 'North'))": "expression",
    "Rows(AND(GreaterThan(c[2], 100), NextDays(c[3], 60)))": "expression",
    "GreaterThan(c[5], c[2])": "expression",
    "AND(GreaterThan(c[2], 50), TextEquals(c[1], 'north'))": "expression",
    "NOT(GreaterThan(c[2], 100))": "expression",
    "GreaterThan(LEN(c[0]), 5)": "expression",
    "OR(Blanks(c[1]), Errors(c[4]))": "expression",
    "OR(GreaterThan(c[4], 15), TextEquals(c[1], 'East'))": "expression",  # #N/A in Score
    "NOT(GreaterThan(c[4], 15))": "expression",
    "MOD(ROW(),2)=0": "expression",
}


def write_table(path: Path, origin: tuple[int, int]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for r, row in enumerate(GRID):
        for c, value in enumerate(row):
            cell = sheet.cell(origin[0] + r, origin[1] + c, value)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    workbook.save(path)


@pytest.fixture(scope="module", params=[(1, 1), (5, 3)], ids=["A1", "C5"])
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    """rule → (expected sheet cells, cells LibreOffice fills, Excel type written)."""
    origin = request.param
    folder = tmp_path_factory.mktemp(f"lo{origin[0]}")
    source = folder / "table.xlsx"
    write_table(source, origin)
    table = read_table(source, None, None).table
    assert table.origin == origin
    paths, expected, kinds = [], {}, {}
    for number, text in enumerate(RULES):
        rule = parse_rule(text)
        spec = excel_rule(rule, table)
        kinds[text] = spec.type
        target = folder / f"rule{number}.xlsx"
        apply_rules(source, target, "Sheet", [(spec, CellFormat(fill=FILL, font_color=None))])
        paths.append(target)
        expected[text] = {
            sheet_position(table, cell) for cell in highlighted_cells(rule, table, TODAY)
        }
    pages = render(paths)
    filled = {  # the export starts at the used range's top-left cell: the table's origin
        text: {
            (row + origin[0] - 1, column + origin[1] - 1)
            for (row, column), cell in page.items()
            if cell.fill == FILL
        }
        for text, page in zip(RULES, pages, strict=True)
    }
    return {text: (expected[text], filled[text], kinds[text]) for text in RULES}


@pytest.mark.parametrize("rule_text", RULES)
def test_libreoffice_formats_the_predicted_cells(rule_text: str, rendered: dict) -> None:  # type: ignore[type-arg]
    expected, filled, kind = rendered[rule_text]
    assert kind == RULES[rule_text]
    assert filled == expected
