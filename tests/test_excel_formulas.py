"""The Excel formula written for a rule formats exactly the cells the executor highlights.

Each compiled formula (the formula-rule form every non-visual rule has, used where Excel's own
rule types would differ) is evaluated by our Excel formula evaluator at every cell of the range
it is applied to, so what the preview shows and what Excel will show cannot drift apart. The
native rule types are checked against LibreOffice in test_libreoffice.py."""

from __future__ import annotations

import pytest

from cf_excel.excel.mapping import formula_rule
from cf_excel.rules import parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.rules.formula import formula_holds
from cf_excel.rules.parser import parse_formula
from cf_excel.sheets.addresses import parse_a1
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import Strings, table_from_grid
from tests.support import SALES_GRID, TODAY

RULES = [
    "GreaterThan(c[2], 100)",
    "LessThanEqual(c[2], 80)",
    "NotEquals(c[2], 80)",
    "Equals(c[1], 'NORTH')",
    "GreaterThan(c[1], 'r')",
    "Between(c[2], 120, 80)",
    "TextEquals(c[0], 'APPLE')",
    "TextContains(c[0], '(big)')",
    "TextStartsWith(c[0], 'ch')",
    "TextEndsWith(c[0], 'E')",
    "TextEquals(c[2], '80')",
    "TextEquals(c[1], '')",
    "GreaterThan(c[4], c[2])",
    "LessThan(c[4], c[2])",
    "GreaterThan(LEN(c[0]), 5)",
    "Top(c[2], 2)",
    "Bottom(c[2], 1)",
    "Top(c[2])",
    "TopPercent(c[2], 50)",
    "BottomPercent(c[2], 10)",
    "AboveAverage(c[2])",
    "BelowAverage(c[2])",
    "Duplicates(c[0])",
    "Unique(c[2])",
    "Blanks(c[1])",
    "NoBlanks(c[2])",
    "Errors(c[4])",
    "NoErrors(c[4])",
    "Yesterday(c[3])",
    "Last7Days(c[3])",
    "ThisWeek(c[3])",
    "LastWeek(c[3])",
    "LastMonth(c[3])",
    "NextMonth(c[3])",
    "AND(GreaterThan(c[2], 50), TextEquals(c[1], 'north'))",
    "OR(Blanks(c[1]), Errors(c[4]))",
    "NOT(GreaterThan(c[2], 100))",
    "GreaterThan(100)",
    "Top(3)",
    "AboveAverage()",
    "TextContains(an)",
    "$C2>=100",
    "Duplicates()",
    "BeforeToday(c[3])",
    "AfterToday(c[3])",
    "NextDays(c[3], 20)",
    "LastDays(c[3], 7)",
    "OlderThan(c[3], 10)",
    "Rows(BeforeToday(c[3]))",
    "Rows(AND(GreaterThan(c[2], 50), TextEquals(c[1], 'north')))",
    "Rows(GreaterThan(100))",
    "Rows(Top(c[4], 1))",
    "Rows($C2>=100)",
    "OR(GreaterThan(c[4], 15), TextEquals(c[1], 'East'))",  # an error in c[4] must not poison OR
    "NOT(GreaterThan(c[4], 15))",
    "NOT(TextContains(c[4], 'N'))",
    "NoBlanks(c[4])",
    "Duplicates(c[4])",
]


def formatted_by_excel(rule_text: str, table: Table) -> set[tuple[int, int]]:
    cells = set()
    spec = formula_rule(parse_rule(rule_text), table)
    assert spec.type == "expression"
    anchor = parse_a1(spec.top_left)
    expr = parse_formula(spec.formula[0])
    for area in spec.ranges:
        start, end = area.split(":")
        top, left = parse_a1(start)
        bottom, right = parse_a1(end)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if formula_holds(expr, table, (row, column), anchor, TODAY):
                    cells.add((row - table.origin[0] - 1, column - table.origin[1]))
    return cells


@pytest.mark.parametrize("strings", ["typed", "stored"])  # stored: its dates are text
@pytest.mark.parametrize("origin", [(1, 1), (5, 2)])
@pytest.mark.parametrize("rule_text", RULES)
def test_excel_formula_formats_what_the_executor_highlights(
    rule_text: str, origin: tuple[int, int], strings: Strings
) -> None:
    table = table_from_grid(SALES_GRID, origin=origin, strings=strings)
    expected = highlighted_cells(parse_rule(rule_text), table, TODAY)
    assert formatted_by_excel(rule_text, table) == expected
