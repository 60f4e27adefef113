"""The `chitieu` command line: verbs in the sqlite-utils manner. Commands stay thin: they call the library."""
from __future__ import annotations

import contextlib
import functools
import os
import sys
import time

import click

from extractor import __version__
from extractor.errors import ChitieuError, PatternError

from extractor.cli.common import DEFAULT_DB, db_option, fail  # noqa: F401  (re-exported for commands)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chitieu")
def cli():
    """chitieu: indicators, targets, figures and legal references from Vietnamese government reports.

    \b
    Example:
        chitieu extract corpus/ --db output/chitieu.db
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("-j", "--jobs", default=0, help="Worker processes, and pages of a scan OCR'd at once (default: one per CPU)")
@click.option("--force", is_flag=True, help="Re-extract files even when unchanged")
@click.option("--silent", is_flag=True, help="No progress bar and no summary")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on a Dask cluster: tcp://HOST:8786 (a running `dask scheduler`), or local:N to "
                   "start N worker processes here (needs chitieu[cluster])")
@click.option("--shared-paths", is_flag=True,
              help="With --scheduler: every worker sees these files at the same absolute paths, so paths "
                   "are sent instead of the files' bytes")
def extract(paths, db_path, jobs, force, silent, scheduler, shared_paths):
    """Extract files, folders (recursively) and .zip archives into the database.

    A file whose content and extractor version are unchanged is skipped; a file that
    cannot be read is recorded with its error and the batch goes on. With --scheduler
    each file is read on a Dask cluster's workers; collecting, saving and checks stay here.

    \b
    Example:
        chitieu extract corpus/ reports.zip --db output/chitieu.db --jobs 2
        chitieu extract /data/archive --scheduler tcp://10.0.0.5:8786

    \b
    Exit code: 0 when every file was extracted (or skipped as unchanged or
    unsupported), 1 when some file failed (see the summary and documents.error)
    or the cluster could not be used, 130 when stopped by Ctrl-C or SIGTERM
    (every finished file is saved; run again to continue).
    """
    from extractor.batch import run_batch

    if jobs > 0:        # the workers' OCR threads (one file's pages at once) stay within --jobs CPUs
        os.environ.setdefault("CHITIEU_OCR_JOBS", str(jobs))
    if scheduler and jobs:
        raise click.UsageError("--jobs is for this machine's worker processes; with --scheduler the cluster's "
                               "workers extract (local:N sets how many)")
    if shared_paths and not scheduler:
        raise click.UsageError("--shared-paths goes with --scheduler")
    if scheduler:
        _check_scheduler(scheduler)
    try:
        with contextlib.ExitStack() as stack:
            executor = _cluster_executor(stack, scheduler, shared_paths, silent) if scheduler else None
            run = functools.partial(run_batch, paths, db_path, jobs=jobs, force=force, executor=executor)
            summary = run() if silent else _with_progress(run)
    except ChitieuError as e:
        fail(e)
    except KeyboardInterrupt:           # while a cluster starts or stops (run_batch handles its own)
        click.echo("\nĐã dừng / interrupted", err=True)
        sys.exit(130)
    if not silent:
        print_summary(summary, db_path)
    if summary.stopped:
        fail(summary.stopped)
    sys.exit(summary.exit_code)


def _check_scheduler(scheduler: str) -> None:
    from extractor.cluster import local_workers

    try:
        local_workers(scheduler)
    except ChitieuError as e:
        raise click.BadParameter(str(e), param_hint="--scheduler") from None


def _cluster_executor(stack: contextlib.ExitStack, scheduler: str, shared_paths: bool, silent: bool):
    """Connects to (or, for local:N, starts) the Dask cluster for the run; closed when `stack` is."""
    from extractor import cluster

    client = stack.enter_context(cluster.connect(scheduler))
    if not silent:
        click.echo(f"cụm Dask / Dask cluster: {cluster.describe(client)}", err=True)
    return cluster.executor(client, shared_paths=shared_paths)


def _with_progress(run):
    """`run(progress=…, on_plan=…, running=…)` under a progress bar naming the last file saved and
    the slowest file in flight."""
    with click.progressbar(length=1, label="đang trích xuất", show_pos=True, show_eta=True,
                           item_show_func=lambda text: text, file=sys.stderr) as bar:
        state = {"last": "", "running": {}}

        def plan(n):
            bar.length = max(n, 1)

        def shown() -> str:
            return " · ".join(filter(None, [state["last"], _slowest(state["running"])]))

        def tick(outcome):
            state["last"] = _short(outcome.item.path)
            bar.update(1, shown())

        def running(files):
            state["running"] = files
            bar.update(0, shown())
        return run(progress=tick, on_plan=plan, running=running)


def _short(path: str, width: int = 36) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= width else "…" + name[-(width - 1):]


def _slowest(running: dict) -> str:
    """'đang xử lý 2 tệp, lâu nhất: scan.pdf 74 s' for the files in flight."""
    if not running:
        return ""
    path, start = min(running.items(), key=lambda kv: kv[1])
    return f"đang xử lý {len(running)} tệp, lâu nhất: {_short(path)} {time.monotonic() - start:.0f} s"


def print_summary(summary, db_path: str) -> None:
    n = sum(summary.by_status.values())
    if summary.interrupted:
        click.echo(f"\nĐã dừng giữa chừng / interrupted: mọi tệp đã xong đều đã lưu (saved). "
                   f"Chạy lại lệnh để làm tiếp / run again to continue.")
    click.echo(f"\n{db_path}: {n} tệp trong {summary.seconds:.1f} s / {n} files in {summary.seconds:.1f} s")
    click.echo("  theo trạng thái / by status: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items())))
    click.echo("  theo định dạng / by format: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_format.items())))
    click.echo("  số dòng / rows: " + ", ".join(f"{k} {v}" for k, v in summary.rows.items()))
    if summary.other_files:
        click.echo(f"  cùng văn bản, nhiều định dạng / one document, several files: {summary.other_files} tệp là bản "
                   f"khác của một văn bản đã có, đếm một lần (view document_files)")
    if summary.repaired:
        click.echo(f"  đã kiểm tra bù / checked now: {summary.repaired} tài liệu của lần chạy trước bị ngắt")
    for path, error in summary.errors[:20]:
        click.echo(f"  ! {path}: {error[:200]}")
    if len(summary.errors) > 20:
        click.echo(f"  … và {len(summary.errors) - 20} lỗi khác / more "
                   "(select path, error from documents where error is not null)")


@cli.group()
def patterns():
    """Pattern data files under patterns/."""


@patterns.command("check")
@click.option("-v", "--verbose", is_flag=True, help="One line per pattern")
def patterns_check(verbose):
    """Validate every pattern file and run its examples and counterexamples.

    \b
    Example:
        chitieu patterns check -v
    """
    from extractor.patterns import check_examples, parse_pattern_file, pattern_files

    files = pattern_files()
    if not files:
        from extractor.patterns import PATTERNS_DIR
        e = PatternError(f"không có tệp mẫu nào trong {PATTERNS_DIR} / no pattern files found")
        e.hint = "the package data is missing: reinstall chitieu (pip install --force-reinstall chitieu)"
        fail(e)
    problems = 0
    for path in files:
        try:
            ps = parse_pattern_file(path)
        except ChitieuError as e:
            click.echo(f"✗ {e}")
            problems += 1
            continue
        extract = _extractor_for(path.stem)
        found = check_examples(ps, extract)
        problems += len(found)
        n_ex = sum(len(p.examples) for p in ps)
        n_ce = sum(len(p.counterexamples) for p in ps)
        click.echo(f"{'✓' if not found else '✗'} {ps.file}: {len(ps.patterns)} patterns, {n_ex} examples, "
                   f"{n_ce} counterexamples, {len(found)} problems")
        for line in found:
            click.echo(f"    {line}")
        if verbose:
            for p in ps:
                click.echo(f"    {p.id} v{p.version}: {len(p.examples)} ex, {len(p.counterexamples)} counter")
    sys.exit(1 if problems else 0)


def _extractor_for(stem: str):
    """The extractor-level rule finder a pattern file declares (`rule_ids(text)`), if any."""
    if stem == "quantities":
        from extractor.extract.quantities import rule_ids
        return rule_ids
    return None

