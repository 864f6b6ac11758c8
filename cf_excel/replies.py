"""What a user is shown for a generate request: one reply, built here for both `cf-excel generate
--json` and the server's /api/generate, plus the one-line sentence of a rule candidate that the
CLI, batch and the task pane print, and the verdict on whether to answer at all.

Not sure: when no valid rule is left, or the best one's calibrated confidence is below the
generator's threshold (`codefusion.confidence`), a CF request is not answered: the CLI says
why and exits 3, `apply` writes nothing unless the user picks (`--pick`), batch marks the line,
and the pane offers the closest answers as choices instead of applying the top one. A rule the
user gave is never doubted, and Bash and Python answers are only shown, never doubted either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from cf_excel.candidates import Candidate, Generator, Request
from cf_excel.codefusion.confidence import calibration_of
from cf_excel.codefusion.config import Target
from cf_excel.excel.officejs import officejs_rule
from cf_excel.programs import program_notes
from cf_excel.rules.ast import Visual
from cf_excel.sheets.tables import FoundTable

Reason = Literal["no_rule", "ungrounded", "low_confidence"]


@dataclass(frozen=True)
class Verdict:
    """Whether a request is answered, and if not why (`reason`, and `why` in words) and the
    valid answers to offer instead, best first (their numbers are `--pick`'s)."""

    abstained: bool = False
    reason: Reason | None = None
    why: str = ""
    closest: tuple[Candidate, ...] = ()


def verdict(candidates: Sequence[Candidate], threshold: float, target: Target = "cf") -> Verdict:
    """Answer, or say not sure: no valid rule is left ("no_rule"), or the best one is below
    `threshold` and the request names none of its columns and values ("ungrounded") or does
    ("low_confidence")."""
    if target != "cf":
        return Verdict()
    valid = tuple(c for c in candidates if c.valid)
    if not valid:
        why = (
            "no rule the model proposed fits this table (a rule comparing a column with a "
            "word the column does not hold is never offered)"
        )
        return Verdict(True, "no_rule", why)
    best = valid[0]
    if best.confidence >= threshold:
        return Verdict()
    why = f"the best answer is only {percent(best.confidence)} sure (below {percent(threshold)})"
    features = best.features
    if features is not None and features.columns_named == features.literals_copied == 0:
        why += ", and the request names none of its columns or values"
        return Verdict(True, "ungrounded", why, valid)
    return Verdict(True, "low_confidence", why, valid)


def judged(generator: Generator | None, candidates: Sequence[Candidate], target: Target) -> Verdict:
    """The verdict on a generator's candidates, by its checkpoint's threshold (None: a rule the
    user gave, which is answered)."""
    if generator is None:
        return Verdict()
    return verdict(candidates, calibration_of(generator).threshold, target)


def percent(confidence: float) -> str:
    """82%; never 100% (a model is not certain) nor 0% (it did propose it)."""
    return f"{min(max(round(100 * confidence), 1), 99)}%"


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


def sentence_and_warnings(candidate: Candidate, sure: bool = False) -> str:
    """The sentence (with its confidence, "(82% sure)", when `sure`) and each of the candidate's
    warnings on an indented line below it, as the command line prints a candidate."""
    first = sentence(candidate)
    if sure and candidate.valid:
        first += f"  ({percent(candidate.confidence)} sure)"
    return "\n".join([first, *(f"   warning: {w}" for w in candidate.warnings)])


def candidate_json(candidate: Candidate) -> dict[str, Any]:
    """A rule candidate with everything the task pane shows and applies; a Bash or Python one
    as its code, score and whether its language's parser accepts it."""
    confidence = round(candidate.confidence, 3)  # calibrated P(right); 1 for a rule given
    if candidate.table is None:
        return {
            "code": candidate.code,
            "score": candidate.score,
            "confidence": confidence,
            "valid": candidate.valid,
        }
    excel = candidate.excel
    return {
        "rule": candidate.code,
        "score": candidate.score,
        "confidence": confidence,
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
    user gave), whether it is answered (`abstained`, `reason`, `why`, and the `threshold` of
    confidence), and the ranked candidates (a CF request also names its sheet range and header,
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
    answer = judged(generator, candidates, request.target)
    return reply | {
        "model": generator.name if generator else None,
        "steps": generator.steps if generator else None,
        "latency_ms": round(latency_ms, 2),
        "abstained": answer.abstained,
        "reason": answer.reason,
        "why": answer.why or None,
        "threshold": calibration_of(generator).threshold if generator else None,
        "candidates": [
            candidate_json(c) | (program_notes(request.target, c.code) if c.valid else {})
            for c in candidates
        ],
    }
