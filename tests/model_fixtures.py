"""A tiny CodeFusion over a handful of rules, shared by the model tests."""

from __future__ import annotations

from functools import lru_cache

from transformers import PreTrainedTokenizerBase

from cf_excel.codefusion.codec import CodeVocab, train_vocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.dataset import TrainingExample, build_corpus, collate
from cf_excel.codefusion.diffusion import Batch
from cf_excel.codefusion.model import CodeFusion, load_prompt_tokenizer

EXAMPLES = [
    TrainingExample("highlight values greater than 4000", "GreaterThan(4000)"),
    TrainingExample("color duplicates", "Duplicates()"),
    TrainingExample("cells containing Error", "TextContains('Error')"),
    TrainingExample(
        "top 3 values | c[0] Name: text (a, b) ; c[1] Score: number (1, 2)", "Top(c[1], 3)"
    ),
]


@lru_cache(maxsize=1)
def prompt_tokenizer() -> PreTrainedTokenizerBase:
    return load_prompt_tokenizer()


def tiny_model() -> tuple[CodeFusion, CodeVocab, Config]:
    config = Config.from_preset("tiny", dropout=0.0, batch_size=4)
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    return CodeFusion(config, vocab.size), vocab, config


def tiny_batch(vocab: CodeVocab, config: Config, cpd: bool = False) -> Batch:
    corpus = build_corpus(EXAMPLES, prompt_tokenizer(), vocab, config)
    return collate(corpus.features, config, cpd)
