"""The Flask app of the add-in's backend: `create_app(test_config=None)` sets the limits and the
generator settings as config keys, shares one loaded generator per target through
`app.extensions`, answers every error as JSON, and registers the `api` and `pages` blueprints.

Bounded by design: request bodies, text length and cell counts have limits; each generator is
loaded once and shared, at most `WORKERS` generations run at a time (others wait up to
`TIMEOUT_S`, then get 503) and each has a `TIMEOUT_S` budget (504; a timed-out generation keeps
its slot until its work stops: `cf_excel.server.shared`); CodeFusion's concurrent requests share
forward passes (`BATCH_WINDOW_S`, `MAX_BATCH`, `TORCH_THREADS`); every error is JSON with a
4xx/5xx status and a message, never a stack trace; CORS answers only the add-in's origin.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from cf_excel.apply import MAX_TEXT_CHARS
from cf_excel.generators import GENERATORS
from cf_excel.server.api import api
from cf_excel.server.errors import ApiError
from cf_excel.server.pages import pages
from cf_excel.server.shared import EXTENSION, SharedGenerators

DEFAULTS: dict[str, Any] = {
    "MAX_CONTENT_LENGTH": 20 * 1024 * 1024,  # bytes per request, uploads included
    "MAX_TEXT_CHARS": MAX_TEXT_CHARS,  # the command line's limit too
    "MAX_CELLS": 50_000,
    "MAX_TOP_K": 10,
    "WORKERS": 8,  # generations at once, per target (their forward passes are batched)
    "TIMEOUT_S": 30.0,  # waiting for a slot, and each generation
    "BATCH_WINDOW_S": 0.005,  # how long a forward pass waits for more requests to join it
    "MAX_BATCH": 8,  # requests per forward pass (1: each alone, still one pass at a time)
    "TORCH_THREADS": None,  # torch's threads for the forward passes (None: torch's, one a core)
    "ALLOWED_ORIGIN": "https://localhost:3000",  # the add-in's pages
    "MODEL": None,  # generator name (None: codefusion where shipped, else retrieval)
    "CHECKPOINT": None,  # the CF model's checkpoint folder; Bash and Python use their shipped ones
    # Config overrides of every target's generator (sample_steps, seeds_per_candidate,
    # beam_width, constrained); None: the checkpoints' own settings
    "DECODE": None,
    "DATA_DIR": None,  # where the retrieval baseline finds its training split
    "LOAD_GENERATOR": None,  # a callable(target) -> Generator, instead of the keys above (tests)
}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """The app, configured from DEFAULTS and then `test_config` (the CLI's settings, or a test's
    limits and LOAD_GENERATOR)."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    if test_config is not None:
        app.config.from_mapping(test_config)
    if app.config["MODEL"] not in (None, *GENERATORS):
        raise ValueError(f"unknown MODEL {app.config['MODEL']!r}; available: {GENERATORS}")
    app.extensions[EXTENSION] = SharedGenerators(app.config)
    register_error_handlers(app)
    app.after_request(allow_addin_origin)
    app.register_blueprint(api)
    app.register_blueprint(pages)
    return app


def register_error_handlers(app: Flask) -> None:
    """Every error as JSON with a status and a message; a stack trace only in the log."""

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


def allow_addin_origin(response: Response) -> Response:
    """CORS for the add-in's origin only."""
    origin = current_app.config["ALLOWED_ORIGIN"]
    if request.headers.get("Origin") == origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response
