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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cf_excel.candidates import Generator
from cf_excel.codefusion.confidence import Calibration
from cf_excel.codefusion.config import Target
from cf_excel.server.app import create_app
from cf_excel.server.serving import make_server
from tests.support import FixedGenerator, build_examples, stacked_workbook

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


def office_page(
    browser: Any, base: str, selection: dict[str, Any], viewport: dict[str, int] = PANE_SIZE
) -> Any:
    """The pane as Excel would open it: the fake Office.js in place of the real one, a range
    selected."""
    page = browser.new_page(viewport=viewport)
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
        selection = dict(
            SELECTION, address="'Q3 Sales'!B3:B4", values=[["Region"], [1]],
            numberFormat=[["General"]] * 2, text=[["Region"], ["1"]],
        )  # fmt: skip
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


def ask(page: Any, text: str) -> Any:
    """Type `text`, ask, and wait for the answer's suggestions (the pane clears the old ones)."""
    page.fill("#text", text)
    with page.expect_response("**/api/generate") as answer:
        page.click("#suggest")
    page.wait_for_selector("#candidates li")
    return answer.value.json()


STRIP_KEYS = """([endpoint, keys]) => {
  const original = window.fetch;
  window.fetch = async (...args) => {
    const response = await original(...args);
    if (!String(args[0]).endsWith(endpoint) || !response.ok) return response;
    const body = await response.json();
    for (const item of [body, ...(body.candidates || [])]) keys.forEach((key) => delete item[key]);
    return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
  };
}"""


def without_keys(page: Any, endpoint: str, keys: tuple[str, ...]) -> None:
    """From now on the loaded page gets `endpoint`'s replies without `keys` (at the top and in
    each candidate), as from a server that does not send them. (The page's fetch is wrapped:
    Playwright's route.fetch would resend an uploaded workbook garbled.)"""
    page.evaluate(STRIP_KEYS, [endpoint, list(keys)])


@pytest.mark.slow
def test_sentences_first_rule_and_runners_up_on_demand(browser: Any) -> None:
    """The best suggestion shows its sentence, not its code; "Show rule" (a keyboard-operable
    disclosure) shows the code; the runners-up wait, collapsed, behind "Other suggestions (2)"."""
    rules = {
        "big": "GreaterThan(c[2], 100000)",
        "north": "TextContains(c[0], North)",
        "late": "BeforeToday(c[3])",
    }
    with live_server(lambda target: FixedGenerator(rules)) as base:
        page = office_page(browser, base, SELECTION)
        reply = ask(page, "big north late")
        candidates = reply["candidates"]
        assert len(candidates) == 3
        shown = page.inner_text("#candidates")  # the rendered text: hidden parts left out
        assert f"{candidates[0]['sentence']} 33% sure" in shown  # how sure, beside it
        assert not any(rule in shown for rule in rules.values())
        suggestions = page.locator("#candidates li.suggestion")
        best, *others = (suggestions.nth(i) for i in range(3))
        assert best.locator(".rule-code").is_hidden()
        assert all(other.is_hidden() for other in others)
        assert page.locator("details.others > summary").inner_text() == "Other suggestions (2)"

        best.get_by_role("button", name="Apply").focus()
        page.keyboard.press("Tab")  # Apply → Show rule
        assert page.evaluate("document.activeElement.textContent") == "Show rule"
        page.keyboard.press("Enter")
        assert best.locator(".rule-code").inner_text() == candidates[0]["rule"]
        playwright_api.expect(best.locator("details.rule > summary")).to_have_text("Hide rule")
        page.keyboard.press("Space")
        assert best.locator(".rule-code").is_hidden()
        page.keyboard.press("Tab")  # → Other suggestions (2)
        page.keyboard.press("Enter")
        for other, candidate in zip(others, candidates[1:], strict=True):
            assert other.locator(".sentence .words").inner_text() == candidate["sentence"]
            assert other.locator(".rule-code").is_hidden()
        assert page.locator("#error").is_hidden()


# The selection with one due date typed into a text-formatted cell: no date rule colours it.
TEXT_DATE: dict[str, Any] = json.loads(json.dumps(SELECTION))
TEXT_DATE["values"][3][3] = "3/1/2025"
TEXT_DATE["numberFormat"][3][3] = "@"


@pytest.mark.slow
def test_warnings_show_under_the_sentence(browser: Any) -> None:
    """A candidate's `warnings` (a date stored as text) show right under its sentence; a reply
    without the key (an older server) shows the suggestion without them."""
    model = FixedGenerator({"late": "Rows(BeforeToday(c[3]))"})
    with live_server(lambda target: model) as base:
        page = office_page(browser, base, TEXT_DATE)
        reply = ask(page, "late rows")
        (warning,) = reply["candidates"][0]["warnings"]
        best = page.locator("#candidates li.suggestion").first
        assert best.locator(".warnings li").all_inner_texts() == [warning]
        after = best.locator(".sentence").evaluate("p => p.nextElementSibling.className")
        assert after == "warnings"

        without_keys(page, "api/generate", ("warnings", "tables"))
        ask(page, "late rows")
        best = page.locator("#candidates li.suggestion").first
        assert "before today" in best.locator(".sentence").inner_text()
        assert best.locator(".warnings").count() == 0
        assert page.locator("#error").is_hidden()


LOOK_OF = """td => { const s = getComputedStyle(td);
    return {fill: s.backgroundColor, font: s.color, weight: s.fontWeight, style: s.fontStyle}; }"""


WHITE, BLACK = "rgb(255, 255, 255)", "rgb(0, 0, 0)"
# request → what the preview's matched cells look like: the format the file gets
LOOKS = {
    "north": {"fill": "rgb(255, 199, 206)", "font": "rgb(156, 0, 6)", "weight": "400",
              "style": "normal"},  # Excel's default: light red fill with dark red text
    "north in red": {"fill": "rgb(255, 0, 0)", "font": BLACK, "weight": "400", "style": "normal"},
    "north in bold italic green text": {"fill": WHITE, "font": "rgb(0, 176, 80)", "weight": "700",
                                        "style": "italic"},
}  # fmt: skip


def rgb(colour: str | None, default: str) -> str:
    if colour is None:
        return default
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


@pytest.mark.slow
def test_preview_shows_the_format_the_file_gets(browser: Any) -> None:
    """The preview's cells take fill, font colour, bold and italic from the candidate's format,
    exactly what Apply sets through Office.js; no font colour in the format: black text."""
    model = FixedGenerator({"north": "TextContains(c[0], North)"})
    with live_server(lambda target: model) as base:
        page = office_page(browser, base, SELECTION)
        for text, look in LOOKS.items():
            applied = ask(page, text)["candidates"][0]["officejs"]["format"]
            matched = page.locator("#candidates li").first.locator("td[data-match]")
            assert matched.count() == 2  # North twice
            assert matched.first.evaluate(LOOK_OF) == look, text
            assert look == {
                "fill": rgb(applied["fill"], WHITE),
                "font": rgb(applied["fontColor"], BLACK),
                "weight": "700" if applied["bold"] else "400",
                "style": "italic" if applied["italic"] else "normal",
            }


WIDE_HEADER = ["Name", *(f"Month {i}" for i in range(1, 12))]
WIDE = {
    "address": "Sheet1!A1:L4",
    "values": [WIDE_HEADER] + [[name, *range(10 * i, 10 * i + 11)] for i, name in
                               enumerate(["Ann", "Bo", "Cy"], 1)],
    "numberFormat": [["General"] * 12] * 4,
}  # fmt: skip
WIDE["text"] = [[str(v) for v in row] for row in WIDE["values"]]


@pytest.mark.slow
def test_narrow_pane_scrolls_the_highlighted_column_into_view(browser: Any) -> None:
    """At 320 px the preview of a rule on the eleventh column scrolls sideways to it, keeping
    the first column (row names) in place."""
    model = FixedGenerator({"late": "GreaterThan(c[10], 30)"})
    with live_server(lambda target: model) as base:
        page = office_page(browser, base, WIDE, viewport={"width": 320, "height": 800})
        ask(page, "late in month 10")
        best = page.locator("#candidates li").first
        scroller = best.locator(".table-scroll")
        frame = scroller.bounding_box()
        first_column = best.locator("tbody tr").first.locator("td").first.bounding_box()
        cell = best.locator("td[data-match]").first.bounding_box()
        assert scroller.evaluate("s => s.scrollLeft") > 0
        assert first_column["x"] >= frame["x"] - 0.5  # still in view
        assert first_column["x"] + first_column["width"] <= cell["x"] + 0.5
        assert cell["x"] + cell["width"] <= frame["x"] + frame["width"] + 0.5


def inner_texts(page: Any, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_inner_texts()]


@pytest.mark.slow
def test_standalone_picks_a_table_or_a_typed_range(browser: Any, tmp_path: Path) -> None:
    """A sheet with two tables gets a picker; the chosen table (or a typed range) is what is
    previewed, sent to /api/generate and formatted in the download. Without `tables` in the
    reply (one table) there is no picker, and the range field still works."""
    workbook = stacked_workbook(tmp_path / "stacked.xlsx")
    model = FixedGenerator({"big": "GreaterThan(c[1], 5)"})
    with live_server(lambda target: model) as base:
        page = browser.new_page(viewport=PANE_SIZE, accept_downloads=True)
        page.route(OFFICE_JS, lambda route: route.abort())
        page.goto(f"{base}/taskpane.html")
        page.wait_for_selector("body[data-mode=standalone]")
        page.set_input_files("#workbook", str(workbook))
        page.wait_for_selector("#sheet-table tbody tr")
        assert page.locator("#table-choice").is_visible()
        assert inner_texts(page, "#table option") == [
            "A3:C7: Item, Qty, Value", "A10:C13: Supplier, Orders, Rating",
        ]  # fmt: skip
        assert page.input_value("#range") == "A3:C7"

        page.select_option("#table", "A10:C13")
        page.wait_for_function("document.querySelector('#sheet-title').textContent.includes('A10')")
        assert inner_texts(page, "#sheet-table th") == ["Supplier", "Orders", "Rating"]
        assert page.input_value("#range") == "A10:C13"
        with page.expect_request("**/api/generate") as sent:
            ask(page, "big orders")
        assert sent.value.post_data_json["address"] == "A10:C13"
        best = page.locator("#candidates li.suggestion").first
        assert "Orders is greater than 5" in best.locator(".sentence").inner_text()
        with page.expect_download() as download_info:
            best.get_by_role("button", name="Download workbook").click()
        download_info.value.save_as(tmp_path / "formatted.xlsx")
        sheet = openpyxl.load_workbook(tmp_path / "formatted.xlsx")["Inventory"]
        assert [str(f.sqref) for f in sheet.conditional_formatting] == ["B11:B13"]

        page.fill("#range", "A3:B7")
        page.press("#range", "Enter")
        page.wait_for_function("document.querySelector('#sheet-title').textContent.includes('B7')")
        assert inner_texts(page, "#sheet-table th") == ["Item", "Qty"]
        assert page.locator("#table option:checked").inner_text() == "A3:B7 (typed below)"

        page = browser.new_page(viewport=PANE_SIZE)
        page.route(OFFICE_JS, lambda route: route.abort())
        page.goto(f"{base}/taskpane.html")
        page.wait_for_selector("body[data-mode=standalone]")
        without_keys(page, "api/read-xlsx", ("tables",))
        page.set_input_files("#workbook", str(workbook))
        page.wait_for_selector("#sheet-table tbody tr")
        assert page.locator("#table-choice").is_hidden() and page.is_enabled("#range")
        page.fill("#range", "A10:C13")
        page.press("#range", "Enter")
        page.wait_for_function("document.querySelector('#sheet-title').textContent.includes('A10')")
        assert "Orders is greater than 5" in ask(page, "big")["candidates"][0]["sentence"]
        assert page.locator("#error").is_hidden()


@dataclass
class Unsure(FixedGenerator):
    """The fixed generator under a calibration that doubts a third of the samples."""

    calibration: Calibration = field(default_factory=lambda: Calibration(threshold=0.5))


@pytest.mark.slow
def test_not_sure_offers_the_closest_answers_instead_of_a_best_one(browser: Any) -> None:
    """Below the threshold the pane says so and why, and shows every closest answer as an equal
    choice with how sure it is; nothing is applied until one is picked. A sure answer after it
    is the best suggestion again."""
    rules = {
        "big": "GreaterThan(c[2], 100000)",
        "north": "TextContains(c[0], North)",
        "late": "BeforeToday(c[3])",
    }
    with live_server(lambda target: Unsure(rules)) as base:
        page = office_page(browser, base, SELECTION)
        reply = ask(page, "big north late")
        assert reply["abstained"] and reply["reason"] == "ungrounded"
        note = page.locator("#candidates .not-sure")
        assert note.get_by_role("heading").inner_text() == "Not sure — did you mean…"
        assert note.locator(".why").inner_text() == (
            "The best answer is only 33% sure (below 50%), and the request names none of its "
            "columns or values."
        )
        choices = page.get_by_role("list", name="Closest answers").locator("li.suggestion")
        assert choices.count() == 3 and all(choices.nth(i).is_visible() for i in range(3))
        assert inner_texts(page, ".suggestion .confidence") == ["33% sure"] * 3
        assert page.get_by_role("list", name="Best suggestion").count() == 0
        assert page.inner_text("#status").startswith("Not sure: 3 closest answers")
        assert page.evaluate("window.__excel.added.length") == 0
        choices.nth(1).get_by_role("button", name="Apply").click()
        page.wait_for_function("window.__excel.added.length === 1")
        assert page.evaluate("window.__excel.calls()")[0]["type"] == "ContainsText"

        ask(page, "north")  # one rule: all the samples agree
        assert page.locator(".not-sure").count() == 0
        best = page.get_by_role("list", name="Best suggestion").locator("li.suggestion")
        assert best.locator(".confidence").inner_text() == "99% sure"
        assert page.locator("#error").is_hidden()
