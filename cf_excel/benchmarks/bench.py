"""`cf-excel bench`: every model on every target in one harness, written to docs/RESULTS.md.

Per target (CF, Bash, Python) and model (the shipped CodeFusion checkpoint, the retrieval
baseline, and any other checkpoint given): top-1/3/5 in the target's metric, syntactic validity,
the three diversity measures of the top-5 (`diversity.py`), the latency of a top-5 generation
(p50/p95 on this machine) and the training wall time recorded in the checkpoint; the paper's
reported numbers in their own rows; the command that produced the table. Two plots: CF accuracy
against the number of reverse diffusion steps, and diversity against accuracy.

The report goes between two markers in docs/RESULTS.md, so the hand-written analysis around it
stays.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cf_excel.benchmarks.data import Benchmark, load_examples
from cf_excel.benchmarks.diversity import diversity
from cf_excel.benchmarks.evaluate import ItemResult, report_of, run_items
from cf_excel.candidates import Generator
from cf_excel.codefusion.config import Config
from cf_excel.generators import ModelUnavailableError, load_generator

TARGETS: tuple[Benchmark, ...] = ("cf", "bash", "python")
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
STEP_COUNTS = (1, 2, 5, 10, 20)  # reverse steps for the accuracy-vs-steps plot
METRIC = {
    "cf": "execution match",
    "bash": "NL2Bash template accuracy, grouped golds",
    "python": "exact match",
}
# A target's metric when some of its rows were measured before its current protocol (kept from
# an earlier bench run): the heading says so instead of naming a protocol they were not run by.
METRIC_BEFORE = {
    "bash": "template match with one gold per item, our template function: measured before "
    "NL2Bash's grouped protocol; `eval --benchmark bash` gives today's numbers",
}
# Each target's other views (issue 19): a sentence saying what they are, and a column each
# (heading, and the report keys to its value).
VIEWS: dict[str, tuple[str, list[tuple[str, tuple[str, ...]]]]] = {
    "cf": (
        "Other views: the items with data rows alone, and every item executed literally (a "
        "header-only table has no cell to format, so there every valid rule matches the gold).",
        [
            ("data items top-1 %", ("with_data_rows", "top1")),
            ("data items top-5 %", ("with_data_rows", "top5")),
            ("executed literally top-1 %", ("executed_literally", "top1")),
            ("executed literally top-5 %", ("executed_literally", "top5")),
        ],
    ),
    "bash": (
        "Other views: NL2Bash's Template Match score (TM, partial credit for utilities and "
        "flags), exact match, and the groups whose gold command occurs in the train split "
        "against the rest; BLEU of each item's top-1.",
        [
            ("TM top-1 %", ("tm_top1",)),
            ("TM top-3 %", ("tm_top3",)),
            ("TM top-5 %", ("tm_top5",)),
            ("exact top-1 %", ("exact_top1",)),
            ("exact top-5 %", ("exact_top5",)),
            ("in train: n", ("in_train", "n")),
            ("in train: top-1 %", ("in_train", "top1")),
            ("in train: TM top-1 %", ("in_train", "tm_top1")),
            ("not in train: n", ("not_in_train", "n")),
            ("not in train: top-1 %", ("not_in_train", "top1")),
            ("not in train: TM top-1 %", ("not_in_train", "tm_top1")),
            ("BLEU", ("bleu",)),
        ],
    ),
    "python": (
        "Other views: exact match, BLEU (CoNaLa's) and the parse rate.",
        [
            ("exact top-1 %", ("top1",)),
            ("BLEU", ("bleu",)),
            ("parse rate % (top-1)", ("syntax_valid",)),
            ("not in train: top-1 %", ("not_in_train", "top1")),
        ],
    ),
}
# CodeFusion (Singh et al., 2023), tables 1-2 and sec. 5: top-k in each paper's own metric
# (Python: CodeBERTScore, which we cannot compute offline) and syntactic validity.
PAPER: dict[str, dict[str, Any]] = {
    "cf": {"top1": None, "top5": 78.5, "valid": 94.5},
    "bash": {"top1": None, "top5": 72.0, "valid": 73.4},
    "python": {"top1": 80.7, "top5": 90.3, "valid": 67.6, "note": "CodeBERTScore"},
}


@dataclass
class Row:
    target: Benchmark
    model: str
    report: dict[str, Any]
    parameters: int
    train_seconds: float | None
    command: str  # the eval command that gives this row's numbers alone
    diversity: dict[str, float] = field(default_factory=dict)
    bench: str = ""  # the bench run that produced it
    trained_on: str = ""  # "GPU" or "CPU", from the checkpoint's meta

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


def mean_diversity(results: Sequence[ItemResult]) -> dict[str, float]:
    """Each measure averaged over the items with at least two candidates (NaN when none)."""
    lists = [r.candidates for r in results if len(r.candidates) >= 2]
    if not lists:
        return {}
    measured = [diversity(candidates).as_json() for candidates in lists]
    return {key: sum(m[key] for m in measured) / len(measured) for key in measured[0]}


def size_of(model: Generator) -> tuple[int, float | None, str]:
    """Parameters, recorded training seconds and where they were spent ("GPU" or "CPU": minutes
    on one are not minutes on the other); 0, None and "" for the retrieval baseline."""
    network = getattr(model, "model", None)
    if network is None:
        return 0, None, ""
    meta = getattr(model, "meta", {})
    seconds = meta.get("total_train_seconds", meta.get("wall_time_s"))
    device = "GPU" if str(meta.get("device", "cpu")).startswith("cuda") else "CPU"
    return sum(p.numel() for p in network.parameters()), seconds, device


def bench_row(
    model: Generator, target: Benchmark, limit: int | None, data_dir: str | None, command: str
) -> Row:
    examples = load_examples(target, "test", data_dir)[:limit]
    results = run_items(model, examples, target, top_k=5)
    parameters, seconds, device = size_of(model)
    report = report_of(model, target, 5, results)
    return Row(
        target,
        model.name,
        report,
        parameters,
        seconds,
        command,
        mean_diversity(results),
        trained_on=device,
    )


def steps_curve(
    limit: int | None, data_dir: str | None, step_counts: Sequence[int] = STEP_COUNTS
) -> list[tuple[int, float, float]]:
    """CF top-1 and top-5 of the shipped CodeFusion for each number of reverse steps."""
    curve = []
    examples = load_examples("cf", "test", data_dir)[:limit]
    for steps in step_counts:
        model = load_generator("codefusion", "cf", decode={"sample_steps": steps})
        report = report_of(model, "cf", 5, run_items(model, examples, "cf", top_k=5))
        curve.append((steps, report["top1"], report["top5"]))
    return curve


def checkpoint_models(directory: Path) -> tuple[str, ...]:
    """The rows a given checkpoint gets: CodeFusion's, or the baseline's two searches."""
    config = Config.stored_in(directory)
    if config is not None and config.architecture == "autoregressive":
        return ("autoregressive", "autoregressive-nucleus")
    return ("codefusion",)  # (a missing checkpoint is reported by load_generator)


def run_bench(
    limit: int | None,
    data_dir: str | None,
    targets: Sequence[Benchmark] = TARGETS,
    extra: Sequence[tuple[Benchmark, str]] = (),
    step_counts: Sequence[int] = STEP_COUNTS,
) -> tuple[list[Row], list[tuple[int, float, float]]]:
    """Rows for every available model of every target, and the CF steps curve."""
    suffix = f" --limit {limit}" if limit else ""
    rows = []
    for target in targets:
        # (model, checkpoint, constrained): unconstrained = no grammar (CF) / no parser ranking
        choices: list[tuple[str, str | None, bool]] = [
            ("codefusion", None, True),
            ("codefusion", None, False),
            ("autoregressive", None, True),
            ("autoregressive-nucleus", None, True),
            ("retrieval", None, True),
        ]
        choices += [
            (name, path, True)
            for t, path in extra
            if t == target
            for name in checkpoint_models(Path(path))
        ]
        for name, checkpoint, constrained in choices:
            try:
                decode = None if constrained else {"constrained": False}
                model = load_generator(name, target, checkpoint, decode, data_dir)
            except ModelUnavailableError as error:
                print(f"bench: {target} / {name}: skipped ({error})")
                continue
            flags = (f" --checkpoint {checkpoint}" if checkpoint else "") + (
                "" if constrained else " --unconstrained"
            )
            command = f"cf-excel eval --benchmark {target} --model {name}{flags}{suffix}"
            row = bench_row(model, target, limit, data_dir, command)
            row.model += flags.replace(" --", ", ").replace("checkpoint ", "")
            rows.append(row)
            print(f"bench: {target} / {row.model}: top1 {row.report['top1']:.3f}")
    curve = steps_curve(limit, data_dir, step_counts) if "cf" in targets else []
    return rows, curve


def percent(value: float | None) -> str:
    return (
        "—"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else f"{value * 100:.1f}"
    )


def view_value(report: dict[str, Any], keys: tuple[str, ...]) -> str:
    """One cell of a views table: a count as it is, a rate in percent, "—" when the report
    (from a run before the view existed) lacks it."""
    value: Any = report
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return str(value) if isinstance(value, int) else percent(value)


def views_table(target: str, rows: Sequence[Row]) -> list[str]:
    """The target's other views (`VIEWS`), a row per model."""
    note, columns = VIEWS[target]
    return [
        note,
        "",
        "| model | " + " | ".join(heading for heading, _ in columns) + " |",
        "|---|" + "---|" * len(columns),
        *(
            f"| {row.model} | " + " | ".join(view_value(row.report, k) for _, k in columns) + " |"
            for row in rows
        ),
    ]


def markdown(
    rows: Sequence[Row], curve: Sequence[tuple[int, float, float]], plots: Sequence[str]
) -> str:
    """The report: one table per target, the paper's rows, the steps curve, the plots."""
    runs = "; ".join(f"`{command}`" for command in dict.fromkeys(r.bench for r in rows))
    lines = [
        START,
        "",
        f"Produced by {runs} on this machine (2 CPU cores). Latency: one top-5 generation. "
        "Training: the wall time the checkpoint records (all stages where its meta lists "
        "them, else its last stage; model cards list every stage), on the 2-core CPU or on one "
        "lent H200 GPU. Diversity: averaged over items with two or more candidates.",
        "",
    ]
    for target in TARGETS:
        mine = [r for r in rows if r.target == target]
        if not mine:
            continue
        items = mine[0].report.get("n_items")  # Bash: NL2Bash's groups of items
        groups = f" groups of {items} items" if items else ""
        current = target not in METRIC_BEFORE or all("n_items" in r.report for r in mine)
        metric = METRIC[target] if current else METRIC_BEFORE[target]
        lines += [
            f"### {target.upper() if target == 'cf' else target.capitalize()} "
            f"({metric}, n = {mine[0].report['n']}{groups})",
            "",
            "| model | parameters | top-1 % | top-3 % | top-5 % | valid % (top-1) | "
            "distinct-1/2/3/4 | embedding sim. | edit dist. | latency p50 / p95 | training | "
            "command |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for row in mine:
            r, d = row.report, row.diversity
            distinct = "/".join(f"{d.get(f'distinct_{n}', float('nan')):.2f}" for n in (1, 2, 3, 4))
            trained = (
                f"{row.train_seconds / 60:.0f} min {row.trained_on}".strip()
                if row.train_seconds
                else "—"
            )
            lines.append(
                f"| {row.model} | {row.parameters / 1e6:.1f}M | {percent(r['top1'])} | "
                f"{percent(r['top3'])} | {percent(r['top5'])} | {percent(r['syntax_valid'])} | "
                f"{distinct} | {d.get('embedding_similarity', float('nan')):.3f} | "
                f"{d.get('edit_distance', float('nan')):.3f} | "
                f"{r['latency_ms']['p50']:.0f} / {r['latency_ms']['p95']:.0f} ms | {trained} | "
                f"`{row.command}` |"
            )
        paper = PAPER[target]
        note = f" ({paper['note']})" if "note" in paper else ""
        top1 = "—" if paper["top1"] is None else f"{paper['top1']}"
        lines += [
            f"| CodeFusion, paper{note} | 75M | {top1} | — | {paper['top5']} | {paper['valid']} "
            "| — | — | — | — | — | Singh et al., 2023 |",
            "",
            *views_table(target, mine),
            "",
        ]
    if curve:
        lines += [
            "### CF accuracy against reverse diffusion steps (shipped CodeFusion)",
            "",
            "| steps | top-1 | top-5 |",
            "|---|---|---|",
            *(f"| {s} | {percent(a)} | {percent(b)} |" for s, a, b in curve),
            "",
        ]
    lines += [f"![{Path(p).stem}]({Path(p).name})" for p in plots]
    return "\n".join([*lines, "", END])


def write_plots(
    rows: Sequence[Row], curve: Sequence[tuple[int, float, float]], folder: Path
) -> list[str]:
    """Accuracy vs steps, and diversity (distinct-4) vs accuracy (top-5): PNG files."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    if curve:
        figure, axes = plt.subplots(figsize=(5, 3.2))
        steps = [s for s, _, _ in curve]
        axes.plot(steps, [a * 100 for _, a, _ in curve], marker="o", label="top-1")
        axes.plot(steps, [b * 100 for _, _, b in curve], marker="o", label="top-5")
        axes.set(xscale="log", xlabel="reverse diffusion steps", ylabel="CF execution match (%)")
        axes.legend()
        figure.tight_layout()
        written.append(str(folder / "bench-steps.png"))
        figure.savefig(written[-1], dpi=120)
        plt.close(figure)
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for row in rows:
        if "distinct_4" in row.diversity:
            point = (row.report["top5"] * 100, row.diversity["distinct_4"])
            axes.scatter(*point, marker={"cf": "o", "bash": "s", "python": "^"}[row.target])
            name = row.model.split(", ")[0]  # without the checkpoint path
            if "unconstrained" in row.model:
                name += " (unconstrained)"
            axes.annotate(f"{row.target}/{name}", point, fontsize=7, xytext=(4, 2),
                          textcoords="offset points")  # fmt: skip
    axes.set(xlabel="top-5 accuracy (%)", ylabel="distinct 4-grams in the top-5")
    figure.tight_layout()
    written.append(str(folder / "bench-diversity.png"))
    figure.savefig(written[-1], dpi=120)
    plt.close(figure)
    return written


def write_report(results_md: Path, section: str) -> None:
    """Replace the text between the markers (or append the section) in RESULTS.md."""
    text = results_md.read_text(encoding="utf-8") if results_md.exists() else "# Results\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Benchmark report (`cf-excel bench`)\n\n" + section + "\n"
    results_md.write_text(text, encoding="utf-8")


def bench_command(
    limit: int | None,
    data_dir: str | None,
    results_md: Path,
    targets: Sequence[Benchmark] = TARGETS,
    extra: Sequence[tuple[Benchmark, str]] = (),
    step_counts: Sequence[int] = STEP_COUNTS,
) -> list[Row]:
    """Run everything, write RESULTS.md's report, the plots and a JSON beside them."""
    command = "cf-excel bench" + (f" --limit {limit}" if limit else "")
    if list(targets) != list(TARGETS):
        command += " --targets " + ",".join(targets)
    command += "".join(f" --checkpoint {target}={path}" for target, path in extra)
    rows, curve = run_bench(limit, data_dir, targets, extra, step_counts)
    for row in rows:
        row.bench = command
    folder = results_md.parent
    stored = folder / "results" / "bench.json"
    if stored.exists():  # rows of the targets not rerun stay, from the run that made them
        earlier = json.loads(stored.read_text(encoding="utf-8"))
        rows += [Row.from_json(r) for r in earlier["rows"] if r["target"] not in targets]
        curve = curve or [(int(s), float(a), float(b)) for s, a, b in earlier["steps_curve"]]
    rows.sort(key=lambda row: TARGETS.index(row.target))
    stored.parent.mkdir(parents=True, exist_ok=True)
    plots = write_plots(rows, curve, folder)
    write_report(results_md, markdown(rows, curve, plots))
    payload = {"rows": [r.as_json() for r in rows], "steps_curve": curve}
    stored.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return rows
