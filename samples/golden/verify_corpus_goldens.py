#!/usr/bin/env python3
"""Independent checker for the corpus goldens in samples/golden/*.json.

Run from the repository root:   python3 samples/golden/verify_corpus_goldens.py [name ...]

Python 3 standard library only. It never touches the project's Java code. Each golden is checked
against three text forms of its PDF, made by two different tools:

  TSV    samples/pdf-text/<doc>.tsv.txt      pdfplumber tables, one cell per tab-separated field
                                             (blank cells kept), so a value's column is its field.
  BBOX   `pdftotext -bbox <doc>.pdf` (poppler), run here: every word with its coordinates. Words are
                                             grouped into printed lines by their vertical position
                                             and an amount goes to the column whose header word is
                                             the rightmost one starting left of the amount's right
                                             edge (amounts are right-aligned in their cells).
  LAYOUT samples/pdf-text/<doc>.layout.txt   pdftotext -layout: the amounts of a printed line, in
                                             order, must be the golden row's non-blank amounts in
                                             column order (blank cells vanish in this form).

If pdftotext is not installed the BBOX form is skipped with a warning (TSV and LAYOUT, made by
pdfplumber and by poppler, still both run); `--strict` makes a missing pdftotext an error.
Optional arguments: document names to check only those, and --strict.

For every table region (found by its title in each form) the checker requires:
  * every classification-code line printed in the region is a golden row, in the same order, with
    the same code parts, name and amounts (nothing dropped, nothing invented);
  * the 合计 row equals the golden `totals`; an EMPTY table prints no code line and its note;
  * every numbered item line of tables 1 and 4 (一、 / 1. / 1、 / 收入总计 / 支出总计) is a golden item
    with the same side, role, name and amounts;
  * the table 9 value line gives exactly the golden cells;
  * document facts: year, kind, level, departmentKey and unit of each table.
Then it recomputes the arithmetic identities of domain.md from the golden amounts and requires
that the failing ones are exactly the golden `defects` of type "arithmetic" (matched on table,
against, code/item and check).

Exit status 0 and "<doc>: 0 problems" for each document when everything agrees; non-zero otherwise.
"""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal

GOLDEN_DIR = os.path.join("samples", "golden")
PDF_DIR = os.path.join("samples", "pdf")
TEXT_DIR = os.path.join("samples", "pdf-text")

TITLE_SUFFIX = {
    1: "财务收支预算总表",
    2: "收入预算总表",
    3: "支出预算总表",
    4: "财政拨款收支预算总表",
    5: "一般公共预算支出功能分类预算表",
    6: "政府性基金预算支出功能分类预算表",
    7: "国有资本经营预算支出功能分类预算表",
    8: "一般公共预算基本支出部门预算经济分类预算表",
    9: "“三公”经费和机关运行经费预算表",
}
TITLE_RE = re.compile(r"^(\d{4})年(部门|预算单位|单位)(.+)$")
CODE_COLUMNS = {
    2: ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
    3: ["合计", "基本支出", "项目支出"],
    5: ["合计", "基本支出", "项目支出"],
    6: ["合计", "基本支出", "项目支出"],
    7: ["合计", "基本支出", "项目支出"],
    8: ["合计", "人员经费", "公用经费"],
}
# header word printed on the page -> golden column, per table kind
CODE_HEADERS = {
    2: {"合计": "合计", "财政拨款收入": "财政拨款收入", "事业收入": "事业收入", "事业单位": "事业单位经营收入",
        "事业单位经营收入": "事业单位经营收入", "其他收入": "其他收入"},
    3: {"合计": "合计", "基本支出": "基本支出", "项目支出": "项目支出"},
    8: {"合计": "合计", "人员经费": "人员经费", "公用经费": "公用经费"},
}
CODE_HEADERS[5] = CODE_HEADERS[6] = CODE_HEADERS[7] = CODE_HEADERS[3]
T9_KEYS = ["total", "abroad", "reception", "vehicleTotal", "vehiclePurchase", "vehicleRunning", "operatingExpenses"]
T9_HEADERS = [("合计", "total"), ("因公出国(境)费", "abroad"), ("公务接待费", "reception"), ("小计", "vehicleTotal"),
              ("购置费", "vehiclePurchase"), ("运行费", "vehicleRunning"), ("机关运行经费预算", "operatingExpenses")]
AMOUNT = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
GOLDEN_AMOUNT = re.compile(r"^-?\d+(?:\.\d+)?$")
CN_NUM = re.compile(r"^[一二三四五六七八九十]+、")
AR_NUM = re.compile(r"^\d+[.、．]")


def is_amount(s):
    return bool(AMOUNT.match(s))


def plain(s):
    return s.replace(",", "")


def squash(s):
    return re.sub(r"\s+", "", s)


def dec(amounts, col):
    v = amounts.get(col)
    return Decimal(v) if v is not None else Decimal(0)


# ----------------------------------------------------------------------------------------------
# text forms -> pages of printed lines
# ----------------------------------------------------------------------------------------------

class Line:
    """One printed line. cells: TSV fields (None for forms without cells); tokens: whitespace
    tokens (LAYOUT); words: (x0, x1, text) sorted by x (BBOX)."""

    def __init__(self, text, cells=None, tokens=None, words=None, raw=None):
        self.text = text
        self.raw = raw
        self.cells = cells
        self.tokens = tokens
        self.words = words


def read_tsv(doc):
    raw = open(os.path.join(TEXT_DIR, doc + ".tsv.txt"), encoding="utf-8").read()
    pages = []
    for p in raw.split("\f"):
        lines = []
        for l in p.split("\n"):
            cells = [c.strip() for c in l.split("\t")]
            lines.append(Line(squash(l), cells=cells))
        pages.append(lines)
    return pages


def read_layout(doc):
    raw = open(os.path.join(TEXT_DIR, doc + ".layout.txt"), encoding="utf-8").read()
    pages = []
    for p in raw.split("\f"):
        pages.append([Line(squash(l), tokens=l.split(), raw=l) for l in p.split("\n")])
    return pages


WORD_RE = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def read_bbox(doc):
    exe = shutil.which("pdftotext")
    if not exe:
        return None
    out = subprocess.run([exe, "-bbox", os.path.join(PDF_DIR, doc + ".pdf"), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    pages = []
    for chunk in out.split("<page ")[1:]:
        words = []
        for m in WORD_RE.finditer(chunk):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            words.append((x0, y0, x1, y1, html.unescape(m.group(5))))
        # group into printed lines by vertical centre
        words.sort(key=lambda w: ((w[1] + w[3]) / 2, w[0]))
        rows = []
        for w in words:
            yc = (w[1] + w[3]) / 2
            if rows and abs(rows[-1][0] - yc) <= 3.0:
                rows[-1][1].append(w)
            else:
                rows.append([yc, [w]])
        lines = []
        for yc, ws in rows:
            ws.sort(key=lambda w: w[0])
            triples = [(w[0], w[2], w[4]) for w in ws]
            lines.append(Line("".join(t[2] for t in triples), words=triples))
        pages.append(lines)
    return pages


# ----------------------------------------------------------------------------------------------
# table regions
# ----------------------------------------------------------------------------------------------

def title_number(text):
    m = TITLE_RE.match(text)
    if not m:
        return None
    rest = m.group(3)
    best = None
    for n, suf in TITLE_SUFFIX.items():
        if rest.endswith(suf) and (best is None or len(suf) > len(TITLE_SUFFIX[best])):
            best = n
    return best


def find_regions(pages, form, problems):
    """table number -> (first page index, end page index exclusive, title text)."""
    starts = {}
    for i, page in enumerate(pages):
        if i < 3:  # cover and 目录 (the 目录 lists the titles too)
            continue
        for line in page:
            texts = [line.text]
            if line.cells:
                texts += [squash(c) for c in line.cells]
            for t in texts:
                n = title_number(t)
                if n and n not in starts:
                    starts[n] = (i, t)
    regions = {}
    for n in range(1, 10):
        if n not in starts:
            problems.append(f"{form}: title of table {n} not found")
            continue
        s = starts[n][0]
        e = starts[n + 1][0] if n < 9 and n + 1 in starts else s + 1
        if e <= s:
            problems.append(f"{form}: table {n + 1} title not after table {n}")
            e = s + 1
        regions[n] = (s, e, starts[n][1])
    return regions


def region_lines(pages, reg):
    s, e, _ = reg
    out = []
    for i in range(s, e):
        for line in pages[i]:
            out.append((i, line))
    return out


# ----------------------------------------------------------------------------------------------
# per-form readers of code tables: -> list of (code_parts, name, amounts-or-list), totals, note-text
# ----------------------------------------------------------------------------------------------

def code_parts_from_tokens(tokens, nparts):
    parts = [tokens[0]]
    i = 1
    while len(parts) < nparts and i < len(tokens) and re.match(r"^\d{1,2}$", tokens[i]):
        parts.append(tokens[i])
        i += 1
    return parts, i


def tsv_code_table(lines, n):
    cols = CODE_COLUMNS[n]
    nparts = 2 if n == 8 else 3
    rows, totals, total_seen, region_text = [], None, False, []
    for _, line in lines:
        region_text.append(line.text)
        c = line.cells
        if c and re.match(r"^\d{3}$", c[0]):
            parts = [x for x in c[:nparts] if x]
            if len(c) != nparts + 1 + len(cols):
                rows.append((parts, "?", {"__bad__": "|".join(c)}))
                continue
            name = squash(c[nparts])
            amts = {col: plain(v) for col, v in zip(cols, c[nparts + 1:]) if v}
            rows.append((parts, name, amts))
        elif c and c[0] == "合计" and len(c) >= 2:
            vals = c[-len(cols):]
            totals = {col: plain(v) for col, v in zip(cols, vals) if v}
            total_seen = True
    return rows, totals, total_seen, "".join(region_text)


def layout_code_table(lines, n):
    nparts = 2 if n == 8 else 3
    rows, totals, total_seen, region_text = [], None, False, []
    for _, line in lines:
        region_text.append(line.text)
        t = line.tokens
        if t and re.match(r"^\d{3}$", t[0]):
            parts, i = code_parts_from_tokens(t, nparts)
            rest = t[i:]
            name = "".join(x for x in rest if not is_amount(x))
            nums = [plain(x) for x in rest if is_amount(x)]
            rows.append((parts, name, nums))
        elif t and t[0] == "合计":
            totals = [plain(x) for x in t[1:] if is_amount(x)]
            total_seen = True
    return rows, totals, total_seen, "".join(region_text)


def first_amount_line(line):
    """True for a printed line holding an amount (a 4-digit year alone does not count)."""
    return any(is_amount(w[2]) and not re.match(r"^\d{4}$", w[2]) for w in line.words)


def bbox_headers(page_lines, mapping):
    """Header words above the first line holding an amount: sorted list of (x0, column)."""
    found = []
    for line in page_lines:
        if first_amount_line(line):
            break
        for x0, x1, txt in line.words:
            if txt in mapping:
                found.append((x0, mapping[txt]))
    found.sort()
    return found


def assign(headers, x1):
    best = None
    for hx, col in headers:
        if hx < x1:
            best = col
    return best


def bbox_code_table(pages, reg, n, problems):
    cols = CODE_COLUMNS[n]
    nparts = 2 if n == 8 else 3
    mapping = CODE_HEADERS[n]
    rows, totals, total_seen, region_text = [], None, False, []
    headers = None
    s, e, _ = reg
    for pi in range(s, e):
        page = pages[pi]
        h = bbox_headers(page, mapping)
        if len({c for _, c in h}) >= 2:
            headers = h
        for line in page:
            region_text.append(line.text)
            w = line.words
            if not w:
                continue
            first = w[0][2]
            left_of_amounts = headers is None or w[0][0] < headers[0][0]
            is_code = re.match(r"^\d{3}$", first) and left_of_amounts
            is_total = first == "合计" or (squash(line.text).startswith("合计") and any(is_amount(x[2]) for x in w))
            if not (is_code or is_total):
                continue
            amts, name, parts = {}, [], []
            if is_code:
                parts = [first]
                k = 1
                # 款/项 parts: 1-2 digit words followed by another part or by the name
                while len(parts) < nparts and k + 1 < len(w) and re.match(r"^\d{1,2}$", w[k][2]) \
                        and (re.match(r"^\d{1,2}$", w[k + 1][2]) or not is_amount(w[k + 1][2])):
                    parts.append(w[k][2])
                    k += 1
                rest = w[k:]
            else:
                rest = w[1:]
            for x0, x1, txt in rest:
                if is_amount(txt):
                    if headers is None:
                        problems.append(f"BBOX: table {n} page {pi + 1}: no column headers for amount {txt}")
                        continue
                    col = assign(headers, x1)
                    if col is None or col in amts:
                        problems.append(f"BBOX: table {n} page {pi + 1}: cannot place amount {txt} (column {col})")
                        continue
                    amts[col] = plain(txt)
                else:
                    name.append(txt)
            if is_code:
                rows.append((parts, "".join(name), amts))
            else:
                totals = amts
                total_seen = True
    return rows, totals, total_seen, "".join(region_text)


def golden_parts(code, n):
    if n == 8:
        return [code[:3], code[3:5]] if len(code) > 3 else [code[:3]]
    return [p for p in (code[:3], code[3:5], code[5:7]) if p]


def compare_code_table(form, n, gt, obs, problems):
    rows, totals, total_seen, region_text = obs
    cols = gt["columns"]
    grows = gt["rows"]
    ordered = form == "LAYOUT"
    if gt["status"] == "EMPTY":
        if rows:
            problems.append(f"{form}: table {n} is EMPTY in the golden but prints code lines {[r[0] for r in rows]}")
        note = gt.get("note")
        if note and squash(note) not in region_text:
            problems.append(f"{form}: table {n} note {note!r} not printed in the region")
        if not note and "空表" in region_text:
            problems.append(f"{form}: table {n} prints an 空表 note the golden lacks")
    elif not rows:
        problems.append(f"{form}: table {n} prints no code line but golden status is {gt['status']}")
    if len(rows) != len(grows):
        problems.append(f"{form}: table {n}: {len(rows)} code lines printed, golden has {len(grows)} rows")
    for i in range(max(len(rows), len(grows))):
        if i >= len(rows):
            problems.append(f"{form}: table {n}: golden row {grows[i]['code']} not printed")
            continue
        if i >= len(grows):
            problems.append(f"{form}: table {n}: printed line {rows[i][0]} {rows[i][1]} missing from golden")
            continue
        parts, name, amts = rows[i]
        g = grows[i]
        gparts = g.get("printedCode", "").split() if g.get("printedCode") else golden_parts(g["code"], n)
        if parts != gparts:
            problems.append(f"{form}: table {n} row {i + 1}: printed code {' '.join(parts)} ≠ golden {' '.join(gparts)}")
        if name != g["name"]:
            problems.append(f"{form}: table {n} code {g['code']}: printed name {name!r} ≠ golden {g['name']!r}")
        want = [g["amounts"][c] for c in cols if c in g["amounts"]] if ordered else g["amounts"]
        if amts != want:
            problems.append(f"{form}: table {n} code {g['code']}: printed {amts} ≠ golden {want}")
    gtot = gt.get("totals", {})
    want = [gtot[c] for c in cols if c in gtot] if ordered else gtot
    if total_seen:
        if totals != want:
            problems.append(f"{form}: table {n} 合计: printed {totals} ≠ golden {want}")
    elif gtot:
        problems.append(f"{form}: table {n}: no 合计 line printed but golden totals {gtot}")


# ----------------------------------------------------------------------------------------------
# tables 1 and 4
# ----------------------------------------------------------------------------------------------

def label_role(label, side):
    if label in ("收入总计", "支出总计"):
        return "TOTAL"
    if CN_NUM.match(label):
        return "ITEM"
    if AR_NUM.match(label):
        return "SUB_ITEM"
    return None


def label_name(label):
    return AR_NUM.sub("", CN_NUM.sub("", label))


def is_item_label(label):
    return bool(CN_NUM.match(label) or AR_NUM.match(label) or label in ("收入总计", "支出总计"))


def expense_columns(n, unit_split):
    if n == 4:
        return ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
    return ["预算数", "人员经费", "公用经费", "项目支出"] if unit_split else ["预算数"]


def tsv_summary(lines, n, unit_split):
    ecols = expense_columns(n, unit_split)
    items = []
    for _, line in lines:
        c = line.cells
        if not c or len(c) < 4:
            continue
        inc, inc_amt, exp = squash(c[0]), c[1], squash(c[2])
        if is_item_label(inc):
            a = {"预算数": plain(inc_amt)} if inc_amt else {}
            items.append(("INCOME", label_role(inc, "INCOME"), label_name(inc), a))
        if is_item_label(exp):
            vals = c[3:]
            if len(vals) != len(ecols):
                items.append(("EXPENSE", "?", exp, {"__bad__": "|".join(c)}))
                continue
            a = {col: plain(v) for col, v in zip(ecols, vals) if v}
            items.append(("EXPENSE", label_role(exp, "EXPENSE"), label_name(exp), a))
    return items


def layout_summary(lines, n, unit_split):
    """Sequence reading of each printed line: a label token starts an item and the amounts that
    follow attach to it. A label is on the income side when it starts left of the income
    预算数 header (character offsets of the raw -layout line)."""
    split = None  # leftmost 预算数 header = the income amount column
    for _, line in lines:
        if line.tokens and "预算数" in line.tokens:
            k = line.raw.index("预算数")
            split = k if split is None else min(split, k)
    items = []
    for _, line in lines:
        toks = line.tokens
        if not toks or split is None:
            continue
        pos, offsets = 0, []
        for t in toks:
            k = line.raw.index(t, pos)
            offsets.append(k)
            pos = k + len(t)
        j, cur, got = 0, None, []
        while j < len(toks):
            t = toks[j]
            if is_amount(t):
                if cur is not None:
                    cur[2].append(plain(t))
                j += 1
                continue
            lab, off = t, offsets[j]
            if re.match(r"^\d+[.、．]$", t) and j + 1 < len(toks):  # "1." "一般公共预算"
                lab = t + toks[j + 1]
                j += 1
            j += 1
            if is_item_label(lab):
                cur = ["INCOME" if off < split else "EXPENSE", lab, []]
                got.append(cur)
            else:
                cur = None
        for side, lab, nums in got:
            items.append((side, label_role(lab, side), label_name(lab), nums))
    return items


def bbox_summary(pages, reg, n, unit_split, problems):
    ecols = expense_columns(n, unit_split)
    s, e, _ = reg
    items = []
    for pi in range(s, e):
        page = pages[pi]
        # header words above the first amount line
        hdr = []
        for line in page:
            if first_amount_line(line):
                break
            for x0, x1, txt in line.words:
                hdr.append((x0, x1, txt))
        yusuan = sorted([h for h in hdr if h[2] == "预算数"])
        if not yusuan:
            problems.append(f"BBOX: table {n}: no 预算数 header")
            return items
        income_hdr = yusuan[0]
        headers = [(income_hdr[0], "INCOME:预算数")]
        if n == 1 and not unit_split:
            if len(yusuan) < 2:
                problems.append("BBOX: table 1: no expense 预算数 header")
                return items
            headers.append((yusuan[1][0], "EXPENSE:预算数"))
        else:
            names = {"合计": ecols[0]}
            if n == 1:
                names.update({"人员经费": "人员经费", "公用经费": "公用经费", "项目支出": "项目支出"})
            else:
                names.update({"一般公共预算": "一般公共预算", "政府性基金预算": "政府性基金预算",
                              "国有资本经营预算": "国有资本经营预算"})
            for x0, x1, txt in hdr:
                if txt in names and x0 > income_hdr[1]:
                    headers.append((x0, "EXPENSE:" + names[txt]))
        headers.sort()
        split_x = income_hdr[1]  # income 预算数 header right edge: labels starting left of it are income
        for line in page:
            w = line.words
            if not w or TITLE_RE.match(line.text):
                continue
            # label segments: runs of non-amount words closer than 25pt ("1." + "一般公共预算")
            segs = []
            cur = None
            for x0, x1, txt in w:
                if is_amount(txt):
                    segs.append(("AMT", x0, x1, txt))
                    cur = None
                elif cur is not None and x0 - cur["x1"] < 25:
                    cur["text"] += txt
                    cur["x1"] = x1
                else:
                    cur = {"x0": x0, "x1": x1, "text": txt}
                    segs.append(("LAB", cur))
            labels = [sg[1] for sg in segs if sg[0] == "LAB" and is_item_label(sg[1]["text"])]
            if not labels:
                continue
            by_side = {}
            for lab in labels:
                side = "INCOME" if lab["x0"] < split_x else "EXPENSE"
                by_side[side] = lab["text"]
            amts = {"INCOME": {}, "EXPENSE": {}}
            for sg in segs:
                if sg[0] != "AMT":
                    continue
                col = assign(headers, sg[2])
                if col is None:
                    problems.append(f"BBOX: table {n} page {pi + 1}: cannot place amount {sg[3]}")
                    continue
                side, cname = col.split(":")
                if cname in amts[side]:
                    problems.append(f"BBOX: table {n} page {pi + 1}: two amounts in column {col}")
                amts[side][cname] = plain(sg[3])
            for side in ("INCOME", "EXPENSE"):
                if side in by_side:
                    lab = by_side[side]
                    items.append((side, label_role(lab, side), label_name(lab), amts[side]))
                elif amts[side]:
                    problems.append(f"BBOX: table {n} page {pi + 1}: amounts {amts[side]} without a {side} label")
    return items


def golden_items(gt, ordered):
    out = []
    cols = gt["columns"]
    for it in gt["items"]:
        a = it["amounts"]
        if ordered:
            if it["side"] == "INCOME":
                a = [a["预算数"]] if "预算数" in a else []
            else:
                a = [a[c] for c in cols if c in a]
        out.append((it["side"], it["role"], it["name"], a))
    return out


def compare_summary(form, n, gt, items, problems):
    want = golden_items(gt, form == "LAYOUT")
    if items != want:
        for i in range(max(len(items), len(want))):
            a = items[i] if i < len(items) else None
            b = want[i] if i < len(want) else None
            if a != b:
                problems.append(f"{form}: table {n} item {i + 1}: printed {a} ≠ golden {b}")


# ----------------------------------------------------------------------------------------------
# table 9
# ----------------------------------------------------------------------------------------------

def tsv_t9(lines):
    for _, line in lines:
        c = line.cells
        if c and len(c) == 7 and any(is_amount(x) for x in c) and all(x == "" or is_amount(x) for x in c):
            return {k: plain(v) for k, v in zip(T9_KEYS, c) if v}
    return None


def layout_t9(lines):
    for _, line in lines:
        t = line.tokens
        if t and all(is_amount(x) for x in t):
            return [plain(x) for x in t]
    return None


def bbox_t9(pages, reg, problems):
    s, _, _ = reg
    page = pages[s]
    hdr = []
    for line in page:
        for x0, x1, txt in line.words:
            for h, key in T9_HEADERS:
                if txt == h:
                    hdr.append((x0, key))
    hdr.sort()
    for line in page:
        w = line.words
        if w and all(is_amount(x[2]) for x in w):
            out = {}
            for x0, x1, txt in w:
                k = assign(hdr, x1)
                if k is None or k in out:
                    problems.append(f"BBOX: table 9: cannot place {txt}")
                    continue
                out[k] = plain(txt)
            return out
    return None


# ----------------------------------------------------------------------------------------------
# document facts
# ----------------------------------------------------------------------------------------------

def check_facts(form, pages, regions, g, problems):
    cover = "".join(l.text for l in pages[0])
    level = "CITY" if "市级" in cover else ("DISTRICT" if "区级" in cover else None)
    if level != g["level"]:
        problems.append(f"{form}: cover says level {level}, golden {g['level']}")
    for n, reg in regions.items():
        title = reg[2]
        m = TITLE_RE.match(title)
        if int(m.group(1)) != g["year"]:
            problems.append(f"{form}: table {n} title year {m.group(1)} ≠ golden {g['year']}")
        kind = "DEPARTMENT" if m.group(2) == "部门" else "UNIT"
        if kind != g["kind"]:
            problems.append(f"{form}: table {n} title {title} says {kind}, golden {g['kind']}")
        page_text = "".join(l.text for l in pages[reg[0]])
        mm = re.search(r"编制(部门|单位)[：:](.+?)单位[：:](万元|元)", page_text)
        if not mm:
            problems.append(f"{form}: table {n}: no 编制部门/单位 … 单位 line")
            continue
        if mm.group(2) != g["departmentKey"]:
            problems.append(f"{form}: table {n}: 编制{mm.group(1)} {mm.group(2)} ≠ golden {g['departmentKey']}")
        if (mm.group(1) == "部门") != (g["kind"] == "DEPARTMENT"):
            problems.append(f"{form}: table {n}: header 编制{mm.group(1)} does not fit kind {g['kind']}")
        gt = [t for t in g["tables"] if t["number"] == n][0]
        if mm.group(3) != gt["unit"]:
            problems.append(f"{form}: table {n}: unit {mm.group(3)} ≠ golden {gt['unit']}")


# ----------------------------------------------------------------------------------------------
# identities
# ----------------------------------------------------------------------------------------------

def identities(g):
    """Failing identities as a set of keys (table, against, code-or-item, check) -> message."""
    T = {t["number"]: t for t in g["tables"]}
    fails = {}

    def fail(table, key, check, msg, against=None):
        fails[(table, against, key, check)] = msg

    # code tables: parent = Σ children, 合计 = Σ 类, row identity
    for n in (2, 3, 5, 6, 7, 8):
        t = T[n]
        cols = t["columns"]
        rows = t["rows"]
        for r in rows:
            kids = [k for k in rows if len(k["code"]) == len(r["code"]) + 2 and k["code"].startswith(r["code"])]
            if kids:
                bad = [c for c in cols if dec(r["amounts"], c) != sum((dec(k["amounts"], c) for k in kids), Decimal(0))]
                if bad:
                    fail(n, r["code"], "PARENT_SUM", f"columns {bad}")
            if dec(r["amounts"], cols[0]) != sum((dec(r["amounts"], c) for c in cols[1:]), Decimal(0)):
                fail(n, r["code"], "ROW_SUM", f"{r['amounts']}")
        tot = t.get("totals", {})
        lei = [r for r in rows if len(r["code"]) == 3]
        bad = [c for c in cols if dec(tot, c) != sum((dec(r["amounts"], c) for r in lei), Decimal(0))]
        if bad:
            fail(n, "合计", "TOTAL_SUM", f"columns {bad}")
        if dec(tot, cols[0]) != sum((dec(tot, c) for c in cols[1:]), Decimal(0)):
            fail(n, "合计", "ROW_SUM", f"{tot}")

    # tables 1 and 4
    for n in (1, 4):
        t = T[n]
        inc = [i for i in t["items"] if i["side"] == "INCOME"]
        exp = [i for i in t["items"] if i["side"] == "EXPENSE"]
        itot = [i for i in inc if i["role"] == "TOTAL"]
        etot = [i for i in exp if i["role"] == "TOTAL"]
        if len(itot) != 1 or len(etot) != 1:
            fail(n, "收入总计/支出总计", "STRUCTURE", "need one TOTAL per side")
            continue
        itot, etot = itot[0], etot[0]
        ecols = [c for c in t["columns"] if c != "预算数"] if n == 4 else t["columns"]
        if dec(itot["amounts"], "预算数") != sum((dec(i["amounts"], "预算数") for i in inc if i["role"] == "ITEM"), Decimal(0)):
            fail(n, "收入总计", "INCOME_TOTAL", "")
        if n == 1:
            first = [i for i in inc if i["role"] == "ITEM"][0]
            subs = [i for i in inc if i["role"] == "SUB_ITEM"]
            if dec(first["amounts"], "预算数") != sum((dec(i["amounts"], "预算数") for i in subs), Decimal(0)):
                fail(n, first["name"], "SUBITEM_SUM", "")
        bad = [c for c in ecols if dec(etot["amounts"], c) != sum((dec(i["amounts"], c) for i in exp if i["role"] == "ITEM"), Decimal(0))]
        if bad:
            fail(n, "支出总计", "EXPENSE_TOTAL", f"columns {bad}")
        if dec(itot["amounts"], "预算数") != dec(etot["amounts"], ecols[0]):
            fail(n, "收入总计", "BALANCE", "")
        if len(ecols) > 1:
            for i in exp:
                if dec(i["amounts"], ecols[0]) != sum((dec(i["amounts"], c) for c in ecols[1:]), Decimal(0)):
                    fail(n, i["name"], "ROW_SUM", f"{i['amounts']}")

    # table 9
    c9 = T[9].get("cells", {})
    if dec(c9, "total") != dec(c9, "abroad") + dec(c9, "reception") + dec(c9, "vehicleTotal"):
        fail(9, "total", "ROW_SUM", "")
    if dec(c9, "vehicleTotal") != dec(c9, "vehiclePurchase") + dec(c9, "vehicleRunning"):
        fail(9, "vehicleTotal", "ROW_SUM", "")

    # across tables
    rows = {n: {r["code"]: r for r in T[n]["rows"]} for n in (2, 3, 5, 6, 7, 8)}
    if list(rows[2]) != list(rows[3]):
        fail(2, "codes", "CROSS_T2_T3_CODES", f"{sorted(set(rows[2]) ^ set(rows[3]))}", against=3)
    for code in rows[2]:
        if code in rows[3] and dec(rows[2][code]["amounts"], "合计") != dec(rows[3][code]["amounts"], "合计"):
            fail(2, code, "CROSS_T2_T3", "", against=3)
    if dec(T[2]["totals"], "合计") != dec(T[3]["totals"], "合计"):
        fail(2, "合计", "CROSS_T2_T3", "", against=3)
    for code, r3 in rows[3].items():
        r2 = rows[2].get(code, {"amounts": {}})
        want = sum((dec(rows[n][code]["amounts"], "合计") for n in (5, 6, 7) if code in rows[n]), Decimal(0))
        want += sum((dec(r2["amounts"], c) for c in ("事业收入", "事业单位经营收入", "其他收入")), Decimal(0))
        if dec(r3["amounts"], "合计") != want:
            fail(3, code, "CROSS_T3_FUNDS", f"{r3['amounts']['合计'] if '合计' in r3['amounts'] else 0} ≠ {want}")
    t1 = T[1]
    split = "人员经费" in t1["columns"]
    inc1 = [i for i in t1["items"] if i["side"] == "INCOME"]
    exp1 = [i for i in t1["items"] if i["side"] == "EXPENSE"]
    itot1 = [i for i in inc1 if i["role"] == "TOTAL"][0]
    etot1 = [i for i in exp1 if i["role"] == "TOTAL"][0]
    t2tot, t3tot = T[2]["totals"], T[3]["totals"]
    if dec(itot1["amounts"], "预算数") != dec(t2tot, "合计"):
        fail(1, "收入总计", "CROSS_T1_T2", "", against=2)
    source = {"财政拨款收入": "财政拨款收入", "事业收入": "事业收入", "事业单位经营收入": "事业单位经营收入", "其他收入": "其他收入"}
    for i in inc1:
        if i["role"] == "ITEM" and i["name"] in source and dec(i["amounts"], "预算数") != dec(t2tot, source[i["name"]]):
            fail(1, i["name"], "CROSS_T1_T2", "", against=2)
    lei3 = {r["name"]: r for r in T[3]["rows"] if len(r["code"]) == 3}
    for i in exp1:
        r = lei3.get(i["name"]) if i["role"] == "ITEM" else {"amounts": t3tot}
        if r is None:
            fail(1, i["name"], "CROSS_T1_T3", "no 类 of that name in table 3", against=3)
            continue
        bad = dec(i["amounts"], "预算数") != dec(r["amounts"], "合计")
        if split:
            bad = bad or dec(i["amounts"], "人员经费") + dec(i["amounts"], "公用经费") != dec(r["amounts"], "基本支出")
            bad = bad or dec(i["amounts"], "项目支出") != dec(r["amounts"], "项目支出")
        if bad:
            fail(1, i["name"], "CROSS_T1_T3", "", against=3)
    if split:
        if any(dec(etot1["amounts"], c) != dec(T[8]["totals"], c) for c in ("人员经费", "公用经费")):
            fail(1, "支出总计", "CROSS_T1_T8", "", against=8)
    # table 4 against tables 1, 5, 6, 7
    t4 = T[4]
    inc4 = [i for i in t4["items"] if i["side"] == "INCOME"]
    exp4 = [i for i in t4["items"] if i["side"] == "EXPENSE"]
    itot4 = [i for i in inc4 if i["role"] == "TOTAL"][0]
    fiscal = [i for i in inc1 if i["role"] == "ITEM"][0]
    if dec(itot4["amounts"], "预算数") != dec(fiscal["amounts"], "预算数"):
        fail(4, "收入总计", "CROSS_T4_T1", "", against=1)
    subs1 = [i for i in inc1 if i["role"] == "SUB_ITEM"]
    for a, b in zip([i for i in inc4 if i["role"] == "ITEM"], subs1):
        if dec(a["amounts"], "预算数") != dec(b["amounts"], "预算数"):
            fail(4, a["name"], "CROSS_T4_T1", "", against=1)
    for fund, n in (("一般公共预算", 5), ("政府性基金预算", 6), ("国有资本经营预算", 7)):
        lei = {r["name"]: r for r in T[n]["rows"] if len(r["code"]) == 3}
        for i in exp4:
            if i["role"] == "TOTAL":
                other = T[n]["totals"]
            else:
                other = lei.get(i["name"], {"amounts": {}})["amounts"]
            if dec(i["amounts"], fund) != dec(other, "合计"):
                fail(4, i["name"], f"CROSS_T4_T{n}", "", against=n)
    if dec(T[5]["totals"], "基本支出") != dec(T[8]["totals"], "合计"):
        fail(5, "合计", "CROSS_T5_T8", "", against=8)
    return fails


def text_findings(g):
    """Non-arithmetic table checks: an empty table's note must name that table's own fund."""
    out = {}
    for t in g["tables"]:
        fund = {6: "政府性基金", 7: "国有资本经营"}.get(t["number"])
        if fund and t.get("note") and fund not in t["note"]:
            out[(t["number"], None, "note", "NOTE_TEXT")] = t["note"]
    return out


def check_defects(g, problems):
    fails = identities(g)
    texts = text_findings(g)
    listed_text = {(d["table"], d.get("against"), d.get("code", d.get("item")), d["check"])
                   for d in g["defects"] if d.get("type") == "text"}
    for k in sorted(set(texts) ^ listed_text, key=str):
        problems.append(f"text finding {k} {'not in golden defects' if k in texts else 'listed but not found'}")
    for d in g["defects"]:
        if d.get("type") not in ("arithmetic", "text"):
            problems.append(f"defects: unknown type in {d}")
    listed = {}
    for d in g["defects"]:
        if d.get("type") != "arithmetic":
            continue
        key = (d["table"], d.get("against"), d.get("code", d.get("item")), d["check"])
        if key in listed:
            problems.append(f"defects: {key} listed twice")
        listed[key] = d
    for k in sorted(set(fails) - set(listed), key=str):
        problems.append(f"identity fails but is not a golden defect: {k} {fails[k]}")
    for k in sorted(set(listed) - set(fails), key=str):
        problems.append(f"golden defect does not fail when recomputed: {k}")
    return fails


# ----------------------------------------------------------------------------------------------

def expected_columns(n, g):
    if n == 1:
        t1_split = g["kind"] == "UNIT"
        return ["预算数", "人员经费", "公用经费", "项目支出"] if t1_split else ["预算数"]
    if n == 4:
        return ["预算数", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
    return CODE_COLUMNS.get(n)


def check_golden_shape(g, problems):
    nums = [t["number"] for t in g["tables"]]
    if nums != list(range(1, 10)):
        problems.append(f"golden: tables {nums}, want 1..9")
    for t in g["tables"]:
        n = t["number"]
        if n != 9 and t.get("columns") != expected_columns(n, g):
            problems.append(f"golden: table {n} columns {t.get('columns')} (a 单位预算 whose 表1 lacks the split would need a fix here)")
        values = []
        for r in t.get("rows", []) + t.get("items", []):
            values += list(r["amounts"].items())
            if not set(r["amounts"]) <= set(t["columns"]):
                problems.append(f"golden: table {n} row {r.get('code', r.get('name'))} has unknown columns")
        values += list(t.get("totals", {}).items()) + list(t.get("cells", {}).items())
        for k, v in values:
            if not isinstance(v, str) or not GOLDEN_AMOUNT.match(v):
                problems.append(f"golden: table {n}: amount {k}={v!r} is not a plain decimal string")


def verify(path):
    g = json.load(open(path, encoding="utf-8"))
    doc = g["document"]
    problems = []
    check_golden_shape(g, problems)
    T = {t["number"]: t for t in g["tables"]}
    unit_split = T[1]["columns"] != ["预算数"]
    forms = [("TSV", read_tsv(doc)), ("LAYOUT", read_layout(doc))]
    bbox = read_bbox(doc)
    if bbox is None:
        print(f"{doc}: WARNING pdftotext not found, BBOX form skipped (apt-get install poppler-utils)")
    else:
        forms.append(("BBOX", bbox))
    if os.path.basename(path) != doc + ".json":
        problems.append(f"file name {path} does not match document {doc}")
    for form, pages in forms:
        regions = find_regions(pages, form, problems)
        check_facts(form, pages, regions, g, problems)
        for n, reg in regions.items():
            gt = T[n]
            lines = region_lines(pages, reg)
            if n in (2, 3, 5, 6, 7, 8):
                if form == "TSV":
                    obs = tsv_code_table(lines, n)
                elif form == "LAYOUT":
                    obs = layout_code_table(lines, n)
                else:
                    obs = bbox_code_table(pages, reg, n, problems)
                compare_code_table(form, n, gt, obs, problems)
            elif n in (1, 4):
                if form == "TSV":
                    items = tsv_summary(lines, n, unit_split)
                elif form == "LAYOUT":
                    items = layout_summary(lines, n, unit_split)
                else:
                    items = bbox_summary(pages, reg, n, unit_split, problems)
                compare_summary(form, n, gt, items, problems)
            else:
                if form == "TSV":
                    got, want = tsv_t9(lines), gt["cells"]
                elif form == "LAYOUT":
                    got, want = layout_t9(lines), list(gt["cells"][k] for k in T9_KEYS if k in gt["cells"])
                else:
                    got, want = bbox_t9(pages, reg, problems), gt["cells"]
                if got != want:
                    problems.append(f"{form}: table 9 printed {got} ≠ golden {want}")
    fails = check_defects(g, problems)
    return doc, problems, fails, forms


def main(argv):
    strict = "--strict" in argv
    argv = [a for a in argv if a != "--strict"]
    if strict and not shutil.which("pdftotext"):
        print("--strict: pdftotext (poppler-utils) is required for the BBOX form")
        return 2
    paths = sorted(glob.glob(os.path.join(GOLDEN_DIR, "*.json")))
    if argv:
        paths = [p for p in paths if os.path.basename(p)[:-5] in argv]
    if not paths:
        print("no goldens found (run from the repository root)")
        return 2
    total = 0
    for p in paths:
        doc, problems, fails, forms = verify(p)
        for pr in problems:
            print(f"{doc}: {pr}")
        arith = sorted(fails, key=str)
        print(f"{doc}: forms {', '.join(f for f, _ in forms)}; identities failing: {len(arith)}"
              + "".join(f"\n    T{k[0]}{'~T' + str(k[1]) if k[1] else ''} {k[2]} {k[3]}" for k in arith))
        print(f"{doc}: {len(problems)} problems")
        total += len(problems)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
