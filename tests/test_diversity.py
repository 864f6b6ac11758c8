"""The three diversity measures on hand-computed lists."""

from __future__ import annotations

import math

import pytest

from cf_excel.benchmarks.diversity import (
    distinct_ngrams,
    diversity,
    mean_pairwise_edit_distance,
    mean_pairwise_similarity,
    normalised_edit_distance,
)


def test_distinct_ngrams_by_hand() -> None:
    assert distinct_ngrams(["a b", "a c"], 1) == 3 / 4  # a, b, a, c → 3 distinct of 4
    assert distinct_ngrams(["a b", "a c"], 2) == 1.0  # (a b), (a c)
    assert distinct_ngrams(["x y", "x y"], 1) == 2 / 4  # the same candidate twice
    assert distinct_ngrams(["x y z"] * 5, 3) == 1 / 5
    assert distinct_ngrams(["a"], 2) == 1.0  # no bigrams at all


def test_edit_distance_by_hand() -> None:
    assert normalised_edit_distance(["a", "b", "c"], ["a", "x", "c"]) == 1 / 3  # substitute
    assert normalised_edit_distance(["a", "b"], ["a", "b", "c"]) == 1 / 3  # insert
    assert normalised_edit_distance(["a", "b"], ["b", "a"]) == 1.0  # two substitutions
    assert normalised_edit_distance([], ["a"]) == 1.0
    assert normalised_edit_distance([], []) == 0.0
    # pairs (a b, a c) = 1/2, (a b, a b) = 0, (a c, a b) = 1/2 → mean 1/3
    assert mean_pairwise_edit_distance(["a b", "a c", "a b"]) == pytest.approx(1 / 3)


def test_embedding_similarity() -> None:
    assert mean_pairwise_similarity(["ls -la", "ls -la"]) == pytest.approx(1.0, abs=1e-5)
    near = mean_pairwise_similarity(["find . -name '*.txt'", "find . -name '*.md'"])
    far = mean_pairwise_similarity(["find . -name '*.txt'", "import numpy as np"])
    assert far < near < 1.0


def test_one_candidate_has_no_pairs() -> None:
    single = diversity(["ls"])
    assert math.isnan(single.embedding_similarity) and math.isnan(single.edit_distance)
    assert single.as_json()["distinct_1"] == 1.0
