"""Soak test of the backend over loopback (issue 20): the server as `cf-excel serve` runs it, with
the shipped model, in a child process; `--concurrency` clients send /api/generate for
`--seconds`, then malformed requests drawn at random go to every route of the app
(`cf_excel.server.malformed`).

Reports throughput, p50/p95/p99 latency, errors, the server process's resident memory at the
start, middle and end of the run (after `--warmup` seconds of load, not counted: the allocator
grows to the largest batches first), its CPU use, and the malformed requests answered with a 5xx
or without JSON; writes docs/results/soak.json. Exits 1 when a criterion fails: any error,
memory drift over 5%, under 10 requests/s, p95 over 1 s, any broken answer to a malformed
request.

    .venv/bin/python scripts/soak_server.py [--seconds 600] [--concurrency 8] [--malformed 2000]
        [--torch-threads N] [--max-batch N] [--workers N]
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cf_excel.generators import default_generator
from cf_excel.server.app import create_app
from cf_excel.server.malformed import broken_answer, malformed_requests

HOST = "127.0.0.1"  # loopback only
TARGET_RPS, TARGET_P95_MS, MEMORY_DRIFT = 10.0, 1000.0, 0.05
TEXTS = [
    "highlight overdue rows red",
    "highlight amounts greater than 1000",
    "show duplicate customers",
    "highlight the top 3 amounts",
    "make the whole row light green when Status is Paid",
    "bold amounts over 2500",
    "due dates in the next 7 days in amber",
    "customers containing C3",
]
VALUES = [
    ["Invoice", "Customer", "Amount", "Due Date", "Status"],
    *[
        [f"INV-{i}", f"C{i % 5}", 100.0 * i, f"2026-11-{1 + i % 28:02d}", ("Open", "Paid")[i % 2]]
        for i in range(1, 40)
    ],
]


@dataclass
class Outcome:
    """What the load clients saw: (seconds since start, latency ms, error or None) each."""

    calls: list[tuple[float, float, str | None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, at: float, ms: float, error: str | None) -> None:
        with self.lock:
            self.calls.append((at, ms, error))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0, help="of measured load")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--warmup", type=float, default=60.0, help="seconds of load not counted")
    parser.add_argument("--malformed", type=int, default=2000, help="malformed requests sent")
    parser.add_argument("--seed", type=int, default=0, help="of the malformed requests")
    parser.add_argument("--workers", type=int, help="the app's WORKERS (default: the app's)")
    parser.add_argument("--max-batch", type=int, help="the app's MAX_BATCH")
    parser.add_argument("--torch-threads", type=int, help="the app's TORCH_THREADS")
    parser.add_argument("--out", default="docs/results/soak.json")
    args = parser.parse_args()

    port, config = free_port(), server_config(args)
    server = start_server(port, max(args.concurrency, 4), config)
    try:
        first_ms = wait_until_ready(server, port)
        report = soak(server, port, args)
        report["load"]["first_request_ms"] = round(first_ms, 1)
        report["config"]["server"] = config
    finally:
        stop_server(server)
    report["passed"] = verdicts(report)
    print(json.dumps(report, indent=2))
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if all(report["passed"].values()) else 1


def soak(server: subprocess.Popen[bytes], port: int, args: argparse.Namespace) -> dict[str, Any]:
    """Warm-up, the measured load with memory samples, then the malformed requests."""
    load(port, args.concurrency, args.warmup, Outcome())
    memory: list[tuple[float, float]] = []  # (seconds, RSS MB)
    cpu_before, started = cpu_seconds(server.pid), time.monotonic()
    sampler = threading.Thread(target=sample_rss, args=(server.pid, args.seconds, memory))
    sampler.start()
    outcome = Outcome()
    load(port, args.concurrency, args.seconds, outcome)
    wall = time.monotonic() - started
    cpu = cpu_seconds(server.pid) - cpu_before
    sampler.join()
    return {
        "config": {
            "seconds": args.seconds, "concurrency": args.concurrency, "warmup_s": args.warmup,
            "cpu_count": os.cpu_count(), "texts": len(TEXTS), "table_rows": len(VALUES) - 1,
        },
        "load": load_summary(outcome, wall),
        "memory": memory_summary(memory),
        "server_cpu_cores": round(cpu / wall, 2),  # of os.cpu_count()
        "server_cpu_ms_per_request": round(1000 * cpu / max(1, len(outcome.calls)), 1),
        "malformed": send_malformed(port, args.malformed, args.seed),
        "healthy_after": call(port, "GET", "/api/health", b"", {})[0] == 200,
    }  # fmt: skip


def load(port: int, concurrency: int, seconds: float, outcome: Outcome) -> None:
    """`concurrency` clients, each sending its next request as soon as the last is answered."""
    bodies = [json.dumps({"text": t, "values": VALUES}).encode() for t in TEXTS]
    start = time.monotonic()
    stop = start + seconds

    def client(number: int) -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        sent = number
        while time.monotonic() < stop:
            began = time.monotonic()
            status, reply = post(connection, bodies[sent % len(bodies)])
            good = status == 200 and b'"candidates"' in reply
            error = None if good else f"{status}: {reply[:200]!r}"
            outcome.add(began - start, (time.monotonic() - began) * 1000, error)
            if error:
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=60)
            sent += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def post(connection: http.client.HTTPConnection, body: bytes) -> tuple[int, bytes]:
    """One /api/generate call on a kept-alive connection; status 0 when none came back."""
    try:
        connection.request(
            "POST", "/api/generate", body=body, headers={"Content-Type": "application/json"}
        )
        reply = connection.getresponse()
        return reply.status, reply.read()
    except (OSError, http.client.HTTPException) as error:
        return 0, repr(error).encode()


def load_summary(outcome: Outcome, wall: float) -> dict[str, Any]:
    latencies = sorted(ms for _, ms, _ in outcome.calls)
    errors = [error for _, _, error in outcome.calls if error]
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "throughput_rps": round(len(latencies) / wall, 2),
        **{f"p{q}_ms": round(percentile(latencies, q), 1) for q in (50, 95, 99)},
        "max_ms": round(latencies[-1], 1) if latencies else None,
    }


def percentile(ordered: list[float], q: int) -> float:
    """Nearest-rank percentile of sorted values (NaN when there are none)."""
    if not ordered:
        return math.nan
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def sample_rss(pid: int, seconds: float, samples: list[tuple[float, float]]) -> None:
    """The server's RSS every second of the measured run (start, middle and end included)."""
    start = time.monotonic()
    while (elapsed := time.monotonic() - start) < seconds:
        samples.append((elapsed, rss_mb(pid)))
        time.sleep(min(1.0, max(0.0, seconds - (time.monotonic() - start))))
    samples.append((time.monotonic() - start, rss_mb(pid)))


def memory_summary(samples: list[tuple[float, float]]) -> dict[str, Any]:
    """RSS at the start, middle and end of the run (and every tenth of it), its peak, and the
    drift from start to end."""

    def at(seconds: float) -> float:
        return min(samples, key=lambda sample: abs(sample[0] - seconds))[1]

    start, end = samples[0][1], samples[-1][1]
    return {
        "rss_mb_start": round(start, 1),
        "rss_mb_middle": round(at(samples[-1][0] / 2), 1),
        "rss_mb_end": round(end, 1),
        "rss_mb_peak": round(max(mb for _, mb in samples), 1),
        "drift_pct": round(100 * (end - start) / start, 2),
        "rss_mb_every_tenth": [round(at(samples[-1][0] * i / 10), 1) for i in range(11)],
    }


def send_malformed(port: int, count: int, seed: int) -> dict[str, Any]:
    """Malformed requests (the app's routes and limits, as the server runs them) one by one;
    each answer checked by `broken_answer`."""
    requests = malformed_requests(create_app(), seed, count)
    statuses: Counter[str] = Counter()
    broken: list[str] = []
    for request in requests:
        status, content_type, body = call(
            port, request.method, request.path, request.body, dict(request.headers)
        )
        statuses[str(status)] += 1
        why = broken_answer(request, status, content_type, body) if status else "no answer"
        if why:
            broken.append(f"{request.method} {request.path[:80]} ({request.kind}): {why}")
    return {
        "requests": count,
        "seed": seed,
        "by_status": dict(sorted(statuses.items())),
        "broken": len(broken),
        "broken_samples": broken[:10],
    }


def call(
    port: int, method: str, path: str, body: bytes, headers: dict[str, str]
) -> tuple[int, str, bytes]:
    """One request on a new connection: (status, content type, body); status 0 when the
    server closed the connection without an answer."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        try:
            connection.request(method, path, body=body, headers=headers)
        except OSError:
            if connection.sock is None:
                return 0, "", b""  # not connected
            # else the server may have answered (413) and closed before reading the whole body
        reply = connection.getresponse()
        return reply.status, reply.getheader("Content-Type", ""), reply.read()
    except (OSError, http.client.HTTPException):
        return 0, "", b""
    finally:
        connection.close()


def verdicts(report: dict[str, Any]) -> dict[str, bool]:
    load, memory, malformed = report["load"], report["memory"], report["malformed"]
    return {
        "no_errors": load["errors"] == 0,
        "memory_flat": abs(memory["drift_pct"]) <= 100 * MEMORY_DRIFT,
        "throughput": load["throughput_rps"] >= TARGET_RPS,
        "p95": load["p95_ms"] <= TARGET_P95_MS,
        "malformed_answered_as_json_4xx": malformed["broken"] == 0 and report["healthy_after"],
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def start_server(port: int, threads: int, config: dict[str, Any]) -> subprocess.Popen[bytes]:
    """The server as `cf-excel serve` runs it (the app under cheroot), on loopback, in a child
    process; `config`: create_app's keys."""
    code = (
        "import json, sys; from cf_excel.server.app import create_app; "
        "from cf_excel.server.serving import serve; "
        "serve(create_app(json.loads(sys.argv[1])), sys.argv[2], int(sys.argv[3]), "
        "int(sys.argv[4]), None)"
    )
    argv = [json.dumps(config), HOST, str(port), str(threads)]
    return subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.DEVNULL)


def server_config(args: argparse.Namespace) -> dict[str, Any]:
    """create_app's keys: the default generator (the shipped CodeFusion with the request
    reader, what users get), and the serving settings given as flags."""
    given = {"WORKERS": args.workers, "MAX_BATCH": args.max_batch,
             "TORCH_THREADS": args.torch_threads}  # fmt: skip
    return {"MODEL": default_generator(), **{k: v for k, v in given.items() if v is not None}}


def wait_until_ready(server: subprocess.Popen[bytes], port: int) -> float:
    """Wait for the server to answer, then for its first generation (the model loads; on a
    slow machine past the time budget, so a 503/504 is tried again); its time in ms."""
    deadline = time.monotonic() + 300
    while call(port, "GET", "/api/health", b"", {})[0] != 200:
        if server.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.2)
    body = json.dumps({"text": TEXTS[0], "values": VALUES}).encode()
    headers = {"Content-Type": "application/json"}
    began = time.monotonic()
    while (answer := call(port, "POST", "/api/generate", body, headers))[0] in (503, 504):
        if time.monotonic() > deadline:
            break
    if answer[0] != 200:
        raise SystemExit(f"the first request failed: {answer[0]} {answer[2][:300]!r}")
    return (time.monotonic() - began) * 1000


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """Ctrl+C, as a user stops it; killed if it does not stop."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


if __name__ == "__main__":
    sys.exit(main())
