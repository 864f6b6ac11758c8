"""Requests applied to real workbooks: one save, nothing else lost, failures reported per line,
and nothing applied unpicked when cf-excel is not sure."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import CellIsRule

from cf_excel.apply import (
    MAX_TEXT_CHARS,
    ApplyRequest,
    NotSureError,
    RequestError,
    apply_requests,
    load_spec,
    output_path,
)
from cf_excel.codefusion.confidence import Calibration
from cf_excel.excel.formats import CellFormat
from cf_excel.sheets.workbook import SheetError
from tests.support import INVOICE_RULES, TODAY, FixedGenerator


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


def test_one_save_keeps_everything_else(
    fixed_model: FixedGenerator, invoices: Path, tmp_path: Path
) -> None:
    before = invoices.read_bytes()
    target = tmp_path / "out.xlsx"
    requests = [ApplyRequest("highlight overdue rows red"), ApplyRequest("big amounts in bold")]
    report = apply_requests(fixed_model, invoices, target, requests, TODAY)
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


def test_a_failing_request_writes_nothing(
    fixed_model: FixedGenerator, invoices: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.xlsx"
    requests = [ApplyRequest("big"), ApplyRequest("bad")]
    with pytest.raises(RequestError, match="no valid rule for 'bad' \\(fixed proposed none\\)"):
        apply_requests(fixed_model, invoices, target, requests, TODAY)
    with pytest.raises(SheetError, match="no sheet named 'Nope'"):
        apply_requests(fixed_model, invoices, target, [ApplyRequest("big", "Nope")], TODAY)
    assert not target.exists() and not list(tmp_path.glob("*.tmp*"))


def test_batch_reports_failing_lines_and_applies_the_rest(
    fixed_model: FixedGenerator, invoices: Path
) -> None:
    requests = [ApplyRequest("big"), ApplyRequest("bad"), ApplyRequest("overdue", "Nope")]
    report = apply_requests(fixed_model, invoices, invoices, requests, TODAY, keep_going=True)
    assert [p.error is None for p in report.planned] == [True, False, False]
    assert report.planned[1].error == "no valid rule for 'bad' (fixed proposed none)"
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


def test_the_valid_rule_is_applied_when_an_invalid_one_comes_first(
    invoices: Path, tmp_path: Path
) -> None:
    """Ranking puts valid rules first whatever order the generator proposed them in."""
    generator = FixedGenerator({"bad": "Oops((", "big": "GreaterThan(c[2], 1000)"})
    report = apply_requests(generator, invoices, tmp_path / "out.xlsx", [ApplyRequest("bad big")])
    (planned,) = report.planned
    assert planned.candidate is not None and planned.candidate.code == "GreaterThan(c[2], 1000)"


def test_rules_formatting_the_same_cells_are_one_candidate(invoices: Path, tmp_path: Path) -> None:
    """Amounts over 1000 and the top two amounts are the same two cells (1250 and 2890): one
    answer, so there is no second one to pick."""
    generator = FixedGenerator({"big": "GreaterThan(c[2], 1000)", "top": "Top(c[2], 2)"})
    out = tmp_path / "out.xlsx"
    report = apply_requests(generator, invoices, out, [ApplyRequest("big top")], TODAY)
    candidate = report.planned[0].candidate
    assert candidate is not None and candidate.addresses == ["C4", "C6"]
    with pytest.raises(RequestError, match="--pick 2: only 1 valid candidates"):
        apply_requests(generator, invoices, out, [ApplyRequest("big top", pick=2)], TODAY)


def test_a_given_rule_is_applied_instead_of_the_models(
    fixed_model: FixedGenerator, invoices: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    request = ApplyRequest("big", rule="LessThan(c[2], 100)")
    (planned,) = apply_requests(fixed_model, invoices, out, [request], TODAY).planned
    assert planned.candidate is not None and planned.candidate.addresses == ["C7"]
    with pytest.raises(RequestError, match="the rule 'Oops\\(\\(' does not parse"):
        apply_requests(fixed_model, invoices, out, [ApplyRequest("big", rule="Oops((")], TODAY)


def test_output_path(tmp_path: Path) -> None:
    source, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    source.write_bytes(b"x")
    assert output_path(source, out, in_place=False, force=False) == out
    assert output_path(source, None, in_place=True, force=False) == source
    out.write_bytes(b"y")
    assert output_path(source, out, in_place=False, force=True) == out


@pytest.mark.parametrize(
    ("out", "in_place", "force", "message"),
    [
        ("out.xlsx", True, False, "give either --out or --in-place, not both"),
        (None, False, False, "say where to write: --out FILE (or --in-place"),
        ("in.xlsx", False, False, "--out is the input workbook; pass --in-place"),
        ("in.xlsx", False, True, "--out is the input workbook; pass --in-place"),
        ("sub/../in.xlsx", False, True, "--out is the input workbook; pass --in-place"),
        ("exists.xlsx", False, False, "exists.xlsx exists; pass --force to overwrite it"),
    ],
)
def test_output_path_refuses(
    tmp_path: Path, out: str | None, in_place: bool, force: bool, message: str
) -> None:
    source = tmp_path / "in.xlsx"
    source.write_bytes(b"x")
    (tmp_path / "exists.xlsx").write_bytes(b"y")
    (tmp_path / "sub").mkdir()
    with pytest.raises(FileExistsError, match=re.escape(message)):
        output_path(source, tmp_path / out if out else None, in_place, force)


@pytest.mark.parametrize(
    ("rule", "code", "rows"),
    [
        # Written for A4, the top-left data cell: "this row's Amount", whole rows.
        ("=$C4>1000", "Rows($C4>1000)", [4, 6]),
        # Written for row 2, it is still read for A4, as Excel reads it: row 4 reads C2 (blank),
        # row 5 reads C3 (the header text, which Excel ranks above every number), and so on.
        ("=$C2>1000", "Rows($C2>1000)", [5, 6]),
        ("=ISODD(ROW())", "Rows(ISODD(ROW()))", [5, 7]),
        ("Rows(BeforeToday(c[3]))", "Rows(BeforeToday(c[3]))", [4, 6]),
    ],
)
def test_a_pasted_formula_is_read_for_the_top_left_data_cell(
    invoices: Path, tmp_path: Path, rule: str, code: str, rows: list[int]
) -> None:
    """The invoice table's data starts at A4. A formula whose columns are anchored reads the
    same on every cell of a row, so it formats whole rows; the generator is never asked."""
    generator = FixedGenerator({})
    generator.propose = None  # type: ignore[assignment,method-assign]  # a given rule needs no model
    out = tmp_path / "out.xlsx"
    (planned,) = apply_requests(
        generator, invoices, out, [ApplyRequest("", rule=rule)], TODAY
    ).planned
    candidate = planned.candidate
    assert candidate is not None and candidate.code == code
    assert sorted({int(a[1:]) for a in candidate.addresses}) == rows
    assert len(candidate.addresses) == 5 * len(rows)  # every cell of those rows
    assert planned.excel is not None and planned.excel.sqref == "A4:E7"


def test_a_relative_column_that_leaves_the_table_is_refused(invoices: Path, tmp_path: Path) -> None:
    """`=C4>1000` over A4:E7 would read C4 on A4 but G4 (a total, outside the table) on E4:
    Excel would format what the preview cannot see, so the rule is refused with the fix."""
    request = ApplyRequest("", rule="=C4>1000")
    with pytest.raises(RequestError) as refused:
        apply_requests(FixedGenerator({}), invoices, tmp_path / "out.xlsx", [request], TODAY)
    assert str(refused.value) == (
        "the rule '=C4>1000' does not fit this table: applied to columns A to E, C4 shifts with "
        "each column and reaches column G, outside the table A3:E7 (columns A to E: Invoice, "
        "Customer, Amount, Due Date, Status); write $C4 to read column C in every column"
    )
    assert not (tmp_path / "out.xlsx").exists()


def test_batch_lines_may_give_their_rule(invoices: Path, tmp_path: Path) -> None:
    """A spec's `rule` is applied as given; one naming a column the table lacks fails its line
    with the table's columns, and the others still apply."""
    spec = tmp_path / "spec.csv"
    spec.write_text(
        'text,rule\nin green,=$D4<TODAY()\n,"GreaterThan(c[40], 3)"\nbig,\n', encoding="utf-8"
    )
    requests = load_spec(spec)
    assert [(r.text, r.rule) for r in requests] == [
        ("in green", "=$D4<TODAY()"),
        ("", "GreaterThan(c[40], 3)"),
        ("big", None),
    ]
    generator = FixedGenerator(dict(INVOICE_RULES))
    report = apply_requests(generator, invoices, invoices, requests, TODAY, keep_going=True)
    assert [p.candidate.code if p.candidate else None for p in report.planned] == [
        "Rows($D4<TODAY())",
        None,
        "GreaterThan(c[2], 1000)",
    ]
    assert report.planned[1].error == (
        "the rule 'GreaterThan(c[40], 3)' does not fit this table: it names column c[40], but "
        "the table has 5 columns, c[0] to c[4]: Invoice, Customer, Amount, Due Date, Status"
    )
    sheet = openpyxl.load_workbook(invoices)["Invoices"]
    formulas = [r.formula for cf in sheet.conditional_formatting for r in cf.rules]
    assert ["$D4<TODAY()"] in formulas


def test_a_request_or_rule_past_the_limit_is_refused(invoices: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    long = "x" * (MAX_TEXT_CHARS + 1)
    for request, message in [
        (ApplyRequest(long), f"the request is 501 characters long; the limit is {MAX_TEXT_CHARS}"),
        (ApplyRequest("", rule=long), "the rule is 501 characters long"),
        (ApplyRequest(""), "the request is empty"),
    ]:
        with pytest.raises(RequestError, match=message):
            apply_requests(FixedGenerator({}), invoices, out, [request], TODAY)


@dataclass
class Unsure(FixedGenerator):
    """The invoice rules under a calibration that doubts half the samples or less."""

    calibration: Calibration = field(default_factory=lambda: Calibration(threshold=0.6))


def test_a_request_it_is_not_sure_of_is_applied_only_when_picked(
    invoices: Path, tmp_path: Path
) -> None:
    """Two answers, each half the samples: no pick stops with both as the closest answers;
    a pick applies the one picked."""
    model, target = Unsure(dict(INVOICE_RULES)), tmp_path / "out.xlsx"
    with pytest.raises(NotSureError, match="not sure what 'overdue big' asks") as raised:
        apply_requests(model, invoices, target, [ApplyRequest("overdue big")], TODAY)
    assert [c.code for c in raised.value.verdict.closest] == [
        "Rows(BeforeToday(c[3]))", "GreaterThan(c[2], 1000)",
    ]  # fmt: skip
    assert not target.exists()
    report = apply_requests(model, invoices, target, [ApplyRequest("overdue big", pick=2)], TODAY)
    assert report.planned[0].candidate is not None
    assert report.planned[0].candidate.code == "GreaterThan(c[2], 1000)"


def test_a_batch_marks_what_it_is_not_sure_of_and_applies_the_rest(invoices: Path) -> None:
    requests = [ApplyRequest("overdue big"), ApplyRequest("big")]
    report = apply_requests(Unsure(dict(INVOICE_RULES)), invoices, invoices, requests, TODAY,
                            keep_going=True)  # fmt: skip
    unsure, applied = report.planned
    assert unsure.unsure is not None and unsure.unsure.reason == "low_confidence"
    assert unsure.candidate is None and applied.error is None and report.failures == 1
