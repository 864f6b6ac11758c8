"""What a user is shown: a candidate's sentence and its JSON, for rules and for programs."""

from __future__ import annotations

import datetime as dt

from cf_excel.candidates import Request, ranked, rule_candidate
from cf_excel.excel.formats import format_from_text
from cf_excel.replies import candidate_json, generate_reply, sentence
from cf_excel.sheets.table import Table
from tests.support import TODAY, FixedGenerator


def test_a_rule_in_words_with_its_format_and_rows(sales_table: Table) -> None:
    request = Request("cf", sales_table, TODAY, format_from_text("bold red"))
    candidate = rule_candidate("GreaterThan(c[2], 100)", 0.0, request)
    assert sentence(candidate) == "Sales is greater than 100 → bold text on red fill (2 rows match)"


def test_a_rule_that_does_not_parse_says_why(sales_table: Table) -> None:
    candidate = rule_candidate("Oops((", -1.0, Request("cf", sales_table, TODAY))
    assert sentence(candidate).startswith("Oops((  (invalid: ")
    shown = candidate_json(candidate)
    assert (shown["valid"], shown["cells"], shown["excel"], shown["officejs"]) == (
        False,
        [],
        None,
        None,
    )


def test_rule_json_carries_what_the_task_pane_applies(sales_table: Table) -> None:
    candidate = rule_candidate("GreaterThan(c[2], 100)", -0.5, Request("cf", sales_table, TODAY))
    shown = candidate_json(candidate)
    assert shown["rule"] == "GreaterThan(c[2], 100)"
    assert (shown["cells"], shown["rows"], shown["applies_to"]) == (["C2", "C5"], 2, ["C2:C7"])
    assert shown["excel"]["sqref"] == "C2:C7" and shown["officejs"] is not None
    assert shown["sentence"] == sentence(candidate)


def test_program_reply_names_the_requests_target() -> None:
    generator = FixedGenerator({"list": "ls -la"})
    request = Request("bash")
    found = ranked(generator.propose("list files", 5, None), request, 5)
    reply = generate_reply("list files", request, generator, found, 12.345)
    assert reply == {
        "text": "list files",
        "target": "bash",
        "model": "fixed",
        "steps": None,
        "latency_ms": 12.35,
        "candidates": [{"code": "ls -la", "score": 0.0, "valid": True}],
    }


def test_rule_reply_names_the_sheet_range_and_header(sales_table: Table) -> None:
    request = Request("cf", sales_table, dt.date(2024, 3, 15))
    reply = generate_reply("big", request, FixedGenerator({}), [], 1.0, sheet_name="Sales")
    assert (reply["range"], reply["header"][:2], reply["sheet"]) == (
        "A1:E7",
        ["Product", "Region"],
        "Sales",
    )


def test_a_candidate_warns_about_dates_stored_as_text() -> None:
    """Under the sentence (command line) and as the `warnings` list (JSON, the task pane)."""
    from cf_excel.replies import sentence_and_warnings
    from cf_excel.sheets.values import table_from_grid

    grid = [["Item", "Due"], ["Pen", dt.date(2024, 3, 1)], ["Ink", "2024-03-02"]]
    table = table_from_grid(grid, strings="stored")
    candidate = rule_candidate("BeforeToday(c[1])", 0.0, Request("cf", table, TODAY))
    warning = (
        "1 date in Due is text, so this rule cannot colour it: convert it to a date "
        "(Data ▸ Text to Columns) or retype it"
    )
    assert candidate_json(candidate)["warnings"] == [warning]
    assert sentence_and_warnings(candidate).splitlines() == [
        sentence(candidate),
        f"   warning: {warning}",
    ]
    clean = rule_candidate("BeforeToday(c[1])", 0.0, Request("cf", table_from_grid(grid), TODAY))
    assert candidate_json(clean)["warnings"] == [] and clean.rows == 2
