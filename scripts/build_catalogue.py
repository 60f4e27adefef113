"""Generate patterns/catalogue/*.yaml (one file per source document) from the catalogue draft CSV.

    .venv/bin/python scripts/build_catalogue.py [../shared/catalogue/catalogue_draft.csv] [--force]

The YAML files are then fixed by hand (aliases, conflicts, wording); by default an existing file is
left alone so hand fixes survive, `--force` overwrites. The draft's columns map as follows:
comparator wording → `comparator` (symbol) + `comparator_text` (as written); `year_or_period` →
`period` (as written) + `year` (the last year it names) + `year_from`; `applies_to` → `applies_to`
(as written) + `level` (normalised list); the evidence status tags ([SEED+NEWS], [CONFLICT-C1]) →
`evidence_tags`, and how sure it is → `confidence`.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "patterns" / "catalogue"
DRAFT = ROOT.parent / "shared" / "catalogue" / "catalogue_draft.csv"

# id prefix → (file stem, source record). role: target (a legal target), scoring (a scoring
# threshold, not a target), restatement (a provincial report quoting a target), local (a
# province's own plan target).
SOURCES = {
    "NQ17": ("nq17_2019", dict(kind="Nghị quyết", number="17", symbol="NQ-CP", date="2019-03-07",
                               issuer="Chính phủ", role="target",
                               aliases=["NQ17", "NQ 17", "NQ số 17", "Nghị quyết 17", "Nghị quyết số 17"])),
    "NQ01": ("nq01_2025", dict(kind="Nghị quyết", number="01", symbol="NQ-CP", date="2025-01-08",
                               issuer="Chính phủ", role="target", aliases=["Nghị quyết 01"])),
    "NQ02": ("nq02_2025", dict(kind="Nghị quyết", number="02", symbol="NQ-CP", date="2025-01-08",
                               issuer="Chính phủ", role="target", aliases=["Nghị quyết 02"])),
    "Q942": ("qd942_2021", dict(kind="Quyết định", number="942", symbol="QĐ-TTg", date="2021-06-15",
                                issuer="Thủ tướng Chính phủ", role="target", aliases=["Quyết định 942"])),
    "Q749": ("qd749_2020", dict(kind="Quyết định", number="749", symbol="QĐ-TTg", date="2020-06-03",
                                issuer="Thủ tướng Chính phủ", role="target", aliases=["Quyết định 749"])),
    "DA06": ("qd06_2022_de_an_06", dict(kind="Quyết định", number="06", symbol="QĐ-TTg", date="2022-01-06",
                                        issuer="Thủ tướng Chính phủ", role="target",
                                        aliases=["Đề án 06", "Đề án số 06"])),
    "B126": ("qd126_2025_bcd", dict(kind="Quyết định", number="126", symbol="QĐ-BCĐCP", date="2025-09-11",
                                    issuer="Ban Chỉ đạo của Chính phủ", role="target", aliases=[])),
    "Q766": ("qd766_2022", dict(kind="Quyết định", number="766", symbol="QĐ-TTg", date="2022-06-23",
                                issuer="Thủ tướng Chính phủ", role="scoring", aliases=["Quyết định 766"])),
    "NQ76": ("nq76_2021", dict(kind="Nghị quyết", number="76", symbol="NQ-CP", date="2021-07-15",
                               issuer="Chính phủ", role="target", aliases=["NQ76", "NQ 76", "Nghị quyết 76"])),
    "NQ57": ("nq57_2024_tw", dict(kind="Nghị quyết", number="57", symbol="NQ/TW", date="2024-12-22",
                                  issuer="Bộ Chính trị", role="target",
                                  aliases=["NQ57", "NQ 57", "Nghị quyết 57", "57-NQ/TW"])),
    "BTTTT": ("btttt_toan_trinh_2024", dict(kind="Văn bản", number=None, symbol="BTTTT", date="2024",
                                            issuer="Bộ Thông tin và Truyền thông", role="target",
                                            aliases=["4338/BTTTT-CĐSQG"])),
    "BTTTT-2021": ("btttt_2021", dict(kind="Văn bản", number=None, symbol="BTTTT", date="2021",
                                      issuer="Bộ Thông tin và Truyền thông", role="target", aliases=[])),
    "MT2023": ("muc_tieu_2023", dict(kind="Văn bản", number=None, symbol=None, date="2023",
                                     issuer="Bộ Thông tin và Truyền thông", role="target", aliases=[])),
    "CG2025": ("cat_giam_2025", dict(kind="Nghị quyết", number="66", symbol="NQ-CP", date="2025-03-26",
                                     issuer="Chính phủ", role="target", aliases=["Nghị quyết 66"])),
    "Q1565": ("qd1565_2025", dict(kind="Quyết định", number="1565", symbol="QĐ-TTg", date="2025-07-18",
                                  issuer="Thủ tướng Chính phủ", role="target", aliases=[])),
    "Q1588": ("qd1588", dict(kind="Quyết định", number="1588", symbol="QĐ-TTg", date=None,
                             issuer="Thủ tướng Chính phủ", role="target", aliases=[])),
    "AG": ("restated_an_giang_2025", dict(kind="Báo cáo", number=None, symbol="BC-STTTT", date="2025-02",
                                          issuer="Sở Thông tin và Truyền thông tỉnh An Giang", role="restatement",
                                          restates="NQ 17/NQ-CP", aliases=[])),
    "PT": ("local_phu_tho_617_2025", dict(kind="Kế hoạch", number="617", symbol="KH-UBND", date="2025-02-13",
                                          issuer="Ủy ban nhân dân tỉnh Phú Thọ", role="local",
                                          aliases=["617/KH-UBND"])),
}

COMPARATORS = {
    "đạt": ">=", "tối thiểu": ">=", "từ...trở lên": ">=", "đạt (phấn đấu)": ">=",
    "từ...trở lên (ngưỡng đạt điểm tối đa)": ">=", "trên": ">", "range": "range",
    "nhóm (top-N)": "<=", "tối đa (thang điểm)": "<=",
}
LEVEL_WORDS = [("bộ", r"\bbộ\b"), ("tỉnh", r"tỉnh"), ("huyện", r"huyện"), ("xã", r"\bxã\b"),
               ("địa phương", r"địa phương"), ("quốc gia", r"quốc gia|toàn quốc|trung ương|TW")]


def prefix(entry_id: str) -> str:
    for p in sorted(SOURCES, key=len, reverse=True):
        if entry_id.startswith(p + "-"):
            return p
    raise SystemExit(f"no source for id {entry_id}")


def years(period: str) -> tuple[int | None, int | None]:
    ys = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", period)]
    if not ys:
        return None, None
    if period.strip().startswith("từ") and len(ys) == 1:
        return ys[0], None              # an open period: from that date on
    return min(ys), max(ys)


def levels(applies_to: str) -> list[str]:
    text = applies_to.split("(")[0] if "(" in applies_to and "cấp" not in applies_to.split("(")[0] else applies_to
    out = [name for name, rx in LEVEL_WORDS if re.search(rx, text)]
    if re.search(r"cơ quan", text) and not out:
        out = ["cơ quan nhà nước"]
    return out


def evidence(text: str) -> tuple[list[str], str]:
    head = text.split("]")[0] if text.startswith("[") else ""
    tags = re.findall(r"\[([^\]]+)\]", text[: text.rfind("]") + 1] if text.startswith("[") else "")
    tags = [t for t in tags if re.match(r"(SEED|NEWS|EN-ONLY|CODE|CONFLICT|year|NEWS;)", t)]
    if "EN-ONLY" in head or "CODE" in head or "uncertain" in head or "PARTIAL" in head:
        conf = "low"
    elif "SEED+NEWS" in head or (head.startswith("[NEWS") and "PARTIAL" not in head):
        conf = "high"
    else:
        conf = "medium"
    return tags, conf


def number(v: str):
    if not v.strip():
        return None
    f = float(v)
    return int(f) if f.is_integer() else f


def entry(row: dict) -> dict:
    y_from, y_to = years(row["year_or_period"])
    tags, conf = evidence(row["evidence"])
    conflicts = sorted(set(re.findall(r"CONFLICT-(C\d+)", row["evidence"])))
    return {
        "id": row["id"], "indicator": row["indicator_vi"], "aliases": [],
        "unit": row["unit"], "comparator": COMPARATORS[row["comparator"]],
        "comparator_text": row["comparator"], "value": number(row["target_value"]),
        "high": number(row["target_value_high"]), "year": y_to, "year_from": y_from,
        "period": row["year_or_period"], "level": levels(row["applies_to"]),
        "applies_to": row["applies_to"], "evidence_tags": tags, "conflicts": conflicts,
        "confidence": conf, "source_note": row["source_doc"], "evidence": row["evidence"],
    }


def main(argv: list[str]) -> None:
    force = "--force" in argv
    args = [a for a in argv if not a.startswith("--")]
    draft = Path(args[0]) if args else DRAFT
    groups: dict[str, list[dict]] = defaultdict(list)
    with open(draft, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            groups[prefix(row["id"])].append(row)
    OUT.mkdir(parents=True, exist_ok=True)
    for p, rows in groups.items():
        stem, source = SOURCES[p]
        path = OUT / f"{stem}.yaml"
        if path.exists() and not force:
            print(f"kept {path.name} (hand-fixed; --force overwrites)")
            continue
        data = {"version": 1, "source": {**source, "date_note": rows[0]["source_date"]},
                "entries": [entry(r) for r in rows]}
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
        print(f"wrote {path.name}: {len(rows)} entries")


if __name__ == "__main__":
    main(sys.argv[1:])
