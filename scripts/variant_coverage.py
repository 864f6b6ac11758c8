"""How many development requests with no right answer in the pool would gain one from small
edits of the pool's own answers: one test dropped from an AND/OR, a test negated, AND read as
OR, a comparison turned round or its edge moved, a rank's end or a date's side swapped, the
rule placed on the whole row or on a column it tests.

The learnt order can only reorder what the generators propose, and a quarter of the
development requests have no right answer anywhere in the pool; this sizes one way of putting
more right answers there before anyone builds it. It reads development sets only (as
`scripts/fit_ranking.py` does), never a blind set.

Usage: .venv/bin/python scripts/variant_coverage.py [--limit N] [--top 3]
(about 25 minutes on 2 CPU cores for the 4,807 requests of dev-v1 … dev-v16)
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from collections.abc import Iterator

from calibrate import dev_set_items
from fit_ranking import pool_answers

from cf_excel.candidates import parsed_candidate
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.generators import load_generator
from cf_excel.reading.writing import FLIPPED_OPS, OPS
from cf_excel.rules import Rule, ast

TURNED = {OPS[said]: OPS[turned] for said, turned in FLIPPED_OPS.items()}
EDGE = {
    "GreaterThan": "GreaterThanEqual",
    "GreaterThanEqual": "GreaterThan",
    "LessThan": "LessThanEqual",
    "LessThanEqual": "LessThan",
}
SIDE = {"BeforeToday": "AfterToday", "AfterToday": "BeforeToday", "NextDays": "LastDays",
        "LastDays": "NextDays"}  # fmt: skip
END = {"Top": "Bottom", "Bottom": "Top", "TopPercent": "BottomPercent",
       "BottomPercent": "TopPercent"}  # fmt: skip
Variant = tuple[str, Rule]  # the edit's name, the edited rule


def test_variants(test: Rule) -> Iterator[Variant]:
    """Edits of one test (a leaf, or a NOT of one)."""
    if isinstance(test, ast.Comparison):
        if test.op in TURNED:
            yield "turned", dataclasses.replace(test, op=TURNED[test.op])
            yield "edge", dataclasses.replace(test, op=EDGE[test.op])
        if isinstance(test.value, ast.Column) and isinstance(test.subject, ast.Column):
            yield "swapped", ast.Comparison(test.op, test.subject, test.value)
    if isinstance(test, ast.RelativeDate) and test.op in SIDE:
        yield "side", dataclasses.replace(test, op=SIDE[test.op])
    if isinstance(test, ast.Rank) and test.op in END:
        yield "end", dataclasses.replace(test, op=END[test.op])
    yield "negated", test.rule if isinstance(test, ast.Not) else ast.Not(test)


def inner_variants(rule: Rule) -> Iterator[Variant]:
    """Edits of a rule below its placement: of each test, and of how AND/OR join them."""
    yield from test_variants(rule)
    if isinstance(rule, (ast.And, ast.Or)):
        for place, part in enumerate(rule.rules):
            for name, edited in inner_variants(part):
                yield name, type(rule)((*rule.rules[:place], edited, *rule.rules[place + 1 :]))
            rest = rule.rules[:place] + rule.rules[place + 1 :]
            yield "dropped", rest[0] if len(rest) == 1 else type(rule)(rest)
        yield "and-or", (ast.Or if isinstance(rule, ast.And) else ast.And)(rule.rules)


def variants(rule: Rule) -> Iterator[Variant]:
    """Every edit of a rule, its placement kept; then the rule placed elsewhere."""
    inner = rule.rule if isinstance(rule, (ast.WholeRow, ast.Scoped)) else rule
    for name, edited in inner_variants(inner):
        if isinstance(rule, ast.WholeRow):
            yield name, ast.WholeRow(edited)
        elif isinstance(rule, ast.Scoped):
            yield name, ast.Scoped(rule.first, rule.last, edited)
        else:
            yield name, edited
    tested = sorted({n.index for n in ast.walk(inner) if isinstance(n, ast.Column)})
    if tested and not isinstance(rule, ast.WholeRow):
        yield "placed", ast.WholeRow(inner)
    for column in tested:
        if not (isinstance(rule, ast.Scoped) and rule.first == rule.last == column):
            yield "placed", ast.Scoped(column, column, inner)


def main() -> None:
    assert __doc__ is not None
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="the first N development requests only")
    parser.add_argument("--top", type=int, default=3, help="answers of the pool to edit")
    args = parser.parse_args()
    generator = load_generator("codefusion+reader", "cf", SHIPPED_MODEL)
    items = list(dev_set_items())[: args.limit]
    missing, gained, by_edit = 0, 0, Counter[str]()
    for item in items:
        answers = pool_answers(generator, item)
        if any(item.correct(a) for a in answers):
            continue
        missing += 1
        rules = [a.rule for a in answers if a.rule is not None]
        edits = {
            name
            for rule in rules[: args.top]
            for name, edited in variants(rule)
            if item.correct(parsed_candidate(edited, 0.0, item.request))
        }
        gained += bool(edits)
        by_edit.update(edits)
    print(f"{len(items)} development requests; no right answer in the pool: {missing}")
    print(f"a right answer among the edits of the first {args.top}: {gained}")
    for name, count in by_edit.most_common():
        print(f"  {name}: {count}")


if __name__ == "__main__":
    main()
