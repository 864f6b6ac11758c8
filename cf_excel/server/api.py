"""The `api` blueprint: /api/generate (a selected range → ranked candidates with Office.js
rules; or Bash / Python code), /api/read-xlsx (an uploaded workbook → its table, as Office.js
would give it), /api/apply-xlsx (an uploaded workbook → the formatted workbook), /api/health."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, send_file

from cf_excel.apply import ApplyRequest, RequestError, apply_requests, given_candidate
from cf_excel.candidates import Request, generate_candidates
from cf_excel.excel.formats import FormatError, format_from_text
from cf_excel.excel.xlsx_patch import open_checked
from cf_excel.replies import generate_reply
from cf_excel.server.errors import ApiError
from cf_excel.server.selection import office_range, selection_table
from cf_excel.server.shared import SharedGenerator, shared_generators
from cf_excel.sheets.workbook import SheetError, table_on_sheet

TARGETS = ("cf", "bash", "python")

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/health")
def health() -> Response:
    return jsonify(status="ok", model_loaded=shared_generators().loaded("cf"))


@api.post("/generate")
def generate() -> Response:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "send a JSON object: {text, values, address?, top_k?, target?, today?}")
    rule = body.get("rule")  # a rule the user wrote (our language or an Excel formula): previewed
    text = checked_text(body.get("text"), required=rule is None)
    top_k = body.get("top_k", 5)
    most = current_app.config["MAX_TOP_K"]
    if not isinstance(top_k, int) or isinstance(top_k, bool) or not 1 <= top_k <= most:
        raise ApiError(400, f"top_k must be an integer from 1 to {most}")
    target = body.get("target", "cf")
    if target not in TARGETS:
        raise ApiError(400, f"target {target!r} is not served here; targets: {TARGETS}")
    asked = Request(target)
    if target == "cf":
        table = selection_table(
            body.get("values"),
            body.get("address"),
            body.get("number_formats"),
            current_app.config["MAX_CELLS"],
        )
        try:
            fmt = format_from_text(text, table)  # the words beside the selection's
            asked = Request("cf", table, checked_today(body.get("today")), fmt)
        except FormatError as error:
            raise ApiError(400, str(error)) from None
    shared = shared_generators()[target]
    if rule is not None:
        return jsonify(given_rule_reply(text, asked, rule, shared))
    candidates, latency = shared.run(
        lambda generator: generate_candidates(generator, text, asked, top_k)
    )
    return jsonify(generate_reply(text, asked, shared.get(), candidates, latency))


def given_rule_reply(
    text: str, asked: Request, rule: object, shared: SharedGenerator
) -> dict[str, Any]:
    """The generate reply for a rule the user gave: that rule alone, checked and previewed (in
    a generation slot, under its time budget, as formulas can be slow to evaluate)."""
    if not isinstance(rule, str) or asked.target != "cf":
        raise ApiError(
            400, "'rule' must be a string: a CF rule, or an Excel formula such as =$D2<TODAY()"
        )
    start = time.perf_counter()
    try:
        candidate = shared.run(lambda _: given_candidate(rule, asked))
    except RequestError as error:
        raise ApiError(400, str(error)) from None
    return generate_reply(text, asked, None, [candidate], (time.perf_counter() - start) * 1000)


@api.post("/read-xlsx")
def read_xlsx() -> Response:
    """The table on an uploaded workbook's sheet (at the form's `range`, else the sheet's first
    Excel table or largest table), for the standalone page's preview, and every table of the
    sheet (`tables`: {address, header}) for its picker."""
    with uploaded_workbook() as (source, name):
        try:
            workbook = open_checked(source)
            sheet, cell_range = request.form.get("sheet") or None, request.form.get("range")
            found = table_on_sheet(workbook, source, sheet, cell_range or None)
        except SheetError as error:
            raise ApiError(400, str(error).replace(str(source), name)) from None
    table = found.table
    most = current_app.config["MAX_CELLS"]
    if table.width * (len(table.rows) + 1) > most:
        raise ApiError(400, f"the table has more than {most:,} cells")
    return jsonify(
        sheets=workbook.sheetnames,
        sheet=found.sheet_name,
        address=table.address,
        tables=[t.as_json() for t in found.tables],
        **office_range(table),
    )


@api.post("/apply-xlsx")
def apply_xlsx() -> Response:
    rule = request.form.get("rule") or None  # our rule language, or an Excel formula
    text = checked_text(request.form.get("text"), required=rule is None)
    pick = request.form.get("pick", "1")
    most = current_app.config["MAX_TOP_K"]
    if not (pick.isascii() and pick.isdigit()) or not 1 <= int(pick) <= most:  # not "²"
        raise ApiError(400, f"pick must be a number from 1 to {most}")
    apply_request = ApplyRequest(
        text, request.form.get("sheet") or None, request.form.get("range") or None,
        pick=int(pick), rule=rule,
    )  # fmt: skip
    with uploaded_workbook() as (source, name):
        target = source.with_name(f"formatted{source.suffix}")
        try:
            shared_generators()["cf"].run(
                lambda generator: apply_requests(generator, source, target, [apply_request])
            )
        except (SheetError, RequestError, FormatError) as error:
            raise ApiError(400, str(error).replace(str(source), name)) from None
        formatted = io.BytesIO(target.read_bytes())
    download = f"{Path(name).stem}-formatted{source.suffix}"
    return send_file(formatted, as_attachment=True, download_name=download)


@contextmanager
def uploaded_workbook() -> Iterator[tuple[Path, str]]:
    """The form's 'workbook' saved in a temporary folder (removed afterwards), and its name."""
    upload = request.files.get("workbook")
    if upload is None or not upload.filename:
        raise ApiError(400, "attach the workbook as the form field 'workbook'")
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in (".xlsx", ".xlsm"):
        raise ApiError(400, f"only .xlsx and .xlsm workbooks can be formatted, not {suffix!r}")
    with tempfile.TemporaryDirectory(prefix="cf-excel-") as folder:
        source = Path(folder) / f"upload{suffix}"
        upload.save(source)
        yield source, upload.filename


def checked_text(text: object, required: bool = True) -> str:
    """The request's text; it may be absent when the request gives its rule (`required`)."""
    most = current_app.config["MAX_TEXT_CHARS"]
    if text is None and not required:
        return ""
    if text is not None and not isinstance(text, str):
        raise ApiError(400, f"'text' must be a string, not {type(text).__name__}")
    if required and (text is None or not text.strip()):
        raise ApiError(400, "say what to highlight: 'text' is empty")
    assert isinstance(text, str)
    if len(text) > most:
        raise ApiError(400, f"'text' is longer than {most} characters")
    return text


def checked_today(today: object) -> dt.date | None:
    """The request's date for date rules ("YYYY-MM-DD"; absent: the server's today)."""
    if today is None:
        return None
    try:
        return dt.date.fromisoformat(str(today))
    except ValueError:
        raise ApiError(400, f"today must be a date written YYYY-MM-DD, not {today!r}") from None
