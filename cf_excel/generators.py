"""Which generators exist and how to load one: the CodeFusion checkpoint (the shipped one by
default), with the request reader (CF) or with the consensus of the nearest training programs
(Bash, Python), the autoregressive baseline (beam or nucleus) and the retrieval baseline.

Checkpoint folders are checked from their config.json before torch loads (a clear error, fast);
decode settings reach a checkpoint's Config through `Config.replace`, as any override does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from cf_excel.candidates import Generator, Proposal, ScoreKind
from cf_excel.codefusion.confidence import (
    READER_CALIBRATION_FILE,
    Calibration,
    calibration_of,
    load_calibration,
)
from cf_excel.codefusion.config import CHECKPOINTS, SHIPPED_MODEL, Config, Target
from cf_excel.codefusion.ranking import Ranking, load_ranking, ranking_of
from cf_excel.sheets.table import Table

GENERATORS = (
    "codefusion",
    "retrieval",
    "autoregressive",
    "autoregressive-nucleus",
    "reader",
    "codefusion+reader",
    "codefusion+consensus",
)


class ModelUnavailableError(FileNotFoundError):
    """No checkpoint for the requested target (none shipped, or a path that holds none)."""


def default_generator() -> str:
    """CodeFusion with the request reader where its shipped checkpoint is installed, else the
    retrieval baseline."""
    shipped = (SHIPPED_MODEL / "model.safetensors").exists()
    return "codefusion+reader" if shipped else "retrieval"


def load_generator(
    name: str,
    target: Target = "cf",
    checkpoint: str | Path | None = None,
    decode: Mapping[str, Any] | None = None,
    data_dir: str | None = None,
) -> Generator:
    """A generator by name. `decode` overrides the checkpoint's decode settings (e.g.
    `sample_steps`, `seeds_per_candidate`, `beam_width`, `constrained`); `data_dir` is where
    retrieval finds its training split."""
    if name == "retrieval":
        from cf_excel.baselines.retrieval import RetrievalModel

        return RetrievalModel.from_benchmark(target, data_dir)
    if name == "reader":
        from cf_excel.reading.generator import ReaderGenerator

        return ReaderGenerator()
    if name == "codefusion+consensus" or (name == "codefusion+reader" and target != "cf"):
        return with_consensus(load_generator("codefusion", target, checkpoint, decode), data_dir)
    if name == "codefusion+reader":
        from cf_excel.reading.hybrid import ReadAndGenerate

        model = load_generator("codefusion", target, checkpoint, decode, data_dir)
        directory = checkpoint_folder(checkpoint, target, "cpu")
        calibration = load_calibration(directory, READER_CALIBRATION_FILE)
        return ReadAndGenerate(model, calibration, load_ranking(directory))
    if name == "codefusion":
        from cf_excel.codefusion.generator import CodeFusionGenerator

        directory = checkpoint_folder(checkpoint, target, "cpu")
        require_checkpoint(directory, target, "codefusion")
        generator = CodeFusionGenerator(directory, decode)
        # The confidence calibration fitted for this checkpoint (codefusion.confidence).
        generator.calibration = load_calibration(directory)  # type: ignore[attr-defined]
        return generator
    if name in ("autoregressive", "autoregressive-nucleus"):
        from cf_excel.baselines.autoregressive import AutoregressiveGenerator

        directory = checkpoint_folder(checkpoint, target, "ar")
        require_checkpoint(directory, target, "autoregressive")
        return AutoregressiveGenerator(
            directory, "nucleus" if name.endswith("nucleus") else "beam", decode
        )
    raise ValueError(f"unknown model {name!r}; available: {', '.join(GENERATORS)}")


def with_consensus(model: Generator, data_dir: str | None) -> Generator:
    """The default Bash and Python generator: the model's samples reranked with the nearest
    training programs (`codefusion.consensus`); the model alone, said on stderr, where the
    training split cannot be read (offline, nothing cached)."""
    from cf_excel.benchmarks.data import DataUnavailableError
    from cf_excel.codefusion.consensus import Consensus
    from cf_excel.codefusion.nearest import SHARPNESS, NearestRequests

    try:
        return Consensus(model, NearestRequests.from_benchmark(model.target, data_dir), SHARPNESS)
    except DataUnavailableError as error:
        print(f"cf-excel: answering from the model alone: {error}", file=sys.stderr)
        return model


def checkpoint_folder(checkpoint: str | Path | None, target: Target, kind: str) -> Path:
    """The folder given, else the shipped one (`models/<target>-<kind>`)."""
    return Path(checkpoint) if checkpoint else CHECKPOINTS / f"{target}-{kind}"


def require_checkpoint(directory: Path, target: Target, architecture: str) -> None:
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


class LazyGenerator:
    """A generator loaded on its first proposal: commands that read a workbook first check
    (and refuse) their input before torch and the checkpoint load, which is most of a
    command's start-up."""

    def __init__(self, load: Callable[[], Generator], name: str, target: Target) -> None:
        self.load, self.name, self.target = load, name, target

    @cached_property
    def loaded(self) -> Generator:
        return self.load()

    @property
    def scores(self) -> ScoreKind:
        return self.loaded.scores

    @property
    def constrained(self) -> bool:
        return self.loaded.constrained

    @property
    def steps(self) -> int | None:
        return self.loaded.steps

    @property
    def calibration(self) -> Calibration:
        return calibration_of(self.loaded)

    @property
    def ranking(self) -> Ranking:
        return ranking_of(self.loaded)

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        return self.loaded.propose(utterance, top_k, table)
