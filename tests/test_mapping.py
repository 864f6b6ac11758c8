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
