"""The `cf-excel` command line: thin subcommands over the library."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cf_excel.apply import ApplyRequest, RequestError, apply_requests, plan
from cf_excel.config import PRESETS, SHIPPED_MODEL, Config
from cf_excel.data import Benchmark, DataUnavailableError
from cf_excel.evaluate import Model, evaluate
from cf_excel.excel.xlwings_apply import LiveExcelError
from cf_excel.formats import FormatError, format_from_options, format_from_text
from cf_excel.generation import (
    MODELS,
    ModelUnavailableError,
    generate_programs,
    generate_rules,
    load_model,
)
from cf_excel.rules import format_rule
from cf_excel.rules.coverage import grammar_coverage
from cf_excel.sheets.table import Table
from cf_excel.sheets.workbook import SheetError, open_values, read_table


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cf-excel", description=__doc__)
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser(
        "generate", help="propose rules for a sheet (or Bash commands / Python snippets)"
    )
    generate.add_argument("text", help="what to highlight (or do), in plain language")
    add_sheet_arguments(generate, required=False)
    generate.add_argument("--top-k", type=int, default=5)
    generate.add_argument(
        "--target", choices=["cf", "bash", "python"], default="cf", help="cf needs --sheet"
    )
    generate.add_argument("--json", action="store_true", help="print one JSON object")

    apply = commands.add_parser("apply", help="write the chosen rule into the workbook")
    apply.add_argument("text", help="what to highlight, in plain language")
    add_sheet_arguments(apply)
    add_output_arguments(apply)
    apply.add_argument("--pick", type=int, default=1, help="which candidate to apply (1 = best)")
    apply.add_argument("--fill", help="fill colour: a name (light green) or #RRGGBB")
    apply.add_argument("--font-color", help="font colour: a name or #RRGGBB")
    apply.add_argument("--bold", action="store_true")
    apply.add_argument("--italic", action="store_true")
    apply.add_argument(
        "--live", action="store_true", help="add the rule to the workbook open in Excel (xlwings)"
    )

    batch = commands.add_parser("batch", help="apply a CSV/YAML list of requests in one pass")
    batch.add_argument("spec", help="CSV or YAML lines of sheet, range, text[, format]")
    batch.add_argument("--sheet", required=True, help="a workbook, or a folder of workbooks")
    add_output_arguments(batch)
    batch.add_argument("--jobs", type=int, default=1, help="worker processes for a folder")
    add_model_arguments(batch)

    serve = commands.add_parser("serve", help="the add-in's backend")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument("--threads", type=int, default=4, help="server worker threads")
    serve.add_argument(
        "--https", action="store_true", help="serve HTTPS with a self-signed localhost certificate"
    )
    serve.add_argument("--cert", help="HTTPS with this certificate (PEM); needs --key")
    serve.add_argument("--key", help="the certificate's private key (PEM)")
    add_model_arguments(serve)

    rules = commands.add_parser("rules", help="list a sheet's conditional formats, remove ours")
    rules.add_argument("action", choices=["list", "remove"])
    rules.add_argument("--sheet", required=True, help=".xlsx or .xlsm file")
    rules.add_argument("--sheet-name", help="worksheet (default: the first)")
    rules.add_argument("--out", help="remove: where to write the result")
    rules.add_argument("--in-place", action="store_true", help="remove: change the workbook")
    rules.add_argument("--force", action="store_true", help="remove: overwrite an existing --out")

    bench = commands.add_parser("eval", help="evaluate a model on a CodeFusion benchmark")
    bench.add_argument(
        "--benchmark",
        choices=["cf", "bash", "python", "requests"],
        default="cf",
        help="a CodeFusion benchmark, or the hand-written user requests (examples/requests.yaml)",
    )
    add_model_arguments(bench)
    bench.add_argument("--top-k", type=int, default=5)
    bench.add_argument("--limit", type=int, help="only the first N test items")
    bench.add_argument(
        "--requests", help="requests: another request file than examples/requests.yaml"
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument("--out", help="also write the JSON report to this file")

    bench = commands.add_parser(
        "bench", help="every model on every target: the report in docs/RESULTS.md, plots"
    )
    bench.add_argument("--limit", type=int, help="only the first N test items of each target")
    bench.add_argument(
        "--targets", default="cf,bash,python", help="comma-separated targets (default: all)"
    )
    bench.add_argument(
        "--checkpoint",
        action="append",
        default=[],
        metavar="TARGET=DIR",
        help="another CodeFusion checkpoint to compare (repeatable), e.g. cf=runs/ablation",
    )
    bench.add_argument("--out", default="docs/RESULTS.md", help="the report's file")

    train = commands.add_parser("train", help="train CodeFusion (one stage)")
    train.add_argument("--target", choices=["cf", "bash", "python"], default="cf")
    train.add_argument("--stage", choices=["pretrain", "finetune"], required=True)
    train.add_argument("--preset", choices=sorted(PRESETS), default="cpu")
    train.add_argument("--run-dir", help="checkpoints and logs go here (default runs/TARGET-cpu)")
    train.add_argument(
        "--init",
        help="start from this checkpoint (default for finetune: the "
        "run's pretrain checkpoint when there is one)",
    )
    train.add_argument("--no-init", action="store_true", help="fine-tune from scratch (ablation)")
    train.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    train.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config field, e.g. --set finetune_steps=100",
    )
    train.add_argument("--export", help="also save the final model here in fp16 (shipping)")
    train.add_argument("--quiet", action="store_true", help="no progress bar (logs still written)")

    coverage = commands.add_parser("coverage", help="how much of the CF data the grammar parses")
    coverage.add_argument("--json", action="store_true")
    coverage.add_argument("--out", help="also write the JSON report to this file")
    return parser


def add_sheet_arguments(command: argparse.ArgumentParser, required: bool = True) -> None:
    command.add_argument("--sheet", required=required, help=".xlsx, .xlsm or .csv file")
    command.add_argument("--sheet-name", help="worksheet (default: the first)")
    command.add_argument(
        "--range", help="table range such as A1:F40 (default: the Excel table or used range)"
    )
    command.add_argument(
        "--today", type=dt.date.fromisoformat, help="date for previews, YYYY-MM-DD (default: today)"
    )
    add_model_arguments(command)


def add_output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", help="where to write the formatted workbook (or folder)")
    command.add_argument("--in-place", action="store_true", help="change the input workbook")
    command.add_argument("--force", action="store_true", help="overwrite an existing --out")
    command.add_argument(
        "--priority",
        choices=["last", "first"],
        default="last",
        help="new rules after the sheet's existing ones (default) or before them",
    )
    command.add_argument(
        "--stop-if-true", action="store_true", help="no lower-priority rule applies where it does"
    )


def add_model_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--model",
        choices=MODELS,
        default=default_model(),
        help="codefusion (the shipped checkpoint) or the retrieval baseline",
    )
    command.add_argument("--checkpoint", help="a CodeFusion checkpoint folder")
    command.add_argument("--steps", type=int, help="reverse diffusion steps (default: config)")
    command.add_argument("--seeds", type=int, help="noise seeds per candidate (default: config)")
    command.add_argument(
        "--beam-width", type=int, help="CF rules decoded from each seed (default: config)"
    )
    command.add_argument(
        "--unconstrained", action="store_true", help="pick tokens without the grammar (ablation)"
    )


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


def default_model() -> str:
    return "codefusion" if (SHIPPED_MODEL / "model.safetensors").exists() else "retrieval"


def model_from(args: argparse.Namespace, target: Benchmark = "cf") -> Model:
    return load_model(
        args.model,
        target,
        args.data_dir,
        args.checkpoint,
        args.steps,
        constrained=not args.unconstrained,
        seeds=args.seeds,
        beam_width=args.beam_width,
    )


def run_generate(args: argparse.Namespace) -> int:
    if args.target != "cf":
        return run_generate_programs(args)
    if not args.sheet:
        raise RequestError("CF rules are written for a sheet: give --sheet FILE")
    sheet = read_table(args.sheet, args.sheet_name, args.range)
    fmt = format_from_text(args.text)  # an unknown colour fails before the model loads
    if not args.text.strip():
        raise RequestError("the request is empty: say what to highlight")
    model = model_from(args)
    candidates, latency = generate_rules(model, args.text, sheet.table, args.top_k, args.today, fmt)
    if args.json:
        print(
            json.dumps(
                {
                    "text": args.text,
                    "sheet": sheet.sheet_name,
                    "range": sheet.table.address,
                    "model": model.name,
                    "steps": getattr(model, "steps", None),
                    "latency_ms": round(latency, 2),
                    "candidates": [c.as_json() for c in candidates],
                },
                indent=2,
            )
        )
    else:
        for number, candidate in enumerate(candidates, 1):
            print(f"{number}. {candidate.sentence()}")
            if candidate.rule is not None:
                print(f"   {format_rule(candidate.rule)}  (score {candidate.score:.2f})")
    return 0


def run_generate_programs(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise RequestError("the request is empty: say what the code should do")
    model = model_from(args, args.target)
    candidates, latency = generate_programs(model, args.text, args.target, args.top_k)
    if args.json:
        report = {
            "text": args.text,
            "target": args.target,
            "model": model.name,
            "steps": getattr(model, "steps", None),
            "latency_ms": round(latency, 2),
            "candidates": [c.as_json() for c in candidates],
        }
        print(json.dumps(report, indent=2))
        return 0
    for number, candidate in enumerate(candidates, 1):
        verdict = "parses" if candidate.valid else "does not parse"
        print(f"{number}. {candidate.code}\n   ({verdict}; score {candidate.score:.2f})")
    return 0


def output_path(args: argparse.Namespace, source: Path) -> Path:
    """--out, or the input itself with --in-place; an existing --out needs --force."""
    if args.in_place:
        if args.out:
            raise FileExistsError("give either --out or --in-place, not both")
        return source
    if not args.out:
        raise FileExistsError("say where to write: --out FILE (or --in-place to change the input)")
    target = Path(args.out)
    if target.resolve() == source.resolve():
        raise FileExistsError("--out is the input workbook; pass --in-place to change it")
    if target.exists() and not args.force:
        raise FileExistsError(f"{target} exists; pass --force to overwrite it")
    return target


def run_apply(args: argparse.Namespace) -> int:
    source = Path(args.sheet)
    fmt = format_from_options(args.text, args.fill, args.font_color, args.bold, args.italic)
    request = ApplyRequest(args.text, args.sheet_name, args.range, fmt, args.pick)
    if args.live:
        from cf_excel.excel.xlwings_apply import apply_live

        def read(sheet_name: str | None, cell_range: str | None) -> tuple[Table, str]:
            found = read_table(source, sheet_name, cell_range)
            return found.table, found.sheet_name

        planned = plan(model_from(args), request, read, args.today)
        assert planned.candidate is not None and planned.excel is not None
        apply_live(source, planned.sheet_name, planned.excel, planned.candidate.format)
        print(f"{planned.candidate.sentence()}\nadded to {source.name} in Excel")
        return 0
    target = output_path(args, source)
    report = apply_requests(
        model_from(args),
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
        f"{planned.candidate.sentence()}\n"
        f"wrote {target} ({planned.excel.type} rule on {planned.excel.sqref})"
    )
    return 0


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
    target = output_path(args, source)
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
        lambda: model_from(args),
        # --checkpoint names the CF model; Bash and Python come from their shipped checkpoints
        load_program_model=lambda target: load_model(
            args.model, target, args.data_dir, None, args.steps, seeds=args.seeds
        ),
    )
    serve(app, args.host, args.port, args.threads, tls)
    return 0


def run_batch(args: argparse.Namespace) -> int:
    from cf_excel.batch import run_batch_command

    return run_batch_command(args)


def run_eval(args: argparse.Namespace) -> int:
    if args.benchmark == "requests":
        return run_requests_eval(args)
    model = model_from(args, args.benchmark)
    report = evaluate(model, args.benchmark, args.top_k, args.limit, args.data_dir)
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


def run_bench(args: argparse.Namespace) -> int:
    from cf_excel.bench import TARGETS, bench_command

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


def run_requests_eval(args: argparse.Namespace) -> int:
    from cf_excel.requests_eval import REQUESTS, evaluate_requests

    path = Path(args.requests) if args.requests else REQUESTS
    report = evaluate_requests(model_from(args), path, top_k=args.top_k)
    write_report(report, args.out)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for item in report["items"]:
        mark = (
            "ok "
            if item["first_hit"] == 1
            else f"@{item['first_hit']}"
            if item["first_hit"]
            else "-- "
        )
        best = item["candidates"][0] if item["candidates"] else "-"
        print(f"{mark} {item['sheet']}: {item['text']!r} → {best}  (gold {item['gold']})")
    print(
        f"requests / {report['model']}: n={report['n']}  top1={report['top1']:.3f} "
        f"top3={report['top3']:.3f} top5={report['top5']:.3f}  "
        f"exact top1={report['exact_top1']:.3f}"
    )
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
    from cf_excel.train import train  # torch training stack: only loaded to train

    overrides = dict(parse_override(item) for item in args.set)
    config = Config.from_preset(args.preset, **{"target": args.target, **overrides})
    run_dir = Path(args.run_dir or f"runs/{args.target}-cpu")
    init = Path(args.init) if args.init else None
    if (
        init is None
        and args.stage == "finetune"
        and not args.no_init
        and (run_dir / "pretrain" / "model.safetensors").exists()
    ):
        init = run_dir / "pretrain"
    final = train(
        config, args.stage, run_dir, args.data_dir, init, args.resume, progress=not args.quiet
    )
    if args.export:
        export(final, Path(args.export))
    print(f"checkpoint: {final}")
    return 0


def parse_override(item: str) -> tuple[str, Any]:
    """`key=value` with the value read as JSON when it is JSON (numbers, booleans)."""
    key, _, value = item.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def export(source: Path, target: Path) -> None:
    from cf_excel import checkpoint

    model, vocab, meta = checkpoint.load(source)
    checkpoint.save(target, model, vocab, meta, half=True)


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
