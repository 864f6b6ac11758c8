"""A saved checkpoint loads back to the very same network, fine-tuned encoder layers included,
and its fp16 export loads as the same network up to half precision."""

from __future__ import annotations

from pathlib import Path

import torch

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.model import CodeFusion


def test_save_then_load_gives_back_every_weight(
    tmp_path: Path, tiny_model: tuple[CodeFusion, CodeVocab, Config]
) -> None:
    model, vocab, _ = tiny_model
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


def test_export_halves_the_weights_and_loads_them_as_float(
    tmp_path: Path, tiny_model: tuple[CodeFusion, CodeVocab, Config]
) -> None:
    model, vocab, config = tiny_model
    checkpoint.save(tmp_path / "full", model, vocab, {"stage": "test"})
    checkpoint.export(tmp_path / "full", tmp_path / "half")
    weights = tmp_path / "half" / checkpoint.WEIGHTS
    assert weights.stat().st_size < (tmp_path / "full" / checkpoint.WEIGHTS).stat().st_size
    loaded, loaded_vocab, meta = checkpoint.load(tmp_path / "half")
    assert meta == {"stage": "test"} and loaded.config == config
    assert loaded_vocab.size == vocab.size
    for name, tensor in model.state_dict().items():
        restored = loaded.state_dict()[name]
        assert restored.dtype == tensor.dtype, name
        assert torch.allclose(restored, tensor.half().to(tensor.dtype)), name
