"""Install a checkpoint that `scripts/train_gpu.sh` brought back as the shipped one of its target.

Usage: `python scripts/ship_gpu_checkpoint.py FOLDER TARGET [--seeds N] [--beam-width W]`, where
FOLDER holds `model.safetensors` and the unpacked `rest.tar` of one target. Copies the weights,
vocabulary and config into `cf_excel/models/TARGET-cpu` (the model card, README.md, stays: edit
it by hand), sets the shipped decoding (one reverse step, N noise seeds per candidate, W rules
decoded from each seed), records both stages and where they ran in meta.json (the bench's
training column reads it), and keeps both loss logs in docs/results as
TARGET-gpu-{pretrain,finetune}-log.jsonl.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from cf_excel.codefusion.checkpoint import ENCODER_WEIGHTS, META, VOCAB, WEIGHTS
from cf_excel.codefusion.config import CONFIG_FILE, Config

ROOT = Path(__file__).resolve().parent.parent


def last_record(log: Path) -> dict[str, float]:
    record: dict[str, float] = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    return record


def ship(source: Path, target: str, seeds: int, beam_width: int) -> Path:
    destination = ROOT / "cf_excel" / "models" / f"{target}-cpu"
    for name in (WEIGHTS, ENCODER_WEIGHTS, VOCAB):
        shutil.copyfile(source / name, destination / name)
    config = Config.stored_in(source)
    if config is None:
        raise SystemExit(f"no {CONFIG_FILE} in {source}")
    config = config.replace(sample_steps=1, seeds_per_candidate=seeds, beam_width=beam_width)
    (destination / CONFIG_FILE).write_text(config.to_json() + "\n", encoding="utf-8")
    meta = json.loads((source / META).read_text(encoding="utf-8"))
    batch = config.batch_size
    pretrain = last_record(source / "pretrain_log.jsonl")
    meta["stages"] = [
        {"stage": "pretrain", "steps": pretrain["step"], "batch_size": batch,
         "wall_time_s": pretrain["elapsed_s"]},
        {"stage": "finetune", "steps": meta["steps"], "batch_size": batch,
         "wall_time_s": meta["wall_time_s"]},
    ]  # fmt: skip
    meta["total_train_seconds"] = round(pretrain["elapsed_s"] + meta["wall_time_s"], 1)
    (destination / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    for stage in ("pretrain", "finetune"):
        shutil.copyfile(
            source / f"{stage}_log.jsonl",
            ROOT / "docs" / "results" / f"{target}-gpu-{stage}-log.jsonl",
        )
    return destination


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("target", choices=("cf", "bash", "python"))
    parser.add_argument("--seeds", type=int, default=1, help="noise seeds per candidate")
    parser.add_argument("--beam-width", type=int, default=1, help="CF rules decoded per seed")
    args = parser.parse_args()
    print(ship(args.folder, args.target, args.seeds, args.beam_width))


if __name__ == "__main__":
    main()
