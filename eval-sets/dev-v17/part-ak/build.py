"""Build the six workbooks of dev-v17 part AK (openpyxl only, fixed seeds 1701-1706).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds and the quirks are set by hand afterwards (`quirks_*`), so cell
content is identical on every run.
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


def hm_of(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


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


def setd(ws, ref: str, v) -> None:
    """Set a cell by hand, keeping a date/time format on dates and times."""
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"
    elif isinstance(v, dt.time):
        ws[ref].number_format = "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ alpaca_farm
def alpaca() -> None:
    rng = random.Random(1701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Herd"
    ws["A1"] = "Larkhill Alpacas - herd register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "weights in kg from the monthly weigh; micron = latest fleece test (lower = finer)"
    ws["A3"] = "Sex: F = female, M = entire male, W = wether (castrated male)"
    cols = ["Tag", "Name", "Sex", "Colour", "DOB", "Wt (kg)", "Last wt (kg)", "Fleece (kg)",
            "Micron", "Shorn", "Vet check", "Paddock", "Status", "Price ($)"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["Q5"] = "Fine fleece max (µm)"
    ws["R5"] = 23
    ws["Q6"] = "Min breeding wt (kg)"
    ws["R6"] = 62
    names = ["Biscuit", "Clover", "Dolly", "Esme", "Fudge", "Ginger", "Hazel", "Inca", "Juniper",
             "Koko", "Luna", "Mocha", "Nutmeg", "Olive", "Pepper", "Quinoa", "Rosie", "Saffron",
             "Toffee", "Umber", "Velvet", "Willow", "Xena", "Yara", "Ziggy", "Apollo", "Bramble",
             "Cocoa", "Dusty", "Echo", "Flint", "Gus", "Horace", "Ivor", "Jasper", "Kit", "Loki",
             "Milo"]
    crias = {4, 11, 17, 23, 30, 36}
    colours = ["White", "White", "Fawn", "Beige", "Brown", "Black", "Grey", "Rose grey"]
    for i, nm in enumerate(names):
        r = 6 + i
        cria = i in crias
        sex = rng.choice(["F", "F", "F", "M", "W", "W"]) if i >= 24 else rng.choice(["F", "F", "F", "F", "M", "W"])
        if cria:
            dob = date(2026, rng.randint(2, 7), rng.randint(1, 28))
            wt = rng.choice([19.5, 24, 27.5, 31, 34.5, 38, 41.5, 44])
            fleece = micron = shorn = None
            paddock = "Nursery"
            status = rng.choice(["For sale", "Reserved", "Breeding"])
        else:
            dob = date(rng.randint(2013, 2024), rng.randint(1, 12), rng.randint(1, 28))
            wt = rng.choice([52, 55.5, 58, 61.5, 64, 66.5, 69, 71.5, 74, 77.5, 81, 85.5])
            fleece = rng.choice([1.4, 1.7, 2.3, 2.6, 3.1, 3.5, 3.9, 4.4])
            micron = round(rng.uniform(17.1, 31.4), 1)
            shorn = date(2026, rng.randint(4, 6), rng.randint(1, 28))
            paddock = {"F": rng.choice(["Top field", "Orchard", "Nursery"]),
                       "M": rng.choice(["Stud", "Stud", "Top field"]),
                       "W": rng.choice(["Orchard", "Top field"])}[sex]
            status = {"F": rng.choice(["Breeding", "Breeding", "Breeding", "For sale", "Retired"]),
                      "M": rng.choice(["Breeding", "For sale"]),
                      "W": rng.choice(["Pet", "Pet", "For sale"])}[sex]
        last = wt + rng.choice([-4.5, -2, -1, 0, 0, 1.5, 2.5, 3.5]) if not cria else wt - rng.choice([3, 4.5, 5])
        vet = pick_offset(rng, -400, -8, set(range(-190, -175)))
        price = None
        if status in ("For sale", "Reserved"):
            price = {"F": rng.choice([2600, 3200, 3900, 4500, 5800]), "M": rng.choice([1800, 2900, 4700]),
                     "W": rng.choice([450, 600, 850])}[sex]
            if cria:
                price = rng.choice([1250, 1600, 2100, 2750])
        put(ws, r, 2, [f"LA-{101 + i}", nm, sex, rng.choice(colours), dob, wt, last, fleece, micron,
                       shorn, day(vet), paddock, status, price], {5: "0.0", 6: "0.0", 8: "0.0", 13: "#,##0"})

    wi = wb.create_sheet("Weigh-ins")
    wi["A1"] = "Monthly weigh-ins (kg)"
    wi["A1"].font = BOLD
    wi["A2"] = "first Sunday of the month; blank = missed or not born yet"
    header(wi, 4, 1, ["Animal", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Target (kg)"])
    who = [names[i] for i in sorted(crias)] + ["Dolly", "Hazel", "Luna", "Olive", "Velvet",
                                                "Apollo", "Gus", "Horace", "Jasper", "Milo"]
    for i, nm in enumerate(who):
        r = 5 + i
        if i < len(crias):
            v = rng.choice([9, 11, 12.5, 14])
            vals = []
            for m in range(6):
                vals.append(round(v, 1))
                v += rng.choice([2.5, 3.5, 4, 5, 6])
            tgt = 45
        else:
            v = rng.choice([58, 63, 67, 72, 78])
            vals = []
            for m in range(6):
                vals.append(round(v, 1))
                v += rng.choice([-3.5, -2, -1, 0.5, 1, 2.5, 4])
            tgt = rng.choice([65, 70, 75])
        put(wi, r, 1, [nm] + vals + [tgt], {k: "0.0" for k in range(1, 7)})

    sa = wb.create_sheet("Sales")
    header(sa, 1, 1, ["Sale #", "Animal", "Buyer", "Reserved", "Deposit ($)", "Dep. paid",
                      "Price ($)", "Paid ($)", "Collected", "Transport"])
    buyers = ["Hollins Farm", "M. Carter", "Greenacre Smallholding", "S. Pryce", "Meadowbank Alpacas",
              "J. & K. Lowe", "Tor View Trekking", "R. Baines"]
    sold = ["Amber", "Basil", "Comet", "Daisy", "Ember", "Frodo", "Gem", "Honey", "Iris", "Jet",
            "Kiwi", "Lottie", "Maple", "Nell", "Otis", "Poppy", "Rio", "Sage"]
    for i, nm in enumerate(sold):
        r = 2 + i
        res = pick_offset(rng, -230, -3, set())
        price = rng.choice([450, 600, 1250, 1600, 2100, 2900, 3900, 4500])
        dep = round(price * rng.choice([0.1, 0.2, 0.25]), -1)
        dp = res + rng.choice([0, 1, 2, 4, 6, 9, 13]) if rng.random() < 0.85 else None
        if dp is not None and dp > -1:
            dp = None
        col = res + rng.choice([6, 12, 21, 28, 35, 44, 60]) if rng.random() < 0.75 else None
        if col is not None and col > -1:
            col = None
        paid = None
        if col is not None:
            paid = price if rng.random() < 0.8 else price - rng.choice([100, 250])
        put(sa, r, 1, [f"S26-{i + 1:02d}", nm, rng.choice(buyers), day(res), dep,
                       day(dp) if dp is not None else None, price, paid,
                       day(col) if col is not None else None, rng.choice(["Us", "Buyer", "Buyer", "Courier"])],
            {4: "#,##0", 6: "#,##0", 7: "#,##0"})
    quirks_alpaca(ws, wi, sa)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 10, 5, 11, 11, 8, 11, 10, 7, 11, 11, 10, 9, 9, 3, 20, 6])
    widths(sa, "A B C D E F G H I J", [8, 9, 22, 11, 10, 11, 9, 9, 11, 10])
    wb.save(HERE / "alpaca_farm.xlsx")


def quirks_alpaca(ws, wi, sa) -> None:
    ws["B40"] = "LA-119"                         # duplicate tag (row 24)
    ws["C22"] = "Rosie "                         # trailing space (one-off name)
    ws["E33"] = "fawn"                           # odd case
    ws["G21"] = "77.5"                           # weight stored as text
    ws["F38"] = "19/05/2018"                     # DOB typed as text
    ws["J28"] = None                             # fleece not tested
    ws["O21"] = 3900
    ws["D37"] = "M"                              # Gus: an entire male kept in the nursery
    ws["N37"] = "For sale"
    ws["O37"] = 4700
    setd(ws, "F27", date(2025, 10, 3))           # a yearling (14 months)
    wi["B6"] = wi["C6"] = None                   # Mocha born late July
    wi["D17"] = None                             # missed weigh
    sa["C11"] = "J. & K. Lowe"


# ------------------------------------------------------------------ bowling_alley
def bowling() -> None:
    rng = random.Random(1702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Kingpin Lanes - group bookings"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "lane hire $28/hr per lane, shoes $3.50; deposits are non-refundable"
    ws["P2"] = "Max players / lane"
    ws["Q2"] = 6
    cols = ["Ref", "Name", "Date", "Start", "End", "Lanes", "Players", "Games", "Deposit ($)",
            "Total ($)", "Paid ($)", "Party pkg", "Booked on", "Notes"]
    header(ws, 4, 1, cols)
    groups = ["Harris family", "Acme Ltd social", "Ava Patel", "St Luke's Youth", "Dan O'Brien",
              "Riverside Rotary", "Mia Chen", "Blue Lion pub team", "Kowalski stag", "Northgate Primary",
              "Leah Grant", "Tech Hub Ltd", "Omar Haddad", "Brownies 4th Troop", "The Wilsons",
              "Ruth Adeyemi", "Fenwick & Co", "Sam Brooks"]
    notes = [None, None, None, None, "birthday", "Birthday - cake at 7pm", "needs bumpers",
             "wheelchair access", "corporate invoice", "bringing own balls", "20th birthday", None]
    for i in range(40):
        r = 5 + i
        off = pick_offset(rng, -26, 15, {0, 7, -1, 1})
        lanes = rng.choice([1, 1, 2, 2, 3, 4])
        players = lanes * rng.choice([3, 4, 5, 5, 6, 7]) + rng.choice([-1, 0, 0, 1])
        games = rng.choice([1, 2, 2, 3, 3, 4])
        st = rng.choice(range(10 * 60, 21 * 60 + 1, 30))
        ln = rng.choice([60, 90, 120, 150, 180])
        en = min(st + ln, 23 * 60 + 30)
        party = rng.random() < 0.3
        total = round(lanes * 28 * (en - st) / 60 + players * 3.5 + (players * 9 if party else 0), 2)
        dep = rng.choice([20, 30, 50, 50, None])
        if off < 0:
            paid = total if rng.random() < 0.8 else (dep or 0) + rng.choice([0, 40, 100])
        else:
            paid = dep
        booked = min(off - rng.choice([0, 1, 2, 5, 9, 16, 25, 40, 55]), -1)
        put(ws, r, 1, [f"KP-{3301 + i}", rng.choice(groups), day(off), hm_of(st), hm_of(en), lanes,
                       players, games, dep, total, paid or None, "Yes" if party else "No", day(booked),
                       rng.choice(notes)], {8: "0.00", 9: "0.00", 10: "0.00"})

    lg = wb.create_sheet("League")
    tue = ["Pete Walsh", "Jo Marsh", "Carl Ibe", "Nadia Rossi", "Tom Reid", "Bev Okoro", "Ian Fry",
           "Liz Gunn", "Raj Mehta", "Sue Park", "Gary Holt", "Kim Lowe", "Vic Amos", "Ed Stone"]
    thu = ["Ana Silva", "Jo Marsh", "Ben Tait", "Cass Doyle", "Raj Mehta", "Dee Vance", "Frank Ode",
           "Sue Park", "Hal Quinn", "Ivy Blake", "Ed Stone", "Zoe Hart"]
    teams = ["Pin Pals", "Split Happens", "Gutter Gang", "Alley Cats"]

    def league(top_row: int, title: str, people: list[str]) -> None:
        lg.cell(top_row, 1, title).font = BOLD
        header(lg, top_row + 1, 1, ["Bowler", "Team", "Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5",
                                    "Wk 6", "Hcp"])
        for i, p in enumerate(people):
            avg = rng.choice([118, 131, 146, 158, 167, 176, 189, 203])
            sc = [avg + rng.choice([-34, -21, -12, -5, 0, 6, 13, 22, 37]) for _ in range(6)]
            hcp = max(0, round((210 - avg) * 0.8))
            put(lg, top_row + 2 + i, 1, [p, rng.choice(teams)] + sc + [hcp])

    league(1, "Tuesday league - scratch scores", tue)
    league(19, "Thursday league - scratch scores", thu)
    quirks_bowling(ws, lg)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 20, 11, 7, 7, 6, 8, 7, 11, 9, 6, 9, 11, 22, 3, 18, 5])
    widths(lg, "A B", [14, 14])
    wb.save(HERE / "bowling_alley.xlsx")


def quirks_bowling(ws, lg) -> None:
    ws["A36"] = "KP-3327"                        # duplicate ref (row 31)
    ws["B27"] = "Omar Haddad "                   # trailing space (one-off name)
    ws["J34"] = "56"                             # total stored as text
    ws["M13"] = "18/10/2026"                     # booked-on date typed as text
    ws["L20"] = "yes"                            # odd case
    ws["B33"] = None                             # no name taken
    ws["B41"] = None
    ws["K22"] = None                             # never paid
    lg["F10"] = None                             # absent
    lg["E29"] = None
    lg["F31"] = "159"                            # score stored as text


# ------------------------------------------------------------------ candle_workshop
def candle() -> None:
    rng = random.Random(1703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Batches"
    ws["A1"] = "Wick & Wax Candle Co. - pour log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "frag. % = fragrance oil weight / wax weight; cure (days) = minimum before sale"
    cols = ["Batch", "Scent", "Wax", "Vessel", "Wax (kg)", "Frag. %", "Poured", "Cure (days)",
            "Ready by", "Units", "Rejects", "Unit cost", "RRP", "stockist"]
    header(ws, 4, 1, cols)
    ws["P1"] = "Max frag. load"
    ws["Q1"] = 0.1
    ws["Q1"].number_format = "0%"
    ws["P2"] = "Reject limit"
    ws["Q2"] = 0.05
    ws["Q2"].number_format = "0%"
    scents = ["Fig & Cassis", "Sea Salt & Sage", "Lavender", "Amber Noir", "Orange Blossom",
              "Cedar & Smoke", "Pine Forest", "Vanilla Bean", "Black Tea", "Lavender", "Fig & Cassis",
              "Sea Salt & Sage"]
    waxes = ["Soy", "Soy", "Soy", "Coconut", "Rapeseed", "Paraffin blend"]
    vessels = ["Jar", "Jar", "Tin", "Travel tin", "Tumbler", "Pillar"]
    stockists = ["Own shop", "Online", "Online", "Hartley's", "Market stall", "Bloom & Co"]
    for i in range(42):
        r = 5 + i
        poured = pick_offset(rng, -95, -2, {-60, -59, -61, -14, -15, -13})
        cure = rng.choice([3, 5, 7, 10, 14])
        ready = poured + cure + rng.choice([-3, -1, 0, 1, 2, 4, 7])
        wax = rng.choice([4, 6, 7.5, 9, 12, 15, 18])
        vessel = rng.choice(vessels)
        per = {"Jar": 5, "Tin": 7, "Travel tin": 11, "Tumbler": 4, "Pillar": 3}[vessel]
        units = int(wax * per) + rng.choice([-2, 0, 0, 1])
        rejects = rng.choice([0, 0, 1, 2, 3, 4, 6, 9])
        cost = round(rng.uniform(1.8, 6.2), 2)
        rrp = rng.choice([6.5, 8, 9.5, 12, 14, 16.5, 19, 24])
        put(ws, r, 1, [f"WW-{201 + i}", rng.choice(scents), rng.choice(waxes), vessel, wax,
                       rng.choice([0.06, 0.07, 0.08, 0.085, 0.09, 0.095, 0.105, 0.11, 0.12]),
                       day(poured), cure, day(ready), units, rejects, cost, rrp, rng.choice(stockists)],
            {5: "0.0%", 11: "0.00", 12: "0.00"})
    header(ws, 4, 16, ["Scent", "Oil ($/kg)", "Supplier"])   # price list beside the log (P4:R13)
    price_list = [("Fig & Cassis", 48, "Aroma Direct"), ("Sea Salt & Sage", 41, "Aroma Direct"),
                  ("Lavender", 36, "Provence Oils"), ("Amber Noir", 55, "NoteWorks"),
                  ("Orange Blossom", 44, "Provence Oils"), ("Cedar & Smoke", 39, "NoteWorks"),
                  ("Pine Forest", 33, "Aroma Direct"), ("Vanilla Bean", 29, "NoteWorks"),
                  ("Black Tea", 51, "Provence Oils")]
    for i, row in enumerate(price_list):
        put(ws, 5 + i, 16, list(row))

    sl = wb.create_sheet("Sales")
    sl["A1"] = "Units sold by product"
    sl["A1"].font = BOLD
    sl["A2"] = "all channels; LY = last year"
    header(sl, 3, 1, ["Product", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "LY Nov", "Reorder pt"])
    prods = ["Fig & Cassis jar", "Sea Salt & Sage jar", "Lavender tin", "Amber Noir tumbler",
             "Orange Blossom jar", "Cedar & Smoke jar", "Pine Forest pillar", "Vanilla Bean tin",
             "Black Tea tumbler", "Travel tin trio", "Wax melts (6)", "Gift box"]
    for i, p in enumerate(prods):
        v = rng.choice([14, 26, 40, 58, 75, 110])
        vals = []
        for _ in range(6):
            v = max(3, round(v * rng.choice([0.7, 0.86, 0.95, 1.06, 1.2, 1.45])))
            vals.append(v)
        ly = round(vals[-1] * rng.choice([0.6, 0.8, 1.15, 1.3, 1.5]))
        put(sl, 4 + i, 1, [p] + vals + [ly, rng.choice([20, 30, 40])])
    header(sl, 3, 11, ["Market", "Date", "Takings ($)", "Pitch ($)"])   # side table K3:N16
    markets = [("Abbey Sq. craft fair", -60, 612, 45), ("Riverside night market", -54, 388, 30),
               ("Abbey Sq. craft fair", -45, 540, 45), ("Station Rd makers", -39, 145, 35),
               ("Riverside night market", -33, 296, 30), ("Hartley village fete", -26, 201, 20),
               ("Abbey Sq. craft fair", -17, 733, 45), ("Christmas lights eve", -13, 910, 60),
               ("Station Rd makers", -4, 176, 35), ("Riverside night market", 3, None, 30),
               ("Abbey Sq. Christmas", 4, None, 75), ("Minster winter fair", 9, None, 90),
               ("Abbey Sq. Christmas", 11, None, 75)]
    for i, (m, off, tk, pitch) in enumerate(markets):
        put(sl, 4 + i, 11, [m, day(off), tk, pitch])
    quirks_candle(ws, sl)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 16, 14, 10, 8, 7, 11, 10, 11, 6, 8, 9, 7, 11, 3, 16, 10, 14])
    widths(sl, "A B C D E F G H I J K L M N", [20, 5, 5, 5, 5, 5, 5, 7, 10, 3, 22, 11, 11, 9])
    wb.save(HERE / "candle_workshop.xlsx")


def quirks_candle(ws, sl) -> None:
    ws["A39"] = "WW-221"                         # duplicate batch id (row 25)
    ws["C23"] = "soy"                            # odd case
    ws["J29"] = "99"                             # units stored as text
    ws["I18"] = "21/10/2026"                     # ready-by typed as text
    ws["N31"] = None                             # no stockist yet
    ws["K20"] = None                             # rejects not counted
    ws["K33"] = None
    ws["B27"] = "Rhubarb & Ginger"               # one-off scents
    ws["B45"] = "Tomato Leaf "                   # (trailing space)
    ws["J11"] = 118
    ws["J21"] = 126
    setd(ws, "G30", day(-6))


# ------------------------------------------------------------------ fencing_contractor
def fencing() -> None:
    rng = random.Random(1704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Hedgerow Fencing Ltd - job book 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "quote and cost ex VAT; metres = length of run"
    ws["B4"] = "Live and recent jobs"
    ws["B4"].font = Font(italic=True)
    cols = ["Job no.", "Client", "Postcode", "Type", "Metres", "Quote ($)", "Cost ($)", "Est. days",
            "Act. days", "Quoted", "Accepted", "Start", "Finish", "Due by", "Inv. paid", "Crew"]
    header(ws, 5, 2, cols)                                   # header at B5
    ws["S5"] = "Min margin"
    ws["T5"] = 0.15
    ws["T5"].number_format = "0%"
    ws["S6"] = "Day rate ($)"
    ws["T6"] = 450
    clients = ["Oakley Farm", "Mrs J. Dale", "Brook Lodge", "Pike Farm", "Tillington PC",
               "R. & S. Moss", "Wyevale Stables", "Dr A. Khan", "Lower Hope Farm", "St Mary's School",
               "Holme Lacy Estate", "T. Price", "Kingsland Garden Centre", "Mr P. Evans"]
    types = ["Post & rail", "Close board", "Close board", "Stock fence", "Stock fence", "Gates",
             "Picket"]
    rate = {"Post & rail": 38, "Close board": 62, "Stock fence": 14, "Gates": 0, "Picket": 45}
    crews = ["Dan & Kel", "Dan & Kel", "Marek", "Marek & Sol", "Jonno"]
    for i in range(40):
        r = 6 + i
        typ = rng.choice(types)
        metres = rng.choice([6, 12, 18, 25, 40, 60, 85, 120, 160, 240, 350]) if typ != "Gates" \
            else rng.choice([1, 2, 3, 4])
        quote = round(metres * rate[typ] * rng.choice([0.85, 1.0, 1.15]) + 180, -1) if typ != "Gates" \
            else metres * rng.choice([650, 900, 1400])
        quoted = pick_offset(rng, -170, -2, {-60, -61, -59})
        acc = quoted + rng.choice([1, 3, 6, 9, 13, 20, 28, 41]) if rng.random() < 0.78 else None
        if acc is not None and acc > -1:
            acc = None
        est = max(1, round(metres / rng.choice([25, 30, 40]))) if typ != "Gates" else metres
        start = due = fin = paid = act = cost = None
        if acc is not None:
            start = acc + rng.choice([4, 8, 12, 19, 26, 33])
            due = acc + rng.choice([21, 30, 45, 60])
            if due in (0, 14, 15, 13, -1):
                due += 2
            if start <= -2:
                act = est + rng.choice([-1, 0, 0, 1, 2, 3, 5])
                act = max(1, act)
                fin = start + act + rng.choice([0, 1, 2])
                if fin > -1:
                    fin = act = None
            if start <= -2:
                cost = round(quote * rng.choice([0.58, 0.66, 0.72, 0.8, 0.87, 0.94, 1.08, 1.21]), -1)
            if fin is not None and rng.random() < 0.7:
                paid = fin + rng.choice([3, 7, 12, 19, 26, 38, 52, 75])
                if paid > -1:
                    paid = None
        put(ws, r, 2, [f"HF-{141 + i}", rng.choice(clients), rng.choice(["HR1", "HR2", "HR4", "HR6", "HR9"])
                       + " " + str(rng.randint(1, 9)) + rng.choice(["AB", "LQ", "DX", "PT"]), typ,
                       metres, quote, cost, est, act, day(quoted), day(acc) if acc is not None else None,
                       day(start) if start is not None else None, day(fin) if fin is not None else None,
                       day(due) if due is not None else None, day(paid) if paid is not None else None,
                       rng.choice(crews) if acc is not None else None], {5: "#,##0", 6: "#,##0"})

    ts = wb.create_sheet("Timesheet")
    crew = ["Dan", "Kel", "Marek", "Sol", "Jonno", "Ash (temp)", "Ffion", "Rob", "Lewis"]
    contract = {"Dan": 45, "Kel": 45, "Marek": 45, "Sol": 40, "Jonno": 40, "Ash (temp)": 24,
                "Ffion": 24, "Rob": 40, "Lewis": 40}
    for top, title in ((1, "Hours w/c 23 Nov"), (14, "Hours w/c 16 Nov")):
        ts.cell(top, 1, title).font = BOLD
        header(ts, top + 1, 1, ["Name", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Contract"])
        for i, p in enumerate(crew):
            part = contract[p] < 30
            hrs = [rng.choice([0, 6, 7.5, 8, 9, 10.5, 11.5]) if part else
                   rng.choice([7.5, 8, 8.5, 9, 9.5, 10, 11, 12]) for _ in range(5)]
            hrs.append(rng.choice([None, None, None, 4, 5.5, 8]))
            hrs = [None if h == 0 else h for h in hrs]
            put(ts, top + 2 + i, 1, [p] + hrs + [contract[p]])
    quirks_fencing(ws, ts)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [3, 8, 22, 10, 12, 7, 9, 8, 8, 8, 11, 11, 11, 11, 11, 11, 11, 3, 12, 6])
    widths(ts, "A", [12])
    wb.save(HERE / "fencing_contractor.xlsx")


def quirks_fencing(ws, ts) -> None:
    ws["B30"] = "HF-152"                         # duplicate job no. (row 17)
    ws["C41"] = "Pike Farm "                     # trailing space (one-off client)
    ws["E16"] = "close board"                    # odd case
    ws["G20"] = "480"                            # quote stored as text
    ws["P25"] = "19/10/2026"                     # paid date typed as text
    for ref, v in (("P8", date(2026, 10, 28)), ("P12", date(2026, 10, 9)), ("P17", date(2026, 9, 30)),
                   ("P26", date(2026, 9, 20)), ("P31", date(2026, 8, 4)), ("P28", date(2026, 9, 14)),
                   ("P20", date(2026, 9, 1))):
        setd(ws, ref, v)
    setd(ws, "O36", day(10))                     # due soon, not started
    setd(ws, "M34", day(5))
    setd(ws, "O34", day(12))
    for ref in ("N37", "J37", "N32", "J32"):     # overdue, still on site
        ws[ref] = None
    setd(ws, "O32", day(-4))


# ------------------------------------------------------------------ hot_air_balloons
def balloons() -> None:
    rng = random.Random(1705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Flights"
    ws["A1"] = "Skylark Balloon Flights - flight log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Max wind at launch (kts)"
    ws["C2"] = 12
    ws["A3"] = "revenue entered once the flight is flown; times are launch / landing (local)"
    cols = ["Flight", "Date", "Session", "Site", "Pilot", "Balloon", "Pax", "Capacity", "Wind (kts)",
            "Launch", "Landed", "Status", "Revenue ($)", "Notes"]
    header(ws, 5, 1, cols)
    balloons_ = {"G-SKYL": 16, "G-LARK": 12, "G-BRZE": 8, "G-WREN": 4}
    sites = ["Ashby Park", "Ashby Park", "Wellow Common", "Castle Farm", "Fernhill Showground"]
    pilots = ["J. Okafor", "M. Lindqvist", "P. Hale", "S. Brandt", "R. Quayle"]
    notes = [None, None, None, None, None, "proposal on board", "birthday", "hard landing - check basket",
             "photographer on board", "soft landing in barley", "diverted, landed at Wick Farm"]
    for i in range(40):
        r = 6 + i
        off = pick_offset(rng, -70, 20, {0, 7, 8, -1, 1, 30, 31})
        bal = rng.choice(list(balloons_))
        cap = balloons_[bal]
        pax = max(2, cap - rng.choice([0, 0, 1, 2, 3, 5]))
        dawn = rng.random() < 0.55
        status = ("Flown" if rng.random() < 0.78 else "Cancelled") if off < 0 else "Scheduled"
        wind = None
        if off < 0:
            wind = rng.choice([3, 4, 6, 7, 8, 9, 10, 11]) if status == "Flown" else rng.choice([13, 15, 17, 19, 8])
        launch = landed = rev = None
        if status == "Flown":
            lm = rng.choice(range(6 * 60 + 15, 7 * 60 + 46, 15)) if dawn else rng.choice(range(16 * 60 + 30, 18 * 60 + 31, 15))
            launch = hm_of(lm)
            landed = hm_of(lm + rng.choice([52, 58, 64, 68, 71, 79, 84, 93]))
            rev = pax * rng.choice([199, 199, 229, 249]) - rng.choice([0, 0, 0, 150, 400])
        put(ws, r, 1, [f"SL-{501 + i}", day(off), "Dawn" if dawn else "Evening", rng.choice(sites),
                       rng.choice(pilots), bal, pax, cap, wind, launch, landed, status, rev,
                       rng.choice(notes) if status == "Flown" else None], {12: "#,##0"})

    px = wb.create_sheet("Passengers")
    header(px, 1, 1, ["Voucher", "Passenger", "Bought", "Expires", "Wt (kg)", "Session pref.",
                      "Flown on", "Type", "Email"])
    people = ["Aled Jones", "Bryony Hill", "Chris Nunn", "Dee Marsh", "Eli Frost", "Faye Lyons",
              "Gordon Tait", "Hana Ito", "Ivan Petrov", "Jess Rowe", "Karl Meyer", "Lola Diaz",
              "Mo Salah", "Nina Berg", "Owen Pugh", "Priya Nair", "Quinn Ade", "Rita Cole",
              "Stan Lee", "Tara Finn", "Uma Roy", "Vera Stone", "Will Cho", "Xander Holt",
              "Yusuf Ali", "Zara Khan", "Ben Ames", "Cara Lowe", "Dom Hale", "Emma Shaw",
              "Fred Nash", "Gwen Ford"]
    for i, p in enumerate(people):
        r = 2 + i
        typ = rng.choice(["Standard", "Standard", "Gift", "Gift", "Exclusive"])
        pre = {"Standard": "SV", "Gift": "GV", "Exclusive": "EX"}[typ]
        bought = pick_offset(rng, -720, -10, set())
        months = rng.choice([12, 12, 12, 18, 24])
        b = BUILT + dt.timedelta(days=bought)
        y, m = divmod(b.month - 1 + months, 12)
        exp = dt.datetime(b.year + y, m + 1, min(b.day, 28))
        flown = None
        if rng.random() < 0.45:
            flown = bought + rng.choice([9, 20, 40, 85, 150, 260])
            if flown > -1:
                flown = None
        put(px, r, 1, [f"{pre}-{rng.randint(1000, 9999)}", p, day(bought), exp,
                       rng.choice([54, 61, 68, 72, 79, 86, 93, 104, 118, 127]),
                       rng.choice(["Dawn", "Evening", "Any", "Any"]), day(flown) if flown is not None else None, typ,
                       p.lower().replace(" ", ".") + rng.choice(["@mail.example", "@post.example"])])

    ph = wb.create_sheet("Pilot hours")
    ph["A1"] = "Pilot flying hours by month"
    ph["A1"].font = BOLD
    header(ph, 3, 1, ["Pilot", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, p in enumerate(pilots + ["T. Marsh (trainee)", "K. Ueda", "L. Ferreira", "A. Novak"]):
        base = rng.choice([6, 9, 12, 16, 21])
        vals = [round(base * rng.choice([0.4, 0.7, 0.9, 1.0, 1.2, 1.5]), 1) for _ in range(6)]
        put(ph, 4 + i, 1, [p] + vals)
    quirks_balloons(ws, px, ph)
    widths(ws, "A B C D E F G H I J K L M N",
           [8, 11, 8, 19, 13, 8, 5, 8, 10, 7, 7, 10, 11, 28])
    widths(px, "A B C D E F G H I", [9, 14, 11, 11, 8, 8, 11, 10, 26])
    widths(ph, "A", [18])
    wb.save(HERE / "hot_air_balloons.xlsx")


def quirks_balloons(ws, px, ph) -> None:
    ws["G19"] = 13                               # overbooked
    ws["G35"] = 5
    ws["I38"] = 14                               # flown above the limit
    ws["M36"] = None                             # flown, revenue not entered
    ws["M20"] = None
    ws["M28"] = "1245"                           # revenue stored as text
    ws["B13"] = "23/09/2026"                     # date typed as text
    ws["L30"] = "flown"                          # odd case
    ph["C9"] = None                              # trainee grounded in July
    ph["B5"] = 8.4
    setd(px, "G14", date(2026, 10, 17))          # flown after the voucher expired (honoured)
    setd(px, "G21", date(2026, 11, 7))
    setd(px, "C33", date(2025, 12, 20))          # expiring soon, not flown
    setd(px, "D33", date(2026, 12, 20))
    setd(px, "C29", date(2025, 6, 14))
    setd(px, "D29", date(2026, 12, 14))
    setd(px, "G28", date(2026, 9, 19))           # flew a week after buying
    px["A29"] = "GV-6524"                        # duplicate voucher (row 9)
    px["B31"] = "Bryony Hill"                    # repeat customers (rows 3, 19)
    px["B24"] = "Rita Cole"
    px["I12"] = px["I26"] = None                 # no email
    px["I31"] = "bryony.hill@post.example"
    px["I24"] = "rita.cole@post.example"
    px["B16"] = "Owen Pugh "                     # trailing space (one-off name)
    px["C18"] = "20/02/2026"                     # bought date typed as text


# ------------------------------------------------------------------ interior_design
def interior() -> None:
    rng = random.Random(1706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Projects"
    ws["A1"] = "Harlow & Finch Interiors - project tracker"
    ws["A1"].font = Font(bold=True, size=14)
    cols = ["Project", "Client", "Rooms", "Designer", "Budget ($)", "Spent ($)", "Fee %", "Start",
            "Target", "Handover", "Stage", "Last contact", "sq ft", "Notes"]
    header(ws, 3, 2, cols)                                   # header at B3
    ws["Q3"] = "Contact every (days)"
    ws["R3"] = 21
    ws["Q4"] = "Overspend alert"
    ws["R4"] = 1.1
    ws["R4"].number_format = "0%"
    clients = ["Aldridge", "Bhatt", "Carver", "Dunmore", "Ellery", "Fontaine", "Gallo", "Hirst",
               "Iqbal", "Jaworski", "Kemp", "Lindholm", "Mensah", "Nakamura", "O'Hara", "Pereira",
               "Quigley", "Rusk"]
    rooms = ["Kitchen", "Kitchen & utility", "Living room", "Main bedroom", "Bathroom", "Loft conversion",
             "Whole house", "Home office", "Open-plan kitchen/diner", "Nursery", "Hallway & stairs"]
    designers = ["Mia", "Theo", "Priya", "Jonas"]
    notes = [None, None, None, "client on hold - moving abroad", "asbestos survey needed",
             "listed building consent", "on hold until new year", "rush - wedding in Feb", None]
    for i in range(36):
        r = 4 + i
        room = rng.choice(rooms)
        budget = {"Kitchen": 24000, "Whole house": 85000, "Loft conversion": 42000}.get(room, 0)
        budget = budget or rng.choice([6500, 9000, 12000, 15500, 18000, 22000, 31000])
        budget = round(budget * rng.choice([0.8, 1.0, 1.25]), -2)
        start = pick_offset(rng, -260, -5, {-90, -91, -89})
        target = start + rng.choice([42, 60, 75, 90, 120, 150])
        stage = "Complete" if target < -20 and rng.random() < 0.8 else \
            rng.choice(["Concept", "Sourcing", "On site", "On site", "Snagging"])
        if start > -30:
            stage = rng.choice(["Brief", "Concept"])
        spent_share = {"Brief": 0.0, "Concept": 0.08, "Sourcing": 0.45, "On site": 0.8, "Snagging": 0.97,
                       "Complete": 1.0}[stage]
        spent = round(budget * spent_share * rng.choice([0.75, 0.9, 1.0, 1.06, 1.18, 1.3]), -1) \
            if spent_share else None
        hand = None
        if stage == "Complete":
            hand = target + rng.choice([-6, 0, 4, 9, 18, 25, 40])
            if hand > -2:
                hand = -2
        last = pick_offset(rng, -60, -1, {-21, -22, -20})
        put(ws, r, 2, [f"PRJ-{2601 + i}", rng.choice(clients), room, rng.choice(designers), budget,
                       spent, rng.choice([0.12, 0.15, 0.15, 0.18]), day(start), day(target),
                       day(hand) if hand is not None else None, stage, day(last),
                       rng.choice([90, 140, 210, 320, 480, 1250, 2400]), rng.choice(notes)],
            {4: "#,##0", 5: "#,##0", 6: "0%"})

    sp = wb.create_sheet("Spend")
    sp["A1"] = "Monthly spend by project ($)"
    sp["A1"].font = BOLD
    sp["A2"] = "supplier invoices + trades, ex VAT"
    header(sp, 3, 1, ["Project", "Jul", "Aug", "Sep", "Oct", "Nov", "Budget/mo"])
    for i in range(14):
        bm = rng.choice([2500, 4000, 6000, 9000])
        vals = [round(bm * rng.choice([0.2, 0.55, 0.8, 0.95, 1.1, 1.4, 1.9]), -1) for _ in range(5)]
        put(sp, 4 + i, 1, [ws.cell(4 + 2 * i, 2).value] + vals + [bm], {k: "#,##0" for k in range(1, 7)})

    od = wb.create_sheet("Orders")
    od["A1"] = "Purchase orders"
    od["A1"].font = BOLD
    header(od, 2, 1, ["PO", "Project", "Supplier", "Item", "Ordered", "ETA", "Delivered", "Amt ($)"])
    suppliers = ["Loaf", "Farrow & Ball", "Tile Giant", "Heal's", "John Lewis", "Original BTC",
                 "Howdens", "Lassco"]
    items = {"Loaf": (["sofa", "armchair", "footstool"], [760, 1180, 1650, 2900]),
             "Farrow & Ball": (["paint (12 L)", "wallpaper", "paint samples"], [85, 240, 410]),
             "Tile Giant": (["floor tiles", "wall tiles"], [240, 410, 760, 1180]),
             "Heal's": (["pendant lights", "rug", "dining chairs"], [410, 760, 1650, 2900]),
             "John Lewis": (["curtains", "blinds", "bedding"], [85, 240, 410, 760]),
             "Original BTC": (["wall lights", "pendant lights"], [240, 410, 760]),
             "Howdens": (["kitchen units", "vanity unit", "worktops"], [1180, 1650, 2900, 4800]),
             "Lassco": (["reclaimed doors", "fireplace", "radiators"], [410, 760, 1650, 2900])}
    for i in range(32):
        r = 3 + i
        o = pick_offset(rng, -80, -2, set())
        eta = o + rng.choice([5, 10, 14, 21, 35, 49])
        if eta in (0, 7, 8, -1, 6):
            eta += 3
        dlv = eta + rng.choice([-2, 0, 0, 1, 3, 6, 11]) if eta < 0 and rng.random() < 0.85 else None
        if dlv is not None and dlv > -1:
            dlv = None
        sup = rng.choice(suppliers)
        what, amounts = items[sup]
        put(od, r, 1, [f"PO-{7301 + i}", ws.cell(4 + rng.randrange(36), 2).value, sup,
                       rng.choice(what), day(o), day(eta), day(dlv) if dlv is not None else None,
                       rng.choice(amounts)], {7: "#,##0"})
    quirks_interior(ws, sp, od)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 11, 22, 9, 10, 10, 6, 11, 11, 11, 10, 12, 6, 28, 3, 20, 6])
    widths(od, "A B C D E F G H", [8, 9, 14, 16, 11, 11, 11, 9])
    wb.save(HERE / "interior_design.xlsx")


def quirks_interior(ws, sp, od) -> None:
    ws["C37"] = "Kemp "                          # trailing space (one-off client)
    ws["L13"] = "on site"                        # odd case
    ws["G16"] = "11520"                          # spent stored as text
    ws["I23"] = "14/09/2026"                     # start typed as text
    ws["M20"] = ws["M33"] = None                 # no contact logged
    ws["E24"] = None                             # no designer
    ws["K38"] = ws["K6"] = None                  # complete, handover date missing
    ws["G25"] = 13400
    sp["E4"] = 11200
    sp["C12"] = 11600
    od["A20"] = "PO-7316"                        # duplicate PO (row 18)
    od["H9"] = od["H28"] = None                  # amount not entered
    setd(od, "F22", day(6))


if __name__ == "__main__":
    for f in (alpaca, bowling, candle, fencing, balloons, interior):
        f()
    print("built 6 workbooks in", HERE)
