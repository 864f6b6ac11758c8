"""Build the six workbooks of dev-v16 part AI (openpyxl only, fixed seeds 1601-1606).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Adapted from dev-v6 part O's build.py (the helpers); the workbooks are this set's own.
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


def title(ws, ref: str, text: str, size: int = 13) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=size)


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
    """Set a cell by hand (a quirk) with a date / time / percent format where it needs one."""
    ws[ref] = v
    if isinstance(v, (dt.datetime, dt.time)) or fmt != "yyyy-mm-dd":
        ws[ref].number_format = fmt if not isinstance(v, dt.time) else "hh:mm"


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ air_quality
def air() -> None:
    rng = random.Random(1601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Readings"
    title(ws, "A1", "Eastvale Council - air quality network, daily means (Nov 2026)", 14)
    ws["A2"] = "µg/m³ unless stated; blank = analyser offline; Entered = day the figures were typed in"
    ws["N2"] = "PM2.5 daily limit"
    ws["O2"] = 25
    ws["N3"] = "NO2 alert level"
    ws["O3"] = 40
    cols = ["Date", "Station", "PM2.5", "PM10", "NO2 (µg/m³)", "O3", "Wind (m/s)", "Data cap. %",
            "Entered", "Checked by", "Flag"]
    header(ws, 5, 2, cols)                                   # header at B5
    base = {"Harbour Rd": (17, 44), "Mill Lane": (12, 31), "Castle Park": (7, 17)}
    r = 6
    dd = dt.date(2026, 11, 16)
    while dd <= dt.date(2026, 11, 29):
        for st, (pm, no) in base.items():
            pm25 = round(pm * rng.choice([0.55, 0.7, 0.85, 1.0, 1.15, 1.35, 1.7]), 1)
            pm10 = round(pm25 * rng.choice([1.3, 1.5, 1.7, 2.0, 2.4]), 1)
            no2 = round(no * rng.choice([0.6, 0.8, 0.95, 1.1, 1.3, 1.5]))
            o3 = rng.randint(18, 66)
            wind = rng.choice([0.8, 1.2, 1.6, 2.4, 3.1, 4.5, 5.8, 7.2])
            cap = rng.choice([0.62, 0.71, 0.88, 0.96, 0.99, 1.0, 1.0])
            entered = dd + dt.timedelta(days=rng.choice([1, 1, 2, 2, 4, 5, 6]))
            if entered >= BUILT:
                entered = BUILT - dt.timedelta(days=1)
            put(ws, r, 2, [dt.datetime.combine(dd, dt.time()), st, pm25, pm10, no2, o3, wind, cap,
                           dt.datetime.combine(entered, dt.time()),
                           rng.choice(["AK", "AK", "Jo", "Jo", "Dev", None]),
                           rng.choice([None, None, None, "OK", "OK", "Check"])],
                {2: "0.0", 3: "0.0", 6: "0.0", 7: "0%"})
            r += 1
        dd += dt.timedelta(days=1)

    mn = wb.create_sheet("Monthly")
    title(mn, "A1", "NO2 monthly mean by station (µg/m³)", 12)
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(mn, 3, 1, ["Station"] + months + ["Annual obj."])
    sites = ["Harbour Rd", "Mill Lane", "Castle Park", "Station Sq", "Northgate School", "Riverside",
             "Bypass Jct", "Kings Rd", "Eastvale Primary School", "Depot Lane"]
    for i, s in enumerate(sites):
        v = rng.choice([16, 22, 28, 34, 41, 47])
        vals = []
        for _ in range(6):
            v = max(6, round(v * rng.choice([0.78, 0.9, 0.97, 1.04, 1.12, 1.25])))
            vals.append(v)
        put(mn, 4 + i, 1, [s] + vals + [30 if "School" in s else 40])
    title(mn, "A16", "PM10 monthly mean by station (µg/m³)", 12)
    header(mn, 17, 1, ["Station"] + months)
    for i, s in enumerate(sites):
        v = rng.choice([12, 15, 19, 24, 30])
        vals = []
        for _ in range(6):
            v = round(v * rng.choice([0.8, 0.92, 1.0, 1.08, 1.2]), 1)
            vals.append(v)
        put(mn, 18 + i, 1, [s] + vals, {k: "0.0" for k in range(1, 7)})

    stn = wb.create_sheet("Stations")
    header(stn, 1, 1, ["Site ID", "Station", "Type", "Installed", "Last calib.", "Calib. due",
                       "Uptime %", "Owner"])
    reg = [("EV01", "Harbour Rd", "Roadside"), ("EV02", "Mill Lane", "Urban background"),
           ("EV03", "Castle Park", "Urban background"), ("EV04", "Station Sq", "Roadside"),
           ("EV05", "Northgate School", "Urban background"), ("EV06", "Riverside", "Industrial"),
           ("EV07", "Bypass Jct", "Roadside"), ("EV08", "Kings Rd", "Roadside"),
           ("EV09", "Eastvale Primary School", "Roadside"), ("EV10", "Depot Lane", "Industrial"),
           ("EV11", "Quarry Gate", "Industrial"), ("EV12", "Wharf St", "Industrial"),
           ("EV13", "Oak Hill", "Rural"), ("EV14", "Ferry Approach", "Roadside")]
    owners = ["Council", "Council", "Council", "Port Authority", "Quarry Co.", "University"]
    for i, (sid, name, typ) in enumerate(reg):
        inst = date(rng.choice([2009, 2011, 2012, 2014, 2016, 2018, 2020, 2023]), rng.randint(1, 12),
                    rng.randint(1, 28))
        last = pick_offset(rng, -430, -10, {-365, -366, -364})
        due = last + 182
        if due in range(-2, 3) or due in range(28, 34):
            due += 6
        put(stn, 2 + i, 1, [sid, name, typ, inst, day(last), day(due),
                            rng.choice([0.82, 0.87, 0.93, 0.96, 0.98, 0.995]), rng.choice(owners)],
            {6: "0.0%"})
    header(stn, 1, 11, ["Decommissioned", "Date"])
    quirks_air(ws, mn, stn)
    widths(ws, "A B C D E F G H I J K L M N O", [3, 11, 13, 7, 7, 12, 6, 10, 11, 11, 10, 13, 3, 18, 6])
    widths(stn, "A B C D E F G H I J K L", [7, 22, 17, 11, 11, 11, 9, 14, 3, 3, 16, 11])
    wb.save(HERE / "air_quality.xlsx")


def quirks_air(ws, mn, stn) -> None:
    ws["B20"] = "18/11/2026"                     # date typed as text (a Wednesday)
    setd(ws, "J20", date(2026, 11, 20))          # ... and typed in two days later
    ws["E31"] = "31"                             # PM10 stored as text
    ws["G35"] = "n/a"                            # O3 analyser fault, typed in
    ws["F12"] = None                             # NO2 offline
    ws["F27"] = None
    ws["F41"] = None
    ws["D44"] = None                             # PM2.5 offline
    ws["C45"] = "harbour rd"                     # odd case
    ws["L38"] = "Saharan dust "                  # trailing space
    ws["E17"] = 3.1                              # PM10 below PM2.5 (bad data)
    ws["E40"] = 5.2
    ws["F7"] = 38                                # nothing exactly on the alert level
    ws["F13"] = 41
    ws["F37"] = 39
    ws["D30"] = 26.4                             # over the limit on a still day
    ws["D36"] = 21.7
    ws["D18"] = 22.4
    ws["F22"] = 83                               # NO2 spikes
    ws["G30"] = 88                               # O3 spike
    # the same day + station entered twice (copy of row 34 at the foot of the table)
    for c in range(2, 13):
        src = ws.cell(34, c)
        dst = ws.cell(48, c, src.value)
        dst.number_format = src.number_format
    mn["B9"] = "44"                              # a month stored as text
    mn["D9"] = None                              # analyser out for the month
    mn["F13"] = None
    mn["C11"] = 54
    mn["D20"] = 38.6
    stn["G15"] = 0.84
    stn["H12"] = "Quarry Co."
    setd(stn, "D11", date(2013, 6, 3))
    stn["A12"] = "EV06"                          # duplicate site id (row 7)
    stn["D10"] = "14/09/2019"                    # installed, typed as text
    stn["B13"] = "wharf st"                      # odd case
    setd(stn, "F5", date(2026, 1, 30))            # calib. due before last calib. (data errors)
    setd(stn, "F11", date(2025, 12, 20))
    setd(stn, "F3", day(11))
    setd(stn, "F9", day(24))
    for i, (s, when) in enumerate([("EV00 Town Hall", date(2022, 5, 31)), ("EV15 Airfield", date(2024, 10, 1)),
                                   ("EV16 Marsh Rd", date(2025, 7, 14))]):
        put(stn, 2 + i, 11, [s, when])


# ------------------------------------------------------------------ canoe_hire
def canoe() -> None:
    rng = random.Random(1602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Hires"
    title(ws, "A1", "Riverbend Canoe & Kayak Hire - hire log, Sep-Nov 2026", 14)
    ws["A2"] = "Out / Due back / Back are clock times. Deposit refunded on return, less any damage."
    ws["P2"] = "Rate per hr ($)"
    ws["Q2"] = 15
    ws["P3"] = "Late fee per 30 min ($)"
    ws["Q3"] = 10
    cols = ["Hire #", "Customer", "Boat", "Type", "Date", "Out", "Due back", "Back", "ppl", "Youngest",
            "Hrs booked", "Price ($)", "Deposit ($)", "Refunded ($)"]
    header(ws, 4, 1, cols)
    fleet = [("K-01", "Kayak"), ("K-02", "Kayak"), ("K-03", "Kayak"), ("K-04", "Kayak"),
             ("D-01", "Double kayak"), ("D-02", "Double kayak"), ("C-01", "Canoe"), ("C-02", "Canoe"),
             ("C-03", "Canoe"), ("S-01", "SUP"), ("S-02", "SUP")]
    customers = ["Jo Hartley", "Sam Pryce", "Aisha Khan", "Tom Fenwick", "Lena Vogel", "Marek Nowak",
                 "Priti Shah", "Owen Rees", "Carys Lloyd", "Dan Whitlock", "1st Elmbridge Scouts",
                 "Greta Olsen", "Ravi Menon", "Fern Adeyemi", "Hugh Baxter", "Nia Thomas"]
    dates = sorted(rng.sample([o for o in range(-88, -2) if o != -30], 44))
    for i, off in enumerate(dates):
        r = 5 + i
        boat, typ = rng.choice(fleet)
        seats = {"Kayak": 1, "SUP": 1, "Double kayak": 2, "Canoe": 3}[typ]
        ppl = rng.randint(1, seats)
        young = rng.choice([7, 9, 10, 11, 13, 15, 24, 31, 38, 46]) if ppl > 1 or rng.random() < 0.5 \
            else rng.choice([8, 10, 11, 14, 19, 27, 35, 52])
        hrs = rng.choice([1, 2, 2, 3, 3, 4])
        out_m = rng.choice(range(9 * 60, 15 * 60 + 1, 15))
        due_m = out_m + hrs * 60
        back_m = due_m + rng.choice([-30, -10, 0, 0, 5, 20, 45, 70])
        rate = {"Kayak": 15, "SUP": 15, "Double kayak": 22.5, "Canoe": 25}[typ]
        price = hrs * rate
        if rng.random() < 0.2:
            price = round(price * 0.8, 2)          # vouchers / group discounts
        dep = 40 if typ in ("Canoe", "Double kayak") else 20
        refund = dep if rng.random() < 0.85 else dep - rng.choice([5, 15, 20])
        put(ws, r, 1, [f"H-{2601 + i}", rng.choice(customers), boat, typ, day(off),
                       hm(out_m // 60, out_m % 60), hm(due_m // 60, due_m % 60),
                       hm(back_m // 60, back_m % 60), ppl, young, hrs, price, dep, refund],
            {11: "0.00", 12: "0.00", 13: "0.00"})

    bt = wb.create_sheet("Boats")
    title(bt, "A1", "Fleet register", 12)
    header(bt, 2, 2, ["Boat ID", "Name", "Type", "Seats", "Bought", "Last service", "Next service",
                      "Hrs (season)", "Service every (h)", "Condition"])
    names = ["Heron", "Otter", "Kingfisher", "Moorhen", "Swan", "Dipper", "Mallard", "Grebe", "Coot",
             "Teal", "Wagtail", "Egret", "Pike", "Tench", "Roach", "Bream"]
    boats = fleet + [("K-05", "Kayak"), ("C-04", "Canoe"), ("S-03", "SUP"), ("D-03", "Double kayak"),
                     ("K-06", "Kayak")]
    for i, (bid, typ) in enumerate(boats):
        r = 3 + i
        bought = date(rng.choice([2015, 2017, 2018, 2019, 2021, 2022, 2023, 2024]), rng.randint(1, 12),
                      rng.randint(1, 28))
        last = pick_offset(rng, -120, -5, set())
        nxt = last + rng.choice([60, 90, 120])
        if nxt in range(-1, 2) or nxt in range(13, 17):
            nxt += 4
        every = rng.choice([100, 150, 200])
        hrs = every + rng.choice([-80, -45, -20, -5, 10, 35, 60])
        put(bt, r, 2, [bid, names[i], typ, {"Kayak": 1, "SUP": 1, "Double kayak": 2, "Canoe": 3}[typ],
                       bought, day(last), day(nxt), hrs, every,
                       rng.choice(["Good", "Good", "Fair", "Fair", "Poor"])])
    header(bt, 2, 13, ["Retired", "When"])

    wk = wb.create_sheet("Weekly")
    title(wk, "A1", "Takings by week ($)", 12)
    header(wk, 3, 1, ["Week of", "Canoe", "Kayak", "Double", "SUP", "Budget", "Last yr"])
    for i in range(12):
        monday = dt.date(2026, 9, 7) + dt.timedelta(weeks=i)
        fade = 1 - i * 0.06
        vals = [round(b * fade * rng.choice([0.6, 0.8, 0.95, 1.1, 1.3]) / 5) * 5
                for b in (900, 780, 420, 350)]
        budget = round(2300 * fade / 50) * 50
        ly = round(sum(vals) * rng.choice([0.8, 0.9, 1.05, 1.15, 1.3]) / 10) * 10
        put(wk, 4 + i, 1, [dt.datetime.combine(monday, dt.time()), *vals, budget, ly])
    quirks_canoe(ws, bt, wk)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [8, 20, 6, 13, 11, 6, 9, 6, 5, 9, 10, 9, 11, 12, 3, 22, 5])
    widths(bt, "A B C D E F G H I J K L M N", [3, 8, 11, 13, 6, 11, 12, 12, 12, 16, 10, 3, 8, 11])
    wb.save(HERE / "canoe_hire.xlsx")


def quirks_canoe(ws, bt, wk) -> None:
    ws["A40"] = "H-2611"                         # duplicate hire number (row 15)
    ws["B22"] = "Martha Quinn "                  # trailing space, one-off customer
    ws["B33"] = "jo hartley"                     # odd case, same customer as other rows
    for r, name in ((16, "Ben Carver"), (29, "Ola Bakare"), (38, "Kit Morgan"), (47, "Yara Haddad")):
        ws[f"B{r}"] = name                       # one-off customers
    ws["B9"] = "Elmbridge Sea Scouts"
    ws["E25"] = "19/09/2026"                     # date typed as text
    ws["L30"] = "45"                             # price stored as text
    ws["I12"] = "3"                              # people stored as text
    ws["D17"] = "kayak"                          # odd case
    ws["H18"] = None                             # back time never written in
    ws["H37"] = None
    ws["N18"] = None
    ws["N37"] = None
    for r in (22, 27, 36, 44):                   # no deposit taken
        ws[f"M{r}"] = None
        ws[f"N{r}"] = None
    ws["J17"] = 9
    ws["I37"] = 1                                # a double taken out by one person
    ws["J20"] = None                             # youngest not recorded
    bt["I13"] = 150                              # exactly at its service interval
    bt["E10"] = "3"                              # seats stored as text
    bt["F14"] = "15/03/2024"                     # bought, typed as text
    bt["C17"] = "Egret "                         # trailing space
    bt["K8"] = "poor"                            # odd case
    for i, (b, when) in enumerate([("K-00", date(2025, 10, 3)), ("C-00", date(2024, 9, 22)),
                                   ("S-00", date(2026, 4, 30))]):
        put(bt, 3 + i, 13, [b, when])
    wk["C11"] = 505
    wk["C5"] = 790
    wk["E9"] = None                              # river closed (flood)
    wk["E14"] = None
    wk["D12"] = None


# ------------------------------------------------------------------ data_centre
def datacentre() -> None:
    rng = random.Random(1603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Racks"
    title(ws, "A1", "DC2 Hall B - rack power & space", 14)
    ws["A2"] = "Draw = 7-day average from the PDU meters (blank = meter not read); amps per feed"
    ws["Q2"] = "Max inlet °C"
    ws["R2"] = 27
    cols = ["Rack", "Row", "Customer", "U used", "U total", "Draw (kW)", "Contract kW", "PDU A (A)",
            "PDU B (A)", "Inlet °C", "Installed", "Contract end", "Tier"]
    header(ws, 4, 3, cols)                                   # header at C4
    custs = ["Northwind", "Kestrel Bank", "Vantage Media", "Orbis Health", "Tallis Games", "Brightline",
             "Quanta Labs", None]
    for i in range(36):
        r = 5 + i
        rowl = "ABCD"[i // 9]
        cust = rng.choice(custs)
        ut = rng.choice([42, 42, 47])
        uu = min(ut, rng.choice([6, 12, 18, 24, 30, 36, 40, 42]))
        contract = rng.choice([4, 6, 8, 10, 12])
        draw = round(contract * rng.choice([0.35, 0.55, 0.7, 0.85, 0.95, 1.08, 1.2]), 1) if cust else \
            rng.choice([0, 0, 0.4])
        a = round(draw * 1000 / 230 / 2 * rng.choice([0.7, 0.9, 1.0, 1.1, 1.3]), 1)
        b = round(draw * 1000 / 230 - a + rng.choice([-1.2, 0, 0, 0.6]), 1)
        b = max(0.0, b)
        inlet = round(rng.choice([19.5, 21.0, 22.4, 23.1, 24.2, 25.6, 26.3, 27.8]) + (0.8 if rowl == "C" else 0), 1)
        inst = date(rng.choice([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]), rng.randint(1, 12),
                    rng.randint(1, 28))
        end = pick_offset(rng, -40, 900, set(range(178, 186)) | {0, 1, -1})
        put(ws, r, 3, [f"{rowl}-{i % 9 + 1:02d}", rowl, cust, uu, ut, draw, contract, a, b, inlet,
                       inst, day(end), rng.choice(["Gold", "Silver", "Silver", "Bronze"])],
            {5: "0.0", 7: "0.0", 8: "0.0", 9: "0.0"})

    tp = wb.create_sheet("Temps")
    title(tp, "A1", "Inlet temperature, weekly peak (°C)", 12)
    weeks = [f"Wk {w}" for w in range(41, 49)]
    header(tp, 3, 1, ["Rack"] + weeks)
    for i in range(14):
        rk = f"{'ABCD'[i % 4]}-{i // 4 * 2 + 1:02d}"
        v = rng.choice([19.0, 20.5, 22.0, 23.5, 25.0])
        vals = []
        for _ in range(8):
            v = round(v + rng.choice([-1.7, -0.6, -0.2, 0.3, 0.9, 1.4, 2.6]), 1)
            vals.append(v)
        put(tp, 4 + i, 1, [rk] + vals, {k: "0.0" for k in range(1, 9)})

    sv = wb.create_sheet("Servers")
    header(sv, 1, 1, ["Asset tag", "Hostname", "Rack", "Model", "Purchased", "Warranty end",
                      "Last patched", "owner team", "RAM (GB)", "CPU %"])
    models = ["R650", "R650", "R740", "DL380 G10", "DL360 G11", "SR630"]
    teams = ["Platform", "Platform", "Payments", "Data", "Web", "Identity"]
    hosts = ["app", "db", "cache", "web", "etl", "auth", "mq", "search"]
    used = set()
    for i in range(30):
        r = 2 + i
        while True:
            h = f"{rng.choice(hosts)}-{rng.randint(1, 12):02d}"
            if h not in used:
                used.add(h)
                break
        bought = pick_offset(rng, -2200, -60, set())
        wend = bought + rng.choice([1095, 1826])
        if wend in range(-2, 3) or wend in range(86, 95):
            wend += 7
        patched = rng.choice([-3, -9, -12, -18, -25, -33, -41, -47, -52, -70, -88, -104, -131])
        put(sv, r, 1, [f"AT-{5100 + i * 7}", h, f"{'ABCD'[i % 4]}-{rng.randint(1, 9):02d}", rng.choice(models),
                       day(bought), day(wend), day(patched), rng.choice(teams),
                       rng.choice([32, 64, 128, 256, 512]), rng.choice([0.04, 0.07, 0.18, 0.33, 0.46, 0.61,
                                                                       0.72, 0.88, 0.93])],
            {9: "0%"})
    header(sv, 1, 12, ["Decom list"])
    quirks_dc(ws, tp, sv)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [3, 3, 6, 5, 14, 7, 8, 9, 11, 10, 10, 8, 11, 12, 7, 3, 13, 5])
    widths(sv, "A B C D E F G H I J K L", [9, 13, 6, 11, 11, 12, 12, 11, 9, 7, 3, 11])
    wb.save(HERE / "data_centre.xlsx")


def quirks_dc(ws, tp, sv) -> None:
    ws["F14"] = "38"                             # U used stored as text
    ws["E9"] = "kestrel bank"                    # odd case
    ws["E30"] = "Orbis Health "                  # trailing space
    ws["H11"] = None                             # meter not read
    ws["H33"] = None
    ws["F23"] = 45                               # more U used than the rack holds
    ws["F36"] = 44
    ws["M19"] = "14/02/2019"                     # installed, typed as text
    ws["C38"] = "D-02"                           # duplicate rack id (row 33)
    tp["F9"] = None                              # sensor offline that week
    ws["H25"] = 0.3                              # drawing power, no customer
    tp["H8"] = 29.9
    sv["B26"] = "db-11"                          # duplicate hostname (row 13)
    setd(sv, "F28", date(2027, 2, 18))           # extended warranty
    setd(sv, "F7", date(2027, 1, 8))
    sv["I10"] = 32
    sv["I12"] = 64
    sv["J19"] = 0.06
    sv["J22"] = 0.09
    sv["J26"] = 0.08
    sv["B12"] = "test-lb-01"
    sv["B29"] = "TEST-etl-02"
    sv["B21"] = "app-test-03"                    # contains test, does not start with it
    sv["H17"] = "platform"                       # odd case
    for i, h in enumerate(["mq-02", "web-11", "legacy-01", "cache-09", "etl-06"]):
        sv.cell(2 + i, 12, h)


# ------------------------------------------------------------------ estate_agency
def estate() -> None:
    rng = random.Random(1604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Listings"
    title(ws, "A1", "Hartley & Moss - residential sales listings", 14)
    ws["A2"] = "prices in £; Viewings = count to date; Best offer blank = none received"
    ws["Q1"] = "Fee rate"
    ws["R1"] = 0.012
    ws["R1"].number_format = "0.0%"
    ws["Q2"] = "Stale after (days)"
    ws["R2"] = 90
    cols = ["Ref", "Address", "Area", "Type", "Beds", "Asking (£)", "Valuation (£)", "Best offer (£)",
            "Listed", "Offer date", "Completion", "Status", "Negotiator", "Viewings"]
    header(ws, 4, 1, cols)
    streets = ["High St", "Mill Rd", "Church Lane", "Station Rd", "Orchard Way", "Park Ave", "Queens Rd",
               "Victoria Tce", "Elm Close", "Brook St", "Castle Hill", "Marsh Lane"]
    areas = ["Northgate", "Northgate", "Southbank", "Old Town", "Westfield", "Hillside"]
    types = ["Flat", "Flat", "Terrace", "Semi", "Semi", "Detached", "Maisonette", "Bungalow"]
    negs = ["Tom", "Priya", "Gareth", "Priya", "Ellie"]
    for i in range(40):
        r = 5 + i
        typ = rng.choice(types)
        beds = rng.choice([1, 2, 2, 3]) if typ in ("Flat", "Maisonette") else rng.choice([2, 3, 3, 4, 5])
        val = round((90000 + beds * 62000 + {"Detached": 140000, "Bungalow": 60000}.get(typ, 0))
                    * rng.choice([0.85, 0.95, 1.0, 1.1, 1.25]), -3)
        ask = round(val * rng.choice([0.98, 1.0, 1.03, 1.06, 1.1, 1.15]), -3)
        listed = pick_offset(rng, -230, -3, set(range(-93, -87)))
        status = rng.choice(["Available", "Available", "Available", "Under offer", "Sold STC", "Completed",
                             "Withdrawn"])
        offer = odate = comp = None
        if status in ("Under offer", "Sold STC", "Completed"):
            offer = round(ask * rng.choice([0.9, 0.93, 0.96, 0.98, 1.0, 1.02]), -3)
            od = listed + rng.choice([6, 9, 12, 21, 30, 45, 70])
            odate = day(min(od, -1))
            if status == "Completed":
                comp = day(min(od + rng.choice([60, 80, 100]), -2))
            elif status == "Sold STC":
                comp = day(rng.choice([9, 17, 26, 44, 58, 75]))
        elif status == "Available" and rng.random() < 0.35:
            offer = round(ask * rng.choice([0.88, 0.92, 0.94]), -3)
        put(ws, r, 1, [f"HM-{3300 + i * 3}", f"{rng.randint(1, 140)} {rng.choice(streets)}",
                       rng.choice(areas), typ, beds, ask, val, offer, day(listed), odate, comp, status,
                       rng.choice(negs), rng.choice([0, 1, 2, 4, 5, 7, 9, 12])],
            {5: "#,##0", 6: "#,##0", 7: "#,##0"})

    vw = wb.create_sheet("Viewings")
    header(vw, 1, 1, ["Date", "Time", "Ref", "Applicant", "Agent", "Feedback", "Score /5"])
    apps = ["Mr & Mrs Doyle", "K. Osei", "Lydia Marsh", "B. Kowalski", "Sunil Rao", "Hannah Lee",
            "The Fairweathers", "J. Adebayo", "Chloe Park", "Rory Quinn", "M. Haddad", "Ines Costa",
            "P. Nyberg", "Zara Malik", "Dom Ellis"]
    fb = ["liked garden", "too small", "will think", "second viewing wanted", "road noise",
          "wants to offer", "kitchen dated", None, "loved it"]
    offs = sorted(rng.sample([o for o in range(-22, 12) if o not in (0, 7)], 30))
    for i, off in enumerate(offs):
        r = 2 + i
        future = off > 0
        put(vw, r, 1, [day(off), hm(rng.choice([9, 10, 11, 12, 14, 15, 16, 17, 18]), rng.choice([0, 30])),
                       f"HM-{3300 + rng.randrange(40) * 3}", rng.choice(apps),
                       rng.choice(["Tom", "Priya", "Gareth", "Ellie"]),
                       None if future else rng.choice(fb),
                       None if future else rng.choice([1, 2, 3, 3, 4, 4, 5])])

    mo = wb.create_sheet("Monthly")
    title(mo, "A1", "Sales agreed per branch (count)", 12)
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(mo, 3, 1, ["Branch"] + months + ["Target/mo"])
    branches = ["Northgate", "Southbank", "Old Town", "Westfield", "Hillside", "Riverside", "Abbey",
                "Kingsmead", "Harbour"]
    for i, b in enumerate(branches):
        tgt = rng.choice([6, 8, 10, 12])
        vals = [max(1, tgt + rng.choice([-6, -4, -2, -1, 0, 1, 3, 5])) for _ in range(6)]
        put(mo, 4 + i, 1, [b] + vals + [tgt])
    title(mo, "A15", "Average sale price (£k)", 12)
    header(mo, 16, 1, ["Branch"] + months)
    for i, b in enumerate(branches):
        base = rng.choice([210, 245, 280, 320, 365])
        vals = [round(base * rng.choice([0.88, 0.94, 0.98, 1.02, 1.07, 1.13]) + rng.randint(-4, 4))
                for _ in range(6)]
        put(mo, 17 + i, 1, [b] + vals)
    quirks_estate(ws, vw, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R", [8, 17, 11, 11, 5, 11, 13, 13, 11, 11, 11, 12, 11, 9,
                                                     3, 3, 17, 6])
    widths(vw, "A B C D E F G", [11, 6, 8, 17, 7, 22, 8])
    wb.save(HERE / "estate_agency.xlsx")


def quirks_estate(ws, vw, mo) -> None:
    ws["A36"] = "HM-3354"                        # duplicate ref (row 23)
    ws["C13"] = "Old Town "                      # trailing space
    ws["L21"] = "sold stc"                       # odd case
    ws["M16"] = None                             # no negotiator
    ws["M39"] = None
    ws["I42"] = "25/11/2026"                     # listed, typed as text
    ws["F23"] = "330000"                         # asking price stored as text
    ws["F17"] = 405000
    ws["G24"] = 181000
    ws["J24"] = None                             # under offer, offer date never filled in
    ws["J35"] = None
    setd(ws, "K26", day(16))
    mo["E9"] = None                              # branch shut for refit in September
    mo["F9"] = 16
    mo["E25"] = 388
    vw["D30"] = "hannah lee"                     # odd case, same applicant as other rows


# ------------------------------------------------------------------ food_truck
def foodtruck() -> None:
    rng = random.Random(1605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    title(ws, "A1", "Taco Loco food truck - daily takings, Oct-Nov 2026", 14)
    ws["A2"] = "Card + Cash should equal Takings. Costs = stock used + pitch fee + wages."
    ws["O2"] = "Min spend / head ($)"
    ws["P2"] = 11
    cols = ["Date", "Pitch", "Open", "Close", "Covers", "Takings ($)", "Card ($)", "Cash ($)",
            "Costs ($)", "Weather", "Staff", "Notes"]
    header(ws, 4, 2, cols)                                   # header at B4
    pitches = ["Market Sq", "Uni Campus", "Business Park", "Riverside", "Brewery Yard"]
    offs = sorted(rng.sample(range(-51, -2), 40))
    for i, off in enumerate(offs):
        r = 5 + i
        pitch = rng.choice(pitches)
        op = hm(rng.choice([10, 11, 11, 12, 16, 17]), rng.choice([0, 30]))
        ln = rng.choice([300, 360, 420, 450, 510, 540, 570])
        if op.hour >= 16:
            ln = rng.choice([300, 330, 360, 345])
        cm = op.hour * 60 + op.minute + ln
        cl = hm(cm // 60, cm % 60)
        wx = rng.choice(["Sun", "Sun", "Cloud", "Cloud", "Rain", "Wind"])
        cov = rng.randint(45, 190) if wx != "Rain" else rng.randint(30, 130)
        spend = rng.choice([9.6, 10.4, 11.8, 12.5, 13.2, 14.1])
        tak = round(cov * spend)
        card = round(tak * rng.choice([0.62, 0.7, 0.78, 0.85]))
        cash = tak - card
        costs = round(tak * rng.choice([0.55, 0.68, 0.8, 0.9, 1.07, 1.2])) + 0
        put(ws, r, 2, [day(off), pitch, op, cl, cov, tak, card, cash, costs, wx,
                       rng.choice([1, 2, 2, 3]), rng.choice([None, None, None, "gas refill", "busy lunch",
                                                             "card reader slow", "event nearby"])])

    st = wb.create_sheet("Stock")
    title(st, "A1", "Stock & use-by dates", 12)
    header(st, 3, 1, ["Item", "Supplier", "Unit", "On hand", "Par level", "Unit cost ($)", "Received",
                      "USE BY", "Allergens"])
    items = [("Corn tortillas", "Masa Mia", "pack", "None"), ("Flour tortillas", "Masa Mia", "pack", "Gluten"),
             ("Pulled pork", "FreshCo", "kg", "None"), ("Chicken thigh", "FreshCo", "kg", "None"),
             ("Beef brisket", "FreshCo", "kg", "None"), ("Black beans (tin)", "Cash & Carry", "tin", "None"),
             ("Cheddar", "Dairy Direct", "kg", "Milk"), ("Sour cream", "Dairy Direct", "tub", "Milk"),
             ("Avocados", "FreshCo", "each", "None"), ("Limes", "FreshCo", "each", "None"),
             ("Coriander", "FreshCo", "bunch", "None"), ("Chipotle mayo", "Cash & Carry", "jar", "Egg, mustard"),
             ("Salsa verde", "Own prep", "tub", "None"), ("Pico de gallo", "Own prep", "tub", "None"),
             ("Churro mix", "Cash & Carry", "bag", "Gluten, milk"), ("Cooking oil", "Cash & Carry", "L", "None"),
             ("Tortilla chips", "Masa Mia", "bag", "None"), ("Beer batter mix", "Cash & Carry", "bag",
                                                              "Gluten (barley)"),
             ("Jalapeños (jar)", "Cash & Carry", "jar", "None"), ("Halloumi", "Dairy Direct", "kg", "Milk"),
             ("Fish (cod)", "FreshCo", "kg", "Fish"), ("Peanut salsa", "Own prep", "tub", "Peanuts")]
    for i, (it, sup, unit, alg) in enumerate(items):
        r = 4 + i
        par = rng.choice([4, 6, 10, 12, 20, 30])
        on = max(0, par + rng.choice([-par, -5, -2, 0, 3, 8]))
        cost = rng.choice([0.35, 1.2, 2.8, 4.5, 6.9, 8.4, 11.5])
        rec = pick_offset(rng, -12, -1, set())
        shelf = rng.choice([2, 3, 4, 6, 8, 14, 30, 180, None])
        use = None if shelf is None or sup == "Cash & Carry" and rng.random() < 0.5 else rec + shelf
        if use is not None and use in (0, 3, -1, 1, 4):
            use += 0 if use == 1 else 2
        put(st, r, 1, [it, sup, unit, on, par, cost, day(rec), day(use) if use is not None else None, alg],
            {5: "0.00"})

    wk = wb.create_sheet("Weekly")
    title(wk, "A1", "Portions sold per week", 12)
    weeks = [f"Wk {w}" for w in range(44, 49)]
    header(wk, 2, 1, ["Menu item"] + weeks + ["Price ($)", "Target/wk"])
    menu = [("Pork carnitas taco", 4.5), ("Chicken tinga taco", 4.5), ("Brisket taco", 5.0),
            ("Fish taco", 5.0), ("Halloumi taco", 4.5), ("Burrito", 9.5), ("Quesadilla", 7.0),
            ("Nachos", 6.5), ("Churros", 4.0), ("Elote", 3.5), ("Horchata", 3.0), ("Agua fresca", 3.0)]
    for i, (m, price) in enumerate(menu):
        b = rng.choice([60, 90, 140, 210, 280])
        vals = [round(b * rng.choice([0.7, 0.85, 0.95, 1.05, 1.2, 1.35])) + rng.randint(-6, 6)
                for _ in range(5)]
        put(wk, 3 + i, 1, [m] + vals + [price, round(b * rng.choice([0.8, 0.95, 1.1]), -1)],
            {6: "0.00"})
    quirks_food(ws, st, wk)
    widths(ws, "A B C D E F G H I J K L M N O P", [3, 11, 13, 6, 6, 7, 11, 8, 8, 9, 8, 6, 16, 3, 19, 5])
    widths(st, "A B C D E F G H I", [18, 13, 6, 8, 9, 12, 11, 11, 16])
    wb.save(HERE / "food_truck.xlsx")


def quirks_food(ws, st, wk) -> None:
    ws["B17"] = "14/10/2026"                     # date typed as text (a Wednesday)
    ws["G28"] = "1240"                           # takings stored as text (card + cash = 1240)
    ws["H28"] = 930
    ws["I28"] = 310
    ws["J28"] = 800
    ws["F28"] = 96
    ws["J11"] = "455"                            # costs stored as text
    ws["F20"] = None                             # covers not counted
    ws["F37"] = None
    ws["C23"] = "market sq"                      # odd case
    ws["C40"] = "Brewery Yard "                  # trailing space
    ws["M31"] = "Beer festival "                 # trailing space
    ws["H14"] = ws["H14"].value + 20             # card + cash that do not add up
    ws["I33"] = ws["I33"].value - 35
    for c in range(2, 14):                       # the same day typed twice (copy of row 25)
        src = ws.cell(25, c)
        ws.cell(26, c, src.value).number_format = src.number_format
    for c, v in zip("GHIJ", (912, 770, 142, 815)):
        ws[f"{c}20"] = v
    ws["F38"] = 152
    st["F15"] = 6.9
    st["D13"] = 3
    st["D12"] = 0
    st["D20"] = 0
    st["B15"] = "freshco"                        # odd case
    wk["F8"] = wk["E8"].value                    # same as the week before (not fewer)
    wk["E14"] = 186


# ------------------------------------------------------------------ holiday_camp
def camp() -> None:
    rng = random.Random(1606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Campers"
    title(ws, "A1", "Pine Hollow holiday camp - Christmas week bookings (21-27 Dec 2026)", 14)
    ws["A2"] = "Groups: Juniors 6-8, Middles 9-11, Seniors 12-14. Climbing 10+, kayaking 12+."
    ws["P2"] = "Deposit ($)"
    ws["Q2"] = 100
    ws["P3"] = "Fee per night ($)"
    ws["Q3"] = 70
    cols = ["Booking", "Child", "DOB", "Group", "Cabin", "Start", "Nights", "Fee ($)", "Paid ($)",
            "booked on", "Allergies", "Medical form", "Parent", "Phone"]
    header(ws, 4, 1, cols)
    first = ["Ava", "Ben", "Cora", "Dylan", "Esme", "Finn", "Gwen", "Hari", "Isla", "Jack", "Kai",
             "Lola", "Milo", "Nora", "Ollie", "Pia", "Rhys", "Sana", "Theo", "Uma", "Vik", "Wren", "Yusuf",
             "Zoe", "Alfie", "Bea", "Caleb", "Daisy", "Elliot", "Freya", "Gabe", "Hana", "Ivo", "Jade",
             "Leo", "Maya", "Noah", "Orla", "Pip", "Ruby", "Seb", "Tara"]
    last = ["Ashby", "Brook", "Cole", "Dunn", "Evans", "Frost", "Grant", "Hale", "Ives", "Joyce", "Kerr",
            "Lowe", "Mills", "Nash", "Owen", "Price", "Reid", "Shaw", "Tate", "Vale", "Webb", "Young"]
    cabins = ["Oak", "Ash", "Birch", "Rowan", "Hazel", "Willow", "Elm", "Pine", "Cedar", "Larch"]
    for i in range(42):
        r = 5 + i
        ln = rng.choice(last)
        age_days = rng.randint(6 * 365 + 20, 14 * 365 + 300)
        start = dt.date(2026, 12, rng.choice([21, 21, 21, 22, 23, 24]))
        dob = start - dt.timedelta(days=age_days)
        years = (start.year - dob.year) - ((start.month, start.day) < (dob.month, dob.day))
        grp = "Juniors" if years <= 8 else ("Middles" if years <= 11 else "Seniors")
        nights = rng.randint(1, (dt.date(2026, 12, 27) - start).days)
        fee = nights * 70 + rng.choice([0, 0, 0, 25, 40])
        paid = rng.choice([None, 100, 100, fee, fee, fee, round(fee / 2)])
        booked = pick_offset(rng, -80, -1, {-7, -14, -15, -13, -6, -8})
        put(ws, r, 1, [f"PH-{7001 + i}", f"{rng.choice(first)} {ln}",
                       dt.datetime.combine(dob, dt.time()), grp, rng.choice(cabins),
                       dt.datetime.combine(start, dt.time()), nights, fee, paid, day(booked),
                       rng.choice([None, None, None, "None", "Peanuts", "Tree nuts", "Gluten", "Dairy",
                                   "Egg", "Hay fever"]),
                       rng.choice(["Yes", "Yes", "Yes", "No", None]),
                       f"{rng.choice(['Sarah', 'Mike', 'Jen', 'Amir', 'Lucy', 'Pete', 'Dana'])} {ln}",
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])

    ac = wb.create_sheet("Activities")
    title(ac, "A1", "Activity sessions", 12)
    header(ac, 3, 2, ["Session", "Activity", "Day", "Start", "Min age", "Capacity", "Booked", "Instructor",
                      "Cost/head ($)", "Instr. fee ($)"])          # header at B3
    acts = [("Climbing", 10, 8, 12), ("Archery", 8, 10, 9), ("Kayaking", 12, 8, 15), ("Crafts", 6, 16, 4),
            ("Forest school", 6, 14, 5), ("Orienteering", 9, 12, 6), ("Swimming", 6, 12, 7),
            ("Baking", 8, 10, 8)]
    staff = ["Kim", "Luis", "Ros", "Dee", "Mo", "Priya", "Sam"]
    for i in range(24):
        a, mina, cap, cost = acts[i % 8]
        d = dt.date(2026, 12, 21) + dt.timedelta(days=i % 7)
        booked = max(1, cap + rng.choice([-6, -4, -3, -1, 0, 0, 2]))
        put(ac, 4 + i, 2, [f"S{i + 1:02d}", a, dt.datetime.combine(d, dt.time()),
                           hm(rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 30])), mina, cap, booked,
                           rng.choice(staff), cost, rng.choice([40, 55, 60, 75])], {8: "0.00"})

    oc = wb.create_sheet("Occupancy")
    title(oc, "A1", "Cabin occupancy by night (children)", 12)
    nights = ["Mon 21", "Tue 22", "Wed 23", "Thu 24", "Fri 25", "Sat 26"]
    header(oc, 3, 1, ["Cabin"] + nights + ["Beds"])
    for i, cb in enumerate(cabins):
        beds = rng.choice([6, 8, 8, 10])
        vals = [max(0, beds + rng.choice([-4, -3, -2, -1, 0, 0, 1])) for _ in range(6)]
        put(oc, 4 + i, 1, [cb] + vals + [beds])
    quirks_camp(ws, ac, oc)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [8, 13, 11, 8, 7, 11, 6, 7, 8, 11, 10, 12, 12, 13,
                                                     3, 16, 5])
    widths(ac, "A B C D E F G H I J K", [3, 8, 13, 11, 6, 8, 8, 7, 16, 12, 12])
    wb.save(HERE / "holiday_camp.xlsx")


def quirks_camp(ws, ac, oc) -> None:
    ws["B33"] = ws["B12"].value                  # the same child booked twice (row 12)
    setd(ws, "C33", ws["C12"].value)
    ws["M33"] = ws["M12"].value
    for r in (21, 33, 34):                       # siblings / the same family: one phone
        ws[f"N{r}"] = ws["N12"].value
    ws["B40"] = "Hari Nash "                     # trailing space
    ws["D27"] = "seniors"                        # odd case
    ws["C19"] = "17/03/2015"                     # DOB typed as text
    ws["D19"] = "Middles"
    ws["H24"] = "390"                            # fee stored as text
    ws["H36"] = 190                              # sibling discounts
    ws["H41"] = 250
    for r in (25, 27, 42):                       # nothing paid yet
        ws[f"I{r}"] = None
    ws["I39"] = 200
    ws["E15"] = None                             # no cabin yet
    ws["E44"] = None
    setd(ws, "C34", date(2013, 12, 25))          # birthdays during the stay (and one just after)
    setd(ws, "C22", date(2015, 12, 26))
    setd(ws, "C46", date(2014, 12, 27))
    ws["D46"] = "Middles"
    ac["I10"] = "Ros (trainee)"
    ac["I22"] = "Luis (Trainee)"
    for r in (12, 19, 21):                       # instructor not yet assigned
        ac[f"I{r}"] = None
    ac["H6"] = 5
    ac["H22"] = 3
    oc["C8"] = None                              # cabin closed those nights (heating)
    oc["D8"] = None
    oc["F11"] = None


if __name__ == "__main__":
    for f in (air, canoe, datacentre, estate, foodtruck, camp):
        f()
    print("built 6 workbooks in", HERE)
