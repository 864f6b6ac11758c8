"""The autoregressive baseline's decoding, by beam search or nucleus sampling.

CodeFusion's claim is about an equal-size autoregressive model trained on the same data. This
one shares E, L and H with CodeFusion (`model.Autoregressive`), trains in the same loop on the
same corpora (pretraining = plain language modelling of code; its loss is in `train`), and
decodes left to right. For
CF the same grammar- and type-constrained token choice applies (`decode.Choice`, with the
named-column bonus), so every rule parses and the comparison isolates the generation method;
its proposals are checked, merged and ranked by `cf_excel.candidates` exactly as CodeFusion's
are.

Top-k: beam search with k beams (the usual AR top-k), or k nucleus samples (top-p 0.9) — the
sampling that makes an AR model's top-k diverse, at some cost in accuracy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import torch

from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.codefusion.blocks import Memory
from cf_excel.codefusion.decode import Choice, column_bonus
from cf_excel.codefusion.generator import CheckpointReader
from cf_excel.codefusion.model import Autoregressive
from cf_excel.codefusion.program_codec import decode_program
from cf_excel.sheets.prompt import Word
from cf_excel.sheets.table import Table

Search = Literal["beam", "nucleus"]
TOP_P = 0.9


@dataclass
class Hypothesis:
    ids: list[int]
    score: float
    choice: Choice | None  # CF: the grammar walk so far
    done: bool = False


class AutoregressiveGenerator(CheckpointReader[Autoregressive]):
    """Top-k code from the AR baseline, by beam search or nucleus sampling."""

    architecture = Autoregressive
    scores: ScoreKind = "log_prob"
    steps = None

    def __init__(
        self,
        directory: Path,
        search: Search = "beam",
        decode: Mapping[str, Any] | None = None,
        device: str = "cpu",
    ) -> None:
        super().__init__(directory, device, decode)
        self.search = search
        self.name = "autoregressive" if search == "beam" else "autoregressive-nucleus"

    @torch.no_grad()
    def propose(
        self, utterance: str, top_k: int, table: Table | None, seed: int = 0
    ) -> list[Proposal]:
        prompt, memory, keys = self.read(utterance, table)
        word_mask, mentioned = prompt.word_mask, prompt.mentioned
        start = [Hypothesis([], 0.0, self.new_choice(prompt.words, prompt.kinds))]
        if self.search == "beam":
            finished = self.beam(start, top_k, memory, keys, word_mask, mentioned)
        else:
            generator = torch.Generator().manual_seed(seed)
            finished = self.sample(start * top_k, memory, keys, word_mask, mentioned, generator)
        return [p for p in map(self.finish, finished) if p is not None]

    def new_choice(self, words: list[Word], kinds: list[str] | None) -> Choice | None:
        return None if self.index is None else Choice(self.index, words, kinds)

    def step_log_probs(
        self,
        hypotheses: Sequence[Hypothesis],
        memory: Memory,
        keys: torch.Tensor,
        word_mask: torch.Tensor,
    ) -> torch.Tensor:
        """Log-probabilities of each hypothesis's next token, (H, V + W)."""
        count = len(hypotheses)
        ids = torch.tensor([h.ids for h in hypotheses], dtype=torch.long, device=keys.device)
        keys, word_mask = keys.expand(count, -1, -1), word_mask.expand(count, -1)
        embedded = self.model.embed_code(ids.reshape(count, -1), keys)  # (H, P, C)
        states = self.model.next_states(self.model.prefix(embedded), memory.read_by([count]))
        logits = self.model.logits(states[:, -1:], keys, word_mask)[:, 0]
        return logits.log_softmax(-1).float().cpu()

    def allowed(self, hypothesis: Hypothesis) -> tuple[list[int], set[str]]:
        """Token ids this hypothesis may take next, and the grammar terminals it accepts."""
        if hypothesis.choice is None:
            return list(range(self.vocab.size)), set()
        accepts, allowed = hypothesis.choice.allowed()
        return list(allowed.ids), set(accepts)

    def extend(
        self, hypothesis: Hypothesis, token: int, log_prob: float, accepts: set[str]
    ) -> Hypothesis:
        choice = hypothesis.choice.fork() if hypothesis.choice is not None else None
        if choice is not None:
            choice.take(token, frozenset(accepts))
        done = token == self.vocab.pad_id or len(hypothesis.ids) + 1 >= self.config.max_code_len
        return Hypothesis([*hypothesis.ids, token], hypothesis.score + log_prob, choice, done)

    def beam(
        self,
        beams: list[Hypothesis],
        width: int,
        memory: Memory,
        keys: torch.Tensor,
        word_mask: torch.Tensor,
        mentioned: Mapping[int, float] | None,
    ) -> list[Hypothesis]:
        finished: list[Hypothesis] = []
        while beams and len(finished) < width:
            rows = self.step_log_probs(beams, memory, keys, word_mask)
            expanded = []
            for hypothesis, row in zip(beams, rows, strict=True):
                ids, accepts = self.allowed(hypothesis)
                if not ids:
                    continue
                scores = row[torch.tensor(ids)] + column_bonus(ids, self.vocab, mentioned)
                for position in scores.topk(min(width, len(ids))).indices.tolist():
                    token = ids[position]
                    expanded.append(self.extend(hypothesis, token, float(row[token]), accepts))
            expanded.sort(key=lambda h: -h.score)
            beams = []
            for hypothesis in expanded[:width]:
                (finished if hypothesis.done else beams).append(hypothesis)
        return finished or beams

    def sample(
        self,
        hypotheses: list[Hypothesis],
        memory: Memory,
        keys: torch.Tensor,
        word_mask: torch.Tensor,
        mentioned: Mapping[int, float] | None,
        generator: torch.Generator,
    ) -> list[Hypothesis]:
        """Independent nucleus samples, advanced together (one network call per position): at
        each step each draws from the smallest set of allowed tokens whose probability reaches
        TOP_P."""
        while active := [i for i, h in enumerate(hypotheses) if not h.done]:
            rows = self.step_log_probs([hypotheses[i] for i in active], memory, keys, word_mask)
            for index, row in zip(active, rows, strict=True):
                hypothesis = hypotheses[index]
                ids, accepts = self.allowed(hypothesis)
                if not ids:  # a grammar dead end: keep what it has
                    hypotheses[index] = replace(hypothesis, done=True)
                    continue
                bonus = column_bonus(ids, self.vocab, mentioned)
                probs = (row[torch.tensor(ids)] + bonus).softmax(-1)
                ordered, order = probs.sort(descending=True)
                keep = int((ordered.cumsum(0) < TOP_P).sum()) + 1
                drawn = int(torch.multinomial(ordered[:keep], 1, generator=generator))
                token = ids[int(order[drawn])]
                hypotheses[index] = self.extend(hypothesis, token, float(row[token]), accepts)
        return hypotheses

    def finish(self, hypothesis: Hypothesis) -> Proposal | None:
        """The finished hypothesis as a proposal (a CF walk that ended before its rule: None)."""
        if hypothesis.choice is None:
            return Proposal(decode_program(self.vocab, hypothesis.ids), hypothesis.score)
        rule = hypothesis.choice.finish()
        return None if rule is None else Proposal(rule, hypothesis.score)
