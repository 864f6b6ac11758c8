"""Code tokens: grammar lexing, copy ids for literals, the vocabulary, CPD positions."""

from __future__ import annotations

import pytest
import torch

from cf_excel.codefusion.codec import CodeVocab, literal_text, train_vocab, word_number
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.dataset import TrainingExample, build_corpus
from cf_excel.sheets.prompt import utterance_words
from tests.support import EXAMPLES, prompt_tokenizer, tiny_batch


@pytest.fixture(scope="module")
def vocab() -> CodeVocab:
    return train_vocab(
        [
            "GreaterThan(c[2], 10)",
            "GreaterThan(10)",
            "TextEquals('Yes')",
            "TextEquals('Yes')",
            "Top(5)",
        ]
    )


def spelled(vocab: CodeVocab, ids: list[int], words: list[str]) -> list[str]:
    return [
        vocab.token(i) if i < vocab.size else f"<{words[i - vocab.size]}>"
        for i in ids
        if i != vocab.pad_id
    ]


@pytest.mark.parametrize(
    ("utterance", "code", "tokens"),
    [
        (
            "values greater than 4,000",
            "GreaterThan(c[2], 4000)",
            ["GreaterThan", "(", "c[2]", ",", "<4,000>", ")"],
        ),
        ("over 10", "GreaterThan(10)", ["GreaterThan", "(", "<10>", ")"]),  # copy beats vocabulary
        ("is yes", "TextEquals('Yes')", ["TextEquals", "(", "<yes>", ")"]),  # case-insensitive
        (
            "flag them",
            "TextEquals('Yes')",
            ["TextEquals", "(", "'Yes'", ")"],
        ),  # from the vocabulary
        (
            "contain L compatible",
            "TextContains(c[1], 'L compatible')",
            ["TextContains", "(", "c[1]", ",", "<L>", "<compatible>", ")"],
        ),
        ("nothing", "TextContains('zz')", ["TextContains", "(", "<unk>", ")"]),
        ("top 5%", "TopPercent(5)", ["TopPercent", "(", "<5%>", ")"]),
    ],
)
def test_encode_copies_literals(
    vocab: CodeVocab, utterance: str, code: str, tokens: list[str]
) -> None:
    words = utterance_words(utterance, 40)
    encoded = vocab.encode(code, words, 16)
    assert spelled(vocab, encoded.ids, [w.text for w in words]) == tokens
    assert len(encoded.ids) == 16


def test_vocabulary_always_holds_the_language(vocab: CodeVocab) -> None:
    for token in ("AND", "NOT", "Between", "LastMonth", "ColorScale", "c[0]", "c[31]", ","):
        assert vocab.id_of(token) != vocab.unk_id, token
    assert vocab.id_of("'Yes'") != vocab.unk_id  # seen twice
    assert vocab.id_of("5") == vocab.unk_id  # a literal seen once is left to copying


def test_too_long_rules_are_refused(vocab: CodeVocab) -> None:
    with pytest.raises(ValueError, match="more than 4"):
        vocab.encode("GreaterThan(c[2], 10)", [], 4)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4,000", 4000.0),
        ("4k", 4000.0),
        ("12%", 12.0),
        ("$174", 174.0),
        ("-3.5", -3.5),
        ("x4", None),
        ("2015.", None),
        ("k", None),
    ],
)
def test_word_numbers(text: str, value: float | None) -> None:
    assert word_number(text) == value


def test_literal_text() -> None:
    words = utterance_words("over 4,000 or L compatible", 10)
    assert literal_text(words[1:2], as_number=True) == "4000"
    assert literal_text(words[3:5], as_number=False) == "'L compatible'"


def test_cpd_noises_exactly_the_keyword_and_identifier_tokens(tiny_config: Config) -> None:
    config = tiny_config
    example = TrainingExample("a or b", "AND(GreaterThan(c[2], 5), NOT(TextContains(c[1], 'x')))")
    features = build_corpus(
        [example], prompt_tokenizer(), train_vocab([example.code]), config
    ).features[0]
    words = [
        "AND",
        "(",
        "GreaterThan",
        "(",
        "c[2]",
        ",",
        "5",
        ")",
        ",",
        "NOT",
        "(",
        "TextContains",
        "(",
        "c[1]",
        ",",
        "'x'",
        ")",
        ")",
        ")",
    ]
    expected = [w in {"AND", "GreaterThan", "c[2]", "NOT", "TextContains", "c[1]"} for w in words]
    assert features.keyword[: len(words)] == expected
    assert not any(features.keyword[len(words) :])
    # In a batch, CPD noises exactly those positions; plain denoising noises every position.
    tiny_vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    corpus = build_corpus(EXAMPLES, prompt_tokenizer(), tiny_vocab, config)
    keyword = torch.tensor([f.keyword for f in corpus.features], dtype=torch.long)
    assert 0 < int(keyword.sum()) < keyword.numel()
    assert torch.equal(tiny_batch(tiny_vocab, config, cpd=True).noise_mask, keyword)
    assert bool(tiny_batch(tiny_vocab, config, cpd=False).noise_mask.all())
