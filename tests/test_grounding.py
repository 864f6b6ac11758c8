"""A rule must be about its table and its request: a text compared with a column must be one
that column could hold (the users' "Region is 'negative'", "Task is Task", "Name is at most
'🔥🔥🔥'", "contains 'any'"), and legitimate rules on the values a column holds stay. How much of
a rule the request accounts for feeds its confidence."""

from __future__ import annotations

import pytest

from cf_excel.rules import parse_rule
from cf_excel.rules.grounding import request_numbers, request_support, ungrounded
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

TASKS = table_from_grid(
    [
        ["Task", "Status", "Owner", "Notes", "Hours"],
        ["Write spec", "Done", "Ana", None, 4],
        ["Review", "Blocked", "Chen", None, 2],
        ["Ship", "In progress", "Ana", None, "n/a"],
    ]
)


@pytest.mark.parametrize(
    ("rule", "utterance"),
    [
        ("TextEquals(c[1], 'Done')", "status is done"),  # the column holds Done
        ("Rows(TextEquals(c[1], 'done'))", "whole row when status is done"),  # any case
        ("NotEquals(c[1], 'Blocked')", "not blocked"),
        ("TextContains(c[1], 'progress')", "in progress"),  # inside a value
        ("TextStartsWith(c[2], 'An')", "owners starting with An"),
        ("TextEndsWith(c[0], 'spec')", "tasks ending in spec"),
        ("TextEquals(c[3], 'urgent')", "notes that say urgent"),  # an empty column: anything
        ("Equals(c[4], 'n/a')", "hours that are n/a"),  # a text among numbers
        ("TextEquals(c[1], 'Paid')", "status is 'Paid'"),  # quoted: the user spelled it out
        ("TextContains('Ana')", "cells containing Ana"),  # no column: one selected holds it
        ("GreaterThan(c[4], 3)", "hours over 3"),  # no text literal at all
        ('$B2="Done"', "done rows"),  # formulas' strings are not checked
    ],
)
def test_rules_on_what_a_column_holds_stay(rule: str, utterance: str) -> None:
    assert ungrounded(parse_rule(rule), TASKS, utterance) is None


@pytest.mark.parametrize(
    ("rule", "utterance", "why"),
    [
        ("LessThan(c[1], 'negative')", "negative values", "Status with 'negative', which"),
        ("Equals(c[1], 'negative')", "negative values", "which Status does not hold"),
        ("LessThanEqual(c[0], '🔥🔥🔥')", "🔥🔥🔥", "Task with '🔥🔥🔥'"),
        ("TextEquals(c[0], 'Task')", "highlight blocked tasks", "its own header 'Task'"),
        ("Rows(TextEquals(c[0], 'task'))", "blocked tasks", "its own header"),
        ("TextContains(c[1], 'any')", "any cell containing text", "with 'any'"),
        ("TextContains('any')", "any cell containing text", "with 'any'"),  # the selection
        ("TextEquals(c[1], 'Paid')", "status is Paid", None),  # a value, written as one: stays
        ("TextEquals(c[1], 'paid')", "status is paid", "which Status does not hold"),
        ("TextEquals(c[4], 'lots')", "lots of hours", "Hours with 'lots'"),  # numbers only
        ("TextStartsWith(c[1], 'Don')", "Don's", None),  # inside a value: it stays
        ("TextContains(c[1], '')", "anything", "an empty text in Status"),
        ("Equals(LEN(c[0]), 'LEN')", "LEN of the task", "the length of Task"),
        ("0.75=0>2", "highlight odd rows", "reads no cell"),
        ("Between(c[1], 'a', 'b')", "between a and b", "Status with 'a'"),
    ],
)
def test_rules_on_words_a_column_does_not_hold_are_dropped(
    rule: str, utterance: str, why: str | None
) -> None:
    found = ungrounded(parse_rule(rule), TASKS, utterance)
    if why is None:
        assert found is None
    else:
        assert found is not None and why in found


def test_a_formula_reading_its_row_number_is_kept() -> None:
    assert ungrounded(parse_rule("MOD(ROW(),2)=1"), TASKS, "odd rows") is None


@pytest.mark.parametrize(
    ("rule", "utterance", "support"),
    [
        ("GreaterThan(c[4], 3)", "hours over 3", (1.0, 1.0, 0.0)),
        ("LessThan(c[4], 1)", "make the bad ones red", (0.0, 0.0, 0.0)),  # a guess on both counts
        ("TextEquals(c[1], 'Blocked')", "highlight blocked tasks", (0.0, 1.0, 1.0)),  # not Task
        ("LessThan(c[4], 0.5)", "hours below 50%", (1.0, 1.0, 0.0)),  # a percent is a fraction
        ("GreaterThan(c[4], 100000)", "hours over $100,000", (1.0, 1.0, 0.0)),
        ("Top(c[4], 3)", "top three hours", (1.0, 1.0, 0.0)),  # a number in words
        ("Duplicates()", "duplicates", (1.0, 1.0, 0.0)),  # nothing to account for
        ("AND(GreaterThan(c[4], 1), TextEquals(c[2], 'Ana'))", "Ana's hours over 2", (0.5, 0.5, 0)),
        ("GreaterThan(c[4], 2)", "hours over 2 where status is Done", (1.0, 1.0, 0.5)),  # dropped
        ("TextContains('Ana')", "owner Ana", (1.0, 1.0, 0.0)),  # the selection reads Owner
    ],
)
def test_request_support_counts_named_columns_and_said_literals(
    rule: str, utterance: str, support: tuple[float, float, float]
) -> None:
    found = request_support(parse_rule(rule), TASKS, utterance)
    assert (found.columns_named, found.literals_copied, found.columns_unused) == support


def test_request_numbers_read_as_written() -> None:
    assert request_numbers("over $1,500.50, under 20% or -3, twelve") == {
        1500.5, 20.0, 0.2, -3.0, 12.0,
    }  # fmt: skip


def test_no_table_no_column_check(sales_table: Table) -> None:
    assert request_support(parse_rule("GreaterThan(c[2], 5)"), None, "x").columns_named == 1.0


def test_a_column_that_holds_its_own_header_as_a_value_may_be_compared_with_it() -> None:
    """A CD column of "CD" marks: "CD items" is its value, not its header."""
    table = table_from_grid([["Item", "CD"], ["a", "CD"], ["b", None]])
    assert ungrounded(parse_rule("TextEquals(c[1], 'CD')"), table, "CD items") is None
