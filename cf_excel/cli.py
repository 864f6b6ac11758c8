"""The `cf-excel` command line: thin subcommands that parse flags and call the library."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cf_excel.apply import (
    ApplyRequest,
    NotSureError,
    RequestError,
    apply_requests,
    check_text,
    given_candidate,
    output_path,
    plan,
    workbook_reader,
)
from cf_excel.arguments import build_parser, decode_overrides, generator_loader, lazy_generator
from cf_excel.benchmarks.coverage import grammar_coverage
from cf_excel.benchmarks.data import DataUnavailableError
from cf_excel.benchmarks.evaluate import evaluate
from cf_excel.candidates import Candidate, Request, generate_candidates
from cf_excel.codefusion.config import Config
from cf_excel.excel.formats import (
    CellFormat,
    FormatError,
    format_from_options,
    format_from_text,
)
from cf_excel.excel.xlwings_apply import LiveExcelError
from cf_excel.generators import ModelUnavailableError
from cf_excel.replies import Verdict, generate_reply, judged, sentence_and_warnings
from cf_excel.sheets.table import Table
from cf_excel.sheets.tables import FoundTable, table_line
from cf_excel.sheets.workbook import SheetError, SheetTable, open_values, read_table

NOT_SURE = 3  # the exit status when cf-excel is not sure what a request asks


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except NotSureError as error:  # before RequestError, which it is
        say_not_sure(error.verdict, "nothing written; pass --pick N to apply one of these")
        return NOT_SURE
    except (
        SheetError,
        DataUnavailableError,
        FileExistsError,
        FormatError,
        RequestError,
        LiveExcelError,
        ModelUnavailableError,
    ) as error:
        print(f"cf-excel: {error}", file=sys.stderr)
        return 2


def run_generate(args: argparse.Namespace) -> int:
    check_text(args.text, args.rule)  # before anything is read or loaded
    if args.rule is not None:
        return preview_rule(args)
    sheet: SheetTable | None = None
    if args.target != "cf":
        request = Request(args.target)
    elif not args.sheet:
        raise RequestError("CF rules are written for a sheet: give --sheet FILE")
    else:
        sheet = read_table(args.sheet, args.sheet_name, args.range, args.text)
        fmt = format_from_text(args.text, sheet.table)  # a bad colour fails before the model
        request = Request("cf", sheet.table, args.today, fmt)
    generator = generator_loader(args, args.target)()
    candidates, latency = generate_candidates(generator, args.text, request, args.top_k)
    answer = judged(generator, candidates, request.target)
    status = NOT_SURE if answer.abstained else 0
    if args.json:
        where = (sheet.sheet_name, sheet.tables) if sheet else (None, None)
        reply = generate_reply(args.text, request, generator, candidates, latency, *where)
        print(json.dumps(reply, indent=2))
        return status
    if sheet is not None:
        say_which_table(sheet.table, sheet.sheet_name, sheet.tables)
    if answer.abstained:
        say_not_sure(answer, "apply one with `cf-excel apply ... --pick N`")
        return status
    for number, candidate in enumerate(candidates, 1):
        if request.target != "cf":  # uncalibrated (no checkpoint of theirs has a calibration)
            parses = "parses" if candidate.valid else "does not parse"
            print(f"{number}. {candidate.code}\n   ({parses}; score {candidate.score:.2f})")
            continue
        say_candidate(number, candidate)
    return status


def say_candidate(number: int, candidate: Candidate) -> None:
    """`1. sentence → format (N rows match)  (82% sure)`, its warnings, then its rule."""
    print(f"{number}. {sentence_and_warnings(candidate, sure=True)}")
    if candidate.valid:
        print(f"   {candidate.code}  (score {candidate.score:.2f})")


def say_not_sure(answer: Verdict, then: str) -> None:
    """ "Not sure: why", and the closest answers numbered as `--pick` counts them."""
    print(f"Not sure: {answer.why}.")
    if not answer.closest:
        return
    print("Did you mean:")
    for number, candidate in enumerate(answer.closest, 1):
        say_candidate(number, candidate)
    print(f"({then})")


def preview_rule(args: argparse.Namespace) -> int:
    """`generate --rule`: the given rule's preview on the sheet (no model, nothing written)."""
    if args.target != "cf" or not args.sheet:
        raise RequestError("--rule previews a CF rule on a sheet: give --sheet FILE")
    sheet = read_table(args.sheet, args.sheet_name, args.range, args.text)
    request = Request("cf", sheet.table, args.today, format_from_text(args.text, sheet.table))
    start = time.perf_counter()
    candidate = given_candidate(args.rule, request)
    latency = (time.perf_counter() - start) * 1000
    if args.json:
        where = (sheet.sheet_name, sheet.tables)
        reply = generate_reply(args.text, request, None, [candidate], latency, *where)
        print(json.dumps(reply, indent=2))
        return 0
    say_which_table(sheet.table, sheet.sheet_name, sheet.tables)
    excel = candidate.excel
    assert excel is not None
    formula = f": ={excel.formula[0]}" if excel.type == "expression" else ""
    print(f"1. {sentence_and_warnings(candidate)}\n   {candidate.code}")
    print(f"   in Excel: {excel.type} rule on {excel.sqref}{formula}")
    return 0


def say_which_table(table: Table | None, sheet_name: str, tables: Sequence[FoundTable]) -> None:
    """On a sheet of several tables, the line that says which one the request was answered on
    (`table A12:D30 on Inventory (headers Supplier, Rating, …)`)."""
    if table is not None and len(tables) > 1:
        print(table_line(table, sheet_name))


def out_arguments(args: argparse.Namespace, source: Path) -> Path:
    return output_path(source, Path(args.out) if args.out else None, args.in_place, args.force)


def run_apply(args: argparse.Namespace) -> int:
    check_text(args.text, args.rule)  # before anything is read or loaded
    source = Path(args.sheet)
    if args.live:
        from cf_excel.excel.xlwings_apply import apply_live

        def read(sheet_name: str | None, cell_range: str | None, text: str) -> SheetTable:
            return read_table(source, sheet_name, cell_range, text)

        fmt = flag_format(args, lambda: read(args.sheet_name, args.range, args.text).table)
        request = ApplyRequest(args.text, args.sheet_name, args.range, fmt, args.pick, args.rule)
        planned = plan(lazy_generator(args), request, read, args.today)
        assert planned.candidate is not None and planned.excel is not None
        say_which_table(planned.candidate.table, planned.sheet_name, planned.tables)
        apply_live(source, planned.sheet_name, planned.excel, planned.candidate.format)
        chosen = sentence_and_warnings(planned.candidate, sure=args.rule is None)
        print(f"{chosen}\nadded to {source.name} in Excel")
        return 0
    target = out_arguments(args, source)
    fmt = flag_format(
        args, lambda: workbook_reader(source)(args.sheet_name, args.range, args.text).table
    )
    request = ApplyRequest(args.text, args.sheet_name, args.range, fmt, args.pick, args.rule)
    report = apply_requests(
        lazy_generator(args),
        source,
        target,
        [request],
        args.today,
        priority=args.priority,
        stop_if_true=args.stop_if_true,
    )
    planned = report.planned[0]
    assert planned.candidate is not None and planned.excel is not None
    say_which_table(planned.candidate.table, planned.sheet_name, planned.tables)
    print(
        f"{sentence_and_warnings(planned.candidate, sure=args.rule is None)}\n"
        f"wrote {target} ({planned.excel.type} rule on {planned.excel.sqref})"
    )
    return 0


def flag_format(args: argparse.Namespace, table: Callable[[], Table]) -> CellFormat | None:
    """--fill, --font-color, --bold, --italic over the request's words, read beside the table;
    None without those flags: `plan` reads the words beside the table itself (a second read of
    the table only when the flags are given)."""
    if not (args.fill or args.font_color or args.bold or args.italic):
        return None
    return format_from_options(
        args.text, args.fill, args.font_color, args.bold, args.italic, table()
    )


def run_batch(args: argparse.Namespace) -> int:
    from cf_excel.batch import BatchOptions, run_batch

    options = BatchOptions(
        Path(args.out) if args.out else None,
        args.in_place,
        args.force,
        args.jobs,
        args.priority,
        args.stop_if_true,
    )
    return run_batch(Path(args.spec), Path(args.sheet), lazy_generator(args), options)


def run_rules(args: argparse.Namespace) -> int:
    from cf_excel.excel.sheet_rules import list_rules, remove_our_rules

    source = Path(args.sheet)
    open_values(source)  # the same checks and messages as every other command
    if args.action == "list":
        found = list_rules(source, args.sheet_name)
        for rule in found:
            mark = "  [cf-excel]" if rule.ours else ""
            print(f"{rule.priority:>3}. {rule.sqref}: {rule.words}{mark}")
        print(f"{len(found)} rule{'' if len(found) == 1 else 's'}")
        return 0
    target = out_arguments(args, source)
    removed = remove_our_rules(source, target, args.sheet_name)
    print(f"removed {removed} cf-excel rule{'' if removed == 1 else 's'}" +
          (f"; wrote {target}" if removed else "; nothing written"))  # fmt: skip
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from cf_excel.server import create_app
    from cf_excel.server.serving import serve

    if bool(args.cert) != bool(args.key):
        raise FileExistsError("give --cert and --key together")
    tls = None
    if args.cert:
        tls = (Path(args.cert), Path(args.key))
    elif args.https:
        from cf_excel.server.certificates import localhost_certificate

        tls = localhost_certificate()
        print(f"certificate: {tls[0]} (trust it once: see the README)")
    app = create_app(
        {
            "MODEL": args.model,
            "CHECKPOINT": args.checkpoint,  # the CF model; Bash and Python: their shipped ones
            "DECODE": decode_overrides(args),
            "DATA_DIR": args.data_dir,
        }
    )
    serve(app, args.host, args.port, args.threads, tls)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    if args.benchmark == "requests":
        return run_requests_eval(args)
    if args.benchmark == "blind":
        return run_blind_eval(args)
    generator = generator_loader(args, args.benchmark)()
    report = evaluate(generator, args.benchmark, args.top_k, args.limit, args.data_dir)
    if printed_as_json(report, args):
        return 0
    print(f"{report['benchmark']} / {report['model']}: {metric_line(report)}")
    for view in ("in_train", "not_in_train", "with_data_rows", "header_only", "executed_literally"):
        if isinstance(report.get(view), dict):
            print(f"  {view.replace('_', ' ')}: {metric_line(report[view])}")
    return 0


def metric_line(part: dict[str, Any]) -> str:
    """One view's numbers: n, top-k (Bash: template accuracy), then whichever of Bash's template
    match and exact match, BLEU and the parse rate the report has."""
    groups = [
        " ".join(f"{prefix}top{k}={part[f'{prefix}top{k}']:.3f}" for k in (1, 3, 5))
        for prefix in ("", "tm_", "exact_")
        if f"{prefix}top1" in part
    ]
    extras = [f"{key}={part[key]:.3f}" for key in ("bleu", "syntax_valid") if key in part]
    return "  ".join([f"n={part['n']}", *groups, *extras])


def run_blind_eval(args: argparse.Namespace) -> int:
    """The blind set's numbers, by kind; never its requests' words (it stays blind)."""
    from cf_excel.benchmarks.blind import BLIND_SET, evaluate_blind

    folder = Path(args.requests) if args.requests else BLIND_SET
    report = evaluate_blind(generator_loader(args)(), folder, top_k=args.top_k)
    if printed_as_json(report, args):
        return 0
    for kind, part in report["by_kind"].items():
        print(
            f"  {kind:20} n={part['n']:3}  top1={part['top1']:.3f}  top5={part['top5']:.3f}  "
            f"abstained={part['abstained']:.3f}  answered_top1={part['answered_top1']:.3f}"
        )
    print(
        f"blind {report['set']} / {report['model']}: n={report['n']}  top1={report['top1']:.3f} "
        f"top3={report['top3']:.3f} top5={report['top5']:.3f}  refused={report['refused']}  "
        f"abstained={report['abstained']:.3f} answered_top1={report['answered_top1']:.3f}  "
        f"mean_confidence={report['mean_confidence']:.3f} top1_ece={report['top1_ece']:.3f}  "
        f"sha256 {report['set_sha256'][:16]}"
    )
    return 0


def run_requests_eval(args: argparse.Namespace) -> int:
    from cf_excel.benchmarks.requests import REQUESTS, evaluate_requests

    path = Path(args.requests) if args.requests else REQUESTS
    report = evaluate_requests(generator_loader(args)(), path, top_k=args.top_k)
    if printed_as_json(report, args):
        return 0
    for item in report["items"]:
        hit = item["first_hit"]
        mark = "ok " if hit == 1 else f"@{hit}" if hit else "-- "
        best = item["candidates"][0] if item["candidates"] else "-"
        unsure = "  NOT SURE" if item["abstained"] else ""
        print(f"{mark} {item['sheet']}: {item['text']!r} → {best}  (gold {item['gold']}){unsure}")
    print(
        f"requests / {report['model']}: n={report['n']}  top1={report['top1']:.3f} "
        f"top3={report['top3']:.3f} top5={report['top5']:.3f}  "
        f"exact top1={report['exact_top1']:.3f}  abstained={report['abstained']:.3f} "
        f"answered_top1={report['answered_top1']:.3f}"
    )
    return 0


def run_bench(args: argparse.Namespace) -> int:
    from cf_excel.benchmarks.bench import TARGETS, bench_command

    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        raise RequestError(f"unknown target(s) {unknown}; targets: {', '.join(TARGETS)}")
    extra = []
    for item in args.checkpoint:
        target, _, path = item.partition("=")
        if target not in TARGETS or not path:
            raise RequestError(f"--checkpoint {item!r}: write TARGET=DIR, e.g. cf=runs/x")
        extra.append((target, path))
    rows = bench_command(args.limit, args.data_dir, Path(args.out), targets, extra)
    print(f"{len(rows)} rows written to {args.out}")
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    report = grammar_coverage(args.data_dir)
    if printed_as_json(report, args):
        return 0
    for name, part in report.items():
        rejected = ", ".join(f"{reason}: {n}" for reason, n in part["rejected"].items()) or "none"
        print(
            f"{name}: {part['parsed']}/{part['total']} parse ({100 * part['share']:.2f}%); "
            f"round-trip failures {part['round_trip_failures']}; rejected: {rejected}"
        )
    return 0


def run_train(args: argparse.Namespace) -> int:
    from cf_excel.codefusion import checkpoint
    from cf_excel.codefusion.train import default_init, train  # torch training: only to train

    overrides = dict(parse_override(item) for item in args.set)
    config = Config.from_preset(args.preset, **{"target": args.target, **overrides})
    run_dir = Path(args.run_dir or f"runs/{args.target}-cpu")
    init = Path(args.init) if args.init else None
    if init is None and not args.no_init:
        init = default_init(run_dir, args.stage)
    final = train(
        config, args.stage, run_dir, args.data_dir, init, args.resume, progress=not args.quiet
    )
    if args.export:
        checkpoint.export(final, Path(args.export))
    print(f"checkpoint: {final}")
    return 0


def parse_override(item: str) -> tuple[str, Any]:
    """`key=value` with the value read as JSON when it is JSON (numbers, booleans)."""
    key, _, value = item.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def printed_as_json(report: dict[str, Any], args: argparse.Namespace) -> bool:
    """Write the report to `--out` when given; print it as JSON when `--json` asks, and say so
    (the command then prints nothing else)."""
    write_report(report, args.out)
    if args.json:
        print(json.dumps(report, indent=2))
    return bool(args.json)


def write_report(report: dict[str, Any], path: str | None) -> None:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


COMMANDS = {
    "generate": run_generate,
    "apply": run_apply,
    "batch": run_batch,
    "rules": run_rules,
    "serve": run_serve,
    "eval": run_eval,
    "train": run_train,
    "bench": run_bench,
    "coverage": run_coverage,
}

if __name__ == "__main__":
    sys.exit(main())
