"""The add-in's own files: the task pane (`addin/`, shipped as `cf_excel.addin`) and the
manifest at the repository root, served with its URLs pointed at this server.

The manifest names https://localhost:3000, where `cf-excel serve --https` runs by default; a
server started on another host or port hands out a manifest naming itself, so sideloading the
manifest it serves always points Excel back at the server that served it. Office loads add-ins
only over HTTPS, so a plain-http server refuses to hand out a manifest naming http URLs, and
says how to serve one that works.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from flask import Blueprint, Response, redirect, request, send_from_directory

from cf_excel.server.errors import ApiError

ADDIN_DIR = Path(str(resources.files("cf_excel.addin")))
MANIFEST = ADDIN_DIR.parent / "manifest.xml"  # the repository root, in a checkout
MANIFEST_ORIGIN = "https://localhost:3000"

pages = Blueprint("pages", __name__)


@pages.get("/")
def home() -> Response:
    return redirect("/taskpane.html")  # type: ignore[return-value]


@pages.get("/manifest.xml")
def manifest() -> Response:
    if not MANIFEST.is_file():
        raise ApiError(404, "manifest.xml comes with the source checkout; sideload it from there")
    origin = request.host_url.rstrip("/")
    if request.scheme != "https":
        raise ApiError(
            400,
            f"Office loads add-ins only over HTTPS, and this server runs plain http: its manifest "
            f"would point Excel at {origin}/taskpane.html, which Office refuses. Restart it with "
            f"`cf-excel serve --https` (a self-signed certificate for localhost; trust it once, "
            f"see the README) and download https://{request.host}/manifest.xml, or sideload "
            f"manifest.xml from the source checkout (it names {MANIFEST_ORIGIN}).",
        )
    text = MANIFEST.read_text(encoding="utf-8").replace(MANIFEST_ORIGIN, origin)
    return Response(text, mimetype="application/xml")


@pages.get("/<name>")
@pages.get("/assets/<name>", defaults={"folder": "assets"})
def page(name: str, folder: str = "") -> Response:
    """A task pane file (a top-level page or an icon); no Python source."""
    if name.endswith((".py", ".pyc")) or name.startswith("__"):
        raise ApiError(404, f"no page {name!r}")
    return send_from_directory(ADDIN_DIR / folder, name)
