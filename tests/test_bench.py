"""`cf-excel bench` on a few items: the report lands between its markers, with plots and JSON."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

from cf_excel.benchmarks.bench import (
    Row,
    bench_command,
    checkpoint_models,
    markdown,
    size_of,
    write_report,
)
from cf_excel.cli import main
from cf_excel.codefusion.config import Config


def test_the_report_replaces_its_section_and_keeps_the_rest(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n\nHand-written analysis.\n", encoding="utf-8")
    write_report(results, "<!-- bench:start -->\nfirst\n<!-- bench:end -->")
    write_report(results, "<!-- bench:start -->\nsecond\n<!-- bench:end -->")
    text = results.read_text(encoding="utf-8")
    assert text.count("<!-- bench:start -->") == 1 and "second" in text and "first" not in text
    assert text.startswith("# Results\n\nHand-written analysis.\n")


def test_the_report_shows_each_targets_other_views() -> None:
    """Bash: TM, exact match and both train subsets beside the groups' template accuracy; a
    row from a run before a view existed shows a dash there."""
    common = {"top3": 0.2, "top5": 0.3, "syntax_valid": 1.0, "latency_ms": {"p50": 1, "p95": 2}}
    bash = {
        **common, "n": 2264, "n_items": 2522, "top1": 0.112, "tm_top1": 0.495, "tm_top3": 0.622,
        "tm_top5": 0.672, "exact_top1": 0.07, "exact_top5": 0.1, "bleu": 0.3,
        "in_train": {"n": 700, "top1": 0.3, "tm_top1": 0.7},
        "not_in_train": {"n": 1564, "top1": 0.03, "tm_top1": 0.4},
    }  # fmt: skip
    cf = {**common, "n": 178, "top1": 0.663, "with_data_rows": {"top1": 0.7, "top5": 0.8}}
    rows = [Row("cf", "old", cf, 0, None, "c"), Row("bash", "retrieval", bash, 0, None, "c")]
    text = markdown(rows, [], [])
    assert "grouped golds, n = 2264 groups of 2522 items)" in text
    views = "| retrieval | 49.5 | 62.2 | 67.2 | 7.0 | 10.0 | 700 | 30.0 | 70.0 | 1564 | 3.0 |"
    assert views in text
    assert "| old | 70.0 | 80.0 | — | — |" in text  # executed_literally: not in that report
    before = {key: value for key, value in bash.items() if key != "n_items"}
    older = markdown([Row("bash", "retrieval", before, 0, None, "c")], [], [])
    assert "### Bash (template match with one gold per item" in older  # not called grouped


@pytest.mark.slow
def test_bench_on_two_cf_items(tmp_path: Path, data_dir: Path) -> None:
    results = tmp_path / "docs" / "RESULTS.md"
    bench_command(2, str(data_dir), results, targets=("cf",), step_counts=(1, 2))
    text = results.read_text(encoding="utf-8")
    assert "| codefusion |" in text and "| retrieval |" in text
    assert "| CodeFusion, paper | 75M | — | — | 78.5 | 94.5 |" in text
    assert "`cf-excel eval --benchmark cf --model codefusion --limit 2`" in text
    for plot in ("bench-steps.png", "bench-diversity.png"):
        assert (results.parent / plot).read_bytes()[:4] == b"\x89PNG"
    report = json.loads((results.parent / "results" / "bench.json").read_text())
    rows = {r["model"]: r for r in report["rows"]}
    assert list(rows) == [
        "codefusion", "codefusion, unconstrained", "autoregressive", "autoregressive-nucleus",
        "retrieval",
    ]  # fmt: skip
    codefusion = rows["codefusion"]
    assert codefusion["report"]["n"] == 2 and codefusion["parameters"] == 29_453_295
    assert set(codefusion["diversity"]) == {
        "distinct_1", "distinct_2", "distinct_3", "distinct_4", "embedding_similarity",
        "edit_distance",
    }  # fmt: skip
    # the retrieval row depends on the data alone: its top-5 lists' distinct unigrams
    assert rows["retrieval"]["diversity"]["distinct_1"] == pytest.approx(0.4121429)
    assert rows["retrieval"]["parameters"] == 0 and rows["retrieval"]["train_seconds"] is None
    assert codefusion["trained_on"] == "GPU"  # the shipped CF checkpoint's meta says cuda
    assert [steps for steps, _, _ in report["steps_curve"]] == [1, 2]
    # A later run of other targets keeps these rows and the curve.
    bench_command(2, str(data_dir), results, targets=("python",), step_counts=(1,))
    again = json.loads((results.parent / "results" / "bench.json").read_text())
    assert {r["target"] for r in again["rows"]} >= {"cf", "python"}
    assert again["steps_curve"] == report["steps_curve"]
    assert "`cf-excel bench --limit 2 --targets python`" in results.read_text(encoding="utf-8")


def test_bench_rejects_unknown_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--targets", "cf,perl"]) == 2
    assert "unknown target(s) ['perl']" in capsys.readouterr().err


def test_a_given_checkpoint_gets_the_rows_of_its_architecture(tmp_path: Path) -> None:
    baseline = Config.from_preset("tiny", architecture="autoregressive")
    (tmp_path / "config.json").write_text(baseline.to_json(), encoding="utf-8")
    assert checkpoint_models(tmp_path) == ("autoregressive", "autoregressive-nucleus")
    (tmp_path / "config.json").write_text(Config().to_json(), encoding="utf-8")
    assert checkpoint_models(tmp_path) == ("codefusion",)


def test_training_time_says_where_it_was_spent() -> None:
    network = torch.nn.Linear(3, 2)  # 8 parameters
    gpu = SimpleNamespace(model=network, meta={"total_train_seconds": 410.1, "device": "cuda:0"})
    cpu = SimpleNamespace(model=network, meta={"wall_time_s": 4276.2, "device": "cpu"})
    assert size_of(gpu) == (8, 410.1, "GPU")  # type: ignore[arg-type]
    assert size_of(cpu) == (8, 4276.2, "CPU")  # type: ignore[arg-type]
    assert size_of(SimpleNamespace()) == (0, None, "")  # type: ignore[arg-type]
