"""Write a rule into an .xlsx as real Excel conditional formatting, through openpyxl.

Predicate rules become formula rules (`cf_excel.excel.formulas`) with a differential style;
ColorScale / DataBar / IconSet become Excel's own visual rules. The result goes to a new file,
written atomically (temporary file, then rename); the input is never overwritten unless the
caller passes the same path on purpose.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.formatting.rule import ColorScaleRule, DataBarRule, FormulaRule, IconSetRule, Rule
from openpyxl.styles import Font, PatternFill

from cf_excel.excel.formulas import Anchor, rule_formula
from cf_excel.rules import ast
from cf_excel.rules.executor import applied_columns, column_letter
from cf_excel.sheets.table import Table


@dataclass(frozen=True)
class CellFormat:
    """What a matched cell looks like; colours are #RRGGBB."""

    fill: str | None = "#FFC7CE"  # Excel's "Light Red Fill with Dark Red Text"
    font_color: str | None = "#9C0006"
    bold: bool = False
    italic: bool = False


def excel_rules(rule: ast.Rule, table: Table, fmt: CellFormat) -> Iterator[tuple[str, Rule]]:
    """(range, openpyxl rule) pairs that make Excel format what the executor highlights."""
    columns = applied_columns(rule, table)
    first, last = table.data_rows

    def block(lo: int, hi: int) -> str:
        start, end = column_letter(table.origin[1] + lo), column_letter(table.origin[1] + hi)
        return f"{start}{first}:{end}{last}"

    if isinstance(rule, ast.Visual):
        yield block(min(columns), max(columns)), visual_rule(rule.op)
        return
    if contains_formula(rule):  # relative references were written for the top-left cell
        anchor = Anchor(table, min(columns), columns)
        yield block(min(columns), max(columns)), formula_rule(rule_formula(rule, anchor), fmt)
        return
    for column in columns:
        anchor = Anchor(table, column, columns)
        yield block(column, column), formula_rule(rule_formula(rule, anchor), fmt)


def contains_formula(rule: ast.Rule) -> bool:
    match rule:
        case ast.Formula():
            return True
        case ast.And(rules) | ast.Or(rules):
            return any(contains_formula(r) for r in rules)
        case ast.Not(inner):
            return contains_formula(inner)
    return False


def formula_rule(formula: str, fmt: CellFormat) -> Rule:
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
    return FormulaRule(formula=[formula], fill=fill, font=font)


def visual_rule(op: ast.VisualOp) -> Rule:
    if op == "ColorScale":  # Excel's default green-yellow-red scale
        return ColorScaleRule(
            start_type="min",
            start_color="F8696B",
            mid_type="percentile",
            mid_value=50,
            mid_color="FFEB84",
            end_type="max",
            end_color="63BE7B",
        )
    if op == "DataBar":
        return DataBarRule(start_type="min", end_type="max", color="638EC6")
    return IconSetRule("3TrafficLights1", "percent", [0, 33, 67])


def argb(color: str | None) -> str | None:
    return None if color is None else "FF" + color.lstrip("#").upper()


def apply_rule(
    source: str | Path,
    target: str | Path,
    rule: ast.Rule,
    table: Table,
    sheet_name: str,
    fmt: CellFormat,
) -> list[str]:
    """Add the rule to a copy of `source` saved as `target`; returns the ranges formatted."""
    source, target = Path(source), Path(target)
    workbook = openpyxl.load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    sheet = workbook[sheet_name]
    ranges = []
    for cell_range, excel_rule in excel_rules(rule, table, fmt):
        sheet.conditional_formatting.add(cell_range, excel_rule)
        ranges.append(cell_range)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=target.suffix)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return ranges
