"""How well a command explains its request's words, and the Bash consensus ranking it feeds."""

import math
from pathlib import Path

import pytest

from cf_excel.baselines.retrieval import RetrievalModel
from cf_excel.bash_templates import content_tokens
from cf_excel.benchmarks.data import Example
from cf_excel.codefusion.consensus import Consensus, copied_arguments
from cf_excel.codefusion.explains import WordTranslation, words
from tests.support import FixedGenerator

PAIRS = [
    ("search recursively for 'foo'", "grep -r foo ."),
    ("search for 'bar' in every file recursively", "grep -r bar ."),
    ("search for 'baz' ignoring case", "grep -i baz file"),
    ("case insensitive search for 'qux'", "grep -i qux notes"),
    ("count the lines of 'a.txt'", "wc -l a.txt"),
    ("count lines in 'b.log'", "wc -l b.log"),
]


def test_words_are_stemmed_without_nl2bash_stop_words_or_numbers() -> None:
    found = words("Count the lines in 'a.txt' 3 times")
    assert found == ["count", "line", "in", "a", "txt", "time"]


def test_a_learnt_flag_explains_its_word_better_than_another_flag() -> None:
    table = WordTranslation.learnt(PAIRS, content_tokens)
    asked = "search recursively for 'needle'"
    assert table.explains(asked, "grep -r needle .") > table.explains(asked, "grep -i needle .")
    asked = "search for 'needle' ignoring case"
    assert table.explains(asked, "grep -i needle .") > table.explains(asked, "grep -r needle .")
    assert table.explains("", "grep -r x .") == 0.0


def test_arguments_the_request_says_are_counted_and_utilities_and_flags_are_not() -> None:
    assert copied_arguments("count lines in 'report.csv'", "wc -l report.csv") == 1
    assert copied_arguments("count lines in 'report.csv'", "wc -l notes.txt") == 0
    assert copied_arguments("find files named 'x.py' in /srv", "find /srv -name 'x.py'") == 2
    assert copied_arguments("list the files", "ls -l") == 0  # `ls` and `-l` are not arguments


def test_the_bash_consensus_ranks_best_first_as_shares_of_one_softmax(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # its word table is cached there
    train = [Example(i, request, code) for i, (request, code) in enumerate(PAIRS)]
    consensus = Consensus(FixedGenerator({}, target="bash"), RetrievalModel(train, "bash"))
    first = consensus.propose("search recursively for 'needle'", 3, None)
    assert first[0].code == "grep -r needle ."
    assert [p.score for p in first] == sorted((p.score for p in first), reverse=True)
    assert sum(math.exp(p.score) for p in first) <= 1.0 + 1e-9


def test_the_table_is_learnt_once_per_split_and_read_back_from_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    requests, codes = [r for r, _ in PAIRS], [c for _, c in PAIRS]
    first = WordTranslation.cached(requests, codes, content_tokens)
    assert len(list(tmp_path.rglob("word-translation-*.json"))) == 1
    again = WordTranslation.cached(requests, codes, content_tokens)
    assert again.table == first.table == WordTranslation.learnt(PAIRS, content_tokens).table
    WordTranslation.cached(requests[:-1], codes[:-1], content_tokens)  # another split
    assert len(list(tmp_path.rglob("word-translation-*.json"))) == 2
