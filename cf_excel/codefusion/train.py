"""Two-stage CodeFusion training: (1) pretraining of N and D on code snippets, plain denoising
mixed with CPD; (2) fine-tuning of E (top layers), N and D on NL–rule pairs.

Resumable (a checkpoint plus optimizer/RNG state every `checkpoint_every` steps), seeded, with a
JSON-lines loss log and a progress bar. Under `torchrun` each process draws its own batches and
gradients are averaged with torch.distributed (gloo on CPU, nccl on GPU).
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

import torch
import torch.distributed as dist
import torch.nn.functional as F
from tqdm import tqdm

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.bert import load_prompt_tokenizer
from cf_excel.codefusion.codec import CodeVocab, train_vocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.dataset import (
    Corpus,
    TrainingExample,
    build_corpus,
    finetuning_examples,
    pretraining_examples,
    sample_batch,
)
from cf_excel.codefusion.diffusion import Batch, SqrtSchedule, training_losses
from cf_excel.codefusion.model import Autoregressive, CodeFusion, CodeModel
from cf_excel.codefusion.program_codec import train_bpe

Stage = Literal["pretrain", "finetune"]
STATE = "train_state.pt"
LOG = "log.jsonl"


def distributed() -> tuple[int, int]:
    """(rank, world size), initialising torch.distributed when launched by torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    return (dist.get_rank(), world) if world > 1 else (0, 1)


def average_gradients(model: torch.nn.Module, world: int) -> None:
    for parameter in model.parameters():
        if not parameter.requires_grad:
            continue
        if parameter.grad is None:
            parameter.grad = torch.zeros_like(parameter)
        dist.all_reduce(parameter.grad)
        parameter.grad /= world


def vocabulary(
    run_dir: Path, config: Config, pretraining: list[str], finetuning: list[str]
) -> CodeVocab:
    """One vocabulary per run, shared by both stages (trained once, then reloaded): CF grammar
    tokens, or a byte-level BPE for Bash and Python."""
    path = run_dir / checkpoint.VOCAB
    if path.exists():
        return CodeVocab.load(path)
    codes = [*pretraining, *finetuning]
    vocab = (
        train_vocab(codes) if config.target == "cf" else train_bpe(codes, config.code_vocab_size)
    )
    run_dir.mkdir(parents=True, exist_ok=True)
    vocab.save(path)
    return vocab


def learning_rate_factor(step: int, config: Config, total: int, elapsed: float = 0.0) -> float:
    """Linear warm-up, then cosine decay to 10% over the stage's steps, or with `decay_by_time`
    over its wall-clock budget when that ends first: a run stopped by `max_train_seconds` on a
    machine of unknown speed (a lent GPU) then still ends at the low rate."""
    if step < config.warmup_steps:
        return (step + 1) / config.warmup_steps
    progress = (step - config.warmup_steps) / max(1, total - config.warmup_steps)
    if config.decay_by_time and config.max_train_seconds > 0:
        progress = max(progress, elapsed / config.max_train_seconds)
    return 0.1 + 0.45 * (1 + math.cos(math.pi * min(progress, 1.0)))


def optimizer_for(model: CodeModel, config: Config, stage: Stage) -> torch.optim.AdamW:
    """E frozen in pretraining; in fine-tuning its top layers learn at `encoder_lr`."""
    trainable = checkpoint.trainable_encoder_prefixes(model)
    encoder_params = []
    for name, parameter in model.encoder.named_parameters():
        parameter.requires_grad = stage == "finetune" and f"encoder.{name}".startswith(trainable)
        if parameter.requires_grad:
            encoder_params.append(parameter)
    rest = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    groups = [{"params": rest, "lr": config.lr}]
    if encoder_params:
        groups.append({"params": encoder_params, "lr": config.encoder_lr})
    return torch.optim.AdamW(groups, weight_decay=config.weight_decay)


def corpora(
    config: Config, run_dir: Path, stage: Stage, data_dir: str | None
) -> tuple[Corpus, CodeVocab, dict[str, Any]]:
    tokenizer = load_prompt_tokenizer()
    tuning = finetuning_examples(config, data_dir)
    snippets: list[TrainingExample] = []
    not_rules = 0
    if stage == "pretrain" or not (run_dir / checkpoint.VOCAB).exists():
        # only the vocabulary needs them when fine-tuning
        snippets, not_rules = pretraining_examples(config.target, data_dir)
    vocab = vocabulary(
        run_dir, config, sorted({e.code for e in snippets}), sorted({e.code for e in tuning})
    )
    examples = snippets if stage == "pretrain" else tuning
    corpus = build_corpus(examples, tokenizer, vocab, config)
    info = {
        "examples": len(corpus.features),
        "skipped": dict(corpus.skipped),
        "snippet_lines_not_rules": not_rules,
        "vocab_size": vocab.size,
    }
    return corpus, vocab, info


def default_init(run_dir: Path, stage: Stage) -> Path | None:
    """Fine-tuning starts from the run's pretraining checkpoint when there is one (the paper's
    two stages); pretraining starts from scratch."""
    pretrained = run_dir / "pretrain"
    if stage == "finetune" and (pretrained / "model.safetensors").exists():
        return pretrained
    return None


def train(
    config: Config,
    stage: Stage,
    run_dir: Path,
    data_dir: str | None = None,
    init: Path | None = None,
    resume: bool = False,
    progress: bool = True,
) -> Path:
    """Run one stage; returns the folder of its final checkpoint."""
    rank, world = distributed()
    device = f"cuda:{rank % torch.cuda.device_count()}" if torch.cuda.is_available() else "cpu"
    stage_dir = run_dir / stage
    torch.manual_seed(config.seed)
    corpus, vocab, info = corpora(config, run_dir, stage, data_dir)
    model = checkpoint.build_model(config, vocab.size)
    if init is not None:
        info["new_tokens"] = checkpoint.initialise_from(model, vocab, init)
    model.to(device).train()
    optimizer = optimizer_for(model, config, stage)
    schedule = SqrtSchedule(config.num_steps, config.schedule_s)
    total = config.pretrain_steps if stage == "pretrain" else config.finetune_steps
    step, rng = 0, random.Random(config.seed + 1000 * rank)
    if resume and (stage_dir / STATE).exists():
        step, rng = restore(stage_dir, model, optimizer, device)
    started = time.time()
    elapsed = 0.0
    sums: dict[str, float] = defaultdict(float)
    bar = tqdm(total=total, initial=step, disable=not progress or rank != 0, desc=stage)
    stop = step >= total
    while not stop:
        cpd = stage == "pretrain" and rng.random() < config.cpd_fraction
        batch = to_device(sample_batch(corpus, config, rng, cpd), device)
        with torch.autocast(
            torch.device(device).type,
            torch.bfloat16,
            enabled=config.train_precision == "bfloat16",
        ):
            losses = stage_losses(model, batch, schedule, config)
        optimizer.zero_grad(set_to_none=True)
        losses["loss"].backward()  # type: ignore[no-untyped-call]
        if world > 1:
            average_gradients(model, world)
        torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
        for group, base in zip(
            optimizer.param_groups, (config.lr, config.encoder_lr), strict=False
        ):
            group["lr"] = base * learning_rate_factor(step, config, total, elapsed)
        optimizer.step()
        step += 1
        bar.update(1)
        for name, value in losses.items():
            sums[name] += float(value.detach())
        elapsed = shared_elapsed(started, world, device)
        stop = step >= total or 0 < config.max_train_seconds < elapsed
        if rank == 0 and (step % config.log_every == 0 or stop):
            log(
                stage_dir,
                stage,
                step,
                sums,
                (step - 1) % config.log_every + 1,
                time.time() - started,
            )
            sums.clear()
        if rank == 0 and (step % config.checkpoint_every == 0 or stop):
            keep(
                stage_dir,
                model,
                vocab,
                optimizer,
                step,
                rng,
                {
                    **info,
                    "stage": stage,
                    "steps": step,
                    "world_size": world,
                    "wall_time_s": round(time.time() - started, 1),
                    "device": device,
                },
            )
    bar.close()
    if world > 1:
        dist.barrier()
    return stage_dir


def stage_losses(
    model: CodeModel, batch: Batch, schedule: SqrtSchedule, config: Config
) -> dict[str, torch.Tensor]:
    """CodeFusion's three-term loss, or the baseline's next-token cross-entropy."""
    if isinstance(model, CodeFusion):
        return training_losses(
            model,
            batch,
            schedule,
            config.parameterization,
            config.self_condition,
            config.high_noise_fraction,
        )
    assert isinstance(model, Autoregressive)
    return autoregressive_losses(model, batch)


def autoregressive_losses(model: Autoregressive, batch: Batch) -> dict[str, torch.Tensor]:
    """The AR baseline's loss: teacher-forced cross-entropy up to and including the first <pad>
    (the end of code)."""
    memory, copy_keys = model.encode(batch.prompt_ids, batch.prompt_mask, batch.word_starts)
    y = model.embed_code(batch.code_ids, copy_keys)  # (B, L, C)
    states = model.next_states(model.prefix(y[:, :-1]), memory)
    logits = model.logits(states, copy_keys, batch.word_mask)  # (B, L, V + W)
    is_pad = batch.code_ids == 0  # <pad> is id 0 in every vocabulary (codec, program_codec)
    after_end = (is_pad.long().cumsum(1) - is_pad.long()) > 0
    nll = F.cross_entropy(logits[~after_end], batch.code_ids[~after_end])
    return {"nll": nll, "loss": nll}


def shared_elapsed(started: float, world: int, device: str) -> float:
    """Seconds since the stage started by rank 0's clock, so that under torchrun every process
    stops at the same step and uses the same learning rate."""
    elapsed = time.time() - started
    if world > 1:
        value = torch.tensor([elapsed], device=device)
        dist.broadcast(value, src=0)
        elapsed = float(value.item())
    return elapsed


def to_device(batch: Batch, device: str) -> Batch:
    return Batch(*(getattr(batch, name).to(device) for name in Batch.__dataclass_fields__))


def log(
    stage_dir: Path, stage: Stage, step: int, sums: dict[str, float], every: int, elapsed: float
) -> None:
    stage_dir.mkdir(parents=True, exist_ok=True)
    record = {
        "stage": stage,
        "step": step,
        "elapsed_s": round(elapsed, 1),
        **{name: round(total / every, 5) for name, total in sums.items()},
    }
    with (stage_dir / LOG).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")


def keep(
    stage_dir: Path,
    model: CodeModel,
    vocab: CodeVocab,
    optimizer: torch.optim.Optimizer,
    step: int,
    rng: random.Random,
    meta: dict[str, Any],
) -> None:
    """A loadable checkpoint plus what resuming needs."""
    checkpoint.save(stage_dir, model, vocab, meta)
    state = {
        "step": step,
        "optimizer": optimizer.state_dict(),
        "python_rng": rng.getstate(),
        "torch_rng": torch.get_rng_state(),
    }
    torch.save(state, stage_dir / (STATE + ".tmp"))
    (stage_dir / (STATE + ".tmp")).replace(stage_dir / STATE)


def restore(
    stage_dir: Path, model: CodeModel, optimizer: torch.optim.Optimizer, device: str
) -> tuple[int, random.Random]:
    model.load_state_dict(checkpoint.load(stage_dir)[0].state_dict())
    model.to(device).train()
    state = torch.load(stage_dir / STATE, map_location=device, weights_only=False)
    optimizer.load_state_dict(state["optimizer"])
    torch.set_rng_state(state["torch_rng"].cpu())
    rng = random.Random()
    rng.setstate(state["python_rng"])
    return int(state["step"]), rng
