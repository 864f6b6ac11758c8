"""Looser rules for a rule that formats nothing (`cf_excel.rules.loosen`)."""

from __future__ import annotations

from cf_excel.rules import format_rule, parse_rule
from cf_excel.rules.loosen import loosened


def looser(code: str) -> list[str]:
    return [format_rule(rule) for rule in loosened(parse_rule(code))]


def test_each_test_of_an_and_is_left_out_last_first_then_all_are_ored() -> None:
    assert looser("Rows(AND(Blanks(c[5]), Equals(c[1], 1), GreaterThan(c[2], 3)))") == [
        "Rows(AND(Blanks(c[5]), Equals(c[1], 1)))",
        "Rows(AND(Blanks(c[5]), GreaterThan(c[2], 3)))",
        "Rows(AND(Equals(c[1], 1), GreaterThan(c[2], 3)))",
        "Rows(OR(Blanks(c[5]), Equals(c[1], 1), GreaterThan(c[2], 3)))",
    ]


def test_a_scope_is_kept_and_two_tests_leave_single_ones() -> None:
    assert looser("Columns(c[0], AND(Blanks(c[5]), Equals(c[1], 1)))") == [
        "Columns(c[0], Blanks(c[5]))",
        "Columns(c[0], Equals(c[1], 1))",
        "Columns(c[0], OR(Blanks(c[5]), Equals(c[1], 1)))",
    ]


def test_a_rule_without_an_and_has_no_looser_rule() -> None:
    assert looser("Rows(OR(Blanks(c[5]), Equals(c[1], 1)))") == []
    assert looser("GreaterThan(c[2], 3)") == []
