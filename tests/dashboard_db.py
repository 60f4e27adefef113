"""A database for the dashboard tests: corpus/ (three seeds, each as .txt, .docx and .pdf), a second
province's report made from seed 002 (An Giang, January 2025) and, when ../shared/corpus is there,
several of its plans. The seeds alone give each family one province; the variant is An Giang's
report as Cần Thơ would have written it six months later, with other results, so a family has
two provinces and three periods. The shared plans add provinces to the selector and families of
five periods (Sơn La's 2026–2030 export targets). Nothing from ../shared is copied: it is read in place."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_002 = ROOT / "corpus" / "002_271367b9633365e6.txt"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
SHARED_FILES = (
    "tvpl_2954-QD-UBND_SonLa_KH_XuatKhau_2026-2030.md",
    "tvpl_144-KH-UBND_BacNinh_KinhTeSo-XaHoiSo_2026-2030.md",
    "tvpl_552-KH-UBND_DongThap_DoiMoiCongNghe_2035.md",
    "tvpl_617-KH-UBND_ChuyenDoiSo_DoanhNghiep_SME.md",
    "tvpl_310-KH-UBND_HaNoi_5G-IoT_KhuCongNghiep.md",
)
# (as seed 002 writes it, as the variant writes it): the province, the month, and results
VARIANT_EDITS = (
    ("TỈNH AN GIANG", "THÀNH PHỐ CẦN THƠ"),
    ("tỉnh An Giang", "thành phố Cần Thơ"),
    ("Kết quả tháng 01 năm 2025", "Kết quả tháng 7 năm 2025"),
    ("tháng 02 năm 2025", "tháng 8 năm 2025"),
    ("93,6%", "81,2%"),
    ("87,3%", "95,4%"),
)
VARIANT_PROVINCE = "Cần Thơ"
# seed 002's indicator that misses its target (100%) with 87,3%; 95,4% in the variant
MISSED_LABEL = "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"
EXTRACT_LIMIT = 900     # seconds: a bound on waiting, not a speed assertion


def write_variant(folder: Path) -> Path:
    text = SEED_002.read_text(encoding="utf-8")
    for old, new in VARIANT_EDITS:
        assert old in text, f"seed 002 no longer has {old!r}"
        text = text.replace(old, new)
    path = folder / "bao_cao_can_tho.txt"
    path.write_text(text, encoding="utf-8")
    return path


def shared_files() -> list[Path]:
    return [SHARED_CORPUS / name for name in SHARED_FILES if (SHARED_CORPUS / name).is_file()]


def build(folder: Path, with_shared: bool) -> Path:
    """chitieu.db in `folder` from corpus/, the variant and (with_shared) the shared plans."""
    files = [str(ROOT / "corpus"), str(write_variant(folder))]
    if with_shared:
        found = shared_files()
        if not found:
            pytest.skip("needs ../shared/corpus")
        files += [str(p) for p in found]
    db = folder / "chitieu.db"
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", *files, "--db", str(db), "--silent"],
                          cwd=ROOT, capture_output=True, text=True, timeout=EXTRACT_LIMIT)
    if proc.returncode not in (0, 1) or not db.is_file():
        pytest.fail(f"chitieu extract failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return db


# --- the figures, computed with SQL of the tests' own (not the module's queries) --------------

def rows(db_path: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def family_of(db_path: Path, label: str) -> str:
    found = rows(db_path, "select distinct family_id from family_matrix where label = ?", label)
    assert len(found) == 1, found
    return found[0][0]


def expected_families(db_path: Path) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in rows(db_path, """
        select family_id, count(*), count(distinct province), count(distinct period),
          count(distinct coalesce(province, '') || '|' || coalesce(period, ''))
        from family_matrix where actual_value is not null or target_value is not null group by family_id""")}


def expected_by_province(db_path: Path, family: str) -> set[tuple]:
    """Per province, its latest period with a result (else with a target): average result, target."""
    got = rows(db_path, """
        with cell as (
          select coalesce(province, '') as p, coalesce(period, '') as t, avg(actual_value) as a, avg(target_value) as g
          from family_matrix where family_id = ? and (actual_value is not null or target_value is not null)
          group by 1, 2),
        pick as (select p, coalesce(max(case when a is not null then t end), max(t)) as t from cell group by p)
        select cell.p, cell.t, cell.a, cell.g from cell join pick on pick.p = cell.p and pick.t = cell.t""", family)
    return {(p or None, t, a, g) for p, t, a, g in got}


def expected_series(db_path: Path, family: str) -> list[tuple]:
    return rows(db_path, """
        select period, avg(actual_value), min(actual_value), max(actual_value), max(target_value),
          count(distinct province), count(distinct document_id)
        from family_matrix where family_id = ? and period is not null group by period order by period""", family)


def expected_targets(db_path: Path) -> dict[int, tuple[int, int]]:
    return {d: (met, not_met) for d, met, not_met in rows(db_path, """
        select document_id, sum(kind = 'achieved'), sum(kind = 'not_achieved') from effective_checks
        where kind in ('achieved', 'not_achieved') and indicator_id is not null group by document_id""")}
