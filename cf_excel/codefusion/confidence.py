"""A calibrated confidence per candidate: the probability that it is the answer the user meant,
from what the ranking already knows, and the threshold below which cf-excel says it is not sure.

A generator's score is not a probability of being right: the merged log-probability of an
answer says how much the model's samples agree, not whether the model understood the request
(it was as sure of `Quiz 2 < 1` for "make the bad ones red" as of a rule it got right). A
logistic model over the features below, fitted on development requests by
`scripts/calibrate.py`, turns them into a probability; the fit, its threshold, the data it was
fitted on and its reliability table live in the checkpoint folder (`calibration.json`) and are
loaded with the checkpoint (`cf_excel.generators.load_generator`).

Without that file (the baselines, the test generators, a fresh checkpoint) the default mapping
is the answer's own probability share among all the samples' answers (`share`; a similarity
generator's similarity): monotone in what the ranking already trusts, but not a probability of
being right, so its threshold is 0: it is shown, and cf-excel abstains only when no rule is left.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

CALIBRATION_FILE = "calibration.json"  # beside a checkpoint's weights
# The calibration of the same checkpoint with the request reader's readings among its
# proposals (cf_excel.reading.hybrid): its answers and their features differ.
READER_CALIBRATION_FILE = "calibration-reader.json"
DEFAULT_THRESHOLD = 0.0  # uncalibrated numbers withhold nothing
RELIABILITY_BINS = 10  # equal-width confidence bins of a reliability table
MARGIN_CAP = 10.0  # nats: a margin beyond this says nothing more (and a lone answer gets it)


@dataclass(frozen=True)
class Features:
    """What the ranking knows of one candidate (the logistic model's inputs)."""

    share: float  # its merged probability among all samples' answers (0–1)
    agreement: float  # the share of the samples' proposals that are this answer (0–1)
    first: float  # 1.0 for the top-ranked answer
    margin: float  # its score minus the best other answer's, nats, within ±MARGIN_CAP
    columns_named: float  # the share of its columns that the request names (1.0: none used)
    literals_copied: float  # the share of its numbers and texts the request says (1.0: none)
    columns_unused: float  # the share of the columns the request names that it does not read
    formats_nothing: float  # 1.0 when it formats no cell of a table with data rows
    read: float = 0.0  # the request reader's coverage of the request for it (0: not read)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Calibration:
    """confidence = σ(intercept + Σ weights[f]·f); with no weights, the default mapping."""

    weights: dict[str, float] = field(default_factory=dict)
    intercept: float = 0.0
    threshold: float = DEFAULT_THRESHOLD  # a CF answer below this is not applied unasked
    source: str = "default"  # the file it was read from, or "default"

    def confidence(self, features: Features) -> float:
        if not self.weights:
            return min(max(features.share, 0.0), 1.0)
        z = self.intercept + weighted_sum(self.weights, features)
        return 1.0 / (1.0 + math.exp(-min(max(z, -50.0), 50.0)))


DEFAULT_CALIBRATION = Calibration()


def load_calibration(directory: Path, name: str = CALIBRATION_FILE) -> Calibration:
    """The calibration stored in a checkpoint folder, or the default mapping without one."""
    path = directory / name
    stored = fitted_file(path, Features.names())
    if stored is None:
        return DEFAULT_CALIBRATION
    return Calibration(
        {name: float(w) for name, w in stored["weights"].items()},
        float(stored["intercept"]),
        float(stored["threshold"]),
        str(path),
    )


def fitted_file(path: Path, known: tuple[str, ...]) -> dict[str, Any] | None:
    """A fitted model's file beside a checkpoint (None: there is none), its weights checked
    against the features this code computes: a file fitted on others would weigh wrong ones."""
    if not path.is_file():
        return None
    stored: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    unknown = sorted(set(stored["weights"]) - set(known))
    if unknown:
        raise ValueError(f"{path}: unknown features {unknown}; known: {known}")
    return stored


def weighted_sum(weights: dict[str, float], features: Any) -> float:
    """Σ weights[f]·f over a features dataclass's fields."""
    values = asdict(features)
    return float(sum(w * values[name] for name, w in weights.items()))


def calibration_of(generator: Any) -> Calibration:
    """The calibration loaded with a generator's checkpoint, else the default mapping."""
    found = getattr(generator, "calibration", None)
    return found if isinstance(found, Calibration) else DEFAULT_CALIBRATION


def reliability(
    predicted: Sequence[float], actual: Sequence[bool], bins: int = RELIABILITY_BINS
) -> tuple[list[dict[str, object]], float]:
    """Predicted vs actual per confidence bin, and the expected calibration error (ECE): the
    bins' gaps weighted by their share of the answers. A confidence is worth showing only when
    this is small on requests the fit never saw."""
    table: list[dict[str, object]] = []
    ece = 0.0
    for b in range(bins):
        inside = [i for i, p in enumerate(predicted) if min(int(p * bins), bins - 1) == b]
        if inside:
            mean = sum(predicted[i] for i in inside) / len(inside)
            right = sum(bool(actual[i]) for i in inside) / len(inside)
            table.append(
                {"bin": f"{b / bins:.1f}-{(b + 1) / bins:.1f}", "n": len(inside),
                 "predicted": round(mean, 3), "actual": round(right, 3)}
            )  # fmt: skip
            ece += len(inside) / len(predicted) * abs(mean - right)
    return table, round(ece, 4)
