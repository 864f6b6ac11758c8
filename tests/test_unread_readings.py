"""Pools of development requests as the reader read them before they were written: the
readings the learnt order and the calibration are fitted on (scripts/unread_readings.py)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from cf_excel.candidates import Request, generate_candidates
from cf_excel.reading.hybrid import ReadAndGenerate
from cf_excel.reading.reader import Reading, read
from cf_excel.sheets.values import table_from_grid
from scripts.unread_readings import reading_unread, stored_reader
from tests.support import FixedGenerator

TABLE = table_from_grid(
    [["Project", "Owner", "Budget"], ["Atlas", "Kim", 120], ["Borealis", "Ana", 180]]
)
REQUEST = Request("cf", TABLE, dt.date(2026, 12, 1))
OLDER = [Reading("LessThan(c[2], 150)", 0.9)]  # how an older reader read "budget over 150"


def stored(tmp_path: Path) -> Path:
    path = tmp_path / "readings.json.gz"
    readings = [[r.code, r.score] for r in OLDER]
    held = {"text": "budget over 150", "header": list(TABLE.header), "readings": readings}
    path.write_bytes(gzip.compress(json.dumps({"requests": [held]}).encode()))
    return path


def test_the_pool_reads_with_the_reader_it_is_given() -> None:
    older = ReadAndGenerate(FixedGenerator({}), reader=lambda text, table: list(OLDER))
    answers, _ = generate_candidates(older, "budget over 150", REQUEST)
    assert [a.code for a in answers] == ["LessThan(c[2], 150)"]
    today, _ = generate_candidates(ReadAndGenerate(FixedGenerator({})), "budget over 150", REQUEST)
    assert today[0].code == "GreaterThan(c[2], 150)"


def test_stored_readings_stand_in_for_the_readers_own(tmp_path: Path) -> None:
    reader = stored_reader(stored(tmp_path))
    assert reader("budget over 150", TABLE) == OLDER
    other = table_from_grid([["Project", "Budget"], ["Atlas", 120]])  # another header: not held
    assert reader("budget over 150", other) == read("budget over 150", other)
    assert reader("budget under 150", TABLE) == read("budget under 150", TABLE)
    assert stored_reader(tmp_path / "missing.json.gz") is read


def test_only_the_default_generator_reads_unread() -> None:
    model = FixedGenerator({})
    assert reading_unread(model) is model and not hasattr(model, "reader")
    hybrid = reading_unread(ReadAndGenerate(model))
    assert isinstance(hybrid, ReadAndGenerate) and hybrid.reader is not read
    assert reading_unread(ReadAndGenerate(model), current=True).reader is read
