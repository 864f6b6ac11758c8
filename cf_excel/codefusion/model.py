"""CodeFusion's networks (Singh et al., 2023, §3): encoder E, code embedding L, denoiser N,
decoder D and classification head H, plus the copy pointer over utterance words.

    E: pretrained BERT-style encoder (all-MiniLM-L6-v2 from PyPI) over the sheet-aware prompt
    L: code token embedding (trainable); a copied word j is embedded as L_copy + P(E(word j))
    N: transformer with full self-attention over the noisy code embeddings x_t, cross-attention
       to E's output, conditioned on t (sinusoidal embedding → MLP, added to every position)
    D: transformer with full self-attention and cross-attention to E, run once on x̂0
    H: linear classifier over the vocabulary, concatenated with pointer scores D(x̂0)·L(copy j)

No noise math here (that is cf_excel.codefusion.diffusion).
"""

from __future__ import annotations

import math

import torch
from torch import nn

from cf_excel.codefusion.bert import Bert, BertShape, encoder_path
from cf_excel.codefusion.blocks import Blocks, Memory
from cf_excel.codefusion.config import Config


def build_encoder(config: Config) -> Bert:
    """E: the pretrained MiniLM, or a small random BERT (its vocabulary) for tests."""
    if config.encoder == "minilm":
        return Bert.pretrained(encoder_path())
    tiny = BertShape(
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max(config.max_prompt_len, 64),
    )
    return Bert(tiny)


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    """Sinusoidal embedding of integer steps: (B,) → (B, dim)."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000) * torch.arange(half, device=t.device) / half)
    angles = t.float().unsqueeze(1) * freqs.unsqueeze(0)
    return torch.cat([angles.sin(), angles.cos()], dim=1)


class Denoiser(nn.Module):
    """N: x_t (+ previous x̂0 estimate) and t → x̂0 (or ε̂), attending to E's output."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        self.config = config
        self.input = nn.Linear(2 * config.embed_dim, config.d_model)
        self.position = nn.Embedding(config.max_code_len, config.d_model)
        self.time = nn.Sequential(
            nn.Linear(config.d_model, config.d_model),
            nn.SiLU(),
            nn.Linear(config.d_model, config.d_model),
        )
        self.blocks = Blocks(config, config.denoiser_layers)
        self.output = nn.Linear(config.d_model, config.embed_dim)

    def forward(
        self, xt: torch.Tensor, t: torch.Tensor, memory: Memory, self_cond: torch.Tensor | None
    ) -> torch.Tensor:
        self_cond = torch.zeros_like(xt) if self_cond is None else self_cond
        h = self.input(torch.cat([xt, self_cond], dim=-1))  # (B, L, d)
        positions = torch.arange(xt.shape[1], device=xt.device)
        h = h + self.position(positions) + self.time(timestep_embedding(t, h.shape[-1]))[:, None]
        out: torch.Tensor = self.output(self.blocks(h, memory))
        return out  # (B, L, C)


class Decoder(nn.Module):
    """D: x̂0 → ŷ in embedding space, run once after the last denoising step."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        self.input = nn.Linear(config.embed_dim, config.d_model)
        self.position = nn.Embedding(config.max_code_len, config.d_model)
        self.blocks = Blocks(config, config.decoder_layers)
        self.output = nn.Linear(config.d_model, config.embed_dim)

    def forward(self, x0: torch.Tensor, memory: Memory) -> torch.Tensor:
        positions = torch.arange(x0.shape[1], device=x0.device)
        h = self.input(x0) + self.position(positions)
        out: torch.Tensor = self.output(self.blocks(h, memory))
        return out  # (B, L, C)


class CodeModel(nn.Module):
    """What CodeFusion and the autoregressive baseline share: E with its memory projection, the
    code embedding L with copy keys, and H over the vocabulary plus copy pointers (`vocab_size`
    excludes the copy ids that follow it). Subclasses add their blocks, then `head`."""

    head: nn.Linear  # H

    def __init__(self, config: Config, vocab_size: int) -> None:
        super().__init__()
        self.config = config
        self.vocab_size = vocab_size
        self.encoder = build_encoder(config)  # E
        hidden = self.encoder.shape.hidden_size
        self.memory = nn.Linear(hidden, config.d_model)
        self.embedding = nn.Embedding(vocab_size, config.embed_dim)  # L
        nn.init.normal_(self.embedding.weight, std=1.0)
        self.copy_embedding = nn.Parameter(torch.randn(config.embed_dim))  # L_copy
        self.copy_projection = nn.Linear(hidden, config.embed_dim)  # P

    def encode(
        self, prompt_ids: torch.Tensor, prompt_mask: torch.Tensor, word_starts: torch.Tensor
    ) -> tuple[Memory, torch.Tensor]:
        """E's memory for cross-attention (B prompts), and copy keys (B, W, C)."""
        states = self.encoder(prompt_ids, prompt_mask)  # (B, S, hidden)
        words = torch.gather(states, 1, word_starts.unsqueeze(-1).expand(-1, -1, states.shape[-1]))
        copy_keys = self.copy_embedding + self.copy_projection(words)
        return Memory.of(self.memory(states), prompt_mask), copy_keys

    def embed_code(self, code_ids: torch.Tensor, copy_keys: torch.Tensor) -> torch.Tensor:
        """L(y): vocabulary embeddings, and for copy ids the copied word's key."""
        is_copy = code_ids >= self.vocab_size
        vocab_part = self.embedding(code_ids.clamp(max=self.vocab_size - 1))
        word = (code_ids - self.vocab_size).clamp(min=0, max=copy_keys.shape[1] - 1)
        copy_part = torch.gather(
            copy_keys, 1, word.unsqueeze(-1).expand(-1, -1, copy_keys.shape[-1])
        )
        return torch.where(is_copy.unsqueeze(-1), copy_part, vocab_part)

    def logits(
        self, y_hat: torch.Tensor, copy_keys: torch.Tensor, word_mask: torch.Tensor
    ) -> torch.Tensor:
        """H: vocabulary logits and pointer scores over words, (B, L, V + W)."""
        pointer = torch.einsum("blc,bwc->blw", y_hat, copy_keys) / math.sqrt(y_hat.shape[-1])
        pointer = pointer.masked_fill(word_mask[:, None, :] == 0, float("-inf"))
        return torch.cat([self.head(y_hat), pointer], dim=-1)


class CodeFusion(CodeModel):
    """E, L, N, D, H together. With `decoder_layers=0` there is no D and H reads x̂0 directly:
    the GENIE-style ablation that measures what CodeFusion's decoder adds."""

    def __init__(self, config: Config, vocab_size: int) -> None:
        super().__init__(config, vocab_size)
        self.denoiser = Denoiser(config)  # N
        self.decoder = Decoder(config) if config.decoder_layers > 0 else None  # D
        self.head = nn.Linear(config.embed_dim, vocab_size)  # H

    def denoise(
        self, xt: torch.Tensor, t: torch.Tensor, memory: Memory, self_cond: torch.Tensor | None
    ) -> torch.Tensor:
        return self.denoiser(xt, t, memory, self_cond)  # type: ignore[no-any-return]

    def decode(self, x0: torch.Tensor, memory: Memory) -> torch.Tensor:
        if self.decoder is None:
            return x0
        return self.decoder(x0, memory)  # type: ignore[no-any-return]


class Autoregressive(CodeModel):
    """The baseline: the same E, L and H around a causal transformer decoder as deep as N and D
    together, trained on the same data, decoded left to right (beam search or nucleus sampling).
    """

    def __init__(self, config: Config, vocab_size: int) -> None:
        super().__init__(config, vocab_size)
        self.start = nn.Parameter(torch.randn(config.embed_dim))  # <s>
        self.input = nn.Linear(config.embed_dim, config.d_model)
        self.position = nn.Embedding(config.max_code_len, config.d_model)
        self.blocks = Blocks(config, config.denoiser_layers + config.decoder_layers)
        self.output = nn.Linear(config.d_model, config.embed_dim)
        self.head = nn.Linear(config.embed_dim, vocab_size)  # H

    def next_states(self, previous: torch.Tensor, memory: Memory) -> torch.Tensor:
        """States that predict each next token from <s> and the tokens so far, (B, P, C)."""
        length = previous.shape[1]
        positions = torch.arange(length, device=previous.device)
        h = self.input(previous) + self.position(positions)
        causal = nn.Transformer.generate_square_subsequent_mask(length, device=previous.device)
        out: torch.Tensor = self.output(self.blocks(h, memory, causal))
        return out

    def prefix(self, code_embeddings: torch.Tensor) -> torch.Tensor:
        """<s> followed by the given token embeddings, (B, 1 + P, C)."""
        start = self.start.expand(code_embeddings.shape[0], 1, -1)
        return torch.cat([start, code_embeddings], dim=1)
