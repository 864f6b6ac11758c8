"""Build the six workbooks of dev-v16 part AJ (openpyxl only, fixed seeds 1601-1606).

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
DATE = "yyyy-mm-dd"


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
            c.number_format = DATE
        elif isinstance(v, dt.time):
            c.number_format = "hh:mm"


def setv(ws, ref: str, value, fmt: str | None = None) -> None:
    """A hand-set quirk; dates get the date format unless told otherwise."""
    ws[ref] = value
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(value, dt.datetime):
        ws[ref].number_format = DATE


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


def title(ws, ref: str, text: str, size: int = 13) -> None:
    ws[ref] = text
    ws[ref].font = Font(bold=True, size=size)


# ------------------------------------------------------------------ mot_testing
def mot() -> None:
    rng = random.Random(1601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    title(ws, "A1", "Hillcrest Garage - MOT bookings", 14)
    ws["A2"] = ("Class 4 cars and vans. Fees in £. Result, defects and paid stay blank until the "
                "car has been tested.")
    ws["S4"] = "Fee cap (£)"
    setv(ws, "T4", 54.85, "0.00")
    ws["S5"] = "Miles / yr warning"
    setv(ws, "T5", 15000, "#,##0")
    cols = ["Bkg #", "Reg no.", "Make", "Fuel", "1st reg", "Mileage", "Last yr miles",
            "MOT expiry", "Test date", "slot", "Tester", "Result", "Defects", "Fee (£)",
            "Paid (£)", "Retest"]
    header(ws, 5, 2, cols)                                # header at B5
    makes = [("Ford", "Petrol"), ("Ford", "Diesel"), ("Vauxhall", "Petrol"),
             ("Volkswagen", "Diesel"), ("Toyota", "Hybrid"), ("Nissan", "Petrol"),
             ("BMW", "Diesel"), ("Kia", "Hybrid"), ("Honda", "Petrol"), ("Peugeot", "Diesel"),
             ("Tesla", "Electric"), ("Skoda", "Petrol"), ("Vauxhall", "Diesel")]
    testers = ["Dan", "Priya", "Owen", "Marek"]
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    for i in range(44):
        r = 6 + i
        make, fuel = rng.choice(makes)
        yr = rng.randint(2006, 2023)
        first = date(yr, rng.randint(1, 12), rng.randint(1, 28))
        age = (BUILT - first.date()).days / 365.25
        per = rng.choice([4200, 5600, 6900, 7800, 8800, 9900, 11300, 12600])
        miles = int(age * per) + rng.randint(100, 900)
        last = miles - rng.choice([2150, 3900, 5400, 6700, 7900, 9100, 11800, 14300])
        reg = (rng.choice(letters) + rng.choice(letters) + f"{yr % 100:02d} "
               + "".join(rng.choice(letters) for _ in range(3)))
        off = pick_offset(rng, -32, 9, {0, 7, -7, -14, -30, 1, -1})
        exp = off + rng.choice([-9, -4, 3, 8, 12, 17, 22, 26, 36, 41])
        slot = hm(rng.choice(range(8, 17)), rng.choice([0, 30]))
        tester = rng.choice(testers)
        fee = rng.choice([54.85] * 6 + [45.0, 40.0, 49.5])
        result = defects = paid = retest = None
        if off < 0:
            result = rng.choice(["Pass"] * 5 + ["PRS"] + ["Fail"] * 4)
            defects = {"Pass": 0, "PRS": rng.randint(1, 2), "Fail": rng.randint(1, 7)}[result]
            x = rng.random()
            paid = fee if x < 0.78 else (round(fee - 10, 2) if x < 0.88 else None)
            if result == "Fail" and rng.random() < 0.75:
                retest = off + rng.choice([2, 4, 6, 9, 13, 16, 21])
        put(ws, r, 2, [f"HG-{7301 + i}", reg, make, fuel, first, miles, last, day(exp), day(off),
                       slot, tester, result, defects, fee, paid,
                       day(retest) if retest is not None else None],
            {5: "#,##0", 6: "#,##0", 13: "0.00", 14: "0.00"})
    quirks_mot(ws)

    ts = wb.create_sheet("Testers")
    title(ts, "A1", "Tests per tester, all branches")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(ts, 2, 1, ["Tester"] + months + ["Target/mo"])
    people = ["Dan", "Priya", "Owen", "Marek", "Sian", "Tomasz", "Leah"]
    for i, p in enumerate(people):
        tgt = rng.choice([90, 100, 110])
        put(ts, 3 + i, 1, [p] + [tgt + rng.randint(-38, 30) for _ in months] + [tgt])
    title(ts, "A12", "First-time fail rate")
    header(ts, 13, 1, ["Tester"] + months)
    for i, p in enumerate(people):
        put(ts, 14 + i, 1, [p] + [round(rng.uniform(0.14, 0.47), 3) for _ in months],
            {k: "0.0%" for k in range(1, 7)})
    quirks_testers(ts)
    widths(ws, "A B C D E F G H I J K L M N O P Q R S T",
           [3, 9, 10, 11, 9, 11, 9, 12, 11, 11, 7, 8, 7, 8, 8, 8, 11, 3, 18, 8])
    wb.save(HERE / "mot_testing.xlsx")


def quirks_mot(ws) -> None:
    # the same car booked twice: a double booking (rows 18, 23) and a retest booking (rows 24, 46)
    for col in "CDEFGHI":
        ws[f"{col}23"] = ws[f"{col}18"].value
        ws[f"{col}46"] = ws[f"{col}24"].value
    ws["G46"] = 116790
    for ref in ("F23", "I23", "F46", "I46"):
        ws[ref].number_format = DATE
    ws["D34"] = "vauxhall"                       # odd case
    ws["D39"] = "Peugeot "                       # trailing space (one-off spelling)
    ws["G29"] = "141886"                         # mileage stored as text
    ws["J38"] = "13/11/2026"                     # test date typed as text (before its expiry)
    setv(ws, "O22", 58.5, "0.00")                # charged over the cap
    setv(ws, "P22", 58.5, "0.00")
    setv(ws, "O40", 60, "0.00")
    setv(ws, "P40", 60, "0.00")
    ws["H25"] = 81240                            # odometer lower than last year
    ws["H49"] = 126880
    ws["H38"] = 4139                             # big jumps since last year
    ws["H10"] = 108033
    for ref in ("M48", "N48", "P48", "M30", "N30", "P30"):   # no-shows: nothing entered
        ws[ref] = None
    ws["L32"] = None                             # future bookings with no tester yet
    ws["L46"] = None


def quirks_testers(ts) -> None:
    ts["E8"] = None                              # Tomasz on leave in September
    ts["E19"] = None


# ------------------------------------------------------------------ noise_complaints
def noise() -> None:
    rng = random.Random(1602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Log"
    title(ws, "A1", "Environmental Health - noise complaints log 2026", 14)
    ws["A2"] = ("dB(A) measured at the complainant's window; Bgd = background level at the same "
                "spot. Blank dB = nobody has visited yet.")
    ws["K2"] = "Night limit dB(A)"
    ws["L2"] = 42
    ws["K3"] = "Max visits per case"
    ws["L3"] = 3
    cols = ["Ref", "Received", "Ward", "Address", "Source", "Heard at", "dB(A)", "Bgd dB",
            "Visits", "Officer", "Respond by", "Closed", "Outcome"]
    header(ws, 5, 1, cols)                                # header at A5
    wards = ["Abbey", "Brookside", "Castle", "Dene", "Eastfield", "Fairway"]
    streets = ["Mill Lane", "Station Rd", "Victoria St", "Park Ave", "Chapel Row", "Kings Rd",
               "Quarry Hill", "Elm Close", "Bridge St", "Orchard Way", "Albert Tce", "Moor Lane"]
    sources = ["Amplified music", "Amplified music", "Dog barking", "Dog barking", "Construction",
               "Alarm", "Industrial", "Voices/party", "DIY"]
    officers = ["J. Achebe", "R. Lowe", "S. Nakamura", "P. Grant"]
    addrs = [f"{rng.randint(2, 140)} {rng.choice(streets)}" for _ in range(60)]
    for i in range(42):
        r = 6 + i
        off = pick_offset(rng, -64, -1, {-7, -14, -30, -60, -21, -28})
        src = rng.choice(sources)
        if src in ("Amplified music", "Voices/party"):
            t = hm(rng.choice([20, 21, 22, 23, 0, 1, 2]), rng.choice([10, 25, 40, 55]))
        elif src in ("Construction", "DIY", "Industrial"):
            t = hm(rng.choice([6, 7, 8, 10, 13, 16, 18]), rng.choice([5, 20, 35, 50]))
        else:
            t = hm(rng.choice(range(0, 24)), rng.choice([5, 20, 35, 50]))
        visits = rng.choice([0, 1, 1, 2, 2, 3, 4]) if off < -3 else rng.choice([0, 0, 1])
        db = bgd = None
        if visits:
            db = round(rng.uniform(36.0, 71.0), 1)
            bgd = round(db - rng.choice([2.4, 4.1, 6.3, 7.8, 9.2, 11.6, 13.9, 17.2]), 1)
        officer = rng.choice(officers) if off < -2 or rng.random() < 0.5 else None
        respond = off + (1 if src in ("Alarm", "Industrial") else 5)
        closed = outcome = None
        if visits and off < -6 and rng.random() < 0.6:
            c = off + rng.choice([3, 6, 9, 15, 22, 31, 44])
            if c <= -1:
                closed = c
                outcome = rng.choice(["No nuisance", "Warning letter", "Abatement notice",
                                      "Advice given", "Withdrawn"])
        put(ws, r, 1, [f"NC-{26150 + i}", day(off), rng.choice(wards), rng.choice(addrs), src, t,
                       db, bgd, visits, officer, day(respond),
                       day(closed) if closed is not None else None, outcome],
            {6: "0.0", 7: "0.0"})
    quirks_noise(ws)

    wd = wb.create_sheet("Wards")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(wd, 1, 1, ["Ward"] + months)
    for i, w in enumerate(wards + ["Greenhill", "Harbour"]):
        put(wd, 2 + i, 1, [w] + [rng.randint(3, 31) for _ in months])
    header(wd, 1, 10, ["Officer", "Open cases", "Max cases", "Leave from", "Leave to"])
    for i, o in enumerate(officers + ["T. Brennan", "M. Osei"]):
        mx = rng.choice([12, 15, 18])
        lf = pick_offset(rng, -20, 40, {0, 1, -1, 14, 7})
        put(wd, 2 + i, 10, [o, mx + rng.choice([-7, -4, -2, 0, 3, 5]), mx, day(lf),
                            day(lf + rng.choice([4, 7, 11, 14]))])
    quirks_wards(wd)
    widths(ws, "A B C D E F G H I J K L M", [10, 11, 10, 16, 16, 8, 7, 7, 6, 12, 18, 11, 16])
    widths(wd, "A J K L M N", [11, 12, 10, 10, 11, 11])
    wb.save(HERE / "noise_complaints.xlsx")


def quirks_noise(ws) -> None:
    ws["A32"] = "NC-26175"                       # duplicate reference (row 31)
    ws["D28"] = "134 Chapel Row "                # trailing space (one-off address)
    ws["E13"] = "amplified music"                # odd case
    ws["G25"] = "46.3"                           # reading stored as text
    ws["B44"] = "21/10/2026"                     # received date typed as text
    ws["E16"] = "Dog barking"                    # logged yesterday, no officer yet
    setv(ws, "K16", day(4))
    ws["J16"] = None


def quirks_wards(wd) -> None:
    wd["K6"] = 14                                # over the max caseload
    setv(wd, "M6", day(-2))                      # on leave today
    setv(wd, "N6", day(2))


# ------------------------------------------------------------------ orienteering_results
def orienteering() -> None:
    rng = random.Random(1603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Results"
    title(ws, "A1", "Moorside Orienteers - Autumn Series, Event 4 (Hollin Woods)", 14)
    ws["A2"] = ("Saturday 28 Nov 2026. Start / Finish are clock times. MP = missed punches "
                "(any MP = disqualified). Fees in $.")
    ws["Q4"] = "Courses close"
    setv(ws, "R4", hm(13, 30), "hh:mm")
    ws["Q5"] = "Entries closed"
    setv(ws, "R5", date(2026, 11, 21))
    cols = ["Bib", "Name", "Club", "Class", "DOB", "Course", "km", "Start", "Finish", "MP",
            "Fee ($)", "Paid ($)", "Entered", "Pts"]
    header(ws, 4, 2, cols)                                # header at B4
    courses = {"Yellow": 2.4, "Orange": 3.6, "Light Green": 4.1, "Green": 5.2, "Blue": 6.8,
               "Brown": 8.9}
    classes = [("M12", "Yellow", -11), ("W12", "Yellow", -11), ("M14", "Orange", -13),
               ("W16", "Light Green", -15), ("M16", "Green", -15), ("M21", "Brown", 25),
               ("W21", "Blue", 27), ("M21", "Brown", 31), ("M40", "Blue", 44),
               ("W45", "Green", 48), ("M55", "Blue", 58), ("W55", "Green", 57),
               ("M65", "Green", 68), ("W70", "Orange", 72), ("M45", "Brown", 46)]
    clubs = ["MOOR", "MOOR", "MOOR", "PENN", "PENN", "AIRE", "CLOK", "EBOR", "HALO"]
    first = ["Alice", "Ben", "Cara", "Dmitri", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack",
             "Kirsty", "Liam", "Mei", "Niall", "Olga", "Pete", "Rosa", "Sam", "Tara", "Umar",
             "Vera", "Will", "Yusuf", "Zoe"]
    women = ["Alice", "Cara", "Ella", "Grace", "Isla", "Kirsty", "Mei", "Olga", "Rosa", "Tara",
             "Vera", "Zoe"]
    men = ["Ben", "Dmitri", "Finn", "Hugo", "Jack", "Liam", "Niall", "Pete", "Sam", "Umar",
           "Will", "Yusuf"]
    last = ["Archer", "Bell", "Carr", "Dixon", "Evans", "Foster", "Gill", "Hart", "Ives", "Joyce",
            "Kerr", "Lamb", "Moss", "Nash", "Orr", "Pike", "Reid", "Shaw", "Tate", "Venn"]
    race = dt.date(2026, 11, 28)
    for i in range(40):
        r = 5 + i
        cls, course, age = rng.choice(classes)
        if age < 0:                                        # juniors: age up to |age|+1
            years = rng.randint(-age - 3, -age)
        else:
            years = rng.randint(age - 4, age + 6)
        dob = dt.datetime(race.year - years - 1, rng.randint(1, 12), rng.randint(1, 28))
        km = courses[course]
        start_m = 10 * 60 + 2 * rng.randint(0, 59)
        pace = rng.uniform(7.0, 15.5)
        dur = int(km * pace + rng.randint(0, 9))
        fin_m = start_m + dur
        fin = hm(fin_m // 60, fin_m % 60)
        mp = rng.choice([0] * 8 + [1, 2])
        if rng.random() < 0.06:
            fin, mp = None, None
        fee = 14 if age > 18 else 6
        paid = fee if rng.random() < 0.85 else rng.choice([None, 10])
        pts = None
        if fin is not None and mp == 0:
            pts = max(0, round(1000 - (pace - 7) * 55))
        pool = women if cls.startswith("W") else men
        name = f"{rng.choice(pool)} {rng.choice(last)}"
        entered = pick_offset(rng, -46, -6, {-28, -11, -12, -14, -30, -42})
        put(ws, r, 2, [100 + i, name, rng.choice(clubs), cls, dob, course, km,
                       hm(start_m // 60, start_m % 60), fin, mp, fee, paid, day(entered), pts],
            {5: "0.0", 9: "0.00", 10: "0.00"})
    quirks_results(ws)

    sp = wb.create_sheet("Splits")
    title(sp, "A1", "Brown course - split times from Event 3 (minutes per leg)")
    legs = [f"Leg {k}" for k in range(1, 10)]
    header(sp, 3, 1, ["Runner"] + legs)
    for i in range(18):
        base = rng.uniform(0.75, 1.6)
        par = [4.2, 6.1, 3.4, 7.8, 5.5, 2.9, 8.6, 4.7, 1.8]
        put(sp, 4 + i, 1, [f"{rng.choice(first)} {rng.choice(last)}"]
            + [round(p * base * rng.uniform(0.85, 1.25), 1) for p in par],
            {k: "0.0" for k in range(1, 10)})
    quirks_splits(sp)

    se = wb.create_sheet("Series")
    header(se, 1, 1, ["Runner", "Club", "E1", "E2", "E3", "E4"])
    for i in range(24):
        pts = [rng.randint(610, 1000) if rng.random() < 0.85 else None for _ in range(4)]
        put(se, 2 + i, 1, [f"{first[i]} {rng.choice(last)}", rng.choice(clubs)] + pts)
    quirks_series(se)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 5, 15, 7, 6, 11, 12, 5, 7, 7, 4, 7, 8, 11, 6, 3, 15, 11])
    widths(sp, "A", [15])
    widths(se, "A", [15])
    wb.save(HERE / "orienteering_results.xlsx")


def quirks_results(ws) -> None:
    for ref in ("J24", "K24", "J38", "K38"):     # did not finish: no finish time, no MP
        ws[ref] = None
    ws["O35"] = "801"                            # points stored as text
    ws["F27"] = "14/03/1975"                     # DOB typed as text
    ws["C30"] = "Alice Evans "                   # trailing space (one-off name)
    ws["E15"] = "w55"                            # odd case
    ws["D37"] = "clok"


def quirks_splits(sp) -> None:
    sp["H12"] = None                             # control not punched: no split
    sp["E17"] = None


def quirks_series(se) -> None:
    se["E11"] = "939"                            # points stored as text


# ------------------------------------------------------------------ streetlight_faults
def streetlights() -> None:
    rng = random.Random(1604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Faults"
    title(ws, "A1", "Street lighting - fault reports, Northern district", 14)
    ws["A2"] = "Target days: P1 = 1, P2 = 5, P3 = 28 (calendar days from report). Costs in $ ex tax."
    ws["P2"] = "Job budget ($)"
    setv(ws, "Q2", 450, "#,##0")
    cols = ["Fault ref", "Column no", "Street", "Ward", "Reported", "Priority", "Target days",
            "Fixed", "Lamp", "Watts", "Est ($)", "Cost ($)", "Crew", "Cause"]
    header(ws, 4, 1, cols)                                # header at A4
    streets = ["Mill Lane", "Station Rd", "Victoria St", "Park Ave", "Chapel Row", "Kings Rd",
               "Quarry Hill", "Elm Close", "Bridge St", "Orchard Way", "Albert Tce", "Moor Lane"]
    wards = ["Abbey", "Brookside", "Castle", "Dene", "Eastfield"]
    causes = ["Lamp failure", "Lamp failure", "Photocell", "Cable fault", "Vehicle damage",
              "Vandalism", "Door missing"]
    for i in range(42):
        r = 5 + i
        off = pick_offset(rng, -75, -1, {-7, -14, -30, -60, -28})
        pr = rng.choice(["P1"] + ["P2"] * 3 + ["P3"] * 5)
        tgt = {"P1": 1, "P2": 5, "P3": 28}[pr]
        fixed = None
        if rng.random() < 0.8:
            f = off + rng.choice([0, 1, 2, 3, 4, 6, 9, 12, 17, 24, 33, 41])
            if f <= -1:
                fixed = f
        lamp = rng.choice(["LED", "LED", "LED", "SON", "SOX"])
        watts = {"LED": rng.choice([18, 24, 36, 48, 60]), "SON": rng.choice([70, 100, 150]),
                 "SOX": rng.choice([35, 55, 90])}[lamp]
        est = rng.choice([120, 180, 240, 310, 380, 460, 520, 640, 780, 900])
        cost = round(est * rng.choice([0.72, 0.85, 0.94, 1.0, 1.08, 1.17, 1.31, 1.46]))
        if fixed is None:
            cost = None
        put(ws, r, 1, [f"SL-{4400 + i}", f"NL-{rng.randint(100, 990):04d}", rng.choice(streets),
                       rng.choice(wards), day(off), pr, tgt, day(fixed) if fixed is not None else None,
                       lamp, watts, est, cost, rng.choice(["Crew A", "Crew B", "Crew C", "Contractor"]),
                       rng.choice(causes)], {10: "#,##0", 11: "#,##0"})
    quirks_faults(ws)

    en = wb.create_sheet("Energy")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    title(en, "A1", "Faults reported per ward")
    header(en, 2, 1, ["Ward"] + months)
    allw = wards + ["Fenwick", "Glebe", "Hightown"]
    for i, w in enumerate(allw):
        put(en, 3 + i, 1, [w] + [rng.randint(2, 26) for _ in months])
    title(en, "A14", "Energy use (kWh)")
    header(en, 15, 1, ["Ward"] + months + ["LY Nov"])
    for i, w in enumerate(allw):
        base = rng.randint(9000, 30000)
        vals = [round(base * f * rng.uniform(0.95, 1.05)) for f in (0.62, 0.66, 0.74, 0.88, 1.05, 1.22)]
        put(en, 16 + i, 1, [w] + vals + [round(vals[-1] * rng.choice([0.8, 0.95, 1.04, 1.18, 1.31]))],
            {k: "#,##0" for k in range(1, 8)})
    quirks_energy(en)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 10, 12, 10, 11, 7, 7, 11, 6, 6, 7, 8, 10, 14, 3, 15, 6])
    wb.save(HERE / "streetlight_faults.xlsx")


def quirks_faults(ws) -> None:
    ws["B40"] = "NL-0720"                        # the same column failing again
    ws["B44"] = "NL-0511"
    ws["B33"] = "NL-0689"
    ws["L42"] = "555"                            # cost stored as text
    ws["E30"] = "20/10/2026"                     # reported date typed as text
    ws["C16"] = "Station Rd "                    # trailing space (one-off street)
    ws["I22"] = "led"                            # odd case
    ws["F39"] = "p3"
    ws["D16"] = None                             # ward not filled in
    ws["D27"] = None


def quirks_energy(en) -> None:
    en["G20"] = "16477"                          # kWh stored as text


# ------------------------------------------------------------------ uniform_orders
def uniform() -> None:
    rng = random.Random(1605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    title(ws, "A1", "Crestwood Schoolwear - autumn orders", 14)
    ws["A2"] = "Web shop, counter and phone orders. Deposit only on embroidered blazers."
    prices = [("Blazer", 38), ("Jumper", 16.5), ("Polo shirt", 7.5), ("Trousers", 12),
              ("Skirt", 11), ("PE top", 9), ("PE shorts", 7), ("Tie", 5.5), ("Book bag", 6)]
    cols = ["Order no", "Parent name", "School", "Item", "Size", "Qty", "Unit $", "Total $",
            "Deposit $", "Ordered", "Needed by", "Dispatched", "Channel", "Pupil DOB"]
    header(ws, 3, 1, cols)                                # header at A3, no blank row
    header(ws, 3, 17, ["Item", "List price"])             # price list beside, Q3:R12
    for i, (item, p) in enumerate(prices):
        put(ws, 4 + i, 17, [item, p], {1: "0.00"})
    ws["Q14"] = "Free delivery over ($)"
    ws["R14"] = 60
    schools = ["Crestwood Primary", "St Anne's", "Hollybank Academy", "Greenfield High"]
    parents = ["Amy Fletcher", "Bilal Khan", "Claire Dunn", "Dev Mistry", "Erin Walsh",
               "Femi Adeyemi", "Gemma Royle", "Hassan Ali", "Irina Popescu", "Joe Barker",
               "Kasia Nowak", "Lorna Bright", "Mo Salah", "Nina Shah", "Owen Price",
               "Paula Greer", "Ravi Menon", "Sara Lind", "Tom Ashby", "Una Byrne", "Vic Hale",
               "Wen Li", "Yara Haddad", "Zak Moore"]
    for i in range(44):
        r = 4 + i
        item, price = rng.choice(prices)
        size = rng.choice(["5-6", "7-8", "9-10", "11-12", "13"])
        qty = rng.choice([1, 1, 1, 2, 2, 3, 4])
        unit = price
        total = round(qty * unit, 2)
        dep = 10 if item == "Blazer" and rng.random() < 0.7 else None
        off = pick_offset(rng, -70, -1, {-7, -14, -30, -60, -21})
        need = off + rng.choice([6, 9, 12, 16, 23, 31, 40])
        disp = None
        if rng.random() < 0.8:
            dd = off + rng.choice([1, 2, 3, 5, 8, 13, 19, 27])
            if dd <= -1:
                disp = dd
        age = {"5-6": 5, "7-8": 7, "9-10": 9, "11-12": 11, "13": 12}[size] + rng.choice([-1, 0, 0, 1])
        dob = dt.datetime(2026 - age - 1, rng.randint(1, 12), rng.randint(1, 28))
        put(ws, r, 1, [f"CW-{5201 + i}", rng.choice(parents), rng.choice(schools), item, size,
                       qty, unit, total, dep, day(off), day(need),
                       day(disp) if disp is not None else None,
                       rng.choice(["Web", "Web", "Shop", "Phone"]), dob],
            {6: "0.00", 7: "0.00", 8: "0.00"})
    quirks_orders(ws)

    st = wb.create_sheet("Stock")
    title(st, "B1", "Stock by size (units on the shelf)")
    sizes = ["5-6", "7-8", "9-10", "11-12", "13"]
    header(st, 3, 2, ["Item"] + [f"Age {s}" for s in sizes] + ["Reorder at"])
    for i, (item, _) in enumerate(prices):
        ro = rng.choice([5, 8, 10, 12])
        put(st, 4 + i, 2, [item] + [rng.choice([0, 2, 4, 6, 7, 9, 11, 14, 18, 23, 31]) for _ in sizes] + [ro])
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [8, 14, 17, 10, 6, 5, 7, 8, 9, 11, 11, 11, 8, 11, 3, 3, 20, 9])
    widths(st, "B", [12])
    wb.save(HERE / "uniform_orders.xlsx")


def quirks_orders(ws) -> None:
    setv(ws, "G34", 8.5, "0.00")                 # not the list price
    setv(ws, "H34", 17, "0.00")
    setv(ws, "G25", 15, "0.00")
    setv(ws, "H25", 15, "0.00")
    setv(ws, "H29", 29, "0.00")                  # totals typed wrong
    setv(ws, "H16", 36, "0.00")
    ws["F37"] = "4"                              # quantity stored as text
    ws["J31"] = "21/11/2026"                     # order date typed as text
    ws["A42"] = "CW-5238"                        # duplicate order number (row 41)
    ws["B26"] = "tom ashby"                      # odd case (one-off parent)
    ws["B42"] = "Una Byrne "                     # trailing space (one-off parent)
    ws["M30"] = "web"
    ws["B33"] = None                             # parent name missing
    ws["B45"] = None
    ws["I23"] = None                             # blazers without a deposit
    ws["I43"] = None
    setv(ws, "N17", date(2022, 3, 14))           # a younger sibling (nursery)


# ------------------------------------------------------------------ vinyl_pressing
def vinyl() -> None:
    rng = random.Random(1606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    title(ws, "A1", "Groove Foundry - pressing jobs", 14)
    ws["A2"] = "TP = test pressing. Reject % = rejects / pressed. Quotes and invoices in $."
    ws["Q4"] = "Max reject rate"
    setv(ws, "R4", 0.03, "0.0%")
    ws["Q5"] = "Min run (units)"
    ws["R5"] = 300
    cols = ["Job", "Label", "Artist", "Format", "Colour", "Qty", "Pressed", "Rejects",
            "Reject %", "TP sent", "TP approved", "Ship by", "Shipped", "Quote ($)",
            "Invoiced ($)"]
    header(ws, 4, 1, cols)                                # header at A4
    labels = ["Fuzz Hive", "Low Tide Recs", "Parlour", "Static Bloom", "Kiln Audio", "Marrow"]
    artists = ["The Wrens", "Oda Vale", "Night Ferry", "Harlow & Kit", "Sunken Choir",
               "Milo Grant", "Pale Shapes", "Rust Belt Hymns", "Juno Park", "Velvet Static",
               "Ash & Arrow", "Dry Cleaning Co", "Tessa Moon", "Coastal Drift"]
    for i in range(42):
        r = 5 + i
        fmt = rng.choice(['12" LP', '12" LP', '12" LP', '2xLP', '7"', '10"'])
        colour = rng.choice(["Black", "Black", "Black", "Clear", "Red marble", "Splatter",
                             "Translucent blue"])
        qty = rng.choice([100, 250, 300, 500, 500, 1000, 1000, 1500, 2000, 3000])
        off = pick_offset(rng, -55, 20, {0, 7, -7, -14, 14, -30, 1, -1})   # ship by
        tp_sent = off - rng.choice([18, 24, 31, 38, 45])
        tp_ok = tp_sent + rng.choice([2, 4, 6, 9, 13, 17, 25]) if rng.random() < 0.85 else None
        if tp_ok is not None and tp_ok >= 0:
            tp_ok = None
        pressed = rejects = shipped = None
        if tp_ok is not None:
            pressed = qty + rng.choice([0, 12, 20, 35, 50, 60])
            rejects = round(pressed * rng.choice([0.004, 0.011, 0.018, 0.022, 0.027, 0.036, 0.048, 0.061]))
            if rng.random() < 0.75:
                s = off + rng.choice([-6, -3, -1, 0, 2, 5, 9])
                if s <= -1:
                    shipped = s
        rate = round(rejects / pressed, 4) if pressed else None
        unit = {'12" LP': 3.1, '2xLP': 5.6, '7"': 1.9, '10"': 2.7}[fmt] + (0.6 if colour != "Black" else 0)
        quote = round(qty * unit + rng.choice([150, 220, 300]), -1)
        inv = None
        if shipped is not None:
            inv = quote + rng.choice([0, 0, 0, 40, 120, -60, 310])
        put(ws, r, 1, [f"GF-{812 + i}", rng.choice(labels), rng.choice(artists), fmt, colour,
                       qty, pressed, rejects, rate, day(tp_sent),
                       day(tp_ok) if tp_ok is not None else None, day(off),
                       day(shipped) if shipped is not None else None, quote, inv],
            {8: "0.0%", 13: "#,##0", 14: "#,##0"})
    quirks_jobs(ws)

    pr = wb.create_sheet("Presses")
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    title(pr, "A1", "Press output (records per week)")
    header(pr, 2, 1, ["Press"] + weeks + ["Target/wk"])
    presses = ["P1 Toolex", "P2 Toolex", "P3 SMT", "P4 SMT", "P5 Pheenix", "P6 Pheenix"]
    for i, p in enumerate(presses):
        tgt = rng.choice([2400, 2800, 3200])
        put(pr, 3 + i, 1, [p] + [tgt + rng.randint(-900, 500) for _ in weeks] + [tgt],
            {k: "#,##0" for k in range(1, 7)})
    title(pr, "A11", "Downtime (hours)")
    header(pr, 12, 1, ["Press"] + weeks)
    for i, p in enumerate(presses):
        put(pr, 13 + i, 1, [p] + [rng.choice([0, 0, 1.5, 2, 3.5, 4, 6, 7.5, 11]) for _ in weeks])
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [7, 13, 16, 7, 15, 6, 8, 8, 9, 11, 12, 11, 11, 9, 11, 3, 16, 7])
    widths(pr, "A", [12])
    wb.save(HERE / "vinyl_pressing.xlsx")


def quirks_jobs(ws) -> None:
    ws["F30"] = "2000"                           # quantity stored as text
    ws["O36"] = "10120"                          # invoice stored as text
    ws["J33"] = "28/10/2026"                     # TP sent typed as text (13 days before approval)
    ws["C22"] = "Rust Belt Hymns "               # trailing space (one-off artist)
    ws["E26"] = "clear"                          # odd case
    ws["B44"] = "marrow"
    ws["A31"] = "GF-837"                         # duplicate job number (row 30)
    ws["G28"] = 980                              # pressed short of the order
    setv(ws, "I28", round(27 / 980, 4), "0.0%")
    ws["G37"] = 990
    setv(ws, "I37", round(27 / 990, 4), "0.0%")
    ws["E35"] = None                             # colour not decided yet
    ws["E12"] = None


if __name__ == "__main__":
    for f in (mot, noise, orienteering, streetlights, uniform, vinyl):
        f()
    print("built 6 workbooks in", HERE)
