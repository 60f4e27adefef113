"""Worker-side misbehaviour for the Dask cluster tests, as a worker plugin (so a worker the nanny
restarts after a kill misbehaves the same way). Imported by the workers by module name: keep it a
plain module of tests/, which is on their path."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from distributed import WorkerPlugin


class Misbehave(WorkerPlugin):
    """Files (by name) that sleep before they are read, kill their worker, or make the task raise
    outside `_work`. Each start of a file is noted as `<name>.<pid>` in `notes`."""

    name = "chitieu-test-misbehave"

    def __init__(self, notes: Path, sleep: dict[str, float] | None = None, kill: tuple[str, ...] = (),
                 raise_: tuple[str, ...] = ()):
        self.notes, self.sleep, self.kill, self.raise_ = Path(notes), sleep or {}, kill, raise_

    def setup(self, worker) -> None:
        from extractor import cluster, pipeline

        self.real = (pipeline.extract_file, cluster._work)
        real_extract, real_work = self.real

        def extract_file(path):
            name = Path(path).name
            (self.notes / f"{name}.{os.getpid()}").write_text(str(time.time()))
            if name in self.kill:
                os.kill(os.getpid(), signal.SIGKILL)         # as the out-of-memory killer would
            time.sleep(self.sleep.get(name, 0))
            return real_extract(path)

        def work(item):
            if Path(item.file).name in self.raise_:
                raise OSError("the worker's disk is full")
            return real_work(item)

        pipeline.extract_file, cluster._work = extract_file, work

    def teardown(self, worker) -> None:
        from extractor import cluster, pipeline

        pipeline.extract_file, cluster._work = self.real


def started(notes: Path, name: str) -> list[int]:
    """Pids of the workers that started reading `name`."""
    return [int(p.suffix[1:]) for p in notes.glob(f"{name}.*")]
