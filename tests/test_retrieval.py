"""The retrieval baseline."""

from __future__ import annotations

from cf_excel.benchmarks.data import Example
from cf_excel.baselines.retrieval import RetrievalModel, terms

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
    candidates = model.generate("Highlight cells greater than 100", top_k=5)
    assert candidates[0].code == "GreaterThan(100)"
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_candidates_have_distinct_code_and_skip_non_rules() -> None:
    model = RetrievalModel(TRAIN, "cf")
    codes = [c.code for c in model.generate("duplicate cells", top_k=5)]
    assert codes.count("Duplicates()") == 1
    assert model.skipped == 1
    assert all("formula2" not in code for code in codes)


def test_no_overlap_gives_no_candidates() -> None:
    assert RetrievalModel(TRAIN, "cf").generate("zzz qqq", top_k=3) == []


def test_bash_keeps_every_training_command() -> None:
    model = RetrievalModel([Example(1, "list files", "ls -l"), Example(2, "x", "((")], "bash")
    assert model.skipped == 0
