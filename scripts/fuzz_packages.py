"""Fuzz `cf-excel apply` with mutated real workbooks (cf_excel/reliability/fuzz.py): print the
counts and write them, with every crash's and unopenable output's mutation and traceback, as
JSON. Exits 1 when any case crashed, wrote an unopenable output or broke a rule of the fuzzer.

    nice -n 15 .venv/bin/python scripts/fuzz_packages.py --cases 1000 --seed 1 \
        --out docs/results/fuzz.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from cf_excel.reliability.fuzz import Case, Outcome, fuzz
from cf_excel.reliability.seeds import build_seeds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("docs/results/fuzz.json"))
    parser.add_argument(
        "--no-libreoffice",
        action="store_true",
        help="neither build seeds with LibreOffice nor open outputs in it",
    )
    args = parser.parse_args()
    start = time.perf_counter()
    seeds = build_seeds(libreoffice=not args.no_libreoffice)

    def progress(case: Case, outcome: Outcome) -> None:
        if outcome.kind not in ("refused", "applied"):
            print(
                f"case {case.number} ({case.mutator}: {case.mutation.detail[:100]}): "
                f"{outcome.kind}: {outcome.message[:200]}",
                file=sys.stderr,
            )
        elif (case.number + 1) % 100 == 0:
            print(f"{case.number + 1} cases", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="cf-excel-fuzz-") as folder:
        report = fuzz(seeds, args.cases, args.seed, Path(folder), not args.no_libreoffice, progress)
    result = {**report.as_json(), "seconds": round(time.perf_counter() - start, 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(report.summary())
    print(f"seeds: {', '.join(report.seeds)}; {result['seconds']} s; wrote {args.out}")
    bad = result["crashes"] or result["unopenable"] or result["violations"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
