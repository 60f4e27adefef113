"""The report as one self-contained HTML page (inline CSS, no script, no outside resource), laid
out for A4 print: tables that break across pages repeat their header row."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from extractor.errors import ReportError
from extractor.report.data import DocumentReport

TEMPLATES = Path(__file__).resolve().parent / "templates"
# status word → colour class on the page
STATUS_CLASS = {"Đạt": "good", "Vượt": "good", "Hoàn thành": "good", "Chưa đạt": "bad",
                "Chưa hoàn thành": "bad", "Chưa có kết quả": "none", "Đang thực hiện": "none"}
SEVERITY_CLASS = {"error": "bad", "warning": "warn", "info": "info", "ok": "good"}


def _environment() -> Environment:
    # autoescape: labels and messages are document text, which may hold markup
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def status_summary(report: DocumentReport) -> list[tuple[str, int]]:
    """(status word, how many indicators) in the order the words first appear."""
    return list(Counter(i.status for i in report.indicators).items())


def render_html(report: DocumentReport, made_at: dt.datetime | None = None) -> str:
    made_at = made_at or dt.datetime.now()
    return _environment().get_template("page.html").render(
        r=report, h=report.header, statuses=status_summary(report), status_class=STATUS_CLASS,
        severity_class=SEVERITY_CLASS, corrected=sum(i.corrected for i in report.indicators),
        made_at=made_at.strftime("%d/%m/%Y %H:%M"))


def write_html(report: DocumentReport, path: Path) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(report), encoding="utf-8")
    except OSError as e:
        raise ReportError(f"không ghi được {path} / cannot write it: {e.strerror}") from None
    return path
