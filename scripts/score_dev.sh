#!/usr/bin/env bash
# Score chitieu on the development gold: the seeds, ../shared/gold/corpus and tests/gold (the corpus
# documents with gold are extracted from ../shared/corpus). Usage: bash scripts/score_dev.sh [--show-errors]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared/gold" ] || { echo "needs ../shared (gold, corpus, eval)"; exit 2; }
out=${CHITIEU_DEV_DB:-output/dev.db}
files=()
py=${PYTHON:-.venv/bin/python}; [ -x "$py" ] || py=python3
for g in "$shared"/gold/corpus/*.json tests/gold/*.json; do
  stem=$(basename "$g" .json)
  for f in "$shared"/corpus/"$stem".*; do [ -e "$f" ] && files+=("$f"); done
done
"$py" -m extractor extract corpus "${files[@]}" --db "$out" --silent --force || true   # --force: rules change without the files changing
echo "== seeds";        "$py" "$shared/eval/score.py" "$out" "$shared/gold/seeds" "$@"
echo "== shared gold";  "$py" "$shared/eval/score.py" "$out" "$shared/gold/corpus" "$@"
echo "== tests/gold";   "$py" "$shared/eval/score.py" "$out" tests/gold "$@"
