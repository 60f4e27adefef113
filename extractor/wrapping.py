"""Hard line breaks: does a line continue the previous line's sentence, or start a new paragraph?

Shared by the text reader (which joins wrapped lines into paragraphs) and normalisation (which joins
them inside a block), so both read a wrap the same way.
"""
from __future__ import annotations

import regex

# Word's bullets drawn from the Symbol and Wingdings fonts: the private-use code points a PDF's text
# layer (and a .docx's numbering) gives them, and the glyph each stands for.
SYMBOL_FONT_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "•", "\uf0d8": "➢", "\uf0fc": "✓",
                       "\uf076": "❖", "\uf06e": "■", "\uf0e0": "➢", "\uf0f0": "➢", "\uf0a4": "•"}
# Glyphs that mark a list item at a line's start (the rules read them all as '•').
BULLET_GLYPHS = "•▪●◦➢►■◆❖✓" + "".join(SYMBOL_FONT_BULLETS)

# A line that starts a new paragraph rather than continuing the previous one.
LIST_START = regex.compile(
    r"^\s*(?:[-–—+*" + BULLET_GLYPHS + r"]\s+\p{Lu}|[-–—+*" + BULLET_GLYPHS + r"]\s*$|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-zđ]\)\s|"
    r"[IVXLC]{1,6}[.)]\s|(?:Điều|Chương|Mục|Phần|PHỤ LỤC|Phụ lục)\s+[\dIVXLC]+)"
)
# After 'NĐ-' or 'VPCP-' at a line end, the rest of a symbol: the break is inside the word.
HYPHEN_BREAK = regex.compile(r"[\p{Lu}\d][\p{Lu}\p{Ll}\d]*(?:[-/]|\b)")
# A line ending in a figure after a lower-case word (no year), and one starting with an acronym
# (HTX, TTHC, DVC): the count's noun was wrapped to the next line.
FIGURE_END = regex.compile(r"\p{Ll}\s+(?!(?:19|20)\d{2}\s*$)\d{1,3}(?:[.,]\d{3})*\s*$")
ACRONYM_START = regex.compile(r"\p{Lu}{2,}(?:\p{Ll}{0,2})?(?![\p{L}\d])")
SENTENCE_END = regex.compile(r"[.:;!?]['\")\]]*\s*$|\./\.\s*$")
HYPHEN_END = regex.compile(r"\S-$")
DASH_COMPOUND = regex.compile(r"[-–+]\s*\p{Ll}")
# An item opened by its figure ('- 72 xã đạt …', '+ 100% số xã …'): its marker, to match the line above's
FIGURE_ITEM = regex.compile(r"^([-–+*" + BULLET_GLYPHS + r"])\s+\d")
# Capitalised words that open a sentence, never a proper noun inside one: a line starting so after a
# line ending in a lower-case word is a new paragraph (a title wrapped above 'Ngày 19/9/2022, …')
SENTENCE_OPENER = regex.compile(
    r"^(?:Ngày\s+\d|Căn cứ\b|Thực hiện\b|Theo đó\b|Trên cơ sở\b|Để\b|Qua\b|Tuy nhiên\b|Bên cạnh đó\b|"
    r"Nhằm\b|Trong đó\b|Đồng thời\b|Ngoài ra\b|Như vậy\b|Hiện nay\b|Đến nay\b)")
RUN_IN_NUMBER_END = regex.compile(r"[.;:)]\s+\(?\d{1,2}[.)]$")
# A report's verdict on the item above, wrapped onto a line of its own after the item's full stop:
# '… cấp xã 30%.\n(đạt)', '(chưa đạt)', '(Hiện nay đạt 95%).'
STATUS_REMARK = regex.compile(
    r"^\((?:đạt|chưa đạt|không đạt|vượt|hoàn thành|chưa hoàn thành|hiện nay|hiện đạt|ước đạt|ước thực hiện)"
    r"\b[^()\n]{0,40}\)[.;,]?$", regex.I)


def continues(prev: str, nxt: str) -> bool:
    """Does line `nxt` continue the sentence of line `prev` (a hard wrap) rather than start anew?"""
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n:
        return False
    if STATUS_REMARK.match(n):
        return True
    # a bracket left open ('… (Kết quả: Cấp huyện:') is closed further on: the sentence goes on
    if p.count("(") > p.count(")") and not LIST_START.match(n) and not n.startswith("|"):
        return True
    # an item's number at the line's end, after the item or lead before it closed ('… (11 chỉ tiêu) 1.' /
    # 'Tốc độ tăng …'): a list run into one paragraph, wrapped; its text is on the next line
    if RUN_IN_NUMBER_END.search(p) and n[:1].isupper() and not LIST_START.match(n):
        return True
    if SENTENCE_END.search(p) or n.startswith("|"):
        return False
    if _next_figure_item(p, n):
        return False
    if HYPHEN_END.search(p) and HYPHEN_BREAK.match(n):   # '43/2011/NĐ-\nCP'
        return True
    if DASH_COMPOUND.match(n):      # 'kinh tế\n- xã hội': a dash inside a compound
        return True
    if LIST_START.match(n):
        return False
    first = n[0]
    if first.islower() or first.isdigit() or first in "(,%/-":
        return True
    if p.isupper() and n.isupper():           # 'I. MỤC ĐÍCH,\nYÊU CẦU' wraps inside a heading
        return p.endswith((",", "-", "VÀ", "CỦA"))
    if FIGURE_END.search(p) and ACRONYM_START.match(n):
        return True                           # 'Toàn tỉnh có 617\nHTX, với …': the figure's noun wrapped
    # 'của\nChính phủ': a lower-case word wrapped before a proper noun
    return (p[-1].islower() and n[:1].isupper() and not n.isupper() and len(p) > 25
            and not SENTENCE_OPENER.match(n))


def _next_figure_item(prev: str, nxt: str) -> bool:
    """'- Tỷ lệ gia đình văn hóa đạt từ 86% trở lên' / '- 72 xã đạt 19 tiêu chí': a line opened by the
    marker of the item above and a figure is the next item; after a figure ('… từ 86' / '- 90%') it is
    a range's upper end, wrapped."""
    m = FIGURE_ITEM.match(nxt)
    return bool(m) and prev.lstrip().startswith(m.group(1) + " ") and not prev[-1:].isdigit()
