"""Benchmark evaluation: CF execution match, Bash template match, Python exact match and BLEU.

CF (the CodeFusion paper's metric): on the 118 test items with data rows, a candidate is correct
when it highlights exactly the cells the gold rule highlights on the item's table; on the 60
header-only items, when its canonical text equals the gold's after alias normalisation. Gold codes
that are not rules ('', '--', ExcelScript) can never be matched and stay in the denominator. Two
other views beside it: the data items alone (`with_data_rows`), and every item executed
literally (`executed_literally`: a header-only table has no cell to format, so there every valid
rule does what the gold does).

Bash: NL2Bash's own protocol (`bash_metrics`): items grouped by normalised utterance, each group
scored once on its first item's candidates against all its golds, by template accuracy (`top1`
...), Template Match score (`tm_top1` ...) and exact match (`exact_top1` ...). Python: exact
match on tokens, BLEU and the parse rate (`syntax_valid`).

Every metric is also reported on the items (Bash: groups) whose gold code occurs in the train
split (`in_train`) and on the rest (`not_in_train`).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cf_excel.benchmarks import bash_metrics, metrics
from cf_excel.benchmarks.data import (
    Benchmark,
    Example,
    benchmark_table,
    load_examples,
    table_today,
)
from cf_excel.candidates import Candidate, Generator, Request, generate_candidates
from cf_excel.rules import canonical_rule, parse_rule
from cf_excel.rules.executor import highlighted_cells

KS = (1, 3, 5)


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


def cf_scorer(example: Example) -> Callable[[Candidate], bool]:
    """Whether a candidate of one CF item is correct: on an item with data rows, it formats the
    gold rule's cells (both executed as of the table's date); otherwise its canonical text is
    the gold's."""
    gold = canonical_rule(example.code)
    if gold is None:
        return lambda candidate: False
    if not example.has_data_rows:
        return lambda candidate: candidate.valid and candidate.code == gold
    table = benchmark_table(example)
    expected = highlighted_cells(parse_rule(gold), table, table_today(table))
    return lambda candidate: candidate.valid and candidate.cells == expected


def bash_scorer(example: Example) -> Callable[[Candidate], bool]:
    return lambda candidate: metrics.bash_template_match(candidate.code, example.code)


def python_scorer(example: Example) -> Callable[[Candidate], bool]:
    return lambda candidate: metrics.python_exact_match(candidate.code, example.code)


SCORERS = {"cf": cf_scorer, "bash": bash_scorer, "python": python_scorer}


def run_items(
    generator: Generator, examples: Sequence[Example], benchmark: Benchmark, top_k: int
) -> list[ItemResult]:
    """Each item's ranked candidates (through the same path as every user request) and their
    scores."""
    results = []
    for example in examples:
        request = Request(benchmark)
        if benchmark == "cf":
            table = benchmark_table(example)
            request = Request(benchmark, table, table_today(table))
        candidates, latency = generate_candidates(generator, example.utterance, request, top_k)
        correct = SCORERS[benchmark](example)
        results.append(
            ItemResult(
                example,
                [c.code for c in candidates],
                [correct(c) for c in candidates],
                [c.valid for c in candidates],
                latency,
            )
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
    generator: Generator,
    benchmark: Benchmark,
    top_k: int = 5,
    limit: int | None = None,
    data_dir: str | None = None,
) -> dict[str, Any]:
    """Run a generator over a benchmark's test split and report the metrics as one JSON object."""
    examples = load_examples(benchmark, "test", data_dir)[:limit]
    return report_of(generator, benchmark, top_k, run_items(generator, examples, benchmark, top_k))


def report_of(
    generator: Generator, benchmark: Benchmark, top_k: int, results: Sequence[ItemResult]
) -> dict[str, Any]:
    """The metrics of a finished run as one JSON object."""
    latencies = sorted(r.latency_ms for r in results)
    scored = bash_groups(results) if benchmark == "bash" else list(results)
    summary = bash_summary if benchmark == "bash" else summarise
    report: dict[str, Any] = {
        "benchmark": benchmark,
        "model": generator.name,
        "top_k": top_k,
        **summary(scored),
        "in_train": summary([r for r in scored if r.example.in_train]),
        "not_in_train": summary([r for r in scored if not r.example.in_train]),
        "latency_ms": {
            "p50": statistics.median(latencies) if latencies else 0.0,
            "p95": latencies[math.ceil(0.95 * len(latencies)) - 1] if latencies else 0.0,
        },
    }
    if benchmark == "cf":
        report["with_data_rows"] = summarise([r for r in results if r.example.has_data_rows])
        report["header_only"] = summarise([r for r in results if not r.example.has_data_rows])
        report["executed_literally"] = summarise(executed_literally(results))
        report["gold_not_a_rule"] = sum(canonical_rule(r.example.code) is None for r in results)
    if benchmark == "bash":
        report["n_items"] = len(results)
    if benchmark in ("bash", "python"):  # BLEU of each item's top-1: softer than a match
        top1 = [r.candidates[0] if r.candidates else "" for r in results]
        report["bleu"] = metrics.corpus_bleu(
            [metrics.code_tokens(c) for c in top1],
            [metrics.code_tokens(r.example.code) for r in results],
        )
    return report


def executed_literally(results: Sequence[ItemResult]) -> list[ItemResult]:
    """The CF results with header-only items scored by execution too: on a table without data
    rows every valid rule formats nothing, as the gold rule does, so every valid rule is right."""
    return [
        r
        if r.example.has_data_rows
        else replace(r, correct=[v and canonical_rule(r.example.code) is not None for v in r.valid])
        for r in results
    ]


def bash_groups(results: Sequence[ItemResult]) -> list[ItemResult]:
    """One result per NL2Bash group of items (`bash_metrics.utterance_key`): the first item's
    candidates, each scored against every gold of the group, its template match in `correct`
    and its TM and exact match in `notes`; a group is in train when one of its golds is."""
    groups: dict[str, list[ItemResult]] = {}
    for result in results:
        groups.setdefault(bash_metrics.utterance_key(result.example.utterance), []).append(result)
    return [group_result(members) for members in groups.values()]


def group_result(members: Sequence[ItemResult]) -> ItemResult:
    """A group's result: its first item's candidates against all its golds."""
    first = members[0]
    golds = [m.example.code for m in members]
    in_train = any(m.example.in_train for m in members)
    return replace(
        first,
        example=replace(first.example, in_train=in_train),
        correct=[bash_metrics.template_accuracy(c, golds) for c in first.candidates],
        notes={
            "golds": golds,
            "tm": [bash_metrics.template_match_score(c, golds) for c in first.candidates],
            "exact": [bash_metrics.exact_accuracy(c, golds) for c in first.candidates],
        },
    )


def bash_summary(groups: Sequence[ItemResult]) -> dict[str, Any]:
    """`summarise` of the groups, plus TM and exact match at each k."""
    return {
        **summarise(groups),
        **{
            f"tm_top{k}": mean_of(bash_metrics.best_of(g.notes["tm"], k) for g in groups)
            for k in KS
        },
        **{f"exact_top{k}": mean_of(any(g.notes["exact"][:k]) for g in groups) for k in KS},
    }


def mean_of(values: Any) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
