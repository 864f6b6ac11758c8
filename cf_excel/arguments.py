"""The `cf-excel` command line's flags, and the generator they name (with decode overrides)."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from cf_excel.candidates import Generator
from cf_excel.codefusion.config import PRESETS, Target
from cf_excel.generators import GENERATORS, LazyGenerator, default_generator, load_generator


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cf-excel", description="Plain language to Excel conditional formatting."
    )
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser(
        "generate", help="propose rules for a sheet (or Bash commands / Python snippets)"
    )
    generate.add_argument(
        "text", nargs="?", default="", help="what to highlight (or do), in plain language"
    )
    add_sheet_arguments(generate, required=False)
    add_rule_argument(generate, "preview this rule (nothing is written) instead of the model's")
    generate.add_argument("--top-k", type=int, default=5)
    generate.add_argument(
        "--target", choices=["cf", "bash", "python"], default="cf", help="cf needs --sheet"
    )
    generate.add_argument("--json", action="store_true", help="print one JSON object")

    apply = commands.add_parser("apply", help="write the chosen rule into the workbook")
    apply.add_argument(
        "text",
        nargs="?",
        default="",
        help="what to highlight, in plain language (with --rule: only its format words count)",
    )
    add_sheet_arguments(apply)
    add_rule_argument(apply, "apply this rule instead of the model's (no model is loaded)")
    add_output_arguments(apply)
    apply.add_argument(
        "--pick",
        type=int,
        help="which candidate to apply (1 = best); without it, nothing is written when "
        "cf-excel is not sure (exit 3)",
    )
    apply.add_argument("--fill", help="fill colour: a name (light green) or #RRGGBB")
    apply.add_argument("--font-color", help="font colour: a name or #RRGGBB")
    apply.add_argument("--bold", action="store_true")
    apply.add_argument("--italic", action="store_true")
    apply.add_argument(
        "--live", action="store_true", help="add the rule to the workbook open in Excel (xlwings)"
    )

    batch = commands.add_parser("batch", help="apply a CSV/YAML list of requests in one pass")
    batch.add_argument("spec", help="CSV or YAML lines of sheet, range, text[, format, rule]")
    batch.add_argument("--sheet", required=True, help="a workbook, or a folder of workbooks")
    add_output_arguments(batch)
    batch.add_argument("--jobs", type=int, default=1, help="worker processes for a folder")
    add_model_arguments(batch)

    serve = commands.add_parser("serve", help="the add-in's backend")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument("--threads", type=int, default=8, help="server worker threads")
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
    rules.add_argument(
        "--force",
        action="store_true",
        help="remove: overwrite an existing --out, or a read-only workbook with --in-place",
    )

    bench = commands.add_parser("eval", help="evaluate a model on a CodeFusion benchmark")
    bench.add_argument(
        "--benchmark",
        choices=["cf", "bash", "python", "requests", "blind"],
        default="cf",
        help="a CodeFusion benchmark, the hand-written user requests (examples/requests.yaml), "
        "or the blind request set (eval-sets/blind-v1)",
    )
    add_model_arguments(bench)
    bench.add_argument("--top-k", type=int, default=5)
    bench.add_argument("--limit", type=int, help="only the first N test items")
    bench.add_argument(
        "--requests",
        help="requests: another request file than examples/requests.yaml; blind: another set",
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
        "--range",
        help="table range such as A1:F40, or columns A:I (default: the sheet's table whose "
        "headers the request names; the first Excel table or the largest table otherwise)",
    )
    command.add_argument(
        "--today", type=dt.date.fromisoformat, help="date for previews, YYYY-MM-DD (default: today)"
    )
    add_model_arguments(command)


def add_rule_argument(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--rule",
        help=f"{what}: our rule language (Rows(BeforeToday(c[3]))) or an Excel formula written "
        "for the top-left data cell (=$D2<TODAY())",
    )


def add_output_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", help="where to write the formatted workbook (or folder)")
    command.add_argument("--in-place", action="store_true", help="change the input workbook")
    command.add_argument(
        "--force",
        action="store_true",
        help="overwrite an existing --out, or a read-only workbook with --in-place",
    )
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
        choices=GENERATORS,
        default=default_generator(),
        help="codefusion+reader (default: the shipped checkpoint with the request reader), "
        "codefusion (the model alone), reader (the reader alone), or a baseline",
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
    command.add_argument(
        "--precision",
        choices=["auto", "float32", "bfloat16"],
        help="the network's arithmetic when sampling (default auto: bfloat16 where the CPU "
        "computes it natively, float32 elsewhere)",
    )


def decode_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The decode flags given, as Config overrides of the checkpoint's settings."""
    given = {
        "sample_steps": args.steps,
        "seeds_per_candidate": args.seeds,
        "beam_width": args.beam_width,
        "constrained": False if args.unconstrained else None,
        "precision": args.precision,
    }
    return {key: value for key, value in given.items() if value is not None}


def lazy_generator(args: argparse.Namespace, target: Target = "cf") -> LazyGenerator:
    """The flags' generator, loaded when it first proposes (after the input is checked)."""
    return LazyGenerator(generator_loader(args, target), args.model, target)


def generator_loader(args: argparse.Namespace, target: Target = "cf") -> Callable[[], Generator]:
    """The flags' generator, as a picklable loader (batch workers each call it)."""
    return functools.partial(
        load_generator, args.model, target, args.checkpoint, decode_overrides(args), args.data_dir
    )
