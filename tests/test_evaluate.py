"""The evaluation harness: CF execution match, header-only canonical match, report shape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from cf_excel.benchmarks.data import Example
from cf_excel.benchmarks.evaluate import (
    benchmark_table,
    cf_scorer,
    evaluate,
    run_items,
    summarise,
    table_today,
)
from cf_excel.baselines.retrieval import Candidate
from cf_excel.sheets.table import Table

TABLE = [["Name", "Score"], ["a", 10], ["b", 50], ["c", 90]]


class Fixed:
    """A model that answers with fixed candidates."""

    name = "fixed"

    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = list(codes)

    def generate(
        self, utterance: str, top_k: int = 5, table: Table | None = None
    ) -> list[Candidate]:
        return [Candidate(code, 1.0) for code in self.codes[:top_k]]


@pytest.mark.parametrize(
    ("gold", "candidate", "valid", "correct"),
    [
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], 45)", True, True),  # same cells
        ("GreaterThan(c[1], 40)", "Top(c[1], 2)", True, True),
        ("GreaterThan(c[1], 40)", "GreaterThan(40)", True, True),  # text column has no numbers
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], 60)", True, False),
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], ", False, False),
        ("TextEquals(c[0], 'a')", "TextContains(c[0], 'A')", True, True),
    ],
)
def test_execution_match_on_data(gold: str, candidate: str, valid: bool, correct: bool) -> None:
    score = cf_scorer(Example(1, "", gold, TABLE))
    assert score(candidate) == (valid, correct)


@pytest.mark.parametrize(
    ("gold", "candidate", "correct"),
    [
        ("top(10)", "Top(10)", True),
        ("Duplicate()", "Duplicates()", True),
        ("TextEquals(Movies)", "TextEquals('Movies')", True),
        ("Between(1,10)", "Between(1, 11)", False),
        ("--", "--", False),  # a gold that is no rule matches nothing
    ],
)
def test_canonical_match_on_header_only_items(gold: str, candidate: str, correct: bool) -> None:
    score = cf_scorer(Example(1, "", gold, [["Index", "Value"]]))
    assert score(candidate)[1] is correct


def test_index_column_is_not_part_of_the_selection() -> None:
    table = benchmark_table(Example(1, "", "", [["Index", "Value"], [0, "5"]]))
    assert table.selection == (1,)


def test_table_today_is_the_latest_date() -> None:
    table = benchmark_table(Example(1, "", "", [["Date"], ["2022-12-06"], ["2022-11-21"]]))
    assert table_today(table) == dt.date(2022, 12, 6)


def test_top_k_counts_the_first_hit() -> None:
    examples = [Example(1, "", "GreaterThan(c[1], 40)", TABLE)]
    results = run_items(Fixed(["Blanks()", "x(", "Top(c[1], 2)"]), examples, "cf", top_k=5)
    summary = summarise(results)
    assert (summary["top1"], summary["top3"], summary["top5"]) == (0.0, 1.0, 1.0)
    assert summary["syntax_valid"] == 1.0
    assert summary["syntax_valid_all"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("benchmark", ["cf", "bash", "python"])
def test_report_has_the_promised_keys(benchmark: str) -> None:
    report = evaluate(Fixed(["ls", "x = 1"]), benchmark, top_k=5, limit=7)  # type: ignore[arg-type]
    assert report["benchmark"] == benchmark and report["model"] == "fixed" and report["n"] == 7
    for key in ("top1", "top3", "top5", "syntax_valid"):
        assert 0.0 <= report[key] <= 1.0
    assert report["not_in_train"]["n"] <= 7
    assert ("bleu" in report) == (benchmark != "cf")
    assert ("exact_top1" in report) == (benchmark == "bash")
