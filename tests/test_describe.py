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
        ("Columns(c[2], LessThan(0.6))", "Amount is less than 0.6"),
        ("Columns(c[2]:c[3], Blanks())", "in Amount to Due Date: the cell is blank"),
        ("Columns(c[0]:c[2], Top(5))", "in Invoice to Amount: the cell is in the top 5"),
        ("Columns(c[2], $C2>$B2*0.9)", "in Amount: formula =$C2>$B2*0.9 holds"),
        (
            "Columns(c[0]:c[1], GreaterThan(c[2], 1000))",
            "in Invoice to Customer: Amount is greater than 1000",
        ),
        ("Columns(c[2]:c[3], ColorScale())", "colour scale on Amount to Due Date"),
    ],
)
def test_describe_rule(rule: str, words: str) -> None:
    assert describe_rule(parse_rule(rule), HEADER, "Sales") == words
