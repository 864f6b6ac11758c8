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

from cf_excel.cli import main
from cf_excel.server.app import create_app
from cf_excel.server.certificates import localhost_certificate
from cf_excel.server.serving import make_server
from tests.test_apply import FixedModel


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


def test_https_end_to_end(tmp_path: Path) -> None:
    tls = localhost_certificate(tmp_path)
    app = create_app(lambda: FixedModel({"big": "GreaterThan(c[1], 100)"}))
    port = free_port()
    server = make_server(app, "127.0.0.1", port, 2, tls)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        context = ssl.create_default_context(cafile=str(tls[0]))
        payload = json.dumps({"text": "big", "values": [["Item", "Qty"], ["Pen", 300]]}).encode()
        call = urllib.request.Request(
            f"https://localhost:{port}/api/generate",
            data=payload,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(call, context=context, timeout=10) as reply:
            body = json.loads(reply.read())
        assert body["candidates"][0]["cells"] == ["B2"]
    finally:
        server.stop()
        thread.join(5)


def test_bad_serve_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--cert", str(tmp_path / "c.pem")]) == 2
    assert "--cert and --key together" in capsys.readouterr().err
    with pytest.raises(FileNotFoundError, match="no such certificate"):
        make_server(create_app(lambda: FixedModel({})), "127.0.0.1", free_port(), 1,
                    (tmp_path / "c.pem", tmp_path / "k.pem"))  # fmt: skip
