"""The shipped checkpoints load and answer: CF within the grammar, doing what the README says it
does (a guard against codec or decoder changes that silently break it); Bash and Python with
each candidate checked by the language's parser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cf_excel.benchmarks.data import Benchmark
from cf_excel.candidates import Request, generate_candidates
from cf_excel.codefusion.config import CHECKPOINTS, SHIPPED_MODEL, Config
from cf_excel.excel.formats import format_from_text
from cf_excel.generators import default_generator, load_generator
from cf_excel.programs import is_valid_program
from cf_excel.replies import sentence
from cf_excel.rules import parse_rule
from cf_excel.sheets.workbook import read_table

INVOICES = Path(__file__).resolve().parents[1] / "examples" / "invoices.xlsx"
BUILT = dt.date(2026, 11, 26)  # the sample's due dates lie around this day (requests.yaml)


@pytest.mark.parametrize("target", ["cf", "bash", "python"])
def test_checkpoint_is_small_and_complete(target: str) -> None:
    folder = CHECKPOINTS / f"{target}-cpu"
    files = {path.name: path.stat().st_size for path in folder.iterdir()}
    assert {
        "model.safetensors",
        "encoder.safetensors",
        "config.json",
        "code_vocab.json",
        "meta.json",
        "README.md",
    } <= set(files)
    neighbours = files.pop("neighbours.safetensors", 0)  # Bash/Python: the consensus's index
    assert sum(files.values()) <= 20_000_000 and neighbours <= 8_000_000
    config = Config.stored_in(folder)  # read without torch, as load_generator checks it
    assert config is not None and (config.target, config.architecture) == (target, "codefusion")


def test_codefusion_with_the_reader_is_the_default_where_it_is_shipped() -> None:
    assert (SHIPPED_MODEL / "model.safetensors").is_file()
    assert default_generator() == "codefusion+reader"


@pytest.mark.slow
def test_readme_example_on_the_sample_workbook() -> None:
    sheet = read_table(INVOICES)
    generator = load_generator("codefusion")
    text = "highlight amounts greater than 1000"
    candidates, _ = generate_candidates(generator, text, Request("cf", sheet.table, BUILT), 5)
    assert candidates and all(c.valid for c in candidates)
    best = candidates[0]
    assert best.rule == parse_rule("GreaterThan(c[2], 1000)")
    assert best.addresses == ["C2", "C4", "C7", "C9", "C11"]


@pytest.mark.slow
def test_readme_main_command_finds_the_overdue_rows() -> None:
    sheet = read_table(INVOICES)
    generator = load_generator("codefusion")
    text = "highlight overdue rows red"
    request = Request("cf", sheet.table, BUILT, format_from_text(text))
    candidates, _ = generate_candidates(generator, text, request, 5)
    best = candidates[0]
    assert best.rule == parse_rule("Rows(BeforeToday(c[3]))")
    assert best.rows == 5 and best.format.fill == "#FF0000"
    assert sentence(best) == "rows where Due Date is before today → red fill (5 rows match)"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("target", "text"),
    [("bash", "find all txt files in the current directory"), ("python", "reverse a list")],
)
def test_the_program_checkpoints_answer_with_checked_candidates(
    target: Benchmark, text: str
) -> None:
    generator = load_generator("codefusion", target)
    assert generator.target == target
    proposals = generator.propose(text, 5, None)
    assert len(proposals) == 5  # one noise seed per candidate, one program from each
    candidates, _ = generate_candidates(generator, text, Request(target), 5)
    # seeds that spell the same program merge (seeded noise: the same proposals again)
    assert sorted(c.code for c in candidates) == sorted({p.code for p in proposals})
    for candidate in candidates:
        assert candidate.valid == is_valid_program(target, candidate.code)
    valid = [c.valid for c in candidates]
    assert valid == sorted(valid, reverse=True)  # parser-checked answers first


@pytest.mark.slow
def test_the_bash_checkpoint_answers_as_its_model_card_says() -> None:
    generator = load_generator("codefusion", "bash")
    text = "find all txt files in the current directory"
    candidates, _ = generate_candidates(generator, text, Request("bash"), 5)
    assert candidates[0].code == 'find . -name "*.txt"' and candidates[0].valid
