"""Build the six workbooks of dev-v10 part W (openpyxl only, fixed seeds 1001-1006).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds and the quirks are set by hand afterwards (`quirks_*`), so the
cell content is identical on every run.
Run:  python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 2)
BOLD = Font(bold=True)
DATE = "yyyy-mm-dd"


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def hm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def mtime(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        ws.cell(row=row, column=col + i, value=name).font = BOLD


def put(ws, row: int, col: int, values: list, fmts: dict[int, str] | None = None) -> None:
    """Write a row; `fmts` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if fmts and i in fmts:
            c.number_format = fmts[i]
        elif isinstance(v, dt.datetime):
            c.number_format = DATE
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setd(ws, ref: str, v) -> None:
    """Set a cell by hand, keeping date / time formats."""
    ws[ref] = v
    if isinstance(v, dt.datetime):
        ws[ref].number_format = DATE
    elif isinstance(v, dt.time):
        ws[ref].number_format = "hh:mm"


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ ambulance_callouts
def ambulance() -> None:
    rng = random.Random(1001)
    wb = Workbook()
    ws = wb.active
    ws.title = "Callouts"
    ws["A1"] = "Northfield Ambulance Station - callout log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "24h clock. Resp = minutes from call to arrival on scene. Handover only if conveyed."
    ws["P2"] = "Handover limit (min)"
    ws["Q2"] = 30
    ws["P3"] = "Cat 2 target (min)"
    ws["Q3"] = 18
    cols = ["Call ref", "Date", "Call time", "Arrived", "Resp (min)", "Cat", "Unit", "Crew lead",
            "Dist (km)", "Outcome", "Hospital", "Handover (min)", "Notes"]
    header(ws, 4, 2, cols)                                     # header at B4
    leads = ["J. Mensah", "R. Kowalski", "P. Adeyemi", "L. Fraser", "S. Byrne", "T. Haddad"]
    units = ["NF-11", "NF-12", "NF-14", "RRV-3"]
    hosp = ["Northfield General", "Royal Infirmary", "St Mary's"]
    notes = [None, None, None, None, "police on scene", "frequent caller", "bariatric",
             "road closure - delayed", "dog at address", "Police requested", "fall, no injury"]
    for i in range(40):
        r = 5 + i
        off = -30 + (i * 30) // 40 + rng.choice([0, 0, 1])
        call = rng.randint(20, 22 * 60)
        cat = rng.choice(["Cat 1", "Cat 2", "Cat 2", "Cat 2", "Cat 3", "Cat 3", "Cat 4"])
        resp = {"Cat 1": rng.choice([5, 6, 8, 9, 11]), "Cat 2": rng.choice([9, 13, 16, 21, 24, 34, 47]),
                "Cat 3": rng.choice([22, 38, 51, 66, 95]), "Cat 4": rng.choice([44, 80, 130])}[cat]
        arr = call + resp
        if arr >= 24 * 60:
            call -= 200
            arr -= 200
        out = rng.choice(["Conveyed", "Conveyed", "Conveyed", "See & treat", "Refused", "Stood down"])
        h = rng.choice(hosp) if out == "Conveyed" else None
        ho = rng.choice([14, 19, 23, 27, 36, 44, 58, 71]) if out == "Conveyed" else None
        unit = rng.choice(units)
        put(ws, r, 2, [f"NF{2611000 + 37 * i + rng.randint(0, 30)}", day(off), mtime(call), mtime(arr), resp,
                       cat, unit, rng.choice(leads), rng.choice([0.8, 1.6, 2.3, 3.9, 5.2, 7.4, 9.8, 12.5, 17.1, 23.6]),
                       out, h, ho, rng.choice(notes)], {8: "0.0"})

    cr = wb.create_sheet("Crew")
    header(cr, 1, 1, ["Staff no", "Name", "Role", "DOB", "Start date", "Last refresher",
                      "Licence exp.", "Shifts Oct", "Shifts Nov"])
    names = ["Joseph Mensah", "Renata Kowalski", "Paul Adeyemi", "Lorna Fraser", "Sean Byrne",
             "Tariq Haddad", "Amy Walsh", "Ben Ridley", "Chloe Dunn", "Dev Patel", "Erin Moss",
             "Felix Grant", "Gwen Tate", "Hugo Lane", "Isla Kerr", "Jack Rowe"]
    roles = ["Paramedic", "Paramedic", "Tech", "EMT", "Student para"]
    for i, nm in enumerate(names):
        r = 2 + i
        dob = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        start = date(rng.randint(max(2005, dob.year + 19), 2025), rng.randint(1, 12), rng.randint(1, 28))
        refr = day(-rng.randint(20, 700))
        lic = day(rng.randint(-40, 900))
        so = rng.randint(9, 19)
        put(cr, r, 1, [f"S{4100 + 7 * i}", nm, rng.choice(roles), dob, start, refr, lic, so,
                       so + rng.choice([-4, -2, -1, 0, 1, 2, 3, 5])])
    quirks_ambulance(ws, cr)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [3, 11, 11, 9, 9, 9, 7, 8, 12, 9, 12, 18, 9, 22, 3, 20, 6])
    widths(cr, "A B C D E F G H I", [9, 16, 13, 11, 11, 13, 12, 10, 10])
    wb.save(HERE / "ambulance_callouts.xlsx")


def quirks_ambulance(ws, cr) -> None:
    ws["B26"] = ws["B25"].value                  # duplicate call ref
    ws["B40"] = ws["B12"].value
    ws["C19"] = "19/11/2026"                     # date typed as text
    ws["F31"] = "34"                             # resp stored as text
    ws["G31"] = "Cat 2"
    ws["G17"] = "cat 2"                          # odd case
    ws["I22"] = "J. Mensah "                     # trailing space
    ws["I9"] = None                              # crew lead not entered
    ws["I36"] = None
    ws["J20"] = None                             # distance not logged
    ws["M28"] = "41"                             # handover stored as text
    ws["K28"] = "Conveyed"
    ws["L28"] = "St Mary's"
    ws["K42"] = "Conveyed"
    ws["L42"] = "Royal Infirmary"
    ws["M42"] = None                             # conveyed, handover not recorded
    ws["K15"] = "conveyed"
    # birthdays / ages placed by hand (BUILT = 2026-12-02)
    setd(cr, "D4", date(2004, 12, 1))            # 22 yesterday
    setd(cr, "D9", date(1961, 12, 9))            # turns 65 next week
    setd(cr, "D16", date(1958, 3, 14))           # 68
    setd(cr, "G5", day(-12))                     # licence lapsed
    setd(cr, "G12", day(25))
    setd(cr, "G14", day(0))                      # licence expires today
    cr["E17"] = "13/09/2019"
    cr["I8"] = None                              # shifts not returned
    cr["H8"] = 13
    cr["H16"] = 11


# ------------------------------------------------------------------ cinema_screenings
def cinema() -> None:
    rng = random.Random(1002)
    wb = Workbook()
    ws = wb.active
    ws.title = "Screenings"
    ws["A1"] = "Lumen Picturehouse - screenings 23 Nov to 6 Dec"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sold excludes comps. Gross incl. tax. LY = same weekday & slot last year."
    cols = ["Date", "Day", "Film", "Scr", "Start", "Run (min)", "Cert", "Seats", "Sold", "Comps",
            "Gross ($)", "LY gross ($)", "Status"]
    header(ws, 4, 1, cols)
    films = [("The Last Heron", 118, "12A"), ("Paper Moons", 96, "PG"), ("Grit & Glory", 142, "15"),
             ("Nightjar", 104, "15"), ("Little Lanterns", 88, "U"), ("The Cartographer", 131, "12A"),
             ("Salt Road", 110, "18"), ("Wintersong", 92, "U")]
    seats = {1: 180, 2: 96, 3: 64, 4: 40}
    for i in range(42):
        r = 5 + i
        off = -9 + (i * 13) // 42
        d = BUILT + dt.timedelta(days=off)
        f, run, cert = rng.choice(films)
        scr = rng.choice([1, 2, 2, 3, 3, 4])
        start = rng.choice([11 * 60, 13 * 60 + 30, 15 * 60 + 45, 18 * 60, 18 * 60 + 20, 20 * 60 + 30, 21 * 60])
        cap = seats[scr]
        sold = int(cap * rng.choice([0.08, 0.15, 0.22, 0.31, 0.45, 0.6, 0.78, 0.92, 1.0]))
        comps = rng.choice([0, 0, 1, 2, 4, None])
        price = 7.5 if start < 17 * 60 else 11.0
        gross = round(sold * price, 2)
        ly = round(gross * rng.choice([0.7, 0.85, 0.95, 1.08, 1.2, 1.4]) + rng.choice([5, 15, 35]), 2)
        status = "Played" if off < 0 else "On sale"
        if off >= 0:
            sold = int(sold * 0.5)
            gross = round(sold * price, 2)
        put(ws, r, 1, [dt.datetime.combine(d, dt.time()), d.strftime("%a"), f, scr, mtime(start), run,
                       cert, cap, sold, comps, gross, ly, status], {10: "#,##0.00", 11: "#,##0.00"})
    header(ws, 4, 15, ["Leaving this week"])
    for i, f in enumerate(["Nightjar", "Salt Road", "Wintersong", "Midnight Ferry"]):
        ws.cell(row=5 + i, column=15, value=f)
    ws["O11"] = "Min occupancy"
    ws["P11"] = 0.2
    ws["P11"].number_format = "0%"

    wk = wb.create_sheet("Weekly")
    wk["A1"] = "Admissions by week"
    wk["A1"].font = BOLD
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    header(wk, 2, 1, ["Film"] + weeks + ["Wk 48 LY"])
    wfilms = [f for f, _, _ in films] + ["Midnight Ferry", "Ode to Rain"]
    for i, f in enumerate(wfilms):
        base = rng.choice([120, 260, 410, 650, 900])
        vals = []
        for _ in weeks:
            base = int(base * rng.choice([0.6, 0.8, 0.92, 1.05, 1.25]))
            vals.append(base)
        put(wk, 3 + i, 1, [f] + vals + [int(vals[-1] * rng.choice([0.7, 0.9, 1.15, 1.3]))])
    wk["A15"] = "Concessions ($) by week"
    wk["A15"].font = BOLD
    header(wk, 16, 1, ["Item"] + weeks + ["Wk 48 LY"])
    items = ["Popcorn", "Nachos", "Hot dogs", "Soft drinks", "Coffee", "Beer", "Wine", "Ice cream",
             "Pick & mix", "Water"]
    for i, it in enumerate(items):
        base = rng.choice([180, 340, 520, 880, 1300])
        vals = []
        for _ in weeks:
            base = round(base * rng.choice([0.75, 0.9, 1.0, 1.1, 1.3]), 2)
            vals.append(base)
        put(wk, 17 + i, 1, [it] + vals + [round(vals[-1] * rng.choice([0.8, 0.95, 1.2]), 2)],
            {k: "#,##0.00" for k in range(1, 7)})
    quirks_cinema(ws, wk)
    widths(ws, "A B C D E F G H I J K L M N O P", [11, 5, 17, 4, 7, 9, 5, 6, 6, 6, 10, 11, 9, 3, 18, 6])
    wb.save(HERE / "cinema_screenings.xlsx")


def quirks_cinema(ws, wk) -> None:
    ws["I12"] = str(ws["I12"].value)             # sold stored as text
    ws["C20"] = "the last heron"                 # odd case
    ws["C33"] = "Paper Moons "                   # trailing space
    ws["A16"] = "26/11/2026"                     # date typed as text
    ws["F20"] = 118
    ws["G20"] = "12A"
    ws["M27"] = "Cancelled"
    ws["I27"] = 0
    ws["K27"] = 0
    for c in ("A", "B", "C", "D", "E", "F", "G", "H"):   # the same screening entered twice
        ws[f"{c}39"] = ws[f"{c}38"].value
        ws[f"{c}39"].number_format = ws[f"{c}38"].number_format
    setd(ws, "E36", hm(18, 20))                  # (keep screen 2 free at 20:30 on 2 Dec)
    ws["L44"] = None                             # no LY figure (new slot)
    ws["L45"] = None
    wk["C5"] = None                              # film not showing that week
    wk["B10"] = None
    wk["B11"] = None
    wk["C11"] = None
    wk["E20"] = None                             # till data lost
    wk["D9"] = "388"                             # admissions stored as text


# ------------------------------------------------------------------ distillery_casks
def distillery() -> None:
    rng = random.Random(1003)
    wb = Workbook()
    ws = wb.active
    ws.title = "Casks"
    ws["A1"] = "Kelpie Glen Distillery - cask register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RLA = litres of pure alcohol. ABV as last sampled. Whse = warehouse."
    ws["A3"] = "House stock has no owner."
    cols = ["Cask #", "Spirit", "Cask type", "Fill date", "Fill L", "Fill ABV", "Last sample",
            "ABV now", "RLA", "Whse", "Owner", "Bottle by"]
    header(ws, 5, 3, cols)                                     # header at C5
    ws["P5"] = "Min ABV to bottle"
    ws["Q5"] = 0.46
    ws["Q5"].number_format = "0.0%"
    ws["P6"] = "Angel's share / yr"
    ws["Q6"] = 0.02
    ws["Q6"].number_format = "0%"
    types = [("Bourbon barrel", 200), ("Hogshead", 250), ("Sherry butt", 500), ("Port pipe", 550),
             ("Quarter cask", 125), ("Bourbon barrel", 200)]
    owners = [None, None, None, "Amberley Club", "H. Vance", "Kestrel Imports", "Dunmore & Co",
              "J. Achterberg", "Kestrel Imports"]
    for i in range(38):
        r = 6 + i
        fy = rng.randint(2010, 2024)
        fill = date(fy, rng.randint(1, 12), rng.randint(1, 28))
        ct, litres = rng.choice(types)
        spirit = rng.choice(["Single malt", "Single malt", "Peated malt", "Grain", "Rye"])
        fabv = rng.choice([0.631, 0.635, 0.638, 0.64, 0.695])
        years = (BUILT - fill.date()).days / 365.25
        abv_now = round(fabv - years * rng.choice([0.004, 0.007, 0.011, 0.015]), 3)
        samp = day(-rng.randint(10, 420))
        if samp.date() < fill.date():
            samp = day(-5 * i - 3)
        lnow = round(litres * (1 - 0.02) ** years, 1)
        rla = round(lnow * abv_now, 1)
        owner = rng.choice(owners)
        bottle = None
        if rng.random() < 0.55:
            bottle = date(fy + rng.choice([8, 10, 12, 12, 15, 18]), fill.month, fill.day)
        put(ws, r, 3, [f"KG{fy % 100:02d}-{rng.randint(100, 999)}", spirit, ct, fill, litres, fabv,
                       samp, abv_now, rla, rng.choice(["W1", "W2", "W3", "W5"]), owner, bottle],
            {5: "0.0%", 7: "0.0%", 8: "0.0"})

    sm = wb.create_sheet("Samples")
    sm["A1"] = "Quarterly ABV readings (selected casks)"
    sm["A1"].font = BOLD
    qs = ["2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
    header(sm, 2, 1, ["Cask #"] + qs)
    for i in range(20):
        r = 3 + i
        cask = ws.cell(row=6 + i * 2 - (i // 10), column=3).value
        v = rng.choice([0.49, 0.52, 0.555, 0.58, 0.61])
        vals = []
        for _ in qs:
            v = round(v - rng.choice([0.001, 0.002, 0.003, 0.004, -0.002]), 3)
            vals.append(v)
        put(sm, r, 1, [cask] + vals, {k: "0.0%" for k in range(1, 6)})
    quirks_distillery(ws, sm)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [3, 3, 10, 12, 15, 11, 7, 8, 11, 8, 7, 6, 16, 11, 3, 19, 7])
    wb.save(HERE / "distillery_casks.xlsx")


def quirks_distillery(ws, sm) -> None:
    ws["C30"] = ws["C11"].value                  # duplicate cask number
    ws["C19"] = "KG19-288"
    ws["F19"] = "14/05/2019"                     # fill date typed as text
    ws["G24"] = "250"                            # litres stored as text
    ws["E13"] = "bourbon barrel"                 # odd case
    ws["E33"] = "Sherry Butt"
    ws["M21"] = "H. Vance "                      # trailing space
    ws["J27"] = 0.645                            # reading above the fill strength
    setd(ws, "I31", date(2026, 6, 9))
    ws["I16"] = None                             # never sampled
    ws["I37"] = None
    ws["J16"] = None
    ws["J37"] = None
    sm["C8"] = None                              # reading missed
    sm["E15"] = None
    sm["D19"] = "0.547"                          # pasted as text
    sm["A12"] = "KG12-431"                       # typo / renumbered: not in the register
    sm["A18"] = "KG18-938"


# ------------------------------------------------------------------ ev_charging
def ev() -> None:
    rng = random.Random(1004)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws["A1"] = "Greenway car park chargers - session export"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Exported 2 Dec 2026. Cost is billed by the back office; members pay at the kiosk."
    cols = ["Session ID", "Date", "Charger", "Plug in", "Plug out", "kWh", "Peak kW", "Cost ($)",
            "Paid ($)", "Member", "Plate", "Fault"]
    header(ws, 4, 1, cols)
    ws["N4"] = "Tariff ($/kWh)"
    ws["O4"] = 0.45
    ws["O4"].number_format = "0.00"
    ws["N5"] = "Max stay (hrs)"
    ws["O5"] = 4
    chargers = ["GW-01", "GW-02", "GW-03", "GW-04", "GW-05", "GW-06 (DC)"]
    plates = ["KX71 RPA", "LB19 TTE", "MV22 OHN", "AB68 CDE", "YT70 WWK", "PN21 ZXC", "FD20 KLM",
              "BG67 HUH", "RE23 JJV", "SA19 PLO", "HK72 NEM", "CU69 DRR"]
    for i in range(44):
        r = 5 + i
        off = -14 + (i * 15) // 44
        ch = rng.choice(chargers)
        pin = rng.choice(range(6 * 60, 20 * 60, 5))
        stay = rng.choice([25, 40, 55, 80, 120, 170, 205, 265, 310]) if "DC" not in ch else rng.choice([20, 35, 50])
        if pin + stay > 23 * 60 + 50:
            pin -= 300
        pout = pin + stay
        peak = rng.choice([50, 62.5]) if "DC" in ch else rng.choice([7.2, 7.4, 11, 22])
        kwh = round(min(peak * stay / 60 * rng.choice([0.5, 0.7, 0.85]), 75), 1)
        cost = float((Decimal(str(kwh)) * Decimal("0.45")).quantize(Decimal("0.01"), ROUND_HALF_UP))
        member = rng.choice(["Y", "N", "N"])
        paid = cost if rng.random() < 0.8 else rng.choice([0, round(cost / 2, 2)])
        fault = rng.choice([None] * 8 + ["E42 comms", "E17 RCD trip", "E05 cable"])
        put(ws, r, 1, [f"S{88140 + 3 * i}", day(off), ch, mtime(pin), mtime(pout), kwh, peak, cost, paid,
                       member, rng.choice(plates), fault], {7: "0.00", 8: "0.00"})

    chg = wb.create_sheet("Chargers")
    chg["A1"] = "Charger assets"
    chg["A1"].font = BOLD
    header(chg, 2, 2, ["Charger", "Site", "Type", "Installed", "Last service", "Next service",
                       "Uptime Oct", "Uptime Nov", "kWh Oct", "kWh Nov"])
    sites = ["Greenway", "Greenway", "Station Rd", "Library"]
    for i in range(14):
        r = 3 + i
        typ = "DC 50kW" if i in (5, 9) else rng.choice(["AC 7kW", "AC 22kW"])
        ins = date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
        last = day(-rng.randint(15, 400))
        nxt = last + dt.timedelta(days=rng.choice([180, 365]))
        ko = rng.randint(300, 2600)
        put(chg, r, 2, [f"{'GW' if i < 6 else 'ST' if i < 10 else 'LB'}-{i + 1:02d}", sites[0 if i < 6 else 2 if i < 10 else 3], typ,
                        ins, last, nxt, rng.choice([0.91, 0.955, 0.972, 0.988, 0.996]),
                        rng.choice([0.88, 0.934, 0.961, 0.979, 0.993, 1.0]), ko,
                        int(ko * rng.choice([0.7, 0.9, 1.05, 1.2, 1.45]))], {6: "0.0%", 7: "0.0%"})
    quirks_ev(ws, chg)
    widths(ws, "A B C D E F G H I J K L M N O", [10, 11, 11, 8, 8, 7, 8, 8, 8, 8, 10, 13, 3, 15, 6])
    widths(chg, "A B C D E F G H I J K", [3, 9, 11, 9, 11, 12, 12, 11, 11, 9, 9])
    wb.save(HERE / "ev_charging.xlsx")


def quirks_ev(ws, chg) -> None:
    ws["A30"] = ws["A29"].value                  # duplicate session id (exported twice)
    ws["F14"] = str(ws["F14"].value)             # kWh stored as text
    ws["B22"] = "21/11/2026"                     # date typed as text
    ws["K17"] = "kx71 rpa"                       # plate in lower case
    ws["K14"] = "CU69 DRR "                      # trailing space (one-off plate)
    ws["H12"] = 9.86                             # billed wrong
    ws["H33"] = 11.48
    ws["E47"] = None                             # still plugged in
    ws["E48"] = None
    ws["I11"] = None                             # not paid / not synced
    ws["I35"] = None
    ws["I46"] = None
    ws["J25"] = None                             # member flag missing
    ws["G25"] = None                             # peak power not reported
    ws["L27"] = "e17 rcd trip"                   # lower case fault
    chg["H9"] = None                             # uptime not reported
    chg["K14"] = None
    setd(chg, "G6", day(0))                      # service due today


# ------------------------------------------------------------------ golf_handicaps
def golf() -> None:
    rng = random.Random(1005)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rounds"
    ws["A1"] = "Elm Hill Golf Club - competition rounds, Nov 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["N3"] = "CSS"
    ws["O3"] = 71
    ws["N4"] = "Entry fee ($)"
    ws["O4"] = 8
    cols = ["Date", "Comp", "Member", "Tees", "HI", "Course h'cap", "Gross", "Net", "Stblfd pts",
            "Putts", "Fwys hit", "Fee paid"]
    header(ws, 3, 1, cols)
    members = ["A. Duffy", "B. Okoro", "C. Lindqvist", "D. Marsh", "E. Petrova", "F. Quinlan",
               "G. Ruiz", "H. Sato", "I. Trent", "J. Ulloa", "K. Varga", "L. Wynn", "M. Yates"]
    his = {m: rng.choice([2.4, 5.8, 8.1, 11.6, 14.3, 17.9, 21.2, 26.5, 30.4]) for m in members}
    comps = [("Monthly Medal", -25), ("Stableford", -18), ("Seniors Cup", -11), ("Turkey Trot", -4)]
    for i in range(40):
        r = 4 + i
        comp, off = comps[i * 4 // 40]
        m = rng.choice(members)
        hi = round(his[m] + rng.choice([-0.8, -0.3, 0, 0.2, 0.6]), 1)
        ch = round(hi * 1.1)
        gross = 72 + ch + rng.choice([-6, -4, -2, -1, 0, 1, 3, 5, 8, 11])
        net = gross - ch
        pts = 36 - (net - 72) + rng.choice([-1, 0, 1])
        put(ws, r, 1, [day(off), comp, m, rng.choice(["White", "Yellow", "Yellow", "Red"]), hi, ch, gross,
                       net, pts, rng.choice([27, 29, 31, 32, 33, 34, 36, 38, 41]),
                       rng.randint(2, 13), rng.choice([8, 8, 8, 8, 0, 4])], {4: "0.0"})

    card = wb.create_sheet("Card")
    card["A1"] = "Monthly Medal 7 Nov - front nine"
    card["A1"].font = BOLD
    holes = [f"H{h}" for h in range(1, 10)]
    pars = [4, 3, 5, 4, 4, 3, 4, 5, 4]
    put(card, 2, 1, ["Par"] + pars + [sum(pars)])
    header(card, 3, 1, ["Player"] + holes + ["Out"])
    for i, m in enumerate(members):
        sc = [p + rng.choice([-1, 0, 0, 0, 1, 1, 1, 2, 3]) for p in pars]
        put(card, 4 + i, 1, [m] + sc + [sum(sc)])

    mb = wb.create_sheet("Members")
    header(mb, 1, 1, ["Mem no", "Name", "Category", "DOB", "Joined", "Subs due", "HI now", "HI Oct", "Locker"])
    full = ["Aoife Duffy", "Bayo Okoro", "Carl Lindqvist", "Dina Marsh", "Elena Petrova", "Fergus Quinlan",
            "Gabi Ruiz", "Hiro Sato", "Ian Trent", "Javier Ulloa", "Kata Varga", "Leo Wynn", "Mia Yates",
            "Noah Ash", "Orla Bell", "Pete Crane", "Quinn Dale", "Rosa Eade"]
    for i, nm in enumerate(full):
        dob = date(rng.randint(1945, 2011), rng.randint(1, 12), rng.randint(1, 28))
        age = (BUILT - dob.date()).days // 365
        cat = "Junior" if age < 18 else "Senior" if age >= 65 else "Full"
        hi = rng.choice([2.4, 5.8, 8.1, 11.6, 14.3, 17.9, 21.2, 26.5, 30.4, 36.0])
        put(mb, 2 + i, 1, [f"EH{310 + 11 * i}", nm, cat, dob,
                           date(rng.randint(max(1990, dob.year + 9), 2025), rng.randint(1, 12), rng.randint(1, 28)),
                           day(rng.choice([-60, -33, -9, 14, 40, 95, 150, 200, 250])), hi,
                           round(hi + rng.choice([-1.8, -0.6, 0, 0.4, 1.1, 2.3]), 1),
                           rng.choice([None, None, 12, 15, 22, 31, 40, 57, 63])], {6: "0.0", 7: "0.0"})
    quirks_golf(ws, card, mb)
    widths(ws, "A B C D E F G H I J K L M N O", [11, 14, 13, 7, 5, 12, 6, 5, 10, 6, 8, 8, 3, 12, 5])
    widths(mb, "A B C D E F G H I", [8, 15, 9, 11, 11, 11, 7, 7, 7])
    wb.save(HERE / "golf_handicaps.xlsx")


def quirks_golf(ws, card, mb) -> None:
    ws["G15"] = str(ws["G15"].value)             # gross stored as text
    ws["C20"] = "e. petrova"                     # odd case
    ws["C19"] = "C. Lindqvist "                  # trailing space (one-off)
    ws["H27"] = 75                               # net typed wrong
    ws["H41"] = 71
    ws["A20"] = "14/11/2026"                     # date typed as text
    ws["L25"] = None                             # fee not recorded
    ws["J31"] = None                             # putts not kept
    ws["J38"] = None
    ws["D12"] = "yellow"
    card["E9"] = None                            # no return on a hole (NR)
    card["J9"] = None
    card["K9"] = "NR"
    card["G14"] = "6"                            # score stored as text
    setd(mb, "D5", date(2008, 12, 2))            # turns 18 today, still down as Junior
    setd(mb, "E5", date(2019, 4, 6))
    mb["C5"] = "Junior"
    setd(mb, "D12", date(1961, 12, 20))          # turns 65 later this month
    mb["E16"] = "15/03/2024"                     # joined typed as text
    mb["F10"] = None                             # no subs date (honorary)
    mb["G19"] = None


# ------------------------------------------------------------------ home_care_visits
def homecare() -> None:
    rng = random.Random(1006)
    wb = Workbook()
    ws = wb.active
    ws.title = "Visits"
    ws["A1"] = "Brightside Home Care - visit log, w/c 23 Nov and 30 Nov"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Arrived / Left from the carers' phones. Future visits have no times yet."
    ws["O2"] = "Late after (min)"
    ws["P2"] = 15
    cols = ["Visit", "Client", "Carer", "Date", "Planned", "Arrived", "Left", "Booked (min)",
            "Miles", "Tasks", "Meds?", "Notes"]
    header(ws, 4, 2, cols)                                     # header at B4
    clients = ["Mrs P. Hale", "Mr D. Iqbal", "Mrs R. Jones", "Mr T. Kemp", "Miss A. Lowe",
               "Mr G. Nunn", "Mrs E. Orr", "Mr S. Price", "Mrs V. Reid", "Mr K. Shah"]
    carers = ["Bella", "Chidi", "Dorota", "Eamon", "Fatima", "Grace"]
    tasks = ["Personal care", "Meds prompt", "Meal prep", "Personal care; meds", "Shopping",
             "Companionship", "Meal prep; meds"]
    notes = [None, None, None, None, "client asleep", "fall reported", "no answer at door",
             "Daughter present", "low on food", "GP called"]
    for i in range(44):
        r = 5 + i
        off = -9 + (i * 12) // 44
        planned = rng.choice([7 * 60 + 30, 8 * 60, 9 * 60 + 15, 12 * 60, 12 * 60 + 30, 17 * 60,
                              18 * 60 + 30, 20 * 60, 21 * 60])
        booked = rng.choice([15, 30, 30, 45, 60])
        arr = lft = None
        if off < 0:
            late = rng.choice([-5, -2, 0, 3, 6, 9, 12, 22, 31, 48])
            arr = planned + late
            lft = arr + booked + rng.choice([-12, -8, -3, 0, 2, 5, 11])
        put(ws, r, 2, [f"V{5200 + i}", rng.choice(clients), rng.choice(carers), day(off), mtime(planned),
                       mtime(arr) if arr is not None else None, mtime(lft) if lft is not None else None,
                       booked, rng.choice([0.6, 1.4, 2.2, 3.5, 4.8, 6.1, 8.3]), rng.choice(tasks),
                       rng.choice(["Y", "Y", "N"]), rng.choice(notes)], {8: "0.0"})

    cl = wb.create_sheet("Clients")
    header(cl, 1, 1, ["Client", "DOB", "Start of care", "Review due", "Plan hrs/wk", "Actual hrs/wk",
                      "Funding", "Key carer", "Postcode"])
    funding = ["Council", "Council", "Private", "NHS CHC", "Direct payment"]
    for i, c in enumerate(clients + ["Mr B. Tully", "Mrs C. Umar", "Mr F. Vale", "Mrs H. West"]):
        start = day(-rng.randint(40, 1500))
        plan = rng.choice([3.5, 5, 7, 10.5, 14, 21])
        put(cl, 2 + i, 1, [c, date(rng.randint(1926, 1962), rng.randint(1, 12), rng.randint(1, 28)), start,
                           day(rng.choice([-30, -12, -3, 5, 18, 26, 45, 70, 120, 200])), plan,
                           round(plan * rng.choice([0.6, 0.85, 0.95, 1.0, 1.1, 1.3]), 1),
                           rng.choice(funding), rng.choice(carers),
                           rng.choice(["NF1 2AB", "NF2 7HL", "NF3 9QP", "NF4 1CD"])])
    header(cl, 1, 11, ["In hospital", "Since"])
    for i, (c, since) in enumerate([("Mr T. Kemp", -6), ("Mrs V. Reid", -2), ("Mr J. Abbott", -20)]):
        put(cl, 2 + i, 11, [c, day(since)])
    quirks_homecare(ws, cl)
    widths(ws, "A B C D E F G H I J K L M N O P", [3, 7, 13, 8, 11, 8, 8, 8, 12, 6, 20, 7, 18, 3, 16, 5])
    widths(cl, "A B C D E F G H I J K L", [13, 11, 12, 11, 11, 12, 14, 9, 9, 3, 13, 11])
    wb.save(HERE / "home_care_visits.xlsx")


def quirks_homecare(ws, cl) -> None:
    ws["B27"] = ws["B26"].value                  # duplicate visit id
    ws["E20"] = "25/11/2026"                     # date typed as text
    ws["I16"] = "45"                             # booked minutes stored as text
    ws["C33"] = "mrs r. jones"                   # odd case
    ws["D12"] = None                             # carer not assigned
    ws["D44"] = None
    ws["G23"] = None                             # carer forgot to log out
    ws["L18"] = None                             # meds flag not filled
    cl["C14"] = "14/02/2023"                     # start typed as text
    cl["A12"] = "Mr B. Tully "                   # trailing space (one-off)
    cl["F8"] = None                              # actual hours not returned


if __name__ == "__main__":
    for f in (ambulance, cinema, distillery, ev, golf, homecare):
        f()
    print("built 6 workbooks in", HERE)
