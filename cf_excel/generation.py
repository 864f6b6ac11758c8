"""From an utterance and a sheet to ranked, executed rule candidates.

This is the one generation API the CLI (and later the server) calls: the model proposes code,
each candidate is parsed, executed on the sheet's table, and reported with the cells it would
format. Until the diffusion model lands, `retrieval` is the only model.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from cf_excel.config import SHIPPED_MODEL
from cf_excel.data import Benchmark
from cf_excel.evaluate import Model
from cf_excel.retrieval import RetrievalModel
from cf_excel.rules import Rule, RuleSyntaxError, format_rule, parse_rule
from cf_excel.rules.executor import applied_columns, cell_address, column_letter, highlighted_cells
from cf_excel.sheets.table import Table

MODELS = ("codefusion", "retrieval")


@dataclass
class RuleCandidate:
    code: str
    score: float
    rule: Rule | None = None
    error: str | None = None
    applies_to: list[str] = field(default_factory=list)  # column ranges, e.g. B2:B40
    cells: list[str] = field(default_factory=list)  # formatted cells, A1, by row then column

    @property
    def valid(self) -> bool:
        return self.rule is not None

    def as_json(self) -> dict[str, object]:
        return {
            "rule": format_rule(self.rule) if self.rule else self.code,
            "score": self.score,
            "valid": self.valid,
            "error": self.error,
            "applies_to": self.applies_to,
            "cells": self.cells,
        }


def load_model(
    name: str,
    target: Benchmark = "cf",
    data_dir: str | None = None,
    checkpoint: str | None = None,
    steps: int | None = None,
    constrained: bool = True,
    seeds: int | None = None,
) -> Model:
    """A generation model by name: the CodeFusion checkpoint (shipped one by default) or the
    retrieval baseline."""
    if name == "retrieval":
        return RetrievalModel.from_benchmark(target, data_dir)
    if name == "codefusion":
        from cf_excel.generator import CodeFusionGenerator

        directory = Path(checkpoint) if checkpoint else SHIPPED_MODEL
        return CodeFusionGenerator(directory, steps, constrained, seeds_per_candidate=seeds)
    raise ValueError(f"unknown model {name!r}; available: {', '.join(MODELS)}")


def generate_rules(
    model: Model, text: str, table: Table, top_k: int = 5, today: dt.date | None = None
) -> tuple[list[RuleCandidate], float]:
    """Candidates for `text` on `table`, each executed; also the generation latency in ms."""
    start = time.perf_counter()
    proposals = model.generate(text, top_k, table)
    latency_ms = (time.perf_counter() - start) * 1000
    candidates = []
    for proposal in proposals:
        candidate = RuleCandidate(proposal.code, proposal.score)
        try:
            candidate.rule = parse_rule(proposal.code)
        except RuleSyntaxError as error:
            candidate.error = str(error)
        else:
            candidate.applies_to = column_ranges(candidate.rule, table)
            cells = sorted(highlighted_cells(candidate.rule, table, today))
            candidate.cells = [cell_address(table, cell) for cell in cells]
        candidates.append(candidate)
    return candidates, latency_ms


def column_ranges(rule: Rule, table: Table) -> list[str]:
    """The data ranges the rule formats, adjacent columns merged (`A2:E13`, not five ranges)."""
    first, last = table.data_rows
    blocks: list[list[int]] = []
    for column in applied_columns(rule, table):
        if blocks and column == blocks[-1][-1] + 1:
            blocks[-1].append(column)
        else:
            blocks.append([column])
    return [
        f"{column_letter(table.origin[1] + block[0])}{first}:"
        f"{column_letter(table.origin[1] + block[-1])}{last}"
        for block in blocks
    ]
