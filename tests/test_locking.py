"""Concurrent writers: a held lock refuses a second writer at once, a stale one is taken over,
the lock goes after success and failure, a workbook saved meanwhile is refused; nothing is
written by a refused run, and of two real processes exactly one applies its rule."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest

from cf_excel.apply import ApplyRequest, RequestError, apply_requests
from cf_excel.cli import main
from cf_excel.excel.locking import WorkbookChangedError, WorkbookLockedError, lock_path
from cf_excel.excel.sheet_rules import remove_our_rules
from tests.support import TODAY, FixedGenerator

BIG = FixedGenerator({"big": "GreaterThan(c[2], 100)"})
ROOT = Path(__file__).resolve().parent.parent


def rule_count(path: Path) -> int:
    book = openpyxl.load_workbook(path)
    return sum(len(cf.rules) for cf in book["Sales"].conditional_formatting)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid  # reaped: no process has it (pids are not reused this soon)


def test_a_held_lock_refuses_a_second_writer(
    sample_workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_workbook.read_bytes()
    lock = lock_path(sample_workbook)
    lock.write_text(f"{os.getppid()} {socket.gethostname()} abcd", encoding="utf-8")
    rule = "GreaterThan(c[2], 100)"
    code = main(["apply", "--sheet", str(sample_workbook), "big", "--rule", rule, "--in-place"])
    error = capsys.readouterr().err
    assert code == 2
    assert f"{sample_workbook} is being changed by another cf-excel" in error
    assert f"process {os.getppid()}" in error and str(lock) in error
    assert sample_workbook.read_bytes() == before and lock.exists()
    assert sorted(p.name for p in sample_workbook.parent.iterdir()) == [lock.name, "sales.xlsx"]


def test_a_stale_lock_is_taken_over_and_the_lock_goes_after_success(
    sample_workbook: Path,
) -> None:
    lock = lock_path(sample_workbook)
    lock.write_text(f"{dead_pid()} {socket.gethostname()} abcd", encoding="utf-8")
    report = apply_requests(BIG, sample_workbook, sample_workbook, [ApplyRequest("big")], TODAY)
    assert report.written == sample_workbook and rule_count(sample_workbook) == 1
    assert not lock.exists()


def test_the_lock_goes_after_a_failure_and_rules_remove_takes_it_too(
    sample_workbook: Path, tmp_path: Path
) -> None:
    with pytest.raises(RequestError):  # no rule for the request: nothing written
        apply_requests(BIG, sample_workbook, sample_workbook, [ApplyRequest("none")], TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["sales.xlsx"]
    apply_requests(BIG, sample_workbook, sample_workbook, [ApplyRequest("big")], TODAY)
    lock = lock_path(sample_workbook)
    lock.write_text(f"{os.getppid()} {socket.gethostname()} abcd", encoding="utf-8")
    with pytest.raises(WorkbookLockedError):
        remove_our_rules(sample_workbook, sample_workbook)
    lock.unlink()
    assert remove_our_rules(sample_workbook, sample_workbook) == 1
    assert rule_count(sample_workbook) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["sales.xlsx"]


def test_a_workbook_saved_meanwhile_is_refused(sample_workbook: Path) -> None:
    before = sample_workbook.read_bytes()

    class SavedByExcel(FixedGenerator):
        def propose(self, utterance, top_k, table):  # type: ignore[no-untyped-def]
            saved = sample_workbook.with_name("excel.tmp")  # as Excel saves: a new file renamed
            saved.write_bytes(before)
            os.replace(saved, sample_workbook)
            return super().propose(utterance, top_k, table)

    generator = SavedByExcel(BIG.rules)
    with pytest.raises(WorkbookChangedError, match="changed while cf-excel worked on it"):
        apply_requests(generator, sample_workbook, sample_workbook, [ApplyRequest("big")], TODAY)
    assert sample_workbook.read_bytes() == before
    assert [p.name for p in sample_workbook.parent.iterdir()] == ["sales.xlsx"]


# A child process: the fixed generator inline (tests.support imports torch: seconds per child).
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from cf_excel.apply import ApplyRequest, apply_requests
    from cf_excel.candidates import Proposal
    from cf_excel.sheets.workbook import SheetError

    class Slow:
        name, target, scores, constrained, steps = "fixed", "cf", "log_prob", True, None
        def propose(self, utterance, top_k, table):
            time.sleep(float(sys.argv[2]))
            return [Proposal("GreaterThan(c[2], 100)", 0.0)]

    book = Path(sys.argv[1])
    try:
        apply_requests(Slow(), book, book, [ApplyRequest("big")])
    except SheetError as error:
        print(error)
        sys.exit(2)
""")


def test_two_processes_in_place_exactly_one_applies(sample_workbook: Path) -> None:
    def start(delay: float) -> subprocess.Popen[str]:
        command = [sys.executable, "-c", CHILD, str(sample_workbook), str(delay)]
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)

    slow = start(1.0)
    deadline = time.monotonic() + 20
    while not lock_path(sample_workbook).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    fast = start(0.0)
    fast_out, _ = fast.communicate(timeout=30)
    slow_out, _ = slow.communicate(timeout=30)
    assert (slow.returncode, fast.returncode) == (0, 2), (slow_out, fast_out)
    assert "is being changed by another cf-excel" in fast_out
    assert rule_count(sample_workbook) == 1
    assert [p.name for p in sample_workbook.parent.iterdir()] == ["sales.xlsx"]
