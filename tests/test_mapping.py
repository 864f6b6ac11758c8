"""Which Excel rule each rule becomes, and its Office.js and xlwings renderings.

Excel's own types are used only where they format exactly what the executor predicts on the
table at hand; the rest are formula rules. (LibreOffice checks the rendering itself:
test_libreoffice.py.)"""

from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.excel.officejs import officejs_rule
from cf_excel.excel.xlwings_apply import LiveExcelError, add_format_condition, apply_live, bgr
from cf_excel.rules import parse_rule
from cf_excel.rules.scope import placed
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

CLEAN: list[list[object]] = [
    ["Name", "Team", "Amount", "Score"],
    ["Ann", "Red", 10, 5],
    ["Bob", "Blue", 20, 7],
    ["Cy", "Red", 30, 9],
]


def spec(rule: str, table: Table) -> ExcelRule:
    return excel_rule(parse_rule(rule), table)


@pytest.mark.parametrize(
    ("rule", "type_", "sqref"),
    [
        ("GreaterThan(c[2], 15)", "cellIs", "C2:C4"),
        ("Between(c[2], 30, 10)", "cellIs", "C2:C4"),
        ("TextContains(c[0], 'n')", "containsText", "A2:A4"),
        ("TextContains(c[0], 'a*')", "expression", "A2:A4"),  # SEARCH would read * as a wildcard
        ("TextEquals(c[1], 'red')", "cellIs", "B2:B4"),
        ("Top(c[2], 2)", "top10", "C2:C4"),
        ("Top(c[2], 2.5)", "expression", "C2:C4"),
        ("Duplicates(c[1])", "duplicateValues", "B2:B4"),
        ("ColorScale(c[3])", "colorScale", "D2:D4"),
        ("GreaterThan(c[3], c[2])", "expression", "D2:D4"),
        ("Rows(TextEquals(c[1], 'Red'))", "expression", "A2:D4"),
        ("AND(GreaterThan(c[2], 15), TextEquals(c[0], 'Bob'))", "expression", "A2:A4 C2:C4"),
    ],
)
def test_native_types_where_exact(rule: str, type_: str, sqref: str) -> None:
    written = spec(rule, table_from_grid(CLEAN))
    assert (written.type, written.sqref) == (type_, sqref)


def test_mixed_columns_fall_back_to_guarded_formulas() -> None:
    grid = [row[:] for row in CLEAN]
    grid[2][2], grid[3][1] = "n/a", None  # text among numbers, a blank among text
    table = table_from_grid(grid)
    assert spec("GreaterThan(c[2], 15)", table).formula == ("IF(ISNUMBER($C2),$C2>15,FALSE())",)
    assert spec("Duplicates(c[1])", table).type == "expression"


def test_text_that_reads_as_a_date_or_number_rules_out_native_types() -> None:
    """timePeriod and cellIs treat text differently in Excel and LibreOffice; the guarded
    formula skips it in both, as the executor does. Other text ('TBD') keeps timePeriod."""
    day = dt.date(2026, 11, 26)
    assert spec("ThisWeek(c[0])", table_from_grid([["Due"], [day], ["TBD"]])).type == "timePeriod"
    stored = table_from_grid([["Due"], [day], ["2026-11-25"], ["TBD"]], strings="stored")
    written = spec("ThisWeek(c[0])", stored)
    assert written.type == "expression" and written.formula[0].startswith("IF(ISNUMBER($A2),")
    amounts = table_from_grid([["Amount"], [120], ["120"]], strings="stored")
    assert spec("GreaterThan(c[0], 100)", amounts).formula == ("IF(ISNUMBER($A2),$A2>100,FALSE())",)


def test_whole_row_formulas_anchor_the_condition_column() -> None:
    table = table_from_grid(CLEAN, origin=(5, 2))  # header at B5
    written = spec("Rows(GreaterThan(c[2], 15))", table)
    assert written.sqref == "B6:E8"
    assert written.formula == ("IF(ISNUMBER($D6),$D6>15,FALSE())",)
    selection = table_from_grid(CLEAN, selection=(2, 3))
    either = spec("Rows(GreaterThan(8))", selection).formula[0]
    assert either == "OR(IF(ISNUMBER($C2),$C2>8,FALSE()),IF(ISNUMBER($D2),$D2>8,FALSE()))"


def test_json_leaves_out_defaults() -> None:
    written = spec("BottomPercent(c[2], 10)", table_from_grid(CLEAN))
    assert written.as_json() == {
        "type": "top10", "sqref": "C2:C4", "rank": 10, "percent": True, "bottom": True
    }  # fmt: skip


# Three score columns (c[1]:c[3]) with a blank and a text; Budget and Actual numbers only.
SCORES: list[list[object]] = [
    ["Name", "Q1", "Q2", "Q3", "Budget", "Actual"],
    ["a", 0.5, 0.7, None, 100, 95],
    ["b", 0.9, "n/a", 0.4, 200, 150],
    ["c", 0.3, 0.8, 0.6, 80, 90],
]


@pytest.mark.parametrize(
    ("rule", "written"),
    [
        ("Columns(c[1]:c[3], Top(2))", ExcelRule("top10", "C6:E8", rank=2)),
        ("Columns(c[1]:c[3], TopPercent(2.5))", ExcelRule("expression", "C6:E8", (
            "IF(ISNUMBER(C6),C6>=AGGREGATE(14,6,$C$6:$E$8,"
            "MIN(MAX(1,INT(COUNT($C$6:$E$8)*2.5/100)),COUNT($C$6:$E$8))),FALSE())",))),
        ("Columns(c[1]:c[3], Bottom(2))", ExcelRule("expression", "C6:E8", (
            "IF(ISNUMBER(C6),C6<=AGGREGATE(15,6,$C$6:$E$8,MIN(2,COUNT($C$6:$E$8))),FALSE())",
        ))),  # a blank in the span: LibreOffice's bottom N would format it
        ("Columns(c[4]:c[5], Bottom(2))", ExcelRule("top10", "F6:G8", rank=2, bottom=True)),
        ("Columns(c[1]:c[3], AboveAverage())", ExcelRule("aboveAverage", "C6:E8")),
        ("Columns(c[4]:c[5], LessThan(100))", ExcelRule("cellIs", "F6:G8", ("100",), "lessThan")),
        ("Columns(c[1]:c[3], LessThan(0.6))", ExcelRule("expression", "C6:E8", (
            "IF(ISNUMBER(C6),C6<0.6,FALSE())",))),
        ("Columns(c[1]:c[3], Blanks())", ExcelRule("containsBlanks", "C6:E8", (
            "IF(NOT(ISERROR(C6)),LEN(TRIM(C6))=0,FALSE())",))),
        ("Columns(c[4]:c[5], Duplicates())", ExcelRule("duplicateValues", "F6:G8")),
        ("Columns(c[1]:c[3], DataBar())", ExcelRule("dataBar", "C6:E8")),
        ("Columns(c[5], $F2>$E2*0.9)", ExcelRule("expression", "G6:G8", ("$G6>$F6*0.9",))),
        ("Columns(c[1]:c[3], B2=MAX(B$2:B$4))", ExcelRule("expression", "C6:E8", (
            "C6=MAX(C$6:C$8)",))),
        ("Columns(c[0]:c[1], GreaterThan(c[5], 100))", ExcelRule("expression", "B6:C8", (
            "IF(ISNUMBER($G6),$G6>100,FALSE())",))),  # a column's condition: never cellIs
        ("Columns(c[4], GreaterThan(c[4], 100))", ExcelRule("expression", "F6:F8", (
            "IF(ISNUMBER($F6),$F6>100,FALSE())",))),
    ],
)  # fmt: skip
def test_a_span_is_one_rule_over_its_cells_where_the_table_sits(
    rule: str, written: ExcelRule
) -> None:
    """The table's header is at B5: a generator's rule, written for the table at A1, is placed
    there; the span moves to the sheet, and a formula written for its top-left data cell (B2)
    is written for the span's (C6)."""
    table = table_from_grid(SCORES, origin=(5, 2))
    assert excel_rule(placed(parse_rule(rule), table), table) == written


def test_duplicates_in_a_span_with_blanks_count_over_the_whole_span() -> None:
    table = table_from_grid(SCORES, origin=(5, 2))
    written = excel_rule(placed(parse_rule("Columns(c[1]:c[3], Duplicates())"), table), table)
    assert (written.type, written.sqref) == ("expression", "C6:E8")
    assert "C6" in written.formula[0] and "$C$6:$E$8" in written.formula[0]


def test_a_span_at_a1_keeps_its_formula() -> None:
    written = spec("Columns(c[5], $F2>$E2*0.9)", table_from_grid(SCORES))
    assert (written.sqref, written.formula) == ("F2:F4", ("$F2>$E2*0.9",))


FMT = CellFormat(fill="#FF0000", font_color="#FFFFFF", bold=True)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("GreaterThan(c[2], 15)", {"rule": {"formula1": "=15", "operator": "GreaterThan"}}),
        ("Between(c[2], 10, 30)", {"rule": {"formula1": "=10", "formula2": "=30", "operator": "Between"}}),  # noqa: E501
        ("TextStartsWith(c[0], 'A')", {"rule": {"operator": "BeginsWith", "text": "A"}}),
        ("Bottom(c[2], 2)", {"type": "TopBottom", "rule": {"rank": 2, "type": "BottomItems"}}),
        ("BelowAverage(c[2])", {"type": "PresetCriteria", "rule": {"criterion": "BelowAverage"}}),
        ("Unique(c[1])", {"type": "PresetCriteria", "rule": {"criterion": "UniqueValues"}}),
        ("Last7Days(c[2])", {"type": "Custom"}),  # numbers, not dates: a formula
        ("Rows(TextEquals(c[1], 'Red'))", {"type": "Custom", "range": "A2:D4"}),
        ("IconSet(c[3])", {"type": "IconSet", "style": "ThreeTrafficLights1"}),
        ("Columns(c[2]:c[3], Top(1))", {"range": "C2:D4", "rule": {"rank": 1, "type": "TopItems"}}),
        ("Columns(c[3], $D2>$C2/2)", {"type": "Custom", "range": "D2:D4", "rule": {"formula": "=$D2>$C2/2"}}),  # noqa: E501
        ("Columns(c[0]:c[1], TextEquals('Red'))", {"type": "CellValue", "range": "A2:B4"}),
    ],
)  # fmt: skip
def test_officejs(rule: str, expected: dict[str, Any]) -> None:
    described = officejs_rule(spec(rule, table_from_grid(CLEAN)), FMT)
    assert {key: described[key] for key in expected} == expected
    look = {"fill": "#FF0000", "fontColor": "#FFFFFF", "bold": True, "italic": False}
    if rule.startswith("IconSet"):
        assert "format" not in described  # a visual rule has its own look
    else:
        assert described["format"] == look


class Recorder:
    """A stand-in for Excel's COM objects: records every call and attribute set, by path."""

    def __init__(self, log: list[tuple[Any, ...]], path: str = "") -> None:
        object.__setattr__(self, "log", log)
        object.__setattr__(self, "path", path)

    def __getattr__(self, name: str) -> Recorder:
        return Recorder(self.log, f"{self.path}.{name}")

    def __setattr__(self, name: str, value: Any) -> None:
        self.log.append(("set", f"{self.path}.{name}", value))

    def __call__(self, *args: Any, **kwargs: Any) -> Recorder:
        self.log.append(("call", self.path, args, kwargs))
        return Recorder(self.log, self.path + "()")

    def __getitem__(self, key: str) -> Recorder:
        return Recorder(self.log, f"{self.path}[{key!r}]")


def recorded(rule: str) -> list[tuple[Any, ...]]:
    log: list[tuple[Any, ...]] = []
    add_format_condition(Recorder(log, "FC"), spec(rule, table_from_grid(CLEAN)), FMT)
    return log


def test_xlwings_calls() -> None:
    red, white = bgr("#FF0000"), bgr("#FFFFFF")
    assert (red, bgr("#0000FF")) == (0x0000FF, 0xFF0000)  # COM colours are BGR
    assert recorded("GreaterThan(c[2], 15)") == [
        ("call", "FC.Add", (), {"Type": 1, "Operator": 5, "Formula1": "=15"}),
        ("set", "FC.Add().Interior.Color", red),
        ("set", "FC.Add().Font.Color", white),
        ("set", "FC.Add().Font.Bold", True),
    ]
    top = recorded("TopPercent(c[2], 20)")
    assert top[:4] == [
        ("call", "FC.AddTop10", (), {}),
        ("set", "FC.AddTop10().TopBottom", 1),
        ("set", "FC.AddTop10().Rank", 20),
        ("set", "FC.AddTop10().Percent", True),
    ]
    assert recorded("Rows(TextEquals(c[1], 'Red'))")[0] == (
        "call", "FC.Add", (), {"Type": 2, "Formula1": '=IF(NOT(ISERROR($B2)),$B2&""="Red",FALSE())'}
    )  # fmt: skip
    assert recorded("DataBar(c[2])") == [("call", "FC.AddDatabar", (), {})]


def test_live_without_excel_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("xlwings")
    fake.apps = types.SimpleNamespace(count=0)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "xlwings", fake)
    with pytest.raises(LiveExcelError, match="running Microsoft Excel"):
        apply_live(Path("book.xlsx"), "Sheet1", spec("Top(c[2], 1)", table_from_grid(CLEAN)), FMT)


def test_live_replays_on_the_open_workbook(monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[tuple[Any, ...]] = []
    book = Recorder(log, "book")
    fake = types.ModuleType("xlwings")
    fake.apps = types.SimpleNamespace(count=1)  # type: ignore[attr-defined]
    fake.Book = lambda path: book  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "xlwings", fake)
    written = spec("AND(GreaterThan(c[2], 15), TextEquals(c[0], 'Bob'))", table_from_grid(CLEAN))
    apply_live(Path("book.xlsx"), "Data", written, FMT)
    adds = [entry[1] for entry in log if entry[0] == "call" and entry[1].endswith(".Add")]
    assert len(adds) == 2  # one per area of "A2:A4 C2:C4"
