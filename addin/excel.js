// Office mode: the selected range in, conditional formats out, through Office.js's Excel API
// (ExcelApi 1.9: conditionalFormats on ranges and on multi-area RangeAreas).

/** The selected range as the backend takes it, plus its displayed text for previews. */
export async function readSelection() {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["address", "values", "numberFormat", "text"]);
    await context.sync();
    return {
      address: range.address,
      values: range.values,
      numberFormats: range.numberFormat,
      text: range.text,
    };
  });
}

// The part of a ConditionalFormat that each type configures.
const PART = {
  CellValue: "cellValue",
  ContainsText: "textComparison",
  TopBottom: "topBottom",
  PresetCriteria: "preset",
  Custom: "custom",
};

function setLook(target, look) {
  if (look.fill) target.fill.color = look.fill;
  if (look.fontColor) target.font.color = look.fontColor;
  if (look.bold) target.font.bold = true;
  if (look.italic) target.font.italic = true;
}

/** Configure a new ConditionalFormat from the candidate's `officejs` object. */
function configure(conditionalFormat, spec) {
  switch (spec.type) {
    case "ColorScale":
      conditionalFormat.colorScale.criteria = spec.criteria;
      return;
    case "DataBar":
      conditionalFormat.dataBar.positiveFormat.fillColor = spec.barColor;
      return;
    case "IconSet":
      conditionalFormat.iconSet.style = spec.style;
      return;
    case "Custom":
      conditionalFormat.custom.rule.formula = spec.rule.formula;
      setLook(conditionalFormat.custom.format, spec.format);
      return;
    default: {
      const part = conditionalFormat[PART[spec.type]];
      if (!part) throw new Error(`unknown conditional format type ${spec.type}`);
      part.rule = spec.rule;
      setLook(part.format, spec.format);
    }
  }
}

function targetRange(context, sheet, address) {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  // Several areas ("B2:B9, D2:D9") are one rule over all of them, as Excel's own dialog makes.
  return address.includes(",") ? worksheet.getRanges(address) : worksheet.getRange(address);
}

/** Add the rule to `sheet`; returns what Undo needs: {sheet, address, id}. */
export async function addRule(sheet, spec) {
  return Excel.run(async (context) => {
    const target = targetRange(context, sheet, spec.range);
    const conditionalFormat = target.conditionalFormats.add(spec.type);
    configure(conditionalFormat, spec);
    conditionalFormat.load("id");
    await context.sync();
    return { sheet, address: spec.range, id: conditionalFormat.id };
  });
}

/** Delete a rule this pane added (and nothing else). */
export async function removeRule(added) {
  return Excel.run(async (context) => {
    const target = targetRange(context, added.sheet, added.address);
    target.conditionalFormats.getItem(added.id).delete();
    await context.sync();
  });
}
