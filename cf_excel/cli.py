"""The `cf-excel` command line: thin subcommands over the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cf_excel.config import PRESETS, SHIPPED_MODEL, Config
from cf_excel.data import Benchmark, DataUnavailableError
from cf_excel.evaluate import Model, evaluate
from cf_excel.excel.openpyxl_apply import CellFormat, apply_rule
from cf_excel.generation import MODELS, RuleCandidate, generate_rules, load_model
from cf_excel.rules import format_rule
from cf_excel.rules.coverage import grammar_coverage
from cf_excel.sheets.workbook import SheetError, read_table


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cf-excel", description=__doc__)
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="propose rules for a sheet")
    add_sheet_arguments(generate)
    generate.add_argument("--top-k", type=int, default=5)
    generate.add_argument("--json", action="store_true", help="print one JSON object")

    apply = commands.add_parser("apply", help="write the best rule into a copy of the workbook")
    add_sheet_arguments(apply)
    apply.add_argument("--out", help="output workbook (default: NAME-formatted.xlsx)")
    apply.add_argument("--pick", type=int, default=1, help="which candidate to apply (1 = best)")
    apply.add_argument("--fill", default="#FFC7CE", help="fill colour #RRGGBB")
    apply.add_argument("--font-color", default="#9C0006", help="font colour #RRGGBB")
    apply.add_argument("--force", action="store_true", help="overwrite an existing --out file")

    bench = commands.add_parser("eval", help="evaluate a model on a CodeFusion benchmark")
    bench.add_argument("--benchmark", choices=["cf", "bash", "python"], default="cf")
    add_model_arguments(bench)
    bench.add_argument("--top-k", type=int, default=5)
    bench.add_argument("--limit", type=int, help="only the first N test items")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument("--out", help="also write the JSON report to this file")

    train = commands.add_parser("train", help="train CodeFusion (one stage)")
    train.add_argument("--target", choices=["cf"], default="cf")
    train.add_argument("--stage", choices=["pretrain", "finetune"], required=True)
    train.add_argument("--preset", choices=sorted(PRESETS), default="cpu")
    train.add_argument("--run-dir", default="runs/cf-cpu", help="checkpoints and logs go here")
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


def add_sheet_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("text", help="what to highlight, in plain language")
    command.add_argument("--sheet", required=True, help=".xlsx, .xlsm or .csv file")
    command.add_argument("--sheet-name", help="worksheet (default: the first)")
    command.add_argument("--range", help="table range such as A1:F40 (default: used range)")
    add_model_arguments(command)


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
        "--unconstrained", action="store_true", help="pick tokens without the grammar (ablation)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (SheetError, DataUnavailableError, FileExistsError) as error:
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
    )


def run_generate(args: argparse.Namespace) -> int:
    sheet = read_table(args.sheet, args.sheet_name, args.range)
    model = model_from(args)
    candidates, latency = generate_rules(model, args.text, sheet.table, args.top_k)
    if args.json:
        print(
            json.dumps(
                {
                    "text": args.text,
                    "sheet": sheet.sheet_name,
                    "range": args.range,
                    "model": model.name,
                    "latency_ms": round(latency, 2),
                    "candidates": [c.as_json() for c in candidates],
                },
                indent=2,
            )
        )
    else:
        for number, candidate in enumerate(candidates, 1):
            print(f"{number}. {describe(candidate)}")
    return 0


def describe(candidate: RuleCandidate) -> str:
    if candidate.rule is None:
        return f"{candidate.code}  (invalid: {candidate.error})"
    cells = ", ".join(candidate.cells[:8]) + (" …" if len(candidate.cells) > 8 else "")
    return (
        f"{format_rule(candidate.rule)}  on {' '.join(candidate.applies_to)}: "
        f"{len(candidate.cells)} cell{'' if len(candidate.cells) == 1 else 's'}"
        f"{': ' + cells if cells else ''}  "
        f"(score {candidate.score:.2f})"
    )


def run_apply(args: argparse.Namespace) -> int:
    source = Path(args.sheet)
    target = (
        Path(args.out) if args.out else source.with_name(f"{source.stem}-formatted{source.suffix}")
    )
    if target.exists() and not args.force:
        raise FileExistsError(f"{target} exists; pass --force to overwrite it")
    sheet = read_table(source, args.sheet_name, args.range)
    model = model_from(args)
    # Sample the usual top-k and pick from it: the best of five seeds, not the first seed alone.
    candidates, _ = generate_rules(model, args.text, sheet.table, max(args.pick, 5))
    valid = [c for c in candidates if c.rule is not None]
    if len(valid) < args.pick:
        print(f"cf-excel: only {len(valid)} valid candidates for {args.text!r}", file=sys.stderr)
        return 1
    chosen = valid[args.pick - 1]
    assert chosen.rule is not None
    ranges = apply_rule(
        source,
        target,
        chosen.rule,
        sheet.table,
        sheet.sheet_name,
        CellFormat(fill=args.fill, font_color=args.font_color),
    )
    print(f"{describe(chosen)}\nwrote {target} (rule on {', '.join(ranges)})")
    return 0


def run_eval(args: argparse.Namespace) -> int:
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
    config = Config.from_preset(args.preset, **overrides)
    run_dir = Path(args.run_dir)
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
    "eval": run_eval,
    "train": run_train,
    "coverage": run_coverage,
}

if __name__ == "__main__":
    sys.exit(main())
