"""The task pane in a real browser (headless Chromium driven by Playwright) against the real
server on 127.0.0.1: standalone mode end to end with the shipped model, and Office mode with a
fake Office.js that records the exact `conditionalFormats.add` calls.

Screenshots of both modes go to $CF_EXCEL_SCREENSHOTS when it is set (scripts/addin_screenshots.sh
writes the ones in docs/), else to the test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cf_excel.candidates import Generator
from cf_excel.codefusion.config import Target
from cf_excel.server.app import create_app
from cf_excel.server.serving import make_server
from tests.support import FixedGenerator, build_examples

playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")
FAKE_OFFICE = Path(__file__).with_name("fake_office.js")
OFFICE_JS = "https://appsforoffice.microsoft.com/**"
PANE_SIZE = {"width": 360, "height": 900}  # Excel's task pane is about 320-350 px wide


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def live_server(load: Callable[[Target], Generator]) -> Iterator[str]:
    """The app on a free loopback port, with `load(target)` as its generators."""
    port = free_port()
    app = create_app({"LOAD_GENERATOR": load})
    server = make_server(app, "127.0.0.1", port, threads=4, tls=None)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()
        thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def office_page(browser: Any, base: str, selection: dict[str, Any]) -> Any:
    """The pane as Excel would open it: the fake Office.js in place of the real one, a range
    selected."""
    page = browser.new_page(viewport=PANE_SIZE)
    page.route(OFFICE_JS, lambda route: route.fulfill(body="", content_type="text/javascript"))
    page.add_init_script(path=str(FAKE_OFFICE))
    page.add_init_script(f"window.__selection = {json.dumps(selection)};")
    page.goto(f"{base}/taskpane.html")
    page.wait_for_selector("body[data-mode=office]")
    return page


def screenshot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("CF_EXCEL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


@pytest.mark.slow
def test_standalone_upload_preview_download(browser: Any, tmp_path: Path) -> None:
    """(a) No Office.js: upload invoices.xlsx, ask for overdue rows in red, see them
    highlighted, download, and find the rule in the downloaded workbook."""
    from cf_excel.generators import load_generator

    today = dt.date.today()
    build_examples(tmp_path, today)
    with live_server(lambda target: load_generator("codefusion", target)) as base:
        page = browser.new_page(viewport={"width": 900, "height": 1000}, accept_downloads=True)
        page.route(OFFICE_JS, lambda route: route.abort())  # offline: no Office.js at all
        page.goto(f"{base}/taskpane.html")
        page.wait_for_selector("body[data-mode=standalone]")
        page.set_input_files("#workbook", str(tmp_path / "invoices.xlsx"))
        page.wait_for_selector("#sheet-table tbody tr")
        assert page.locator("#sheet-table tbody tr").count() == 12
        assert page.locator("#sheet option").all_inner_texts() == ["Invoices"]
        page.fill("#text", "highlight overdue rows red")
        page.click("#suggest")
        page.wait_for_selector("#candidates li")
        best = page.locator("#candidates li").first
        assert "Due Date is before today" in best.locator(".sentence").inner_text()
        assert "red fill (5 rows match)" in best.locator(".sentence").inner_text()
        matched = page.locator("#sheet-table td[data-match]")
        assert matched.count() == 5 * 5  # five overdue invoices, whole rows
        colours = {matched.nth(i).evaluate("td => td.style.backgroundColor") for i in range(25)}
        assert colours == {"rgb(255, 0, 0)"}
        page.screenshot(path=screenshot_path(tmp_path, "addin-standalone.png"), full_page=True)
        with page.expect_download() as download_info:
            best.get_by_role("button", name="Download workbook").click()
        download = download_info.value
        assert download.suggested_filename == "invoices-formatted.xlsx"
        saved = tmp_path / "downloaded.xlsx"
        download.save_as(saved)
    sheet = openpyxl.load_workbook(saved)["Invoices"]
    (formatting,) = list(sheet.conditional_formatting)
    (rule,) = formatting.rules
    assert str(formatting.sqref) == "A2:E13" and rule.type == "expression"
    assert "TODAY()" in rule.formula[0] and "$D2" in rule.formula[0]
    assert rule.dxf.fill.fgColor.rgb.endswith("FF0000")


# The Office mode's table: Sheet "Q3 Sales", selection B3:E7, a date column as Excel gives it.
SELECTION = {
    "address": "'Q3 Sales'!B3:E7",
    "values": [
        ["Region", "Rep", "Revenue", "Due"],
        ["North", "Ivy", 125000, 46027],
        ["South", "Omar", 98000, 47484],
        ["North", "Lena", 143500, 45717],
        ["East", "Raj", 87250, 47849],
    ],
    "numberFormat": [["General"] * 4] + [["General", "General", "$#,##0", "m/d/yyyy"]] * 4,
    "text": [
        ["Region", "Rep", "Revenue", "Due"],
        ["North", "Ivy", "$125,000", "1/5/2026"],
        ["South", "Omar", "$98,000", "1/1/2030"],
        ["North", "Lena", "$143,500", "3/1/2025"],
        ["East", "Raj", "$87,250", "1/1/2031"],
    ],
}
RED = {"fill": {"color": "#FF0000"}, "font": {}}
BOLD_GREEN = {"fill": {}, "font": {"color": "#00B050", "bold": True}}
# request → (the rule the model proposes, the range and part the pane must set)
OFFICE_CASES = {
    "big revenue in bold green text": (
        "GreaterThan(c[2], 100000)",
        "D4:D7", "CellValue",
        {"format": BOLD_GREEN, "rule": {"formula1": "=100000", "operator": "GreaterThan"}},
    ),
    "north in red": (
        "TextContains(c[0], North)",
        "B4:B7", "ContainsText",
        {"format": RED, "rule": {"operator": "Contains", "text": "North"}},
    ),
    "top two in red": (
        "Top(c[2], 2)", "D4:D7", "TopBottom",
        {"format": RED, "rule": {"rank": 2, "type": "TopItems"}},
    ),
    "duplicate regions in red": (
        "Duplicates(c[0])", "B4:B7", "PresetCriteria",
        {"format": RED, "rule": {"criterion": "DuplicateValues"}},
    ),
    "overdue rows in red": (
        "Rows(BeforeToday(c[3]))", "B4:E7", "Custom",
        {"format": RED, "rule": {"formula": "=IF(ISNUMBER($E4),INT($E4)<TODAY(),FALSE())"}},
    ),
    "color scale": (
        "ColorScale(c[2])", "D4:D7", "ColorScale",
        {"criteria": {
            "minimum": {"type": "LowestValue", "formula": None, "color": "#F8696B"},
            "midpoint": {"type": "Percentile", "formula": "50", "color": "#FFEB84"},
            "maximum": {"type": "HighestValue", "formula": None, "color": "#63BE7B"},
        }},
    ),
    "data bars": (
        "DataBar(c[2])", "D4:D7", "DataBar", {"positiveFormat": {"fillColor": "#638EC6"}},
    ),
    "icons": ("IconSet(c[2])", "D4:D7", "IconSet", {"style": "ThreeTrafficLights1"}),
}  # fmt: skip


@pytest.mark.slow
def test_office_mode_adds_and_undoes_rules(browser: Any, tmp_path: Path) -> None:
    """(b) Inside Excel (a fake Office.js): each request's Apply makes exactly the
    conditionalFormats.add call its rule type needs; Undo deletes those rules again."""
    model = FixedGenerator({text: case[0] for text, case in OFFICE_CASES.items()})
    with live_server(lambda target: model) as base:
        page = office_page(browser, base, SELECTION)
        page.wait_for_function("document.querySelector('#selection').textContent.includes('B3')")
        for number, text in enumerate(OFFICE_CASES, 1):
            page.fill("#text", text)
            page.click("#suggest")
            page.wait_for_selector("#candidates li")  # the pane clears the list when asked
            page.locator("#candidates li").first.get_by_role("button", name="Apply").click()
            page.wait_for_function(f"document.querySelectorAll('#applied li').length === {number}")
            if text == "overdue rows in red":
                page.screenshot(path=screenshot_path(tmp_path, "addin-excel.png"), full_page=True)
        calls = page.evaluate("window.__excel.calls()")
        expected = [
            {"sheet": "Q3 Sales", "address": address, "type": kind, "id": f"cf-{i}", "set": part}
            for i, (_, address, kind, part) in enumerate(OFFICE_CASES.values(), 1)
        ]
        assert calls == expected
        for button in page.get_by_role("button", name="Undo").all()[::-1]:
            button.click()
        page.wait_for_function("document.querySelectorAll('#applied li').length === 0")
        deleted = page.evaluate("window.__excel.deleted")
        assert [d["id"] for d in deleted] == [f"cf-{i}" for i in range(len(OFFICE_CASES), 0, -1)]
        assert all(d["sheet"] == "Q3 Sales" for d in deleted)
        assert page.locator("#error").is_hidden()


@pytest.mark.slow
def test_office_mode_shows_errors_inline(browser: Any) -> None:
    with live_server(lambda target: FixedGenerator({})) as base:
        selection = dict(SELECTION, values=[["Region"], [1]], numberFormat=[["General"]] * 2)
        page = office_page(browser, base, selection)
        page.fill("#text", "in blurple fill")
        page.click("#suggest")
        page.wait_for_selector("#error:not([hidden])")
        assert "unknown colour 'blurple'" in page.inner_text("#error")
        assert page.locator("#suggest").is_enabled()


@pytest.mark.slow
def test_office_mode_works_from_the_keyboard(browser: Any) -> None:
    """Type, Enter to ask, Tab to Apply, Enter to apply, Tab to Undo, Enter to undo."""
    model = FixedGenerator({"north": "TextContains(c[0], North)"})
    with live_server(lambda target: model) as base:
        page = office_page(browser, base, SELECTION)
        page.focus("#text")
        page.keyboard.type("north in red")
        page.keyboard.press("Enter")
        page.wait_for_selector("#candidates li")
        for name in ("Apply", "Undo"):
            for _ in range(12):
                page.keyboard.press("Tab")
                if page.evaluate("document.activeElement.textContent") == name:
                    break
            page.keyboard.press("Enter")
            page.wait_for_function(
                f"window.__excel.{'added' if name == 'Apply' else 'deleted'}.length === 1"
            )
        assert page.locator("#applied li").count() == 0
