"""Malformed requests for every route of an app, drawn at random (a seed repeats them): what
scripts/soak_server.py sends a running server and tests/test_server.py sends the test client.

The contract they check (`broken_answer`): whatever arrives, the answer is never a 5xx, and an
error, or anything /api/ says, is JSON. Bodies are wrong in the ways clients get them wrong:
not JSON, JSON of the wrong type or with fields of the wrong types (the API's own field names),
invalid UTF-8, truncated, over the size limit, broken multipart forms with damaged workbooks;
with any method, a random or missing content type, odd headers and paths.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import random
import string
import urllib.parse
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
from flask import Flask
from werkzeug.routing import Rule

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")
CONTENT_TYPES = (
    "application/json",
    "application/json; charset=latin-1",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data",  # no boundary
    "multipart/form-data; boundary=other",
    "application/xml",
    "",
    "x/y; z",
)
DOWNLOADS = (  # what /api/apply-xlsx answers a good request with
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroEnabled.12",
)
FIELDS = ("text", "values", "address", "number_formats", "top_k", "target", "today", "rule")
FORM_FIELDS = ("text", "sheet", "range", "pick", "rule")
ODD_TEXT = (
    "", " ", "²", "١٢", "-1", "0", "99999999999999999999", "1e309", "NaN", "A0", "Sheet1!A1:B",
    "ZZZZ1:A1", "'x'!A1:B3", "\x00", "\ud800", "🙂" * 40, "c[999]", "=1/0", "Oops((", "a" * 600,
    "2024-13-45", "../../etc/passwd", "highlight big amounts",
)  # fmt: skip


@dataclass(frozen=True)
class RawRequest:
    """One request as bytes on the wire; `kind` says how its body is malformed."""

    method: str
    path: str  # with its query string, percent-encoded
    headers: tuple[tuple[str, str], ...]
    body: bytes
    kind: str


def malformed_requests(app: Flask, seed: int, count: int) -> list[RawRequest]:
    """`count` malformed requests spread over every route of `app` (and a few unknown paths)."""
    rng = random.Random(seed)
    rules = list(app.url_map.iter_rules())
    limit = int(app.config["MAX_CONTENT_LENGTH"])
    return [one_request(rng, rules, limit) for _ in range(count)]


def one_request(rng: random.Random, rules: list[Rule], limit: int) -> RawRequest:
    api = [r for r in rules if r.rule.startswith("/api/")]
    rule = rng.choice(api if api and rng.random() < 0.7 else rules)
    path = concrete_path(rng, rule) if rng.random() < 0.9 else "/" + quoted(rng, odd_text(rng))
    if rng.random() < 0.2:
        path += "?" + urllib.parse.urlencode({odd_text(rng): odd_text(rng)}, errors="surrogatepass")
    allowed = sorted(rule.methods or ())
    method = rng.choice(allowed) if allowed and rng.random() < 0.7 else rng.choice(METHODS)
    make_body = oversized if rng.random() < OVERSIZED_SHARE else rng.choice(BODIES)
    kind, content_type, body = make_body(rng, limit)
    if rng.random() < 0.2:
        content_type = rng.choice(CONTENT_TYPES)
    headers = (("Content-Type", content_type), *odd_headers(rng))
    return RawRequest(method, path, headers, body, kind)


def concrete_path(rng: random.Random, rule: Rule) -> str:
    """The rule's path with each variable part filled by an odd (percent-encoded) value."""
    path = rule.rule
    for name in rule.arguments:
        value = rng.choice(("taskpane.html", "x.py", "__init__.py", "..", odd_text(rng)))
        for variable in (f"<path:{name}>", f"<{name}>"):
            path = path.replace(variable, quoted(rng, value))
    return path


def quoted(rng: random.Random, text: str) -> str:
    safe = "/" if rng.random() < 0.5 else ""
    return urllib.parse.quote(text.encode("utf-8", "surrogatepass"), safe=safe)


def odd_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(ODD_TEXT)
    return "".join(rng.choice(string.printable + "é€\u202e") for _ in range(rng.randint(0, 40)))


def odd_headers(rng: random.Random) -> list[tuple[str, str]]:
    choices = [
        ("Origin", "https://localhost:3000"),
        ("Origin", "https://evil.example"),
        ("Accept", "text/html"),
        ("Accept-Charset", "utf-16"),
        ("X-Padding", "x" * rng.randint(1, 8000)),
        ("Cookie", "session=" + "".join(rng.choices(string.ascii_letters, k=30))),
        ("Content-Encoding", "gzip"),
    ]
    return rng.sample(choices, rng.randint(0, 3))


def odd_json(rng: random.Random, depth: int = 0) -> object:
    """A JSON value of a random type (NaN and huge numbers included)."""
    pick = rng.randrange(10 if depth < 3 else 7)
    simple = (None, rng.random() < 0.5, rng.randint(-(10**30), 10**30), float("nan"),
              rng.uniform(-1e308, 1e308), odd_text(rng), 0)  # fmt: skip
    if pick < len(simple):
        return simple[pick]
    if pick == 7:
        return [odd_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if pick == 8:
        return [[odd_json(rng, depth + 1) for _ in range(3)] for _ in range(rng.randint(1, 4))]
    return {odd_text(rng): odd_json(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def odd_grid(rng: random.Random) -> object:
    """`values` (or `number_formats`) nearly right: rows of cells, some odd, ragged at times."""
    width, height = rng.randint(1, 4), rng.randint(1, 5)
    cells: tuple[Callable[[], object], ...] = (
        lambda: rng.choice(("Amount", "", 12, 1e300, -1e300, 3.5, True, None, "yyyy-mm-dd")),
        lambda: odd_json(rng, 2),
    )
    cell = rng.choice(cells)
    return [[cell() for _ in range(width + (rng.random() < 0.1))] for _ in range(height)]


Body = tuple[str, str, bytes]  # (kind, content type, body)


def json_fields(rng: random.Random, _: int) -> Body:
    """An object with the API's field names, each of a random (mostly wrong) type."""
    body: dict[str, object] = {}
    for field in rng.sample(FIELDS, rng.randint(0, len(FIELDS))):
        grid_like = field in ("values", "number_formats") and rng.random() < 0.6
        body[field] = odd_grid(rng) if grid_like else odd_json(rng)
    if rng.random() < 0.5:
        body["text"] = odd_text(rng)
    return "json fields", "application/json", json.dumps(body).encode("utf-8", "surrogatepass")


def nearly_valid_json(rng: random.Random, _: int) -> Body:
    """A good /api/generate body with one or two fields made odd: it gets past the first checks
    to the deeper ones (addresses, dates from serials, rules, formats)."""
    values: list[list[object]] = [
        ["Item", "Amount", "Due"],
        ["Pen", 3000, 45000],
        ["Ink", 30, 45001],
    ]
    formats = [
        ["General"] * 3,
        ["General", "0.00", "yyyy-mm-dd"],
        ["General", "0.00", "yyyy-mm-dd"],
    ]
    body: dict[str, object] = {"text": "highlight big amounts", "values": values,
                               "number_formats": formats, "address": "Sheet1!B2:D4"}  # fmt: skip
    for field in rng.sample(FIELDS, rng.randint(1, 2)):
        if field == "values" and rng.random() < 0.7:
            values[rng.randint(1, 2)][rng.randint(0, 2)] = odd_json(rng, 2)
        else:
            body[field] = odd_text(rng) if rng.random() < 0.5 else odd_json(rng, 1)
    return (
        "nearly valid json",
        "application/json",
        json.dumps(body).encode("utf-8", "surrogatepass"),
    )


def json_not_object(rng: random.Random, _: int) -> Body:
    value = rng.choice(([1, 2], 3, "text", None, True, [[{"text": "x"}]]))
    return "json not an object", "application/json", json.dumps(value).encode()


def broken_json(rng: random.Random, _: int) -> Body:
    whole = json.dumps({"text": "highlight big amounts", "values": [["A"], [1]]})
    return "broken json", "application/json", whole[: rng.randint(0, len(whole) - 1)].encode()


def invalid_utf8(rng: random.Random, _: int) -> Body:
    junk = bytes(rng.choice((0xFF, 0xFE, 0xC0, 0x80, 0xED)) for _ in range(rng.randint(1, 8)))
    body = b'{"text": "' + junk + b'", "values": [["A"], [1]]}'
    return "invalid utf-8", rng.choice(("application/json", "text/plain")), body


def random_bytes(rng: random.Random, _: int) -> Body:
    return "random bytes", rng.choice(CONTENT_TYPES), rng.randbytes(rng.randint(0, 2000))


def oversized(rng: random.Random, limit: int) -> Body:
    """Just over the body limit (a JSON string, so only its size is wrong)."""
    padding = b"x" * (limit + rng.randint(1, 1000))
    return "oversized", "application/json", b'{"text": "' + padding + b'"}'


def url_form(rng: random.Random, _: int) -> Body:
    fields = {f: odd_text(rng) for f in rng.sample(FORM_FIELDS, rng.randint(0, 5))}
    body = urllib.parse.urlencode(fields, errors="surrogatepass").encode()
    return "url-encoded form", "application/x-www-form-urlencoded", body


def multipart(rng: random.Random, _: int) -> Body:
    """A form for /api/read-xlsx or /api/apply-xlsx, good but for one or two odd fields; its
    'workbook' sound, damaged (junk, empty, a zip without a workbook) or missing."""
    fields: dict[str, bytes] = {"text": b"highlight big amounts", "sheet": b"Sheet"}
    for field in rng.sample(FORM_FIELDS, rng.randint(1, 2)):
        fields[field] = odd_text(rng).encode("utf-8", "surrogatepass")
    parts: list[tuple[str, bytes, str | None]] = [(f, v, None) for f, v in fields.items()]
    if rng.random() < 0.9:
        name = rng.choice(("book.xlsx", "book.xlsm", "book.xls", "book", "../x.xlsx", ".xlsx"))
        content = good_workbook() if rng.random() < 0.6 else damaged_workbook(rng)
        parts.append(("workbook", content, name))
    boundary = "b" + "".join(rng.choices(string.ascii_letters, k=12))
    body = form_data(parts, boundary)
    if rng.random() < 0.1:
        body = body[: rng.randint(0, len(body))]  # cut off mid-part
    return "multipart", f"multipart/form-data; boundary={boundary}", body


def form_data(parts: list[tuple[str, bytes, str | None]], boundary: str) -> bytes:
    """multipart/form-data of (field, value, file name or None) parts."""
    lines: list[bytes] = []
    for field, value, filename in parts:
        disposition = f'form-data; name="{field}"'
        disposition += f'; filename="{filename}"' if filename else ""
        lines += [f"--{boundary}".encode(), f"Content-Disposition: {disposition}".encode()]
        lines += [b"", value]
    return b"\r\n".join([*lines, f"--{boundary}--".encode(), b""])


@functools.cache
def good_workbook() -> bytes:
    """A small sound workbook (text, numbers, dates), so odd form fields reach the sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Item", "Amount", "Due"], ["Pen", 3000, dt.date(2024, 3, 1)], ["Ink", 30, None]):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def damaged_workbook(rng: random.Random) -> bytes:
    pick = rng.randrange(3)
    if pick == 0:
        return rng.randbytes(rng.randint(0, 500))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>" if pick == 1 else rng.randbytes(50))
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='S'/></sheets>")
    return buffer.getvalue()


# Bodies by how often they come (oversized ones are sent only now and then: they are big).
BODIES: tuple[Callable[[random.Random, int], Body], ...] = (
    json_fields, json_fields, nearly_valid_json, nearly_valid_json, json_not_object,
    broken_json, invalid_utf8, random_bytes, url_form, multipart, multipart, multipart,
)  # fmt: skip
OVERSIZED_SHARE = 0.02


def broken_answer(request: RawRequest, status: int, content_type: str, body: bytes) -> str | None:
    """Why an answer breaks the contract (a 5xx; an error, or an /api/ answer other than a
    download, that is not JSON), or None. HEAD answers and OPTIONS' allowed-methods answers
    carry no body by design."""
    if status >= 500:
        return f"status {status}"
    if request.method == "HEAD" or (request.method == "OPTIONS" and status < 400):
        return None
    if status < 400 and (not request.path.startswith("/api/") or content_type in DOWNLOADS):
        return None  # a page, an icon, a redirect, or a formatted workbook
    if not content_type.startswith("application/json"):
        return f"status {status} with {content_type or 'no content type'}, not JSON"
    try:
        json.loads(body)
    except ValueError:
        return f"status {status} with a body that does not parse as JSON"
    return None
