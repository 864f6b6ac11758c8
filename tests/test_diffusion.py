"""The sqrt schedule pinned against hand-computed values, q(x_t|x_0) identities, the strided
reverse step, and each loss term computed as the paper states it."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from cf_excel.codefusion.blocks import Memory
from cf_excel.codefusion.codec import train_vocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.diffusion import (
    SqrtSchedule,
    model_estimates,
    training_losses,
    training_timesteps,
)
from cf_excel.codefusion.model import CodeFusion
from tests.support import EXAMPLES, tiny_batch, tiny_codefusion


def curve(fraction: float, s: float = 1e-4) -> float:
    return 1 - math.sqrt(fraction + s)


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (0, curve(1 / 1200) / curve(0)),  # ᾱ_0 = ᾱ(1/T) / ᾱ(0)
        (599, curve(600 / 1200) / curve(0)),  # T/2: 0.29518
        (1199, curve(1199 / 1200) / curve(0) * (1 - 0.999)),  # last beta is capped at 0.999
    ],
)
def test_sqrt_schedule_pinned(t: int, expected: float) -> None:
    schedule = SqrtSchedule(1200, 1e-4)
    assert float(schedule.alpha_bar[t]) == pytest.approx(expected, rel=1e-4)
    assert bool((schedule.alpha_bar[1:] < schedule.alpha_bar[:-1]).all())


def test_noise_and_estimates_invert_each_other() -> None:
    schedule = SqrtSchedule(100)
    x0, eps = torch.randn(3, 5, 4), torch.randn(3, 5, 4)
    t = torch.tensor([0, 50, 99])
    xt = schedule.add_noise(x0, eps, t)
    assert torch.allclose(schedule.predict_x0(xt, eps, t), x0, atol=1e-3)
    assert torch.allclose(schedule.predict_eps(xt, x0, t), eps, atol=1e-3)


def test_strided_steps_and_last_step() -> None:
    schedule = SqrtSchedule(1200)
    assert schedule.timesteps(5) == [1199, 899, 600, 300, 0]
    assert len(schedule.timesteps(5000)) == 1200
    x0, xt = torch.randn(2, 3, 4), torch.randn(2, 3, 4)
    assert torch.equal(schedule.step(x0, xt, 0, -1), x0)
    stepped = schedule.step(x0, xt, 600, 300)  # deterministic DDIM: same inputs, same output
    assert torch.equal(stepped, schedule.step(x0, xt, 600, 300))


def test_loss_terms_are_computed_as_stated() -> None:
    torch.manual_seed(0)
    model, vocab, config = tiny_codefusion()
    model.eval()  # no dropout, so the recomputation below sees the same network
    batch = tiny_batch(vocab, config)
    schedule = SqrtSchedule(config.num_steps)
    with torch.no_grad():
        torch.manual_seed(1)
        losses = training_losses(model, batch, schedule, "x0", self_condition=False)
        torch.manual_seed(1)
        memory, keys = model.encode(batch.prompt_ids, batch.prompt_mask, batch.word_starts)
        x0 = model.embed_code(batch.code_ids, keys)
        t = torch.randint(0, schedule.num_steps, (x0.shape[0],))
        eps = torch.randn_like(x0)
        xt = schedule.add_noise(x0, eps, t)
        x0_hat, eps_hat = model_estimates(model, xt, t, memory, None, "x0", schedule)
        y_hat = model.decode(x0_hat, memory)
        logits = model.logits(y_hat, keys, batch.word_mask)
    assert float(losses["eps"]) == pytest.approx(float(F.mse_loss(eps_hat, eps)), rel=1e-5)
    assert float(losses["decoder"]) == pytest.approx(float(F.mse_loss(y_hat, x0)), rel=1e-5)
    nll = F.cross_entropy(logits.flatten(0, 1), batch.code_ids.flatten())
    assert float(losses["nll"]) == pytest.approx(float(nll), rel=1e-5)
    total = losses["eps"] + losses["decoder"] + losses["nll"]
    assert float(losses["loss"]) == pytest.approx(float(total))


def test_every_term_falls_when_a_tiny_model_overfits_a_few_rules() -> None:
    torch.manual_seed(0)
    model, vocab, config = tiny_codefusion()
    batch = tiny_batch(vocab, config)
    schedule = SqrtSchedule(config.num_steps)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    history = []
    for _ in range(120):
        losses = training_losses(model, batch, schedule, "x0", self_condition=True)
        optimizer.zero_grad()
        losses["loss"].backward()
        optimizer.step()
        history.append({k: float(v.detach()) for k, v in losses.items()})
    for term in ("eps", "decoder", "nll"):
        first = sum(h[term] for h in history[:10]) / 10
        last = sum(h[term] for h in history[-10:]) / 10
        assert last < 0.5 * first, (term, first, last)


def test_high_noise_fraction_moves_that_share_of_t_into_the_noisiest_fifth() -> None:
    torch.manual_seed(0)
    uniform = training_timesteps(1000, 20000, 0.0, torch.device("cpu"))
    biased = training_timesteps(1000, 20000, 0.5, torch.device("cpu"))
    assert (int(biased.min()), int(biased.max())) == (0, 999)  # within [0, T), both ends drawn
    share_uniform = float((uniform >= 800).float().mean())
    share_biased = float((biased >= 800).float().mean())
    assert share_uniform == pytest.approx(0.2, abs=0.02)
    assert share_biased == pytest.approx(0.5 + 0.5 * 0.2, abs=0.02)


def test_without_a_decoder_h_reads_the_denoised_embeddings() -> None:
    """The GENIE-style ablation: no D, so D(x̂0) is x̂0 and the model still trains."""
    config = Config.from_preset("tiny", dropout=0.0, batch_size=4, decoder_layers=0)
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    model = CodeFusion(config, vocab.size)
    assert model.decoder is None
    with_decoder = CodeFusion(config.replace(decoder_layers=1), vocab.size)
    assert sum(p.numel() for p in model.parameters()) < sum(
        p.numel() for p in with_decoder.parameters()
    )
    x0 = torch.randn(2, 3, config.embed_dim)
    memory = Memory.of(torch.randn(2, 4, config.d_model), torch.ones(2, 4, dtype=torch.long))
    assert torch.equal(model.decode(x0, memory), x0)
    batch = tiny_batch(vocab, config)
    losses = training_losses(model, batch, SqrtSchedule(config.num_steps), "x0")
    losses["loss"].backward()
    assert model.head.weight.grad is not None
