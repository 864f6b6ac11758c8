"""Gaussian diffusion on code embeddings: the sqrt noise schedule, q(x_t | x_0), x0/ε
conversions, the strided deterministic reverse step, and CodeFusion's training loss.

Schedule (Diffusion-LM, Li et al. 2022): ᾱ(t) = 1 − sqrt(t/T + s), turned into per-step betas
capped at 0.999 (so ᾱ stays positive at t = T) and back into ᾱ_t by a cumulative product.

Loss at step t (CodeFusion, Singh et al. 2023, eq. in §3, GENIE-style):
    L_t = ||ε̂ − ε|| + ||D(x̂0) − L(y)|| − log p(y | D(x̂0)),
with ||·|| the mean squared error over positions and embedding dimensions, x̂0 the denoiser's
estimate of the clean embeddings and D the decoder. Whichever of x0 or ε the denoiser predicts,
the other is derived, so every term is computed as stated. No nn.Module here: the model is an
argument (improved-diffusion `training_losses`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

if TYPE_CHECKING:
    from cf_excel.codefusion.blocks import Memory
    from cf_excel.codefusion.config import Parameterization
    from cf_excel.codefusion.model import CodeFusion

MAX_BETA = 0.999


class SqrtSchedule:
    """Precomputed ᾱ_t and friends for t = 0 .. T−1 (t = 0 is the least noisy step)."""

    def __init__(self, num_steps: int, s: float = 1e-4) -> None:
        self.num_steps = num_steps
        grid = torch.arange(num_steps + 1, dtype=torch.float64) / num_steps
        alpha_bar_curve = 1 - torch.sqrt(grid + s)
        betas = (1 - alpha_bar_curve[1:] / alpha_bar_curve[:-1]).clamp(max=MAX_BETA)
        self.betas = betas.clamp(min=0, max=MAX_BETA).float()
        self.alpha_bar = torch.cumprod(1 - self.betas.double(), 0).float()
        self.sqrt_alpha_bar = self.alpha_bar.sqrt()
        self.sqrt_one_minus_alpha_bar = (1 - self.alpha_bar).sqrt()

    def gather(self, values: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """Per-example schedule values shaped to broadcast over (B, L, C)."""
        return values.to(t.device)[t].view(-1, 1, 1)

    def add_noise(self, x0: torch.Tensor, eps: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        """A sample of q(x_t | x_0) = N(sqrt(ᾱ_t) x0, (1 − ᾱ_t) I)."""
        return (
            self.gather(self.sqrt_alpha_bar, t) * x0
            + self.gather(self.sqrt_one_minus_alpha_bar, t) * eps
        )

    def predict_x0(self, xt: torch.Tensor, eps: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        return (xt - self.gather(self.sqrt_one_minus_alpha_bar, t) * eps) / self.gather(
            self.sqrt_alpha_bar, t
        )

    def predict_eps(self, xt: torch.Tensor, x0: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        return (xt - self.gather(self.sqrt_alpha_bar, t) * x0) / self.gather(
            self.sqrt_one_minus_alpha_bar, t
        )

    def timesteps(self, count: int) -> list[int]:
        """`count` evenly strided steps from T−1 down to 0 (all T when count ≥ T)."""
        count = max(1, min(count, self.num_steps))
        grid = torch.linspace(self.num_steps - 1, 0, count).round().long().tolist()
        return list(dict.fromkeys(int(t) for t in grid))

    def step(self, x0_hat: torch.Tensor, xt: torch.Tensor, t: int, t_prev: int) -> torch.Tensor:
        """Deterministic DDIM update x_t → x_{t_prev} given the model's x0 estimate.

        1. ε̂ from x_t and x̂0; 2. x_{t_prev} = sqrt(ᾱ_prev) x̂0 + sqrt(1 − ᾱ_prev) ε̂;
        3. after the last step (t_prev < 0) the sample is x̂0 itself.
        """
        if t_prev < 0:
            return x0_hat
        t_batch = torch.full((xt.shape[0],), t, device=xt.device, dtype=torch.long)
        eps_hat = self.predict_eps(xt, x0_hat, t_batch)
        prev = torch.full_like(t_batch, t_prev)
        return self.add_noise(x0_hat, eps_hat, prev)


@dataclass
class Batch:
    """One training batch. `copy_*` describe the utterance words code tokens may copy."""

    prompt_ids: torch.Tensor  # (B, S)
    prompt_mask: torch.Tensor  # (B, S) 1 = token
    word_starts: torch.Tensor  # (B, W) first prompt token of each word, 0 where padded
    word_mask: torch.Tensor  # (B, W) 1 = word
    code_ids: torch.Tensor  # (B, L) ids in [0, V + W)
    noise_mask: torch.Tensor  # (B, L) 1 = position is noised (all, or CPD's keyword tokens)


def model_estimates(
    model: CodeFusion,
    xt: torch.Tensor,
    t: torch.Tensor,
    memory: Memory,
    self_cond: torch.Tensor | None,
    parameterization: Parameterization,
    schedule: SqrtSchedule,
) -> tuple[torch.Tensor, torch.Tensor]:
    """(x̂0, ε̂) from one denoiser call, whichever of the two it predicts."""
    out = model.denoise(xt, t, memory, self_cond)
    if parameterization == "x0":
        return out, schedule.predict_eps(xt, out, t)
    return schedule.predict_x0(xt, out, t), out


def training_timesteps(
    num_steps: int, count: int, high_noise_fraction: float, device: torch.device
) -> torch.Tensor:
    """Uniform t, except that a share of the batch comes from the noisiest fifth of the schedule.

    Uniform t spends a tenth of training above 0.9 T, where x_t has almost no signal left and
    N must read the request instead of the noisy code. Those are the steps sampling starts with,
    and a model that rarely trains there learns to denoise but not to condition: the first Bash
    run gave nearly the same loss at t = T with every request swapped for another's.
    """
    t = torch.randint(0, num_steps, (count,), device=device)
    if high_noise_fraction <= 0:
        return t
    noisiest = torch.randint(num_steps * 4 // 5, num_steps, (count,), device=device)
    pick = torch.rand(count, device=device) < high_noise_fraction
    return torch.where(pick, noisiest, t)


def training_losses(
    model: CodeFusion,
    batch: Batch,
    schedule: SqrtSchedule,
    parameterization: Parameterization = "x0",
    self_condition: bool = True,
    high_noise_fraction: float = 0.0,
) -> dict[str, torch.Tensor]:
    """The three terms of L_t (and their sum as `loss`) at a sampled t (`training_timesteps`)."""
    memory, copy_keys = model.encode(batch.prompt_ids, batch.prompt_mask, batch.word_starts)
    x0 = model.embed_code(batch.code_ids, copy_keys)  # L(y): (B, L, C)
    t = training_timesteps(schedule.num_steps, x0.shape[0], high_noise_fraction, x0.device)
    eps = torch.randn_like(x0)
    noised = batch.noise_mask.unsqueeze(-1).bool()
    xt = torch.where(noised, schedule.add_noise(x0, eps, t), x0)
    self_cond = None
    if self_condition and torch.rand(()) < 0.5:  # half the batches learn to use an estimate
        with torch.no_grad():
            self_cond, _ = model_estimates(model, xt, t, memory, None, parameterization, schedule)
    x0_hat, eps_hat = model_estimates(model, xt, t, memory, self_cond, parameterization, schedule)
    x0_hat = torch.where(noised, x0_hat, x0)  # CPD: clean positions are given, not estimated
    y_hat = model.decode(x0_hat, memory)  # D(x̂0): (B, L, C)
    logits = model.logits(y_hat, copy_keys, batch.word_mask)  # (B, L, V + W)
    weight = batch.noise_mask.float().unsqueeze(-1)
    eps_term = ((eps_hat - eps) ** 2 * weight).sum() / (weight.sum() * x0.shape[-1]).clamp(min=1)
    decoder_term = F.mse_loss(y_hat, x0.detach())
    nll_term = F.cross_entropy(logits.flatten(0, 1), batch.code_ids.flatten())
    return {
        "eps": eps_term,
        "decoder": decoder_term,
        "nll": nll_term,
        "loss": eps_term + decoder_term + nll_term,
    }
