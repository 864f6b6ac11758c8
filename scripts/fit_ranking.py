"""Fit the learnt order of the default generator's answers (`cf_excel.codefusion.ranking`)
and write it beside the checkpoint as `ranking-reader.json`; then run `scripts/calibrate.py`,
whose confidences are of the answers in this order.

Development data only, the same items as the calibration (`scripts/calibrate.py`: our request
sets, dev-v1 … dev-vN, synthetic examples of seed 7, a slice of the CF train split), never the
blind sets nor the CF test split. Each item's answers come in the pool's own order (no ranking
loaded), every valid one with its rank features and whether it is right; a conditional logit
(softmax over one request's answers, L2, Newton's method with a backtracking line search) is
fitted on the items with a right answer among them. Its effect is measured out of sample, one
source left out at a time (each development set is one source: a set's writers never see
another's workbooks): top-1 in the pool's order and in the learnt order, and how many first
answers it gains and loses.

Usage: .venv/bin/python scripts/fit_ranking.py [--checkpoint DIR] [--data-dir DIR]
(about 15 minutes on 2 CPU cores)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import astuple
from pathlib import Path
from typing import Any

import numpy as np
from calibrate import (
    DevItem,
    cf_train_items,
    dev_set_items,
    request_items,
    synthetic_items,
)

from cf_excel.candidates import Candidate, Request, ranked
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.codefusion.ranking import EDIT_FEATURES, RANKING_FILE, RankFeatures, Ranking
from cf_excel.generators import load_generator

POOL = 5  # proposals asked of the generator, as users get them
EVERY_ANSWER = 100  # keep the whole merged pool: the learnt order may lift one past fifth
L2 = 1.0
# The CF train slice's items count twice: a benchmark table, a selection and requests that
# rarely name a column, where the model's samples are right more often than the reader. With
# its 600 items among 5,767, held out by halves, the order's net gain in first answers was
# 64 on the development sets and 11 on the CF halves at weight 1; 61 and 21 at 2; 57 and 23
# at 3; 50 and 30 at 5.
SOURCE_WEIGHTS = {"cf-train": 2.0}
HALVED = {"cf-train"}
# The pool's own order (no weights), with the edits of its first answers offered (`rules.edits`)
# as a fitted order offers them.
POOL_ORDER = Ranking(edits=True)
EDITED = RankFeatures.names().index("edited")  # the column that tells an edit from a proposal
Item = tuple[str, np.ndarray, np.ndarray]  # source, features (answers × F), right (answers)


def pool_answers(generator: Any, item: DevItem, order: Ranking = POOL_ORDER) -> list[Candidate]:
    """Every answer of an item's merged pool, in the pool's own order (no learnt order), the
    edits of its first answers after its proposals."""
    request: Request = item.request
    proposals = generator.propose(item.text, POOL, request.table)
    return ranked(
        proposals, request, EVERY_ANSWER, generator.scores, True, item.text,
        generator.calibration, order,
    )  # fmt: skip


def pooled(generator: Any, items: list[DevItem]) -> list[Item]:
    """Each item's valid answers in the pool's own order: their rank features and labels."""
    found: list[Item] = []
    start = time.perf_counter()
    for number, item in enumerate(items):
        answers = pool_answers(generator, item)
        rows = [(astuple(a.ranks), item.correct(a)) for a in answers if a.ranks is not None]
        x = np.array([r for r, _ in rows], dtype=float).reshape(
            len(rows), len(RankFeatures.names())
        )
        found.append((item.source, x, np.array([right for _, right in rows], dtype=float)))
        if number % 200 == 199:
            print(
                f"  {number + 1}/{len(items)} ({time.perf_counter() - start:.0f} s)",
                file=sys.stderr,
            )
    return found


def saved_pool(path: Path, found: list[Item]) -> None:
    arrays = {f"{n}:{source}:x": x for n, (source, x, _) in enumerate(found)}
    arrays |= {f"{n}:{source}:y": y for n, (source, _, y) in enumerate(found)}
    np.savez_compressed(path, **arrays)


def loaded_pool(path: Path) -> list[Item]:
    stored = np.load(path)
    keys = sorted({k.rpartition(":")[0] for k in stored.files}, key=lambda k: int(k.split(":")[0]))
    return [(k.split(":", 1)[1], stored[f"{k}:x"], stored[f"{k}:y"]) for k in keys]


Weighted = list[tuple[np.ndarray, np.ndarray, float]]  # features, right, the item's weight


def loss(weights: np.ndarray, items: Weighted) -> float:
    """The penalised negative log-likelihood of the right answers (shared among ties)."""
    total = 0.5 * L2 * float(weights @ weights)
    for x, y, weight in items:
        s = x @ weights
        top = s.max()
        total -= weight * float((y / y.sum()) @ (s - top - np.log(np.exp(s - top).sum())))
    return total


def fit(items: list[Item]) -> np.ndarray:
    """The conditional logit's weights, in two steps: the proposals' order first, fitted on the
    pools without their edits, so that offering edits changes nothing among the proposals (one
    fit of all answers moved the CF halves' first answers by −5 of 600, out of sample); then the
    edits' weights (`EDIT_FEATURES`) with the others held."""
    edited = np.array([name in EDIT_FEATURES for name in RankFeatures.names()])
    proposed = [(s, x[x[:, EDITED] == 0], y[x[:, EDITED] == 0]) for s, x, y in items]
    return newton(items, newton(proposed, np.zeros(len(edited)), ~edited), edited)


def newton(items: list[Item], start: np.ndarray, free: np.ndarray) -> np.ndarray:
    """The weights from `start`, the `free` ones fitted, from the items with a right answer
    and a choice."""
    data = [
        (x, y, SOURCE_WEIGHTS.get(source.partition(" ")[0], 1.0))
        for source, x, y in items
        if len(y) > 1 and y.sum() > 0
    ]
    weights = start.copy()
    for _ in range(100):
        gradient, hessian = L2 * weights, L2 * np.eye(len(weights))
        for x, y, weight in data:
            s = x @ weights
            p = np.exp(s - s.max())
            p /= p.sum()
            gradient = gradient + weight * x.T @ (p - y / y.sum())
            mean = x.T @ p
            hessian = hessian + weight * (x.T @ (x * p[:, None]) - np.outer(mean, mean))
        step = np.zeros(len(weights))
        step[free] = np.linalg.solve(hessian[np.ix_(free, free)], gradient[free])
        before, size = loss(weights, data), 1.0
        while loss(weights - size * step, data) > before and size > 1e-6:
            size /= 2
        weights = weights - size * step
        if np.abs(size * step).max() < 1e-7:
            break
    return weights


def folds(items: list[Item]) -> list[Item]:
    """The items with the sources held out one at a time: each development set, our request
    sets, the synthetic examples; the CF train slice in two halves (its requests are all of
    one kind, which the order must have seen to be fair to them)."""
    count = 0
    split: list[Item] = []
    for source, x, y in items:
        if source in HALVED:
            source, count = f"{source} (half {count % 2 + 1})", count + 1
        split.append((source, x, y))
    return split


def first(x: np.ndarray, weights: np.ndarray) -> int:
    """The answer the learnt order puts first: the best proposal (an edit never goes first)."""
    scores = np.where(x[:, EDITED] == 0, x @ weights, -np.inf)
    return int(np.argmax(scores))


def left_out(items: list[Item]) -> dict[str, dict[str, float]]:
    """Per fold, top-1 in the pool's order and in the order fitted without that fold."""
    items = folds(items)
    report: dict[str, dict[str, float]] = {}
    for source in dict.fromkeys(s for s, _, _ in items):
        weights = fit([i for i in items if i[0] != source])
        held = [(x, y) for s, x, y in items if s == source]
        pool = [y[0] if len(y) else 0.0 for _, y in held]
        learnt = [y[first(x, weights)] if len(y) else 0.0 for x, y in held]
        report[source] = {
            "n": len(held),
            "pool_top1": round(100 * float(np.mean(pool)), 2),
            "learnt_top1": round(100 * float(np.mean(learnt)), 2),
            "gained": int(sum(b > a for a, b in zip(pool, learnt, strict=True))),
            "lost": int(sum(b < a for a, b in zip(pool, learnt, strict=True))),
        }
        print(source, report[source], file=sys.stderr)
    return report


def main() -> None:
    assert __doc__ is not None
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", default=str(SHIPPED_MODEL))
    parser.add_argument("--synthetic", type=int, default=300, help="synthetic items (seed 7)")
    parser.add_argument("--cf-train", type=int, default=600, help="CF train split items")
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    parser.add_argument(
        "--pooled", type=Path,
        help="an .npz of the pooled answers: written when missing, read (not pooled again) when "
        "there, to refit without running the generator",
    )  # fmt: skip
    args = parser.parse_args()
    directory = Path(args.checkpoint)
    if args.pooled and args.pooled.is_file():
        found = loaded_pool(args.pooled)
    else:
        generator = load_generator("codefusion+reader", "cf", directory)
        items = [
            *request_items(),
            *dev_set_items(),
            *synthetic_items(args.synthetic),
            *cf_train_items(args.cf_train, args.data_dir),
        ]
        found = pooled(generator, items)
        if args.pooled:
            saved_pool(args.pooled, found)
    held_out = left_out(found)
    found_sources = [source for source, _, _ in found]
    weights = fit(found)
    report = {
        "model": "conditional logit over one request's answers",
        "features": list(RankFeatures.names()),
        "weights": dict(zip(RankFeatures.names(), map(float, np.round(weights, 4)), strict=True)),
        "fitted": dt.date.today().isoformat(),
        "checkpoint": directory.name,
        "data": {
            "sets": {s: sum(1 for i in found if i[0] == s) for s in dict.fromkeys(found_sources)},
            "source_weights": SOURCE_WEIGHTS,
            "pool": POOL,
            "l2": L2,
            "never": "eval-sets/blind-* and the CF test split",
        },
        "left_out_source": held_out,
    }
    (directory / RANKING_FILE).write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(json.dumps(report["weights"], indent=2))
    print(f"wrote {directory / RANKING_FILE}")


if __name__ == "__main__":
    main()
