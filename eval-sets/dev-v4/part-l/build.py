"""Build the six workbooks of dev-v4 part L (openpyxl only, fixed seeds).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day), durations are
real durations ([h]:mm). Run:  python build.py
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


def tm(minutes: int) -> dt.time:
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


def pct(ws, ref: str) -> None:
    for row in ws[ref]:
        for c in row:
            c.number_format = "0%"


def widths(ws, spec: dict[str, float]) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def pick(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


# ------------------------------------------------------------------ airport_lounge
def lounge() -> None:
    rng = random.Random(701)
    wb = Workbook()
    ws = wb.active
    ws.title = "Visits"
    ws["A1"] = "SkyHarbour Lounge T2 - access log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "export wk 48 (21-30 Nov 2026) incl. pre-bookings"
    ws["A3"] = "Guests allowed per card:"
    ws["D3"] = 2
    ws["F3"] = "Max stay (hrs):"
    ws["H3"] = 3
    cols = ["Visit #", "Guest", "Tier", "Airline", "Flight", "Date", "Check-in", "Check-out",
            "Dep time", "+Guests", "Fee ($)", "F&B spend $", "Rating"]
    header(ws, 5, 1, cols)
    first = ["Amir", "Beth", "Carlos", "Dana", "Emeka", "Fatima", "Georg", "Hiro", "Ines",
             "Jakub", "Keira", "Luis", "Marta", "Nils", "Olga", "Priya", "Rafael", "Sofia",
             "Tomasz", "Uma", "Viktor", "Wen", "Yusuf", "Zara"]
    last = ["Abbott", "Brandt", "Cruz", "Dalton", "Eriksen", "Fong", "Gallo", "Horvat",
            "Ibsen", "Jansen", "Kader", "Lam", "Moss", "Nagy", "Ortiz", "Pike", "Quist"]
    airlines = ["BA", "LH", "AF", "KL", "EK", "IB", "SK", "AY"]
    base_fee = {"Platinum": 0, "Gold": 0, "Silver": 25, "Day Pass": 49}
    n = 52
    for i in range(n):
        r = 6 + i
        future = rng.random() < 0.12
        off = rng.randint(1, 6) if future else rng.randint(-10, -1)
        tier = rng.choice(["Gold", "Gold", "Platinum", "Silver", "Silver", "Day Pass"])
        al = rng.choice(airlines)
        cin = rng.randrange(4 * 60 + 35, 21 * 60, 5)
        dep = cin + rng.choice([35, 50, 75, 95, 120, 150, 185, 220, 265])
        if dep > 23 * 60 + 40:
            dep = cin + 50
        out = dep - rng.choice([15, 25, 35, 45, 60])
        if out < cin + 20:
            out = cin + 20
        if rng.random() < 0.07:
            out = dep + rng.choice([10, 25, 40])
        guests = rng.choice([0, 0, 0, 1, 1, 2, 3])
        fee = 0 if tier == "Platinum" else base_fee[tier] + 30 * guests
        spend = rng.choice([0, 0, 12.5, 18, 24.9, 36, 48.5, 62, 85, 120])
        rating = rng.choice([None, 2, 3, 4, 4, 5, 5, 1])
        c_in, c_out = tm(cin), tm(out)
        if future:
            c_in = c_out = spend = rating = None
        elif rng.random() < 0.08:
            c_out = None
        put(ws, r, 1, [f"V-{4101 + i}", f"{rng.choice(first)} {rng.choice(last)}", tier, al,
                       f"{al}{rng.randint(100, 2999)}", day(off), c_in, c_out, tm(dep), guests,
                       fee, spend, rating])
    ws["A40"] = "V-4117"                       # duplicate visit number (row 22)
    ws["C20"] = "gold"                         # lower case
    ws["C31"] = "Platinum "                    # trailing space
    ws["F48"] = "23/11/2026"                   # date typed as text
    ws["J33"] = "2"                            # guests stored as text
    ws["B47"] = None                           # blank guest
    ws["L25"] = -15                            # refund
    # side table: watch list
    header(ws, 5, 15, ["Watch list (card holder)", "Reason"])
    watch = [(ws["B11"].value, "chargeback"), ("Olga Nagy", "abusive"), (ws["B37"].value, "card shared"),
             ("Hiro Pike", "expired card"), (ws["B52"].value, "chargeback"), ("Dana Moss", "banned 2025")]
    for i, (nm, why) in enumerate(watch):
        put(ws, 6 + i, 15, [nm, why])
    widths(ws, {"A": 9, "B": 16, "C": 10, "D": 7, "E": 8, "F": 11, "G": 9, "H": 10, "I": 9,
                "J": 8, "K": 8, "L": 11, "M": 7, "N": 3, "O": 24, "P": 13})

    hs = wb.create_sheet("Hourly")
    hs["A1"] = "Seats occupied at top of hour (door sensor count)"
    hs["A1"].font = BOLD
    hs["A2"] = "Capacity"
    hs["B2"] = 140
    hours = ["06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00"]
    header(hs, 4, 1, ["Date", "Day"] + hours)
    shape = [38, 96, 82, 112, 92, 118, 126, 98, 44]
    for i in range(30):
        r = 5 + i
        dd = dt.date(2026, 11, 1) + dt.timedelta(days=i)
        wk = 0.8 if dd.weekday() >= 5 else 1.0
        vals = [round(s * wk * rng.choice([0.7, 0.82, 0.93, 1.0, 1.08, 1.17, 1.26])) for s in shape]
        put(hs, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a")] + vals)
    for ref in ("E11", "F11", "J26", "D30"):
        hs[ref] = None                         # sensor outage
    hs["H17"] = "88"                           # stored as text
    widths(hs, {"A": 11, "B": 6})
    wb.save(HERE / "airport_lounge.xlsx")


# ------------------------------------------------------------------ clinical_trial_visits
def trial() -> None:
    rng = random.Random(702)
    wb = Workbook()
    ws = wb.active
    ws.title = "Visit log"
    ws["A1"] = "CTX-204 Phase II - subject visit tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Protocol v3.1 | data cut 30-Nov-2026"
    ws["A3"] = "window = allowed days either side of the target date"
    cols = ["Subj ID", "Site", "Arm", "Visit", "Target Dt", "Window ±d", "Actual Dt", "Wt (kg)",
            "SBP", "DBP", "ALT (U/L)", "AST (U/L)", "Dose compl. %", "AE", "CRA"]
    header(ws, 5, 2, cols)                     # header at B5
    sites = [("Leeds", "HW"), ("Lyon", "CB"), ("Porto", "RM"), ("Graz", "HW"), ("Cork", "CB")]
    plan = [("Screening", 0, 7), ("V1", 14, 3), ("V2", 28, 3), ("V3", 56, 3), ("V4", 84, 3),
            ("EOS", 112, 5)]
    rows = []
    sid = 0
    while len(rows) < 54:
        sid += 1
        site, cra = sites[rng.randrange(5)]
        arm = rng.choice(["A", "B", "Placebo"])
        scr = rng.randint(-190, -20)
        wt0 = rng.choice([58.2, 64.5, 71.0, 77.8, 83.4, 90.1, 97.6, 104.3])
        for visit, off, win in plan:
            target = scr + off
            if target > 45 or len(rows) >= 54:
                break
            actual = None
            if target < -3 and rng.random() > 0.06:
                actual = target + rng.choice([-5, -2, -1, 0, 0, 0, 1, 2, 2, 4, 6, 9])
                if actual >= 0:
                    actual = -1
            vit = [None] * 8
            if actual is not None:
                vit = [round(wt0 + rng.choice([-3.1, -1.4, 0, 0.6, 1.8]), 1),
                       rng.choice([108, 116, 122, 128, 134, 141, 147, 156, 163]),
                       rng.choice([64, 70, 76, 81, 86, 92, 98]),
                       rng.choice([12, 18, 24, 31, 37, 46, 58, 77, 128]),
                       rng.choice([14, 19, 26, 29, 33, 41, 52, 66, 109]),
                       None if visit == "Screening" else rng.choice([0.55, 0.72, 0.84, 0.91, 0.96, 1.0, 1.04]),
                       rng.choice(["N", "N", "N", "N", "Y"]), cra]
            rows.append([f"204-{site[:2].upper()}-{sid:03d}", site, arm, visit, day(target), win,
                         None if actual is None else day(actual)] + vit)
    for i, vals in enumerate(rows):
        put(ws, 6 + i, 2, vals)
    pct(ws, "N6:N59")
    # quirks
    ws["H20"] = "13/11/2026"                   # actual date typed as text
    ws["I27"] = str(ws["I27"].value) if ws["I27"].value else "81.4"   # weight stored as text
    ws["C33"] = "Lyon "                        # trailing space
    ws["D12"] = "placebo"                      # lower case
    ws["O44"] = "y"                            # lower case flag
    # duplicate row: row 59 repeats row 40 (entered twice)
    for c in range(2, 17):
        ws.cell(row=59, column=c).value = ws.cell(row=40, column=c).value
        ws.cell(row=59, column=c).number_format = ws.cell(row=40, column=c).number_format
    # side table: reference limits
    header(ws, 5, 18, ["Ref limit", "Value"])
    put(ws, 6, 18, ["ALT ULN", 40])
    put(ws, 7, 18, ["AST ULN", 35])
    put(ws, 8, 18, ["SBP max", 150])
    widths(ws, {"A": 3, "B": 13, "C": 7, "D": 8, "E": 10, "F": 11, "G": 9, "H": 11, "I": 7,
                "O": 6, "R": 10})

    ss = wb.create_sheet("Sites")
    header(ss, 1, 1, ["Site", "Country", "PI", "Activated", "Target n", "Screened", "Randomised",
                      "Screen fails", "Last MV", "Next MV"])
    info = [("Leeds", "UK", "Dr Hale"), ("Lyon", "FR", "Pr Martin"), ("Porto", "PT", "Dr Sousa"),
            ("Graz", "AT", "Dr Huber"), ("Cork", "IE", "Dr Byrne"), ("Gent", "BE", "Dr Claes"),
            ("Turku", "FI", "Dr Laine"), ("Brno", "CZ", "Dr Novak"), ("Bilbao", "ES", "Dr Ibarra"),
            ("Malmo", "SE", "Dr Berg"), ("Bari", "IT", "Dr Greco"), ("Split", "HR", "Dr Kovac")]
    for i, (s, c, pi) in enumerate(info):
        r = 2 + i
        act = pick(rng, -560, -200, set())
        tgt = rng.choice([8, 10, 12, 15, 20])
        scr = rng.randint(3, 26)
        rnd = max(0, scr - rng.randint(1, 6))
        last = pick(rng, -80, -3, {-30, -60, -29, -31, -59, -61})
        nxt = last + rng.choice([42, 56, 70, 90])
        if nxt in (0, 7, 14, 30, -1, 1, 6, 8, 13, 15):
            nxt += 3
        put(ss, r, 1, [s, c, pi, day(act), tgt, scr, rnd, scr - rnd, day(last), day(nxt)])
    ss["J9"] = None                            # next MV not planned
    ss["F12"] = str(ss["F12"].value)           # text
    ss["A16"] = "Randomised per month (n)"
    ss["A16"].font = BOLD
    header(ss, 17, 1, ["Site", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"])
    for i, (s, _, _) in enumerate(info):
        vals = [rng.choice([0, 0, 1, 1, 2, 2, 3, 4, 5]) for _ in range(6)]
        put(ss, 18 + i, 1, [s] + vals)
    ss["C21"] = None
    ss["F25"] = None
    ss["E27"] = "1"                            # text
    widths(ss, {"A": 9, "D": 11, "I": 11, "J": 11})
    wb.save(HERE / "clinical_trial_visits.xlsx")


# ------------------------------------------------------------------ newsroom_deadlines
def newsroom() -> None:
    rng = random.Random(703)
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws["A1"] = "THE HARBOUR COURIER"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "story budget - wk 49   (times local; words = body copy only)"
    cols = ["Slug", "Desk", "Reporter", "Pub date", "Deadline", "Filed", "Words tgt", "Words",
            "+/-", "Edit time", "Status", "Pg", "Photo", "Legal"]
    header(ws, 4, 1, cols)                     # header A4
    desks = ["News", "News", "Business", "Sport", "Sport", "Culture", "Opinion", "World"]
    reporters = ["K. Osei", "M. Farrell", "J. Lindgren", "P. Das", "R. Quinn", "S. Moreno",
                 "T. Becker", "A. Nowak", "L. Chen", "D. Hughes"]
    words_pool = ["council", "ferry", "budget", "derby", "harbour", "strike", "museum", "rates",
                  "election", "storm", "transfer", "festival", "housing", "bridge", "hospital",
                  "merger", "final", "review", "schools", "tram", "port", "theft", "gala", "jobs"]
    slugs = set()
    for i in range(50):
        r = 5 + i
        off = rng.randint(-5, 4)
        dl = rng.choice([10 * 60, 12 * 60 + 30, 15 * 60, 16 * 60 + 30, 17 * 60, 18 * 60,
                         19 * 60 + 30, 21 * 60, 22 * 60 + 15])
        filed = None
        if off < 0 or (off == 0 and rng.random() < 0.6) or (off > 0 and rng.random() < 0.15):
            filed = dl + rng.choice([-95, -60, -40, -22, -10, -5, 4, 9, 25, 50, 80])
        tgt = rng.choice([300, 450, 600, 800, 1000, 1200, 1500])
        words = round(tgt * rng.choice([0.7, 0.86, 0.94, 1.0, 1.04, 1.12, 1.22, 1.35]), -1) if filed else None
        diff = None if words is None else words - tgt
        edit = dt.timedelta(minutes=rng.choice([10, 25, 40, 65, 90, 135])) if filed else None
        if filed is None:
            status = rng.choice(["Budgeted", "Budgeted", "Holding"])
        elif off < 0:
            status = rng.choice(["Published"] * 6 + ["Spiked"])
        else:
            status = rng.choice(["Filed", "Subbed", "Subbed"])
        pg = rng.choice([1, 2, 3, 5, 7, 9, 12, 15, 22, 31, 40, 44, "web"])
        slug = f"{rng.choice(words_pool)}-{rng.choice(words_pool)}"
        while slug in slugs:
            slug = f"{rng.choice(words_pool)}-{rng.choice(words_pool)}"
        slugs.add(slug)
        put(ws, r, 1, [slug, rng.choice(desks), rng.choice(reporters), day(off), tm(dl),
                       None if filed is None else tm(filed), tgt, words, diff, edit, status, pg,
                       rng.choice(["Y", "Y", "N", "TBC"]),
                       rng.choice(["cleared", "cleared", "pending", "n/a", None])])
    ws["A31"] = ws["A12"].value                # duplicate slug
    ws["B17"] = "sport"                        # lower case
    ws["B38"] = "Business "                    # trailing space
    ws["D45"] = "15/12/2026"                   # pub date typed as text
    ws["C26"] = None                           # blank reporter
    ws["H36"] = str(int(ws["H36"].value))      # words stored as text
    widths(ws, {"A": 18, "B": 10, "C": 12, "D": 11, "E": 9, "F": 8, "G": 9, "H": 8, "I": 6,
                "J": 9, "K": 10, "L": 5, "M": 6, "N": 8})

    cs = wb.create_sheet("Columnists")
    cs["A1"] = "Columnists - words filed per week (W44 = 26 Oct)"
    header(cs, 2, 1, ["Columnist", "Column", "Runs", "Tgt", "W44", "W45", "W46", "W47", "W48",
                      "Last filed", "Contract ends", "Fee/col $"])
    names = ["Ada Brennan", "Ben Okoro", "Clara Voss", "Dev Mistry", "Eli Stern", "Fern Doyle",
             "Gil Ramos", "Hana Ito", "Ivan Petrov", "Jo Castle", "Kit Morgan", "Lia Santos",
             "Max Weber", "Nina Roth", "Omar Haddad", "Pat Keane", "Rui Costa", "Sian Lloyd",
             "Tess Amari", "Vic Hale", "Will Pryce", "Yara Nasser"]
    columns = ["Money Talk", "Ringside", "Plot & Patch", "Tech Desk", "On the Menu", "Harbour Life",
               "The Long Read", "Sideline", "Screen Time", "Legal Eagle"]
    for i, nm in enumerate(names):
        r = 3 + i
        tgt = rng.choice([700, 900, 900, 1200])
        wk = [round(tgt * rng.choice([0, 0.6, 0.85, 0.95, 1.0, 1.05, 1.2, 1.45]), -1) for _ in range(5)]
        wk = [None if (v == 0 and rng.random() < 0.6) else v for v in wk]
        last = pick(rng, -40, -1, {-7, -14, -21, -30, -6, -8})
        end = pick(rng, -20, 400, {0, 30, 31, 60, 61, 90, 91, 29, -1})
        put(cs, r, 1, [nm, rng.choice(columns), rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
                       tgt] + wk + [day(last), day(end), rng.choice([120, 150, 180, 250, 300])])
    cs["G9"] = "880"                           # stored as text
    cs["A20"] = cs["A6"].value                 # duplicate columnist
    cs["C14"] = "thu"
    widths(cs, {"A": 13, "B": 14, "J": 11, "K": 13})
    wb.save(HERE / "newsroom_deadlines.xlsx")


# ------------------------------------------------------------------ ski_rentals
def ski() -> None:
    rng = random.Random(704)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rentals"
    ws["A1"] = "Powder Peak Ski & Board - rental desk 2026/27"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "deposits refunded on return; damage billed separately"
    cols = ["Ref", "Customer", "Pkg", "Skis/Board", "Len (cm)", "Boot (mondo)", "Out",
            "Due back", "Returned", "Days", "Rate/day", "Total $", "Deposit $", "Damage $",
            "Paid", "Staff"]
    header(ws, 3, 1, cols)                     # header A3
    rates = {"Basic": 32, "Sport": 45, "Premium": 62, "Kids": 18, "Board": 40}
    gear = {"Basic": ["Rossi Experience 78", "Atomic Redster X5"], "Sport": ["Head Kore 87", "Volkl M6"],
            "Premium": ["Blizzard Brahma 88", "Stockli AR"], "Kids": ["Elan Jett", "K2 Indy"],
            "Board": ["Burton Custom", "Jones Mountain Twin"]}
    custs = ["Alvarez", "Bauer", "Chen", "Dubois", "Egan", "Fitz", "Garcia", "Hoffman", "Ivers",
             "Jovanovic", "Keller", "Larsen", "Muller", "Novak", "OBrien", "Petit", "Rossi",
             "Svensson", "Thomas", "Ueda", "Varga", "Weiss"]
    for i in range(55):
        r = 4 + i
        out = rng.randint(-24, 4)
        days = rng.choice([1, 2, 3, 3, 4, 5, 7])
        due = out + days
        if due in (0, -1, 1):
            days += 2
            due += 2
        returned = None
        if due < 0 and rng.random() > 0.18:
            ret = due + rng.choice([-1, 0, 0, 0, 1, 2, 4])
            returned = day(min(ret, -1))
        pkg = rng.choice(["Basic", "Sport", "Sport", "Premium", "Kids", "Board"])
        rate = rates[pkg] + rng.choice([0, 0, 0, -5, 5])
        total = days * rate
        if rng.random() < 0.1:
            total += rng.choice([-10, 15, 20])
        ln = rng.choice([90, 100, 110, 120, 130]) if pkg == "Kids" else (
            rng.choice([145, 150, 155, 158]) if pkg == "Board" else rng.choice([150, 158, 163, 170, 177, 184]))
        boot = rng.choice([19.5, 21.0, 22.5]) if pkg == "Kids" else rng.choice([23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5])
        dmg = rng.choice([None] * 8 + [35, 80, 120])
        paid = rng.choice(["Yes", "Yes", "Yes", "No", "Part"])
        put(ws, r, 1, [f"R{6601 + i}", f"{rng.choice(custs)}, {rng.choice('ABCDEFGHJKLMNPRST')}.", pkg,
                       rng.choice(gear[pkg]), ln, boot, day(out), day(due), returned, days, rate,
                       total, rng.choice([100, 150, 200, 250]), dmg, paid, rng.choice(["MK", "JB", "SL", "AT"])])
    ws["A30"] = ws["A11"].value                # duplicate ref
    ws["C15"] = "premium"                      # lower case
    ws["C41"] = "Kids "                        # trailing space
    ws["G22"] = "20/11/2026"                   # out date typed as text
    ws["L35"] = str(ws["L35"].value)           # total stored as text
    ws["B50"] = None                           # blank customer
    ws["N27"] = -20                            # damage credit
    # side table: price list
    header(ws, 3, 18, ["Package", "List rate"])
    for i, (p, v) in enumerate(rates.items()):
        put(ws, 4 + i, 18, [p, v])
    widths(ws, {"A": 7, "B": 13, "C": 8, "D": 20, "E": 8, "F": 12, "G": 11, "H": 11, "I": 11,
                "J": 5, "K": 8, "L": 8, "M": 9, "N": 9, "O": 5, "P": 5, "Q": 3, "R": 10, "S": 9})

    fs = wb.create_sheet("Fleet")
    header(fs, 1, 1, ["Item", "Type", "Model", "Bought", "Cost $", "Last tune", "Tune every (d)",
                      "Dec", "Jan", "Feb", "Mar", "Apr", "Status"])
    models = [("Ski", "Head Kore 87", 540), ("Ski", "Volkl M6", 610), ("Ski", "Rossi Experience 78", 380),
              ("Ski", "Blizzard Brahma 88", 720), ("Board", "Burton Custom", 520), ("Kids ski", "Elan Jett", 190),
              ("Boot", "Salomon S/Pro", 330), ("Boot", "Lange LX", 290), ("Helmet", "Smith Mission", 95)]
    for i in range(40):
        r = 2 + i
        typ, model, cost = models[rng.randrange(len(models))]
        bought = dt.datetime(rng.choice([2021, 2022, 2023, 2024, 2025, 2026]), rng.randint(1, 12), rng.randint(2, 27))
        if bought.year == 2026 and bought.month > 10:
            bought = bought.replace(month=10)
        tune = pick(rng, -120, -2, {-30, -60, -90, -120, -180, -29, -31, -59, -61})
        every = rng.choice([30, 60, 90]) if typ in ("Ski", "Board", "Kids ski") else 180
        if tune + every in (0, -1, 1, 7, 14, -7, 30, 29, 31):
            tune -= 3
        usage = [rng.choice([0, 4, 9, 13, 17, 22, 26, 29]) for _ in range(5)]
        if bought.year == 2026 and bought.month > 3:
            usage = [None] * 5
        for k in range(5):
            if usage[k] is not None and rng.random() < 0.05:
                usage[k] = None
        code = {"Ski": "SK", "Board": "SB", "Kids ski": "KS", "Boot": "BT", "Helmet": "HM"}[typ]
        put(fs, r, 1, [f"{code}-{300 + i}", typ, model, bought, cost + rng.choice([-20, 0, 15]),
                       day(tune), every] + usage + [rng.choice(["in service"] * 6 + ["repair", "retired"])])
    fs["I14"] = "12"                           # text
    fs["A33"] = fs["A8"].value                 # duplicate item code
    fs["M20"] = "Repair"
    widths(fs, {"A": 8, "C": 20, "D": 11, "F": 11, "G": 14})
    wb.save(HERE / "ski_rentals.xlsx")


# ------------------------------------------------------------------ beekeeping_hives
def bees() -> None:
    rng = random.Random(705)
    wb = Workbook()
    ws = wb.active
    ws.title = "Inspections"
    ws["A1"] = "Hillside Apiaries - inspection log 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Mites/100 = alcohol-wash count per 100 bees"
    ws["A3"] = "Temper 1 = calm ... 5 = defensive"
    cols = ["Hive", "Apiary", "Date", "Time", "Temp °C", "Brood fr.", "Stores fr.", "Queen seen",
            "Eggs", "Mites/100", "Temper", "Weight (kg)", "Wt chg", "Next insp"]
    header(ws, 5, 2, cols)                     # header B5
    hives = [("H01", "Orchard"), ("H02", "Orchard"), ("H03", "Orchard"), ("H04", "Meadow"),
             ("H05", "Meadow"), ("H06", "Meadow"), ("H07", "Church Lane"), ("H08", "Church Lane"),
             ("H09", "Ridge"), ("H10", "Ridge"), ("H11", "Ridge")]
    offs = sorted(rng.sample(range(-255, -2), 52))
    weights = {h: rng.choice([24.0, 28.5, 33.0, 36.5]) for h, _ in hives}
    for i, off in enumerate(offs):
        r = 6 + i
        h, ap = hives[rng.randrange(len(hives))]
        w = round(weights[h] + rng.choice([-3.4, -1.8, -0.6, 0.9, 2.2, 3.8, 5.1]), 1)
        chg = round(w - weights[h], 1)
        weights[h] = w
        start = rng.randrange(8 * 60, 17 * 60 + 30, 15)
        nxt = off + rng.choice([14, 21, 28])
        if nxt in (0, 7, 14, -1, 1, 6, 8, 13, 15, -7, -14):
            nxt += 2
        put(ws, r, 2, [h, ap, day(off), tm(start), rng.choice([9.5, 12.0, 14.5, 16.0, 18.5, 21.0, 23.5, 27.0]),
                       rng.randint(0, 9), rng.randint(0, 10), rng.choice(["Y", "Y", "Y", "N"]),
                       rng.choice(["Y", "Y", "N"]), rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.5, 4.5, 6.0, 8.5]),
                       rng.randint(1, 5), w, chg, day(nxt)])
    ws["C11"] = "orchard"                      # lower case
    ws["C40"] = "Meadow "                      # trailing space
    ws["K23"] = "4.5"                          # stored as text
    ws["D30"] = "24/07/2026"                   # date typed as text (real order kept)
    ws["I19"] = None                           # queen not recorded
    ws["I45"] = None
    for c in range(2, 16):                     # duplicate entry: row 57 repeats row 56
        ws.cell(row=57, column=c).value = ws.cell(row=56, column=c).value
        ws.cell(row=57, column=c).number_format = ws.cell(row=56, column=c).number_format
    # side table: action levels
    header(ws, 5, 17, ["Action level", "Value"])
    put(ws, 6, 17, ["Mites/100", 3])
    put(ws, 7, 17, ["Min stores fr.", 2])
    widths(ws, {"A": 3, "B": 6, "C": 12, "D": 11, "E": 7, "F": 8, "G": 9, "H": 10, "I": 11,
                "J": 6, "K": 10, "L": 8, "M": 11, "N": 7, "O": 11, "P": 3, "Q": 14})

    hs = wb.create_sheet("Honey")
    hs["A1"] = "Honey taken per hive (kg, after extraction)"
    hs["A1"].font = BOLD
    hs["A2"] = "price per kg"
    hs["C2"] = 14.5
    header(hs, 4, 1, ["Hive", "Apiary", "May", "Jun", "Jul", "Aug", "Sep", "Target kg"])
    allh = hives + [("H12", "Ridge"), ("H13", "Meadow"), ("H14", "Orchard"), ("N01", "Church Lane"),
                    ("N02", "Ridge"), ("N03", "Orchard"), ("N04", "Meadow"), ("H15", "Ridge"),
                    ("H16", "Orchard"), ("H17", "Church Lane"), ("H18", "Meadow"), ("N05", "Ridge"),
                    ("H19", "Orchard")]
    for i, (h, ap) in enumerate(allh):
        r = 5 + i
        vals = [rng.choice([0, 1.5, 3.2, 4.8, 6.5, 8.1, 10.4, 12.7]) for _ in range(5)]
        if h.startswith("N"):
            vals[0] = vals[1] = None
        put(hs, r, 1, [h, ap] + vals + [rng.choice([20, 25, 30])])
    hs["E12"] = None
    hs["G19"] = None
    hs["C9"] = "4.8"                           # text
    hs["H16"] = 25
    header(hs, 4, 10, ["Apiary", "Hives", "Forage", "Dist (km)"])
    for i, rowv in enumerate([("Orchard", 6, "apple, clover", 0.4), ("Meadow", 6, "wildflower", 2.1),
                              ("Church Lane", 4, "lime, bramble", 3.5), ("Ridge", 7, "heather", 11.8)]):
        put(hs, 5 + i, 10, list(rowv))
    widths(hs, {"A": 6, "B": 12, "J": 12, "L": 15})
    wb.save(HERE / "beekeeping_hives.xlsx")


# ------------------------------------------------------------------ esports_team_stats
def esports() -> None:
    rng = random.Random(706)
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws["A1"] = "NOVA ESPORTS - CS2 division"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "last 90 days, official maps only; Rtg = HLTV-style rating per week"
    cols = ["Handle", "Name", "Role", "Squad", "Maps", "K", "D", "A", "ADR", "HS %", "Rtg W44",
            "Rtg W45", "Rtg W46", "Rtg W47", "Rtg W48", "Δ Rtg", "Salary ($k)", "Contract end"]
    header(ws, 4, 1, cols)                     # header A4
    handles = ["zeph", "Kr4ken", "mojo", "VANTA", "elk", "sp1ral", "Bront", "nyx", "hollow",
               "t0pdog", "Rime", "quill", "fenrir", "Sabo", "lumen", "dask", "K1ttu", "grit",
               "Oryx", "paxx", "velo", "Marl", "c0bra", "ISLE", "juno", "rook", "Wisp", "tango",
               "Ember", "frost", "b4sil", "Nomad", "yeti", "Pike", "halo", "Drift"]
    names = ["Leo Marsh", "Ivan Kral", "Tom Reyes", "Ali Demir", "Sam Holt", "Jon Lisk",
             "Ray Bloom", "Ken Ota", "Eli Varga", "Max Ruud", "Dan Cole", "Noa Peretz",
             "Bo Lindh", "Sven Aas", "Luca Rizzo", "Arun Pai", "Kai Lehto", "Finn Ward",
             "Omar Said", "Pavel Sova", "Jude Ames", "Marco Bel", "Cem Uslu", "Ilya Gorev",
             "Juan Ortiz", "Rob Finch", "Will Ash", "Tian Wu", "Emil Dahl", "Hugo Frey",
             "Basil Nair", "Nico Mares", "Yann Loup", "Piet Smit", "Hal Moore", "Drew Kane"]
    for i in range(36):
        r = 5 + i
        role = rng.choice(["Rifler", "Rifler", "AWP", "IGL", "Entry", "Support", "Lurker"])
        squad = rng.choice(["Main", "Main", "Academy", "Academy", "Trial"])
        maps = rng.randint(8, 95)
        k = round(maps * rng.choice([14.1, 16.3, 17.8, 19.2, 21.5]))
        dd = round(maps * rng.choice([15.0, 16.7, 18.1, 19.4]))
        a = round(maps * rng.choice([3.1, 4.4, 5.6, 6.9]))
        rt = [rng.choice([0.74, 0.82, 0.88, 0.93, 0.97, 1.02, 1.06, 1.11, 1.17, 1.24, 1.31, 1.38])
              for _ in range(5)]
        rt = [None if rng.random() < 0.09 else v for v in rt]
        delta = None if rt[3] is None or rt[4] is None else round(rt[4] - rt[3], 2)
        sal = {"Main": [14, 18, 22, 27], "Academy": [4, 6, 8, 9.5], "Trial": [2, 2.5, 3]}[squad]
        end = dt.datetime(rng.choice([2026, 2027, 2027, 2028]), rng.randint(1, 12), rng.randint(2, 27))
        if end.date() < BUILT:
            end = dt.datetime(2026, 12, rng.choice([12, 20, 28]))
        put(ws, r, 1, [handles[i], names[i], role, squad, maps, k, dd, a,
                       rng.choice([58.4, 64.9, 69.3, 72.8, 76.1, 81.7, 86.2, 91.5]),
                       rng.choice([0.29, 0.34, 0.41, 0.46, 0.52, 0.57, 0.63])] + rt +
            [delta, rng.choice(sal), end])
    pct(ws, "J5:J40")
    ws["A33"] = ws["A12"].value                # duplicate handle
    ws["C19"] = "awp"                          # lower case
    ws["D27"] = "Academy "                     # trailing space
    ws["Q22"] = str(ws["Q22"].value)           # salary stored as text
    ws["R15"] = "30/06/2027"                   # contract end typed as text
    ws["C36"] = None                           # blank role
    widths(ws, {"A": 9, "B": 12, "C": 8, "D": 9, "J": 6, "P": 6, "Q": 10, "R": 12})

    ms = wb.create_sheet("Matches")
    header(ms, 1, 1, ["Date", "Day", "Opponent", "Event", "Start", "End", "Length", "Map", "Us",
                      "Them", "Result", "Peak viewers"])
    opps = ["Arcadia", "Blacklight", "Corvus", "Deadlock", "Eclipse GG", "Fathom", "Gravity",
            "Helix", "Ironclad", "Jetstream"]
    events = ["ESL Challenger", "CCT Europe", "Nordic League", "Showmatch", "CCT Europe"]
    maps = ["Mirage", "Inferno", "Nuke", "Ancient", "Anubis", "Dust2", "Vertigo"]
    offs = sorted(rng.sample(range(-56, 13), 40))
    for i, off in enumerate(offs):
        r = 2 + i
        start = rng.choice([12 * 60, 14 * 60 + 30, 17 * 60, 19 * 60, 20 * 60 + 30, 21 * 60 + 45])
        length = rng.choice([38, 47, 55, 62, 71, 84, 97])
        d0 = BUILT + dt.timedelta(days=off)
        if off < 0:
            us = rng.choice([13, 13, 13, 16, 4, 7, 9, 11, 12, 10])
            them = rng.choice([3, 5, 8, 10, 11]) if us >= 13 else (16 if us >= 12 else 13)
            if us == 16:
                them = 14
            res = "W" if us > them else "L"
            vals = [tm(start + length), dt.timedelta(minutes=length), rng.choice(maps), us, them,
                    res, rng.choice([1800, 3400, 5200, 8900, 12600, 21400, 44800])]
        else:
            vals = [None, None, rng.choice(maps + ["TBD"]), None, None, None, None]
        put(ms, r, 1, [dt.datetime.combine(d0, dt.time()), d0.strftime("%a"), rng.choice(opps),
                       rng.choice(events), tm(start)] + vals)
    ms["L15"] = None                           # viewers not recorded
    ms["K21"] = "w"                            # lower case result
    ms["C30"] = "Helix "                       # trailing space
    widths(ms, {"A": 11, "C": 12, "D": 15, "L": 12})
    wb.save(HERE / "esports_team_stats.xlsx")


if __name__ == "__main__":
    for f in (lounge, trial, newsroom, ski, bees, esports):
        f()
    print("built 6 workbooks in", HERE)
