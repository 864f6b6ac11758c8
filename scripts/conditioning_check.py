"""Does a CodeFusion checkpoint read the request? Loss of the gold code at several noise levels,
with each request given and with the requests shuffled among the examples.

A model that conditions on the request loses much more when requests are swapped, above all at
t near T, where x_t holds almost nothing of the code and sampling starts. Used to diagnose the
first Bash/Python CPU runs (see docs/HISTORY.md).

Usage: .venv/bin/python scripts/conditioning_check.py CHECKPOINT_DIR [--examples N] [--split S]
[--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import torch
import torch.nn.functional as F

from cf_excel.benchmarks.data import load_examples
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.bert import load_prompt_tokenizer
from cf_excel.codefusion.dataset import TrainingExample, build_corpus, collate, finetuning_examples
from cf_excel.codefusion.diffusion import SqrtSchedule, model_estimates
from cf_excel.codefusion.model import CodeFusion

FRACTIONS = (0.1, 0.5, 0.9, 0.999)  # t / T


def main() -> None:
    assert __doc__ is not None
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("checkpoint")
    parser.add_argument("--examples", type=int, default=128)
    parser.add_argument("--split", choices=("train", "test"), default="test")
    parser.add_argument("--data-dir", help="folder with the CodeFusion benchmark files")
    args = parser.parse_args()
    directory = Path(args.checkpoint)
    model, vocab, _ = checkpoint.load(directory)
    assert isinstance(model, CodeFusion), "a CodeFusion checkpoint is needed"
    config = model.config
    if args.split == "train":
        pool = finetuning_examples(config, args.data_dir)
    else:
        assert config.target != "cf", "CF test prompts need their tables: use --split train"
        tests = load_examples(config.target, "test", args.data_dir)
        pool = [TrainingExample(e.utterance, e.code) for e in tests]
    examples = random.Random(0).sample(pool, min(args.examples, len(pool)))
    corpus = build_corpus(examples, load_prompt_tokenizer(), vocab, config)
    batch = collate(corpus.features, config, cpd=False)
    schedule = SqrtSchedule(config.num_steps, config.schedule_s)
    shuffled = torch.randperm(batch.prompt_ids.shape[0], generator=torch.Generator().manual_seed(0))
    tokens = batch.code_ids != vocab.pad_id
    with torch.no_grad():
        for fraction in FRACTIONS:
            row: dict[str, float] = {"t_over_T": fraction}
            for label, order in (("given", slice(None)), ("shuffled", shuffled)):
                torch.manual_seed(1)  # the same noise for both
                memory, mask, keys = model.encode(
                    batch.prompt_ids[order], batch.prompt_mask[order], batch.word_starts
                )
                x0 = model.embed_code(batch.code_ids, keys)
                t = torch.full((x0.shape[0],), int(fraction * (config.num_steps - 1)))
                xt = schedule.add_noise(x0, torch.randn_like(x0), t)
                x0_hat, _ = model_estimates(
                    model, xt, t, memory, mask, None, config.parameterization, schedule
                )
                logits = model.logits(model.decode(x0_hat, memory, mask), keys, batch.word_mask)
                nll = F.cross_entropy(logits.transpose(1, 2), batch.code_ids, reduction="none")
                correct = logits.argmax(-1) == batch.code_ids
                row[f"nll_{label}"] = round(float(nll[tokens].mean()), 3)
                row[f"token_accuracy_{label}"] = round(float(correct[tokens].float().mean()), 3)
            print(json.dumps(row))


if __name__ == "__main__":
    main()
