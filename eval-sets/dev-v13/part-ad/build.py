"""Build the six workbooks of dev-v13 part AD (openpyxl only, fixed seeds 1301-1306).

Dates are literals or offsets from BUILT (2026-12-02, a Wednesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day).
Random choices use fixed seeds; the quirks are then set by hand (`quirks_*`), so the cell
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


def tm(minutes: int) -> dt.time:
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


def setd(ws, ref: str, v, fmt: str | None = None) -> None:
    ws[ref] = v
    if fmt:
        ws[ref].number_format = fmt
    elif isinstance(v, dt.datetime):
        ws[ref].number_format = "yyyy-mm-dd"
    elif isinstance(v, dt.time):
        ws[ref].number_format = "hh:mm"


def offsets(rng: random.Random, n: int, lo: int, hi: int, avoid: set[int]) -> list[int]:
    out = []
    while len(out) < n:
        o = rng.randint(lo, hi)
        if o not in avoid:
            out.append(o)
    return sorted(out)


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


MONTHS = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]


# ------------------------------------------------------------------ observatory_time
def observatory() -> None:
    rng = random.Random(1301)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sessions"
    ws["A1"] = "Hollowmere Observatory - telescope time log (0.6 m reflector)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Night of = evening the night began. Seeing in arcsec (lower is better). Cloud % at start."
    cols = ["Obs ID", "Observer", "Instrument", "Target", "Night of", "Start (UT)", "End (UT)",
            "Hrs req.", "Hrs used", 'Seeing (")', "Cloud %", "Status", "Report due", "Report in"]
    header(ws, 4, 2, cols)                                    # header at B4, table B4:O42
    ws["Q4"] = "Seeing limit (arcsec)"
    ws["R4"] = 2.5
    ws["Q5"] = "Max cloud for imaging"
    ws["R5"] = 0.4
    ws["R5"].number_format = "0%"
    observers = ["Dr. Amara Osei", "P. Lindqvist", "Sanjay Rao", "Marta Kowal", "Tom Reyes",
                 "Yuki Abe", "Club night (public)", "Dr. Hugh Fenn", "Ines Costa", "R. Mbeki"]
    instruments = ["CCD imager", "CCD imager", "Spectrograph", "Photometer", "Wide-field cam"]
    targets = ["M31", "M42", "NGC 891", "NGC 7331", "Vega", "HD 209458", "SN 2026fq",
               "SN 2026hk", "Jupiter", "Saturn", "Comet C/2026 K1", "Algol", "M1", "Moon"]
    offs = offsets(rng, 38, -62, 18, {0, -7, -14, -21, -30, 7, 14, -28, -29, -31, -60, -61})
    for i, off in enumerate(offs):
        r = 5 + i
        req = rng.choice([1, 1.5, 2, 2, 2.5, 3, 4])
        start = rng.choice(range(17 * 60 + 30, 19 * 60 + 31, 15))
        end = start + int(req * 60)
        if off > 0:
            status = "Booked"
        else:
            status = rng.choice(["Done"] * 13 + ["Partial"] * 3 + ["Clouded out"] * 4)
        used = seeing = cloud = due = rin = None
        if status == "Done":
            used = max(0.5, req + rng.choice([-0.5, 0, 0, 0, 0, 0.5, 1]))
        elif status == "Partial":
            used = max(0.5, round(req * rng.choice([0.25, 0.5]) * 2) / 2)
        elif status == "Clouded out":
            used = 0
            cloud = rng.choice([0.85, 0.9, 0.95, 1.0])
        if status in ("Done", "Partial"):
            seeing = rng.choice([0.9, 1.2, 1.4, 1.7, 1.9, 2.1, 2.3, 2.8, 3.1, 3.6, 4.2])
            cloud = rng.choice([0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.35, 0.45, 0.55])
            due = off + 21
            if rng.random() < 0.85:
                x = off + rng.choice([2, 5, 9, 13, 17, 26, 33])
                if x < 0:
                    rin = x
        put(ws, r, 2, [f"HO-{301 + i}", rng.choice(observers), rng.choice(instruments),
                       rng.choice(targets), day(off), tm(start), tm(end), req, used, seeing, cloud,
                       status, day(due) if due is not None else None,
                       day(rin) if rin is not None else None], {10: "0%"})

    pr = wb.create_sheet("Proposals")
    pr["A1"] = "Time allocation committee - semester 2026B"
    pr["A1"].font = BOLD
    header(pr, 3, 1, ["Prop.", "PI", "Dept", "Submitted", "Grade", "Hrs alloc", "Hrs used",
                      "Expires", "Student?"])
    depts = ["Physics", "Physics", "Astro club", "Earth Sci", "Maths", "Outreach"]
    for i in range(18):
        r = 4 + i
        sub = date(2026, rng.choice([5, 6, 6, 7]), rng.randint(1, 28))
        alloc = rng.choice([6, 8, 10, 12, 16, 20, 24])
        used = round(alloc * rng.choice([0.2, 0.45, 0.7, 0.9, 1.0, 1.15, 1.3]) * 2) / 2
        exp = rng.choice([date(2027, 1, 31)] * 4 + [date(2026, 12, 20), date(2026, 12, 31),
                                                   date(2027, 3, 31), date(2026, 11, 15)])
        put(pr, r, 1, [f"26B-{i + 1:02d}", rng.choice(observers[:6] + observers[7:]), rng.choice(depts),
                       sub, rng.choice(["A", "A", "B", "B", "C"]), alloc, used, exp,
                       rng.choice(["Y", "N", "N"])])

    mo = wb.create_sheet("On-sky hrs")
    mo["A1"] = "Hours on sky per observer per month"
    mo["A1"].font = BOLD
    header(mo, 2, 1, ["Observer"] + MONTHS + ["Quota / mo"])
    for i, p in enumerate(observers):
        quota = rng.choice([6, 8, 10, 12])
        vals = [round(quota * rng.choice([0.3, 0.6, 0.8, 0.95, 1.1, 1.4, 1.7]) * 2) / 2 for _ in MONTHS]
        put(mo, 3 + i, 1, [p] + vals + [quota])
    quirks_observatory(ws, pr, mo)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 8, 19, 14, 16, 11, 10, 9, 8, 9, 9, 8, 11, 11, 11, 3, 22, 6])
    wb.save(HERE / "observatory_time.xlsx")


def quirks_observatory(ws, pr, mo) -> None:
    ws["B31"] = "HO-316"                         # duplicate Obs ID (row 20)
    ws["C12"] = "tom reyes"                      # odd case (same observer as Tom Reyes)
    ws["C27"] = "Yuki Abe "                      # trailing space
    ws["C35"] = None                             # observer not entered
    ws["F18"] = "29/10/2026"                     # night typed as text (a Thursday)
    setd(ws, "N18", date(2026, 11, 19))
    ws["I25"] = "2.5"                            # hours requested stored as text
    ws["J24"] = "3"                              # hours used stored as text
    setd(ws, "O11", date(2026, 11, 9))           # report handed in late
    pr["G9"] = "11"                              # stored as text
    pr["C15"] = None                             # no dept
    pr["B20"] = "marta kowal"
    mo["D6"] = None                              # blanks (no time given)
    mo["F9"] = None
    mo["E11"] = "7.5"                            # stored as text


# ------------------------------------------------------------------ piano_tuning
def piano() -> None:
    rng = random.Random(1302)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Kessler & Daughter - piano tuning & repair, job book"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "A4 = pitch measured on arrival (concert pitch 440 Hz). Miles one way from the shop."
    cols = ["Job no", "Client", "Town", "Type", "Make", "Yr built", "Last tuned", "Visit", "Time",
            "A4 (Hz)", "Fee ($)", "Miles", "Paid on", "Tuner"]
    header(ws, 3, 1, cols)                                    # header A3, table A3:N45
    ws["P3"] = "Std fee ($)"
    ws["Q3"] = 110
    ws["P4"] = "Free travel (mi)"
    ws["Q4"] = 12
    clients = ["St Brigid's School", "Mrs E. Hollis", "The Grange Hotel", "J. Okafor", "Music Society",
               "L. Varga", "Riverside Chapel", "Dr P. Nair", "Mr & Mrs Dunne", "Parkview Care Home",
               "A. Castellano", "Town Hall", "K. Whitlow", "Blue Note Bar", "S. Ahmed", "F. Brennan"]
    towns = ["Ashby", "Ashby", "Corran", "Elmstead", "Hollin", "Corran", "Wexley", "Marrow Bay"]
    makes = ["Yamaha", "Kawai", "Steinway", "Bechstein", "Broadwood", "Chappell", "Kemble", "Bluthner"]
    types = ["Upright"] * 5 + ["Grand", "Baby grand", "Spinet"]
    base_fee = {"Upright": 110, "Grand": 145, "Baby grand": 130, "Spinet": 95}
    offs = offsets(rng, 42, -48, 12, {0, -7, -14, -30, 7, -1, 1, -31, -29, -21})
    for i, off in enumerate(offs):
        r = 4 + i
        typ = rng.choice(types)
        last = off - rng.choice([150, 240, 330, 380, 420, 560, 700, 900, 1300])
        hz = round(rng.choice([432.5, 434.2, 435.8, 437.1, 438.4, 439.0, 439.6, 440.3, 441.2]), 1) \
            if off < 0 else None
        extra = rng.choice([0, 0, 0, 0, 45, 80, 160])
        miles = rng.choice([2, 4, 6, 9, 11, 14, 17, 22, 28, 35])
        paid = None
        if off < 0 and rng.random() < 0.8:
            p = off + rng.choice([0, 0, 0, 2, 6, 13, 24, 33])
            if p < 0:
                paid = p
        put(ws, r, 1, [f"K{2611 + i}", rng.choice(clients), rng.choice(towns), typ, rng.choice(makes),
                       rng.choice(range(1895, 2020, 3)), day(last), day(off),
                       tm(rng.choice(range(8 * 60 + 30, 16 * 60 + 31, 30))), hz, base_fee[typ] + extra,
                       miles, day(paid) if paid is not None else None,
                       rng.choice(["Ada", "Ben", "Klara", "Ada", "Ben"])], {9: "0.0"})

    ck = wb.create_sheet("Checks")
    ck["A1"] = "Room humidity, % RH (aim 40-55%)"
    ck["A1"].font = BOLD
    ck["H1"] = "Pitch drift since tuning (cents, - = flat)"
    ck["H1"].font = BOLD
    header(ck, 2, 1, ["Client", "Jan", "Apr", "Jul", "Oct"])
    header(ck, 2, 8, ["Client", "Q1", "Q2", "Q3", "Q4"])
    for i, c in enumerate(clients[:12]):
        rh = [rng.choice([0.28, 0.33, 0.37, 0.42, 0.46, 0.5, 0.53, 0.58, 0.63, 0.71]) for _ in range(4)]
        put(ck, 3 + i, 1, [c] + rh, {k: "0%" for k in range(1, 5)})
        drift = [rng.choice([-22, -15, -9, -6, -3, -1, 2, 4, 7]) for _ in range(4)]
        put(ck, 3 + i, 8, [c] + drift)

    wk = wb.create_sheet("Week")
    header(wk, 1, 1, ["Tuner", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Max hrs"])
    for i, p in enumerate(["Ada", "Ben", "Klara", "Otto (p/t)", "Rosa (p/t)", "Dev (trainee)"]):
        mx = 40 if i < 3 else 24
        vals = [rng.choice([0, 3, 4.5, 6, 7, 7.5, 8.5, 9.5]) for _ in range(6)]
        put(wk, 2 + i, 1, [p] + vals + [mx])
    quirks_piano(ws, ck, wk)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [8, 19, 11, 11, 11, 8, 11, 11, 7, 8, 8, 6, 11, 7, 3, 16, 6])
    wb.save(HERE / "piano_tuning.xlsx")


def quirks_piano(ws, ck, wk) -> None:
    ws["A30"] = "K2622"                          # duplicate job number (row 14)
    ws["B20"] = "mrs e. hollis"                  # odd case
    ws["B37"] = "Blue Note Bar "                 # trailing space
    ws["F9"] = "c.1910"                          # year as text
    ws["F26"] = "1978"                           # year stored as text
    ws["G11"] = None                             # new clients, never tuned here
    ws["G33"] = None
    ws["H16"] = "30/10/2026"                     # visit typed as text
    ws["K23"] = "140"                            # fee stored as text
    ws["L27"] = "9"                              # miles stored as text
    ws["N40"] = None                             # tuner not assigned yet
    ws["D35"] = "grand"                          # odd case
    ck["C7"] = None                              # reading missing
    ck["E11"] = None
    ck["K9"] = None
    wk["D2"] = 4.5
    wk["D6"] = None                              # not on the rota
    wk["G7"] = None


# ------------------------------------------------------------------ rail_freight
def rail() -> None:
    rng = random.Random(1303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Trains"
    ws["A1"] = "Northern Aggregates Rail - train performance, Nov 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "times 24h; Gross t = trailing load; RT = right time"
    cols = ["Train", "Date", "Flow", "Origin", "Dest.", "Sched dep", "Act dep", "Sched arr",
            "Act arr", "Wagons", "Gross t", "Max t", "Loco", "Driver", "Remarks"]
    header(ws, 4, 1, cols)                                    # header A4, table A4:O48
    ws["Q4"] = "Max wagons (loop length)"
    ws["R4"] = 28
    ws["Q5"] = "Late after (min)"
    ws["R5"] = 10
    flows = [("6M21", "Peak Quarry", "Leeds Hunslet", 2400, 5 * 60 + 10, 190),
             ("6E44", "Peak Quarry", "Selby Yard", 2000, 7 * 60 + 40, 230),
             ("7F02", "Dunmore Sidings", "Crewe Basford", 1600, 9 * 60 + 25, 150),
             ("6Z90", "Dunmore Sidings", "Leeds Hunslet", 1800, 11 * 60 + 5, 265),
             ("6M88", "Hopton Wharf", "Crewe Basford", 2200, 13 * 60 + 35, 205)]
    drivers = ["K. Mills", "A. Rahman", "J. Steele", "P. Quinn", "S. Olawale", "D. Ferris"]
    locos = ["66 101", "66 148", "66 512", "70 804", "60 021"]
    rows = []
    dd = dt.date(2026, 11, 2)
    while dd < BUILT:
        wd = dd.weekday()
        todays = flows[:4] if wd < 5 else ([flows[0]] if wd == 5 else [])
        for f in todays:
            if wd < 5 and rng.random() < 0.55:
                continue
            rows.append((dd, f))
        dd += dt.timedelta(days=1)
    rows = rows[:44]
    for i, (dd, (train, org, dst, maxt, dep, run)) in enumerate(rows):
        r = 5 + i
        dep_d = rng.choice([-5, 0, 0, 0, 3, 6, 14, 27, 42])
        arr_d = dep_d + rng.choice([-12, -6, 0, 0, 4, 9, 18, 35])
        wag = rng.choice([18, 20, 22, 24, 26, 27, 29, 31])
        gross = round(maxt * rng.choice([0.8, 0.86, 0.92, 0.97, 1.04, 1.09]), -1)
        remark = rng.choice([None] * 6 + ["RT", "TSR Selby", "late crew", "loco swap"])
        if arr_d <= 0 and dep_d <= 0 and remark is None:
            remark = "RT"
        put(ws, r, 1, [train, dt.datetime.combine(dd, dt.time()), train[:2] + " aggregates",
                       org, dst, tm(dep), tm(dep + dep_d), tm(dep + run), tm(dep + run + arr_d),
                       wag, gross, maxt, rng.choice(locos), rng.choice(drivers), remark])

    wg = wb.create_sheet("Wagons")
    header(wg, 1, 1, ["Wagon", "Type", "Built", "Tare (t)", "Capacity (t)", "Last exam", "Exam due",
                      "Km since exam", "Depot", "Status"])
    for i in range(30):
        r = 2 + i
        typ = rng.choice(["HYA hopper", "HYA hopper", "JNA box", "MBA box", "JGA hopper"])
        last = rng.choice(range(-420, -10))
        while last in (-365, -364, -366, -30):
            last -= 3
        period = 365 if typ != "MBA box" else 180
        due = last + period
        if due in (0, 1, -1, 30, 31, 29, 60, 59, 61):
            due += 4
        put(wg, r, 1, [f"{rng.choice(['370', '600', '500'])}{rng.randint(100, 999)}", typ,
                       rng.choice(range(1978, 2021)), rng.choice([22.5, 25.0, 26.4, 31.2]),
                       rng.choice([64, 75, 77, 90]), day(last), day(due),
                       rng.choice(range(2000, 98000, 1000)), rng.choice(["Peak", "Dunmore", "Hopton"]),
                       rng.choice(["In traffic"] * 5 + ["Stopped", "Awaiting parts"])])

    tn = wb.create_sheet("Tonnage")
    tn["A1"] = "Tonnes moved per customer"
    tn["A1"].font = BOLD
    header(tn, 2, 1, ["Customer"] + MONTHS + ["Budget / mo"])
    custs = ["Hanson Peak", "Breedon North", "Tarmac Selby", "Aggregate Ind.", "Cemex Crewe",
             "Hopton Lime", "Leeds Ready-Mix", "Dunmore Stone", "Yorks Precast", "Brett Aggs"]
    for i, c in enumerate(custs):
        bud = rng.choice([8000, 12000, 15000, 22000, 30000])
        v = bud * rng.choice([0.7, 0.9, 1.0, 1.1])
        vals = []
        for _ in MONTHS:
            v = v * rng.choice([0.72, 0.88, 0.97, 1.04, 1.12, 1.3])
            vals.append(int(round(v, -2)))
        put(tn, 3 + i, 1, [c] + vals + [bud], {k: "#,##0" for k in range(1, 8)})
    tn["A15"] = "Trains run per customer"
    tn["A15"].font = BOLD
    header(tn, 16, 1, ["Customer"] + MONTHS + ["Planned / mo"])
    for i, c in enumerate(custs):
        plan = rng.choice([4, 6, 8, 10, 12])
        vals = [max(0, plan + rng.choice([-4, -2, -1, 0, 0, 1, 2, 3])) for _ in MONTHS]
        put(tn, 17 + i, 1, [c] + vals + [plan])
    quirks_rail(ws, wg, tn)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [7, 11, 13, 16, 15, 9, 8, 9, 8, 7, 8, 7, 8, 11, 11, 3, 23, 5])
    wb.save(HERE / "rail_freight.xlsx")


def quirks_rail(ws, wg, tn) -> None:
    ws["B22"] = "13/11/2026"                     # date typed as text
    ws["K17"] = "1870"                           # gross stored as text
    ws["J34"] = "26"                             # wagons stored as text
    ws["N29"] = "j. steele"                      # odd case
    ws["N41"] = "P. Quinn "                      # trailing space
    for c in "ABCDEFGHIJKLMO":                   # one train typed in twice (rows 40, 41)
        ws[f"{c}40"] = ws[f"{c}41"].value
    ws["N40"] = "P. Quinn"
    ws["O12"] = "Cancelled - no path"            # cancelled: no times, no load
    for c in "GIJK":
        ws[f"{c}12"] = None
    ws["I38"] = None                             # arrival not recorded
    ws["M25"] = None                             # loco not recorded
    wg["A19"] = wg["A7"].value                   # duplicate wagon number
    wg["J11"] = "stopped"                        # odd case
    wg["C24"] = "1985"                           # built stored as text
    wg["I15"] = None                             # depot unknown
    tn["E7"] = None                              # figures missing
    tn["C11"] = None
    tn["F21"] = "9"                              # trains stored as text


# ------------------------------------------------------------------ snow_clearing
def snow() -> None:
    rng = random.Random(1304)
    wb = Workbook()
    ws = wb.active
    ws.title = "Callouts"
    ws["A1"] = "Ridgeway Grounds - winter gritting & snow clearing 2026/27"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Called = time the client phoned. Salt in kg, area in m2. Charge in GBP ex VAT."
    cols = ["Ref", "Date", "Site", "Client", "Called", "Arrived", "Cleared", "Salt (kg)",
            "Area (m2)", "Plough?", "Crew", "Charge", "Invoiced"]
    header(ws, 4, 2, cols)                                    # header B4, table B4:N44
    ws["P4"] = "Max salt (g/m2)"
    ws["Q4"] = 40
    ws["P5"] = "Min charge"
    ws["Q5"] = 95
    sites = [("Elm Retail Park", "Elm Estates"), ("Ridgeway Surgery", "NHS Ridgeway"),
             ("St Olave's Primary", "County Council"), ("Depot 4 yard", "Hallam Haulage"),
             ("Ridgeway Surgery", "NHS Ridgeway"), ("Kingsmead flats", "Kingsmead HA"),
             ("Bellfield Care", "Bellfield Care Ltd"), ("Station car park", "Northline Rail"),
             ("County Hall", "County Council"), ("Quarry Lane units", "Hallam Haulage"),
             ("Mill St offices", "Elm Estates"), ("Beacon Leisure", "County Council")]
    crews = ["Red (Ali, Jo)", "Blue (Sam, Mo)", "Green (Kit)", "Red (Ali, Jo)", "Night (Des)"]
    offs = offsets(rng, 40, -24, -1, {-7, -14})
    for i, off in enumerate(offs):
        r = 5 + i
        site, client = rng.choice(sites)
        called = rng.choice(range(3 * 60 + 30, 17 * 60, 5))
        arr = called + rng.choice([25, 40, 55, 70, 95, 130, 165])
        done = arr + rng.choice([35, 50, 75, 110, 160, 230])
        area = rng.choice([450, 800, 1200, 1850, 2600, 3400, 5200])
        salt = round(area * rng.choice([0.018, 0.025, 0.031, 0.036, 0.044, 0.052]))
        plough = rng.choice(["No", "No", "No", "Yes"])
        charge = max(95, round(area * 0.06 + (120 if plough == "Yes" else 0), -1))
        inv = None
        if rng.random() < 0.7:
            x = off + rng.choice([1, 2, 4, 8])
            if x < 0:
                inv = x
        put(ws, r, 2, [f"RG-{7001 + i}", day(off), site, client, tm(called), tm(arr), tm(done),
                       salt, area, plough, rng.choice(crews), charge,
                       day(inv) if inv is not None else None], {11: "#,##0"})

    ct = wb.create_sheet("Contracts")
    header(ct, 1, 1, ["Client", "Sites", "Start", "End", "Visits incl.", "Visits used", "Rate/visit",
                      "Renewal sent", "Notes"])
    clients = ["Elm Estates", "NHS Ridgeway", "County Council", "Hallam Haulage", "Kingsmead HA",
               "Bellfield Care Ltd", "Northline Rail", "Ashdown School", "Marsh Farm Shop",
               "Greyfriars Church", "Pinewood Golf Club", "Tollgate Garage", "Riverside Vets",
               "Oakley Mews RMC"]
    for i, c in enumerate(clients):
        start = date(2026, rng.choice([9, 10, 10, 11]), rng.randint(1, 28))
        end = date(2027, rng.choice([3, 3, 4]), rng.choice([15, 31, 30])) if rng.random() < 0.8 \
            else date(2026, 12, rng.choice([10, 20, 31]))
        if end.month == 4 and end.day == 31:
            end = date(2027, 4, 30)
        if end.month == 3 and end.day == 30:
            end = date(2027, 3, 31)
        incl = rng.choice([10, 15, 20, 30, 40])
        used = round(incl * rng.choice([0.1, 0.3, 0.5, 0.8, 0.95, 1.1]))
        sent = day(rng.choice([-40, -18, -9])) if rng.random() < 0.4 else None
        put(ct, 2 + i, 1, [c, rng.randint(1, 6), start, end, incl, used,
                           rng.choice([85, 95, 110, 140, 180]), sent,
                           rng.choice([None, None, None, "gates locked after 6pm", "call first",
                                       "priority site", "Key at reception"])])

    dv = wb.create_sheet("Drivers")
    header(dv, 1, 1, ["Driver", "DOB", "Licence", "Lic. expiry", "Max hrs/wk"])
    header(dv, 1, 8, ["Driver", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    people = ["Ali Hassan", "Jo Pryce", "Sam Cole", "Mo Dufresne", "Kit Wren", "Des Malone",
              "Ruth Ng", "Lewis Bart", "Ola Brandt", "Finn Doyle", "Priya Lal", "Gus Ortega"]
    for i, p in enumerate(people):
        dob = date(rng.choice(range(1958, 2006)), rng.randint(1, 12), rng.randint(1, 28))
        lic = rng.choice(range(-30, 800))
        while lic in (0, 1, -1, 90, 89, 91, 30, 31, 29):
            lic += 5
        put(dv, 2 + i, 1, [p, dob, rng.choice(["C1", "C", "B", "C1", "B+E"]), day(lic),
                           rng.choice([48, 48, 40, 56])])
        hrs = [rng.choice([0, 0, 4, 6.5, 8, 9.5, 11, 12.5]) for _ in range(7)]
        put(dv, 2 + i, 8, [p] + hrs)
    quirks_snow(ws, ct, dv)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 9, 11, 18, 18, 8, 8, 8, 9, 9, 8, 15, 8, 11, 3, 16, 5])
    wb.save(HERE / "snow_clearing.xlsx")


def quirks_snow(ws, ct, dv) -> None:
    ws["B40"] = "RG-7012"                        # duplicate ref (row 16)
    ws["C27"] = "20/11/2026"                     # date typed as text
    ws["I19"] = "95"                             # salt stored as text
    ws["K33"] = "yes"                            # odd case
    ws["E30"] = "county council"                 # odd case client
    ws["D35"] = "Kingsmead flats "               # trailing space (one-off site)
    ws["L11"] = None                             # crew not written down
    ws["L36"] = None
    ws["J29"] = None                             # area not measured
    ct["H6"] = None
    ct["I12"] = "PRIORITY - hospital route"
    ct["F9"] = "12"                              # stored as text
    dv["B8"] = "14/03/1990"                      # DOB typed as text
    setd(dv, "B6", date(2003, 8, 14))            # two young drivers
    setd(dv, "B3", date(2002, 2, 11))
    setd(dv, "D10", day(-9))                     # licence lapsed
    dv["K5"] = None                              # no hours recorded
    dv["N10"] = None


# ------------------------------------------------------------------ tea_importer
def tea() -> None:
    rng = random.Random(1305)
    wb = Workbook()
    ws = wb.active
    ws.title = "Lots"
    ws["A1"] = "Lantern Leaf Tea Co. - lots in the warehouse"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Cost = landed cost per kg; Price = list price per kg (wholesale). Score = cupping /100."
    cols = ["Lot", "Tea", "Estate", "Origin", "Grade", "Flush", "Arrived", "Best before", "Kg in",
            "Kg left", "Cost/kg", "Price/kg", "Moist. %", "Score"]
    header(ws, 4, 1, cols)                                    # header A4, table A4:N44
    ws["P4"] = "Min margin"
    ws["Q4"] = 0.35
    ws["Q4"].number_format = "0%"
    ws["P5"] = "Moisture limit"
    ws["Q5"] = 0.06
    ws["Q5"].number_format = "0.0%"
    teas = [("Darjeeling FTGFOP", "Castleton", "India", "FTGFOP1"),
            ("Darjeeling 2nd flush", "Giddapahar", "India", "FTGFOP1"),
            ("Assam TGFOP", "Halmari", "India", "TGFOP"),
            ("Assam CTC", "Mangalam", "India", "BOP"),
            ("Ceylon Uva", "Uva Highlands", "Sri Lanka", "BOP"),
            ("Ceylon Dimbula", "Kenmare", "Sri Lanka", "OP"),
            ("Sencha", "Kagoshima co-op", "Japan", "Ichibancha"),
            ("Gyokuro", "Yame co-op", "Japan", "Premium"),
            ("Dragon Well", "Shifeng", "China", "Grade 1"),
            ("Keemun", "Qimen", "China", "Hao Ya"),
            ("Kenya BP1", "Kangaita", "Kenya", "BP1"),
            ("Nilgiri frost", "Glendale", "India", "FOP"),
            ("Oolong Tieguanyin", "Anxi co-op", "China", "Grade 2")]
    flush = ["First", "Second", "Autumn", "Monsoon", "Spring", "-"]
    offs = offsets(rng, 40, -400, -3, {-30, -31, -29, -60, -90, -365, -7, -14})
    for i, off in enumerate(offs):
        r = 5 + i
        name, estate, origin, grade = rng.choice(teas)
        shelf = rng.choice([365, 540, 730])
        bb = off + shelf
        if bb in range(-2, 3) or bb in range(28, 33) or bb in range(88, 93):
            bb += 7
        kin = rng.choice([50, 100, 150, 200, 250, 400, 600])
        kleft = round(kin * rng.choice([0, 0.05, 0.12, 0.3, 0.55, 0.8, 1.0]))
        cost = rng.choice([6.8, 9.5, 12.4, 18.0, 24.5, 31.0, 46.0, 72.0])
        price = round(cost * rng.choice([1.22, 1.3, 1.45, 1.6, 1.85, 2.1]), 2)
        moist = rng.choice([0.031, 0.038, 0.042, 0.047, 0.052, 0.058, 0.064, 0.071])
        score = rng.choice([78, 81, 83, 84, 86, 87, 88, 90, 91, 93])
        put(ws, r, 1, [f"LL-{26104 + 7 * i}", name, estate, origin, grade,
                       rng.choice(flush), day(off), day(bb), kin, kleft, cost, price, moist, score],
            {10: "0.00", 11: "0.00", 12: "0.0%"})

    sl = wb.create_sheet("Sales")
    sl["A1"] = "Kg sold per month"
    sl["A1"].font = BOLD
    sl["J1"] = "Reorder levels"
    sl["J1"].font = BOLD
    header(sl, 2, 1, ["Tea"] + MONTHS + ["Nov LY"])
    header(sl, 2, 10, ["Tea", "On hand (kg)", "Reorder at (kg)", "On order?"])
    names = [t[0] for t in teas[:12]]
    for i, n in enumerate(names):
        v = rng.choice([12, 25, 40, 60, 90, 140])
        vals = []
        for _ in MONTHS:
            v = max(1, round(v * rng.choice([0.7, 0.85, 0.95, 1.05, 1.2, 1.45])))
            vals.append(v)
        ly = round(vals[-1] * rng.choice([0.6, 0.8, 0.95, 1.1, 1.3]))
        put(sl, 3 + i, 1, [n] + vals + [ly])
        reorder = rng.choice([20, 40, 60, 100])
        put(sl, 3 + i, 10, [n, round(reorder * rng.choice([0.4, 0.7, 1.2, 1.8, 3.0])), reorder,
                            rng.choice(["Yes", "No", "No"])])

    sm = wb.create_sheet("Samples")
    header(sm, 1, 1, ["Sent", "Cafe", "City", "Teas", "Follow up", "Ordered?", "Order (kg)"])
    cafes = ["Bean & Leaf", "The Copper Kettle", "Mossgiel Deli", "Petal Tearoom", "Foundry Coffee",
             "Little Owl", "Harbour Bakehouse", "Sable & Co", "Greenhouse Cafe", "Tanner's Yard"]
    city = {"Bean & Leaf": "York", "The Copper Kettle": "Leeds", "Mossgiel Deli": "Harrogate",
            "Petal Tearoom": "Hull", "Foundry Coffee": "Leeds", "Little Owl": "Harrogate",
            "Harbour Bakehouse": "Hull", "Sable & Co": "Leeds", "Greenhouse Cafe": "York",
            "Tanner's Yard": "Leeds"}
    soffs = offsets(rng, 24, -70, -2, {-14, -7, -21, -28, -30})
    for i, off in enumerate(soffs):
        fu = off + rng.choice([6, 9, 14]) if rng.random() < 0.75 else None
        cafe = rng.choice(cafes)
        ordered = rng.choice(["Yes", "No", "No", None]) if fu is not None and fu < 0 else None
        kg = rng.choice([5, 10, 20, 25]) if ordered == "Yes" else None
        put(sm, 2 + i, 1, [day(off), cafe, city[cafe],
                           rng.randint(2, 6), day(fu) if fu is not None else None, ordered, kg])
    quirks_tea(ws, sl, sm)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 20, 16, 10, 11, 8, 11, 11, 7, 7, 8, 8, 8, 6, 3, 14, 6])
    wb.save(HERE / "tea_importer.xlsx")


def quirks_tea(ws, sl, sm) -> None:
    ws["A27"] = ws["A12"].value                  # duplicate lot number
    ws["B37"] = "assam CTC"                      # odd case
    ws["C44"] = "Anxi co-op "                    # trailing space (one-off estate)
    ws["E22"] = None                             # grade missing
    ws["F40"] = None                             # flush missing
    ws["G15"] = "17/03/2026"                     # arrival typed as text
    ws["J25"] = "40"                             # kg left stored as text
    ws["L30"] = "9.86"                           # price stored as text
    setd(ws, "H26", day(19))                     # short best-before
    ws["M37"] = None                             # moisture not tested
    ws["N20"] = None                             # not cupped
    sl["E6"] = None                              # sales missing
    sl["G13"] = None
    sl["C9"] = "33"                              # stored as text
    sm["B17"] = "little owl"                     # odd case (same cafe as row 10)
    sm["C17"] = "Harrogate"
    sm["F14"] = "Yes"
    sm["G14"] = 10
    sm["F19"] = "Yes"
    sm["G19"] = 5
    setd(sm, "E20", day(0))                      # follow-up due today


# ------------------------------------------------------------------ wool_mill
def wool() -> None:
    rng = random.Random(1306)
    wb = Workbook()
    ws = wb.active
    ws.title = "Dye lots"
    ws["A1"] = "Fellside Woollen Mill - dye house record"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Delta E = colour difference from the master shade (1.0 or less passes)"
    cols = ["Lot #", "Yarn", "Shade", "Dyed", "Batch (kg)", "Yield (kg)", "Delta E", "Shrink %",
            "Operator", "Order ref", "Ship by", "Shipped", "QC"]
    header(ws, 3, 2, cols)                                    # header B3, table B3:N43
    ws["P3"] = "Max shrinkage"
    ws["Q3"] = 0.05
    ws["Q3"].number_format = "0.0%"
    ws["P4"] = "Min yield"
    ws["Q4"] = 0.92
    ws["Q4"].number_format = "0%"
    yarns = ["Aran 10ply", "DK 8ply", "4ply sock", "Chunky", "Lace 2ply", "DK 8ply"]
    shades = ["Heather", "Moss", "Slate", "Damson", "Ochre", "Natural", "Loch Blue", "Rust",
              "Charcoal", "Bracken"]
    ops = ["Gwen", "Iain", "Morag", "Pete", "Sunita"]
    offs = offsets(rng, 40, -75, -1, {-7, -14, -30, -28, -21})
    for i, off in enumerate(offs):
        r = 4 + i
        batch = rng.choice([25, 40, 50, 60, 80, 100])
        yld = round(batch * rng.choice([0.86, 0.89, 0.91, 0.93, 0.95, 0.97, 0.99]), 1)
        de = rng.choice([0.3, 0.45, 0.6, 0.75, 0.8, 0.9, 1.2, 1.45, 1.8, 2.6])
        sh = rng.choice([0.012, 0.021, 0.028, 0.034, 0.041, 0.047, 0.056, 0.063, 0.078])
        ship_by = off + rng.choice([10, 14, 21, 28, 35])
        if ship_by in (0, 1, -1, 7, 8, 6, 14, 13, 15):
            ship_by += 2
        shipped = None
        if ship_by < 20 and rng.random() < 0.7:
            x = ship_by + rng.choice([-6, -3, -1, 0, 2, 5])
            if x < 0:
                shipped = x
        qc = "Pass" if de <= 1.0 and sh <= 0.05 else rng.choice(["Fail", "Re-dye", "Pass (seconds)"])
        put(ws, r, 2, [f"DL-{4400 + i}", rng.choice(yarns), rng.choice(shades), day(off), batch, yld,
                       de, sh, rng.choice(ops), f"ORD-{rng.randint(1100, 1250)}", day(ship_by),
                       day(shipped) if shipped is not None else None, qc],
            {5: "0.0", 6: "0.00", 7: "0.0%"})

    fl = wb.create_sheet("Fleeces")
    fl["A1"] = "Fleece intake - autumn clip"
    fl["A1"].font = BOLD
    header(fl, 2, 1, ["Tag", "Farm", "Breed", "Recvd", "Greasy kg", "Clean kg", "Micron",
                      "Staple (mm)", "$/kg", "Grade"])
    farms = ["Low Birk Farm", "Hawes Fell", "Kirkby Moor", "Dent Head", "Garsdale Hall", "Sedbusk"]
    breeds = [("Herdwick", 34), ("Swaledale", 36), ("Blue-faced Leicester", 24), ("Jacob", 30),
              ("Wensleydale", 33), ("Shetland", 26), ("Zwartbles", 31)]
    foffs = offsets(rng, 30, -95, -5, {-30, -60, -61, -59, -31, -29})
    for i, off in enumerate(foffs):
        breed, mic = rng.choice(breeds)
        greasy = rng.choice([1.6, 2.1, 2.4, 2.9, 3.3, 3.8, 4.5])
        clean = round(greasy * rng.choice([0.55, 0.62, 0.68, 0.74, 0.81]), 2)
        micron = round(mic + rng.choice([-2.4, -1.1, 0, 0.8, 1.7]), 1)
        staple = rng.choice([65, 80, 95, 110, 130, 160, 190])
        price = rng.choice([0.4, 0.85, 1.2, 2.6, 3.4, 5.5])
        put(fl, 3 + i, 1, [f"F{26 * 100 + rng.randint(1, 99):04d}", rng.choice(farms), breed, day(off),
                           greasy, clean, micron, staple, price, rng.choice(["A", "A", "B", "C"])],
            {8: "0.00"})

    sp = wb.create_sheet("Spinning")
    header(sp, 1, 1, ["Frame", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Target/day"])
    for i in range(10):
        tgt = rng.choice([40, 60, 60, 80])
        vals = [round(tgt * rng.choice([0.55, 0.8, 0.95, 1.02, 1.1, 1.25])) for _ in range(6)]
        put(sp, 2 + i, 1, [f"Frame {i + 1:02d}"] + vals + [tgt])
    quirks_wool(ws, fl, sp)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [3, 8, 12, 10, 11, 9, 9, 8, 9, 9, 10, 11, 11, 14, 3, 14, 6])
    wb.save(HERE / "wool_mill.xlsx")


def quirks_wool(ws, fl, sp) -> None:
    ws["B25"] = "DL-4407"                        # duplicate lot number (row 11)
    ws["J16"] = "morag"                          # odd case
    ws["J33"] = None                             # operator missing
    ws["D29"] = "Loch Blue "                     # trailing space
    ws["E21"] = "27/10/2026"                     # dyed typed as text
    ws["G18"] = "22.4"                           # yield stored as text
    ws["H36"] = None                             # not measured yet
    ws["I12"] = None
    ws["N30"] = "pass"                           # odd case
    fl["B14"] = None                             # farm not recorded
    fl["F22"] = "1.9"                            # stored as text
    fl["C27"] = "jacob"                          # odd case
    sp["D5"] = None                              # frame down
    sp["G9"] = None
    sp["F11"] = None


if __name__ == "__main__":
    for f in (observatory, piano, rail, snow, tea, wool):
        f()
    print("built 6 workbooks in", HERE)
