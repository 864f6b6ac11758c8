"""Grammar coverage: which share of the benchmark's rules and snippets parse, and why the rest
do not. `cf-excel coverage` prints this; the README quotes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from cf_excel.benchmarks.data import load_examples, load_snippets
from cf_excel.rules.parser import NotARuleError, RuleSyntaxError, parse_rule
from cf_excel.rules.printer import format_rule


def coverage_of(lines: Iterable[str]) -> dict[str, Any]:
    """Parse each line; count parses, round-trip failures, and rejections by reason."""
    lines = list(lines)
    reasons: Counter[str] = Counter()
    examples: dict[str, str] = {}
    parsed = round_trip_failures = 0
    for line in lines:
        try:
            rule = parse_rule(line)
        except NotARuleError as error:
            reasons[error.reason] += 1
            examples.setdefault(error.reason, line[:80])
            continue
        except RuleSyntaxError as error:
            reasons["syntax error"] += 1
            examples.setdefault("syntax error", f"{line[:60]} ({str(error).splitlines()[0]})")
            continue
        parsed += 1
        round_trip_failures += parse_rule(format_rule(rule)) != rule
    return {
        "total": len(lines),
        "parsed": parsed,
        "share": parsed / len(lines) if lines else 0.0,
        "round_trip_failures": round_trip_failures,
        "rejected": dict(reasons),
        "rejected_examples": examples,
    }


def grammar_coverage(data_dir: str | None = None) -> dict[str, Any]:
    """Coverage over the unique pretraining snippets and the gold rules of both CF splits."""
    return {
        "unique_snippets": coverage_of(load_snippets("cf", data_dir, unique=True)),
        "train_gold": coverage_of(e.code for e in load_examples("cf", "train", data_dir)),
        "test_gold": coverage_of(e.code for e in load_examples("cf", "test", data_dir)),
    }
