"""The last pass on every record's label, once records are final (nothing added, merged or lost): words that open a
label and tell how the text goes on, not what is measured, leave it ('Trong đó, thu nhập bình quân …', 'Một số chỉ
tiêu cụ thể: …')."""
from __future__ import annotations

import regex

from extractor.link.figures import WORD_RX
from extractor.link.records import _relabel, _strip_cues, _without_lead_cue, _without_lead_period
from extractor.model import Indicator
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples

PART_LEAD_RX = _P.get("label_lead.part").regex        # 'Trong đó, ', 'trong đó: '
LIST_LEAD_RX = _P.get("label_lead.list").regex        # 'Một số chỉ tiêu cụ thể như: ', 'Mục tiêu cụ thể là '
THEME_RX = _P.get("label_lead.theme").regex           # 'Về kinh tế: (1) ', 'Riêng về mặt kinh tế, '
BARE_SCALE = _P.get("label_lead.bare_scale")            # 'đón triệu lượt khách': 'triệu' of the amount cut out
PURPOSE_RX = _P.get("label_lead.purpose").regex       # '… cần nhiều nỗ lực hơn nữa để đạt ' before the measure
AIM_REFERENCE_RX = _P.get("label_tail.aim_reference").regex   # ' theo mục tiêu chương trình …' after it
JOINT_RX = _P.get("label_lead.joint").regex
EFFORT_RX = _P.get("label_lead.effort").regex         # '…, trong đó phấn đấu ' before the measure
REASON_RX = _P.get("label_lead.reason").regex         # '… nỗ lực tham mưu … nên ' before the measure
BASE_GIVEN_RX = _P.get("label_tail.base_given").regex       # ' phấn đấu kế hoạch giao' after it
NEXT_AFTER_BASE_RX = _P.get("label_tail.next_after_base").regex   # '… so với năm 2020, tăng …': the next target
GROWTH_LEAD_RX = regex.compile(r"\W*(tăng|giảm)\s+so\s+với\b", regex.I)
QUOTED_AIM_RX = regex.compile(r'\s*[“"]([^“”"]+)[”"]\s*')     # a whole label in quotation marks           # 'và ', 'với ', 'đồng thời ' that join a clause to the one before


def _without(rx, label: str) -> str:
    """The label without what `rx` matches at its start, when at least two words besides cues remain."""
    m = rx.match(label)
    if not m or len(WORD_RX.findall(_strip_cues(label[m.end():]))) < 2:
        return label
    return label[m.end():]


def without_list_lead(label: str) -> str:
    """The label without the lead of the list of targets it opened ('Một số chỉ tiêu cụ thể: ', 'Các chỉ tiêu xã
    hội: ', 'Mục tiêu đặt ra là '), and the cue after it ('Nghị quyết đề ra 25 chỉ tiêu …, trong đó phấn đấu …'); a
    category named without 'các', 'một số' stays ('Chỉ tiêu chăn nuôi: …')."""
    rest = _without(LIST_LEAD_RX, label)
    if rest == label:
        return label
    quoted = QUOTED_AIM_RX.fullmatch(rest)          # '… là “bảo đảm sự hài lòng … vào năm 2020”': the aim, quoted
    return _without_lead_cue(quoted.group(1) if quoted else rest)


def without_theme(label: str) -> str:
    """The label without the theme its list falls under ('Về môi trường: Đến năm 2025, tỉ lệ …' → 'tỉ lệ …'), and the
    deadline and cue after it (the record's year, 'Phấn đấu'), when at least two words besides cues remain."""
    rest = _without(THEME_RX, label)
    return _without_lead_cue(_without_lead_period(rest)) if rest != label else label


def without_part_lead(label: str) -> str:
    """The label without the 'trong đó' that opened its clause as a part of the figure before, and the cue after it
    ('Trong đó, phấn đấu …'), when at least two words besides cues remain ('trong đó nữ' stays whole)."""
    rest = _without(PART_LEAD_RX, label)
    return _without_lead_cue(rest) if rest != label else label


def without_bare_scale(label: str) -> str:
    """The label without the scale word of an amount whose number was cut out ('đón triệu lượt khách du lịch' → 'đón
    lượt khách du lịch'; 'Tổng khách du lịch triệu lượt' → 'Tổng khách du lịch'), when two words remain."""
    if not BARE_SCALE.may_match(label):        # most labels name no scale word: nothing to take out
        return label
    rest = BARE_SCALE.regex.sub("", label).strip()
    return rest if len(WORD_RX.findall(rest)) >= 2 else label


def without_joint(label: str) -> str:
    """The label without the word that joined its clause to the one before ('và 80% dân số trưởng thành …' → 'dân số
    trưởng thành …', '…, với ít nhất 10% tỷ trọng …' → 'tỷ trọng …'), when at least two words remain."""
    return _without(JOINT_RX, label)


def without_purpose_lead(label: str) -> str:
    """The measure a sentence's effort is to reach, without the effort ('Điều này cho thấy các cơ quan … cần nhiều nỗ lực
    hơn nữa để đạt mức hài lòng của người dân' → 'mức hài lòng của người dân'), nor the aim it answers to after it
    ('… theo mục tiêu chương trình tổng thể …'), when at least two words remain."""
    rest = _without(PURPOSE_RX, label)
    if rest == label:
        return label
    tail = AIM_REFERENCE_RX.search(rest)
    return rest[:tail.start()] if tail and len(WORD_RX.findall(rest[:tail.start()])) >= 2 else rest


def without_effort_lead(label: str) -> str:
    """The measure a clause strives for, without the clause ('… kích cầu du lịch ngay từ đầu năm, phấn đấu năm 2024 đón
    lượt khách du lịch' → 'đón lượt khách du lịch'; '…, trong đó phấn đấu tổng giá trị sản phẩm' → 'tổng giá trị sản
    phẩm'), when at least
    two words besides cues remain; a measure before the cue stays ('tỷ lệ giải ngân … phấn đấu kế hoạch giao'), and so
    does a task that names the thing the words after the cue open with ('Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa
    ứng dụng …, phấn đấu đến năm 2030 doanh nghiệp nhỏ và vừa thực hiện': the figure came after the cue, the task is
    the measure)."""
    rest = _without(EFFORT_RX, label)
    head = " ".join(WORD_RX.findall(rest.lower())[:2])
    if rest == label or f" {head} " in f" {' '.join(WORD_RX.findall(label[:-len(rest)].lower()))} ":
        return label
    growth = GROWTH_LEAD_RX.match(label)        # 'tăng so với cùng kỳ …': a growth's label keeps its verb
    return f"{growth.group(1)} {rest}" if growth else rest


def without_reason(label: str) -> str:
    """The measure after the reason it came about ('… nỗ lực tham mưu của bộ phận … nên công tác thu ngân sách …' →
    'công tác thu ngân sách …'), when at least two words besides cues remain."""
    return _without(REASON_RX, label)


def without_tail(rx, label: str) -> str:
    """The label up to what `rx` finds at its end, when at least two words besides cues remain before."""
    m = rx.search(label)
    if not m or len(WORD_RX.findall(_strip_cues(label[:m.start()]))) < 2:
        return label
    return label[:m.start()].rstrip(" ,;")


def without_base_given(label: str) -> str:
    """The label without the plan its figure is measured against ('tỷ lệ giải ngân vốn đầu tư công phấn đấu kế hoạch
    giao' → 'tỷ lệ giải ngân vốn đầu tư công'), nor the next target after the base closing its own ('… gấp so với năm
    2020, tăng thu nhập bình quân của …' → '… gấp so với năm 2020')."""
    return without_tail(NEXT_AFTER_BASE_RX, without_tail(BASE_GIVEN_RX, label))


# the final pass, in order: a label's tail, then what leads into it, outermost first
_POLISH = (without_base_given, without_reason, without_purpose_lead, without_joint, without_theme, without_list_lead,
           without_effort_lead, without_part_lead, without_bare_scale)


def polished_labels(records: list[Indicator]) -> list[Indicator]:
    """Each record's label without the words that lead into it; the records themselves are left as they are."""
    for r in records:
        label = r.label or ""
        for step in _POLISH:
            label = step(label)
        if label != r.label:
            _relabel(r, label)
    return records
