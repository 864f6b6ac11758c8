"""CodeFusion as a generator: utterance (+ sheet) → proposals (CF rules, Bash commands or
Python snippets, by the checkpoint's target), for `cf_excel.candidates` to check and rank.

Loads a checkpoint folder (the shipped CF model by default); decode settings (steps, seeds,
beam width, constrained) are overrides of the checkpoint's Config. `forward` runs E, N, D and H
once over several requests' samples (the server's micro-batcher, `cf_excel.codefusion.batching`,
hands it concurrent requests); the grammar-constrained decoding then reads each request's rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import torch

from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.batching import MicroBatcher, check_deadline
from cf_excel.codefusion.bert import load_prompt_tokenizer
from cf_excel.codefusion.blocks import Memory
from cf_excel.codefusion.config import SHIPPED_MODEL, Precision, Target
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


@dataclass(frozen=True)
class Sample:
    """One request's share of a forward pass: its prompt and how many noise seeds it takes."""

    prompt: Prompt
    seeds: int


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

    def prompt(self, utterance: str, table: Table | None) -> Prompt:
        """The request as E's input, on the model's device."""
        return encoded_prompt(utterance, table, self.tokenizer, self.config).to(self.device)

    def read(self, utterance: str, table: Table | None) -> tuple[Prompt, Memory, torch.Tensor]:
        """The encoded prompt, E's memory of it and the copy keys (1, W, C)."""
        prompt = self.prompt(utterance, table)
        memory, keys = self.model.encode(
            prompt.ids, torch.ones_like(prompt.ids), prompt.word_starts
        )
        return prompt, memory, keys


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
        self.bfloat16 = uses_bfloat16(self.config.precision, device)

    @property
    def steps(self) -> int:
        return self.config.sample_steps

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        prompt = self.prompt(utterance, table)
        (log_probs,) = self.forward([Sample(prompt, self.seed_count(top_k))])
        return self.proposals(log_probs, prompt)

    def batched(
        self, window_s: float, max_batch: int, threads: int | None = None
    ) -> BatchedGenerator:
        """This generator for a server's concurrent requests: their forward passes batched on
        one thread of its own (`cf_excel.codefusion.batching`), with `threads` intra-op threads
        (torch's setting for the whole process; None keeps torch's, one per core)."""
        if threads is not None:
            torch.set_num_threads(threads)
        return BatchedGenerator(self, MicroBatcher(self.forward, window_s, max_batch))

    def seed_count(self, top_k: int) -> int:
        """Noise seeds for about `top_k` answers: seeds_per_candidate each, as many merge."""
        return max(top_k, 1) * self.config.seeds_per_candidate

    @torch.no_grad()
    def forward(self, samples: Sequence[Sample]) -> list[torch.Tensor]:
        """H's log-probabilities (k, L, V + W) on the CPU for each sample, from one pass of E,
        N, D and H over all of them. Prompts are padded to the longest and the padding masked,
        so a sample's rows are those it gets alone (to rounding: tests/test_serving.py). The
        matmuls are bfloat16 where `uses_bfloat16` says so."""
        with torch.autocast(torch.device(self.device).type, torch.bfloat16, enabled=self.bfloat16):
            return self.log_probs(samples)

    def log_probs(self, samples: Sequence[Sample]) -> list[torch.Tensor]:
        """`forward`'s work, in the precision its caller set."""
        counts = [sample.seeds for sample in samples]
        ids, prompt_mask, word_starts = padded_prompts([s.prompt for s in samples])
        memory, keys = self.model.encode(ids, prompt_mask, word_starts)
        owner = torch.arange(len(samples), device=ids.device).repeat_interleave(
            torch.tensor(counts, device=ids.device)
        )  # each row's sample
        memory, keys = memory.read_by(counts), keys[owner]  # K = Σ seeds rows
        word_mask = torch.cat([s.prompt.word_mask.expand(s.seeds, -1) for s in samples])
        seeds = [seed for count in counts for seed in range(count)]
        clamp = self.clamp_choice([s.prompt for s in samples for _ in range(s.seeds)])
        x0 = denoise(
            self.model, self.schedule, self.config, memory, seeds,
            self.config.sample_steps, keys, word_mask, clamp,
        )  # fmt: skip
        y_hat = self.model.decode(x0, memory)
        log_probs = self.model.logits(y_hat, keys, word_mask).log_softmax(-1).float().cpu()
        return list(torch.split(log_probs, counts))

    def proposals(
        self, log_probs: torch.Tensor, prompt: Prompt, deadline: float | None = None
    ) -> list[Proposal]:
        """Every row's proposals (a row: one noise seed), checking the time budget between
        rows: the constrained decoding is most of a request's time after the forward pass."""
        found = []
        for row in log_probs:
            check_deadline(deadline)
            found.extend(self.tokens(row, prompt, self.config.beam_width))
        return found

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

    def clamp_choice(self, prompts: Sequence[Prompt]) -> TokenChoice:
        """How intermediate steps read tokens (row i belongs to `prompts[i]`): the greedy
        constrained walk where the final decode is constrained (else the later steps refine a
        rule the grammar would reject), the argmax otherwise."""
        if self.config.target != "cf" or not self.constrained:
            return most_probable

        def choose(log_probs: torch.Tensor) -> torch.Tensor:
            ids = most_probable(log_probs)
            for number, (row, prompt) in enumerate(zip(log_probs, prompts, strict=True)):
                best = self.tokens(row, prompt, width=1)
                if best:
                    ids[number] = torch.tensor(best[0].tokens)
            return ids

        return choose


def uses_bfloat16(precision: Precision, device: str) -> bool:
    """Whether sampling multiplies in bfloat16: asked for, or `auto` on a CPU that computes it
    natively (AVX512-BF16 or AMX), where the forward pass takes half the time of float32's with
    every token choice the same on our requests (docs/HISTORY.md). Training stays float32."""
    if precision != "auto":
        return precision == "bfloat16"
    return device == "cpu" and bool(
        torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()
    )


def padded_prompts(prompts: Sequence[Prompt]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Token ids (B, S) right-padded with [PAD] (id 0) to the longest prompt, their mask (B, S),
    and the word starts (B, W); one prompt alone is not padded."""
    longest = max(p.ids.shape[1] for p in prompts)
    ids = torch.zeros(len(prompts), longest, dtype=torch.long, device=prompts[0].ids.device)
    mask = torch.zeros_like(ids)
    for row, prompt in enumerate(prompts):
        ids[row, : prompt.ids.shape[1]] = prompt.ids[0]
        mask[row, : prompt.ids.shape[1]] = 1
    return ids, mask, torch.cat([p.word_starts for p in prompts])


@dataclass(frozen=True)
class BatchedGenerator:
    """A CodeFusionGenerator whose forward passes go through a shared MicroBatcher (a
    `Generator` as `cf_excel.candidates` reads one); `until(deadline)` is one request's view."""

    generator: CodeFusionGenerator
    batcher: MicroBatcher[Sample, torch.Tensor]
    deadline: float | None = None  # time.monotonic() after which the request gives up

    @property
    def name(self) -> str:
        return self.generator.name

    @property
    def target(self) -> Target:
        return self.generator.target

    @property
    def scores(self) -> ScoreKind:
        return self.generator.scores

    @property
    def constrained(self) -> bool:
        return self.generator.constrained

    @property
    def steps(self) -> int:
        return self.generator.steps

    def until(self, deadline: float) -> BatchedGenerator:
        """This generator for one request whose budget ends at `deadline`."""
        return dataclasses.replace(self, deadline=deadline)

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        prompt = self.generator.prompt(utterance, table)
        sample = Sample(prompt, self.generator.seed_count(top_k))
        log_probs = self.batcher.result(sample, self.deadline)
        return self.generator.proposals(log_probs, prompt, self.deadline)
