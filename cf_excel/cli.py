"""The `cf-excel` command line: thin subcommands that parse flags and call the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cf_excel.apply import ApplyRequest, RequestError, apply_requests, output_path, plan
from cf_excel.arguments import build_parser, decode_overrides, generator_loader
from cf_excel.benchmarks.coverage import grammar_coverage
from cf_excel.benchmarks.data import DataUnavailableError
from cf_excel.benchmarks.evaluate import evaluate
from cf_excel.candidates import Request, generate_candidates
from cf_excel.codefusion.config import Config
from cf_excel.excel.formats import FormatError, format_from_options, format_from_text
from cf_excel.excel.xlwings_apply import LiveExcelError
from cf_excel.generators import ModelUnavailableError
from cf_excel.replies import generate_reply, sentence
from cf_excel.sheets.table import Table
from cf_excel.sheets.workbook import SheetError, open_values, read_table


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
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
    if not args.text.strip():
        raise RequestError("the request is empty: say what to highlight (or what the code does)")
    if args.target != "cf":
        request, sheet_name = Request(args.target), None
    elif not args.sheet:
        raise RequestError("CF rules are written for a sheet: give --sheet FILE")
    else:
        sheet = read_table(args.sheet, args.sheet_name, args.range)
        fmt = format_from_text(args.text)  # an unknown colour fails before the model loads
        request, sheet_name = Request("cf", sheet.table, args.today, fmt), sheet.sheet_name
    generator = generator_loader(args, args.target)()
    candidates, latency = generate_candidates(generator, args.text, request, args.top_k)
    if args.json:
        reply = generate_reply(args.text, request, generator, candidates, latency, sheet_name)
        print(json.dumps(reply, indent=2))
        return 0
    for number, candidate in enumerate(candidates, 1):
        if request.target != "cf":
            verdict = "parses" if candidate.valid else "does not parse"
            print(f"{number}. {candidate.code}\n   ({verdict}; score {candidate.score:.2f})")
            continue
        print(f"{number}. {sentence(candidate)}")
        if candidate.valid:
            print(f"   {candidate.code}  (score {candidate.score:.2f})")
    return 0


def out_arguments(args: argparse.Namespace, source: Path) -> Path:
    return output_path(source, Path(args.out) if args.out else None, args.in_place, args.force)


def run_apply(args: argparse.Namespace) -> int:
    source = Path(args.sheet)
    fmt = format_from_options(args.text, args.fill, args.font_color, args.bold, args.italic)
    request = ApplyRequest(args.text, args.sheet_name, args.range, fmt, args.pick)
    if args.live:
        from cf_excel.excel.xlwings_apply import apply_live

        def read(sheet_name: str | None, cell_range: str | None) -> tuple[Table, str]:
            found = read_table(source, sheet_name, cell_range)
            return found.table, found.sheet_name

        planned = plan(generator_loader(args)(), request, read, args.today)
        assert planned.candidate is not None and planned.excel is not None
        apply_live(source, planned.sheet_name, planned.excel, planned.candidate.format)
        print(f"{sentence(planned.candidate)}\nadded to {source.name} in Excel")
        return 0
    target = out_arguments(args, source)
    report = apply_requests(
        generator_loader(args)(),
        source,
        target,
        [request],
        args.today,
        priority=args.priority,
        stop_if_true=args.stop_if_true,
    )
    planned = report.planned[0]
    assert planned.candidate is not None and planned.excel is not None
    print(
        f"{sentence(planned.candidate)}\n"
        f"wrote {target} ({planned.excel.type} rule on {planned.excel.sqref})"
    )
    return 0


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
    return run_batch(Path(args.spec), Path(args.sheet), generator_loader(args), options)


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
    generator = generator_loader(args, args.benchmark)()
    report = evaluate(generator, args.benchmark, args.top_k, args.limit, args.data_dir)
    write_report(report, args.out)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"{report['benchmark']} / {report['model']}: n={report['n']}  "
        f"top1={report['top1']:.3f} top3={report['top3']:.3f} top5={report['top5']:.3f}  "
        f"syntax_valid={report['syntax_valid']:.3f}"
    )
    unseen = report["not_in_train"]
    print(
        f"  not in train: n={unseen['n']}  top1={unseen['top1']:.3f} "
        f"top3={unseen['top3']:.3f} top5={unseen['top5']:.3f}"
    )
    return 0


def run_requests_eval(args: argparse.Namespace) -> int:
    from cf_excel.benchmarks.requests import REQUESTS, evaluate_requests

    path = Path(args.requests) if args.requests else REQUESTS
    report = evaluate_requests(generator_loader(args)(), path, top_k=args.top_k)
    write_report(report, args.out)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for item in report["items"]:
        hit = item["first_hit"]
        mark = "ok " if hit == 1 else f"@{hit}" if hit else "-- "
        best = item["candidates"][0] if item["candidates"] else "-"
        print(f"{mark} {item['sheet']}: {item['text']!r} → {best}  (gold {item['gold']})")
    print(
        f"requests / {report['model']}: n={report['n']}  top1={report['top1']:.3f} "
        f"top3={report['top3']:.3f} top5={report['top5']:.3f}  "
        f"exact top1={report['exact_top1']:.3f}"
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
    write_report(report, args.out)
    if args.json:
        print(json.dumps(report, indent=2))
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
