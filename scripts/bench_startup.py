"""How long a cold `cf-excel` command takes: a generate on the sample workbook (start-up, model
load and one top-5 request), and the refusals of bad input, which must come before anything
heavy loads. Each command runs in a fresh process, RUNS times; the medians and maxima go to
docs/results/startup.json. Run it on a quiet machine (other processes share the cores):

    .venv/bin/python scripts/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "invoices.xlsx"
CLI = [sys.executable, "-m", "cf_excel.cli"]


def commands(folder: Path) -> dict[str, tuple[list[str], int]]:
    """Name → (arguments, expected exit code)."""
    corrupt = folder / "corrupt.xlsx"
    corrupt.write_bytes(b"this is not a zip package")
    out = str(folder / "out.xlsx")
    request = "highlight overdue rows red"
    return {
        "generate (cold, top-5)": (["generate", request, "--sheet", str(SAMPLE)], 0),
        "apply: corrupt workbook": (["apply", request, "--sheet", str(corrupt), "--out", out], 2),
        "apply: missing workbook": (["apply", request, "--sheet", "nope.xlsx", "--out", out], 2),
        "apply: --pick 99": (
            ["apply", request, "--sheet", str(SAMPLE), "--out", out, "--pick", "99"],
            2,
        ),
        "generate: empty request": (["generate", " ", "--sheet", str(SAMPLE)], 2),
    }


def timed(arguments: list[str], expected: int) -> float:
    start = time.perf_counter()
    done = subprocess.run([*CLI, *arguments], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != expected:
        raise SystemExit(f"{arguments}: exit {done.returncode}, expected {expected}\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", default=str(ROOT / "docs" / "results" / "startup.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for name, (arguments, expected) in commands(Path(folder)).items():
            timed(arguments, expected)  # warm the file cache once; not counted
            seconds = [timed(arguments, expected) for _ in range(args.runs)]
            results[name] = {
                "median_s": round(statistics.median(seconds), 3),
                "max_s": round(max(seconds), 3),
            }
            print(f"{name:28} median {statistics.median(seconds):.2f} s  max {max(seconds):.2f} s")
    report = {
        "runs": args.runs,
        "cores": os.cpu_count(),
        "load_average_1min": os.getloadavg()[0],
        "python": platform.python_version(),
        "commands": results,
    }
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
