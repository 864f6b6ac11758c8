"""The Office.js form of a rule: what the add-in passes to `range.conditionalFormats.add`.

Rendered from the same `ExcelRule` as the .xlsx writer, with Office.js's own names
(`Excel.ConditionalFormatType`, `ConditionalCellValueOperator`, `ConditionalFormatPresetCriterion`,
`ConditionalTopBottomCriterionType`). Custom formulas keep their relative references, which
Office.js reads relative to the top-left cell of the range, as the file format does.
"""

from __future__ import annotations

from cf_excel.excel.formats import CellFormat
from cf_excel.excel.mapping import ExcelRule

CELL_VALUE_OPERATORS = {
    "between": "Between",
    "equal": "EqualTo",
    "notEqual": "NotEqualTo",
    "greaterThan": "GreaterThan",
    "lessThan": "LessThan",
    "greaterThanOrEqual": "GreaterThanOrEqual",
    "lessThanOrEqual": "LessThanOrEqual",
}
TEXT_OPERATORS = {"containsText": "Contains", "beginsWith": "BeginsWith", "endsWith": "EndsWith"}
PRESETS = {
    "containsBlanks": "Blanks",
    "notContainsBlanks": "NonBlanks",
    "containsErrors": "Errors",
    "notContainsErrors": "NonErrors",
    "duplicateValues": "DuplicateValues",
    "uniqueValues": "UniqueValues",
}
TIME_PERIODS = {
    "today": "Today", "yesterday": "Yesterday", "tomorrow": "Tomorrow",
    "last7Days": "LastSevenDays", "lastWeek": "LastWeek", "thisWeek": "ThisWeek",
    "nextWeek": "NextWeek", "lastMonth": "LastMonth", "thisMonth": "ThisMonth",
    "nextMonth": "NextMonth",
}  # fmt: skip


def officejs_rule(spec: ExcelRule, fmt: CellFormat) -> dict[str, object]:
    """{"type", "range", "rule", "format"} for the task pane's `conditionalFormats.add`."""
    described: dict[str, object] = {"range": ", ".join(spec.ranges)}
    if spec.type == "colorScale":
        return described | {
            "type": "ColorScale",
            "criteria": {
                "minimum": {"type": "LowestValue", "formula": None, "color": "#F8696B"},
                "midpoint": {"type": "Percentile", "formula": "50", "color": "#FFEB84"},
                "maximum": {"type": "HighestValue", "formula": None, "color": "#63BE7B"},
            },
        }
    if spec.type == "dataBar":
        return described | {"type": "DataBar", "barColor": "#638EC6"}
    if spec.type == "iconSet":
        return described | {"type": "IconSet", "style": "ThreeTrafficLights1"}
    look = {"fill": fmt.fill, "fontColor": fmt.font_color, "bold": fmt.bold, "italic": fmt.italic}
    return described | {"type": spec_type(spec), "rule": rule_of(spec), "format": look}


def spec_type(spec: ExcelRule) -> str:
    if spec.type == "cellIs":
        return "CellValue"
    if spec.type in TEXT_OPERATORS:
        return "ContainsText"
    if spec.type == "top10":
        return "TopBottom"
    if spec.type in PRESETS or spec.type in ("aboveAverage", "timePeriod"):
        return "PresetCriteria"
    return "Custom"


def rule_of(spec: ExcelRule) -> dict[str, object]:
    if spec.type == "cellIs":
        assert spec.operator is not None
        rule: dict[str, object] = {
            "formula1": "=" + spec.formula[0],
            "operator": CELL_VALUE_OPERATORS[spec.operator],
        }
        if len(spec.formula) > 1:
            rule["formula2"] = "=" + spec.formula[1]
        return rule
    if spec.type in TEXT_OPERATORS:
        return {"operator": TEXT_OPERATORS[spec.type], "text": spec.text}
    if spec.type == "top10":
        end = "Bottom" if spec.bottom else "Top"
        return {"rank": spec.rank, "type": f"{end}{'Percent' if spec.percent else 'Items'}"}
    if spec.type == "aboveAverage":
        return {"criterion": "AboveAverage" if spec.above_average else "BelowAverage"}
    if spec.type == "timePeriod":
        assert spec.time_period is not None
        return {"criterion": TIME_PERIODS[spec.time_period]}
    if spec.type in PRESETS:
        return {"criterion": PRESETS[spec.type]}
    return {"formula": "=" + spec.formula[0]}
