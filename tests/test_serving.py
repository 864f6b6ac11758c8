"""`cf-excel serve`: the self-signed certificate, the app answering over real HTTPS, and
concurrent requests sharing CodeFusion's forward passes (`cf_excel.codefusion.batching`)."""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import torch
from cryptography import x509
from flask import Flask

from cf_excel.cli import main
from cf_excel.codefusion import checkpoint
from cf_excel.codefusion.batching import DeadlinePassed, MicroBatcher
from cf_excel.codefusion.generator import CodeFusionGenerator, Sample
from cf_excel.server.app import create_app
from cf_excel.server.certificates import localhost_certificate
from cf_excel.server.serving import make_server
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from tests.support import SALES_GRID, tiny_codefusion


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


@pytest.fixture
def tiny_generator(tmp_path: Path) -> Iterator[CodeFusionGenerator]:
    """An untrained tiny CodeFusion (fixed weights) loaded as the server loads a checkpoint; its
    5 sampling steps clamp through the constrained walk, so batching covers that path too. One
    torch thread: tiny matrices gain nothing from two, and on a busy machine two threads wait
    on each other at every operation (a forward pass took 14 s instead of 0.14 s)."""
    torch.manual_seed(0)
    model, vocab, _ = tiny_codefusion()
    checkpoint.save(tmp_path / "tiny", model, vocab, {"note": "untrained"})
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield CodeFusionGenerator(tmp_path / "tiny")
    torch.set_num_threads(threads)


# Requests of different prompt lengths (so a batch pads), with and without a sheet.
REQUESTS: list[tuple[str, Table | None]] = [
    ("highlight sales greater than 100", table_from_grid(SALES_GRID)),
    ("duplicates", None),
    ("bold quantities over 50", table_from_grid([["Item", "Qty"], ["Pen", 30], ["Ink", 120]])),
]


def test_a_request_alone_and_in_a_batch_gets_the_same_candidates(
    tiny_generator: CodeFusionGenerator,
) -> None:
    """Padding a prompt to the batch's longest changes H's log-probabilities by float rounding
    only: the same rules, in the same order, with the same scores to 1e-4."""
    prompts = [tiny_generator.prompt(text, table) for text, table in REQUESTS]
    assert len({p.ids.shape[1] for p in prompts}) == len(prompts)  # the batch pads
    seeds = tiny_generator.seed_count(2)
    together = tiny_generator.forward([Sample(p, seeds) for p in prompts])
    for (text, table), prompt, in_batch in zip(REQUESTS, prompts, together, strict=True):
        (alone,) = tiny_generator.forward([Sample(prompt, seeds)])
        torch.testing.assert_close(in_batch, alone, rtol=0, atol=1e-4)
        batched = tiny_generator.proposals(in_batch, prompt)
        single = tiny_generator.propose(text, 2, table)
        assert [p.code for p in batched] == [p.code for p in single]
        assert [p.score for p in batched] == pytest.approx([p.score for p in single], abs=1e-4)


def test_concurrent_requests_share_a_forward_pass(
    tiny_generator: CodeFusionGenerator, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    forward = tiny_generator.forward

    def recorded(samples: Sequence[Sample]) -> list[torch.Tensor]:
        sizes.append(len(samples))
        return forward(samples)

    monkeypatch.setattr(tiny_generator, "forward", recorded)
    batched = tiny_generator.batched(window_s=0.5, max_batch=8)
    answers: dict[int, list[str]] = {}
    start = threading.Barrier(len(REQUESTS))

    def ask(number: int) -> None:
        text, table = REQUESTS[number]
        start.wait()
        answers[number] = [p.code for p in batched.propose(text, 2, table)]

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(len(REQUESTS))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(sizes) == len(REQUESTS) and max(sizes) > 1
    for number, (text, table) in enumerate(REQUESTS):
        assert answers[number] == [p.code for p in tiny_generator.propose(text, 2, table)]


def test_the_batcher_runs_what_is_queued_together_and_at_most_max_batch() -> None:
    gate, seen = threading.Event(), []

    def run(jobs: list[int]) -> list[int]:
        gate.wait()
        seen.append(jobs)
        return [job * 10 for job in jobs]

    batcher: MicroBatcher[int, int] = MicroBatcher(run, window_s=0.0, max_batch=2)
    results: dict[int, int] = {}
    threads = [
        threading.Thread(target=lambda n=n: results.update({n: batcher.result(n)}))
        for n in range(5)
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.05)  # the first runs alone (blocked); the others queue behind it
    gate.set()
    for thread in threads:
        thread.join()
    assert results == {n: n * 10 for n in range(5)}
    assert seen[0] == [0] and sorted(job for jobs in seen for job in jobs) == list(range(5))
    assert all(len(jobs) <= 2 for jobs in seen) and len(seen) == 3


def test_a_job_whose_caller_gave_up_is_dropped_and_errors_reach_every_caller() -> None:
    gate, seen = threading.Event(), []

    def run(jobs: list[str]) -> list[str]:
        gate.wait()
        seen.append(jobs)
        if "bad" in jobs:
            raise ValueError("bad job")
        return jobs

    batcher: MicroBatcher[str, str] = MicroBatcher(run, window_s=0.0, max_batch=8)
    first = threading.Thread(target=batcher.result, args=("first",))
    first.start()
    time.sleep(0.05)  # "first" is running, held at the gate
    with pytest.raises(DeadlinePassed):
        batcher.result("late", deadline=time.monotonic() + 0.05)
    gate.set()
    first.join()
    with pytest.raises(ValueError, match="bad job"):
        batcher.result("bad")
    assert seen == [["first"], ["bad"]]  # "late" never ran


def test_decoding_stops_at_the_deadline(tiny_generator: CodeFusionGenerator) -> None:
    text, table = REQUESTS[0]
    prompt = tiny_generator.prompt(text, table)
    (log_probs,) = tiny_generator.forward([Sample(prompt, 3)])
    with pytest.raises(DeadlinePassed):
        tiny_generator.proposals(log_probs, prompt, deadline=time.monotonic() - 1)


def test_a_timed_out_generation_frees_its_worker_at_its_deadline(
    tiny_generator: CodeFusionGenerator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forward pass slower than the budget: the request gets 504 when its budget ends and
    its worker slot comes back then, while the pass finishes on the batcher's own thread."""
    forward, finished = tiny_generator.forward, threading.Event()

    def slow(samples: Sequence[Sample]) -> list[torch.Tensor]:
        time.sleep(1.0)
        try:
            return forward(samples)
        finally:
            finished.set()

    monkeypatch.setattr(tiny_generator, "forward", slow)
    app = create_app(
        {"LOAD_GENERATOR": lambda target: tiny_generator, "WORKERS": 1, "TIMEOUT_S": 0.3}
    )
    values = [["Item", "Amount"], ["Pen", 3000], ["Ink", 30]]
    reply = app.test_client().post("/api/generate", json={"text": "big", "values": values})
    assert reply.status_code == 504 and "longer than 0.3 s" in reply.get_json()["error"]
    slots = app.extensions["cf_excel"]["cf"].slots
    assert slots.acquire(timeout=0.5) and not finished.is_set()  # freed before the pass ends
    assert finished.wait(timeout=10)  # (no torch work left running when the tests end)
