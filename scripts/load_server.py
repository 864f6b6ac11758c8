"""Bounded load on the backend over loopback: N requests, C at a time, against the real server
(cheroot) with the shipped model. Prints and writes p50/p95 latency, errors and the process's
memory before and after (docs/results/server-load.json).

    .venv/bin/python scripts/load_server.py [--requests 300] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cf_excel.server.app import create_app
from cf_excel.server.serving import make_server

REQUESTS = [
    "highlight overdue rows red",
    "highlight amounts greater than 1000",
    "show duplicate customers",
    "highlight the top 3 amounts",
]
VALUES = [
    ["Invoice", "Customer", "Amount", "Due Date", "Status"],
    *[
        [f"INV-{i}", f"C{i % 5}", 100.0 * i, f"2026-11-{1 + i % 28:02d}", "Open"]
        for i in range(1, 40)
    ],
]


def rss_mb() -> float:
    """Current resident memory of this process (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--out", default="docs/results/server-load.json")
    args = parser.parse_args()

    app = create_app({"MODEL": "codefusion"})  # as `cf-excel serve` configures it
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = make_server(app, "127.0.0.1", port, args.concurrency, None)
    server.prepare()
    threading.Thread(target=server.serve, daemon=True).start()

    def call(number: int) -> tuple[float, str | None]:
        body = json.dumps({"text": REQUESTS[number % len(REQUESTS)], "values": VALUES}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/generate",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                reply.read()
            error = None
        except (urllib.error.URLError, TimeoutError) as failure:
            error = str(failure)
        return (time.perf_counter() - start) * 1000, error

    _, error = call(0)  # the app loads the model on its first request
    if error is not None:
        raise SystemExit(f"the first request failed: {error}")
    memory_before = rss_mb()
    started = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        results = list(pool.map(call, range(args.requests)))
    wall = time.perf_counter() - started
    memory_after = rss_mb()
    server.stop()
    latencies = sorted(ms for ms, _ in results)
    report = {
        "requests": args.requests,
        "concurrency": args.concurrency,
        "errors": sum(error is not None for _, error in results),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "throughput_rps": round(args.requests / wall, 2),
        "rss_mb_before": round(memory_before, 1),
        "rss_mb_after": round(memory_after, 1),
    }
    print(json.dumps(report, indent=2))
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
