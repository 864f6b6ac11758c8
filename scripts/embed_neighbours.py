"""Embed the Bash and Python training requests once and store them beside the shipped models
(`cf_excel/models/<target>-cpu/neighbours.safetensors`), so that the consensus finds its
neighbours without minutes of MiniLM on a user's first request (`codefusion.nearest`).

Run after the benchmark's train split changes: `python scripts/embed_neighbours.py`. A stored
file whose key does not match the split in use is ignored and the split is embedded into the
cache instead, so a stale file costs time, never a wrong answer.
"""

from __future__ import annotations

import sys

from cf_excel.benchmarks.data import load_examples
from cf_excel.codefusion.config import Target
from cf_excel.codefusion.nearest import NearestRequests, fingerprint, shipped_file, write_vectors


def main(targets: list[Target]) -> None:
    for target in targets:
        examples = load_examples(target, "train")
        nearest = NearestRequests(examples, target)
        write_vectors(shipped_file(target), nearest.vectors, fingerprint(examples))
        print(f"{target}: {len(examples):,} requests -> {shipped_file(target)}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["bash", "python"])  # type: ignore[list-item]
