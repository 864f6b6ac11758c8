#!/usr/bin/env bash
# Train the Bash and Python CodeFusion checkpoints on a 2-core CPU, side by side (one thread
# each): pretraining (plain + CPD denoising of code), then fine-tuning on NL2Bash / CoNaLa, then
# an fp16 export into cf_excel/models/<target>-cpu. Logs: runs/<target>-cpu/{pretrain,finetune}/log.jsonl.
# Resumable: rerun with RESUME=--resume after an interruption.
set -euo pipefail
cd "$(dirname "$0")/.."
PRETRAIN_STEPS=${PRETRAIN_STEPS:-1000}
FINETUNE_STEPS=${FINETUNE_STEPS:-1000}
RESUME=${RESUME:-}
for target in bash python; do
  (
    export OMP_NUM_THREADS=1
    .venv/bin/cf-excel train --target "$target" --stage pretrain --preset cpu --quiet $RESUME \
      --set batch_size=32 --set pretrain_steps="$PRETRAIN_STEPS" --set warmup_steps=100
    .venv/bin/cf-excel train --target "$target" --stage finetune --preset cpu --quiet $RESUME \
      --set batch_size=32 --set finetune_steps="$FINETUNE_STEPS" --set warmup_steps=100 \
      --export "cf_excel/models/$target-cpu"
  ) > "runs/$target-cpu.out" 2>&1 &
done
wait
