"""A request as CodeFusion's encoder E reads it: the sheet-aware prompt's token ids, the
utterance words the code may copy (and where each starts among the tokens), and what the
constrained decoding needs from the sheet (column types, the columns the request names).

Shared by training (`dataset`) and inference (`generator`), so both tokenise alike.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import torch

from cf_excel.codefusion.bert import PromptTokenizer
from cf_excel.codefusion.config import Config
from cf_excel.sheets.prompt import (
    Word,
    column_type,
    mentioned_columns,
    sheet_prompt,
    utterance_words,
)
from cf_excel.sheets.table import Table


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
    utterance: str, table: Table | None, tokenizer: PromptTokenizer, config: Config
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


def prompt_features(
    prompt: str, tokenizer: PromptTokenizer, config: Config
) -> tuple[list[int], list[Word], list[int]]:
    """Prompt token ids, the copyable words that survive truncation, and their first tokens."""
    ids, offsets = tokenizer.encode(prompt, config.max_prompt_len)
    words, starts = [], []
    for word in utterance_words(prompt, config.max_copy_words):
        first = next(
            (i for i, (a, b) in enumerate(offsets) if b > a and a >= word.start and a < word.end),
            None,
        )
        if first is None:
            break  # truncated away
        words.append(word)
        starts.append(first)
    return ids, words, starts
