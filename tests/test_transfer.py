"""Argument transfer: a neighbour's program rewritten with the request's arguments."""

from pathlib import Path

import pytest

from cf_excel.baselines.retrieval import RetrievalModel
from cf_excel.benchmarks.data import Example
from cf_excel.codefusion.consensus import Consensus
from cf_excel.codefusion.transfer import Piece, pieces, transfer
from tests.support import FixedGenerator


def test_the_aligned_words_of_the_request_replace_the_neighbours_arguments() -> None:
    moved = transfer(
        "find /var/log -name '*.gz' -mtime +30 -delete",
        "delete *.gz files under /var/log older than 30 days",
        "delete *.bak files under /srv/backups older than 7 days",
        "bash",
    )
    assert moved.code == "find /srv/backups -name '*.bak' -mtime +7 -delete"
    assert moved.unfilled == 0


def test_an_argument_without_a_counterpart_stays_and_is_counted() -> None:
    moved = transfer("chown nobody /var/www", 'Change the owner of "/var/www" to "nobody"',
                     "make alice own the web folder", "bash")  # fmt: skip
    assert moved.code == "chown nobody /var/www"
    assert moved.unfilled == 2


def test_python_pairs_quoted_literals_in_order_and_marks_another_number_of_them() -> None:
    moved = transfer(
        "all(x == a[0] for x in a)",
        "check if all elements in list `a` are identical",
        "check whether every item of `myList` is the same",
        "python",
    )
    assert moved.code == "all(x == myList[0] for x in myList)"
    assert moved.unfilled == 0
    other = transfer("int(s)", "convert `s` to int", "convert `a` and `b` to int", "python")
    assert other.unfilled == 1 + 2  # `s` has no counterpart; a quoted literal more


def test_a_part_of_a_name_is_not_replaced_nor_a_word_by_one_containing_it() -> None:
    assert transfer("ls data_x x", "list `x`", "list `y`", "python").code == "ls data_x y"
    assert transfer("gunzip *.gz", "unzip gz files", "unzip .gz files", "bash").code == (
        "gunzip *.gz"
    )


def test_only_pieces_of_one_shape_stand_for_each_other() -> None:
    assert [p.shape for p in pieces("copy 'a b' to /tmp 3 times.")] == [
        "word", "quoted", "word", "path", "number", "word"]  # fmt: skip
    assert pieces("(`x`),") == [Piece("x", quoted=True)]
    assert transfer("head -n 5 notes", "show 5 lines of notes", "show ten lines of notes",
                    "bash").code == "head -n 5 notes"  # fmt: skip


def test_the_consensus_answers_with_the_requests_arguments(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # its word table is cached there
    train = [
        Example(1, "count lines in 'a.txt'", "wc -l a.txt"),
        Example(2, "count lines in 'b.log'", "wc -l b.log"),
        Example(3, "count words in 'c.md'", "wc -w c.md"),
    ]
    consensus = Consensus(FixedGenerator({}, target="bash"), RetrievalModel(train, "bash"))
    assert consensus.propose("count lines in 'report.csv'", 1, None)[0].code == "wc -l report.csv"


def test_python_text_put_where_a_name_stood_becomes_a_string_unless_it_is_an_expression() -> None:
    near = "split string `x` on `sep`"
    assert transfer("x.split(sep)", near, "split string `s` on 'a b'", "python").code == (
        "s.split('a b')"
    )
    assert transfer("x.split(sep)", near, "split string `s` on `[1, 2]`", "python").code == (
        "s.split([1, 2])"
    )
    inside = transfer("d.encode('hex')", "encode `d` as 'hex'", "encode `s` as 'utf 8'", "python")
    assert inside.code == "s.encode('utf 8')"


def test_a_python_edit_that_breaks_the_program_is_undone_and_counted() -> None:
    moved = transfer("def f(x): pass", "define `f`", "define `my function`", "python")
    assert moved.code == "def f(x): pass"
    assert moved.unfilled == 1
