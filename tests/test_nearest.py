"""The consensus's neighbours: training requests nearest in meaning (MiniLM embeddings)."""

from pathlib import Path

import pytest
import torch

from cf_excel.benchmarks.data import Example
from cf_excel.codefusion import nearest
from cf_excel.codefusion.nearest import NearestRequests, fingerprint, read_vectors, write_vectors

TRAIN = [
    Example(1, "delete all empty directories under here", "find . -type d -empty -delete"),
    Example(2, "list files sorted by size", "ls -S"),
    Example(3, "show the first ten lines of log.txt", "head log.txt"),
    Example(4, "erase empty dirs below here", "find . -type d -empty -delete"),
]  # fmt: skip


def test_a_request_finds_the_training_request_that_means_the_same_in_other_words() -> None:
    found = NearestRequests(TRAIN, "bash").neighbours("remove empty folders", 3)
    assert found[0].code == "find . -type d -empty -delete"
    assert len({n.code for n in found}) == len(found) == 3  # one neighbour per program
    assert [n.score for n in found] == sorted((n.score for n in found), reverse=True)


def test_python_requests_are_near_for_what_they_ask_not_for_the_names_quoted() -> None:
    train = [
        Example(1, "sort list `cars` by `year`", "cars.sort(key=lambda c: c.year)"),
        Example(2, "count the cars in `garage`", "len(garage)"),
    ]
    found = NearestRequests(train, "python").neighbours("sort list `garage` by `size`", 1)
    assert found[0].code == "cars.sort(key=lambda c: c.year)"


def test_stored_embeddings_are_read_only_for_the_split_they_were_made_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vectors = torch.nn.functional.normalize(torch.randn(4, 384), dim=-1)
    write_vectors(tmp_path / "v.safetensors", vectors, fingerprint(TRAIN))
    read = read_vectors(tmp_path / "v.safetensors", fingerprint(TRAIN))
    assert read is not None and torch.allclose(read, vectors, atol=1e-3)
    assert read_vectors(tmp_path / "v.safetensors", fingerprint(TRAIN[:3])) is None
    assert read_vectors(tmp_path / "missing.safetensors", "key") is None

    monkeypatch.setattr(nearest, "load_examples", lambda target, split, data_dir: TRAIN)
    monkeypatch.setattr(nearest, "SHIPPED", tmp_path / "none")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = NearestRequests.from_benchmark("bash")  # embeds, and caches
    assert nearest.cached_file("bash", fingerprint(TRAIN)).is_file()
    monkeypatch.setattr(nearest, "embeddings", lambda texts: pytest.fail("embedded again"))
    again = NearestRequests.from_benchmark("bash")
    assert torch.allclose(first.vectors, again.vectors, atol=1e-3)
