"""`cf-excel batch`: one spec of requests applied to a workbook, or to a folder of workbooks in
parallel worker processes (each loads the generator once). A line cf-excel is not sure of is
not applied (a spec has no pick): it is marked NOT SURE with its closest answers, any of which
the line's `rule` field can then give."""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from cf_excel.apply import (
    ApplyRequest,
    BatchReport,
    PlannedRule,
    apply_requests,
    load_spec,
    output_path,
)
from cf_excel.candidates import Generator
from cf_excel.excel.xlsx_patch import Priority
from cf_excel.replies import percent, sentence
from cf_excel.sheets.workbook import SheetError

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
worker_generator: Generator | None = None  # one per worker process


@dataclass(frozen=True)
class BatchOptions:
    out: Path | None = None  # a workbook, or a folder for a folder of workbooks
    in_place: bool = False
    force: bool = False  # overwrite existing outputs
    jobs: int = 1  # worker processes for a folder
    priority: Priority = "last"
    stop_if_true: bool = False


def run_batch(spec: Path, sheet: Path, generator: Generator, options: BatchOptions) -> int:
    """0 when every line applied, 1 when some failed (the rest applied), 2 when none did.

    For a folder, `generator` goes to each worker process: pass a picklable one that loads on
    first use (`generators.LazyGenerator`), so that each worker loads it once."""
    requests = load_spec(spec)
    if not sheet.is_dir():
        target = output_path(sheet, options.out, options.in_place, options.force)
        bar = tqdm(requests, desc=sheet.name, unit="rule", disable=not sys.stderr.isatty())
        report = apply_requests(
            generator, sheet, target, bar, keep_going=True,
            priority=options.priority, stop_if_true=options.stop_if_true,
        )  # fmt: skip
        print_report(sheet, report)
        return exit_code([report])
    workbooks, out_dir = folder_jobs(sheet, options)
    jobs = [(p, out_dir / p.name, requests, options) for p in workbooks]
    reports: list[BatchReport] = []
    with ProcessPoolExecutor(max_workers=max(1, options.jobs), initializer=set_worker_generator,
                             initargs=(generator,)) as pool:  # fmt: skip
        for path, report in zip(workbooks, pool.map(apply_in_worker, jobs), strict=True):
            print_report(path, report)
            reports.append(report)
    return exit_code(reports)


def folder_jobs(folder: Path, options: BatchOptions) -> tuple[list[Path], Path]:
    """The folder's workbooks and the output folder, after the checks that need no model."""
    if options.in_place:
        raise SheetError("--in-place is not supported for a folder; give --out FOLDER")
    if not options.out:
        raise SheetError("a folder of workbooks needs --out FOLDER for the results")
    workbooks = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in WORKBOOK_SUFFIXES
        and not p.name.startswith("~$")
    )  # fmt: skip
    if not workbooks:
        raise SheetError(f"{folder}: no .xlsx or .xlsm workbooks in the folder")
    existing = [options.out / p.name for p in workbooks if (options.out / p.name).exists()]
    if existing and not options.force:
        raise FileExistsError(f"{existing[0]} exists; pass --force to overwrite")
    return workbooks, options.out


def set_worker_generator(generator: Generator) -> None:
    global worker_generator
    worker_generator = generator


def apply_in_worker(job: tuple[Path, Path, list[ApplyRequest], BatchOptions]) -> BatchReport:
    source, target, requests, options = job
    assert worker_generator is not None
    try:
        return apply_requests(
            worker_generator, source, target, requests, keep_going=True,
            priority=options.priority, stop_if_true=options.stop_if_true,
        )  # fmt: skip
    except SheetError as error:  # the whole workbook is unreadable
        return BatchReport([PlannedRule(r, error=str(error)) for r in requests])


def print_report(source: Path, report: BatchReport) -> None:
    """A line per request: what was applied, NOT SURE (not applied, with the closest answers:
    give a line's `rule` to apply one), or FAILED."""
    for number, planned in enumerate(report.planned, 1):
        if planned.unsure is not None:
            print(f"{source.name} line {number}: NOT SURE, not applied: {planned.unsure.why}")
            for rank, candidate in enumerate(planned.unsure.closest, 1):
                sure = f"({percent(candidate.confidence)} sure)"
                print(f"   {rank}. {sentence(candidate)} {sure}: {candidate.code}")
        elif planned.error is not None:
            print(f"{source.name} line {number}: FAILED {planned.error}")
        else:
            assert planned.candidate is not None and planned.excel is not None
            print(
                f"{source.name} line {number}: {sentence(planned.candidate)} "
                f"[{planned.sheet_name}!{planned.excel.sqref}]"
            )
            for warning in planned.candidate.warnings:  # as `apply` prints them
                print(f"   warning: {warning}")
    if report.written:
        print(f"wrote {report.written}")
    else:
        print(f"{source.name}: nothing applied, no file written")


def exit_code(reports: list[BatchReport]) -> int:
    failed = sum(report.failures for report in reports)
    return 0 if failed == 0 else 2 if failed == sum(len(r.planned) for r in reports) else 1
