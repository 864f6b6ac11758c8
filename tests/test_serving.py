"""`cf-excel serve`: the self-signed certificate, and the app answering over real HTTPS."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from flask import Flask

from cf_excel.cli import main
from cf_excel.server.certificates import localhost_certificate
from cf_excel.server.serving import make_server


def test_certificate_is_made_once_for_localhost(tmp_path: Path) -> None:
    cert, key = localhost_certificate(tmp_path)
    first = cert.read_bytes()
    assert localhost_certificate(tmp_path) == (cert, key) and cert.read_bytes() == first
    names = x509.load_pem_x509_certificate(first).extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    )
    assert "localhost" in names.value.get_values_for_type(x509.DNSName)
    assert key.stat().st_mode & 0o777 == 0o600


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_https_end_to_end(app: Flask, tmp_path: Path) -> None:
    tls = localhost_certificate(tmp_path)
    port = free_port()
    server = make_server(app, "127.0.0.1", port, 2, tls)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        context = ssl.create_default_context(cafile=str(tls[0]))
        values = [["Item", "Customer", "Amount"], ["Pen", "Acme", 3000], ["Ink", "Bolt", 30]]
        payload = json.dumps({"text": "big", "values": values}).encode()
        call = urllib.request.Request(
            f"https://localhost:{port}/api/generate",
            data=payload,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(call, context=context, timeout=10) as reply:
            body = json.loads(reply.read())
        assert [c["cells"] for c in body["candidates"]] == [["C2"]]
    finally:
        server.stop()
        thread.join(5)


def test_bad_serve_options(app: Flask, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--cert", str(tmp_path / "c.pem")]) == 2
    assert "--cert and --key together" in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="no such certificate"):
        make_server(app, "127.0.0.1", free_port(), 1, (tmp_path / "c.pem", tmp_path / "k.pem"))


def test_serve_passes_its_flags_as_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """`cf-excel serve`'s model flags become the app's MODEL, CHECKPOINT, DECODE and DATA_DIR;
    the limits keep their defaults. Nothing is loaded before the first request."""
    served: list[tuple[Flask, str, int, int, object]] = []
    monkeypatch.setattr("cf_excel.server.serving.serve", lambda *args: served.append(args))
    argv = ["--data-dir", "data", "serve", "--model", "retrieval", "--checkpoint", "ck"]
    assert main([*argv, "--steps", "8", "--unconstrained", "--port", "8123"]) == 0
    ((app, host, port, _threads, tls),) = served
    assert (host, port, tls) == ("127.0.0.1", 8123, None)
    config = {key: app.config[key] for key in ("MODEL", "CHECKPOINT", "DECODE", "DATA_DIR")}
    assert config == {
        "MODEL": "retrieval",
        "CHECKPOINT": "ck",
        "DECODE": {"sample_steps": 8, "constrained": False},
        "DATA_DIR": "data",
    }
    assert (app.config["LOAD_GENERATOR"], app.config["MAX_TEXT_CHARS"]) == (None, 500)
    assert not app.extensions["cf_excel"].loaded("cf")
