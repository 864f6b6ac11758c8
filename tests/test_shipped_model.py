"""The shipped checkpoints load and answer: CF within the grammar, doing what the README says it
does (a guard against codec or decoder changes that silently break it); Bash and Python with
each candidate checked by the language's parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cf_excel.codefusion.config import CHECKPOINTS
from cf_excel.benchmarks.data import Benchmark
from cf_excel.generation import generate_programs, generate_rules, load_model
from cf_excel.programs import is_valid_program
from cf_excel.rules import parse_rule
from cf_excel.sheets.workbook import read_table

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("target", ["cf", "bash", "python"])
def test_checkpoint_is_small_and_complete(target: str) -> None:
    files = {path.name: path.stat().st_size for path in (CHECKPOINTS / f"{target}-cpu").iterdir()}
    assert {
        "model.safetensors",
        "encoder.safetensors",
        "config.json",
        "code_vocab.json",
        "meta.json",
        "README.md",
    } <= set(files)
    assert sum(files.values()) <= 20_000_000


def test_readme_example_on_the_sample_workbook() -> None:
    sheet = read_table(Path(__file__).resolve().parents[1] / "examples" / "invoices.xlsx")
    model = load_model("codefusion")
    candidates, _ = generate_rules(model, "highlight amounts greater than 1000", sheet.table)
    assert candidates and all(c.valid for c in candidates)
    best = candidates[0]
    assert best.rule == parse_rule("GreaterThan(c[2], 1000)")
    assert best.cells == ["C2", "C4", "C7", "C9", "C11"]


def test_readme_main_command_finds_the_overdue_rows() -> None:
    sheet = read_table(Path(__file__).resolve().parents[1] / "examples" / "invoices.xlsx")
    model = load_model("codefusion")
    built = dt.date(2026, 11, 26)  # the sample's due dates lie around this day
    candidates, _ = generate_rules(model, "highlight overdue rows red", sheet.table, 5, built)
    best = candidates[0]
    assert best.rule == parse_rule("Rows(BeforeToday(c[3]))")
    assert best.rows == 5 and best.format.fill == "#FF0000"
    assert best.sentence() == "rows where Due Date is before today → red fill (5 rows match)"


@pytest.mark.parametrize(
    ("target", "text"),
    [("bash", "find all txt files in the current directory"), ("python", "reverse a list")],
)
def test_the_program_checkpoints_answer_with_checked_candidates(
    target: Benchmark, text: str
) -> None:
    model = load_model("codefusion", target)
    candidates, _ = generate_programs(model, text, target, top_k=5)
    assert 1 <= len(candidates) <= 5
    assert all(c.code for c in candidates)
    for candidate in candidates:
        assert candidate.valid == is_valid_program(target, candidate.code)
