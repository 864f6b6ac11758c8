"""Run the app under cheroot, a production WSGI server that also speaks TLS (Office only loads
add-ins over HTTPS)."""

from __future__ import annotations

from pathlib import Path

from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from flask import Flask


def make_server(
    app: Flask, host: str, port: int, threads: int, tls: tuple[Path, Path] | None
) -> wsgi.Server:
    """A server bound to (host, port); HTTPS when `tls` gives (certificate, key) files."""
    for path in tls or ():
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such certificate or key file")
    server = wsgi.Server((host, port), app, numthreads=threads)
    if tls:
        server.ssl_adapter = BuiltinSSLAdapter(str(tls[0]), str(tls[1]))
    return server


def serve(app: Flask, host: str, port: int, threads: int, tls: tuple[Path, Path] | None) -> None:
    server = make_server(app, host, port, threads, tls)
    scheme = "https" if tls else "http"
    print(f"cf-excel serving on {scheme}://{host}:{port} (Ctrl+C stops)")
    try:
        server.start()
    except KeyboardInterrupt:
        server.stop()
