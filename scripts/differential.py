"""Differential test of the rule executor against LibreOffice: N random rules on random tables,
each written through the real patcher and rendered by LibreOffice, the cells compared with the
executor's. Prints a summary and writes the JSON report (cf_excel.reliability.campaign.report).

    .venv/bin/python scripts/differential.py --cases 2000 --seed 20 --workers 2 \\
        --out docs/results/differential.json

Exit status 1 when a disagreement is unexplained (neither fixed nor a documented LibreOffice
difference), 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

from cf_excel.reliability.campaign import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2, help="LibreOffice processes at once")
    parser.add_argument("--batch", type=int, default=40, help="cases per LibreOffice run")
    parser.add_argument("--examples", type=int, default=2, help="minimised per explained kind")
    parser.add_argument("--out", type=Path, default=Path("docs/results/differential.json"))
    args = parser.parse_args(argv)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    found = run(args.cases, args.seed, args.workers, args.batch, args.examples, progress)
    command = ["python", "scripts/differential.py", *(argv if argv is not None else sys.argv[1:])]
    found = {"command": shlex.join(command), **found}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(summary(found))
    return 1 if found["unexplained"] else 0


def summary(found: dict[str, object]) -> str:
    lines = [
        f"{found['cases']} cases in {found['seconds']} s (seed {found['seed']}, "
        f"{found['libreoffice']}): {found['agree']} agree, {found['disagree']} disagree, "
        f"{found['unexplained']} unexplained"
    ]
    for kind in found["explained"]:  # type: ignore[attr-defined]
        lines.append(f"  explained: {kind['difference']} ({kind['cases']})")
    for disagreement in found["disagreements"]:  # type: ignore[attr-defined]
        smallest = disagreement["minimised"]
        lines.append(
            f"  UNEXPLAINED {smallest['case']}: {smallest['rule']} on {smallest['table']}: "
            f"executor {smallest['executor']}, LibreOffice {smallest['libreoffice']}"
            + (f", error {smallest['error']}" if "error" in smallest else "")
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
