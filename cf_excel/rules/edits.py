"""Small edits of a rule: the ways a right reading of a request is most often missed.

A quarter of the development requests have no right answer anywhere in the pool the learnt
order chooses from (`codefusion.ranking`); for 106 of those 1,198 an edit of one of the pool's
first three answers is right (`scripts/variant_coverage.py`): a test the request did not mean
dropped (64), a test negated ("not yet paid" read as paid: 35), AND read as OR (19), the rule
placed on the whole row or on a column it tests (4), a comparison turned round (3), a rank's
end swapped (2), two columns swapped (1). The candidate path offers the edits of the pool's
first answers beside its proposals (`cf_excel.candidates`), each marked with its kind, and the
learnt order, fitted with them in the pool, weighs whether an edit is likelier meant than what
was proposed. Moving a comparison's edge (> ↔ ≥) or a date's side (last ↔ next days) made no
answer right and is not offered.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from cf_excel.rules import ast
from cf_excel.rules.ast import Rule

# A comparison turned round: "more than" read where "less than" was meant, and back.
TURNED: dict[str, ast.CompareOp] = {
    "GreaterThan": "LessThan",
    "LessThan": "GreaterThan",
    "GreaterThanEqual": "LessThanEqual",
    "LessThanEqual": "GreaterThanEqual",
}
END: dict[str, ast.RankOp] = {"Top": "Bottom", "Bottom": "Top", "TopPercent": "BottomPercent",
       "BottomPercent": "TopPercent"}  # fmt: skip
Edit = tuple[str, Rule]  # the edit's kind, the edited rule
KINDS = ("dropped", "negated", "and-or", "placed", "turned", "end", "swapped")


def edits(rule: Rule) -> Iterator[Edit]:
    """Every edit of a rule with its placement kept, then the rule placed elsewhere: on the
    whole row, or on one column it tests."""
    inner = rule.rule if isinstance(rule, ast.WholeRow | ast.Scoped) else rule
    for kind, edited in inner_edits(inner):
        if isinstance(rule, ast.WholeRow | ast.Scoped):
            yield kind, dataclasses.replace(rule, rule=edited)
        else:
            yield kind, edited
    tested = sorted({n.index for n in ast.walk(inner) if isinstance(n, ast.Column)})
    if tested and not isinstance(rule, ast.WholeRow):
        yield "placed", ast.WholeRow(inner)
    for column in tested:
        if not (isinstance(rule, ast.Scoped) and rule.first == rule.last == column):
            yield "placed", ast.Scoped(column, column, inner)


def inner_edits(rule: Rule) -> Iterator[Edit]:
    """Edits below a rule's placement: of each test, and of how AND/OR join them."""
    yield from test_edits(rule)
    if isinstance(rule, ast.And | ast.Or):
        join = type(rule)
        for place, part in enumerate(rule.rules):
            for kind, edited in inner_edits(part):
                yield kind, join((*rule.rules[:place], edited, *rule.rules[place + 1 :]))
            rest = rule.rules[:place] + rule.rules[place + 1 :]
            yield "dropped", rest[0] if len(rest) == 1 else join(rest)
        yield "and-or", (ast.Or if isinstance(rule, ast.And) else ast.And)(rule.rules)


def test_edits(test: Rule) -> Iterator[Edit]:
    """Edits of one test, or of a NOT of one (negating it again takes the NOT away)."""
    if isinstance(test, ast.Comparison):
        if test.op in TURNED:
            yield "turned", dataclasses.replace(test, op=TURNED[test.op])
        if isinstance(test.value, ast.Column) and isinstance(test.subject, ast.Column):
            yield "swapped", ast.Comparison(test.op, test.subject, test.value)
    if isinstance(test, ast.Rank) and test.op in END:
        yield "end", dataclasses.replace(test, op=END[test.op])
    yield "negated", test.rule if isinstance(test, ast.Not) else ast.Not(test)
