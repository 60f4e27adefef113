"""`chitieu catalogue …`, `chitieu check` and `chitieu report`: thin commands over catalogue.py,
checks.py and report.py. cli/__init__.py registers the commands."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.errors import ChitieuError

from extractor.cli.common import db_option as _db_option, fail as _fail  # noqa: E402
from extractor.cli.common import open_db as _open, open_existing as _open_existing  # noqa: E402


@click.group()
def catalogue():
    """The target catalogue under patterns/catalogue/ (one YAML file per source document)."""


@catalogue.command("list")
@click.option("--source", help="Only entries whose source label contains this text (e.g. 'NQ 17')")
@click.option("--year", type=int, help="Only entries whose period covers this year")
def catalogue_list(source, year):
    """One line per entry: id, source, period, level, target, wording.

    \b
    Example:
        chitieu catalogue list --source "NQ 01" --year 2025
    """
    from extractor.check.catalogue import load_catalogue

    try:
        cat = load_catalogue()
    except ChitieuError as e:
        _fail(e)
    for e in cat:
        if source and source.lower() not in e.source.label.lower():
            continue
        if year and e.covers_year(year) is False:
            continue
        target = f"{e.comparator}{e.value:g}" + (f"–{e.high:g}" if e.high is not None else "") + f" {e.unit}"
        click.echo(f"{e.id:<12} {e.source.label:<18} {e.period[:16]:<16} {','.join(e.level)[:20]:<20} "
                   f"{target:<14} {e.indicator[:90]}")


@catalogue.command("show")
@click.argument("entry_id")
def catalogue_show(entry_id):
    """Every field of one entry, its conflicts and evidence.

    \b
    Example:
        chitieu catalogue show NQ17-27
    """
    from extractor.check.catalogue import conflict_groups, load_catalogue

    try:
        cat = load_catalogue()
        e = cat.get(entry_id)
    except KeyError:
        raise click.ClickException(f"no catalogue entry {entry_id!r} (see `chitieu catalogue list`)")
    except ChitieuError as err:
        _fail(err)
    src = e.source
    click.echo(f"{e.id}  ({e.file})")
    click.echo(f"source:     {src.label} — {src.kind} {src.number or ''}/{src.symbol or ''} {src.date or ''} "
               f"{src.issuer or ''} [{src.role}]")
    click.echo(f"indicator:  {e.indicator}")
    for a in e.aliases:
        click.echo(f"alias:      {a}")
    click.echo(f"target:     {e.comparator} {e.value:g}" + (f" – {e.high:g}" if e.high is not None else "")
               + f" {e.unit}   (as written: {e.comparator_text})")
    click.echo(f"period:     {e.period} (year {e.year}, from {e.year_from})")
    click.echo(f"level:      {', '.join(e.level)} (applies to: {e.applies_to})")
    click.echo(f"confidence: {e.confidence}  tags: {' '.join(e.evidence_tags)}")
    if e.note:
        click.echo(f"note:       {e.note}")
    for o in conflict_groups(cat).get(e.id, []):
        click.echo(f"conflicts:  {o.id} {o.source.label} {o.comparator}{o.value:g} {o.unit} ({o.period})")
    click.echo(f"evidence:   {e.evidence}")


@catalogue.command("validate")
def catalogue_validate():
    """Validate every catalogue file and list the conflicts between sources.

    \b
    Example:
        chitieu catalogue validate
    """
    from extractor.check.catalogue import conflict_groups, parse_catalogue

    try:
        cat = parse_catalogue()
    except ChitieuError as e:
        click.echo(f"✗ {e}")
        sys.exit(1)
    files = sorted({e.file for e in cat})
    click.echo(f"✓ {len(cat)} entries in {len(files)} files, {len(cat.sources)} sources")
    for eid, others in sorted(conflict_groups(cat).items()):
        click.echo(f"  conflict {eid}: " + ", ".join(o.id for o in others))


@catalogue.command("load")
@_db_option
def catalogue_load(db_path):
    """Load the catalogue into the database's `catalogue` table (extract and check also do this).

    \b
    Example:
        chitieu catalogue load --db output/chitieu.db
    """
    from extractor.check.catalogue import load_into_db

    try:
        n = load_into_db(_open(db_path))
    except ChitieuError as e:
        _fail(e)
    click.echo(f"{db_path}: {n} catalogue entries")


@click.command()
@_db_option
@click.option("-n", "--top", default=20, show_default=True, help="How many findings to list")
def check(db_path, top):
    """Re-run matching and checks over every document and print a summary.

    \b
    Example:
        chitieu check --db output/chitieu.db
    """
    from extractor.check.checks import run_all_checks
    from extractor.cli.report import format_finding, summary_table, top_findings

    try:
        db = _open_existing(db_path)
        n = run_all_checks(db)
    except ChitieuError as e:
        _fail(e)
    docs = db["documents"].count
    matched, total = db.execute("select count(catalogue_id), count(*) from effective_indicators").fetchone()
    click.echo(f"{db_path}: {n} checks over {docs} documents; "
               f"{matched}/{total} indicators matched to the catalogue\n")
    click.echo(summary_table(db))
    rows = top_findings(db, top)
    if rows:
        click.echo(f"\ntop findings ({len(rows)}):")
        for name, f in rows:
            click.echo(format_finding(f, name))


@click.command()
@click.argument("document")
@_db_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Ghi trang báo cáo HTML (một tệp, in được khổ A4) / write the one-page HTML report")
@click.option("--pdf", "pdf_path", type=click.Path(dir_okay=False),
              help="Ghi báo cáo PDF (in bằng Chromium không giao diện) / write the report as PDF (headless Chromium)")
def report(document, db_path, html_path, pdf_path):
    """One document's indicators, catalogue matches and findings. DOCUMENT: an id, a path or a file stem.

    Without --html or --pdf, prints the report as text. Values read from the reviewed data; each
    with where it sits in the document (trang, bảng, dòng, đoạn).

    \b
    Example:
        chitieu report 002_271367b9633365e6 --db output/chitieu.db
        chitieu report 002_271367b9633365e6.pdf --html output/bao_cao_002.html --db output/chitieu.db
    """
    from extractor.cli.report import find_document, report_text
    from extractor.report.data import build_report

    try:
        db = _open_existing(db_path)
    except ChitieuError as e:
        _fail(e)
    doc = find_document(db, document)
    if doc is None:
        raise click.ClickException(
            f"không có văn bản {document!r} trong {db_path} / no document {document!r}\n"
            f"Hint: cho số id, đường dẫn hoặc tên tệp / give an id, a path or a file stem; "
            f"chitieu query \"select id, path from documents\" --db {db_path} lists them")
    built = build_report(db, doc["id"])
    if built.document_id != doc["id"]:
        click.echo(f"{Path(doc['path']).name} là bản khác của cùng văn bản: báo cáo theo tệp chính "
                   f"{built.header.file_name} / another file of the same document: reported from its primary file",
                   err=True)
    if not (html_path or pdf_path):
        click.echo(report_text(built))
        return
    try:
        for path in _write_pages(built, html_path, pdf_path):
            click.echo(f"đã ghi / written: {path}")
    except ChitieuError as e:
        _fail(e)


def _write_pages(built, html_path, pdf_path) -> list:
    from extractor.report.page import render_html, write_html
    from extractor.report.pdf import html_to_pdf

    written = [write_html(built, html_path)] if html_path else []
    if pdf_path:
        written.append(html_to_pdf(render_html(built), pdf_path))
    return written
