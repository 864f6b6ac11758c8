"""The training requests nearest in meaning to a new one: the consensus's neighbours.

The retrieval baseline finds neighbours by shared words (TF-IDF); these are found by sentence
embeddings (`codefusion.sentences`), so "remove empty folders" finds "delete all empty
directories". On 800 held-out NL2Bash training requests (the index the other 9,284), the
nearest program's template is right for 15.1% against TF-IDF's 11.2%, and the consensus over
them for 14.9% against 11.2% (`docs/HISTORY.md`, issue 19).

Embedding the 10,084 Bash training requests takes minutes on two cores, so the embeddings are
stored: the shipped ones beside the model (`models/<target>-cpu/neighbours.safetensors`), else
in the cache, keyed by a hash of the requests and their programs, so that another training
split is embedded anew rather than read against the wrong programs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file

from cf_excel.baselines.retrieval import Neighbour, distinct
from cf_excel.benchmarks.data import (
    Example,
    default_cache_dir,
    load_examples,
    pairs_key,
    write_cache_file,
)
from cf_excel.codefusion.config import Target
from cf_excel.codefusion.sentences import embeddings
from cf_excel.codefusion.transfer import without_literals

SHIPPED = Path(__file__).resolve().parents[1] / "models"
CANDIDATES = 400  # nearest rows read for `count` distinct programs (duplicates are common)
# The consensus's power on these similarities: cosines of sentence embeddings lie close together
# (0.6-0.9), so a neighbour's vote must fall off faster than TF-IDF's squared; 20 on held-out
# Bash and Python training requests (8 and 40 were alike or worse).
SHARPNESS = 20.0


class NearestRequests:
    """Training requests and programs, and each request's sentence embedding."""

    def __init__(
        self, examples: Sequence[Example], target: Target, vectors: torch.Tensor | None = None
    ) -> None:
        self.target = target
        self.masks_literals = target == "python"  # CoNaLa quotes every name: near for the ask
        self.requests = [e.utterance for e in examples]
        self.codes = [e.code for e in examples]
        self.vectors = self.embed(self.requests) if vectors is None else vectors

    @classmethod
    def from_benchmark(cls, target: Target, data_dir: str | None = None) -> NearestRequests:
        """The train split's requests, their embeddings read from where they are stored, or
        computed once and cached."""
        examples = load_examples(target, "train", data_dir)
        key = fingerprint(examples)
        for stored in (shipped_file(target), cached_file(target, key)):
            vectors = read_vectors(stored, key)
            if vectors is not None:
                return cls(examples, target, vectors)
        print(
            f"cf-excel: embedding {len(examples):,} {target} training requests once "
            "(a few minutes; cached)",
            file=sys.stderr,
        )
        nearest = cls(examples, target)
        write_vectors(cached_file(target, key), nearest.vectors, key)
        return nearest

    def embed(self, requests: Sequence[str]) -> torch.Tensor:
        if self.masks_literals:
            requests = [without_literals(r) for r in requests]
        return embeddings(requests)

    def neighbours(self, utterance: str, count: int) -> list[Neighbour]:
        """The `count` nearest training requests with distinct programs, nearest first."""
        if not self.codes:
            return []
        similarity = self.vectors @ self.embed([utterance])[0]
        ranked = torch.topk(similarity, min(CANDIDATES, len(self.codes)))
        pairs = zip(ranked.indices.tolist(), ranked.values.tolist(), strict=True)
        return distinct(pairs, self.requests, self.codes, count)


def fingerprint(examples: Sequence[Example]) -> str:
    """Which embeddings fit which split (`pairs_key` of its requests and programs)."""
    return pairs_key((example.utterance, example.code) for example in examples)


def shipped_file(target: Target) -> Path:
    return SHIPPED / f"{target}-cpu" / "neighbours.safetensors"


def cached_file(target: Target, key: str) -> Path:
    return default_cache_dir() / f"neighbours-{target}-{key}.safetensors"


def read_vectors(path: Path, key: str) -> torch.Tensor | None:
    """The embeddings stored at `path` if they are those of the split with this `key`."""
    if not path.is_file():
        return None
    with safe_open(str(path), framework="pt") as stored:
        if (stored.metadata() or {}).get("key") != key:
            return None
    return load_file(str(path))["vectors"].float()


def write_vectors(path: Path, vectors: torch.Tensor, key: str) -> None:
    """Stored in half precision (half the shipped file), atomically."""
    half = {"vectors": vectors.half().contiguous()}
    write_cache_file(path, lambda temporary: save_file(half, temporary, metadata={"key": key}))
