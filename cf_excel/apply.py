"""Requests → rules → a formatted workbook: the work behind `cf-excel apply` and `batch`.

Every request is planned first (sheet read, model run, candidate chosen, format parsed) and the
workbook is written once at the end, atomically, by patching its package (`xlsx_patch`: only
the target sheets and styles.xml change), so a failing request never leaves a half-done file and
nothing else in the workbook is lost. In a batch, a failing line is reported and the others
still apply. A request cf-excel is not sure of (`replies.verdict`) is not applied unless the
user picked a candidate: `apply` stops with the closest answers, batch marks the line.

A request may carry its rule instead of asking the model (`--rule`, the API's `rule`, a spec's
`rule`): our rule language, or an Excel formula as people paste it, written for the top-left
data cell (`=$D2<TODAY()`). A formula whose references all anchor their column (`$D2`) reads
the same on every cell of a row, so it formats whole rows; one with a relative column (`D2`) is
applied to every data cell, each shifting the references as Excel does.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cf_excel.candidates import (
    Candidate,
    Generator,
    Request,
    generate_candidates,
    parsed_candidate,
)
from cf_excel.excel.formats import CellFormat, FormatError, format_from_text
from cf_excel.excel.locking import exclusive_write
from cf_excel.excel.mapping import ExcelRule
from cf_excel.excel.xlsx_patch import Priority, open_checked, patch_workbook
from cf_excel.replies import Verdict, judged
from cf_excel.rules import Rule, RuleSyntaxError, ast, parse_rule
from cf_excel.sheets.tables import FoundTable
from cf_excel.sheets.workbook import SheetError, SheetTable, table_on_sheet

SPEC_FIELDS = ("sheet", "range", "text", "format", "rule")
MAX_TEXT_CHARS = 500  # a request's (or a given rule's) length: the command line and the server
MAX_PICK = 10  # the most candidates a request ranks for a user to pick from
# `plan`'s reader: (sheet name, range, request text) → the table the request is answered on.
Reader = Callable[[str | None, str | None, str], SheetTable]


class RequestError(ValueError):
    """A request that yields no rule to apply (no valid candidate, nothing asked)."""


class NotSureError(RequestError):
    """cf-excel is not sure what the request means and no candidate was picked: nothing is
    applied; `verdict` says why and holds the closest answers."""

    def __init__(self, text: str, verdict: Verdict) -> None:
        super().__init__(f"not sure what {text!r} asks: {verdict.why}")
        self.verdict = verdict


@dataclass(frozen=True)
class ApplyRequest:
    text: str  # what to highlight; with a `rule`, only its format words ("red") count
    sheet_name: str | None = None
    cell_range: str | None = None
    format: CellFormat | None = None  # None: read it from the text
    pick: int | None = None  # 1 = the best candidate; None: the best, unless not sure
    rule: str | None = None  # this rule's code instead of the model's (the one a user previewed)


@dataclass
class PlannedRule:
    request: ApplyRequest
    candidate: Candidate | None = None
    sheet_name: str = ""
    error: str | None = None
    tables: tuple[FoundTable, ...] = ()  # every table on the sheet (the request picked one)
    unsure: Verdict | None = None  # why the request was not applied, when not sure

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
    """The request's pick among the valid candidates; without a pick, the best one unless
    cf-excel is not sure of it (NotSureError, with the closest answers to pick from)."""
    if request.pick is None:
        answer = judged(generator, candidates, "cf")
        if answer.abstained and answer.closest:
            raise NotSureError(request.text, answer)
    valid = [c for c in candidates if c.valid]
    if not valid:
        raise RequestError(f"no valid rule for {request.text!r} ({generator.name} proposed none)")
    pick = request.pick or 1
    if pick > len(valid):
        raise RequestError(f"--pick {pick}: only {len(valid)} valid candidates")
    return valid[pick - 1]


def check_text(text: str, rule: str | None = None) -> None:
    """Refuse an empty request (it may be empty when a rule is given) and a request or rule
    longer than MAX_TEXT_CHARS, before anything is read or loaded."""
    if rule is None and not text.strip():
        raise RequestError("the request is empty: say what to highlight")
    for what, given in (("request", text), ("rule", rule or "")):
        if len(given) > MAX_TEXT_CHARS:
            raise RequestError(
                f"the {what} is {len(given):,} characters long; the limit is {MAX_TEXT_CHARS}"
            )


def given_candidate(code: str, asked: Request) -> Candidate:
    """A rule a user gave, in our language or as an Excel formula for the top-left data cell,
    as the candidate to apply; RequestError when it does not parse or does not fit the table."""
    check_text("", code)
    try:
        rule = parse_rule(code)
    except RuleSyntaxError as error:
        raise RequestError(f"the rule {code!r} does not parse: {error}") from None
    given = parsed_candidate(whole_rows_when_row_wise(rule), 1.0, asked)
    if not given.valid:
        raise RequestError(f"the rule {code!r} does not fit this table: {given.error}")
    return given


def whole_rows_when_row_wise(rule: Rule) -> Rule:
    """`Rows(formula)` for a formula that reads the same on every cell of a row, because each
    reference anchors its column (`$D2`) and it does not ask COLUMN(); else `rule` as given."""
    if not isinstance(rule, ast.Formula):
        return rule
    for node in ast.walk(rule):
        if isinstance(node, ast.CellRef) and not node.ref.rsplit("!", 1)[-1].startswith("$"):
            return rule
        if isinstance(node, ast.Call) and node.name == "COLUMN":
            return rule
    return ast.WholeRow(rule)


def plan(
    generator: Generator,
    request: ApplyRequest,
    read: Reader,
    today: dt.date | None,
) -> PlannedRule:
    """Read the request's table, run the model (or take the given rule), choose a candidate.
    With a given rule the generator is never used (a lazy one never loads)."""
    check_text(request.text, request.rule)
    if request.pick is not None and not 1 <= request.pick <= MAX_PICK:  # before the model loads
        raise RequestError(f"--pick {request.pick}: pick a number from 1 to {MAX_PICK}")
    found = read(request.sheet_name, request.cell_range, request.text)
    table, sheet_name = found.table, found.sheet_name
    fmt = request.format or format_from_text(request.text, table)  # the words beside the sheet's
    asked = Request("cf", table, today, fmt)
    if request.rule is not None:
        return PlannedRule(
            request, given_candidate(request.rule, asked), sheet_name, tables=found.tables
        )
    # Sample the usual top-5 and pick from it: the best of five seeds, not the first alone.
    candidates, _ = generate_candidates(generator, request.text, asked, max(request.pick or 1, 5))
    chosen = choose(generator, request, candidates)
    return PlannedRule(request, chosen, sheet_name, tables=found.tables)


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
    and nothing is written. Nothing is written either when no request succeeded. `target` is
    locked throughout, and a `source` saved by anyone meanwhile is refused (`locking`)."""
    with exclusive_write(source, target) as guard:
        read = workbook_reader(source)
        report = BatchReport()
        for request in progress(requests):
            try:
                report.planned.append(plan(generator, request, read, today))
            except (SheetError, RequestError, FormatError) as error:
                if not keep_going:
                    raise
                unsure = error.verdict if isinstance(error, NotSureError) else None
                report.planned.append(PlannedRule(request, error=str(error), unsure=unsure))
        additions = []
        for planned in report.planned:
            if planned.error is None:
                candidate = planned.candidate
                assert candidate is not None and candidate.excel is not None
                additions.append((planned.sheet_name, candidate.excel, candidate.format))
        if additions:
            patch_workbook(source, target, additions, priority, stop_if_true, guard.check)
            report.written = target
    return report


def workbook_reader(source: Path) -> Reader:
    """`plan`'s reader of `source`'s tables: the .xlsx/.xlsm opened once, after its checks."""
    if source.suffix.lower() == ".csv":
        raise SheetError(f"{source}: rules can only be written into .xlsx/.xlsm workbooks")
    values = open_checked(source)

    def read(sheet_name: str | None, cell_range: str | None, text: str) -> SheetTable:
        return table_on_sheet(values, source, sheet_name, cell_range, text)

    return read


def load_spec(path: Path) -> list[ApplyRequest]:
    """A batch spec: CSV with a header row, or YAML (a list, or a mapping with `rules:`), each
    line giving text and optionally sheet, range, format ("red fill", "bold green text") and
    the rule itself (then the text may be empty)."""
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
    rule = str(row.get("rule") or "").strip() or None
    if not text and rule is None:
        raise SheetError(f"{path}: line {number}: no text (or rule)")
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
        rule=rule,
    )


def strict_format(words: str) -> CellFormat:
    """A format given on its own ("light green fill"): it must name a colour or a style."""
    fmt = format_from_text(words)
    if fmt == format_from_text(""):
        raise FormatError(f"no colour or style in format {words!r}")
    return fmt


def output_path(source: Path, out: Path | None, in_place: bool, force: bool) -> Path:
    """Where a command writes: `out`, or the input itself with `in_place`; never the input by
    accident, and an existing `out` or a read-only input only with `force` (the file written
    keeps the mode of the one it replaces, read-only included)."""
    if in_place:
        if out:
            raise FileExistsError("give either --out or --in-place, not both")
        if read_only(source) and not force:
            raise FileExistsError(f"{source} is read-only; pass --force to replace it")
        return source
    if not out:
        raise FileExistsError("say where to write: --out FILE (or --in-place to change the input)")
    if out.resolve() == source.resolve():
        raise FileExistsError("--out is the input workbook; pass --in-place to change it")
    if out.exists() and not force:
        raise FileExistsError(f"{out} exists; pass --force to overwrite it")
    return out


def read_only(path: Path) -> bool:
    """No write permission bit set, or none for this user (root may write any file, so the
    bits, not only `os.access`, say what its owner meant)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # a missing input is reported by the reader, with its own message
    return not mode & 0o222 or not os.access(path, os.W_OK)
