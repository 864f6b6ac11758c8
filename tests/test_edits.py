"""Small edits of a rule (`cf_excel.rules.edits`), which the pool offers beside its proposals."""

from __future__ import annotations

from cf_excel.rules import format_rule, parse_rule
from cf_excel.rules.edits import KINDS, edits


def edited(code: str) -> list[tuple[str, str]]:
    return [(kind, format_rule(rule)) for kind, rule in edits(parse_rule(code))]


def test_each_test_of_an_and_is_edited_dropped_and_the_join_swapped_inside_its_scope() -> None:
    assert edited("Rows(AND(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))") == [
        ("negated", "Rows(NOT(AND(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100))))"),
        ("negated", "Rows(AND(NOT(TextEquals(c[1], 'Open')), GreaterThan(c[2], 100)))"),
        ("dropped", "Rows(GreaterThan(c[2], 100))"),
        ("turned", "Rows(AND(TextEquals(c[1], 'Open'), LessThan(c[2], 100)))"),
        ("negated", "Rows(AND(TextEquals(c[1], 'Open'), NOT(GreaterThan(c[2], 100))))"),
        ("dropped", "Rows(TextEquals(c[1], 'Open'))"),
        ("and-or", "Rows(OR(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))"),
        ("placed", "Columns(c[1], AND(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))"),
        ("placed", "Columns(c[2], AND(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))"),
    ]


def test_two_columns_compared_are_turned_and_swapped_and_the_rule_placed_on_either() -> None:
    assert edited("Columns(c[2], LessThan(c[2], c[3]))") == [
        ("turned", "Columns(c[2], GreaterThan(c[2], c[3]))"),
        ("swapped", "Columns(c[2], LessThan(c[3], c[2]))"),
        ("negated", "Columns(c[2], NOT(LessThan(c[2], c[3])))"),
        ("placed", "Rows(LessThan(c[2], c[3]))"),
        ("placed", "Columns(c[3], LessThan(c[2], c[3]))"),
    ]


def test_a_negated_test_loses_its_not_and_a_rank_swaps_its_end() -> None:
    assert ("negated", "Blanks(c[1])") in edited("NOT(Blanks(c[1]))")
    assert edited("Columns(c[2], TopPercent(10))") == [
        ("end", "Columns(c[2], BottomPercent(10))"),
        ("negated", "Columns(c[2], NOT(TopPercent(10)))"),
    ]


def test_a_rule_on_the_selection_is_only_negated_and_every_kind_is_named() -> None:
    assert edited("Equals(3)") == [("negated", "NOT(Equals(3))")]
    rules = ["Rows(AND(Blanks(c[1]), LessThan(c[2], c[3])))", "Columns(c[2], Top(3))"]
    assert {kind for code in rules for kind, _ in edited(code)} == set(KINDS)
