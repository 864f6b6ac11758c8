"""The grammar and the task pane live outside the package in the repository; check the wheel
ships them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_non_editable_install_parses_rules(tmp_path: Path) -> None:
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("cf_excel-*.whl"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import cf_excel.rules as r; from cf_excel.server.pages import ADDIN_DIR as a;"
        "assert all((a / f).is_file() for f in ('taskpane.html', 'taskpane.js', 'excel.js',"
        " 'assets/icon-80.png')), sorted(p.name for p in a.iterdir());"
        # the packages of the new layout, and the shipped checkpoints beside them
        "import cf_excel.candidates, cf_excel.generators, cf_excel.baselines.retrieval,"
        " cf_excel.benchmarks.metrics, cf_excel.codefusion.config as c;"
        "assert all((c.CHECKPOINTS / f'{t}-cpu' / f).is_file() for t in ('cf', 'bash', 'python')"
        " for f in ('config.json', 'model.safetensors', 'code_vocab.json')), c.CHECKPOINTS;"
        "print(r.format_rule(r.parse_rule('top(10%)')), r.__file__, c.SHIPPED_MODEL)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target)},
    )
    printed, location, shipped = result.stdout.split()
    assert printed == "TopPercent(10)"
    assert location.startswith(str(target))  # the installed copy, not the checkout
    assert shipped == str(target / "cf_excel" / "models" / "cf-cpu")
