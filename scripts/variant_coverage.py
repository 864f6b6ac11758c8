"""How many development requests with no right answer among the proposals would gain one from
the edits of the pool's first answers (`cf_excel.rules.edits`: a test dropped from an AND/OR,
a test negated, AND read as OR, a comparison turned round, a rank's end or two columns
swapped, the rule placed on the whole row or on a column it tests), by kind of edit.

The learnt order can only reorder what the pool holds, and a quarter of the development
requests have no right answer among the proposals; this sized the edits before the pool
offered them, and sizes any new kind of edit before it is offered. It reads development sets
only (as `scripts/fit_ranking.py` does), never a blind set.

Usage: .venv/bin/python scripts/variant_coverage.py [--limit N] [--top 3]
(about 25 minutes on 2 CPU cores for the 4,807 requests of dev-v1 … dev-v16)
"""

from __future__ import annotations

import argparse
from collections import Counter

from calibrate import dev_set_items
from fit_ranking import pool_answers

from cf_excel.candidates import parsed_candidate
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.codefusion.ranking import NO_RANKING
from cf_excel.generators import load_generator
from cf_excel.rules.edits import edits


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
        answers = pool_answers(generator, item, NO_RANKING)
        if any(item.correct(a) for a in answers):
            continue
        missing += 1
        rules = [a.rule for a in answers if a.rule is not None]
        right_edits = {
            name
            for rule in rules[: args.top]
            for name, edited in edits(rule)
            if item.correct(parsed_candidate(edited, 0.0, item.request))
        }
        gained += bool(right_edits)
        by_edit.update(right_edits)
    print(f"{len(items)} development requests; no right answer in the pool: {missing}")
    print(f"a right answer among the edits of the first {args.top}: {gained}")
    for name, count in by_edit.most_common():
        print(f"  {name}: {count}")


if __name__ == "__main__":
    main()
