"""Fit the confidence calibration of a CF CodeFusion checkpoint and write it beside the weights:
`calibration-reader.json` for the default generator, the model with the request reader
(`--model codefusion+reader`), or `calibration.json` for the model alone (`--model codefusion`);
`cf_excel.codefusion.confidence` reads them when the generator loads.

Development data only, never the blind sets (eval-sets/blind-*) nor the CF test split:
- examples/requests.yaml and examples/requests-heldout.yaml (hand-written, on the sample books);
- eval-sets/dev-v1 … dev-v16: users' requests on 196 workbooks, written by helpers who never
  read the tool (development sets);
- `synthetic_examples(N, seed=7)` (training uses seed 0): the synthetic generator's current
  phrasings, which include kinds a checkpoint trained on an older generator has not seen;
- a random slice (seed 7) of the CF benchmark's train split: real users' requests, many of them
  underspecified ("Apply conditional formatting on sheet Sheet1"). The shipped checkpoint was
  fine-tuned on the whole split, so its answers there are better than on unseen requests.

Run `scripts/fit_ranking.py` first: the default generator's answers come in the learnt order
it writes, and an answer's rank and margin are among the features here.

Every item runs through `generate_candidates` (top 5), each valid candidate's features are kept
with whether it is right (execution match, as the benchmarks score it), and a logistic model is
fitted on them (L2, Newton's method). Its reliability is measured out of sample (5-fold
cross-validation): predicted vs actual per bin and the expected calibration error (ECE), of the
top answers and of all. The threshold is the lowest confidence at which the top answers kept
reach `--target-accuracy` (default 90%) on the cross-validated predictions: a wrong rule
written into a workbook costs a user more than a "not sure" with the closest answers to pick
from, and 90% is what the hand-written request sets already reach.

Usage: .venv/bin/python scripts/calibrate.py [--model M] [--checkpoint DIR] [--synthetic 300]
[--cf-train 120] [--target-accuracy 0.9] [--data-dir DIR]   (about 1 minute on 2 idle CPU
cores; 10 on cores kept busy by other jobs)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from cf_excel.benchmarks.blind import request_sheet, set_requests
from cf_excel.benchmarks.data import benchmark_table, load_examples, table_today
from cf_excel.benchmarks.evaluate import cf_scorer
from cf_excel.candidates import Candidate, Generator, Request, generate_candidates
from cf_excel.codefusion.confidence import CALIBRATION_FILE, READER_CALIBRATION_FILE, Features
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.generators import load_generator
from cf_excel.rules import parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from cf_excel.sheets.workbook import SheetError, read_table
from cf_excel.synthetic import synthetic_examples

ROOT = Path(__file__).resolve().parent.parent
REQUEST_SETS = ("examples/requests.yaml", "examples/requests-heldout.yaml")
DEV_SETS = (
    "eval-sets/dev-v1",
    "eval-sets/dev-v2",
    "eval-sets/dev-v3",
    "eval-sets/dev-v4",
    "eval-sets/dev-v5",
    "eval-sets/dev-v6",
    "eval-sets/dev-v7",
    "eval-sets/dev-v8",
    "eval-sets/dev-v9",
    "eval-sets/dev-v10",
    "eval-sets/dev-v11",
    "eval-sets/dev-v12",
    "eval-sets/dev-v13",
    "eval-sets/dev-v14",
    "eval-sets/dev-v15",
    "eval-sets/dev-v16",
)  # dev-v17 is kept out of this and the learnt order's fit: never read, it judges a change
SEED = 7  # synthetic examples and the CF train slice; training uses seed 0
TOP_K = 5
FOLDS = 5
BINS = 10
L2 = 1.0  # ridge penalty on the weights (not the intercept)


@dataclass(frozen=True)
class DevItem:
    source: str
    text: str
    request: Request
    correct: Callable[[Candidate], bool]


@dataclass(frozen=True)
class Scored:
    """One valid candidate of one item: its features and whether it is right."""

    item: int
    source: str
    rank: int
    features: Features
    correct: bool


def request_items() -> Iterator[DevItem]:
    for name in REQUEST_SETS:
        spec = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(str(spec["built"]))
        for request in spec["requests"]:
            table = read_table(ROOT / "examples" / request["sheet"]).table
            yield cells_item("requests", request["text"], table, today, request["rule"])


def dev_set_items() -> Iterator[DevItem]:
    """The development sets: users' requests written by helpers on their own workbooks (never
    a blind set). Refused requests (sheet, colour words) are left out."""
    for name in DEV_SETS:
        for part, today, request in set_requests(ROOT / name):
            try:
                table = request_sheet(part, request).table
            except SheetError:
                continue
            expected = set(request["cells"])
            yield DevItem(
                Path(name).name, request["text"], Request("cf", table, today),
                lambda c, e=expected: c.valid and set(c.addresses) == e,  # type: ignore[misc]
            )  # fmt: skip


def synthetic_items(count: int) -> Iterator[DevItem]:
    for example in synthetic_examples(count, seed=SEED):
        table = table_from_grid(example.grid, selection=example.selection)
        today = dt.date.fromisoformat(example.today)
        yield cells_item("synthetic", example.utterance, table, today, example.code)


def cells_item(source: str, text: str, table: Table, today: dt.date, gold: str) -> DevItem:
    """An item scored by execution match: right when a candidate formats the gold's cells."""
    expected = highlighted_cells(parse_rule(gold), table, today)
    request = Request("cf", table, today)
    return DevItem(source, text, request, lambda c: c.valid and c.cells == expected)


def cf_train_items(count: int, data_dir: str | None) -> Iterator[DevItem]:
    examples = load_examples("cf", "train", data_dir)
    for example in random.Random(SEED).sample(examples, min(count, len(examples))):
        table = benchmark_table(example)
        request = Request("cf", table, table_today(table))
        yield DevItem("cf-train", example.utterance, request, cf_scorer(example))


def scored_items(generator: Generator, items: list[DevItem]) -> tuple[list[Scored], list[str]]:
    """Every valid top-k candidate's features and label; and each item's source."""
    rows: list[Scored] = []
    start = time.perf_counter()
    for number, item in enumerate(items):
        candidates, _ = generate_candidates(generator, item.text, item.request, TOP_K)
        for rank, candidate in enumerate(candidates, 1):
            if candidate.features is not None:
                rows.append(
                    Scored(number, item.source, rank, candidate.features, item.correct(candidate))
                )
        if number % 50 == 49:
            print(
                f"  {number + 1}/{len(items)} ({time.perf_counter() - start:.0f} s)",
                file=sys.stderr,
            )
    return rows, [item.source for item in items]


def fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and intercept of an L2-penalised logistic regression, by Newton's method."""
    design = np.hstack([np.ones((len(x), 1)), x])  # (N, 1 + F)
    theta = np.zeros(design.shape[1])
    penalty = np.diag([0.0] + [L2] * x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ theta))
        gradient = design.T @ (p - y) + penalty @ theta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[1:], float(theta[0])


def predict(x: np.ndarray, weights: np.ndarray, intercept: float) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(x @ weights + intercept))))


def cross_validated(x: np.ndarray, y: np.ndarray, items: np.ndarray) -> np.ndarray:
    """Out-of-sample predictions: each fold of items predicted by a fit on the others."""
    fold = np.random.default_rng(SEED).permutation(items.max() + 1) % FOLDS
    predicted = np.zeros(len(y))
    for k in range(FOLDS):
        held = fold[items] == k
        weights, intercept = fit_logistic(x[~held], y[~held])
        predicted[held] = predict(x[held], weights, intercept)
    return predicted


def reliability(predicted: np.ndarray, y: np.ndarray) -> tuple[list[dict[str, object]], float]:
    """Predicted vs actual per confidence bin, and the expected calibration error."""
    table: list[dict[str, object]] = []
    ece = 0.0
    bins = np.minimum((predicted * BINS).astype(int), BINS - 1)
    for b in range(BINS):
        inside = bins == b
        if inside.any():
            mean, actual = float(predicted[inside].mean()), float(y[inside].mean())
            table.append(
                {"bin": f"{b / BINS:.1f}-{(b + 1) / BINS:.1f}", "n": int(inside.sum()),
                 "predicted": round(mean, 3), "actual": round(actual, 3)}
            )  # fmt: skip
            ece += inside.sum() / len(y) * abs(mean - actual)
    return table, round(ece, 4)


def chosen_threshold(confidence: np.ndarray, right: np.ndarray, target: float) -> float:
    """The lowest threshold at which the answers kept are right `target` of the time."""
    for threshold in np.arange(0.0, 1.0, 0.01):
        kept = confidence >= threshold
        if kept.any() and right[kept].mean() >= target:
            return round(float(threshold), 2)
    return 1.0


def answered(confidence: np.ndarray, right: np.ndarray, threshold: float) -> dict[str, float]:
    kept = confidence >= threshold
    return {
        "n": len(right),
        "top1": round(float(right.mean()), 3) if len(right) else 0.0,
        "abstained": round(float(1 - kept.mean()), 3) if len(right) else 0.0,
        "answered_top1": round(float(right[kept].mean()), 3) if kept.any() else 0.0,
    }


def top_answers(rows: list[Scored], predicted: np.ndarray, items: int) -> tuple[np.ndarray, ...]:
    """Per item, its top answer's confidence and whether it is right (0, False: no valid
    answer, which abstains)."""
    confidence, right = np.zeros(items), np.zeros(items, dtype=bool)
    for row, p in zip(rows, predicted, strict=True):
        if row.rank == 1:
            confidence[row.item], right[row.item] = p, row.correct
    return confidence, right


def calibration_report(
    rows: list[Scored], sources: list[str], target: float, checkpoint: str
) -> dict[str, Any]:
    """The fit on every row, its threshold, and its cross-validated reliability: the contents
    of calibration.json."""
    x = np.array([astuple(r.features) for r in rows], dtype=float)
    y = np.array([r.correct for r in rows], dtype=float)
    predicted = cross_validated(x, y, np.array([r.item for r in rows]))
    weights, intercept = fit_logistic(x, y)
    confidence, right = top_answers(rows, predicted, len(sources))
    threshold = chosen_threshold(confidence, right, target)
    top = np.array([r.rank == 1 for r in rows])
    table_top, ece_top = reliability(predicted[top], y[top])
    table_all, ece_all = reliability(predicted, y)
    names = list(dict.fromkeys(sources))
    by_source = {
        name: answered(confidence[mask], right[mask], threshold)
        for name in names
        for mask in [np.array(sources) == name]
    }
    return {
        "model": "logistic",
        "features": list(Features.names()),
        "weights": dict(zip(Features.names(), map(float, np.round(weights, 4)), strict=True)),
        "intercept": round(intercept, 4),
        "threshold": threshold,
        "threshold_rule": f"lowest confidence at which the top answers kept are right "
        f"{target:.0%} of the time (cross-validated, all development items)",
        "fitted": dt.date.today().isoformat(),
        "checkpoint": checkpoint,
        "data": {
            "sets": {name: sources.count(name) for name in names},
            "synthetic_seed": SEED,
            "cf_train_sample_seed": SEED,
            "request_files": list(REQUEST_SETS),
            "candidates": len(rows),
            "top_k": TOP_K,
            "never": "eval-sets/blind-* and the CF test split",
        },
        "reliability": {
            "cross_validation_folds": FOLDS,
            "top1": {"ece": ece_top, "bins": table_top},
            "all_candidates": {"ece": ece_all, "bins": table_all},
        },
        "development": {"all": answered(confidence, right, threshold), **by_source},
    }


def main() -> None:
    assert __doc__ is not None
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", default=str(SHIPPED_MODEL))
    parser.add_argument("--synthetic", type=int, default=300, help="synthetic items (seed 7)")
    parser.add_argument("--cf-train", type=int, default=120, help="CF train split items")
    parser.add_argument("--target-accuracy", type=float, default=0.9)
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    parser.add_argument(
        "--model", choices=("codefusion", "codefusion+reader"), default="codefusion+reader",
        help="the model alone, or with the request reader's readings (the default generator)",
    )  # fmt: skip
    args = parser.parse_args()
    directory = Path(args.checkpoint)
    generator = load_generator(args.model, "cf", directory)
    file_name = READER_CALIBRATION_FILE if args.model.endswith("reader") else CALIBRATION_FILE
    items = [
        *request_items(),
        *dev_set_items(),
        *synthetic_items(args.synthetic),
        *cf_train_items(args.cf_train, args.data_dir),
    ]
    rows, sources = scored_items(generator, items)
    report = calibration_report(rows, sources, args.target_accuracy, directory.name)
    (directory / file_name).write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(json.dumps({k: report[k] for k in ("weights", "threshold", "development")}, indent=2))
    top1, every = (report["reliability"][k]["ece"] for k in ("top1", "all_candidates"))
    print(f"ECE top-1 {top1}, all candidates {every}; wrote {directory / file_name}")


if __name__ == "__main__":
    main()
