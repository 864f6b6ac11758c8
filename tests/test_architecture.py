"""The package's shape, read from its source: the import graph (lazy imports inside functions
included) has no cycle, inference imports neither training nor evaluation, the lower layers
import nothing above them, and modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cf_excel"
MAX_LINES = 450
MAX_ROOT_MODULES = 10
INFERENCE = (
    "cf_excel.candidates",
    "cf_excel.generators",
    "cf_excel.replies",
    "cf_excel.codefusion.generator",
    "cf_excel.codefusion.decode",
    "cf_excel.codefusion.prompt",
    "cf_excel.baselines.autoregressive",
    "cf_excel.server.api",
)
TRAINING = ("cf_excel.codefusion.train", "cf_excel.codefusion.dataset", "cf_excel.synthetic")
EVALUATION = (
    "cf_excel.benchmarks.evaluate",
    "cf_excel.benchmarks.bench",
    "cf_excel.benchmarks.requests",
    "cf_excel.benchmarks.metrics",
    "cf_excel.benchmarks.bash_metrics",
    "cf_excel.benchmarks.diversity",
    "cf_excel.reliability",  # differential tests, the package fuzzer: tools, never imported
)
LOWER_LAYERS = ("cf_excel.rules", "cf_excel.sheets", "cf_excel.excel")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The package modules a file imports anywhere in it (functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            # `from package import submodule` names the submodule; any other name, the module
            inner = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [n if n in known else node.module for n in inner]
        else:
            continue
        found |= {name for name in names if name in known}
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imports_of(path, known) - {name} for name, path in found.items()}


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for child in graph[todo.pop()]:
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def test_no_import_cycle() -> None:
    graph = import_graph()
    assert sorted(name for name in graph if name in reachable(graph, name)) == []


@pytest.mark.parametrize("module", INFERENCE)
def test_inference_imports_neither_training_nor_evaluation(module: str) -> None:
    below = reachable(import_graph(), module)
    assert sorted(m for m in below if m.startswith(TRAINING + EVALUATION)) == []


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_import_nothing_above_them(layer: str) -> None:
    graph = import_graph()
    above = {
        target
        for name, targets in graph.items()
        if name.startswith(layer)
        for target in targets
        if not target.startswith(LOWER_LAYERS)
    }
    assert sorted(above) == []


def test_modules_stay_small() -> None:
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_a_few_modules_at_the_root() -> None:
    root = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(root) <= MAX_ROOT_MODULES, root
