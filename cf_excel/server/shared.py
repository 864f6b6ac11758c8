"""The generators a running app shares between its requests: one per target, loaded once on
first use, with a bound on concurrent generations and a time budget for each.

CodeFusion is served through its micro-batcher (`cf_excel.codefusion.batching`): concurrent
requests share one forward pass on one thread instead of each running torch on the same cores.
A generation that runs past its budget answers 504 at once, and its work stops at its next
check of the budget (CodeFusion: before its forward pass, and between the rows it decodes);
work that has no such check (another generator, a given rule's preview, an upload's apply)
runs to its end. Either way it keeps its slot until it ends, so at most `WORKERS` generations
are ever in flight and a stuck one shows as 503s, never as an unbounded queue behind it.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol, TypeVar, runtime_checkable

from flask import current_app

from cf_excel.candidates import Generator
from cf_excel.codefusion.config import Target
from cf_excel.generators import ModelUnavailableError, default_generator, load_generator
from cf_excel.server.errors import ApiError

Result = TypeVar("Result")
EXTENSION = "cf_excel"  # app.extensions key of the shared generators


@runtime_checkable
class Batchable(Protocol):
    """A generator that can batch concurrent requests' forward passes (CodeFusion)."""

    def batched(self, window_s: float, max_batch: int, threads: int | None) -> Generator: ...


@runtime_checkable
class Budgeted(Protocol):
    """A generator that stops a request's work once its deadline (time.monotonic()) passes."""

    def until(self, deadline: float) -> Generator: ...


class SharedGenerator:
    """One target's generator, loaded on first use by one thread, then shared; bounded
    concurrency and a time budget per generation."""

    def __init__(self, load: Callable[[], Generator], config: Mapping[str, Any]) -> None:
        self.load, self.timeout_s = load, float(config["TIMEOUT_S"])
        self.batching = (config["BATCH_WINDOW_S"], config["MAX_BATCH"], config["TORCH_THREADS"])
        self.generator: Generator | None = None
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(config["WORKERS"])
        self.pool = ThreadPoolExecutor(config["WORKERS"], thread_name_prefix="cf-excel-worker")

    def get(self) -> Generator:
        with self.lock:
            if self.generator is None:
                try:
                    generator = self.load()
                except ModelUnavailableError as error:
                    raise ApiError(503, str(error)) from None
                if isinstance(generator, Batchable):
                    generator = generator.batched(*self.batching)
                self.generator = generator
            return self.generator

    def run(self, work: Callable[[Generator], Result]) -> Result:
        """`work` on the generator in a worker thread, within the time budget: 503 when no
        slot frees up in time, 504 when the work runs past its budget."""
        if not self.slots.acquire(timeout=self.timeout_s):
            raise ApiError(503, "the server is busy; try again in a moment")
        deadline = time.monotonic() + self.timeout_s
        try:
            future = self.pool.submit(self.call, work, deadline)
        except BaseException:
            self.slots.release()
            raise
        future.add_done_callback(self.release)
        try:
            return future.result(timeout=self.timeout_s)
        except (FutureTimeout, TimeoutError):  # waiting, or the work's own budget check
            raise ApiError(504, f"generation took longer than {self.timeout_s:g} s") from None

    def call(self, work: Callable[[Generator], Result], deadline: float) -> Result:
        generator = self.get()
        if isinstance(generator, Budgeted):
            generator = generator.until(deadline)
        return work(generator)

    def release(self, _: Future[Any]) -> None:
        """A generation's slot comes back when its work ends, not when its caller gave up."""
        self.slots.release()


class SharedGenerators:
    """The app's generators by target, each created on first request."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config = config
        self.by_target: dict[Target, SharedGenerator] = {}
        self.lock = threading.Lock()

    def __getitem__(self, target: Target) -> SharedGenerator:
        with self.lock:
            if target not in self.by_target:
                self.by_target[target] = SharedGenerator(self.loader(target), self.config)
            return self.by_target[target]

    def loaded(self, target: Target) -> bool:
        shared = self.by_target.get(target)
        return shared is not None and shared.generator is not None

    def loader(self, target: Target) -> Callable[[], Generator]:
        config = self.config
        if config["LOAD_GENERATOR"] is not None:
            return functools.partial(config["LOAD_GENERATOR"], target)
        return functools.partial(
            load_generator,
            config["MODEL"] or default_generator(),
            target,
            config["CHECKPOINT"] if target == "cf" else None,
            config["DECODE"],
            config["DATA_DIR"],
        )


def shared_generators() -> SharedGenerators:
    """The running app's generators (for the api blueprint's routes)."""
    generators: SharedGenerators = current_app.extensions[EXTENSION]
    return generators
