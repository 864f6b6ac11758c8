"""Benchmark loaders: counts, quirks, where files come from, and failing clearly offline."""

from __future__ import annotations

import hashlib
import io
import urllib.request
from pathlib import Path

import pytest

from cf_excel.benchmarks import data
from cf_excel.benchmarks.data import DataUnavailableError, data_file, load_examples, load_snippets


@pytest.mark.parametrize(
    ("benchmark", "train", "test", "in_train"),
    [
        ("cf", 712, 178, 16),
        ("bash", 10085, 2522, 747),
        ("python", 2379, 500, 5),
    ],
)
def test_split_sizes_and_overlap(
    data_dir: Path, benchmark: data.Benchmark, train: int, test: int, in_train: int
) -> None:
    assert len(load_examples(benchmark, "train", data_dir)) == train
    examples = load_examples(benchmark, "test", data_dir)
    assert len(examples) == test
    assert sum(e.in_train for e in examples) == in_train


def test_cf_items_keep_their_tables(data_dir: Path) -> None:
    examples = load_examples("cf", "test", data_dir)
    assert sum(e.has_data_rows for e in examples) == 118
    assert all(e.table and e.table[0] for e in examples)


def test_python_null_utterances_become_empty_strings(data_dir: Path) -> None:
    examples = load_examples("python", "train", data_dir) + load_examples(
        "python", "test", data_dir
    )
    assert all(isinstance(e.utterance, str) for e in examples)
    assert sum(not e.utterance for e in examples) == 102  # null upstream: kept, with ""


def test_snippets(data_dir: Path) -> None:
    assert len(load_snippets("cf", data_dir)) == 226468
    assert len(load_snippets("cf", data_dir, unique=True)) == 3498
    with pytest.raises(DataUnavailableError, match="python"):
        load_snippets("python", data_dir)


def test_environment_variable_and_explicit_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "BashSnippets.txt").write_text("ls -l\n\nls -a\nls -l\n", encoding="utf-8")
    monkeypatch.setenv("CF_EXCEL_DATA", str(tmp_path))
    assert data_file("BashSnippets.txt") == tmp_path / "BashSnippets.txt"
    assert load_snippets("bash", unique=True) == ["ls -l", "ls -a"]
    assert data_file("BashSnippets.txt", tmp_path) == tmp_path / "BashSnippets.txt"
    with pytest.raises(DataUnavailableError, match="not in the data directory"):
        data_file("CFRuleBenchmarks.json", tmp_path)


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No local copies anywhere: only the (empty) cache is left."""
    cache = tmp_path / "cache"
    monkeypatch.delenv("CF_EXCEL_DATA", raising=False)
    monkeypatch.setattr(data, "candidate_dirs", lambda explicit: [cache])
    monkeypatch.setattr(data, "default_cache_dir", lambda: cache)
    return cache


def test_offline_and_missing_is_a_clear_error(
    nowhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise OSError("network is unreachable")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(DataUnavailableError, match="CF_EXCEL_DATA"):
        data_file("BashSnippets.txt")
    assert not nowhere.exists()


def test_download_checks_sha256_and_caches(nowhere: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = b"ls\n"
    monkeypatch.setitem(
        data.FILES, "BashSnippets.txt", ("x.txt", hashlib.sha256(payload).hexdigest())
    )
    monkeypatch.setattr(urllib.request, "urlopen", lambda url, timeout: io.BytesIO(payload))
    assert data_file("BashSnippets.txt").read_bytes() == payload
    assert (nowhere / "BashSnippets.txt").is_file()


def test_download_with_wrong_hash_is_refused(
    nowhere: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(urllib.request, "urlopen", lambda url, timeout: io.BytesIO(b"tampered"))
    with pytest.raises(DataUnavailableError, match="sha256"):
        data_file("BashSnippets.txt")
    assert not (nowhere / "BashSnippets.txt").exists()
