"""Requests applied to real workbooks: one save, nothing else lost, failures reported per line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import CellIsRule

from cf_excel.apply import ApplyRequest, RequestError, apply_requests, load_spec
from cf_excel.excel.formats import CellFormat
from cf_excel.baselines.retrieval import Candidate
from cf_excel.sheets.table import Table
from cf_excel.sheets.workbook import SheetError

TODAY = dt.date(2026, 11, 26)


@dataclass
class FixedModel:
    """Proposes the rule written for each request word, so tests know what gets applied."""

    rules: dict[str, str]
    name: str = "fixed"

    def generate(
        self, utterance: str, top_k: int = 5, table: Table | None = None
    ) -> list[Candidate]:
        return [Candidate(code, 1.0) for word, code in self.rules.items() if word in utterance][
            :top_k
        ]


MODEL = FixedModel(
    {"overdue": "Rows(BeforeToday(c[3]))", "big": "GreaterThan(c[2], 1000)", "bad": "Oops(("}
)


@pytest.fixture
def invoices(tmp_path: Path) -> Path:
    """An invoice sheet with a title row, a formula, a styled header, a second sheet and an
    existing hand-made rule: everything apply must keep."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Invoices"
    sheet["A1"] = "Invoices, Q4"
    sheet.append([])
    sheet.append(["Invoice", "Customer", "Amount", "Due Date", "Status"])
    for number, (amount, due) in enumerate([(1250, -5), (430, 3), (2890, -1), (75, 10)], 1):
        sheet.append([f"INV-{number}", "Acme", amount, TODAY + dt.timedelta(days=due), "Open"])
    sheet["G3"] = "Total"
    sheet["G4"] = "=SUM(C4:C7)"
    sheet["A3"].font = openpyxl.styles.Font(bold=True)
    sheet.conditional_formatting.add("E4:E7", CellIsRule(operator="equal", formula=['"Paid"']))
    workbook.create_sheet("Notes")["A1"] = "keep me"
    path = tmp_path / "invoices.xlsx"
    workbook.save(path)
    return path


def test_one_save_keeps_everything_else(invoices: Path, tmp_path: Path) -> None:
    before = invoices.read_bytes()
    target = tmp_path / "out.xlsx"
    requests = [ApplyRequest("highlight overdue rows red"), ApplyRequest("big amounts in bold")]
    report = apply_requests(MODEL, invoices, target, requests, TODAY)
    assert invoices.read_bytes() == before
    assert [p.candidate.rows for p in report.planned if p.candidate] == [2, 2]
    book = openpyxl.load_workbook(target)
    sheet = book["Invoices"]
    rules = {str(cf.sqref): [r.type for r in cf.rules] for cf in sheet.conditional_formatting}
    assert rules == {"E4:E7": ["cellIs"], "A4:E7": ["expression"], "C4:C7": ["cellIs"]}
    overdue = next(cf for cf in sheet.conditional_formatting if str(cf.sqref) == "A4:E7")
    assert overdue.rules[0].formula == ["IF(ISNUMBER($D4),INT($D4)<TODAY(),FALSE())"]
    assert overdue.rules[0].dxf.fill.bgColor.rgb == "FFFF0000"
    assert sheet["G4"].value == "=SUM(C4:C7)" and sheet["A3"].font.bold
    assert book["Notes"]["A1"].value == "keep me"


def test_a_failing_request_writes_nothing(invoices: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    with pytest.raises(RequestError, match="no valid rule"):
        apply_requests(MODEL, invoices, target, [ApplyRequest("big"), ApplyRequest("bad")], TODAY)
    with pytest.raises(SheetError, match="no sheet named 'Nope'"):
        apply_requests(MODEL, invoices, target, [ApplyRequest("big", sheet_name="Nope")], TODAY)
    assert not target.exists() and not list(tmp_path.glob("*.tmp*"))


def test_batch_reports_failing_lines_and_applies_the_rest(invoices: Path, tmp_path: Path) -> None:
    requests = [ApplyRequest("big"), ApplyRequest("bad"), ApplyRequest("overdue", "Nope")]
    report = apply_requests(MODEL, invoices, invoices, requests, TODAY, keep_going=True)
    assert [p.error is None for p in report.planned] == [True, False, False]
    assert "no sheet named 'Nope'" in str(report.planned[2].error)
    assert report.written == invoices  # in place, as asked
    sheet = openpyxl.load_workbook(invoices)["Invoices"]
    assert len(list(sheet.conditional_formatting)) == 2


def test_specs(tmp_path: Path) -> None:
    csv_spec = tmp_path / "spec.csv"
    csv_spec.write_text(
        "sheet,range,text,format\nInvoices,A3:E7,overdue rows,light green fill\n,,big,\n",
        encoding="utf-8",
    )
    first, second = load_spec(csv_spec)
    assert (first.sheet_name, first.cell_range) == ("Invoices", "A3:E7")
    assert first.format == CellFormat("#C6EFCE", None) and second.format is None
    yaml_spec = tmp_path / "spec.yaml"
    yaml_spec.write_text("rules:\n  - text: overdue rows\n    format: bold red text\n")
    (only,) = load_spec(yaml_spec)
    assert only.format == CellFormat(None, "#FF0000", bold=True)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("text,colour\nx,red\n", "unknown field(s) ['colour']"),
        ("text,format\nx,sparkly\n", "line 1: no colour or style in format 'sparkly'"),
        ("text,format\nx,in blurple fill\n", "unknown colour 'blurple'"),
        ("sheet,text\nA,\n", "line 1: no text"),
    ],
)
def test_bad_specs(tmp_path: Path, content: str, message: str) -> None:
    spec = tmp_path / "spec.csv"
    spec.write_text(content, encoding="utf-8")
    with pytest.raises(SheetError, match=re.escape(message)):
        load_spec(spec)
