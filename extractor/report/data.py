"""One document's report as typed records, read from the effective views (reviewers' corrections
applied, rejected items left out) and already in words: the text, HTML and PDF reports all print
these records and nothing else."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extractor.check.checks import SEVERITIES
from extractor.report import words
from extractor.report.places import DocumentPlaces
from extractor.store.display import DOCUMENT_STATUS

FORMAT_NAMES = {"pdf": "PDF", "docx": "Word .docx", "doc": "Word .doc", "txt": "văn bản thuần .txt",
                "html": "trang HTML", "odt": "OpenDocument .odt", "rtf": "RTF", "md": "Markdown"}
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
# A check's place is the place of the value it is about (indicator, else quantity, else its own):
# the columns and joins every query of findings (`c` = effective_checks) shares.
FINDING_PLACE_COLUMNS = ("coalesce(i.block_id, q.block_id, c.block_id) as block_id, "
                         "coalesce(i.page, q.page, c.page) as page, coalesce(i.row, q.row) as row")
FINDING_VALUE_JOINS = ("left join indicators i on i.id = c.indicator_id "
                       "left join quantities q on q.id = c.quantity_id")


@dataclass
class Header:
    doc_type: str
    number_symbol: str
    title: str
    issuer: str
    province: str
    date: str
    file_name: str
    file_format: str
    pages: str
    status: str
    other_files: str = ""   # the same document's other files (another format), in words; '' when none

    def heading(self) -> str:
        """The title, or the file name for a document whose title was not found."""
        return self.title if self.title != words.NONE else self.file_name


@dataclass
class IndicatorLine:
    ordinal: str
    label: str
    level: str
    target: str
    year: str
    result: str
    unit: str
    status: str
    place: str
    catalogue: str          # the catalogue entry it was matched to, in words ('' when none)
    corrected: bool


@dataclass
class Finding:
    severity_code: str
    severity: str
    kind: str
    message: str
    place: str
    text: str
    catalogue_id: str


@dataclass
class DocumentReport:
    document_id: int
    header: Header
    indicators: list[IndicatorLine] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def counts(self) -> list[tuple[str, int]]:
        """(severity in words, how many) in severity order, for the summary line."""
        c = Counter(f.severity_code for f in self.findings)
        return [(words.severity(s), c[s]) for s in SEVERITIES if c[s]]


def build_report(db, doc_id: int) -> DocumentReport:
    """The report of a document; asked for another file of it (documents.same_as: the same text
    in another format), the report of its primary file, which is the one counted."""
    doc_id = primary_file(db, doc_id)
    doc = next(iter(db.query("select * from effective_documents where id = ?", [doc_id])), None)
    if doc is None:
        doc = next(iter(db.query("select * from documents where id = ?", [doc_id])))
    places = DocumentPlaces.of(db, doc_id)
    inds = list(db.query("select * from effective_indicators where document_id = ? order by start, id", [doc_id]))
    catalogue = _catalogue_entries(db, {i["catalogue_id"] for i in inds if i.get("catalogue_id")})
    head = header(doc)
    head.other_files = other_files(db, doc_id)
    return DocumentReport(doc_id, head,
                          [indicator_line(i, places, catalogue.get(i.get("catalogue_id"))) for i in inds],
                          findings(db, doc_id, places))


def primary_file(db, doc_id: int) -> int:
    row = next(iter(db.query("select same_as from documents where id = ?", [doc_id])), None)
    return row["same_as"] if row and row.get("same_as") else doc_id


def other_files(db, doc_id: int) -> str:
    rows = db.query("select path, format from document_files where document_id = ? and file_id != ? "
                    "order by path", [doc_id, doc_id])
    return "; ".join(f"{Path(r['path']).name} ({FORMAT_NAMES.get(r['format'], r['format'])})" for r in rows)


def header(doc: dict) -> Header:
    number = "/".join(x for x in (doc.get("number"), doc.get("symbol")) if x)
    fmt = doc.get("format") or ""
    return Header(
        doc_type=_text(doc.get("doc_type")), number_symbol=number or words.NONE, title=_text(doc.get("title")),
        issuer=_text(doc.get("issuer")), province=_text(doc.get("province")), date=date(doc.get("issued_date")),
        file_name=Path(doc.get("path") or "").name or words.NONE, file_format=FORMAT_NAMES.get(fmt, fmt or words.NONE),
        pages=str(doc["pages"]) if doc.get("pages") else words.NONE,
        status=DOCUMENT_STATUS.get(doc.get("status") or "", _text(doc.get("status"))))


def date(iso: Optional[str]) -> str:
    """'2025-02-13' → '13/02/2025', '2025-02' → '02/2025', '2025' → '2025'."""
    if not iso:
        return words.NONE
    return "/".join(reversed(iso.split("-")))


def indicator_line(ind: dict, places: DocumentPlaces, entry: Optional[dict]) -> IndicatorLine:
    unit = ind.get("target_unit") or ind.get("actual_unit") or ""
    shown = lambda u: None if u == unit else u     # noqa: E731 — a unit other than the column's shows beside its value
    return IndicatorLine(
        ordinal=_text(ind.get("ordinal"), ""), label=_text(ind.get("label")), level=_text(ind.get("level"), ""),
        target=words.target(ind.get("target_comparator"), ind.get("target_value"), ind.get("target_high"),
                            shown(ind.get("target_unit"))),
        year=str(ind["target_year"]) if ind.get("target_year") else "",
        result=words.target(ind.get("actual_comparator") if ind.get("actual_comparator") != "=" else None,
                            ind.get("actual_value"), None, shown(ind.get("actual_unit"))),
        unit=unit or words.NONE, status=words.status(ind), place=places.place(ind).words(),
        catalogue=_catalogue_words(ind, entry), corrected=bool(ind.get("corrected")))


def _catalogue_entries(db, ids: set) -> dict[str, dict]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in db.query(f"select * from catalogue where id in ({marks})", sorted(ids))}


def _catalogue_words(ind: dict, entry: Optional[dict]) -> str:
    """'NQ17-25 — NQ 17/NQ-CP (2021-2025): ≥ 50%, khớp 100/100'; '' when unmatched."""
    if not ind.get("catalogue_id"):
        return ""
    out = ind["catalogue_id"]
    if entry:
        period = f" ({entry['period']})" if entry.get("period") else ""
        goal = words.target(entry.get("comparator"), entry.get("value"), entry.get("high"), entry.get("unit"))
        out += f" — {entry.get('source') or ''}{period}: {goal}"
    return f"{out}; khớp {words.score(ind.get('match_score'))}"


def findings(db, doc_id: int, places: DocumentPlaces) -> list[Finding]:
    """Every check of the document, most severe first, in document order within a severity."""
    rows = list(db.query(
        f"select c.*, {FINDING_PLACE_COLUMNS} from effective_checks c {FINDING_VALUE_JOINS} "
        "where c.document_id = ? order by c.start, c.kind", [doc_id]))
    rows.sort(key=lambda r: SEVERITY_RANK.get(r["severity"], len(SEVERITY_RANK)))
    return [finding(r, places) for r in rows]


def finding(r: dict, places: DocumentPlaces) -> Finding:
    """A check row (with the block, page and table row of the value it is about) in words."""
    return Finding(severity_code=r.get("severity") or "", severity=words.severity(r.get("severity")),
                   kind=words.check_kind(r.get("kind")), message=words.message(r.get("message")),
                   place=places.place(r).words(), text=" ".join((r.get("text") or "").split()),
                   catalogue_id=r.get("catalogue_id") or "")


def _text(value, empty: str = words.NONE) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else empty
