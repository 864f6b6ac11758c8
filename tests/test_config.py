"""Config presets, overrides and their JSON form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cf_excel.codefusion.config import CONFIG_FILE, PRESETS, RETIRED, Config


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_round_trip_through_json(name: str) -> None:
    config = Config.from_preset(name)
    assert Config.from_json(config.to_json()) == config


def test_overrides_and_unknown_keys() -> None:
    config = Config.from_preset("tiny", finetune_steps=7)
    assert config.finetune_steps == 7 and config.encoder == "tiny"
    assert config.replace(beam_width=3).beam_width == 3
    with pytest.raises(ValueError, match="unknown config keys: nonsense"):
        Config.from_preset("cpu", nonsense=1)
    with pytest.raises(ValueError, match="unknown preset"):
        Config.from_preset("huge")


def test_paper_preset_matches_the_paper_shape() -> None:
    paper = Config.from_preset("paper")
    assert (paper.denoiser_layers, paper.decoder_layers, paper.num_steps) == (10, 6, 1200)


def test_top_k_is_a_request_setting_not_a_config_key() -> None:
    """Older checkpoints stored top_k: their config still loads, without it; setting it fails."""
    assert "top_k" in RETIRED
    stored = json.loads(Config().to_json()) | {"top_k": 5}
    assert Config.from_json(json.dumps(stored)) == Config()
    with pytest.raises(ValueError, match="unknown config keys: top_k"):
        Config().replace(top_k=3)


def test_stored_in_reads_a_checkpoint_folders_config(tmp_path: Path) -> None:
    assert Config.stored_in(tmp_path) is None
    config = Config.from_preset("tiny", target="bash")
    (tmp_path / CONFIG_FILE).write_text(config.to_json(), encoding="utf-8")
    assert Config.stored_in(tmp_path) == config
    assert config.max_code_len == 64  # the target's default under the preset
