"""The generators a running app shares between its requests: one per target, loaded once on
first use, with a bound on concurrent generations and a time budget for each."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from flask import current_app

from cf_excel.candidates import Generator
from cf_excel.codefusion.config import Target
from cf_excel.generators import ModelUnavailableError, default_generator, load_generator
from cf_excel.server.errors import ApiError

Result = TypeVar("Result")
EXTENSION = "cf_excel"  # app.extensions key of the shared generators


class SharedGenerator:
    """One target's generator, loaded on first use by one thread, then shared; bounded
    concurrency and a time budget per generation."""

    def __init__(self, load: Callable[[], Generator], workers: int, timeout_s: float) -> None:
        self.load, self.timeout_s = load, timeout_s
        self.generator: Generator | None = None
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(workers)
        self.pool = ThreadPoolExecutor(max_workers=workers)

    def get(self) -> Generator:
        with self.lock:
            if self.generator is None:
                try:
                    self.generator = self.load()
                except ModelUnavailableError as error:
                    raise ApiError(503, str(error)) from None
            return self.generator

    def run(self, work: Callable[[Generator], Result]) -> Result:
        if not self.slots.acquire(timeout=self.timeout_s):
            raise ApiError(503, "the server is busy; try again in a moment")
        try:
            future = self.pool.submit(lambda: work(self.get()))
            try:
                return future.result(timeout=self.timeout_s)
            except FutureTimeout:
                raise ApiError(504, f"generation took longer than {self.timeout_s:g} s") from None
        finally:
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
                self.by_target[target] = SharedGenerator(
                    self.loader(target), self.config["WORKERS"], self.config["TIMEOUT_S"]
                )
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
