"""The request reader as a generator: its readings as proposals, scored by the share of the
request they account for (`scores = "similarity"`, like retrieval's)."""

from __future__ import annotations

from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.codefusion.config import Target
from cf_excel.reading.reader import read
from cf_excel.sheets.table import Table


class ReaderGenerator:
    """CF rules only, and only on a sheet: a reading needs the table's columns and values."""

    name = "reader"
    target: Target = "cf"
    scores: ScoreKind = "similarity"
    constrained = True
    steps = None

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        if table is None:
            return []
        return [Proposal(r.code, r.score, reading=r.score) for r in read(utterance, table)]
