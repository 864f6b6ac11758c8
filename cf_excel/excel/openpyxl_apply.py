"""openpyxl's objects for a rule: Excel's conditional-format XML without writing it by hand.

Each rule is rendered from its `ExcelRule` description (`cf_excel.excel.mapping`): Excel's own
rule types where they are exact, formula rules elsewhere, with the requested format as a
differential style. `xlsx_patch` serialises these into the workbook's package.
"""

from __future__ import annotations

import re

from openpyxl.formatting.rule import ColorScaleRule, DataBarRule, IconSetRule, Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule

# A function newer than Excel 2007 is stored with the `_xlfn.` prefix (ECMA-376 Part 1, 18.17.7);
# unprefixed, Excel and LibreOffice read it as an unknown name (#NAME?). Strings are kept as is.
NEWER_FUNCTION = re.compile(r'"(?:[^"]|"")*"|(?<![\w.])(AGGREGATE)(?=\()')


def openpyxl_rule(spec: ExcelRule, fmt: CellFormat) -> Rule:
    """The openpyxl rule object for one description."""
    if spec.type == "colorScale":  # Excel's default green-yellow-red scale
        return ColorScaleRule(
            start_type="min",
            start_color="F8696B",
            mid_type="percentile",
            mid_value=50,
            mid_color="FFEB84",
            end_type="max",
            end_color="63BE7B",
        )
    if spec.type == "dataBar":
        return DataBarRule(start_type="min", end_type="max", color="638EC6")
    if spec.type == "iconSet":
        return IconSetRule("3TrafficLights1", "percent", [0, 33, 67])
    rule = Rule(type=spec.type, dxf=differential_style(fmt))
    if spec.formula:
        rule.formula = [stored_formula(f) for f in spec.formula]
    if spec.operator:
        rule.operator = spec.operator
    if spec.text is not None:
        rule.text = spec.text
    if spec.type == "top10":
        rule.rank, rule.percent, rule.bottom = spec.rank, spec.percent or None, spec.bottom or None
    if spec.type == "aboveAverage" and not spec.above_average:
        rule.aboveAverage = False
    if spec.time_period:
        rule.timePeriod = spec.time_period
    return rule


def stored_formula(formula: str) -> str:
    """A formula as the file stores it: `AGGREGATE(` becomes `_xlfn.AGGREGATE(`."""
    return NEWER_FUNCTION.sub(lambda m: "_xlfn." + m[1] if m[1] else m[0], formula)


def differential_style(fmt: CellFormat) -> DifferentialStyle:
    fill = (
        PatternFill(
            fill_type="solid",
            start_color=argb(fmt.fill),
            end_color=argb(fmt.fill),
            bgColor=argb(fmt.fill),
        )
        if fmt.fill
        else None
    )
    font = Font(
        color=argb(fmt.font_color) if fmt.font_color else None,
        bold=fmt.bold or None,
        italic=fmt.italic or None,
    )
    return DifferentialStyle(font=font, fill=fill)


def argb(color: str | None) -> str | None:
    return None if color is None else "FF" + color.lstrip("#").upper()
