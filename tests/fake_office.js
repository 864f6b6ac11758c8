// A stand-in for Office.js inside Excel, injected before the task pane loads (the real script
// from appsforoffice.microsoft.com is routed to an empty file). It serves a selected range from
// window.__selection and records every conditional format the pane adds or deletes in
// window.__excel, so a test can check the exact Office.js calls.
(() => {
  const PARTS = ["cellValue", "textComparison", "topBottom", "preset", "custom"];
  const PART_OF = {
    CellValue: "cellValue", ContainsText: "textComparison", TopBottom: "topBottom",
    PresetCriteria: "preset", Custom: "custom", ColorScale: "colorScale", DataBar: "dataBar",
    IconSet: "iconSet",
  };
  const record = { added: [], deleted: [], syncs: 0 };
  let nextId = 1;

  function conditionalFormat(sheet, address, type) {
    if (!(type in PART_OF)) throw new Error(`InvalidArgument: type ${type}`);
    const made = { id: null, type, sheet, address, loaded: [] };
    for (const part of PARTS) made[part] = { format: { fill: {}, font: {} }, rule: {} };
    made.colorScale = {};
    made.dataBar = { positiveFormat: {} };
    made.iconSet = {};
    made.load = (names) => { made.loaded.push(names); return made; };
    made.pendingId = `cf-${nextId++}`;
    record.added.push(made);
    return made;
  }

  function range(sheet, address) {
    return {
      conditionalFormats: {
        add: (type) => conditionalFormat(sheet, address, type),
        getItem: (id) => ({ delete: () => record.deleted.push({ sheet, address, id }) }),
      },
    };
  }

  const selection = () => window.__selection;
  const workbook = {
    getSelectedRange: () => ({
      load() {},
      get address() { return selection().address; },
      get values() { return selection().values; },
      get numberFormat() { return selection().numberFormat; },
      get text() { return selection().text; },
    }),
    worksheets: {
      getItem: (sheet) => ({
        getRange: (address) => range(sheet, address),
        getRanges: (address) => range(sheet, address),
      }),
    },
  };
  const context = {
    workbook,
    sync: async () => {
      record.syncs += 1;
      for (const made of record.added) made.id = made.pendingId;
    },
  };

  // What each added rule was set to: the part of the ConditionalFormat its type configures.
  record.calls = () => record.added.map((made) => ({
    sheet: made.sheet, address: made.address, type: made.type, id: made.id,
    set: made[PART_OF[made.type]],
  }));
  window.__excel = record;
  window.Excel = { run: async (work) => work(context) };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: (callback) => {
      const info = { host: "Excel", platform: "PC" };
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
