"""Grammar-constrained token choice, unconstrained decoding, sampling, and what the seeds'
proposals become once `cf_excel.candidates.ranked` merges and orders them."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from cf_excel.candidates import (
    Proposal,
    Request,
    generate_candidates,
    rule_candidate,
)
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import CodeVocab, train_vocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.decode import (
    MENTION_BONUS,
    TerminalIndex,
    constrained_beam,
    denoise,
    free_tokens,
)
from cf_excel.codefusion.diffusion import SqrtSchedule
from cf_excel.codefusion.generator import CodeFusionGenerator, uses_bfloat16
from cf_excel.codefusion.model import CodeFusion
from cf_excel.rules import format_rule, parse_rule
from cf_excel.sheets.prompt import Word, utterance_words
from cf_excel.sheets.values import table_from_grid
from tests.support import TODAY, tiny_codefusion

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
) -> Proposal | None:
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
    assert free.code == ") GreaterThan ) 10"  # the argmax at each position: no rule
    checked = rule_candidate(free.code, free.score, Request())
    assert not checked.valid and checked.error is not None and checked.rule is None


def test_unconstrained_text_is_parsed_later_and_then_canonical(vocab: CodeVocab) -> None:
    words = utterance_words("cells that say In Progress", 10)
    scores = preferring(vocab, len(words), ["TextEquals"], ["("], [3], [4], [")"])
    free = free_tokens(scores, vocab, words)
    assert free.code == "TextEquals ( 'In Progress' )" and free.tokens == ()
    assert free.score == pytest.approx(float(scores.max(-1).values.sum()))
    checked = rule_candidate(free.code, free.score, Request())
    assert checked.valid and checked.code == "TextEquals('In Progress')"


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


def test_the_beam_gives_the_runner_up_at_an_unsure_position(vocab: CodeVocab) -> None:
    words = utterance_words("cells that say Yes", 10)
    scores = preferring(vocab, len(words), ["TextEquals", "TextContains"], ["("], [3], [")"])
    best, second = constrained_beam(scores, TerminalIndex(vocab), words, None, width=2)
    assert (best.code, second.code) == ("TextEquals('Yes')", "TextContains('Yes')")
    assert second.score == pytest.approx(best.score - 1.0)
    assert len(best.tokens) == LENGTH  # an id for every position, <pad> after the rule
    greedy = constrained_tokens(scores, TerminalIndex(vocab), words, None)
    assert greedy is not None and (greedy.code, greedy.score) == (best.code, best.score)


def test_intermediate_steps_snap_to_the_chosen_tokens(
    tiny_model: tuple[CodeFusion, CodeVocab, Config],
) -> None:
    model, vocab, config = tiny_model
    prompt_ids = torch.randint(0, 100, (2, 6))
    memory, keys = model.encode(
        prompt_ids, torch.ones_like(prompt_ids), torch.zeros(2, 3, dtype=torch.long)
    )
    word_mask = torch.ones(2, 3, dtype=torch.long)
    calls: list[torch.Tensor] = []

    def choose(log_probs: torch.Tensor) -> torch.Tensor:
        calls.append(log_probs)
        return torch.full(log_probs.shape[:2], vocab.pad_id, dtype=torch.long)

    schedule = SqrtSchedule(config.num_steps, config.schedule_s)
    model.eval()
    denoise(model, schedule, config, memory, [0, 1], 4, keys, word_mask, choose)
    assert len(calls) == 3  # every step but the last
    assert calls[0].shape == (2, config.max_code_len, vocab.size + 3)


@pytest.fixture(scope="module")
def untrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An untrained tiny CodeFusion saved as a checkpoint (seeded: the same weights each run)."""
    torch.manual_seed(0)
    model, vocab, _ = tiny_codefusion()
    folder = tmp_path_factory.mktemp("untrained")
    checkpoint.save(folder, model, vocab, {"note": "untrained"})
    return folder


def test_sampling_proposes_parsing_rules_deterministically(untrained: Path) -> None:
    generator = CodeFusionGenerator(untrained)
    assert (generator.name, generator.target, generator.scores) == ("codefusion", "cf", "log_prob")
    assert generator.constrained is True and generator.steps == 5  # the tiny preset's steps
    table = table_from_grid([["Name", "Score"], ["a", 1]])
    proposals = generator.propose("highlight the top 3 scores", 4, table)
    assert len(proposals) == 4  # one seed per candidate, one rule from each (beam width 1)
    for proposal in proposals:
        # even an untrained model only proposes rules, in canonical text, with a token per position
        assert format_rule(parse_rule(proposal.code)) == proposal.code
        assert len(proposal.tokens) == generator.config.max_code_len
    again = generator.propose("highlight the top 3 scores", 4, table)
    assert again == proposals  # seeded noise: deterministic
    candidates, _ = generate_candidates(
        generator, "highlight the top 3 scores", Request("cf", table, TODAY), 4
    )
    assert candidates and all(c.valid for c in candidates)
    assert len({c.cells for c in candidates}) == len(candidates)  # one answer per behaviour


def test_decode_settings_override_the_checkpoint(untrained: Path) -> None:
    decode = {"sample_steps": 2, "seeds_per_candidate": 2, "beam_width": 2}
    generator = CodeFusionGenerator(untrained, decode)
    assert generator.steps == 2 and generator.config.beam_width == 2
    proposals = generator.propose("highlight the top 3 scores", 3, None)
    assert len(proposals) == 3 * 2 * 2  # 3 × 2 seeds, each decoded into 2 rules by the beam
    assert all(parse_rule(p.code) for p in proposals)


def test_unconstrained_sampling_proposes_the_argmax_text_of_each_seed(untrained: Path) -> None:
    generator = CodeFusionGenerator(untrained, {"constrained": False})
    assert generator.constrained is False
    proposals = generator.propose("highlight the top 3 scores", 4, None)
    assert len(proposals) == 4 and all(p.tokens == () for p in proposals)
    candidates, _ = generate_candidates(generator, "highlight the top 3 scores", Request(), 4)
    # the texts are parsed when ranked: invalid ones keep their text, after every valid one
    assert len(candidates) == len({p.code for p in proposals})
    assert {c.code for c in candidates if not c.valid} <= {p.code for p in proposals}
    valid = [c.valid for c in candidates]
    assert valid == sorted(valid, reverse=True)


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


def test_a_span_runs_left_to_right_within_the_table() -> None:
    vocab = train_vocab(["Columns(c[1]:c[3], Blanks())", "B2:C2"], min_count=1)
    index = TerminalIndex(vocab)
    span = ["Columns"], ["("], ["c[2]"], [":", ","]
    scores = preferring(
        vocab, 0, *span, ["c[1]", "c[2]", "c[3]"], [","], ["Blanks"], ["("], [")"], [")"]
    )
    kinds = ["text", "number", "number", "number"]
    result = constrained_tokens(scores, index, [], kinds)
    assert result is not None and result.code == "Columns(c[2]:c[3], Blanks())"
    scores = preferring(vocab, 0, *span, ["c[3]", "Blanks"], ["("], [")"], [")"])
    narrow = constrained_tokens(scores, index, [], kinds[:3])  # no column right of c[2]
    assert narrow is not None and narrow.code == "Columns(c[2], Blanks())"
    scores = preferring(vocab, 0, *span, ["B2"], [":"], ["C2"], [")"])
    inside = constrained_tokens(scores, index, [], kinds[:3])  # a formula's `:` is no span's
    assert inside is not None and inside.code == "Columns(c[2], B2:C2)"


def test_precision_is_asked_for_or_follows_the_cpu(untrained: Path) -> None:
    assert uses_bfloat16("bfloat16", "cpu") and not uses_bfloat16("float32", "cpu")
    assert not uses_bfloat16("auto", "cuda")  # auto: only CPUs with native bfloat16
    table = table_from_grid([["Name", "Score"], ["a", 1], ["b", 7]])
    answers = {
        precision: CodeFusionGenerator(untrained, {"precision": precision}).propose(
            "highlight the top 3 scores", 3, table
        )
        for precision in ("float32", "bfloat16")
    }
    assert all(answers.values())  # both sample, and every answer parses
    for proposals in answers.values():
        assert all(format_rule(parse_rule(p.code)) == p.code for p in proposals)
