"""Build the six workbooks of dev-v6 part O (openpyxl only, fixed seeds 601-606).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (fractions of a day), durations too.
Run:  python build.py
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


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ laundry_orders
def laundry() -> None:
    rng = random.Random(601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws["A1"] = "Suds & Co. laundry - service orders"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Riverside shop. Prices in $. Weight only for wash & fold and duvets."
    ws["N2"] = "Max load (kg)"
    ws["O2"] = 12
    ws["N3"] = "Rush surcharge"
    ws["O3"] = 0.25
    ws["O3"].number_format = "0%"
    cols = ["Order #", "Customer", "Service", "Drop-off", "Drop time", "Promised", "Collected",
            "Wt (kg)", "Price ($)", "Paid ($)", "Rush?", "Status"]
    header(ws, 4, 1, cols)
    customers = ["A. Moreno", "Beatrix Cole", "Chen Wei", "D. Okonkwo", "Elsa Lind", "Farah Aziz",
                 "Gio Russo", "Hamid Patel", "Ines Duarte", "Jonas Berg", "Kate O'Neill",
                 "Luca Ferri", "Maya Singh", "Nora Quinn"]
    services = ["Wash & fold"] * 4 + ["Dry clean"] * 3 + ["Ironing", "Ironing", "Duvet", "Alterations"]
    avoid = {0, -7, -14, -30, -3, -10, -21}
    for i in range(42):
        r = 5 + i
        off = pick_offset(rng, -33, -1, avoid)
        svc = rng.choice(services)
        rush = rng.random() < 0.2
        hh = rng.choice([7, 8, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19])
        mm = rng.choice([5, 20, 35, 50]) if hh in (18, 7) else rng.choice([0, 15, 30, 45])
        prom = off + (0 if rush else rng.choice([1, 2, 2, 3, 4]))
        if prom == 0 and not rush:
            prom = 1
        coll = None
        if prom <= -1 and rng.random() < 0.75:
            c = prom + rng.choice([0, 0, 1, 2, 2, 6, 9, 13])
            if c <= -1:
                coll = c
        wt = None
        if svc == "Wash & fold":
            wt = rng.choice([3.5, 4.2, 5.8, 6.4, 7.5, 8.9, 9.6, 11.2, 13.4, 14.1])
        elif svc == "Duvet":
            wt = rng.choice([2.6, 3.1, 4.0])
        price = {"Wash & fold": round(2.4 * (wt or 0), 2),
                 "Dry clean": rng.choice([9.5, 14, 18.5, 27, 42, 56]),
                 "Ironing": rng.choice([12, 16, 22, 31]),
                 "Duvet": rng.choice([25, 30, 36]),
                 "Alterations": rng.choice([15, 22, 38, 48, 67])}[svc]
        if rush:
            price = round(price * 1.25, 2)
        paid = None
        if coll is not None:
            paid = price if rng.random() < 0.85 else round(price - 5, 2)
        elif rng.random() < 0.3:
            paid = rng.choice([price, 10])
        status = "Collected" if coll is not None else ("Ready" if prom <= 0 else "In progress")
        put(ws, r, 1, [f"SC-{4101 + i}", rng.choice(customers), svc, day(off), hm(hh, mm),
                       day(prom), day(coll) if coll is not None else None, wt, price, paid,
                       "Y" if rush else "N", status], {8: "0.00", 9: "0.00"})

    pk = wb.create_sheet("Pickups")
    header(pk, 1, 1, ["Date", "Day", "Driver", "Van", "Depart", "Return", "Stops", "Bags",
                      "Km", "Fuel ($)"])
    r = 2
    dd = dt.date(2026, 11, 2)
    while dd < BUILT:
        if dd.weekday() == 6 and rng.random() < 0.7:
            dd += dt.timedelta(days=1)
            continue
        dep = hm(rng.choice([7, 7, 8, 8, 9, 10]), rng.choice([0, 15, 30, 45]))
        ln = rng.choice([150, 195, 240, 285, 310, 345, 375, 420, 465])
        ret_m = dep.hour * 60 + dep.minute + ln
        ret = hm(ret_m // 60, ret_m % 60)
        stops = rng.randint(6, 22)
        bags = stops + rng.choice([-3, -1, 0, 2, 5, 9, 14])
        km = rng.choice([28, 36, 44, 57, 63, 71, 85, 96, 112, 128, 141])
        fuel = round(km * rng.choice([0.21, 0.24, 0.27]), 2)
        put(pk, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"),
                       rng.choice(["Dee", "Marco", "Jen", "Marco"]), rng.choice(["V1", "V2", "V3"]),
                       dep, ret, stops, bags, km, fuel], {9: "0.00"})
        r += 1
        dd += dt.timedelta(days=1)
    quirks_laundry(ws, pk)
    widths(ws, "A B C D E F G H I J K L M N O", [9, 14, 13, 11, 9, 11, 11, 8, 9, 9, 6, 11, 3, 15, 7])
    wb.save(HERE / "laundry_orders.xlsx")


def quirks_laundry(ws, pk) -> None:
    ws["A33"] = "SC-4117"                        # duplicate order numbers (rows 21, 32)
    ws["A44"] = "SC-4128"
    ws["B8"] = "Kate O'Neill "                   # trailing spaces (one-off customers)
    ws["B46"] = "Ines Duarte "
    ws["B45"] = "beatrix cole"                   # odd case, same customer as rows 24, 27
    ws["B15"] = None                             # no customer name
    ws["B36"] = None
    ws["I24"] = "48"                             # price stored as text
    ws["H43"] = "6.4"                            # weight stored as text
    ws["D16"] = "13/11/2026"                     # drop-off typed as text
    ws["I7"] = ws["J7"] = 52
    ws["J29"] = -9.5                             # refunds (negative paid)
    ws["L29"] = "Refunded"
    ws["J42"] = -18
    ws["L42"] = "Refunded"
    ws["L28"] = "ready"                          # lower case status
    ws["K18"] = "y"
    ws["K26"] = "y"
    ws["K40"] = "Y"
    ws["F31"] = day(0)                           # promised today
    ws["F31"].number_format = "yyyy-mm-dd"
    pk["G9"] = None                              # driver forgot stops / km
    pk["I23"] = None
    pk["H20"] = "21"                             # bags stored as text


# ------------------------------------------------------------------ archive_digitisation
def archive() -> None:
    rng = random.Random(602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Boxes"
    ws["A1"] = "County Record Office - digitisation tracker 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "pages = sheets x sides; QC % = share of images passing first check"
    cols = ["Box ID", "Collection", "Format", "Pages (est.)", "Scanned", "QC %", "Scanner",
            "Operator", "Start", "Finished", "Deadline", "Notes"]
    header(ws, 4, 2, cols)                               # header at B4
    colls = [("EST", "Estate papers", "Letters"), ("PAR", "Parish registers", "Ledgers"),
             ("TM", "Tithe maps", "Maps"), ("PH", "Photo archive", "Photos"),
             ("QS", "Quarter sessions", "Ledgers"), ("EST", "Estate papers", "Maps")]
    ops = ["Priya", "Tom", "Agnes", "Rui", "Bea", "Kwame"]
    notes = [None, None, None, None, "mould on covers", "torn pages", "tight binding",
             "water damage", "fold-outs", None, "Mould - isolate", "loose photos"]
    for i in range(44):
        r = 5 + i
        pre, coll, fmt = rng.choice(colls)
        est = rng.choice([120, 340, 560, 880, 1240, 1650, 2100, 2600])
        st = pick_offset(rng, -150, -3, {-60, -61, -59, -90, -30})
        fin = None
        if rng.random() < 0.6:
            f = st + rng.choice([4, 9, 15, 22, 35, 48])
            if f <= -1:
                fin = f
        scanned = round(est * rng.choice([0.82, 0.88, 0.93, 0.97, 1.0, 1.0, 1.04])) if fin is not None \
            else round(est * rng.choice([0, 0.15, 0.4, 0.65, 0.8]))
        qc = rng.choice([0.86, 0.91, 0.935, 0.962, 0.978, 0.99, 1.0]) if fin is not None else None
        dl = st + rng.choice([30, 45, 60, 75, 120])
        if dl in (0, 14, 15, 13, -1, 1, 7):
            dl += 3
        put(ws, r, 2, [f"{pre}-{rng.randint(1, 180):03d}", coll, fmt, est, scanned, qc,
                       rng.choice(["Overhead A", "Overhead B", "Flatbed", "Book cradle"]),
                       rng.choice(ops), day(st), day(fin) if fin is not None else None, day(dl),
                       rng.choice(notes)], {5: "0.0%"})
    # side table: fragile boxes
    header(ws, 4, 15, ["Fragile boxes", "Since"])
    mn = wb.create_sheet("Monthly")
    mn["A1"] = "Pages scanned per operator per month"
    mn["A1"].font = BOLD
    header(mn, 3, 1, ["Operator", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Tgt / mo"])
    people = ["Priya", "Tom", "Agnes", "Rui", "Bea", "Kwame", "Sofia (vol)", "Len (vol)",
              "Marta (vol)", "Ike (vol)", "Dora (vol)", "Hal (vol)", "Yuki", "Ned"]
    for i, p in enumerate(people):
        r = 4 + i
        vol = "(vol)" in p
        tgt = 1500 if vol else 4000
        base = tgt * rng.choice([0.6, 0.8, 0.95, 1.1, 1.3])
        vals = []
        for _ in range(6):
            base = base * rng.choice([0.7, 0.88, 0.97, 1.05, 1.15, 1.35])
            vals.append(int(round(base, -1)))
        for m in range(6):
            if rng.random() < 0.06:
                vals[m] = None
        put(mn, r, 1, [p] + vals + [tgt])
    quirks_archive(ws, mn)
    widths(ws, "A B C D E F G H I J K L M N O P", [3, 9, 16, 8, 11, 9, 7, 12, 9, 11, 11, 11, 18, 3, 14, 11])
    wb.save(HERE / "archive_digitisation.xlsx")


def quirks_archive(ws, mn) -> None:
    ws["B31"] = "EST-051"                        # duplicate box ids (rows 9, 17)
    ws["B44"] = "PH-019"
    ws["I29"] = "rui"                            # lower case operator
    ws["I22"] = None                             # never assigned
    ws["I38"] = None
    ws["C36"] = "Tithe maps "                    # trailing space
    ws["F27"] = "448"                            # scanned count stored as text
    ws["J13"] = "27/10/2026"                     # start typed as text
    for cell, v in (("G8", 0.91), ("G26", 0.874), ("G34", 0.853), ("G41", 0.862), ("G45", 0.868)):
        ws[cell] = v
    ws["G40"] = None                             # finished but QC not entered
    ws["G25"] = None
    ws["L15"] = day(9)
    ws["L15"].number_format = "yyyy-mm-dd"
    fragile = [("TM-097", date(2025, 3, 4)), ("EST-150", date(2025, 6, 12)), ("PH-139", date(2026, 1, 20)),
               ("QS-095", date(2026, 2, 2)), ("EST-146", date(2026, 4, 17)), ("PH-999", date(2024, 11, 5)),
               ("PAR-044", date(2026, 7, 1)), ("TM-088", date(2026, 8, 19))]
    for i, (box, since) in enumerate(fragile):
        put(ws, 5 + i, 15, [box, since])
    mn["F11"] = "660"                            # month stored as text


# ------------------------------------------------------------------ hackathon_judging
def hackathon() -> None:
    rng = random.Random(603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Scores"
    ws["A1"] = "HackHarbour 2026 - final judging (Sat 28 Nov)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "scores 1-10 per judge; blank = judge recused or missed the demo"
    ws["P1"] = "Submission deadline"
    ws["Q1"] = hm(14, 0)
    ws["Q1"].number_format = "hh:mm"
    ws["P2"] = "Min avg to place"
    ws["Q2"] = 7
    cols = ["Team", "Track", "Members", "Submitted", "J1 (Ana)", "J2 (Bo)", "J3 (Cyd)",
            "J4 (Dev)", "J5 (Eli)", "Total", "Avg", "Demo?", "Repo"]
    header(ws, 4, 1, cols)
    adj = ["Byte", "Green", "Night", "Quantum", "Open", "Tiny", "Blue", "Rapid", "Silent",
           "Clever", "Lazy", "Brave", "Polar", "Hyper", "Paper", "Solar", "Iron", "Velvet"]
    noun = ["Owls", "Otters", "Forge", "Pixels", "Foxes", "Lab", "Loop", "Squad", "Bits",
            "Comets", "Ninjas", "Crew"]
    tracks = ["AI", "Climate", "Health", "FinTech", "Open"]
    names = []
    while len(names) < 36:
        nm = f"{rng.choice(adj)} {rng.choice(noun)}"
        if nm not in names:
            names.append(nm)
    for i, nm in enumerate(names):
        r = 5 + i
        q = rng.choice([4, 5, 6, 6.5, 7, 7.5, 8, 8.5])
        sc = [max(1, min(10, round(q + rng.choice([-2, -1, -1, 0, 0, 0, 1, 1, 2])))) for _ in range(5)]
        for j in range(5):
            if rng.random() < 0.07:
                sc[j] = None
        got = [s for s in sc if s is not None]
        sub_m = rng.choice(range(10 * 60, 14 * 60 + 1, 5))
        sub_m = sub_m + rng.choice([0, 0, 0, 0, 7, 12, 23]) if sub_m > 13 * 60 else sub_m
        repo = rng.choice(["github.com/", "github.com/", "gitlab.com/", "github.com/"]) + \
            nm.lower().replace(" ", "-")
        put(ws, r, 1, [nm, rng.choice(tracks), rng.randint(2, 6), hm(sub_m // 60, sub_m % 60),
                       *sc, sum(got), round(sum(got) / len(got), 2),
                       rng.choice(["Yes", "Yes", "Yes", "No"]), repo], {10: "0.00"})
    tm = wb.create_sheet("Teams")
    header(tm, 1, 1, ["Team", "Captain", "Email", "Registered", "Size", "Uni / org"])
    caps = ["Ada Byrne", "Ben Osei", "Cleo Park", "Dario Neri", "Esme Hart", "Femi Lawal",
            "Gil Roth", "Hye-jin Lee", "Ivo Kral", "Jana Novak", "Kai Moana", "Lior Ben-Ami",
            "Mina Sato", "Nico Vidal", "Oona Kask", "Pavel Hruby", "Rhea Das", "Sami Aalto"]
    unis = ["Kellsway Uni", "Northfield Poly", "self", "Harbour Tech", "Kellsway Uni", "Acme Corp"]
    for i, nm in enumerate(names):
        r = 2 + i
        cap = caps[i % len(caps)] if i < 18 else rng.choice(caps)
        reg = pick_offset(rng, -75, -4, {-14, -15, -13, -60, -30, -7})
        put(tm, r, 1, [nm, cap, cap.lower().replace(" ", ".").replace("-", "") + "@mail.example",
                       day(reg), rng.randint(2, 6), rng.choice(unis)])
    header(tm, 1, 8, ["Withdrawn / DQ", "Reason"])
    quirks_hackathon(ws, tm, names)
    widths(ws, "A B C D E F G H I J K L M N O P Q", [16, 8, 9, 10, 8, 8, 8, 8, 8, 7, 7, 7, 26, 3, 3, 19, 7])
    wb.save(HERE / "hackathon_judging.xlsx")


def quirks_hackathon(ws, tm, names) -> None:
    ws["D34"] = hm(14, 12)                       # late submissions
    ws["D15"] = hm(14, 5)
    ws["D27"] = hm(14, 23)
    ws["D20"] = None                             # never submitted
    ws["D11"] = None
    ws["A36"] = "Open Loop"                      # team entered twice (row 12)
    ws["A21"] = "Clever Foxes "                  # trailing space
    ws["F22"] = "6"                              # scores typed as text
    ws["H30"] = "6"
    ws["B29"] = "climate"
    ws["C10"] = "4"                              # members stored as text
    ws["L26"] = "yes"
    ws["M27"] = None
    ws["M14"] = "n/a"
    ws["E25"] = 7
    ws["E35"] = 7
    ws["F9"] = 8                                 # judges 1 and 2 far apart
    ws["E16"] = 9
    ws["F31"] = 9
    ws["M36"] = "github.com/open-loop"
    for r in range(5, 41):                       # totals / averages as the organisers typed them
        got = [float(v) for v in (ws.cell(r, c).value for c in range(5, 10)) if v is not None]
        total = sum(got)
        ws.cell(r, 10).value = int(total)
        ws.cell(r, 11).value = round(total / len(got), 2)
    for i, (team, why) in enumerate([("Lazy Otters", "withdrew Sat 11:00"), ("Paper Pixels", "DQ - pre-built code"),
                                     ("Night Owls", "no-show"), ("Silent Lab", "withdrew (illness)")]):
        put(tm, 2 + i, 8, [team, why])
    tm["C16"] = None                             # email missing
    tm["C30"] = None


# ------------------------------------------------------------------ seed_bank
def seeds() -> None:
    rng = random.Random(604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Accessions"
    ws["A1"] = "Millbrook Community Seed Bank - catalogue"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "viability = latest germination test; storage temps in deg C"
    cols = ["Acc. No", "Species", "Common name", "Family", "Origin", "Collected", "Seeds (n)",
            "Viab. %", "Last test", "Retest due", "Store", "Temp (°C)", "Pkts", "Min pkts"]
    header(ws, 4, 1, cols)
    sp = [("Primula vulgaris", "Primrose", "Primulaceae"),
          ("Lotus corniculatus", "Bird's-foot trefoil", "Fabaceae"),
          ("Vicia sativa", "Common vetch", "Fabaceae"),
          ("Centaurea nigra", "Common knapweed", "Asteraceae"),
          ("Leucanthemum vulgare", "Oxeye daisy", "Asteraceae"),
          ("Rhinanthus minor", "Yellow rattle", "Orobanchaceae"),
          ("Silene dioica", "Red campion", "Caryophyllaceae"),
          ("Daucus carota", "Wild carrot", "Apiaceae"),
          ("Allium ursinum", "Wild garlic", "Amaryllidaceae"),
          ("Trifolium pratense", "Red clover", "Fabaceae"),
          ("Malva moschata", "Musk mallow", "Malvaceae"),
          ("Prunella vulgaris", "Selfheal", "Lamiaceae"),
          ("Fragaria vesca", "Wild strawberry", "Rosaceae"),
          ("Phaseolus vulgaris", "Heritage bean 'Cherokee'", "Fabaceae"),
          ("Pisum sativum", "Pea 'Carlin'", "Fabaceae"),
          ("Knautia arvensis", "Field scabious", "Caprifoliaceae")]
    origins = ["UK", "UK", "UK", "Ireland", "France", "Spain", "UK", "Poland"]
    for i in range(40):
        r = 5 + i
        s, cn, fam = rng.choice(sp)
        coll = date(rng.randint(2009, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if coll.date() > BUILT - dt.timedelta(days=60):
            coll = date(2024, 8, 19)
        seeds_n = rng.randint(12, 560) * 10
        viab = rng.randint(31, 99) / 100
        last = pick_offset(rng, -2400, -20, {-1826, -1827, -1825, -365, -730})
        due = last + rng.choice([730, 1095, 1825])
        if due in range(-2, 3) or due in (30, 31, 29):
            due += 5
        store = rng.choice(["Vault", "Vault", "Vault", "Fridge", "Working stock"])
        temp = {"Vault": rng.choice([-20, -18, -18, -20]), "Fridge": rng.choice([4, 5]),
                "Working stock": rng.choice([12, 15])}[store]
        minp = rng.choice([5, 10, 10, 20])
        pk = max(0, minp + rng.choice([-6, -3, 0, 4, 9, 15]))
        put(ws, r, 1, [f"MSB-{rng.randint(100, 999)}", s, cn, fam, rng.choice(origins), coll,
                       seeds_n, viab, day(last), day(due), store, temp, pk, minp], {7: "0%"})
    gm = wb.create_sheet("Germination")
    gm["A1"] = "Germination trials (% germinated, 50 seeds per trial)"
    gm["A1"].font = BOLD
    header(gm, 2, 1, ["Acc. No", "Baseline", "Trial 1", "Trial 2", "Trial 3", "Trial 4"])
    for i in range(30):
        r = 3 + i
        base = rng.choice([0.7, 0.78, 0.84, 0.9, 0.96])
        vals = [base]
        v = base
        for t in range(4):
            v = min(1.0, max(0.1, v + rng.choice([-0.18, -0.1, -0.06, -0.02, 0.02, 0.04])))
            vals.append(round(v, 2))
        for t in range(2, 5):
            if rng.random() < 0.1:
                vals[t] = None
        put(gm, r, 1, [ws.cell(row=5 + i, column=1).value] + vals, {k: "0%" for k in range(1, 6)})
    rq = wb.create_sheet("Requests")
    header(rq, 1, 1, ["Req date", "Member", "Acc. No", "Pkts", "Sent"])
    members = ["Allotment soc.", "J. Fairweather", "St Anne's School", "R. Mistry", "Green Gym",
               "P. Okoro", "Hedgerow Trust"]
    for i in range(26):
        r = 2 + i
        rd = pick_offset(rng, -70, -1, {-14, -7, -30})
        sent = rd + rng.choice([2, 4, 7, 11]) if rng.random() < 0.7 else None
        if sent is not None and sent >= 0:
            sent = None
        put(rq, r, 1, [day(rd), rng.choice(members), ws.cell(row=5 + rng.randrange(40), column=1).value,
                       rng.choice([1, 1, 2, 3]), day(sent) if sent is not None else None])
    header(rq, 1, 8, ["Withdrawn acc.", "Why"])
    quirks_seeds(ws, gm, rq)
    widths(ws, "A B C D E F G H I J K L M N", [9, 20, 22, 15, 8, 11, 9, 7, 11, 11, 13, 9, 5, 8])
    wb.save(HERE / "seed_bank.xlsx")


def quirks_seeds(ws, gm, rq) -> None:
    ws["A38"] = "MSB-173"                        # duplicate accession number (row 13)
    ws["B36"] = "Malva moschata "                # trailing space
    ws["D29"] = "fabaceae"                       # odd case
    ws["G12"] = "2190"                           # seed count stored as text
    ws["F30"] = "16/06/2017"                     # collected date typed as text
    ws["H18"] = None                             # not yet tested
    ws["H43"] = None
    ws["C42"] = None                             # no common name
    for cell, v in (("J15", day(9)), ("J41", day(23)), ("J9", day(44)),
                    ("J37", date(2025, 4, 15)), ("J11", date(2022, 6, 17))):   # last two: before last test
        ws[cell] = v
        ws[cell].number_format = "yyyy-mm-dd"
    for i, (acc, why) in enumerate([("MSB-271", "contaminated"), ("MSB-558", "ID doubtful"),
                                    ("MSB-001", "stock exhausted"), ("MSB-948", "returned to donor")]):
        put(rq, 2 + i, 8, [acc, why])


# ------------------------------------------------------------------ quarry_output
def quarry() -> None:
    rng = random.Random(605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Daily"
    ws["A1"] = "Granite Ridge Quarry - daily output, November 2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "tonnes from the weighbridge; downtime in h:mm"
    cols = ["Date", "Day", "Shift", "Pit", "Tonnes", "Tgt (t)", "Loads", "Haul (km)", "Fuel (L)",
            "Start", "Stop", "Downtime", "Foreman"]
    header(ws, 4, 1, cols)
    r = 5
    dd = dt.date(2026, 11, 2)
    while dd <= dt.date(2026, 11, 30):
        wd = dd.weekday()
        if wd == 6:
            dd += dt.timedelta(days=1)
            continue
        pits = ["North", "South"] if wd < 5 else ["North"]
        for pit in pits:
            tgt = (1400 if pit == "North" else 950) if wd < 5 else 600
            t = round(tgt * rng.choice([0.72, 0.85, 0.93, 0.98, 1.04, 1.12, 1.19])) + rng.randint(-25, 25)
            loads = round(t / rng.choice([22, 25, 28]))
            st = hm(rng.choice([5, 6, 6, 6, 7]), rng.choice([0, 30, 45]))
            ln = rng.choice([480, 540, 570, 600, 630, 690]) if wd < 5 else 300
            sm = st.hour * 60 + st.minute + ln
            dn = rng.choice([0, 0, 15, 20, 45, 70, 95, 150])
            put(ws, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), "Day", pit, t, tgt,
                           loads, round(loads * rng.choice([3.8, 4.6, 5.2]), 1),
                           round(t * rng.choice([1.6, 1.9, 2.3])), st, hm(sm // 60, sm % 60),
                           hm(dn // 60, dn % 60), rng.choice(["G. Hollis", "R. Achebe", "M. Doyle"])],
                {11: "[h]:mm"})
            r += 1
        dd += dt.timedelta(days=1)
    mo = wb.create_sheet("Monthly")
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    prods = ["20mm clean", "10mm clean", "6mm chip", "Type 1 sub-base", "Scalpings", "Dust",
             "Rock armour", "40mm ballast", "Gabion stone", "Crusher run", "Topsoil", "Hardcore"]
    mo["A1"] = "Sales by product (t)"
    mo["A1"].font = BOLD
    header(mo, 2, 1, ["Product"] + months + ["LY Nov"])
    for i, p in enumerate(prods):
        base = rng.choice([80, 240, 600, 1300, 2500, 4200])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.62, 0.85, 0.96, 1.04, 1.18, 1.4])))
            vals.append(v)
        ly = round(vals[-1] * rng.choice([0.7, 0.85, 1.0, 1.2, 1.5]))
        put(mo, 3 + i, 1, [p] + vals + [ly])
    mo["A17"] = "Stock on hand at month end (t)"
    mo["A17"].font = BOLD
    header(mo, 18, 1, ["Product"] + months + ["Min stock"])
    for i, p in enumerate(prods[:8] + ["Granite setts", "Blinding sand", "Rock armour (small)", prods[9]]):
        base = rng.choice([300, 900, 1600, 3000, 5200])
        vals = []
        v = base
        for _ in range(6):
            v = max(0, round(v * rng.choice([0.7, 0.9, 1.0, 1.1, 1.3])))
            vals.append(v)
        put(mo, 19 + i, 1, [p] + vals + [rng.choice([400, 800, 1500])])
    quirks_quarry(ws, mo)
    widths(ws, "A B C D E F G H I J K L M", [11, 5, 6, 7, 8, 8, 6, 9, 8, 7, 7, 9, 11])
    wb.save(HERE / "quarry_output.xlsx")


def quirks_quarry(ws, mo) -> None:
    ws["E20"] = "1002"                           # tonnes stored as text
    ws["E33"] = None                             # weighbridge down
    ws["E10"] = None
    ws["C47"] = "Adj"                            # weighbridge correction row
    ws["E47"] = -135
    for c in "FGHIJKL":
        ws[f"{c}47"] = None
    ws["M30"] = "G. Hollis "                     # trailing space
    ws["A40"] = "24/11/2026"                     # date typed as text
    ws["D45"] = "North"                          # same date + pit twice (row 44)
    mo["D7"] = None                              # blanks in the sales table
    mo["F10"] = None
    mo["B30"] = 5790


# ------------------------------------------------------------------ harbour_pilotage
def harbour() -> None:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Movements"
    ws["A1"] = "Port of Kellsway - pilotage log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Max draught, berth 4 (m)"
    ws["C2"] = 11.5
    ws["A3"] = "times are local; fees ex. tax"
    cols = ["Job #", "Vessel", "IMO", "Type", "LOA (m)", "Draught (m)", "Mvmt", "Date", "ETA",
            "POB", "Pilot", "Tugs", "Fee ($)", "Inv. paid"]
    header(ws, 5, 1, cols)
    vessels = [("Maersk Elba", "Container", 334, 12.8), ("Nordic Star", "Tanker", 183, 10.9),
               ("Clyde Venture", "General cargo", 122, 7.4), ("MSC Aurora", "Container", 299, 12.1),
               ("Stena Carrier", "Ro-Ro", 212, 7.9), ("Baltic Hawk", "Bulk", 190, 11.1),
               ("Oceanic Pearl", "Cruise", 294, 8.3), ("Thames Spirit", "Tanker", 145, 9.2),
               ("Arklow Rose", "General cargo", 90, 5.8), ("MSC Lucia", "Container", 276, 11.9),
               ("Fjord Trader", "Bulk", 229, 12.4), ("Kellsway Lady", "Dredger", 78, 4.6),
               ("Atlantic Dawn", "Ro-Ro", 186, 7.1), ("Golden Isle", "Tanker", 250, 13.2)]
    pilots = ["Capt. Reyes", "Capt. Olsen", "Capt. Nwosu", "Capt. Byrne", "Capt. Haddad"]
    imo = {v[0]: 9100000 + rng.randint(10000, 99999) for v in vessels}
    for i in range(42):
        r = 6 + i
        name, typ, loa, dr = rng.choice(vessels)
        draught = round(dr - rng.choice([0, 0.3, 0.6, 1.1, 1.8]), 1)
        off = pick_offset(rng, -40, 6, {0, -7, -1, 7, -30})
        eta_m = rng.choice(range(0, 24 * 60, 15))
        pob_m = eta_m + rng.choice([-20, -10, 0, 5, 15, 25, 40, 55, 80])
        if pob_m < 0 or pob_m >= 24 * 60 or off > 0:
            pob_m = None
        mv = rng.choice(["Arrival", "Departure", "Arrival", "Departure", "Shift"])
        tugs = 0 if loa < 130 else (1 if loa < 200 else rng.choice([2, 2, 3]))
        fee = round(400 + loa * rng.choice([6.5, 7.2, 8.0]) + (350 * tugs), -1)
        paid = None
        if pob_m is not None and off < -5 and rng.random() < 0.75:
            paid = day(off + rng.choice([3, 5, 9]))
            if paid.date() >= BUILT:
                paid = None
        put(ws, r, 1, [f"PJ-{26400 + i}", name, imo[name], typ, loa,
                       draught, mv, day(off), hm(eta_m // 60, eta_m % 60),
                       hm(pob_m // 60, pob_m % 60) if pob_m is not None else None,
                       rng.choice(pilots), tugs, fee, paid], {5: "0.0", 12: "#,##0"})
    pl = wb.create_sheet("Pilots")
    header(pl, 1, 1, ["Pilot", "Class", "Licence exp.", "Medical due", "Hrs (Nov)", "Max hrs",
                      "Last job", "Mobile"])
    people = pilots + ["Capt. Lindgren", "Capt. Moreau", "Capt. Tanaka", "Capt. Kowal",
                       "Capt. Ferreira", "Capt. O'Dea", "Capt. Mensah", "Capt. Quist", "Capt. Varga"]
    for i, p in enumerate(people):
        r = 2 + i
        lic = pick_offset(rng, -20, 700, {0, 60, 61, 59, -1, 1})
        med = pick_offset(rng, -30, 400, {0, 90, 91, 92, 89, -1, 1})
        mx = rng.choice([120, 140, 160])
        hrs = mx + rng.choice([-55, -30, -16, -12, -6, -3, 8, 14])
        last = pick_offset(rng, -70, -1, {-30, -31, -29, -14})
        put(pl, r, 1, [p, rng.choice(["A", "A", "B", "C"]), day(lic), day(med), hrs, mx, day(last),
                       f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])
    quirks_harbour(ws, pl)
    widths(ws, "A B C D E F G H I J K L M N", [10, 15, 9, 13, 8, 11, 10, 11, 7, 7, 13, 5, 9, 11])
    wb.save(HERE / "harbour_pilotage.xlsx")


def quirks_harbour(ws, pl) -> None:
    ws["A30"] = "PJ-26423"                       # duplicate job number (row 29)
    ws["B47"] = "Baltic Hawk "                   # trailing space
    ws["C24"] = "9169521"                        # IMO stored as text
    ws["C40"] = "9197497"
    ws["M18"] = "980"                            # fee stored as text
    ws["H36"] = "20/11/2026"                     # date typed as text
    ws["J10"] = None                             # POB never entered
    ws["G32"] = "arrival"
    ws["M44"] = -350                             # credit
    ws["F11"] = 11.6
    ws["F28"] = 11.4
    ws["E16"] = "276"                            # LOA / draught stored as text
    ws["F39"] = "11.3"
    pl["C15"] = day(-12)                         # licence lapsed
    pl["D13"] = day(-20)                         # medical overdue
    for cell in ("C15", "D13"):
        pl[cell].number_format = "yyyy-mm-dd"


if __name__ == "__main__":
    for f in (laundry, archive, hackathon, seeds, quarry, harbour):
        f()
    print("built 6 workbooks in", HERE)
