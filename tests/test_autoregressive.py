"""The autoregressive baseline: its loss, training in the shared loop, and both searches."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import torch

from cf_excel.baselines.autoregressive import AutoregressiveGenerator
from cf_excel.candidates import Request, generate_candidates
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.codec import train_vocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.model import Autoregressive, CodeFusion
from cf_excel.codefusion.train import autoregressive_losses, train
from cf_excel.generators import ModelUnavailableError, load_generator
from cf_excel.rules import format_rule, parse_rule
from tests.support import EXAMPLES, tiny_batch


def tiny_baseline() -> tuple[Autoregressive, Config]:
    config = Config.from_preset("tiny", dropout=0.0, batch_size=4, architecture="autoregressive")
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    return Autoregressive(config, vocab.size), config


def test_same_parts_as_codefusion_and_about_its_size() -> None:
    config = Config.from_preset("tiny")
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    diffusion = CodeFusion(config, vocab.size)
    baseline = Autoregressive(config.replace(architecture="autoregressive"), vocab.size)
    count = lambda m: sum(p.numel() for p in m.parameters())  # noqa: E731
    assert abs(count(baseline) - count(diffusion)) / count(diffusion) < 0.1
    assert type(baseline.encoder) is type(diffusion.encoder)


def test_the_loss_ends_at_the_first_pad() -> None:
    model, config = tiny_baseline()
    model.eval()  # no dropout in E either
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    batch = tiny_batch(vocab, config)
    loss = autoregressive_losses(model, batch)["nll"]
    assert torch.isfinite(loss)
    # Changing what follows the first <pad> (never predicted) leaves the loss unchanged.
    code_ids = batch.code_ids.clone()
    first_pad = int((code_ids[0] == 0).nonzero()[0])
    code_ids[0, first_pad + 1 :] = 5
    altered = autoregressive_losses(model, dataclasses.replace(batch, code_ids=code_ids))
    assert torch.allclose(altered["nll"], loss)
    # ... while changing a token before it does.
    code_ids[0, 0] = 6 if int(code_ids[0, 0]) != 6 else 7
    changed = autoregressive_losses(model, dataclasses.replace(batch, code_ids=code_ids))
    assert not torch.allclose(changed["nll"], loss)


@pytest.fixture(scope="module")
def memorised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny baseline that has learnt the four fixture rules by heart, saved as a checkpoint."""
    torch.manual_seed(0)
    model, config = tiny_baseline()
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    batch = tiny_batch(vocab, config)
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(80):
        optimizer.zero_grad()
        autoregressive_losses(model, batch)["loss"].backward()  # type: ignore[no-untyped-call]
        optimizer.step()
    folder = tmp_path_factory.mktemp("ar")
    checkpoint.save(folder, model, vocab, {"stage": "test"})
    return folder


@pytest.mark.parametrize("name", ["autoregressive", "autoregressive-nucleus"])
def test_both_searches_find_the_rule_and_every_rule_parses(memorised: Path, name: str) -> None:
    generator = load_generator(name, "cf", checkpoint=memorised)
    assert isinstance(generator, AutoregressiveGenerator)
    assert (generator.name, generator.scores, generator.steps) == (name, "log_prob", None)
    proposals = generator.propose("highlight values greater than 4000", 3, None)
    assert proposals  # a constrained walk only finishes as a rule: each one parses, canonical
    assert all(format_rule(parse_rule(p.code)) == p.code for p in proposals)
    candidates, latency = generate_candidates(
        generator, "highlight values greater than 4000", Request("cf"), 3
    )
    assert candidates[0].code == "GreaterThan(4000)" and latency > 0
    assert all(c.valid for c in candidates)
    assert len({c.code for c in candidates}) == len(candidates)  # duplicates merged


def test_decode_overrides_reach_the_baseline_config(memorised: Path) -> None:
    generator = load_generator("autoregressive", "cf", memorised, decode={"constrained": False})
    assert generator.constrained is False
    assert load_generator("autoregressive", "cf", memorised).constrained is True


def test_the_architectures_are_not_mixed_up(memorised: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="cf autoregressive model, not a cf codefusion"):
        load_generator("codefusion", "cf", checkpoint=memorised)


@pytest.mark.slow
def test_the_shared_training_loop_trains_the_baseline(tmp_path: Path, data_dir: Path) -> None:
    config = Config.from_preset(
        "tiny", architecture="autoregressive", pretrain_steps=2, finetune_steps=2,
        synthetic_examples=50, log_every=1,
    )  # fmt: skip
    pretrained = train(config, "pretrain", tmp_path, str(data_dir), progress=False)
    tuned = train(config, "finetune", tmp_path, str(data_dir), init=pretrained, progress=False)
    model, _, meta = checkpoint.load(tuned)
    assert isinstance(model, Autoregressive) and meta["steps"] == 2
    record = (tuned / "log.jsonl").read_text().splitlines()[-1]
    assert '"nll"' in record and '"eps"' not in record
