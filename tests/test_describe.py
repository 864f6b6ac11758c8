"""Rules in plain words, with the sheet's column names."""

from __future__ import annotations

import pytest

from cf_excel.rules import parse_rule
from cf_excel.rules.describe import describe_rule

HEADER = ("Invoice", "Customer", "Amount", "Due Date", "Status")


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("Rows(BeforeToday(c[3]))", "rows where Due Date is before today"),
        ("GreaterThan(c[2], 1000)", "Amount is greater than 1000"),
        ("NextDays(c[3], 7)", "Due Date is within the next 7 days"),
        ("OlderThan(c[3], 30)", "Due Date is more than 30 days ago"),
        ("TextEquals(c[4], 'Open')", "Status is 'Open'"),
        ("TopPercent(c[2], 10)", "Amount is in the top 10%"),
        (
            "AND(NoBlanks(c[1]), LessThan(c[2], c[0]))",
            "Customer is not blank and Amount is less than Invoice",
        ),
        ("DataBar(c[2])", "data bars on Amount"),
        ("Top(3)", "Sales is in the top 3"),
        ("GreaterThan(c[9], 1)", "column 10 is greater than 1"),
    ],
)
def test_describe_rule(rule: str, words: str) -> None:
    assert describe_rule(parse_rule(rule), HEADER, "Sales") == words
