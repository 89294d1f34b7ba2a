#!/usr/bin/env python3
"""Independent check of the golden files against the sample texts.

Written separately from the Java parser and on purpose with different reading rules:
  * table cells are taken by *right alignment* (the last N cells of a tab/pipe line are the N amount columns),
    while the parser reads the cells after the name cell;
  * codes are rebuilt from every digit group before the first Han character of the line;
  * every line of a table region that starts with a code (or 合计) must be a row of the golden table;
  * summary tables (1, 4) are read by fixed cell positions: 0 income label, 1 income amount, 2 expense label,
    3.. expense amounts;
  * table 9 is the line of the region whose cells are all numbers;
  * every narrative fact's printed figure (and change) must appear on its source line next to its words.
Run from the repository root:  python3 budget-parser/src/test/resources/golden/verify_goldens.py
It prints each disagreement and exits non-zero when there is one.
"""
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[5]
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent
AMOUNT = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
HAN = re.compile(r"[\u4e00-\u9fff]")
problems = []


def cells(line):
    s = line.rstrip("\n")
    if s.lstrip().startswith("|"):
        parts = [c.strip() for c in s.strip().strip("|").split("|")]
        return parts
    return [c.strip() for c in s.split("\t")]


def amount(text):
    text = text.strip()
    if text == "":
        return Decimal(0)
    assert AMOUNT.match(text), text
    return Decimal(text.replace(",", ""))


def code_and_name(line_cells):
    digits, name = [], None
    for c in line_cells:
        if HAN.search(c):
            m = re.match(r"^\s*((?:\d+\s+)*\d*)\s*(.*)$", c)
            lead = m.group(1).split() if m.group(1) else []
            digits += lead
            name = m.group(2).strip()
            break
        if c.strip():
            if AMOUNT.match(c.strip()) and ("," in c or "." in c):
                break
            digits.append(c.strip())
    return "".join(digits), name


def check(cond, message):
    if not cond:
        problems.append(message)


def verify(name):
    lines = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    budget = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"), parse_float=Decimal)
    unit_factor = {"元": Decimal(1), "万元": Decimal(10000)}
    for table in budget["tables"]:
        n = table["number"]
        if table["status"] == "MISSING":
            problems.append(f"{name}: table {n} missing")
            continue
        cols = table["columns"]
        factor = unit_factor[table["unit"]]
        if n in (2, 3, 5, 6, 7, 8):
            seen_lines = set()
            for row in table["rows"]:
                line_no = row["lines"][0]
                seen_lines.add(line_no)
                src = cells(lines[line_no - 1])
                tail = src[-len(cols):]
                expect = [amount(c) * factor for c in tail]
                got = [Decimal(row["amounts"][c]) for c in cols]
                check(expect == got, f"{name} T{n} line {line_no}: amounts {got} != source {expect}")
                code, printed_name = code_and_name(src)
                check(code == row["code"], f"{name} T{n} line {line_no}: code {row['code']} != source {code}")
                check("".join(row["codeParts"]) == row["code"], f"{name} T{n} line {line_no}: parts")
                if row["nameFilled"]:
                    check(not printed_name, f"{name} T{n} line {line_no}: name filled but printed")
                else:
                    check(printed_name == row["name"], f"{name} T{n} line {line_no}: name {row['name']} != {printed_name}")
            if table["totalLine"]:
                src = cells(lines[table["totalLine"] - 1])
                check("合计" in src[0], f"{name} T{n}: total line {table['totalLine']} is not 合计")
                expect = [amount(c) * factor for c in src[-len(cols):]]
                got = [Decimal(table["totals"][c]) for c in cols]
                check(expect == got, f"{name} T{n} total: {got} != {expect}")
            lr = table["lines"]
            for i in range(lr["from"], lr["to"] + 1):
                text = lines[i - 1]
                first = cells(text)[0] if text.strip() else ""
                if re.match(r"^\d{3}(\s|$)", first) or re.match(r"^\d{3}\s", text.strip("| ")):
                    check(i in seen_lines, f"{name} T{n}: code line {i} not read: {text[:60]}")
        elif n in (1, 4):
            for item in table["items"]:
                src = cells(lines[item["line"] - 1])
                side = item["side"]
                if side == "INCOME":
                    label, values = src[0], src[1:2]
                else:
                    label, values = src[2], src[3:3 + len(item["amounts"])]
                check(label.strip() == item["label"], f"{name} T{n} line {item['line']}: label {item['label']} != {label}")
                expect = [amount(v) * factor for v in values] + [Decimal(0)] * (len(item["amounts"]) - len(values))
                got = [Decimal(v) for v in item["amounts"].values()]
                check(expect == got, f"{name} T{n} line {item['line']} {label}: {got} != {expect}")
            # every label cell of the region is an item
            lr = table["lines"]
            item_lines = {(i["line"], i["side"]) for i in table["items"]}
            for i in range(lr["from"], lr["to"] + 1):
                src = cells(lines[i - 1])
                if len(src) >= 3 and re.match(r"^([一二三四五六七八九十]+、|\d[、.]|收入总计|支出总计)", src[0].strip()):
                    check((i, "INCOME") in item_lines, f"{name} T{n}: income label on line {i} not read")
                if len(src) >= 3 and re.match(r"^([一二三四五六七八九十]+、|支出总计)", src[2].strip()):
                    check((i, "EXPENSE") in item_lines, f"{name} T{n}: expense label on line {i} not read")
        elif n == 9:
            lr = table["lines"]
            data = [i for i in range(lr["from"], lr["to"] + 1)
                    if lines[i - 1].strip() and all(AMOUNT.match(c) or not c for c in cells(lines[i - 1]))]
            check(len(data) == 1, f"{name} T9: {len(data)} data lines")
            values = [c for c in cells(lines[data[0] - 1])][:7]
            got = [c["printed"] for c in table["cells"]]
            check(values == got, f"{name} T9: printed {got} != source {values}")
            for c in table["cells"]:
                check(Decimal(c["yuan"]) == Decimal(c["tenThousandYuan"]) * 10000, f"{name} T9 {c['name']} yuan")
    for fact in budget["facts"]:
        src = re.sub(r"\s", "", lines[fact["line"] - 1])
        a = fact["amount"]
        check(a["text"] + ("" if fact["kind"] == "PERFORMANCE_FORM_AMOUNT" else a["unit"]) in src
              or a["text"] in src, f"{name} fact {fact['kind']} line {fact['line']}: {a['text']}{a['unit']} not on line")
        if fact["kind"] in ("PROJECT_ANNUAL_BUDGET", "PERFORMANCE_FORM_AMOUNT"):
            # the project is named by the section heading or the form's 项目名称 line above the figure
            above = [re.sub(r"\s", "", l) for l in lines[:fact["line"]]]
            named = [i for i, l in enumerate(above) if fact["label"] in l
                     and ("项目经费情况说明" in l or "项目名称" in l)]
            check(named, f"{name} fact {fact['kind']} line {fact['line']}: no heading or 项目名称 names {fact['label']}")
            if named:
                between = "".join(above[named[-1] + 1:fact["line"] - 1])
                check("项目经费情况说明" not in between and "项目名称" not in between,
                      f"{name} fact {fact['kind']} line {fact['line']}: another project starts in between")
        else:
            check(fact["label"] in src, f"{name} fact {fact['kind']} line {fact['line']}: label {fact['label']} not on line")
        check(Decimal(a["text"].replace(",", "")) == Decimal(a["value"]), f"{name} fact {fact['kind']}: value")
        if fact["change"]:
            c = fact["change"]["text"].lstrip("-")
            check(c in src, f"{name} fact {fact['kind']} line {fact['line']}: change {c} not on line")
            if fact["change"]["text"].startswith("-"):
                check("减少" in src or "下降" in src, f"{name} fact {fact['kind']}: negative change without 减少")


for sample in sorted(p.stem for p in SAMPLES.glob("*.txt")):
    verify(sample)
for p in problems:
    print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
