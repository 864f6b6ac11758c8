"""The user-facing benchmark: hand-written requests on example workbooks (examples/requests.yaml).

CodeFusion's CF benchmark is about column-less rules on an Index/Value table; users type
"highlight overdue rows red" on their own sheets. Each request here names a workbook and the
rule a careful person would write; a candidate counts when it formats the same cells on that
sheet (execution match, on the day the workbooks were built). `abstained` is the share of
requests cf-excel is not sure of (`replies.verdict`), `answered_top1` the top-1 on the others.
"""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path
from typing import Any

import yaml

from cf_excel.candidates import Generator, Request, generate_candidates
from cf_excel.replies import judged
from cf_excel.rules import format_rule, parse_rule
from cf_excel.rules.executor import highlighted_cells
from cf_excel.sheets.workbook import read_table

REQUESTS = Path(__file__).resolve().parents[2] / "examples" / "requests.yaml"


def evaluate_requests(
    generator: Generator, path: Path = REQUESTS, top_k: int = 5
) -> dict[str, Any]:
    """Top-1/3/5 execution match and exact (canonical) match over the request set."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    today = dt.date.fromisoformat(str(spec["built"]))
    items, latencies = [], []
    tables = {name: read_table(path.parent / name).table for name in
              {request["sheet"] for request in spec["requests"]}}  # fmt: skip
    for request in spec["requests"]:
        table = tables[request["sheet"]]
        gold = parse_rule(request["rule"])
        expected = highlighted_cells(gold, table, today)
        candidates, latency = generate_candidates(
            generator, request["text"], Request("cf", table, today), top_k
        )
        latencies.append(latency)
        hits = [c.valid and c.cells == expected for c in candidates]
        exact = [c.rule == gold for c in candidates]
        items.append(
            {
                "sheet": request["sheet"],
                "text": request["text"],
                "gold": format_rule(gold),
                "candidates": [c.code for c in candidates],
                "first_hit": hits.index(True) + 1 if any(hits) else None,
                "exact_first": exact.index(True) + 1 if any(exact) else None,
                "abstained": judged(generator, candidates, "cf").abstained,
                "confidence": round(candidates[0].confidence, 3) if candidates else None,
            }
        )

    def share(key: str, k: int) -> float:
        return sum(1 for i in items if i[key] is not None and i[key] <= k) / len(items)

    answered = [i for i in items if not i["abstained"]]

    return {
        "benchmark": "requests",
        "model": generator.name,
        "n": len(items),
        **{f"top{k}": share("first_hit", k) for k in (1, 3, 5)},
        **{f"exact_top{k}": share("exact_first", k) for k in (1, 5)},
        "abstained": 1 - len(answered) / len(items),
        "answered_top1": sum(i["first_hit"] == 1 for i in answered) / len(answered)
        if answered
        else 0.0,
        "latency_ms_p50": statistics.median(latencies),
        "items": items,
    }
