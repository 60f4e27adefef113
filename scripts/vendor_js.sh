#!/usr/bin/env bash
# The review app's dashboard draws its charts with Chart.js, served from the package's own static
# folder so the page works with no internet. The file is committed (a clone runs offline); this
# script reproduces it from the npm registry at the pinned version and checks it:
#   bash scripts/vendor_js.sh           # nothing to do when the file is there with the right hash
#   bash scripts/vendor_js.sh --force   # fetch again with `npm pack` and check both hashes
# Chart.js is MIT-licensed; its licence is kept beside it (static/chart.js.LICENSE.md).
set -euo pipefail
cd "$(dirname "$0")/.."

NAME=chart.js
VERSION=4.6.2
# npm's integrity of the tarball (`npm view chart.js@4.6.2 dist.integrity`)
INTEGRITY=sha512-xachB+pPHjp0syJi7llUBA1w3kMYl6NF3o7eVrvjnWCT+IB2zMaF2pX5UYDiwbbfsioFEIRnAjreNOMsGj5TIA==
# sha256 of the one file taken from it, package/dist/chart.umd.min.js
FILE_SHA256=3f288f4f26882c26b58931fb586a9b4f30370b5de38d69dc005b0bd05b08e113
STATIC=extractor/review/static
DEST=$STATIC/chart.umd.min.js

sha256() { sha256sum "$1" | cut -d' ' -f1; }

if [ "${1:-}" != --force ] && [ -f "$DEST" ] && [ "$(sha256 "$DEST")" = "$FILE_SHA256" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "vendor_js: npm is needed to fetch $NAME@$VERSION" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "$NAME@$VERSION" --silent >/dev/null)
tarball=$tmp/$NAME-$VERSION.tgz
got=$(python3 -c 'import base64, hashlib, sys; print("sha512-" + base64.b64encode(hashlib.sha512(open(sys.argv[1], "rb").read()).digest()).decode())' "$tarball")
if [ "$got" != "$INTEGRITY" ]; then
  echo "vendor_js: $NAME@$VERSION tarball integrity $got, expected $INTEGRITY" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$tmp" package/dist/chart.umd.min.js package/LICENSE.md
if [ "$(sha256 "$tmp/package/dist/chart.umd.min.js")" != "$FILE_SHA256" ]; then
  echo "vendor_js: $DEST from $NAME@$VERSION does not have the pinned sha256" >&2
  exit 1
fi
install -m 644 "$tmp/package/dist/chart.umd.min.js" "$DEST"
install -m 644 "$tmp/package/LICENSE.md" "$STATIC/chart.js.LICENSE.md"
echo "vendored $NAME@$VERSION into $DEST"
