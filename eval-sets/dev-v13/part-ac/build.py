"""Build the six workbooks of dev-v13 part AC (openpyxl only, fixed seeds 1301-1306).

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


def setd(ws, ref: str, value, fmt: str = "yyyy-mm-dd") -> None:
    ws[ref] = value
    ws[ref].number_format = fmt


def pick_offset(rng: random.Random, lo: int, hi: int, avoid: set[int]) -> int:
    while True:
        o = rng.randint(lo, hi)
        if o not in avoid:
            return o


def widths(ws, spec: str, values: list[int]) -> None:
    for col, w in zip(spec.split(), values):
        ws.column_dimensions[col].width = w


# ------------------------------------------------------------------ animal_shelter
def shelter() -> None:
    rng = random.Random(1301)
    wb = Workbook()
    ws = wb.active
    ws.title = "Intake"
    ws["A1"] = "Hilltop Animal Rescue - intake register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "DOB is an estimate for strays. Fees in $. Kennel blocks: D = dogs, C = cats, S = small animals."
    ws["P1"] = "Review after (days)"
    ws["Q1"] = 45
    ws["P2"] = "Std adoption fee ($)"
    ws["Q2"] = 150
    cols = ["Ref", "Name", "Species", "Breed", "Sex", "DOB (est.)", "Intake", "Wt (kg)", "Vacc. due",
            "Neutered?", "Kennel", "Adopted on", "Fee ($)", "Status"]
    header(ws, 4, 1, cols)
    dogs = [("Staffie", 14, 22), ("Lurcher", 20, 32), ("Collie cross", 15, 24), ("Labrador", 26, 38),
            ("Jack Russell", 5, 9), ("GSD", 28, 40), ("Husky x Malamute", 24, 36), ("Greyhound", 26, 34)]
    cats = [("DSH", 3, 6), ("DLH", 3, 6), ("Siamese cross", 3, 5), ("Maine Coon", 5, 8)]
    small = [("Rabbit", "Lop", 1.5, 3.0), ("Rabbit", "Netherland Dwarf", 1.0, 1.5),
             ("Guinea pig", "Abyssinian", 0.7, 1.2)]
    dog_names = ["Bruno", "Tess", "Rocky", "Luna", "Diesel", "Maisie", "Bear", "Skye", "Rolo", "Nala",
                 "Ziggy", "Pippa", "Milo", "Juno"]
    cat_names = ["Smudge", "Tigger", "Misty", "Oscar", "Willow", "Pepper", "Salem", "Biscuit", "Cleo"]
    small_names = ["Thumper", "Clover", "Peanut", "Hazel", "Nibbles"]
    avoid = {0, -45, -44, -46, -7, -14, -30}
    for i in range(40):
        r = 5 + i
        u = rng.random()
        if u < 0.5:
            sp = "Dog"
            breed, lo, hi = rng.choice(dogs)
            name = rng.choice(dog_names)
            kennel = f"D{rng.randint(1, 18)}"
            wt = round(rng.uniform(lo, hi), 1)
        elif u < 0.82:
            sp = "Cat"
            breed, lo, hi = rng.choice(cats)
            name = rng.choice(cat_names)
            kennel = f"C{rng.randint(1, 24)}"
            wt = round(rng.uniform(lo, hi), 1)
        else:
            sp, breed, lo, hi = rng.choice(small)
            name = rng.choice(small_names)
            kennel = f"S{rng.randint(1, 8)}"
            wt = round(rng.uniform(lo, hi), 1)
        intake = pick_offset(rng, -170, -2, avoid)
        age_days = rng.choice([70, 130, 200, 290, 500, 800, 1300, 2200, 3100, 4000]) + rng.randint(-20, 20)
        dob = intake - age_days
        adopted = None
        if rng.random() < 0.45:
            a = intake + rng.choice([3, 5, 6, 9, 12, 20, 33, 48])
            if a <= -1:
                adopted = a
        fee = None
        if adopted is not None:
            fee = {"Dog": rng.choice([95, 150, 175, 175, 200, 250]),
                   "Cat": rng.choice([60, 85, 95, 120]),
                   "Rabbit": rng.choice([40, 55]), "Guinea pig": rng.choice([20, 30])}[sp]
            status = "Adopted"
        else:
            status = rng.choice(["Available", "Available", "Available", "Reserved", "Fostered", "Medical hold"])
        vacc = pick_offset(rng, -25, 140, {0, 14, 15, 13, -1, 1})
        neut = rng.choice(["Y", "Y", "N"]) if age_days > 180 else "N"
        put(ws, r, 1, [f"HR-{2601 + i * 3}", name, sp, breed, rng.choice(["M", "F"]), day(dob), day(intake),
                       wt, day(vacc), neut, kennel, day(adopted) if adopted is not None else None, fee, status],
            {7: "0.0"})

    fo = wb.create_sheet("Fosters")
    header(fo, 1, 1, ["Carer", "Animal ref", "Placed", "Return due", "Returned", "Nights",
                      "Allowance ($)", "Paid ($)"])
    carers = ["Jo Abbott", "Priya Nair", "Tom Kerr", "Ewa Nowak", "Sam Hale", "Lin Zhou",
              "Gary Pratt", "Ruth Mensah", "Ola Berg"]
    for i in range(24):
        r = 2 + i
        placed = pick_offset(rng, -120, -3, {-7, -14, -30})
        due = placed + rng.choice([14, 21, 28, 42, 56])
        if due in (0, 7, 6, 8, 1, -1):
            due += 3
        returned = None
        if due < -1 and rng.random() < 0.8:
            returned = due + rng.choice([-4, -2, 0, 0, 0, 1, 3, 6, 11])
            if returned >= 0:
                returned = None
        end = returned if returned is not None else 0
        nights = end - placed
        rate = rng.choice([10, 12, 15])
        allow = nights * rate
        paid = rng.choice([allow, allow, allow, 0, round(allow * 0.5), allow])
        put(fo, r, 1, [rng.choice(carers), f"HR-{2601 + rng.randrange(40) * 3}", day(placed), day(due),
                       day(returned) if returned is not None else None, nights, allow, paid])
    header(fo, 1, 10, ["Nightly rates", "$"])
    for i, (k, v) in enumerate([("Dog", 15), ("Cat", 10), ("Small animal", 6), ("Medical", 20)]):
        put(fo, 2 + i, 10, [k, v])

    wg = wb.create_sheet("Weights")
    wg["A1"] = "Weekly weigh-ins (kg) - dogs on a weight plan"
    wg["A1"].font = BOLD
    header(wg, 3, 1, ["Ref", "Name", "Wk 1", "Wk 2", "Wk 3", "Wk 4", "Wk 5", "Wk 6", "Wk 7", "Wk 8",
                      "Target (kg)"])
    for i in range(16):
        r = 4 + i
        w = rng.choice([9.4, 13.2, 18.6, 22.4, 27.8, 31.5, 36.2, 41.8])
        tgt = round(w * rng.choice([0.8, 0.85, 0.9, 1.1]), 1)
        vals = []
        for _ in range(8):
            w = round(w * rng.choice([0.955, 0.97, 0.985, 0.99, 1.0, 1.012, 1.03]), 1)
            vals.append(w)
        put(wg, r, 1, [f"HR-{2602 + i * 5}", rng.choice(dog_names)] + vals + [tgt],
            {k: "0.0" for k in range(2, 11)})
    quirks_shelter(ws, fo, wg)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [9, 10, 10, 17, 5, 11, 11, 8, 11, 10, 7, 11, 8, 13, 3, 20, 6])
    wb.save(HERE / "animal_shelter.xlsx")


def quirks_shelter(ws, fo, wg) -> None:
    ws["A31"] = "HR-2640"                        # duplicate ref (row 18)
    ws["B22"] = "Rolo "                          # trailing space
    ws["C42"] = "dog"                            # odd case
    ws["H27"] = "28.5"                           # weight stored as text
    ws["G41"] = "17/11/2026"                     # intake typed as text
    setd(ws, "L44", date(2025, 8, 23))           # adopted date typed with last year (before intake)
    setd(ws, "I23", day(11))
    ws["K16"] = None                             # kennel not assigned yet
    ws["K38"] = None
    ws["F29"] = None                             # no DOB estimate
    ws["M10"] = 0                                # fee waived
    ws["M28"] = None                             # fee never entered
    fo["H14"] = "315"                            # paid stored as text (half the allowance)
    setd(fo, "D11", day(4))                      # short placements ending soon
    setd(fo, "D12", day(6))
    wg["F9"] = None                              # missed weigh-ins
    wg["I15"] = None


# ------------------------------------------------------------------ cheese_cave
def cheese() -> None:
    rng = random.Random(1302)
    wb = Workbook()
    ws = wb.active
    ws.title = "Wheels"
    ws["A1"] = "Ledgerwood Creamery - cave ageing log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "one line per wheel / log; weights in kg; humidity read at the shelf"
    ws["Q4"] = "Max loss %"
    ws["R4"] = 0.12
    ws["R4"].number_format = "0%"
    ws["Q5"] = "Target humid. %"
    ws["R5"] = 0.9
    ws["R5"].number_format = "0%"
    cols = ["Batch", "Cheese", "Milk", "Made", "Min age (mo)", "Wt in (kg)", "Wt now (kg)",
            "Last turned", "Shelf", "Cave", "Humid. %", "Grade", "Sold to"]
    header(ws, 4, 2, cols)                               # header at B4
    kinds = [("Ledgerwood Cheddar", "Cow", 12, 24.0), ("Ledgerwood Cheddar", "Cow", 12, 24.0),
             ("Vale Blue", "Cow", 3, 7.5), ("Alpine Reserve", "Cow", 9, 11.0),
             ("Little Brie", "Cow", 2, 1.1), ("Goat Log", "Goat", 1, 0.6),
             ("Shepherd's Tomme", "Sheep", 4, 4.2), ("Smoked Cheddar", "Cow", 6, 5.0),
             ("Red Fox", "Cow", 9, 8.5)]
    buyers = [None, None, None, "Harper's Deli", "Fenwick Markets", "Old Mill Cafe", "Online shop"]
    batches = sorted(rng.sample(range(2301, 2650), 42))
    for i in range(42):
        r = 5 + i
        ch, milk, minage, win = rng.choice(kinds)
        made = pick_offset(rng, -760, -6, {-90, -91, -89, -7, -8})
        age = -made
        loss = min(0.17, age / 30 * rng.choice([0.007, 0.009, 0.011, 0.014]))
        wi = round(win * rng.uniform(0.94, 1.06), 2)
        wn = round(wi * (1 - loss), 2)
        turned = pick_offset(rng, -16, -1, {-7})
        grade = rng.choice(["A", "A", "A", "B", "B", "C", "Reject"])
        put(ws, r, 2, [f"LW-{batches[i]}", ch, milk, day(made), minage, wi, wn, day(turned),
                       f"S{rng.randint(1, 9)}", rng.randint(1, 3), rng.choice([0.83, 0.86, 0.88, 0.91, 0.93, 0.95]),
                       grade, rng.choice(buyers)], {5: "0.00", 6: "0.00", 10: "0%"})

    sa = wb.create_sheet("Sales")
    sa["A1"] = "Sales by cheese (kg)"
    sa["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(sa, 2, 1, ["Cheese"] + months + ["Nov LY", "Budget Nov"])
    names = ["Ledgerwood Cheddar", "Vale Blue", "Alpine Reserve", "Little Brie", "Goat Log",
             "Shepherd's Tomme", "Smoked Cheddar", "Red Fox", "Cheddar truckle (gift)", "Curds (fresh)",
             "Butter (farm)"]
    for i, nm in enumerate(names):
        base = rng.choice([60, 140, 310, 520, 880])
        vals = []
        v = base
        for _ in range(6):
            v = round(v * rng.choice([0.7, 0.86, 0.95, 1.04, 1.12, 1.3, 1.55]))
            vals.append(v)
        ly = round(vals[-1] * rng.choice([0.72, 0.9, 1.08, 1.25, 1.4]))
        bud = round(vals[-1] * rng.choice([0.8, 0.93, 1.07, 1.2]), -1)
        put(sa, 3 + i, 1, [nm] + vals + [ly, bud])
    header(sa, 2, 11, ["Price list", "$/kg"])
    for i, (nm, p) in enumerate([("Ledgerwood Cheddar", 24), ("Vale Blue", 31), ("Alpine Reserve", 38),
                                 ("Little Brie", 29), ("Goat Log", 42), ("Shepherd's Tomme", 36),
                                 ("Smoked Cheddar", 26), ("Red Fox", 27)]):
        put(sa, 3 + i, 11, [nm, p])

    tp = wb.create_sheet("Temps")
    tp["A1"] = "Cave temperature log (daily, 7am)"
    tp["A1"].font = BOLD
    header(tp, 3, 1, ["Date", "Day", "Cave 1 (°C)", "Cave 2 (°C)", "Cave 3 (°C)", "Checked by"])
    dd = dt.date(2026, 10, 19)
    r = 4
    while dd < BUILT:
        vals = []
        for cave in range(3):
            x = rng.choice([11.2, 11.6, 11.9, 12.1, 12.4, 12.7, 12.9, 13.3, 13.6])
            if rng.random() < 0.1:
                x = rng.choice([9.4, 9.7, 14.3, 14.8, 15.2])
            vals.append(x)
        put(tp, r, 1, [dt.datetime.combine(dd, dt.time()), dd.strftime("%a"), *vals,
                       rng.choice(["Meg", "Ash", "Meg", "Tariq"])], {2: "0.0", 3: "0.0", 4: "0.0"})
        r += 1
        dd += dt.timedelta(days=1)
    quirks_cheese(ws, sa, tp)
    widths(ws, "A B C D E F G H I J K L M N O P Q R",
           [3, 9, 20, 7, 11, 8, 9, 10, 11, 6, 6, 9, 7, 16, 3, 3, 16, 6])
    wb.save(HERE / "cheese_cave.xlsx")


def quirks_cheese(ws, sa, tp) -> None:
    ws["B33"] = ws["B12"].value                  # duplicate batch numbers
    ws["B45"] = ws["B21"].value
    ws["N35"] = "Old Mill Cafe "                 # trailing space
    ws["D23"] = "goat"                           # odd case
    ws["H19"] = f"{ws['H19'].value:g}"           # weight stored as text
    ws["E26"] = "14/06/2026"                     # made date typed as text
    ws["J41"] = None                             # no shelf recorded
    ws["J14"] = None
    ws["L28"] = None                             # humidity not read
    sa["E6"] = None                              # months missing
    sa["G11"] = None
    sa["E3"] = "655"                             # stored as text
    tp["D20"] = None                             # probe offline


# ------------------------------------------------------------------ dance_school
def dance() -> None:
    rng = random.Random(1303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pupils"
    ws["A1"] = "Step Lively Dance School - pupils, autumn term 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Att. = share of classes attended (T1 = spring, T2 = autumn). Fees per term in $."
    cols = ["Pupil", "DOB", "Style", "Grade", "Class day", "Joined", "Fee due ($)", "Paid ($)", "Disc. %",
            "Att. T1", "Att. T2", "Exam date", "Parent email", "Medical note"]
    header(ws, 3, 1, cols)
    first = ["Ava", "Ben", "Chloe", "Daisy", "Ella", "Finn", "Grace", "Hana", "Isla", "Jack", "Kiara",
             "Leo", "Maya", "Noor", "Olive", "Poppy", "Ruby", "Sofia", "Theo", "Zara"]
    last = ["Adams", "Bell", "Carter", "Dunn", "Evans", "Foster", "Green", "Hughes", "Iqbal", "Jones",
            "Khan", "Lowe", "Moss", "Patel"]
    styles = ["Ballet", "Ballet", "Tap", "Jazz", "Contemporary", "Street"]
    days_ = ["Mon", "Tue", "Wed", "Thu", "Sat", "Sat"]
    notes = [None, None, None, None, None, "asthma - inhaler in bag", "nut allergy", "Asthma (mild)",
             "glasses", "epipen - peanuts"]
    families = {}
    for i in range(38):
        r = 4 + i
        fn, ln = rng.choice(first), rng.choice(last)
        name = f"{fn} {ln}"
        age_days = rng.randint(4 * 365 + 40, 18 * 365 - 40)
        dob = -age_days
        style = rng.choice(styles)
        grade = min(8, max(1, (age_days // 365 - 4) // 2 + rng.choice([-1, 0, 0, 1])))
        joined = pick_offset(rng, -1500, -10, {-91, -92, -90, -89, -93})
        fee = rng.choice([120, 150, 150, 180, 210])
        disc = rng.choice([0, 0, 0, 0.1, 0.25])
        fee_due = round(fee * (1 - disc))
        paid = rng.choice([fee_due, fee_due, fee_due, fee_due, 0, round(fee_due / 2), None])
        t1 = rng.choice([0.55, 0.62, 0.7, 0.78, 0.85, 0.9, 0.95, 1.0])
        t2 = max(0.3, min(1.0, round(t1 + rng.choice([-0.22, -0.13, -0.05, 0, 0.04, 0.08]), 2)))
        exam = None
        if rng.random() < 0.45:
            exam = pick_offset(rng, 5, 80, {30, 29, 31})
        fam = families.get(ln)
        if fam is None or rng.random() < 0.5:
            fam = f"{rng.choice(['mum', 'dad', 'the', 'fam'])}.{ln.lower()}{rng.randint(1, 99)}@mail.example"
            families[ln] = fam
        put(ws, r, 1, [name, day(dob), style, grade, rng.choice(days_), day(joined), fee_due, paid, disc,
                       t1, t2, day(exam) if exam is not None else None, fam, rng.choice(notes)],
            {8: "0%", 9: "0%", 10: "0%"})

    rg = wb.create_sheet("Register")
    weeks = [f"W{k}" for k in range(1, 11)]
    header(rg, 1, 1, ["Pupil", "Class"] + weeks)
    for i in range(20):
        r = 2 + i
        p_abs = rng.choice([0.02, 0.08, 0.15, 0.3])
        marks = []
        for _ in weeks:
            x = rng.random()
            marks.append("A" if x < p_abs else ("L" if x < p_abs + 0.08 else "P"))
        put(rg, r, 1, [ws.cell(4 + i, 1).value, f"{ws.cell(4 + i, 3).value} {ws.cell(4 + i, 5).value}"] + marks)

    pupils = [(ws.cell(r, 1).value, ws.cell(r, 3).value) for r in range(4, 42)]
    ballet = [p for p, st in pupils if st == "Ballet"] + [p for p, st in pupils if st == "Contemporary"]
    tap = [p for p, st in pupils if st == "Tap"] + [p for p, st in pupils if st in ("Jazz", "Street")]
    ex = wb.create_sheet("Exams")
    ex["A1"] = "Ballet exams (Nov 2026) - marks out of 100"
    ex["A1"].font = BOLD
    header(ex, 2, 1, ["Pupil", "Grade", "Theory", "Practical", "Last yr"])
    ex["H2"] = "Pass mark (total)"
    ex["I2"] = 130
    for i in range(12):
        th = rng.choice([38, 47, 55, 61, 68, 72, 79, 84, 91])
        pr = max(20, min(98, th + rng.choice([-24, -15, -11, -6, -3, 2, 7, 13])))
        ly = rng.choice([None, 118, 126, 134, 141, 152, 160])
        put(ex, 3 + i, 1, [ballet[i], rng.randint(1, 6), th, pr, ly])
    ex["A18"] = "Tap exams (Nov 2026) - marks out of 100"
    ex["A18"].font = BOLD
    header(ex, 19, 1, ["Pupil", "Grade", "Mark", "Last yr"])
    for i in range(10):
        mk = rng.choice([52, 58, 63, 66, 71, 74, 77, 83, 88, 93])
        ly = rng.choice([48, 55, 60, 64, 70, 72, 79])
        put(ex, 20 + i, 1, [tap[i], rng.randint(1, 5), mk, ly])
    quirks_dance(ws, rg, ex)
    widths(ws, "A B C D E F G H I J K L M N",
           [15, 11, 13, 6, 9, 11, 10, 8, 7, 7, 7, 11, 28, 22])
    wb.save(HERE / "dance_school.xlsx")


def quirks_dance(ws, rg, ex) -> None:
    ws["A30"] = ws["A30"].value + " "            # trailing space
    ws["C17"] = "ballet"                         # odd case
    ws["G21"] = "150"                            # fee stored as text
    ws["F26"] = "14/03/2025"                     # joined typed as text
    ws["M12"] = None                             # no parent email
    ws["M33"] = None
    rg["F7"] = None                              # register not marked
    rg["I15"] = None
    ex["D8"] = None                              # practical not marked yet
    ex["D12"] = None


# ------------------------------------------------------------------ fire_extinguishers
def fire() -> None:
    rng = random.Random(1304)
    wb = Workbook()
    ws = wb.active
    ws.title = "Units"
    ws["A1"] = "Blaze Guard Services - extinguisher register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Contract: Harbourside Estates (4 sites). Weights in kg, pressure in bar."
    ws["A3"] = "Service interval (months)"
    ws["C3"] = 12
    ws["A4"] = "Max age (yrs)"
    ws["C4"] = 10
    cols = ["Unit ID", "Site", "Location", "Type", "Size (kg/L)", "Mfd", "Last svc", "Press. (bar)",
            "Min bar", "Gross wt (kg)", "Tare wt (kg)", "Tech", "Result"]
    header(ws, 6, 1, cols)
    sites = ["Harbour Mall", "Quay Offices", "Dockside Flats", "Harbour Depot"]
    locs = ["Kitchen", "Stairwell 2", "Lobby", "Plant room", "Car park L1", "Staff kitchen", "Server room",
            "Corridor B", "Stair core", "Loading bay", "Reception"]
    types = [("CO2", 2, None), ("CO2", 5, None), ("Powder", 6, 15), ("Powder", 9, 15), ("Foam", 6, 12),
             ("Foam", 9, 12), ("Water", 9, 12), ("Wet chem", 6, 12)]
    ids = rng.sample(range(100, 900), 44)
    for i in range(44):
        r = 7 + i
        typ, size, minbar = rng.choice(types)
        mfd = date(rng.randint(2013, 2025), rng.randint(1, 12), rng.randint(1, 28))
        last = pick_offset(rng, -420, -3, {-365, -366, -364, -335, -334, -336, -337, -333})
        if mfd.date() > BUILT + dt.timedelta(days=last):
            mfd = date(2019, 3, 14)
        press = None
        if minbar is not None:
            press = round(minbar + rng.choice([-2.4, -1.1, 0.6, 1.3, 2.1, 2.8]), 1)
        tare = rng.choice([3.1, 4.4, 5.2, 6.8]) if typ != "CO2" else rng.choice([4.9, 8.6])
        charge = round(size * rng.choice([0.9, 0.97, 0.99, 1.0, 1.0, 1.01]), 2)
        gross = round(tare + charge, 2)
        result = rng.choice(["Pass", "Pass", "Pass", "Pass", "Fail", "Replace"])
        put(ws, r, 1, [f"HE-{ids[i]}", rng.choice(sites), rng.choice(locs), typ, size,
                       mfd, day(last), press, minbar, gross, tare,
                       rng.choice(["J. Pike", "A. Osei", "M. Quinn"]), result], {7: "0.0", 9: "0.00", 10: "0.00"})

    vs = wb.create_sheet("Visits")
    header(vs, 1, 1, ["Visit #", "Site", "Date", "Start", "End", "Checked", "Failed", "Invoice ($)",
                      "Paid on", "Tech"])
    for i in range(26):
        r = 2 + i
        dte = pick_offset(rng, -75, -1, {-14, -15, -13, -30})
        st = rng.choice([7 * 60 + 30, 8 * 60, 9 * 60 + 15, 11 * 60, 13 * 60, 14 * 60 + 30])
        ln = rng.choice([55, 95, 130, 165, 200, 245, 290])
        en = st + ln
        if en in (17 * 60,):
            en += 10
        chk = rng.randint(6, 40)
        fail = rng.choice([0, 0, 1, 2, 3, round(chk * 0.3)])
        inv = round(85 + chk * rng.choice([9.5, 11, 12.5]) + fail * 35, 2)
        paid = None
        if rng.random() < 0.7:
            p = dte + rng.choice([6, 12, 21, 26, 38, 45])
            if p <= -1:
                paid = p
        put(vs, r, 1, [f"V-{5310 + i}", rng.choice(["Harbour Mall", "Quay Offices", "Dockside Flats",
                                                     "Harbour Depot"]), day(dte), hm(st // 60, st % 60),
                       hm(en // 60, en % 60), chk, fail, inv, day(paid) if paid is not None else None,
                       rng.choice(["J. Pike", "A. Osei", "M. Quinn"])], {7: "#,##0.00"})

    sk = wb.create_sheet("Stock")
    sk["A1"] = "Parts used per month"
    sk["A1"].font = BOLD
    months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(sk, 3, 1, ["Part"] + months + ["Reorder lvl", "On hand"])
    parts = ["Tamper seals", "Hose 6kg", "Hose 9kg", "Valve O-ring", "Pressure gauge", "Safety pin",
             "CO2 horn", "Wall bracket", "Service label", "Powder refill 9kg", "Foam refill 6L",
             "Signage (ID)", "Cabinet lock", "Nitrogen charge"]
    for i, p in enumerate(parts):
        base = rng.choice([0, 2, 5, 9, 16, 28, 45])
        vals = [max(0, round(base * rng.uniform(0.6, 1.4)) + rng.randint(-2, 2)) for _ in months]
        reorder = rng.choice([5, 10, 20, 40])
        put(sk, 4 + i, 1, [p] + vals + [reorder, max(0, reorder + rng.choice([-8, -3, 2, 6, 15, 30]))])
    quirks_fire(ws, vs, sk)
    widths(ws, "A B C D E F G H I J K L M",
           [9, 15, 14, 9, 10, 11, 11, 11, 8, 12, 11, 9, 9])
    wb.save(HERE / "fire_extinguishers.xlsx")


def quirks_fire(ws, vs, sk) -> None:
    ws["A38"] = ws["A14"].value                  # duplicate unit id
    ws["C21"] = "Lobby "                         # trailing space
    ws["D30"] = "co2"                            # odd case
    ws["H34"] = "10.9"                           # pressure stored as text
    ws["F33"] = "21/06/2022"                     # manufactured date typed as text
    ws["M17"] = None                             # no result recorded
    ws["M40"] = None
    ws["M47"] = None
    vs["H6"] = "417"                             # invoice stored as text
    vs["G5"] = 2                                 # keep every failure share off 20%
    vs["H24"] = 412.5                            # keep unpaid invoices off $400
    vs["G4"] = 2
    sk["D8"] = None                              # usage not counted
    sk["G5"] = 12                                # November jumps
    sk["G14"] = 6


# ------------------------------------------------------------------ grain_store
def grain() -> None:
    rng = random.Random(1305)
    wb = Workbook()
    ws = wb.active
    ws.title = "Intake"
    ws["A1"] = "Fenbridge Grain Store - harvest intake 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "weighbridge tickets; moisture & admix from the sample probe"
    ws["A3"] = "spec wt in kg/hl (wheat for milling needs 76+)"
    ws["P2"] = "Max moisture %"
    ws["Q2"] = 0.145
    ws["Q2"].number_format = "0.0%"
    ws["P3"] = "Max admix %"
    ws["Q3"] = 0.02
    ws["Q3"].number_format = "0.0%"
    cols = ["Ticket", "Date", "Time in", "Farm", "Crop", "Variety", "Gross (t)", "Tare (t)", "Net (t)",
            "Moist. %", "Admix %", "Spec wt", "Bin", "Dried?"]
    header(ws, 5, 1, cols)
    farms = ["Ashby Farm", "Brook End", "Cold Harbour", "Dene Hall", "Elm Tree Farm", "Fen Lane",
             "Glebe Farm", "Holt Hall", "Ivy House"]
    crops = [("Wheat", ["KWS Extase", "Skyfall", "KWS Zyatt", "Crusoe"]),
             ("Wheat", ["KWS Extase", "Skyfall", "Graham"]),
             ("Barley", ["Laureate", "KWS Tardis", "Planet"]),
             ("Oilseed rape", ["Aurelia", "Campus"]), ("Beans", ["Tundra", "Lynx"])]
    d0 = dt.date(2026, 11, 2)
    for i in range(46):
        r = 6 + i
        crop, vars_ = rng.choice(crops)
        dd = d0 + dt.timedelta(days=rng.randint(0, 29))
        if dd.weekday() == 6:
            dd -= dt.timedelta(days=1)
        tmin = rng.choice(range(7 * 60, 18 * 60, 10))
        tare = rng.choice([11.2, 12.6, 13.4, 14.8])
        net = round(rng.uniform(9.0, 30.0), 1)
        gross = round(tare + net, 1)
        moist = rng.choice([0.128, 0.134, 0.139, 0.142, 0.151, 0.158, 0.166])
        admix = rng.choice([0.004, 0.008, 0.012, 0.016, 0.023, 0.031])
        spec = round(rng.uniform(70.5, 80.5), 1) if crop == "Wheat" else \
            (rng.choice([62.5, 64.8, 67.1]) if crop == "Barley" else None)
        dried = "Yes" if moist > 0.15 and rng.random() < 0.5 else "No"
        put(ws, r, 1, [f"T{60120 + i}", dt.datetime.combine(dd, dt.time()), hm(tmin // 60, tmin % 60),
                       rng.choice(farms), crop, rng.choice(vars_), gross, tare, net, moist, admix, spec,
                       f"B{rng.randint(1, 12)}", dried], {6: "0.0", 7: "0.0", 8: "0.0", 9: "0.0%", 10: "0.0%"})

    ct = wb.create_sheet("Contracts")
    header(ct, 1, 1, ["Contract", "Buyer", "Crop", "Tonnes", "Delivered (t)", "Price ($/t)", "Market ($/t)",
                      "Signed", "Window start", "Window end"])
    buyers = ["Northmill Flour", "AgriTrade", "Eastern Maltings", "Crushco", "FeedFirst"]
    for i in range(18):
        r = 2 + i
        crop = rng.choice(["Wheat", "Wheat", "Barley", "Oilseed rape", "Beans"])
        tonnes = rng.choice([100, 200, 250, 500, 750])
        deliv = round(tonnes * rng.choice([0.4, 0.75, 0.92, 1.0, 1.0, 1.03]))
        market = {"Wheat": 214, "Barley": 188, "Oilseed rape": 402, "Beans": 236}[crop]
        price = market + rng.choice([-41, -27, -12, -4, 6, 15])
        signed = pick_offset(rng, -400, -20, {-182, -183, -184, -181, -185})
        ws_ = pick_offset(rng, -60, 40, {0})
        we = ws_ + rng.choice([30, 45, 60])
        if we in range(-1, 2) or we in (20, 21, 22):
            we += 4
        put(ct, r, 1, [f"FGS-{26100 + i * 7}", rng.choice(buyers), crop, tonnes, deliv, price, market,
                       day(signed), day(ws_), day(we)])

    bn = wb.create_sheet("Bins")
    bn["A1"] = "Bin stock at week end (t)"
    bn["A1"].font = BOLD
    weeks = ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48"]
    header(bn, 2, 1, ["Bin", "Crop"] + weeks + ["Cap (t)"])
    for i in range(12):
        cap = rng.choice([400, 600, 800, 1200])
        v = rng.choice([0, 120, 300, 520, 700])
        vals = []
        for _ in weeks:
            v = max(0, min(int(cap * 1.08), round(v + rng.choice([-180, -60, 0, 45, 130, 260]))))
            vals.append(v)
        put(bn, 3 + i, 1, [f"B{i + 1}", rng.choice(["Wheat", "Wheat", "Barley", "OSR", "Beans"])] + vals + [cap])
    quirks_grain(ws, ct, bn)
    widths(ws, "A B C D E F G H I J K L M N O P Q",
           [8, 11, 8, 13, 13, 12, 9, 8, 8, 9, 9, 8, 5, 7, 3, 15, 7])
    wb.save(HERE / "grain_store.xlsx")


def quirks_grain(ws, ct, bn) -> None:
    ws["A33"] = "T60138"                         # duplicate ticket (row 24)
    ws["E10"] = "wheat"                          # odd case
    ws["D35"] = "Marsh Farm"                     # one-off growers
    ws["D49"] = "Oak Lodge "                     # (with a trailing space)
    ws["G19"] = str(ws["G19"].value)             # weights stored as text
    ws["I41"] = str(ws["I41"].value)
    ws["B37"] = "19/11/2026"                     # date typed as text
    ws["M22"] = None                             # no bin allocated
    ws["M46"] = None
    ws["I12"] = round(ws["I12"].value + 1.2, 1)  # net typed wrongly (not gross - tare)
    ws["I30"] = round(ws["I30"].value - 2.0, 1)


# ------------------------------------------------------------------ kitchen_fitting
def kitchen() -> None:
    rng = random.Random(1306)
    wb = Workbook()
    ws = wb.active
    ws.title = "Jobs"
    ws["A1"] = "Kellan Kitchens - job sheet"
    ws["A1"].font = Font(bold=True, size=14)
    ws["B3"] = "Deposit rate"
    ws["C3"] = 0.3
    ws["C3"].number_format = "0%"
    ws["B4"] = "Max fit days"
    ws["C4"] = 5
    cols = ["Job ref", "Customer", "Town", "Survey", "Fit start", "Fit end", "Units", "Worktop",
            "Quote ($)", "Cost ($)", "Deposit ($)", "Balance paid", "Fitter", "Status"]
    header(ws, 6, 2, cols)                               # header at B6
    cust = ["Mr & Mrs Hale", "J. Okafor", "Brightside Lettings Ltd", "P. Lindqvist", "S. Mahmood",
            "Orchard Homes Ltd", "D. Fraser", "K. Novak", "R. & T. Bianchi", "L. Ashworth", "M. Clarke",
            "Greyfield Developments Ltd", "H. Yusuf", "F. Doherty", "C. Whitmore"]
    towns = ["Kelso", "Melrose", "Galashiels", "Jedburgh", "Hawick", "Peebles"]
    for i in range(40):
        r = 7 + i
        units = rng.randint(6, 24)
        top_ = rng.choice(["Laminate", "Laminate", "Oak", "Quartz", "Granite", "Solid surface"])
        quote = round(units * rng.choice([520, 610, 700, 840]) + {"Laminate": 900, "Oak": 1800,
                      "Quartz": 3900, "Granite": 4400, "Solid surface": 3100}[top_], -1)
        cost = round(quote * rng.choice([0.66, 0.72, 0.78, 0.83, 0.88, 0.93, 1.06]), -1)
        dep = round(quote * rng.choice([0.3, 0.3, 0.3, 0.25, 0.2, 0.35]), -1)
        survey = pick_offset(rng, -140, -5, {-14})
        start = survey + rng.choice([18, 25, 32, 40, 55, 70])
        if start in (0, 14, 13, 15):
            start += 2
        length = rng.choice([2, 3, 3, 4, 4, 6, 8])
        end = start + length
        if start >= 0:
            status = "Booked"
            bal = None
        elif end >= 0:
            status = "Fitting"
            bal = None
        else:
            status = rng.choice(["Fitted", "Complete", "Complete", "Complete"])
            bal = None
            if status == "Complete" and rng.random() < 0.85:
                bal = end + rng.choice([1, 3, 7, 14])
                if bal >= 0:
                    bal = None
        put(ws, r, 2, [f"KK-{1140 + i}", rng.choice(cust), rng.choice(towns), day(survey), day(start),
                       day(end), units, top_, quote, cost, dep, day(bal) if bal is not None else None,
                       rng.choice(["Dan", "Sam", "Ewan", "Dan", "Priti"]), status],
            {8: "#,##0", 9: "#,##0", 10: "#,##0"})

    ft = wb.create_sheet("Fitters")
    weeks = ["W44", "W45", "W46", "W47", "W48"]
    header(ft, 1, 1, ["Fitter"] + weeks + ["Contract hrs"])
    for i, f in enumerate(["Dan", "Sam", "Ewan", "Priti", "Mo (sub)", "Kerry (sub)", "Jas (apprentice)",
                           "Tony (sub)", "Ray", "Nell"]):
        base = rng.choice([30, 37.5, 40, 45])
        vals = [base + rng.choice([-12, -6, -2.5, 0, 3, 7.5, 11]) for _ in weeks]
        put(ft, 2 + i, 1, [f] + vals + [rng.choice([37.5, 40])])

    cb = wb.create_sheet("Callbacks")
    cb["A1"] = "Callbacks / snagging"
    cb["A1"].font = BOLD
    header(cb, 2, 1, ["Job ref", "Reported", "Visited", "Issue", "Fixed?", "Cost ($)"])
    issues = ["door alignment", "Leaking sink trap", "chipped worktop", "drawer runner", "Plinth loose",
              "extractor noise", "leak under dishwasher", "Hinge snapped"]
    for i in range(22):
        r = 3 + i
        rep = pick_offset(rng, -70, -1, {-5, -6})
        vis = None
        if rng.random() < 0.8:
            v = rep + rng.choice([1, 2, 3, 4, 7, 9, 12])
            if v <= 0:
                vis = v
        cost = rng.choice([0, 0, 45, 80, 150, 230, 310])
        put(cb, r, 1, [f"KK-{1140 + rng.randrange(40)}", day(rep), day(vis) if vis is not None else None,
                       rng.choice(issues), rng.choice(["Yes", "Yes", "No"]) if vis is not None else "No", cost])
    quirks_kitchen(ws, ft, cb)
    widths(ws, "A B C D E F G H I J K L M N O",
           [3, 9, 24, 11, 11, 11, 11, 6, 13, 10, 10, 11, 12, 7, 9])
    wb.save(HERE / "kitchen_fitting.xlsx")


def quirks_kitchen(ws, ft, cb) -> None:
    ws["B30"] = "KK-1151"                        # duplicate job ref (row 18)
    ws["D25"] = "Peebles "                       # trailing space
    ws["C40"] = "j. okafor"                      # odd case, same customer as J. Okafor
    ws["J15"] = f"{ws['J15'].value:g}"           # quote stored as text
    ws["L33"] = f"{ws['L33'].value:g}"           # deposit stored as text
    ws["E21"] = "29/10/2026"                     # survey typed as text
    ws["N19"] = None                             # fitter not assigned
    ws["N44"] = None
    ft["D7"] = None                              # timesheet missing
    cb["C11"] = None                             # visit date not entered


if __name__ == "__main__":
    for f in (shelter, cheese, dance, fire, grain, kitchen):
        f()
    print("built 6 workbooks in", HERE)
