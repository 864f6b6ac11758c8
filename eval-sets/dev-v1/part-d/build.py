"""Build the 8 workbooks of dev-v1 part D (synthetic, laid out like real ones).

Every random choice uses a fixed seed, and every date is a literal or an offset from BUILT
(2026-12-01, "today" for the date-relative requests), so the cell contents are identical on
every run. No workbook carries conditional formats; no cell holds a formula.

    python build.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
BUILT = dt.date(2026, 12, 1)

DMY = "dd/mm/yyyy"
ISO = "yyyy-mm-dd"
DMMM = "d-mmm-yy"
HM = "hh:mm"


def day(offset: int) -> dt.date:
    return BUILT + dt.timedelta(days=offset)


def text_date(d: dt.date) -> str:
    """A date typed as text, day first (callers only pass days > 12)."""
    assert d.day > 12, d
    return d.strftime("%d/%m/%Y")


def fill(hex6: str) -> PatternFill:
    return PatternFill("solid", start_color="FF" + hex6, end_color="FF" + hex6)


THIN = Side(style="thin", color="FF999999")


def header(ws, row: int, col: int, names: list[str], style: str = "blue") -> None:
    """Write a header row in one of a few house styles."""
    for i, name in enumerate(names):
        c = ws.cell(row, col + i, name)
        if style == "blue":
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("1F4E78")
        elif style == "grey":
            c.font = Font(bold=True)
            c.fill = fill("D9D9D9")
            c.border = Border(bottom=THIN)
        elif style == "green":
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
        elif style == "plain":
            c.font = Font(bold=True)
        elif style == "underline":
            c.font = Font(bold=True, underline="single")
        c.alignment = Alignment(horizontal="center", wrap_text=True)


def put(ws, row: int, col: int, values: list, formats: dict[int, str] | None = None) -> None:
    formats = formats or {}
    for i, v in enumerate(values):
        c = ws.cell(row, col + i, v)
        if i in formats and v is not None and not isinstance(v, str):
            c.number_format = formats[i]


def widths(ws, sizes: dict[str, float]) -> None:
    for col, w in sizes.items():
        ws.column_dimensions[col].width = w


def title(ws, addr: str, text: str, size: int = 14) -> None:
    ws[addr] = text
    ws[addr].font = Font(bold=True, size=size)


# --------------------------------------------------------------------------------------------
def housekeeping() -> None:
    rnd = random.Random(1101)
    wb = Workbook()
    ws = wb.active
    ws.title = "Room Board"
    title(ws, "A1", "Harbour View Hotel — Housekeeping Board")
    ws["A2"] = "Shift: AM"
    ws["D2"] = "Updated 01 Dec 2026 07:15 by front desk"
    ws["D2"].font = Font(italic=True, color="FF666666")
    cols = ["Room", "Flr", "Type", "Status", "Attendant", "Dep. Date", "Start", "Finish",
            "Mins", "Linen Sets", "Insp.", "Notes"]
    header(ws, 4, 1, cols, "blue")
    staff = ["Maria Santos", "Joy Mensah", "Kofi Boateng", "Ana Petrova", "Priya Nair",
             "Tomasz Kowal", "Luis Ortega"]
    statuses = ["Vacant Dirty", "Vacant Clean", "Inspected", "Occupied", "In Progress", "DND",
                "Out of Order"]
    weights = [20, 12, 12, 25, 8, 8, 3]
    types = {1: "STD", 2: "STD", 3: "DLX", 4: "DLX", 5: "STE"}
    notes_pool = ["extra towels", "Maintenance - shower drain slow", "VIP arrival 3pm",
                  "guest complaint: smell of smoke", "cot requested", "maint. AC not cooling",
                  "late checkout 1pm", "lost property handed in", "Minibar restock"]
    row = 5
    for floor in range(1, 6):
        for n in range(1, 13):
            room = floor * 100 + n
            status = rnd.choices(statuses, weights)[0]
            if room in (312, 508):
                status = "Out of Order"
            if room in (105, 221, 404):
                status = "DND"
            rtype = "TWN" if n in (6, 7) else types[floor]
            attendant = None
            if status in ("Vacant Clean", "Inspected", "In Progress"):
                attendant = rnd.choice(staff)
            elif status == "Vacant Dirty":
                attendant = rnd.choice(staff) if rnd.random() < 0.55 else None
            elif status == "Occupied":
                attendant = rnd.choice(staff) if rnd.random() < 0.4 else None
            if status in ("Occupied", "DND"):
                dep = day(rnd.choice([0, 1, 1, 2, 3, 4, 5]))
            elif status == "Out of Order":
                dep = None
            else:
                dep = day(-rnd.choice([0, 0, 1, 2, 3]))
            start = finish = mins = None
            if status in ("Vacant Clean", "Inspected", "In Progress"):
                s = 7 * 60 + 30 + 5 * rnd.randint(0, 48)
                length = rnd.randint(18, 52)
                start = dt.time(s // 60, s % 60)
                if status != "In Progress":
                    f = s + length
                    finish = dt.time(f // 60, f % 60)
                    mins = length
            linen = rnd.randint(1, 4) if status != "Out of Order" else None
            insp = None
            if status == "Inspected":
                insp = "Y" if rnd.random() < 0.8 else None
            elif status == "Vacant Clean":
                insp = "N" if rnd.random() < 0.5 else None
            note = rnd.choice(notes_pool) if rnd.random() < 0.22 else None
            if status == "Out of Order":
                note = "maintenance: " + ("new carpet" if room == 312 else "leak from ceiling")
            room_val: object = str(room) if room in (211, 407) else room
            put(ws, row, 1, [room_val, floor, rtype, status, attendant, dep, start, finish, mins,
                             linen, insp, note], {5: DMMM, 6: HM, 7: HM})
            row += 1
    # entry errors: minutes that do not match start/finish, a finish typed before the start
    for r in range(5, 65):
        if ws.cell(r, 1).value in (212, 305, 410) and ws.cell(r, 9).value is not None:
            ws.cell(r, 9).value += 10
    for r in range(40, 65):
        if ws.cell(r, 8).value is not None:
            ws.cell(r, 7).value = dt.time(10, 40)
            ws.cell(r, 8).value = dt.time(9, 55)
            ws.cell(r, 9).value = 35
            break
    # a room marked Inspected whose inspection column says N
    for r in range(5, 65):
        if ws.cell(r, 4).value == "Inspected" and ws.cell(r, 11).value == "Y":
            ws.cell(r, 11).value = "N"
            break
    # lookup list on the same sheet
    header(ws, 4, 14, ["Trainees"], "grey")
    for i, name in enumerate(["Joy Mensah", "Luis Ortega", "Ana Petrova"]):
        ws.cell(5 + i, 14, name)
    widths(ws, {"A": 7, "B": 5, "C": 6, "D": 13, "E": 15, "F": 11, "L": 32, "N": 14})
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Minibar")
    header(ws, 1, 1, ["Date", "Room", "Water", "Soda", "Beer", "Wine", "Snacks", "Total (€)",
                      "Posted"], "grey")
    prices = [3, 4, 6, 12, 5]
    rooms = [f * 100 + n for f in range(1, 6) for n in range(1, 13)]
    dates = sorted(dt.date(2026, 11, rnd.randint(1, 30)) for _ in range(70))
    rows = []
    for i, d in enumerate(dates):
        items = []
        for _ in prices:
            x = rnd.random()
            items.append(None if x < 0.55 else 1 if x < 0.8 else 2 if x < 0.92 else
                         3 if x < 0.97 else 4)
        if not any(items):
            items[0] = 1
        total = sum((q or 0) * p for q, p in zip(items, prices, strict=True))
        posted = "Y" if i < 62 and rnd.random() < 0.95 else None
        rows.append([d, rnd.choice(rooms), *items, total, posted])
    rows[31][1] = rows[30][1]  # the same room charged twice on one day
    rows[31][0] = rows[30][0]
    for i, values in enumerate(rows):
        put(ws, 2 + i, 1, values, {0: DMY, 7: '"€"#,##0.00'})
    widths(ws, {"A": 11, "H": 10})
    wb.save(HERE / "housekeeping.xlsx")


# --------------------------------------------------------------------------------------------
def bakery() -> None:
    rnd = random.Random(2202)
    wb = Workbook()
    ws = wb.active
    ws.title = "batches"
    cols = ["batch_id", "bake_date", "product", "line", "planned_qty", "actual_qty", "waste_qty",
            "oven_temp_c", "proof_min", "baker", "qc_status", "notes"]
    header(ws, 1, 1, cols, "plain")
    base = {"Sourdough": 120, "Baguette": 200, "Croissant": 240, "Rye Loaf": 60, "Brioche": 80,
            "Cinnamon Roll": 150, "Focaccia": 50, "Pain au Chocolat": 180, "Multigrain": 90,
            "Walnut Loaf": 40}
    proof = {"Sourdough": 240, "Baguette": 90, "Croissant": 120, "Rye Loaf": 150,
             "Brioche": 100, "Cinnamon Roll": 75, "Focaccia": 45, "Pain au Chocolat": 110,
             "Multigrain": 80, "Walnut Loaf": 70}
    bakers = ["Hannah", "Olu", "Marco", "Siobhan", "Kenji"]
    days = []
    d = dt.date(2026, 10, 19)
    while d <= dt.date(2026, 11, 30):
        sunday_special = d in (dt.date(2026, 11, 8), dt.date(2026, 11, 22))
        if (d.weekday() < 6 or sunday_special) and d != dt.date(2026, 11, 17):
            days.append(d)
        d += dt.timedelta(days=1)
    per_day = [3] * len(days)
    for i in rnd.sample(range(len(days)), 120 - 3 * len(days)):
        per_day[i] += 1
    rows = []
    n = 1
    for d, k in zip(days, per_day, strict=True):
        for _ in range(k):
            product = rnd.choice(list(base))
            if d < dt.date(2026, 11, 1) and product == "Walnut Loaf":
                product = "Multigrain"
            planned = int(round(base[product] * rnd.choice([0.8, 1, 1, 1.2]) / 10) * 10)
            actual = int(planned * rnd.uniform(0.84, 1.06))
            waste = int(actual * rnd.uniform(0, 0.14))
            temp = rnd.randint(200, 226)
            pm = proof[product] + rnd.randint(-8, 12)
            qc = rnd.choices(["Pass", "Fail", "Hold", "pass"], [86, 5, 5, 4])[0]
            rows.append([f"B26-{n:04d}", d, product, rnd.choice(["L1", "L2", "L3"]), planned,
                         actual, waste, temp, pm, rnd.choice(bakers), qc, None])
            n += 1
    # planted cases
    rows[17][5], rows[17][6], rows[17][10], rows[17][11] = 0, None, "Fail", "oven fault, binned"
    for i in (8, 44, 71, 102):
        rows[i][5] = int(rows[i][4] * 0.78)
    for i, t in ((12, 238), (50, 241), (77, 176), (95, 183), (110, 236)):
        rows[i][7] = t
    for i in (23, 58, 66, 90, 115):
        rows[i][6] = None
    for i in (5, 39, 83, 97):
        rows[i][9] = None
    for i in (29, 62):
        rows[i][8] = None
    for i in (3, 33, 64, 99):
        rows[i][8] = 38 + i % 5
    rows[60][0] = rows[59][0]  # a batch id typed twice
    rows[101][0] = rows[100][0]
    for i in (26, 73, 88, 113):
        rows[i][6] = int(rows[i][5] * 0.18)
    rows[40][11] = "short on butter"
    rows[85][11] = "new flour supplier"
    rows[104][11] = "ran late, proof extended"
    for when in (dt.date(2026, 10, 21), dt.date(2026, 11, 13), dt.date(2026, 11, 19),
                 dt.date(2026, 11, 25)):
        values = next(v for v in rows if v[1] == when)
        values[1] = text_date(when)
    for i, values in enumerate(rows):
        put(ws, 2 + i, 1, values, {1: ISO})
    widths(ws, {"A": 10, "B": 11, "C": 16, "J": 9, "K": 9, "L": 24})
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("Recipes")
    title(ws, "A1", "Product costing (per unit)", 12)
    header(ws, 3, 1, ["Product", "Cost/unit (€)", "Price (€)", "Margin %", "Shelf life (days)",
                      "Allergens"], "green")
    recipes = [
        ("Sourdough", 1.10, 4.20, 3, "gluten"),
        ("Baguette", 0.45, 1.60, 1, "gluten"),
        ("Croissant", 0.62, 1.90, 2, "gluten, milk, egg"),
        ("Rye Loaf", 1.30, 3.80, 4, "gluten, rye"),
        ("Brioche", 1.45, 2.70, 3, "gluten, milk, egg"),
        ("Cinnamon Roll", 0.80, 2.60, 2, "gluten, milk, egg, may contain nuts"),
        ("Focaccia", 1.60, 3.00, 2, "gluten"),
        ("Pain au Chocolat", 0.75, 2.10, 2, "gluten, milk, soya"),
        ("Multigrain", 1.25, 3.90, 4, "gluten, sesame"),
        ("Walnut Loaf", 1.90, 3.50, 4, "gluten, tree nuts"),
        ("Chocolate Muffin", 0.70, 2.40, 3, "gluten, milk, egg, soya"),
    ]
    for i, (p, cost, price, life, allergens) in enumerate(recipes):
        put(ws, 4 + i, 1, [p, cost, price, round((price - cost) / price, 4), life, allergens],
            {1: "0.00", 2: "0.00", 3: "0%"})
    header(ws, 3, 8, ["Discontinued"], "grey")
    for i, p in enumerate(["Walnut Loaf", "Chocolate Muffin", "Seeded Bagel"]):
        ws.cell(4 + i, 8, p)
    widths(ws, {"A": 18, "B": 13, "F": 34, "H": 16})
    wb.save(HERE / "bakery_production.xlsx")


# --------------------------------------------------------------------------------------------
def campaigns() -> None:
    rnd = random.Random(3303)
    wb = Workbook()
    ws = wb.active
    ws.title = "Campaigns"
    title(ws, "B1", "Q4 Marketing — campaign tracker")
    ws["B2"] = "Source: ad platforms export + manual edits"
    ws["B2"].font = Font(italic=True, color="FF666666")
    ws["L2"] = "Max CPA ($)"
    ws["L2"].font = Font(bold=True)
    ws["M2"] = 40
    ws["M2"].fill = fill("FFF2CC")
    cols = ["Campaign", "Channel", "Owner", "Start", "End", "Budget ($)", "Spend ($)",
            "Impressions", "Clicks", "Conv", "CPA", "Status"]
    header(ws, 4, 2, cols, "blue")
    names = ["BF_Search_Brand", "BF_Search_Generic", "Holiday Gift Guide - Email",
             "Retargeting_Q4", "Webinar promo (Dec)", "TikTok Creators UGC", "Spring Teaser",
             "Cyber Monday Flash", "Newsletter Nov", "Newsletter Dec", "YouTube Pre-roll",
             "LinkedIn ABM Tier1", "LinkedIn ABM Tier2", "Display Prospecting", "Affiliate Push",
             "App Install - Android", "App Install - iOS", "Brand Video 30s", "Partner Co-op",
             "[TEST] pixel check", "Loyalty Winback", "Black Friday Social", "Student Offer",
             "Free Shipping Banner", "Gift Card Promo", "New Year Kickoff", "Search - Competitor",
             "Podcast Sponsorship", "[TEST] new UTM tags", "Cart Abandon Email", "Influencer Q4",
             "Local Radio Retarget", "Pinterest Holiday", "Referral Boost", "Product Launch X2",
             "Year in Review Email", "Display Remarketing", "Marketplace Ads", "Search - DSA"]
    channels = {"Email": "Email", "Newsletter": "Email", "Search": "Search", "BF_Search": "Search",
                "YouTube": "Video", "Video": "Video", "LinkedIn": "Social", "TikTok": "Social",
                "Social": "Social", "Pinterest": "Social", "Influencer": "Social",
                "Display": "Display", "Banner": "Display", "Affiliate": "Affiliate",
                "Referral": "Affiliate", "Partner": "Affiliate"}
    owners = ["Dana", "Rui", "Mei", "Sam", "Priya"]
    rows = []
    for name in [*names, "Retargeting_Q4"]:
        ch = next((v for k, v in channels.items() if k.lower() in name.lower()),
                  rnd.choice(["Search", "Social", "Display"]))
        start = dt.date(2026, 9, 1) + dt.timedelta(days=rnd.randint(0, 110))
        if start == BUILT:
            start += dt.timedelta(days=2)
        end = start + dt.timedelta(days=rnd.choice([14, 21, 30, 45, 60, 75, 90, 120]))
        if end in (BUILT, day(14)):
            end += dt.timedelta(days=3)
        budget = rnd.randint(2, 50) * 500
        if start > BUILT:
            status = rnd.choice(["Scheduled", "Scheduled", "Draft"])
        elif end < BUILT:
            status = "Ended"
        else:
            status = rnd.choice(["Live", "Live", "Live", "Paused"])
        if status in ("Scheduled", "Draft"):
            spend, impr, clicks, conv = 0, 0, 0, 0
        else:
            spend = round(budget * rnd.uniform(0.3, 1.12), 2)
            impr = int(spend * rnd.uniform(80, 400))
            clicks = int(impr * rnd.uniform(0.004, 0.03))
            conv = int(clicks * rnd.uniform(0.0, 0.08))
        cpa = round(spend / conv, 2) if conv else None
        rows.append([name, ch, rnd.choice(owners), start, end, budget, spend, impr, clicks, conv,
                     cpa, status])
    # planted cases
    for i in (3, 14, 21):
        if rows[i][11] == "Ended":
            rows[i][11] = "Live"
    rows[7][11] = "Live"
    rows[30][11] = "Live"  # its end date is typed as text
    rows[7][3], rows[7][4] = dt.date(2026, 11, 27), dt.date(2026, 11, 30)
    rows[36][11] = "Live"
    rows[36][4] = dt.date(2026, 11, 20)
    for i in (5, 26, 33):
        rows[i][2] = None
    cpa_na = next(i for i, r in enumerate(rows) if i >= 20 and r[6])
    rows[cpa_na][9], rows[cpa_na][10] = 0, "n/a"  # no conversions yet
    rows[30][4] = text_date(rows[30][4])
    rows[26][4] = text_date(dt.date(2026, 12, 31))
    rows[16][3] = text_date(dt.date(2026, 9, 18))
    for i, values in enumerate(rows):
        put(ws, 5 + i, 2, values, {3: DMY, 4: DMY, 5: "#,##0", 6: "#,##0.00", 7: "#,##0",
                                   10: '"$"0.00'})
    widths(ws, {"A": 3, "B": 28, "C": 10, "E": 11, "F": 11, "G": 11, "H": 11, "I": 12})

    ws = wb.create_sheet("Weekly Spend")
    header(ws, 1, 1, ["Week of", "Search", "Social", "Display", "Email", "Video", "Total"],
           "grey")
    spans = {"Search": (2500, 6200), "Social": (900, 4200), "Display": (400, 2600),
             "Email": (80, 650), "Video": (0, 5600)}
    for w in range(26):
        monday = dt.date(2026, 6, 1) + dt.timedelta(weeks=w)
        vals = [round(rnd.uniform(*spans[k]), 2) for k in spans]
        if w in (3, 4, 11):
            vals[4] = None
        if w == 17:
            vals[1] = None
        if w == 9:
            vals[2] = -120.0  # refund posted as negative
        if w in (12, 21):
            vals = [round(v * 1.6, 2) if v else v for v in vals]
        total = round(sum(v or 0 for v in vals), 2)
        put(ws, 2 + w, 1, [monday, *vals, total], {0: DMMM, **{i: "#,##0" for i in range(1, 7)}})
    widths(ws, {"A": 11})
    wb.save(HERE / "campaigns.xlsx")


# --------------------------------------------------------------------------------------------
def gym() -> None:
    rnd = random.Random(4404)
    wb = Workbook()
    ws = wb.active
    ws.title = "MEMBERS"
    cols = ["MEMBER ID", "FIRST NAME", "LAST NAME", "PLAN", "JOIN DATE", "RENEWAL DATE",
            "FEE/MO", "LAST VISIT", "VISITS 30D", "EMAIL", "PHONE", "STATUS"]
    header(ws, 1, 1, cols, "underline")
    firsts = ["Amy", "Ben", "Chloe", "Dev", "Eli", "Fatima", "George", "Hana", "Ivan", "Jade",
              "Kwame", "Lena", "Mo", "Nina", "Omar", "Pia", "Quinn", "Rosa", "Sol", "Tariq",
              "Uma", "Vic", "Wen", "Yara", "Zak"]
    lasts = ["Adams", "Brook", "Chen", "Diaz", "Evans", "Fox", "Gill", "Hart", "Ito", "Jones",
             "Khan", "Lopez", "Moss", "Novak", "Okafor", "Patel", "Reid", "Silva", "Tran", "Webb"]
    plans = {"Basic": 29.99, "Plus": 44.99, "Premium": 69.99, "Student": 24.99,
             "Off-Peak": 34.99, "Corporate": 55.00}
    domains = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "gmail.com"]
    rows = []
    used = set()
    for i in range(100):
        while True:
            fn, ln = rnd.choice(firsts), rnd.choice(lasts)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        plan = rnd.choices(list(plans), [30, 25, 15, 12, 12, 6])[0]
        while True:
            join = dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randint(0, 3240))
            if not dt.date(2021, 11, 24) <= join <= dt.date(2021, 12, 8):
                break
        renewal = dt.date(2026, 10, 15) + dt.timedelta(days=rnd.randint(0, 400))
        if renewal in (day(-1), BUILT, day(14), day(15)):
            renewal += dt.timedelta(days=3)
        status = rnd.choices(["Active", "Frozen", "Cancelled"], [80, 8, 12])[0]
        if renewal < BUILT and status == "Active":
            status = "Overdue" if rnd.random() < 0.6 else "Active"
        while True:
            gap = rnd.choice([rnd.randint(0, 30), rnd.randint(0, 30), rnd.randint(0, 220)])
            if gap not in (59, 60, 61):
                break
        last = day(-gap)
        visits = rnd.randint(1, 18) if gap <= 30 else 0
        email = f"{fn.lower()}.{ln.lower()}@{rnd.choice(domains)}"
        phone = f"07{rnd.randint(100, 999)} {rnd.randint(100000, 999999)}"
        rows.append([f"M{1001 + i}", fn, ln, plan, join, renewal, plans[plan], last, visits,
                     email, phone, status])
    # planted cases
    for i in (12, 47, 80):
        rows[i][7], rows[i][8] = None, None  # never visited
    rows[33][8] = None
    rows[58][0] = rows[57][0]  # duplicate member id
    rows[91][0] = rows[20][0]
    rows[66][9] = rows[25][9].upper()  # same email, different case
    rows[72][9] = rows[40][9]
    rows[15][9] = rows[15][9].replace("@", ".")  # no @
    rows[88][9] = rows[88][9].replace("@", " at ")
    for i in (4, 19, 52, 63, 77, 95):
        rows[i][10] = None
    for i in (2, 30, 61):
        rows[i][5] = day(rnd.choice([2, 5, 9, 12]))
        rows[i][11] = "Active"
    for i in (9, 44):
        rows[i][5] = day(-rnd.choice([5, 20]))
        rows[i][11] = "Active"
    for i in (38, 69):
        rows[i][5] = day(-1 - i % 7)
        rows[i][11] = "Overdue"
    for i, values in enumerate(rows):
        put(ws, 2 + i, 1, values, {4: DMY, 5: DMY, 6: "0.00", 7: DMY})
    widths(ws, {"A": 11, "E": 11, "F": 13, "H": 11, "J": 30, "K": 14})
    ws.auto_filter.ref = "A1:L101"

    ws = wb.create_sheet("Classes")
    title(ws, "A1", "Class timetable — December", 12)
    header(ws, 2, 1, ["Date", "Day", "Time", "Class", "Instructor", "Cap", "Booked",
                      "Waitlist"], "grey")
    classes = [("Yoga Flow", 20), ("HIIT", 16), ("Spin", 24), ("Pilates", 14),
               ("Hot Yoga", 18), ("Boxfit", 16), ("Zumba", 30), ("Body Pump", 25),
               ("Yoga for Beginners", 20)]
    instructors = ["Carla", "Dean", "Ife", "Jun", "Maya"]
    row = 3
    for off in range(0, 20):
        d = day(off)
        for slot in sorted(rnd.sample([(6, 30), (9, 0), (12, 15), (18, 0), (19, 30)],
                                      3 if d.weekday() < 5 else 2)):
            name, cap = rnd.choice(classes)
            booked = min(cap, int(cap * rnd.uniform(0.35, 1.15)))
            wait = rnd.randint(1, 9) if booked == cap and rnd.random() < 0.8 else None
            instr = rnd.choice(instructors) if rnd.random() > 0.05 else None
            put(ws, row, 1, [d, d.strftime("%a"), dt.time(*slot), name, instr, cap, booked,
                             wait], {0: DMY, 2: HM})
            row += 1
    widths(ws, {"A": 11, "D": 20})
    wb.save(HERE / "gym_members.xlsx")


# --------------------------------------------------------------------------------------------
def conference() -> None:
    rnd = random.Random(5505)
    wb = Workbook()
    ws = wb.active
    ws.title = "Submissions"
    title(ws, "A1", "DevSummit 2027 · CFP review")
    cols = ["Talk ID", "Title", "Speaker", "Track", "Format", "Submitted", "R1", "R2", "R3",
            "Avg Score", "Decision", "Room", "Slot"]
    header(ws, 2, 1, cols, "green")
    speakers = ["Aisha Bello", "Bruno Costa", "Carmen Ruiz", "Dmitri Volkov", "Emeka Obi",
                "Freya Lund", "Gita Rao", "Hugo Martin", "Ines Duarte", "Jonas Weber",
                "Keiko Sato", "Liam Byrne", "Marta Nowak", "Nikhil Shah", "Olga Ivanova",
                "Pablo Reyes", "Rachel Green", "Sven Berg", "Tomi Adeyemi", "Uri Levi",
                "Vera Horak", "Will Chen", "Ximena Soto", "Yusuf Kaya", "Zoe Turner",
                "Arjun Mehta", "Bea Klein", "Chidi Eze", "Dana Cohen", "Erik Strand",
                "Fiona Walsh", "Gabe Moreau", "Hiro Tanaka", "Isla Grant", "Jamal Reed",
                "Kira Petrov", "Leo Rossi", "Mina Park", "Noor Haddad", "Oscar Lind"]
    topics = ["Kubernetes operators in practice", "Scaling Postgres to 10 TB",
              "Is GraphQL still worth it?", "Zero-trust networking for small teams",
              "Intro to Rust for Python devs", "Running k8s on the edge",
              "Feature flags without the mess", "Why is our CI so slow?",
              "Observability on a budget", "Data contracts that stick",
              "Accessible forms from scratch", "Chaos engineering at a bank",
              "Migrating off Kubernetes: a story", "Threat modeling workshop",
              "Vector search in production", "State machines for UI",
              "Should you build a platform team?", "CSS container queries deep dive",
              "dbt patterns for analysts", "Secrets management with Vault",
              "Event sourcing pitfalls", "Testing in production, safely",
              "WebAssembly beyond the browser", "Streaming ETL with Flink",
              "Hiring juniors in 2027", "Lightning: 5 git tricks", "Designing for offline first",
              "SBOMs and supply chain security", "Building a design system", "Async Python",
              "Monorepos: yes or no?", "Cost-aware cloud architecture", "Profiling Go services",
              "Helm charts for Kubernetes beginners", "Privacy engineering 101",
              "Data mesh, two years on", "Server components explained", "Incident reviews",
              "Home-lab k8s cluster", "Typed SQL", "Green software", "Terraform at scale",
              "Load testing with k6", "What broke in our SSO rollout?", "Micro-frontends",
              "Panel: the future of DevRel", "OpenTelemetry hands-on", "Queues vs streams",
              "Onboarding engineers fast", "Security champions program",
              "LLM evals for product teams", "React performance clinic",
              "Pragmatic DDD", "ClickHouse for logs", "Rate limiting patterns",
              "Kubernetes cost tuning", "Writing good RFCs", "Lakehouse on a shoestring",
              "Passkeys in practice", "Accessibility audits", "Edge functions compared",
              "Time zones are hard", "Schema migrations without downtime", "Mobile CI/CD",
              "Graph databases: when?", "Refactoring legacy PHP", "Pair programming remote",
              "Platform APIs", "Static analysis at scale", "Service mesh: do you need one?",
              "Debugging memory leaks", "Panel: open source funding", "Spark tuning",
              "Designing alerts people trust", "The last mile of ML", "Kafka in 20 minutes",
              "Frontend testing strategy", "Docs as code", "SQL window functions workshop",
              "Who owns the data platform?"]
    tracks = {"Cloud": ["Kubernetes", "k8s", "cloud", "Terraform", "Helm", "Edge", "Service",
                        "Platform", "Green"],
              "Data": ["Postgres", "Data", "dbt", "Flink", "SQL", "Lakehouse", "ClickHouse",
                       "Spark", "Kafka", "Vector", "Graph", "ML", "LLM", "Queues"],
              "Security": ["trust", "Security", "Secrets", "SBOM", "Threat", "Privacy",
                           "Passkeys", "SSO"],
              "Frontend": ["CSS", "UI", "React", "design", "forms", "Accessib", "frontend",
                           "Server components", "offline", "Mobile"]}
    rows = []
    for i, topic in enumerate(topics):
        track = next((t for t, keys in tracks.items() if any(k.lower() in topic.lower()
                                                            for k in keys)), "DevEx")
        fmt = ("Workshop" if "workshop" in topic.lower() or "hands-on" in topic.lower()
               or "clinic" in topic.lower() else "Lightning" if "Lightning" in topic
               or "20 minutes" in topic else "Panel" if topic.startswith("Panel") else
               rnd.choices(["Talk", "Workshop"], [85, 15])[0])
        sp = speakers[i % len(speakers)] if i < 40 else rnd.choice(speakers[:25])
        while True:
            sub = dt.date(2026, 8, 20) + dt.timedelta(days=rnd.randint(0, 86))
            if not dt.date(2026, 9, 30) <= sub <= dt.date(2026, 10, 4):
                break
        scores = [rnd.choices([1, 2, 3, 4, 5], [6, 16, 32, 30, 16])[0] for _ in range(3)]
        rows.append([f"T-{i + 1:03d}", topic, sp, track, fmt, sub, *scores])
    # planted: missing scores, one reviewer far apart, text dates
    for i, j in ((4, 2), (17, 1), (33, 2), (52, 0), (61, 2), (70, 1), (75, 2), (76, 1)):
        rows[i][6 + j] = None
    rows[76][6] = None
    rows[8][6:9] = [5, 2, 4]
    rows[21][6:9] = [1, 4, 4]
    rows[44][6:9] = [4, 4, 3]
    rows[12][6:9] = [2, 5, 4]
    texted = 0
    for r in rows:
        if r[5].day > 12 and texted < 3 and r[5].month == 11:
            r[5] = text_date(r[5])
            texted += 1
    rooms = ["Hall A", "Hall B", "Room 101", "Room 102", "Workshop Lab"]
    accepted = 0
    for i, r in enumerate(rows):
        present = [s for s in r[6:9] if s is not None]
        avg = round(sum(present) / len(present), 2) if present else None
        if (len(present) < 3 and i % 2 == 0) or avg is None:
            decision = None  # review still pending
        elif avg >= 3.6:
            decision = "Accept"
        elif avg < 2.8:
            decision = "Reject"
        else:
            decision = "Waitlist"
        if i == 44:
            decision = "Reject"  # rejected despite a high average (track full)
        room = slot = None
        if decision == "Accept":
            accepted += 1
            room = "Workshop Lab" if r[4] == "Workshop" else rnd.choice(rooms[:4])
            if accepted in (3, 9):
                room = None
            slot = f"D{rnd.randint(1, 3)} {rnd.choice(['09:30', '11:00', '14:00', '16:30'])}"
        r += [avg, decision, room, slot]
    for i, values in enumerate(rows):
        put(ws, 3 + i, 1, values, {5: DMMM, 9: "0.00"})
    widths(ws, {"B": 38, "C": 16, "F": 11, "K": 10, "L": 13})

    ws = wb.create_sheet("Speakers")
    header(ws, 1, 1, ["Speaker", "Company", "Country", "Travel ($)", "Hotel Nights", "Arrive",
                      "Depart", "Keynote?"], "blue")
    companies = ["Acme Cloud", "Databricks-ish", "Northwind", "Globex", "Initech", "Umbrella IO",
                 "Freelance", "TBD", "Stark Labs", "Hooli", "Contoso", "Pied Piper"]
    countries = ["USA", "Germany", "UK", "India", "Brazil", "Japan", "Nigeria", "Spain",
                 "Sweden", "Canada", "usa"]
    for i, sp in enumerate(speakers):
        country = rnd.choice(countries)
        travel = rnd.randint(2, 30) * 100 if country not in ("Germany", "Spain") else \
            rnd.randint(2, 8) * 50
        arrive = dt.date(2027, 3, rnd.randint(7, 10))
        depart = arrive + dt.timedelta(days=rnd.randint(2, 4))
        nights = (depart - arrive).days
        if i in (6, 27):
            nights += 1
        company = rnd.choice(companies) if i not in (3, 31) else "TBD"
        keynote = "Yes" if i in (0, 11, 22) else None
        put(ws, 2 + i, 1, [sp, company, country, travel, nights, arrive, depart, keynote],
            {3: "#,##0", 5: DMMM, 6: DMMM})
    ws.cell(2 + 14, 2).value = "tbd"
    header(ws, 1, 10, ["Sponsors"], "grey")
    for i, s in enumerate(["Globex", "Hooli", "Northwind", "Massive Dynamic"]):
        ws.cell(2 + i, 10, s)
    widths(ws, {"A": 16, "B": 16, "J": 16})
    wb.save(HERE / "conference_talks.xlsx")


# --------------------------------------------------------------------------------------------
def meters() -> None:
    rnd = random.Random(6606)
    wb = Workbook()
    ws = wb.active
    ws.title = "Main Meter"
    title(ws, "A1", "Main incomer — weekly meter reads (kWh)", 12)
    ws["A2"] = "Meter S/N 4471-22-A · reads due every Monday"
    header(ws, 4, 1, ["Read Date", "Reading", "Usage", "Read By", "Type", "Comment"], "grey")
    d = dt.date(2025, 11, 10)
    reading = 48210
    prev = reading
    rows = []
    while d <= dt.date(2026, 11, 30):
        actual_day = d
        if d == dt.date(2025, 12, 1):
            actual_day = dt.date(2025, 12, 2)
        elif d in (dt.date(2026, 4, 6), dt.date(2026, 8, 31)):
            actual_day = d + dt.timedelta(days=1)  # bank holiday
        elif d == dt.date(2026, 6, 29):
            actual_day = d + dt.timedelta(days=4)
        use = rnd.randint(900, 1700) + (300 if d.month in (12, 1, 2) else 0)
        if d in (dt.date(2026, 1, 19), dt.date(2026, 7, 20)):
            use = 2450 if d.month == 1 else 2120
        reading += use
        rows.append([actual_day, reading, None, rnd.choice(["JP", "SK", "AM"]),
                     "A" if rnd.random() < 0.85 else "E", None])
        d += dt.timedelta(weeks=1)
    # planted: a misread (lower than the week before), an inaccessible week, text dates
    rows[20][1] = rows[19][1] - 130
    rows[20][5] = "misread? check"
    rows[33][1] = None
    rows[33][4] = None
    rows[33][5] = "no access - gate locked"
    for i in (24, 45):
        rows[i][0] = text_date(rows[i][0]) if rows[i][0].day > 12 else rows[i][0]
    last = prev
    for r in rows:
        if r[1] is None:
            continue
        r[2] = r[1] - last
        last = r[1]
    for i, values in enumerate(rows):
        put(ws, 5 + i, 1, values, {0: DMY, 1: "#,##0", 2: "#,##0"})
    widths(ws, {"A": 12, "F": 26})

    ws = wb.create_sheet("Sites")
    title(ws, "A1", "Monthly consumption by site (kWh) — 2026", 12)
    ws["A2"] = "Alert threshold"
    ws["B2"] = 12000
    ws["B2"].fill = fill("FFF2CC")
    ws["B2"].number_format = "#,##0"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    header(ws, 4, 1, ["Site", "Meter", *months], "blue")
    sites = ["Northgate Depot", "Riverside Office", "Harbour Warehouse", "Eastfield School",
             "Leisure Centre", "Town Hall", "Westbrook Library", "Southside Depot",
             "Civic Car Park", "Museum", "Crematorium", "Water Pumping Stn",
             "Parks Depot", "Market Hall", "Community Hub A", "Community Hub B",
             "Recycling Centre", "Archive Store", "Fire Station 2", "Youth Centre"]
    for i, site in enumerate(sites):
        base = rnd.randint(2500, 11000)
        vals = []
        for m in range(12):
            season = 1.25 if m in (0, 1, 10, 11) else 0.9 if m in (5, 6, 7) else 1.0
            vals.append(int(base * season * rnd.uniform(0.85, 1.15)))
        vals[11] = None
        meter = f"EM-{rnd.randint(10000, 99999)}"
        put(ws, 5 + i, 1, [site, meter, *vals], {i: "#,##0" for i in range(2, 14)})
    # planted
    ws["F9"] = None
    ws["M12"] = None
    ws["C20"] = None
    ws["J15"] = -850
    ws["E22"] = -1200
    ws["B18"] = ws["B7"].value  # same meter listed twice
    ws["L5"], ws["M5"] = 12400, 13100
    ws["L16"], ws["M16"] = 15200, 16900
    widths(ws, {"A": 20, "B": 10})
    wb.save(HERE / "meter_readings.xlsx")


# --------------------------------------------------------------------------------------------
def volunteers() -> None:
    rnd = random.Random(7707)
    wb = Workbook()
    ws = wb.active
    ws.title = "Rota"
    cols = ["Date ", "Day", "Shift ", "Location", "Volunteer", "Role", "Start", "End", "Hrs",
            "Confirmed", "Contact"]
    header(ws, 1, 1, cols, "green")
    people = ["Alice Ng", "Bob Harris", "Cath O'Neill", "Deepa Iyer", "Ed Morgan",
              "Femi Ade", "Grace Liu", "Harry Cole", "Iris Kahn", "Jack Dunn", "Kate Bell",
              "Lou Perez", "Mo Farouk", "Nell Price", "Ollie Stone", "Pat Quinn"]
    phones = {p: f"07{rnd.randint(700, 999)} {rnd.randint(100000, 999999)}" for p in people}
    locations = ["Food Bank - Main St", "Food Bank - Depot", "Shelter Kitchen", "Charity Shop",
                 "Warehouse", "food bank - pop-up"]
    roles = ["Packer", "Driver", "Till", "Cook", "Packer", "Team Lead"]
    shifts = {"AM": (9, 0, 13, 0), "PM": (13, 0, 17, 0), "Eve": (17, 30, 20, 30),
              "Long": (8, 0, 15, 30)}
    rows = []
    d = dt.date(2026, 11, 16)
    while d <= dt.date(2026, 12, 20):
        if d not in (BUILT, day(7)):
            for sh in rnd.sample(list(shifts), rnd.choice([2, 3, 3])):
                h1, m1, h2, m2 = shifts[sh]
                who = rnd.choice(people)
                if rnd.random() < (0.08 if d < BUILT else 0.25):
                    who = None
                hrs = (h2 * 60 + m2 - h1 * 60 - m1) / 60
                if d < BUILT:
                    conf = "Yes" if rnd.random() < 0.85 else rnd.choice(["No", None])
                else:
                    conf = rnd.choice(["Yes", "Yes", "No", None])
                if who is None:
                    conf = None
                rows.append([d, d.strftime("%a"), sh, rnd.choice(locations), who,
                             rnd.choice(roles), dt.time(h1, m1), dt.time(h2, m2), hrs, conf,
                             phones.get(who)])
        d += dt.timedelta(days=1)
    # planted: hours typo, double booking, past shift never confirmed
    rows[6][8] = 5
    rows[40][8] = 3
    rows[71][8] = 7.5 if rows[71][8] != 7.5 else 4
    for i, j in ((11, 12), (55, 56)):
        if rows[i][0] == rows[j][0]:
            rows[j][4] = rows[i][4] or "Femi Ade"
            rows[i][4] = rows[j][4]
            rows[j][10] = rows[i][10] = phones[rows[j][4]]
    rows[9][9] = "No"
    rows[9][4] = rows[9][4] or "Jack Dunn"
    for i, values in enumerate(rows):
        put(ws, 2 + i, 1, values, {0: DMY, 6: HM, 7: HM})
    header(ws, 1, 13, ["DBS renewal due"], "grey")
    for i, p in enumerate(["Ed Morgan", "Kate Bell", "Pat Quinn", "Zara Hill"]):
        ws.cell(2 + i, 13, p)
    widths(ws, {"A": 11, "D": 20, "E": 14, "K": 14, "M": 16})
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("Volunteers")
    header(ws, 1, 1, ["Name", "Email", "Phone", "Joined", "DBS Expiry", "Hours YTD", "Shirt",
                      "Under 18"], "plain")
    ws["J1"] = "Min hours"
    ws["J1"].font = Font(bold=True)
    ws["K1"] = 20
    ws["K1"].fill = fill("FFF2CC")
    extra = ["Quin Avery", "Rhea Das", "Sam Ortiz", "Tess Wong", "Umar Malik", "Val Romero",
             "Wes Hale", "Xena Pope", "Yusra Ali", "Zara Hill", "Abe Lowe", "Bea Nunez",
             "Cole Frost", "Dina Shah"]
    for i, p in enumerate(people + extra):
        joined = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randint(0, 2100))
        expiry = joined + dt.timedelta(days=3 * 365)
        while expiry < dt.date(2026, 9, 1):
            expiry += dt.timedelta(days=3 * 365)
        if day(29) <= expiry <= day(31):
            expiry += dt.timedelta(days=5)
        hours: object = round(rnd.uniform(2, 160) * (0.25 if joined > dt.date(2026, 6, 1)
                                                       else 1), 1)
        if i in (7, 18, 25):
            hours = str(int(hours)) if i != 25 else "12"
        if i == 25:
            joined = dt.date(2024, 5, 2)
        u18 = "Y" if i in (9, 21, 28) else None
        email = p.lower().replace(" ", ".").replace("'", "") + "@mail.org"
        put(ws, 2 + i, 1, [p, email, phones.get(p, f"07{rnd.randint(700, 999)} "
                                                    f"{rnd.randint(100000, 999999)}"),
                           joined, expiry, hours, rnd.choice(["S", "M", "L", "XL"]), u18],
            {3: DMY, 4: DMY})
    ws["E6"] = day(12)
    ws["E13"] = day(-20)
    ws["E27"] = day(25)
    ws["F12"] = 4.5
    ws["D12"] = dt.date(2023, 3, 14)
    ws["D12"].number_format = DMY
    widths(ws, {"A": 14, "B": 26, "C": 14, "D": 11, "E": 11})
    wb.save(HERE / "volunteer_shifts.xlsx")


# --------------------------------------------------------------------------------------------
def bugs() -> None:
    rnd = random.Random(8808)
    wb = Workbook()
    ws = wb.active
    ws.title = "Issues"
    cols = ["Key", "Summary", "Type", "Pri", "Status", "Assignee", "Reporter", "Created",
            "Updated", "Due", "Est (h)", "Logged (h)", "Component", "Sprint"]
    header(ws, 1, 1, cols, "grey")
    subjects = ["login page", "checkout", "search results", "settings screen", "invoice PDF",
                "push notifications", "profile photo upload", "CSV export", "dark mode",
                "password reset", "onboarding flow", "API rate limiter", "cart badge",
                "order history", "webhooks"]
    bug_forms = ["Crash when opening {s}", "{s} shows wrong totals", "[UI] {s} misaligned on "
                 "small screens", "Typo in {s}", "{s} times out under load",
                 "[UI] {s} button not clickable", "App crashes after {s}",
                 "{s} returns 500 intermittently", "{s} slow on Android"]
    story_forms = ["Add filters to {s}", "Redesign {s}", "Support SSO on {s}",
                   "Allow bulk edit in {s}", "Localise {s} (DE, FR)"]
    task_forms = ["Upgrade deps for {s}", "Write tests for {s}", "Add monitoring to {s}",
                  "Clean up feature flag in {s}"]
    people = ["alex", "bea", "chen", "dara", "eli", "fern"]
    rows = []
    created = dt.date(2026, 6, 1)
    for i in range(140):
        created += dt.timedelta(days=rnd.choice([0, 1, 1, 1, 2, 2]))
        if created > dt.date(2026, 11, 30):
            created = dt.date(2026, 11, 30)
        typ = rnd.choices(["Bug", "Story", "Task", "Epic"], [50, 28, 18, 4])[0]
        forms = bug_forms if typ == "Bug" else story_forms if typ != "Task" else task_forms
        summary = rnd.choice(forms).format(s=rnd.choice(subjects))
        summary = summary[0].upper() + summary[1:]
        pri = rnd.choices(["P1", "P2", "P3", "P4"], [10, 30, 40, 20])[0]
        age = (BUILT - created).days
        status = rnd.choices(["Open", "In Progress", "In Review", "Blocked", "Done",
                              "Won't Fix"], [25, 15, 8, 6, 40 if age > 40 else 10, 5])[0]
        upd = min(created + dt.timedelta(days=rnd.randint(0, 45)), dt.date(2026, 11, 30))
        if dt.date(2026, 10, 31) <= upd <= dt.date(2026, 11, 2):
            upd = dt.date(2026, 11, 4)  # keep clear of the 30-days-ago boundary
        due = None
        if rnd.random() < 0.7:
            due = created + dt.timedelta(days=rnd.randint(7, 75))
            if due == BUILT:
                due = day(2)
        est = rnd.choice([0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 40, 60])
        logged = None
        if status != "Open":
            logged = round(est * rnd.uniform(0.2, 1.6) * 2) / 2
        assignee = rnd.choice(people) if rnd.random() > 0.1 else None
        sprint = rnd.choice(["S40", "S41", "S42", "S43"]) if status != "Open" else None
        rows.append([f"APP-{1001 + i}", summary, typ, pri, status, assignee,
                     rnd.choice(people), created, upd, due, est, logged,
                     rnd.choice(["API", "Web", "iOS", "Android", "Billing"]), sprint])
    # planted cases
    rows[30][8] = rows[30][7] - dt.timedelta(days=3)  # updated before created (bad import)
    rows[97][8] = rows[97][7] - dt.timedelta(days=1)
    rows[64][1] = rows[12][1]  # duplicate summaries
    rows[120][1] = rows[77][1]
    rows[15][1] = "Crash on launch (iOS 18)"
    for i, (p, s) in ((22, ("P1", "Open")), (58, ("P1", "Open")), (131, ("P1", "In Progress"))):
        rows[i][3], rows[i][4], rows[i][5] = p, s, None
    rows[103][4] = "Blocked"
    rows[88][11], rows[88][10] = 71.5, 40
    texted = 0
    for r in rows:
        if r[7].day > 12 and texted < 3 and r[7].month in (8, 9):
            r[7] = text_date(r[7])
            texted += 1
    for i, values in enumerate(rows):
        put(ws, 2 + i, 1, values, {7: ISO, 8: ISO, 9: ISO})
    widths(ws, {"B": 44, "H": 11, "I": 11, "J": 11})
    ws.freeze_panes = "C2"

    ws = wb.create_sheet("Sprint 42")
    title(ws, "A1", "Sprint 42 burndown (story points)", 12)
    header(ws, 3, 1, ["Day", "Date", "Ideal", "Remaining", "Added"], "blue")
    remaining = [80, 71, 64, 63, 55, 55, 55, 44, 41, 33, 22, 17, 17, 17]
    added = {3: 8, 8: 6, 10: -3}  # scope added (or removed) that day
    for i in range(14):
        d = dt.date(2026, 11, 16) + dt.timedelta(days=i)
        ideal = round(80 - 80 * i / 13, 1)
        put(ws, 4 + i, 1, [i + 1, d, ideal, remaining[i], added.get(i)], {1: DMMM})
    wb.save(HERE / "bug_tracker.xlsx")


def main() -> None:
    for build in (housekeeping, bakery, campaigns, gym, conference, meters, volunteers, bugs):
        build()
    print("built 8 workbooks in", HERE)


if __name__ == "__main__":
    main()
