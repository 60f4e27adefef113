"""The one-page report of a document, for a reviewer or an analyst to print: `data` reads it from
the effective views into records already in words (`words`, `places`), `page` renders them as one
self-contained HTML file, `pdf` prints that page to PDF with headless Chromium. Output side only:
no stage imports this package."""
