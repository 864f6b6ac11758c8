"""Differential testing of the rule executor against LibreOffice.

A case is a random table and a random rule (`random_tables.py`, `random_rules.py`). A batch of
cases becomes one workbook, a sheet per case; each table is read back as cf-excel reads it, its
rule goes through the real mapping and patcher (`excel_rule`, `patch_workbook`), LibreOffice
renders the workbook, and the cells it fills are compared with `highlighted_cells`. The
executor follows Excel, so a disagreement is a bug of the executor or of the mapping, unless
LibreOffice is known to differ from Excel there (`differences.py` says where, and explains a
disagreement when the executor, given LibreOffice's reading, formats what LibreOffice did).

LibreOffice's TODAY() is the machine's date, so each case is generated around the real today
and executed with it; a batch that crosses midnight is generated and rendered again.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.excel.xlsx_patch import patch_workbook
from cf_excel.reliability.differences import Observed, explanation
from cf_excel.reliability.libreoffice import Page, render_sheets
from cf_excel.reliability.random_rules import random_rule
from cf_excel.reliability.random_tables import TableSpec, cell_json, number_format, random_table
from cf_excel.rules import ast, format_rule
from cf_excel.rules.executor import highlighted_cells, sheet_position
from cf_excel.sheets.addresses import column_letter
from cf_excel.sheets.table import ExcelError, Table
from cf_excel.sheets.workbook import open_values, table_on_sheet

FILL = "#123456"  # a fill no other rule uses
Position = tuple[int, int]  # 1-based sheet (row, column)


@dataclass(frozen=True)
class Case:
    table: TableSpec
    rule: ast.Rule
    today: dt.date  # the day the table's dates were drawn around
    name: str = ""  # "seed:index", to regenerate it


@dataclass(frozen=True)
class Outcome:
    """A case checked: the cells the executor predicts and the cells LibreOffice filled."""

    case: Case
    expected: frozenset[Position] = frozenset()
    rendered: frozenset[Position] = frozenset()
    table: Table | None = None  # as cf-excel read it from the sheet
    excel: dict[str, object] | None = None  # the rule as written to the file
    error: str | None = None  # the step that failed, and how

    @property
    def agrees(self) -> bool:
        return self.error is None and self.expected == self.rendered

    @property
    def explained_by(self) -> str | None:
        """The known LibreOffice/Excel difference this disagreement comes from, if any."""
        if self.agrees or self.table is None or self.excel is None:
            return None
        case = self.case
        seen = Observed(case.rule, self.table, case.today, self.excel, self.expected, self.rendered)
        return explanation(seen)


class DayChanged(RuntimeError):
    """Midnight passed between generating a case and rendering it."""


def generate_case(seed: int, index: int, today: dt.date) -> Case:
    """Case `index` of the run seeded `seed`: the same on every machine for the same today."""
    rng = random.Random(f"{seed}:{index}")
    table = random_table(rng, today)
    return Case(table, random_rule(rng, table), today, f"{seed}:{index}")


def check(cases: list[Case], folder: Path, profile: Path | None = None) -> list[Outcome]:
    """Each case written, read back, mapped, patched and rendered (one LibreOffice run)."""
    source, target = folder / "cases.xlsx", folder / "rules.xlsx"
    write_cases(cases, source)
    workbook = open_values(source)
    prepared = [prepare(case, workbook, source, sheet_name(n)) for n, case in enumerate(cases)]
    fmt = CellFormat(fill=FILL, font_color=None)
    additions = [(sheet_name(n), spec, fmt) for n, (_, spec) in enumerate(prepared) if spec]
    try:
        patch_workbook(source, target, additions)
        (pages,) = render_sheets([target], profile)
        if len(pages) != len(cases):
            raise ValueError(f"{len(pages)} sheets rendered of {len(cases)}")
    except (subprocess.SubprocessError, OSError, ValueError) as error:
        if len(cases) == 1:
            return [Outcome(cases[0], error=f"patch or render: {error}")]
        half = len(cases) // 2  # one case broke the batch: find it, keep the others
        return check(cases[:half], folder, profile) + check(cases[half:], folder, profile)
    if any(case.today != dt.date.today() for case in cases):
        raise DayChanged
    return [
        rendered_outcome(outcome, page) if spec else outcome
        for (outcome, spec), page in zip(prepared, pages, strict=True)
    ]


def sheet_name(number: int) -> str:
    return f"Case{number}"


def write_cases(cases: list[Case], path: Path) -> None:
    """One sheet per case, the table at its origin; errors as error cells, dates formatted."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.worksheets[0])
    for number, case in enumerate(cases):
        sheet = workbook.create_sheet(sheet_name(number))
        top, left = case.table.origin
        for r, row in enumerate(case.table.grid):
            for c, value in enumerate(row):
                if value is None:
                    continue
                stored = value.code if isinstance(value, ExcelError) else value
                cell = sheet.cell(top + r, left + c, stored)
                written = number_format(value, case.table.formats[c])
                if written:
                    cell.number_format = written
    workbook.save(path)


def prepare(
    case: Case, workbook: Workbook, path: Path, sheet: str
) -> tuple[Outcome, ExcelRule | None]:
    """The table as cf-excel reads it, the rule as it is written, the executor's cells."""
    try:
        table = table_on_sheet(workbook, path, sheet, case.table.address).table
        spec = excel_rule(case.rule, table)
        cells = highlighted_cells(case.rule, table, case.today)
    except Exception as error:  # any failure is a finding: record it, check the rest
        return Outcome(case, error=f"{type(error).__name__}: {error}"), None
    expected = frozenset(sheet_position(table, cell) for cell in cells)
    return Outcome(case, expected, table=table, excel=spec.as_json()), spec


def rendered_outcome(outcome: Outcome, page: Page) -> Outcome:
    """The outcome with the cells LibreOffice filled; the page starts at the table's corner."""
    top, left = outcome.case.table.origin
    filled = frozenset(
        (row + top - 1, column + left - 1)
        for (row, column), cell in page.items()
        if cell.fill == FILL
    )
    return Outcome(outcome.case, outcome.expected, filled, outcome.table, outcome.excel)


def check_fresh(seed: int, indexes: list[int], profile: Path | None = None) -> list[Outcome]:
    """Cases `indexes` generated around today and checked; again if midnight intervenes."""
    for _ in range(2):
        cases = [generate_case(seed, i, dt.date.today()) for i in indexes]
        try:
            with tempfile.TemporaryDirectory() as folder:
                return check(cases, Path(folder), profile)
        except DayChanged:
            continue
    raise DayChanged


def a1(position: Position) -> str:
    return f"{column_letter(position[1])}{position[0]}"


def case_json(outcome: Outcome) -> dict[str, object]:
    """A case as the report shows it: enough to rebuild the sheet and the rule by hand."""
    case = outcome.case
    return {
        "case": case.name,
        "rule": format_rule(case.rule),
        "table": case.table.address,
        "grid": [[cell_json(v) for v in row] for row in case.table.grid],
        "formats": list(case.table.formats),
        "today": case.today.isoformat(),
        "excel": outcome.excel,
        "executor": sorted(map(a1, outcome.expected)),
        "libreoffice": sorted(map(a1, outcome.rendered)),
        **({"error": outcome.error} if outcome.error else {}),
    }
