"""Config presets, overrides and their JSON form."""

from __future__ import annotations

import pytest

from cf_excel.codefusion.config import PRESETS, Config


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_round_trip_through_json(name: str) -> None:
    config = Config.from_preset(name)
    assert Config.from_json(config.to_json()) == config


def test_overrides_and_unknown_keys() -> None:
    config = Config.from_preset("tiny", finetune_steps=7)
    assert config.finetune_steps == 7 and config.encoder == "tiny"
    assert config.replace(top_k=3).top_k == 3
    with pytest.raises(ValueError, match="unknown config keys: nonsense"):
        Config.from_preset("cpu", nonsense=1)
    with pytest.raises(ValueError, match="unknown preset"):
        Config.from_preset("huge")


def test_paper_preset_matches_the_paper_shape() -> None:
    paper = Config.from_preset("paper")
    assert (paper.denoiser_layers, paper.decoder_layers, paper.num_steps) == (10, 6, 1200)
