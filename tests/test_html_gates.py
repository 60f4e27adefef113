"""The HTML reader's cheap gates before its regexes, and the walk outside the document body: each
must give what the regex or the full walk gives (speed only, nothing read may change)."""
from __future__ import annotations

import pytest
from lxml import etree

from extractor.read import html as html_reader

STYLES = [
    # (style attribute, hidden, Word's footnote list)
    ("margin:0cm;font-size:13.0pt;font-family:\"Times New Roman\"", False, False),
    ("display:none", True, False),
    ("DISPLAY : NONE", True, False),
    ("mso-hide:all;font-size:12pt", True, False),
    ("visibility: hidden", True, False),
    ("display:block", False, False),
    ("mso-element:footnote-list", False, True),
    ("MSO-ELEMENT : endnote-list", False, True),
    ("mso-element:field-begin", False, False),
    ("font-family:'Tahoma';mso-element:footnote-list", False, True),
    # under re.I the long s (U+017F) matches 's': non-ASCII styles go to the regex
    ("mſo-element:footnote-liſt", False, True),
    ("mſo-hide:all", True, False),
    ("font-family:'Thời đại'", False, False),
]


@pytest.mark.parametrize("style,hidden,footnotes", STYLES)
def test_style_gates_agree_with_their_regexes(style, hidden, footnotes):
    assert html_reader._hidden_style(style) is hidden
    assert (html_reader._HIDDEN.search(style) is not None) is hidden
    assert html_reader._footnote_area(style) is footnotes
    assert (html_reader._FOOTNOTE_AREA.search(style) is not None) is footnotes


@pytest.mark.parametrize("value,span", [(None, 1), ("2", 2), (" 3 ", 3), ("0", 1), ("5000", 1000),
                                        ("abc", 1), ("", 1), ("4px", 4)])
def test_span_reads_the_leading_number(value, span):
    assert html_reader._span(value) == span


PAGE = ("<html><body><div id='menu'><h1>Quyết định số 7/2024/QĐ-UBND Về việc giao chỉ tiêu</h1>"
        "<p>Số ký hiệu: 7/2024/QĐ-UBND</p></div><div id='doc'><h1>QUYẾT ĐỊNH</h1><p>Ngày ban hành: 01/01/2020</p>"
        "<div><p>Điều 1</p></div></div><p>Người ký: Lê Văn Bình</p></body></html>")


def _outside_by_set(tree, root) -> list:
    inside = set(root.iter())
    return [el for el in tree.iter() if el not in inside]


@pytest.mark.parametrize("root_xpath", ["//div[@id='doc']", "//div[@id='menu']", "//body", "//div[@id='doc']/div"])
def test_outside_walks_the_page_in_order_without_the_body(root_xpath):
    tree = etree.fromstring(PAGE, etree.HTMLParser())
    root = tree.xpath(root_xpath)[0]
    assert list(html_reader._outside(tree, root)) == _outside_by_set(tree, root)


def test_site_meta_skips_the_body_and_reads_the_page_heading():
    tree = etree.fromstring(PAGE, etree.HTMLParser())
    meta = html_reader.site_meta(tree, tree.xpath("//div[@id='doc']")[0])
    assert meta["number_symbol"] == "7/2024/QĐ-UBND"
    assert meta["signer"] == "Lê Văn Bình"
    assert "issued_date" not in meta          # inside the body: the document's own text
    assert meta["page_title"].startswith("Quyết định số 7/2024")


@pytest.mark.parametrize("html,n,reaches", [
    ("<div>" + "chữ " * 30 + "</div>", 100, True),
    ("<div>" + "a" * 99 + "</div>", 100, False),
    ("<div>" + "a" * 100 + "</div>", 100, True),
    # whitespace collapses: 400 characters written, 50 shown
    ("<div>" + "a" + " \n\t " * 100 + "b" * 48 + "</div>", 100, False),
    ("<div>" + " " * 500 + "x" * 100 + " " * 500 + "</div>", 100, True),
    ("<div>" + " " * 500 + "x" * 99 + " " * 500 + "</div>", 100, False),
    ("<div>" + "ab " * 100 + "</div>", 100, True),
])
def test_visible_text_reaches_agrees_with_the_whole_text(html, n, reaches):
    el = etree.fromstring(html, etree.HTMLParser()).find(".//div")
    assert html_reader._visible_text_reaches(el, n) is reaches
    assert (len(html_reader._visible_text(el)) >= n) is reaches


CONTAINERS = ("<html><body><div class='menu'>Trang chủ</div><div class=' toanvancontent  x'><p>Điều 1</p></div>"
              "<div id='divContentDoc'><div data-vbpl-content-root='1'>Nội dung</div></div>"
              "<span class='content1'>a</span><p class='content12'>b</p></body></html>")


def test_content_finders_find_what_the_page_wide_xpaths_find():
    tree = etree.fromstring(CONTAINERS, etree.HTMLParser())
    for xpath, find in zip(html_reader.CONTENT_XPATHS, html_reader._content_finders()):
        assert find(tree) == tree.xpath(xpath)
    assert [len(find(tree)) for find in html_reader._content_finders()] == [1, 0, 1, 1, 1]


def test_the_page_heading_is_the_first_h1_outside_the_body():
    tree = etree.fromstring(PAGE, etree.HTMLParser())
    meta = html_reader.site_meta(tree, tree.xpath("//div[@id='menu']")[0])
    assert meta["page_title"] == "QUYẾT ĐỊNH"           # the menu's h1 is inside this body
