"""CodeFusion as a generation model: utterance (+ sheet) → ranked candidates (CF rules, Bash
commands or Python snippets, by the checkpoint's target).

The same interface as the retrieval baseline (`name`, `generate`), so the CLI, the evaluation
harness and the server use either. Loads a checkpoint folder; the shipped CF model is the
default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import torch
from transformers import PreTrainedTokenizerBase

from cf_excel import checkpoint
from cf_excel.config import SHIPPED_MODEL, Config
from cf_excel.dataset import prompt_features
from cf_excel.decode import (
    Generated,
    TerminalIndex,
    constrained_tokens,
    denoise,
    free_tokens,
    program_tokens,
    rank,
)
from cf_excel.diffusion import SqrtSchedule
from cf_excel.model import CodeFusion, CodeModel, load_prompt_tokenizer
from cf_excel.retrieval import Candidate
from cf_excel.rules import parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.sheets.prompt import Word, column_type, mentioned_columns, sheet_prompt
from cf_excel.sheets.table import Table

Network = TypeVar("Network", bound=CodeModel)


class CheckpointReader(Generic[Network]):
    """What every checkpoint-backed generator does before decoding: load the checkpoint (of its
    architecture), and turn a request into E's memory and copy keys."""

    architecture: type[Network]

    def __init__(self, directory: Path, device: str) -> None:
        model, self.vocab, self.meta = checkpoint.load(directory, device)
        if not isinstance(model, self.architecture):
            raise TypeError(
                f"{directory} holds a {type(model).__name__}, not a {self.architecture.__name__}"
            )
        self.model: Network = model
        self.config = model.config
        self.tokenizer = load_prompt_tokenizer()
        self.index = TerminalIndex(self.vocab) if self.config.target == "cf" else None
        self.device = device

    def read(
        self, utterance: str, table: Table | None
    ) -> tuple[Prompt, torch.Tensor, torch.Tensor, torch.Tensor]:
        """The encoded prompt, and E's memory (1, S, d), its mask and the copy keys (1, W, C)."""
        prompt = encoded_prompt(utterance, table, self.tokenizer, self.config).to(self.device)
        memory, mask, keys = self.model.encode(
            prompt.ids, torch.ones_like(prompt.ids), prompt.word_starts
        )
        return prompt, memory, mask, keys


class CodeFusionGenerator(CheckpointReader[CodeFusion]):
    """Top-k rules from k noise seeds, denoised in one batch."""

    name = "codefusion"
    architecture = CodeFusion

    def __init__(
        self,
        directory: Path = SHIPPED_MODEL,
        steps: int | None = None,
        constrained: bool | None = None,
        seeds_per_candidate: int | None = None,
        device: str = "cpu",
    ) -> None:
        super().__init__(directory, device)
        if seeds_per_candidate:
            self.config = self.config.replace(seeds_per_candidate=seeds_per_candidate)
        self.steps = steps or self.config.sample_steps
        self.constrained = self.config.constrained if constrained is None else constrained
        self.schedule = SqrtSchedule(self.config.num_steps, self.config.schedule_s)

    @torch.no_grad()
    def generate(
        self, utterance: str, top_k: int = 5, table: Table | None = None, seed: int = 0
    ) -> list[Candidate]:
        prompt, memory, mask, keys = self.read(utterance, table)
        word_mask = prompt.word_mask
        k = max(top_k, 1) * self.config.seeds_per_candidate
        memory, mask, keys = memory.expand(k, -1, -1), mask.expand(k, -1), keys.expand(k, -1, -1)
        x0 = denoise(
            self.model,
            self.schedule,
            self.config,
            memory,
            mask,
            [seed + i for i in range(k)],
            self.steps,
            keys,
            word_mask.expand(k, -1),
        )
        y_hat = self.model.decode(x0, memory, mask)
        log_probs = self.model.logits(y_hat, keys, word_mask.expand(k, -1))
        log_probs = log_probs.log_softmax(-1).float().cpu()
        samples = [self.tokens(row, prompt) for row in log_probs]
        # Bash/Python: parser-checked candidates first, unless unconstrained (the ablation)
        ranked = rank(samples, top_k, valid_first=self.constrained or self.config.target == "cf")
        if prompt.table is not None and prompt.table.rows:
            ranked = execution_guided(ranked, prompt.table)
        return [Candidate(g.code, g.score) for g in ranked]

    def tokens(self, log_probs: torch.Tensor, prompt: Prompt) -> Generated | None:
        """One sample's code from H's per-position distributions."""
        if self.config.target != "cf":
            return program_tokens(log_probs, self.vocab, self.config.target)
        if not self.constrained:
            return free_tokens(log_probs, self.vocab, prompt.words)
        assert self.index is not None
        return constrained_tokens(
            log_probs, self.index, prompt.words, prompt.kinds, prompt.mentioned
        )


@dataclass
class Prompt:
    """One request as E's input, with what decoding needs from its sheet."""

    ids: torch.Tensor  # (1, S) prompt token ids
    word_starts: torch.Tensor  # (1, W) first token of each copyable word
    word_mask: torch.Tensor  # (1, W)
    words: list[Word]
    table: Table | None  # CF only: Bash and Python requests come without a sheet
    kinds: list[str] | None = None  # each column's type
    mentioned: dict[int, float] | None = None  # columns the request names

    def to(self, device: str) -> Prompt:
        return dataclasses.replace(
            self,
            ids=self.ids.to(device),
            word_starts=self.word_starts.to(device),
            word_mask=self.word_mask.to(device),
        )


def encoded_prompt(
    utterance: str, table: Table | None, tokenizer: PreTrainedTokenizerBase, config: Config
) -> Prompt:
    """The sheet-aware prompt (the utterance alone for Bash and Python) as tensors."""
    table = table if config.target == "cf" else None
    ids, words, starts = prompt_features(sheet_prompt(utterance, table), tokenizer, config)
    word_starts = torch.zeros(1, config.max_copy_words, dtype=torch.long)
    word_starts[0, : len(starts)] = torch.tensor(starts, dtype=torch.long)
    word_mask = torch.zeros_like(word_starts)
    word_mask[0, : len(starts)] = 1
    prompt = Prompt(torch.tensor([ids]), word_starts, word_mask, words, table)
    if table is not None:
        prompt.kinds = [column_type(table, c) for c in range(table.width)]
        prompt.mentioned = mentioned_columns(utterance, table)
    return prompt


def execution_guided(ranked: list[Generated], table: Table) -> list[Generated]:
    """Valid rules first, and among them those that format at least one cell of the sheet (a
    stable sort, so the model's order holds within each group): execution-guided decoding
    (Wang et al., 2018) with the cheapest signal a sheet gives. Date rules are judged as of
    today."""

    def formats_nothing(candidate: Generated) -> bool:
        return candidate.valid and not highlighted_cells(parse_rule(candidate.code), table)

    return sorted(ranked, key=lambda g: (not g.valid, formats_nothing(g)))
