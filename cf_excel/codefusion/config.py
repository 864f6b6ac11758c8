"""Configuration of the CodeFusion model, its diffusion, training and decoding.

One frozen dataclass with a default for every field; PRESETS hold only overrides (minGPT style).
Checkpoints store the config beside the weights, and sampling rebuilds the model from it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

CHECKPOINTS = Path(__file__).resolve().parents[1] / "models"  # shipped: <target>-cpu
SHIPPED_MODEL = CHECKPOINTS / "cf-cpu"  # the default checkpoint
CONFIG_FILE = "config.json"  # a checkpoint's config, beside its weights
EncoderKind = Literal["minilm", "tiny"]
Parameterization = Literal["x0", "eps"]
Target = Literal["cf", "bash", "python"]
Architecture = Literal["codefusion", "autoregressive"]
Precision = Literal["auto", "float32", "bfloat16"]
RETIRED = frozenset({"top_k"})  # config.json keys of older checkpoints, never read


@dataclass(frozen=True)
class Config:
    # ---- model ----
    architecture: Architecture = "codefusion"  # or the autoregressive baseline (same E, L, H)
    target: Target = "cf"  # the code language: CF rules (grammar tokens + copy), Bash, Python
    code_vocab_size: int = 4000  # Bash/Python: byte-level BPE size (CF: one id per grammar token)
    encoder: EncoderKind = "minilm"  # E: all-MiniLM-L6-v2 from PyPI, or a small random BERT
    d_model: int = 256  # width of N and D
    n_heads: int = 4
    denoiser_layers: int = 4  # N
    decoder_layers: int = 2  # D (0: no D, H reads x̂0: the GENIE-style ablation)
    embed_dim: int = 64  # code embedding L (small dims train better: Diffusion-LM)
    ff_mult: int = 4  # feed-forward width = ff_mult * d_model
    dropout: float = 0.1
    max_code_len: int = 32  # code tokens per rule, padded
    max_prompt_len: int = 128  # NL + sheet tokens given to E
    max_copy_words: int = 40  # utterance words the code may copy (<w0> .. <wN-1>)
    # ---- diffusion ----
    num_steps: int = 1200  # T (paper: 1200)
    schedule_s: float = 1e-4  # sqrt schedule offset s
    parameterization: Parameterization = "x0"  # what N predicts; eps is derived either way
    self_condition: bool = True  # feed the previous x0 estimate back in (Analog Bits)
    high_noise_fraction: float = 0.0  # share of training t drawn from the noisiest fifth of T
    # ---- train ----
    seed: int = 0
    batch_size: int = 64
    lr: float = 3e-4  # N, D, L, H
    encoder_lr: float = 5e-5  # E, fine-tuning only
    encoder_trainable_layers: int = 1  # top layers of E fine-tuned (and saved); the rest frozen
    weight_decay: float = 0.01
    warmup_steps: int = 200
    grad_clip: float = 1.0
    pretrain_steps: int = 3000
    finetune_steps: int = 6000
    cpd_fraction: float = 0.5  # share of pretraining batches that use CPD
    synthetic_examples: int = 20000  # synthetic sheet/utterance/rule triples for fine-tuning
    checkpoint_every: int = 500  # steps
    max_train_seconds: float = 0.0  # stop a stage early after this wall time (0: no limit)
    decay_by_time: bool = False  # the cosine decay also ends at max_train_seconds
    log_every: int = 50  # steps
    # the loss's matmuls; bfloat16 made a CPU step 1.5x faster (AVX512-BF16; docs/HISTORY.md),
    # while the weights, gradients and optimizer stay float32
    train_precision: Literal["float32", "bfloat16"] = "float32"
    # ---- decode ----
    sample_steps: int = 20  # strided reverse steps at inference
    seeds_per_candidate: int = 1  # noise seeds drawn per requested candidate (duplicates merge)
    beam_width: int = 1  # CF: candidates the constrained beam decodes from each seed
    constrained: bool = True  # grammar-constrained token choice
    clamp: bool = True  # snap intermediate x0 estimates to decoded token embeddings
    precision: Precision = "auto"  # sampling's matmuls; auto: bfloat16 on CPUs that have it

    @classmethod
    def from_preset(cls, name: str, **overrides: Any) -> Config:
        """A preset's config with overrides; an unknown preset or key is an error."""
        if name not in PRESETS:
            raise ValueError(f"unknown preset {name!r}; presets: {', '.join(PRESETS)}")
        target = overrides.get("target", "cf")
        return cls().replace(**{**PRESETS[name], **TARGET_DEFAULTS.get(target, {}), **overrides})

    def replace(self, **overrides: Any) -> Config:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"unknown config keys: {', '.join(unknown)}")
        return dataclasses.replace(self, **overrides)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Config:
        """A stored config; fields that no longer exist (RETIRED) are dropped, so checkpoints
        trained before their removal still load."""
        stored = {k: v for k, v in json.loads(text).items() if k not in RETIRED}
        return cls().replace(**stored)

    @classmethod
    def stored_in(cls, directory: Path) -> Config | None:
        """The config a checkpoint folder holds, or None when it holds none: read without
        torch, so that choosing a model stays cheap."""
        path = directory / CONFIG_FILE
        return cls.from_json(path.read_text(encoding="utf-8")) if path.is_file() else None


PRESETS: dict[str, dict[str, Any]] = {
    # ~0.1M trainable parameters besides the tiny encoder: for unit tests, trains in seconds.
    "tiny": dict(
        encoder="tiny",
        d_model=32,
        n_heads=2,
        denoiser_layers=1,
        decoder_layers=1,
        embed_dim=16,
        max_code_len=24,
        max_prompt_len=48,
        num_steps=100,
        batch_size=8,
        pretrain_steps=20,
        finetune_steps=20,
        warmup_steps=2,
        synthetic_examples=200,
        checkpoint_every=10,
        log_every=5,
        sample_steps=5,
    ),
    # MiniLM encoder (22.6M, top layer fine-tuned) + L/N/D/H (6.9M): the shipped CPU model.
    "cpu": {},
    # The paper's size: 10-layer N, 6-layer D; 74.6M with the encoder (paper: ~75M). GPU runs.
    "paper": dict(
        ff_mult=2,
        d_model=512,
        n_heads=8,
        denoiser_layers=10,
        decoder_layers=6,
        embed_dim=128,
        batch_size=256,
        pretrain_steps=20000,
        finetune_steps=30000,
        synthetic_examples=100000,
    ),
}
# What every preset changes for a target: BPE code is longer than a CF rule's grammar tokens
# (NL2Bash and CoNaLa test code: 99.4% and 99.8% fit in 64 pieces of a 4,000-piece BPE).
TARGET_DEFAULTS: dict[str, dict[str, Any]] = {
    # Programs are longer than rules, and without extra training at high noise the Bash/Python
    # models learned to denoise but hardly read the request (docs/HISTORY.md, issue 7).
    "bash": dict(max_code_len=64, high_noise_fraction=0.5),
    "python": dict(max_code_len=64, high_noise_fraction=0.5),
}
