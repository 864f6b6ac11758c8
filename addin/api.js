// The backend's endpoints (served from the same origin as this page). Every failure becomes an
// Error carrying the server's own message, which the pane shows as written.

async function reply(response) {
  if (response.ok) return response;
  let message = `${response.status} ${response.statusText}`;
  try {
    message = (await response.json()).error || message;
  } catch (_) {
    // not JSON (a proxy's page): keep the status line
  }
  throw new Error(message);
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (_) {
    throw new Error("cannot reach the cf-excel server; is `cf-excel serve` running?");
  }
  return reply(response);
}

/** Candidates for `text` on a range given as Office.js gives it. */
export async function generate(text, range) {
  const body = {
    text,
    values: range.values,
    address: range.address,
    number_formats: range.numberFormats,
    top_k: 5,
  };
  const response = await send("api/generate", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** The table on a sheet of an uploaded workbook (at `range`, else its main one), in Office.js's
 * shape, with the sheet's `tables` for a picker. */
export async function readWorkbook(file, sheet, range) {
  const form = new FormData();
  form.append("workbook", file);
  if (sheet) form.append("sheet", sheet);
  if (range) form.append("range", range);
  const response = await send("api/read-xlsx", { method: "POST", body: form });
  return response.json();
}

/** The workbook with `rule` added to the table at `address`: {blob, name}. */
export async function formattedWorkbook(file, text, sheet, address, rule) {
  const form = new FormData();
  form.append("workbook", file);
  form.append("text", text);
  form.append("sheet", sheet);
  form.append("range", address);
  form.append("rule", rule);
  const response = await send("api/apply-xlsx", { method: "POST", body: form });
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = /filename="?([^";]+)"?/.exec(disposition);
  return { blob: await response.blob(), name: name ? name[1] : "formatted.xlsx" };
}
