"""The package fuzzer: its mutators do what they say, deterministically, and a fixed-seed sample
of cases through `cf-excel apply --rule` ends each one refused cleanly or applied with an
output openpyxl (and LibreOffice, where installed) opens; scripts/fuzz_packages.py runs the
thousand-case version."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from cf_excel.reliability.fuzz import MUTATORS, Case, changed_parts, fuzz, masked, run_case
from cf_excel.reliability.libreoffice import SOFFICE
from cf_excel.reliability.mutators import Mutation, entries, packed
from cf_excel.reliability.seeds import Seed, build_seeds
from cf_excel.reliability.xml_mutators import huge_ranges


@pytest.fixture(scope="module")
def seeds() -> list[Seed]:
    """The LibreOffice-built seeds too where soffice is installed."""
    return build_seeds(libreoffice=SOFFICE is not None)


def names(package: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return archive.namelist()


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_each_mutator_is_deterministic_and_says_what_it_did(name: str, seeds: list[Seed]) -> None:
    first, again = (MUTATORS[name](random.Random(7), seeds[0].data) for _ in range(2))
    assert first == again and first.detail
    assert first.data != seeds[0].data or name == "attribute values"


def test_zip_mutators(seeds: list[Seed]) -> None:
    package = seeds[0].data
    rng = random.Random(3)
    assert len(MUTATORS["truncation"](rng, package).data) < len(package)
    doubled = names(MUTATORS["duplicate entry"](rng, package).data)
    assert len(doubled) == len(set(doubled)) + 1
    shuffled = MUTATORS["reordered entries"](rng, package).data
    assert sorted(names(shuffled)) == sorted(names(package))
    assert len(names(MUTATORS["missing part"](rng, package).data)) == len(names(package)) - 1


def test_packed_keeps_entries_and_their_compression(seeds: list[Seed]) -> None:
    items = entries(seeds[0].data)
    again = entries(packed(items))
    assert [(i.filename, i.compress_type, d) for i, d in again] == [
        (i.filename, i.compress_type, d) for i, d in items
    ]


def test_a_refusal_is_one_line_and_writes_nothing(seeds: list[Seed], tmp_path: Path) -> None:
    """The weak spot: a merge as large as the sheet is refused before openpyxl expands it."""
    rng = random.Random(0)
    mutation = huge_ranges(rng, seeds[0].data)
    while "merge over A1:XFD1048576" not in mutation.detail:
        mutation = huge_ranges(rng, seeds[0].data)
    outcome = run_case(Case(0, seeds[0], "huge ranges", mutation), tmp_path)
    assert outcome.kind == "refused", outcome
    assert "merged cells over A1:XFD1048576" in outcome.message
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["input-0.xlsx", "out"]


def test_an_applied_case_changes_only_the_sheet_and_styles(
    seeds: list[Seed], tmp_path: Path
) -> None:
    outcome = run_case(Case(1, seeds[0], "none", Mutation(seeds[0].data, "unchanged")), tmp_path)
    assert outcome.kind == "applied" and outcome.output is not None
    assert changed_parts(seeds[0].data, outcome.output.read_bytes()) is None
    assert changed_parts(seeds[0].data, seeds[1].data) is not None


def test_masked_refusals_count_alike() -> None:
    assert masked("/tmp/x/input-12.xlsx: 1,234 bytes") == "<workbook>: N bytes"


def test_a_fixed_sample_has_no_crash_and_no_unopenable_output(
    seeds: list[Seed], tmp_path: Path
) -> None:
    """Two cases per mutator; LibreOffice opens every applied output where it is installed."""
    report = fuzz(seeds, 2 * len(MUTATORS), seed=20, folder=tmp_path)
    result = report.as_json()
    assert result["failures"] == []
    assert (result["crashes"], result["unopenable"], result["violations"]) == (0, 0, 0)
    assert result["refused"] and result["applied"]
    assert result["refused"] + result["applied"] == 2 * len(MUTATORS)
    if SOFFICE is not None:
        assert result["libreoffice_opened"] == result["applied"]
    assert not list(tmp_path.glob("case-*"))
