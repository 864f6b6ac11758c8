"""Flask app: /api/generate (a selected range → candidates with Office.js rules), /api/apply-xlsx
(an uploaded workbook → the formatted workbook), /api/health.

Bounded by design: request bodies, text length and cell counts have limits; the model is
loaded once and shared, at most `workers` generations run at a time (others wait up to
`timeout_s`, then get 503) and each has a `timeout_s` budget (504); every error is JSON with a
4xx/5xx status and a message, never a stack trace; CORS answers only the add-in's origin.
"""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, Response, jsonify, request, send_file
from werkzeug.exceptions import HTTPException

from cf_excel.apply import ApplyRequest, RequestError, apply_requests
from cf_excel.evaluate import Model
from cf_excel.formats import FormatError, format_from_text
from cf_excel.generation import generate_rules
from cf_excel.sheets.addresses import column_letter, parse_a1
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from cf_excel.sheets.workbook import SheetError

ADDRESS = re.compile(
    r"^(?:(?:'[^']+'|[^!]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$"
)


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 20 * 1024 * 1024  # uploads included
    max_text_chars: int = 500
    max_cells: int = 50_000
    max_top_k: int = 10
    workers: int = 2  # generations at once
    timeout_s: float = 30.0
    allowed_origin: str = "https://localhost:3000"  # the add-in's pages


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SharedModel:
    """The model, loaded on first use by one thread, then shared; bounded concurrency."""

    def __init__(self, load: Callable[[], Model], limits: Limits) -> None:
        self.load, self.limits = load, limits
        self.model: Model | None = None
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(limits.workers)
        self.pool = ThreadPoolExecutor(max_workers=limits.workers)

    def get(self) -> Model:
        with self.lock:
            if self.model is None:
                self.model = self.load()
            return self.model

    def run(self, work: Callable[[Model], Any]) -> Any:
        if not self.slots.acquire(timeout=self.limits.timeout_s):
            raise ApiError(503, "the server is busy; try again in a moment")
        try:
            future = self.pool.submit(lambda: work(self.get()))
            try:
                return future.result(timeout=self.limits.timeout_s)
            except FutureTimeout:
                raise ApiError(
                    504, f"generation took longer than {self.limits.timeout_s:g} s"
                ) from None
        finally:
            self.slots.release()


def create_app(load_model: Callable[[], Model], limits: Limits | None = None) -> Flask:
    limits = limits or Limits()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = limits.max_body_bytes
    shared = SharedModel(load_model, limits)

    @app.errorhandler(ApiError)
    def api_error(error: ApiError) -> tuple[Response, int]:
        return jsonify(error=str(error)), error.status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response, int]:
        return jsonify(error=error.description or error.name), error.code or 500

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[Response, int]:
        app.logger.exception("unexpected error")
        return jsonify(error="internal error; the server log has the details"), 500

    @app.after_request
    def cors(response: Response) -> Response:
        if request.headers.get("Origin") == limits.allowed_origin:
            response.headers["Access-Control-Allow-Origin"] = limits.allowed_origin
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Vary"] = "Origin"
        return response

    @app.get("/api/health")
    def health() -> Response:
        return jsonify(status="ok", model_loaded=shared.model is not None)

    @app.post("/api/generate")
    def generate() -> Response:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise ApiError(400, "send a JSON object: {text, values, address?, top_k?, target?}")
        text = checked_text(body.get("text"), limits)
        top_k = body.get("top_k", 5)
        if not isinstance(top_k, int) or not 1 <= top_k <= limits.max_top_k:
            raise ApiError(400, f"top_k must be an integer from 1 to {limits.max_top_k}")
        if body.get("target", "cf") != "cf":
            raise ApiError(400, f"target {body.get('target')!r} is not served yet; use 'cf'")
        table = selection_table(body.get("values"), body.get("address"), limits)
        try:
            fmt = format_from_text(text)
        except FormatError as error:
            raise ApiError(400, str(error)) from None
        candidates, latency = shared.run(
            lambda model: generate_rules(model, text, table, top_k, None, fmt)
        )
        model = shared.get()
        return jsonify(
            text=text,
            range=table.address,
            model=model.name,
            steps=getattr(model, "steps", None),
            latency_ms=round(latency, 2),
            candidates=[c.as_json() | {"sentence": c.sentence()} for c in candidates],
        )

    @app.post("/api/apply-xlsx")
    def apply_xlsx() -> Response:
        upload = request.files.get("workbook")
        if upload is None or not upload.filename:
            raise ApiError(400, "attach the workbook as the form field 'workbook'")
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in (".xlsx", ".xlsm"):
            raise ApiError(400, f"only .xlsx and .xlsm workbooks can be formatted, not {suffix!r}")
        text = checked_text(request.form.get("text"), limits)
        pick = request.form.get("pick", "1")
        if not pick.isdigit() or not 1 <= int(pick) <= limits.max_top_k:
            raise ApiError(400, f"pick must be a number from 1 to {limits.max_top_k}")
        apply_request = ApplyRequest(
            text, request.form.get("sheet") or None, request.form.get("range") or None,
            pick=int(pick),
        )  # fmt: skip
        folder = Path(tempfile.mkdtemp(prefix="cf-excel-"))
        source, target = folder / f"upload{suffix}", folder / f"formatted{suffix}"
        upload.save(source)
        try:
            shared.run(lambda model: apply_requests(model, source, target, [apply_request]))
        except (SheetError, RequestError, FormatError) as error:
            raise ApiError(400, str(error).replace(str(source), upload.filename)) from None
        name = f"{Path(upload.filename).stem}-formatted{suffix}"
        return send_file(target, as_attachment=True, download_name=name)

    return app


def checked_text(text: object, limits: Limits) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "say what to highlight: 'text' is empty")
    if len(text) > limits.max_text_chars:
        raise ApiError(400, f"'text' is longer than {limits.max_text_chars} characters")
    return text


def selection_table(values: object, address: object, limits: Limits) -> Table:
    """The selected range as a table: a header row on top (one is named A, B, … when the first
    row holds numbers), placed at the address's top-left cell."""
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(row, list) and row for row in values)
    ):
        raise ApiError(400, "'values' must be a non-empty 2-D array (rows of cells)")
    width = len(values[0])
    if any(len(row) != width for row in values):
        raise ApiError(400, "every row of 'values' must have the same number of cells")
    if width * len(values) > limits.max_cells:
        raise ApiError(400, f"the selection has more than {limits.max_cells:,} cells")
    if any(
        not isinstance(v, str | int | float | bool) and v is not None for r in values for v in r
    ):
        raise ApiError(400, "cells must be text, numbers, booleans or null")
    top, left = 1, 1
    if address is not None:
        match = ADDRESS.match(str(address))
        if match is None:
            raise ApiError(400, f"'address' {address!r} is not a range like Sheet1!B2:F40")
        top, left = parse_a1(match.group(1) + match.group(2))
    header_first = all(isinstance(v, str) and v.strip() for v in values[0])
    if header_first and len(values) > 1:
        return table_from_grid(values, origin=(top, left))
    header = [f"Column {column_letter(left + i)}" for i in range(width)]
    if top < 2:
        raise ApiError(400, "select the table with its header row (the first row has no headers)")
    return table_from_grid([header, *values], origin=(top - 1, left))
