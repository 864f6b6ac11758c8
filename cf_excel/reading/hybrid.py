"""CodeFusion and the request reader in one pool of proposals: what users get by default.

The model has learnt the CF benchmark's and this team's phrasing; the reader knows no phrasing
but reads any request its lexicon covers, on the user's own columns and values. Each reading
joins the model's samples as if the model had proposed it with a share of the samples' total
probability that grows with the reading's coverage of the request (`READER_WEIGHT ·
coverage⁴`, halved for each further reading): a reading the samples agree with merges with them
and is surer than either alone, a full reading outranks a model answer the samples split on, and
a reading that leaves words unexplained gives way to the model. The calibrated confidence sees
the coverage too (`Features.read`), fitted on development requests by scripts/calibrate.py.
"""

from __future__ import annotations

import math

from cf_excel.candidates import Generator, Proposal, ScoreKind, log_sum_exp
from cf_excel.codefusion.confidence import Calibration, calibration_of
from cf_excel.codefusion.config import Target
from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table

READER_WEIGHT = 2.0  # a full reading's probability, as a multiple of all the samples'
COVERAGE_POWER = 4  # how fast a reading loses weight for each word it leaves unexplained


class ReadAndGenerate:
    """A CF generator whose proposals are its model's plus the reader's readings."""

    def __init__(self, model: Generator) -> None:
        self.model = model

    @property
    def name(self) -> str:
        return f"{self.model.name}+reader"

    @property
    def target(self) -> Target:
        return self.model.target

    @property
    def scores(self) -> ScoreKind:
        return "log_prob"

    @property
    def constrained(self) -> bool:
        return self.model.constrained

    @property
    def steps(self) -> int | None:
        return self.model.steps

    @property
    def calibration(self) -> Calibration:
        return calibration_of(self.model)

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        proposals = self.model.propose(utterance, top_k, table)
        if table is None:
            return proposals
        total = log_sum_exp([p.score for p in proposals]) if proposals else 0.0
        for rank, reading in enumerate(read(utterance, table)[: max(top_k, 1)]):
            weight = READER_WEIGHT * reading.score**COVERAGE_POWER * 0.5**rank
            if weight > 0:
                score = total + math.log(weight)
                proposals.append(Proposal(reading.code, score, reading=reading.score))
        return proposals
