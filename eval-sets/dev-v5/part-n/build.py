"""Build the six workbooks of dev-v5 part N (openpyxl only, fixed seeds).

Dates are literals or offsets from BUILT (2026-12-01, a Tuesday), which is "today" for every
date-relative request. Times of day are real Excel times (dt.time), durations are real Excel
durations (dt.timedelta / dt.time with an [m]:ss or m:ss format). Run:  python build.py
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


def at(offset: int, h: int, m: int) -> dt.datetime:
    return dt.datetime.combine(BUILT + dt.timedelta(days=offset), dt.time(h, m))


def header(ws, row: int, col: int, names: list[str]) -> None:
    for i, name in enumerate(names):
        c = ws.cell(row=row, column=col + i, value=name)
        c.font = BOLD


def put(ws, row: int, col: int, values: list) -> None:
    for i, v in enumerate(values):
        if v is not None:
            c = ws.cell(row=row, column=col + i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy-mm-dd" if v.time() == dt.time() else "yyyy-mm-dd hh:mm"
            elif isinstance(v, dt.time):
                c.number_format = "hh:mm"


def pick(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, ws_widths: list[int]) -> None:
    for col, w in zip(spec.split(), ws_widths):
        ws.column_dimensions[col].width = w


FIRST = ["Aisha", "Ben", "Carys", "Dan", "Ella", "Femi", "Gwen", "Harry", "Imran", "Jess",
         "Kit", "Lucy", "Maya", "Nate", "Orla", "Pete", "Rhian", "Sam", "Tariq", "Zoe"]
LAST = ["Adams", "Bevan", "Cole", "Dunn", "Evans", "Foster", "Gill", "Hughes", "Iqbal", "Jones",
        "Khan", "Lloyd", "Morgan", "Nash", "Owen", "Price", "Rees", "Shah", "Turner", "Webb"]


# ------------------------------------------------------------------ escape_room_bookings
def escape() -> None:
    rng = random.Random(601)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bookings"
    ws["A1"] = "Lock & Key Escape Rooms"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "bookings export (Main St + Dockside) - prices in $, times 24h"
    ws["Q2"] = "min deposit"
    ws["R2"] = 0.25
    ws["R2"].number_format = "0%"
    cols = ["Ref", "Booked On", "Game Date", "Start", "End", "Room", "Lead Booker", "Party",
            "Max", "Price ($)", "Deposit", "Paid ($)", "Status", "Time Taken", "Escaped?",
            "Rating", "Notes"]
    header(ws, 4, 2, cols)                         # header at B4, data rows 5..54
    rooms = {"The Vault": (6, 30), "Pharaoh's Tomb": (8, 28), "Asylum 13": (6, 32),
             "Space Station": (10, 27), "Cabin Fever": (5, 30), "Heist HQ": (8, 29)}
    slots = [(10, 0), (11, 30), (13, 0), (14, 30), (16, 0), (17, 30), (19, 15), (20, 45)]
    notes = [None] * 7 + ["birthday", "Birthday - bring cake", "voucher VX-2231", "gift voucher",
                          "corporate (invoice)", "late arrival", "hen do", "first time",
                          "VOUCHER staff"]
    leads = [0, 1, 2, 4, 5, 6, 8, 10, 12, 15, 20, 25, 33, 40, 52, 60]
    for i in range(50):
        r = 5 + i
        g = pick(rng, -45, 28, {0, 7, -7, 14, -14, 1, -1})
        while True:
            lead = rng.choice(leads)
            b = g - lead
            if b < 0 and b != -14:
                break
        room = rng.choice(list(rooms))
        mx, pp = rooms[room]
        h, m = rng.choice(slots)
        length = rng.choice([75] * 7 + [105, 105, 60])
        start = dt.time(h, m)
        e = h * 60 + m + length
        end = dt.time(e // 60, e % 60)
        if g < 0:
            status = rng.choice(["Completed"] * 7 + ["No-show", "Cancelled"])
        else:
            status = rng.choice(["Confirmed"] * 5 + ["Pending", "Cancelled"])
        party = rng.randint(2, mx)
        note = rng.choice(notes)
        price = party * pp
        if note and "voucher" in note.lower():
            price = round(price * 0.6)
        elif party >= 7:
            price = round(price * 0.85)
        dep = None
        if status in ("Confirmed", "Completed", "No-show") or (status == "Cancelled" and rng.random() < 0.4):
            share = rng.choice([0.2, 0.3, 0.5, 0.5, None])
            dep = round(price * share) if share else None
        paid = None
        taken = esc = rating = None
        if status == "Completed":
            paid = rng.choice([price] * 7 + [price - 20, price + 10])
            mins = rng.choice([38, 41, 44, 47, 49, 52, 55, 57, 60, 60])
            secs = 0 if mins == 60 else rng.randint(1, 59)
            taken = dt.timedelta(minutes=mins, seconds=secs)
            esc = "N" if mins == 60 else rng.choice(["Y", "Y", "Y", "y"])
            rating = rng.choice([5, 5, 4, 4, 4, 3, 2, 1, None])
        elif status == "No-show":
            paid = dep
        put(ws, r, 2, [f"LK-{4101 + i}", day(b), day(g), start, end, room,
                       f"{rng.choice(FIRST)} {rng.choice(LAST)}", party, mx, price, dep, paid,
                       status, None, esc, rating, note])
        if taken is not None:
            c = ws.cell(row=r, column=15, value=taken)
            c.number_format = "[m]:ss"
    # quirks
    ws["B31"] = ws["B12"].value                      # duplicate refs
    ws["B47"] = ws["B40"].value
    ws["H20"] = ws["H20"].value + " "                # trailing space in a name
    ws["H36"] = None                                 # blank lead booker
    ws["N43"] = "completed"                          # lower-case status
    ws["D28"] = "17/12/2026"                         # game date typed as text (a Thursday)
    ws["I42"] = "6"                                  # party size stored as text
    ws["I21"], ws["K21"] = 11, 252                   # parties bigger than the room allows
    ws["I45"], ws["K45"], ws["M45"] = 6, 180, 190
    ws["Q44"] = 2                                    # a couple of poor ratings
    ws["Q39"] = 1
    ws["Q52"] = None                                 # played, not rated
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 11, 11, 6, 6, 14, 15, 6, 5, 9, 8, 9, 10, 10, 9, 7, 20])

    rng = random.Random(611)
    rs = wb.create_sheet("Rooms")
    header(rs, 1, 1, ["Room", "Site", "Theme", "Min ppl", "Max ppl", "Limit (min)",
                      "Price pp ($)", "Escape rate", "Sep", "Oct", "Nov", "Last reset",
                      "Deep clean due"])
    data = [("The Vault", "Main St", "bank heist", 2, 6, 60, 30),
            ("Pharaoh's Tomb", "Main St", "ancient Egypt", 3, 8, 60, 28),
            ("Asylum 13", "Main St", "horror", 2, 6, 60, 32),
            ("Space Station", "Dockside", "sci-fi", 4, 10, 75, 27),
            ("Cabin Fever", "Main St", "wilderness", 2, 5, 60, 30),
            ("Heist HQ", "Dockside", "crime", 3, 8, 60, 29),
            ("Mad Lab", "Dockside", "science", 2, 6, 60, 29),
            ("Ghost Ship", "Dockside", "pirates", 3, 7, 60, 30),
            ("Jungle Temple", "Dockside", "adventure", 2, 6, 60, 28),
            ("Kids' Quest", "Main St", "family", 2, 8, 45, 22)]
    for i, (room, site, theme, mn, mx, lim, pp) in enumerate(data):
        r = 2 + i
        months = [rng.choice([9, 14, 16, 23, 27, 31, 36, 41, 44, 52]) + rng.randint(0, 3) for _ in range(3)]
        put(rs, r, 1, [room, site, theme, mn, mx, lim, pp, rng.choice([0.31, 0.42, 0.48, 0.55, 0.63, 0.7]),
                       *months, day(pick(rng, -75, -2, {-30, -31, -29})),
                       day(pick(rng, -12, 40, {0, 10, 9, 11}))])
        rs.cell(row=r, column=8).number_format = "0%"
    wb.save(HERE / "escape_room_bookings.xlsx")


# ------------------------------------------------------------------ wind_farm
def wind() -> None:
    rng = random.Random(602)
    wb = Workbook()
    ws = wb.active
    ws.title = "Turbines"
    ws["A1"] = "Carrow Ridge Wind Farm"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "WTG register - updated 30/11/2026"
    ws["A3"] = "avail = time-based availability YTD; gearbox temps are 10-min averages at noon"
    ws["N2"] = "vib. alarm (mm/s):"
    ws["O2"] = 4.5
    cols = ["WTG", "Model", "Rated MW", "Hub Ht (m)", "Commissioned", "Last Svc", "Next Svc",
            "Avail %", "Avail Tgt", "Gearbox °C", "Alarm °C", "Vib (mm/s)", "YTD MWh", "YTD LY",
            "Status", "Tech"]
    header(ws, 5, 1, cols)                         # header A5, data rows 6..41
    models = {"V112-3.3": (3.3, 94, 80, 0.97), "SWT-2.3-93": (2.3, 80, 75, 0.95),
              "E-82 E2": (2.0, 78, None, 0.97)}
    techs = ["RM", "JB", "KO", "SP", None]
    rated_of = {}
    for i in range(36):
        r = 6 + i
        model = rng.choice(list(models))
        rated, hub, alarm, tgt = models[model]
        last = pick(rng, -200, -5, set())
        nxt = last + rng.choice([150, 150, 150, 270, 365])
        if nxt in (0, 30, 29, 31, -1, 1):
            nxt += 4
        avail = rng.choice([0.862, 0.884, 0.913, 0.931, 0.948, 0.957, 0.962, 0.968, 0.974, 0.981, 0.989, 0.994])
        gear = "n/a" if alarm is None else alarm - rng.choice([21, 17, 13, 9, 7, 4, 2, -3])
        vib = rng.choice([1.4, 2.1, 2.6, 3.2, 3.8, 4.1, 4.9, 5.6, 6.3])
        ytd = round(rated * 8760 * 0.917 * rng.choice([0.26, 0.29, 0.31, 0.34, 0.37]))
        ly = round(ytd * rng.choice([0.8, 0.95, 1.02, 1.05, 1.08, 1.18, 1.3]))
        status = rng.choice(["Running"] * 6 + ["running", "Curtailed", "Offline", "Maint "])
        put(ws, r, 1, [f"CR{i + 1:02d}", model, rated, hub,
                       dt.datetime(rng.choice([2012, 2013, 2015, 2016]), rng.randint(1, 12), rng.randint(2, 27)),
                       day(last), day(nxt), avail, tgt, gear, alarm if alarm else "n/a", vib, ytd, ly,
                       status, rng.choice(techs)])
        ws.cell(row=r, column=8).number_format = "0.0%"
        ws.cell(row=r, column=9).number_format = "0%"
        rated_of[f"CR{i + 1:02d}"] = rated
    ws["E19"] = "23/05/2014"                        # commissioned typed as text
    ws["M24"] = str(ws["M24"].value)                # YTD stored as text
    ws["N24"] = 7100
    ws["P20"] = None                                # no tech assigned
    widths(ws, "A B C D E F G H I J K L M N O P", [7, 12, 9, 10, 13, 11, 11, 8, 9, 10, 9, 10, 9, 9, 10, 6])

    ms = wb.create_sheet("Monthly MWh")
    ms["A1"] = "net export by turbine (MWh), 2026 - from SCADA"
    header(ms, 2, 1, ["WTG", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Tgt / mo"])
    season = [0.62, 0.58, 0.7, 0.86, 1.05, 1.22]
    for i in range(36):
        r = 3 + i
        wtg = f"CR{i + 1:02d}"
        rated = rated_of[wtg]
        base = rated * 720 * 0.31
        vals = [round(base * s * rng.uniform(0.7, 1.25), 1) for s in season]
        for m in range(6):
            if rng.random() < 0.05:
                vals[m] = None
        put(ms, r, 1, [wtg, *vals, round(base * 0.95 / 10) * 10])
    ms["E14"] = -3.4                                # net import while offline

    fs = wb.create_sheet("Faults")
    header(fs, 1, 1, ["Fault #", "WTG", "Code", "Description", "Start", "Cleared",
                      "Downtime (h)", "Lost MWh", "Reset by", "Remote?"])
    faults = [("E312", "Yaw misalignment"), ("P104", "Pitch system fault"), ("G001", "Grid loss"),
              ("GB77", "Gearbox oil temp high"), ("C220", "Converter trip"),
              ("A015", "Anemometer fault"), ("E318", "yaw motor overload"), ("I900", "Ice detected"),
              ("H051", "Low hydraulic pressure")]
    for i in range(32):
        r = 2 + i
        off = pick(rng, -60, -1, set())
        hh = rng.choice([1, 2, 3, 4, 5, 7, 9, 11, 13, 14, 16, 18, 20, 22, 23])
        mm = rng.choice([0, 15, 30, 45])
        if hh == 5 and mm == 45:
            mm = 30
        start = at(off, hh, mm)
        dur = rng.choice([0.5, 1.25, 2.75, 4.5, 7, 11.25, 18.5, 26, 31.75, 48, 70.5])
        cleared = start + dt.timedelta(hours=dur)
        if cleared.date() >= BUILT or (off > -4 and rng.random() < 0.5):
            cleared = None
        code, desc = rng.choice(faults)
        wtg = f"CR{rng.randint(1, 36):02d}"
        remote = rng.choice(["Y", "Y", "N"])
        put(fs, r, 1, [f"F-{2610 + i}", wtg, code, desc, start, cleared,
                       dur if cleared else None,
                       round(dur * rated_of[wtg] * 0.3, 1) if cleared else None,
                       rng.choice(["SCADA", "RM", "JB", "KO"]) if cleared else None, remote])
    fs["A20"] = fs["A9"].value                       # duplicate fault number
    for c in "FGHI":                                 # a second fault still open
        fs[f"{c}20"] = None
    fs["G12"] = (fs["G12"].value or 0) + 2           # downtime figures that don't match
    fs["G27"] = round((fs["G27"].value or 0) / 2, 2)
    wb.save(HERE / "wind_farm.xlsx")


# ------------------------------------------------------------------ rowing_club
def rowing() -> None:
    rng = random.Random(603)
    wb = Workbook()
    ws = wb.active
    ws.title = "Boats"
    ws["A1"] = "Riverside Rowing Club - fleet list"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "weights in kg (rigged); values as per insurance schedule"
    cols = ["Boat Name", "Class", "Seats", "Maker", "Built", "Wt (kg)", "Min wt (kg)", "Value $",
            "Insured $", "Insurance exp", "Last inspected", "Status", "Notes"]
    header(ws, 3, 1, cols)                          # header A3, data 4..33
    classes = {"1x": (1, 14, 7800), "2x": (2, 27, 12500), "2-": (2, 27, 11800),
               "4x": (4, 52, 21000), "4+": (5, 51, 19500), "4-": (4, 50, 20500), "8+": (9, 96, 38000)}
    names = ["Kingfisher", "Heron", "Swan", "Osprey", "Cormorant", "Mallard", "Grebe", "Kestrel",
             "Merlin", "Otter", "Avocet", "Curlew", "Dipper", "Egret", "Falcon", "Gannet",
             "Harrier", "Ibis", "Jackdaw", "Kite", "Lapwing", "Moorhen", "Nightjar", "Puffin",
             "Redshank", "Skylark", "Teal", "Wagtail", "Wren", "Plover"]
    makers = ["Empacher", "Filippi", "Janousek", "Stampfli", "WinTech", "Hudson"]
    notes = [None] * 5 + ["new rigger needed", "Riggers swapped with Teal", "hull crack (stern)",
                          "loan to school", "stern canvas patched", "bow ball missing",
                          "RIGGER bolts replaced"]
    for i in range(30):
        r = 4 + i
        cls = rng.choice(list(classes))
        seats, minwt, val = classes[cls]
        built = rng.randint(1996, 2024)
        age = 2026 - built
        value = round(val * max(0.25, 1 - 0.035 * age) / 100) * 100
        insured = rng.choice([value] * 5 + [value - 1500, round(value * 0.7 / 100) * 100, value + 1000])
        insexp = day(pick(rng, -20, 300, {0, 60, 59, 61}))
        insp = day(pick(rng, -520, -10, {-365, -364, -366}))
        status = rng.choice(["In service"] * 6 + ["in service", "Repair", "Out of service", "Sold"])
        put(ws, r, 1, [names[i], cls, seats, rng.choice(makers), built,
                       round(minwt + rng.choice([0.5, 1.5, 3, 4.5, 6.5, 9]), 1), minwt, value,
                       insured, insexp, insp, status, rng.choice(notes)])
    ws["A22"] = "Mallard"                           # duplicate boat name (second Mallard)
    ws["A5"] = "Heron "                             # trailing space
    ws["E11"] = str(ws["E11"].value)                # year stored as text
    ws["J15"] = "31/03/2027"                        # insurance expiry typed as text
    ws["H27"] = None                                # no value / insurance on a sold boat
    ws["I27"] = None
    ws["J19"] = None
    ws["F13"] = None                                # never weighed
    ws["L30"] = "In service "
    widths(ws, "A B C D E F G H I J K L M", [12, 6, 6, 10, 6, 8, 10, 9, 10, 13, 13, 13, 24])

    os_ = wb.create_sheet("Outings")
    os_["A1"] = "Sign-out book  Oct-Nov 2026"
    os_["N1"] = "Lighting-down:"
    os_["O1"] = dt.time(16, 45)
    os_["O1"].number_format = "hh:mm"
    header(os_, 2, 1, ["Date", "Boat", "Crew / cox", "Squad", "Out", "In", "Dist (km)",
                       "Plan km", "Avg split", "Tgt split", "Water", "Coach"])
    squads = {"Senior M": dt.time(0, 1, 55), "Senior W": dt.time(0, 2, 5), "Junior": dt.time(0, 2, 15),
              "Masters": dt.time(0, 2, 10), "Novice": dt.time(0, 2, 30)}
    outs = [(6, 15), (6, 30), (6, 45), (7, 15), (7, 45), (9, 0), (10, 30), (13, 45), (14, 15), (15, 0)]
    crews = ["M1 Senior", "W1 Senior", "J15 quad", "J16 eight", "Masters A", "Novice squad",
             "T. Okoro (sculling)", "L. Hart + cox", "Vets 4", "R. Singh (cox)"]
    coaches = ["Gail", "Tom B", "Ade", None, None]
    boats = [ws.cell(row=r, column=1).value for r in range(4, 34)]
    for i in range(54):
        r = 3 + i
        off = pick(rng, -48, -1, {-7, -8, -6})
        sq = rng.choice(list(squads))
        h, m = rng.choice(outs)
        mins = rng.choice([55, 70, 85, 95, 105, 115, 135, 150])
        e = h * 60 + m + mins
        plan = rng.choice([8, 10, 12, 14, 16])
        dist = round(plan * rng.choice([0.6, 0.75, 0.9, 1.0, 1.0, 1.1, 1.2]), 1)
        tgt = squads[sq]
        ts = tgt.minute * 60 + tgt.second + rng.choice([-9, -5, -2, 3, 6, 11, 17])
        water = rng.choice(["Green"] * 4 + ["green", "Amber", "Amber", "Red"])
        put(os_, r, 1, [day(off), rng.choice(boats).strip(), rng.choice(crews), sq, dt.time(h, m),
                        dt.time(e // 60, e % 60), dist, plan, dt.time(0, ts // 60, ts % 60), tgt, water,
                        rng.choice(coaches)])
        os_.cell(row=r, column=9).number_format = "m:ss"
        os_.cell(row=r, column=10).number_format = "m:ss"
    os_["F40"] = dt.time(6, 50)                     # In before Out (entry error)
    os_["F29"] = dt.time(16, 55)                    # back after lighting-down
    os_["F39"] = dt.time(16, 50)
    for c in ("F29", "F39", "F40"):
        os_[c].number_format = "hh:mm"
    os_["G28"] = 11.5                               # keep masters distances off 12 km
    os_["G38"] = 12.4
    os_["C12"] = None                               # crew not written down
    os_["C33"] = None
    os_["G21"] = None                               # distance not filled in
    os_["G48"] = None
    os_["F48"] = None                               # ... nor the In time here
    widths(os_, "A B C D E F G H I J K L", [11, 11, 18, 9, 6, 6, 8, 8, 8, 8, 7, 8])
    wb.save(HERE / "rowing_club.xlsx")


# ------------------------------------------------------------------ aquarium_tanks
def aquarium() -> None:
    rng = random.Random(604)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tanks"
    ws["A1"] = "Harbourside Aquarium - LSS tank register"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "temps in °C, salinity ppt, volumes in litres"
    ws["N2"] = "hi temp alarm °C"
    ws["O2"] = 26.5
    cols = ["Tank", "Exhibit", "Water", "Vol (L)", "Temp °C", "Set pt", "Sal. ppt", "pH", "Fish",
            "Max stock", "Last clean", "Clean every (d)", "Filter due", "Keeper", "Status"]
    header(ws, 3, 2, cols)                          # header B3, data 4..43
    exhibits = [("Shark Lagoon", "Marine", 24), ("Kelp Forest", "Marine", 14),
                ("Coral Reef 1", "Reef", 25.5), ("Coral Reef 2", "Reef", 25.5),
                ("Amazon Flooded Forest", "Fresh", 26), ("Mangrove", "Brackish", 25),
                ("Seahorse Nursery", "Marine", 23), ("Jellyfish", "Marine", 18),
                ("Reef sharks (juvenile)", "Reef", 26), ("Lake Malawi", "Fresh", 25),
                ("Rock Pool", "Marine", 15), ("Pufferfish", "Brackish", 26),
                ("Baby Sharks", "Marine", 22), ("Lionfish", "Reef", 25)]
    keepers = ["Amy", "Tom", "Raj", "Lina", "Amy", "Tom", None]
    for i in range(40):
        r = 4 + i
        ex, water, setp = exhibits[i % 14] if i < 28 else rng.choice(exhibits)
        name = ex if i < 14 else f"{ex} ({'B' if i < 28 else 'C'})"
        vol = rng.choice([400, 750, 1200, 2500, 4000, 8500, 16000, 45000]) + rng.randint(0, 40) * 10
        temp = round(setp + rng.choice([-2.3, -1.1, -0.6, -0.2, 0.1, 0.4, 0.8, 1.3, 2.1, 2.6]), 1)
        sal = {"Marine": rng.choice([31.5, 33.2, 34.1, 35.0, 35.6, 36.4]),
               "Reef": rng.choice([33.8, 34.6, 35.2, 35.9, 36.3]),
               "Brackish": rng.choice([8.5, 11.0, 14.5]), "Fresh": None}[water]
        ph = rng.choice([7.9, 8.05, 8.15, 8.25, 8.3]) if water in ("Marine", "Reef") else \
            rng.choice([6.6, 6.9, 7.2, 7.5, 7.7])
        fish = rng.randint(3, 60)
        maxst = max(2, fish + rng.choice([-6, -2, 0, 3, 8, 15, 20]))
        every = rng.choice([7, 14, 21, 28])
        last = pick(rng, -40, -1, {-every})
        status = rng.choice(["OK"] * 7 + ["Quarantine", "quarantine", "Maintenance", "Drained"])
        keeper = rng.choice(keepers)
        if status.lower() == "quarantine" and rng.random() < 0.7:
            keeper = rng.choice(["Amy", "Amy ", "amy", "Raj"])
        if status == "Drained":
            temp = ph = fish = None
            sal = None
        put(ws, r, 2, [f"T-{i + 1:02d}", name, water, vol, temp, setp, sal, ph, fish, maxst,
                       day(last), every, day(pick(rng, -10, 60, {0, 14, 13, 15})), keeper, status])
    ws["B30"] = "T-12"                              # duplicate tank id
    ws["F17"] = "26.9"                              # temp stored as text
    ws["H25"] = 28.9                                # low salinity
    ws["L21"] = "27/11/2026"                        # last clean typed as text
    ws["I9"] = None                                 # pH not recorded
    ws["I26"] = None
    ws["D38"] = "Reef"
    widths(ws, "A B C D E F G H I J K L M N O P", [3, 7, 24, 9, 8, 8, 7, 8, 6, 6, 9, 11, 9, 11, 8, 11])

    ns = wb.create_sheet("Nitrate (mg per L)")
    header(ns, 1, 1, ["Tank", "Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Limit"])
    for i in range(30):
        r = 2 + i
        base = rng.choice([3.1, 4.4, 6.2, 8.7, 12.5, 18.0, 26.0, 34.0, 45.0])
        vals = []
        v = base
        for _ in range(5):
            v = round(max(0.8, v + rng.choice([-6.5, -3.2, -1.1, 0.4, 1.8, 3.3, 7.4, 9.6])), 1)
            vals.append(v)
        if rng.random() < 0.15:
            vals[rng.randrange(5)] = None
        put(ns, r, 1, [f"T-{i + 1:02d}", *vals, rng.choice([20, 25, 40, 50])])
    ns["B14"] = 19.1
    ns["B16"] = 14.2

    fd = wb.create_sheet("Feeding")
    fd["A1"] = "feeding log - last 3 weeks"
    header(fd, 2, 1, ["Date", "Time", "Tank", "Food", "Qty (g)", "Plan (g)", "Fed by",
                      "Stock +/-", "Notes"])
    foods = ["mysis", "krill", "pellets", "brine shrimp (live)", "squid", "flake", "nori"]
    for i in range(45):
        r = 3 + i
        plan = rng.choice([5, 10, 20, 40, 80, 150])
        qty = round(plan * rng.choice([0.6, 0.8, 1.0, 1.0, 1.0, 1.1, 1.35, 1.6]), 1)
        stock = rng.choice([0] * 8 + [-1, -2, 3])
        note = rng.choice([None] * 5 + ["ate well", "refused food", "new arrivals", "1 loss - post mortem"])
        put(fd, r, 1, [day(pick(rng, -21, -1, set())),
                       dt.time(*rng.choice([(8, 30), (10, 0), (12, 15), (14, 0), (15, 30), (16, 45), (17, 30)])),
                       f"T-{rng.randint(1, 40):02d}", rng.choice(foods), qty, plan,
                       rng.choice(["Amy", "Tom", "Raj", "Lina"]), stock, note])
    wb.save(HERE / "aquarium_tanks.xlsx")


# ------------------------------------------------------------------ tree_surgery_jobs
def trees() -> None:
    rng = random.Random(605)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Oakline Arboriculture Ltd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Job sheet - 2026"
    ws["A3"] = "prices ex VAT; heights estimated on survey"
    ws["N2"] = "Sign-off over $"
    ws["O2"] = 2500
    cols = ["Job #", "Client", "Postcode", "Species", "Work", "Ht (m)", "Quoted", "Quote $",
            "Final $", "Visit", "Start", "Finish", "Est hrs", "TPO", "Consent ref", "Status", "Paid"]
    header(ws, 5, 2, cols)                          # header B5, data 6..53
    clients = ["Mrs J Cole", "Bristol City Council", "St Mary's School", "R. Patel", "Avon Housing",
               "D & K Morgan", "Clifton Lodge Hotel", "P. O'Neill", "Westbury Surgery", "T. Nash",
               "Redland Tennis Club", "Mr A Gill"]
    postcodes = ["BS6 5AB", "BS7 8QT", "BS9 1LL", "BS16 2XY", "BS1 4DJ", "BS8 3PH", "BS6 7RE",
                 "BS7 0NN", "BS10 6TU"]
    species = ["Oak", "Ash", "Beech", "Sycamore", "Leylandii", "Horse chestnut", "Willow", "Birch"]
    works = ["Fell", "Crown reduction 30%", "crown lift to 5m", "Deadwood", "Pollard",
             "Section fell", "Hedge reduction", "Stump grind", "Crown thin 20%"]
    for i in range(48):
        r = 6 + i
        q = pick(rng, -150, -2, {-60, -59, -61})
        status = rng.choice(["Quoted", "Quoted", "Booked", "Done", "Done", "Invoiced", "Invoiced", "Cancelled"])
        quote = rng.choice([250, 380, 520, 750, 980, 1400, 1850, 2200, 2900, 3600, 4800])
        ht = rng.choice([4, 6, 8, 11, 13, 16, 18, 22, 27])
        visit = final = start = finish = est = paid = None
        est = rng.choice([2, 3, 4, 5, 6, 8])
        if status == "Booked":
            visit = day(pick(rng, 1, 40, {14, 13, 15}))
        elif status in ("Done", "Invoiced"):
            gap = rng.choice([6, 12, 19, 25, 37, 44, 58])
            v = min(q + gap, -1)
            visit = day(v)
            final = round(quote * rng.choice([0.9, 1.0, 1.0, 1.0, 1.05, 1.15, 1.3]))
            sh, sm = rng.choice([(7, 30), (8, 0), (8, 30), (9, 0), (12, 30)])
            start = dt.time(sh, sm)
            dur = est + rng.choice([-1, -0.5, 0, 0.75, 1.5, 2.5])
            if dur == est:
                dur += 0.25
            fmin = sh * 60 + sm + int(dur * 60)
            if fmin == 16 * 60 + 30:
                fmin += 15
            finish = dt.time(fmin // 60, fmin % 60)
            if status == "Invoiced":
                paid = rng.choice(["Yes", "Yes", "No", "yes"])
            elif rng.random() < 0.3:
                paid = "No"
        elif status == "Cancelled" and rng.random() < 0.5:   # (keeps the seed sequence; no visit)
            visit = None
        tpo = rng.choice(["N", "N", "N", "Y", "Y", "y", None])
        consent = f"TPO/26/{rng.randint(10, 99):03d}" if tpo and tpo.upper() == "Y" and rng.random() < 0.6 else None
        put(ws, r, 2, [f"J26-{101 + i}", rng.choice(clients), rng.choice(postcodes),
                       rng.choice(species), rng.choice(works), ht, day(q), quote, final, visit,
                       start, finish, est, tpo, consent, status, paid])
    ws["B40"] = ws["B21"].value                      # duplicate job number
    ws["C33"] = None                                 # no client
    ws["C47"] = None
    ws["I14"] = str(ws["I14"].value)                 # quote stored as text
    ws["E25"] = "oak"
    ws["E44"] = "Oak "
    ws["Q37"] = "done"                               # lower-case status
    ws["I14"], ws["J14"] = "2900", 2610              # quote stored as text
    ws["E42"], ws["F42"] = "Beech", "Section fell"
    ws["F44"], ws["G44"] = "Fell", 18
    ws["K53"] = day(9)                               # visits coming up soon
    ws["K40"] = day(4)
    for c in ("K40", "K53"):
        ws[c].number_format = "yyyy-mm-dd"
    ws["K49"] = "30/11/2026"                         # visit date typed as text
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 20, 9, 14, 18, 7, 11, 8, 8, 11, 6, 6, 7, 5, 12, 9, 6])

    ck = wb.create_sheet("Crew & kit")
    ck["A1"] = "CREW"
    ck["A1"].font = BOLD
    header(ck, 2, 1, ["Name", "Role", "NPTC exp", "First aid exp", "Climbs YTD", "Aerial rescue"])
    crew = ["Dan Hughes", "Rhian Evans", "Kit Morgan", "Tariq Shah", "Pete Owen", "Zoe Webb",
            "Sam Lloyd", "Nate Dunn", "Orla Gill", "Imran Khan"]
    for i, nm in enumerate(crew):
        put(ck, 3 + i, 1, [nm, rng.choice(["Climber", "Climber", "Groundie", "Lead climber"]),
                           day(pick(rng, -40, 700, {0, 90, 89, 91})), day(pick(rng, -30, 900, {0, 90, 89, 91})),
                           rng.choice([0, 6, 14, 19, 23, 31, 44]), rng.choice(["Yes", "Yes", "No"])])
    ck["H1"] = "KIT REGISTER"
    ck["H1"].font = BOLD
    header(ck, 2, 8, ["Kit ID", "Item", "Bought", "Last LOLER", "Next LOLER", "Hrs run", "Service @ hrs"])
    items = ["MS 462 saw", "MS 201T top-handle", "Climbing harness", "Rope 45m", "Chipper GP160",
             "Stump grinder", "Pole saw", "Rigging block", "Friction device", "Winch"]
    for i in range(22):
        r = 3 + i
        item = rng.choice(items)
        last = pick(rng, -200, -3, set())
        engine = "saw" in item or item in ("Chipper GP160", "Stump grinder", "Winch")
        svc = rng.choice([50, 100, 200]) if engine else None
        hrs = round(svc * rng.choice([0.3, 0.6, 0.85, 1.1, 1.4])) if engine else None
        bought = dt.datetime(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(2, 27))
        if bought.date() > BUILT:
            bought = dt.datetime(2026, 3, 3)
        put(ck, r, 8, [f"K-{50 + i}", item, bought, day(last), day(last + 182 if last + 182 not in (0, 30) else last + 183),
                       hrs, svc])
    ck["C10"] = day(-25)                             # expired tickets
    ck["D12"] = day(-8)
    for c in ("C10", "D12"):
        ck[c].number_format = "yyyy-mm-dd"
    ck["E5"] = 31                                    # climbers without aerial rescue
    ck["E10"] = 23
    ck["M15"] = 112                                  # past its service hours
    widths(ck, "A B C D E F G H I J K L M N", [13, 12, 11, 12, 10, 12, 3, 7, 18, 11, 11, 11, 8, 12])
    wb.save(HERE / "tree_surgery_jobs.xlsx")


# ------------------------------------------------------------------ allotment_plots
def allotments() -> None:
    rng = random.Random(606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Plots"
    ws["A1"] = "Hillside Allotment Society - plot register 2026/27"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "rent due by"
    ws["B2"] = dt.datetime(2026, 10, 1)
    ws["B2"].number_format = "dd mmm yyyy"
    ws["A3"] = "inspection scores 1 (poor) to 5 (excellent)"
    cols = ["Plot", "Size", "Holder", "Since", "Rent $", "Paid $", "Paid on", "Bal $", "Apr", "Jun",
            "Aug", "Oct", "Water '25 (L)", "Water '26 (L)", "Shed", "Email"]
    header(ws, 4, 1, cols)                          # header A4, data 5..46
    rents = {"Full": 90, "Half": 50, "Quarter": 30}
    for i in range(42):
        r = 5 + i
        size = rng.choice(["Full", "Full", "Half", "Half", "Half", "Quarter"])
        nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        since = dt.datetime(rng.randint(2003, 2026), rng.randint(1, 12), rng.randint(2, 27))
        if since.date() > dt.date(2026, 9, 30):
            since = dt.datetime(2026, 4, 11)
        rent = rents[size]
        paid = rng.choice([rent] * 6 + [None, None, rent - 20, rent + 10])
        if paid is not None and paid <= 0:
            paid = rent
        paid_on = None
        if paid is not None:
            paid_on = dt.datetime(2026, rng.choice([8, 9, 9, 9, 10, 11]), rng.randint(2, 28))
        bal = rent - (paid or 0)
        new = since.year == 2026
        scores = [rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) for _ in range(4)]
        if new and since.month >= 4:
            scores[0] = None
        if new and since.month >= 6:
            scores[1] = None
        w25 = None if since.year >= 2026 else rng.choice([0, 800, 1500, 2400, 3600, 5200, 7100])
        w26 = rng.choice([400, 1100, 1900, 2600, 3900, 6100, 8300]) + rng.randint(0, 90)
        if w25:
            w25 += rng.randint(0, 90)
        put(ws, r, 1, [f"{(i // 14) + 1}{'ABCDEFGHIJKLMN'[i % 14]}", size, nm, since, rent, paid,
                       paid_on, bal, *scores, w25, w26, rng.choice(["Y", "Y", "N", "y"]),
                       nm.lower().replace(" ", ".") + "@hillside.example" if rng.random() < 0.8 else None])
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
    # two vacant plots
    for r in (19, 37):
        for c in range(3, 17):
            if c != 5 and c != 8:
                ws.cell(row=r, column=c).value = None
        ws.cell(row=r, column=8).value = 0
    ws["C29"] = ws["C11"].value                       # same holder on two plots
    ws["C42"] = "Pat & Sam Rees"
    ws["C15"] = "The Osei family"
    ws["C24"] = "J & M Turner"
    ws["D33"] = "15/03/2019"                          # since typed as text
    ws["F25"], ws["G25"], ws["H25"] = None, None, 50  # new holder, not paid yet
    for r in range(5, 47):                            # nobody used no water at all last year
        if ws.cell(row=r, column=13).value == 0:
            ws.cell(row=r, column=13).value = 300 + (r % 7) * 10
    ws["L28"] = 4                                     # keep average scores off 2.5
    ws["K11"] = 2
    widths(ws, "A B C D E F G H I J K L M N O P", [5, 8, 16, 11, 7, 7, 11, 6, 5, 5, 5, 5, 12, 12, 5, 28])

    # waiting list beside the register
    ws["R3"] = "WAITING LIST"
    ws["R3"].font = BOLD
    header(ws, 4, 18, ["Name", "Applied", "Wants", "Contacted"])
    for i in range(18):
        r = 5 + i
        applied = dt.datetime(rng.choice([2023, 2024, 2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(2, 27))
        if applied.date() > dt.date(2026, 11, 1):
            applied = dt.datetime(2026, 6, 9)
        contacted = None
        if rng.random() < 0.4:
            contacted = applied + dt.timedelta(days=rng.randint(30, 200))
            if contacted.date() >= BUILT:
                contacted = None
        put(ws, r, 18, [f"{rng.choice(FIRST)} {rng.choice(LAST)}", applied,
                        rng.choice(["Full", "Half", "Half", "any", "Quarter"]), contacted])
        ws.cell(row=r, column=19).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=21).number_format = "dd/mm/yyyy"
    ws["T6"] = "Full"
    ws["T12"] = "Full"
    widths(ws, "Q R S T U", [3, 16, 11, 8, 11])

    wp = wb.create_sheet("Work parties")
    header(wp, 1, 1, ["Date", "Start", "End", "Task", "Lead", "Vols", "Tgt", "Hrs logged"])
    tasks = ["clear brambles", "fix water trough", "path edging", "compost bays", "hedge laying",
             "shed roof", "bonfire", "seed swap stall"]
    for i in range(24):
        r = 2 + i
        off = -70 + i * 5 + rng.choice([0, 1, 2])
        if off in (0, 21, 20, 22):
            off += 3 if off != 20 else -2
        sh, sm = rng.choice([(8, 30), (9, 30), (10, 0), (13, 30), (8, 45)])
        length = rng.choice([2, 2.5, 3, 4])
        em = sh * 60 + sm + int(length * 60)
        tgt = rng.choice([6, 8, 10, 12])
        vols = rng.choice([tgt - 4, tgt - 2, tgt, tgt + 1, tgt + 3]) if off < 0 else None
        hrs = None
        if vols is not None:
            hrs = vols * length if rng.random() < 0.8 else vols * length - rng.choice([2, 3.5])
        put(wp, r, 1, [day(off), dt.time(sh, sm), dt.time(em // 60, em % 60), rng.choice(tasks),
                       rng.choice(["Bev", "Colin", "Hamid", "Jo", None]), vols, tgt, hrs])
    wb.save(HERE / "allotment_plots.xlsx")


if __name__ == "__main__":
    for f in (escape, wind, rowing, aquarium, trees, allotments):
        f()
    print("built 6 workbooks in", HERE)
