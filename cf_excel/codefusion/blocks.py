"""The transformer blocks of N, D and the autoregressive baseline, and E's output as they read
it (`Memory`).

A block is PyTorch's pre-norm `TransformerDecoderLayer` (full or causal self-attention,
cross-attention to E, GELU MLP), written out so that cross-attention can read a `Memory`: at
sampling every request has many rows (15 noise seeds for a top-5), all attending to the same
prompt. Projecting that prompt's keys and values once per row was a quarter of N's and D's work;
a `Memory` with `rows` folds a prompt's rows into one long query instead, which is the same
attention (each query position attends on its own) with the prompt projected once. Parameter
names are PyTorch's, so checkpoints load unchanged.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import torch
import torch.nn.functional as F
from torch import nn

from cf_excel.codefusion.config import Config


@dataclass(frozen=True)
class Memory:
    """E's output, one entry per prompt: `states` (P, S, d), `padding` (P, S; True where a
    prompt is padded, None when none is), and how many consecutive rows of the code batch read
    each prompt (`rows`; None: one row each, as in training)."""

    states: torch.Tensor
    padding: torch.Tensor | None
    rows: tuple[int, ...] | None = None

    @classmethod
    def of(cls, states: torch.Tensor, mask: torch.Tensor) -> Memory:
        """From E's states and its attention mask (1: a token). Nothing padded gives None, the
        same attention, and torch then skips a check that imports sympy (0.3 s of every
        command's start)."""
        return cls(states, None if bool(mask.all()) else mask == 0)

    @property
    def device(self) -> torch.device:
        return self.states.device

    def read_by(self, rows: Sequence[int]) -> Memory:
        """This memory read by `rows[p]` consecutive code rows for prompt p."""
        return Memory(self.states, self.padding, tuple(rows))

    @cached_property
    def prompts(self) -> tuple[torch.Tensor, ...]:
        """Each prompt's states without its (right) padding, (1, S_p, d): what its rows attend
        to, with no mask needed. Cut once per pass, not once per layer."""
        if self.padding is None:
            return tuple(states[None] for states in self.states)
        lengths = (~self.padding).sum(1).tolist()
        return tuple(s[None, :n] for s, n in zip(self.states, lengths, strict=True))

    def attend(self, attention: nn.MultiheadAttention, x: torch.Tensor) -> torch.Tensor:
        """`attention` from the code rows `x` (B, L, d) to their prompts."""
        if self.rows is None:
            attended: torch.Tensor = attention(
                x, self.states, self.states, key_padding_mask=self.padding, need_weights=False
            )[0]
            return attended
        outputs = []
        for query, prompt in zip(torch.split(x, list(self.rows)), self.prompts, strict=True):
            folded = query.reshape(1, -1, query.shape[-1])  # (1, rows × L, d)
            outputs.append(attention(folded, prompt, prompt, need_weights=False)[0].view_as(query))
        return torch.cat(outputs)


class Block(nn.Module):
    """Pre-norm self-attention (causal when given a mask), cross-attention to a `Memory`, and
    an MLP, each added to the residual stream: `TransformerDecoderLayer(norm_first=True)`."""

    def __init__(self, config: Config) -> None:
        super().__init__()
        d, width = config.d_model, config.ff_mult * config.d_model
        self.self_attn = nn.MultiheadAttention(
            d, config.n_heads, dropout=config.dropout, batch_first=True
        )
        self.multihead_attn = nn.MultiheadAttention(
            d, config.n_heads, dropout=config.dropout, batch_first=True
        )
        self.linear1 = nn.Linear(d, width)
        self.dropout = nn.Dropout(config.dropout)
        self.linear2 = nn.Linear(width, d)
        self.norm1, self.norm2, self.norm3 = nn.LayerNorm(d), nn.LayerNorm(d), nn.LayerNorm(d)
        self.dropout1 = nn.Dropout(config.dropout)
        self.dropout2 = nn.Dropout(config.dropout)
        self.dropout3 = nn.Dropout(config.dropout)

    def forward(
        self, x: torch.Tensor, memory: Memory, causal: torch.Tensor | None = None
    ) -> torch.Tensor:
        h = self.norm1(x)
        attended = self.self_attn(
            h, h, h, attn_mask=causal, is_causal=causal is not None, need_weights=False
        )[0]
        x = x + self.dropout1(attended)
        x = x + self.dropout2(memory.attend(self.multihead_attn, self.norm2(x)))
        mlp = self.linear2(self.dropout(F.gelu(self.linear1(self.norm3(x)))))
        out: torch.Tensor = x + self.dropout3(mlp)
        return out


class Blocks(nn.Module):
    """`layers` blocks and a final LayerNorm. Like `nn.TransformerDecoder`, every block starts
    as a copy of the first (the initialisation a seed gave before, so training is reproduced)."""

    def __init__(self, config: Config, layers: int) -> None:
        super().__init__()
        first = Block(config)
        self.layers = nn.ModuleList([copy.deepcopy(first) for _ in range(layers)])
        self.norm = nn.LayerNorm(config.d_model)

    def forward(
        self, x: torch.Tensor, memory: Memory, causal: torch.Tensor | None = None
    ) -> torch.Tensor:
        for block in self.layers:
            x = block(x, memory, causal)
        out: torch.Tensor = self.norm(x)
        return out
