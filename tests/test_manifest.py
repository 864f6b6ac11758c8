"""manifest.xml: a valid Excel TaskPaneApp manifest whose every URL the server answers.

The element orders are the xs:sequence orders of Office's add-in manifest schemas
(TaskPaneAppVersionOverridesV1_0.xsd and OfficeAppBasicTypes, as documented in
learn.microsoft.com "Office Add-ins XML manifest" reference); Office refuses to sideload a
manifest whose elements are out of order.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient

MANIFEST = Path(__file__).resolve().parents[1] / "manifest.xml"
OFFICE = "{http://schemas.microsoft.com/office/appforoffice/1.1}"
OVERRIDES = "{http://schemas.microsoft.com/office/taskpaneappversionoverrides}"
BASIC = "{http://schemas.microsoft.com/office/officeappbasictypes/1.0}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

# Each parent's children in schema order, with the ones a TaskPaneApp must have.
ORDER = {
    "OfficeApp": [
        "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName",
        "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts",
        "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides",
    ],
    "VersionOverrides": ["Description", "Requirements", "Hosts", "Resources"],
    "DesktopFormFactor": ["GetStarted", "FunctionFile", "ExtensionPoint"],
    "GetStarted": ["Title", "Description", "LearnMoreUrl"],
    "Group": ["Label", "Icon", "Control"],
    "Control": ["Label", "Supertip", "Icon", "Action"],
    "Supertip": ["Title", "Description"],
    "Action": ["TaskpaneId", "SourceLocation"],
    "Resources": ["Images", "Urls", "ShortStrings", "LongStrings"],
}  # fmt: skip
REQUIRED = {
    "OfficeApp": {
        "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
        "DefaultSettings", "Permissions",
    },
    "DesktopFormFactor": {"FunctionFile", "ExtensionPoint"},
    "Control": {"Label", "Supertip", "Icon", "Action"},
}  # fmt: skip
# Which resource list a resid must come from, by the element that refers to it.
RESOURCE_OF = {
    "Image": "Images",
    "SourceLocation": "Urls",
    "LearnMoreUrl": "Urls",
    "FunctionFile": "Urls",
    "Label": "ShortStrings",
    "Title": "ShortStrings",
    "Description": "LongStrings",
}
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


@pytest.fixture(scope="module")
def root() -> ET.Element:
    return ET.parse(MANIFEST).getroot()


def test_taskpane_app_for_excel(root: ET.Element) -> None:
    assert root.tag == OFFICE + "OfficeApp" and root.get(XSI_TYPE) == "TaskPaneApp"
    assert GUID.match(root.findtext(OFFICE + "Id", ""))
    assert re.fullmatch(r"\d+(\.\d+){1,3}", root.findtext(OFFICE + "Version", ""))
    hosts = [h.get("Name") for h in root.iter(OFFICE + "Host")]
    assert hosts == ["Workbook"]
    sets = {s.get("Name"): s.get("MinVersion") for s in root.iter(OFFICE + "Set")}
    assert sets == {"ExcelApi": "1.9"}  # conditionalFormats on RangeAreas (taskpane's excel.js)
    assert root.findtext(OFFICE + "Permissions") == "ReadWriteDocument"
    version_overrides = root.find(OVERRIDES + "VersionOverrides")
    assert version_overrides is not None
    assert version_overrides.get(XSI_TYPE) == "VersionOverridesV1_0"
    (action,) = version_overrides.iter(OVERRIDES + "Action")
    assert action.get(XSI_TYPE) == "ShowTaskpane"  # the ribbon button opens the pane


def test_elements_in_schema_order(root: ET.Element) -> None:
    for parent in root.iter():
        name = local(parent.tag)
        children = [local(child.tag) for child in parent]
        if name in ORDER:
            order = ORDER[name]
            unknown = [c for c in children if c not in order]
            assert not unknown, f"{name} has children the schema does not allow: {unknown}"
            positions = [order.index(c) for c in children]
            assert positions == sorted(positions), f"{name}'s children out of order: {children}"
        missing = REQUIRED.get(name, set()) - set(children)
        assert not missing, f"{name} lacks {missing}"


def test_every_resid_is_defined_in_the_right_list(root: ET.Element) -> None:
    resources = root.find(f"{OVERRIDES}VersionOverrides/{OVERRIDES}Resources")
    assert resources is not None
    defined = {local(group.tag): {item.get("id") for item in group} for group in resources}
    for identifiers in defined.values():
        assert all(identifier and len(identifier) <= 32 for identifier in identifiers)
    used = [(local(e.tag), e.get("resid")) for e in root.iter() if e.get("resid")]
    assert used
    for element, resid in used:
        assert resid is not None and len(resid) <= 32
        assert resid in defined[RESOURCE_OF[element]], f"{element} resid={resid} undefined"
    for node in root.iter():  # ids of groups and controls are limited to 125 characters
        assert len(node.get("id", "")) <= 125


def manifest_urls(root: ET.Element) -> list[str]:
    urls = [e.get("DefaultValue", "") for e in root.iter() if e.get("DefaultValue", "")]
    urls += [e.text or "" for e in root.iter(OFFICE + "AppDomain")]
    return [u for u in urls if "://" in u]


def test_urls_are_https_and_served(root: ET.Element, client: FlaskClient) -> None:
    urls = manifest_urls(root)
    assert len(urls) == 10 and len(set(urls)) == 7
    for url in urls:
        parts = urlsplit(url)
        assert parts.scheme == "https" and parts.netloc == "localhost:3000", url
        if parts.path:
            assert client.get(parts.path).status_code == 200, url


def test_icons_have_their_declared_sizes(root: ET.Element, client: FlaskClient) -> None:
    images = {e.get("id"): e.get("DefaultValue", "") for e in root.iter(BASIC + "Image")}
    declared = [
        (int(e.get("size", 0)), images[e.get("resid")])
        for e in root.iter(BASIC + "Image")
        if e.get("resid")
    ]
    for size, tag in ((32, "IconUrl"), (64, "HighResolutionIconUrl")):
        element = root.find(OFFICE + tag)
        assert element is not None
        declared.append((size, element.get("DefaultValue", "")))
    for size, url in declared:
        png = client.get(urlsplit(url).path).data
        assert png[:8] == b"\x89PNG\r\n\x1a\n", url
        assert struct.unpack(">II", png[16:24]) == (size, size), url  # IHDR width, height


def test_plain_http_is_refused_with_the_way_to_https(client: FlaskClient) -> None:
    """Office refuses an add-in at http URLs: a plain-http server says so and how to serve
    HTTPS, instead of handing out a manifest that cannot load."""
    plain = client.get("/manifest.xml", base_url="http://127.0.0.1:3000")
    message = plain.get_json()["error"]
    assert plain.status_code == 400
    assert "only over HTTPS" in message and "cf-excel serve --https" in message
    assert "https://127.0.0.1:3000/manifest.xml" in message
    served = client.get("/manifest.xml", base_url="https://127.0.0.1:3000")
    assert served.status_code == 200 and served.mimetype == "application/xml"
    urls = manifest_urls(ET.fromstring(served.data))
    assert urls and all(url.startswith("https://127.0.0.1:3000") for url in urls)
