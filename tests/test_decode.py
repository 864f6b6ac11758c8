"""Grammar-constrained token choice, unconstrained decoding, ranking, and sampling."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import CodeVocab, train_vocab
from cf_excel.codefusion.decode import (
    MENTION_BONUS,
    Generated,
    TerminalIndex,
    constrained_beam,
    denoise,
    free_tokens,
    rank,
)
from cf_excel.codefusion.generator import CodeFusionGenerator
from cf_excel.rules import parse_rule
from cf_excel.sheets.prompt import Word, utterance_words
from cf_excel.sheets.values import table_from_grid
from tests.model_fixtures import tiny_model

LENGTH = 10


@pytest.fixture(scope="module")
def vocab() -> CodeVocab:
    return train_vocab(
        ["GreaterThan(c[1], 10)", "TextEquals('Yes')", "Top(5)", "AND(Blanks(), Errors())"],
        min_count=1,
    )


def preferring(vocab: CodeVocab, words: int, *choices: list[str | int]) -> torch.Tensor:
    """Log-probs whose per-position favourites are `choices` (token strings or copy indices),
    best first."""
    scores = torch.full((LENGTH, vocab.size + words), -10.0)
    for position, options in enumerate(choices):
        for rank_, option in enumerate(options):
            index = vocab.size + option if isinstance(option, int) else vocab.id_of(option)
            scores[position, index] = -1.0 - rank_
    for position in range(len(choices), LENGTH):
        scores[position, vocab.pad_id] = -0.5
    return scores.log_softmax(-1)


def constrained_tokens(
    scores: torch.Tensor,
    index: TerminalIndex,
    words: list[Word],
    column_kinds: list[str] | None,
    mentioned: dict[int, float] | None = None,
) -> Generated | None:
    """The greedy walk: the constrained beam of width 1."""
    best = constrained_beam(scores, index, words, column_kinds, mentioned, width=1)
    return best[0] if best else None


def test_constrained_choice_skips_what_the_grammar_forbids(vocab: CodeVocab) -> None:
    words = utterance_words("more than 4,000", 10)
    scores = preferring(
        vocab, len(words), [")", "GreaterThan"], ["GreaterThan", "("], [")", 2], ["10", ")"]
    )
    result = constrained_tokens(scores, TerminalIndex(vocab), words, column_kinds=None)
    assert result is not None and result.code == "GreaterThan(4000)"
    free = free_tokens(scores, vocab, words)
    assert not free.valid  # the argmax sequence `) ( ) 10` is no rule


def test_copied_words_become_numbers_or_strings(vocab: CodeVocab) -> None:
    words = utterance_words("cells that say In Progress", 10)
    scores = preferring(vocab, len(words), ["TextEquals"], ["("], [3], [4], [")"])
    result = constrained_tokens(scores, TerminalIndex(vocab), words, column_kinds=None)
    assert result is not None and result.code == "TextEquals('In Progress')"


def test_columns_beyond_the_table_are_not_offered(vocab: CodeVocab) -> None:
    scores = preferring(vocab, 0, ["GreaterThan"], ["("], ["c[1]", "c[0]"], [","], ["10"], [")"])
    narrow = constrained_tokens(scores, TerminalIndex(vocab), [], column_kinds=["number"])
    assert narrow is not None and narrow.code == "GreaterThan(c[0], 10)"
    wide = constrained_tokens(scores, TerminalIndex(vocab), [], ["text", "number", "date"])
    assert wide is not None and wide.code == "GreaterThan(c[1], 10)"


def test_a_function_gets_a_column_of_a_type_it_reads(vocab: CodeVocab) -> None:
    scores = preferring(vocab, 0, ["ThisWeek"], ["("], ["c[0]", "c[1]", "c[2]"], [")"])
    result = constrained_tokens(scores, TerminalIndex(vocab), [], ["text", "number", "date"])
    assert result is not None and result.code == "ThisWeek(c[2])"  # the only date column
    untyped = constrained_tokens(scores, TerminalIndex(vocab), [], ["text", "number", "text"])
    assert untyped is not None and untyped.code == "ThisWeek(c[0])"  # no date column: any


def test_an_unfinished_rule_is_dropped(vocab: CodeVocab) -> None:
    scores = preferring(vocab, 0, *[["AND"], ["("]] + [["Blanks"], ["("], [")"], [","]] * 2)
    assert constrained_tokens(scores, TerminalIndex(vocab), [], column_kinds=None) is None


def test_rank_merges_duplicates_and_puts_valid_first() -> None:
    ranked = rank(
        [
            Generated("Top(3)", -2.0, True),
            Generated("x(", -0.1, False),
            None,
            Generated("Top(3)", -1.0, True),
            Generated("Top(1)", -3.0, True),
        ],
        top_k=5,
    )
    merged = math.log(math.exp(-2.0) + math.exp(-1.0))  # both seeds' probability counts
    assert [(g.code, g.score) for g in ranked] == [
        ("Top(3)", pytest.approx(merged)),
        ("Top(1)", -3.0),
        ("x(", -0.1),
    ]


def test_an_answer_many_seeds_agree_on_outranks_a_one_off() -> None:
    agreed = [Generated("Top(3)", -1.2, True)] * 3
    ranked = rank([Generated("Top(1)", -1.0, True), *agreed], top_k=2)
    assert [g.code for g in ranked] == ["Top(3)", "Top(1)"]


def test_rules_that_format_the_same_cells_merge() -> None:
    from cf_excel.codefusion.generator import formatted_cells

    table = table_from_grid([["Name", "Score"], ["a", 1], ["b", 5]])
    candidates = [
        Generated("GreaterThan(c[1], 2)", -1.0, True),
        Generated("GreaterThanEqual(c[1], 3)", -0.5, True),  # the same cell here: B3
        Generated("LessThan(c[1], 2)", -0.7, True),
    ]
    ranked = rank(candidates, top_k=5, same=formatted_cells(table))
    assert [g.code for g in ranked] == ["GreaterThanEqual(c[1], 3)", "LessThan(c[1], 2)"]
    assert ranked[0].score == pytest.approx(math.log(math.exp(-1.0) + math.exp(-0.5)))


def test_the_beam_gives_the_runner_up_at_an_unsure_position(vocab: CodeVocab) -> None:
    words = utterance_words("cells that say Yes", 10)
    scores = preferring(vocab, len(words), ["TextEquals", "TextContains"], ["("], [3], [")"])
    best, second = constrained_beam(scores, TerminalIndex(vocab), words, None, width=2)
    assert (best.code, second.code) == ("TextEquals('Yes')", "TextContains('Yes')")
    assert second.score == pytest.approx(best.score - 1.0)
    assert len(best.tokens) == LENGTH  # an id for every position, <pad> after the rule
    greedy = constrained_tokens(scores, TerminalIndex(vocab), words, None)
    assert greedy is not None and (greedy.code, greedy.score) == (best.code, best.score)


def test_intermediate_steps_snap_to_the_chosen_tokens() -> None:
    from cf_excel.codefusion.diffusion import SqrtSchedule

    model, vocab, config = tiny_model()
    prompt_ids = torch.randint(0, 100, (2, 6))
    memory, mask, keys = model.encode(
        prompt_ids, torch.ones_like(prompt_ids), torch.zeros(2, 3, dtype=torch.long)
    )
    word_mask = torch.ones(2, 3, dtype=torch.long)
    calls: list[torch.Tensor] = []

    def choose(log_probs: torch.Tensor) -> torch.Tensor:
        calls.append(log_probs)
        return torch.full(log_probs.shape[:2], vocab.pad_id, dtype=torch.long)

    schedule = SqrtSchedule(config.num_steps, config.schedule_s)
    model.eval()
    denoise(model, schedule, config, memory, mask, [0, 1], 4, keys, word_mask, choose)
    assert len(calls) == 3  # every step but the last
    assert calls[0].shape == (2, config.max_code_len, vocab.size + 3)


def test_sampling_returns_parsing_rules(tmp_path: Path) -> None:
    torch.manual_seed(0)
    model, vocab, _ = tiny_model()
    checkpoint.save(tmp_path, model, vocab, {"note": "untrained"})
    generator = CodeFusionGenerator(tmp_path)
    table = table_from_grid([["Name", "Score"], ["a", 1]])
    candidates = generator.generate("highlight the top 3 scores", top_k=4, table=table)
    assert 1 <= len(candidates) <= 4
    for candidate in candidates:
        parse_rule(candidate.code)  # even an untrained model only returns rules
    again = generator.generate("highlight the top 3 scores", top_k=4, table=table)
    assert again == candidates  # seeded noise: deterministic


def test_execution_guided_ranking_puts_rules_that_format_something_first() -> None:
    from cf_excel.codefusion.generator import execution_guided, formatted_cells

    table = table_from_grid([["Name", "Score"], ["a", 1], ["b", 5]])
    ranked = [
        Generated("GreaterThan(c[1], 9)", -0.1, True),  # formats nothing here
        Generated("x(", -0.2, False),
        Generated("GreaterThan(c[1], 2)", -0.5, True),
    ]
    assert [g.code for g in execution_guided(ranked, formatted_cells(table))] == [
        "GreaterThan(c[1], 2)",
        "GreaterThan(c[1], 9)",
        "x(",
    ]


def test_a_named_column_wins_the_column_choice(vocab: CodeVocab) -> None:
    scores = preferring(vocab, 0, ["Top"], ["("], ["c[0]", "c[1]"], [")"])
    kinds = ["number", "number"]
    plain = constrained_tokens(scores, TerminalIndex(vocab), [], kinds)
    named = constrained_tokens(scores, TerminalIndex(vocab), [], kinds, {1: 1.0})
    assert plain is not None and plain.code == "Top(c[0], 10)"
    assert named is not None and named.code == "Top(c[1], 10)"
    # the score is what the search maximised: the model's log-probability plus the bonus
    assert named.score == pytest.approx(plain.score - 1.0 + MENTION_BONUS)


def test_a_percent_on_a_percent_column_is_a_fraction(vocab: CodeVocab) -> None:
    words = utterance_words("margins under 20%", 10)
    scores = preferring(vocab, len(words), ["LessThan"], ["("], ["c[1]"], [","], [2], [")"])
    as_fraction = constrained_tokens(scores, TerminalIndex(vocab), words, ["text", "percent"])
    as_number = constrained_tokens(scores, TerminalIndex(vocab), words, ["text", "number"])
    assert as_fraction is not None and as_fraction.code == "LessThan(c[1], 0.2)"
    assert as_number is not None and as_number.code == "LessThan(c[1], 20)"


def test_between_takes_two_different_words(vocab: CodeVocab) -> None:
    words = utterance_words("between 500 and 2000", 10)
    scores = preferring(vocab, len(words), ["Between"], ["("], [1], [","], [1, 3], [")"])
    result = constrained_tokens(scores, TerminalIndex(vocab), words, None)
    assert result is not None and result.code == "Between(500, 2000)"
