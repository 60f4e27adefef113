"""Datasette over the chitieu database: metadata (descriptions, facets, labels, search, canned
queries) built from patterns/datasette_metadata.yaml and patterns/queries.yaml, and the launcher.

`serve(db_path, host, port)` is the public entry point; `build_metadata` is also what
`chitieu serve --metadata-out FILE` writes for people who run `datasette` themselves.
"""
from __future__ import annotations

import contextlib
import html
import io
import json
import signal
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Optional


from extractor.errors import ChitieuError, StoreError
from extractor.store.queries import GUARD_ERROR, load_queries
from extractor.store.database import open_db
from extractor.store.labels import column_description, descriptions
from extractor.store.reading_views import READS


FACETS = {
    "documents": ["format", "status", "doc_type", "province"],
    "indicators": ["level", "target_year", "status_norm", "achieved"],
    "effective_indicators": ["level", "target_year", "status_norm", "achieved"],
    "checks": ["kind", "severity"],
    "effective_checks": ["kind", "severity"],
    "quantities": ["kind", "unit"],
    "effective_quantities": ["kind", "unit"],
    "legal_refs": ["kind", "symbol"],
    "effective_legal_refs": ["kind", "symbol"],
    "indicator_matrix": ["province", "period", "achieved", "catalogue_id"],
    "family_matrix": ["province", "period", "achieved"],
    "corrections": ["table_name", "action"],
    # the reading views (store/reading_views.py): province under today's units, period, status
    "chi_tieu": ["province", "period", "status", "level"],
    "so_lieu": ["province", "period", "kind", "unit"],
    "kiem_tra": ["province", "period", "severity", "kind"],
}
# Shown in place of an id wherever a foreign key points at the table.
LABEL_COLUMNS = {"documents": "path", "catalogue": "indicator", "legal_refs": "key"}
# Units Datasette (pint) can render; per-row units (target_unit, unit) are described in text.
UNITS = {"documents": {"size": "byte", "seconds": "s"}, "runs": {"seconds": "s"}}
SETTINGS = {"sql_time_limit_ms": "5000", "facet_time_limit_ms": "500", "truncate_cells_html": "300",
            "default_page_size": "50"}
# Every column is described, and Datasette lists the descriptions above the rows: on the
# indicators page (38 columns) that pushes the table below the first screen. A scrolling box
# keeps them readable and the rows in view. Long Vietnamese text columns get a minimum width:
# among thirty narrow columns the browser otherwise squeezes a label to a word per line.
# Inline, so no static files need to be installed.
WIDE = ("label", "label_norm", "text", "context", "title", "indicator", "catalogue_indicator", "message")
CSS = ("dl.column-descriptions{max-height:10em;overflow-y:auto;border:1px solid #ccd;"
       "padding:.3em .8em;margin:.5em 0 1em;background:#fff}"
       + ",".join(f"td.col-{c}" for c in WIDE) + "{min-width:22em}"
       # the Vietnamese label under each column's name (datasette_templates/_table.html)
       + "span.col-vi{font-weight:normal;font-size:.85em;color:#444}")
CSS_URL = "data:text/css," + urllib.parse.quote(CSS)


# Datasette's templates with the interface in Vietnamese (and the links to the reading views),
# shipped in the package: passed to Datasette as its template directory.
TEMPLATES = Path(__file__).resolve().parent / "datasette_templates"
SEARCH_QUERY = "tim_kiem"


class ServeError(ChitieuError):
    """A request to the database (chitieu serve --get) was not answered with a page."""


def _reading_link(name: str) -> Optional[str]:
    """The reading view a raw table's or effective view's page points to, if any."""
    for view, table in READS.items():
        if name in (table, f"effective_{table}"):
            return view
    return None


def _description_html(name: str, text: str) -> Optional[str]:
    """A link above the rows of a raw table to the page people read, and from blocks to the ranked
    search (Datasette's own table search orders by id, not relevance)."""
    view = _reading_link(name)
    if view:
        link = (f'<a href="{view}">Xem bảng để đọc: {view}</a> (các cột người đọc trước: tên chỉ tiêu, '
                f'mục tiêu, kết quả, đánh giá, văn bản, trang — the readable page)')
    elif name == "blocks":
        link = (f'<a href="{SEARCH_QUERY}">Tìm kiếm theo mức độ liên quan, không cần dấu: {SEARCH_QUERY}</a> '
                f'(search ranked by relevance, accents optional)')
    else:
        return None
    return f"<p>{html.escape(text)}</p><p><strong>{link}</strong></p>"


def _table_meta(name: str, columns: list[str], entry: dict) -> dict:
    out: dict = {"description": f"{entry['vi']}. — {entry['en']}"}
    if (rich := _description_html(name, out["description"])):
        out["description_html"] = rich
    out["columns"] = {c: d for c in columns if (d := column_description(name, c))}
    if name in FACETS:
        out["facets"] = FACETS[name]
    if name in LABEL_COLUMNS:
        out["label_column"] = LABEL_COLUMNS[name]
    if name in UNITS:
        out["units"] = UNITS[name]
    if name == "blocks":
        out.update(fts_table="blocks_fts", fts_pk="id")
    return out


def build_metadata(db, db_name: str) -> dict:
    """Datasette metadata for the database as it is now (tables and views it actually has)."""
    meta = descriptions()
    tables = {}
    for name in db.table_names() + db.view_names():
        entry = meta["tables"].get(name) or meta["views"].get(name)
        if entry:
            tables[name] = _table_meta(name, list(db[name].columns_dict), entry)
    # the SQL stays one click away ("xem SQL"): people come for the form and the rows
    queries = {q.name: {"sql": q.sql, "title": q.title, "description": q.description, "hide_sql": True}
               for q in load_queries().values()}
    return {
        "title": meta["title"], "description": meta["description"], "extra_css_urls": [CSS_URL],
        "databases": {db_name: {"tables": tables, "queries": queries}},
    }


def datasette_args(db_path: str, metadata_file: str, host: str, port: int) -> list[str]:
    args = ["serve", db_path, "--metadata", metadata_file, "--host", host, "--port", str(port),
            "--template-dir", str(TEMPLATES)]
    for k, v in SETTINGS.items():
        args += ["--setting", k, v]
    return args


def prepare(db_path: str) -> dict:
    """Open (migrating, creating views and the search index) and build the metadata."""
    if not Path(db_path).is_file():
        e = StoreError(f"no database at {db_path}")
        e.hint = f"build it with `chitieu extract corpus/ --db {db_path}`, or point --db at an existing file"
        raise e
    db = open_db(db_path)
    try:
        return build_metadata(db, Path(db_path).stem)
    finally:
        db.close()


def make_datasette(db_path: str):
    """The Datasette `chitieu serve` runs (metadata, settings, templates), started, in this process:
    what --get and the tests ask through Datasette's test client."""
    from datasette.app import Datasette
    from datasette.cli import run_sync

    ds = Datasette([db_path], metadata=prepare(db_path), settings={k: int(v) for k, v in SETTINGS.items()},
                   template_dir=str(TEMPLATES))
    run_sync(ds.invoke_startup)
    return ds


def get_once(db_path: str, path: str) -> str:
    """Answer one request without a server: the response body, or ServeError (one line) when
    the answer is not 200."""
    from datasette.utils.testing import TestClient

    ds = make_datasette(db_path)
    path = path if path.startswith("/") else "/" + path
    # Datasette prints a traceback with locals to stdout for every error page (404 included):
    # that would land in the caller's JSON; and the SQL of a failed query to stderr, where the
    # one-line error below says it better.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        response = TestClient(ds).get(path)
    if response.status != 200:
        raise _request_error(path, response, Path(db_path).stem)
    return response.text


def _request_error(path: str, response, name: str) -> ServeError:
    try:
        reason = json.loads(response.text).get("error") or ""
    except (ValueError, AttributeError):
        reason = ""
    if (m := GUARD_ERROR.search(reason)):
        reason = m.group(1)    # a required parameter left empty: only the words saying what to fill in
    e = ServeError(f"GET {path}: {response.status} {reason}".rstrip())
    first = path.lstrip("/").split("/", 1)[0].split("?", 1)[0].split(".", 1)[0]
    if first not in (name, "-", ""):
        e.hint = f"this database is served as /{name}/ (its file name without .db): /{name}/below_target.json"
    elif response.status == 404:
        e.hint = f"paths look like /{name}/indicators.json?_shape=array or /{name}/citations_of.json?ref=…"
    return e


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001, get: Optional[str] = None) -> None:
    """Run Datasette in this process until it is stopped (SIGINT/SIGTERM end it cleanly); with
    `get`, answer that one request on stdout instead."""
    from datasette.cli import cli as datasette_cli

    if get:
        sys.stdout.write(get_once(db_path, get) + "\n")
        return
    metadata = prepare(db_path)
    # uvicorn re-raises the SIGTERM it caught once it has shut down; without a Python handler that
    # kills the process before the temporary metadata file is removed.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    with tempfile.TemporaryDirectory(prefix="chitieu-serve-") as tmp:
        mfile = Path(tmp) / "metadata.json"
        mfile.write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
        datasette_cli.main(datasette_args(db_path, str(mfile), host, port),
                           prog_name="datasette", standalone_mode=False)


def _exit_on_sigterm(signum, frame) -> None:
    sys.exit(128 + signum)
