"""The confidence of a candidate: the default mapping without a calibration file, the fitted
logistic with one, loaded with the checkpoint (and through a lazy generator), and the shipped
model's own calibration."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.confidence import (
    CALIBRATION_FILE,
    DEFAULT_CALIBRATION,
    Calibration,
    Features,
    calibration_of,
    load_calibration,
    reliability,
)
from cf_excel.codefusion.config import SHIPPED_MODEL, Config
from cf_excel.codefusion.model import CodeFusion
from cf_excel.generators import LazyGenerator, load_generator
from tests.support import FixedGenerator

FEATURES = Features(
    share=0.6, agreement=0.3, first=1.0, margin=2.0, columns_named=1.0, literals_copied=0.0,
    columns_unused=0.0, formats_nothing=0.0,
)  # fmt: skip
FITTED = {"weights": {"share": 2.0, "margin": 0.5, "formats_nothing": -3.0}, "intercept": -1.0}


def test_the_default_mapping_is_the_share_and_withholds_nothing() -> None:
    assert DEFAULT_CALIBRATION.confidence(FEATURES) == 0.6
    assert DEFAULT_CALIBRATION.threshold == 0.0 and DEFAULT_CALIBRATION.source == "default"


def test_a_fitted_calibration_is_a_logistic_of_the_features() -> None:
    calibration = Calibration(FITTED["weights"], FITTED["intercept"], 0.7)
    z = -1.0 + 2.0 * 0.6 + 0.5 * 2.0
    assert calibration.confidence(FEATURES) == pytest.approx(1 / (1 + math.exp(-z)))


def test_a_checkpoint_without_the_file_falls_back(tmp_path: Path) -> None:
    assert load_calibration(tmp_path) is DEFAULT_CALIBRATION


def test_the_file_is_read_and_checked(tmp_path: Path) -> None:
    stored = {**FITTED, "threshold": 0.7, "reliability": {}, "data": {}}
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps(stored), encoding="utf-8")
    loaded = load_calibration(tmp_path)
    assert (loaded.weights, loaded.intercept, loaded.threshold) == (
        FITTED["weights"], -1.0, 0.7,
    )  # fmt: skip
    assert loaded.source == str(tmp_path / CALIBRATION_FILE)
    stored["weights"] = {"vibes": 1.0}
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps(stored), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown features \\['vibes'\\]"):
        load_calibration(tmp_path)


def test_a_generator_without_one_gets_the_default() -> None:
    assert calibration_of(FixedGenerator({})) is DEFAULT_CALIBRATION
    assert calibration_of(object()) is DEFAULT_CALIBRATION


def test_the_calibration_loads_with_the_checkpoint(
    tmp_path: Path, tiny_model: tuple[CodeFusion, CodeVocab, Config]
) -> None:
    """`load_generator` reads the checkpoint folder's file; a lazy generator (the command
    line's) hands on its loaded one's."""
    model, vocab, _ = tiny_model
    folder = tmp_path / "tiny"
    checkpoint.save(folder, model, vocab, {"note": "untrained"})
    assert calibration_of(load_generator("codefusion", "cf", folder)) is DEFAULT_CALIBRATION
    (folder / CALIBRATION_FILE).write_text(json.dumps({**FITTED, "threshold": 0.42}), "utf-8")
    assert calibration_of(load_generator("codefusion", "cf", folder)).threshold == 0.42
    lazy = LazyGenerator(lambda: load_generator("codefusion", "cf", folder), "codefusion", "cf")
    assert calibration_of(lazy).threshold == 0.42


def test_the_shipped_model_carries_its_calibration() -> None:
    """scripts/calibrate.py's output: the features we compute, a threshold, the data named and
    its reliability table, never fitted on the blind set or the CF test split."""
    stored = json.loads((SHIPPED_MODEL / CALIBRATION_FILE).read_text(encoding="utf-8"))
    assert set(stored["weights"]) <= set(Features.names())
    assert 0.0 < stored["threshold"] < 1.0
    assert set(stored["data"]["sets"]) <= {"requests", "synthetic", "cf-train"}
    assert stored["reliability"]["top1"]["bins"] and stored["reliability"]["top1"]["ece"] < 0.1
    assert load_calibration(SHIPPED_MODEL).threshold == stored["threshold"]


def test_reliability_bins_and_expected_calibration_error() -> None:
    # Four answers at 0.9 of which two are right (gap 0.4) and two at 0.15, both wrong (gap 0.15):
    # ECE = 4/6 * 0.4 + 2/6 * 0.15.
    table, ece = reliability([0.9, 0.9, 0.9, 0.9, 0.15, 0.15], [1, 1, 0, 0, 0, 0])
    assert [(row["bin"], row["n"], row["actual"]) for row in table] == [
        ("0.1-0.2", 2, 0.0),
        ("0.9-1.0", 4, 0.5),
    ]
    assert ece == pytest.approx(4 / 6 * 0.4 + 2 / 6 * 0.15, abs=1e-4)
    assert reliability([1.0, 0.0], [True, False]) == (
        [{"bin": "0.0-0.1", "n": 1, "predicted": 0.0, "actual": 0.0},
         {"bin": "0.9-1.0", "n": 1, "predicted": 1.0, "actual": 1.0}],
        0.0,
    )  # fmt: skip
