"""`chitieu review` in a real browser (Playwright for Python driving Debian's Chromium; nothing is
downloaded). In order, on one folder holding seed 002 as bao_cao.pdf, and as bao_cao.txt with seed 001
appended (another document: the same text in two formats would be one document, shown through its
primary file only):

1. a value corrected with the keyboard, an item rejected, a missed one added by selecting text;
   `chitieu extract --force`; all three still applied and the checks recomputed;
2. the source revised with a paragraph inserted at the top: the corrections re-anchored;
3. the corrected sentence deleted: that correction queued as stale;
4. a hostile document shown as text;
5. the PDF's page beside the text with a box on the item.

Screenshots of the queue, the document view and the PDF page view go to output/screenshots/.
Skips when Chromium (Debian package `chromium`) or Playwright is missing."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_db import reviewing

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "output" / "screenshots"
SEED = ROOT / "corpus" / "002_271367b9633365e6"
LABEL = "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"      # target 100%, result 87,3%: not achieved
REJECTED = "58.669 hồ sơ"
MISSED = "Tổng số DVC cung cấp mức độ 4"
ADDED_LABEL = "Tổng số dịch vụ công trực tuyến toàn trình"
TOP = "Đoạn văn mở đầu được chèn thêm vào đầu báo cáo để thử việc neo lại các hiệu đính.\n\n"
HOSTILE = ('Báo cáo thử <script>alert("xss")</script> và <a href="javascript:alert(1)">bấm vào đây</a>.\n\n'
           'Tỷ lệ hồ sơ <img src=x onerror="alert(2)"> giải quyết trực tuyến đạt 90%, chỉ tiêu 80%.\n')
WAIT = 30_000           # ms: a bound on waiting, not a speed assertion

sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (the test extra)")
pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="needs chromium (Debian package chromium)")
expect = sync_api.expect


def chitieu(folder: Path, *args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "extractor", *args], cwd=folder, capture_output=True, text=True,
                       timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


class Site:
    def __init__(self, folder: Path, url: str):
        self.folder, self.url, self.db = folder, url, folder / "chitieu.db"

    def one(self, sql: str, *params):
        con = sqlite3.connect(self.db)
        try:
            return con.execute(sql, params).fetchone()
        finally:
            con.close()

    def doc_id(self, name: str) -> int:
        return self.one("select id from documents where path = ?", name)[0]

    def quantity(self, text: str, path: str = "bao_cao.txt") -> int:
        return self.one("select q.id from quantities q join documents d on d.id = q.document_id "
                        "where d.path = ? and q.text = ?", path, text)[0]

    def indicator(self, path: str = "bao_cao.txt") -> int:
        return self.one("select i.id from indicators i join documents d on d.id = i.document_id "
                        "where d.path = ? and i.label = ?", path, LABEL)[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review_site")
    other = ROOT / "corpus" / "001_e62452ccb613abbb.txt"
    (folder / "bao_cao.txt").write_text(SEED.with_suffix(".txt").read_text(encoding="utf-8") + "\n\n"
                                        + other.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(SEED.with_suffix(".pdf"), folder / "bao_cao.pdf")
    chitieu(folder, "extract", "bao_cao.txt", "bao_cao.pdf", "--db", "chitieu.db", "--silent")
    with reviewing(folder / "chitieu.db", "--reviewer", "lan", cwd=folder) as url:
        yield Site(folder, url)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(WAIT)
    pg.errors, pg.dialogs = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()
    assert pg.errors == [] and pg.dialogs == []


def shot(pg, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    pg.screenshot(path=str(path))
    assert path.stat().st_size > 20_000          # a page of text and colour, not a blank one
    return path


def select_text(pg, phrase: str) -> None:
    """Select `phrase` in the document pane, as a mouse drag would."""
    found = pg.evaluate("""(phrase) => {
        const walker = document.createTreeWalker(document.getElementById('doc-text'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.data.indexOf(phrase);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i); r.setEnd(n, i + phrase.length);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
            return true;
        }
        return false;
    }""", phrase)
    assert found, phrase


def open_item(pg, site: Site, key: str, doc: str = "bao_cao.txt") -> None:
    pg.goto(f"{site.url}/doc/{site.doc_id(doc)}?item={key}")
    expect(pg.locator("#item-state")).to_be_visible()


def field(pg, name: str):
    return pg.locator(f'#item-panel td.val[data-field="{name}"]')


def check_kinds(pg) -> list[str]:
    return pg.locator("#item-checks li").evaluate_all("els => els.map(e => e.dataset.kind)")


def test_1_keyboard_correct_reject_add_survive_extract_force(site, page):
    ind = site.indicator()
    open_item(page, site, f"indicators:{ind}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "open")
    assert "not_achieved" in check_kinds(page)
    page.keyboard.press("e")                                           # edit: the form opens on the label
    expect(page.locator("#edit-label")).to_be_focused()
    for _ in range(3):                                                 # label → level → comparator → target
        page.keyboard.press("Tab")
    expect(page.locator("#edit-target_value")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("80")
    page.keyboard.press("Enter")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "corrected")
    expect(field(page, "target_value")).to_have_text("80")
    assert "achieved" in check_kinds(page) and "not_achieved" not in check_kinds(page)

    q = site.quantity(REJECTED)
    page.locator(f'mark[data-items~="quantities:{q}"]').first.click()
    expect(page.locator("#item-panel blockquote")).to_have_text(REJECTED)
    page.keyboard.press("x")                                           # reject, then on to the next item
    page.wait_for_url(lambda u: f"quantities%3A{q}" not in u and f"quantities:{q}" not in u)
    expect(page.locator("#item-state")).to_be_visible()

    select_text(page, MISSED)
    page.keyboard.press("i")                                           # add the selection as an item
    expect(page.locator("#add-selected")).to_have_text(MISSED)
    page.locator("#add-table").select_option("indicators")
    page.locator("#add-label").fill(ADDED_LABEL)
    page.locator("#add-actual_value").fill("1144")
    page.locator("#add-actual_value").press("Enter")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "added")
    expect(field(page, "label")).to_have_text(ADDED_LABEL)
    shot(page, "document.png")

    chitieu(site.folder, "extract", "bao_cao.txt", "--db", "chitieu.db", "--force", "--silent")

    open_item(page, site, f"indicators:{site.indicator()}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "corrected")
    expect(field(page, "target_value")).to_have_text("80")
    assert "achieved" in check_kinds(page) and "not_achieved" not in check_kinds(page)
    q = site.quantity(REJECTED)
    open_item(page, site, f"quantities:{q}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "rejected")
    added = site.one("select id from indicators where rule = 'review.add' and label = ?", ADDED_LABEL)[0]
    open_item(page, site, f"indicators:{added}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "added")
    expect(field(page, "actual_value")).to_have_text("1144")
    assert site.one("select count(*) from checks where indicator_id = ? and kind = 'not_achieved'",
                    site.indicator())[0] == 0

    page.goto(site.url + "/")
    expect(page.locator("#documents")).to_contain_text("bao_cao.txt")
    shot(page, "queue.png")


def test_2_a_paragraph_inserted_at_the_top_re_anchors(site, page):
    before = site.one("select start from indicators where id = ?", site.indicator())[0]
    src = site.folder / "bao_cao.txt"
    src.write_text(TOP + src.read_text(encoding="utf-8"), encoding="utf-8")
    chitieu(site.folder, "extract", "bao_cao.txt", "--db", "chitieu.db", "--silent")
    ind = site.indicator()
    assert site.one("select start from indicators where id = ?", ind)[0] == before + len(TOP)
    open_item(page, site, f"indicators:{ind}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "corrected")
    expect(field(page, "target_value")).to_have_text("80")
    assert "not_achieved" not in check_kinds(page)
    expect(page.locator("#doc-text")).to_contain_text(TOP.strip())
    added = site.one("select id from indicators where rule = 'review.add'")[0]
    open_item(page, site, f"indicators:{added}")
    expect(page.locator("#item-state")).to_have_attribute("data-state", "added")
    assert site.one("select count(*) from effective_quantities q join documents d on d.id = q.document_id "
                    "where d.path = 'bao_cao.txt' and q.text = ?", REJECTED)[0] == 0


def test_3_deleting_the_corrected_sentence_queues_it_as_stale(site, page):
    src = site.folder / "bao_cao.txt"
    src.write_text(src.read_text(encoding="utf-8").replace(LABEL, "Một nội dung khác"), encoding="utf-8")
    chitieu(site.folder, "extract", "bao_cao.txt", "--db", "chitieu.db", "--silent")
    stale = site.one("select c.id from corrections c join correction_anchors a on a.correction_id = c.id "
                     "where a.status = 'stale' and c.field = 'target_value'")
    assert stale, "the correction of the deleted sentence is not stale"
    page.goto(site.url + "/")
    row = page.locator("#queue tr.prio-4")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(LABEL)
    shot(page, "queue_stale.png")
    row.locator("a.open-link").click()
    expect(page.locator(f'#stale-list li[data-key="correction:{stale[0]}"]')).to_contain_text(LABEL)
    page.locator(f'#stale-list li[data-key="correction:{stale[0]}"] button').click()      # seen: leaves the queue
    expect(page.locator("#stale-list")).to_have_count(0)
    page.goto(site.url + "/")
    expect(page.locator("#queue tr.prio-4")).to_have_count(0)


def test_4_a_hostile_document_is_shown_as_text(site, page):
    (site.folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    chitieu(site.folder, "extract", "hostile.txt", "--db", "chitieu.db", "--silent")
    page.goto(f"{site.url}/doc/{site.doc_id('hostile.txt')}")
    pane = page.locator("#doc-text")
    expect(pane).to_contain_text('<script>alert("xss")</script>')
    expect(pane).to_contain_text('<a href="javascript:alert(1)">bấm vào đây</a>')
    expect(pane).to_contain_text('<img src=x onerror="alert(2)">')
    assert pane.locator("script, a, img").count() == 0
    assert page.locator("script").count() == 2                  # the page's data and review.js
    page.wait_for_timeout(300)
    assert page.dialogs == []
    shot(page, "hostile.png")


def test_5_the_pdf_page_beside_the_text_with_a_box_on_the_item(site, page):
    ind = site.indicator("bao_cao.pdf")
    open_item(page, site, f"indicators:{ind}", doc="bao_cao.pdf")
    img = page.locator("#page-img")
    expect(img).to_be_visible()
    page.wait_for_function("document.getElementById('page-img').naturalWidth > 0")
    boxes = page.locator("#page-boxes .box")
    assert boxes.count() >= 2                                   # the label, and its target and result
    frame, box = img.bounding_box(), boxes.first.bounding_box()
    assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1
    assert frame["y"] <= box["y"] and box["y"] + box["height"] <= frame["y"] + frame["height"] + 1
    page.locator("#page-panel").evaluate("e => e.scrollTop = 0")
    boxes.first.scroll_into_view_if_needed()
    shot(page, "pdf_page.png")


def test_6_english_is_one_click_away(site, page):
    page.goto(site.url + "/")
    expect(page.locator("h2").first).to_have_text("Văn bản")
    page.locator("#lang-switch").click()
    expect(page.locator("h2").first).to_have_text("Documents")
    page.locator("#documents a").first.click()
    expect(page.locator('#item-panel button[data-action="accept"]')).to_contain_text("Accept")
