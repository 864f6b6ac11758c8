"""The Flask backend through its test client: every endpoint, happy paths and bad input, and
create_app's config keys."""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from flask import Flask
from flask.testing import FlaskClient

from cf_excel.codefusion.config import Target
from cf_excel.generators import ModelUnavailableError
from cf_excel.server.app import DEFAULTS, create_app
from cf_excel.server.malformed import broken_answer, malformed_requests
from cf_excel.server.selection import selection_table
from tests.support import (
    INVOICE_RULES,
    TODAY,
    FixedGenerator,
    bash_reply,
    listing,
    stacked_workbook,
)

# An invoice selection for the fixed generator's rules (Amount is c[2]): 16 cells, under the
# `app` fixture's limit of 20.
VALUES = [
    ["Invoice", "Customer", "Amount", "Due"],
    ["INV-1", "Acme", 300, "2024-03-01"],
    ["INV-2", "Bolt", 1200, "2024-04-02"],
    ["INV-3", "Acme", 2500, "2024-03-10"],
]


def test_health(client: FlaskClient) -> None:
    assert client.get("/api/health").get_json() == {"status": "ok", "model_loaded": False}
    client.post("/api/generate", json={"text": "big", "values": VALUES})
    assert client.get("/api/health").get_json() == {"status": "ok", "model_loaded": True}


def test_generate(client: FlaskClient) -> None:
    reply = client.post(
        "/api/generate",
        json={"text": "big amounts in green", "values": VALUES, "address": "Data!C5:F8"},
    )
    assert reply.status_code == 200
    body = reply.get_json()
    assert set(body) == {
        "text", "target", "range", "header", "tables", "model", "steps", "latency_ms",
        "abstained", "reason", "why", "threshold", "candidates",
    }  # fmt: skip
    assert (body["target"], body["range"], body["model"], body["steps"]) == (
        "cf", "C5:F8", "fixed", None
    )  # fmt: skip
    assert body["header"] == ["Invoice", "Customer", "Amount", "Due"]
    assert body["tables"] == [{"address": "C5:F8", "header": body["header"]}]  # the selection's
    (best,) = body["candidates"]
    assert best["cells"] == ["E7", "E8"] and best["applies_to"] == ["E6:E8"]
    assert best["format"]["fill"] == "#00B050"
    assert best["officejs"] == {
        "range": "E6:E8",
        "type": "CellValue",
        "rule": {"formula1": "=1000", "operator": "GreaterThan"},
        "format": {"fill": "#00B050", "fontColor": None, "bold": False, "italic": False},
    }
    assert best["sentence"] == "Amount is greater than 1000 → green fill (2 rows match)"


def test_invalid_rules_come_last_with_their_error(client: FlaskClient) -> None:
    body = client.post("/api/generate", json={"text": "bad big", "values": VALUES}).get_json()
    assert [(c["rule"], c["valid"]) for c in body["candidates"]] == [
        ("GreaterThan(c[2], 1000)", True),
        ("Oops((", False),
    ]
    bad = body["candidates"][1]
    assert bad["error"] == "not a CF rule (unbalanced parentheses): 'Oops(('"
    assert (bad["cells"], bad["applies_to"], bad["excel"], bad["officejs"]) == ([], [], None, None)


def test_a_selection_without_headers_gets_lettered_ones(client: FlaskClient) -> None:
    values = [[1, "x", 30], [2, "y", 1200]]
    body = client.post(
        "/api/generate", json={"text": "big", "values": values, "address": "B2:D3"}
    ).get_json()
    assert body["range"] == "B1:D3" and body["header"] == ["Column B", "Column C", "Column D"]
    assert body["candidates"][0]["cells"] == ["D3"]


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ({"values": VALUES}, 400, "'text' is empty"),
        ({"text": "x" * 41, "values": VALUES}, 400, "longer than 40 characters"),
        ({"text": "big", "values": [[1] * 5] * 5}, 400, "more than 20 cells"),
        ({"text": "big", "values": [["a", "b"], [1]]}, 400, "same number of cells"),
        ({"text": "big", "values": "A1"}, 400, "non-empty 2-D array"),
        ({"text": "big", "values": [["a"], [{"x": 1}]]}, 400, "text, numbers, booleans or null"),
        ({"text": "big", "values": [["a"], [float("nan")]]}, 400, "numbers must be finite"),
        ({"text": "big", "values": VALUES, "address": "nowhere"}, 400, "is not a range"),
        ({"text": "big", "values": VALUES, "top_k": 0}, 400, "top_k must be"),
        ({"text": "big", "values": VALUES, "top_k": 11}, 400, "an integer from 1 to 10"),
        ({"text": "big", "values": VALUES, "top_k": True}, 400, "top_k must be"),
        ({"text": "big", "values": VALUES, "target": "sql"}, 400, "'sql' is not served here"),
        ({"text": "big in blurple fill", "values": VALUES}, 400, "unknown colour 'blurple'"),
        ({"text": "big", "values": VALUES, "today": "soon"}, 400, "written YYYY-MM-DD"),
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


def test_body_size_limit(fixed_model: FixedGenerator) -> None:
    app = create_app({"LOAD_GENERATOR": lambda target: fixed_model, "MAX_CONTENT_LENGTH": 1000})
    reply = app.test_client().post("/api/generate", json={"text": "x" * 2000, "values": VALUES})
    assert reply.status_code == 413 and "error" in reply.get_json()


def test_cors_only_for_the_addin_origin(client: FlaskClient) -> None:
    addin = client.get("/api/health", headers={"Origin": "https://localhost:3000"})
    other = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert addin.headers["Access-Control-Allow-Origin"] == "https://localhost:3000"
    assert "Access-Control-Allow-Origin" not in other.headers


def test_config_keys_override_the_defaults(app: Flask, fixed_model: FixedGenerator) -> None:
    """A test_config key replaces its default; the other keys keep theirs."""
    assert (app.config["MAX_TEXT_CHARS"], app.config["MAX_CELLS"]) == (40, 20)
    assert app.config["MAX_TOP_K"] == DEFAULTS["MAX_TOP_K"] == 10
    config = {"ALLOWED_ORIGIN": "https://pane.example", "MAX_TOP_K": 3}
    custom = create_app({"LOAD_GENERATOR": lambda target: fixed_model, **config})
    assert custom.config["MAX_TEXT_CHARS"] == DEFAULTS["MAX_TEXT_CHARS"] == 500
    client = custom.test_client()
    too_many = client.post("/api/generate", json={"text": "big", "values": VALUES, "top_k": 4})
    assert too_many.get_json() == {"error": "top_k must be an integer from 1 to 3"}
    form = {"text": "big", "pick": "4", "workbook": (io.BytesIO(workbook_bytes()), "a.xlsx")}
    assert client.post("/api/apply-xlsx", data=form).get_json() == {
        "error": "pick must be a number from 1 to 3"
    }
    pane = client.get("/api/health", headers={"Origin": "https://pane.example"})
    assert pane.headers["Access-Control-Allow-Origin"] == "https://pane.example"
    old = client.get("/api/health", headers={"Origin": "https://localhost:3000"})
    assert "Access-Control-Allow-Origin" not in old.headers


def test_load_generator_serves_every_target_once() -> None:
    """LOAD_GENERATOR(target) gives each target's generator, Bash's too, loaded on first use
    and then shared; a Bash reply carries code, not cells."""
    loaded: list[Target] = []

    def load(target: Target) -> FixedGenerator:
        loaded.append(target)
        return FixedGenerator(
            {"list": "ls -la", "broken": "if then", **INVOICE_RULES}, target=target
        )

    client = create_app({"LOAD_GENERATOR": load}).test_client()
    for _ in range(2):
        reply = client.post("/api/generate", json={"text": "broken list", "target": "bash"})
        answer = reply.get_json()
        invalid = {"code": "if then", "score": 0.0, "confidence": 0.0, "valid": False}
        assert answer == bash_reply("broken list", answer["latency_ms"], listing(0.5), invalid)
    assert loaded == ["bash"]
    assert client.get("/api/health").get_json()["model_loaded"] is False  # health is CF's
    client.post("/api/generate", json={"text": "big", "values": VALUES})
    assert loaded == ["bash", "cf"]
    assert client.get("/api/health").get_json()["model_loaded"] is True


def test_an_unavailable_model_is_503() -> None:
    def unavailable(target: Target) -> FixedGenerator:
        raise ModelUnavailableError(f"no checkpoint for {target}")

    client = create_app({"LOAD_GENERATOR": unavailable}).test_client()
    for target in ("cf", "bash", "python"):
        reply = client.post(
            "/api/generate", json={"text": "big", "values": VALUES, "target": target}
        )
        assert (reply.status_code, reply.get_json()) == (
            503,
            {"error": f"no checkpoint for {target}"},
        )
    form = {"text": "big", "workbook": (io.BytesIO(workbook_bytes()), "a.xlsx")}
    reply = client.post("/api/apply-xlsx", data=form)
    assert (reply.status_code, reply.get_json()) == (503, {"error": "no checkpoint for cf"})
    assert client.get("/api/health").get_json()["model_loaded"] is False


def test_model_keys_name_the_generator(tmp_path: Path) -> None:
    """Without LOAD_GENERATOR, MODEL and CHECKPOINT choose what loads (CHECKPOINT only for CF):
    an empty checkpoint folder, or no Bash autoregressive model, is a 503 that says so."""
    config = {"MODEL": "codefusion", "CHECKPOINT": str(tmp_path)}
    client = create_app(config).test_client()
    reply = client.post("/api/generate", json={"text": "big", "values": VALUES})
    assert reply.status_code == 503
    assert reply.get_json()["error"].startswith(f"no codefusion checkpoint for cf in {tmp_path}")
    config = {"MODEL": "autoregressive", "CHECKPOINT": str(tmp_path)}
    reply = (
        create_app(config)
        .test_client()
        .post("/api/generate", json={"text": "list files", "target": "bash"})
    )
    assert reply.status_code == 503
    assert reply.get_json()["error"].startswith("no autoregressive checkpoint for bash in ")
    assert str(tmp_path) not in reply.get_json()["error"]


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
    assert [str(cf.sqref) for cf in sheet.conditional_formatting] == ["C2:C4"]


@pytest.mark.parametrize(
    ("fields", "upload", "message"),
    [
        ({"text": "big"}, None, "form field 'workbook'"),
        ({"text": "big"}, "notes.txt", "not '.txt'"),
        ({}, "a.xlsx", "'text' is empty"),
        ({"text": "big"}, "broken.xlsx", "broken.xlsx: not a readable"),
        ({"text": "bad"}, "a.xlsx", "no valid rule for 'bad' (fixed proposed none)"),
        ({"text": "big", "sheet": "Nope"}, "a.xlsx", "no sheet named 'Nope'"),
        ({"text": "big", "pick": "x"}, "a.xlsx", "pick must be a number from 1 to 10"),
        ({"text": "big", "pick": "²"}, "a.xlsx", "pick must be a number from 1 to 10"),
    ],
)
def test_apply_xlsx_bad_input(
    client: FlaskClient, fields: dict[str, object], upload: str | None, message: str
) -> None:
    assert_refused(client, "/api/apply-xlsx", fields, upload, message)


def test_busy_and_slow_requests_get_503_and_504() -> None:
    """One worker, 0.5 s per generation and per wait for a slot, generations of 1.5 s: the first
    request times out (504); its generation keeps the slot until it ends (1.5 s: this generator
    never checks its budget), so the two sent meanwhile find the server busy (503) instead of
    queueing behind it."""
    slow = FixedGenerator(dict(INVOICE_RULES), delay_s=1.5)
    app = create_app({"LOAD_GENERATOR": lambda target: slow, "WORKERS": 1, "TIMEOUT_S": 0.5})
    payload = {"text": "big", "values": VALUES}
    statuses: list[int] = []

    def ask() -> None:
        statuses.append(app.test_client().post("/api/generate", json=payload).status_code)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
        time.sleep(0.15)
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [503, 503, 504]


def test_generate_types_dates_by_their_number_format() -> None:
    """Office.js gives dates as serial numbers; the numberFormat makes them dates (the prompt's
    column type), judged as of the request's `today`. Excel's date rules read any number as a
    serial, so the same numbers without their formats format the same cell."""
    values = [["Item", "Due"], ["Pen", 45000], ["Ink", 46000]]  # 2023-03-15 and 2025-12-09
    formats = [["General", "General"], ["General", "m/d/yyyy"], ["General", "m/d/yyyy"]]
    late = FixedGenerator({"late": "BeforeToday(c[1])"})
    client = create_app({"LOAD_GENERATOR": lambda target: late}).test_client()
    payload = {"text": "late", "values": values, "today": "2024-01-01"}
    body = client.post("/api/generate", json={**payload, "number_formats": formats}).get_json()
    assert body["header"] == ["Item", "Due"]
    assert body["candidates"][0]["cells"] == ["B2"]
    as_numbers = client.post("/api/generate", json=payload)
    assert as_numbers.get_json()["candidates"][0]["cells"] == ["B2"]


def test_a_serial_outside_excels_dates_stays_a_number() -> None:
    """Excel's dates run from serial 0 to 9999-12-31; a date-formatted cell outside them (Excel
    shows #####) is read as the number it is (it was a 500: a date past year 9999)."""
    values = [["Item", "Due"], ["Pen", 1e300], ["Ink", -5], ["Cap", 45000]]
    formats = [["General", "General"], *[["General", "m/d/yyyy"]] * 3]
    table = selection_table(values, None, formats, 20)
    assert [row[1] for row in table.rows] == [1e300, -5, dt.date(2023, 3, 15)]


def test_malformed_requests_get_json_4xx(fixed_model: FixedGenerator) -> None:
    """A fixed-seed sample of the soak script's malformed requests (`cf_excel.server.malformed`)
    against every route: never a 5xx, every error (and every /api/ answer but a download) JSON."""
    app = create_app({"LOAD_GENERATOR": lambda target: fixed_model, "MAX_CONTENT_LENGTH": 50_000})
    client = app.test_client()
    broken = []
    for request in malformed_requests(app, seed=20, count=400):
        reply = client.open(
            request.path, method=request.method, headers=list(request.headers), data=request.body
        )
        why = broken_answer(request, reply.status_code, reply.content_type or "", reply.data)
        if why:
            broken.append(f"{request.method} {request.path} ({request.kind}): {why}")
    assert broken == []


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
        workbook.active.append(row)
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
        "rule": "LessThan(c[2], 500)",
        "workbook": (io.BytesIO(workbook_bytes()), "stock.xlsx"),
    }
    reply = client.post("/api/apply-xlsx", data=form)
    assert reply.status_code == 200
    (tmp_path / "out.xlsx").write_bytes(reply.data)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    (rule,) = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert rule.operator == "lessThan" and rule.formula == ["500"] and rule.dxf.font.b
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


def test_an_unknown_model_is_refused_when_the_app_is_made() -> None:
    with pytest.raises(ValueError, match="unknown MODEL 'gpt'"):
        create_app({"MODEL": "gpt"})


def test_generate_reads_strings_as_text_cells_and_warns() -> None:
    """Office.js gives a text cell as a string: a due date typed into a text-formatted cell is
    no date to Excel's rule, so the preview skips it and the reply says why."""
    values = [["Item", "Due"], ["Pen", 45000], ["Ink", "13/03/2024"], ["Pad", 45400]]
    formats = [["General", "General"], ["General", "m/d/yyyy"], ["General", "@"],
               ["General", "m/d/yyyy"]]  # fmt: skip
    late = FixedGenerator({"late": "BeforeToday(c[1])"})
    client = create_app({"LOAD_GENERATOR": lambda target: late}).test_client()
    payload = {"text": "late", "values": values, "number_formats": formats, "today": "2024-03-15"}
    (candidate,) = client.post("/api/generate", json=payload).get_json()["candidates"]
    assert candidate["cells"] == ["B2"]
    assert candidate["warnings"] == [
        "1 date in Due is text, so this rule cannot colour it: convert it to a date "
        "(Data ▸ Text to Columns) or retype it"
    ]


def wide_workbook_bytes() -> bytes:
    """A 9-column table under a title: header on row 4, data from A5."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Stock, Q4"
    header = ["Item", "Qty", "Price", "Due", "Site", "Owner", "Bin", "Lot", "Note"]
    for column, name in enumerate(header, 1):
        sheet.cell(4, column, name)
    for row, (qty, due) in enumerate([(5, -3), (40, 2), (12, -1)], 5):
        values = [f"I{row}", qty, 2.5, TODAY + dt.timedelta(days=due), "N", "Ann", row, "L", ""]
        for column, value in enumerate(values, 1):
            sheet.cell(row, column, value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_text_must_be_a_string(client: FlaskClient) -> None:
    reply = client.post("/api/generate", json={"text": 123, "values": VALUES})
    assert (reply.status_code, reply.get_json()) == (
        400,
        {"error": "'text' must be a string, not int"},
    )
    reply = client.post("/api/generate", json={"text": "  ", "values": VALUES})
    assert reply.get_json()["error"] == "say what to highlight: 'text' is empty"


def test_apply_xlsx_refuses_a_rule_naming_a_column_the_table_lacks(client: FlaskClient) -> None:
    form = {"text": "big", "rule": "GreaterThan(c[40], 3)"}
    reply = client.post(
        "/api/apply-xlsx", data={**form, "workbook": (io.BytesIO(wide_workbook_bytes()), "w.xlsx")}
    )
    assert reply.status_code == 400
    assert reply.get_json()["error"] == (
        "the rule 'GreaterThan(c[40], 3)' does not fit this table: it names column c[40], but "
        "the table has 9 columns, c[0] to c[8]: Item, Qty, Price, Due, Site, Owner, Bin, Lot, Note"
    )


def test_apply_xlsx_takes_a_pasted_excel_formula(client: FlaskClient, tmp_path: Path) -> None:
    """A formula written for the top-left data cell (A5), no request text: whole rows, written
    as pasted, in Excel's default format."""
    upload = {"workbook": (io.BytesIO(wide_workbook_bytes()), "w.xlsx"), "rule": "=$D5<TODAY()"}
    reply = client.post("/api/apply-xlsx", data=upload)
    assert reply.status_code == 200, reply.get_json()
    (tmp_path / "out.xlsx").write_bytes(reply.data)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    (formats,) = list(sheet.conditional_formatting)
    assert str(formats.sqref) == "A5:I7" and formats.rules[0].formula == ["$D5<TODAY()"]


def test_generate_previews_a_given_rule(client: FlaskClient) -> None:
    """The pane's own rule: previewed as given (our language or an Excel formula), or refused
    with the parser's message."""
    payload = {"rule": "=$C2>1000", "values": VALUES, "address": "Data!A1:D4"}
    body = client.post("/api/generate", json=payload).get_json()
    assert (body["model"], body["text"]) == (None, "")
    (given,) = body["candidates"]
    assert (given["rule"], given["rows"], given["applies_to"]) == ("Rows($C2>1000)", 2, ["A2:D4"])
    assert given["officejs"]["rule"] == {"formula": "=$C2>1000"}
    reply = client.post("/api/generate", json={**payload, "rule": "=$C2>"})
    assert reply.status_code == 400 and "does not parse" in reply.get_json()["error"]


def test_an_unknown_colour_word_is_a_bad_request(client: FlaskClient) -> None:
    """Issue 18: "rows blurple" is refused with the closest names, before the model loads."""
    reply = client.post("/api/generate", json={"text": "big rows blurple", "values": VALUES})
    assert reply.status_code == 400
    assert reply.get_json()["error"].startswith("unknown colour 'blurple' (did you mean purple")
    assert client.get("/api/health").get_json()["model_loaded"] is False


def test_an_address_must_have_the_shape_of_values(client: FlaskClient) -> None:
    """Issue 18: the address places the values on the sheet, so it must be their range."""
    payload = {"text": "big", "values": VALUES, "address": "Data!A1:D9"}
    reply = client.post("/api/generate", json=payload)
    assert reply.status_code == 400 and reply.get_json()["error"] == (
        "'address' Data!A1:D9 is 9 rows × 4 columns but 'values' is 4 rows × 4 columns"
    )


def test_trailing_blank_rows_and_columns_of_a_selection_are_left_out(client: FlaskClient) -> None:
    values = [
        ["Invoice", "Customer", "Amount", ""],
        ["INV-1", "Acme", 300, ""],
        ["INV-2", "Bolt", 1200, None],
        ["", "", "", ""],
    ]
    payload = {"text": "big", "values": values, "address": "A1:D4"}
    body = client.post("/api/generate", json=payload).get_json()
    assert (body["range"], body["header"]) == ("A1:C3", ["Invoice", "Customer", "Amount"])
    assert body["candidates"][0]["applies_to"] == ["C2:C3"]


def test_read_xlsx_lists_the_sheets_tables_and_reads_the_one_picked(
    client: FlaskClient, tmp_path: Path
) -> None:
    """Issue 18: the standalone page gets every table of the sheet for its picker, and the
    picked one's values by its `range`."""
    book = stacked_workbook(tmp_path / "stacked.xlsx").read_bytes()
    body = client.post("/api/read-xlsx", data={"workbook": (io.BytesIO(book), "s.xlsx")}).get_json()
    assert body["address"] == "A3:C7" and body["tables"] == [
        {"address": "A3:C7", "header": ["Item", "Qty", "Value"]},
        {"address": "A10:C13", "header": ["Supplier", "Orders", "Rating"]},
    ]
    form = {"workbook": (io.BytesIO(book), "s.xlsx"), "range": "A10:C13"}
    picked = client.post("/api/read-xlsx", data=form).get_json()
    assert picked["address"] == "A10:C13" and picked["values"] == [
        ["Supplier", "Orders", "Rating"],
        ["Acme", 12, 4.5],
        ["Bolt", 3, 3.1],
        ["Cora", 8, 2.0],
    ]
