"""Shared fixtures: sample tables and workbooks under tmp_path, the fixed generator, a tiny
CodeFusion, the Flask app and its test client, and the benchmark data directory (tests that need
it skip when it is absent: no download in tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from flask import Flask
from flask.testing import FlaskClient

from cf_excel.benchmarks.data import candidate_dirs
from cf_excel.codefusion.codec import CodeVocab
from cf_excel.codefusion.config import Config
from cf_excel.codefusion.model import CodeFusion
from cf_excel.reliability import seeds
from cf_excel.server.app import create_app
from cf_excel.sheets.table import Table
from cf_excel.sheets.values import table_from_grid
from tests.support import INVOICE_RULES, SALES_GRID, FixedGenerator, tiny_codefusion


@pytest.fixture
def sales_table() -> Table:
    return table_from_grid(SALES_GRID)


@pytest.fixture
def sample_workbook(tmp_path: Path) -> Path:
    """A workbook with the sales table on its first sheet, starting at A1."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sales"
    for row in SALES_GRID:
        sheet.append(
            [dt.date.fromisoformat(v) if isinstance(v, str) and v[:2] == "20" else v for v in row]
        )
    path = tmp_path / "sales.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def rich_workbook(tmp_path: Path) -> Path:
    """A chart, a comment, data validation, a defined name, frozen panes, an existing rule, a
    second sheet: what openpyxl's round trip would partly drop or rewrite (the fuzzer's seed
    too)."""
    return seeds.rich_workbook(tmp_path / "rich.xlsx")


@pytest.fixture
def fixed_model() -> FixedGenerator:
    """The fixed generator with the invoice sheets' rules (one of them does not parse)."""
    return FixedGenerator(dict(INVOICE_RULES))


@pytest.fixture
def tiny_config() -> Config:
    return Config.from_preset("tiny", dropout=0.0, batch_size=4)


@pytest.fixture
def tiny_model() -> tuple[CodeFusion, CodeVocab, Config]:
    """An untrained tiny CodeFusion over the tiny examples' vocabulary, and its config."""
    return tiny_codefusion()


@pytest.fixture
def app(fixed_model: FixedGenerator) -> Flask:
    """The server with the fixed generator for every target and small limits."""
    return create_app(
        {"LOAD_GENERATOR": lambda target: fixed_model, "MAX_TEXT_CHARS": 40, "MAX_CELLS": 20}
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The CodeFusion benchmark files on disk; the test skips when they are not (a test never
    downloads them)."""
    for folder in candidate_dirs(None):
        if (folder / "CFRuleBenchmarks.json").is_file():
            return folder
    pytest.skip("the CodeFusion benchmark files are not on disk (see ../shared/data/codefusion)")
