"""The evaluation harness: CF execution match (as of the item's table date), header-only
canonical match and the two other CF views, Bash and Python scorers, NL2Bash's groups, top-k
counting after ranking, and the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from cf_excel.benchmarks.data import (
    FALLBACK_TODAY,
    Benchmark,
    Example,
    benchmark_table,
    load_examples,
    table_today,
)
from cf_excel.benchmarks.evaluate import (
    ItemResult,
    bash_scorer,
    cf_scorer,
    evaluate,
    python_scorer,
    report_of,
    run_items,
    summarise,
)
from cf_excel.candidates import Candidate, Proposal, Request, rule_candidate
from cf_excel.sheets.table import Table
from tests.support import FixedGenerator

TABLE = [["Name", "Score"], ["a", 10], ["b", 50], ["c", 90]]


class Scripted:
    """A generator that answers its n-th request with the n-th list of (code, score): the
    benchmark items' order, so a test decides what each item gets."""

    name = "scripted"
    target = "cf"
    scores = "log_prob"
    constrained = True
    steps = None

    def __init__(self, answers: Sequence[Sequence[tuple[str, float]]]) -> None:
        self.answers = list(answers)
        self.tables: list[Table | None] = []

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        self.tables.append(table)
        return [Proposal(code, score) for code, score in self.answers.pop(0)]


def executed(code: str, example: Example) -> Candidate:
    """A CF candidate as run_items makes it: executed on the item's table as of its date."""
    table = benchmark_table(example)
    return rule_candidate(code, 0.0, Request("cf", table, table_today(table)))


@pytest.mark.parametrize(
    ("gold", "candidate", "valid", "correct"),
    [
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], 45)", True, True),  # same cells
        ("GreaterThan(c[1], 40)", "Top(c[1], 2)", True, True),
        ("GreaterThan(c[1], 40)", "GreaterThan(40)", True, True),  # text column has no numbers
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], 60)", True, False),
        ("GreaterThan(c[1], 40)", "GreaterThan(c[1], ", False, False),
        ("TextEquals(c[0], 'a')", "TextContains(c[0], 'A')", True, True),
        ("--", "GreaterThan(c[1], 40)", True, False),  # a gold that is no rule matches nothing
    ],
)
def test_execution_match_on_data(gold: str, candidate: str, valid: bool, correct: bool) -> None:
    example = Example(1, "", gold, TABLE)
    checked = executed(candidate, example)
    assert (checked.valid, cf_scorer(example)(checked)) == (valid, correct)


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
    example = Example(1, "", gold, [["Index", "Value"]])
    assert cf_scorer(example)(executed(candidate, example)) is correct


def test_bash_and_python_scorers_use_their_metrics() -> None:
    bash = bash_scorer(Example(1, "", "find . -name '*.txt'"))
    assert bash(Candidate("find /tmp -name x", 0.0, True))  # the same template
    assert not bash(Candidate("find . -iname '*.txt'", 0.0, True))
    python = python_scorer(Example(1, "", "f(a, b)"))
    assert python(Candidate("f(a,b)  # same tokens", 0.0, True))
    assert not python(Candidate("f(b, a)", 0.0, True))


def test_index_column_is_not_part_of_the_selection() -> None:
    table = benchmark_table(Example(1, "", "", [["Index", "Value"], [0, "5"]]))
    assert table.selection == (1,)


def test_table_today_is_the_latest_date() -> None:
    table = benchmark_table(Example(1, "", "", [["Date"], ["2022-12-06"], ["2022-11-21"]]))
    assert table_today(table) == dt.date(2022, 12, 6)
    assert table_today(benchmark_table(Example(1, "", "", TABLE))) == FALLBACK_TODAY


def test_top_k_counts_the_first_hit_after_ranking() -> None:
    examples = [Example(1, "", "GreaterThan(c[1], 40)", TABLE)]
    generator = Scripted([[("GreaterThan(c[1], 80)", -0.1), ("x(", 0.0), ("Top(c[1], 2)", -0.2)]])
    results = run_items(generator, examples, "cf", top_k=5)
    # valid first, each group by score: the wrong rule, then the hit, then the one that fails
    assert results[0].candidates == ["GreaterThan(c[1], 80)", "Top(c[1], 2)", "x("]
    assert results[0].correct == [False, True, False]
    summary = summarise(results)
    assert (summary["top1"], summary["top3"], summary["top5"]) == (0.0, 1.0, 1.0)
    assert summary["syntax_valid"] == 1.0
    assert summary["syntax_valid_all"] == pytest.approx(2 / 3)


def test_items_are_executed_as_of_their_tables_date() -> None:
    """Both dates are before the real today, but only one before the table's latest date."""
    grid = [["Due"], ["2022-12-06"], ["2022-11-21"]]
    examples = [Example(1, "overdue", "BeforeToday(c[0])", grid)]
    generator = Scripted([[("BeforeToday(c[0])", 0.0)]])
    results = run_items(generator, examples, "cf", top_k=5)
    assert results[0].correct == [True]
    assert generator.tables[0] is not None and generator.tables[0].header == ("Due",)


def test_bash_and_python_items_come_without_a_table() -> None:
    generator = Scripted([[("ls -la ~", 0.0), ("ls |", 0.5)]])
    results = run_items(generator, [Example(1, "list", "ls -la /tmp")], "bash", top_k=5)
    assert generator.tables == [None]
    assert results[0].candidates == ["ls -la ~", "ls |"]  # parser-checked first (constrained)
    assert results[0].valid == [True, False] and results[0].correct == [True, False]


WRONG = {"cf": "Blanks()", "bash": "ls -la", "python": "x = 1"}


@pytest.mark.parametrize(
    ("benchmark", "not_in_train", "extra"),
    [
        ("cf", 6, {"gold_not_a_rule": 0, "with_data_rows": 0, "header_only": 7}),
        ("bash", 6, {"exact_top1": 3 / 7, "bleu": 0.6294918}),
        ("python", 7, {"bleu": 0.2305246}),
    ],
)
def test_report_of_the_first_seven_items(
    data_dir: Path, benchmark: Benchmark, not_in_train: int, extra: dict[str, float]
) -> None:
    """Gold code first on three items, second (behind a wrong one) on a fourth, never after."""
    gold = [e.code for e in load_examples(benchmark, "test", data_dir)[:7]]
    wrong = (WRONG[benchmark], -0.5)
    answers = [[(gold[0], -1.0)], [(gold[1], -1.0)], [(gold[2], -1.0)], [wrong, (gold[3], -1.0)]]
    answers += [[wrong]] * 3
    report = evaluate(Scripted(answers), benchmark, top_k=5, limit=7, data_dir=str(data_dir))
    assert (report["benchmark"], report["model"], report["top_k"], report["n"]) == (
        benchmark, "scripted", 5, 7,
    )  # fmt: skip
    assert (report["top1"], report["top3"], report["top5"]) == pytest.approx((3 / 7, 4 / 7, 4 / 7))
    assert (report["syntax_valid"], report["syntax_valid_all"]) == (1.0, 1.0)
    assert report["not_in_train"]["n"] == not_in_train
    assert report["in_train"]["n"] == 7 - not_in_train
    assert set(report["latency_ms"]) == {"p50", "p95"}
    for key, value in extra.items():
        found = report[key]["n"] if isinstance(report[key], dict) else report[key]
        assert found == pytest.approx(value), key
    assert ("bleu" in report) == (benchmark != "cf")
    assert ("exact_top1" in report) == (benchmark == "bash")


def test_bash_report_scores_nl2bash_groups() -> None:
    """Items of one normalised utterance count once, on the first item's candidates against
    every gold of the group; template accuracy, TM and exact match at each k; both subsets."""
    examples = [
        Example(1, "List all the files.", "ls -l /tmp", in_train=True),
        Example(2, "list all files", "ls -a -l ~"),
        Example(3, "count lines in a file", "wc -l f"),
    ]
    answers = [[("ls -al /home", 0.0)], [("date", 0.0)], [("cat f", -1.0), ("wc -l f", -2.0)]]
    generator = Scripted(answers)
    report = report_of(generator, "bash", 5, run_items(generator, examples, "bash", top_k=5))
    assert (report["n"], report["n_items"]) == (2, 3)
    # the first group: `ls -a -l ARG` is the second gold's template (TM 1), not the first's
    assert (report["top1"], report["top3"]) == (0.5, 1.0)
    assert (report["tm_top1"], report["tm_top3"], report["tm_top5"]) == (0.5, 1.0, 1.0)
    assert (report["exact_top1"], report["exact_top3"]) == (0.0, 0.5)
    seen, unseen = report["in_train"], report["not_in_train"]
    assert (seen["n"], seen["top1"], seen["tm_top1"]) == (1, 1.0, 1.0)
    assert (unseen["n"], unseen["top1"], unseen["tm_top1"], unseen["tm_top3"]) == (1, 0, 0, 1)
    assert "bleu" in report and "executed_literally" not in report


def test_cf_views_execute_header_only_items_literally() -> None:
    """On a header-only table every valid rule formats nothing, as the gold does: executed
    literally, each counts; a gold that is no rule still matches nothing."""
    header_only = [["Index", "Value"]]
    examples = [
        Example(1, "", "GreaterThan(c[1], 40)", TABLE),
        Example(2, "", "Top(10)", header_only),
        Example(3, "", "--", header_only),
    ]
    generator = Scripted([[("Top(c[1], 1)", 0.0)], [("Duplicates()", 0.0)], [("Blanks()", 0.0)]])
    report = report_of(generator, "cf", 5, run_items(generator, examples, "cf", top_k=5))
    assert report["top1"] == 0.0
    assert report["executed_literally"]["top1"] == pytest.approx(1 / 3)
    assert (report["with_data_rows"]["n"], report["with_data_rows"]["top1"]) == (1, 0.0)
    assert report["header_only"]["n"] == 2 and "tm_top1" not in report


@pytest.mark.parametrize(("latencies", "p50", "p95"), [([1.0, 2.0], 1.5, 2.0), ([5.0], 5.0, 5.0)])
def test_latency_percentiles_are_nearest_rank(
    latencies: list[float], p50: float, p95: float
) -> None:
    """p95 of two runs is the slower one (it used to come out below the median)."""
    results = [ItemResult(Example(n, "", "ls"), [], [], [], ms) for n, ms in enumerate(latencies)]
    report = report_of(FixedGenerator({}, target="bash"), "bash", 5, results)
    assert report["latency_ms"] == {"p50": p50, "p95": p95}
