"""The reviewer's web app (`chitieu review`): a queue of what needs a human, each document with
every value highlighted where it was read, corrections written through store/corrections.py.

Modules: i18n (every label, Vietnamese first), queue (what needs a human), document (a document
as a reviewer reads it), pages (PDF page images), app (the ASGI application and JSON API)."""
