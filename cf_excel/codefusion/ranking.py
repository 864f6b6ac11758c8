"""A learnt order for a request's answers: which of the pool's answers goes first.

The pool's own order (`candidates.ranked`) is its probability: a reading of the request reader
leads the model's samples, and the reader orders its readings by how much of the request each
accounts for. Right answers often sit second or third all the same ("highlight the names of
…" read on the tested column first, the whole row before the one column), and on requests
nobody here had read (dev-v16, the blind sets) the right cells were in the top 5 but not first
for 7–10% of them. What else the pool knows of an answer — whether the model's samples agree
with it, how many rows it formats, whether it is the reader's fullest reading, how many tests
and columns it has, whether it spans rows the request asks for — says which of them is likelier
meant, and none of it is a word list that one writer's phrasing would have taught.

A conditional logit (McFadden 1974; the listwise ranking of Cao et al. 2007) scores each
answer as a weighted sum of the features below; the answers of one request are ordered by it.
`scripts/fit_ranking.py` fits the weights on development requests only and writes them beside
the checkpoint (`ranking-reader.json`); without that file the pool keeps its own order. An
order fitted with the edits of the pool's first answers in the pool (`rules.edits`: a test
dropped or negated, AND read as OR, …) gets them in the pool again (`Ranking.edits`), and
weighs each by its kind besides what it weighs of any answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from cf_excel.codefusion.confidence import fitted_file, weighted_sum
from cf_excel.rules import Rule, ast
from cf_excel.rules.grounding import Support

RANKING_FILE = "ranking-reader.json"  # beside the checkpoint, for the model with the reader
GAP_CAP = 20.0  # nats: an answer this far below the pool's best is as good as absent
# A request that says it wants rows ("the whole line", "those records") rather than cells.
ROW_WORDS = re.compile(r"\b(?:rows?|lines?|records?|entry|entries|entire|whole)\b", re.I)
# Leaves of a rule: each is one test of a cell (AND, OR, NOT and scopes only join or place them).
TESTS = (
    ast.Comparison,
    ast.Between,
    ast.TextMatch,
    ast.Rank,
    ast.Average,
    ast.Preset,
    ast.DatePeriod,
    ast.RelativeDate,
    ast.Visual,
    ast.Formula,
)


@dataclass(frozen=True)
class RankFeatures:
    """What the ranking weighs of one valid answer, beside the request's other answers."""

    gap: float  # its log-probability below the pool's best, nats / 10 (0: the best, ≤ 0)
    share: float  # its probability share of all proposals (0–1)
    agreement: float  # the share of the proposals that are this answer (0–1)
    read: float  # the reader's coverage of the request for it (0: the reader did not read it)
    fullest_reading: float  # 1.0 for the answer(s) with the reader's highest coverage
    model_only: float  # 1.0 when only the model's samples proposed it
    model_share: float  # share, for an answer only the model proposed
    columns_named: float  # the share of its columns the request names (`rules.grounding`)
    literals_copied: float  # the share of its numbers and texts the request says
    columns_unused: float  # the share of the request's columns it does not read
    formats_nothing: float  # 1.0 when it formats no cell of a table with data rows
    row_share: float  # the share of the table's data rows it formats
    all_rows: float  # 1.0 when it formats every data row
    pool_rank: float  # log of its place in the pool's own order (0: first)
    pool_first: float  # 1.0 for the pool's first answer
    whole_rows: float  # 1.0 for a whole-row rule
    one_column: float  # 1.0 for a rule placed on one named column
    block: float  # 1.0 for a rule placed on a block of columns
    tests: float  # its tests, / 4, at most 1
    formula: float  # 1.0 when it is, or holds, an Excel formula
    rows_asked: float  # 1.0 for a whole-row rule when the request speaks of rows
    columns_read: float  # the table columns it tests, / 4, at most 1
    edited: float  # 1.0 for an edit of one of the pool's first answers (`rules.edits`)
    edit_dropped: float  # 1.0 for an edit that drops a test of an AND/OR
    edit_negated: float  # 1.0 for an edit that negates a test
    edit_joined: float  # 1.0 for an edit that reads AND as OR or OR as AND

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


# The features only an edit has (0 for every proposal): `scripts/fit_ranking.py` fits their
# weights after the others', so that the proposals' order is the one fitted without edits.
EDIT_FEATURES = ("edited", "edit_dropped", "edit_negated", "edit_joined")


@dataclass(frozen=True)
class Pool:
    """What one answer's features are measured against: the request and its other answers."""

    best_score: float  # the best valid answer's merged log-probability
    best_reading: float  # the reader's highest coverage among them
    data_rows: int
    rows_asked: bool  # the request speaks of rows


def pool_of(scores: list[float], readings: list[float], data_rows: int, utterance: str) -> Pool:
    return Pool(
        max(scores, default=0.0),
        max(readings, default=0.0),
        data_rows,
        bool(ROW_WORDS.search(utterance)),
    )


def rank_features(
    rule: Rule,
    score: float,
    reading: float,
    rows: int,
    pool_rank: int,
    share: float,
    agreement: float,
    support: Support,
    pool: Pool,
    edit: str = "",
) -> RankFeatures:
    """One valid answer's features (`pool_rank` counts from 0; `edit`: the kind of edit that
    made it, or "" for a proposal)."""
    scoped = rule.rule if isinstance(rule, (ast.WholeRow, ast.Scoped)) else rule
    nodes = ast.walk(scoped)
    whole_rows = isinstance(rule, ast.WholeRow)
    model_only = float(reading == 0 and not edit)
    return RankFeatures(
        gap=max(score - pool.best_score, -GAP_CAP) / 10,
        share=share,
        agreement=agreement,
        read=reading,
        fullest_reading=float(reading > 0 and reading == pool.best_reading),
        model_only=model_only,
        model_share=share * model_only,
        columns_named=support.columns_named,
        literals_copied=support.literals_copied,
        columns_unused=support.columns_unused,
        formats_nothing=float(pool.data_rows > 0 and rows == 0),
        row_share=rows / pool.data_rows if pool.data_rows else 0.0,
        all_rows=float(pool.data_rows > 0 and rows == pool.data_rows),
        pool_rank=math.log(pool_rank + 1),
        pool_first=float(pool_rank == 0),
        whole_rows=float(whole_rows),
        one_column=float(isinstance(rule, ast.Scoped) and rule.first == rule.last),
        block=float(isinstance(rule, ast.Scoped) and rule.first < rule.last),
        tests=min(sum(isinstance(node, TESTS) for node in nodes), 4) / 4,
        formula=float(any(isinstance(node, ast.Formula) for node in nodes)),
        rows_asked=float(whole_rows and pool.rows_asked),
        columns_read=min(len({n.index for n in nodes if isinstance(n, ast.Column)}), 4) / 4,
        edited=float(bool(edit)),
        edit_dropped=float(edit == "dropped"),
        edit_negated=float(edit == "negated"),
        edit_joined=float(edit == "and-or"),
    )


@dataclass(frozen=True)
class Ranking:
    """An answer's rank score is Σ weights[f]·f; with no weights, the pool keeps its order."""

    weights: dict[str, float] = field(default_factory=dict)
    source: str = "none"  # the file it was read from, or "none"
    # Whether the pool offers edits of its first answers (`rules.edits`): only an order fitted
    # with them in the pool knows when one is likelier meant than a proposal.
    edits: bool = False

    def score(self, features: RankFeatures) -> float:
        return weighted_sum(self.weights, features)


NO_RANKING = Ranking()


def load_ranking(directory: Path, name: str = RANKING_FILE) -> Ranking:
    """The ranking stored in a checkpoint folder, or none (the pool's own order)."""
    path = directory / name
    stored = fitted_file(path, RankFeatures.names())
    if stored is None:
        return NO_RANKING
    weights = {name: float(w) for name, w in stored["weights"].items()}
    return Ranking(weights, str(path), "edited" in weights)


def ranking_of(generator: Any) -> Ranking:
    """The ranking loaded with a generator's checkpoint, else none."""
    found = getattr(generator, "ranking", None)
    return found if isinstance(found, Ranking) else NO_RANKING
