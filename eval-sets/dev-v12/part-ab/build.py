"""Build the six workbooks of dev-v12 part AB (openpyxl only, fixed seeds 1201-1206).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Adapted from dev-v6 part O's build.py (the helpers; the workbooks are this set's own).
Run:  python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 2)
BOLD = Font(bold=True)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list, fmts: dict[int, str] | None = None) -> None:
    """Write a row; `fmts` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if fmts and i in fmts:
            c.number_format = fmts[i]
        elif isinstance(v, dt.datetime):
            c.number_format = "yyyy-mm-dd"
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setd(ws, ref: str, v, fmt: str = "yyyy-mm-dd") -> None:
    """Set a cell by hand, with a number format (dates by default)."""
    ws[ref] = v
    ws[ref].number_format = fmt


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ olive_press
def olive() -> None:
    rng = random.Random(1201)
    wb = Workbook()
    ws = wb.active
    ws.title = "Intake"
    ws["A1"] = "Frantoio Colle Verde - 2026 harvest intake"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Olives weighed on arrival. Yield = litres of oil per kg of olives. Acidity = free oleic acid."
    cols = ["Ticket", "Grower", "Variety", "Delivered", "Arr. time", "Olives (kg)", "Oil (L)",
            "Yield %", "Acidity %", "Pressed", "Fee (€)", "Paid (€)", "Organic?"]
    header(ws, 4, 2, cols)                               # header at B4, table B4:N48
    ws["P4"] = "EVOO max acidity"
    setd(ws, "Q4", 0.008, "0.0%")
    ws["P5"] = "Min yield"
    setd(ws, "Q5", 0.13, "0%")
    growers = ["Bianchi F.", "Coop. San Rocco", "Marchetti", "Rossi & figli", "L. Conti",
               "Agriturismo Le Querce", "Greco A.", "Sartori", "Podere Vigna", "E. Ferrara",
               "Moretti", "Villa Aurora"]
    organic = {"Coop. San Rocco", "Podere Vigna", "Villa Aurora", "Agriturismo Le Querce"}
    varieties = ["Frantoio", "Frantoio", "Leccino", "Leccino", "Moraiolo", "Pendolino", "Coratina"]
    avoid = {0, -7, -14, -30, -1, -2, -3, -10, -21, -28}
    offs = sorted(pick_offset(rng, -50, -1, avoid) for _ in range(42)) + [-1, 0]
    for i, off in enumerate(offs):
        r = 5 + i
        g = rng.choice(growers)
        kg = rng.choice([320, 480, 610, 760, 905, 1140, 1385, 1620, 1850, 2240, 2710, 3180])
        kg += rng.choice([0, 5, 10, 15, 20, 25, 35, 40, 45])
        hh = rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18])
        mm = rng.choice([10, 20, 40, 50]) if hh in (7, 18) else rng.choice([0, 15, 30, 45])
        wait = rng.choice([0, 1, 1, 2, 2, 3, 4, 6])
        pressed = off + wait if off + wait <= -1 else None
        yld = rng.choice([0.112, 0.121, 0.127, 0.134, 0.141, 0.148, 0.156, 0.163, 0.171, 0.184])
        oil = round(kg * yld, 1) if pressed is not None else None
        y = round(oil / kg, 4) if oil is not None else None
        acid = rng.choice([0.0021, 0.0028, 0.0034, 0.0042, 0.0051, 0.0063, 0.0074, 0.0092, 0.0118, 0.0156]) \
            if pressed is not None else None
        fee = round(kg * rng.choice([0.14, 0.16]), 2)
        paid = None
        if pressed is not None and rng.random() < 0.7:
            paid = fee if rng.random() < 0.8 else round(fee * 0.5, 2)
        put(ws, r, 2, [f"T-{2601 + i:04d}", g, rng.choice(varieties), day(off), hm(hh, mm), kg, oil, y,
                       acid, day(pressed) if pressed is not None else None, fee, paid,
                       "Yes" if g in organic else "No"],
            {6: "#,##0.0", 7: "0.0%", 8: "0.00%", 10: "#,##0.00", 11: "#,##0.00"})

    gr = wb.create_sheet("Growers")
    header(gr, 1, 1, ["Grower", "Village", "Grove (ha)", "Trees", "Quota (kg)", "Delivered (kg)",
                      "Member since", "Phone"])
    villages = ["Montalto", "San Rocco", "Pieve", "Montalto", "Casole"]
    for i, g in enumerate(growers + ["Frantoio staff", "Bruni G.", "Castello Orsi", "Nardi"]):
        r = 2 + i
        ha = rng.choice([0.8, 1.5, 2.2, 3.4, 4.1, 5.5, 7.2, 9.8])
        trees = int(ha * rng.choice([180, 220, 260]))
        quota = int(round(ha * rng.choice([1600, 2000, 2400]), -1))
        deliv = int(round(quota * rng.choice([0.0, 0.45, 0.7, 0.92, 1.04, 1.15, 1.3]), -1))
        since = date(rng.randint(1988, 2025), rng.randint(1, 12), rng.randint(1, 28))
        put(gr, r, 1, [g, rng.choice(villages), ha, trees, quota, deliv, since,
                       f"+39 0577 {rng.randint(100000, 999999)}"])
    header(gr, 1, 10, ["On hold", "Reason"])

    tk = wb.create_sheet("Tanks")
    tk["A1"] = "Oil in tank at week end (L)"
    tk["A1"].font = BOLD
    weeks = ["W44", "W45", "W46", "W47", "W48"]
    header(tk, 2, 1, ["Tank"] + weeks + ["Capacity"])
    for i in range(10):
        cap = rng.choice([800, 1200, 1500, 2000])
        v = rng.choice([0, 60, 150, 300])
        vals = []
        for _ in weeks:
            v = max(0, min(cap, v + rng.choice([-220, -90, 0, 85, 160, 310, 420])))
            vals.append(v)
        put(tk, 3 + i, 1, [f"S{i + 1:02d}"] + vals + [cap])
    tk["A15"] = "Bottled (L) by month"
    tk["A15"].font = BOLD
    header(tk, 16, 1, ["Product", "Sep", "Oct", "Nov", "LY Nov"])
    prods = ["EVOO 0.5 L", "EVOO 1 L", "EVOO 5 L tin", "Organic 0.5 L", "Organic 1 L",
             "Novello 0.75 L", "Olio lampante", "Gift box 3x0.25"]
    for i, p in enumerate(prods):
        base = rng.choice([40, 120, 300, 650, 1100])
        vals = [round(base * rng.choice([0.3, 0.5, 0.8])), round(base * rng.choice([0.9, 1.1, 1.3])),
                round(base * rng.choice([1.2, 1.6, 2.1]))]
        ly = round(vals[-1] * rng.choice([0.6, 0.85, 1.05, 1.3]))
        put(tk, 17 + i, 1, [p] + vals + [ly])
    quirks_olive(ws, gr, tk)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 9, 20, 11, 11, 8, 10, 8, 8, 9, 11, 9, 9, 9, 3, 18, 7])
    wb.save(HERE / "olive_press.xlsx")


def quirks_olive(ws, gr, tk) -> None:
    ws["B40"] = "T-2612"                         # ticket keyed twice (row 16)
    ws["C22"] = "Nardi "                          # one-off grower, trailing space
    ws["D27"] = "leccino"                         # odd case
    ws["G31"] = "1850"                            # kg stored as text
    ws["H31"] = 247.9
    ws["I31"] = 0.134
    ws["E19"] = "26/10/2026"                      # delivery typed as text
    ws["C35"] = None                              # grower not written down
    ws["J24"] = None                              # pressed, acidity not back from the lab
    ws["N29"] = "yes"
    setd(ws, "J13", 0.0081, "0.00%")              # just over the EVOO limit
    setd(ws, "J38", 0.0079, "0.00%")              # just under it
    for i, (g, why) in enumerate([("Sartori", "unpaid 2025 fees"), ("Bruni G.", "moved away"),
                                  ("Greco A.", "sample failed")]):
        put(gr, 2 + i, 10, [g, why])
    gr["H6"] = None                               # no phone
    gr["H15"] = None
    tk["D5"] = None                               # tank drained, not dipped
    tk["E10"] = "640"                             # reading stored as text


# ------------------------------------------------------------------ pawn_shop
def pawn() -> None:
    rng = random.Random(1202)
    wb = Workbook()
    ws = wb.active
    ws.title = "Loans"
    ws["A1"] = "Goldline Pawn & Loan - pledge book"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "30-day loans, interest per month. After 2 renewals an unredeemed pledge is forfeit."
    ws["A3"] = "checked by: MK"
    cols = ["Ticket No", "Customer", "Item", "Category", "Valuation ($)", "Loan Amt", "Int. rate",
            "Pledged", "Due date", "Redeemed", "Renewals", "ID type", "Status"]
    header(ws, 5, 1, cols)                               # header A5, table A5:M50
    ws["O5"] = "Max loan-to-value"
    setd(ws, "P5", 0.6, "0%")
    ws["O6"] = "Grace (days)"
    ws["P6"] = 14
    customers = ["R. Alvarez", "Tasha Greene", "Omar Haddad", "Dev Patel", "Kim Nguyen",
                 "Luis Ortega", "Shanice Brown", "Marek Nowak", "Wes Carter", "J. Abara",
                 "Nina Petrov", "Carlos Diaz", "Bobby Ray", "Ayesha Khan"]
    items = [("Gold chain 18k", "Jewellery", 420), ("Diamond ring", "Jewellery", 1350),
             ("Rolex Datejust", "Watches", 5200), ("Seiko diver", "Watches", 260),
             ("PS5 console", "Electronics", 310), ("MacBook Air", "Electronics", 640),
             ("iPhone 14", "Electronics", 380), ("DeWalt drill set", "Tools", 160),
             ("Fender Strat", "Instruments", 720), ("Yamaha keyboard", "Instruments", 230),
             ("Gold bangle", "Jewellery", 880), ("Canon EOS camera", "Electronics", 540),
             ("Makita saw", "Tools", 190), ("Trumpet", "Instruments", 340)]
    avoid = {0, -30, -60, -7, -14, -1, -90, -44, -45, -46, -31, -29}
    for i in range(45):
        r = 6 + i
        item, cat, base = rng.choice(items)
        val = round(base * rng.choice([0.8, 0.9, 1.0, 1.1, 1.25]), -1)
        ltv = rng.choice([0.35, 0.4, 0.45, 0.5, 0.5, 0.55, 0.6, 0.65])
        loan = round(val * ltv, -1)
        rate = rng.choice([0.04, 0.05, 0.05, 0.06, 0.08, 0.1])
        pl = pick_offset(rng, -120, -1, avoid)
        ren = rng.choice([0, 0, 0, 1, 1, 2])
        due = pl + 30 * (ren + 1)
        if due in (0, -14, 14, 7, -7, 1, -1, -15, -13):
            due += 2
        red = None
        if rng.random() < 0.45:
            red = min(-1, pl + rng.choice([6, 12, 19, 27, 29, 33]))
            if red < pl:
                red = None
        status = "Redeemed" if red is not None else ("Forfeited" if due < -14 else "Active")
        put(ws, r, 1, [f"P{7301 + i}", rng.choice(customers), item, cat, val, loan, rate, day(pl),
                       day(due), day(red) if red is not None else None, ren,
                       rng.choice(["Driver lic.", "Passport", "State ID", "Driver lic."]), status],
            {4: "#,##0", 5: "#,##0", 6: "0%"})

    st = wb.create_sheet("Stock")
    st["A1"] = "Shop floor - forfeited stock for sale"
    st["A1"].font = BOLD
    header(st, 3, 2, ["SKU", "Item desc", "Cat.", "Serial", "Cost ($)", "Ask price", "Listed",
                      "Sold on", "Sale price"])                          # header B3, table B3:J31
    for i in range(28):
        r = 4 + i
        item, cat, base = rng.choice(items)
        cost = round(base * rng.choice([0.4, 0.5, 0.55, 0.6]), -1)
        ask = round(cost * rng.choice([1.3, 1.6, 1.9, 2.2]), -1)
        listed = pick_offset(rng, -150, -2, {-90, -30, -60, -7, -14})
        sold = None
        price = None
        if rng.random() < 0.45:
            s = listed + rng.choice([3, 9, 16, 28, 41, 70])
            if s <= -1:
                sold = s
                price = round(ask * rng.choice([0.7, 0.85, 0.95, 1.0]), -1)
        serial = f"{rng.choice(['SN', 'X', 'C'])}{rng.randint(10000, 99999)}"
        put(st, r, 2, [f"STK-{501 + i}", item, cat, serial, cost, ask, day(listed),
                       day(sold) if sold is not None else None, price])
    header(st, 3, 12, ["Police watch list", "Reported"])

    wk = wb.create_sheet("Weekly")
    wk["A1"] = "New lending by category ($), weeks ending"
    wk["A1"].font = BOLD
    weeks = ["06-Nov", "13-Nov", "20-Nov", "27-Nov"]
    header(wk, 2, 1, ["Category"] + weeks + ["Budget/wk"])
    cats = ["Jewellery", "Gold (scrap)", "Watches", "Electronics", "Phones", "Tools", "Instruments",
            "Cameras", "Bikes", "Collectibles"]
    for i, c in enumerate(cats):
        b = rng.choice([400, 900, 1500, 2500, 4000])
        vals = [int(round(b * rng.choice([0.55, 0.8, 0.95, 1.05, 1.2, 1.45]), -1)) for _ in weeks]
        put(wk, 3 + i, 1, [c] + vals + [b])
    quirks_pawn(ws, st, wk)
    widths(ws, "A B C D E F G H I J K L M N O P",
           [10, 14, 18, 12, 12, 9, 8, 11, 11, 11, 9, 11, 10, 3, 17, 6])
    wb.save(HERE / "pawn_shop.xlsx")


def quirks_pawn(ws, st, wk) -> None:
    ws["A29"] = "P7317"                          # ticket number written twice (row 22)
    ws["B49"] = "J. Abara "                       # trailing space (one-off)
    ws["B41"] = "kim nguyen"                      # odd case
    ws["B33"] = None                              # customer left blank
    ws["E15"] = "1080"                            # valuation stored as text
    ws["H37"] = "23/10/2026"                      # pledge typed as text
    setd(ws, "I37", day(-10))
    ws["L25"] = None                              # no ID recorded
    ws["L44"] = None
    ws["M27"] = "active"
    for i, (serial, rep) in enumerate([("SN48213", date(2026, 9, 14)), ("X70455", date(2026, 10, 2)),
                                       ("C99120", date(2026, 10, 29)), ("SN11111", date(2026, 11, 20))]):
        put(st, 4 + i, 12, [serial, rep])
    st["E9"] = "SN48213"                          # two stock items on the watch list
    st["E24"] = "X70455"
    st["F17"] = "100"                             # cost stored as text
    wk["C6"] = None                               # week not entered
    wk["E9"] = None


# ------------------------------------------------------------------ roofing_jobs
def roofing() -> None:
    rng = random.Random(1203)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Hartley & Sons Roofing - jobs 2026 (all £ ex VAT)"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Job ref", "Client", "Town", "Roof type", "Area m2", "Pitch (°)", "Quote £",
            "Actual cost £", "Quoted on", "Accepted", "Start", "Finish", "Crew", "Scaffold?",
            "Rain days"]
    header(ws, 3, 1, cols)                               # header A3, table A3:O46
    ws["Q3"] = "Harness above pitch (°)"
    ws["R3"] = 40
    ws["Q4"] = "Target margin"
    setd(ws, "R4", 0.18, "0%")
    clients = ["Mrs D. Hale", "Brook Lettings", "P. Adeyemi", "St Mary's PCC", "Oakfield School",
               "T. Fraser", "Greenway HA", "J. & K. Li", "Mr R. Shah", "Northgate Dental",
               "C. O'Brien", "Lakeside Caravans", "M. Jankowski"]
    towns = ["Kendal", "Ulverston", "Kendal", "Windermere", "Penrith", "Ambleside"]
    types = [("Slate", 95), ("Concrete tile", 62), ("Clay tile", 88), ("Flat EPDM", 70),
             ("Flat felt", 55), ("Metal sheet", 48)]
    crews = ["Dan", "Kyle", "Mo", "Stef"]
    for i in range(43):
        r = 4 + i
        typ, rate = rng.choice(types)
        area = rng.choice([18, 24, 32, 41, 55, 68, 84, 97, 120, 146])
        pitch = 0 if typ.startswith("Flat") else rng.choice([22, 30, 35, 38, 42, 45, 50])
        quote = round(area * rate * rng.choice([1.0, 1.15, 1.3]) + rng.choice([350, 600, 900]), -1)
        actual = None
        q_on = pick_offset(rng, -240, -6, {-90, -30, -60, -180})
        acc = q_on + rng.choice([2, 5, 9, 16, 24, 40]) if rng.random() < 0.85 else None
        if acc is not None and acc >= 0:
            acc = -1
        start = fin = None
        if acc is not None:
            start = acc + rng.choice([7, 14, 21, 35, 50])
            if start in (0, 7, 14, -7):
                start += 1
            if start <= -2:
                f = start + rng.choice([1, 2, 3, 5, 8, 12])
                fin = f if f <= -1 else None
        if fin is not None:
            actual = round(quote * rng.choice([0.62, 0.7, 0.76, 0.81, 0.86, 0.93, 1.04, 1.12]), -1)
        rain = rng.choice([0, 0, 0, 1, 1, 2, 3, 5]) if start is not None and start < 0 else None
        put(ws, r, 1, [f"HR-{26001 + i * 3}", rng.choice(clients), rng.choice(towns), typ, area, pitch,
                       quote, actual, day(q_on), day(acc) if acc is not None else None,
                       day(start) if start is not None else None, day(fin) if fin is not None else None,
                       rng.choice(crews) if start is not None else None,
                       "Y" if (pitch >= 35 or area > 90) else "N", rain],
            {6: "#,##0", 7: "#,##0"})

    cr = wb.create_sheet("Crews")
    cr["A1"] = "Hours on site per roofer (week ending)"
    cr["A1"].font = BOLD
    weeks = ["W/E 06-Nov", "W/E 13-Nov", "W/E 20-Nov", "W/E 27-Nov"]
    header(cr, 2, 1, ["Roofer"] + weeks + ["Contract hrs"])
    people = ["Dan Hartley", "Kyle Moss", "Mo Rahman", "Stef Ionescu", "Lee (labourer)",
              "Ash (apprentice)", "Pete Hartley", "Gaz (sub)", "Tomasz W.", "Ricky (labourer)",
              "Jo Barnes", "Sam (apprentice)"]
    for i, p in enumerate(people):
        c = 30 if "apprentice" in p else 40
        vals = [rng.choice([0, 18, 26, 31, 35, 38, 40, 42, 45, 47, 52]) for _ in weeks]
        put(cr, 3 + i, 1, [p] + vals + [c])
    cr["A17"] = "Callbacks (leaks / snags reported) by month"
    cr["A17"].font = BOLD
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    header(cr, 18, 1, ["Crew lead"] + months)
    for i, p in enumerate(["Dan", "Kyle", "Mo", "Stef", "Pete", "Tomasz"]):
        put(cr, 19 + i, 1, [p] + [rng.choice([0, 0, 0, 1, 1, 2, 3, 4]) for _ in months])

    mt = wb.create_sheet("Materials")
    header(mt, 1, 1, ["Item", "Unit", "In stock", "Reorder lvl", "Unit cost £", "Last order",
                      "Supplier"])
    mats = [("Welsh slate 500x250", "each", 2.85), ("Concrete tile (Marley)", "each", 1.1),
            ("Clay plain tile", "each", 0.68), ("Ridge tile", "each", 9.4), ("EPDM membrane", "m2", 11.5),
            ("Torch-on felt", "roll", 46), ("Breathable membrane", "roll", 62), ("Battens 25x50", "m", 0.95),
            ("Lead flashing code 4", "roll", 118), ("Copper nails", "kg", 21), ("Slate hooks", "box", 14.5),
            ("Gutter 112mm", "length", 8.2), ("Downpipe 68mm", "length", 7.4), ("Fascia board", "length", 24),
            ("Dry verge kit", "kit", 36), ("Roof window", "each", 265), ("Ridge vent", "each", 17.8),
            ("Adhesive (EPDM)", "tin", 39), ("Primer", "tin", 27.5), ("Sealant", "tube", 6.2)]
    sups = ["SIG Roofing", "Travis Perkins", "Lakes Slate Co", "Roofing Superstore"]
    for i, (m, u, cost) in enumerate(mats):
        lvl = rng.choice([5, 10, 20, 50, 100, 200])
        stock = max(0, int(lvl * rng.choice([0.2, 0.6, 0.9, 1.3, 2.0, 3.5])))
        put(mt, 2 + i, 1, [m, u, stock, lvl, cost, day(pick_offset(rng, -200, -3, {-90, -30, -60})),
                           rng.choice(sups)], {4: "0.00"})
    header(mt, 1, 9, ["Suppliers on stop"])
    quirks_roofing(ws, cr, mt)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [9, 17, 11, 13, 8, 8, 9, 12, 11, 11, 11, 11, 6, 9, 9, 3, 22, 5])
    wb.save(HERE / "roofing_jobs.xlsx")


def quirks_roofing(ws, cr, mt) -> None:
    ws["A36"] = "HR-26049"                       # job ref reused (row 20)
    ws["B39"] = "P. Adeyemi "                    # trailing space (one-off client)
    ws["D24"] = "slate"                          # odd case
    ws["E30"] = "84"                             # area stored as text
    ws["I11"] = "13/10/2026"                     # quote date typed as text
    ws["B43"] = None                             # client missing
    ws["N39"] = "y"
    mt["I2"] = "Roofing Superstore"
    mt["I3"] = "Acme Fixings"
    mt["C9"] = "12"                              # stock count stored as text
    cr["D9"] = None                              # timesheet missing
    cr["C13"] = None
    cr["E21"] = None


# ------------------------------------------------------------------ scuba_centre
def scuba() -> None:
    rng = random.Random(1204)
    wb = Workbook()
    ws = wb.active
    ws.title = "Dives"
    ws["A1"] = "Blue Reef Dive Centre - boat dive log, Nov 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "depths in metres, tank pressure in bar; EANx = nitrox"
    cols = ["Date", "Site", "Diver", "Cert", "Max depth (m)", "Planned (m)", "Bottom time (min)",
            "Start bar", "End bar", "Gas", "O2 %", "Entry", "Exit", "Guide"]
    header(ws, 4, 3, cols)                               # header C4, table C4:P48
    ws["R4"] = "Min end pressure (bar)"
    ws["S4"] = 50
    ws["R5"] = "OW depth limit (m)"
    ws["S5"] = 18
    sites = [("Coral Garden", 14), ("The Wall", 30), ("Wreck of the Marisol", 26),
             ("Turtle Bay", 10), ("Blue Hole", 35), ("Manta Point", 22)]
    divers = [("Anna Kessler", "AOW"), ("Ben Ito", "OW"), ("Chloe Marsh", "Rescue"),
              ("Diego Paz", "OW"), ("Ella Frost", "AOW"), ("Finn Olsen", "DM"),
              ("Grace Tan", "OW"), ("Hugo Brandt", "AOW"), ("Isla Reid", "Jr OW"),
              ("Jamal Reed", "Rescue"), ("Kenji Sato", "OW"), ("Lena Vogel", "AOW")]
    guides = ["Marco", "Priya", "Tom"]
    r = 5
    dd = dt.date(2026, 11, 2)
    while dd <= dt.date(2026, 11, 30) and r <= 48:
        if dd.weekday() in (1, 3) or rng.random() < 0.35:      # boat goes out some days
            dd += dt.timedelta(days=1)
            continue
        for _ in range(rng.choice([2, 3])):
            if r > 48:
                break
            site, typ = rng.choice(sites)
            nm, cert = rng.choice(divers)
            plan = min(typ, 12 if cert == "Jr OW" else (18 if cert == "OW" else 40))
            plan = rng.choice([plan, plan, max(8, plan - 4)])
            maxd = round(plan + rng.choice([-2.3, -1.1, -0.4, 0.6, 1.5, 2.8, 4.2]), 1)
            bt = rng.choice([28, 34, 38, 42, 45, 48, 52, 55, 61])
            sb = rng.choice([200, 200, 210, 220, 230])
            eb = sb - rng.choice([95, 110, 120, 135, 150, 160, 172])
            gas = rng.choice(["Air", "Air", "Air", "EANx32", "EANx36"])
            o2 = {"Air": 0.21, "EANx32": 0.32, "EANx36": 0.36}[gas]
            ent = hm(rng.choice([8, 8, 9, 10, 11, 14, 15]), rng.choice([0, 10, 20, 35, 40, 50]))
            em = ent.hour * 60 + ent.minute + bt + rng.choice([4, 6, 9])
            put(ws, r, 3, [dt.datetime.combine(dd, dt.time()), site, nm, cert, maxd, plan, bt, sb, eb,
                           gas, o2, ent, hm(em // 60, em % 60), rng.choice(guides)],
                {4: "0.0", 10: "0%"})
            r += 1
        dd += dt.timedelta(days=1)

    dv = wb.create_sheet("Divers")
    dv["A1"] = "Customer register"
    dv["A1"].font = BOLD
    header(dv, 2, 1, ["Name", "DOB", "Cert level", "Cert no.", "Medical exp.", "Last dive",
                      "Dives logged", "Insurance to", "Email"])            # header A2, table A2:I26
    more = [("Mia Novak", "OW"), ("Noah Brooks", "Jr OW"), ("Olga Ivanova", "AOW"),
            ("Pablo Ruiz", "OW"), ("Quinn Daly", "Rescue"), ("Rosa Lima", "OW"),
            ("Sam Cho", "Jr OW"), ("Tariq Aziz", "AOW"), ("Uma Rao", "OW"), ("Vic Moreau", "DM"),
            ("Will Grant", "OW"), ("Xena Pappas", "AOW")]
    for i, (nm, cert) in enumerate(divers + more):
        rr = 3 + i
        if cert == "Jr OW":
            dob = date(rng.randint(2011, 2014), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = date(rng.randint(1962, 2007), rng.randint(1, 12), rng.randint(1, 28))
        med = pick_offset(rng, -60, 400, {0, 30, 31, 29, -1, 1, 60})
        last = pick_offset(rng, -700, -1, {-365, -366, -364, -180, -30})
        logged = rng.choice([4, 9, 15, 22, 38, 57, 84, 130, 260])
        ins = pick_offset(rng, -40, 330, {0, 30, 31, 29, -1, 1})
        put(dv, rr, 1, [nm, dob, cert, f"{rng.randint(1000000, 9999999)}", day(med), day(last), logged,
                        day(ins), nm.lower().replace(" ", ".") + "@mail.example"])

    kt = wb.create_sheet("Kit")
    kt["A1"] = "Rental kit - hire days per month"
    kt["A1"].font = BOLD
    header(kt, 3, 1, ["Kit ID", "Type", "Size", "Last service", "Svc every (mo)", "Sep", "Oct", "Nov",
                      "Cond."])                                           # header A3, table A3:I23
    kinds = [("BCD", ["S", "M", "L", "XL"], 12), ("Reg", ["-"], 12), ("Wetsuit 5mm", ["S", "M", "L"], 24),
             ("Computer", ["-"], 24), ("Tank 12L", ["-"], 12)]
    for i in range(20):
        typ, sizes, every = kinds[i % len(kinds)]
        last = pick_offset(rng, -500, -5, {-365, -366, -364, -730, -180})
        hires = [rng.choice([0, 2, 5, 8, 11, 14, 17, 21]) for _ in range(3)]
        put(kt, 4 + i, 1, [f"{typ[:3].upper()}-{i + 1:02d}", typ, rng.choice(sizes), day(last), every,
                           *hires, rng.choice(["Good", "Good", "Good", "Worn", "Needs repair"])])
    quirks_scuba(ws, dv, kt)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 3, 11, 21, 13, 7, 9, 9, 10, 8, 8, 8, 6, 7, 7, 8, 3, 22, 5])
    wb.save(HERE / "scuba_centre.xlsx")


def quirks_scuba(ws, dv, kt) -> None:
    ws["K15"] = None                             # end pressure not recorded
    ws["K33"] = None
    ws["G27"] = "24.6"                           # depth stored as text
    ws["D25"] = "the wall"                       # odd case
    ws["E40"] = "Lena Vogel "                    # trailing space (one-off diver)
    ws["C38"] = "23/11/2026"                     # date typed as text
    dv["A14"] = "Ben Ito"                        # registered twice (row 4)
    dv["I14"] = "ben.ito@mail.example"
    setd(dv, "B14", date(1997, 2, 25))
    dv["C14"] = "OW"
    dv["E9"] = None                              # no medical on file
    dv["I20"] = None                             # no email
    dv["I25"] = None
    kt["I12"] = "needs repair"
    kt["H8"] = None                              # Nov not entered
    kt["G17"] = "9"                              # hire days stored as text


# ------------------------------------------------------------------ tattoo_studio
def tattoo() -> None:
    rng = random.Random(1205)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Iron & Ivy Tattoo - bookings"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Deposits non-refundable. Clients must be 18+. Consent form signed before the session."
    cols = ["Bkg #", "Client name", "DOB", "Artist", "Style", "Placement", "Appt date", "Start time",
            "Est. hrs", "Actual hrs", "Quote ($)", "Deposit ($)", "Consent", "Touch-up by"]
    header(ws, 4, 1, cols)                               # header A4, table A4:N45
    ws["P4"] = "Hourly rate ($)"
    ws["Q4"] = 150
    ws["P5"] = "Min deposit"
    setd(ws, "Q5", 0.2, "0%")
    clients = ["Jade Morgan", "Leo Castillo", "Priya Shah", "Sam Okafor", "Zoe Turner",
               "Marcus Bell", "Hana Kim", "Ollie Grant", "Chloe Dubois", "Ravi Menon",
               "Tess Walker", "Nico Rossi", "Amara Eze", "Finn Doyle"]
    artists = ["Vex", "Mara", "Kenji", "Lou (guest)"]
    styles = ["Fine line", "Traditional", "Blackwork", "Realism", "Neo-trad", "Lettering"]
    places = ["Forearm", "Upper arm", "Back", "Ribs", "Ankle", "Calf", "Hand", "Neck", "Thigh"]
    dobs = {c: date(rng.randint(1978, 2006), rng.randint(1, 12), rng.randint(1, 28)) for c in clients}
    for i in range(41):
        r = 5 + i
        c = rng.choice(clients)
        off = pick_offset(rng, -75, 28, {0, -7, 7, -14, 14, 1, -1, -28, 21, -30, -60})
        est = rng.choice([1, 1.5, 2, 2.5, 3, 4, 5, 6])
        act = round(est + rng.choice([-0.5, 0, 0, 0, 0.5, 1, 1.5]), 1) if off < 0 else None
        quote = est * 150 + rng.choice([0, 0, 50, 100])
        dep = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5]) * quote
        dep = round(dep / 10) * 10
        consent = "Signed" if off < 0 else rng.choice(["Signed", None, None])
        touch = off + rng.choice([42, 56]) if off < 0 and rng.random() < 0.6 else None
        st = hm(rng.choice([10, 11, 12, 13, 14, 15, 16, 17]), rng.choice([0, 0, 30]))
        put(ws, r, 1, [f"B-{1401 + i}", c, dobs[c], rng.choice(artists), rng.choice(styles),
                       rng.choice(places), day(off), st, est, act, quote, dep, consent,
                       day(touch) if touch is not None else None],
            {8: "0.0", 9: "0.0", 10: "#,##0", 11: "#,##0"})

    ar = wb.create_sheet("Artists")
    ar["A1"] = "Takings per artist ($)"
    ar["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ar, 3, 2, ["Artist"] + months + ["Target / mo"])             # header B3, table B3:I10
    for i, a in enumerate(["Vex", "Mara", "Kenji", "Lou (guest)", "Dee (apprentice)", "Ruth",
                           "Axel (guest)"]):
        tgt = 3000 if ("guest" in a or "apprentice" in a) else 8000
        v = tgt * rng.choice([0.6, 0.85, 1.0, 1.2])
        vals = []
        for _ in months:
            v = v * rng.choice([0.7, 0.86, 0.97, 1.04, 1.13, 1.3])
            vals.append(int(round(v, -1)))
        put(ar, 4 + i, 2, [a] + vals + [tgt], {k: "#,##0" for k in range(1, 8)})
    header(ar, 3, 11, ["Ink", "Bottles", "Min qty", "Expiry"])           # side table K3:N15
    inks = ["Black (lining)", "Black (shader)", "White", "Red", "Crimson", "Yellow", "Orange",
            "Lime", "Teal", "Blue", "Violet", "Grey wash"]
    for i, ink in enumerate(inks):
        put(ar, 4 + i, 11, [ink, rng.choice([0, 1, 2, 3, 4, 6, 9]), rng.choice([2, 3]),
                            day(pick_offset(rng, -40, 500, {0, 30, 31, 29, 60, 90, -1, 1}))])
    quirks_tattoo(ws, ar)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [7, 14, 11, 11, 11, 10, 11, 9, 7, 9, 9, 10, 8, 11, 3, 15, 6])
    wb.save(HERE / "tattoo_studio.xlsx")


def quirks_tattoo(ws, ar) -> None:
    ws["A31"] = "B-1412"                         # booking number reused (row 16)
    ws["B23"] = "Sam Okafor "                    # trailing space (one-off client)
    ws["E27"] = "fine line"                      # odd case
    ws["K22"] = 900
    ws["K27"] = "550"                            # quote stored as text
    ws["G36"] = "24/11/2026"                     # appointment typed as text
    ws["B5"] = "Maya Ortiz"                      # turns 18 after her appointment
    setd(ws, "C5", date(2008, 12, 20))
    ws["M33"] = None                             # session done, no consent form on file
    ws["D12"] = None                             # no artist assigned yet
    ws["B40"] = "Ivy Chen"                       # walk-in, no DOB given
    ws["C40"] = None
    ws["B44"] = "Kai Lopez"                      # a client under 18
    setd(ws, "C44", date(2009, 3, 14))
    ar["E8"] = None                              # guest not in that month
    ar["F10"] = None
    ar["D6"] = "7420"                            # takings stored as text


# ------------------------------------------------------------------ upholstery_workshop
def upholstery() -> None:
    rng = random.Random(1206)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Stitch & Frame Upholstery - workroom orders"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Metres = fabric metres needed / held for the job. Deposit taken on acceptance."
    ws["A3"] = "(updated Tues)"
    cols = ["Job no.", "Customer", "Piece", "Fabric code", "Metres req.", "Metres held", "Quote (£)",
            "Deposit (£)", "Received", "Promised", "Collected", "Upholsterer", "Foam?", "Status"]
    header(ws, 5, 2, cols)                               # header B5, table B5:O47
    ws["Q5"] = "Deposit rate"
    setd(ws, "R5", 0.3, "0%")
    ws["Q6"] = "Max days in shop"
    ws["R6"] = 42
    customers = ["Mrs P. Whitley", "The Bluebell Inn", "A. Forsyth", "Dr L. Mensah",
                 "K. Blackwood", "Harbour Café", "S. Lindqvist", "Mr & Mrs Oduya", "G. Pellegrini",
                 "R. Hughes", "Fenwick Hotel", "B. Castellanos"]
    pieces = [("Wing chair", 7), ("3-seat sofa", 14), ("Dining chair (x6)", 4), ("Ottoman", 3),
              ("Chaise longue", 9), ("Headboard", 3), ("Bench seat", 5), ("Armchair", 8),
              ("Banquette", 16)]
    codes = ["LIN-02", "VEL-11", "VEL-14", "WOL-07", "CHN-03", "LTH-01", "TWD-05", "LIN-09"]
    staff = ["Bea", "Ifan", "Rosa", "Bea", "Ifan"]
    for i in range(42):
        r = 6 + i
        pc, m = rng.choice(pieces)
        req = round(m * rng.choice([0.9, 1.0, 1.1, 1.25]), 1)
        held = rng.choice([req, req, req, round(req - rng.choice([1, 2.5, 4]), 1), round(req + 1.5, 1), 0])
        held = max(0, held)
        quote = round(m * rng.choice([60, 75, 90]) + rng.choice([120, 240, 380]), -1)
        recv = pick_offset(rng, -90, -1, {-42, -43, -41, -30, -7, -14, -60})
        prom = recv + rng.choice([21, 28, 35, 42, 56])
        if prom in (0, 1, -1, 7, 14, -7, 6, 8):
            prom += 3
        coll = None
        if prom <= -1 and rng.random() < 0.7:
            c = prom + rng.choice([-5, -2, 0, 0, 3, 8])
            coll = c if recv < c <= -1 else None
        dep = rng.choice([0.3 * quote, 0.3 * quote, 0.2 * quote, 0.5 * quote, None])
        dep = round(dep / 5) * 5 if dep is not None else None
        status = "Collected" if coll is not None else rng.choice(["Stripping", "Frame repair",
                                                                   "Upholstering", "Ready", "Waiting fabric"])
        put(ws, r, 2, [26300 + i, rng.choice(customers), pc, rng.choice(codes), req, held, quote,
                       dep, day(recv), day(prom), day(coll) if coll is not None else None,
                       rng.choice(staff), rng.choice(["Y", "N", "N"]), status],
            {6: "#,##0", 7: "#,##0"})

    fb = wb.create_sheet("Fabric")
    fb["A1"] = "Fabric stock"
    fb["A1"].font = BOLD
    header(fb, 2, 1, ["Code", "Fabric", "Colour", "m on roll", "Reorder at", "£/m", "Last ordered"])
    fabrics = [("LIN-02", "Linen union", "Oatmeal"), ("VEL-11", "Cotton velvet", "Moss"),
               ("VEL-14", "Cotton velvet", "Ink blue"), ("WOL-07", "Wool bouclé", "Chalk"),
               ("CHN-03", "Chenille", "Rust"), ("LTH-01", "Leather hide", "Tan"),
               ("TWD-05", "Harris tweed", "Heather"), ("LIN-09", "Linen", "Sage"),
               ("VEL-20", "Mohair velvet", "Ochre"), ("CHN-08", "Chenille", "Grey"),
               ("PLN-01", "Plain calico", "Natural"), ("TWD-12", "Tweed", "Charcoal"),
               ("CNV-04", "Canvas", "Navy"), ("DAM-02", "Damask", "Gold"),
               ("WOL-15", "Wool felt", "Red"), ("LTH-06", "Faux leather", "Black"),
               ("VEL-22", "Crushed velvet", "Plum"), ("STR-03", "Striped ticking", "Blue/white")]
    for i, (code, f, col) in enumerate(fabrics):
        lvl = rng.choice([5, 8, 10, 15])
        put(fb, 3 + i, 1, [code, f, col, rng.choice([0, 1.5, 3.2, 6, 8.5, 12, 18.4, 25, 40]), lvl,
                           rng.choice([14.5, 22, 28.5, 39, 54, 72, 96]),
                           day(pick_offset(rng, -400, -3, {-180, -90, -365, -30}))], {5: "0.00"})
    header(fb, 2, 9, ["Discontinued", "Note"])

    hr = wb.create_sheet("Hours")
    hr["A1"] = "Bench hours by week"
    hr["A1"].font = BOLD
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    header(hr, 3, 1, ["Name"] + weeks + ["Contract"])                   # header A3, table A3:G10
    for i, p in enumerate(["Bea", "Ifan", "Rosa", "Tom (p/t)", "Nell (p/t)", "Owen (trainee)",
                           "Greta (freelance)"]):
        c = 20 if "p/t" in p else 37.5
        put(hr, 4 + i, 1, [p] + [rng.choice([0, 12, 16, 22, 30, 34.5, 37.5, 40, 44]) for _ in weeks] + [c])
    quirks_upholstery(ws, fb, hr)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 17, 17, 10, 10, 10, 9, 10, 11, 11, 11, 11, 7, 13, 3, 16, 5])
    wb.save(HERE / "upholstery_workshop.xlsx")


def quirks_upholstery(ws, fb, hr) -> None:
    ws["B35"] = 26310                            # job number reused (row 16)
    ws["C38"] = "B. Castellanos "                # trailing space (one-off customer)
    ws["C27"] = "k. blackwood"                   # odd case
    ws["F20"] = "11"                             # metres stored as text
    ws["J31"] = "19/11/2026"                     # received typed as text
    ws["M24"] = None                             # not yet assigned
    ws["E40"] = None                             # fabric not chosen
    ws["O13"] = "ready"
    for i, (code, note) in enumerate([("CHN-03", "mill closed"), ("TWD-05", "last roll"),
                                      ("LTH-06", "quality issues")]):
        put(fb, 3 + i, 9, [code, note])
    fb["D12"] = "3"                              # stock stored as text
    setd(fb, "G4", date(2026, 6, 9))
    hr["D8"] = None                              # week missing
    hr["F5"] = None


if __name__ == "__main__":
    for f in (olive, pawn, roofing, scuba, tattoo, upholstery):
        f()
    print("built 6 workbooks in", HERE)
