"""The command line, in-process: generate, apply, eval, coverage, and its error messages."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from cf_excel.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_generate_json(sample_workbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(
        capsys,
        "generate",
        "highlight the top 3 values",
        "--sheet",
        str(sample_workbook),
        "--range",
        "C1:C7",
        "--top-k",
        "3",
        "--model",
        "retrieval",
        "--json",
    )
    assert report["model"] == "retrieval" and report["sheet"] == "Sales"
    assert 1 <= len(report["candidates"]) <= 3
    best = report["candidates"][0]
    assert best["valid"] and best["applies_to"] == ["C2:C7"]
    if best["rule"] == "Top(3)":
        assert best["cells"] == ["C2", "C3", "C5", "C6"]  # 300, 120 and the tied 80s


def test_generate_text(sample_workbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "find duplicate values", "--sheet", str(sample_workbook)]) == 0
    assert capsys.readouterr().out.startswith("1. ")


def test_apply_writes_a_new_workbook(
    sample_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample_workbook.read_bytes()
    out = tmp_path / "out.xlsx"
    args = [
        "apply",
        "highlight the top 3 values",
        "--sheet",
        str(sample_workbook),
        "--range",
        "C1:C7",
        "--out",
        str(out),
        "--model",
        "retrieval",
    ]
    assert main(args) == 0
    assert sample_workbook.read_bytes() == before  # the input is never touched
    sheet = openpyxl.load_workbook(out)["Sales"]
    formats = list(sheet.conditional_formatting)
    assert [str(f.sqref) for f in formats] == ["C2:C7"]
    rule = formats[0].rules[0]
    assert (rule.type, rule.rank) == ("top10", 3)  # Excel's own Top 10 rule, exact here
    assert rule.dxf.fill.bgColor.rgb == "FFFFC7CE"
    assert main(args) == 2  # refuses to overwrite without --force
    assert "exists" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate", "x", "--sheet", "missing.xlsx"], "no such file"),
        (["generate", "x", "--sheet", "{book}", "--sheet-name", "Nope"], "no sheet named 'Nope'"),
        (["generate", "x", "--sheet", "{text}"], "only .xlsx, .xlsm and .csv"),
        (["generate", "x", "--sheet", "{bad}"], "not a readable Excel workbook"),
        (["generate", "x", "--sheet", "{book}", "--range", "C1:"], "not a range like A1:F40"),
        (["generate", "x", "--sheet", "{book}", "--range", "H1:H9"], "no header row"),
    ],
)
def test_bad_sheets_get_clear_errors(
    argv: list[str],
    message: str,
    sample_workbook: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 truncated")
    paths = {
        "book": str(sample_workbook),
        "text": str(tmp_path / "notes.txt"),
        "bad": str(tmp_path / "bad.xlsx"),
    }
    assert main([arg.format(**paths) for arg in argv]) == 2
    assert message in capsys.readouterr().err


def test_csv_sheets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("Name,Score\nAnn,10\nBob,90\n", encoding="utf-8")
    report = run_json(capsys, "generate", "highlight the top value", "--sheet", str(path), "--json")
    assert report["candidates"]


def test_eval_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    report = run_json(
        capsys, "eval", "--benchmark", "cf", "--limit", "10", "--json", "--out", str(out)
    )
    assert report["n"] == 10 and 0 <= report["top5"] <= 1
    assert json.loads(out.read_text(encoding="utf-8")) == report


def test_coverage_json(capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "coverage", "--json")
    assert report["unique_snippets"]["parsed"] == 3496
    assert report["test_gold"]["rejected"] == {
        "empty or placeholder": 2,
        "unbalanced parentheses": 1,
    }


def test_generate_with_a_codefusion_checkpoint(
    sample_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cf_excel.codefusion import checkpoint
    from tests.model_fixtures import tiny_model

    model, vocab, _ = tiny_model()
    checkpoint.save(tmp_path / "ck", model, vocab, {"note": "untrained"})
    report = run_json(
        capsys,
        "generate",
        "highlight sales over 100",
        "--sheet",
        str(sample_workbook),
        "--model",
        "codefusion",
        "--checkpoint",
        str(tmp_path / "ck"),
        "--steps",
        "4",
        "--json",
    )
    assert report["model"] == "codefusion"
    assert all(candidate["valid"] for candidate in report["candidates"])


def test_generate_json_contract(sample_workbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(
        capsys, "generate", "highlight sales over 100 in light green", "--sheet",
        str(sample_workbook), "--model", "retrieval", "--today", "2024-03-15", "--json",
    )  # fmt: skip
    assert set(report) == {"text", "sheet", "range", "model", "steps", "latency_ms", "candidates"}
    assert report["range"] == "A1:E7"
    for candidate in report["candidates"]:
        assert {"rule", "score", "valid", "applies_to", "cells", "format", "excel"} <= set(
            candidate
        )
        assert candidate["format"] == {
            "fill": "#C6EFCE", "font_color": None, "bold": False, "italic": False
        }  # fmt: skip
        rows_then_columns = sorted(candidate["cells"], key=lambda a: (int(a[1:]), a[0]))
        assert candidate["cells"] == rows_then_columns
        assert candidate["excel"]["sqref"].split() == candidate["applies_to"]


def test_generate_sentences(sample_workbook: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["generate", "highlight the top 3 sales", "--sheet", str(sample_workbook)]
    assert main([*argv, "--model", "retrieval", "--top-k", "2"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("1. ") and " → " in first and "match)" in first


def test_apply_in_place_keeps_earlier_rules(
    sample_workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["apply", "highlight the top 3 values", "--sheet", str(sample_workbook)]
    argv += ["--range", "C1:C7", "--model", "retrieval"]
    assert main(argv) == 2 and "--out FILE" in capsys.readouterr().err
    assert main([*argv, "--out", str(sample_workbook)]) == 2
    assert "--in-place" in capsys.readouterr().err
    assert main([*argv, "--in-place"]) == 0
    assert main([*argv, "--in-place", "--fill", "light blue"]) == 0
    sheet = openpyxl.load_workbook(sample_workbook)["Sales"]
    fills = [r.dxf.fill.bgColor.rgb for cf in sheet.conditional_formatting for r in cf.rules]
    assert fills == ["FFFFC7CE", "FFBDD7EE"]


def make_bad_inputs(tmp_path: Path, sample_workbook: Path) -> dict[str, str]:
    (tmp_path / "locked.xlsx").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    (tmp_path / "old.xls").write_bytes(b"\0" * 16)
    header_only = openpyxl.Workbook()
    header_only.active.append(["Name", "Amount"])  # type: ignore[union-attr]
    header_only.save(tmp_path / "empty.xlsx")
    return {
        "book": str(sample_workbook),
        "locked": str(tmp_path / "locked.xlsx"),
        "xls": str(tmp_path / "old.xls"),
        "empty": str(tmp_path / "empty.xlsx"),
        "out": str(tmp_path / "out.xlsx"),
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--sheet", "{locked}"], "password-protected"),
        (["--sheet", "{xls}"], ".xls workbooks are not supported"),
        (["--sheet", "{empty}"], "no data rows"),
        (["--sheet", "{book}", "--range", "A1:B2000000"], "outside the sheet"),
        (["--sheet", "{book}", "--range", "H1:H9"], "the range is empty"),
        (["--sheet", "{book}", "--fill", "blurple"], "unknown colour 'blurple'"),
        (["--sheet", "{book}", "--text", "   "], "the request is empty"),
        (["--sheet", "{book}", "--text", "highlight it in blurple fill"], "unknown colour"),
        (["--sheet", "{book}", "--live"], "needs Microsoft Excel"),
    ],
)
def test_apply_bad_input_writes_nothing(
    argv: list[str],
    message: str,
    sample_workbook: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = make_bad_inputs(tmp_path, sample_workbook)
    text = "highlight the top 3 values"
    if "--text" in argv:
        text = argv.pop(argv.index("--text") + 1)
        argv.remove("--text")
    before = sample_workbook.read_bytes()
    command = ["apply", text, *[a.format(**paths) for a in argv], "--out", paths["out"]]
    assert main([*command, "--model", "retrieval"]) == 2
    assert message in capsys.readouterr().err
    assert not Path(paths["out"]).exists() and sample_workbook.read_bytes() == before


def test_batch(sample_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.csv"
    spec.write_text(
        "sheet,range,text,format\nSales,C1:C7,highlight the top 3 values,light green fill\n"
        "Nope,,find duplicate values,\n,,find duplicate values,bold\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.xlsx"
    argv = ["batch", str(spec), "--sheet", str(sample_workbook), "--out", str(out)]
    assert main([*argv, "--model", "retrieval"]) == 1  # one line failed, the rest applied
    printed = capsys.readouterr().out
    assert "line 2: FAILED" in printed and "no sheet named 'Nope'" in printed
    sheet = openpyxl.load_workbook(out)["Sales"]
    assert len(list(sheet.conditional_formatting)) == 2


def test_batch_folder_in_parallel(
    sample_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    for name in ("a.xlsx", "b.xlsx"):
        (folder / name).write_bytes(sample_workbook.read_bytes())
    spec = tmp_path / "spec.yaml"
    spec.write_text("- text: highlight the top 3 values\n  range: C1:C7\n", encoding="utf-8")
    out = tmp_path / "done"
    argv = ["batch", str(spec), "--sheet", str(folder), "--out", str(out), "--jobs", "2"]
    assert main([*argv, "--model", "retrieval"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.xlsx", "b.xlsx"]
    assert capsys.readouterr().out.count("wrote ") == 2
