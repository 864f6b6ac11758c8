"""The one path from proposals to ranked candidates: parse and execute once, as of the request's
date; merge what does the same; rank valid, then cell-formatting, then probable answers first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from cf_excel import candidates
from cf_excel.benchmarks.requests import evaluate_requests
from cf_excel.candidates import (
    Proposal,
    Request,
    generate_candidates,
    log_sum_exp,
    ranked,
    rule_candidate,
)
from cf_excel.cli import main
from cf_excel.codefusion.confidence import MARGIN_CAP, Calibration, Features
from cf_excel.generators import load_generator
from cf_excel.server.app import create_app
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from tests.support import FixedGenerator

ORDERS_TODAY = dt.date(2023, 6, 15)
ORDER_DATES = [
    dt.date(2023, 5, 3),
    dt.date(2023, 5, 28),
    dt.date(2023, 6, 2),
    dt.date(2023, 6, 14),
    dt.date(2023, 4, 20),
    dt.date(2023, 6, 20),
    dt.date(2023, 3, 1),
    dt.date(2023, 5, 15),
]


def orders_grid() -> list[list[object]]:
    header: list[object] = ["Order", "Order Date", "Customer", "Amount"]
    rows: list[list[object]] = [
        [f"SO-{n:03}", day, ["Acme", "Birch", "Cobalt"][n % 3], 100 * n]
        for n, day in enumerate(ORDER_DATES, 1)
    ]
    return [header, *rows]


@pytest.fixture
def orders() -> Table:
    return table_from_grid(orders_grid())


@pytest.fixture
def orders_workbook(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Orders"
    for row in orders_grid():
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    workbook.save(path)
    return path


def test_date_rules_are_judged_as_of_the_request_date(orders: Table) -> None:
    """The bug this path fixed: judged by the wall clock, `LastMonth` formats nothing on a 2023
    table and fell below a less probable rule that formats something."""
    proposals = [Proposal("LastMonth(c[1])", 5.9), Proposal("OlderThan(c[1], 1)", -33.7)]
    best = ranked(proposals, Request("cf", orders, ORDERS_TODAY), top_k=2)
    assert [c.code for c in best] == ["LastMonth(c[1])", "OlderThan(c[1], 1)"]
    assert best[0].addresses == ["B2", "B3", "B9"]  # May 3, May 28, May 15


def test_a_given_rule_is_one_candidate(orders: Table) -> None:
    candidate = rule_candidate("lastmonth( c[1] )", 1.0, Request("cf", orders, ORDERS_TODAY))
    assert (candidate.code, candidate.valid, candidate.rows) == ("LastMonth(c[1])", True, 3)
    assert candidate.excel is not None and candidate.excel.sqref == "B2:B9"
    assert candidate.description == "Order Date is last month"


def test_same_cells_merge_and_sum_their_probability(sales_table: Table) -> None:
    """`Top(c[2], 1)` and `GreaterThan(c[2], 200)` both format Sales = 300: one answer, scored
    by the log of the summed probability, shown as its more probable member."""
    proposals = [
        Proposal("GreaterThan(c[2], 200)", math.log(0.2)),
        Proposal("Top(c[2], 1)", math.log(0.3)),
        Proposal("LessThan(c[2], 100)", math.log(0.4)),
    ]
    best = ranked(proposals, Request("cf", sales_table, dt.date(2024, 3, 15)), top_k=5)
    assert [c.code for c in best] == ["Top(c[2], 1)", "LessThan(c[2], 100)"]
    assert best[0].score == pytest.approx(math.log(0.5))


def test_seeds_that_agree_merge_and_valid_rules_come_first() -> None:
    proposals = [
        Proposal("Top(3)", -2.0),
        Proposal("x(", -0.1),
        Proposal("Top(3)", -1.0),
        Proposal("Top(1)", -3.0),
    ]
    merged = math.log(math.exp(-2.0) + math.exp(-1.0))  # both seeds' probability counts
    assert [(c.code, c.score, c.valid) for c in ranked(proposals, Request(), 5)] == [
        ("Top(3)", pytest.approx(merged), True),
        ("Top(1)", -3.0, True),
        ("x(", -0.1, False),
    ]


def test_an_answer_many_seeds_agree_on_outranks_a_one_off() -> None:
    agreed = [Proposal("Top(3)", -1.2)] * 3
    best = ranked([Proposal("Top(1)", -1.0), *agreed], Request(), 2)
    assert [c.code for c in best] == ["Top(3)", "Top(1)"]


def test_similarity_scores_keep_the_best_member(sales_table: Table) -> None:
    proposals = [Proposal("GreaterThan(c[2], 200)", 0.7), Proposal("Top(c[2], 1)", 0.6)]
    best = ranked(proposals, Request("cf", sales_table), top_k=5, scores="similarity")
    assert [(c.code, c.score) for c in best] == [("GreaterThan(c[2], 200)", 0.7)]


def test_invalid_last_then_those_formatting_nothing(sales_table: Table) -> None:
    proposals = [
        Proposal("Oops((", 0.0),
        Proposal("GreaterThan(c[2], 10000)", -1.0),  # formats nothing
        Proposal("GreaterThan(c[2], 100)", -5.0),
    ]
    best = ranked(proposals, Request("cf", sales_table), top_k=5)
    assert [c.code for c in best] == [
        "GreaterThan(c[2], 100)",
        "GreaterThan(c[2], 10000)",
        "Oops((",
    ]
    assert best[-1].error is not None and "Oops" in best[-1].error
    assert not best[-1].valid and best[-1].cells == frozenset()


def test_a_reading_formatting_nothing_is_followed_by_its_looser_rules(sales_table: Table) -> None:
    """No Sales over 1000 in the North: leaving that test out formats the North rows, offered
    at a share (LOOSER) of the reading's probability; the ORed tests format the same rows and
    merge with it, and the other looser rule formats nothing (the same answer as the rule)."""
    empty = "Rows(AND(TextEquals(c[1], 'North'), GreaterThan(c[2], 1000)))"
    reading = Proposal(empty, -1.0, reading=1.0)
    best = ranked([reading], Request("cf", sales_table, dt.date(2024, 3, 15)), 5)
    assert [(c.code, c.rows) for c in best] == [
        ("Rows(TextEquals(c[1], 'North'))", 2),
        (empty, 0),
    ]
    looser = candidates.LOOSER
    assert best[0].score == pytest.approx(-1.0 + math.log(looser + looser**3))


def test_a_sample_formatting_nothing_is_not_loosened(sales_table: Table) -> None:
    sample = Proposal("Rows(AND(TextEquals(c[1], 'North'), GreaterThan(c[2], 1000)))", -1.0)
    best = ranked([sample], Request("cf", sales_table, dt.date(2024, 3, 15)), 5)
    assert [c.code for c in best] == [sample.code]


def test_without_data_rows_equal_texts_merge() -> None:
    header_only = table_from_grid([["Index", "Value"]])
    proposals = [Proposal("GreaterThan(5)", -1.0), Proposal("GreaterThan( 5 )", -1.0)]
    best = ranked(proposals, Request("cf", header_only), top_k=5)
    assert [c.code for c in best] == ["GreaterThan(5)"]
    assert best[0].score == pytest.approx(-1.0 + math.log(2))


def test_each_distinct_rule_is_parsed_and_executed_once(
    sales_table: Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    execute = candidates.highlighted_cells

    def counted(rule: object, table: Table, today: dt.date) -> frozenset[tuple[int, int]]:
        calls.append(str(rule))
        return execute(rule, table, today)  # type: ignore[arg-type]

    monkeypatch.setattr(candidates, "highlighted_cells", counted)
    proposals = [Proposal("Top(c[2], 1)", -1.0)] * 6 + [Proposal("Bottom(c[2], 1)", -2.0)] * 3
    best = ranked(proposals, Request("cf", sales_table), top_k=5)
    assert len(calls) == 2
    assert [c.code for c in best] == ["Top(c[2], 1)", "Bottom(c[2], 1)"]


def test_programs_are_checked_by_their_parsers() -> None:
    proposals = [Proposal("find . -name '*.txt' |", 0.0), Proposal("ls -la", -1.0)]
    best = ranked(proposals, Request("bash"), top_k=5)
    assert [(c.code, c.valid) for c in best] == [
        ("ls -la", True),
        ("find . -name '*.txt' |", False),
    ]
    unconstrained = ranked(proposals, Request("bash"), top_k=5, valid_first=False)
    assert [c.code for c in unconstrained] == ["find . -name '*.txt' |", "ls -la"]


def test_generate_candidates_times_the_whole_path(sales_table: Table) -> None:
    generator = FixedGenerator({"big": "GreaterThan(c[2], 100)"}, delay_s=0.05)
    found, latency = generate_candidates(generator, "big sales", Request("cf", sales_table))
    assert [c.code for c in found] == ["GreaterThan(c[2], 100)"]
    assert latency >= 50


def test_log_sum_exp() -> None:
    assert log_sum_exp([math.log(0.25), math.log(0.5)]) == pytest.approx(math.log(0.75))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "rule"),
    [("orders placed last month", "LastMonth(c[1])"), ("dates this month", "ThisMonth(c[1])")],
)
def test_cli_api_and_eval_agree_on_a_2023_table(
    text: str,
    rule: str,
    orders: Table,
    orders_workbook: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The shipped model on a 2023 order table with today = 2023-06-15: the right date rule
    first, whichever way the request comes in."""
    argv = ["generate", text, "--sheet", str(orders_workbook), "--today", "2023-06-15"]
    assert main([*argv, "--json", "--model", "codefusion"]) == 0
    cli = json.loads(capsys.readouterr().out)["candidates"]

    generator = load_generator("codefusion")
    client = create_app({"LOAD_GENERATOR": lambda target: generator}).test_client()
    upload = {"workbook": (io.BytesIO(orders_workbook.read_bytes()), "orders.xlsx")}
    selection = client.post("/api/read-xlsx", data=upload).get_json()  # as Office.js gives it
    payload = {key: selection[key] for key in ("values", "address", "number_formats")}
    reply = client.post("/api/generate", json={"text": text, "today": "2023-06-15", **payload})
    assert reply.status_code == 200, reply.get_json()
    api = reply.get_json()["candidates"]

    spec = tmp_path / "requests.yaml"
    spec.write_text(
        f"built: 2023-06-15\nrequests:\n  - sheet: {orders_workbook.name}\n"
        f"    text: {text}\n    rule: {rule}\n",
        encoding="utf-8",
    )
    report = evaluate_requests(generator, spec)

    assert cli[0]["rule"] == api[0]["rule"] == report["items"][0]["candidates"][0] == rule
    assert [c["rule"] for c in cli] == [c["rule"] for c in api]
    assert report["top1"] == 1.0


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            "GreaterThan(c[40], 3)",
            "it names column c[40], but the table has 5 columns, c[0] to c[4]: "
            "Product, Region, Sales, Due, Score",
        ),
        (
            "$C2>$H$1",
            "it reads column H ($H$1), outside the table A1:E7 (columns A to E: "
            "Product, Region, Sales, Due, Score)",
        ),
        ("SHEET2!$A$1>5", "it reads SHEET2!$A$1 on another sheet"),
        (
            "Columns(c[3]:c[6], Blanks())",
            "it spans columns c[3]:c[6], but the table has 5 columns, c[0] to c[4]: ",
        ),
        ("Columns(c[7], Top(1))", "it spans columns c[7], but the table has 5 columns"),
        ("Columns(c[3]:c[4], E2>1)", "applied to columns D to E, E2 shifts with each column"),
    ],
)
def test_a_rule_naming_a_column_the_table_lacks_is_invalid(
    sales_table: Table, code: str, message: str
) -> None:
    """Excel would read cells the preview cannot see: the candidate says so and ranks after the
    valid ones, whoever proposed it (a user, the model)."""
    candidate = rule_candidate(code, 0.0, Request("cf", sales_table, dt.date(2024, 3, 15)))
    assert (candidate.valid, candidate.cells, candidate.excel) == (False, frozenset(), None)
    assert candidate.error is not None and candidate.error.startswith(message)
    best = ranked(
        [Proposal(code, 0.0), Proposal("Top(c[2], 1)", -5.0)], Request("cf", sales_table), 2
    )
    assert [c.valid for c in best] == [True, False]


def test_a_rule_may_read_a_cell_beside_the_table_on_its_own_sheet(sales_table: Table) -> None:
    """`Sales!$H$1` names the table's sheet: a limit typed beside the table, read with it."""
    table = dataclasses.replace(sales_table, sheet="Sales", surroundings=(((1, 8), 200.0),))
    request = Request("cf", table, dt.date(2024, 3, 15))
    candidate = rule_candidate("GreaterThan(c[2], Sales!$H$1)", 0.0, request, generated=True)
    sales = [row[2] for row in table.rows]
    assert candidate.valid and candidate.code == "GreaterThan(c[2], Sales!$H$1)"
    assert candidate.cells == {
        (r, 2) for r, v in enumerate(sales) if isinstance(v, float) and v > 200
    }
    assert candidate.cells
    other = rule_candidate("GreaterThan(c[2], Stock!$H$1)", 0.0, request, generated=True)
    assert not other.valid and "another sheet" in (other.error or "")


def test_a_generated_rule_is_placed_where_the_table_sits() -> None:
    """A generator writes `Columns(c[2], $C2>$B2*0.9)` for a table at A1 (Actual against
    Budget): ranked on a table whose header is at C5, it reads E and D there and says so; a
    user's rule is in the sheet's letters as given."""
    grid: list[list[object]] = [["Name", "Budget", "Actual"], ["a", 100, 95], ["b", 200, 150]]
    for origin, code in [
        ((1, 1), "Columns(c[2], $C2>$B2*0.9)"),
        ((5, 3), "Columns(c[2], $E6>$D6*0.9)"),
    ]:
        table = table_from_grid(grid, origin=origin)
        (best,) = ranked([Proposal("Columns(c[2], $C2>$B2*0.9)", 0.0)], Request("cf", table), 1)
        assert (best.valid, best.cells, best.code) == (True, {(0, 2)}, code)
        given = rule_candidate(code, 0.0, Request("cf", table))
        assert (given.valid, given.cells) == (True, {(0, 2)})


# The users' reports (issue 17): a text compared with a column that does not hold it.
REGIONS = table_from_grid(
    [["Task", "Region", "Amount"], ["Ship", "North", -5], ["Pack", "South", 12], ["Bill", "", 3]]
)


def test_a_rule_on_a_word_the_column_does_not_hold_is_never_offered() -> None:
    """ "negative values" → `LessThan(Region, 'negative')` is dropped, "Task is Task" too; the
    grounded answer stays, its share counting the dropped proposals' probability."""
    proposals = [
        Proposal("LessThan(c[1], 'negative')", math.log(0.5)),
        Proposal("TextEquals(c[0], 'Task')", math.log(0.2)),
        Proposal("LessThan(c[2], 0)", math.log(0.3)),
    ]
    (left,) = ranked(proposals, Request("cf", REGIONS), 5, utterance="highlight negative values")
    assert left.code == "LessThan(c[2], 0)"
    assert left.features is not None and left.features.share == pytest.approx(0.3)
    assert left.features.agreement == pytest.approx(1 / 3)


def test_when_every_rule_is_dropped_none_is_left() -> None:
    proposals = [Proposal("LessThanEqual(c[0], '🔥🔥🔥')", 0.0)]
    assert ranked(proposals, Request("cf", REGIONS), 5, utterance="🔥🔥🔥") == []


def test_each_answer_gets_its_features_and_confidence() -> None:
    """Share of all samples, agreement, rank, margin to the runner-up, what the request names
    and says; an invalid answer is 0% sure; the calibration given maps the features."""
    proposals = [
        Proposal("GreaterThan(c[2], 10)", math.log(0.4)),
        Proposal("GreaterThan(c[2], 10)", math.log(0.2)),
        Proposal("LessThan(c[2], 0)", math.log(0.3)),
        Proposal("Oops((", math.log(0.1)),
    ]
    calibration = Calibration({"share": 4.0}, -2.0, 0.5)
    best, second, broken = ranked(
        proposals, Request("cf", REGIONS), 5, utterance="amounts over 10", calibration=calibration
    )
    assert best.features == Features(
        share=pytest.approx(0.6), agreement=0.5, first=1.0,  # type: ignore[arg-type]
        margin=pytest.approx(math.log(0.6 / 0.3)),  # type: ignore[arg-type]
        columns_named=1.0, literals_copied=1.0, columns_unused=0.0, formats_nothing=0.0,
    )  # fmt: skip
    assert best.confidence == pytest.approx(1 / (1 + math.exp(-(4.0 * 0.6 - 2.0))))
    assert second.features is not None and second.features.first == 0.0
    assert second.features.margin == pytest.approx(-math.log(2))
    assert (second.features.columns_named, second.features.literals_copied) == (1.0, 0.0)
    assert (broken.valid, broken.confidence, broken.features) == (False, 0.0, None)


def test_a_lone_answer_without_a_calibration_is_its_share() -> None:
    """Its runner-up is every other proposal together: none (sure), or a dropped one."""
    (only,) = ranked([Proposal("GreaterThan(c[2], 10)", -3.0)], Request("cf", REGIONS), 5)
    assert only.confidence == 1.0 and only.features is not None
    assert only.features.margin == MARGIN_CAP
    dropped = Proposal("TextEquals(c[1], 'nowhere')", math.log(0.9))
    proposals = [Proposal("GreaterThan(c[2], 10)", math.log(0.1)), dropped]
    (left,) = ranked(proposals, Request("cf", REGIONS), 5, utterance="nowhere")
    assert left.confidence == pytest.approx(0.1) and left.features is not None
    assert left.features.margin == pytest.approx(math.log(0.1 / 0.9))


def test_generate_candidates_uses_the_generators_calibration(sales_table: Table) -> None:
    generator = SureOf({"big": "GreaterThan(c[2], 100)", "dup": "Duplicates(c[1])"})
    found, _ = generate_candidates(generator, "big dup", Request("cf", sales_table))
    assert [round(c.confidence, 3) for c in found] == [0.731, 0.731]  # σ(2 · 0.5)


@dataclass
class SureOf(FixedGenerator):
    """The fixed generator with a calibration of its own: σ(2 · share)."""

    calibration: Calibration = field(default_factory=lambda: Calibration({"share": 2.0}))
