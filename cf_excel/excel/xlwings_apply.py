"""Add a rule to the workbook open in a running Excel, through xlwings (Windows COM / macOS).

The same `ExcelRule` the .xlsx writer uses is replayed as Excel object-model calls on
`Range.FormatConditions` (`Add`, `AddTop10`, `AddAboveAverage`, `AddUniqueValues`, ...), so the
live rule equals the written one. A machine without Excel (Linux, or Excel not running) gets a
LiveExcelError that says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule

# Excel object-model constants (XlFormatConditionType and friends).
XL_CELL_VALUE, XL_EXPRESSION, XL_TEXT_STRING = 1, 2, 9
XL_BLANKS, XL_NO_BLANKS, XL_ERRORS, XL_NO_ERRORS, XL_TIME_PERIOD = 10, 13, 16, 17, 11
CELL_OPERATORS = {
    "between": 1,
    "equal": 3,
    "notEqual": 4,
    "greaterThan": 5,
    "lessThan": 6,
    "greaterThanOrEqual": 7,
    "lessThanOrEqual": 8,
}
TEXT_OPERATORS = {"containsText": 0, "beginsWith": 2, "endsWith": 3}
DATE_OPERATORS = {
    "today": 0, "yesterday": 1, "last7Days": 2, "thisWeek": 3, "lastWeek": 4, "lastMonth": 5,
    "tomorrow": 6, "nextWeek": 7, "nextMonth": 8, "thisMonth": 9,
}  # fmt: skip
PRESET_TYPES = {
    "containsBlanks": XL_BLANKS,
    "notContainsBlanks": XL_NO_BLANKS,
    "containsErrors": XL_ERRORS,
    "notContainsErrors": XL_NO_ERRORS,
}
XL_TOP10_TOP, XL_TOP10_BOTTOM, XL_ABOVE, XL_BELOW, XL_DUPLICATE, XL_UNIQUE = 1, 0, 0, 1, 1, 0


class LiveExcelError(RuntimeError):
    """No running Excel (or no xlwings) to add the rule to."""


def apply_live(path: Path, sheet_name: str, spec: ExcelRule, fmt: CellFormat) -> None:
    """Add the rule to `path` as it is open in Excel (opened there when it is not)."""
    import xlwings

    try:
        if not xlwings.apps.count:
            raise LiveExcelError("--live needs a running Microsoft Excel; none was found")
        book = xlwings.Book(str(path))
    except LiveExcelError:
        raise
    except Exception as error:  # xlwings raises platform-specific errors without Excel
        raise LiveExcelError(
            f"--live needs Microsoft Excel running on Windows or macOS; "
            f"cannot reach it on this machine ({error})"
        ) from None
    sheet = book.sheets[sheet_name]
    for area in spec.ranges:
        add_format_condition(sheet.range(area).api.FormatConditions, spec, fmt)


def add_format_condition(conditions: Any, spec: ExcelRule, fmt: CellFormat) -> Any:
    """Replay one rule on a `FormatConditions` collection; returns the new condition."""
    first = "=" + spec.formula[0] if spec.formula else None
    if spec.type == "colorScale":
        return conditions.AddColorScale(ColorScaleType=3)
    if spec.type == "dataBar":
        return conditions.AddDatabar()
    if spec.type == "iconSet":
        return conditions.AddIconSetCondition()
    if spec.type == "cellIs":
        assert spec.operator is not None
        extra = {"Formula2": "=" + spec.formula[1]} if len(spec.formula) > 1 else {}
        condition = conditions.Add(
            Type=XL_CELL_VALUE, Operator=CELL_OPERATORS[spec.operator], Formula1=first, **extra
        )
    elif spec.type in TEXT_OPERATORS:
        condition = conditions.Add(
            Type=XL_TEXT_STRING, String=spec.text, TextOperator=TEXT_OPERATORS[spec.type]
        )
    elif spec.type == "top10":
        condition = conditions.AddTop10()
        condition.TopBottom = XL_TOP10_BOTTOM if spec.bottom else XL_TOP10_TOP
        condition.Rank = spec.rank
        condition.Percent = spec.percent
    elif spec.type == "aboveAverage":
        condition = conditions.AddAboveAverage()
        condition.AboveBelow = XL_ABOVE if spec.above_average else XL_BELOW
    elif spec.type in ("duplicateValues", "uniqueValues"):
        condition = conditions.AddUniqueValues()
        condition.DupeUnique = XL_DUPLICATE if spec.type == "duplicateValues" else XL_UNIQUE
    elif spec.type in PRESET_TYPES:
        condition = conditions.Add(Type=PRESET_TYPES[spec.type])
    elif spec.type == "timePeriod":
        assert spec.time_period is not None
        condition = conditions.Add(
            Type=XL_TIME_PERIOD, DateOperator=DATE_OPERATORS[spec.time_period]
        )
    else:
        condition = conditions.Add(Type=XL_EXPRESSION, Formula1=first)
    style(condition, fmt)
    return condition


def style(condition: Any, fmt: CellFormat) -> None:
    """Excel's COM colours are BGR integers."""
    if fmt.fill:
        condition.Interior.Color = bgr(fmt.fill)
    if fmt.font_color:
        condition.Font.Color = bgr(fmt.font_color)
    if fmt.bold:
        condition.Font.Bold = True
    if fmt.italic:
        condition.Font.Italic = True


def bgr(colour: str) -> int:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return red + (green << 8) + (blue << 16)
