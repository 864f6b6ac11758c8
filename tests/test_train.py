"""Two-stage training on the tiny preset: logs, checkpoints, resume, and two CPU processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.train import default_init, learning_rate_factor, train

TINY = {"synthetic_examples": 100, "checkpoint_every": 3, "log_every": 2}


def log_steps(stage_dir: Path) -> list[int]:
    lines = (stage_dir / "log.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["step"] for line in lines]


@pytest.mark.slow
def test_pretrain_then_finetune_then_resume(tmp_path: Path, data_dir: Path) -> None:
    config = Config.from_preset("tiny", pretrain_steps=4, finetune_steps=4, **TINY)
    data = str(data_dir)
    pretrained = train(config, "pretrain", tmp_path, data, progress=False)
    assert log_steps(pretrained) == [2, 4]
    record = json.loads((pretrained / "log.jsonl").read_text().splitlines()[-1])
    assert {"eps", "decoder", "nll", "loss"} <= set(record)
    assert default_init(tmp_path, "finetune") == pretrained  # the run's pretraining
    tuned = train(config, "finetune", tmp_path, data, init=pretrained, progress=False)
    _, vocab, meta = checkpoint.load(tuned)
    assert meta["steps"] == 4 and meta["stage"] == "finetune"
    assert vocab.size == checkpoint.load(pretrained)[1].size  # one vocabulary per run
    longer = config.replace(finetune_steps=7)
    train(longer, "finetune", tmp_path, data, resume=True, progress=False)
    assert log_steps(tuned) == [2, 4, 6, 7]  # continued from step 4, not from scratch
    assert checkpoint.load(tuned)[2]["steps"] == 7


def test_fine_tuning_in_bfloat16_keeps_float32_weights(tmp_path: Path, data_dir: Path) -> None:
    config = Config.from_preset(
        "tiny", finetune_steps=2, train_precision="bfloat16", **TINY
    )  # fmt: skip
    tuned = train(config, "finetune", tmp_path, str(data_dir), init=None, progress=False)
    record = json.loads((tuned / "log.jsonl").read_text().splitlines()[-1])
    assert record["step"] == 2 and all(v == v for v in record.values())  # no NaN
    model, _, _ = checkpoint.load(tuned)
    assert {p.dtype for p in model.parameters()} == {torch.float32}


@pytest.mark.slow
def test_two_cpu_processes_with_torchrun(tmp_path: Path, data_dir: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--nproc_per_node=2",
        "--master_port=29561",
        "-m",
        "cf_excel.cli",
        "--data-dir",
        str(data_dir),
        "train",
        "--stage",
        "pretrain",
        "--preset",
        "tiny",
        "--run-dir",
        str(tmp_path),
        "--quiet",
        "--set",
        "pretrain_steps=3",
        *(f"--set={k}={v}" for k, v in TINY.items()),
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    meta = checkpoint.load(tmp_path / "pretrain")[2]
    assert meta["world_size"] == 2 and meta["steps"] == 3


def test_decay_by_time_ends_at_the_low_rate_when_the_time_budget_ends_first() -> None:
    config = Config(warmup_steps=10, max_train_seconds=100.0)
    by_time = config.replace(decay_by_time=True)
    assert learning_rate_factor(4, by_time, 1000, elapsed=99.0) == 0.5  # warm-up is by steps
    assert learning_rate_factor(20, config, 1000, elapsed=100.0) > 0.99
    assert learning_rate_factor(20, by_time, 1000, elapsed=50.0) == pytest.approx(0.55)
    assert learning_rate_factor(20, by_time, 1000, elapsed=100.0) == pytest.approx(0.1)
    assert learning_rate_factor(1000, by_time, 1000, elapsed=1.0) == pytest.approx(0.1)


def test_fine_tuning_starts_from_the_runs_pretraining_when_there_is_one(tmp_path: Path) -> None:
    assert default_init(tmp_path, "finetune") is None  # nothing pretrained yet
    (tmp_path / "pretrain").mkdir()
    assert default_init(tmp_path, "finetune") is None  # a folder without weights
    (tmp_path / "pretrain" / "model.safetensors").write_bytes(b"")
    assert default_init(tmp_path, "finetune") == tmp_path / "pretrain"
    assert default_init(tmp_path, "pretrain") is None  # pretraining starts from scratch
