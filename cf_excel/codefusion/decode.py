"""Sampling from CodeFusion: start from Gaussian noise, denoise over a strided step schedule,
decode once with D and H, then choose tokens — constrained by the grammar, or not.

Grammar-constrained choice (RESEARCH.md, "Constrained decoding"): left to right over H's
per-position distributions, extend each of a few hypotheses by the most probable tokens that
Lark's LALR interactive parser accepts next (a beam over positions; width 1 is the greedy walk),
so every returned CF rule parses; a column must exist in the table and, after a date, rank,
average, visual or text function, have a type that function reads; a `Columns(c[i]:c[j], …)`
span runs left to right (j > i; one column is written `c[i]`); Between's two bounds are
copied from different words; columns the request names get a bonus. The accepted terminals
depend only on the parser's state stack, so the allowed-token mask is cached by
`tuple(state_stack)`. Copied words become NUMBER (a numeric word where a number may come) or a
STRING (a run of words). Top-k = k noise seeds in one batched pass, each decoded into a few
proposals; merging and ranking them is `cf_excel.candidates`' job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import torch
from lark import Token

from cf_excel.candidates import Proposal
from cf_excel.codefusion.blocks import Memory
from cf_excel.codefusion.codec import PAD, UNK, CodeVocab, literal_text, word_number
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.diffusion import SqrtSchedule, model_estimates
from cf_excel.codefusion.model import CodeFusion
from cf_excel.codefusion.program_codec import decode_program
from cf_excel.rules import format_rule
from cf_excel.rules.grammar import rule_parser
from cf_excel.rules.parser import RuleBuilder
from cf_excel.rules.printer import format_number, quote
from cf_excel.sheets.prompt import Word

FUNCTION_KEYWORDS = ("AND", "OR", "NOT", "LEN", "BETWEEN", "ROWS", "COLUMNS")  # take arguments
UNUSED_TERMINALS = {"FREE_TEXT", "QUANTITY", "__IGNORE_0"}  # canonical rules never use them
MENTION_BONUS = 4.0  # nats added to a column the request names by its header or letter
NUMERIC_KINDS = frozenset({"number", "percent", "currency", "date"})
# Which column types a function's column may have: a date rule reads a date column, Top and
# DataBar a numeric one, TextContains a text one. Only applied when the table has such a column.
COLUMN_KINDS_FOR = {
    "DATE_OP": frozenset({"date"}),
    "TODAY_OP": frozenset({"date"}),
    "DAYS_OP": frozenset({"date"}),
    "RANK_OP": NUMERIC_KINDS,
    "AVERAGE_OP": NUMERIC_KINDS,
    "VISUAL_OP": NUMERIC_KINDS,
    "TEXT_OP": frozenset({"text"}),
}


ALLOWED_CACHE_SIZE = 20_000  # allowed-id sets kept (a request's walks meet a few dozen)


class Allowed(NamedTuple):
    """The ids a walk may take next, ascending, and the same as an index tensor."""

    ids: tuple[int, ...]
    positions: torch.Tensor


@dataclass
class TerminalIndex:
    """Which grammar terminals each vocabulary token can stand for, computed once."""

    vocab: CodeVocab
    types: list[tuple[str, ...]] = field(default_factory=list)
    cache: dict[Any, frozenset[str]] = field(default_factory=dict)
    id_cache: dict[tuple[frozenset[str], int | None], tuple[int, ...]] = field(default_factory=dict)
    allowed_cache: dict[Hashable, Allowed] = field(default_factory=dict)

    def __post_init__(self) -> None:
        patterns = [
            (t.name, re.compile(t.pattern.to_regexp()))
            for t in rule_parser().terminals
            if t.name not in UNUSED_TERMINALS
        ]
        for index in range(self.vocab.size):
            token = self.vocab.token(index)
            special = token in (PAD, UNK)
            self.types.append(
                () if special else tuple(name for name, p in patterns if p.fullmatch(token))
            )

    def vocabulary_ids(self, accepts: frozenset[str], columns: int | None) -> tuple[int, ...]:
        """Vocabulary ids that may come next (PAD where the rule may end); c[i] only for
        columns the table has. Cached: a walk meets few distinct accepted sets."""
        key = (accepts, columns)
        if key not in self.id_cache:
            ids = [
                i
                for i, types in enumerate(self.types)
                if accepts.intersection(types) and self.column_fits(i, columns)
            ]
            if "$END" in accepts:
                ids.append(self.vocab.pad_id)
            self.id_cache[key] = tuple(ids)
        return self.id_cache[key]

    def allowed(self, key: Hashable, ids: Callable[[], set[int]]) -> Allowed:
        """The allowed ids that `key` determines, made by `ids` once: a walk meets few distinct
        sets, and building, sorting and indexing them at every position of every beam was most
        of the beam's time. The cache holds the sets of recent requests (keys name their words'
        numbers), so it is emptied when it grows past ALLOWED_CACHE_SIZE."""
        found = self.allowed_cache.get(key)
        if found is None:
            if len(self.allowed_cache) >= ALLOWED_CACHE_SIZE:
                self.allowed_cache.clear()
            ordered = tuple(sorted(ids()))
            found = self.allowed_cache[key] = Allowed(ordered, torch.tensor(ordered))
        return found

    def column_fits(self, index: int, columns: int | None) -> bool:
        token = self.vocab.token(index)
        return columns is None or not token.startswith("c[") or int(token[2:-1]) < columns

    def accepts(self, parser: Any) -> frozenset[str]:
        key = tuple(parser.parser_state.state_stack)
        if key not in self.cache:
            self.cache[key] = frozenset(parser.accepts())
        return self.cache[key]


@dataclass
class Choice:
    """The constrained walk over one sample's positions."""

    index: TerminalIndex
    words: Sequence[Word]
    column_kinds: Sequence[str] | None  # each table column's type; c[i] beyond them not offered
    parser: Any = field(default_factory=lambda: rule_parser().parse_interactive(""))
    run: list[int] = field(default_factory=list)  # words of a text literal being copied
    done: bool = False
    function: str = ""  # the terminal type of the last function name taken (TEXT_OP, ...)
    column: int | None = None  # the column that function names, once taken
    copied: set[int] = field(default_factory=set)  # words copied as that function's numbers
    numeric: tuple[bool, ...] = ()  # which words are numbers (computed once per request)

    def __post_init__(self) -> None:
        if len(self.numeric) != len(self.words):
            self.numeric = tuple(word_number(word.text) is not None for word in self.words)

    def fork(self) -> Choice:
        """An independent copy (beam search extends one walk several ways)."""
        return Choice(
            self.index, self.words, self.column_kinds, self.parser.copy(), list(self.run),
            self.done, self.function, self.column, set(self.copied), self.numeric,
        )  # fmt: skip

    def allowed(self) -> tuple[frozenset[str], Allowed]:
        """Accepted terminals and allowed ids (vocabulary ids, then V + word), ascending."""
        accepts = self.after_run()
        width = None if self.column_kinds is None else len(self.column_kinds)
        unfit = frozenset(self.unfit_columns()) if "COLUMN" in accepts else frozenset()
        closes_span = (
            "COLON" in accepts and self.function == "COLUMNS" and self.column == (width or 0) - 1
        )
        words = (
            "all" if self.run or "STRING" in accepts else "numbers" if "NUMBER" in accepts else ""
        )
        skipped = frozenset(self.copied) if self.function == "BETWEEN" else frozenset()

        def ids() -> set[int]:
            allowed = set(self.index.vocabulary_ids(accepts, width)) - unfit
            if closes_span:  # no column right of c[i] to end a span
                allowed.discard(self.index.vocab.id_of(":"))
            size = self.index.vocab.size
            for j, numeric in enumerate(self.numeric):
                if j in skipped:
                    continue  # "between 500 and 2000": the second bound is another word
                if words == "all" or (words == "numbers" and numeric):
                    allowed.add(size + j)
            return allowed

        key = (accepts, width, unfit, closes_span, words, skipped, self.numeric)
        return accepts, self.index.allowed(key, ids)

    def unfit_columns(self) -> set[int]:
        """Column ids whose type the pending function cannot read, when another column fits;
        after `Columns(c[i]:`, the columns up to c[i] (the parser refuses a backwards span)."""
        if self.function == "COLUMNS" and self.column is not None:
            return {self.index.vocab.id_of(f"c[{i}]") for i in range(self.column + 1)}
        wanted = COLUMN_KINDS_FOR.get(self.function)
        if wanted is None or self.column_kinds is None:
            return set()
        unfit = {self.index.vocab.id_of(f"c[{i}]") for i, kind in enumerate(self.column_kinds)
                 if kind not in wanted}  # fmt: skip
        return unfit if len(unfit) < len(self.column_kinds) else set()

    def compares_a_percent_column(self) -> bool:
        """A comparison on a percent-typed column (Excel stores 20% as 0.2). Ranks keep percent
        units: `TopPercent(c[1], 20)` is the top 20%."""
        return (
            self.function in ("COMPARE_OP", "BETWEEN")
            and self.column is not None
            and self.column_kinds is not None
            and self.column_kinds[self.column] == "percent"
        )

    def after_run(self) -> frozenset[str]:
        """What may follow once a pending copied text literal is closed."""
        if not self.run:
            return self.index.accepts(self.parser)
        probe = self.parser.copy()
        probe.feed_token(Token("STRING", "'x'"))
        return self.index.accepts(probe)

    def take(self, token_id: int, accepts: frozenset[str]) -> None:
        size = self.index.vocab.size
        if token_id >= size:
            word = self.words[token_id - size]
            value = word_number(word.text)
            if not self.run and "NUMBER" in self.index.accepts(self.parser) and value is not None:
                if word.text.endswith("%") and self.compares_a_percent_column():
                    value /= 100  # "under 20%" on a column of percentages means 0.2
                self.copied.add(token_id - size)
                self.parser.feed_token(Token("NUMBER", format_number(value)))
            else:
                self.run.append(token_id - size)
            return
        self.close_run()
        if token_id == self.index.vocab.pad_id:
            self.done = True
            return
        token = self.index.vocab.token(token_id)
        kind = next(t for t in self.index.types[token_id] if t in accepts)
        if kind.endswith("_OP") or kind in FUNCTION_KEYWORDS:
            self.function, self.column, self.copied = kind, None, set()
        elif kind == "COLUMN":
            self.column = int(token[2:-1])
        elif kind == "COMMA" and self.function == "COLUMNS":
            self.function, self.column = "", None  # the span is over; its rule comes next
        self.parser.feed_token(Token(kind, token))

    def close_run(self) -> None:
        if self.run:
            text = " ".join(self.words[j].text for j in self.run)
            self.parser.feed_token(Token("STRING", quote(text)))
            self.run = []

    def finish(self) -> str | None:
        """The canonical rule, or None when the sequence ended before the rule did."""
        self.close_run()
        if "$END" not in self.index.accepts(self.parser):
            return None
        return format_rule(RuleBuilder().transform(self.parser.feed_eof()))


@dataclass
class PartialRule:
    """One walk of the constrained beam, some positions in."""

    score: float
    choice: Choice
    tokens: list[int]


class Expansion(NamedTuple):
    """A walk extended by one token (-1: a finished rule's <pad>), before the beam cut."""

    score: float
    parent: int
    token: int
    accepts: frozenset[str]


def constrained_beam(
    log_probs: torch.Tensor,
    index: TerminalIndex,
    words: Sequence[Word],
    column_kinds: Sequence[str] | None,
    mentioned: Mapping[int, float] | None = None,
    width: int = 1,
) -> list[Proposal]:
    """The `width` best rules the grammar (and the columns' types) allow, best first.

    Positions are independent given D's output, so a beam over them finds the sequences of
    highest summed log-probability; the next best token at an unsure position (TextEquals for
    TextContains, another column) is what separates the candidates. Columns the request names
    (`mentioned`, column → share of its header said) get MENTION_BONUS nats more, both when
    choosing and in the score: the score ranks candidates by what the search preferred, so a
    beam that took the named column is not ranked below the model's unnamed favourite."""
    beams = [PartialRule(0.0, Choice(index, words, column_kinds), [])]
    bonus = mention_bonus(log_probs.shape[-1], index.vocab, mentioned)  # (V + W,), once
    # the same sums as adding the bonus to each beam's allowed slice (<pad> has none)
    for position, row in enumerate(log_probs + bonus):
        if all(beam.choice.done for beam in beams):
            padded(beams, log_probs[position:, index.vocab.pad_id].tolist(), index.vocab.pad_id)
            break
        expansions: list[Expansion] = []
        for number, beam in enumerate(beams):
            if beam.choice.done:
                pad = float(row[index.vocab.pad_id])
                expansions.append(Expansion(beam.score + pad, number, -1, frozenset()))
                continue
            accepts, allowed = beam.choice.allowed()
            if not allowed.ids:
                continue
            top = row[allowed.positions].topk(min(width, len(allowed.ids)))
            for value, position in zip(top.values.tolist(), top.indices.tolist(), strict=True):
                token = allowed.ids[position]
                expansions.append(Expansion(beam.score + value, number, token, accepts))
        expansions.sort(key=lambda e: -e.score)
        beams = extended(beams, expansions[:width], index.vocab.pad_id)
    finished = []
    for beam in beams:
        code = beam.choice.finish()
        if code is not None:
            finished.append(Proposal(code, beam.score, tuple(beam.tokens)))
    return finished


def padded(beams: Sequence[PartialRule], pads: Sequence[float], pad_id: int) -> None:
    """Every walk has ended: each takes <pad> at the remaining positions. The sums are the
    loop's own, in its order, and adding one value to every score keeps their order, so the
    result is bit-identical to walking on (which was most of the beam's time: rules are a
    few tokens of 32 positions)."""
    for beam in beams:
        for pad in pads:
            beam.score += pad
        beam.tokens.extend([pad_id] * len(pads))


def extended(
    beams: Sequence[PartialRule], kept: Sequence[Expansion], pad_id: int
) -> list[PartialRule]:
    """The kept expansions as walks; a parent's parser is forked only when more than one of its
    expansions survive (forking copies Lark's parser state)."""
    remaining = Counter(e.parent for e in kept)
    result = []
    for expansion in kept:
        parent = beams[expansion.parent]
        remaining[expansion.parent] -= 1
        choice = parent.choice.fork() if remaining[expansion.parent] else parent.choice
        token = pad_id if expansion.token < 0 else expansion.token
        if expansion.token >= 0:
            choice.take(token, expansion.accepts)
        result.append(PartialRule(expansion.score, choice, [*parent.tokens, token]))
    return result


def column_bonus(
    ids: Sequence[int], vocab: CodeVocab, mentioned: Mapping[int, float] | None
) -> torch.Tensor:
    """MENTION_BONUS × the share of its header the request said, for each id that is a column."""
    return mention_bonus(max(ids, default=0) + 1, vocab, mentioned)[list(ids)]


def mention_bonus(
    size: int, vocab: CodeVocab, mentioned: Mapping[int, float] | None
) -> torch.Tensor:
    """The bonus of every id below `size` (V + W): MENTION_BONUS × the share of its header the
    request said at each named column's id. Built from the few named columns, not by reading
    every allowed id's token (that loop was two thirds of the constrained beam's time)."""
    bonus = torch.zeros(size)
    for column, share in (mentioned or {}).items():
        token_id = vocab.id_of(f"c[{column}]")
        if token_id < min(size, vocab.size) and vocab.token(token_id) == f"c[{column}]":
            bonus[token_id] = MENTION_BONUS * share
    return bonus


def free_tokens(log_probs: torch.Tensor, vocab: CodeVocab, words: Sequence[Word]) -> Proposal:
    """Unconstrained: the argmax token at every position (whether it parses is checked later)."""
    best = log_probs.argmax(-1).tolist()
    score = float(log_probs.gather(1, torch.tensor(best)[:, None]).sum())
    pieces: list[str] = []
    run: list[Word] = []
    for token_id in [*best, vocab.pad_id]:
        if token_id >= vocab.size and token_id - vocab.size < len(words):
            run.append(words[token_id - vocab.size])
            continue
        if run:
            pieces.append(literal_text(run, as_number=len(run) == 1))
            run = []
        if token_id not in (vocab.pad_id,) and token_id < vocab.size:
            pieces.append(vocab.token(token_id))
    return Proposal(" ".join(pieces), score)


def program_tokens(log_probs: torch.Tensor, vocab: CodeVocab) -> Proposal:
    """Bash / Python: the most probable BPE piece at every position (nothing is copied), the
    text up to the first <pad>."""
    best = log_probs[:, : vocab.size].argmax(-1)
    score = float(log_probs.gather(1, best[:, None]).sum())
    return Proposal(decode_program(vocab, best.tolist()), score)


TokenChoice = Callable[[torch.Tensor], torch.Tensor]  # log-probs (k, L, V + W) → ids (k, L)


def most_probable(log_probs: torch.Tensor) -> torch.Tensor:
    return log_probs.argmax(-1)


@torch.no_grad()
def denoise(
    model: CodeFusion,
    schedule: SqrtSchedule,
    config: Config,
    memory: Memory,
    seeds: Sequence[int],
    steps: int,
    copy_keys: torch.Tensor | None = None,
    word_mask: torch.Tensor | None = None,
    choose: TokenChoice = most_probable,
) -> torch.Tensor:
    """x̂0 after the reverse process from k seeded noise samples, (k, L, C).

    With `config.clamp`, each intermediate x̂0 is replaced by the embeddings of the tokens
    `choose` takes from D and H's reading of it before the next step (Diffusion-LM's clamping
    trick, with the decoder as the rounding function). Without clamping the deterministic steps
    feed blurred averages of embeddings back in and drift from the first estimate; clamping to
    the free argmax instead of the grammar-constrained choice commits the later steps to
    tokens the constrained decoder would not have taken (both measured: docs/HISTORY.md).
    """
    noise = [
        torch.randn(
            config.max_code_len, config.embed_dim, generator=torch.Generator().manual_seed(seed)
        )
        for seed in seeds
    ]
    x = torch.stack(noise).to(memory.device)
    timesteps = schedule.timesteps(steps)
    x0_hat: torch.Tensor | None = None
    for i, t in enumerate(timesteps):
        t_prev = timesteps[i + 1] if i + 1 < len(timesteps) else -1
        t_batch = torch.full((x.shape[0],), t, dtype=torch.long, device=x.device)
        self_cond = x0_hat if config.self_condition else None
        x0_hat, _ = model_estimates(
            model, x, t_batch, memory, self_cond, config.parameterization, schedule
        )
        if config.clamp and t_prev >= 0:
            assert copy_keys is not None and word_mask is not None
            read = model.logits(model.decode(x0_hat, memory), copy_keys, word_mask)
            ids = choose(read.log_softmax(-1).float().cpu()).to(x.device)
            x0_hat = model.embed_code(ids, copy_keys)
        x = schedule.step(x0_hat, x, t, t_prev)
    assert x0_hat is not None
    return x0_hat
