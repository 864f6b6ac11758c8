"""Training data for CodeFusion's two stages, turned into tensors.

Pretraining (stage 1): code only (the encoder sees an empty prompt) — CF pretraining snippets
(each line as often as the corpus repeats it), Bash snippets, Python code (see
`pretraining_examples`). Fine-tuning (stage 2): the train split; for CF with its tables
(sheet-aware prompts) plus synthetic sheet/utterance/rule triples. Rules are canonicalised
first; lines that are not rules, and code longer than the code length, are counted and skipped.
"""

from __future__ import annotations

import random
import sysconfig
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import torch

from cf_excel.benchmarks.data import benchmark_table, load_examples, load_snippets
from cf_excel.codefusion.bert import PromptTokenizer
from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.config import Config, Target
from cf_excel.codefusion.diffusion import Batch
from cf_excel.codefusion.program_codec import encode_program
from cf_excel.codefusion.prompt import prompt_features
from cf_excel.programs import python_is_valid
from cf_excel.rules import canonical_rule
from cf_excel.sheets.prompt import sheet_prompt
from cf_excel.sheets.values import table_from_grid

STDLIB_LINES = 60_000  # Python pretraining lines taken from the standard library


@dataclass(frozen=True)
class TrainingExample:
    prompt: str  # the encoder's input (sheet-aware prompt; empty for pretraining)
    code: str  # canonical rule text


@dataclass
class Features:
    """One example, tokenised: prompt ids, word starts, code ids, CPD positions."""

    prompt_ids: list[int]
    word_starts: list[int]
    code_ids: list[int]
    keyword: list[bool]


@dataclass
class Corpus:
    features: list[Features]
    skipped: Counter[str] = field(default_factory=Counter)


def pretraining_examples(
    target: Target = "cf", data_dir: str | None = None
) -> tuple[list[TrainingExample], int]:
    """Code-only examples for stage 1 (and how many snippet lines were dropped): CF snippet lines
    that are rules; Bash snippets; Python: the train split's code plus one-line statements from
    the standard library's source (CoNaLa ships no snippet corpus)."""
    if target == "cf":
        lines = load_snippets("cf", data_dir)
        rules = {line: canonical_rule(line) for line in set(lines)}
        examples = [TrainingExample("", c) for line in lines if (c := rules[line]) is not None]
        return examples, len(lines) - len(examples)
    if target == "bash":
        lines = [line.strip() for line in load_snippets("bash", data_dir)]
        kept = [line for line in lines if line]
        return [TrainingExample("", line) for line in kept], len(lines) - len(kept)
    codes = [e.code for e in load_examples("python", "train", data_dir)]
    return [TrainingExample("", code) for code in [*codes, *standard_library_lines()]], 0


def standard_library_lines(limit: int = STDLIB_LINES) -> list[str]:
    """Distinct single lines of the installed standard library that parse on their own
    (assignments, calls, returns of expressions), in a fixed order: Python code to pretrain on."""
    root = Path(sysconfig.get_paths()["stdlib"])
    seen: dict[str, None] = {}
    for path in sorted(root.glob("*.py")):
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.strip()
            if not 12 <= len(line) <= 120 or line.startswith(("#", "import ", "from ")):
                continue
            if line in seen or not python_is_valid(line):
                continue
            seen[line] = None
            if len(seen) >= limit:
                return list(seen)
    return list(seen)


def finetuning_examples(config: Config, data_dir: str | None = None) -> list[TrainingExample]:
    """The train split: CF with sheet-aware prompts plus synthetic examples; Bash and Python
    with the utterance alone."""
    if config.target != "cf":
        return [
            TrainingExample(example.utterance, example.code)
            for example in load_examples(config.target, "train", data_dir)
        ]
    from cf_excel.synthetic import synthetic_examples  # data-heavy; only training needs it

    examples = []
    for example in load_examples("cf", "train", data_dir):
        code = canonical_rule(example.code)
        if code is not None:
            examples.append(
                TrainingExample(sheet_prompt(example.utterance, benchmark_table(example)), code)
            )
    for synthetic in synthetic_examples(config.synthetic_examples, seed=config.seed):
        table = table_from_grid(synthetic.grid, selection=synthetic.selection)
        examples.append(TrainingExample(sheet_prompt(synthetic.utterance, table), synthetic.code))
    return examples


def featurize(
    example: TrainingExample, tokenizer: PromptTokenizer, vocab: CodeVocab, config: Config
) -> Features:
    """Tokenise the prompt, find each copyable word's first token, encode the code."""
    prompt_ids, words, starts = prompt_features(example.prompt, tokenizer, config)
    if config.target != "cf":  # BPE code: nothing is copied from the prompt
        code = encode_program(vocab, config.target, example.code, config.max_code_len)
        return Features(prompt_ids, [], code.ids, code.keyword)
    code = vocab.encode(example.code, words, config.max_code_len)
    return Features(prompt_ids, starts, code.ids, code.keyword)


def build_corpus(
    examples: Sequence[TrainingExample],
    tokenizer: PromptTokenizer,
    vocab: CodeVocab,
    config: Config,
) -> Corpus:
    corpus = Corpus([])
    cache: dict[TrainingExample, Features | None] = {}
    for example in examples:
        if example not in cache:
            try:
                cache[example] = featurize(example, tokenizer, vocab, config)
            except ValueError:
                cache[example] = None
        features = cache[example]
        if features is None:
            corpus.skipped["longer than max_code_len"] += 1
        else:
            corpus.features.append(features)
    return corpus


def collate(items: Sequence[Features], config: Config, cpd: bool) -> Batch:
    """Pad a list of examples into a Batch; `cpd` noises only keyword/identifier positions."""
    width = max(len(f.prompt_ids) for f in items)
    prompt_ids = torch.zeros(len(items), width, dtype=torch.long)
    prompt_mask = torch.zeros(len(items), width, dtype=torch.long)
    word_starts = torch.zeros(len(items), config.max_copy_words, dtype=torch.long)
    word_mask = torch.zeros(len(items), config.max_copy_words, dtype=torch.long)
    for row, features in enumerate(items):
        prompt_ids[row, : len(features.prompt_ids)] = torch.tensor(features.prompt_ids)
        prompt_mask[row, : len(features.prompt_ids)] = 1
        word_starts[row, : len(features.word_starts)] = torch.tensor(
            features.word_starts, dtype=torch.long
        )
        word_mask[row, : len(features.word_starts)] = 1
    code_ids = torch.tensor([f.code_ids for f in items])
    keyword = torch.tensor([f.keyword for f in items])
    noise_mask = keyword if cpd else torch.ones_like(code_ids, dtype=torch.bool)
    # Padding positions are noised and predicted like any other token: the model learns length.
    return Batch(prompt_ids, prompt_mask, word_starts, word_mask, code_ids, noise_mask.long())


def sample_batch(corpus: Corpus, config: Config, rng: random.Random, cpd: bool) -> Batch:
    items = [corpus.features[rng.randrange(len(corpus.features))] for _ in range(config.batch_size)]
    return collate(items, config, cpd)
