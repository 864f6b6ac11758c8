"""The learnt order of a request's answers: what it weighs of each answer, the order it gives
(and the pool's own without weights), its file beside the checkpoint, and the shipped one."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from cf_excel.candidates import EDIT_SHARE, Proposal, Request, ranked
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.codefusion.ranking import (
    NO_RANKING,
    RANKING_FILE,
    RankFeatures,
    Ranking,
    load_ranking,
    ranking_of,
)
from cf_excel.sheets.values import table_from_grid
from tests.support import FixedGenerator

ORDERS = table_from_grid(
    [["Client", "Status", "Amount", "Due"],
     ["Acme", "Open", 120, dt.date(2026, 1, 5)],
     ["Birch", "Paid", 80, dt.date(2026, 2, 1)],
     ["Cobalt", "Open", 40, dt.date(2026, 3, 9)],
     ["Dune", "Paid", 300, dt.date(2026, 1, 20)]]
)  # fmt: skip
REQUEST = Request("cf", ORDERS, dt.date(2026, 2, 15))
CELL = "TextEquals(c[1], 'Open')"
ROW = "Rows(TextEquals(c[1], 'Open'))"
BOTH = "Rows(AND(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))"
EDITS = Ranking(edits=True)  # the pool's own order, with the edits of its first answers


def answers(utterance: str, ranking: Ranking = NO_RANKING) -> list[str]:
    proposals = [Proposal(CELL, -0.2, reading=0.8), Proposal(ROW, -1.0, reading=0.78)]
    return [c.code for c in ranked(proposals, REQUEST, 5, utterance=utterance, ranking=ranking)]


def test_each_valid_answer_carries_what_the_order_weighs() -> None:
    proposals = [Proposal(BOTH, -0.1, reading=0.9), Proposal(CELL, -2.0)]
    both, cell = ranked(proposals, REQUEST, 5, utterance="open rows over 100")
    assert both.ranks is not None and cell.ranks is not None
    assert both.ranks.whole_rows == 1.0 and both.ranks.rows_asked == 1.0  # "rows" said
    assert both.ranks.tests == 0.5 and both.ranks.columns_read == 0.5  # two tests, two columns
    assert both.ranks.row_share == 0.25 and both.ranks.all_rows == 0.0
    assert both.ranks.fullest_reading == 1.0 and both.ranks.pool_first == 1.0
    assert both.ranks.gap == 0.0 and cell.ranks.gap == pytest.approx(-0.19)
    assert cell.ranks.model_only == 1.0 and cell.ranks.model_share == cell.ranks.share > 0
    assert cell.ranks.whole_rows == 0.0 and cell.ranks.pool_rank > 0


def test_without_weights_the_pool_keeps_its_order() -> None:
    assert answers("flag the open rows") == [CELL, ROW]


def test_weights_reorder_the_answers() -> None:
    rows_first = Ranking({"rows_asked": 3.0, "gap": 1.0})
    assert answers("flag the open rows", rows_first) == [ROW, CELL]
    assert answers("flag the open ones", rows_first) == [CELL, ROW]  # no rows asked for


def test_an_invalid_rule_stays_after_the_valid_ones() -> None:
    proposals = [Proposal("GreaterThan(c[9], 1)", 0.0), Proposal(CELL, -3.0, reading=0.5)]
    got = ranked(proposals, REQUEST, 5, utterance="open", ranking=Ranking({"gap": -5.0}))
    assert [c.valid for c in got] == [True, False] and got[1].ranks is None


def test_an_order_fitted_with_edits_gets_the_edits_of_the_pool_s_first_answers() -> None:
    proposals = [Proposal(BOTH, -0.1, reading=0.9), Proposal(ROW, -2.0)]
    plain = ranked(proposals, REQUEST, 100, utterance="open rows over 100")
    assert [c.code for c in plain] == [BOTH, ROW]
    got = ranked(proposals, REQUEST, 100, utterance="open rows over 100", ranking=EDITS)
    assert [c.code for c in got[:2]] == [BOTH, ROW] and not got[0].edit
    edits = {c.code: c for c in got[2:]}
    assert len({frozenset(c.cells) for c in got}) == len(got)  # each formats other cells
    assert "Rows(NOT(TextEquals(c[1], 'Open')))" in edits  # ROW's too: it is second
    assert ROW not in edits
    dropped = edits["Rows(GreaterThan(c[2], 100))"]  # the other drop is ROW: not offered again
    assert dropped.edit == "dropped" and dropped.ranks is not None
    assert dropped.ranks.edited == dropped.ranks.edit_dropped == 1.0
    assert dropped.ranks.model_only == 0.0 and dropped.ranks.read == 0.0
    assert dropped.score == pytest.approx(-0.1 + math.log(EDIT_SHARE))
    joined = edits["Rows(OR(TextEquals(c[1], 'Open'), GreaterThan(c[2], 100)))"]
    assert joined.ranks is not None and joined.ranks.edit_joined == 1.0
    assert all(c.cells for c in got)  # an edit formatting nothing is not offered


def test_an_edit_never_goes_first() -> None:
    proposals = [Proposal(BOTH, -0.1, reading=0.9)]
    edits_first = Ranking({"edited": 5.0, "gap": 1.0}, edits=True)
    got = ranked(proposals, REQUEST, 5, utterance="open rows over 100", ranking=edits_first)
    assert got[0].code == BOTH and all(c.edit for c in got[1:]) and len(got) == 5


def test_the_file_is_read_and_checked(tmp_path: Path) -> None:
    assert load_ranking(tmp_path) is NO_RANKING
    (tmp_path / RANKING_FILE).write_text(json.dumps({"weights": {"gap": 1.5}}), "utf-8")
    loaded = load_ranking(tmp_path)
    assert loaded.weights == {"gap": 1.5} and loaded.source == str(tmp_path / RANKING_FILE)
    assert not loaded.edits  # fitted without edits in the pool: none are offered
    (tmp_path / RANKING_FILE).write_text(json.dumps({"weights": {"edited": -1.0}}), "utf-8")
    assert load_ranking(tmp_path).edits
    (tmp_path / RANKING_FILE).write_text(json.dumps({"weights": {"vibes": 1.0}}), "utf-8")
    with pytest.raises(ValueError, match="unknown features \\['vibes'\\]"):
        load_ranking(tmp_path)
    assert ranking_of(FixedGenerator({})) is NO_RANKING


def test_the_shipped_model_carries_its_ranking() -> None:
    """scripts/fit_ranking.py's output: our features, fitted on development sources only, and
    measured with each source left out."""
    stored = json.loads((SHIPPED_MODEL / RANKING_FILE).read_text(encoding="utf-8"))
    assert set(stored["weights"]) == set(RankFeatures.names())
    sources = set(stored["data"]["sets"])
    assert sources <= {"requests", "synthetic", "cf-train"} | {f"dev-v{n}" for n in range(1, 99)}
    assert {fold.partition(" ")[0] for fold in stored["left_out_source"]} == sources
    assert load_ranking(SHIPPED_MODEL).weights == stored["weights"]
