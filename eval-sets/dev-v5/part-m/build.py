"""Build the six workbooks of dev-v5 part M (openpyxl only, fixed seeds 1301-1306).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day, `hh:mm`), and
durations are real Excel durations (`[h]:mm`). Run:  python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)
BOLD = Font(bold=True)


def day(offset: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time())


def date(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d)


def off(x: dt.datetime) -> int:
    return (x.date() - BUILT).days


def tm(h: int, m: int = 0) -> dt.time:
    return dt.time(h, m)


def dur(h: int, m: int = 0) -> dt.timedelta:
    return dt.timedelta(hours=h, minutes=m)


def mins(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def at(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list) -> None:
    for i, v in enumerate(values):
        if v is not None:
            c = ws.cell(row=row, column=col + i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd"
            elif isinstance(v, dt.time):
                c.number_format = "hh:mm"
            elif isinstance(v, dt.timedelta):
                c.number_format = "[h]:mm"


def pct(ws, ref: str, fmt: str = "0%") -> None:
    for row in ws[ref]:
        for c in row:
            c.number_format = fmt


def widths(ws, spec: dict[str, float]) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


# ------------------------------------------------------------------ theatre_box_office
def theatre() -> None:
    rng = random.Random(1301)
    wb = Workbook()
    ws = wb.active
    ws.title = "Performances"
    ws["A1"] = "Lyric Playhouse - box office"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Season 26/27. All money in $, refunds entered as negatives. Occ % = sold / cap."
    cols = ["Perf #", "Show", "Date", "Curtain", "Run time", "Cap.", "Sold", "Comps", "Tgt ($)",
            "Gross ($)", "Refunds ($)", "Occ %", "Status", "Notes"]
    header(ws, 4, 2, cols)                                   # header at B4
    shows = [  # name, cap, price, run time, first and last date offset, performances
        ("Blithe Spirit", 120, 28, dur(2, 10), -40, -22, 8),
        ("Hamlet", 420, 42, dur(3, 5), -27, -2, 10),
        ("Our Town", 120, 24, dur(1, 55), -9, 16, 9),
        ("The Pirates of Penzance", 420, 38, dur(2, 20), 3, 24, 8),
        ("Aladdin", 420, 30, dur(2, 35), 12, 38, 7),
    ]
    avoid = {0, 7, -7, 10, 14, -14, -30, 30, 1, -1}
    perfs = []
    for name, cap, price, run, lo, hi, n in shows:
        offs = set()
        while len(offs) < n:
            offs.add(pick_offset(rng, lo, hi, avoid))
        for o in offs:
            perfs.append((o, name, cap, price, run))
    perfs.sort(key=lambda p: (p[0], p[1]))
    notes = [None, None, None, None, None, "captioned", "relaxed performance", "BSL interpreted",
             "press night", "school group (40)", None, "post-show talk"]
    for i, (o, name, cap, price, run) in enumerate(perfs):
        r = 5 + i
        wd = (BUILT + dt.timedelta(days=o)).weekday()
        curtain = tm(19, 30)
        note = rng.choice(notes)
        if wd == 6:
            curtain = rng.choice([tm(15, 0), tm(18, 0)])
        elif wd == 5:
            curtain = rng.choice([tm(14, 30), tm(19, 30)])
        elif name == "Aladdin" and rng.random() < 0.5:
            curtain, note = tm(10, 30), "schools matinee"
        if o < 0:
            frac = rng.choice([0.38, 0.46, 0.52, 0.58, 0.64, 0.71, 0.79, 0.86, 0.93, 1.0])
        else:
            frac = rng.choice([0.12, 0.2, 0.28, 0.35, 0.44, 0.51, 0.62, 0.7, 0.83, 1.0])
        sold = round(cap * frac) + rng.choice([-2, -1, 1, 3])
        sold = min(sold, cap)
        comps = rng.choice([0, 2, 4, 6, 8, 11, 13, 17, 22, 28, None])
        tgt = round(cap * price * 0.6, -1)
        gross = round(sold * price * rng.choice([0.88, 0.92, 0.95, 1.0]))
        refunds = -price * rng.randint(1, 6) if rng.random() < 0.3 else None
        status = ("Sold out" if sold == cap else "Closed") if o < 0 else \
            ("Sold out" if sold == cap else "On sale")
        put(ws, r, 2, [f"P-{101 + i}", name, day(o), curtain, run, cap, sold, comps, tgt, gross,
                       refunds, sold / cap, status, note])
    last = 4 + len(perfs)
    pct(ws, f"M5:M{last}")
    # quirks (set after looking at the generated rows; cell content is fixed by the seed)
    ws["N20"] = "Cancelled"                       # a cancelled past show: everything refunded
    ws["L20"] = -ws["K20"].value
    ws["N37"] = "Cancelled"                       # a cancelled future show
    ws["L37"] = -ws["K37"].value
    ws["B31"] = "P-118"                           # duplicate performance number (row 22)
    ws["H27"] = str(ws["H27"].value)              # sold stored as text
    ws["N29"] = "on sale "                        # odd case + trailing space
    ws["N44"] = "SOLD OUT"
    ws["C16"] = "Hamlet "                         # trailing space
    ws["D40"] = "19/12/2026"                      # date typed as text
    ws["H33"] = ws["G33"].value + 6               # oversold (box office error)
    ws["M33"] = ws["H33"].value / ws["G33"].value
    ws["K33"] = 2904
    ws["H44"], ws["M44"], ws["K44"] = 420, 1, 11970        # sold out (status in capitals)
    ws["H14"], ws["M14"], ws["K14"], ws["N14"] = 120, 1, 3360, "Sold out"
    ws["L40"] = -120
    ws["I14"] = None
    ws["O25"] = "school group x2"
    ws["I41"] = 34
    widths(ws, dict(A=3, B=8, C=24, D=11, E=8, F=9, G=6, H=6, I=7, J=8, K=10, L=11, M=7, N=10,
                    O=20, P=3, Q=15, R=7))
    ws["Q4"] = "Min occupancy"
    ws["R4"] = 0.55
    ws["R4"].number_format = "0%"
    ws["Q5"] = "Comp limit / perf"
    ws["R5"] = 25

    us = wb.create_sheet("Ushers")
    us["A1"] = "Front of house volunteers - shifts worked per month (blank = not recorded)"
    header(us, 2, 1, ["Name", "Role", "Aug", "Sep", "Oct", "Nov", "First aid exp.", "Phone",
                      "DBS?"])
    first = ["Alma", "Bram", "Cleo", "Dara", "Emeka", "Fen", "Gwen", "Hal", "Isla", "Joss",
             "Kit", "Lorna", "Mo", "Nell", "Otto", "Pearl", "Rafe", "Suki", "Tom", "Una"]
    last_names = ["Ashby", "Brook", "Carver", "Dunn", "Ellis", "Frost", "Gale", "Hughes",
                  "Irwin", "Judd", "Keane", "Lowe", "Marsh", "North"]
    seen = set()
    for i in range(28):
        r = 3 + i
        nm = f"{rng.choice(first)} {rng.choice(last_names)}"
        while nm in seen:
            nm = f"{rng.choice(first)} {rng.choice(last_names)}"
        seen.add(nm)
        role = rng.choice(["Usher", "Usher", "Usher", "Head usher", "Bar", "Cloakroom"])
        shifts = [rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 7]) for _ in range(4)]
        for k in range(4):
            if rng.random() < 0.08:
                shifts[k] = None
        exp = day(pick_offset(rng, -80, 420, {0, 60, 59, 61, -1, 1}))
        if rng.random() < 0.08:
            exp = None
        phone = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}" if rng.random() > 0.12 else None
        dbs = rng.choice(["Y", "Y", "Y", "N", "y", None])
        put(us, r, 1, [nm, role, *shifts, exp, phone, dbs])
    us["E9"] = "4"                                # shifts stored as text
    us["C14"], us["D14"], us["E14"], us["F14"] = 8, 9, 8, 9      # the keen one
    us["D21"] = 10
    us["D28"] = 0
    us["G17"] = None                              # first aid not recorded
    us["C10"] = 5
    us["F16"] = 4
    us["F26"] = 8
    widths(us, dict(A=14, B=11, C=5, D=5, E=5, F=5, G=13, H=14, I=6))
    wb.save(HERE / "theatre_box_office.xlsx")


# ------------------------------------------------------------------ kennel_boarding
def kennel() -> None:
    rng = random.Random(1302)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Happy Tails Boarding Kennels"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "bookings Nov-Jan. times are 24h, balance < 0 means we owe the owner"
    cols = ["Ref", "Dog", "Breed", "Owner", "Size", "Check-in", "Drop-off", "Check-out",
            "Pick-up", "Nights", "Rate/nt ($)", "Paid ($)", "Balance ($)", "Vacc exp",
            "Vet ok?", "Notes"]
    header(ws, 4, 1, cols)                                   # header at A4
    breeds = [("Labrador", "L"), ("Cocker Spaniel", "M"), ("Border Terrier", "S"),
              ("German Shepherd", "L"), ("Dachshund", "S"), ("Staffordshire Bull Terrier", "M"),
              ("Whippet", "M"), ("Golden Retriever", "L"), ("Jack Russell Terrier", "S"),
              ("Cockapoo", "M"), ("Great Dane", "L"), ("Beagle", "M")]
    rate = {"S": 32, "M": 38, "L": 45}
    dogs = ["Biscuit", "Luna", "Max", "Pepper", "Bramble", "Rolo", "Nala", "Otis", "Hazel",
            "Ziggy", "Maple", "Dexter", "Poppy", "Bruno", "Willow", "Scout", "Juno", "Ralph",
            "Tilly", "Mabel", "Alfie", "Skye", "Teddy", "Coco"]
    owners = ["Patel", "O'Brien", "Nguyen", "Fraser", "Kowalczyk", "Mensah", "Lindgren",
              "Da Silva", "Hughes", "Morales", "Abbott", "Yusuf", "Blake", "Carter", "Dean"]
    notes = [None, None, None, None, "insulin 2x daily", "grain-free food", "anxious - radio on",
             "separate from other dogs", "raw diet (owner supplies)", "medication with breakfast",
             "escape artist!", None, "bring own bed"]
    for i in range(48):
        r = 5 + i
        breed, size = rng.choice(breeds)
        ci = pick_offset(rng, -28, 24, {0, 7, -7, -14, 14, 1, -1, 5, -5})
        nights = rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 16, 18, 21])
        while ci + nights in (0, -14, 14, 1, -1, 7, -7, 30):
            nights += 1
        drop = rng.choice([tm(7, 15), tm(7, 45), tm(8, 30), tm(9, 0), tm(10, 15), tm(11, 30),
                           tm(13, 0)])
        pick = rng.choice([tm(9, 30), tm(11, 0), tm(14, 0), tm(16, 15), tm(17, 0), tm(17, 45),
                           tm(18, 20), tm(19, 0)])
        total = nights * rate[size]
        how = rng.choice(["none", "dep", "dep", "full", "full", "over"])
        paid = {"none": None, "dep": round(total * 0.3), "full": total,
                "over": total + rng.choice([20, 45, 90])}[how]
        bal = total - (paid or 0)
        vacc = day(ci + pick_offset(rng, -25, 320, {nights, nights - 1, nights + 1}))
        while off(vacc) in (0, 30, 29, 31):
            vacc += dt.timedelta(days=2)
        vet = rng.choice(["Y", "Y", "Y", "N", None])
        put(ws, r, 1, [f"KB-{2601 + i}", rng.choice(dogs), breed, rng.choice(owners), size,
                       day(ci), drop, day(ci + nights), pick, nights, rate[size], paid, bal,
                       vacc, vet, rng.choice(notes)])
    # quirks
    ws["A33"] = "KB-2611"                         # duplicate booking ref (row 15)
    ws["B20"] = str(ws["B20"].value) + " "        # trailing space
    ws["E26"] = "m"                               # lower case size
    ws["K30"] = str(ws["K30"].value)              # rate stored as text
    ws["F44"] = "14/12/2026"                      # check-in typed as text (a Monday)
    ws["H44"] = day(20)                           # ... 7 nights to the 21st
    ws["D38"] = None                              # owner missing
    ws["D12"] = None
    ws["J40"] = 7                                 # nights that do not match the dates
    ws["J22"] = 20
    ws["M49"] = 116                               # balance that does not add up
    ws["N50"] = None                              # vaccination date not recorded
    widths(ws, dict(A=8, B=9, C=24, D=10, E=5, F=11, G=8, H=11, I=8, J=7, K=9, L=8, M=10,
                    N=11, O=7, P=24, Q=3, R=18, S=7))
    ws["R4"] = "Late pick-up after"
    ws["S4"] = tm(17, 30)
    ws["S4"].number_format = "hh:mm"
    ws["R5"] = "Long stay (nights)"
    ws["S5"] = 14

    wk = wb.create_sheet("Walks")
    wk["A1"] = "walk log - minutes per day, w/c Mon 23 Nov (blank = dog not in / not walked)"
    header(wk, 3, 1, ["Dog", "Kennel", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
                      "Min/day tgt"])
    for i in range(30):
        r = 4 + i
        walks = [rng.choice([10, 12, 20, 25, 35, 40, 50, 55, 65, 70, 80, 95]) for _ in range(7)]
        for k in range(7):
            if rng.random() < 0.1:
                walks[k] = None
        put(wk, r, 1, [f"{rng.choice(dogs)} ({rng.choice(owners)})", f"K{rng.randint(1, 24)}",
                       *walks, rng.choice([30, 45, 60])])
    wk["D12"], wk["H28"], wk["C23"] = 110, 120, 105
    wk["I32"] = None
    wk["I29"] = None
    widths(wk, dict(A=22, B=7, C=6, D=6, E=6, F=6, G=6, H=6, I=6, J=11))
    wb.save(HERE / "kennel_boarding.xlsx")


# ------------------------------------------------------------------ ferry_timetable
def ferry() -> None:
    rng = random.Random(1303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sailings"
    ws["A1"] = "Island Link Ferries - sailings log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Local times. Actuals from the bridge log; future sailings show bookings so far."
    cols = ["Sailing #", "Route", "Date", "Sched dep", "Actual dep", "Sched arr", "Actual arr",
            "Vessel", "Pax", "Cars", "Pax cap", "Fuel (L)", "Delay reason"]
    header(ws, 3, 2, cols)                                   # header at B3
    routes = [("Portsea - Kellan Is.", 55), ("Kellan Is. - Portsea", 55),
              ("Portsea - Mull Rock", 100), ("Mull Rock - Portsea", 100)]
    vessels = [("MV Gannet", 350), ("MV Puffin", 220), ("MV Tern", 180)]
    reasons = ["high winds", "late coach connection", "vehicle breakdown on ramp", "crew change",
               "tech fault - bow door", "swell, weather hold", None, "waiting for ambulance"]
    offs = sorted(pick_offset(rng, -18, 5, {0, 3, -7, 1, -1}) for _ in range(48))
    for i, o in enumerate(offs):
        r = 4 + i
        route, length = rng.choice(routes)
        vessel, cap = rng.choice(vessels)
        dep = rng.choice([tm(6, 15), tm(7, 30), tm(9, 0), tm(11, 45), tm(14, 20), tm(16, 50),
                          tm(18, 40), tm(19, 55)])
        arr = at(mins(dep) + length)
        pax = round(cap * rng.choice([0.22, 0.35, 0.41, 0.5, 0.63, 0.72, 0.8, 0.88, 0.96]))
        cars = rng.randint(3, 58) if vessel != "MV Tern" else rng.randint(0, 24)
        if o < 0:
            delay = rng.choice([-2, 0, 0, 0, 0, 3, 4, 7, 8, 13, 18, 26, 41])
            slow = rng.choice([-6, -3, 0, 0, 2, 4, 9, 22])
            adep = at(mins(dep) + delay)
            aarr = at(mins(dep) + delay + length + slow)
            fuel = round(length * rng.uniform(6.9, 8.4) + cars * 1.5)
            reason = rng.choice(reasons) if delay >= 7 else None
        else:
            adep = aarr = fuel = reason = None
        put(ws, r, 2, [f"S{4410 + i}", route, day(o), dep, adep, arr, aarr, vessel, pax, cars,
                       cap, fuel, reason])
    # quirks
    ws["B29"] = "S4432"                           # duplicate sailing number (row 26)
    ws["I42"] = "MV Tern "                        # trailing space
    ws["D12"] = "16/11/2026"                      # date typed as text (a Monday)
    ws["J35"] = "212"                             # pax stored as text (and over capacity)
    ws["J9"] = 231                                # over capacity
    ws["H41"] = None                              # arrival not logged
    ws["H20"] = tm(7, 34)                         # slow crossing
    ws["D44"] = day(2)
    widths(ws, dict(A=3, B=9, C=20, D=11, E=9, F=10, G=9, H=10, I=11, J=6, K=6, L=8, M=8, N=24))

    st = wb.create_sheet("Route stats")
    st["A1"] = "Monthly passengers (all sailings, both directions counted separately)"
    st["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(st, 2, 1, ["Route", *months, "Tgt/mo"])
    legs = ["Portsea - Kellan Is.", "Kellan Is. - Portsea", "Portsea - Mull Rock",
            "Mull Rock - Portsea", "Portsea - Skerry", "Skerry - Portsea",
            "Kellan Is. - Mull Rock", "Mull Rock - Kellan Is.", "Portsea - Holm (summer)",
            "Holm - Portsea (summer)", "Portsea - Fennick", "Fennick - Portsea"]
    season = [1.0, 1.3, 1.45, 1.05, 0.72, 0.5]
    for i, leg in enumerate(legs):
        r = 3 + i
        base = rng.choice([1400, 2100, 2900, 3600, 4800, 6200, 7500])
        vals = [round(base * f * rng.uniform(0.85, 1.15)) for f in season]
        if "summer" in leg:
            vals[4] = vals[5] = None
        put(st, r, 1, [leg, *vals, round(base * 0.95, -2)])
    st["B8"] = None                               # figure missing
    st["A16"] = "Fares"
    st["A16"].font = BOLD
    header(st, 17, 1, ["Route", "Adult 2025 ($)", "Adult 2026 ($)", "Car 2025 ($)",
                       "Car 2026 ($)", "Chg %"])
    for i, leg in enumerate(legs):
        r = 18 + i
        a25 = rng.choice([9.5, 12.0, 14.5, 18.0, 22.0, 26.5])
        a26 = round(a25 + rng.choice([-1.5, -0.5, 0, 0.5, 1.0, 1.5, 2.5, 3.5, 4.0]), 2)
        c25 = rng.choice([38, 45, 52, 64, 80])
        c26 = c25 + rng.choice([-4, 0, 0, 3, 5, 8, 12])
        put(st, r, 1, [leg, a25, a26, c25, c26, (a26 - a25) / a25])
    pct(st, "F18:F29", "0.0%")
    widths(st, dict(A=24, B=14, C=14, D=12, E=12, F=7, G=7, H=8))
    wb.save(HERE / "ferry_timetable.xlsx")


# ------------------------------------------------------------------ vineyard_harvest
def vineyard() -> None:
    rng = random.Random(1304)
    wb = Workbook()
    ws = wb.active
    ws.title = "Blocks"
    ws["A1"] = "Ridgeback Estate - 2026 vintage, harvest by block"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sugar in degrees Brix, acid as TA (g/L). Est. yield = pre-veraison estimate."
    ws["A3"] = "vs 2025 % compares picked tonnes with last vintage. Crush date = into the press."
    cols = ["Block", "Variety", "Area (ha)", "Vines", "Brix", "pH", "TA (g/L)", "Est. yield (t)",
            "Picked (t)", "Pick date", "Crush date", "Crew", "Price $/t", "vs 2025 %", "Notes",
            "Status"]
    header(ws, 5, 1, cols)                                   # header at A5
    varieties = {"Chardonnay": 1850, "Sauvignon Blanc": 1600, "Pinot Noir": 2600,
                 "Shiraz": 2100, "Cabernet Sauvignon": 2300, "Riesling": 1700, "Merlot": 1500}
    codes = [f"{a}{n}" for a, k in (("N", 8), ("S", 8), ("E", 8), ("W", 6), ("H", 6))
             for n in range(1, k + 1)]
    notes = [None, None, None, "bird netting", "mildew spotted wk 36", "botrytis in lower rows",
             "hand picked", "machine harvested", None, "frost damage in April"]
    for i, code in enumerate(codes):
        r = 6 + i
        var = rng.choice(list(varieties))
        area = round(rng.uniform(0.8, 4.5), 1)
        vines = round(area * rng.choice([2200, 2500, 3000]), -1)
        brix = rng.choice([19.6, 20.4, 20.8, 21.3, 21.9, 22.2, 22.8, 23.3, 23.9, 24.6, 25.2, 26.1])
        ph = rng.choice([3.12, 3.21, 3.28, 3.34, 3.41, 3.47, 3.53, 3.58, 3.66, 3.74])
        ta = rng.choice([5.4, 5.9, 6.3, 6.8, 7.2, 7.6, 7.9, 8.3, 8.8, 9.3])
        est = round(area * rng.uniform(5.5, 9.5), 1)
        status = rng.choice(["Picked"] * 10 + ["Hanging"])
        picked = round(est * rng.choice([0.72, 0.81, 0.86, 0.93, 0.97, 1.04, 1.1, 1.18, 1.27]), 1)
        pick = pick_offset(rng, -91, -31, {-60, -61, -59})
        crush = pick + rng.choice([0, 0, 1, 1, 3, 4, 6])
        price = varieties[var] + rng.choice([-150, -60, 0, 40, 90, 130])
        chg = round(rng.uniform(-0.32, 0.24), 3)
        if status != "Picked":
            picked = pick = crush = chg = None
        put(ws, r, 1, [code, var, area, vines, brix, ph, ta, est, picked,
                       None if pick is None else day(pick), None if crush is None else day(crush),
                       rng.choice(["A", "B", "C", "Contract", "B"]) if picked else None,
                       price, chg, rng.choice(notes), status])
    # quirks and a few fixed rows
    for r, status in ((10, "Hanging"), (41, "Hanging"), (35, "Hanging"), (27, "Dropped"),
                      (18, "Dropped")):
        ws.cell(row=r, column=16, value=status)
        for c in (9, 10, 11, 12, 14):             # nothing picked
            ws.cell(row=r, column=c).value = None
    ws["O27"] = "botrytis - not picked"
    ws["B25"], ws["M25"] = "Pinot Noir", 2640
    ws["B33"], ws["M33"] = "pinot noir", 2560     # lower case
    ws["B39"], ws["M39"] = "Pinot Noir", 2720
    ws["F11"] = 3.58
    ws["B32"] = "Chardonnay "                     # trailing space
    ws["E32"] = 20.4
    ws["E36"] = "20.8"                            # Brix stored as text
    ws["L30"] = None                              # crew not recorded
    ws["L16"] = None
    ws["A38"] = "H2"                              # duplicate block code (row 37)
    ws["J33"] = "23/10/2026"                      # pick date typed as text (a Friday)
    ws["K33"] = day(-38)
    ws["C20"] = None                              # area missing
    pct(ws, "N6:N41", "0.0%")
    widths(ws, dict(A=6, B=19, C=9, D=7, E=6, F=6, G=8, H=12, I=10, J=11, K=11, L=9, M=9, N=10,
                    O=22, P=9, Q=3, R=17, S=6))
    ws["R5"] = "Min Brix to pick"
    ws["S5"] = 22.5
    ws["R6"] = "Max TA (g/L)"
    ws["S6"] = 8

    bl = wb.create_sheet("Brix log")
    bl["A1"] = "Weekly Brix samples (blank = already picked / not sampled)"
    weeks = [f"Wk {w}" for w in range(33, 39)]
    header(bl, 2, 1, ["Block", "Variety", *weeks])
    for i, code in enumerate(codes[:24]):
        r = 3 + i
        var = ws.cell(row=6 + i, column=2).value
        b = rng.choice([15.2, 15.9, 16.4, 17.1, 17.8, 18.3])
        vals = []
        stop = rng.choice([4, 5, 6, 6, 6, 3])
        for k in range(6):
            if k >= stop:
                vals.append(None)
                continue
            vals.append(round(b, 1))
            b += rng.choice([0.6, 0.9, 1.2, 1.4, 1.7, -0.3])
        put(bl, r, 1, [code, var, *vals])
    bl["C3"], bl["D3"] = 18.9, 20.4
    bl["E20"], bl["F22"], bl["C14"] = 21.5, 22.7, 18.6
    bl["D7"], bl["D20"] = 19.6, 19.9
    bl["F15"] = None
    bl["F19"] = None
    widths(bl, dict(A=7, B=19, C=7, D=7, E=7, F=7, G=7, H=7))
    wb.save(HERE / "vineyard_harvest.xlsx")


# ------------------------------------------------------------------ food_bank_deliveries
def foodbank() -> None:
    rng = random.Random(1305)
    wb = Workbook()
    ws = wb.active
    ws.title = "Deliveries"
    ws["A1"] = "Eastside Food Bank - home delivery run sheet"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Window = agreed slot, Delivered = time the driver logged it. Wt = packed weight."
    cols = ["Drop", "Household", "Postcode", "Zone", "Parcels", "Adults", "Kids", "Date",
            "Window from", "Window to", "Delivered", "Driver", "Wt (kg)", "Diet", "Last visit"]
    header(ws, 4, 3, cols)                                   # header at C4
    names = ["Okoye", "Hassan", "Kowalski", "Begum", "Murphy", "Nowak", "Achterberg", "Ali",
             "Mensah", "Rahman", "O'Neill", "Costa", "Uddin", "Popescu", "Grant", "Haile",
             "Khan", "Lewis", "Mbeki", "Novak", "Osei", "Patel", "Quinn", "Roberts", "Santos",
             "Tahir", "Usman", "Vasquez", "Ward", "Yildiz", "Zhou", "Adeyemi", "Baker",
             "Chowdhury", "Dlamini", "Evans", "Farah", "Gomez", "Hughes", "Iqbal", "Jones",
             "Kaur", "Lopez", "Miah", "Ndlovu", "Ortiz", "Petrov", "Rossi", "Singh", "Thomas"]
    rng.shuffle(names)
    postcodes = ["E2 7QL", "E2 9PJ", "E3 4AB", "E20 1HZ", "E1 6AN", "E14 2BB", "E9 5LN",
                 "E2 0QD", "E8 3RL", "E13 9PQ", "E1 2DW", "E3 5TX"]
    zone_of = {"E2": "North", "E3": "East", "E20": "East", "E1": "Central", "E14": "South",
               "E9": "North", "E8": "North", "E13": "East"}
    windows = [(tm(9), tm(11)), (tm(10), tm(12)), (tm(13), tm(15)), (tm(16), tm(18)),
               (tm(17, 30), tm(19, 30))]
    diets = [None, None, None, "halal", "vegetarian", "gluten-free", "no pork", "kosher",
             "diabetic", "halal, nut allergy", None]
    offs = sorted(pick_offset(rng, -12, 10, {0, 5, -7, 7, 1, -1}) for _ in range(50))
    for i, o in enumerate(offs):
        r = 5 + i
        pc = rng.choice(postcodes)
        adults = rng.choice([1, 1, 2, 2, 2, 3, 4])
        kids = rng.choice([0, 0, 1, 2, 2, 3, 4, 5])
        parcels = max(1, min(6, (adults + kids + 1) // 2 + rng.choice([-1, 0, 0, 1])))
        w0, w1 = rng.choice(windows)
        if o < 0:
            span = mins(w1) - mins(w0)
            dmin = mins(w0) + rng.choice([-22, -9, 6, 17, 34, 51, 68, 83, 97, span - 7, span + 14,
                                          span + 38])
            if dmin in (17 * 60,):
                dmin += 3
            delivered = at(dmin)
        else:
            delivered = None
        wt = round(parcels * rng.uniform(5.2, 10.8), 1)
        last = o - rng.choice([6, 9, 13, 16, 21, 28, 35, 49, 63, 77, 98, 120])
        if last > -3:
            last -= 14
        if last in (-56, -55, -57):
            last -= 4
        put(ws, r, 3, [f"D-{301 + i}", f"{names[i]} household", pc, zone_of[pc.split()[0]],
                       parcels, adults, kids, day(o), w0, w1, delivered,
                       rng.choice(["Sam", "Priya", "Tomasz", "Ade", "Sam"]), wt,
                       rng.choice(diets), None if rng.random() < 0.12 else day(last)])
    # quirks
    ws["D40"] = ws["D12"].value                   # same household twice
    ws["D47"] = ws["D21"].value
    ws["E33"] = None                              # postcode missing
    ws["F27"] = "East "                           # trailing space
    ws["I18"] = "3"                               # kids stored as text
    ws["M12"] = None                              # past drops with no delivery logged
    ws["M28"] = None
    ws["E27"], ws["G27"], ws["O27"] = "E3 4AB", 4, 31.2
    ws["N22"] = "sam"                             # lower case driver
    ws["Q30"] = "17/10/2026"                      # last visit typed as text
    widths(ws, dict(A=3, B=3, C=7, D=20, E=9, F=8, G=7, H=7, I=6, J=11, K=11, L=10, M=10, N=8,
                    O=8, P=17, Q=11, R=3, S=18, T=6))
    ws["S4"] = "Min kg per person"
    ws["T4"] = 4.5

    co = wb.create_sheet("Collections")
    co["A1"] = "Supermarket collection points - kg collected per week"
    co["A2"] = "target is per week; vs last yr = Wk 48 this year minus Wk 48 last year"
    header(co, 3, 1, ["Store", "Area", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Target (kg)",
                      "vs last yr (kg)", "Contact"])
    stores = ["FreshCo Mile End", "FreshCo Bow", "Greenway Stratford", "Greenway Hackney Wick",
              "Lidl Poplar", "Lidl Bethnal Green", "Sainsbury's Whitechapel", "Co-op Roman Rd",
              "Co-op Victoria Park", "Tesco Canning Town", "Tesco Shadwell", "Aldi Leyton",
              "Morrisons Riverside", "Iceland Riverside", "M&S Canary Wharf", "Waitrose Riverside",
              "Asda Beckton", "Budgens Wapping", "Spar Limehouse", "Costcutter Bow Rd",
              "Nisa Homerton", "Londis Clapton"]
    areas = {"Riverside": "Riverside", "Wapping": "Riverside", "Limehouse": "Riverside",
             "Shadwell": "Riverside", "Canary": "Riverside"}
    for i, st in enumerate(stores):
        r = 4 + i
        area = next((v for k, v in areas.items() if k in st), rng.choice(["Central", "North"]))
        base = rng.choice([180, 240, 310, 380, 450, 560])
        vals = [round(base * rng.uniform(0.7, 1.3)) for _ in range(4)]
        if rng.random() < 0.15:
            vals[rng.randrange(4)] = None
        tgt = round(base * rng.choice([0.9, 1.0, 1.1]), -1)
        yoy = rng.choice([-85, -42, -17, 12, 26, 58, 93, -120])
        put(co, r, 1, [st, area, *vals, tgt, yoy,
                       rng.choice(["J. Ferris", "store mgr", "A. Dube", "K. Lam", None])])
    co["F21"] = 289
    co["C14"], co["E14"] = None, 505              # week 45 not reported
    widths(co, dict(A=24, B=10, C=7, D=7, E=7, F=7, G=11, H=14, I=10))
    wb.save(HERE / "food_bank_deliveries.xlsx")


# ------------------------------------------------------------------ language_school_classes
def language() -> None:
    rng = random.Random(1306)
    wb = Workbook()
    ws = wb.active
    ws.title = "Classes"
    ws["A1"] = "Polyglot Language School - class list, autumn + winter terms"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "rooms R1-R6 on site, Online = Zoom. Attend % = average attendance so far."
    cols = ["Class code", "Language", "Lvl", "Teacher", "Day", "Start", "End", "Room", "Max",
            "Enrolled", "Waitlist", "Fee ($)", "Term start", "Term end", "Attend %", "Notes"]
    header(ws, 4, 2, cols)                                   # header at B4
    langs = {"Spanish": "ES", "French": "FR", "German": "DE", "Italian": "IT", "Japanese": "JA",
             "Mandarin": "ZH", "Arabic": "AR", "Portuguese": "PT"}
    teacher = {"Spanish": ["Ines Duarte", "Pablo Ruiz"], "French": ["Marc Lefevre"],
               "German": ["Hanna Becker"], "Italian": ["Luca Bruno"], "Japanese": ["Yuki Sato"],
               "Mandarin": ["Li Wei"], "Arabic": ["Omar Saleh"],
               "Portuguese": ["Ana Pereira", "Ines Duarte"]}
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    terms = [date(2026, 9, 21), date(2026, 10, 5), date(2026, 10, 26), date(2026, 12, 7),
             date(2027, 1, 4), date(2027, 1, 18), date(2027, 1, 25)]
    notes = [None, None, None, "conversation only", "bring laptop", "hybrid", None]
    exam = {"Spanish": "DELE exam prep", "French": "DELF exam prep", "German": "Goethe exam prep",
            "Japanese": "JLPT N4 exam prep"}
    used = set()
    started_codes = []
    for i in range(40):
        r = 5 + i
        lang = rng.choice(list(langs))
        lvl = rng.choice(["A1", "A1", "A2", "A2", "B1", "B2", "C1"])
        code = f"{langs[lang]}-{lvl}-{rng.randint(1, 9)}"
        while code in used:
            code = f"{langs[lang]}-{lvl}-{rng.randint(1, 9)}"
        used.add(code)
        start = rng.choice([tm(9), tm(10, 30), tm(12, 15), tm(14), tm(17, 45), tm(18, 30),
                            tm(19, 15)])
        length = rng.choice([90, 90, 105, 150, 180])
        if mins(start) + length > 22 * 60:
            length = 90
        mx = rng.choice([8, 10, 12, 12, 14, 16])
        enrolled = max(2, min(mx + 2, round(mx * rng.choice([0.3, 0.45, 0.6, 0.7, 0.85, 1.0,
                                                              1.0, 1.12]))))
        wait = rng.choice([2, 3, 5, 7]) if enrolled >= mx else 0
        fee = {90: 240, 105: 280, 150: 380, 180: 450}[length] + rng.choice([-20, 0, 0, 35])
        ts = rng.choice(terms)
        started = ts.date() <= BUILT
        if started:
            started_codes.append(code)
        att = round(rng.choice([0.58, 0.64, 0.69, 0.72, 0.77, 0.83, 0.86, 0.91, 0.95])
                    + rng.choice([-0.01, 0, 0.01]), 2) if started else None
        note = exam[lang] if lang in exam and lvl in ("B1", "B2", "C1") and rng.random() < 0.6 \
            else rng.choice(notes)
        put(ws, r, 2, [code, lang, lvl, rng.choice(teacher[lang]), rng.choice(days), start,
                       at(mins(start) + length), rng.choice(["R1", "R2", "R3", "R4", "R5", "R6",
                                                             "Online"]),
                       mx, enrolled, wait, fee, ts, ts + dt.timedelta(days=68), att, note])
    # quirks
    ws["C19"], ws["K19"], ws["L19"] = "spanish", 14, 3    # lower case, full with a waitlist
    ws["C12"] = "French "                         # trailing space
    ws["K20"] = "9"                               # enrolled stored as text (over max)
    ws["K26"] = 7
    ws["H23"] = tm(7, 15)                         # end time typed wrong (before the start)
    ws["E33"] = None                              # teacher not assigned yet
    ws["E40"] = None
    ws["B41"] = "ZH-A1-9"                         # duplicate class code (row 40)
    ws["N15"] = "18/01/2027"                      # term start typed as text
    pct(ws, "P5:P44")
    widths(ws, dict(A=3, B=11, C=11, D=5, E=13, F=5, G=7, H=7, I=7, J=5, K=9, L=9, M=8, N=11,
                    O=11, P=9, Q=20, R=3, S=18, T=6))
    ws["S4"] = "Min class size"
    ws["T4"] = 6
    ws["S5"] = "Target attendance"
    ws["T5"] = 0.8
    ws["T5"].number_format = "0%"

    st = wb.create_sheet("Students")
    header(st, 1, 1, ["Student ID", "Name", "Class", "Quiz 1", "Quiz 2", "Quiz 3", "Quiz 4",
                      "Quiz 5", "Enrolled on", "Balance ($)", "Email"])
    first = ["Ava", "Bilal", "Carmen", "Dov", "Esme", "Farid", "Greta", "Hiro", "Ivy", "Jonas",
             "Kemi", "Lars", "Mina", "Nico", "Orla", "Paz", "Rhys", "Sana", "Theo", "Vera"]
    last = ["Adler", "Boateng", "Chen", "Dubois", "Eriksen", "Fonseca", "Gupta", "Holm",
            "Ibarra", "Jansen", "Kato", "Lindqvist", "Moreno", "Nakata", "Olsen"]
    class_codes = sorted(started_codes)
    seen = set()
    for i in range(35):
        r = 2 + i
        nm = f"{rng.choice(first)} {rng.choice(last)}"
        while nm in seen:
            nm = f"{rng.choice(first)} {rng.choice(last)}"
        seen.add(nm)
        lvl = rng.randint(48, 82)
        quizzes = [max(30, min(93, lvl + rng.randint(-14, 12))) for _ in range(5)]
        for k in range(5):
            if rng.random() < 0.07:
                quizzes[k] = None
        enrolled = day(pick_offset(rng, -200, -5, {-91, -92, -90}))
        bal = rng.choice([0, 0, 0, 45, 120, 260, -30, -75, -120])
        email = nm.lower().replace(" ", ".") + "@mail.example" if rng.random() > 0.1 else None
        put(st, r, 1, [f"ST{5100 + i}", nm, rng.choice(class_codes), *quizzes, enrolled, bal,
                       email])
    st["E18"], st["D13"], st["F35"], st["G8"], st["H5"] = 98, 96, 95, 94, 91   # the top marks
    st["H2"], st["H24"] = 73, 63
    st["H17"] = 84
    st["H35"] = 61
    widths(st, dict(A=10, B=16, C=10, D=7, E=7, F=7, G=7, H=7, I=12, J=11, K=28))
    wb.save(HERE / "language_school_classes.xlsx")


if __name__ == "__main__":
    for f in (theatre, kennel, ferry, vineyard, foodbank, language):
        f()
    print("built workbooks in", HERE)
