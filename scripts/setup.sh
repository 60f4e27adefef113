#!/usr/bin/env bash
# Set up everything chitieu needs on a Debian machine (idempotent), then run an action:
#   bash scripts/setup.sh demo   # extract corpus/ into output/chitieu.db and print a summary
#   bash scripts/setup.sh test   # run the whole test suite
#   bash scripts/setup.sh        # set up only
set -euo pipefail
cd "$(dirname "$0")/.."

# System tools: LibreOffice (.doc/.rtf/.odt), Tesseract with Vietnamese (scans), poppler (PDF pages
# to images), antiword (fallback for .doc), DejaVu fonts (the demo PDFs), LibreOffice Calc (opening
# exported workbooks), Chromium (`chitieu report --pdf`, and the browser tests), Liberation fonts
# (the report page's serif with Vietnamese diacritics).
PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui tesseract-ocr tesseract-ocr-vie poppler-utils antiword
          fonts-dejavu-core fonts-liberation chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  echo "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python: a virtualenv with the package and its test extras, at the versions in constraints.txt
# (those the tests passed with); reinstalled only when pyproject.toml or constraints.txt change.
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.chitieu-installed
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
  echo "$want" > "$stamp"
fi

case "${1:-}" in
  demo) exec .venv/bin/chitieu extract corpus --db output/chitieu.db ;;
  test) exec .venv/bin/python -m pytest tests ;;
  "") echo "set up; activate with: . .venv/bin/activate" ;;
  *) echo "usage: bash scripts/setup.sh [demo|test]" >&2; exit 2 ;;
esac
