"""A pool of proposals as probabilities: the log-sum of their scores and each answer's share.

Generators score proposals with log-probabilities (CodeFusion's samples, the reader's readings
beside them) or similarities (retrieval, the reader alone); an answer's share of the pool and
the pool's rest are what its confidence and its rank weigh (`candidates`, `ranking`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def log_sum_exp(values: Sequence[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


@dataclass(frozen=True)
class Mass:
    """All proposals, dropped ones included: the denominators of an answer's share and
    agreement."""

    log_total: float | None  # their summed probability, log (None: similarity scores)
    count: int

    @classmethod
    def of(cls, scores: Sequence[float], log_probabilities: bool) -> Mass:
        """The mass of proposals scored `scores` (log-probabilities, or similarities)."""
        total = log_sum_exp(scores) if scores else 0.0
        return cls(total if log_probabilities else None, max(len(scores), 1))

    def share(self, score: float) -> float:
        """A merged answer's probability among all answers; a similarity stays itself."""
        if self.log_total is None:
            return min(max(score, 0.0), 1.0)
        return min(math.exp(score - self.log_total), 1.0)

    def rest(self, score: float) -> float | None:
        """The log-probability of every other proposal (None: none, or similarity scores)."""
        share = self.share(score)
        if self.log_total is None or share >= 1.0:
            return None
        return self.log_total + math.log1p(-share)
