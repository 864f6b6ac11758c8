#!/usr/bin/env bash
# Refresh docs/images/addin-*.png: the browser tests save their screenshots there.
set -euo pipefail
cd "$(dirname "$0")/.."
CF_EXCEL_SCREENSHOTS=docs/images .venv/bin/python -m pytest -q tests/test_addin_browser.py
