"""Flask app: /api/generate (a selected range → candidates with Office.js rules), /api/read-xlsx
(an uploaded workbook → its table, as Office.js would give it), /api/apply-xlsx (an uploaded
workbook → the formatted workbook), /api/health; and the task pane's pages (`pages`).

Bounded by design: request bodies, text length and cell counts have limits; the model is
loaded once and shared, at most `workers` generations run at a time (others wait up to
`timeout_s`, then get 503) and each has a `timeout_s` budget (504); every error is JSON with a
4xx/5xx status and a message, never a stack trace; CORS answers only the add-in's origin.
"""

from __future__ import annotations

import functools
import io
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, Response, jsonify, request, send_file
from werkzeug.exceptions import HTTPException

from cf_excel.apply import ApplyRequest, RequestError, apply_requests
from cf_excel.config import Target
from cf_excel.evaluate import Model
from cf_excel.excel.xlsx_patch import open_checked
from cf_excel.formats import FormatError, format_from_text
from cf_excel.generation import ModelUnavailableError, generate_programs, generate_rules
from cf_excel.server.errors import ApiError
from cf_excel.server.pages import pages
from cf_excel.server.selection import office_range, selection_table
from cf_excel.sheets.workbook import SheetError, table_on_sheet

PROGRAM_TARGETS: tuple[Target, ...] = ("bash", "python")


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 20 * 1024 * 1024  # uploads included
    max_text_chars: int = 500
    max_cells: int = 50_000
    max_top_k: int = 10
    workers: int = 2  # generations at once
    timeout_s: float = 30.0
    allowed_origin: str = "https://localhost:3000"  # the add-in's pages


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


def create_app(
    load_model: Callable[[], Model],
    limits: Limits | None = None,
    load_program_model: Callable[[Target], Model] | None = None,
) -> Flask:
    """The app: `load_model` gives the CF model; `load_program_model(target)` the Bash and
    Python ones (those targets are refused without it)."""
    limits = limits or Limits()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = limits.max_body_bytes
    shared = SharedModel(load_model, limits)
    programs = {
        target: SharedModel(functools.partial(load_program_model, target), limits)
        for target in PROGRAM_TARGETS
        if load_program_model is not None
    }

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
        target = body.get("target", "cf")
        if target in programs:
            return generated_programs(programs[target], text, target, top_k)
        if target != "cf":
            served = ", ".join(repr(t) for t in ["cf", *programs])
            raise ApiError(400, f"target {target!r} is not served here; targets: {served}")
        table = selection_table(
            body.get("values"), body.get("address"), body.get("number_formats"), limits.max_cells
        )
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
            header=list(table.header),
            model=model.name,
            steps=getattr(model, "steps", None),
            latency_ms=round(latency, 2),
            candidates=[c.as_json() | {"sentence": c.sentence()} for c in candidates],
        )

    @app.post("/api/read-xlsx")
    def read_xlsx() -> Response:
        """The table on an uploaded workbook's sheet, for the standalone page's preview."""
        with uploaded_workbook() as (source, name):
            try:
                workbook = open_checked(source)
                found = table_on_sheet(workbook, source, request.form.get("sheet") or None, None)
            except SheetError as error:
                raise ApiError(400, str(error).replace(str(source), name)) from None
        table = found.table
        if table.width * (len(table.rows) + 1) > limits.max_cells:
            raise ApiError(400, f"the table has more than {limits.max_cells:,} cells")
        return jsonify(
            sheets=workbook.sheetnames,
            sheet=found.sheet_name,
            address=table.address,
            **office_range(table),
        )

    @app.post("/api/apply-xlsx")
    def apply_xlsx() -> Response:
        text = checked_text(request.form.get("text"), limits)
        pick = request.form.get("pick", "1")
        if not pick.isdigit() or not 1 <= int(pick) <= limits.max_top_k:
            raise ApiError(400, f"pick must be a number from 1 to {limits.max_top_k}")
        apply_request = ApplyRequest(
            text, request.form.get("sheet") or None, request.form.get("range") or None,
            pick=int(pick), rule=request.form.get("rule") or None,
        )  # fmt: skip
        with uploaded_workbook() as (source, name):
            target = source.with_name(f"formatted{source.suffix}")
            try:
                shared.run(lambda model: apply_requests(model, source, target, [apply_request]))
            except (SheetError, RequestError, FormatError) as error:
                raise ApiError(400, str(error).replace(str(source), name)) from None
            formatted = io.BytesIO(target.read_bytes())
        download = f"{Path(name).stem}-formatted{source.suffix}"
        return send_file(formatted, as_attachment=True, download_name=download)

    app.register_blueprint(pages)
    return app


def generated_programs(shared: SharedModel, text: str, target: Target, top_k: int) -> Response:
    """Bash / Python candidates: code, score and whether the language's parser accepts it."""
    try:
        candidates, latency = shared.run(
            lambda model: generate_programs(model, text, target, top_k)
        )
    except ModelUnavailableError as error:
        raise ApiError(503, str(error)) from None
    return jsonify(
        text=text,
        target=target,
        model=shared.get().name,
        latency_ms=round(latency, 2),
        candidates=[c.as_json() for c in candidates],
    )


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


def checked_text(text: object, limits: Limits) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "say what to highlight: 'text' is empty")
    if len(text) > limits.max_text_chars:
        raise ApiError(400, f"'text' is longer than {limits.max_text_chars} characters")
    return text
