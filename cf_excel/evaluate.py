"""Benchmark evaluation: CF execution match, Bash template match, Python exact match and BLEU.

CF (the CodeFusion paper's metric): on the 118 test items with data rows, a candidate is correct
when it highlights exactly the cells the gold rule highlights on the item's table; on the 60
header-only items, when its canonical text equals the gold's after alias normalisation. Gold codes
that are not rules ('', '--', ExcelScript) can never be matched and stay in the denominator.
Every metric is reported on the full test split and on the items whose gold code does not occur
in the train split (`not_in_train`).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cf_excel import code_metrics
from cf_excel.data import Benchmark, Example, load_examples
from cf_excel.retrieval import Candidate
from cf_excel.rules import RuleSyntaxError, canonical_rule, parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

KS = (1, 3, 5)
FALLBACK_TODAY = dt.date(2023, 1, 1)


class Model(Protocol):
    name: str

    def generate(
        self, utterance: str, top_k: int = 5, table: Table | None = None
    ) -> list[Candidate]: ...


@dataclass
class ItemResult:
    example: Example
    candidates: list[str]
    correct: list[bool]  # per candidate
    valid: list[bool]  # per candidate
    latency_ms: float
    notes: dict[str, Any] = field(default_factory=dict)

    def hit_at(self, k: int) -> bool:
        return any(self.correct[:k])


def benchmark_table(example: Example) -> Table:
    """The item's sheet; a leading `Index` column is a row index, not data to format."""
    grid = example.table or [[]]
    header = [str(h) for h in grid[0]]
    selection = tuple(range(1, len(header))) if header[:1] == ["Index"] else ()
    return table_from_grid(grid, selection=selection)


def table_today(table: Table) -> dt.date:
    """Date rules in the benchmark are judged as of the latest date in the item's table."""
    dates = [
        v.date() if isinstance(v, dt.datetime) else v
        for row in table.rows
        for v in row
        if isinstance(v, dt.date)
    ]
    return max(dates) if dates else FALLBACK_TODAY


def cf_scorer(example: Example) -> Callable[[str], tuple[bool, bool]]:
    """(valid, correct) for each candidate of one CF item."""
    gold = canonical_rule(example.code)
    if gold is None or not example.has_data_rows:
        return lambda code: (
            canonical_rule(code) is not None,
            gold is not None and canonical_rule(code) == gold,
        )
    table = benchmark_table(example)
    today = table_today(table)
    expected = highlighted_cells(parse_rule(gold), table, today)

    def score(code: str) -> tuple[bool, bool]:
        try:
            rule = parse_rule(code)
        except RuleSyntaxError:
            return False, False
        return True, highlighted_cells(rule, table, today) == expected

    return score


def bash_scorer(example: Example) -> Callable[[str], tuple[bool, bool]]:
    return lambda code: (
        code_metrics.bash_is_valid(code),
        code_metrics.bash_template_match(code, example.code),
    )


def python_scorer(example: Example) -> Callable[[str], tuple[bool, bool]]:
    return lambda code: (
        code_metrics.python_is_valid(code),
        code_metrics.python_exact_match(code, example.code),
    )


SCORERS = {"cf": cf_scorer, "bash": bash_scorer, "python": python_scorer}


def run_items(
    model: Model, examples: Sequence[Example], benchmark: Benchmark, top_k: int
) -> list[ItemResult]:
    results = []
    for example in examples:
        start = time.perf_counter()
        table = benchmark_table(example) if benchmark == "cf" else None
        candidates = [c.code for c in model.generate(example.utterance, top_k, table)]
        latency = (time.perf_counter() - start) * 1000
        score = SCORERS[benchmark](example)
        scored = [score(code) for code in candidates]
        results.append(
            ItemResult(example, candidates, [c for _, c in scored], [v for v, _ in scored], latency)
        )
    return results


def summarise(results: Sequence[ItemResult]) -> dict[str, Any]:
    """top-k hit rates and syntactic validity (of top-1 and of all candidates)."""
    n = len(results)
    all_valid = [v for r in results for v in r.valid]
    return {
        "n": n,
        **{f"top{k}": sum(r.hit_at(k) for r in results) / n if n else 0.0 for k in KS},
        "syntax_valid": sum(bool(r.valid[:1] and r.valid[0]) for r in results) / n if n else 0.0,
        "syntax_valid_all": sum(all_valid) / len(all_valid) if all_valid else 0.0,
    }


def evaluate(
    model: Model,
    benchmark: Benchmark,
    top_k: int = 5,
    limit: int | None = None,
    data_dir: str | None = None,
) -> dict[str, Any]:
    """Run a model over a benchmark's test split and report the metrics as one JSON object."""
    examples = load_examples(benchmark, "test", data_dir)[:limit]
    return report_of(model, benchmark, top_k, run_items(model, examples, benchmark, top_k))


def report_of(
    model: Model, benchmark: Benchmark, top_k: int, results: Sequence[ItemResult]
) -> dict[str, Any]:
    """The metrics of a finished run as one JSON object."""
    latencies = sorted(r.latency_ms for r in results)
    report: dict[str, Any] = {
        "benchmark": benchmark,
        "model": model.name,
        "top_k": top_k,
        **summarise(results),
        "not_in_train": summarise([r for r in results if not r.example.in_train]),
        "latency_ms": {
            "p50": statistics.median(latencies) if latencies else 0.0,
            "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0,
        },
    }
    if benchmark == "cf":
        report["with_data_rows"] = summarise([r for r in results if r.example.has_data_rows])
        report["header_only"] = summarise([r for r in results if not r.example.has_data_rows])
        report["gold_not_a_rule"] = sum(canonical_rule(r.example.code) is None for r in results)
    if benchmark == "bash":
        report["exact_top1"] = mean_of(
            code_metrics.bash_exact_match(r.candidates[0], r.example.code)
            for r in results
            if r.candidates
        )
    if benchmark in ("bash", "python"):  # BLEU of the top-1: a softer signal than a match
        top1 = [r.candidates[0] if r.candidates else "" for r in results]
        report["bleu"] = code_metrics.corpus_bleu(
            [code_metrics.code_tokens(c) for c in top1],
            [code_metrics.code_tokens(r.example.code) for r in results],
        )
    return report


def mean_of(values: Any) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
