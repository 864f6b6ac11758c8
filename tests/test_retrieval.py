"""The retrieval baseline: TF-IDF nearest utterances, distinct codes, and how its similarities
rank once its proposals go through `generate_candidates`."""

from __future__ import annotations

from pathlib import Path

import pytest

from cf_excel.baselines.retrieval import RetrievalModel, terms
from cf_excel.benchmarks.data import Example
from cf_excel.candidates import Request, generate_candidates
from cf_excel.generators import load_generator
from cf_excel.sheets.values import table_from_grid
from tests.support import TODAY

TRAIN = [
    Example(1, "highlight cells greater than 100", "GreaterThan(100)"),
    Example(2, "color cells greater than 5", "GreaterThan(5)"),
    Example(3, "highlight duplicate values", "Duplicates()"),
    Example(4, "find the duplicates", "Duplicates()"),
    Example(5, "mark blank cells", "Blanks()"),
    Example(6, "broken script", 'TextEquals(x",formula2:undefined});'),
]


def test_terms_are_words_and_pairs() -> None:
    assert terms("Top 10 items!") == ["top", "10", "items", "top 10", "10 items"]


def test_nearest_utterance_comes_first() -> None:
    model = RetrievalModel(TRAIN, "cf")
    assert (model.name, model.scores, model.constrained, model.steps) == (
        "retrieval", "similarity", False, None,
    )  # fmt: skip
    proposals = model.propose("Highlight cells greater than 100", 5, None)
    assert [p.code for p in proposals] == [
        "GreaterThan(100)", "GreaterThan(5)", "Duplicates()", "Blanks()",
    ]  # fmt: skip
    assert proposals[0].score == pytest.approx(1.0)  # the same words: cosine 1
    assert [p.score for p in proposals] == sorted((p.score for p in proposals), reverse=True)


def test_candidates_have_distinct_code_and_skip_non_rules() -> None:
    model = RetrievalModel(TRAIN, "cf")
    codes = [p.code for p in model.propose("duplicate cells", 5, None)]
    assert codes == ["Duplicates()", "Blanks()", "GreaterThan(100)", "GreaterThan(5)"]
    assert model.skipped == 1  # the ExcelScript line is not in the index
    assert [p.code for p in model.propose("duplicate cells", 2, None)] == codes[:2]


def test_no_overlap_gives_no_candidates() -> None:
    assert RetrievalModel(TRAIN, "cf").propose("zzz qqq", 3, None) == []


def test_bash_keeps_every_training_command() -> None:
    model = RetrievalModel([Example(1, "list files", "ls -l"), Example(2, "x", "((")], "bash")
    assert model.skipped == 0
    assert [p.code for p in model.propose("x", 5, None)] == ["(("]


def test_similarities_do_not_add_up_when_answers_merge() -> None:
    """Two training rules that format the same cells are one answer scored by the best
    similarity (CodeFusion's log-probabilities would add up instead)."""
    model = RetrievalModel(TRAIN, "cf")
    table = table_from_grid([["Item", "Qty"], ["Pen", 3], ["Ink", 120]])
    text = "Highlight cells greater than 100"
    candidates, _ = generate_candidates(model, text, Request("cf", table, TODAY), 5)
    best = candidates[0]
    assert best.code == "GreaterThan(100)" and best.addresses == ["B3"]
    assert best.score == pytest.approx(1.0)  # GreaterThan(5) formats B3 too: not added
    # Blanks() and Duplicates() both format nothing here: one answer, after those that do
    assert [c.code for c in candidates] == ["GreaterThan(100)", "Duplicates()"]
    similarity = {p.code: p.score for p in model.propose(text, 5, None)}
    assert candidates[1].score == max(similarity["Blanks()"], similarity["Duplicates()"])


def test_the_benchmark_index_holds_canonical_rules(data_dir: Path) -> None:
    """Training codes are indexed as canonical rules (`Duplicate()` is `Duplicates()`), so
    two spellings of one rule never take two of the k answers."""
    model = load_generator("retrieval", "cf", data_dir=str(data_dir))
    assert model.name == "retrieval" and model.target == "cf"
    proposals = model.propose("highlight duplicate values", 3, None)
    assert proposals[0].code == "Duplicates()"
    assert len({p.code for p in proposals}) == 3
    candidates, _ = generate_candidates(model, "highlight duplicate values", Request("cf"), 3)
    assert [c.code for c in candidates] == [p.code for p in proposals]
