#!/usr/bin/env bash
# Train the autoregressive baseline of one target on the 2-core CPU (one thread), in the same
# harness and on the same fine-tuning data as CodeFusion: `TARGET=bash scripts/train_baselines.sh
# SECONDS`. Fine-tuning only (no pretraining stage: the CPU budget went to CodeFusion's; the
# bench table states each row's training time). The checkpoint stays in runs/<target>-ar; bench it
# with `cf-excel bench --targets <target> --checkpoint <target>=runs/<target>-ar/finetune`.
# Resumable: rerun with RESUME=--resume.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-2400}
target=${TARGET:-bash}
export OMP_NUM_THREADS=1
.venv/bin/cf-excel train --target "$target" --stage finetune --preset cpu --quiet ${RESUME:-} \
  --no-init --run-dir "runs/$target-ar" --set architecture=autoregressive --set batch_size=32 \
  --set finetune_steps=4000 --set warmup_steps=100 --set checkpoint_every=100 \
  --set max_train_seconds="$seconds"
