"""Blind request sets (`eval-sets/blind-v1/`): requests written by people who never read the
generator or its training data, on workbooks of their own making (title rows, several tables on
a sheet, dates typed as text, …). Each request carries an Excel expert's rule and the cells
LibreOffice formats with it, frozen when the set was made; a candidate counts when it formats
exactly those cells, as of the set's `built` day. Nothing here is used for training or tuning:
the report gives numbers by kind and request ids, never the requests' words.

Knowing when it does not know: `abstained` is the share of requests cf-excel says it is not
sure of (`replies.verdict`, the checkpoint's calibrated threshold), and `answered_top1` the
top-1 accuracy on the others (refused requests are neither). `mean_confidence` against `top1`,
and `top1_ece` (the expected calibration error of the top answers' confidences, refused requests
left out), say whether that confidence can be believed on requests nobody fitted it to.

A set is frozen by its hash (`set_sha256`, over every file of the set), which RESULTS quotes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from cf_excel.candidates import Generator, Request, generate_candidates
from cf_excel.codefusion.confidence import reliability
from cf_excel.excel.formats import FormatError, format_from_text
from cf_excel.replies import judged
from cf_excel.sheets.workbook import SheetError, SheetTable, read_table

BLIND_SET = Path(__file__).resolve().parents[2] / "eval-sets" / "blind-v1"
KS = (1, 3, 5)


def set_sha256(folder: Path) -> str:
    """One hash over the set's files (names and bytes, in name order)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def evaluate_blind(
    generator: Generator, folder: Path = BLIND_SET, top_k: int = 5
) -> dict[str, Any]:
    """Top-k exact-cells match over every requests.yaml under `folder`, overall and by kind;
    a request the tool refuses (its sheet, range or colour words) counts as a miss, by reason."""
    items: list[dict[str, Any]] = []
    latencies: list[float] = []
    for part, today, request in set_requests(folder):
        item, latency = scored(generator, part, request, today, top_k)
        items.append(item)
        latencies += [latency] if latency is not None else []
    kinds = sorted({item["kind"] for item in items})
    return {
        "benchmark": "blind",
        "set": folder.name,
        "set_sha256": set_sha256(folder),
        "model": generator.name,
        **shares(items),
        "by_kind": {kind: shares([i for i in items if i["kind"] == kind]) for kind in kinds},
        "refused": dict(Counter(i["refused"] for i in items if i["refused"])),
        "latency_ms_p50": statistics.median(latencies) if latencies else 0.0,
        "items": [
            {k: i[k] for k in ("id", "kind", "first_hit", "refused", "abstained", "confidence")}
            for i in items
        ],
    }


def set_requests(folder: Path) -> Iterator[tuple[Path, dt.date, dict[str, Any]]]:
    """Every request of every requests.yaml under `folder`, with its part's folder (where its
    workbook is) and its set's `built` day."""
    for spec_path in sorted(folder.rglob("requests.yaml")):
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(str(spec["built"]))
        for request in spec["requests"]:
            yield spec_path.parent, today, request


def request_sheet(part: Path, request: dict[str, Any]) -> SheetTable:
    """The table a request of a set was written for (its workbook, sheet and selected range,
    or the one its words name); SheetError when cf-excel refuses it."""
    return read_table(
        part / request["workbook"], request.get("sheet"), request.get("range"), request["text"]
    )


def scored(
    generator: Generator, folder: Path, request: dict[str, Any], today: dt.date, top_k: int
) -> tuple[dict[str, Any], float | None]:
    """One request: the rank of its first exact answer (None: none), whether cf-excel was not
    sure of it and its best answer's confidence, or why it was refused."""
    item: dict[str, Any] = {"id": request["id"], "kind": request["kind"], "first_hit": None}
    item |= {"refused": None, "abstained": False, "confidence": None}
    try:
        sheet = request_sheet(folder, request)
        fmt = format_from_text(request["text"], sheet.table)
    except SheetError:
        item["refused"] = "sheet"
        return item, None
    except FormatError:
        item["refused"] = "format"
        return item, None
    candidates, latency = generate_candidates(
        generator, request["text"], Request("cf", sheet.table, today, fmt), top_k
    )
    expected = set(request["cells"])
    hits = [c.valid and set(c.addresses) == expected for c in candidates]
    item["first_hit"] = hits.index(True) + 1 if any(hits) else None
    item["abstained"] = judged(generator, candidates, "cf").abstained
    item["confidence"] = round(candidates[0].confidence, 3) if candidates else None
    return item, latency


def shares(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Top-k over all items; the share not answered for not being sure, top-1 on the
    answered (neither abstained nor refused), and how well the top answers' confidence matches
    how often they are right (a request with no answer is sure of nothing: confidence 0)."""
    n = len(items)
    hit = [i["first_hit"] for i in items]
    answered = [i for i in items if not i["abstained"] and not i["refused"]]
    read = [i for i in items if not i["refused"]]
    confidence = [i["confidence"] or 0.0 for i in read]
    _, ece = reliability(confidence, [i["first_hit"] == 1 for i in read])
    return {
        "n": n,
        **{f"top{k}": sum(h is not None and h <= k for h in hit) / n for k in KS},
        "abstained": sum(i["abstained"] for i in items) / n,
        "answered_top1": sum(i["first_hit"] == 1 for i in answered) / len(answered)
        if answered
        else 0.0,
        "mean_confidence": round(sum(confidence) / len(read), 3) if read else 0.0,
        "top1_ece": ece,
    }
