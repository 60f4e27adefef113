"""`chitieu query`, `chitieu export`, `chitieu serve`: the database answers questions.

Registered in cli/__init__.py. Commands stay thin: queries.py, export.py and serve.py do
the work. Output options follow sqlite-utils' (`--csv`, `--tsv`, `--json`, `--nl`, table default).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from extractor.errors import ChitieuError

from extractor.cli.common import DEFAULT_DB, fail as _fail, missing_database, open_existing  # noqa: F401
from extractor.cli.common import db_option as _db_option

_open = open_existing


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not K=V (e.g. -p ref=45/2020/NĐ-CP)", param_hint="--param")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@click.command()
@click.argument("sql", required=False)
@click.option("-n", "--name", help="Run the canned query NAME (see --list)")
@click.option("-p", "--param", "params", multiple=True, metavar="K=V", help="Query parameter, repeatable")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters")
@click.option("--csv", "fmt", flag_value="csv", help="Output CSV")
@click.option("--tsv", "fmt", flag_value="tsv", help="Output TSV")
@click.option("--json", "fmt", flag_value="json", help="Output a JSON array of objects")
@click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON")
@click.option("-t", "--table", "fmt", flag_value="table", default=True, help="Output a table (default)")
@click.option("--no-headers", is_flag=True, help="Omit the header row (CSV, TSV, table)")
@_db_option
def query(sql, name, params, list_, fmt, no_headers, db_path):
    """Run SQL, or a canned query by name, against the database.

    \b
    Examples:
        chitieu query "select province, count(*) from documents group by province"
        chitieu query --name citations_of --param ref=45/2020/NĐ-CP --csv
        chitieu query --name indicators_by_province_period -p province="Phú Thọ" -p period=2020
        chitieu query --list

    Canned queries live in patterns/queries.yaml; `chitieu serve` offers the same ones in
    Datasette. A parameter left out means "any" in the canned queries. Tables and views are
    described in README 'Database' and docs/views.md (read effective_* for reviewed values).
    """
    from extractor.store.queries import load_queries, run_query

    try:
        if list_:
            _list_queries(load_queries())
            return
        db = _open(db_path)
        result = run_query(db, sql=sql, name=name, params=_params(params))
    except ChitieuError as e:
        _fail(e)
    write_result(result.columns, result.rows, fmt, sys.stdout, headers=not no_headers)
    if fmt == "table" and not result.rows:
        # an empty table is easy to misread as a failure; stderr keeps piped output clean
        click.echo("(no rows)" if result.columns else "(done; the statement returns no rows)", err=True)


def _list_queries(queries) -> None:
    for q in queries.values():
        params = " ".join(f"--param {p}=…" for p in q.params)
        click.echo(f"{q.name}  {params}".rstrip())
        click.echo(f"    {q.title}")


def write_result(columns: list[str], rows: list[tuple], fmt: str, out, headers: bool = True) -> None:
    """Rows as a table, CSV, TSV, a JSON array or newline-delimited JSON."""
    if fmt in ("csv", "tsv"):
        w = csv.writer(out, dialect="excel-tab" if fmt == "tsv" else "excel")
        if headers:
            w.writerow(columns)
        w.writerows([["" if v is None else v for v in r] for r in rows])
    elif fmt == "json":
        json.dump([dict(zip(columns, r)) for r in rows], out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "nl":
        for r in rows:
            out.write(json.dumps(dict(zip(columns, r)), ensure_ascii=False, default=str) + "\n")
    elif columns:     # a statement without a result (create, insert …) prints nothing
        from tabulate import tabulate

        out.write(tabulate([list(r) for r in rows], headers=columns if headers else (),
                           tablefmt="simple", disable_numparse=True) + "\n")


@click.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), required=True,
              help="Output format")
@click.option("-w", "--what", type=click.Choice(["indicators", "quantities", "legal_refs", "checks", "documents"]),
              help="Table to export (xlsx and json: all when omitted)")
@click.option("-o", "--out", type=click.Path(dir_okay=False),
              help="Output file (CSV/JSON: stdout when omitted; xlsx: the database's name with .xlsx)")
@click.option("--excel", is_flag=True,
              help="CSV for Excel: UTF-8 BOM (diacritics intact on Windows), Vietnamese headers and values")
@_db_option
def export(fmt, what, out, db_path, excel):
    """Export the reviewed ("effective") tables: reviewer corrections applied.

    The Excel workbook has one sheet per table with Vietnamese headers and values (Đạt / Chưa
    đạt, Cảnh báo, …; the database keeps its codes), numbers as numbers (percentages shown with
    %), dates as dates, frozen header rows, not-achieved indicators and warnings highlighted in
    red, a print layout (A4 landscape, fit to width, header row on every page), and a sheet "Ma
    trận chỉ tiêu" that pivots catalogue indicators × provinces × periods. CSV keeps the
    database's names and codes for programs; --excel writes it for Excel users instead (UTF-8 BOM,
    Vietnamese headers and values).

    \b
    Examples:
        chitieu export --format xlsx --db output/chitieu.db --out output/chitieu.xlsx
        chitieu export --format csv --what indicators > indicators.csv
        chitieu export --format csv --what indicators --excel --out chi-tieu.csv
        chitieu export --format json --what legal_refs --out refs.json
    """
    from extractor.store.export import export as do_export

    try:
        db = _open(db_path)
        if fmt == "xlsx" and not out:
            out = str(Path(db_path).with_suffix(".xlsx"))
        if excel and fmt != "csv":
            raise click.UsageError("--excel is for --format csv (the xlsx is always for Excel)")
        do_export(db, fmt, what, out, excel=excel)
    except ChitieuError as e:
        _fail(e)
    if out:
        click.echo(f"wrote {out}", err=True)


@click.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on")
@click.option("--metadata-out", type=click.Path(dir_okay=False),
              help="Write the Datasette metadata JSON to this file and exit (for running datasette yourself)")
@click.option("--get", metavar="PATH", help="Answer one request (e.g. /chitieu/below_target.json) and exit")
def serve(db_path, host, port, metadata_out, get):
    """Browse the database in Datasette, in Vietnamese: pages that read as a report (chi_tieu:
    label, target, result, status, document, page first), facets by province, period and status,
    search ranked by relevance, canned queries by province.

    Search with or without tone marks ('chuyen doi so' finds 'chuyển đổi số'): the tim_kiem
    query. URLs start with the database file's name without .db: /chitieu/ for
    output/chitieu.db. With --metadata-out, run `datasette` yourself with that file and
    `--template-dir` pointing at extractor/cli/datasette_templates for the Vietnamese pages.

    \b
    Examples:
        chitieu serve --db output/chitieu.db --port 8001     # then open http://127.0.0.1:8001
        chitieu serve --get "/chitieu/province_indicators.json?province=An+Giang&_shape=array"
        chitieu serve --get "/chitieu/citations_of.json?ref=45/2020/NĐ-CP&_shape=array"
    """
    from extractor.cli.serve import prepare, serve as run

    try:
        if metadata_out:
            meta = prepare(db_path)
            Path(metadata_out).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            return
        run(db_path, host=host, port=port, get=get)
    except ChitieuError as e:
        _fail(e)



