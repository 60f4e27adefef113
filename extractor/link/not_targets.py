"""What is not a target though written like one (patterns/indicators.yaml `nontarget.*`): scoring rules,
conditions, thresholds with their consequence, benefit rates, allocation rules, norms, definitions, a purpose
clause restating a target set elsewhere, and provisions quoted from another document."""
from __future__ import annotations

from bisect import bisect_left

from typing import Optional

import regex

from extractor.link.figures import ANNEX_RX, ARTICLE_RX, Figure, _first, _outside_parens, _vocab
from extractor.link.records import _Ctx
from extractor.link.sentences import _sentence_around, WINDOW
from extractor.model import Block
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


COMPARED_WITH_RX = regex.compile(r"\s*so\s+với\b")     # '…, bằng 113,66% so với …': a figure compared with another


def _not_a_target(text: str, f: Figure) -> Optional[str]:
    """Why a figure written like a target sets none, or None (patterns/indicators.yaml `nontarget.*`): a scoring
    rule ('đạt từ 80% trở lên được 2 điểm'), a condition it sits in ('Trường hợp tỷ lệ giải ngân dưới 50% thì ...'),
    a threshold with its consequence ('... dưới 10% thì được xác định là ...'; 'Cơ quan có tỷ lệ ... cao hơn 2% phải
    ...'), a benefit rate ('được hỗ trợ 100% chi phí'). Only the sentence around the figure is read."""
    s, e = _sentence_around(text, f)
    before, after = text[s:f.expr_start], text[f.expr_end:e]
    if _in_quotation(text, f):
        return "quoted"
    if _first("nontarget.question", text[s:e]):
        return "question"                     # 'Những tỉnh nào tăng trưởng GRDP từ 10% trở lên năm 2025?'
    if _first("nontarget.list_filter", text[s:f.expr_start]):
        return "list filter"                  # 'danh sách các tỉnh đặt mục tiêu tăng trưởng từ 10% trở lên'
    if _first("nontarget.scoring", text[s:e]):
        return "scoring"
    cond = [m for p in _vocab().get("nontarget.condition", []) if p.may_match(text[s:f.start])
            for m in p.regex.finditer(text[s:f.start])]
    if cond:
        since = text[s + max(m.end() for m in cond):f.end]
        if not _first("cue.target", since) and not regex.search(r"\bthì\b|:", since):
            return "condition"
    if _first("nontarget.consequence", after) and not _first("cue.target", before):
        return "threshold"
    if _first("nontarget.standard_level", before):
        return "definition"                   # 'chuẩn nghèo với mức thu nhập ... thấp hơn 1,25 đô la/ngày'
    if _first("nontarget.qualifier", text[s:f.start]) and not _first("cue.target", before) and (
            _first("nontarget.obligation", after) or _first("nontarget.range_consequence", text[f.start:e])
            or _first("nontarget.class_of", after)):
        return "threshold"                    # 'Doanh nghiệp có từ 50 lao động trở lên được hỗ trợ ...'
    grade = _first("nontarget.grade_band", text[s:f.start])
    if grade and not _first("cue.target", text[s + grade[1].end():f.start]):
        return "grade"                        # 'Xếp loại Tốt: tỷ lệ hoàn thành nhiệm vụ đạt từ 80% đến dưới 90%'

    if _first("nontarget.benefit", before) and _first("nontarget.benefit_object", after):
        return "benefit"
    if _first("nontarget.allocation", text[s:f.start]):
        return "allocation"
    if _first("nontarget.per_item_limit", text[s:f.start]):
        return "norm"                         # 'mỗi khuôn dấu đóng tối đa 5 tờ giấy'
    if _first("nontarget.specification", text[s:f.start]):
        return "specification"                # 'mật khẩu có độ dài tối thiểu 8 ký tự'
    if f.unit != "%" and _first("nontarget.share_qualifier", text[s:f.start]):
        return "specification"                # '100% người sử dụng … băng rộng cố định tốc độ trên 1Gb/s'
    if _first("nontarget.payment_level", text[s:f.expr_start]) and not _first("cue.target", before):
        return "norm"                         # 'Mức hỗ trợ tối đa 30 triệu đồng/doanh nghiệp/năm'
    if f.unit == "%" and _first("nontarget.contract_share", after) and not _first("cue.target", before):
        return "norm"                         # 'Tạm ứng không quá 50% giá trị hợp đồng'
    if _first("nontarget.rate_group", text[s:f.expr_start]) and _first("nontarget.group_change", text[f.expr_end:e]):
        return "class"                        # 'tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4% trở lên'
    if _first("nontarget.value_class", text[s:f.expr_start]):
        return "class"                        # 'tài sản khác mà giá trị quy đổi mỗi loại từ 50 triệu đồng trở lên'
    if _first("nontarget.group_band", text[s:f.end] + " ") and not _first("cue.target", before):
        return "class"                        # 'nhóm B gồm 50 tỉnh, thành đạt từ 80% đến dưới 90%'
    if f.unit != "%" and _first("nontarget.failed_count", text[f.start:e]) and not _first("cue.target", before):
        return "failed"                       # 'có 4 đơn vị không đạt đủ 3 tiêu chí': who fell short, reported
    if f.unit != "%" and _first("nontarget.tally", text[f.start:e]) and not RAISED_TALLY_RX.search(before):
        return "tally"
    if f.unit and "đồng" in f.unit and _first("nontarget.plan_budget", text[s:f.expr_start]):
        return "budget"                       # 'Tổng kinh phí dành cho Chương trình … gần 5,6 tỷ đồng'
    if _plan_funding(text[s:f.expr_start], f, after):
        return "budget"                       # '… dự kiến bố trí nguồn kinh phí hơn 20 tỷ đồng, bao gồm hơn 60% nguồn ngân sách'
    if f.unit != "%" and _reported_cut(before):
        return "reported cut"                 # '… đến nay, các bộ đã … cắt giảm 849 điều kiện kinh doanh'
    if f.unit != "%" and _first("nontarget.recipient", text[max(s, f.expr_start - 40):f.expr_start]) \
            and _first("nontarget.recipient_unit", text[f.start:e]):
        return "recipient"                    # 'chỉ tiêu giao cho 13 sở, ban'
    if _first("nontarget.share_of_figure", before):
        return "share of a figure"            # '… lên 250.000 điểm. Con số này chiếm tới trên 50% …'
    if _first("nontarget.restated", text[s:f.expr_start]):
        return "restated"                     # 'Để thực hiện mục tiêu tăng trưởng đạt 8% trở lên, ...'
    if _starting_value(text[s:f.start], after):
        return "starting value"               # 'tỷ lệ hộ nghèo giảm từ 1,15% xuống còn 0,79%': where it stood
    if f.unit == "%" and _first("nontarget.share_change", before) and COMPARED_WITH_RX.match(after):
        return "share change"                 # 'Ngành nông nghiệp chiếm 38,1%, giảm 0,07% so với năm 2023'
    if f.unit == "%" and _first("nontarget.amount_ratio", text[s:f.start]) and COMPARED_WITH_RX.match(after):
        return "compared"                     # '… 9.917 tỷ đồng, bằng 113,66% so với ước thực hiện năm 2024'
    if f.unit == "%" and _first("nontarget.share_gain", before) and _first("nontarget.against_result", after):
        return "share change"                 # '… đạt 78%, tăng 5% so với kết quả năm 2022': what the target adds
    if f.unit == "%" and _first("nontarget.computed_share", text[f.expr_end:e]):
        return "computed"                     # '... đạt tỷ lệ 99,66% tổng 4.357 thôn, bản'
    if f.unit == "%" and _first("nontarget.plan_share", after) and PLAN_SHARE_VERB_RX.search(text[s:f.end]) \
            and not _first("cue.target", INDICATOR_SUBJECT_RX.sub("", before)):
        return "share of plan"                # 'Chỉ tiêu tuyển quân đạt 100% kế hoạch'
    return None


FROM_RX = _P.get("not_target.from").regex


def _reported_cut(before: str) -> bool:
    """A cut by a number of things after a result cue of its sentence, with no target cue before the cut: what was
    done ('… từ đầu năm đến nay, các bộ đã … bãi bỏ 282 thủ tục, … cắt giảm 849 điều kiện kinh doanh')."""
    cut = _first("nontarget.reported_cut", before)
    if cut is None:
        return False
    lead = before[:cut[1].start()]
    return bool(_first("cue.result", lead)) and not _first("cue.target", lead)


def _plan_funding(lead: str, f: Figure, after: str) -> bool:
    """The sum a plan allots right after its allotting verb, or a share of that sum named by its source after it."""
    if f.unit and "đồng" in f.unit:
        return _first("nontarget.funding", lead) is not None
    return f.unit == "%" and _first("nontarget.allotting", lead) is not None \
        and _first("nontarget.funding_share", after) is not None


def _starting_value(before: str, after: str) -> bool:
    """'giảm từ A% xuống còn B%', 'nâng từ 60% lên 80%': A is where the measure stood, never a target; B may be one."""
    return FROM_RX.search(before) is not None and _first("nontarget.change_from", after) is not None


def _dropped(ctx: _Ctx, clause: str, f: Figure, before: str = "") -> Optional[str]:
    """Why a figure of prose sets no target, as `_not_a_target`; a purpose clause restates a target only when the
    document sets it elsewhere: a telegram's 'Để thực hiện thắng lợi mục tiêu tăng trưởng … đạt 8% trở lên' that
    states the bound nowhere else is its only statement of the target; so is a range ('Để đạt được mục tiêu tăng
    trưởng toàn ngành cả năm đạt từ 4,0-4,2%, Bộ đã đặt mục tiêu cho các quý còn lại …'). `before`: the text of the
    sentence's earlier clauses."""
    why = _not_a_target(clause, f)
    if why == "restated" and (f.cmp in BOUND_CMPS or f.cmp == "range") \
            and _times_written(ctx, clause[f.start:f.end]) < 2:
        return None
    if why == "threshold" and (_striven_count(clause, f, before) or _counted_subject(clause, f)):
        return None
    return why


# 'Có ít nhất 5 cơ sở giáo dục đại học được xếp hạng trong số 500 trường …': a count that opens its sentence with 'Có'
# counts the things its consequence names; it qualifies no subject ('Doanh nghiệp có từ 50 lao động trở lên được …')
COUNTED_SUBJECT_RX = _P.get("not_target.counted_subject").regex


def _counted_subject(clause: str, f: Figure) -> bool:
    return f.unit not in (None, "%") and COUNTED_SUBJECT_RX.fullmatch(clause, clause.rfind(";", 0, f.start) + 1,
                                                                    f.start) is not None \
        and not regex.search(r"\bthì\b", clause, flags=regex.I)


# 'Phấn đấu đến hết năm 2016 …; có 30 - 35 đơn vị cấp huyện được công nhận đạt chuẩn …': a sentence opened by a target
# cue governs its ';' clauses, and a count of things 'được công nhận' there says what they are to reach, not what a
# threshold leads to ('…; xã có tỷ lệ hộ nghèo dưới 5% thì được công nhận …' stays a threshold)
STRIVE_HEAD_RX = _P.get("not_target.strive_head").regex


def _striven_count(clause: str, f: Figure, before: str) -> bool:
    # a share that opens its ';' clause ('…; hơn 55% lượt tộc họ được công nhận tộc văn hóa') counts the things
    # recognised as a count does; a share after its qualifier ('xã có tỷ lệ hộ nghèo dưới 5% …') stays a threshold
    opens = f.unit == "%" and not clause[clause.rfind(";", 0, f.start) + 1:f.expr_start].strip()
    return (f.unit is not None and (f.unit != "%" or opens)) and STRIVE_HEAD_RX.search(before) is not None \
        and not regex.search(r"\bthì\b|\b(?:tỷ|tỉ)\s+lệ\b", clause, flags=regex.I)


def _times_written(ctx: _Ctx, figure: str) -> int:
    """How many times the document writes a figure ('8%', '8 %'), whole numbers only ('18%' is not '8%')."""
    number = regex.match(r"[\d.,]+", figure)
    if number is None:
        return 0
    rest = regex.escape(" ".join(figure[number.end():].split()))
    rx = regex.compile(r"(?<![\d.,])" + regex.escape(number.group(0)) + r"(?![\d]|[.,]\d)\s*" + rest)
    return sum(len(rx.findall(b.text)) for b in ctx.doc.blocks)


PLAN_SHARE_VERB_RX = _P.get("not_target.plan_share_verb").regex


# 'Chỉ tiêu tuyển quân …' names the indicator a sentence reports on; it sets no target by itself
INDICATOR_SUBJECT_RX = _P.get("not_target.indicator_subject").regex


# '… số tiêu chí bình quân/xã tăng thêm tối thiểu 01 tiêu chí': a tally of criteria raised by so many is a target
RAISED_TALLY_RX = _P.get("not_target.raised_tally").regex


def _is_definition(text: str, context: list[str]) -> bool:
    """'1. Xã nhóm 1 là xã ... dưới 10%' under 'Điều 2. Giải thích từ ngữ' defines a term; it sets no target."""
    return bool(_first("definition.item", text) or any(_first("definition.section", t) for t in context[:1]))


QUOTE_OPEN = "“\"‘«"


PROVISION_LEAD_RX = _P.get("not_target.provision_lead").regex


def _quoted_provision(ctx: _Ctx, block: Block) -> bool:
    """A provision quoted from, or written into, another document: a paragraph that opens with a quotation
    mark after '... được sửa đổi như sau:' or an article 'Điều 96. Sửa đổi, bổ sung khoản 2 Điều 3', and the
    paragraphs after it until the quotation closes ('“Điều 7. Điều kiện ...' ... '3. ... tối thiểu 03 thợ ...”.').
    Its figures are that document's rules, not this one's targets."""
    opener = _quote_opener(ctx, block)
    if opener is None or opener.index == 0:
        return False
    prev = next((b for b in reversed(ctx.doc.blocks[:opener.index]) if b.cells is None and b.text.strip()), None)
    if prev is None:
        return False
    lead = prev.text.rstrip()
    return (lead.endswith(":") and bool(PROVISION_LEAD_RX.search(lead[:-1]))) or bool(
        ARTICLE_RX.match(lead) and AMENDS_RX.search(lead))


def _quote_opener(ctx: _Ctx, block: Block) -> Optional[Block]:
    """The paragraph that opens the quotation `block` sits in: itself when it opens with a quotation mark, or an
    earlier one that opens a quotation no paragraph up to `block` closes; None outside a quotation."""
    if block.text.lstrip()[:1] in QUOTE_OPEN:
        return block
    if not _quotes_near(ctx, block.index):
        return None                           # no quotation mark in reach: nothing opens or closes a quotation
    for b in reversed(ctx.doc.blocks[max(0, block.index - QUOTE_SPAN):block.index]):
        t = b.text.strip() if b.cells is None else ""
        if not t:
            continue
        balance = _quote_balance(t)
        if balance < 0 or CLOSED_RX.search(t):
            return None                       # a quotation closes before `block`
        if t[:1] in QUOTE_OPEN:
            return b if balance > 0 else None
        if ARTICLE_RX.match(t) or ANNEX_RX.match(t):
            return None                       # this document's own article or annex
    return None


def _quotes_near(ctx: _Ctx, index: int) -> bool:
    """Whether a paragraph in the reach of a quotation before block `index` holds a quotation mark; the document's
    paragraphs with one are listed once (most documents quote nothing, most paragraphs of the rest neither)."""
    if ctx.quote_blocks is None:
        ctx.quote_blocks = [b.index for b in ctx.doc.blocks if b.cells is None and QUOTE_MARK_RX.search(b.text)]
    i = bisect_left(ctx.quote_blocks, index - QUOTE_SPAN)
    return i < len(ctx.quote_blocks) and ctx.quote_blocks[i] < index


QUOTE_MARK_RX = regex.compile(r"[“”‘«»\"]")


def _quote_balance(text: str) -> int:
    """Quotation marks opened and not closed in `text` (straight quotes pair up)."""
    return text.count("“") + text.count("«") - text.count("”") - text.count("»") + text.count('"') % 2


QUOTE_SPAN = 80        # paragraphs a quoted provision may run over


CLOSED_RX = _P.get("not_target.closed").regex


AMENDS_RX = _P.get("not_target.amends").regex
QUOTED_RX = regex.compile(r"[“\"]([^”\"]{10,})[”\"]")


def _in_quotation(text: str, f: Figure) -> bool:
    """Inside a quotation that a provision lead opens ('Khoản 2 Điều 5 được sửa đổi như sau: “2. Tỷ lệ ... 100%”',
    'theo quy định tại khoản 3 Điều 10 Nghị định số 45/2020/NĐ-CP: “bảo đảm tối thiểu 80% ...”'). Only a window
    around the figure is read, so a long paragraph costs the same per figure."""
    lo = max(0, f.start - WINDOW)
    piece = text[lo:f.start + WINDOW]
    for m in QUOTED_RX.finditer(piece):
        if m.start() < f.start - lo < m.end() and PROVISION_LEAD_RX.search(piece[max(0, m.start() - 120):m.start()].rstrip(" :")):
            return True
    return False


def _condition_end(text: str, figs: list[Figure]) -> Optional[int]:
    """The end of a condition that opens an item ('Trường hợp ..., nếu ...:'), when targets follow it: the
    figures inside the condition describe who the target applies to, not the target."""
    outside = _outside_parens(text)
    colon = next((i for i, ch in enumerate(text) if ch == ":" and outside[i]), -1)
    if colon < 0 or not _first("condition", text[:colon]):
        return None
    return colon + 1 if any(f.start > colon for f in figs) and any(f.start < colon for f in figs) else None


BOUND_CMPS = {">", ">=", "<", "<="}
