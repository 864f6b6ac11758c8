"""`cf-excel batch`: one spec of requests applied to a workbook, or to a folder of workbooks in
parallel worker processes (each loads the model once)."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tqdm import tqdm

from cf_excel.apply import ApplyRequest, BatchReport, PlannedRule, apply_requests, load_spec
from cf_excel.evaluate import Model
from cf_excel.sheets.workbook import SheetError

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
worker_model: Model | None = None  # one per worker process


def run_batch_command(args: argparse.Namespace) -> int:
    """0 when every line applied, 1 when some failed (the rest applied), 2 when none did."""
    from cf_excel.cli import model_from, output_path

    requests = load_spec(Path(args.spec))
    source = Path(args.sheet)
    if not source.is_dir():
        target = output_path(args, source)
        bar = tqdm(requests, desc=source.name, unit="rule", disable=not sys.stderr.isatty())
        report = apply_requests(
            model_from(args), source, target, bar, keep_going=True,
            priority=args.priority, stop_if_true=args.stop_if_true,
        )  # fmt: skip
        print_report(source, report)
        return exit_code([report])
    if args.in_place:
        raise SheetError("--in-place is not supported for a folder; give --out FOLDER")
    if not args.out:
        raise SheetError("a folder of workbooks needs --out FOLDER for the results")
    out_dir = Path(args.out)
    workbooks = sorted(
        p for p in source.iterdir() if p.suffix.lower() in WORKBOOK_SUFFIXES
        and not p.name.startswith("~$")
    )  # fmt: skip
    if not workbooks:
        raise SheetError(f"{source}: no .xlsx or .xlsm workbooks in the folder")
    existing = [out_dir / p.name for p in workbooks if (out_dir / p.name).exists()]
    if existing and not args.force:
        raise FileExistsError(f"{existing[0]} exists; pass --force to overwrite")
    jobs = [(args, p, out_dir / p.name, requests) for p in workbooks]
    reports: list[BatchReport] = []
    with ProcessPoolExecutor(max_workers=max(1, args.jobs), initializer=load_worker_model,
                             initargs=(args,)) as pool:  # fmt: skip
        for path, report in zip(workbooks, pool.map(apply_in_worker, jobs), strict=True):
            print_report(path, report)
            reports.append(report)
    return exit_code(reports)


def load_worker_model(args: argparse.Namespace) -> None:
    from cf_excel.cli import model_from

    global worker_model
    worker_model = model_from(args)


def apply_in_worker(
    job: tuple[argparse.Namespace, Path, Path, list[ApplyRequest]],
) -> BatchReport:
    args, source, target, requests = job
    assert worker_model is not None
    try:
        return apply_requests(
            worker_model, source, target, requests, keep_going=True,
            priority=args.priority, stop_if_true=args.stop_if_true,
        )  # fmt: skip
    except SheetError as error:  # the whole workbook is unreadable
        return BatchReport([PlannedRule(r, error=str(error)) for r in requests])


def print_report(source: Path, report: BatchReport) -> None:
    for number, planned in enumerate(report.planned, 1):
        if planned.error is not None:
            print(f"{source.name} line {number}: FAILED {planned.error}")
        else:
            assert planned.candidate is not None and planned.excel is not None
            print(
                f"{source.name} line {number}: {planned.candidate.sentence()} "
                f"[{planned.sheet_name}!{planned.excel.sqref}]"
            )
    if report.written:
        print(f"wrote {report.written}")
    else:
        print(f"{source.name}: nothing applied, no file written")


def exit_code(reports: list[BatchReport]) -> int:
    failed = sum(report.failures for report in reports)
    return 0 if failed == 0 else 2 if failed == sum(len(r.planned) for r in reports) else 1
