"""The retrieval baseline: answer with the code of the nearest training utterances.

TF-IDF over word unigrams and bigrams, cosine similarity through an inverted index (the Bash
train split has 10k items, so no dense matrix). Top-k returns the k most similar training items
with distinct code. For CF, training items whose code is not a rule are left out of the index
(they are counted in `skipped`), since returning ExcelScript would never be a valid answer.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from cf_excel.benchmarks.data import Benchmark, Example, load_examples
from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.rules import canonical_rule
from cf_excel.sheets.table import Table

WORD = re.compile(r"[a-z0-9]+")


def terms(text: str) -> list[str]:
    """Lower-cased words plus adjacent word pairs."""
    words = WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class Neighbour:
    """A training request near the asked one, its program, and how near (cosine)."""

    request: str
    code: str
    score: float


class RetrievalModel:
    """Nearest-neighbour baseline over one target's training split."""

    name = "retrieval"
    scores: ScoreKind = "similarity"
    constrained = False  # its answers keep their similarity order, parsed or not
    steps = None

    def __init__(self, examples: Sequence[Example], target: Benchmark) -> None:
        self.target = target
        # CF: each code as its canonical rule, so that spellings of one rule are one answer
        codes = [canonical_rule(e.code) if target == "cf" else e.code for e in examples]
        usable = [(e, code) for e, code in zip(examples, codes, strict=True) if code is not None]
        self.skipped = len(examples) - len(usable)
        self.codes = [code for _, code in usable]
        self.requests = [e.utterance for e, _ in usable]
        documents = [Counter(terms(e.utterance)) for e, _ in usable]
        frequency = Counter(term for document in documents for term in document)
        self.idf = {t: math.log((1 + len(documents)) / (1 + df)) + 1 for t, df in frequency.items()}
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, document in enumerate(documents):
            weights = self.weigh(document)
            for term, weight in weights.items():
                self.postings[term].append((index, weight))

    @classmethod
    def from_benchmark(cls, target: Benchmark, data_dir: str | None = None) -> RetrievalModel:
        return cls(load_examples(target, "train", data_dir), target)

    def weigh(self, counts: Counter[str]) -> dict[str, float]:
        """L2-normalised TF-IDF weights (sub-linear term frequency)."""
        weights = {t: (1 + math.log(n)) * self.idf[t] for t, n in counts.items() if t in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        """The codes of the most similar training utterances, best first, without duplicates
        (the sheet is not looked at: that is what makes this the baseline)."""
        return [Proposal(n.code, n.score) for n in self.neighbours(utterance, top_k)]

    def neighbours(self, utterance: str, count: int) -> list[Neighbour]:
        """The `count` most similar training requests with distinct code, most similar first."""
        scores: dict[int, float] = defaultdict(float)
        for term, weight in self.weigh(Counter(terms(utterance))).items():
            for index, document_weight in self.postings[term]:
                scores[index] += weight * document_weight
        ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        return distinct(ranked, self.requests, self.codes, count)


def distinct(
    ranked: Iterable[tuple[int, float]], requests: list[str], codes: list[str], count: int
) -> list[Neighbour]:
    """The first `count` ranked training items (index, score) with distinct code."""
    found: list[Neighbour] = []
    seen: set[str] = set()
    for index, score in ranked:
        if codes[index] not in seen:
            seen.add(codes[index])
            found.append(Neighbour(requests[index], codes[index], score))
        if len(found) == count:
            break
    return found
