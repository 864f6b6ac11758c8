"""What a user is shown: a candidate's sentence and its JSON, for rules and for programs, and
whether it is answered at all (not sure: why, and the closest answers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from cf_excel.candidates import Candidate, Request, generate_candidates, ranked, rule_candidate
from cf_excel.codefusion.confidence import Calibration
from cf_excel.excel.formats import format_from_text
from cf_excel.replies import (
    Verdict,
    candidate_json,
    generate_reply,
    percent,
    sentence,
    verdict,
)
from cf_excel.sheets.table import Table
from tests.support import TODAY, FixedGenerator, bash_reply, listing


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
    # Bash and Python answers are shown, never doubted
    assert reply == bash_reply("list files", 12.35, listing())


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


def unsure_of(sales_table: Table, text: str, threshold: float) -> list[Candidate]:
    """The fixed generator's three rules ranked: each a third of the samples."""
    generator = FixedGenerator(
        {"big": "GreaterThan(c[2], 100)", "dup": "Duplicates(c[1])", "late": "Top(c[4], 1)"}
    )
    calibration = Calibration(threshold=threshold)
    return ranked(
        generator.propose(text, 5, sales_table), Request("cf", sales_table, TODAY), 5,
        utterance=text, calibration=calibration,
    )  # fmt: skip


def test_a_sure_answer_is_answered(sales_table: Table) -> None:
    assert verdict(unsure_of(sales_table, "big dup late", 0.3), 0.3) == Verdict()


def test_below_the_threshold_it_is_not_sure_and_offers_the_closest(sales_table: Table) -> None:
    found = unsure_of(sales_table, "big dup late sales over 100", 0.5)
    answer = verdict(found, 0.5)
    assert (answer.abstained, answer.reason) == (True, "low_confidence")
    assert answer.why == "the best answer is only 33% sure (below 50%)"
    assert answer.closest == tuple(found)


def test_not_sure_of_a_guess_the_request_does_not_ground(sales_table: Table) -> None:
    """ "make the bad ones red" → `Quiz 2 < 1`: neither its column nor its value is said."""
    answer = verdict(unsure_of(sales_table, "big dup late", 0.5), 0.5)
    assert answer.reason == "ungrounded" and answer.why.endswith("none of its columns or values")


def test_nothing_left_is_not_sure_with_nothing_to_offer(sales_table: Table) -> None:
    broken = rule_candidate("Oops((", 0.0, Request("cf", sales_table, TODAY))
    for left in ([], [broken]):
        answer = verdict(left, 0.5)
        assert (answer.abstained, answer.reason, answer.closest) == (True, "no_rule", ())
        assert "no rule the model proposed fits this table" in answer.why


def test_programs_and_given_rules_are_never_doubted(sales_table: Table) -> None:
    assert verdict([], 0.9, target="bash") == Verdict()
    given = rule_candidate("GreaterThan(c[2], 100)", 1.0, Request("cf", sales_table, TODAY))
    reply = generate_reply("", Request("cf", sales_table, TODAY), None, [given], 1.0)
    assert (reply["abstained"], reply["reason"], reply["threshold"]) == (False, None, None)
    assert reply["candidates"][0]["confidence"] == 1.0


def test_the_reply_says_whether_it_is_sure_and_why(sales_table: Table) -> None:
    """`abstained`, `reason`, `why` and the generator's `threshold` beside each candidate's
    `confidence`: the same reply for the command line's --json and /api/generate."""

    @dataclass
    class Unsure(FixedGenerator):
        calibration: Calibration = field(default_factory=lambda: Calibration(threshold=0.5))

    request = Request("cf", sales_table, TODAY)
    generator = Unsure(
        {"big": "GreaterThan(c[2], 100)", "dup": "Duplicates(c[1])", "late": "Top(c[4], 1)"}
    )
    for text, abstained, reason, why in [
        ("big dup", False, None, None),
        ("big dup late sales over 100", True, "low_confidence", "only 33% sure (below 50%)"),
    ]:
        found, _ = generate_candidates(generator, text, request)
        reply = generate_reply(text, request, generator, found, 1.0)
        assert (reply["abstained"], reply["reason"], reply["threshold"]) == (
            abstained, reason, 0.5,
        )  # fmt: skip
        assert (why is None and reply["why"] is None) or why in reply["why"]
        assert {c["confidence"] for c in reply["candidates"]} == {0.5 if not abstained else 0.333}


@pytest.mark.parametrize(("confidence", "shown"), [(0.824, "82%"), (0.999, "99%"), (0.001, "1%")])
def test_percent_is_never_certain(confidence: float, shown: str) -> None:
    assert percent(confidence) == shown
