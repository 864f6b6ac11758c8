"""The CF rule language: parse text to a typed AST, print it canonically, execute it on a table."""

from cf_excel.rules.ast import Rule
from cf_excel.rules.parser import NotARuleError, RuleSyntaxError, parse_rule
from cf_excel.rules.printer import format_rule

__all__ = [
    "NotARuleError",
    "Rule",
    "RuleSyntaxError",
    "canonical_rule",
    "format_rule",
    "parse_rule",
]


def canonical_rule(code: str) -> str | None:
    """The canonical text of a rule, or None when the text is not a rule."""
    try:
        return format_rule(parse_rule(code))
    except RuleSyntaxError:
        return None
