"""The reader's readings of each development request as they were before the request was
written: the readings the learnt order and the calibration are fitted on.

Why: every development set was read and the reader mended until most of its requests read
right, so with today's reader their pools look like no new user's. On requests nobody here has
read (dev-v17, the blind sets) the reader's fullest reading is right less often and the
model's samples matter more, and an order fitted on read pools trusts the reader too much.
Each set was committed before the round that read it, so the reader of the commit before it
is a reader that had never seen its requests; its readings of them, merged with today's model
samples, are pools from the regime users are in.

For each part of each development set this checks out the parent of the commit that added
the part (a temporary git worktree), runs that reader over the part's requests in its own
Python process, and writes every request's first readings, keyed by its text and its table's
header, to `eval-sets/dev-unread-readings.json.gz`. `scripts/fit_ranking.py` and
`scripts/calibrate.py` read them through `stored_reader` (today's reader for requests the
file does not hold).

Usage: .venv/bin/python scripts/unread_readings.py   (about 2 minutes; needs the git history)
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from cf_excel.candidates import Generator
from cf_excel.reading.hybrid import ReadAndGenerate
from cf_excel.reading.reader import Reading, read
from cf_excel.sheets.table import Table

ROOT = Path(__file__).resolve().parent.parent
READINGS_FILE = ROOT / "eval-sets" / "dev-unread-readings.json.gz"
KEPT = 5  # readings per request: the default generator pools the reader's first five

# Run by the old commit's Python package: the part's requests read as that reader read them.
OLD_READER = """
import json, sys
from pathlib import Path
import yaml
import cf_excel
assert cf_excel.__file__.startswith(sys.argv[3]), cf_excel.__file__  # the old commit's package
from cf_excel.reading.reader import read
from cf_excel.sheets.workbook import read_table
part = Path(sys.argv[1])
found = []
for request in yaml.safe_load((part / "requests.yaml").read_text("utf-8"))["requests"]:
    try:
        table = read_table(part / request["workbook"], request.get("sheet"),
                           request.get("range"), request["text"]).table
    except Exception:
        continue  # refused then: today's reader reads it
    readings = [[r.code, r.score] for r in read(request["text"], table)[:int(sys.argv[2])]]
    found.append({"text": request["text"], "header": list(table.header), "readings": readings})
print(json.dumps(found))
"""


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def added_by(part: Path) -> str:
    """The commit that added a part of a development set (its oldest commit)."""
    commits = git("log", "--diff-filter=A", "--format=%H", "--", str(part.relative_to(ROOT)))
    return commits.splitlines()[-1]


def part_readings(part: Path) -> tuple[str, list[dict[str, object]]]:
    """A part's requests read by the reader of the commit before the part was added."""
    commit = added_by(part)
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        git("worktree", "add", "--detach", str(tree), f"{commit}^")
        try:
            result = subprocess.run(
                [sys.executable, "-c", OLD_READER, str(part), str(KEPT), str(tree)],
                cwd=folder, env={"PYTHONPATH": str(tree), "PATH": ""},
                check=True, capture_output=True, text=True,
            )  # fmt: skip
        finally:
            git("worktree", "remove", "--force", str(tree))
    return commit, json.loads(result.stdout)


def stored_reader(path: Path = READINGS_FILE) -> Callable[[str, Table], list[Reading]]:
    """A reader that gives the stored readings of a request it holds (by its text and its
    table's header) and today's reader's otherwise; today's alone when no file is there."""
    if not path.is_file():
        return read
    stored = json.loads(gzip.decompress(path.read_bytes()))["requests"]
    held = {
        (r["text"], tuple(r["header"])): [Reading(code, score) for code, score in r["readings"]]
        for r in stored
    }

    def reader(utterance: str, table: Table) -> list[Reading]:
        found = held.get((utterance, table.header))
        return list(found) if found is not None else read(utterance, table)

    return reader


def reading_unread(generator: Generator, current: bool = False) -> Generator:
    """The default generator with the stored readings in place of today's reader's (unless
    `current`); any other generator as it is."""
    if isinstance(generator, ReadAndGenerate) and not current:
        generator.reader = stored_reader()
    return generator


def main() -> None:
    from calibrate import DEV_SETS  # the sets the fits use (dev-v17 is never read)

    commits: dict[str, str] = {}
    requests: list[dict[str, object]] = []
    for name in DEV_SETS:
        for part in sorted(p for p in (ROOT / name).iterdir() if p.is_dir()):
            commit, found = part_readings(part)
            commits[f"{name}/{part.name}"] = commit
            requests += found
            print(f"{name}/{part.name}: {len(found)} requests, reader of {commit[:7]}^")
    report = {"readings_per_request": KEPT, "added_by": commits, "requests": requests}
    text = json.dumps(report, separators=(",", ":"), sort_keys=True).encode()
    READINGS_FILE.write_bytes(gzip.compress(text, mtime=0))
    print(f"wrote {READINGS_FILE} ({len(requests)} requests)")


if __name__ == "__main__":
    main()
