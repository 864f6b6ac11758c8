"""Requests → rules → a formatted workbook: the work behind `cf-excel apply` and `batch`.

Every request is planned first (sheet read, model run, candidate chosen, format parsed) and the
workbook is written once at the end, atomically, by patching its package (`xlsx_patch`: only
the target sheets and styles.xml change), so a failing request never leaves a half-done file and
nothing else in the workbook is lost. In a batch, a failing line is reported and the others
still apply.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cf_excel.candidates import (
    Candidate,
    Generator,
    Request,
    generate_candidates,
    rule_candidate,
)
from cf_excel.excel.formats import CellFormat, FormatError, format_from_text
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.xlsx_patch import Priority, open_checked, patch_workbook
from cf_excel.sheets.table import Table
from cf_excel.sheets.workbook import SheetError, table_on_sheet

SPEC_FIELDS = ("sheet", "range", "text", "format")
MAX_PICK = 10  # the most candidates a request ranks for a user to pick from


class RequestError(ValueError):
    """A request that yields no rule to apply (no valid candidate, nothing asked)."""


@dataclass(frozen=True)
class ApplyRequest:
    text: str
    sheet_name: str | None = None
    cell_range: str | None = None
    format: CellFormat | None = None  # None: read it from the text
    pick: int = 1  # 1 = the best candidate
    rule: str | None = None  # this rule's code instead of the model's (the one a user previewed)


@dataclass
class PlannedRule:
    request: ApplyRequest
    candidate: Candidate | None = None
    sheet_name: str = ""
    error: str | None = None

    @property
    def excel(self) -> ExcelRule | None:
        return self.candidate.excel if self.candidate else None


@dataclass
class BatchReport:
    planned: list[PlannedRule] = field(default_factory=list)
    written: Path | None = None

    @property
    def failures(self) -> int:
        return sum(p.error is not None for p in self.planned)


def choose(generator: Generator, request: ApplyRequest, candidates: list[Candidate]) -> Candidate:
    """The request's pick among the valid candidates."""
    valid = [c for c in candidates if c.valid]
    if not valid:
        raise RequestError(f"no valid rule for {request.text!r} ({generator.name} proposed none)")
    if request.pick > len(valid):
        raise RequestError(f"--pick {request.pick}: only {len(valid)} valid candidates")
    return valid[request.pick - 1]


def plan(
    generator: Generator,
    request: ApplyRequest,
    read: Callable[[str | None, str | None], tuple[Table, str]],
    today: dt.date | None,
) -> PlannedRule:
    """Read the request's table, run the model (or take the given rule), choose a candidate."""
    if not request.text.strip():
        raise RequestError("the request is empty: say what to highlight")
    if not 1 <= request.pick <= MAX_PICK:  # refused before the model loads
        raise RequestError(f"--pick {request.pick}: pick a number from 1 to {MAX_PICK}")
    fmt = request.format or format_from_text(request.text)
    table, sheet_name = read(request.sheet_name, request.cell_range)
    asked = Request("cf", table, today, fmt)
    if request.rule is not None:
        given = rule_candidate(request.rule, 1.0, asked)
        if given.error:
            raise RequestError(f"the rule {request.rule!r} does not parse: {given.error}")
        return PlannedRule(request, given, sheet_name)
    # Sample the usual top-5 and pick from it: the best of five seeds, not the first alone.
    candidates, _ = generate_candidates(generator, request.text, asked, max(request.pick, 5))
    chosen = choose(generator, request, candidates)
    return PlannedRule(request, chosen, sheet_name)


def apply_requests(
    generator: Generator,
    source: Path,
    target: Path,
    requests: Iterable[ApplyRequest],
    today: dt.date | None = None,
    keep_going: bool = False,
    progress: Callable[[Iterable[ApplyRequest]], Iterable[ApplyRequest]] = lambda r: r,
    priority: Priority = "last",
    stop_if_true: bool = False,
) -> BatchReport:
    """Plan every request on `source`, then write all rules to `target` in one save.

    With `keep_going` (batch), a failing request is recorded and skipped; otherwise it raises
    and nothing is written. Nothing is written either when no request succeeded."""
    if source.suffix.lower() == ".csv":
        raise SheetError(f"{source}: rules can only be written into .xlsx/.xlsm workbooks")
    values = open_checked(source)

    def read(sheet_name: str | None, cell_range: str | None) -> tuple[Table, str]:
        found = table_on_sheet(values, source, sheet_name, cell_range)
        return found.table, found.sheet_name

    report = BatchReport()
    for request in progress(requests):
        try:
            report.planned.append(plan(generator, request, read, today))
        except (SheetError, RequestError, FormatError) as error:
            if not keep_going:
                raise
            report.planned.append(PlannedRule(request, error=str(error)))
    done = [p for p in report.planned if p.error is None]
    if done:
        additions = []
        for planned in done:
            candidate = planned.candidate
            assert candidate is not None and candidate.excel is not None
            additions.append((planned.sheet_name, candidate.excel, candidate.format))
        patch_workbook(source, target, additions, priority, stop_if_true)
        report.written = target
    return report


def load_spec(path: Path) -> list[ApplyRequest]:
    """A batch spec: CSV with a header row, or YAML (a list, or a mapping with `rules:`), each
    line giving text and optionally sheet, range and format ("red fill", "bold green text")."""
    if not path.is_file():
        raise SheetError(f"{path}: no such spec file")
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise SheetError(f"{path}: not valid YAML ({error})") from None
        rows = loaded.get("rules") if isinstance(loaded, dict) else loaded
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise SheetError(f"{path}: expected a list of rules, each with a 'text'")
    elif path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    else:
        raise SheetError(f"{path}: a batch spec is a .csv or .yaml file")
    return [spec_request(row, path, number) for number, row in enumerate(rows, 1)]


def spec_request(row: dict[str, object], path: Path, number: int) -> ApplyRequest:
    unknown = sorted(set(map(str, row)) - set(SPEC_FIELDS))
    if unknown:
        raise SheetError(f"{path}: line {number}: unknown field(s) {unknown}; use {SPEC_FIELDS}")
    text = str(row.get("text") or "").strip()
    if not text:
        raise SheetError(f"{path}: line {number}: no text")
    look = str(row.get("format") or "").strip()
    try:
        fmt = strict_format(look) if look else None
    except FormatError as error:
        raise SheetError(f"{path}: line {number}: {error}") from None
    return ApplyRequest(
        text,
        str(row["sheet"]).strip() if row.get("sheet") else None,
        str(row["range"]).strip() if row.get("range") else None,
        fmt,
    )


def strict_format(words: str) -> CellFormat:
    """A format given on its own ("light green fill"): it must name a colour or a style."""
    fmt = format_from_text(words)
    if fmt == format_from_text(""):
        raise FormatError(f"no colour or style in format {words!r}")
    return fmt


def output_path(source: Path, out: Path | None, in_place: bool, force: bool) -> Path:
    """Where a command writes: `out`, or the input itself with `in_place`; never the input by
    accident, and an existing `out` only with `force`."""
    if in_place:
        if out:
            raise FileExistsError("give either --out or --in-place, not both")
        return source
    if not out:
        raise FileExistsError("say where to write: --out FILE (or --in-place to change the input)")
    if out.resolve() == source.resolve():
        raise FileExistsError("--out is the input workbook; pass --in-place to change it")
    if out.exists() and not force:
        raise FileExistsError(f"{out} exists; pass --force to overwrite it")
    return out
