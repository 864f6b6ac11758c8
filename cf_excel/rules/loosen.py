"""Looser rules for a rule that formats nothing on the user's sheet.

Nobody asks to colour cells that are not there: none of the 3,667 requests of our development
and blind sets formats nothing. A reading that does has read one test too many ("breakdowns not
fixed yet - need them for Monday's meeting" read with a Monday test) or joined with "and" what
the request listed ("highlight the row for both: vandalism and anything over €1,000"). The
looser rules of an AND are each of its tests left out in turn, last first (a test the request
adds at its end is more often a remark), then all of them ORed; the candidate path offers them
below the rule they loosen (`cf_excel.candidates`), and the cells decide which formats anything.
"""

from __future__ import annotations

import dataclasses

from cf_excel.rules import ast
from cf_excel.rules.ast import Rule


def loosened(rule: Rule) -> list[Rule]:
    """The looser rules of `rule`'s top-level AND, inside its scope (none: no AND to loosen)."""
    if isinstance(rule, ast.WholeRow | ast.Scoped):
        return [dataclasses.replace(rule, rule=inner) for inner in loosened(rule.rule)]
    if not isinstance(rule, ast.And) or len(rule.rules) < 2:
        return []
    tests = rule.rules
    fewer = [tests[:at] + tests[at + 1 :] for at in reversed(range(len(tests)))]
    return [single_or_all(kept) for kept in fewer] + [ast.Or(tests)]


def single_or_all(tests: tuple[Rule, ...]) -> Rule:
    return tests[0] if len(tests) == 1 else ast.And(tests)
