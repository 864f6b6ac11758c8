"""The command line, in-process: generate, apply, eval, coverage, and its error messages; how
sure it is of each answer, and exit 3 with the closest answers (nothing written) when not sure."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import torch

from cf_excel.cli import main
from cf_excel.codefusion.confidence import Calibration
from cf_excel.server.app import create_app
from tests.support import FixedGenerator, bash_reply, listing, stacked_workbook, tiny_codefusion

# The fixed generator's rules for the sales table (Region is c[1], Sales c[2]), proposed in
# this order: the invalid one first, so tests see ranking put valid rules first.
SALES_RULES = {
    "bad": "Oops((",
    "dup": "Duplicates(c[1])",
    "big": "GreaterThan(c[2], 100)",
    "top": "Top(c[2], 3)",
    "late": "BeforeToday(c[3])",
    "list": "ls -la",
    "broken": "if then",
}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """Every command's generator is the fixed one with SALES_RULES (for the asked target); the
    list records each load's (name, target, checkpoint, decode, data_dir)."""
    calls: list[tuple[object, ...]] = []

    def load_generator(*args: Any) -> FixedGenerator:
        calls.append(args)
        return sales_generator(args[1])

    monkeypatch.setattr("cf_excel.arguments.load_generator", load_generator)
    return calls


def test_generate_json(
    sample_workbook: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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
    assert [c["rule"] for c in report["candidates"]] == ["Top(3)", "Top(1)"]
    best = report["candidates"][0]
    assert best["valid"] and best["applies_to"] == ["C2:C7"]
    assert best["cells"] == ["C2", "C3", "C5", "C6"]  # 300, 120 and the tied 80s


def test_generate_text(
    sample_workbook: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid rules first, each with its sentence and code; an invalid one with the parser's
    message (the fixed generator proposes it first)."""
    argv = ["generate", "bad dup big", "--sheet", str(sample_workbook), "--today", "2024-03-15"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == [  # the fixed generator's 3 proposals: a third of the samples each
        "1. Region is a duplicate → dark red text on light red fill (2 rows match)  (33% sure)",
        "   Duplicates(c[1])  (score 0.00)",
        "2. Sales is greater than 100 → dark red text on light red fill (2 rows match)  (33% sure)",
        "   GreaterThan(c[2], 100)  (score 0.00)",
    ]
    assert lines[4:] == ["3. Oops((  (invalid: not a CF rule (unbalanced parentheses): 'Oops((')"]


def test_generate_programs(
    loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Bash needs no sheet; each command with whether Bash's parser accepts it."""
    assert main(["generate", "broken list", "--target", "bash", "--top-k", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. ls -la",
        "   (parses; score 0.00)",
        "2. if then",
        "   (does not parse; score 0.00)",
    ]
    assert loads[0][1] == "bash"
    report = run_json(capsys, "generate", "list", "--target", "bash", "--json")
    assert report == bash_reply("list", report["latency_ms"], listing())


def test_decode_flags_reach_the_loader(
    sample_workbook: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "big", "--sheet", str(sample_workbook), "--model", "codefusion"]
    argv += ["--checkpoint", "ck", "--steps", "4", "--seeds", "2", "--beam-width", "3"]
    assert main(["--data-dir", "data", *argv, "--unconstrained"]) == 0
    assert main(argv) == 0
    decode = {"sample_steps": 4, "seeds_per_candidate": 2, "beam_width": 3}
    assert loads == [
        ("codefusion", "cf", "ck", decode | {"constrained": False}, "data"),
        ("codefusion", "cf", "ck", decode, None),
    ]


def test_apply_writes_a_new_workbook(
    sample_workbook: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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
        (["generate", "x", "--sheet", "{bad}"], "not a readable workbook package"),
        (["generate", "x", "--sheet", "{book}", "--range", "C1:"], "not a cell range like A1:F40"),
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


def test_csv_sheets(
    tmp_path: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sales.csv"
    path.write_text("Region,Rep,Sales\nNorth,Ann,10\nSouth,Bob,190\nNorth,Cy,300\n")
    report = run_json(capsys, "generate", "big dup", "--sheet", str(path), "--json")
    assert (report["sheet"], report["range"]) == ("sales", "A1:C4")
    assert [(c["rule"], c["cells"]) for c in report["candidates"]] == [
        ("GreaterThan(c[2], 100)", ["C3", "C4"]),
        ("Duplicates(c[1])", []),  # the reps all differ: ranked after a rule that formats cells
    ]


def test_eval_json(data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    report = run_json(
        capsys, "eval", "--benchmark", "cf", "--limit", "10", "--model", "retrieval",
        "--json", "--out", str(out),
    )  # fmt: skip
    assert (report["benchmark"], report["model"], report["n"]) == ("cf", "retrieval", 10)
    scores = [report[k] for k in ("top1", "top3", "top5", "syntax_valid")]
    assert scores == [0.0, 0.1, 0.1, 1.0]
    assert json.loads(out.read_text(encoding="utf-8")) == report


def test_eval_text_shows_every_view(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bash's text report has template accuracy, Template Match and exact match, on all items
    and on both train subsets; CF's its data-row, header-only and literal views."""
    assert main(["eval", "--benchmark", "bash", "--limit", "8", "--model", "retrieval"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("bash / retrieval: n=")
    assert all(f" {metric}top5=" in lines[0] for metric in ("", "tm_", "exact_"))
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["in train", "not in train"]
    assert main(["eval", "--benchmark", "cf", "--limit", "4", "--model", "retrieval"]) == 0
    views = [line.split(":")[0].strip() for line in capsys.readouterr().out.splitlines()[1:]]
    assert {"with data rows", "header only", "executed literally"} <= set(views)


def test_coverage_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "coverage", "--json")
    assert report["unique_snippets"]["parsed"] == 3496
    assert report["test_gold"]["rejected"] == {
        "empty or placeholder": 2,
        "unbalanced parentheses": 1,
    }


def test_generate_with_a_codefusion_checkpoint(
    sample_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An untrained tiny checkpoint still answers with rules the grammar accepts (seeded: some
    random weights lead the constrained beam to no complete rule at all)."""
    from cf_excel.codefusion import checkpoint

    torch.manual_seed(0)
    model, vocab, _ = tiny_codefusion()
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
    assert (report["model"], report["steps"]) == ("codefusion", 4)
    assert report["candidates"]
    assert all(candidate["valid"] for candidate in report["candidates"])


def test_generate_json_contract(
    sample_workbook: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run_json(
        capsys, "generate", "highlight sales over 100 in light green", "--sheet",
        str(sample_workbook), "--model", "retrieval", "--today", "2024-03-15", "--json",
    )  # fmt: skip
    assert list(report) == [
        "text", "target", "range", "header", "sheet", "tables", "model", "steps", "latency_ms",
        "abstained", "reason", "why", "threshold", "candidates",
    ]  # fmt: skip
    assert report["range"] == "A1:E7" and report["target"] == "cf"
    assert report["header"] == ["Product", "Region", "Sales", "Due", "Score"]
    assert len(report["candidates"]) == 4
    for candidate in report["candidates"]:
        assert list(candidate) == [
            "rule", "score", "confidence", "valid", "error", "description", "sentence",
            "applies_to", "cells", "rows", "format", "excel", "officejs", "warnings",
        ]  # fmt: skip
        assert candidate["format"] == {
            "fill": "#C6EFCE", "font_color": None, "bold": False, "italic": False
        }  # fmt: skip
        rows_then_columns = sorted(candidate["cells"], key=lambda a: (int(a[1:]), a[0]))
        assert candidate["cells"] == rows_then_columns
        assert candidate["excel"]["sqref"].split() == candidate["applies_to"]


def test_generate_sentences(
    sample_workbook: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "highlight the top 3 sales", "--sheet", str(sample_workbook)]
    assert main([*argv, "--model", "retrieval", "--top-k", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. the cell is in the top 3 → dark red text on light red fill (3 rows match)  (25% sure)",
        "   Top(3)  (score 0.25)",
        "2. the cell is in the top 1 → dark red text on light red fill (1 row matches)  (23% sure)",
        "   Top(1)  (score 0.23)",
    ]


def test_generate_json_is_the_apis_reply(
    sample_workbook: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`generate --json` and /api/generate answer the same request with the same generator in
    the same words (the server sees the sheet as the standalone page sends it); only the
    latency and the sheet's name (the CLI's) differ. Likewise for Bash."""
    text = "big dup bad late in light green"
    argv = ["generate", text, "--sheet", str(sample_workbook), "--today", "2024-03-15"]
    cli = run_json(capsys, *argv, "--json")
    client = create_app({"LOAD_GENERATOR": sales_generator}).test_client()
    upload = {"workbook": (io.BytesIO(sample_workbook.read_bytes()), "sales.xlsx")}
    selection = client.post("/api/read-xlsx", data=upload).get_json()
    payload = {key: selection[key] for key in ("values", "address", "number_formats")}
    asked = {"text": text, "today": "2024-03-15", **payload}
    api = client.post("/api/generate", json=asked).get_json()
    assert cli.pop("sheet") == "Sales" and "sheet" not in api
    cli["latency_ms"] = api["latency_ms"] = 0
    rules = ["Duplicates(c[1])", "GreaterThan(c[2], 100)", "BeforeToday(c[3])", "Oops(("]
    assert [c["rule"] for c in cli["candidates"]] == rules
    assert cli["candidates"][2]["cells"] == ["D2", "D3", "D5"]  # the dates before 2024-03-15
    assert api == cli
    bash = run_json(capsys, "generate", "broken list", "--target", "bash", "--json")
    api = client.post("/api/generate", json={"text": "broken list", "target": "bash"}).get_json()
    bash["latency_ms"] = api["latency_ms"] = 0
    assert api == bash


def sales_generator(target: Any) -> FixedGenerator:
    return FixedGenerator(dict(SALES_RULES), target=target)


def test_apply_in_place_keeps_earlier_rules(
    sample_workbook: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
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
    header_only.active.append(["Name", "Amount"])
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
    loads: list[tuple[object, ...]],
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
    assert main(command) == 2
    assert message in capsys.readouterr().err
    assert not Path(paths["out"]).exists() and sample_workbook.read_bytes() == before


def test_batch(
    sample_workbook: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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
    sample_workbook: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pick", "99"], "--pick 99: pick a number from 1 to 10"),
        (["--sheet-name", "Nope"], "Nope"),
    ],
)
def test_apply_refuses_bad_input_before_the_model_loads(
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "out.xlsx"
    argv = ["apply", "big sales", "--sheet", str(sample_workbook), "--out", str(out), *extra]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert loads == [] and not out.exists()


def test_apply_refuses_a_corrupt_workbook_before_the_model_loads(
    tmp_path: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"not a zip")
    assert main(["apply", "big", "--sheet", str(corrupt), "--out", str(tmp_path / "o.xlsx")]) == 2
    assert "not a readable workbook package" in capsys.readouterr().err
    assert loads == []


def text_dated_workbook(path: Path) -> Path:
    """The sales columns with two due dates and an amount stored as text, as an import leaves
    them (Due is c[3], Sales c[2])."""
    import datetime as dt

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (
        ["Product", "Region", "Sales", "Due", "Score"],
        ["Apple", "North", 120, dt.date(2024, 3, 14), 10],
        ["Pear", "South", 80, "13/03/2024", 20],
        ["Fig", "East", "150", "20/03/2024", 5],
    ):
        sheet.append(row)
    workbook.save(path)
    return path


TEXT_DATES_WARNING = (
    "2 dates in Due are text, so this rule cannot colour them: convert them to dates "
    "(Data ▸ Text to Columns) or retype them"
)


def test_generate_previews_what_excel_formats_and_warns_about_text_dates(
    tmp_path: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: the written rule skips due dates stored as text, so the preview does too, and
    the user is told why, under the sentence and in the JSON reply."""
    book = str(text_dated_workbook(tmp_path / "imported.xlsx"))
    argv = ["generate", "late", "--sheet", book, "--today", "2024-03-15"]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. Due is before today → dark red text on light red fill (1 row matches)  (99% sure)",
        f"   warning: {TEXT_DATES_WARNING}",
        "   BeforeToday(c[3])  (score 0.00)",
    ]
    (late,) = run_json(capsys, *argv, "--json")["candidates"]
    assert (late["cells"], late["warnings"]) == (["D2"], [TEXT_DATES_WARNING])
    (big,) = run_json(capsys, "generate", "big", "--sheet", book, "--json")["candidates"]
    assert big["cells"] == ["C2"] and big["warnings"] == [
        "1 number in Sales is text, so this rule cannot colour it: convert it to a number "
        "(the cell's warning triangle ▸ Convert to Number)"
    ]
    (dup,) = run_json(capsys, "generate", "dup", "--sheet", book, "--json")["candidates"]
    assert dup["warnings"] == []


def test_apply_warns_about_text_dates_under_its_sentence(
    tmp_path: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    book = str(text_dated_workbook(tmp_path / "imported.xlsx"))
    out = tmp_path / "out.xlsx"
    argv = ["apply", "late", "--sheet", book, "--out", str(out), "--today", "2024-03-15"]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Due is before today → dark red text on light red fill (1 row matches)  (99% sure)",
        f"   warning: {TEXT_DATES_WARNING}",
        f"wrote {out} (expression rule on D2:D4)",
    ]


@pytest.mark.parametrize("command", ["generate", "apply"])
def test_a_request_past_the_shared_limit_is_refused_before_anything_loads(
    command: str,
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """One limit for the command line and the server: a 10,000-character request is refused
    (exit 2) before the sheet is read or the model loads, and nothing is written."""
    from cf_excel.apply import MAX_TEXT_CHARS

    out = tmp_path / "out.xlsx"
    argv = [command, "x" * 10_000, "--sheet", str(tmp_path / "not-read.xlsx")]
    assert main([*argv, *(["--out", str(out)] if command == "apply" else [])]) == 2
    assert capsys.readouterr().err == (
        f"cf-excel: the request is 10,000 characters long; the limit is {MAX_TEXT_CHARS}\n"
    )
    assert loads == [] and not out.exists()
    assert create_app().config["MAX_TEXT_CHARS"] == MAX_TEXT_CHARS == 500


def test_apply_a_pasted_excel_formula_without_the_model(
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`=$D2<TODAY()` as people paste it: written for A2, the top-left data cell; its column is
    anchored, so it formats whole rows, previewed as a sentence, and written as it was pasted."""
    out = tmp_path / "out.xlsx"
    argv = ["apply", "in light green", "--rule", "=$D2<TODAY()", "--sheet", str(sample_workbook)]
    assert main([*argv, "--today", "2024-03-15", "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "rows where formula =$D2<TODAY() holds → light green fill (3 rows match)",
        f"wrote {out} (expression rule on A2:E7)",
    ]
    assert loads == []  # a given rule needs no model
    sheet = openpyxl.load_workbook(out)["Sales"]
    (formats,) = list(sheet.conditional_formatting)
    assert str(formats.sqref) == "A2:E7" and formats.rules[0].formula == ["$D2<TODAY()"]
    assert formats.rules[0].dxf.fill.bgColor.rgb == "FFC6EFCE"


def test_generate_previews_a_given_rule(
    sample_workbook: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--rule", "GreaterThan(c[2], 100)", "--sheet", str(sample_workbook)]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. Sales is greater than 100 → dark red text on light red fill (2 rows match)",
        "   GreaterThan(c[2], 100)",
        "   in Excel: expression rule on C2:C7: =IF(ISNUMBER($C2),$C2>100,FALSE())",
    ]
    report = run_json(capsys, *argv, "--rule", "=$D2<TODAY()", "--today", "2024-03-15", "--json")
    (given,) = report["candidates"]
    assert (report["model"], given["rule"], given["rows"]) == (None, "Rows($D2<TODAY())", 3)
    assert given["cells"][:5] == ["A2", "B2", "C2", "D2", "E2"] and len(given["cells"]) == 15
    assert loads == []


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            "GreaterThan(c[40], 3)",
            "cf-excel: the rule 'GreaterThan(c[40], 3)' does not fit this table: it names column "
            "c[40], but the table has 5 columns, c[0] to c[4]: Product, Region, Sales, Due, Score",
        ),
        (
            "=$D2<",
            "cf-excel: the rule '=$D2<' does not parse: unexpected end of rule; expected '(', "
            "'+' or '-', a cell reference like $A2, a number, a quoted string, an Excel function "
            "at column 5\n  =$D2<\n      ^",
        ),
        (
            "=XLOOKUP($D2,A:A,B:B)",
            "cf-excel: the rule '=XLOOKUP($D2,A:A,B:B)' does not parse: unknown function XLOOKUP "
            "(the Excel functions cf-excel evaluates: ABS, AGGREGATE, AND,",
        ),
        ("=$H$1>$C2", "it reads column H ($H$1), outside the table A1:E7"),
    ],
)
def test_a_given_rule_that_does_not_fit_is_refused(
    rule: str,
    message: str,
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.xlsx"
    assert main(["apply", "--rule", rule, "--sheet", str(sample_workbook), "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert loads == [] and not out.exists()


def test_an_unknown_colour_word_fails_before_the_model_loads(
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 18: "rows blurple" was ignored (exit 0, Excel's default red); the README promises
    `unknown colour 'blurple'`, exit 2, nothing written, no model loaded."""
    out = tmp_path / "out.xlsx"
    text = "highlight the top 3 rows blurple"
    assert main(["apply", text, "--sheet", str(sample_workbook), "--out", str(out)]) == 2
    assert "cf-excel: unknown colour 'blurple' (did you mean purple" in capsys.readouterr().err
    assert main(["generate", text, "--sheet", str(sample_workbook)]) == 2
    assert "unknown colour 'blurple'" in capsys.readouterr().err
    assert loads == [] and not out.exists()


def test_batch_lines_with_their_own_rules_need_no_model(
    sample_workbook: Path,
    tmp_path: Path,
    loads: list[tuple[object, ...]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "- rule: =$D2<TODAY()\n  format: light green fill\n- rule: GreaterThan(c[40], 3)\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.xlsx"
    argv = ["batch", str(spec), "--sheet", str(sample_workbook), "--out", str(out)]
    assert main(argv) == 1  # one line failed, the other applied
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("sales.xlsx line 1: rows where formula =$D2<TODAY() holds")
    assert printed[1] == (
        "sales.xlsx line 2: FAILED the rule 'GreaterThan(c[40], 3)' does not fit this table: it "
        "names column c[40], but the table has 5 columns, c[0] to c[4]: Product, Region, Sales, "
        "Due, Score"
    )
    assert loads == [] and out.exists()


# The fixed generator's rules for the stacked workbook (tests/support.py): Qty is the stock
# table's c[1], Rating the suppliers table's c[2].
STACKED_RULES = {"qty": "GreaterThan(c[1], 5)", "rating": "LessThan(c[2], 3.5)"}


def test_a_request_is_answered_on_the_table_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: two tables stacked on a sheet are two tables; each request goes to the one
    whose headers it names, the command line says which, and the JSON lists both."""
    monkeypatch.setattr(
        "cf_excel.arguments.load_generator",
        lambda *args: FixedGenerator(dict(STACKED_RULES), target=args[1]),
    )
    book = str(stacked_workbook(tmp_path / "stacked.xlsx"))
    assert main(["generate", "suppliers with a rating below 3.5", "--sheet", book]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "table A10:C13 on Inventory (headers Supplier, Orders, Rating)",
        "1. Rating is less than 3.5 → dark red text on light red fill (2 rows match)  (99% sure)",
        "   LessThan(c[2], 3.5)  (score 0.00)",
    ]
    report = run_json(capsys, "generate", "qty over 5", "--sheet", book, "--json")
    assert (report["range"], report["header"]) == ("A3:C7", ["Item", "Qty", "Value"])
    assert report["tables"] == [
        {"address": "A3:C7", "header": ["Item", "Qty", "Value"]},
        {"address": "A10:C13", "header": ["Supplier", "Orders", "Rating"]},
    ]
    assert report["candidates"][0]["cells"] == ["B5", "B6"]  # not the suppliers' Orders
    out = tmp_path / "out.xlsx"
    argv = ["apply", "suppliers with a rating below 3.5", "--sheet", book, "--out", str(out)]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "table A10:C13 on Inventory (headers Supplier, Orders, Rating)"
    )
    (written,) = openpyxl.load_workbook(out)["Inventory"].conditional_formatting
    assert str(written.sqref) == "C11:C13"


def test_range_flag_takes_a1_ranges_clipped_to_the_table(
    sample_workbook: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: whole columns, trailing blank rows and the whole sheet read the same table as
    its own range does; `--range foo` is refused as no cell range."""
    argv = ["generate", "big", "--sheet", str(sample_workbook), "--today", "2024-03-15", "--json"]
    exact = run_json(capsys, *argv, "--range", "A1:E7")
    for given in ("A:E", "A1:E40", "A1:XFD1048576"):
        reply = run_json(capsys, *argv, "--range", given)
        reply["latency_ms"] = exact["latency_ms"]
        assert reply == exact, given
    assert main([*argv, "--range", "foo"]) == 2
    assert capsys.readouterr().err == (
        f"cf-excel: {sample_workbook} [Sales]: range 'foo' is not a cell range like A1:F40 "
        "(or A:I for whole columns)\n"
    )


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask (new files 0o644), whatever the test runner's is."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def file_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_written_workbooks_get_the_umasks_mode_or_keep_the_replaced_files(
    sample_workbook: Path, data_dir: Path, tmp_path: Path, umask_022: None
) -> None:
    """A new --out is 0o644 under umask 022 (not the temporary file's 0o600); --in-place and
    --force keep the mode of the file they replace (group-writable on a shared folder)."""
    argv = ["apply", "highlight the top 3 values", "--sheet", str(sample_workbook)]
    argv += ["--range", "C1:C7", "--model", "retrieval"]
    out = tmp_path / "out.xlsx"
    assert main([*argv, "--out", str(out)]) == 0
    assert file_mode(out) == 0o644
    out.chmod(0o640)
    assert main([*argv, "--out", str(out), "--force"]) == 0
    assert file_mode(out) == 0o640
    sample_workbook.chmod(0o664)
    assert main([*argv, "--in-place"]) == 0
    assert file_mode(sample_workbook) == 0o664
    assert len(list(openpyxl.load_workbook(sample_workbook)["Sales"].conditional_formatting)) == 1


def test_a_read_only_workbook_is_replaced_only_with_force(
    sample_workbook: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--in-place on a 0o444 file: exit 2, naming the file and --force, the file untouched (so
    for `rules remove`); with --force it is written and stays read-only, as its owner set it."""
    argv = ["apply", "highlight the top 3 values", "--sheet", str(sample_workbook)]
    argv += ["--range", "C1:C7", "--model", "retrieval", "--in-place"]
    before = sample_workbook.read_bytes()
    sample_workbook.chmod(0o444)
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        f"cf-excel: {sample_workbook} is read-only; pass --force to replace it\n"
    )
    assert main(["rules", "remove", "--sheet", str(sample_workbook), "--in-place"]) == 2
    assert "read-only" in capsys.readouterr().err
    assert sample_workbook.read_bytes() == before and file_mode(sample_workbook) == 0o444
    assert main([*argv, "--force"]) == 0
    assert file_mode(sample_workbook) == 0o444
    assert len(list(openpyxl.load_workbook(sample_workbook)["Sales"].conditional_formatting)) == 1


def test_batch_prints_the_warnings_apply_prints(
    tmp_path: Path, loads: list[tuple[object, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    book = text_dated_workbook(tmp_path / "imported.xlsx")
    spec = tmp_path / "spec.yaml"
    spec.write_text("- text: late\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    assert main(["batch", str(spec), "--sheet", str(book), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [f"   warning: {TEXT_DATES_WARNING}", f"wrote {out}"]
    assert lines[0].startswith("imported.xlsx line 1: Due is before today")


@dataclass
class Unsure(FixedGenerator):
    """The fixed generator under a calibration that doubts a third of the samples."""

    calibration: Calibration = field(default_factory=lambda: Calibration(threshold=0.5))


@pytest.fixture
def unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "cf_excel.arguments.load_generator", lambda *args: Unsure(dict(SALES_RULES))
    )


NOT_SURE = [  # "dup big late": three rules, each a third of the samples
    "Not sure: the best answer is only 33% sure (below 50%).",
    "Did you mean:",
    "1. Region is a duplicate → dark red text on light red fill (2 rows match)  (33% sure)",
    "   Duplicates(c[1])  (score 0.00)",
    "2. Sales is greater than 100 → dark red text on light red fill (2 rows match)  (33% sure)",
    "   GreaterThan(c[2], 100)  (score 0.00)",
    "3. Due is before today → dark red text on light red fill (3 rows match)  (33% sure)",
    "   BeforeToday(c[3])  (score 0.00)",
]


def test_generate_says_it_is_not_sure_and_exits_3(
    sample_workbook: Path, unsure: None, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "dup big late", "--sheet", str(sample_workbook), "--today", "2024-03-15"]
    assert main(argv) == 3
    assert capsys.readouterr().out.splitlines() == [
        *NOT_SURE, "(apply one with `cf-excel apply ... --pick N`)",
    ]  # fmt: skip
    assert main([*argv, "--json"]) == 3
    reply = json.loads(capsys.readouterr().out)
    assert (reply["abstained"], reply["reason"], reply["threshold"]) == (
        True,
        "low_confidence",
        0.5,
    )
    assert reply["why"] == NOT_SURE[0].removeprefix("Not sure: ").removesuffix(".")
    assert [c["confidence"] for c in reply["candidates"]] == [0.333] * 3
    assert main(["generate", "big", "--sheet", str(sample_workbook)]) == 0  # sure: answered


def test_apply_writes_nothing_when_not_sure_unless_picked(
    sample_workbook: Path, unsure: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xlsx"
    argv = ["apply", "dup big late", "--sheet", str(sample_workbook), "--out", str(out)]
    argv += ["--today", "2024-03-15"]
    before = sample_workbook.read_bytes()
    assert main(argv) == 3
    assert capsys.readouterr().out.splitlines() == [
        *NOT_SURE, "(nothing written; pass --pick N to apply one of these)",
    ]  # fmt: skip
    assert not out.exists() and sample_workbook.read_bytes() == before
    assert main([*argv, "--pick", "2"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Sales is greater than 100 → dark red text on light red fill (2 rows match)  (33% sure)"
    )
    (written,) = openpyxl.load_workbook(out)["Sales"].conditional_formatting
    assert str(written.sqref) == "C2:C7"


def test_batch_marks_the_lines_it_is_not_sure_of(
    sample_workbook: Path, unsure: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("- text: dup big late\n- text: big\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    assert main(["batch", str(spec), "--sheet", str(sample_workbook), "--out", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "sales.xlsx line 1: NOT SURE, not applied: the best answer is only 33% sure (below 50%)"
    )
    assert lines[1].startswith("   1. Region is a duplicate") and lines[1].endswith(
        "(33% sure): Duplicates(c[1])"
    )
    assert lines[4].startswith("sales.xlsx line 2: Sales is greater than 100")
    assert len(list(openpyxl.load_workbook(out)["Sales"].conditional_formatting)) == 1
