"""What the tests share besides fixtures: the sample tables, the fixed generator (a fake that
proposes known rules), a tiny CodeFusion over a handful of rules, and builders of example
workbooks. Fixtures over these live in conftest.py; parametrize tables import them here."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import openpyxl

from cf_excel.candidates import Proposal, ScoreKind
from cf_excel.codefusion.bert import PromptTokenizer, load_prompt_tokenizer
from cf_excel.codefusion.codec import CodeVocab, train_vocab
from cf_excel.codefusion.config import Config, Target
from cf_excel.codefusion.dataset import TrainingExample, build_corpus, collate
from cf_excel.codefusion.diffusion import Batch
from cf_excel.codefusion.model import CodeFusion
from cf_excel.sheets.table import Table

TODAY = dt.date(2024, 3, 15)  # a Friday

SALES_GRID: list[list[object]] = [
    ["Product", "Region", "Sales", "Due", "Score"],
    ["Apple", "North", 120, "2024-03-14", 10],
    ["banana", "south", 80, "2024-02-20", 20],
    ["Cherry", "North", "n/a", "2024-03-16", 20],
    ["apple", "", 300, "2024-03-08", None],
    ["Date", "East", 80, "2024-04-02", "#N/A"],
    ["Elder (big)", "West", None, "not a date", 5],
]


# The fixed generator's rules for the invoice sheets of test_apply (Amount is c[2], Due c[3]).
INVOICE_RULES = {
    "overdue": "Rows(BeforeToday(c[3]))",
    "big": "GreaterThan(c[2], 1000)",
    "bad": "Oops((",
}


@dataclass
class FixedGenerator:
    """Proposes the rule written for each word of the request, in order, all scored alike, so
    tests know what gets ranked and applied; `delay_s` makes every proposal slow."""

    rules: dict[str, str]
    name: str = "fixed"
    target: Target = "cf"
    scores: ScoreKind = "log_prob"
    constrained: bool = True
    steps: int | None = None
    delay_s: float = 0.0

    def propose(self, utterance: str, top_k: int, table: Table | None) -> list[Proposal]:
        time.sleep(self.delay_s)
        found = [code for word, code in self.rules.items() if word in utterance]
        return [Proposal(code, 0.0) for code in found[:top_k]]


EXAMPLES = [
    TrainingExample("highlight values greater than 4000", "GreaterThan(4000)"),
    TrainingExample("color duplicates", "Duplicates()"),
    TrainingExample("cells containing Error", "TextContains('Error')"),
    TrainingExample(
        "top 3 values | c[0] Name: text (a, b) ; c[1] Score: number (1, 2)", "Top(c[1], 3)"
    ),
]


@lru_cache(maxsize=1)
def prompt_tokenizer() -> PromptTokenizer:
    return load_prompt_tokenizer()


def tiny_codefusion() -> tuple[CodeFusion, CodeVocab, Config]:
    config = Config.from_preset("tiny", dropout=0.0, batch_size=4)
    vocab = train_vocab([e.code for e in EXAMPLES], min_count=1)
    return CodeFusion(config, vocab.size), vocab, config


def tiny_batch(vocab: CodeVocab, config: Config, cpd: bool = False) -> Batch:
    corpus = build_corpus(EXAMPLES, prompt_tokenizer(), vocab, config)
    return collate(corpus.features, config, cpd)


def build_examples(folder: Path, today: dt.date) -> None:
    """examples/make_sample.py's workbooks (invoices, tasks, sales), with dates around `today`."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_sample", Path(__file__).parent.parent / "examples" / "make_sample.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_all(folder, today)


# Two tables stacked on one sheet, as issue 18 met them: a title, a blank row, the stock table;
# a blank row, a second title, the suppliers table (its Orders under the stock table's Qty).
STACKED_ROWS: list[list[object]] = [
    ["Stock"],
    [],
    ["Item", "Qty", "Value"],
    ["Pen", 3, 1.5],
    ["Ink", 9, 20],
    ["Pad", 6, 4],
    ["Cap", 1, 2],
    [],
    ["Suppliers"],
    ["Supplier", "Orders", "Rating"],
    ["Acme", 12, 4.5],
    ["Bolt", 3, 3.1],
    ["Cora", 8, 2.0],
]


def stacked_workbook(path: Path) -> Path:
    """STACKED_ROWS on a sheet named Inventory: the stock table at A3:C7, suppliers at A10:C13."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Inventory"
    for row in STACKED_ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def bash_reply(text: str, latency_ms: float, *candidates: dict[str, Any]) -> dict[str, Any]:
    """The generate reply to a Bash request from the fixed generator (its answers are shown,
    never doubted: no abstention, threshold 0)."""
    return {
        "text": text, "target": "bash", "model": "fixed", "steps": None,
        "latency_ms": latency_ms, "abstained": False, "reason": None, "why": None,
        "threshold": 0.0, "candidates": list(candidates),
    }  # fmt: skip


def listing(confidence: float = 1.0) -> dict[str, Any]:
    """The fixed generator's `ls -la` as a reply shows it, with what it does in words."""
    return {
        "code": "ls -la", "score": 0.0, "confidence": confidence, "valid": True,
        "description": "ls: list files (-l: long format, -a: hidden ones too)", "hazards": [],
    }  # fmt: skip
