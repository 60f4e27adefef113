"""One long paragraph against the same text split into paragraphs: the cost per character must not
grow with a paragraph's length. Prints both timings side by side and their ratio.

    .venv/bin/python benchmarks/long_paragraph.py [--chars 400000]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def figure_text(chars: int) -> str:
    """Sentences with figures from the seed texts, repeated to `chars` characters on one line."""
    lines = []
    for f in sorted((ROOT / "corpus").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 40 and "|" not in line and "%" in line:
                lines.append(line.rstrip(".;:") + ".")
    body = " ".join(lines)
    return ((body + " ") * (chars // len(body) + 1))[:chars]


def timed(path: Path, db: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(path), "--db", str(db), "--silent",
                    "--force"], check=True, cwd=ROOT)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--chars", type=int, default=400_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        one = figure_text(args.chars)
        (tmp / "one.txt").write_text(one, encoding="utf-8")
        (tmp / "split.txt").write_text(re.sub(r"\. ", ".\n\n", one), encoding="utf-8")
        a = timed(tmp / "one.txt", tmp / "one.db")
        b = timed(tmp / "split.txt", tmp / "split.db")
    print(f"{args.chars:,} characters, figures in most sentences")
    print(f"  one paragraph        {a:7.1f} s")
    print(f"  split in paragraphs  {b:7.1f} s")
    print(f"  ratio                {a / b:7.2f}  (must stay ≤ 3)")


if __name__ == "__main__":
    main()
