"""The Flask backend through its test client: every endpoint, happy paths and bad input."""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from flask.testing import FlaskClient

from cf_excel.server.app import Limits, create_app
from cf_excel.server.selection import selection_table
from tests.test_apply import FixedModel

MODEL = FixedModel({"big": "GreaterThan(c[1], 100)", "slow": "Top(c[1], 1)", "bad": "Oops(("})
VALUES = [["Item", "Qty"], ["Pen", 30], ["Ink", 120], ["Pad", 300]]


@pytest.fixture
def client() -> FlaskClient:
    return create_app(lambda: MODEL, Limits(max_text_chars=40, max_cells=20)).test_client()


def test_health(client: FlaskClient) -> None:
    assert client.get("/api/health").get_json() == {"status": "ok", "model_loaded": False}


def test_generate(client: FlaskClient) -> None:
    reply = client.post(
        "/api/generate",
        json={"text": "big qty in green", "values": VALUES, "address": "Data!C5:D8"},
    )
    assert reply.status_code == 200
    body = reply.get_json()
    assert body["range"] == "C5:D8" and body["model"] == "fixed"
    (best,) = body["candidates"]
    assert best["cells"] == ["D7", "D8"] and best["applies_to"] == ["D6:D8"]
    assert best["format"]["fill"] == "#00B050"
    assert best["officejs"] == {
        "range": "D6:D8",
        "type": "CellValue",
        "rule": {"formula1": "=100", "operator": "GreaterThan"},
        "format": {"fill": "#00B050", "fontColor": None, "bold": False, "italic": False},
    }
    assert best["sentence"] == "Qty is greater than 100 → green fill (2 rows match)"


def test_a_selection_without_headers_gets_lettered_ones(client: FlaskClient) -> None:
    values = [[1, 30], [2, 120]]
    body = client.post(
        "/api/generate", json={"text": "big", "values": values, "address": "B2:C3"}
    ).get_json()
    assert body["range"] == "B1:C3" and body["candidates"][0]["cells"] == ["C3"]


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ({"values": VALUES}, 400, "'text' is empty"),
        ({"text": "x" * 41, "values": VALUES}, 400, "longer than 40 characters"),
        ({"text": "big", "values": [[1] * 5] * 5}, 400, "more than 20 cells"),
        ({"text": "big", "values": [["a", "b"], [1]]}, 400, "same number of cells"),
        ({"text": "big", "values": "A1"}, 400, "non-empty 2-D array"),
        ({"text": "big", "values": [["a"], [{"x": 1}]]}, 400, "text, numbers, booleans or null"),
        ({"text": "big", "values": VALUES, "address": "nowhere"}, 400, "is not a range"),
        ({"text": "big", "values": VALUES, "top_k": 0}, 400, "top_k must be"),
        ({"text": "big", "values": VALUES, "target": "bash"}, 400, "not served here"),
        ({"text": "big in blurple fill", "values": VALUES}, 400, "unknown colour 'blurple'"),
    ],
)
def test_generate_bad_input(
    client: FlaskClient, payload: dict[str, object], status: int, message: str
) -> None:
    reply = client.post("/api/generate", json=payload)
    assert reply.status_code == status and message in reply.get_json()["error"]


def test_not_json_and_unknown_routes(client: FlaskClient) -> None:
    assert "send a JSON object" in client.post("/api/generate", data="hi").get_json()["error"]
    assert client.get("/api/nothing").status_code == 404
    assert client.get("/api/generate").status_code == 405
    assert "error" in client.get("/api/nothing").get_json()


def test_body_size_limit() -> None:
    app = create_app(lambda: MODEL, Limits(max_body_bytes=1000))
    reply = app.test_client().post("/api/generate", json={"text": "x" * 2000, "values": VALUES})
    assert reply.status_code == 413 and "error" in reply.get_json()


def test_cors_only_for_the_addin_origin(client: FlaskClient) -> None:
    addin = client.get("/api/health", headers={"Origin": "https://localhost:3000"})
    other = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert addin.headers["Access-Control-Allow-Origin"] == "https://localhost:3000"
    assert "Access-Control-Allow-Origin" not in other.headers


def workbook_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in VALUES:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_apply_xlsx(client: FlaskClient, tmp_path: Path) -> None:
    reply = client.post(
        "/api/apply-xlsx",
        data={"text": "big", "workbook": (io.BytesIO(workbook_bytes()), "stock.xlsx")},
    )
    assert reply.status_code == 200
    assert "stock-formatted.xlsx" in reply.headers["Content-Disposition"]
    (tmp_path / "out.xlsx").write_bytes(reply.data)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert [str(cf.sqref) for cf in sheet.conditional_formatting] == ["B2:B4"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fields", "upload", "message"),
    [
        ({"text": "big"}, None, "form field 'workbook'"),
        ({"text": "big"}, "notes.txt", "not '.txt'"),
        ({}, "a.xlsx", "'text' is empty"),
        ({"text": "big"}, "broken.xlsx", "broken.xlsx: not a readable"),
        ({"text": "bad"}, "a.xlsx", "no valid rule"),
        ({"text": "big", "sheet": "Nope"}, "a.xlsx", "no sheet named 'Nope'"),
        ({"text": "big", "pick": "x"}, "a.xlsx", "pick must be"),
    ],
)
def test_apply_xlsx_bad_input(
    client: FlaskClient, fields: dict[str, object], upload: str | None, message: str
) -> None:
    assert_refused(client, "/api/apply-xlsx", fields, upload, message)


def test_busy_and_slow_requests_get_503_and_504() -> None:
    gate = threading.Event()

    class Slow(FixedModel):
        def generate(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            gate.wait(5)
            return super().generate(*args, **kwargs)

    app = create_app(lambda: Slow(MODEL.rules), Limits(workers=1, timeout_s=0.3))
    client = app.test_client()
    payload = {"text": "slow", "values": VALUES}
    assert client.post("/api/generate", json=payload).status_code == 504
    worker = threading.Thread(target=lambda: app.test_client().post("/api/generate", json=payload))
    worker.start()
    time.sleep(0.05)
    assert client.post("/api/generate", json=payload).status_code in (503, 504)
    gate.set()
    worker.join()


def test_generate_types_dates_by_their_number_format(client: FlaskClient) -> None:
    """Office.js gives dates as serial numbers; the numberFormat makes them dates."""
    values = [["Item", "Due"], ["Pen", 45000], ["Ink", 46000]]
    formats = [["General", "General"], ["General", "m/d/yyyy"], ["General", "m/d/yyyy"]]
    model = FixedModel({"late": "BeforeToday(c[1])"})
    app = create_app(lambda: model, Limits())
    body = (
        app.test_client()
        .post("/api/generate", json={"text": "late", "values": values, "number_formats": formats})
        .get_json()
    )
    assert body["header"] == ["Item", "Due"]
    assert body["candidates"][0]["cells"] == ["B2", "B3"]  # 2023 and 2025: before today
    as_numbers = app.test_client().post("/api/generate", json={"text": "late", "values": values})
    assert as_numbers.get_json()["candidates"][0]["cells"] == []


def test_generate_rejects_number_formats_of_another_shape(client: FlaskClient) -> None:
    payload = {"text": "big", "values": VALUES, "number_formats": [["General", "General"]]}
    reply = client.post("/api/generate", json=payload)
    assert reply.status_code == 400 and "shape of 'values'" in reply.get_json()["error"]


def dated_workbook_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Report"])
    sheet.append([])
    sheet.append(["Item", "Share", "Due"])
    sheet.append(["Pen", 0.25, dt.date(2024, 3, 1)])
    sheet.append(["Ink", 0.5, dt.date(2024, 4, 2)])
    for row in (4, 5):
        sheet.cell(row, 2).number_format = "0%"
    workbook.create_sheet("Notes")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_read_xlsx_gives_the_table_as_office_js_would(client: FlaskClient) -> None:
    upload = {"workbook": (io.BytesIO(dated_workbook_bytes()), "report.xlsx")}
    body = client.post("/api/read-xlsx", data=upload).get_json()
    assert body["sheets"] == ["Sheet", "Notes"] and body["sheet"] == "Sheet"
    assert body["address"] == "A3:C5"  # below the title row
    assert body["values"] == [
        ["Item", "Share", "Due"],
        ["Pen", 0.25, 45352.0],
        ["Ink", 0.5, 45384.0],
    ]
    assert body["number_formats"][1] == ["General", "0%", "yyyy-mm-dd"]
    assert body["text"][1] == ["Pen", "25%", "2024-03-01"]
    # What the standalone page sends back reads as the same table.
    table = selection_table(body["values"], body["address"], body["number_formats"], 100)
    assert table.rows[0] == ("Pen", 0.25, dt.date(2024, 3, 1))
    assert table.origin == (3, 1) and table.number_formats[1] == "0%"


@pytest.mark.parametrize(
    ("upload", "fields", "message"),
    [
        (None, {}, "form field 'workbook'"),
        ("notes.csv", {}, "not '.csv'"),
        ("broken.xlsx", {}, "broken.xlsx: "),
        ("a.xlsx", {"sheet": "Nope"}, "no sheet named 'Nope'"),
    ],
)
def test_read_xlsx_bad_input(
    client: FlaskClient, upload: str | None, fields: dict[str, object], message: str
) -> None:
    assert_refused(client, "/api/read-xlsx", fields, upload, message)


def assert_refused(
    client: FlaskClient, path: str, fields: dict[str, object], upload: str | None, message: str
) -> None:
    """A form (with a workbook named `upload`, a broken one when so named) gets 400 + message."""
    form = dict(fields)
    if upload is not None:
        content = b"PK\x03\x04" if upload.startswith("broken") else workbook_bytes()
        form["workbook"] = (io.BytesIO(content), upload)
    reply = client.post(path, data=form)
    assert reply.status_code == 400 and message in reply.get_json()["error"]


def test_read_xlsx_cell_limit(client: FlaskClient) -> None:
    big = [["Item", "Qty"]] + [[f"x{i}", i] for i in range(20)]
    workbook = openpyxl.Workbook()
    for row in big:
        workbook.active.append(row)  # type: ignore[union-attr]
    buffer = io.BytesIO()
    workbook.save(buffer)
    reply = client.post(
        "/api/read-xlsx", data={"workbook": (io.BytesIO(buffer.getvalue()), "b.xlsx")}
    )
    assert reply.status_code == 400 and "more than 20 cells" in reply.get_json()["error"]


def test_apply_xlsx_with_the_previewed_rule(client: FlaskClient, tmp_path: Path) -> None:
    """The standalone page downloads exactly the rule it previewed, not a fresh model pick."""
    form = {
        "text": "anything in bold",
        "rule": "LessThan(c[1], 200)",
        "workbook": (io.BytesIO(workbook_bytes()), "stock.xlsx"),
    }
    reply = client.post("/api/apply-xlsx", data=form)
    assert reply.status_code == 200
    (tmp_path / "out.xlsx").write_bytes(reply.data)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    (rule,) = [r for cf in sheet.conditional_formatting for r in cf.rules]  # type: ignore[union-attr]
    assert rule.operator == "lessThan" and rule.formula == ["200"] and rule.dxf.font.b
    bad = dict(form, rule="Oops((", workbook=(io.BytesIO(workbook_bytes()), "stock.xlsx"))
    reply = client.post("/api/apply-xlsx", data=bad)
    assert reply.status_code == 400 and "does not parse" in reply.get_json()["error"]


def test_pages_and_manifest_are_served(client: FlaskClient) -> None:
    assert client.get("/").headers["Location"].endswith("/taskpane.html")
    page = client.get("/taskpane.html")
    assert page.status_code == 200 and b'src="taskpane.js"' in page.data
    assert client.get("/assets/icon-80.png").data.startswith(b"\x89PNG")
    assert client.get("/__init__.py").status_code == 404
    manifest = client.get("/manifest.xml", base_url="https://example.test:8443")
    text = manifest.data.decode()
    assert "https://example.test:8443/taskpane.html" in text and "localhost:3000" not in text
