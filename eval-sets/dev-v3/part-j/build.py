"""Build the six workbooks of dev-v3 part J (openpyxl only, fixed seeds 601-606).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day, shown hh:mm);
durations (block time, handle time) are real time values too. Run:  python build.py
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


def hm(minutes: int) -> dt.time:
    """A time of day from minutes after midnight (wrapping past midnight)."""
    minutes %= 24 * 60
    return dt.time(minutes // 60, minutes % 60)


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        ws.cell(row=row, column=col + i, value=name).font = BOLD


def put(ws, row: int, col: int, values: list, fmt: dict | None = None) -> None:
    """Write a row; `fmt` maps a 0-based position to a number format."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=col + i, value=v)
        if fmt and i in fmt:
            c.number_format = fmt[i]
        elif isinstance(v, dt.datetime):
            c.number_format = "yyyy-mm-dd"
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


def pick(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


# ------------------------------------------------------------------ crew_duty
def crew() -> None:
    rng = random.Random(601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Duty Log"
    ws["A1"] = "SkyBridge Regional - crew duty & flight time log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nov 2026 | all times UTC | Block = total block time flown that day"
    cols = ["Date", "Crew ID", "Name", "Rank", "Duty Type", "Pairing", "Route", "Report",
            "Off Blk", "On Blk", "Block (h:mm)", "Sched Rel", "Release", "FDP Max",
            "Sectors", "Rest Prior (h)", "Remarks"]
    header(ws, 4, 2, cols)                            # header at B4, data rows 5..46
    pool = [("CPT-011", "Hannah Voss", "CPT"), ("CPT-017", "Marco Bellini", "CPT"),
            ("CPT-023", "Aisha Rahman", "CPT"), ("CPT-031", "Tom Okoro", "CPT"),
            ("CPT-038", "Ines Duarte", "CPT"), ("FO-204", "Liam Carter", "FO"),
            ("FO-211", "Sofia Marin", "FO"), ("FO-219", "Kenji Mori", "FO"),
            ("FO-226", "Nadia Haddad", "FO"), ("FO-233", "Piotr Nowak", "FO"),
            ("SO-301", "Ella Byrne", "SO"), ("SO-305", "Ravi Menon", "SO")]
    ports = ["AMS", "DUB", "BHD", "JER", "GLA", "CDG", "BRU", "EDI", "NCL"]
    remarks = [None, None, None, None, None, "delay 35m ATC slot", "diverted to LBA (fog)",
               "tech log defect - APU", "pax medical on stand", "commander's discretion used",
               None, "late inbound aircraft", None]
    reports = [4 * 60 + 40, 5 * 60 + 5, 5 * 60 + 50, 6 * 60 + 20, 7 * 60 + 10, 8 * 60 + 35,
               11 * 60 + 50, 13 * 60 + 15, 15 * 60 + 5]
    duties = set()
    while len(duties) < 42:                           # one duty per crew member per day
        duties.add((pick(rng, -29, -1, set()), rng.randrange(len(pool))))
    duties = sorted(duties)
    fmt = {0: "dd-mmm-yy", 7: "hh:mm", 8: "hh:mm", 9: "hh:mm", 10: "[h]:mm", 11: "hh:mm",
           12: "hh:mm", 13: "0.0"}
    for i, (off, who) in enumerate(duties):
        r = 5 + i
        cid, name, rank = pool[who]
        kind = rng.choice(["Flight"] * 8 + ["Standby", "Training"])
        rep = rng.choice(reports)
        rest = rng.choice([10.5, 11.25, 12.75, 13.5, 15, 18.5, 24, 36, 40.5, None])
        pairing = f"P{rng.randint(1100, 1199)}"
        if kind == "Flight":
            sectors = rng.choice([1, 2, 2, 3, 4, 4, 5])
            off_blk = rep + rng.choice([50, 60, 65])
            legs = [rng.choice([65, 75, 85, 95, 110]) for _ in range(sectors)]
            block = sum(legs)
            on_blk = off_blk + block + 40 * (sectors - 1)
            sched = on_blk + 30
            rel = sched + rng.choice([-10, 0, 0, 5, 15, 40, 75])
            fdp = 13.0 if 6 * 60 <= rep < 13 * 60 + 30 else (12.0 if rep < 6 * 60 else 11.5)
            fdp -= 0.5 * max(0, sectors - 2)
            route = "MAN-" + "-".join(rng.choice(ports) if k % 2 == 0 else "MAN"
                                      for k in range(sectors))
            put(ws, r, 2, [day(off), cid, name, rank, kind, pairing, route, hm(rep),
                           hm(off_blk), hm(on_blk), hm(block), hm(sched), hm(rel), fdp,
                           sectors, rest, rng.choice(remarks)], fmt)
        else:
            length = 8 * 60 + 15 if kind == "Standby" else 6 * 60 + 30
            rel = rep + length
            put(ws, r, 2, [day(off), cid, name, rank, kind, pairing,
                           "SIM" if kind == "Training" else None, hm(rep), None, None, None,
                           hm(rel), hm(rel), 12.0, 0, rest,
                           "called out 09:40" if kind == "Standby" and i % 3 == 0 else None], fmt)
    # limits box to the right of the table (column S left empty)
    ws["T4"] = "Limits"
    ws["T4"].font = BOLD
    put(ws, 5, 20, ["Min rest (h)", 12])
    put(ws, 6, 20, ["Max sectors", 4])
    # quirks
    ws["B20"] = "13/11/2026"                          # dates typed as text (a Fri, a Tue)
    ws["B25"] = "17/11/2026"
    ws["C16"], ws["D16"] = "FO-219", "Kenji Mori"     # same crew member twice on 10 Nov
    ws["C35"], ws["D35"], ws["E35"] = "CPT-017", "Marco Bellini", "CPT"   # twice on 23 Nov
    ws["L26"] = dt.time(3, 10)                        # block longer than off->on (typos)
    ws["L45"] = dt.time(2, 35)
    ws["P36"] = "5"                                   # sectors stored as text
    ws["E22"] = "fo"                                  # odd case / trailing space
    ws["E33"] = "CPT "
    ws["D17"] = "Kenji Mori "
    ws["N40"] = dt.time(18, 25)                       # release 55 min after schedule
    ws["F28"] = "standby"
    ws["R45"] = "Diverted to LPL - wx"
    ws["G24"] = None                                  # pairing not filled in
    ws["G41"] = None
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T U",
           [3, 10, 9, 14, 6, 9, 8, 24, 7, 7, 7, 8, 8, 8, 7, 7, 9, 24, 3, 13, 6])

    bm = wb.create_sheet("Block by month")
    bm["A1"] = "Block hours per calendar month (ops system export)"
    header(bm, 2, 1, ["Crew ID", "Name", "Rank", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    bm["K2"] = "Monthly cap (h)"
    bm["K2"].font = BOLD
    bm["L2"] = 95
    more = [("CPT-042", "Gareth Lyle", "CPT"), ("CPT-045", "Mei Tanaka", "CPT"),
            ("CPT-050", "Oskar Lind", "CPT"), ("CPT-056", "Beatriz Sousa", "CPT"),
            ("FO-240", "Chidi Eze", "FO"), ("FO-244", "Freya Holm", "FO"),
            ("FO-247", "Arjun Patel", "FO"), ("FO-252", "Clara Weiss", "FO"),
            ("FO-258", "Dylan Price", "FO"), ("FO-261", "Yusuf Demir", "FO"),
            ("FO-263", "Lucia Romano", "FO"), ("SO-310", "Noor Aziz", "SO"),
            ("SO-314", "Owen Reilly", "SO"), ("SO-318", "Zara Quinn", "SO")]
    for i, (cid, name, rank) in enumerate(pool + more):
        vals = [round(rng.choice([38, 46, 52, 58, 63, 67, 71, 74, 78, 83, 86, 93, 97])
                      + rng.choice([0.2, 0.4, 0.7]), 1) for _ in range(6)]
        for m in range(6):
            if rng.random() < 0.06:
                vals[m] = None
        put(bm, 3 + i, 1, [cid, name, rank] + vals, {k: "0.0" for k in range(3, 9)})
    bm["H12"] = "81.5"                                # typed with a leading apostrophe
    widths(bm, "A B C D E F G H I J K L", [9, 15, 6, 7, 7, 7, 7, 7, 7, 3, 15, 6])
    wb.save(HERE / "crew_duty.xlsx")


# ------------------------------------------------------------------ utility_bills
def utility() -> None:
    rng = random.Random(602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bills"
    ws["A1"] = "Utilities - bills tracker (home + rentals)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "one row per bill; LY = same month last year"
    cols = ["Property", "Utility", "Month", "Bill Date", "Due", "Paid", "Usage", "Unit",
            "Amt $", "LY Amt $", "Est $", "Autopay"]
    header(ws, 4, 1, cols)                            # header A4, data rows 5..
    plan = [("12 Oak St", "Electric", range(7, 12)), ("12 Oak St", "Gas", range(7, 12)),
            ("12 Oak St", "Water", range(7, 12)), ("4B Mill Ln", "Electric", range(8, 12)),
            ("4B Mill Ln", "Water", range(8, 12)), ("4B Mill Ln", "Internet", range(8, 12)),
            ("Lake Cabin", "Electric", range(7, 12)), ("Lake Cabin", "Gas", range(7, 12)),
            ("Garage Unit", "Electric", range(7, 12))]
    bills = sorted((m, prop, util) for prop, util, months in plan for m in months)
    fmt = {2: "mmm yyyy", 6: "#,##0", 8: "#,##0.00", 9: "#,##0.00", 10: "#,##0"}
    for i, (m, prop, util) in enumerate(bills):
        r = 5 + i
        month = dt.datetime(2026, m, 1)
        bill = dt.datetime(2026, m, rng.choice([19, 20, 22, 24, 25, 26]))
        due = bill + dt.timedelta(days=21)
        if util == "Electric":
            usage = rng.choice([310, 420, 515, 640, 780, 905, 1040])
            amt = round(usage * 0.17 + 12, 2)
            unit = "kWh"
        elif util == "Gas":
            usage = rng.choice([12, 18, 26, 41, 63, 88, 117]) + (m - 7) * 6
            amt = round(usage * 1.45 + 10, 2)
            unit = "therms"
        elif util == "Water":
            usage = rng.choice([2100, 2800, 3400, 4150, 5200, 6300])
            amt = round(usage * 0.009 + 18, 2)
            unit = "gal"
        else:
            usage, unit, amt = None, None, rng.choice([64.99, 64.99, 79.99])
        ly = None if prop in ("Garage Unit",) or util == "Internet" else \
            round(amt * rng.choice([0.72, 0.86, 0.93, 1.04, 1.12, 1.31, 1.45]), 2)
        est = 5 * round(amt * rng.choice([0.8, 0.9, 0.95, 1.05, 1.1, 1.25]) / 5)
        auto = rng.choice(["Y", "Y", "N", "N", "y", None])
        paid = None
        if due.date() < BUILT:
            if rng.random() < 0.88:
                paid = due + dt.timedelta(days=rng.choice([-12, -6, -3, -1, 2, 5, 9]))
        elif rng.random() < 0.35:
            paid = bill + dt.timedelta(days=rng.choice([3, 5]))
        if paid is not None and paid.date() >= BUILT:
            paid = None
        put(ws, r, 1, [prop, util, month, bill, due, paid, usage, unit, amt, ly, est, auto], fmt)
    # the October Mill Ln electric bill was entered twice (row 32 and, later, row 47)
    put(ws, 47, 1, [ws.cell(row=32, column=c).value for c in range(1, 13)], fmt)
    # caps table beside the bills (column M left empty)
    header(ws, 4, 14, ["Utility", "Cap $/mo"])
    for i, (u, cap) in enumerate([("Electric", 160), ("Gas", 120), ("Water", 70), ("Internet", 75)]):
        put(ws, 5 + i, 14, [u, cap])
    ws["D34"] = "19/10/2026"                          # bill date typed as text
    ws["I25"] = "43.20"                               # amount stored as text
    ws["G45"], ws["I45"] = -140, -11.8                # net export: solar credit
    ws["B40"] = "Water "                              # trailing space / lower case
    ws["B41"] = "electric"
    ws["G14"], ws["I14"] = 1010, 183.7                # (no ties among the top bills)
    ws["G36"], ws["I36"] = 1085, 196.45
    ws["D39"], ws["E39"] = dt.datetime(2026, 11, 21), dt.datetime(2026, 12, 12)
    ws["D42"], ws["E42"] = dt.datetime(2026, 11, 23), dt.datetime(2026, 12, 14)
    widths(ws, "A B C D E F G H I J K L M N O", [12, 9, 10, 11, 11, 11, 8, 7, 9, 9, 7, 8, 3, 9, 9])

    kw = wb.create_sheet("kWh")
    kw["A1"] = "Electric meter readings - kWh per month"
    kw["A1"].font = BOLD
    header(kw, 3, 1, ["Month", "Oak St", "Mill Ln", "Cabin", "Garage"])
    for i in range(23):                               # Jan 2025 .. Nov 2026, rows 4..26
        y, m = 2025 + (i // 12), i % 12 + 1
        winter = m in (12, 1, 2)
        summer = m in (6, 7, 8)
        vals = [rng.choice([520, 610, 690, 760]) + (240 if summer else 0) + (150 if winter else 0),
                rng.choice([330, 380, 420, 470]) + (90 if winter else 0),
                None if winter else rng.choice([120, 180, 260, 340]) + (200 if summer else 0),
                rng.choice([60, 85, 110, 140])]
        vals = [v + rng.choice([-7, -3, 4, 9]) if v else v for v in vals]
        put(kw, 4 + i, 1, [dt.datetime(y, m, 1)] + vals, {0: "mmm-yy"})
    kw["B22"], kw["B24"] = 1012, 905                  # hot summer at Oak St
    widths(kw, "A B C D E", [9, 8, 8, 8, 8])
    wb.save(HERE / "utility_bills.xlsx")


# ------------------------------------------------------------------ call_centre
def callcentre() -> None:
    rng = random.Random(603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Agent Stats"
    ws["A1"] = "Contact Centre - weekly agent stats"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Week 48 (23-29 Nov 2026) | AHT = average handle time, m:ss"
    cols = ["Agent", "Team", "Shift Start", "Shift End", "Calls Offered", "Answered", "Aband.",
            "AHT", "Tgt AHT", "CSAT %", "FCR %", "QA Score", "QA tgt", "Adherence",
            "Escalations", "Last Coached", "Status"]
    header(ws, 4, 1, cols)                            # header A4, data rows 5..40
    ws["S4"] = "Adherence goal"
    ws["S4"].font = BOLD
    ws["T4"] = 0.9
    ws["T4"].number_format = "0%"
    teams = {"Billing": (dt.time(0, 6, 0), 80), "Tech Support": (dt.time(0, 8, 0), 85),
             "Retention": (dt.time(0, 7, 30), 85), "Sales": (dt.time(0, 5, 30), 80)}
    first = ["Amara", "Ben", "Carlos", "Dana", "Eli", "Fatima", "George", "Hollie", "Imran",
             "Jess", "Kwame", "Laura", "Milo", "Nina", "Olu", "Priya", "Reece", "Sian",
             "Tariq", "Uma", "Vic", "Wren", "Xavi", "Yasmin", "Zak"]
    last = ["Adams", "Bose", "Clarke", "Doyle", "Ellis", "Fraser", "Gill", "Hughes", "Iqbal",
            "Jones", "Kerr", "Lowe", "Mensah", "Nash", "Owens", "Patel"]
    starts = [7 * 60, 8 * 60, 8 * 60 + 30, 9 * 60, 9 * 60 + 45, 10 * 60, 11 * 60 + 30,
              12 * 60, 14 * 60]
    fmt = {2: "hh:mm", 3: "hh:mm", 7: "m:ss", 8: "m:ss", 9: "0%", 10: "0.0%", 13: "0%",
           15: "dd/mm/yyyy"}
    names = set()
    for i in range(36):
        r = 5 + i
        name = f"{rng.choice(first)} {rng.choice(last)}"
        while name in names:
            name = f"{rng.choice(first)} {rng.choice(last)}"
        names.add(name)
        team = rng.choice(list(teams))
        tgt_aht, qa_tgt = teams[team]
        status = rng.choice(["Active"] * 7 + ["Probation", "On leave"])
        start = rng.choice(starts)
        end = start + rng.choice([360, 450, 510, 540, 585, 630])
        coached = day(pick(rng, -140, -2, {-30, -60, -90, -29, -59, -89, -31, -61, -91}))
        if rng.random() < 0.12:
            coached = None
        if status == "On leave":
            put(ws, r, 1, [name, team, None, None, None, None, None, None, tgt_aht, None,
                           None, None, qa_tgt, None, None, coached, status], fmt)
            continue
        offered = rng.randint(150, 420)
        aband = round(offered * rng.choice([0.02, 0.035, 0.05, 0.07, 0.09, 0.12, 0.15]))
        answered = offered - aband
        base = tgt_aht.minute * 60 + tgt_aht.second
        secs = base + rng.choice([-75, -40, -15, 10, 35, 70, 125])
        csat = None if status == "Probation" and rng.random() < 0.6 else \
            pick(rng, 61, 97, {70, 75, 80, 85, 90}) / 100
        fcr = pick(rng, 552, 884, set()) / 1000
        qa = pick(rng, 60, 98, {70, 75, 80, 85, 90})
        adh = pick(rng, 80, 99, {85, 90}) / 100
        esc = rng.choice([0, 0, 1, 2, 3, 5, 8])
        put(ws, r, 1, [name, team, hm(start), hm(end), offered, answered, aband,
                       dt.time(0, secs // 60, secs % 60), tgt_aht, csat, fcr, qa, qa_tgt, adh,
                       esc, coached, status], fmt)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [16, 12, 8, 8, 9, 9, 7, 6, 7, 7, 7, 8, 7, 9, 9, 11, 10, 3, 14, 6])

    dl = wb.create_sheet("Daily")
    header(dl, 1, 1, ["Agent", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Target/day"])
    agents = [ws.cell(row=r, column=1).value for r in range(5, 41)
              if ws.cell(row=r, column=17).value != "On leave"]
    for i, name in enumerate(agents[:30]):
        tgt = rng.choice([45, 50, 55])
        vals = [pick(rng, 28, 72, {45, 50, 55}) for _ in range(6)]
        off = rng.sample(range(6), 2 if rng.random() < 0.8 else 1)
        for k in off:
            vals[k] = None
        put(dl, 2 + i, 1, [name.strip()] + vals + [tgt])
    dl["F31"] = "61"                                  # typed as text
    widths(dl, "A B C D E F G H", [16, 6, 6, 6, 6, 6, 6, 10])
    # quirks on the stats sheet (after the Daily sheet copied the names)
    ws["C18"], ws["D18"] = dt.time(22, 0), dt.time(6, 30)   # night shift
    ws["A33"] = "Nina Doyle"                          # listed twice (Billing, Retention)
    ws["A12"] = "George Gill "                        # trailing space
    ws["B19"] = "billing"
    ws["B24"] = "Tech support"
    ws["L10"] = "72"                                  # QA score stored as text
    ws["P22"] = "18/11/2026"                          # coaching date typed as text
    ws["Q13"] = "active"
    ws["Q35"] = "Left"
    ws["L9"], ws["J8"], ws["L20"] = 93, 0.92, 91            # a few high scorers

    wb.save(HERE / "call_centre.xlsx")


# ------------------------------------------------------------------ orchard_yields
def orchard() -> None:
    rng = random.Random(604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Harvest 2026"
    ws["A1"] = "Hillside Orchard & Vineyard - picked weight by block"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "kg per month, 2026 season (blank = not picked that month)"
    ws["A3"] = "Loss = fruit written off (hail, rot), entered as a negative kg figure"
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    cols = ["Block", "Variety", "Fruit", "Area (ha)"] + months + ["Est (kg)", "2025 (kg)",
                                                                   "Loss (kg)", "Mgr"]
    header(ws, 5, 2, cols)                            # header at B5, data rows 6..35
    fruit = {"Cherry": (["Stella", "Lapins", "Sweetheart"], (0, 1), 6500),
             "Plum": (["Victoria", "Opal"], (1, 2, 3), 9000),
             "Apple": (["Gala", "Braeburn", "Cox", "Bramley", "Jazz"], (2, 3, 4, 5), 24000),
             "Pear": (["Conference", "Comice"], (2, 3, 4), 18000),
             "Grape": (["Bacchus", "Pinot Noir", "Chardonnay"], (3, 4), 7000)}
    kinds = ["Apple", "Apple", "Apple", "Pear", "Grape", "Grape", "Cherry", "Plum"]
    mgrs = ["R. Hale", "S. Ortiz", "J. Quist", "M. Abara"]
    for i in range(30):
        r = 6 + i
        kind = rng.choice(kinds)
        varieties, active, per_ha = fruit[kind]
        area = rng.choice([0.8, 1.2, 1.5, 2.1, 2.6, 3.4])
        season = per_ha * area * rng.choice([0.7, 0.85, 0.95, 1.05, 1.2])
        share = [rng.choice([1, 2, 3, 4]) if m in active else 0 for m in range(6)]
        vals = [round(season * w / sum(share) / 10) * 10 if w else None for w in share]
        est = 500 * round(per_ha * area * rng.choice([0.9, 1.0, 1.1]) / 500)
        ly = 10 * round(season * rng.choice([0.7, 0.82, 0.94, 1.06, 1.18, 1.4]) / 10)
        loss = rng.choice([None, None, None, 0, -40, -120, -310, -560, -1250])
        put(ws, r, 2, [f"{kind[0]}{rng.randint(1, 9)}-{chr(65 + i % 6)}", rng.choice(varieties),
                       kind, area] + vals + [est, ly, loss, rng.choice(mgrs)],
            {2 + k: "#,##0" for k in range(1, 11)})
    ws["B31"] = "P5-D"                                # block code entered twice
    ws["J23"] = "3150"                                # stored as text
    ws["C35"] = "gala"                                # odd case / trailing space
    ws["C18"] = "Braeburn "
    ws["D27"] = "apple"
    ws["H8"] = None                                   # plum block not picked in August
    ws["I30"], ws["J33"] = 8410, 22920                # (no exact halves, no ties in the top 5)
    ws["J9"], ws["J22"], ws["K30"], ws["K35"] = 11760, 5030, 17120, 9120
    ws["O20"] = None                                  # no manager
    ws["O11"] = None
    widths(ws, "A B C D E F G H I J K L M N O P", [3, 8, 11, 7, 9, 8, 8, 8, 8, 8, 8, 9, 10, 9, 9])

    pl = wb.create_sheet("Pick Log")
    header(pl, 1, 1, ["Date", "Block", "Picker", "Start", "Finish", "Bins", "Kg", "Brix",
                      "Crew Lead"])
    blocks = [ws.cell(row=r, column=2).value for r in range(6, 36)
              if ws.cell(row=r, column=4).value in ("Apple", "Pear", "Grape")]
    pickers = ["Ana", "Bogdan", "Chen", "Dario", "Efua", "Femi", "Gosia", "Hamid", "Ivana",
               "Jules", "Kasia", "Luis"]
    offs = sorted(pick(rng, -75, -1, {-7, -14, -30, -28, -21, -15, -8, -60, -61}) for _ in range(40))
    for i, off in enumerate(offs):
        r = 2 + i
        start = rng.choice([6 * 60 + 15, 6 * 60 + 45, 7 * 60 + 10, 7 * 60 + 40, 8 * 60 + 5,
                            9 * 60 + 20, 12 * 60 + 50])
        length = rng.choice([195, 250, 310, 345, 390, 420, 465, 530])
        bins = rng.choice([2, 3, 4, 5, 6, 8])
        kg = bins * rng.choice([285, 310, 340, 365, 390, 415, 445])
        put(pl, r, 1, [day(off), rng.choice(blocks), rng.choice(pickers), hm(start),
                       hm(start + length), bins, kg,
                       round(rng.uniform(10.5, 23.5), 1),
                       rng.choice(["Maya", "Tomasz", "Rui"])], {0: "dd/mm/yyyy"})
    pl["A17"] = "16/10/2026"                          # date typed as text (a Friday)
    pl["G29"], pl["H18"] = 870, 21.8                  # small, very ripe picks
    widths(pl, "A B C D E F G H I", [11, 7, 9, 7, 7, 6, 7, 6, 10])
    wb.save(HERE / "orchard_yields.xlsx")


# ------------------------------------------------------------------ car_returns
def carrental() -> None:
    rng = random.Random(605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Returns"
    ws["A1"] = "Airport branch - rental returns log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "odometer in miles; fuel in eighths of a tank (8 = full)"
    cols = ["RA #", "Plate", "Class", "Pick-up", "Due Back", "Returned", "Ret Time", "Odo Out",
            "Odo In", "Miles Incl", "Fuel Out (/8)", "Fuel In (/8)", "Damage", "Extras $",
            "Agent", "Status"]
    header(ws, 3, 1, cols)                            # header A3, data rows 4..51
    ws["R3"] = "Grace (days)"
    ws["R3"].font = BOLD
    ws["S3"] = 1
    ws["R4"] = "Excess $/mile"
    ws["R4"].font = BOLD
    ws["S4"] = 0.35
    classes = {"Economy": ["KX21 ABF", "KX21 ABJ", "LM70 TRE", "LM70 TRK", "YD19 OPS"],
               "Compact": ["BT22 HWA", "BT22 HWD", "CV71 NNA", "CV71 NNE"],
               "SUV": ["SV23 XLR", "SV23 XLT", "RF72 MUD"],
               "Van": ["VN20 CRG", "VN20 CRH"], "Premium": ["PR23 LUX", "PR73 EXC"]}
    damage = [None] * 7 + ["scratch rear bumper", "chipped windscreen", "dent - driver door",
                           "kerbed alloy NSF", "none noted"]
    agents = ["Kay", "Dev", "Marta", "Sol"]
    fmt = {3: "dd-mmm", 4: "dd-mmm", 5: "dd-mmm", 6: "hh:mm", 7: "#,##0", 8: "#,##0",
           13: "#,##0.00"}
    offs = sorted(pick(rng, -40, -1, set()) for _ in range(48))
    odo = {p: rng.randint(8000, 60000) for ps in classes.values() for p in ps}
    busy = {p: -999 for p in odo}                     # day offset each car is back
    for i, out in enumerate(offs):
        r = 4 + i
        cls = rng.choice(["Economy", "Economy", "Compact", "Compact", "SUV", "Van", "Premium"])
        free = [p for p in classes[cls] if busy[p] < out] or \
            [p for c in classes for p in classes[c] if busy[p] < out]
        plate = rng.choice(free)
        cls = next(c for c, ps in classes.items() if plate in ps)
        length = rng.choice([2, 3, 4, 5, 7, 7, 10, 14])
        due = out + length
        ret = due + rng.choice([-2, -1, 0, 0, 0, 0, 1, 3, 5])
        odo_out = odo[plate] + rng.randint(3, 40)
        incl = length * rng.choice([100, 150, 200])
        extras = rng.choice([0, 0, 0, 15, 35.5, 60, 120.75])
        if ret < 0:
            miles = round(incl * rng.choice([0.4, 0.7, 0.9, 1.08, 1.3, 1.6]))
            odo[plate] = odo_out + miles
            busy[plate] = ret
            fuel_out = rng.choice([8, 8, 8, 6])
            fuel_in = max(1, fuel_out - rng.choice([0, 0, 0, 1, 2, 4, 5]))
            put(ws, r, 1, [f"RA{48100 + i * 7}", plate, cls, day(out), day(due), day(ret),
                           hm(rng.choice([470, 545, 610, 700, 835, 960, 1045, 1130, 1195, 1290])),
                           odo_out, odo_out + miles, incl, fuel_out, fuel_in,
                           rng.choice(damage), extras, rng.choice(agents),
                           rng.choice(["Closed", "Closed", "Closed", "Disputed"])], fmt)
        else:
            busy[plate] = 999
            odo[plate] = odo_out
            put(ws, r, 1, [f"RA{48100 + i * 7}", plate, cls, day(out), day(due), None, None,
                           odo_out, None, incl, rng.choice([8, 8, 6]), None, None, extras,
                           rng.choice(agents), "Open"], fmt)
    # quirks
    ws["E46"] = ws["E49"] = day(4)                   # nothing due today or exactly today+3
    ws["E31"], ws["E48"] = day(1), day(2)
    for c in "FGILM":                                 # RA48240 never came back: a spare car
        ws[f"{c}24"] = None
    ws["B24"], ws["C24"], ws["P24"] = "AB24 FRG", "Compact", "Open"
    for c in "FGILM":                                 # RA48317 still out, due 7 days ago
        ws[f"{c}35"] = None
    ws["E35"], ws["J35"], ws["P35"] = day(-7), 450, "Open"
    ws["A42"] = "RA48359"                             # agreement number typed twice
    ws["I17"] = None                                  # closed but return details missing
    ws["G37"] = None
    ws["M44"] = "Windscreen chip - passenger side"
    ws["P13"] = "disputed"
    ws["P21"] = "Closed "
    ws["F23"] = "17/11/2026"                          # returned date typed as text
    ws["N38"] = -20                                   # goodwill refund
    widths(ws, "A B C D E F G H I J K L M N O P Q R S",
           [9, 10, 9, 8, 9, 9, 8, 8, 8, 9, 11, 10, 20, 9, 7, 9, 3, 13, 6])

    fl = wb.create_sheet("Fleet")
    fl["A1"] = "Fleet list - airport branch"
    fl["A1"].font = BOLD
    header(fl, 2, 1, ["Plate", "Make/Model", "Class", "Year", "Mileage", "Next Svc (mi)",
                      "MOT Due", "Location"])
    models = {"Economy": ["Toyota Aygo X", "Kia Picanto"], "Compact": ["VW Golf", "Ford Focus"],
              "SUV": ["Nissan Qashqai", "Kia Sportage"], "Van": ["Ford Transit Custom"],
              "Premium": ["BMW 330e", "Mercedes C300"]}
    rows = [(p, c) for c, ps in classes.items() for p in ps]
    extra = [("AB24 FRE", "Economy"), ("AB24 FRG", "Compact"), ("HJ69 PLO", "Compact"),
             ("MN22 SUV", "SUV"), ("TR21 VAN", "Van"), ("GT74 PRM", "Premium"),
             ("ZK70 ECO", "Economy"), ("WP21 CMP", "Compact")]
    for i, (plate, cls) in enumerate(rows + extra):
        mileage = odo.get(plate) or rng.randint(6000, 72000)
        svc = (mileage // 10000 + 1) * 10000 + rng.choice([0, 0, 5000])
        if rng.random() < 0.2:
            svc = mileage - rng.choice([400, 1300])          # service overdue
        put(fl, 3 + i, 1, [plate, rng.choice(models[cls]), cls, rng.choice([2019, 2020, 2021, 2022, 2023, 2024]),
                           mileage, svc, day(pick(rng, -20, 330, {0, 30, 60, -1, 29, 31, 59, 61})),
                           rng.choice(["Bay A", "Bay B", "Valet", "Workshop"])],
            {4: "#,##0", 5: "#,##0"})
    fl["A21"] = "BT22 HWA"                            # plate entered twice
    fl["G22"] = None                                  # MOT date not filled in
    fl["G10"] = None
    fl["H9"] = "workshop"
    fl["G5"] = day(19)
    widths(fl, "A B C D E F G H", [10, 20, 9, 6, 9, 13, 11, 10])
    wb.save(HERE / "car_returns.xlsx")


# ------------------------------------------------------------------ ab_tests
def abtests() -> None:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Results"
    ws["A1"] = "Growth team - A/B test results (H2 2026)"
    ws["A1"].font = Font(bold=True, size=14)
    pct = "0.0%"

    def table(title_row: int, title: str, cols: list[str], prefix: str, n: int, email: bool):
        ws.cell(row=title_row, column=1, value=title).font = Font(bold=True, size=12)
        header(ws, title_row + 1, 1, cols)
        ideas = (["emoji in subject", "first name in subject", "question vs statement",
                  "short subject", "urgency wording", "price in subject", "send at 7am",
                  "preheader test", "sender name = CEO", "plain text vs HTML", "FOMO line",
                  "discount % vs $"] if email else
                 ["/pricing", "/signup", "/home hero", "/checkout", "/features", "/demo",
                  "/pricing FAQ", "/blog CTA", "/trial", "/home nav"])
        owners = ["Priya", "Tom", "Lea", "Marcus", "Ade"]
        for i in range(n):
            r = title_row + 2 + i
            start = pick(rng, -150, -3, set())
            length = rng.choice([7, 10, 14, 14, 21, 28])
            end = start + length
            running = end >= 0
            size = rng.choice([1800, 3500, 5200, 8000, 12000, 20000]) if email else \
                rng.choice([900, 2400, 4100, 6600, 9800, 15000])
            base = rng.choice([0.18, 0.22, 0.26, 0.31]) if email else \
                rng.choice([0.021, 0.034, 0.048, 0.062])
            lift = rng.choice([-0.18, -0.09, -0.03, 0.02, 0.06, 0.11, 0.17, 0.26])
            na, nb = size + rng.randint(-60, 60), size + rng.randint(-60, 60)
            ca = round(na * base)
            cb = round(nb * base * (1 + lift))
            ra, rb = ca / na, cb / nb
            lift_obs = round(rb / ra - 1, 4)
            pval = rng.choice([0.003, 0.012, 0.031, 0.048, 0.072, 0.19, 0.34, 0.61])
            if running:
                result = "Running"
            elif pval < 0.05:
                result = "Winner B" if lift_obs > 0 else "Winner A"
            else:
                result = rng.choice(["No difference", "No difference", "Stopped"])
            put(ws, r, 1, [f"{prefix}-{101 + i * 3}", rng.choice(ideas), rng.choice(owners),
                           day(start), None if running else day(end), na, ca, nb, cb,
                           round(ra, 4), round(rb, 4), lift_obs, pval, result],
                {3: "dd/mm/yy", 4: "dd/mm/yy", 5: "#,##0", 6: "#,##0", 7: "#,##0", 8: "#,##0",
                 9: pct, 10: pct, 11: pct, 12: "0.000"})

    table(2, "Email subject-line tests",
          ["Test ID", "Idea", "Owner", "Launched", "Ended", "Sent A", "Opens A", "Sent B",
           "Opens B", "OR A", "OR B", "Lift", "p-value", "Result"], "EM", 22, True)
    # header row 3, data rows 4..25
    table(28, "Landing page tests",
          ["Test ID", "Page", "Owner", "Start", "End", "Visitors A", "Conv A", "Visitors B",
           "Conv B", "CR A", "CR B", "Lift %", "p-val", "Status"], "LP", 24, False)
    # title row 28, header row 29, data rows 30..53
    ws["P3"] = "Min sample/arm"
    ws["P3"].font = BOLD
    ws["Q3"] = 3000
    ws["E9"] = day(-93)                               # ended before launch (typo)
    ws["N21"] = "running "                            # status variants
    ws["M21"] = None                                  # no p-value yet
    ws["M25"] = None
    ws["N24"] = "Winner B"                            # called a winner without significance
    ws["N18"] = "Winner B"
    ws["A50"] = "LP-143"                              # test id used twice
    ws["H39"] = "924"                                 # visitors stored as text
    ws["C47"] = "lea"
    ws["C41"] = "Tom "
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [8, 22, 8, 10, 10, 9, 9, 9, 9, 7, 7, 7, 8, 14, 3, 15, 6])

    wk = wb.create_sheet("Weekly CR")
    wk["A1"] = "landing page conversion by week since launch (blank = test not running)"
    header(wk, 2, 2, ["Test ID", "Arm", "Wk 1", "Wk 2", "Wk 3", "Wk 4"])
    for i, src in enumerate(range(30, 44)):
        tid = ws.cell(row=src, column=1).value
        start, end = ws.cell(row=src, column=4).value, ws.cell(row=src, column=5).value
        span = ((end.date() if end else BUILT) - start.date()).days
        weeks = min(4, -(-span // 7))
        for k, arm in enumerate("AB"):
            base = ws.cell(row=src, column=10 + k).value
            vals = [round(base * rng.uniform(0.7, 1.35), 4) if w < weeks else None
                    for w in range(4)]
            put(wk, 3 + 2 * i + k, 2, [tid, arm] + vals, {2 + w: "0.00%" for w in range(4)})
    widths(wk, "A B C D E F G", [3, 9, 5, 8, 8, 8, 8])
    wb.save(HERE / "ab_tests.xlsx")


if __name__ == "__main__":
    crew()
    utility()
    callcentre()
    orchard()
    carrental()
    abtests()
