"""The target catalogue: what national documents set as targets, kept as data in patterns/catalogue/.

One YAML file per source document (NQ 17/NQ-CP, NQ 01/NQ-CP 2025, QĐ 942/QĐ-TTg, …):

    version: 1
    source: {kind, number, symbol, date, issuer, role, aliases}   # role: target | scoring |
                                                                  # restatement | local
    entries:
      - {id, indicator, aliases, unit, comparator, comparator_text, value, high, year, year_from,
         period, level, applies_to, evidence_tags, conflicts, confidence, evidence, ...}

Files are validated on load: a broken entry fails with the file and the entry named
(PatternError), not in the middle of a batch. `load_into_db` mirrors the catalogue into the
`catalogue` table so that SQL users see the targets beside the indicators that matched them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from extractor.errors import PatternError
from extractor.patterns import PATTERNS_DIR, load_yaml

CATALOGUE_DIR = PATTERNS_DIR / "catalogue"
COMPARATORS = {">=", ">", "<=", "<", "=", "range"}
ROLES = {"target", "scoring", "restatement", "local"}
LEVELS = {"bộ", "tỉnh", "huyện", "xã", "địa phương", "quốc gia", "cơ quan nhà nước"}
CONFIDENCE = {"high", "medium", "low"}


@dataclass(frozen=True)
class Source:
    kind: str
    number: Optional[str]
    symbol: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    role: str
    aliases: tuple[str, ...] = ()
    restates: Optional[str] = None
    short: Optional[str] = None      # a label to show when the number/symbol cannot make one

    @property
    def label(self) -> str:
        """'NQ 17/NQ-CP', 'QĐ 942/QĐ-TTg': the short legal reference shown in reports."""
        if self.short:
            return self.short
        short = {"Nghị quyết": "NQ", "Quyết định": "QĐ", "Kế hoạch": "KH", "Báo cáo": "BC"}.get(self.kind, self.kind)
        if self.number and self.symbol:
            return f"{short} {self.number}/{self.symbol}"
        return f"{self.kind} {self.issuer or ''}".strip()

    @property
    def key(self) -> str:
        return f"{self.number}/{self.symbol}" if self.number and self.symbol else (self.issuer or self.kind)


@dataclass(frozen=True)
class Entry:
    id: str
    source: Source
    indicator: str
    unit: str
    comparator: str
    value: Optional[float]
    file: str
    aliases: tuple[str, ...] = ()
    comparator_text: str = ""
    high: Optional[float] = None
    year: Optional[int] = None
    year_from: Optional[int] = None
    period: str = ""
    level: tuple[str, ...] = ()
    applies_to: str = ""
    evidence_tags: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    conflicts_with: tuple[str, ...] = ()
    confidence: str = "medium"
    evidence: str = ""
    note: str = ""
    examples: tuple[str, ...] = field(default=(), compare=False)

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.indicator, *self.aliases)

    def covers_year(self, year: Optional[int]) -> Optional[bool]:
        """Whether the entry's period includes `year` (None when either is unknown)."""
        if year is None or (self.year is None and self.year_from is None):
            return None
        lo = self.year_from if self.year_from is not None else self.year
        hi = self.year if self.year is not None and (self.year_from is None or self.year >= self.year_from) else None
        if self.year_from is not None and self.year is None:
            hi = None
        return lo <= year and (hi is None or year <= hi)


@dataclass
class Catalogue:
    entries: list[Entry]

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry:
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(entry_id)

    @property
    def sources(self) -> list[Source]:
        seen: dict[str, Source] = {}
        for e in self.entries:
            seen.setdefault(e.source.label, e.source)
        return list(seen.values())


# --- validation -------------------------------------------------------------------------------

def _need(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise PatternError(f"{where}: {msg}")


def _num(v, where: str, name: str) -> Optional[float]:
    if v is None:
        return None
    _need(isinstance(v, (int, float)) and not isinstance(v, bool), where, f"{name} must be a number, not {v!r}")
    return float(v)


def _strs(v, where: str, name: str) -> tuple[str, ...]:
    v = v or []
    _need(isinstance(v, list) and all(isinstance(x, str) for x in v), where, f"{name} must be a list of strings")
    return tuple(v)


def _source(data, file: str) -> Source:
    where = f"catalogue/{file}: source"
    _need(isinstance(data, dict), where, "missing 'source' mapping")
    _need(isinstance(data.get("kind"), str), where, "source needs a kind")
    role = data.get("role", "target")
    _need(role in ROLES, where, f"role must be one of {sorted(ROLES)}, not {role!r}")
    num = data.get("number")
    return Source(kind=data["kind"], number=None if num is None else str(num), symbol=data.get("symbol"),
                  date=None if data.get("date") is None else str(data["date"]), issuer=data.get("issuer"),
                  role=role, aliases=_strs(data.get("aliases"), where, "aliases"), restates=data.get("restates"),
                  short=data.get("short"))


def _entry(data, source: Source, file: str) -> Entry:
    eid = data.get("id") if isinstance(data, dict) else None
    where = f"catalogue/{file}: entry {eid or '(no id)'}"
    _need(isinstance(eid, str) and eid, where, "every entry needs a string id")
    _need(isinstance(data.get("indicator"), str) and data["indicator"].strip(), where, "missing indicator wording")
    cmp_ = data.get("comparator")
    _need(cmp_ in COMPARATORS, where, f"comparator must be one of {sorted(COMPARATORS)}, not {cmp_!r}")
    value, high = _num(data.get("value"), where, "value"), _num(data.get("high"), where, "high")
    _need(value is not None, where, "missing value")
    _need((cmp_ == "range") == (high is not None), where, "a range needs value and high, and only a range has high")
    _need(high is None or high >= value, where, "high is below value")
    level = _strs(data.get("level"), where, "level")
    _need(all(lv in LEVELS for lv in level), where, f"level must be among {sorted(LEVELS)}: {list(level)}")
    conf = data.get("confidence", "medium")
    _need(conf in CONFIDENCE, where, f"confidence must be one of {sorted(CONFIDENCE)}")
    for name in ("year", "year_from"):
        y = data.get(name)
        _need(y is None or (isinstance(y, int) and 1990 <= y <= 2100), where, f"{name} must be a year, not {y!r}")
    _need(isinstance(data.get("unit"), str) and data["unit"], where, "missing unit")
    return Entry(
        id=eid, source=source, indicator=data["indicator"].strip(), unit=data["unit"], comparator=cmp_,
        value=value, high=high, file=file, aliases=_strs(data.get("aliases"), where, "aliases"),
        comparator_text=str(data.get("comparator_text") or ""), year=data.get("year"),
        year_from=data.get("year_from"), period=str(data.get("period") or ""), level=level,
        applies_to=str(data.get("applies_to") or ""),
        evidence_tags=_strs(data.get("evidence_tags"), where, "evidence_tags"),
        conflicts=_strs(data.get("conflicts"), where, "conflicts"),
        conflicts_with=_strs(data.get("conflicts_with"), where, "conflicts_with"),
        confidence=conf, evidence=str(data.get("evidence") or ""), note=str(data.get("note") or ""),
        examples=_strs(data.get("examples"), where, "examples"),
    )


def parse_catalogue_file(path: Path) -> list[Entry]:
    file = path.name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise PatternError(f"catalogue/{file}: cannot read: {e}") from None
    _need(isinstance(data, dict) and isinstance(data.get("entries"), list), f"catalogue/{file}",
          "expected a mapping with 'source' and an 'entries' list")
    source = _source(data.get("source"), file)
    return [_entry(e, source, file) for e in data["entries"]]


def parse_catalogue(directory: Path = CATALOGUE_DIR) -> Catalogue:
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        for e in parse_catalogue_file(path):
            if e.id in seen:
                raise PatternError(f"catalogue/{path.name}: entry {e.id}: duplicate id (also in {seen[e.id]})")
            seen[e.id] = path.name
            entries.append(e)
    ids = set(seen)
    for e in entries:
        for other in e.conflicts_with:
            _need(other in ids, f"catalogue/{e.file}: entry {e.id}", f"conflicts_with names unknown entry {other}")
    return Catalogue(entries)


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Every entry under patterns/catalogue/, validated (cached)."""
    return parse_catalogue()


# --- conflicts ----------------------------------------------------------------------------------

def conflict_groups(cat: Catalogue) -> dict[str, list[Entry]]:
    """Entries that disagree with each entry: same [CONFLICT-Cn] tag or listed in conflicts_with."""
    by_tag: dict[str, list[Entry]] = {}
    for e in cat:
        for tag in e.conflicts:
            by_tag.setdefault(tag, []).append(e)
    out: dict[str, list[Entry]] = {}
    for e in cat:
        # Entries of one source sharing a tag are one suspicion (C2), not two sources disagreeing.
        others = {o.id: o for tag in e.conflicts for o in by_tag[tag] if o.source.label != e.source.label}
        for oid in e.conflicts_with:
            others.setdefault(oid, cat.get(oid))
        for o in cat:
            if e.id in o.conflicts_with:
                others.setdefault(o.id, o)
        if others:
            out[e.id] = sorted(others.values(), key=lambda x: x.id)
    return out


# --- the database mirror ------------------------------------------------------------------------

def _row(e: Entry) -> dict:
    return {
        "id": e.id, "source": e.source.label, "source_key": e.source.key, "source_date": e.source.date,
        "indicator": e.indicator, "aliases": json.dumps(list(e.aliases), ensure_ascii=False) if e.aliases else None,
        "unit": e.unit, "comparator": e.comparator, "value": e.value, "high": e.high, "year": e.year,
        "period": e.period, "level": ", ".join(e.level) or None, "applies_to": e.applies_to,
        "evidence": e.evidence, "confidence": e.confidence, "file": e.file, "origin": "curated",
    }


def load_into_db(db, cat: Optional[Catalogue] = None) -> int:
    """Replace the `catalogue` table's curated rows with the catalogue's entries (the entries
    extracted from plans in the database stay: check/plans.py); returns the count."""
    cat = cat or load_catalogue()
    with db.atomic():
        db.execute("delete from catalogue where origin is null or origin = 'curated'")
        db["catalogue"].insert_all([_row(e) for e in cat], pk="id", replace=True)
    return len(cat)


def ensure_loaded(db, cat: Optional[Catalogue] = None) -> Catalogue:
    """Load the catalogue into the database when its rows differ from the files (cheap to call)."""
    cat = cat or load_catalogue()
    have = {r["id"]: r for r in db["catalogue"].rows_where("origin is null or origin = 'curated'")}

    def same(r: Optional[dict], want: dict) -> bool:
        return r is not None and all(r.get(k) == v for k, v in want.items())
    if len(have) != len(cat) or any(not same(have.get(e.id), _row(e)) for e in cat):
        load_into_db(db, cat)
    return cat
