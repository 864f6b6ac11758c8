"""CodeFusion and the request reader in one pool of proposals: what users get by default.

The model has learnt the CF benchmark's and this team's phrasing; the reader (cf_excel.reading)
knows no phrasing but reads any request its lexicon covers, on the user's own columns and
values. Each reading joins the model's samples as a proposal with a share of their probability:
a reading that accounts for at least READ_FIRST of the request's words leads (LEAD times the
samples' probability) unless the samples already agree on one answer (SURE of their
probability); any other reading weighs READER_WEIGHT · coverage^COVERAGE_POWER. Further
readings of one request are halved each. Proposals that format the same cells merge, so a
reading the samples agree with is surer than either alone. The calibrated confidence sees the
coverage too (`Features.read`), fitted for this pool by `scripts/calibrate.py --model
codefusion+reader` into the checkpoint's calibration-reader.json, after the pool's answers are
put in the learnt order stored beside it (`codefusion.ranking`, ranking-reader.json).

The settings were chosen on development sets only (dev-v1, the CF test split, our request
sets): on dev-v1 top-1 22 → 73% with the model's CF top-1 66.9 → 62.9% (top-5 81.5 → 82.0%);
the frontier of other settings is in docs/HISTORY.md. SURE was raised from 0.9 in the sixth
round, when the samples agreeing on a wrong answer ("before 8.30am" read as BeforeToday) cost
dev-v1 … dev-v4 more than it saved; the CF test split is unchanged. `--model codefusion` is the
model alone.
"""

from __future__ import annotations

import math

from cf_excel.candidates import Generator, Proposal, ScoreKind
from cf_excel.codefusion.confidence import Calibration, calibration_of
from cf_excel.codefusion.config import Target
from cf_excel.codefusion.probability import log_sum_exp
from cf_excel.codefusion.ranking import NO_RANKING, Ranking
from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table

# Chosen on development sets (dev-v1, the CF test split, our request sets; docs/HISTORY.md):
READER_WEIGHT = 1.0  # a full reading's probability, as a multiple of all the samples'
COVERAGE_POWER = 2  # how fast a reading loses weight for each word it leaves unexplained
READ_FIRST = 0.3  # a reading that accounts for this share of the request outranks the samples
LEAD = 1000.0  # its weight then
SURE = 0.995  # ... unless the samples' favourite has this share of their probability


class ReadAndGenerate:
    """A CF generator whose proposals are its model's plus the reader's readings."""

    def __init__(
        self,
        model: Generator,
        calibration: Calibration | None = None,
        ranking: Ranking = NO_RANKING,
    ) -> None:
        self.model = model
        self.calibration = calibration or calibration_of(model)
        self.ranking = ranking  # the learnt order of the pool's answers (codefusion.ranking)

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

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        proposals = self.model.propose(utterance, top_k, table)
        if table is None:
            return proposals
        total = log_sum_exp([p.score for p in proposals]) if proposals else 0.0
        sure = favourite_share(proposals, total) >= SURE
        for rank, reading in enumerate(read(utterance, table)[: max(top_k, 1)]):
            lead = reading.score >= READ_FIRST and not sure
            weight = (LEAD if lead else READER_WEIGHT * reading.score**COVERAGE_POWER) * 0.5**rank
            if weight > 0:
                score = total + math.log(weight)
                proposals.append(Proposal(reading.code, score, reading=reading.score))
        return proposals


def favourite_share(proposals: list[Proposal], total: float) -> float:
    """The share of the samples' probability on their most probable code (0: no samples)."""
    by_code: dict[str, list[float]] = {}
    for proposal in proposals:
        by_code.setdefault(proposal.code, []).append(proposal.score)
    if not by_code:
        return 0.0
    return max(math.exp(log_sum_exp(scores) - total) for scores in by_code.values())
