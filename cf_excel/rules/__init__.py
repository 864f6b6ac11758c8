"""The CF rule language: parse text to a typed AST, print it canonically, execute it on a table."""

from cf_excel.rules.ast import Rule
from cf_excel.rules.parser import NotARuleError, RuleSyntaxError, parse_rule
from cf_excel.rules.printer import format_rule

__all__ = ["NotARuleError", "Rule", "RuleSyntaxError", "format_rule", "parse_rule"]
