"""A fixed-seed sample of the server soak (`scripts/soak_server.py`): the shipped model behind
`cf-excel serve` on loopback, a few seconds of concurrent requests, then malformed ones. Speed
and memory are the script's to judge over its full run (README, Reliability); here: no error,
and every malformed request answered with JSON and no 5xx."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_a_short_soak_has_no_errors_and_no_broken_answers(tmp_path: Path) -> None:
    out = tmp_path / "soak.json"
    command = [
        sys.executable, str(ROOT / "scripts" / "soak_server.py"), "--seconds", "4",
        "--warmup", "1", "--concurrency", "4", "--malformed", "60", "--seed", "3",
        "--out", str(out),
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, capture_output=True, timeout=300, check=False)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["load"]["requests"] > 0 and report["load"]["errors"] == 0
    assert report["malformed"]["requests"] == 60 and report["malformed"]["broken"] == 0
    assert report["healthy_after"]
