"""The grammar file: shipped as package data, LALR, usable by Lark's interactive parser."""

from __future__ import annotations

import re

from cf_excel.rules.formula_array_functions import ARRAY_FUNCTIONS
from cf_excel.rules.formula_scalar_functions import SCALAR_FUNCTIONS
from cf_excel.rules.grammar import grammar_text, rule_parser


def test_grammar_is_lalr_with_contextual_lexer() -> None:
    parser = rule_parser()
    assert parser.options.parser == "lalr"
    assert parser.options.lexer == "contextual"


def test_interactive_parser_reports_acceptable_next_tokens() -> None:
    interactive = rule_parser().parse_interactive("GreaterThan(")
    interactive.exhaust_lexer()
    accepted = interactive.accepts()
    assert {"COLUMN", "NUMBER", "LEN"} <= accepted
    assert "TEXT_OP" not in accepted
    copy = interactive.copy()
    interactive.exhaust_lexer()
    assert copy.accepts() == accepted


def test_columns_takes_a_span_then_any_rule_but_rows_or_columns() -> None:
    def accepted(prefix: str) -> set[str]:
        interactive = rule_parser().parse_interactive(prefix)
        interactive.exhaust_lexer()
        return set(interactive.accepts())

    assert accepted("Columns(") == {"COLUMN"}
    assert accepted("Columns(c[1]") == {"COLON", "COMMA"}
    assert accepted("Columns(c[1]:") == {"COLUMN"}
    after_span = accepted("Columns(c[1]:c[3],")
    assert {"RANK_OP", "PRESET_OP", "COMPARE_OP", "AND", "CELL_REF", "FUNCTION"} <= after_span
    assert not after_span & {"ROWS", "COLUMNS", "COLUMN"}
    assert "COLUMNS" in accepted("")
    assert "COLUMNS" not in accepted("Rows(")


def test_formula_functions_match_the_evaluator() -> None:
    match = re.search(r"FUNCTION\.1: /\(\?:([A-Z|]+)\)", grammar_text())
    assert match is not None
    assert set(match.group(1).split("|")) == set(ARRAY_FUNCTIONS) | set(SCALAR_FUNCTIONS)
