"""LibreOffice rendering for the tests: the helpers live in `cf_excel.reliability.libreoffice`
(the differential script renders with them too); a test that needs soffice is marked
`needs_libreoffice`, so it is skipped where LibreOffice is not installed."""

from __future__ import annotations

import pytest

from cf_excel.reliability.libreoffice import (
    SOFFICE,
    RenderedCell,
    convert,
    imported_formats,
    render,
    render_sheets,
)

needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not found")

__all__ = [
    "RenderedCell",
    "convert",
    "imported_formats",
    "needs_libreoffice",
    "render",
    "render_sheets",
]
