"""Independent check: LibreOffice opens the workbooks we write and formats the predicted cells.

For each rule, a workbook with one conditional format is written through the same path as
`cf-excel apply` (ExcelRule → openpyxl), LibreOffice renders it to HTML, and the cells it shows
with the rule's fill must be exactly the executor's `highlighted_cells` for today. Tables sit at
A1, C5 and B16 (data from rows 2, 6 and 17), so anchoring mistakes show up.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.excel.xlsx_patch import patch_workbook
from cf_excel.reliability.seeds import report_fods
from cf_excel.rules import parse_rule
from cf_excel.rules.executor import highlighted_cells, sheet_position
from cf_excel.rules.scope import placed
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.workbook import read_table
from tests.libreoffice import convert, imported_formats, needs_libreoffice, render
from tests.support import build_examples

pytestmark = needs_libreoffice
TODAY = dt.date.today()
FILL = "#123456"


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def parts(path: Path) -> dict[str, bytes]:
    """A workbook package's parts by name, in package order."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


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


def write_table(
    path: Path,
    origin: tuple[int, int],
    grid: list[list[object]] = GRID,
    beside: dict[tuple[int, int], object] | None = None,
) -> None:
    """The grid at `origin`, and `beside` cells ((row, column) → value) around it."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            cell = sheet.cell(origin[0] + r, origin[1] + c, value)
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, dt.time):
                cell.number_format = "h:mm"
    for (row, column), value in (beside or {}).items():
        sheet.cell(row, column, value)
    workbook.save(path)


@pytest.fixture(scope="module", params=[(1, 1), (5, 3), (16, 2)], ids=["A1", "C5", "B16"])
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    """rule → (expected sheet cells, cells LibreOffice fills, Excel type written)."""
    origin = request.param
    return render_rules(tmp_path_factory.mktemp(f"lo{origin[0]}"), origin, GRID, RULES)


# rule → (the sheet cells the executor predicts, the cells LibreOffice fills, the Excel type)
Rendered = dict[str, tuple[set[tuple[int, int]], set[tuple[int, int]], str]]


def render_rules(
    folder: Path,
    origin: tuple[int, int],
    grid: list[list[object]],
    rules: dict[str, str],
    generated: bool = False,
    beside: dict[tuple[int, int], object] | None = None,
) -> Rendered:
    """rule → (expected sheet cells, cells LibreOffice fills, Excel type written) for a table
    written at `origin` (with `beside` cells right of it) and read back as `cf-excel` reads
    it; `generated` rules are written for the table at A1, as a generator writes them, and
    placed where the table is."""
    source = folder / "table.xlsx"
    write_table(source, origin, grid, beside)
    table = read_table(source, None, None).table
    assert table.origin == origin
    paths, expected, kinds = [], {}, {}
    for number, text in enumerate(rules):
        rule = placed(parse_rule(text), table) if generated else parse_rule(text)
        spec = excel_rule(rule, table)
        kinds[text] = spec.type
        target = folder / f"rule{number}.xlsx"
        patch_workbook(source, target, [("Sheet", spec, CellFormat(fill=FILL, font_color=None))])
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
        for text, page in zip(rules, pages, strict=True)
    }
    return {text: (expected[text], filled[text], kinds[text]) for text in rules}


@pytest.mark.parametrize("rule_text", RULES)
def test_libreoffice_formats_the_predicted_cells(rule_text: str, rendered: dict) -> None:  # type: ignore[type-arg]
    expected, filled, kind = rendered[rule_text]
    assert kind == RULES[rule_text]
    assert filled == expected


def iso(offset: int) -> str:
    return day(offset).isoformat()


def us(offset: int) -> str:
    return f"{day(offset).month}/{day(offset).day}/{day(offset).year}"


def day_first(offset: int) -> str:
    return day(offset).strftime("%d/%m/%Y")


# Dates and numbers stored as text, beside real ones: Due mixes dates with ISO and US text dates,
# Amount numbers with numbers stored as text, Paid day-first text dates with dates (25/12/2020
# makes its order day first), Code holds numbers stored as text only.
TEXT_GRID: list[list[object]] = [
    ["Name", "Due", "Amount", "Paid", "Code"],
    ["a", day(-1), 120, day(-20), "12"],
    ["b", iso(-1), "120", day_first(-20), "7"],
    ["c", iso(0), "50", day_first(3), "30"],
    ["d", us(2), " 130", day(2), "5"],
    ["e", day(0), "1,200", day_first(-40), "12"],
    ["f", day(3), "$90", None, "0"],
    ["g", iso(-40), 50, "25/12/2020", "44"],
    ["h", day(40), "75%", day(-1), "3"],
    ["i", iso(8), 300, "n/a", "9"],
    ["j", day(-8), None, day(35), "18"],
    ["k", "TBD", 99, iso(0), "2"],
]
DATE_RULES = [f"{op}(c[1])" for op in ("Yesterday", "Today", "Tomorrow", "Last7Days",
              "LastWeek", "ThisWeek", "NextWeek", "LastMonth", "ThisMonth", "NextMonth",
              "BeforeToday", "AfterToday")]  # fmt: skip
TEXT_RULES = {  # rule → the Excel type it must be written as: text in the column rules out
    # timePeriod and cellIs, whose handling of text differs between Excel and LibreOffice
    **{rule: "expression" for rule in DATE_RULES},
    "NextDays(c[1], 7)": "expression",
    "LastDays(c[1], 7)": "expression",
    "OlderThan(c[1], 30)": "expression",
    "Rows(BeforeToday(c[1]))": "expression",
    "Rows(ThisWeek(c[1]))": "expression",
    "BeforeToday(c[3])": "expression",
    "Last7Days(c[3])": "expression",
    "ThisMonth(c[3])": "expression",
    "GreaterThan(c[2], 100)": "expression",
    "GreaterThanEqual(c[2], 120)": "expression",
    "LessThan(c[2], 100)": "expression",
    "LessThanEqual(c[2], 50)": "expression",
    "Equals(c[2], 120)": "expression",
    "NotEquals(c[2], 120)": "expression",
    "Between(c[2], 50, 150)": "expression",
    "Equals(c[2], '120')": "expression",
    "TextContains(c[2], '12')": "expression",
    "Top(c[2], 2)": "top10",
    "AboveAverage(c[2])": "aboveAverage",
    "GreaterThan(c[4], 5)": "expression",
    "TextEquals(c[4], '12')": "cellIs",
    "TextStartsWith(c[4], '1')": "beginsWith",
    "Rows(AND(GreaterThan(c[2], 60), BeforeToday(c[1])))": "expression",
}


@pytest.fixture(scope="module")
def rendered_text(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """TEXT_GRID's rules at B3: (expected sheet cells, cells LibreOffice fills, type)."""
    return render_rules(tmp_path_factory.mktemp("text"), (3, 2), TEXT_GRID, TEXT_RULES)


@pytest.mark.parametrize("rule_text", TEXT_RULES)
def test_dates_and_numbers_stored_as_text_are_previewed_as_excel_formats_them(
    rule_text: str, rendered_text: Rendered
) -> None:
    """The issue's case: a due date typed as text is no date to the written rule (its formula
    checks ISNUMBER, LibreOffice's timePeriod skips text), so the preview leaves it alone too;
    so with numbers stored as text."""
    expected, filled, kind = rendered_text[rule_text]
    assert filled == expected
    assert kind == TEXT_RULES[rule_text]


# Budget and Actual hold numbers only (values repeat across the two columns); the three score
# columns hold fractions, blanks and text.
SCOPE_GRID: list[list[object]] = [
    ["Name", "Budget", "Actual", "Q1", "Q2", "Q3"],
    ["a", 100, 95, 0.55, 0.7, 0.9],
    ["b", 200, 150, None, 0.45, "n/a"],
    ["c", 80, 90, 0.7, 0.9, 0.3],
    ["d", 120, 100, 0.9, None, 0.6],
    ["e", 100, 120, 0.45, 0.8, 0.55],
    ["f", 60, 58, "absent", 0.95, 0.7],
    ["g", 90, 60, 0.3, 0.6, 0.9],
]
SCOPE_RULES = {  # rule → the Excel type it must be written as: one rule over the span
    "Columns(c[3]:c[5], Top(3))": "top10",  # ranks the span as one range, ties included
    "Columns(c[3]:c[5], BottomPercent(20))": "expression",  # blanks: see mapping.native_rule
    "Columns(c[1]:c[2], Bottom(2))": "top10",
    "Columns(c[3]:c[5], LessThan(0.6))": "expression",  # blanks and text: no Cell Value rule
    "Columns(c[1]:c[2], LessThan(90))": "cellIs",
    "Columns(c[1]:c[2], Between(90, 120))": "cellIs",
    "Columns(c[3]:c[5], AboveAverage())": "aboveAverage",  # the span's average
    "Columns(c[3]:c[5], Blanks())": "containsBlanks",
    "Columns(c[3]:c[5], NoBlanks())": "notContainsBlanks",
    "Columns(c[1]:c[2], Duplicates())": "duplicateValues",  # across the two columns
    "Columns(c[3]:c[5], Duplicates())": "expression",  # blanks: COUNTIF over the span
    "Columns(c[1]:c[2], Unique())": "uniqueValues",
    "Columns(c[3]:c[5], TextContains('a'))": "expression",  # numbers in the span
    "Columns(c[2], $C2>$B2*0.9)": "expression",  # Actual over 90% of Budget
    "Columns(c[3]:c[5], D2=MAX(D$2:D$8))": "expression",  # each column's own maximum
    "Columns(c[3]:c[5], D2>$C2/200)": "expression",  # a relative column beside an anchored one
    "Columns(c[0]:c[1], GreaterThan(c[2], 100))": "expression",  # the rows where Actual > 100
    "Columns(c[3]:c[5], AND(GreaterThanEqual(0.7), TextEquals(c[0], 'c')))": "expression",
    "Columns(c[3]:c[4], OR(Blanks(), D2<$B$2/300))": "expression",  # a fixed cell: B2
}


@pytest.fixture(scope="module", params=[(1, 1), (4, 4)], ids=["A1", "D4"])
def rendered_scopes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Rendered:
    """SCOPE_GRID's rules, written for A1 as a generator writes them, at A1 and placed at D4,
    where every reference of a formula moves."""
    origin = request.param
    folder = tmp_path_factory.mktemp(f"scope{origin[0]}")
    return render_rules(folder, origin, SCOPE_GRID, SCOPE_RULES, generated=True)


@pytest.mark.parametrize("rule_text", SCOPE_RULES)
def test_libreoffice_formats_a_column_span_as_predicted(
    rule_text: str, rendered_scopes: Rendered
) -> None:
    """`Columns(c[i]:c[j], rule)`: one Excel rule over the span's data cells, its statistics
    over the whole span and its formula written for the span's top-left cell."""
    expected, filled, kind = rendered_scopes[rule_text]
    assert kind == SCOPE_RULES[rule_text]
    assert expected and filled == expected


# The formulas the request reader (cf_excel.reading) writes, for a table at A1 as every
# generator does: days and calendar months from today, repeats from the second on, weekends,
# alternate rows, gaps and shares between columns, numbers stored as text, row maxima.
READER_RULES = {
    'Columns(c[3], =AND($D2<>"",$D2<=TODAY()-7))': "expression",
    "Columns(c[3], =AND(ISNUMBER($D2),$D2<EDATE(TODAY(),-1)))": "expression",
    "Columns(c[3], =AND(ISNUMBER($D2),$D2>=EDATE(TODAY(),-1),$D2<=TODAY()))": "expression",
    "Columns(c[3], $D2<=EOMONTH(TODAY(),-1))": "expression",
    'Columns(c[1], =AND($B2<>"",COUNTIF($B$2:$B2,$B2)>1))': "expression",
    'Rows(=AND($D2<>"",WEEKDAY($D2,2)>5))': "expression",
    "Rows(=MOD(ROW()-ROW($A$2),2)=0)": "expression",
    'Columns(c[2], =AND($C2<>"",$F2<>"",ABS($C2-$F2)>=20))': "expression",
    'Columns(c[5], AND($F2<>"", $F2<$C2*0.9))': "expression",
    "Rows(AND(TextEquals(c[1], 'North'), =AND($D2<>\"\",$D2<=TODAY()-1)))": "expression",
    'Columns(c[4]:c[5], =AND(E2<>"",E2=MAX($E2:$F2)))': "expression",
    "Columns(c[1], ISTEXT($B2))": "expression",
    "Columns(c[2], --$C2>=99)": "expression",
    'Columns(c[0], =AND($A2<>"",ISTEXT($A2),EXACT($A2,LOWER($A2))))': "expression",
    'Rows(=TRIM($B2)="North")': "expression",
    "Columns(c[3], =AND(ISNUMBER($D2),YEAR($D2)=YEAR(TODAY())))": "expression",
    'Columns(c[5], =AND($F2<>"",$F2<>SUM($C2:$C2)+$E2))': "expression",
    'Columns(c[3], =AND($D2<>"",NOT(WEEKDAY($D2,2)=1)))': "expression",
    'Rows(=COUNTIFS($B$2:$B$9,$B2,$C$2:$C$9,">50")>1)': "expression",
    "Rows(=COUNTBLANK($B2:$E2)>0)": "expression",  # a row's block: any blank
    'Rows(=COUNTIF($C2:$F2,">=10")=4)': "expression",  # every cell of it passes
    "Rows(=AVERAGE($E2:$F2)>50)": "expression",  # its average
    "Columns(c[0], =AND(ISNUMBER($D2),$D2<=EDATE(TODAY(),-1)))": "expression",  # "aged 1+"
}


@pytest.fixture(scope="module", params=[(1, 1), (5, 3)], ids=["A1", "C5"])
def rendered_readings(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Rendered:
    """READER_RULES written for A1 and placed where the table is."""
    origin = request.param
    folder = tmp_path_factory.mktemp(f"reader{origin[0]}")
    return render_rules(folder, origin, GRID, READER_RULES, generated=True)


@pytest.mark.parametrize("rule_text", READER_RULES)
def test_libreoffice_formats_the_readers_formulas_as_predicted(
    rule_text: str, rendered_readings: Rendered
) -> None:
    expected, filled, kind = rendered_readings[rule_text]
    assert kind == READER_RULES[rule_text]
    assert expected and filled == expected


def beside_rules(origin: tuple[int, int]) -> tuple[dict[tuple[int, int], object], dict[str, str]]:
    """A limit typed in a cell and a list, two columns right of the table (starting on its
    header row, so that the export still starts at the table), and reader rules that read
    them by the sheet's name: the names stay where they are when the rule is placed."""
    top, column = origin[0], origin[1] + len(GRID[0]) + 1
    letter = column_letter(column)
    beside: dict[tuple[int, int], object] = {(top, column): 100, (top + 1, column): "Picked"}
    beside |= {(top + 2 + i, column): name for i, name in enumerate(["apple", "Fig", "Kiwi"])}
    rules = {
        f"Columns(c[2], GreaterThan(c[2], Sheet!${letter}${top}))": "expression",
        f'Columns(c[5], =AND($F2<>"",$F2<=Sheet!${letter}${top}))': "expression",
        f"Columns(c[3], =AND(ISNUMBER($D2),TODAY()-$D2<Sheet!${letter}${top}))": "expression",
        f'Columns(c[0], =AND($A2<>"",COUNTIF(Sheet!${letter}${top + 1}:${letter}${top + 4},'
        f"$A2)>0))": "expression",
    }
    return beside, rules


@pytest.mark.parametrize("origin", [(1, 1), (5, 3)], ids=["A1", "C5"])
def test_libreoffice_reads_cells_beside_the_table_as_predicted(
    origin: tuple[int, int], tmp_path: Path
) -> None:
    beside, rules = beside_rules(origin)
    rendered = render_rules(tmp_path, origin, GRID, rules, generated=True, beside=beside)
    for text, (expected, filled, kind) in rendered.items():
        assert kind == rules[text]
        assert expected and filled == expected, text


SHIFT_GRID: list[list[object]] = [
    ["Name", "Start", "End", "Hrs"],
    ["Ann", dt.time(9, 0), dt.time(17, 30), 8.5],
    ["Bob", dt.time(9, 45), dt.time(15, 0), 6],
    ["Cai", dt.time(7, 30), dt.time(18, 0), 10.5],
    ["Dan", None, dt.time(12, 0), 3],
    ["Eve", dt.time(9, 30), dt.time(13, 15), 3.75],
    ["Fay", dt.time(22, 0), dt.time(7, 0), 9],  # a night shift: 9 hours past midnight
]
TIME_RULES = {  # the reader's formulas for times of day and durations
    "Columns(c[1], =AND(ISNUMBER($B2),$B2>TIME(9,30,0)))": "expression",
    "Columns(c[2], =AND(ISNUMBER($C2),$C2<=TIME(13,15,0)))": "expression",
    "Rows(=AND(ISNUMBER($B2),ISNUMBER($C2),MOD($C2-$B2,1)*24>8))": "expression",
    'Columns(c[3], =AND($D2<>"",$C2<>"",$B2<>"",$D2<>ROUND(($C2-$B2)*24,2)))': "expression",
    "Columns(c[1], =HOUR($B2)<9)": "expression",
}


@pytest.mark.parametrize("origin", [(1, 1), (4, 2)], ids=["A1", "B4"])
def test_libreoffice_reads_times_of_day_as_predicted(
    origin: tuple[int, int], tmp_path: Path
) -> None:
    """Times are their fractions of a day in both: TIME(9,30,0) and 24 × (end − start) hours."""
    rendered = render_rules(tmp_path, origin, SHIFT_GRID, TIME_RULES, generated=True)
    for text, (expected, filled, kind) in rendered.items():
        assert kind == TIME_RULES[text]
        assert expected and filled == expected, text


@pytest.mark.slow
def test_overdue_rows_turn_red_in_libreoffice(tmp_path: Path) -> None:
    """The issue's acceptance check: the shipped model, the CLI, a real spreadsheet engine."""
    from cf_excel.cli import main

    build_examples(tmp_path, TODAY)
    source, out = tmp_path / "invoices.xlsx", tmp_path / "out.xlsx"
    argv = ["apply", "highlight overdue rows red", "--sheet", str(source), "--out", str(out)]
    assert main([*argv, "--model", "codefusion"]) == 0
    table = read_table(source).table
    overdue = {row for row, values in enumerate(table.rows) if values[3].date() < TODAY}  # type: ignore[union-attr]
    assert 0 < len(overdue) < len(table.rows)
    expected = {
        sheet_position(table, (row, column)) for row in overdue for column in range(table.width)
    }
    (page,) = render([out])
    red = {position for position, cell in page.items() if cell.fill == "#FF0000"}
    assert red == expected


@pytest.mark.parametrize(
    ("rule_text", "kind"),
    [
        ("ColorScale(c[2])", "color-scale"),
        ("DataBar(c[5])", "data-bar"),
        ("IconSet(c[4])", "icon-set"),
    ],
)
def test_libreoffice_imports_visual_rules(tmp_path: Path, rule_text: str, kind: str) -> None:
    source, target = tmp_path / "table.xlsx", tmp_path / "visual.xlsx"
    write_table(source, (1, 1))
    table = read_table(source).table
    spec = excel_rule(parse_rule(rule_text), table)
    patch_workbook(source, target, [("Sheet", spec, CellFormat())])
    assert imported_formats(target) == [(spec.sqref, kind)]


E2E_REQUESTS = [  # (workbook, request): one per kind of Excel rule the model is asked for
    ("invoices.xlsx", "highlight amounts greater than 1000"),
    ("invoices.xlsx", "highlight customers containing Acme"),
    ("invoices.xlsx", "highlight the top 3 amounts"),
    ("invoices.xlsx", "show duplicate customers"),
    ("invoices.xlsx", "mark due dates in the next 30 days"),
    ("tasks.xlsx", "highlight empty cells in Spent"),
    ("tasks.xlsx", "flag deadlines this week"),
    ("tasks.xlsx", "highlight rows where status is Blocked in red"),
    ("sales.xlsx", "highlight above average units"),
    ("sales.xlsx", "highlight Q3 revenue below Q3 target"),
]


@pytest.mark.slow
def test_requests_end_to_end(tmp_path: Path) -> None:
    """Text → shipped model → rule → .xlsx → LibreOffice: the cells LibreOffice formats are the
    ones the candidate's preview listed, for whatever rule the model chose."""
    from cf_excel.apply import ApplyRequest, apply_requests
    from cf_excel.generators import load_generator

    build_examples(tmp_path, TODAY)
    model = load_generator("codefusion")
    fmt = CellFormat(fill=FILL, font_color=None)
    outputs, previews = [], []
    for number, (workbook, text) in enumerate(E2E_REQUESTS):
        out = tmp_path / f"e2e{number}.xlsx"
        report = apply_requests(
            model, tmp_path / workbook, out, [ApplyRequest(text, format=fmt, pick=1)]
        )
        candidate = report.planned[0].candidate
        assert candidate is not None
        outputs.append(out)
        previews.append((text, set(candidate.addresses)))
    for (text, cells), page in zip(previews, render(outputs), strict=True):
        filled = {f"{column_letter(c)}{r}" for (r, c), cell in page.items() if cell.fill == FILL}
        assert filled == cells, text


def test_a_libreoffice_workbook_keeps_its_parts_and_rules(
    rich_workbook: Path, tmp_path: Path
) -> None:
    """The rich fixture re-saved by LibreOffice (its chart, comment, validation and hand-made
    rule, plus a data bar and an icon set that LibreOffice writes as x14 extensions): applying
    a rule changes only the sheet (by insertion) and styles.xml, and LibreOffice then shows the
    new rule and the old ones."""
    visual = [("Data", ExcelRule("dataBar", "B2:B4"), CellFormat()),
              ("Data", ExcelRule("iconSet", "B2:B4"), CellFormat())]  # fmt: skip
    patch_workbook(rich_workbook, tmp_path / "bars.xlsx", visual)
    (tmp_path / "ods").mkdir()
    (tmp_path / "lo").mkdir()
    convert([tmp_path / "bars.xlsx"], "ods", tmp_path / "ods")
    convert([tmp_path / "ods" / "bars.ods"], "xlsx", tmp_path / "lo")
    built = tmp_path / "lo" / "bars.xlsx"
    before = parts(built)
    assert b"x14:dataBar" in before["xl/worksheets/sheet1.xml"] and "xl/charts/chart1.xml" in before

    out = tmp_path / "out.xlsx"
    contains_n = ExcelRule("containsText", "A2:A4", ('NOT(ISERROR(SEARCH("n",A2)))',),
                           "containsText", "n")  # fmt: skip
    patch_workbook(built, out, [("Data", contains_n, CellFormat(fill=FILL, font_color=None))])
    after = parts(out)
    assert list(after) == list(before)
    assert {n for n in before if before[n] != after[n]} == {
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
    }
    old, new = (p["xl/worksheets/sheet1.xml"].decode() for p in (before, after))
    (inserted,) = [f for f in re.findall(r"<conditionalFormatting.*?</conditionalFormatting>", new)
                   if 'type="containsText"' in f]  # fmt: skip
    assert new.replace(inserted, "", 1) == old
    (page,) = render([out])  # Ink keeps the hand-made green rule, which comes first
    fills = {position: cell.fill for position, cell in page.items() if cell.fill}
    assert fills == {(2, 1): FILL, (3, 1): "#00FF00"}
    kinds = sorted(kind for _, kind in imported_formats(out))
    assert kinds == ["condition", "condition", "data-bar", "icon-set"]
    assert openpyxl.load_workbook(out)["Data"]["B4"].value == 300


def test_images_and_pivot_tables_survive(tmp_path: Path) -> None:
    """LibreOffice builds a workbook with an image and a pivot table (with its cache) from a
    flat ODS document; applying a rule leaves all of their parts as they were."""
    source = report_fods(tmp_path / "report.fods")
    convert([source], "xlsx", tmp_path)
    built = tmp_path / "report.xlsx"
    before = parts(built)
    assert {"xl/media/image1.png", "xl/pivotTables/pivotTable1.xml"} <= set(before)

    out = tmp_path / "out.xlsx"
    over_15 = ExcelRule("cellIs", "C2:C5", ("15",), "greaterThan")
    patch_workbook(built, out, [("Data", over_15, CellFormat(fill=FILL, font_color=None))])
    after = parts(out)
    changed = {name for name in before if before[name] != after[name]}
    assert list(after) == list(before) and changed == {"xl/styles.xml", "xl/worksheets/sheet1.xml"}
    (page,) = render([out])
    assert {p for p, c in page.items() if c.fill == FILL} == {(3, 3), (4, 3), (5, 3)}


def test_old_and_new_rules_render_after_patching(rich_workbook: Path, tmp_path: Path) -> None:
    """The openpyxl-built fixture (chart, comment, validation, names, frozen panes, a green
    hand-made rule): LibreOffice renders the old rule and the new one."""
    out = tmp_path / "out.xlsx"
    over_100 = ExcelRule("cellIs", "B2:B4", ("100",), "greaterThan")
    patch_workbook(rich_workbook, out, [("Data", over_100, CellFormat(fill=FILL, font_color=None))])
    (page,) = render([out])
    fills = {position: cell.fill for position, cell in page.items() if cell.fill}
    assert fills == {(3, 1): "#00FF00", (3, 2): FILL, (4, 2): FILL}


PASTED = [  # (formula as pasted, --range or None): the table's data starts at A5
    ("=$D5<TODAY()", None),  # this row's Due: whole rows
    ('=AND($C5>50,$B5="North")', None),  # Excel's AND, anchored columns: whole rows
    ("=$C3>100", None),  # written for row 3, read for A5 as Excel reads it: two rows up
    ("=ISODD(ROW())", None),
    ("=C5>100", "C4:C12"),  # a relative column, on the one column it is written for
]


def test_a_pasted_formula_formats_what_its_preview_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel formulas pasted into `apply --rule` (no model: loading one fails the test) on a
    table whose data starts at A5: LibreOffice fills exactly the cells `generate --rule`
    previewed, whole rows for an anchored column, and reads `=$C3` two rows up as Excel does."""
    from cf_excel.cli import main

    def no_model(*args: object) -> None:
        raise AssertionError("a given rule must not load the model")

    monkeypatch.setattr("cf_excel.arguments.load_generator", no_model)
    source = tmp_path / "table.xlsx"
    write_table(source, (4, 1))
    outputs, previews = [], []
    for number, (formula, cell_range) in enumerate(PASTED):
        where = ["--sheet", str(source), *(["--range", cell_range] if cell_range else [])]
        assert main(["generate", "--rule", formula, *where, "--json"]) == 0
        (given,) = json.loads(capsys.readouterr().out)["candidates"]
        previews.append((formula, set(given["cells"])))
        out = tmp_path / f"pasted{number}.xlsx"
        assert main(["apply", "--rule", formula, *where, "--fill", FILL, "--out", str(out)]) == 0
        assert capsys.readouterr().out.startswith(given["description"] + " → ")
        outputs.append(out)
    # Rows 6, 7 and 9 read C4 (the header: Excel ranks text above numbers), C5 and C7.
    assert previews[2][1] == {f"{c}{r}" for r in (6, 7, 9) for c in "ABCDEF"}
    for (formula, cells), page in zip(previews, render(outputs), strict=True):
        # The export starts at the used range's top-left cell, A4.
        filled = {
            f"{column_letter(c)}{r + 3}" for (r, c), cell in page.items() if cell.fill == FILL
        }
        assert filled == cells, formula


def test_our_rules_come_out_of_a_libreoffice_workbook_part_for_part(
    rich_workbook: Path, tmp_path: Path
) -> None:
    """The rich fixture re-saved by LibreOffice (its own XML; a hand-made rule, an x14 data bar
    and icon set): fill, font, colour scale and data bar rules put first carry the marker,
    LibreOffice imports all four beside the old ones, and `rules remove` gives back every part
    of LibreOffice's package byte for byte (the old rules' priorities too)."""
    from cf_excel.excel.sheet_rules import list_rules, remove_our_rules

    visual = [("Data", ExcelRule("dataBar", "B2:B4"), CellFormat()),
              ("Data", ExcelRule("iconSet", "B2:B4"), CellFormat())]  # fmt: skip
    patch_workbook(rich_workbook, tmp_path / "bars.xlsx", visual)
    (tmp_path / "ods").mkdir()
    (tmp_path / "lo").mkdir()
    convert([tmp_path / "bars.xlsx"], "ods", tmp_path / "ods")
    convert([tmp_path / "ods" / "bars.ods"], "xlsx", tmp_path / "lo")
    built, ours, cleaned = (tmp_path / name for name in ("lo/bars.xlsx", "ours.xlsx", "c.xlsx"))
    over_100 = ExcelRule("cellIs", "B2:B4", ("100",), "greaterThan")
    patch_workbook(built, ours, [
        ("Data", over_100, CellFormat(fill=FILL, font_color=None)),
        ("Data", ExcelRule("top10", "B2:B4", rank=1), CellFormat(fill=None, font_color="#0000FF")),
        ("Data", ExcelRule("colorScale", "B2:B4"), CellFormat()),
        ("Data", ExcelRule("dataBar", "B2:B4"), CellFormat()),
    ], priority="first")  # fmt: skip
    listed = list_rules(ours, "Data")  # LibreOffice's data bar is listed twice (plain, x14)
    assert [r.words for r in listed if r.ours] == [
        "cell value greater than 100", "top 1", "colour scale", "data bars"
    ] and len(listed) == 8  # fmt: skip
    kinds = sorted(kind for _, kind in imported_formats(ours))
    assert kinds == sorted(["condition"] * 3 + ["color-scale"] + ["data-bar"] * 2 + ["icon-set"])
    assert remove_our_rules(ours, cleaned, "Data") == 4
    with zipfile.ZipFile(built) as before, zipfile.ZipFile(cleaned) as after:
        assert [(i.filename, i.date_time, before.read(i)) for i in before.infolist()] == [
            (i.filename, i.date_time, after.read(i)) for i in after.infolist()
        ]
