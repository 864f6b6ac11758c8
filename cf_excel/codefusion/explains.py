"""How well a Bash command explains the words of its request: a word-translation table learnt
from the training pairs (IBM Model 1, Brown et al., 1993), read in the noisy-channel direction,
P(request words | the command's utilities and flags).

The consensus ranks answers by how much the nearest training programs agree with them; two
answers the neighbours back alike can still differ in whether they do what the words say:
"recursively" is `-r`, "case insensitive" `-i`, "count the lines" `wc -l`. Reranking by how well
the answer's tokens account for each word of the request (as Yin & Neubig, 2019, rerank by
reconstructing the request) puts the command that leaves no word unexplained first. On 800
held-out NL2Bash training requests (`docs/HISTORY.md`, issue 19) it lifts Template Match by
about two points at top-1.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from cf_excel.bash_templates import STOP_WORDS, stem
from cf_excel.benchmarks.data import default_cache_dir, pairs_key, write_cache_file

NULL = "<null>"  # the token that explains a word no token of the command accounts for
# EM rounds: on the held-out requests 3 / 5 / 8 rounds give template accuracy 16.6 / 16.9 / 17.0
ROUNDS = 8
FLOOR = 1e-6  # a word no token explains costs log(FLOOR), not -inf
WORD = re.compile(r"[a-z]+")  # numbers and names are arguments: the transfer's business
Table = dict[tuple[str, str], float]


class WordTranslation:
    """t(word | token) for request words and command tokens."""

    def __init__(self, table: Table, tokens_of: Callable[[str], Iterable[str]]) -> None:
        self.table = table
        self.tokens_of = tokens_of

    @classmethod
    def learnt(
        cls, pairs: Iterable[tuple[str, str]], tokens_of: Callable[[str], Iterable[str]]
    ) -> WordTranslation:
        """By expectation-maximisation over the training pairs, each word aligned to one token
        of its command or to NULL."""
        aligned = [(words(request), with_null(tokens_of(code))) for request, code in pairs]
        table: Table = defaultdict(lambda: 1.0)  # uniform to begin
        for _ in range(ROUNDS):
            counts: Table = defaultdict(float)
            totals: dict[str, float] = defaultdict(float)
            for request_words, tokens in aligned:
                for word in request_words:
                    norm = sum(table[word, token] for token in tokens)
                    for token in tokens:
                        share = table[word, token] / norm
                        counts[word, token] += share
                        totals[token] += share
            table = defaultdict(float, {k: c / totals[k[1]] for k, c in counts.items()})
        return cls(dict(table), tokens_of)

    @classmethod
    def cached(
        cls,
        requests: Sequence[str],
        codes: Sequence[str],
        tokens_of: Callable[[str], Iterable[str]],
    ) -> WordTranslation:
        """Learnt once per training split and kept in the cache (learning it parses every
        command with bashlex: seconds that each `generate --target bash` would pay again)."""
        key = pairs_key(zip(requests, codes, strict=True))
        path = default_cache_dir() / f"word-translation-{ROUNDS}-{key}.json"
        if path.is_file():
            rows = json.loads(path.read_text(encoding="utf-8"))
            return cls({(word, token): chance for word, token, chance in rows}, tokens_of)
        learnt = cls.learnt(zip(requests, codes, strict=True), tokens_of)
        rows = [[word, token, chance] for (word, token), chance in learnt.table.items()]
        text = json.dumps(rows)
        write_cache_file(path, lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))
        return learnt

    def explains(self, request: str, code: str) -> float:
        """The mean log-probability of the request's words given the command's tokens: near 0
        when every word has a token that says it, lower for each word none does."""
        asked = words(request)
        tokens = with_null(self.tokens_of(code))
        if not asked:
            return 0.0
        total = 0.0
        for word in asked:
            chance = sum(self.table.get((word, token), 0.0) for token in tokens) / len(tokens)
            total += math.log(chance + FLOOR)
        return total / len(asked)


def with_null(tokens: Iterable[str]) -> list[str]:
    """A command's distinct tokens and NULL, which every word may align to."""
    return [*dict.fromkeys(tokens), NULL]


def words(request: str) -> list[str]:
    """The request's words, stemmed, without stop words, as NL2Bash groups requests (its stop
    words are pronouns and auxiliaries: "in" and "a" stay)."""
    return [stem(word) for word in WORD.findall(request.lower()) if word not in STOP_WORDS]
