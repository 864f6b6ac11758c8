"""From an utterance and a sheet to ranked, executed rule candidates.

This is the one generation API the CLI (and later the server) calls: the model proposes code,
each candidate is parsed, executed on the sheet's table, and reported with the cells it would
format, the format the request asks for, a sentence in plain words and the Excel rule that
will be written. `codefusion` (the shipped checkpoint) and the `retrieval` baseline both serve.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from cf_excel.config import CHECKPOINTS, Config
from cf_excel.data import Benchmark
from cf_excel.evaluate import Model
from cf_excel.excel.mapping import ExcelRule, excel_rule
from cf_excel.excel.officejs import officejs_rule
from cf_excel.formats import DEFAULT_FORMAT, CellFormat, format_from_text
from cf_excel.programs import is_valid_program
from cf_excel.retrieval import RetrievalModel
from cf_excel.rules import Rule, RuleSyntaxError, format_rule, parse_rule
from cf_excel.rules.ast import Visual
from cf_excel.rules.describe import describe_rule
from cf_excel.rules.executor import cell_address, highlighted_cells
from cf_excel.sheets.table import Table

MODELS = ("codefusion", "retrieval", "autoregressive", "autoregressive-nucleus")


@dataclass
class RuleCandidate:
    code: str
    score: float
    rule: Rule | None = None
    error: str | None = None
    applies_to: list[str] = field(default_factory=list)  # data ranges, e.g. B2:B40
    cells: list[str] = field(default_factory=list)  # formatted cells, A1, by row then column
    rows: int = 0  # data rows with at least one formatted cell
    description: str = ""
    excel: ExcelRule | None = None
    format: CellFormat = DEFAULT_FORMAT

    @property
    def valid(self) -> bool:
        return self.rule is not None

    def sentence(self) -> str:
        """ "rows where Due Date is before today → red fill (3 rows match)"."""
        if self.rule is None:
            return f"{self.code}  (invalid: {self.error})"
        look = "its visual format" if isinstance(self.rule, Visual) else self.format.describe()
        count = "1 row matches" if self.rows == 1 else f"{self.rows} rows match"
        return f"{self.description} → {look} ({count})"

    def as_json(self) -> dict[str, object]:
        return {
            "rule": format_rule(self.rule) if self.rule else self.code,
            "score": self.score,
            "valid": self.valid,
            "error": self.error,
            "description": self.description,
            "applies_to": self.applies_to,
            "cells": self.cells,
            "rows": self.rows,
            "format": self.format.as_json(),
            "excel": self.excel.as_json() if self.excel else None,
            "officejs": officejs_rule(self.excel, self.format) if self.excel else None,
        }


class ModelUnavailableError(FileNotFoundError):
    """No checkpoint for the requested target (none shipped, or a path that holds none)."""


@dataclass
class ProgramCandidate:
    """A Bash command or Python snippet, and whether the language's parser accepts it."""

    code: str
    score: float
    valid: bool

    def as_json(self) -> dict[str, object]:
        return {"code": self.code, "score": self.score, "valid": self.valid}


def load_model(
    name: str,
    target: Benchmark = "cf",
    data_dir: str | None = None,
    checkpoint: str | None = None,
    steps: int | None = None,
    constrained: bool = True,
    seeds: int | None = None,
    beam_width: int | None = None,
) -> Model:
    """A generation model by name: the CodeFusion checkpoint (shipped one by default) or the
    retrieval baseline."""
    if name == "retrieval":
        return RetrievalModel.from_benchmark(target, data_dir)
    if name == "codefusion":
        from cf_excel.generator import CodeFusionGenerator

        directory = Path(checkpoint) if checkpoint else CHECKPOINTS / f"{target}-cpu"
        available(directory, target, "codefusion")
        return CodeFusionGenerator(directory, steps, constrained, seeds, beam_width)
    if name.startswith("autoregressive"):
        from cf_excel.autoregressive import AutoregressiveGenerator

        directory = Path(checkpoint) if checkpoint else CHECKPOINTS / f"{target}-ar"
        available(directory, target, "autoregressive")
        baseline = AutoregressiveGenerator(
            directory, "nucleus" if name.endswith("nucleus") else "beam"
        )
        baseline.name = name
        return baseline
    raise ValueError(f"unknown model {name!r}; available: {', '.join(MODELS)}")


def available(directory: Path, target: Benchmark, architecture: str) -> None:
    """A checkpoint of this target and architecture is in `directory`, or a clear error."""
    config = Config.stored_in(directory)
    if config is None or not (directory / "model.safetensors").is_file():
        raise ModelUnavailableError(
            f"no {architecture} checkpoint for {target} in {directory}; train one "
            f"(`cf-excel train --target {target} --set architecture={architecture} ...`) "
            "or use --model retrieval"
        )
    if (config.target, config.architecture) != (target, architecture):
        raise ModelUnavailableError(
            f"{directory} is a {config.target} {config.architecture} model, "
            f"not a {target} {architecture} one"
        )


def generate_rules(
    model: Model,
    text: str,
    table: Table,
    top_k: int = 5,
    today: dt.date | None = None,
    fmt: CellFormat | None = None,
) -> tuple[list[RuleCandidate], float]:
    """Candidates for `text` on `table`, each executed; also the generation latency in ms.

    The format comes from the request's words unless `fmt` is given (a FormatError for an
    unknown colour is raised before the model runs)."""
    fmt = fmt or format_from_text(text)
    start = time.perf_counter()
    proposals = model.generate(text, top_k, table)
    latency_ms = (time.perf_counter() - start) * 1000
    candidates = [candidate(p.code, p.score, table, today, fmt) for p in proposals]
    return candidates, latency_ms


def candidate(
    code: str, score: float, table: Table, today: dt.date | None, fmt: CellFormat
) -> RuleCandidate:
    """One rule's code, parsed and executed on `table` (an invalid one keeps its parse error)."""
    proposed = RuleCandidate(code, score, format=fmt)
    try:
        proposed.rule = parse_rule(code)
    except RuleSyntaxError as error:
        proposed.error = str(error)
    else:
        describe(proposed, proposed.rule, table, today)
    return proposed


def generate_programs(
    model: Model, text: str, target: Benchmark, top_k: int = 5
) -> tuple[list[ProgramCandidate], float]:
    """Bash or Python candidates for `text`, each checked by the language's parser; also the
    generation latency in ms."""
    start = time.perf_counter()
    proposals = model.generate(text, top_k, None)
    latency_ms = (time.perf_counter() - start) * 1000
    checked = [
        ProgramCandidate(p.code, p.score, is_valid_program(target, p.code)) for p in proposals
    ]
    return checked, latency_ms


def describe(candidate: RuleCandidate, rule: Rule, table: Table, today: dt.date | None) -> None:
    """Fill in what the rule does on this table: its cells, rows, words and Excel form."""
    cells = sorted(highlighted_cells(rule, table, today))
    candidate.cells = [cell_address(table, cell) for cell in cells]
    candidate.rows = len({row for row, _ in cells})
    selected = table.header[table.selection[0]] if len(table.selection) == 1 else "the cell"
    candidate.description = describe_rule(rule, table.header, selected or "the cell")
    candidate.excel = excel_rule(rule, table)
    candidate.applies_to = candidate.excel.ranges
