"""`chitieu correct`, `chitieu corrections list|stale` and `chitieu review`: thin commands over
store/corrections.py (validation, anchoring) and the review web app (extractor/review/).
Registered in cli/__init__.py."""
from __future__ import annotations

import getpass
import json
import os
import sys

import click

from extractor.errors import ChitieuError

from extractor.cli.common import db_option, fail, open_existing

TABLES = ("indicators", "quantities", "legal_refs", "documents")


def default_reviewer() -> str:
    try:
        return os.environ.get("CHITIEU_REVIEWER") or getpass.getuser()
    except Exception:       # no user name (a container without passwd entry)
        return ""


def reviewer_option(f):
    return click.option("--reviewer", default=default_reviewer, show_default="$CHITIEU_REVIEWER or your login",
                        help="Who made the correction")(f)


@click.command()
@click.argument("table", type=click.Choice(TABLES))
@click.argument("row_id", metavar="ID", type=int)
@click.argument("assignments", nargs=-1, metavar="FIELD=VALUE...")
@click.option("--reject", "action", flag_value="reject", help="Reject the item (left out of every output)")
@click.option("--accept", "action", flag_value="confirm", help="Accept the item as extracted")
@click.option("--restore", "action", flag_value="restore", help="Undo a rejection")
@click.option("--note", help="Why (kept with the correction)")
@reviewer_option
@db_option
def correct(table, row_id, assignments, action, note, reviewer, db_path):
    """Correct one extracted row: set fields, or reject or accept it.

    ID is the row's id in the database as it is now; what is stored is a content anchor (the
    document's path, the item's kind, its text and context), so the correction survives
    re-extraction. Checks are recomputed on the corrected values at once.

    \b
    Examples:
        chitieu correct indicators 11 target_value=80 --note "NQ 17: 80%"
        chitieu correct indicators 11 target_comparator=">=" level=tỉnh
        chitieu correct quantities 34 value=87,3 unit=%
        chitieu correct legal_refs 5 --reject --note "not a citation"
        chitieu correct documents 1 province="An Giang"

    A field or value that is not valid, or an ID that matches nothing, is refused with a
    message and exit code 1; nothing is written.
    """
    from extractor.store.corrections import correct as do_correct, parse_assignments

    try:
        db = open_existing(db_path)
        changes = parse_assignments(assignments)
        ids = do_correct(db, table, row_id, changes, action=action or "set", reviewer=reviewer, note=note)
    except ChitieuError as e:
        fail(e)
    what = ", ".join(f"{k}={v}" for k, v in changes.items()) or action
    click.echo(f"{table} {row_id}: {what} (correction {', '.join(f'#{i}' for i in ids)})")
    _echo_checks(db, table, row_id)


def _echo_checks(db, table: str, row_id: int) -> None:
    column = {"indicators": "indicator_id", "quantities": "quantity_id"}.get(table)
    if not column:
        return
    for r in db.query(f"select kind, severity, message from effective_checks where {column} = ? "
                      f"order by id", [row_id]):
        click.echo(f"  {r['severity']:<7} {r['kind']:<19} {r['message']}")


@click.group()
def corrections():
    """Reviewers' corrections and where they apply now."""


LIST_COLUMNS = ("id", "created_at", "reviewer", "table_name", "document_path", "action", "field",
                "old_value", "new_value", "status", "method", "row_id", "anchor_text", "note")


def _output(rows: list[dict], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from tabulate import tabulate

    short = [[(str(r.get(c))[:40] if r.get(c) is not None else "") for c in LIST_COLUMNS] for r in rows]
    click.echo(tabulate(short, headers=LIST_COLUMNS, tablefmt="simple", disable_numparse=True))
    if not rows:
        click.echo("(no corrections)", err=True)


@corrections.command("list")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON array")
@db_option
def corrections_list(as_json, db_path):
    """Every correction (append-only), with where it applies now: status applied or stale.

    \b
    Example:
        chitieu corrections list --json
    """
    from extractor.store.corrections import list_corrections

    try:
        rows = list_corrections(open_existing(db_path))
    except ChitieuError as e:
        fail(e)
    _output(rows, as_json)


@corrections.command("stale")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON array")
@db_option
def corrections_stale(as_json, db_path):
    """Corrections whose text is gone or ambiguous since the last extraction: they apply to
    nothing until a reviewer looks at them again (the review queue lists them too).

    \b
    Example:
        chitieu corrections stale --json
    """
    from extractor.store.corrections import list_corrections

    try:
        rows = list_corrections(open_existing(db_path), stale=True)
    except ChitieuError as e:
        fail(e)
    _output(rows, as_json)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; a non-loopback address needs --password")
@click.option("-p", "--port", default=8765, show_default=True, type=int, help="Port to listen on")
@reviewer_option
@click.option("--password", envvar="CHITIEU_REVIEW_PASSWORD", show_envvar=True,
              help="Ask for this password (HTTP Basic, any user name); required off loopback")
def review(db_path, host, port, reviewer, password):
    """The review web app: a queue of what needs a human, each document with every value
    highlighted where it was read (on the PDF page for a PDF), accept / edit / reject / add
    with one key; /dashboard charts an indicator family by province and by period and the
    share of targets met per document. Vietnamese first (English: the EN link). A JSON API
    under /api/.

    \b
    Examples:
        chitieu review --db output/chitieu.db                # then open http://127.0.0.1:8765
        chitieu review --db output/chitieu.db --reviewer lan --port 8800
        CHITIEU_REVIEW_PASSWORD=… chitieu review --host 0.0.0.0
    """
    from extractor.review.app import check_host, run

    try:
        check_host(host, password)
        db = open_existing(db_path)
        db.close()
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"chitieu review: http://{shown}:{port}/  ({db_path}; Ctrl-C to stop)", err=True)
        run(db_path, host=host, port=port, reviewer=reviewer, password=password)
    except ChitieuError as e:
        fail(e)
    sys.exit(0)
