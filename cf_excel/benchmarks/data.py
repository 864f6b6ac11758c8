"""Loaders for the CodeFusion benchmarks and pretraining snippets (microsoft/prose-benchmarks,
folder CodeFusion/, CC BY-SA 4.0).

Where the files come from, first found wins: an explicit directory (`--data-dir`), the
`CF_EXCEL_DATA` environment variable, a `shared/data/codefusion` folder beside the project,
then a user cache that is filled by downloading from upstream with a sha256 check.

Quirks handled here (measured on the files): CF test items whose gold code also occurs in the
train split are flagged `in_train` so metrics can be reported without them; Python items with a
null utterance are kept with an empty one and counted; CF training codes that are not rules (raw
ExcelScript) are flagged by `cf_excel.rules` when the training data is built, not dropped here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid

Benchmark = Literal["cf", "bash", "python"]
Split = Literal["train", "test"]

UPSTREAM = "https://raw.githubusercontent.com/microsoft/prose-benchmarks/main/CodeFusion/"
FILES: dict[str, tuple[str, str]] = {  # name → (upstream path, sha256)
    "CFRuleBenchmarks.json": (
        "Benchmarks/CFRuleBenchmarks.json",
        "27cecd3e855e929391f0327a551dabe73db018e30422d870df347d7dff71b2c3",
    ),
    "BashBenchmarks.json": (
        "Benchmarks/BashBenchmarks.json",
        "fda320d1c2cbfa6a8e7033c1b51af4aeebdee2aad0b92cdeba06f51edace9857",
    ),
    "PythonBenchmarks.json": (
        "Benchmarks/PythonBenchmarks.json",
        "f7d4a769df79e5c60be041dd44619075e1b8aaed233a64007a754ab0d2ae464c",
    ),
    "ConditionalFormattingSnippets.txt": (
        "Pretraining Data/ConditionalFormattingSnippets.txt",
        "fc7626f78e1f88d3ffcb1746740e2305165ddf992e70f6bf6a625d8e223ecda6",
    ),
    "BashSnippets.txt": (
        "Pretraining Data/BashSnippets.txt",
        "66e5f31338f2049e9223500f71cd8fea338da29aee64646710680c77c221e0d4",
    ),
}
BENCHMARK_FILES: dict[Benchmark, str] = {
    "cf": "CFRuleBenchmarks.json",
    "bash": "BashBenchmarks.json",
    "python": "PythonBenchmarks.json",
}
SNIPPET_FILES: dict[str, str] = {
    "cf": "ConditionalFormattingSnippets.txt",
    "bash": "BashSnippets.txt",
}

FALLBACK_TODAY = dt.date(2023, 1, 1)  # a benchmark table without dates is judged as of this day


class DataUnavailableError(RuntimeError):
    """A benchmark file is neither on disk nor downloadable."""


@dataclass(frozen=True)
class Example:
    """One NL → code pair. `table` is the CF item's sheet (header row first), else None."""

    id: int
    utterance: str
    code: str
    table: list[list[Any]] | None = None
    in_train: bool = False  # the gold code occurs verbatim in the train split

    @property
    def has_data_rows(self) -> bool:
        return self.table is not None and len(self.table) > 1


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cf-excel" / "codefusion"


def pairs_key(pairs: Iterable[tuple[str, str]]) -> str:
    """A hash of requests and their programs, in order: which cached work (embeddings, a word
    table) fits which training split, so that another split is worked out anew."""
    digest = hashlib.sha256()
    for request, code in pairs:
        digest.update(f"{request}\x00{code}\x01".encode())
    return digest.hexdigest()[:16]


def write_cache_file(path: Path, write: Callable[[str], object]) -> None:
    """`write` fills a temporary file beside `path`, which then replaces it at once: a reader
    (another process learning the same thing) sees the whole file or none. Readable by all
    (mkstemp's file is the owner's alone)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    os.close(handle)
    write(temporary)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def candidate_dirs(explicit: str | Path | None) -> list[Path]:
    """Where to look, in order; the last one is the download cache."""
    dirs = [Path(explicit)] if explicit else []
    if os.environ.get("CF_EXCEL_DATA"):
        dirs.append(Path(os.environ["CF_EXCEL_DATA"]))
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        dirs.append(root.parent / "shared" / "data" / "codefusion")
    dirs.append(default_cache_dir())
    return dirs


def data_file(name: str, data_dir: str | Path | None = None) -> Path:
    """Path of one benchmark file, downloading it into the cache when no copy is found."""
    if name not in FILES:
        raise KeyError(f"unknown data file {name!r}; known: {', '.join(FILES)}")
    if data_dir is not None and not (Path(data_dir) / name).is_file():
        raise DataUnavailableError(f"{name} is not in the data directory {data_dir}")
    for directory in candidate_dirs(data_dir):
        if (directory / name).is_file():
            return directory / name
    return download(name, default_cache_dir())


def download(name: str, cache: Path) -> Path:
    """Fetch a file from upstream, check its sha256, and move it into the cache atomically."""
    upstream_path, expected = FILES[name]
    url = UPSTREAM + urllib.parse.quote(upstream_path)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            payload = response.read()
    except OSError as error:
        raise DataUnavailableError(
            f"{name} was not found (looked in: {', '.join(map(str, candidate_dirs(None)))}) "
            f"and could not be downloaded from {url}: {error}. Pass --data-dir or set "
            "CF_EXCEL_DATA to a folder holding the CodeFusion benchmark files."
        ) from error
    digest = hashlib.sha256(payload).hexdigest()
    if digest != expected:
        raise DataUnavailableError(f"{url} has sha256 {digest}, expected {expected}")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=cache, delete=False) as handle:
        handle.write(payload)
    Path(handle.name).replace(cache / name)
    return cache / name


def load_examples(
    benchmark: Benchmark, split: Split, data_dir: str | Path | None = None
) -> list[Example]:
    """A benchmark split, with `in_train` flags on test items."""
    with data_file(BENCHMARK_FILES[benchmark], data_dir).open(encoding="utf-8") as handle:
        raw = json.load(handle)
    train_codes = {item["Code"].strip() for item in raw["train"]}
    return [
        Example(
            id=int(item["ID"]),
            utterance=(item.get("NL Utterance") or "").strip(),
            code=item["Code"].strip(),
            table=item.get("Data"),
            in_train=split == "test" and item["Code"].strip() in train_codes,
        )
        for item in raw[split]
    ]


def load_snippets(
    target: str, data_dir: str | Path | None = None, unique: bool = False
) -> list[str]:
    """Pretraining code snippets, one a line (blank lines skipped)."""
    if target not in SNIPPET_FILES:
        raise DataUnavailableError(f"no pretraining snippets for target {target!r}")
    lines = data_file(SNIPPET_FILES[target], data_dir).read_text(encoding="utf-8").splitlines()
    snippets = [line for line in lines if line.strip()]
    return list(dict.fromkeys(snippets)) if unique else snippets


def benchmark_table(example: Example) -> Table:
    """The item's sheet; a leading `Index` column is a row index, not data to format."""
    grid = example.table or [[]]
    header = [str(h) for h in grid[0]]
    selection = tuple(range(1, len(header))) if header[:1] == ["Index"] else ()
    return table_from_grid(grid, selection=selection)


def table_today(table: Table) -> dt.date:
    """Date rules in the benchmark are judged as of the latest date in the item's table."""
    dates = [
        v.date() if isinstance(v, dt.datetime) else v
        for row in table.rows
        for v in row
        if isinstance(v, dt.date)
    ]
    return max(dates) if dates else FALLBACK_TODAY
