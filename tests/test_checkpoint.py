"""A saved checkpoint loads back to the very same network, fine-tuned encoder layers included."""

from __future__ import annotations

from pathlib import Path

import torch

from cf_excel.codefusion import checkpoint
from tests.model_fixtures import tiny_model


def test_save_then_load_gives_back_every_weight(tmp_path: Path) -> None:
    torch.manual_seed(0)
    model, vocab, _ = tiny_model()
    with torch.no_grad():
        for parameter in model.encoder.parameters():
            parameter.add_(0.5)  # as fine-tuning would move them away from a fresh encoder
    checkpoint.save(tmp_path, model, vocab, {"stage": "test"})
    assert (tmp_path / checkpoint.ENCODER_WEIGHTS).is_file()
    loaded, _, meta = checkpoint.load(tmp_path)
    saved, restored = model.state_dict(), loaded.state_dict()
    assert saved.keys() == restored.keys() and meta == {"stage": "test"}
    for name, tensor in saved.items():
        assert torch.equal(tensor, restored[name]), name
