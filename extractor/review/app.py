"""The review web app: a small ASGI application with server-rendered Jinja2 templates, run by uvicorn.

Pages: `/` the queue and the documents, `/doc/{id}` one document with its items highlighted (and
the PDF page with a box on the item), `/page/{id}/{n}.png` a PDF page, `/dashboard` charts of an
indicator family and of the targets met (dashboard.py; Chart.js served from static/). JSON API under `/api/`
(the pages use it too, so nothing is validated only in the page: store/corrections.py validates
every write). Every POST needs the page's CSRF token in `X-CSRF-Token`; pages are sent with a
Content-Security-Policy that allows no inline script. Bound to loopback unless a password is set.
"""
from __future__ import annotations

import base64
import hmac
import ipaddress
import json
import logging
import re
import secrets
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import sqlite_utils
from jinja2 import Environment, FileSystemLoader, select_autoescape

from extractor.errors import ChitieuError
from extractor.review import dashboard
from extractor.review import document as docview
from extractor.review import pages, queue
from extractor.review.i18n import LANGS, T, table_for, translator
from extractor.store import corrections as store
from extractor.store.database import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
JS, CSS = "text/javascript; charset=utf-8", "text/css; charset=utf-8"
# chart.umd.min.js: Chart.js, vendored by scripts/vendor_js.sh (pinned version and hash)
STATIC = {"review.js": JS, "review.css": CSS, "dashboard.js": JS, "chart.umd.min.js": JS}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MAX_BODY = 1 << 20


class ReviewError(ChitieuError):
    """The review app cannot start as asked (a non-loopback host without a password)."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, password: Optional[str]) -> None:
    if not is_loopback(host) and not password:
        e = ReviewError(f"từ chối mở trên {host} khi chưa đặt mật khẩu / refusing to listen on {host} without a password")
        e.hint = "set CHITIEU_REVIEW_PASSWORD (or --password), or keep the default --host 127.0.0.1"
        raise e


# --- requests and responses ---------------------------------------------------------------------------

@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    cookies: dict[str, str] = field(default_factory=dict)

    def json(self) -> dict:
        try:
            data = json.loads(self.body.decode("utf-8") or "{}")
        except (ValueError, UnicodeDecodeError):
            raise store.CorrectionError("nội dung không phải JSON / the request body is not JSON") from None
        if not isinstance(data, dict):
            raise store.CorrectionError("cần một đối tượng JSON / a JSON object is expected")
        return data


@dataclass
class Response:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


def json_response(data, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"), status,
                    "application/json; charset=utf-8")


def error_response(status: int, message: str, hint: str = "") -> Response:
    return json_response({"ok": False, "error": message, "hint": hint}, status)


def redirect(location: str, headers: Optional[list] = None) -> Response:
    return Response(b"", 303, "text/plain", [("location", location), *(headers or [])])


def _parse(scope, body: bytes) -> Request:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    query = {k: v for k, v in urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"))}
    cookies = {}
    for part in headers.get("cookie", "").split(";"):
        k, _, v = part.strip().partition("=")
        if k:
            cookies[k] = v
    return Request(scope["method"], scope["path"], query, headers, body, cookies)


# --- the application -----------------------------------------------------------------------------------

class ReviewApp:
    def __init__(self, db_path: str, reviewer: str = "", password: Optional[str] = None):
        self.db_path, self.reviewer, self.password = str(db_path), reviewer or "", password
        self.token = secrets.token_urlsafe(32)
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.routes: list[tuple[str, re.Pattern, Callable]] = [
            ("GET", re.compile(r"/"), self.page_queue),
            ("GET", re.compile(r"/doc/(?P<doc_id>\d+)"), self.page_document),
            ("GET", re.compile(r"/dashboard"), self.page_dashboard),
            ("GET", re.compile(r"/page/(?P<doc_id>\d+)/(?P<page>\d+)\.png"), self.page_image),
            ("GET", re.compile(r"/static/(?P<name>[a-z.]+)"), self.static),
            ("GET", re.compile(r"/lang/(?P<lang>[a-z]{2})"), self.set_lang),
            ("GET", re.compile(r"/favicon\.ico"), self.favicon),
            ("GET", re.compile(r"/api/csrf"), self.api_csrf),
            ("GET", re.compile(r"/api/documents"), self.api_documents),
            ("GET", re.compile(r"/api/documents/(?P<doc_id>\d+)"), self.api_document),
            ("GET", re.compile(r"/api/queue"), self.api_queue),
            ("GET", re.compile(r"/api/dashboard"), self.api_dashboard),
            ("GET", re.compile(r"/api/corrections"), self.api_corrections),
            ("POST", re.compile(r"/api/corrections"), self.api_correct),
            ("POST", re.compile(r"/api/items"), self.api_add),
            ("POST", re.compile(r"/api/undo"), self.api_undo),
            ("POST", re.compile(r"/api/resolve"), self.api_resolve),
        ]

    # ASGI entry point
    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            msg = await receive()
            body += msg.get("body", b"")
            more = msg.get("more_body", False)
            if len(body) > MAX_BODY:
                await self._send(send, error_response(413, "request too large"))
                return
        from anyio import to_thread

        response = await to_thread.run_sync(self.handle, _parse(scope, body))
        await self._send(send, response)

    @staticmethod
    async def _send(send, r: Response) -> None:
        headers = [(b"content-type", r.content_type.encode()), (b"content-length", str(len(r.body)).encode()),
                   (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                   (b"content-security-policy", CSP.encode()), (b"cache-control", b"no-store")]
        headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in r.headers]
        await send({"type": "http.response.start", "status": r.status, "headers": headers})
        await send({"type": "http.response.body", "body": r.body})

    def handle(self, req: Request) -> Response:
        if self.password and not self._authorised(req):
            return Response(b"password required", 401, "text/plain",
                            [("www-authenticate", 'Basic realm="chitieu review", charset="UTF-8"')])
        for method, pattern, handler in self.routes:
            m = pattern.fullmatch(req.path)
            if m and method == req.method:
                break
        else:
            known = any(p.fullmatch(req.path) for _, p, _ in self.routes)
            return error_response(405 if known else 404, "method not allowed" if known else "not found")
        if req.method == "POST":
            refused = self._csrf(req)
            if refused:
                return refused
        db = self.open()
        try:
            return handler(req, db, **m.groupdict())
        except ChitieuError as e:
            return error_response(400, str(e), getattr(e, "hint", ""))
        except Exception:
            log.exception("review: %s %s", req.method, req.path)
            return error_response(500, "internal error (see the server's log)")
        finally:
            db.close()

    def open(self) -> sqlite_utils.Database:
        db = sqlite_utils.Database(self.db_path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return db

    def _authorised(self, req: Request) -> bool:
        auth = req.headers.get("authorization", "")
        if not auth.lower().startswith("basic "):
            return False
        try:
            _, _, given = base64.b64decode(auth[6:]).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return hmac.compare_digest(given.encode(), self.password.encode())

    def _csrf(self, req: Request) -> Optional[Response]:
        given = req.headers.get("x-csrf-token", "")
        if not given or not hmac.compare_digest(given, self.token):
            return error_response(403, "thiếu hoặc sai mã CSRF / missing or wrong CSRF token",
                                  "send the token from GET /api/csrf in the X-CSRF-Token header")
        origin = req.headers.get("origin")
        if origin and urllib.parse.urlsplit(origin).netloc != req.headers.get("host"):
            return error_response(403, "yêu cầu từ trang khác / cross-origin request refused")
        return None

    # --- helpers ---
    def lang(self, req: Request) -> str:
        lang = req.query.get("lang") or req.cookies.get("lang") or "vi"
        return lang if lang in LANGS else "vi"

    def render(self, req: Request, name: str, **ctx) -> Response:
        lang = self.lang(req)
        html = self.env.get_template(name).render(
            t=translator(lang), lang=lang, other_lang="en" if lang == "vi" else "vi", token=self.token,
            reviewer=self.reviewer, here=req.path + (("?" + urllib.parse.urlencode(req.query)) if req.query else ""),
            **ctx)
        return Response(html.encode("utf-8"))

    def who(self, data: dict) -> str:
        return str(data.get("reviewer") or self.reviewer or "")

    # --- pages ---
    def page_queue(self, req: Request, db) -> Response:
        filters = {k: req.query.get(k) or None for k in ("document", "province", "kind", "check")}
        doc = int(filters["document"]) if (filters["document"] or "").isdigit() else None
        every = queue.items(db)     # read once: the queue, the documents' counts and the kinds all use it
        entries = queue.queue(db, document=doc, province=filters["province"], kind=filters["kind"],
                              check=filters["check"], every=every)
        docs = queue.documents(db, every)
        kinds = sorted({i["kind"] for i in every})
        checks = [r[0] for r in db.execute("select distinct kind from checks order by kind")]
        provinces = sorted({d["province"] for d in docs if d.get("province")})
        return self.render(req, "queue.html", entries=entries, documents=docs, filters=filters, kinds=kinds,
                           checks=checks, provinces=provinces)

    def page_document(self, req: Request, db, doc_id: str) -> Response:
        doc = next(iter(db.query("select d.*, t.text as body from effective_documents d join documents t "
                                 "on t.id = d.id where d.id = ?", [int(doc_id)])), None)
        if doc is None:
            return Response(b"not found", 404, "text/plain")
        details = docview.item_details(db, doc["id"])
        body = doc["body"] or ""
        pdf = pages.source_file(doc["path"], self.db_path) if doc["format"] == "pdf" else None
        sizes = pages.page_sizes(pdf) if pdf else {}
        data = {"document": {"id": doc["id"], "path": doc["path"], "format": doc["format"], "pdf": bool(pdf),
                             "pages": {str(k): v for k, v in sizes.items()}},
                "items": details, "stale": queue.stale_entries(db, doc["id"]),
                "catalogue": docview.catalogue_options(db), "add_fields": docview.add_fields(),
                "selected": req.query.get("item"), "i18n": table_for(self.lang(req))}
        return self.render(req, "document.html", doc=doc, text=docview.render_text(db, doc["id"], body, details),
                           data=docview.script_json(data), n_items=len(details), is_pdf=doc["format"] == "pdf",
                           kinds=sorted({d["kind"] for d in details}))

    def page_dashboard(self, req: Request, db) -> Response:
        data = dashboard.dashboard_data(db, req.query.get("family"))
        payload = {**data, "i18n": table_for(self.lang(req))}
        return self.render(req, "dashboard.html", data=docview.script_json(payload), num=dashboard.vn_number, **data)

    def page_image(self, req: Request, db, doc_id: str, page: str) -> Response:
        row = next(iter(db.query("select path, format from documents where id = ?", [int(doc_id)])), None)
        pdf = pages.source_file(row["path"], self.db_path) if row and row["format"] == "pdf" else None
        if pdf is None:
            return Response(b"no such page", 404, "text/plain")
        try:
            png = pages.page_png(pdf, int(page), pdf.stat().st_mtime)
        except (IndexError, OSError):
            return Response(b"no such page", 404, "text/plain")
        return Response(png, 200, "image/png")

    def static(self, req: Request, db, name: str) -> Response:
        if name not in STATIC:
            return Response(b"not found", 404, "text/plain")
        return Response((HERE / "static" / name).read_bytes(), 200, STATIC[name])

    def favicon(self, req: Request, db) -> Response:
        return Response(b"", 204, "image/x-icon")

    def set_lang(self, req: Request, db, lang: str) -> Response:
        nxt = req.query.get("next") or "/"
        if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
            nxt = "/"
        lang = lang if lang in LANGS else "vi"
        return redirect(nxt, [("set-cookie", f"lang={lang}; Path=/; SameSite=Strict")])

    # --- JSON API ---
    def api_csrf(self, req: Request, db) -> Response:
        return json_response({"token": self.token})

    def api_documents(self, req: Request, db) -> Response:
        return json_response(queue.documents(db))

    def api_document(self, req: Request, db, doc_id: str) -> Response:
        if not db.execute("select 1 from documents where id = ?", [int(doc_id)]).fetchone():
            return error_response(404, f"no document {doc_id}")
        return json_response({"items": docview.item_details(db, int(doc_id)),
                              "stale": queue.stale_entries(db, int(doc_id))})

    def api_queue(self, req: Request, db) -> Response:
        q = req.query
        doc = int(q["document"]) if q.get("document", "").isdigit() else None
        return json_response(queue.queue(db, document=doc, province=q.get("province"), kind=q.get("kind"),
                                         check=q.get("check")))

    def api_dashboard(self, req: Request, db) -> Response:
        return json_response(dashboard.dashboard_data(db, req.query.get("family")))

    def api_corrections(self, req: Request, db) -> Response:
        return json_response(store.list_corrections(db, stale=req.query.get("stale") in ("1", "true")))

    def api_correct(self, req: Request, db) -> Response:
        """{"table", "id", "action": set|confirm|reject|restore|reopen, "changes": {field: value}, "note"}"""
        data = req.json()
        ids = store.correct(db, str(data.get("table")), data.get("id"), data.get("changes") or None,
                            action=str(data.get("action") or "set"), reviewer=self.who(data), note=data.get("note"))
        return json_response({"ok": True, "ids": ids})

    def api_add(self, req: Request, db) -> Response:
        """{"document_id", "table": indicators|quantities, "start", "end", "text", "fields": {...}, "note"}"""
        data = req.json()
        fields = data.get("fields") or {}
        if not isinstance(fields, dict):
            raise store.CorrectionError("fields phải là đối tượng / fields must be an object")
        cid, row_id = store.add_item(db, data.get("document_id"), str(data.get("table")), data.get("start"),
                                     data.get("end"), fields, text=data.get("text"), reviewer=self.who(data),
                                     note=data.get("note"))
        return json_response({"ok": True, "ids": [cid], "row_id": row_id, "key": f"{data.get('table')}:{row_id}"})

    def api_undo(self, req: Request, db) -> Response:
        data = req.json()
        return json_response({"ok": True, "ids": store.undo(db, data.get("correction_id"), reviewer=self.who(data))})

    def api_resolve(self, req: Request, db) -> Response:
        data = req.json()
        return json_response({"ok": True, "ids": [store.resolve(db, data.get("correction_id"), reviewer=self.who(data),
                                                                note=data.get("note"))]})


def run(db_path: str, host: str = "127.0.0.1", port: int = 8765, reviewer: str = "",
        password: Optional[str] = None) -> None:
    """Serve the review app until stopped (SIGINT/SIGTERM)."""
    import uvicorn

    check_host(host, password)
    app = ReviewApp(db_path, reviewer=reviewer, password=password)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


__all__ = ["ReviewApp", "check_host", "run", "T"]
