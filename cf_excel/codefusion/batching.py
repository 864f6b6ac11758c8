"""Micro-batching for a server, and the time budget a request's work checks.

Why (issue 20, measured on 2 cores): a CodeFusion request is E, N, D and H over its k noise
seeds (torch: about 175 core-ms) and then the grammar-constrained decoding of each seed's row
(Python, one core at a time). Run from many request threads at once, forward passes each start
torch's intra-op threads on the same cores and stall one another. A `MicroBatcher` runs every
forward pass on one thread of its own: the requests that arrived while it was busy, or within
`window_s` of the first, go through together (`CodeFusionGenerator.forward` pads their prompts),
and each request's thread then decodes its own rows (`BatchedGenerator`).

A request's `deadline` (time.monotonic()) bounds its work: a job whose caller gave up is dropped
from the queue, and `check_deadline` lets a long loop stop once the budget is spent, so a
timed-out server request does not keep a worker busy.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Generic, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


class DeadlinePassed(TimeoutError):
    """A request's time budget ran out; its remaining work is dropped, not finished."""


def check_deadline(deadline: float | None) -> None:
    """Raise DeadlinePassed once `time.monotonic()` is past `deadline` (None: no budget)."""
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlinePassed("the request's time budget ran out")


class MicroBatcher(Generic[Job, Result]):
    """Jobs submitted from any thread, run `max_batch` at a time by `run` on one worker thread:
    a batch is what was queued when the worker got free, topped up for at most `window_s`."""

    def __init__(
        self, run: Callable[[list[Job]], list[Result]], window_s: float, max_batch: int
    ) -> None:
        self.run, self.window_s, self.max_batch = run, window_s, max_batch
        self.jobs: queue.SimpleQueue[tuple[Job, Future[Result]]] = queue.SimpleQueue()
        self.worker = threading.Thread(target=self.serve, name="cf-excel-batcher", daemon=True)
        self.worker.start()

    def result(self, job: Job, deadline: float | None = None) -> Result:
        """`job`'s result, computed in some batch; DeadlinePassed (and the job dropped, unless
        its batch already started) once `deadline` passes."""
        future: Future[Result] = Future()
        self.jobs.put((job, future))
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            return future.result(timeout=wait)
        except FutureTimeout:
            future.cancel()
            raise DeadlinePassed("the request's time budget ran out in the queue") from None

    def serve(self) -> None:
        while True:
            self.execute(self.collect())

    def collect(self) -> list[tuple[Job, Future[Result]]]:
        """The next batch: wait for one job, then take more until the window closes."""
        batch = [self.jobs.get()]
        closes = time.monotonic() + self.window_s
        while len(batch) < self.max_batch:
            try:
                batch.append(self.jobs.get(timeout=max(0.0, closes - time.monotonic())))
            except queue.Empty:
                break
        return batch

    def execute(self, batch: list[tuple[Job, Future[Result]]]) -> None:
        """Run the batch's live jobs (their callers still wait) and hand out the results; an
        error goes to every caller of the batch, as each would have met it alone."""
        live = [(job, future) for job, future in batch if future.set_running_or_notify_cancel()]
        if not live:
            return
        try:
            results = self.run([job for job, _ in live])
        except Exception as error:  # the callers raise it in their threads
            for _, future in live:
                future.set_exception(error)
            return
        for (_, future), result in zip(live, results, strict=True):
            future.set_result(result)
