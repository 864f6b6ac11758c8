"""CodeFusion as a generator: utterance (+ sheet) → proposals (CF rules, Bash commands or
Python snippets, by the checkpoint's target), for `cf_excel.candidates` to check and rank.

Loads a checkpoint folder (the shipped CF model by default); decode settings (steps, seeds,
beam width, constrained) are overrides of the checkpoint's Config.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

import torch

from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.bert import load_prompt_tokenizer
from cf_excel.codefusion.config import SHIPPED_MODEL
from cf_excel.codefusion.decode import (
    TerminalIndex,
    TokenChoice,
    constrained_beam,
    denoise,
    free_tokens,
    most_probable,
    program_tokens,
)
from cf_excel.codefusion.diffusion import SqrtSchedule
from cf_excel.codefusion.model import CodeFusion, CodeModel
from cf_excel.codefusion.prompt import Prompt, encoded_prompt
from cf_excel.sheets.table import Table

Network = TypeVar("Network", bound=CodeModel)


class CheckpointReader(Generic[Network]):
    """What every checkpoint-backed generator does before decoding: load the checkpoint (of its
    architecture), and turn a request into E's memory and copy keys."""

    architecture: type[Network]

    def __init__(
        self, directory: Path, device: str, decode: Mapping[str, Any] | None = None
    ) -> None:
        model, self.vocab, self.meta = checkpoint.load(directory, device)
        if not isinstance(model, self.architecture):
            raise TypeError(
                f"{directory} holds a {type(model).__name__}, not a {self.architecture.__name__}"
            )
        self.model: Network = model
        self.config = model.config.replace(**(decode or {}))
        self.target = self.config.target
        self.tokenizer = load_prompt_tokenizer()
        self.index = TerminalIndex(self.vocab) if self.config.target == "cf" else None
        self.device = device

    @property
    def constrained(self) -> bool:
        return self.config.constrained

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
    """k × seeds_per_candidate noise seeds denoised in one batch, each decoded into
    `beam_width` proposals (CF) or one (Bash, Python)."""

    name = "codefusion"
    architecture = CodeFusion
    scores: ScoreKind = "log_prob"

    def __init__(
        self,
        directory: Path = SHIPPED_MODEL,
        decode: Mapping[str, Any] | None = None,
        device: str = "cpu",
    ) -> None:
        super().__init__(directory, device, decode)
        self.schedule = SqrtSchedule(self.config.num_steps, self.config.schedule_s)

    @property
    def steps(self) -> int:
        return self.config.sample_steps

    @torch.no_grad()
    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
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
            list(range(k)),
            self.config.sample_steps,
            keys,
            word_mask.expand(k, -1),
            self.clamp_choice(prompt),
        )
        y_hat = self.model.decode(x0, memory, mask)
        log_probs = self.model.logits(y_hat, keys, word_mask.expand(k, -1))
        log_probs = log_probs.log_softmax(-1).float().cpu()
        return [p for row in log_probs for p in self.tokens(row, prompt, self.config.beam_width)]

    def tokens(self, log_probs: torch.Tensor, prompt: Prompt, width: int) -> list[Proposal]:
        """One sample's proposals from H's per-position distributions (several only where the
        constrained beam gives them)."""
        if self.config.target != "cf":
            return [program_tokens(log_probs, self.vocab)]
        if not self.constrained:
            return [free_tokens(log_probs, self.vocab, prompt.words)]
        assert self.index is not None
        return constrained_beam(
            log_probs, self.index, prompt.words, prompt.kinds, prompt.mentioned, width
        )

    def clamp_choice(self, prompt: Prompt) -> TokenChoice:
        """How intermediate steps read tokens: the greedy constrained walk where the final
        decode is constrained (else the later steps refine a rule the grammar would reject),
        the argmax otherwise."""
        if self.config.target != "cf" or not self.constrained:
            return most_probable

        def choose(log_probs: torch.Tensor) -> torch.Tensor:
            ids = most_probable(log_probs)
            for number, row in enumerate(log_probs):
                best = self.tokens(row, prompt, width=1)
                if best:
                    ids[number] = torch.tensor(best[0].tokens)
            return ids

        return choose
