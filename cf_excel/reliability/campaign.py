"""A differential run: many cases checked in parallel, disagreements minimised, one report.

Cases are generated from (seed, index), so a run splits into batches that worker processes
check independently (each with its own LibreOffice profile, one soffice at a time per worker)
and any case can be rebuilt from its name. Every disagreement without an explanation is
minimised, and a few of each explained kind, as examples.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cf_excel.reliability.differences import DIFFERENCES
from cf_excel.reliability.differential import (
    Case,
    DayChanged,
    Outcome,
    case_json,
    check,
    check_fresh,
)
from cf_excel.reliability.libreoffice import SOFFICE
from cf_excel.reliability.minimiser import minimise
from cf_excel.rules import ast

PROFILE: Path | None = None  # this worker's LibreOffice profile


def run(
    cases: int,
    seed: int,
    workers: int = 2,
    batch: int = 40,
    examples: int = 2,
    progress: Callable[[str], None] = lambda line: None,
) -> dict[str, object]:
    """Check cases 0..cases-1 of `seed` and report; see `report` for the fields."""
    started = time.monotonic()
    batches = [list(range(i, min(i + batch, cases))) for i in range(0, cases, batch)]
    parent = Path(tempfile.mkdtemp(prefix="cf-differential-"))
    try:
        with ProcessPoolExecutor(workers, initializer=start_worker, initargs=(parent,)) as pool:
            outcomes: list[Outcome] = []
            for checked in pool.map(check_batch, [seed] * len(batches), batches):
                outcomes.extend(checked)
                progress(f"{len(outcomes)}/{cases} checked, {disagreeing(outcomes)} disagree")
            chosen = to_minimise(outcomes, examples)
            progress(f"minimising {len(chosen)} disagreements")
            minimised = dict(zip(map(id, chosen), pool.map(minimised_outcome, chosen), strict=True))
    finally:
        shutil.rmtree(parent, ignore_errors=True)
    return report(seed, outcomes, chosen, minimised, time.monotonic() - started)


def start_worker(parent: Path) -> None:
    global PROFILE
    PROFILE = Path(tempfile.mkdtemp(prefix=f"profile-{os.getpid()}-", dir=parent))


def check_batch(seed: int, indexes: list[int]) -> list[Outcome]:
    return check_fresh(seed, indexes, PROFILE)


def verdict(outcome: Outcome) -> str:
    """ "agree", "error" (a step failed), the difference that explains it, or "unexplained"."""
    if outcome.agrees:
        return "agree"
    if outcome.error:
        return "error"
    return outcome.explained_by or "unexplained"


def disagreeing(outcomes: list[Outcome]) -> int:
    return sum(not o.agrees for o in outcomes)


def to_minimise(outcomes: list[Outcome], examples: int) -> list[Outcome]:
    """Every unexplained disagreement and error, and the first few of each explained kind."""
    seen: Counter[str] = Counter()
    chosen = []
    for outcome in outcomes:
        kind = verdict(outcome)
        seen[kind] += 1
        if kind in ("unexplained", "error") or (kind != "agree" and seen[kind] <= examples):
            chosen.append(outcome)
    return chosen


def minimised_outcome(outcome: Outcome) -> Outcome:
    """The smallest case that fails as `outcome` does, checked again; itself when the day
    changes under it."""
    kind = verdict(outcome)

    def still_fails(cases: list[Case]) -> list[bool]:
        with tempfile.TemporaryDirectory() as folder:
            return [verdict(o) == kind for o in check(cases, Path(folder), PROFILE)]

    try:
        smallest = minimise(outcome.case, still_fails)
        with tempfile.TemporaryDirectory() as folder:
            (final,) = check([smallest], Path(folder), PROFILE)
    except DayChanged:
        return outcome
    return final


def report(
    seed: int,
    outcomes: list[Outcome],
    chosen: list[Outcome],
    minimised: dict[int, Outcome],
    seconds: float,
) -> dict[str, object]:
    """cases, agree, disagree (explained or not), unexplained; `explained`: each known
    difference with its count and minimised examples; `disagreements`: every unexplained one,
    as found and minimised; `coverage`: the rule nodes and Excel rule types the cases used."""
    kinds = Counter(map(verdict, outcomes))
    examples: dict[str, list[dict[str, object]]] = {}
    disagreements = []
    for outcome in chosen:
        smallest = case_json(minimised[id(outcome)])
        if verdict(outcome) in ("unexplained", "error"):
            disagreements.append({"minimised": smallest, "found": case_json(outcome)})
        else:
            examples.setdefault(verdict(outcome), []).append(smallest)
    return {
        "seed": seed,
        "today": outcomes[0].case.today.isoformat() if outcomes else dt.date.today().isoformat(),
        "libreoffice": libreoffice_version(),
        "seconds": round(seconds, 1),
        "cases": len(outcomes),
        "agree": kinds["agree"],
        "disagree": len(outcomes) - kinds["agree"],
        "unexplained": kinds["unexplained"] + kinds["error"],
        "explained": explained(kinds, examples),
        "disagreements": disagreements,
        "coverage": coverage(outcomes),
    }


def explained(kinds: Counter[str], examples: dict[str, list[dict[str, object]]]) -> list[object]:
    """Each difference seen (alone or with another), what it is, its source and its cases."""
    by_name = {d.name: d for d in DIFFERENCES}
    found = [k for k in kinds if k not in ("agree", "error", "unexplained")]
    return [
        {
            "difference": name,
            "what": " ".join(by_name[part].what for part in name.split(" + ")),
            "source": " ; ".join(by_name[part].source for part in name.split(" + ")),
            "cases": kinds[name],
            "examples": examples.get(name, []),
        }
        for name in sorted(found, key=lambda k: -kinds[k])
    ]


def coverage(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    """How often each rule node, formula function and written Excel rule type occurred."""
    nodes: Counter[str] = Counter()
    for outcome in outcomes:
        nodes.update(
            n.name if isinstance(n, ast.Call) else type(n).__name__
            for n in ast.walk(outcome.case.rule)
            if isinstance(n, (*rule_types(), ast.Call))
        )
    types = Counter(str((o.excel or {}).get("type")) for o in outcomes)
    return {"rule nodes": dict(nodes.most_common()), "excel types": dict(types.most_common())}


def rule_types() -> tuple[type, ...]:
    return tuple(t for t in ast.Rule.__args__ if isinstance(t, type))


def libreoffice_version() -> str:
    if SOFFICE is None:
        return "none"
    found = subprocess.run([SOFFICE, "--version"], capture_output=True, text=True, timeout=60)
    return found.stdout.strip()
