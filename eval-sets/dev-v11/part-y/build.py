"""Build the six workbooks of dev-v11 part Y (openpyxl only, fixed seeds 1101-1106).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds; the quirks are set by hand afterwards (`quirks_*`), so cell
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
TITLE = Font(bold=True, size=14)


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


def setd(ws, ref: str, v) -> None:
    """Set a cell to a real date (or None) with a date format."""
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ antique_restoration
def antiques() -> None:
    rng = random.Random(1101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["B1"] = "Hartley & Finch Restoration - workshop jobs 2026"
    ws["B1"].font = TITLE
    ws["B2"] = "Quotes ex VAT. Hrs = bench hours logged so far. Deposit blank = none taken."
    ws["Q1"] = "Hourly rate ($)"
    ws["R1"] = 48
    ws["Q2"] = "Max hrs w/o sign-off"
    ws["R2"] = 20
    ws["Q3"] = "Rush surcharge"
    ws["R3"] = 0.15
    ws["R3"].number_format = "0%"
    cols = ["Job ref", "Client", "Item", "Category", "Restorer", "Received", "Promised",
            "Delivered", "Quote ($)", "Actual ($)", "Est. hrs", "Hrs", "Deposit", "Status"]
    header(ws, 4, 2, cols)                                  # header at B4
    items = {"Furniture": ["Walnut bureau", "Oak settle", "Pine dresser", "Mahogany tallboy",
                           "Bentwood chair", "Gate-leg table"],
             "Clocks": ["Longcase clock", "Carriage clock", "Bracket clock", "Mantel clock"],
             "Ceramics": ["Delft charger", "Staffordshire figure", "Meissen cup", "Majolica jug"],
             "Silver": ["Georgian teapot", "Candlesticks (pair)", "Card case"],
             "Paintings": ["Oil portrait", "Gilt frame", "Watercolour (foxed)"],
             "Textiles": ["Sampler", "Tapestry cushion", "Quilt"]}
    cats = ["Furniture", "Furniture", "Furniture", "Clocks", "Clocks", "Ceramics", "Silver",
            "Paintings", "Textiles"]
    clients = ["Mrs P. Ashdown", "Bellweather Antiques", "Dr K. Mensah", "Lady Carrow",
               "G. Fontaine", "Holloway Estate", "J. Rutherford", "Marsh & Daughters",
               "O. Lindqvist", "Rev. T. Price", "S. Kaur", "The Old Rectory B&B"]
    restorers = {"Furniture": ["Hattie", "Oskar"], "Clocks": ["Felix"], "Ceramics": ["Marguerite"],
                 "Silver": ["Felix", "Oskar"], "Paintings": ["Marguerite"], "Textiles": ["Hattie"]}
    for i in range(40):
        r = 5 + i
        cat = rng.choice(cats)
        rec = pick_offset(rng, -120, -2, {-30, -31, -60, -90, -14, -7})
        prom = rec + rng.choice([21, 28, 35, 42, 56, 70])
        if prom in range(-1, 2) or prom in (7, 14, 30, 6, 8):
            prom += 3
        deliv = None
        if rng.random() < 0.55:
            dv = rec + rng.choice([12, 20, 27, 33, 40, 51, 66, 80])
            if dv <= -1:
                deliv = dv
        est = rng.choice([4, 6, 8, 10, 12, 16, 22, 30])
        hrs = round(est * rng.choice([0.5, 0.75, 0.9, 1.0, 1.15, 1.3, 1.6]), 1) if deliv is not None \
            else round(est * rng.choice([0, 0.25, 0.5, 0.8, 1.1]), 1)
        quote = round(est * 48 + rng.choice([0, 25, 60, 120, 240]), -1)
        actual = None
        if deliv is not None:
            actual = round(hrs * 48 + rng.choice([0, 15, 40, 90, 180]), -1)
        elif rng.random() < 0.3:
            actual = round(hrs * 48 + rng.choice([0, 40]), -1)
        dep = rng.choice([None, None, 50, 100, round(quote * 0.25, -1)])
        if deliv is not None:
            status = "Delivered"
        else:
            status = rng.choice(["On bench", "On bench", "Awaiting parts", "Quoted", "Ready"])
        put(ws, r, 2, [f"HF-{2601 + i:04d}", rng.choice(clients), rng.choice(items[cat]), cat,
                       rng.choice(restorers[cat]), day(rec), day(prom),
                       day(deliv) if deliv is not None else None, quote, actual, est, hrs, dep,
                       status], {8: "#,##0", 9: "#,##0", 11: "0.0"})

    mo = wb.create_sheet("Monthly")
    mo["A1"] = "Bench hours by restorer"
    mo["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(mo, 2, 1, ["Restorer"] + months + ["Target"])
    people = ["Hattie", "Oskar", "Felix", "Marguerite", "Ines (appr.)", "Tobias (appr.)",
              "Wren (p/t)", "Cal (p/t)"]
    for i, p in enumerate(people):
        tgt = 120 if "(" not in p else (80 if "appr" in p else 60)
        v = tgt * rng.choice([0.7, 0.85, 1.0, 1.1])
        vals = []
        for _ in range(6):
            v = v * rng.choice([0.72, 0.9, 0.97, 1.04, 1.12, 1.3])
            vals.append(int(round(v)))
        put(mo, 3 + i, 1, [p] + vals + [tgt])
    mo["A13"] = "Invoiced by category ($)"
    mo["A13"].font = BOLD
    header(mo, 14, 1, ["Category"] + months + ["LY Nov"])
    for i, c in enumerate(["Furniture", "Clocks", "Ceramics", "Silver", "Paintings", "Textiles",
                           "Valuations", "Upholstery"]):
        v = rng.choice([900, 2400, 4800, 7600, 11000])
        vals = []
        for _ in range(6):
            v = v * rng.choice([0.65, 0.88, 0.95, 1.05, 1.2, 1.45])
            vals.append(int(round(v, -1)))
        ly = int(round(vals[-1] * rng.choice([0.7, 0.9, 1.1, 1.3]), -1))
        put(mo, 15 + i, 1, [c] + vals + [ly], {k: "#,##0" for k in range(1, 8)})
    quirks_antiques(ws, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 21, 21, 11, 11, 11, 11, 11, 9, 9, 7, 6, 8, 14, 3, 20, 7])
    widths(mo, "A", [24])
    wb.save(HERE / "antique_restoration.xlsx")


def quirks_antiques(ws, mo) -> None:
    ws["B27"] = "HF-2611"                        # duplicate job refs (row 15)
    ws["B40"] = "HF-2630"                        # (row 34)
    ws["C21"] = "Wexford Hall "                  # trailing space (one-off client)
    ws["C38"] = "holloway estate"
    ws["E31"] = "furniture"                      # lower-case category
    ws["F12"] = None                             # no restorer assigned yet
    ws["F36"] = None
    ws["J19"] = "850"                            # quote stored as text
    ws["M25"] = "14"                             # hours stored as text
    ws["G23"] = "14/10/2026"                     # received typed as text
    ws["J9"] = None                              # not quoted yet
    ws["O9"] = "On bench"
    ws["D33"] = "Longcase clock - movement only"
    ws["D44"] = "Walnut bureau (veneer lifting)"
    mo["E6"] = None                              # leave / sick months
    mo["G9"] = None
    mo["C19"] = None
    mo["F20"] = "3100"                           # text number


# ------------------------------------------------------------------ climbing_wall
def climbing() -> None:
    rng = random.Random(1102)
    wb = Workbook()
    ws = wb.active
    ws.title = "Routes"
    ws["A1"] = "Crux Yard - route log"
    ws["A1"].font = TITLE
    ws["A2"] = "Sport grades French, boulders V-scale. Strip date = 6 weeks after setting unless kept."
    cols = ["Route", "Wall", "Type", "Grade", "Colour", "Setter", "Set on", "Strip by",
            "Ascents", "Flashes", "Rating", "Holds", "Status"]
    header(ws, 4, 1, cols)
    ws["O4"] = "Max days up"
    ws["P4"] = 42
    ws["O5"] = "Min rating to keep"
    ws["P5"] = 3.8
    walls = [("Cave", "Boulder"), ("Slab", "Boulder"), ("Prow", "Boulder"), ("North lead", "Lead"),
             ("South lead", "Lead"), ("Auto wall", "Top rope"), ("Kids zone", "Top rope")]
    sport = ["5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7a+", "7b"]
    vgr = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7"]
    colours = ["Red", "Blue", "Green", "Yellow", "Black", "White", "Purple", "Orange", "Pink"]
    setters = ["Jo", "Mateus", "Kit", "Saoirse", "Dan (guest)"]
    first = ["Crimp", "Sloper", "Dyno", "Pinch", "Arete", "Mantle", "Heel", "Jug", "Smear",
             "Gaston", "Undercling", "Crack", "Flake", "Pocket", "Knee-bar"]
    second = ["Party", "Dreams", "Factory", "Theory", "Express", "Blues", "Kingdom", "Soup",
              "Ladder", "Machine", "Waltz", "Drift"]
    used = set()
    for i in range(36):
        r = 5 + i
        while True:
            nm = f"{rng.choice(first)} {rng.choice(second)}"
            if nm not in used:
                used.add(nm)
                break
        wall, typ = rng.choice(walls)
        grade = rng.choice(vgr if typ == "Boulder" else sport[:6] if wall == "Kids zone" else sport)
        set_on = pick_offset(rng, -70, -1, {-42, -41, -43, -28, -14, -7, -35, -21})
        strip = set_on + 42
        asc = rng.randint(0, 180)
        fl = int(asc * rng.choice([0.05, 0.1, 0.2, 0.35, 0.5]))
        rating = round(rng.choice([2.1, 2.6, 3.1, 3.4, 3.6, 3.9, 4.2, 4.5, 4.8]) + rng.choice([0, 0.05]), 2)
        holds = rng.randint(6, 34)
        status = "Up" if strip >= 0 else rng.choice(["Up", "Stripped", "Stripped", "Keep"])
        put(ws, r, 1, [nm, wall, typ, grade, rng.choice(colours), rng.choice(setters), day(set_on),
                       day(strip), asc, fl, rating, holds, status], {10: "0.0"})

    ff = wb.create_sheet("Footfall")
    ff["A1"] = "Check-ins per day (front desk count)"
    ff["A1"].font = BOLD
    days_ = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    header(ff, 3, 2, ["Week of"] + days_ + ["Target / wk"])     # header at B3
    wk = dt.date(2026, 9, 7)
    for i in range(12):
        r = 4 + i
        base = rng.choice([110, 130, 150, 170])
        vals = []
        for j in range(7):
            f = 1.6 if j >= 5 else (0.8 if j in (0, 4) else 1.0)
            vals.append(int(base * f * rng.choice([0.8, 0.9, 1.0, 1.1, 1.25])))
        put(ff, r, 2, [dt.datetime.combine(wk, dt.time())] + vals + [1050], {0: "dd mmm"})
        wk += dt.timedelta(days=7)

    mb = wb.create_sheet("Members")
    header(mb, 1, 1, ["Member", "DOB", "Joined", "Plan", "Induction", "Belay test", "Last visit",
                      "Visits (Oct)", "Visits (Nov)", "Waiver", "Guardian"])
    fn = ["Aoife", "Ben", "Carys", "Dev", "Elif", "Finn", "Greta", "Hugo", "Isla", "Jae",
          "Kofi", "Lena", "Milo", "Nell", "Omar", "Pia", "Quinn", "Rosa", "Seb", "Tova"]
    ln = ["Adair", "Brandt", "Costa", "Dunne", "Ekwueme", "Flores", "Grieve", "Haas", "Ito", "Joyce"]
    for i in range(32):
        r = 2 + i
        kid = rng.random() < 0.3
        if kid:
            dob = date(rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = date(rng.randint(1968, 2006), rng.randint(1, 12), rng.randint(1, 28))
        joined = pick_offset(rng, -900, -3, {-365, -366, -730})
        plan = rng.choice(["Monthly", "Monthly", "Annual", "10-visit", "Off-peak"] if not kid
                          else ["Youth", "Youth", "10-visit"])
        ind = day(joined) if rng.random() < 0.9 else None
        belay = None
        if not kid and rng.random() < 0.65:
            belay = day(joined + rng.choice([7, 20, 45, 120]))
            if belay.date() >= BUILT:
                belay = None
        last = pick_offset(rng, -120, -1, {-30, -31, -60, -90, -14, -7})
        if last < joined:
            last = joined + 1
        vis = rng.choice([0, 1, 2, 4, 6, 9, 12, 15]) if last > -32 else 0
        vis_oct = rng.choice([0, 2, 3, 5, 8, 11]) if last > -62 else 0
        put(mb, r, 1, [f"{rng.choice(fn)} {rng.choice(ln)}", dob, day(joined), plan, ind, belay,
                       day(last), vis_oct, vis, rng.choice(["Yes", "Yes", "Yes", "No"]),
                       rng.choice(["P. " + rng.choice(ln), "M. " + rng.choice(ln)]) if kid else None])
    quirks_climbing(ws, ff, mb)
    widths(ws, "A B C D E F G H I J K L M N O P", [18, 11, 9, 6, 8, 11, 11, 11, 8, 8, 7, 6, 9, 3, 18, 6])
    widths(mb, "A B C D E F G H I J K", [16, 11, 11, 9, 11, 11, 11, 11, 11, 7, 12])
    wb.save(HERE / "climbing_wall.xlsx")


def quirks_climbing(ws, ff, mb) -> None:
    ws["A31"] = ws["A9"].value                   # same route name entered twice
    ws["F17"] = "kit"                            # odd case setter
    ws["F26"] = None                             # setter not recorded
    ws["E22"] = "Blue "                          # trailing space
    ws["I14"] = str(ws["I14"].value)             # ascents stored as text
    ws["J14"] = 90                               # soft grades: many flashes
    ws["J36"] = 61
    ws["J7"] = 24                                # no flash count at exactly half the ascents
    ws["J16"] = 15
    ws["J17"] = 17
    ws["J31"] = 31
    ws["J28"] = 70
    ws["G28"] = "19/11/2026"                     # set date typed as text
    ws["H28"] = "31/12/2026"
    ws["K33"] = None                             # not rated yet
    ws["K38"] = None
    ws["M12"] = "up"
    ff["D9"] = None                              # closed days (wall resurfacing)
    ff["E9"] = None
    ff["C15"] = str(ff["C15"].value)             # text number
    mb["B20"] = "23/09/1991"                     # DOB typed as text
    mb["E11"] = None
    mb["A29"] = mb["A6"].value                   # same member twice
    mb["J17"] = "no"
    mb["D4"] = "Youth"                           # adults on the youth plan
    mb["D23"] = "Youth"


# ------------------------------------------------------------------ fishing_landings
def fishing() -> None:
    rng = random.Random(1103)
    wb = Workbook()
    ws = wb.active
    ws.title = "Landings"
    ws["A1"] = "Westhaven Fishermen's Co-op - landings"
    ws["A1"].font = TITLE
    ws["A2"] = "kg gutted weight; $/kg at first sale; times = alongside / sold at auction"
    ws["L2"] = "Min price ($/kg)"
    ws["M2"] = 2.5
    ws["L3"] = "Commission"
    ws["M3"] = 0.065
    ws["M3"].number_format = "0.0%"
    cols = ["Landing #", "Date", "Vessel", "Skipper", "Species", "Kg", "Boxes", "$/kg",
            "Value ($)", "Buyer", "Alongside", "Sold", "Ice (kg)"]
    header(ws, 5, 1, cols)
    vessels = [("Morning Star", "A. Tully"), ("Girl Bronagh", "S. Mulhern"),
               ("Sea Harvester", "P. Ruane"), ("Ocean Gift", "D. Coyle"),
               ("Silver Crest", "M. Boyle"), ("Kittiwake", "J. Gallagher"),
               ("Provider II", "R. Doherty")]
    species = {"Cod": (3.1, 5.4), "Haddock": (2.2, 3.9), "Monkfish": (5.5, 9.0),
               "Whiting": (1.1, 2.3), "Prawns": (6.0, 11.5), "Mackerel": (0.9, 1.8),
               "Hake": (2.8, 4.6), "Lobster": (18.0, 26.0)}
    buyers = ["Harbour Fish Ltd", "Coastline Foods", "M. Kearney", "Atlantic Catch", "auction"]
    for i in range(44):
        r = 6 + i
        v, sk = rng.choice(vessels)
        sp = rng.choice(list(species))
        off = pick_offset(rng, -34, -1, {-7, -14, -30, -10})
        kg = {"Lobster": rng.randint(18, 90), "Prawns": rng.randint(120, 900)}.get(
            sp, rng.randint(200, 3200))
        boxes = max(1, round(kg / rng.choice([38, 40, 42])))
        lo, hi = species[sp]
        price = round(rng.uniform(lo, hi), 2)
        al = rng.choice(range(3 * 60, 13 * 60, 10))
        sold = al + rng.choice([25, 50, 75, 110, 160, 240])
        put(ws, r, 1, [f"WL-{5301 + i}", day(off), v, sk, sp, kg, boxes, price,
                       round(kg * price, 2), rng.choice(buyers), hm(al // 60, al % 60),
                       hm(sold // 60, sold % 60), round(kg * rng.choice([0.2, 0.25, 0.35]))],
            {7: "0.00", 8: "#,##0.00"})

    qt = wb.create_sheet("Quota")
    qt["A1"] = "Catch against quota (tonnes)"
    qt["A1"].font = BOLD
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    header(qt, 2, 1, ["Vessel"] + months + ["Quota (t)"])
    names = [v for v, _ in vessels] + ["Bonny Lass", "Star of Hope", "Aisling"]
    for i, v in enumerate(names):
        q = rng.choice([40, 60, 90, 120])
        vals = [round(q / 6 * rng.choice([0.4, 0.7, 0.9, 1.0, 1.2, 1.5]), 1) for _ in months]
        put(qt, 3 + i, 1, [v] + vals + [q], {k: "0.0" for k in range(1, 6)})
    header(qt, 2, 9, ["Vessel", "Licence exp.", "Insurance due", "Last survey"])   # side table I2
    for i, v in enumerate(names):
        lic = pick_offset(rng, -25, 500, {0, 1, -1, 30, 31, 29, 60, 90})
        ins = pick_offset(rng, -15, 330, {0, 1, -1, 30, 31, 29, 60, 90})
        sv = pick_offset(rng, -900, -20, {-365, -366, -730, -731})
        put(qt, 3 + i, 9, [v, day(lic), day(ins), day(sv)])
    quirks_fishing(ws, qt)
    widths(ws, "A B C D E F G H I J K L M", [10, 11, 14, 12, 10, 7, 7, 7, 10, 17, 9, 16, 7])
    widths(qt, "A B C D E F G H I J K L", [14, 7, 7, 7, 7, 7, 9, 3, 14, 12, 13, 12])
    wb.save(HERE / "fishing_landings.xlsx")


def quirks_fishing(ws, qt) -> None:
    ws["A38"] = "WL-5317"                        # duplicate landing number (row 22)
    ws["J36"] = "Dunlo Seafoods "                # one-off buyer, trailing space
    ws["E33"] = "cod"                            # odd case species
    ws["F16"] = str(ws["F16"].value)             # kg stored as text
    ws["H41"] = f'{ws["H41"].value:.2f}'          # price stored as text
    ws["B30"] = "23/11/2026"                     # date typed as text
    ws["J12"] = None                             # buyer not recorded
    ws["J44"] = None
    ws["M20"] = None                             # ice not logged
    ws["L47"] = None                             # unsold (withdrawn)
    ws["I47"] = None
    qt["D6"] = None                              # vessel tied up in August
    qt["E10"] = None
    qt["C12"] = "5.5"                            # text number


# ------------------------------------------------------------------ ice_rink_sessions
def icerink() -> None:
    rng = random.Random(1104)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws["A1"] = "Glenmoor Ice Arena - session sheet"
    ws["A1"].font = TITLE
    ws["A2"] = "Booked = online; walk-ins added by the till. Ice temp at session start."
    ws["O1"] = "Fire limit (people)"
    ws["P1"] = 230
    ws["O2"] = "Hire price ($)"
    ws["P2"] = 4.5
    cols = ["Date", "Day", "Session", "Start", "End", "Cap.", "Booked", "Walk-ins", "Skate hire",
            "Takings ($)", "Steward", "Ice temp (°C)", "Resurfaced"]
    header(ws, 4, 1, cols)
    kinds = {"Public": (250, 4.0), "Disco": (220, 6.0), "Toddlers": (60, 3.0),
             "Hockey": (40, 9.0), "Figure": (30, 7.5), "Adult": (120, 5.0)}
    r = 5
    dd = dt.date(2026, 11, 16)
    while dd <= dt.date(2026, 12, 9):
        wd = dd.weekday()
        plan = ["Toddlers", "Public", "Hockey"] if wd < 4 else (["Public", "Disco"] if wd == 4 else
                                                             ["Public", "Figure", "Public"] if wd == 5 else ["Public", "Adult"])
        if wd in (0, 2) and dd.day % 2 == 0:
            plan = plan[:2]
        start_h = 10
        for sess in plan:
            cap, price = kinds[sess]
            st = hm(start_h, rng.choice([0, 15, 30]))
            ln = rng.choice([60, 75, 105, 120])
            em = st.hour * 60 + st.minute + ln
            past = dd < BUILT
            booked = int(cap * rng.choice([0.3, 0.5, 0.65, 0.8, 0.9, 1.0]))
            walk = int(cap * rng.choice([0, 0.05, 0.1, 0.2, 0.3])) if past else None
            hire = int((booked + (walk or 0)) * rng.choice([0.4, 0.55, 0.7])) if past else None
            tak = round((booked + (walk or 0)) * price + (hire or 0) * 4.5, 2) if past else None
            temp = rng.choice([-5.5, -5.0, -4.5, -4.0, -3.5, -3.0, -2.5])
            put(ws, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), sess, st,
                           hm(em // 60, em % 60), cap, booked, walk, hire, tak,
                           rng.choice(["Ailsa", "Brodie", "Callum", "Dana"]), temp,
                           rng.choice(["Y", "Y", "N"])], {9: "#,##0.00", 11: "0.0"})
            r += 1
            start_h = em // 60 + rng.choice([1, 2, 3])
        dd += dt.timedelta(days=1 if wd != 2 else 2)
    le = wb.create_sheet("Lessons")
    le["A1"] = "Learn to Skate - winter term pupils"
    le["A1"].font = BOLD
    header(le, 3, 1, ["Pupil", "DOB", "Level", "Coach", "Started", "Next badge", "Term fee ($)",
                      "Paid ($)", "Lessons left", "Skates own?"])
    fn = ["Amara", "Blake", "Cora", "Dylan", "Effie", "Fraser", "Gemma", "Harris", "Iona", "Jude",
          "Kirsty", "Lachlan", "Morag", "Niall", "Orla", "Peigi", "Ross", "Skye"]
    ln = ["Baird", "Campbell", "Douglas", "Ferguson", "Gillespie", "Hendry", "Lamont", "Munro"]
    for i in range(30):
        r = 4 + i
        adult = rng.random() < 0.2
        dob = date(rng.randint(1975, 2000) if adult else rng.randint(2012, 2022),
                   rng.randint(1, 12), rng.randint(1, 28))
        lvl = rng.choice(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Adult"]) if not adult else "Adult"
        fee = 96 if lvl != "Adult" else 120
        paid = rng.choice([fee, fee, fee, 48, 0, 60])
        started = pick_offset(rng, -400, -10, {-365, -366, -180, -90})
        nb = pick_offset(rng, -20, 70, {0, 1, -1, 7, 14, 21, 28, 30, 31, 8, 6})
        put(le, r, 1, [f"{rng.choice(fn)} {rng.choice(ln)}", dob, lvl,
                       rng.choice(["Coach Eilidh", "Coach Marek", "Coach Sunita"]), day(started),
                       day(nb), fee, paid, rng.randint(0, 10), rng.choice(["Yes", "No", "No"])])
    sk = wb.create_sheet("Skates")
    sk["A1"] = "Hire skates - sharpening log"
    sk["A1"].font = BOLD
    header(sk, 2, 1, ["Pair #", "Size", "Type", "Bought", "Last sharpened", "Hires since", "Condition"])
    for i in range(28):
        r = 3 + i
        sz = rng.choice(["C10", "C12", "1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"])
        bt = date(rng.randint(2016, 2026), rng.randint(1, 12), 1)
        if bt.date() > BUILT:
            bt = date(2025, 9, 1)
        ls = pick_offset(rng, -95, -1, {-30, -31, -60, -61, -14, -7, -29})
        put(sk, r, 1, [f"P{101 + i}", sz, rng.choice(["Figure", "Hockey", "Hockey"]), bt, day(ls),
                       rng.randint(0, 70), rng.choice(["Good", "Good", "Fair", "Worn"])],
            {3: "mmm yyyy"})
    header(sk, 2, 9, ["Size", "Pairs wanted"])                  # side table I2
    quirks_icerink(ws, le, sk)
    widths(ws, "A B C D E F G H I J K L M N O P", [11, 5, 9, 7, 7, 6, 8, 8, 9, 10, 9, 12, 10, 3, 18, 6])
    widths(le, "A B C D E F G H I J", [17, 11, 8, 14, 11, 11, 11, 8, 11, 11])
    wb.save(HERE / "ice_rink_sessions.xlsx")


def quirks_icerink(ws, le, sk) -> None:
    ws["A5"] = "16/11/2026"                      # date typed as text
    ws["J34"] = None                             # till not cashed up
    ws["H39"] = None                             # walk-ins not entered
    ws["G12"] = "180"                            # booked stored as text
    ws["K20"] = None                             # no steward on the rota
    ws["K33"] = None
    ws["C30"] = "public"                         # odd case
    ws["C16"] = "Family skate "                  # one-off session, trailing space
    ws["L24"] = -1.5                             # soft ice
    ws["L37"] = -2.0
    le["A27"] = le["A8"].value                   # pupil entered twice
    le["B16"] = "21/03/2015"                     # DOB typed as text
    le["H12"] = None                             # payment not recorded
    le["J22"] = "yes"
    le["H30"] = "96"                             # paid stored as text
    for i, (s, n) in enumerate([("C12", 4), ("3", 2), ("9", 3), ("11", 1)]):
        sk.cell(3 + i, 9, s)
        sk.cell(3 + i, 10, n)
    sk["G14"] = None                             # not inspected


# ------------------------------------------------------------------ judo_club
def judo() -> None:
    rng = random.Random(1105)
    wb = Workbook()
    ws = wb.active
    ws.title = "Members"
    ws["C1"] = "Kestrel Judo Club - membership register"
    ws["C1"].font = TITLE
    ws["C2"] = "Licence = national association licence. Attend. % = share of sessions since Sept."
    cols = ["Lic. No", "Name", "DOB", "Sex", "Belt", "Wt (kg)", "Joined", "Licence exp.",
            "Last grading", "Attend. %", "Fees due ($)", "Guardian"]
    header(ws, 4, 3, cols)                                      # header at C4
    belts = ["Red", "Yellow", "Orange", "Green", "Blue", "Brown", "Black"]
    fn = ["Akira", "Bea", "Caleb", "Dana", "Emil", "Freya", "Gus", "Hana", "Ivan", "Jess",
          "Kai", "Leah", "Mo", "Nia", "Oli", "Pru", "Raf", "Suki", "Theo", "Uma", "Vik", "Zoe"]
    ln = ["Abbott", "Bhatt", "Cole", "Dias", "Evans", "Fox", "Gill", "Hale", "Iqbal", "Jones",
          "Khan", "Lowe", "Marsh", "Nagy"]
    names = set()
    for i in range(40):
        r = 5 + i
        while True:
            nm = f"{rng.choice(fn)} {rng.choice(ln)}"
            if nm not in names:
                names.add(nm)
                break
        junior = rng.random() < 0.55
        dob = date(rng.randint(2010, 2020) if junior else rng.randint(1972, 2007),
                   rng.randint(1, 12), rng.randint(1, 28))
        belt = rng.choice(belts[:5] if junior else belts)
        age_ish = 2026 - dob.year
        wt = round(rng.uniform(22, 55) if age_ish < 14 else rng.uniform(48, 105), 1)
        joined = pick_offset(rng, -2500, -20, {-365, -366, -730, -731})
        lic = pick_offset(rng, -60, 330, {0, 1, -1, 30, 31, 29, 60, 61, 59, 90, 14, 7})
        lg = pick_offset(rng, -800, -5, {-365, -366, -180, -182, -183, -181, -184, -90})
        if lg < joined:
            lg = joined + 30
        att = rng.choice([0.22, 0.38, 0.51, 0.64, 0.72, 0.81, 0.88, 0.95])
        fees = rng.choice([0, 0, 0, 0, 15, 30, 45, 90, 120])
        put(ws, r, 3, [f"KJ{rng.randint(10000, 99999)}", nm, dob, rng.choice(["M", "F"]), belt, wt,
                       day(joined), day(lic), day(lg), att, fees,
                       f"{rng.choice(['Mrs', 'Mr', 'Ms'])} {nm.split()[1]}" if age_ish < 18 else None],
            {5: "0.0", 9: "0%"})
    header(ws, 4, 17, ["Coach", "DBS expiry", "First aid exp."])   # side table at Q4
    coaches = [("Sensei Hale", 240), ("R. Bhatt", -12), ("C. Okafor", 48), ("L. Marsh", 610),
               ("T. Nagy", 19)]
    for i, (c, dbs) in enumerate(coaches):
        put(ws, 5 + i, 17, [c, day(dbs), day(pick_offset(rng, -40, 400, {0, 1, -1, 30, 31, 29, 60, 90}))])

    at = wb.create_sheet("Attendance")
    at["A1"] = "Sessions attended per month"
    at["A1"].font = BOLD
    months = ["Jul", "Aug", "Sep", "Oct", "Nov"]
    header(at, 3, 1, ["Name"] + months + ["Held (Nov)"])
    for i in range(24):
        r = 4 + i
        base = rng.choice([2, 4, 6, 8, 10, 12])
        vals = [max(0, base + rng.choice([-3, -2, -1, 0, 0, 1, 2])) for _ in months]
        put(at, r, 1, [ws.cell(5 + i, 4).value] + vals + [13])

    gr = wb.create_sheet("Gradings")
    gr["A1"] = "Autumn grading - 21 Nov 2026"
    gr["A1"].font = BOLD
    header(gr, 2, 1, ["Name", "From", "To", "Nage-waza", "Katame-waza", "Randori", "Theory", "Fee paid"])
    for i in range(18):
        r = 3 + i
        nm = ws.cell(5 + 2 * i, 4).value
        fr = ws.cell(5 + 2 * i, 7).value
        to = belts[min(6, belts.index(fr) + 1)]
        sc = [rng.choice([4, 5, 6, 7, 8, 9, 10]) for _ in range(4)]
        put(gr, r, 1, [nm, fr, to, *sc, rng.choice(["Y", "Y", "Y", "N"])])
    gr["A23"] = "Regional open - results"
    gr["A23"].font = BOLD
    header(gr, 24, 1, ["Name", "Category", "Fights", "Won", "Ippons", "Place"])
    for i in range(10):
        r = 25 + i
        nm = ws.cell(6 + 3 * i, 4).value
        f = rng.randint(1, 5)
        w = rng.randint(0, f)
        put(gr, r, 1, [nm, rng.choice(["U15 -50kg", "U18 -66kg", "Sen -73kg", "Sen -57kg", "U12 -34kg"]),
                       f, w, rng.randint(0, w), rng.choice([1, 2, 3, 3, 5, 7, None])])
    quirks_judo(ws, at, gr)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [3, 3, 9, 13, 11, 5, 8, 8, 11, 12, 12, 9, 11, 14, 3, 3, 13, 11, 13])
    wb.save(HERE / "judo_club.xlsx")


def quirks_judo(ws, at, gr) -> None:
    ws["C30"] = ws["C11"].value                  # licence number entered twice
    ws["D19"] = ws["D19"].value + " "            # trailing space
    ws["G23"] = "brown"                          # odd case belt
    ws["H14"] = "61.5"                           # weight stored as text
    ws["E35"] = "14/02/2012"                     # DOB typed as text
    ws["J27"] = "15/10/2027"                     # licence date typed as text
    ws["N36"] = None                             # junior without a guardian
    ws["Q11"] = "Min attend. to grade"
    ws["R11"] = 0.6
    ws["R11"].number_format = "0%"
    ws["L17"] = None                             # never attended / not computed
    ws["L40"] = None
    ws["K33"] = None                             # never graded
    at["D10"] = None                             # summer break gaps
    at["C15"] = None
    at["F20"] = "9"                              # text number
    gr["D8"] = None                              # absent for part of the grading
    gr["G14"] = None


# ------------------------------------------------------------------ locksmith_callouts
def locksmith() -> None:
    rng = random.Random(1106)
    wb = Workbook()
    ws = wb.active
    ws.title = "Callouts"
    ws["A1"] = "KeyRight Locksmiths - callout log (Nov-Dec 2026)"
    ws["A1"].font = TITLE
    ws["A2"] = "times 24h; Total = parts + labour (+ out-of-hours); paid blank = invoice open"
    cols = ["Job no.", "Date", "Customer", "Postcode", "Type", "Tech", "Call time", "On site",
            "Done", "Parts ($)", "Labour ($)", "Total ($)", "Paid ($)", "Pay method", "Emergency?"]
    header(ws, 3, 1, cols)
    ws["Q3"] = "Response target (min)"
    ws["R3"] = 60
    ws["Q4"] = "Callout fee ($)"
    ws["R4"] = 75
    types = ["Lockout", "Lockout", "Lock change", "Lock change", "uPVC repair", "Burglary repair",
             "Safe opening", "Key cutting"]
    techs = ["Dev", "Marta", "Ollie", "Yusuf"]
    custs = ["A. Begum", "Brightside Lettings", "C. Walsh", "Dunmore Dental", "E. Novak",
             "F. Adeyemi", "Greenacre Flats", "H. Osei", "I. Petrov", "Jubilee Cafe", "K. Murphy",
             "L. Silva", "M. Chowdhury", "N. Ward"]
    for i in range(46):
        r = 4 + i
        off = pick_offset(rng, -36, -1, {-7, -14, -30, -10, -21})
        typ = rng.choice(types)
        call = rng.choice(range(6 * 60, 23 * 60, 5))
        resp = rng.choice([15, 25, 35, 45, 55, 70, 85, 110])
        onsite = call + resp
        dur = rng.choice([20, 30, 45, 60, 90, 150])
        done = onsite + dur
        if done >= 24 * 60:
            call -= 120
            onsite -= 120
            done -= 120
        parts = {"Lockout": rng.choice([0, 0, 0, 18]), "Key cutting": rng.choice([6, 12, 18])}.get(
            typ, rng.choice([24, 45, 68, 95, 140, 210]))
        labour = rng.choice([60, 75, 90, 120, 150, 180])
        total = parts + labour + (30 if call >= 20 * 60 or call < 7 * 60 else 0)
        paid = rng.choice([total, total, total, None, round(total / 2)])
        method = None if paid is None else rng.choice(["Card", "Card", "Cash", "Invoice", "Bank transfer"])
        emerg = "Yes" if typ in ("Lockout", "Burglary repair") and rng.random() < 0.7 else "No"
        pc = f"{rng.choice(['KR1', 'KR2', 'KR3', 'KR4', 'LM7'])} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
        put(ws, r, 1, [f"KR-{8801 + i}", day(off), rng.choice(custs), pc, typ, rng.choice(techs),
                       hm(call // 60, call % 60), hm(onsite // 60, onsite % 60),
                       hm(done // 60, done % 60), parts, labour, total, paid, method, emerg],
            {9: "0.00", 10: "0.00", 11: "0.00", 12: "0.00"})

    vs = wb.create_sheet("Van stock")
    vs["A1"] = "Van stock count - 30 Nov"
    vs["A1"].font = BOLD
    header(vs, 3, 1, ["Part", "Van 1", "Van 2", "Van 3", "Van 4", "Reorder at"])
    parts = ["Euro cylinder 35/35", "Euro cylinder 40/40", "Anti-snap cyl.", "Mortice deadlock",
             "Nightlatch", "uPVC gearbox", "Multipoint strip", "Padlock 50mm", "Door handle set",
             "Letterbox", "Window lock", "Key blanks (box)", "Hinge pack", "Sash lock"]
    for i, p in enumerate(parts):
        ro = rng.choice([2, 3, 4, 5])
        put(vs, 4 + i, 1, [p] + [max(0, ro + rng.choice([-3, -2, -1, 0, 1, 3, 6])) for _ in range(4)] + [ro])
    header(vs, 3, 8, ["Tech", "Van", "DBS exp.", "Started", "DOB"])      # side table H3
    for i, (tname, dbs, st, dob) in enumerate([("Dev", 140, date(2019, 3, 4), date(1988, 6, 14)),
                                               ("Marta", -9, date(2021, 8, 16), date(1994, 12, 2)),
                                               ("Ollie", 25, date(2024, 1, 8), date(2003, 4, 27)),
                                               ("Yusuf", 400, date(2016, 5, 23), date(1979, 9, 9)),
                                               ("Priya (temp)", 52, date(2026, 10, 5), date(1999, 2, 11))]):
        put(vs, 4 + i, 8, [tname, f"Van {i + 1}" if i < 4 else None, day(dbs), st, dob])
    quirks_locksmith(ws, vs)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [9, 11, 19, 9, 15, 7, 9, 8, 7, 9, 10, 9, 9, 13, 10, 3, 21, 5])
    widths(vs, "A B C D E F G H I J K L", [20, 6, 6, 6, 6, 10, 3, 13, 6, 11, 11, 11])
    wb.save(HERE / "locksmith_callouts.xlsx")


def quirks_locksmith(ws, vs) -> None:
    ws["A36"] = "KR-8811"                        # duplicate job number (row 14)
    ws["C25"] = "Harlow Vets "                   # trailing space (one-off customer)
    ws["E41"] = "lockout"                        # odd case
    ws["F18"] = None                             # tech not recorded
    ws["J31"] = str(ws["J31"].value)             # parts stored as text
    ws["B22"] = "17/11/2026"                     # date typed as text
    ws["M22"] = 120
    ws["N22"] = "Cash"
    ws["N33"] = "card"
    vs["C9"] = None                              # not counted
    vs["E15"] = None
    vs["D10"] = str(vs["D10"].value)             # text number


if __name__ == "__main__":
    for f in (antiques, climbing, fishing, icerink, judo, locksmith):
        f()
    print("built 6 workbooks in", HERE)
