"""Loading a generator by name: checkpoints checked before torch loads them, decode settings as
Config overrides, clear errors for what is missing or misnamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.generator import CodeFusionGenerator
from cf_excel.codefusion.model import CodeFusion
from cf_excel.generators import (
    LazyGenerator,
    ModelUnavailableError,
    load_generator,
    require_checkpoint,
)
from tests.support import FixedGenerator


@pytest.fixture
def tiny_checkpoint(tmp_path: Path, tiny_model: tuple[CodeFusion, CodeVocab, Config]) -> Path:
    model, vocab, _ = tiny_model
    checkpoint.save(tmp_path / "tiny", model, vocab, {"note": "untrained"})
    return tmp_path / "tiny"


def test_decode_settings_override_the_checkpoints(tiny_checkpoint: Path) -> None:
    decode = {"sample_steps": 3, "beam_width": 2, "seeds_per_candidate": 4, "constrained": False}
    generator = load_generator("codefusion", "cf", tiny_checkpoint, decode)
    assert isinstance(generator, CodeFusionGenerator)
    assert (generator.steps, generator.constrained, generator.target) == (3, False, "cf")
    assert (generator.config.beam_width, generator.config.seeds_per_candidate) == (2, 4)
    assert generator.model.config.sample_steps == 5  # the checkpoint's own (tiny preset)


def test_an_unknown_decode_setting_is_an_error(tiny_checkpoint: Path) -> None:
    with pytest.raises(ValueError, match="unknown config keys: steps"):
        load_generator("codefusion", "cf", tiny_checkpoint, {"steps": 3})


def test_a_checkpoint_of_another_target_is_refused(tiny_checkpoint: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="is a cf codefusion model, not a bash"):
        load_generator("codefusion", "bash", tiny_checkpoint)
    with pytest.raises(ModelUnavailableError, match="not a cf autoregressive one"):
        load_generator("autoregressive", "cf", tiny_checkpoint)


def test_a_folder_without_a_checkpoint_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError, match=r"no codefusion checkpoint for cf in .*empty"):
        require_checkpoint(tmp_path / "empty", "cf", "codefusion")


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown model 'gpt'; available: codefusion, retrieval"):
        load_generator("gpt")


def test_retrieval_reads_the_data_dir(data_dir: Path) -> None:
    generator = load_generator("retrieval", "cf", data_dir=str(data_dir))
    assert (generator.name, generator.target, generator.scores) == ("retrieval", "cf", "similarity")
    assert generator.propose("highlight duplicates", 3, None)


def test_a_lazy_generator_loads_on_its_first_proposal() -> None:
    loaded: list[str] = []

    def load() -> FixedGenerator:
        loaded.append("now")
        return FixedGenerator({"big": "GreaterThan(100)"}, steps=3)

    lazy = LazyGenerator(load, "fixed", "cf")
    assert (lazy.name, lazy.target, loaded) == ("fixed", "cf", [])
    assert [p.code for p in lazy.propose("big ones", 5, None)] == ["GreaterThan(100)"]
    assert (lazy.steps, lazy.scores, loaded) == (3, "log_prob", ["now"])  # loaded once
