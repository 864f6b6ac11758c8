"""The blind-set harness: exact cells as of the set's day, refusals counted as misses by reason,
numbers by kind, and a hash that freezes the set."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cf_excel.benchmarks.blind import evaluate_blind, set_sha256
from tests.support import FixedGenerator

SPEC = """built: 2026-11-30
requests:
  - {id: t1, workbook: shop.xlsx, sheet: Stock, range: A1:B4, text: qty over 5, kind: thresholds,
     cells: [B3, B4]}
  - {id: t2, workbook: shop.xlsx, sheet: Stock, range: null, text: low qty, kind: thresholds,
     cells: [B2]}
  - {id: t3, workbook: shop.xlsx, sheet: Nope, range: null, text: qty over 5, kind: blanks,
     cells: [B3]}
  - {id: t4, workbook: shop.xlsx, sheet: Stock, range: null, text: rows blurple, kind: blanks,
     cells: [B3]}
"""


@pytest.fixture
def blind_set(tmp_path: Path) -> Path:
    folder = tmp_path / "set" / "part-x"
    folder.mkdir(parents=True)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Stock"
    for row in (["Item", "Qty"], ["pen", 2], ["ink", 9], ["pad", 30]):
        sheet.append(row)
    workbook.save(folder / "shop.xlsx")
    (folder / "requests.yaml").write_text(SPEC, encoding="utf-8")
    return tmp_path / "set"


def test_exact_cells_by_kind_and_refusals(blind_set: Path) -> None:
    generator = FixedGenerator(
        {"over 5": "GreaterThan(c[1], 5)", "low": "LessThan(c[1], 10)", "blurple": "Blanks()"}
    )
    report = evaluate_blind(generator, blind_set)
    assert (report["n"], report["top1"], report["top5"]) == (4, 0.25, 0.25)
    assert report["by_kind"]["thresholds"] == {
        "n": 2, "top1": 0.5, "top3": 0.5, "top5": 0.5, "abstained": 0.0, "answered_top1": 0.5,
        "mean_confidence": 1.0, "top1_ece": 0.5,  # a lone answer is sure; one of two is right
    }  # fmt: skip
    assert report["by_kind"]["blanks"]["top5"] == 0.0
    assert report["refused"] == {"sheet": 1, "format": 1}
    assert [i["first_hit"] for i in report["items"]] == [1, None, None, None]
    assert "text" not in report["items"][0]  # the report never repeats a request's words


def test_the_hash_changes_with_any_file(blind_set: Path) -> None:
    before = set_sha256(blind_set)
    assert before == set_sha256(blind_set)
    spec = blind_set / "part-x" / "requests.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("B2]", "B3]"), encoding="utf-8")
    assert set_sha256(blind_set) != before
