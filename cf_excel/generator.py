"""CodeFusion as a generation model: utterance (+ sheet) → ranked candidates (CF rules, Bash
commands or Python snippets, by the checkpoint's target).

The same interface as the retrieval baseline (`name`, `generate`), so the CLI, the evaluation
harness and the server use either. Loads a checkpoint folder; the shipped CF model is the
default.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Sequence
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
    TokenChoice,
    constrained_beam,
    denoise,
    free_tokens,
    most_probable,
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
    """Top-k rules from k × seeds_per_candidate noise seeds, denoised in one batch, each decoded
    into `beam_width` candidates; candidates that do the same merge."""

    name = "codefusion"
    architecture = CodeFusion

    def __init__(
        self,
        directory: Path = SHIPPED_MODEL,
        steps: int | None = None,
        constrained: bool | None = None,
        seeds_per_candidate: int | None = None,
        beam_width: int | None = None,
        device: str = "cpu",
    ) -> None:
        super().__init__(directory, device)
        if seeds_per_candidate:
            self.config = self.config.replace(seeds_per_candidate=seeds_per_candidate)
        if beam_width:
            self.config = self.config.replace(beam_width=beam_width)
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
            self.clamp_choice(prompt),
        )
        y_hat = self.model.decode(x0, memory, mask)
        log_probs = self.model.logits(y_hat, keys, word_mask.expand(k, -1))
        log_probs = log_probs.log_softmax(-1).float().cpu()
        samples = [g for row in log_probs for g in self.tokens(row, prompt, self.config.beam_width)]
        # Bash/Python: parser-checked candidates first, unless unconstrained (the ablation)
        valid_first = self.constrained or self.config.target == "cf"
        return answers(samples, top_k, prompt.table, valid_first)

    def tokens(self, log_probs: torch.Tensor, prompt: Prompt, width: int) -> list[Generated]:
        """One sample's candidates from H's per-position distributions (several only where the
        constrained beam gives them)."""
        if self.config.target != "cf":
            return [program_tokens(log_probs, self.vocab, self.config.target)]
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


def answers(
    samples: Sequence[Generated | None], top_k: int, table: Table | None, valid_first: bool = True
) -> list[Candidate]:
    """The top-k distinct answers: on a sheet with data rows, rules that format the same cells
    are one answer and those that format nothing come last; otherwise equal texts merge."""
    if table is None or not table.rows:
        return [Candidate(g.code, g.score) for g in rank(samples, top_k, valid_first)]
    cells = formatted_cells(table)
    ranked = rank(samples, top_k, valid_first, same=cells)
    return [Candidate(g.code, g.score) for g in execution_guided(ranked, cells)]


def formatted_cells(table: Table) -> Callable[[Generated], Hashable]:
    """What a candidate does on the sheet (the cells it formats; an invalid one: its text), so
    that rules written differently but formatting the same cells merge. Each distinct rule is
    executed once: many seeds decode the same one."""
    done: dict[str, Hashable] = {}

    def cells(candidate: Generated) -> Hashable:
        if not candidate.valid:
            return candidate.code
        if candidate.code not in done:
            done[candidate.code] = frozenset(highlighted_cells(parse_rule(candidate.code), table))
        return done[candidate.code]

    return cells


def execution_guided(
    ranked: list[Generated], cells: Callable[[Generated], Hashable]
) -> list[Generated]:
    """Valid rules first, and among them those that format at least one cell of the sheet (a
    stable sort, so the model's order holds within each group): execution-guided decoding
    (Wang et al., 2018) with the cheapest signal a sheet gives, read from the same `cells` the
    merging used. Date rules are judged as of today."""

    def formats_nothing(candidate: Generated) -> bool:
        return candidate.valid and cells(candidate) == frozenset()

    return sorted(ranked, key=lambda g: (not g.valid, formats_nothing(g)))


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
