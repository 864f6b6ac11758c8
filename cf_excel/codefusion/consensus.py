"""Bash and Python answers chosen by consensus: CodeFusion's samples and the programs of the
nearest training requests, reranked by minimum Bayes risk (Kumar & Byrne, 2004; for code, Shi
et al., 2022): each candidate scores its expected similarity to the evidence, the neighbours
weighted by how close their requests are (similarity^POWER) and the model's own first answer
weighted as much as the nearest neighbour. A candidate most of the evidence agrees with wins,
so a sample the model padded with stray pieces loses to its cleaner neighbour, and a neighbour
alone in its shape loses to the shape the others share.

A neighbour answers with the request's arguments in place of its own (`codefusion.transfer`);
in Python each argument it keeps for want of a counterpart in the request costs it a share of
its agreement (UNFILLED): a program about other names is another task.

Similarity is what the benchmark measures: for Bash the cosine of the commands' utilities,
flags and structure (NL2Bash's Template Match, `bash_templates.content_tokens`), for Python the
cosine of their token bags.

A Bash answer's rank also weighs what the agreement cannot see: how well its utilities and flags
explain the request's words (`codefusion.explains`), and how many of its arguments are the
request's own (a neighbour the transfer could fill, a sample that copied the file name). The
weights were fitted on 800 held-out NL2Bash training requests (a listwise softmax over each
request's answers, no model in the loop): exact match 12.2 -> 13.5%, template 16.2 -> 17.2%,
Template Match 54.3 -> 56.1 at top-1 in two-fold cross-validation. On CoNaLa's 300 held-out
questions neither helped, so Python answers keep the agreement alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Protocol

from cf_excel.baselines.retrieval import Neighbour
from cf_excel.bash_templates import content_tokens, cosine
from cf_excel.candidates import Generator, Proposal, ScoreKind
from cf_excel.codefusion.config import Target
from cf_excel.codefusion.explains import WordTranslation
from cf_excel.codefusion.probability import log_sum_exp
from cf_excel.codefusion.transfer import transfer
from cf_excel.sheets.table import Table

EVIDENCE = 40  # nearest training programs that vote
POOL = 15  # of them, those that may be answered
POWER = 2.0  # a neighbour's vote: its request's similarity to this one, squared
# A neighbour's agreement, times this for each argument it could not replace. Chosen on held-out
# training requests: for Python it lifts BLEU 0.28 -> 0.33 (CoNaLa quotes every argument, so an
# unfilled one is a sure sign of another task); for Bash it cost template matches.
UNFILLED = {"bash": 1.0, "python": 0.7, "cf": 1.0}
# A Bash answer's rank: log of its share of the agreement, plus these times how well it explains
# the request's words (a mean log-probability) and times how many of its arguments the request
# says (fitted as above: 2.97 : 1.47 : 1.01)
EXPLAINS = 0.5
COPIED = 0.33
ARGUMENT = re.compile(r"'[^']*'|\"[^\"]*\"|[^\s|;&<>()]+")


class Neighbours(Protocol):
    """Where the nearest training programs come from: TF-IDF (`RetrievalModel`) or sentence
    embeddings (`codefusion.nearest`)."""

    requests: list[str]  # the training requests, and their programs (for `WordTranslation`)
    codes: list[str]

    def neighbours(self, utterance: str, count: int) -> list[Neighbour]: ...


class Consensus:
    """A Bash or Python generator: its model's samples and the nearest training programs,
    ranked by their agreement with both."""

    def __init__(self, model: Generator, neighbours: Neighbours, power: float = POWER) -> None:
        """`power`: how sharply a neighbour's vote falls with its distance; sentence
        embeddings' cosines lie closer together than TF-IDF's, so they take a higher one."""
        self.model = model
        self.neighbours = neighbours
        self.power = power
        self.bag: Callable[[str], Counter[str]] = (
            content_tokens if model.target == "bash" else token_bag
        )
        self.translation = (
            WordTranslation.cached(neighbours.requests, neighbours.codes, content_tokens)
            if model.target == "bash"
            else None
        )

    @property
    def name(self) -> str:
        return f"{self.model.name}+consensus"

    @property
    def target(self) -> Target:
        return self.model.target

    @property
    def scores(self) -> ScoreKind:
        return "log_prob"  # each answer's share of the ranking's softmax: a confidence

    @property
    def constrained(self) -> bool:
        return self.model.constrained

    @property
    def steps(self) -> int | None:
        return self.model.steps

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        found = self.neighbours.neighbours(utterance, EVIDENCE)
        near = [(transfer(n.code, n.request, utterance, self.target), n.score) for n in found]
        own = self.model.propose(utterance, top_k, table)
        bags = {code: self.bag(code) for code in {t.code for t, _ in near} | {p.code for p in own}}
        weight = near[0][1] ** self.power if near else 1.0
        evidence = [(bags[t.code], score**self.power) for t, score in near]
        evidence += [(bags[p.code], weight) for p in own[:1]]
        pool = list(reversed(near[:POOL]))  # a program two neighbours share: the closer's score
        closeness = {t.code: score for t, score in pool}
        penalty = {t.code: UNFILLED[self.target] ** t.unfilled for t, _ in pool}
        codes = list(dict.fromkeys([*closeness, *(p.code for p in own)]))
        agreement = {
            code: penalty.get(code, 1.0) * sum(w * cosine(bags[code], bag) for bag, w in evidence)
            for code in codes
        }
        total = sum(agreement.values()) or 1.0
        share = {code: math.log(max(agreement[code], 1e-9) / total) for code in codes}
        rank = {code: share[code] + self.beyond_agreement(utterance, code) for code in codes}
        norm = log_sum_exp(list(rank.values())) if rank else 0.0
        # between answers ranked alike (one shape, other arguments), the closer request's
        nearer = sorted(codes, key=lambda code: (-rank[code], -closeness.get(code, 0.0)))
        best = nearer[: max(top_k, 1)]
        return [Proposal(code, rank[code] - norm) for code in best]

    def beyond_agreement(self, utterance: str, code: str) -> float:
        """What a Bash answer's rank adds to its agreement: its words explained, its arguments
        the request's (0 for Python)."""
        if self.translation is None:
            return 0.0
        explained = self.translation.explains(utterance, code)
        return EXPLAINS * explained + COPIED * copied_arguments(utterance, code)


def copied_arguments(request: str, code: str) -> int:
    """How many of a command's arguments (not its utilities or flags, longer than a character)
    occur in the request: the file names, patterns and numbers it was asked about."""
    utilities_and_flags = content_tokens(code)
    asked = request.lower()
    arguments = (
        word.strip("'\"")
        for word in ARGUMENT.findall(code)
        if word not in utilities_and_flags and not word.startswith("-")
    )
    return sum(len(argument) > 1 and argument.lower() in asked for argument in arguments)


def token_bag(code: str) -> Counter[str]:
    """A Python answer's names, keywords and operators."""
    return Counter(PYTHON_TOKEN.findall(code))


PYTHON_TOKEN = re.compile(r"\w+|[^\w\s]")
