"""What a user is shown for a generate request: one reply, built here for both `cf-excel generate
--json` and the server's /api/generate, plus the one-line sentence of a rule candidate that the
CLI, batch and the task pane print."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cf_excel.candidates import Candidate, Generator, Request
from cf_excel.excel.officejs import officejs_rule
from cf_excel.rules.ast import Visual
from cf_excel.sheets.tables import FoundTable


def sentence(candidate: Candidate) -> str:
    """ "rows where Due Date is before today → red fill (3 rows match)"."""
    if candidate.rule is None:
        return f"{candidate.code}  (invalid: {candidate.error})"
    if isinstance(candidate.rule, Visual):
        look = "its visual format"
    else:
        look = candidate.format.describe()
    count = "1 row matches" if candidate.rows == 1 else f"{candidate.rows} rows match"
    return f"{candidate.description} → {look} ({count})"


def sentence_and_warnings(candidate: Candidate) -> str:
    """The sentence with each of the candidate's warnings on an indented line below it, as the
    command line prints a candidate."""
    return "\n".join([sentence(candidate), *(f"   warning: {w}" for w in candidate.warnings)])


def candidate_json(candidate: Candidate) -> dict[str, Any]:
    """A rule candidate with everything the task pane shows and applies; a Bash or Python one
    as its code, score and whether its language's parser accepts it."""
    if candidate.table is None:
        return {"code": candidate.code, "score": candidate.score, "valid": candidate.valid}
    excel = candidate.excel
    return {
        "rule": candidate.code,
        "score": candidate.score,
        "valid": candidate.valid,
        "error": candidate.error,
        "description": candidate.description,
        "sentence": sentence(candidate),
        "applies_to": excel.ranges if excel else [],
        "cells": candidate.addresses if candidate.valid else [],
        "rows": candidate.rows,
        "format": candidate.format.as_json(),
        "excel": excel.as_json() if excel else None,
        "officejs": officejs_rule(excel, candidate.format) if excel else None,
        "warnings": candidate.warnings,  # dates and numbers stored as text, which it cannot colour
    }


def generate_reply(
    text: str,
    request: Request,
    generator: Generator | None,
    candidates: list[Candidate],
    latency_ms: float,
    sheet_name: str | None = None,
    tables: Sequence[FoundTable] | None = None,
) -> dict[str, Any]:
    """The reply to a generate request: what was asked, where, by which model (None: a rule the
    user gave), and the ranked candidates (a CF request also names its sheet range and header,
    and the `tables` of its sheet, each {address, header}, for a picker: the sheet's tables when
    read from a workbook, else the selection's own)."""
    reply: dict[str, Any] = {"text": text, "target": request.target}
    table = request.table
    if table is not None:
        reply |= {"range": table.address, "header": list(table.header)}
        if sheet_name is not None:
            reply["sheet"] = sheet_name
        if tables is None:
            reply["tables"] = [{"address": table.address, "header": list(table.header)}]
        else:
            reply["tables"] = [found.as_json() for found in tables]
    return reply | {
        "model": generator.name if generator else None,
        "steps": generator.steps if generator else None,
        "latency_ms": round(latency_ms, 2),
        "candidates": [candidate_json(c) for c in candidates],
    }
