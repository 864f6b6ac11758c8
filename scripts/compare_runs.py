"""Compare two request-set reports item by item: which requests a change put first or into the
top 5, and which it lost, by id and kind.

Every round of the reader is judged this way (a change is kept when it gains on the
development sets and loses nothing it cannot explain); the reports are what
`cf-excel eval --benchmark blind --requests eval-sets/dev-vN [--model reader] --json --out F`
writes. On a blind set, print only the counts and kinds (`--counts`), never read the cases.

    python scripts/compare_runs.py before.json after.json [more-before.json more-after.json …]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any


def first_hits(report: dict[str, Any]) -> dict[str, tuple[str, int | None]]:
    """Each request's kind and the rank of its first exact answer (None: none)."""
    return {item["id"]: (item["kind"], item["first_hit"]) for item in report["items"]}


def within(rank: int | None, k: int) -> bool:
    return rank is not None and rank <= k


def compare(before: dict[str, Any], after: dict[str, Any], counts_only: bool) -> None:
    """Print the two reports' top-1/3/5 and the requests gained and lost at top-1 and top-5."""
    print(f"{after['set']} ({after['model']}):")
    for name, report in (("before", before), ("after", after)):
        shares = " / ".join(f"{100 * report[f'top{k}']:.1f}" for k in (1, 3, 5))
        print(f"  {name}: top-1/3/5 {shares}")
    old, new = first_hits(before), first_hits(after)
    for k in (1, 5):
        gained = sorted(i for i in old if not within(old[i][1], k) and within(new[i][1], k))
        lost = sorted(i for i in old if within(old[i][1], k) and not within(new[i][1], k))
        print(f"  top-{k}: +{len(gained)} −{len(lost)}")
        for label, ids in (("gained", gained), ("lost", lost)):
            if ids:
                counted = Counter(old[i][0] for i in ids)
                kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(counted.items()))
                print(f"    {label}: {kinds}" + ("" if counts_only else f" ({', '.join(ids)})"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="before and after, in pairs")
    parser.add_argument("--counts", action="store_true", help="kinds and counts, no request ids")
    args = parser.parse_args()
    if len(args.reports) % 2:
        parser.error("give the reports in before/after pairs")
    for before, after in zip(args.reports[::2], args.reports[1::2], strict=True):
        compare(json.loads(before.read_text()), json.loads(after.read_text()), args.counts)


if __name__ == "__main__":
    main()
