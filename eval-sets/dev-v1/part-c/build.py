"""Build the 8 workbooks of dev-v1 part C.

Synthetic data laid out like real sheets. Every random choice comes from a seeded
`random.Random`, and dates are literals or offsets from BUILT (2026-12-01, "today" for the
date-relative requests), so the cell content is identical on every run.

    python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)


def day(offset: int) -> dt.date:
    return BUILT + dt.timedelta(days=offset)


def text_date(d: dt.date) -> str:
    """A date typed as text, day first (only used where the day is > 12)."""
    assert d.day > 12, d
    return d.strftime("%d/%m/%Y")


THIN = Side(style="thin", color="FF999999")


def header(ws, row: int, col: int, names: list[str], style: str = "bold") -> None:
    for i, name in enumerate(names):
        c = ws.cell(row, col + i, name)
        if style == "bold":
            c.font = Font(bold=True)
        elif style == "fill":
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = PatternFill("solid", fgColor="FF305496")
        elif style == "border":
            c.font = Font(bold=True)
            c.border = Border(bottom=THIN)
        elif style == "plain":
            pass
        c.alignment = Alignment(horizontal="center" if style == "fill" else "general")


def put_rows(ws, row: int, col: int, rows: list[list], formats: dict[int, str] | None = None) -> None:
    for r, values in enumerate(rows):
        for i, v in enumerate(values):
            if v is None:
                continue
            c = ws.cell(row + r, col + i, v)
            if formats and i in formats and not isinstance(v, str):
                c.number_format = formats[i]


def widths(ws, values: dict[str, float]) -> None:
    for letter, w in values.items():
        ws.column_dimensions[letter].width = w


DATE = "yyyy-mm-dd"
USD = '"$"#,##0.00'


# --------------------------------------------------------------------------- restaurant
def restaurant() -> Workbook:
    rng = random.Random(3101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    names = ["Order #", "Date", "Time", "Table", "Server", "Covers", "Items",
             "Subtotal ($)", "Tip ($)", "Total ($)", "Status", "Payment", "Notes"]
    header(ws, 1, 1, names, "fill")
    # open every day except Tuesdays (closed), November 2026
    open_days = [dt.date(2026, 11, d) for d in range(1, 31) if dt.date(2026, 11, d).weekday() != 1]
    dates = sorted(rng.choice(open_days) for _ in range(120))
    servers = ["Marco", "Priya", "Jules", "Tomasz", "Aisha", "Ben"]
    notes_pool = ["birthday", "allergy - nuts", "NUT ALLERGY", "gluten free", "VIP", "anniversary",
                  "shellfish allergy", "high chair", "window seat pls", "regular - comp dessert"]
    rows = []
    for i, d in enumerate(dates):
        lunch = rng.random() < 0.35
        t = dt.time(rng.choice([11, 12, 13]) if lunch else rng.choice([17, 18, 19, 20, 21]),
                    rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        covers = rng.choice([1, 2, 2, 2, 3, 4, 4, 5, 6, 8])
        items = covers * 2 + rng.randint(0, 4)
        table: int | str = rng.randint(1, 20)
        r = rng.random()
        if r < 0.06:
            table = "Bar"
        elif r < 0.1:
            table = "Takeout"
        elif r < 0.12:
            table = "Patio 2"
        server = None if table == "Takeout" else rng.choice(servers)
        subtotal = round(covers * rng.uniform(18, 46) + rng.uniform(0, 12), 2)
        tip = round(subtotal * rng.choice([0.1, 0.15, 0.18, 0.2, 0.22]), 2)
        if table == "Takeout" or rng.random() < 0.08:
            tip = None
        status, payment = "Paid", rng.choice(["Card", "Card", "Card", "Cash", "Gift card"])
        total = round(subtotal * 1.08 + (tip or 0), 2)
        note = rng.choice(notes_pool) if rng.random() < 0.18 else None
        rows.append([f"R-{10400 + i}", d, t, table, server, covers, items, subtotal, tip, total,
                     status, payment, note])
    # statuses set by hand: open tabs (recent ones and two forgotten ones), voids, comps, refunds
    def setrow(i, **kw):
        keys = {"status": 10, "payment": 11, "tip": 8, "total": 9, "subtotal": 7, "note": 12}
        for k, v in kw.items():
            rows[i][keys[k]] = v
    for i in (116, 117, 118, 119):
        setrow(i, status="Open", payment=None, tip=None, total=round(rows[i][7] * 1.08, 2))
    setrow(71, status="Open", payment=None, tip=None, total=round(rows[71][7] * 1.08, 2))
    setrow(88, status="Open", payment=None, tip=None, total=round(rows[88][7] * 1.08, 2))
    for i in (9, 40, 77, 103):
        setrow(i, status="Voided", payment=None, tip=None)
    for i in (22, 64):
        setrow(i, status="Comped", payment=None, tip=None, total=0)
    for i in (33, 95):
        s = rows[i][7]
        setrow(i, status="Refunded", subtotal=-s, tip=None, total=round(-s * 1.08, 2))
    # typos: totals lower than the subtotal
    rows[15][9] = round(rows[15][7] * 0.8, 2)
    rows[58][9] = round(rows[58][7] - 10, 2)
    # a doubled order number (the POS re-sent a ticket)
    rows[51][0] = rows[50][0]
    rows[107][0] = rows[106][0]
    put_rows(ws, 2, 1, rows, {1: DATE, 2: "h:mm AM/PM", 7: USD, 8: USD, 9: USD})
    widths(ws, {"A": 10, "B": 12, "C": 10, "E": 10, "H": 12, "I": 10, "J": 11, "K": 10,
                "L": 10, "M": 22})
    ws.freeze_panes = "A2"

    menu = wb.create_sheet("Menu")
    header(menu, 1, 1, ["Code", "Dish", "Category", "Price", "Food Cost"], "bold")
    dishes = [
        ("APP-01", "Burrata", "Starter", 14, 4.6), ("APP-02", "Calamari", "Starter", 13, 5.1),
        ("APP-03", "Soup of the day", "Starter", 9, 2.2), ("APP-04", "Beef carpaccio", "Starter", 16, 6.4),
        ("APP-05", "Bruschetta", "Starter", 10, 2.6), ("MAIN-01", "Ribeye 12oz", "Main", 42, 17.5),
        ("MAIN-02", "Roast chicken", "Main", 26, 7.8), ("MAIN-03", "Seabass", "Main", 32, 12.9),
        ("MAIN-04", "Mushroom risotto", "Main", 22, 5.3), ("MAIN-05", "Lamb shank", "Main", 34, 13.2),
        ("MAIN-06", "Tagliatelle ragu", "Main", 24, 6.1), ("MAIN-07", "Burger & fries", "Main", 19, 6.9),
        ("MAIN-08", "Lobster linguine", "Main", 39, 16.8), ("MAIN-09", "Veg curry", "Main", 18, 4.2),
        ("SIDE-01", "Fries", "Side", 6, 1.1), ("SIDE-02", "Green salad", "Side", 7, 1.9),
        ("SIDE-03", "Truffle mash", "Side", 9, 3.6), ("DES-01", "Tiramisu", "Dessert", 10, 2.4),
        ("DES-02", "Creme brulee", "Dessert", 9, 1.8), ("DES-03", "Chocolate fondant", "Dessert", 11, 3.0),
        ("DES-04", "Cheese plate", "Dessert", 15, 6.2), ("BEV-01", "House red (glass)", "Drinks", 9, 2.1),
        ("BEV-02", "House white (glass)", "Drinks", 9, 2.0), ("BEV-03", "Craft IPA", "Drinks", 7, 2.2),
        ("BEV-04", "Espresso", "Drinks", 3.5, 0.4), ("BEV-05", "Fresh lemonade", "Drinks", 5, 0.9),
        ("BEV-06", "Negroni", "Drinks", 13, 3.1), ("DES-05", "Affogato", "Dessert", 8, None),
    ]
    put_rows(menu, 2, 1, [list(x) for x in dishes], {3: USD, 4: USD})
    menu["G1"] = "86'd tonight"
    menu["G1"].font = Font(bold=True, italic=True)
    for i, name in enumerate(["Seabass", "Truffle mash", "Negroni", "Lamb shank"]):
        menu.cell(2 + i, 7, name)
    widths(menu, {"A": 9, "B": 20, "C": 10, "G": 14})
    return wb


# --------------------------------------------------------------------------- shipping
def shipping() -> Workbook:
    rng = random.Random(3202)
    wb = Workbook()
    ws = wb.active
    ws.title = "Shipments"
    ws["B1"] = "Outbound shipments - Q4 2026"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "export from WMS, refreshed every morning"
    ws["B2"].font = Font(italic=True, color="FF808080")
    names = ["shipment_id", "carrier", "origin", "destination", "ship_date", "promised_date",
             "delivered_date", "weight_kg", "cost_usd", "status"]
    header(ws, 4, 2, names, "border")
    carriers = ["FedEx", "UPS", "DHL", "USPS", "OnTrac", "Estes Freight"]
    origins = ["Reno NV", "Columbus OH", "Dallas TX"]
    dests = ["Seattle WA", "Denver CO", "Atlanta GA", "Boston MA", "Miami FL", "Chicago IL",
             "Portland OR", "Phoenix AZ", "Newark NJ", "Toronto ON", "Austin TX", "Nashville TN"]
    rows = []
    for i in range(90):
        ship = day(-75 + (i * 80) // 90 + rng.randint(0, 2))
        carrier = rng.choice(carriers)
        transit = rng.randint(2, 7) if carrier != "Estes Freight" else rng.randint(5, 10)
        promised: dt.date | str = ship + dt.timedelta(days=transit)
        weight = round(rng.uniform(0.4, 38.0), 1) if carrier != "Estes Freight" else round(rng.uniform(120, 900), 0)
        cost = round(8 + weight * rng.uniform(0.9, 1.8), 2)
        late = rng.random()
        delivered = promised + dt.timedelta(days=(rng.randint(1, 9) if late < 0.22 else -rng.randint(0, 1)))
        if delivered <= BUILT - dt.timedelta(days=1):
            status = "Delivered"
        else:
            delivered = None
            status = "In transit" if ship < BUILT else "Pending pickup"
        rows.append([f"SHP-{26100 + i * 7}", carrier, rng.choice(origins), rng.choice(dests), ship,
                     promised, delivered, weight, cost, status])
    # in transit, late and overdue; a delayed one; lost and returned ones
    for i, st in ((20, "Lost"), (47, "Returned"), (61, "Delayed"), (70, "Delayed"), (74, "Exception")):
        rows[i][9] = st
        if st in ("Lost", "Delayed", "Exception"):
            rows[i][6] = None
    # scheduled pickups beyond today
    for k, i in enumerate(range(86, 90)):
        rows[i][4] = day(2 + k)
        rows[i][5] = day(6 + k * 3)
        rows[i][6] = None
        rows[i][9] = "Pending pickup"
    # nothing promised for exactly today (a boundary the requests test)
    for r in rows:
        if r[5] == BUILT:
            r[5] = day(-1)
    # promised dates typed as text by the customer-service desk
    rows[83][5] = text_date(day(12))   # 13/12/2026
    rows[85][5] = text_date(day(17))   # 18/12/2026
    rows[30][5] = text_date(rows[30][5]) if rows[30][5].day > 12 else rows[30][5]
    # missing weights / costs
    rows[12][7] = None
    rows[55][8] = None
    # a shipment id entered twice
    rows[66][0] = rows[65][0]
    # destination casing quirk, two one-off destinations
    rows[40][3] = "seattle wa"
    rows[57][3] = "Anchorage AK"
    rows[79][3] = "Honolulu HI"
    put_rows(ws, 5, 2, rows, {4: DATE, 5: DATE, 6: DATE, 8: USD})
    widths(ws, {"B": 13, "C": 13, "D": 13, "E": 13, "F": 12, "G": 14, "H": 14, "I": 10, "J": 10, "K": 15})

    car = wb.create_sheet("Carriers")
    header(car, 1, 1, ["Carrier", "Acct #", "Rate/kg", "Min charge", "On-time target",
                       "Contract start", "Contract end", "Account mgr"], "bold")
    crows = [
        ["FedEx", "FX-88120", 1.42, 9.5, 0.95, dt.date(2024, 2, 1), dt.date(2027, 3, 31), "L. Ortega"],
        ["UPS", "UP-40233", 1.38, 9.0, 0.95, dt.date(2025, 1, 1), dt.date(2026, 12, 20), "D. Kim"],
        ["DHL", "DH-77801", 1.65, 12.0, 0.9, dt.date(2023, 7, 1), dt.date(2027, 6, 30), "S. Brandt"],
        ["USPS", "US-10992", 0.95, 6.0, 0.9, dt.date(2024, 11, 15), dt.date(2026, 11, 14), "-"],
        ["OnTrac", "OT-55410", 1.1, 7.5, 0.93, dt.date(2025, 3, 1), dt.date(2027, 1, 15), "R. Patel"],
        ["Estes Freight", "ES-00321", 0.62, 145.0, 0.88, dt.date(2022, 9, 1), dt.date(2028, 8, 31), "M. Greene"],
        ["Lasership", "LS-31877", 1.05, 7.0, 0.92, dt.date(2025, 6, 1), dt.date(2027, 5, 31), None],
    ]
    put_rows(car, 2, 1, crows, {2: USD, 3: USD, 4: "0%", 5: DATE, 6: DATE})
    widths(car, {"A": 14, "B": 10, "F": 14, "G": 13, "H": 12})
    return wb


# --------------------------------------------------------------------------- event ticketing
def tickets() -> Workbook:
    rng = random.Random(3303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    names = ["ORDER ID", "EVENT", "EVENT DATE", "BUYER", "EMAIL", "TIER", "QTY", "UNIT PRICE",
             "DISCOUNT", "TOTAL", "CHANNEL", "CHECKED IN"]
    header(ws, 1, 1, names, "fill")
    events = [
        ("Harbor Lights Jazz", dt.date(2026, 11, 14), 45),
        ("Comedy Cellar Live", dt.date(2026, 11, 21), 30),
        ("Indie Nights Vol. 4", dt.date(2026, 12, 5), 35),
        ("Winter Symphony Gala", dt.date(2026, 12, 19), 85),
        ("NYE Rooftop Party", dt.date(2026, 12, 31), 120),
        ("Kids Magic Show", dt.date(2027, 1, 10), 18),
        ("Valentine's Tango Night", dt.date(2027, 2, 13), 55),
    ]
    first = ["Ana", "Liam", "Sofia", "Noah", "Mia", "Ethan", "Zoe", "Lucas", "Emma", "Omar",
             "Chloe", "Ravi", "Grace", "Hugo", "Ivy", "Jon", "Kate", "Leo", "Nina", "Paul"]
    last = ["Reyes", "Walsh", "Chen", "Novak", "Diaz", "Murphy", "Okafor", "Silva", "Berg", "Haddad"]
    domains = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"]
    buyers: list[tuple[str, str]] = []
    rows = []
    for i in range(140):
        ev, ev_date, base = events[min(6, i // 20)]
        if buyers and rng.random() < 0.22:   # a returning buyer
            buyer, email = rng.choice(buyers)
        else:
            f, l = rng.choice(first), rng.choice(last)
            buyer, email = f"{f} {l}", f"{f.lower()}.{l.lower()}{rng.randint(1, 99)}@{rng.choice(domains)}"
            buyers.append((buyer, email))
        tier = rng.choice(["GA", "GA", "GA", "VIP", "Early Bird", "Student"])
        price = {"GA": base, "VIP": base * 2.5, "Early Bird": round(base * 0.8), "Student": round(base * 0.6)}[tier]
        qty: int | str = rng.choice([1, 1, 2, 2, 2, 3, 4, 6])
        disc = rng.choice([0] * 8 + [0.1, 0.15, 0.1, 0.5]) if tier != "Student" else 0
        total = round(price * int(qty) * (1 - disc), 2)
        channel = rng.choice(["Web", "Web", "Web", "App", "Box office", "Reseller"])
        checked = None
        if ev_date < BUILT:
            checked = rng.choice(["Y", "Y", "Y", "N"])
        rows.append([f"T{70250 + i * 3}", ev, ev_date, buyer, email, tier, qty, price, disc, total,
                     channel, checked])
    # quantities typed as text on the box-office import
    for i in (13, 57, 98):
        rows[i][6] = str(rows[i][6] + 1 if rows[i][6] < 4 else rows[i][6])
        rows[i][9] = round(rows[i][7] * int(rows[i][6]) * (1 - rows[i][8]), 2)
    # missing emails (box office), upper-case duplicates
    for i in (8, 44, 90, 121):
        rows[i][4] = None
    rows[66][4] = rows[12][4].upper()
    # two totals keyed in wrong
    rows[47][9] = round(rows[47][9] + 35, 2)
    rows[118][9] = round(rows[118][9] - 4.5, 2)
    # comps: total 0
    for i in (30, 31, 112):
        rows[i][8] = 1
        rows[i][9] = 0
    put_rows(ws, 2, 1, rows, {2: DATE, 7: USD, 8: "0%", 9: USD})
    # banned / chargeback list beside the table
    ws["O1"] = "Chargeback list"
    ws["O1"].font = Font(bold=True, color="FFC00000")
    banned = [rows[5][4], rows[77][4], "scalper.tix@gmail.com", rows[130][4], "resell4u@outlook.com"]
    for i, e in enumerate(banned):
        ws.cell(2 + i, 15, e)
    widths(ws, {"A": 9, "B": 22, "C": 12, "D": 14, "E": 28, "K": 11, "L": 11, "O": 26})

    evs = wb.create_sheet("Events")
    header(evs, 1, 1, ["EVENT", "VENUE", "DATE", "DOORS", "CAPACITY", "SOLD", "HOLDS", "PROMOTER"], "fill")
    erows = [
        ["Harbor Lights Jazz", "Pier 9 Hall", dt.date(2026, 11, 14), dt.time(19, 0), 400, 388, 10, "BlueNote Co"],
        ["Comedy Cellar Live", "The Vault", dt.date(2026, 11, 21), dt.time(20, 0), 150, 162, 0, "LaughTrack"],
        ["Indie Nights Vol. 4", "Warehouse 3", dt.date(2026, 12, 5), dt.time(19, 30), 600, 241, 20, "Static Promo"],
        ["Winter Symphony Gala", "Civic Theatre", dt.date(2026, 12, 19), dt.time(18, 30), 1200, 1113, 40, "City Arts"],
        ["NYE Rooftop Party", "Skyline Terrace", dt.date(2026, 12, 31), dt.time(21, 0), 350, 351, 0, "Static Promo"],
        ["Kids Magic Show", "Library Aud.", dt.date(2027, 1, 10), dt.time(11, 0), 200, 64, 5, "City Arts"],
        ["Valentine's Tango Night", "Pier 9 Hall", dt.date(2027, 2, 13), dt.time(20, 0), 300, 97, 12, "BlueNote Co"],
        ["Spring Folk Fest", "Riverside Park", dt.date(2027, 4, 24), dt.time(12, 0), 2500, 310, 100, None],
        ["Poetry Slam", "The Vault", dt.date(2026, 12, 12), dt.time(19, 0), 150, 58, 0, "LaughTrack"],
        ["Brass Band Xmas", "Civic Theatre", dt.date(2026, 12, 22), dt.time(15, 0), 1200, 540, 30, "City Arts"],
        ["Silent Disco", "Warehouse 3", dt.date(2027, 1, 23), dt.time(21, 30), 600, None, 0, "Static Promo"],
        ["Author Talk: R. Ng", "Library Aud.", dt.date(2026, 11, 28), dt.time(18, 0), 200, 120, 0, "City Arts"],
    ]
    put_rows(evs, 2, 1, erows, {2: "ddd d mmm yyyy", 3: "h:mm"})
    widths(evs, {"A": 24, "B": 16, "C": 16, "H": 14})
    return wb


# --------------------------------------------------------------------------- support tickets
def support() -> Workbook:
    rng = random.Random(3404)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tickets"
    ws["A1"] = "Helpdesk export 2026-12-01 06:00 (all queues)"
    ws["A1"].font = Font(italic=True)
    names = ["Ticket", "Opened", "Customer", "Priority", "Category", "Subject", "Agent", "Status",
             "SLA due", "Resolved", "1st resp (h)", "CSAT"]
    header(ws, 3, 1, names, "fill")
    customers = ["Acme Corp", "Bluebird LLC", "Crane & Sons", "Delta Dental", "Evergreen Co-op",
                 "Fjord Media", "Granite Bank", "Helix Labs", "Iris Travel", "Juniper Foods"]
    cats = ["Billing", "Login", "Bug", "Feature request", "Integration", "Billing", "Login", "Bug"]
    subjects = {
        "Billing": ["Invoice shows wrong VAT", "Refund request for double charge", "Card declined on renewal",
                    "Need copy of invoice", "refund not received"],
        "Login": ["Password reset link expired", "Cannot log in after SSO change", "2FA codes not arriving",
                  "Locked out - URGENT", "password reset not working"],
        "Bug": ["Export to CSV crashes", "[URGENT] dashboard blank", "Totals off by one cent",
                "Timeout on report page", "Search returns nothing"],
        "Feature request": ["Dark mode please", "Bulk edit for tags", "API rate limit increase",
                            "Add Spanish language"],
        "Integration": ["Slack webhook failing", "Salesforce sync stuck", "Zapier auth error",
                        "Webhook retries flooding"],
    }
    agents = ["Kofi", "Dana", "Sven", "Mei", "Raul"]
    prio_days = {"P1": 1, "P2": 2, "P3": 5, "P4": 10}
    rows = []
    for i in range(130):
        opened = day(-60 + (i * 60) // 130)
        prio = rng.choice(["P1", "P2", "P2", "P3", "P3", "P3", "P4"])
        cat = rng.choice(cats)
        due = opened + dt.timedelta(days=prio_days[prio])
        age = (BUILT - opened).days
        r = rng.random()
        if age > 12 and r < 0.85 or age <= 12 and r < 0.35:
            resolved = opened + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 9]))
            if resolved >= BUILT:
                resolved = day(-1)
            status = rng.choice(["Resolved", "Closed", "Closed"])
            csat = rng.choice([5, 5, 4, 4, 3, 2, 1, None])
        else:
            resolved = None
            status = rng.choice(["New", "Open", "Open", "Pending", "On hold"])
            csat = None
        agent = None if status == "New" and rng.random() < 0.7 else rng.choice(agents)
        resp = round(rng.choice([0.2, 0.5, 1, 1.5, 2, 3, 4, 6, 9, 14, 26]) * rng.uniform(0.8, 1.2), 1)
        if status == "New" and agent is None:
            resp = None
        rows.append([f"HD-{5800 + i}", opened, rng.choice(customers), prio, cat,
                     rng.choice(subjects[cat]), agent, status, due, resolved, resp, csat])
    # SLA dates kept off the boundary days the requests test (7 days ago)
    for r in rows:
        if r[8] == day(-7):
            r[8] = day(-8)
    # a few SLA dates due today
    for i in (121, 124, 127):
        rows[i][8] = BUILT
    # a duplicated ticket (imported twice)
    rows[101] = list(rows[100])
    rows[101][0] = rows[100][0]
    # customer names with stray spaces/case
    rows[17][2] = "acme corp"
    rows[93][2] = "Granite Bank "
    put_rows(ws, 4, 1, rows, {1: DATE, 8: DATE, 9: DATE, 10: "0.0"})
    widths(ws, {"A": 9, "B": 11, "C": 15, "E": 15, "F": 32, "H": 10, "I": 11, "J": 11, "K": 11})
    ws.freeze_panes = "A4"

    ag = wb.create_sheet("Agents")
    header(ag, 1, 1, ["Agent", "Team", "Shift", "Open tickets", "Closed (wk)", "Target (wk)", "Avg CSAT"], "bold")
    arows = [["Kofi", "Tier 1", "Early", 9, 31, 30, 4.4], ["Dana", "Tier 1", "Late", 14, 22, 30, 3.9],
             ["Sven", "Tier 2", "Early", 6, 12, 15, 4.6], ["Mei", "Tier 2", "Late", 11, 17, 15, 4.1],
             ["Raul", "Tier 1", "Weekend", 3, 9, 20, 3.2], ["Ines", "Tier 2", "Early", 0, 0, 15, None]]
    put_rows(ag, 2, 1, arows)
    return wb


# --------------------------------------------------------------------------- fleet maintenance
def fleet() -> Workbook:
    rng = random.Random(3505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Fleet"
    names = ["Unit ", "Plate", "Make", "Model", "Yr", "Odometer (mi)", "Last svc", "Svc interval (mi)",
             "Miles at last svc", "Next svc due", "Reg. expiry", "Driver", "Fuel"]
    header(ws, 1, 1, names, "bold")
    models = [("Ford", "Transit 250"), ("Ford", "F-150"), ("RAM", "ProMaster"), ("Toyota", "Tacoma"),
              ("Chevrolet", "Silverado"), ("Mercedes", "Sprinter"), ("Nissan", "NV200"), ("Tesla", "Model Y")]
    drivers = ["A. Moreno", "B. Hughes", "C. Nakamura", "D. Adeyemi", "E. Kowalski", "F. Lindqvist",
               "G. Romero", "H. Baptiste", "I. Sato", "J. Fischer"]
    rows = []
    for i in range(45):
        make, model = rng.choice(models)
        yr = rng.randint(2014, 2026)
        odo = rng.randint(4000, 190000) if yr < 2026 else rng.randint(300, 9000)
        interval = 10000 if make == "Tesla" else rng.choice([5000, 7500, 7500, 10000])
        at_last = max(0, odo - rng.randint(200, int(interval * 1.4)))
        last = day(-rng.randint(10, 200))
        nxt = last + dt.timedelta(days=rng.choice([120, 180, 180, 365]))
        reg = day(rng.randint(-40, 330))
        fuel = "EV" if make == "Tesla" else rng.choice(["Gas", "Gas", "Diesel", "Hybrid"])
        driver = rng.choice(drivers) if rng.random() > 0.12 else None
        rows.append([f"V-{101 + i:03d}", f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTV')}{rng.randint(1000, 9999)}",
                     make, model, yr, odo, last, interval, at_last, nxt, reg, driver, fuel])
    # keep the date columns off the boundary days the requests test (today, today+30)
    for r in rows:
        for k in (9, 10):
            if r[k] in (BUILT, day(30), day(-30)):
                r[k] = r[k] + dt.timedelta(days=2)
    # registration expiry typed as text, an odometer stored as text, a blank last service
    rows[7][10] = text_date(dt.date(2027, 3, 27))
    rows[19][10] = text_date(dt.date(2026, 12, 14))
    rows[28][10] = text_date(dt.date(2026, 11, 20))
    rows[11][5] = str(rows[11][5])
    rows[36][5] = str(rows[36][5])
    rows[24][6] = None
    rows[24][9] = None
    rows[40][10] = None
    # a plate typed twice by mistake
    rows[33][1] = rows[12][1]
    put_rows(ws, 2, 1, rows, {5: "#,##0", 6: "mm/dd/yyyy", 7: "#,##0", 8: "#,##0", 9: "mm/dd/yyyy",
                              10: "mm/dd/yyyy"})
    widths(ws, {"A": 8, "B": 9, "C": 11, "D": 12, "F": 14, "G": 11, "H": 16, "I": 16, "J": 13,
                "K": 12, "L": 13})
    ws.freeze_panes = "B2"

    log = wb.create_sheet("Service Log")
    log["A1"] = "SERVICE LOG 2026"
    log["A1"].font = Font(bold=True, size=13)
    header(log, 2, 1, ["Date", "Unit", "Work type", "Vendor", "Parts ($)", "Labour ($)", "Total ($)",
                       "Invoice #", "Warranty?", "Downtime (days)"], "border")
    works = ["Oil change", "Tyre rotation", "Brake pads", "Inspection", "Battery", "Transmission",
             "A/C repair", "Windshield", "Recall - airbag", "Tyres (4)"]
    vendors = ["QuickLube #12", "Metro Fleet Svc", "Dealer", "Tire Kingdom", "Joe's Garage"]
    lrows = []
    for i in range(100):
        d = dt.date(2026, 1, 5) + dt.timedelta(days=(i * 328) // 100 + rng.randint(0, 2))
        unit = f"V-{101 + rng.randint(0, 44):03d}"
        work = rng.choice(works)
        parts = round(rng.uniform(20, 900) if work not in ("Inspection", "Tyre rotation") else rng.uniform(0, 40), 2)
        labour = round(rng.uniform(40, 600), 2)
        warranty = "Y" if work.startswith("Recall") or rng.random() < 0.08 else "N"
        total = 0 if warranty == "Y" else round(parts + labour, 2)
        down = rng.choice([0, 0, 0, 1, 1, 2, 3, 5])
        lrows.append([d, unit, work, rng.choice(vendors), parts, labour, total, f"INV-{40100 + i * 13}",
                      warranty, down])
    lrows[45][7] = lrows[44][7]
    lrows[80][7] = lrows[12][7]
    lrows[63][5] = None
    lrows[63][6] = lrows[63][4]
    put_rows(log, 3, 1, lrows, {0: "mm/dd/yyyy", 4: USD, 5: USD, 6: USD})
    widths(log, {"A": 11, "C": 15, "D": 16, "H": 11, "J": 15})
    return wb


# --------------------------------------------------------------------------- school enrolment
def school() -> Workbook:
    rng = random.Random(3606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws["A1"] = "Westbrook Middle School - Enrolment 2026/27"
    ws["A1"].font = Font(bold=True, size=14)
    names = ["Student ID", "Last Name", "First Name", "DOB", "Gr", "Homeroom", "Enrol Date",
             "Guardian Email", "Status", "Fees Due", "Fees Paid", "Math", "Reading", "Science", "Writing"]
    header(ws, 3, 1, names, "fill")
    lasts = ["Alvarez", "Brooks", "Cohen", "Dubois", "Estrada", "Fofana", "Gupta", "Hansen", "Ito",
             "Jovanovic", "Kaur", "Lopez", "McKenzie", "Nguyen", "O'Brien", "Petrov", "Quinn",
             "Rahman", "Santos", "Tanaka", "Usman", "Vargas", "Wright", "Xu", "Young", "Zamora"]
    firsts = ["Aiden", "Bella", "Caleb", "Daisy", "Eli", "Fatima", "Gabe", "Hana", "Isaac", "Jade",
              "Kai", "Lila", "Mateo", "Nora", "Owen", "Priya", "Quentin", "Rosa", "Sam", "Tara"]
    rooms = {6: ["6A", "6B", "6C"], 7: ["7A", "7B"], 8: ["8A", "8B", "8C"]}
    rows = []
    for i in range(110):
        gr = rng.choice([6, 7, 8])
        dob = dt.date(2026 - gr - 6, 1, 1) + dt.timedelta(days=rng.randint(-120, 300))
        if dob == dt.date(2012, 12, 1):
            dob = dt.date(2012, 12, 3)
        lastn = rng.choice(lasts)
        enrol = rng.choice([dt.date(2026, 8, 24)] * 6 + [day(-rng.randint(2, 95))])
        if enrol == day(-30):
            enrol = day(-29)
        status = rng.choice(["Enrolled"] * 8 + ["Pending", "Withdrawn", "Waitlist"])
        fees = rng.choice([450, 450, 450, 600, 0])
        paid = rng.choice([fees, fees, fees, 0, 200, 225, fees + 50]) if fees else 0
        scores = [rng.randint(38, 100) for _ in range(4)]
        for k in range(4):
            if rng.random() < 0.05:
                scores[k] = None
        rows.append([f"S{26001 + i * 4:05d}", lastn, rng.choice(firsts), dob, gr,
                     rng.choice(rooms[gr]), enrol,
                     f"{lastn.lower().replace(chr(39), '')}.family{rng.randint(1, 40)}@{rng.choice(['gmail.com', 'mail.com', 'westbrook.net'])}",
                     status, fees, paid, *scores])
    # siblings share a guardian email
    rows[14][7] = rows[3][7]
    rows[61][7] = rows[60][7]
    rows[99][7] = rows[3][7]
    # text DOBs, grade stored as text, a blank DOB, missing email/homeroom
    rows[9][3] = text_date(dt.date(2013, 7, 23))
    rows[52][3] = text_date(dt.date(2012, 10, 15))
    rows[70][3] = None
    rows[30][4] = str(rows[30][4])
    rows[88][4] = str(rows[88][4])
    rows[21][7] = None
    rows[47][5] = None
    rows[77][7] = None
    put_rows(ws, 4, 1, rows, {3: "dd-mmm-yyyy", 6: "dd-mmm-yyyy", 9: USD, 10: USD})
    widths(ws, {"A": 10, "B": 12, "C": 11, "D": 12, "G": 12, "H": 28, "I": 10})
    ws.freeze_panes = "C4"

    cl = wb.create_sheet("Classes")
    header(cl, 1, 1, ["Class", "Teacher", "Room", "Capacity", "Enrolled", "Waitlist", "Aide?"], "bold")
    crows = [["6A", "Ms. Hart", "101", 28, 27, 0, "Y"], ["6B", "Mr. Osei", "102", 28, 30, 3, "N"],
             ["6C", "Mrs. Lind", "103", 26, 18, 0, "N"], ["7A", "Mr. Vance", "201", 30, 30, 2, "Y"],
             ["7B", "Ms. Park", "202", 30, 24, 0, "N"], ["8A", "Dr. Ruiz", "301", 30, 31, 4, "Y"],
             ["8B", "Mr. Ahmed", "302", 30, 21, 0, "N"], ["8C", "Ms. Byrne", "303", 24, 13, 0, None],
             ["Band", "Mr. Cole", "Music", 40, 36, 0, "N"], ["Art", "Ms. Dray", "Studio", 22, 22, 1, "N"]]
    put_rows(cl, 2, 1, crows)
    return wb


# --------------------------------------------------------------------------- web analytics
def web() -> Workbook:
    rng = random.Random(3707)
    wb = Workbook()
    ws = wb.active
    ws.title = "Daily"
    names = ["Date", "Day", "Sessions", "Users", "New Users", "Pageviews", "Bounce Rate",
             "Avg Session (s)", "Conversions", "Revenue"]
    header(ws, 1, 1, names, "bold")
    rows = []
    start = dt.date(2026, 9, 1)
    for i in range(91):
        d = start + dt.timedelta(days=i)
        weekend = d.weekday() >= 5
        sessions = int(rng.uniform(2600, 3600) * (0.62 if weekend else 1) * (1 + i / 300))
        users = int(sessions * rng.uniform(0.72, 0.82))
        new = int(users * rng.uniform(0.35, 0.55))
        pv = int(sessions * rng.uniform(2.1, 3.4))
        bounce = round(rng.uniform(0.38, 0.58) + (0.06 if weekend else 0), 3)
        avg = int(rng.uniform(95, 210))
        conv = int(sessions * rng.uniform(0.008, 0.022))
        rev = round(conv * rng.uniform(48, 95), 2)
        rows.append([d, d.strftime("%a"), sessions, users, new, pv, bounce, avg, conv, rev])
    # black friday spike, a tracking outage (blank row values), a bot day
    bf = (dt.date(2026, 11, 27) - start).days
    rows[bf][2] *= 3
    rows[bf][8] *= 5
    rows[bf][9] = round(rows[bf][9] * 5.5, 2)
    rows[bf + 3][2] = int(rows[bf + 3][2] * 1.8)
    out = (dt.date(2026, 10, 14) - start).days
    for k in range(2, 10):
        rows[out][k] = None
    rows[out + 1][6] = None
    bot = (dt.date(2026, 9, 19) - start).days
    rows[bot][2] = 14880
    rows[bot][6] = 0.912
    put_rows(ws, 2, 1, rows, {0: "m/d/yyyy", 2: "#,##0", 3: "#,##0", 4: "#,##0", 5: "#,##0",
                              6: "0.0%", 9: USD})
    widths(ws, {"A": 11, "G": 12, "H": 15, "I": 12, "J": 12})

    mo = wb.create_sheet("Monthly")
    mo["A1"] = "Sessions by channel, 2026"
    mo["A1"].font = Font(bold=True)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
    header(mo, 2, 1, ["Channel"] + months, "border")
    channels = ["Organic Search", "Paid Search", "Social", "Email", "Referral", "Direct", "Display", "Affiliates"]
    mrows = []
    for ch in channels:
        base = rng.uniform(3000, 30000)
        vals = []
        for m in range(11):
            base = base * rng.uniform(0.86, 1.16)
            vals.append(int(base))
        mrows.append([ch] + vals)
    mrows[6][5] = None  # Display paused in June
    mrows[6][6] = None
    put_rows(mo, 3, 1, mrows, {k: "#,##0" for k in range(1, 12)})
    # second table: conversion rate by channel, below
    mo["A13"] = "Conv. rate"
    mo["A13"].font = Font(bold=True)
    header(mo, 14, 1, ["Channel"] + months, "border")
    crows = []
    for ch in channels:
        crows.append([ch] + [round(rng.uniform(0.004, 0.045), 4) for _ in range(11)])
    crows[6][5] = None
    crows[6][6] = None
    put_rows(mo, 15, 1, crows, {k: "0.00%" for k in range(1, 12)})
    widths(mo, {"A": 16})

    pg = wb.create_sheet("Pages")
    header(pg, 1, 1, ["page_path", "views", "unique_views", "avg_time_s", "exits", "exit_rate"], "plain")
    paths = ["/", "/pricing", "/pricing/enterprise", "/blog/", "/blog/how-we-cut-churn",
             "/blog/pricing-psychology", "/blog/q3-product-update", "/docs/getting-started",
             "/docs/api/auth", "/docs/api/webhooks", "/downloads/whitepaper-2026.pdf",
             "/downloads/price-list.PDF", "/careers", "/careers/senior-engineer", "/about",
             "/contact", "/signup", "/login", "/blog/10-tips-for-onboarding", "/case-studies/acme",
             "/case-studies/granite-bank", "/integrations/slack", "/integrations/salesforce",
             "/legal/privacy", "/legal/terms", "/docs/faq", "/webinar/dec-2026", "/partners",
             "/blog/black-friday-recap", "/downloads/brochure.pdf", "/status", "/security",
             "/pricing?ref=ad", "/signup/thank-you", "/404", "/blog/archive", "/docs/api/rate-limits",
             "/events", "/compare/vs-competitor", "/features"]
    prows = []
    for p in paths:
        views = int(rng.lognormvariate(8, 1.1))
        uniq = int(views * rng.uniform(0.6, 0.9))
        exits = int(views * rng.uniform(0.05, 0.7))
        prows.append([p, views, uniq, int(rng.uniform(8, 320)), exits, round(exits / views, 3)])
    put_rows(pg, 2, 1, prows, {1: "#,##0", 2: "#,##0", 5: "0.0%"})
    widths(pg, {"A": 32})
    return wb


# --------------------------------------------------------------------------- payroll
def payroll() -> Workbook:
    rng = random.Random(3808)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pay Run"
    ws["A1"] = "OT limit (hrs)"
    ws["B1"] = 8
    ws["A2"] = "Min net pay"
    ws["B2"] = 600
    ws["B2"].number_format = USD
    ws["D1"] = "Pay period: 16 Nov - 29 Nov 2026"
    for c in ("A1", "A2"):
        ws[c].font = Font(italic=True)
    names = ["emp_id", "full_name", "dept", "pay_type", "rate", "mon_hrs", "tue_hrs", "wed_hrs",
             "thu_hrs", "fri_hrs", "ot_hrs", "gross_pay", "tax", "net_pay", "pay_date", "bank_last4"]
    header(ws, 4, 1, names, "plain")
    depts = ["Kitchen", "Front of House", "Warehouse", "Office", "Drivers"]
    fn = ["Adele", "Bruno", "Carla", "Dmitri", "Esther", "Felix", "Gita", "Hector", "Ingrid", "Jamal",
          "Keiko", "Luis", "Marta", "Nikolai", "Olga", "Pedro", "Rhea", "Stefan", "Tariq", "Uma"]
    ln = ["Abbott", "Banks", "Castro", "Duarte", "Ellis", "Ferreira", "Gomez", "Holm", "Iqbal",
          "Jensen", "Klein", "Lee", "Mensah", "Nolan", "Ortiz", "Pike", "Rossi", "Shah", "Torres", "Vogel"]
    rows = []
    for i in range(60):
        dept = rng.choice(depts)
        salaried = dept == "Office" and rng.random() < 0.7
        rate: float | str = round(rng.uniform(16, 34), 2) if not salaried else round(rng.uniform(1900, 3400), 2)
        if salaried:
            hrs = [8, 8, 8, 8, 8]
            ot = 0
        else:
            hrs = [rng.choice([0, 6, 7.5, 8, 8, 8, 9, 10]) for _ in range(5)]
            if rng.random() < 0.08:
                hrs[rng.randint(0, 4)] = None
            ot = rng.choice([0, 0, 0, 1.5, 2, 4, 6, 9, 12])
        gross = round(rate if salaried else rate * sum(h or 0 for h in hrs) * 2 + rate * 1.5 * ot, 2)
        tax = round(gross * rng.uniform(0.12, 0.24), 2)
        net = round(gross - tax, 2)
        pay_date = dt.date(2026, 11, 27)
        rows.append([f"E{1040 + i}", f"{rng.choice(fn)} {rng.choice(ln)}", dept,
                     "Salary" if salaried else "Hourly", rate, *hrs, ot, gross, tax, net, pay_date,
                     f"{rng.randint(0, 9999):04d}"])
    # off-cycle payments next Friday, an adjustment dated in the past
    for i in (17, 42, 55):
        rows[i][14] = dt.date(2026, 12, 4)
    rows[33][14] = dt.date(2026, 11, 20)
    # rates typed as text, a negative net (advance recovered), shared bank digits
    rows[8][4] = f"{rows[8][4]:.2f}"
    rows[26][4] = f"{rows[26][4]:.2f}"
    rows[49][13] = -85.4
    rows[12][15] = rows[5][15]
    rows[58][15] = rows[40][15]
    # a net pay that does not equal gross - tax
    rows[20][13] = round(rows[20][13] + 100, 2)
    put_rows(ws, 5, 1, rows, {4: "0.00", 11: USD, 12: USD, 13: USD, 14: DATE})
    widths(ws, {"A": 15, "B": 16, "C": 15, "L": 11, "M": 10, "N": 11, "O": 11, "P": 11})

    ytd = wb.create_sheet("YTD")
    header(ytd, 1, 1, ["EMP ID", "NAME", "HIRE DATE", "LAST RAISE", "YTD GROSS", "YTD TAX",
                       "YTD NET", "PTO BAL (hrs)"], "bold")
    yrows = []
    for i, r in enumerate(rows):
        hire = dt.date(rng.randint(2009, 2026), rng.randint(1, 12), rng.randint(1, 28))
        if hire > day(-20):
            hire = day(-45)
        if hire == dt.date(2021, 12, 1):
            hire = dt.date(2021, 12, 3)
        raise_ = None if hire > dt.date(2025, 6, 1) or rng.random() < 0.15 else \
            hire + dt.timedelta(days=rng.randint(180, max(181, (BUILT - hire).days - 1)))
        g = round(float(r[11]) * rng.uniform(20, 23), 2)
        t = round(g * rng.uniform(0.14, 0.22), 2)
        pto = round(rng.uniform(-8, 120), 1)
        yrows.append([r[0], r[1], hire, raise_, g, t, round(g - t, 2), pto])
    put_rows(ytd, 2, 1, yrows, {2: DATE, 3: DATE, 4: USD, 5: USD, 6: USD})
    widths(ytd, {"B": 16, "C": 12, "D": 12, "E": 12, "F": 11, "G": 12, "H": 14})
    return wb


BOOKS = {
    "restaurant_orders": restaurant,
    "shipping_log": shipping,
    "event_tickets": tickets,
    "support_tickets": support,
    "fleet_maintenance": fleet,
    "school_enrolment": school,
    "web_analytics": web,
    "payroll": payroll,
}


def main() -> None:
    for name, make in BOOKS.items():
        wb = make()
        wb.properties.creator = "dev-v1 part C"
        wb.properties.created = dt.datetime(2026, 12, 1, 9, 0)
        wb.properties.modified = dt.datetime(2026, 12, 1, 9, 0)
        wb.save(HERE / f"{name}.xlsx")
        print("wrote", f"{name}.xlsx", [ws.title for ws in wb.worksheets])


if __name__ == "__main__":
    main()
