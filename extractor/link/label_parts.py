"""Labels of a figure whose clause names only part of what it measures: an item continuing the one above, a
group or an area given its own bound ('riêng ở vùng miền núi dưới 25,5%'), a clause naming only its period
('năm 2025 phấn đấu đạt 80%') or where its people go ('vào lớp 10'), a part counting the whole's things, several
rates sharing one figure ('đều ở mức 100%'), burdens sharing one reduction ('Giảm ít nhất 30% về thời gian
giải quyết, chi phí tuân thủ và điều kiện kinh doanh')."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.extract.periods import find_periods
from extractor.link.figures import (Figure, _first, bodies_by_level, levels_in, LIST_JOINT_RX, WORD_RX,
                                    WORK_OF_BODIES_RX)
from extractor.link.records import _clean_label, _Ctx, _is_period_lead, _relabel, _strip_cues

# compiled once: these run for every figure of a list
LIST_SPLIT_RX = regex.compile(r"\s*,\s*|\s+và\s+")      # the pieces of 'A, B và C'
PARENS_RX = regex.compile(r"\([^()]*\)")
FIRST_PIECE_END_RX = regex.compile(r"\d|,\s")
from extractor.model import Block
from extractor.normalize.document import fold_tone
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _rate_label(f: Figure, label: str) -> str:
    """'có 10 bác sĩ và 30 giường bệnh/1 vạn dân': a label that is only the noun of a rate per population ('bác sĩ')
    names that rate ('bác sĩ/1 vạn dân'), not the item above."""
    noun, per, rest = (f.unit or "").partition("/")
    if per and rest and noun and " ".join(label.lower().split()) == " ".join(noun.lower().split()):
        return f"{noun}/{rest}"
    return label


def _inherit_label(ctx: _Ctx, block: Block, label: str) -> str:
    """'+ Đối với các địa phương: đạt tối thiểu 30%.' continues the item above: it takes that item's label. An item
    marked as that one is and with words of its own ('- … dự toán chi …' then '- Phấn đấu đón khoảng 3 - 3,5 triệu
    lượt') is its sibling, a new measure however short its words."""
    own = WORD_RX.findall(_strip_cues(label))
    before = ctx.doc.blocks[ctx.prev_block].text if 0 <= ctx.prev_block < len(ctx.doc.blocks) else ""
    if len(own) < 3 and ctx.prev_label and block.index - ctx.prev_block <= 3 and not OWN_MEASURE_RX.match(label) \
            and not (own and _same_mark(before, block.text)):
        if PARTS_FOLLOW_RX.search(before) and own:
            # '- Tổng diện tích gieo trồng 772 ha, trong đó:' then '+ Lúa 507 ha': a part of the item above
            return f"{PARTS_FOLLOW_RX.sub('', ctx.prev_label).strip()}: {label.strip()}"
        return ctx.prev_label
    return label


PARTS_FOLLOW_RX = regex.compile(r"[,;]?\s*trong\s+đó\s*:?\s*$", regex.I)
MARK_RX = regex.compile(r"\s*([-+•*]|\d{1,2}[.)]|[a-zđ]\)|\(\d{1,2}\))\s")
MARK_KIND_RX = regex.compile(r"\d+|[a-zđ]")           # '1.' and '2.', 'a)' and 'b)' are marks of one kind


def _same_mark(before: str, text: str) -> bool:
    """Both items open with the same kind of mark: the same bullet, or both numbered alike ('1.' and '2.')."""
    a, b = MARK_RX.match(before), MARK_RX.match(text)
    if a is None or b is None:
        return False
    return MARK_KIND_RX.sub("n", a.group(1)) == MARK_KIND_RX.sub("n", b.group(1))


def _item_labels(ctx: _Ctx, block: Block, labels: list[str]) -> list[str]:
    """Only the item's first clause may continue the item above ('+ Đối với các địa phương: đạt tối thiểu 30%.');
    a later short clause names a part of this item ('- Nông, lâm nghiệp 12%; Công nghiệp 42%; Dịch vụ 35,6%'), and
    one that names only an area ('Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%') is that area's
    share of the first clause's measure."""
    if not labels:
        return labels
    first = labels[0]
    own = _inherit_label(ctx, block, first)
    out = [own if x == first else x for x in labels]
    head = (AREA_TAIL_RX.sub("", first) if AREA_TAIL.may_match(first) else first).strip()
    if head != first.strip():
        out = [f"{head} {x}" if x != first and AREA_ONLY_RX.match(x) else x for x in out]
    if OWN_MEASURE_RX.match(first):           # '- Tỷ lệ cấp giấy chứng nhận … đất công đạt 100%; cá nhân đạt 80%'
        out = [f"{first} {x.strip()}" if x != first and _names_a_group(x) else x for x in out]
    sector = SECTOR_RX.search(first)
    if sector:                                # '- Tổng khách du lịch trên 8 triệu lượt; Doanh thu đạt 25.700 tỷ đồng'
        out = [f"{x} {sector.group(0)}" if x != first and BARE_MEASURE_RX.fullmatch(_strip_cues(x)) else x
               for x in out]
    return out


def _names_a_group(label: str) -> bool:
    """A later clause of an item named in one or two words, none a measure, a level or a figure ('cá nhân',
    'tổ chức'): whom the first clause's rate is taken over, not an indicator of its own."""
    words = WORD_RX.findall(_strip_cues(label))
    return 1 <= len(words) <= 2 and not any(w.isdigit() for w in words) and not OWN_MEASURE_RX.match(label) \
        and not levels_in(label) and not BARE_MEASURE_RX.fullmatch(_strip_cues(label))


# a later part of an item that names a bare measure ('Doanh thu', 'Kim ngạch') measures the sector its first part
# names ('Tổng khách du lịch …; Doanh thu …' is the revenue of tourism)
SECTOR_RX = _P.get("label_part.sector").regex


BARE_MEASURE_RX = _P.get("label_part.bare_measure").regex


AREA_TAIL = _P.get("label_part.area_tail")
AREA_TAIL_RX = AREA_TAIL.regex


AREA_ONLY_RX = _P.get("label_part.area_only").regex


# '- Tỷ lệ hộ nghèo dưới 3%.': a label that opens with what it measures names an indicator of its own
OWN_MEASURE_RX = _P.get("label_part.own_measure").regex


# 'riêng tại vùng miền núi dưới 25,5%': a group given its own bound for the measure named just before
GROUP_PART_RX = _P.get("label_part.group_part").regex


# 'Chương trình đặt mục tiêu đến năm 2027, tỷ lệ …': the aim's lead is not the measure
AIM_LEAD_RX = _P.get("label_part.aim_lead").regex


GROUP_TAIL_RX = _P.get("label_part.group_tail").regex
AIM_SETTING_LEAD_RX = _P.get("label_part.aim_setting_lead").regex   # '…, tỉnh X đặt chỉ tiêu ' before the measure


def _own_population(f: Figure, label: str) -> bool:
    """'…, 70% cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu …': a share written before the people it counts
    and what they do measures that, not the clause before it (as '…, 80% miền núi' or '120 triệu lượt khách' do)."""
    words = ELLIPSIS_FILLER_RX.sub(" ", BLANK_PERIODS_RX.sub(" ", _strip_cues(label)))
    return f.unit == "%" and not AREA_ONLY_RX.match(label) and len(regex.findall(r"[^\W\d]+", words)) >= 4


WHOLE_SCOPE_TAIL_RX = _P.get("label_part.whole_scope_tail").regex


def _group_part(before: str, label: str) -> str:
    """'tỷ lệ thiếu máu ở phụ nữ có thai dưới 23%, riêng ở vùng miền núi dưới 25,5%': the group's target measures
    what the clause before measures, for that group: 'tỷ lệ thiếu máu ở phụ nữ có thai vùng miền núi'. So does an
    area named alone ('… đạt 95% toàn quốc, miền núi đạt 80%')."""
    m = GROUP_PART_RX.match(label) or (AREA_ONLY_RX.match(CONJ_RX.sub("", label)) and CONJ_RX.match(label)) \
        or (AREA_ONLY_RX.match(label) and regex.match(r"\W*", label))
    if m is None or not before:
        return label
    measure = GROUP_TAIL_RX.sub("", _growth_subject(AIM_SETTING_LEAD_RX.sub("", AIM_LEAD_RX.sub("", before))))
    measure = WHOLE_SCOPE_TAIL_RX.sub("", AREA_TAIL_RX.sub("", measure) if AREA_TAIL.may_match(measure) else measure)
    return " ".join(f"{measure} {label[m.end():]}".split()) if len(WORD_RX.findall(_strip_cues(measure))) >= 2 else label


SUBPART_START_RX = _P.get("label_part.subpart_start").regex


def _with_counted_noun(label: str, whole: str, unit: str) -> str:
    """'… 30 - 50 doanh nghiệp khởi nguồn (spin-off) …, trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp': a part
    counts the whole's things; the words that name them after the unit ('khởi nguồn') are its label's too."""
    m = regex.search(regex.escape(unit) + r"\s+((?:[^\W\d]+\s+){0,2}?[^\W\d]+)(?=\s*(?:[(,;:]|$|\s(?:từ|của|trong|tại|"
                     r"cho|được|có|đạt|và|hình\s+thành|thuộc|trên|với)\b))", whole, flags=regex.I)
    if m is None or m.group(1).lower() in label.lower():
        return label
    at = label.lower().rfind(unit.lower())
    return f"{label[:at + len(unit)]} {m.group(1)}{label[at + len(unit):]}" if at >= 0 else f"{label} {m.group(1)}"


def _period_groups(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """After the first clause of a lead ('Cơ cấu kinh tế đến 2025: ...'), a clause that opens with a period of
    its own ('Đến năm 2030: Nông nghiệp 34-35%') starts a group for that period, which runs on through the
    clauses after it: {clause start: the period as written}."""
    out: dict[int, str] = {}
    current = None
    for a, b in spans[1:]:
        piece = text[a:b]
        colon = piece.find(":")
        if 0 < colon < 40 and _is_period_lead(piece[:colon].strip()):
            current = " ".join(piece[:colon].split()).strip(" -+•")
        if current:
            out[a] = current
    return out


def _growth_subject(label: str) -> str:
    """The subject of the figure a growth rate follows, without its period ('... đến năm 2030')."""
    for p in reversed(find_periods(label)):
        label = label[:p.start] + label[p.end:]
    return " ".join(label.split()).strip(" ,;:-")


CONJ_RX = _P.get("label_part.conj").regex   # '80% ở thành thị và 60% ở nông thôn'


# also the year's own preposition and the verb of a reduction ('…, phấn đấu 100% vào năm 2030', 'và xuống còn 15/100.000
# vào năm 2030'): they name no thing
# and the 'trong đó' of a sub-period ('… khoảng 7%/năm thời kỳ 2021-2030; trong đó giai đoạn 2026-2030 đạt trên 8,5%/năm')
ELLIPSIS_FILLER_RX = _P.get("label_part.ellipsis_filler").regex   # '; mục tiêu năm 2025 vào tốp 10'


ELLIPSIS_TAIL_RX = _P.get("label_part.ellipsis_tail").regex


def _elliptic_label(before: str, label: str) -> str:
    """'Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 65%; năm 2025 phấn đấu đạt 80%': a clause that names only its period
    repeats the subject of the clause before it in the sentence, whether that one states a target or a result."""
    prev = before[max(before.rfind(". "), before.rfind(";", 0, len(before) - 1)) + 1:]
    digit = regex.search(r"\d", BLANK_PERIODS_RX.sub(lambda m: " " * len(m.group(0)), prev))
    if digit is None:
        return label
    subject = ELLIPSIS_TAIL_RX.sub("", _growth_subject(_clean_label(prev[:digit.start()], [])))
    subject = regex.sub(r"(?:\s+(?:đạt|là|còn|ở\s+mức|khoảng|trên|dưới|xếp(?:\s+(?:thứ|hạng))?|đứng(?:\s+thứ)?))+\s*$", "",
                        subject, flags=regex.I).strip(" ,")
    return f"{subject} {_only_period(label)}" if len(WORD_RX.findall(_strip_cues(subject))) >= 2 else label


def _without_unit_tail(label: str, unit: Optional[str]) -> str:
    """'năm 2025 buồng' of 'năm 2025 có 3.600 buồng': the label without the counted unit its figure left at its end."""
    if unit and unit != "%" and label.lower().endswith(" " + unit.lower()):
        return label[:-len(unit)].rstrip()
    return label


def _elliptic_counted_label(before: str, label: str, unit: Optional[str]) -> str:
    """'Số lượng cơ sở lưu trú đến năm 2020 có 2.500 buồng; năm 2025 có 3.600 buồng': a clause that names only its
    period and the things it counts, as the one before it counts, repeats the subject of that clause, as one naming
    its period alone does, the things kept after it; the subject without the earlier clause's own period and verb ('có')."""
    bare = _without_unit_tail(label, unit)
    if bare != label and not regex.search(rf"\d\s*{regex.escape(unit)}(?!\p{{L}})", before, regex.I):
        return label                      # '…; năm 2030 có 60 khu du lịch': things of its own, not the count's before
    named = _elliptic_label(before, bare)
    if bare == label:                     # no counted unit at its end: as a clause naming its period alone
        return named
    if named == bare:                     # nothing to repeat from the clause before
        return label
    period = _only_period(bare)
    subject = named[:-len(period)].strip() if period and named.endswith(period) else named
    subject = COUNTED_SUBJECT_TAIL_RX.sub("", subject).strip(" ,")
    return f"{subject} {period or ''} {label[len(bare):].strip()}".replace("  ", " ").strip()


# what a count's subject may end with before its figure: its own period and the verb 'có'
COUNTED_SUBJECT_TAIL_RX = regex.compile(r"(?:\s+(?:có|đến|tới|vào|trong|năm|giai\s+đoạn|\d{4}|[-–]))+\s*$", regex.I)


GRADE_ONLY_RX = _P.get("label_part.grade_only").regex      # 'hạng 3 sao trở lên'
MEASURE_HEAD_RX = regex.compile(r"^\W*(?:tổng\s+)?(?:số\s+lượng|tổng\s+số|số)\s+", regex.I)


def _graded_parts(figs: list[Figure], labels: list[str]) -> list[str]:
    """'Số lượng cơ sở lưu trú đến năm 2020 có 2.500 buồng, hạng 3 sao trở lên đạt 15%': a share named only by a grade,
    right after a count, is of the things that count counts ('cơ sở lưu trú hạng 3 sao trở lên'): the count's label
    without its measure word, periods and unit."""
    out = list(labels)
    for i in range(1, min(len(figs), len(labels))):
        prev = figs[i - 1]
        if figs[i].unit != "%" or prev.unit in (None, "%", "%/năm") or not GRADE_ONLY_RX.match(labels[i]):
            continue
        things = MEASURE_HEAD_RX.sub("", _without_unit_tail(out[i - 1], prev.unit))
        for p in reversed(find_periods(things)):
            things = things[:p.start] + things[p.end:]
        things = COUNTED_SUBJECT_TAIL_RX.sub("", " ".join(things.split())).strip(" ,")
        if len(WORD_RX.findall(things)) >= 2:
            out[i] = f"{things} {labels[i].strip()}"
    return out


YEAR_RUN_LEAD_RX = _P.get("label_part.year_run_lead").regex   # 'chỉ tiêu … của Quảng Bình như sau: năm 2016 đạt '


def _before_figure(item: str) -> str:
    """An item's words before its figure ('năm 2016 đạt' of 'năm 2016 đạt 80,5%'), its periods kept."""
    digit = regex.search(r"\d", BLANK_PERIODS_RX.sub(lambda m: " " * len(m.group(0)), item))
    return item[:digit.start()] if digit else item


def _year_run_lead_label(sentence: str, label: str) -> Optional[str]:
    """'Theo Quyết định, chỉ tiêu thực hiện BHYT cụ thể của Quảng Bình giai đoạn 2016 - 2020 như sau: năm 2016 đạt
    80,5%; năm 2017 đạt 82%': a figure named only by its year, in a run of such after a target's lead and a colon,
    measures what the lead names ('chỉ tiêu thực hiện BHYT cụ thể của Quảng Bình'), in that year; None for any other.
    `sentence` ends at the figure."""
    period = _only_period(label) or _period_then_base(sentence, label)
    m = YEAR_RUN_LEAD_RX.search(sentence[sentence.rfind(". ") + 1:]) if period else None
    if m is None or not all(_only_period(_before_figure(x)) for x in m.group("run").split(";")):
        return None
    return f"{' '.join(m.group('subject').split())} {period}"


def _period_then_base(sentence: str, label: str) -> Optional[str]:
    """'năm 2016 dân số' of 'năm 2016 đạt 81,52% dân số': an item named by its year alone before its figure, the share's
    base after it; the label as it is (the base kept), or None when words other than the period precede the figure."""
    period = _only_period(_before_figure(sentence[max(sentence.rfind(x) for x in ",;:") + 1:]))
    return label if period and label.startswith(period) else None


PERIOD_ITEM_RX = _P.get("label_part.period_item").regex      # 'quý III', 'và quý IV', 'cả năm'
PERIOD_HEAD_RX = _P.get("label_part.period_head").regex      # 'Với lâm nghiệp, quý II': a branch, then its period
RUN_LEAD_RX = _P.get("label_part.run_lead").regex            # 'Để đạt được mục tiêu …', 'Với lĩnh vực …'


def _period_run_labels(before: str, clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'…đặt mục tiêu cho các quý còn lại: Quý II đạt 4,1%, quý III đạt 4,2% và quý IV đạt 3,9%'; 'Với lâm nghiệp, quý
    II đạt 5,22%, quý III đạt 5,06%, …, cả năm đạt 5,47%': a run of figures each named only by a quarter or the whole
    year measures one thing per period: the branch that opens the run ('lâm nghiệp'), else the indicator the
    sentence named before the run ('mục tiêu tăng trưởng toàn ngành cả năm đạt …' → 'tăng trưởng toàn ngành')."""
    out, subject = list(labels), None
    for i, (f, label) in enumerate(zip(figs, labels)):
        head = PERIOD_HEAD_RX.fullmatch(label)
        if head is None:
            subject = None
            continue
        if subject is None or head.group("head").strip(" ,:"):
            subject = _run_subject(head.group("head"), before + clause[:f.start])
        if subject:
            out[i] = f"{subject} {head.group('period')}"
    return out


YEAR_ITEM_RX = _P.get("label_part.year_item").regex          # ', năm 2023 đạt tối thiểu '
RATE_NAME_RX = _P.get("label_part.rate_name").regex          # 'tỷ lệ hồ sơ … trực tuyến' (before 'so với tổng số …')


def _year_run_labels(before: str, clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'… giao chỉ tiêu tỷ lệ hồ sơ … được xử lý hoàn toàn trực tuyến so với tổng số hồ sơ … cho các sở, ngành …, theo
    đó năm 2022 đạt tối thiểu 50%, năm 2023 đạt tối thiểu 60%, …': a run of figures each named only by its year measures
    one rate per year, the last the sentence named before the run; so does a run by stages ('Tỷ lệ phổ cập dịch vụ
    mạng di động 5G giai đoạn 2021-2022 phấn đấu đạt 40%, 2023-2024 với 70%, năm 2025 là 100%')."""
    starts = [f.start for f in figs]
    items = [YEAR_ITEM_RX.search(clause, (figs[i - 1].end if i else 0), s) for i, s in enumerate(starts)]
    if sum(m is not None for m in items) < 2:
        return labels
    first = next(i for i, m in enumerate(items) if m is not None)
    sentence = before[max(before.rfind(". "), before.rfind(";")) + 1:] + clause[:items[first].start()]
    names = list(RATE_NAME_RX.finditer(sentence))
    if not names:
        return labels
    name = " ".join(names[-1].group(0).split())
    return [f"{name} {' '.join(m.group('period').split())}" if m else x for m, x in zip(items, labels)]


BODIES_ONLY_RX = _P.get("label_part.bodies_only").regex       # 'Chỉ tiêu cho các đơn vị … cấp huyện đạt tối thiểu'
ASSIGNED_TOPIC_RX = _P.get("label_part.assigned_topic").regex  # 'giao chỉ tiêu hồ sơ được tiếp nhận, … cho các sở'
LABEL_BOUND_TAIL_RX = regex.compile(r"(?:\s+(?:phấn\s+đấu|đạt|tối\s+thiểu|ít\s+nhất|trên|khoảng))+\s*$", regex.I)


def _with_assigned_topic(ctx: _Ctx, block: Block, before: str, label: str) -> str:
    """'Quyết định 752/QĐ-UBND về việc giao chỉ tiêu hồ sơ được tiếp nhận, giải quyết trực tuyến … cho các sở, ngành'
    … 'Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 35% - 40%': a label that names only whom
    a target is for takes what it measures from the nearest assignment of targets before it (this paragraph, or one
    of the two before)."""
    if not BODIES_ONLY_RX.match(label):
        return label
    for text in (before, *(ctx.doc.blocks[i].text for i in range(block.index - 1, max(-1, block.index - 3), -1))):
        topics = list(ASSIGNED_TOPIC_RX.finditer(text))
        if topics:
            topic = " ".join(topics[-1].group("topic").split())
            return f"{LABEL_BOUND_TAIL_RX.sub('', label)} {topic}"
    return label


def _run_subject(head: str, before: str) -> Optional[str]:
    """The branch a run's first item names ('Với lâm nghiệp, ' → 'lâm nghiệp'), else, when it names none or only
    a lead ('cho các quý còn lại của năm:'), the words before the sentence's first figure or comma, period left out."""
    if head.strip() and not head.rstrip().endswith(":"):
        words = RUN_LEAD_RX.sub("", PARENS_RX.sub(" ", head))
        words = " ".join(words.split()).strip(" ,:")
        return words if len(WORD_RX.findall(words)) >= 2 else None
    start = max(before.rfind(". "), before.rfind(";")) + 1
    end = FIRST_PIECE_END_RX.search(before, pos=start)      # the sentence's first piece names the indicator
    if end is None or not head.strip():
        return None
    words = PERIOD_ITEM_RX.sub(" ", RUN_LEAD_RX.sub("", before[start:end.start()]))
    words = ELLIPSIS_TAIL_RX.sub("", " ".join(words.split()).strip(" ,:"))
    return words if 2 <= len(WORD_RX.findall(words)) <= 8 else None


DESTINATION_RX = _P.get("label_part.destination").regex
SCHOOL_LEVEL_RX = _P.get("label_part.school_level").regex
BARE_STAGE_RX = _P.get("label_part.bare_stage").regex         # 'mẫu giáo', 'nhà trẻ', 'lớp 10'


def _repeat_head(labels: list[str], joint: str, names_only) -> list[str]:
    """A figure's label that `names_only` one part of the thing (where its people go, a school level) repeats the
    head of the label before it, up to that label's `joint` word."""
    out = list(labels)
    for i in range(1, len(out)):
        head = out[i - 1].lower().find(joint)
        if names_only(out[i]) and head > 0:
            out[i] = f"{out[i - 1][:head]} {out[i].strip(' ,')}"
    return out


def _elliptic_destinations(labels: list[str]) -> list[str]:
    """'Tỷ lệ huy động trẻ 6 tuổi vào lớp 1, học sinh vào lớp 6 đạt 98%, vào lớp 10 đạt trên 90%': 'vào lớp 10'
    repeats the head of the label before it, up to its 'vào'."""
    out = _repeat_head(labels, " vào ", DESTINATION_RX.match)
    # 'tỷ lệ các cháu vào nhà trẻ trên 35%, mẫu giáo trên 93%': a bare stage after a label that names where its
    # people go ('vào nhà trẻ') is another place they go, 'vào mẫu giáo'
    for i in range(1, len(out)):
        head = out[i - 1].lower().rfind(" vào ")
        if head > 0 and BARE_STAGE_RX.fullmatch(out[i]) and BARE_STAGE_RX.fullmatch(out[i - 1][head + 5:]):
            out[i] = f"{out[i - 1][:head]} vào {LEADING_AND_RX.sub('', out[i]).strip(' ,')}"
    return out


def _elliptic_levels(labels: list[str]) -> list[str]:
    """'Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%': 'cấp trung học cơ sở'
    repeats the head of the label before it, up to its own 'cấp'."""
    out = _repeat_head(labels, " cấp ", SCHOOL_LEVEL_RX.fullmatch)
    # '…cấp tiểu học đúng độ tuổi đạt 99,7%, trung học cơ sở đạt 99%': a bare level stands for the 'cấp …' before it
    for i in range(1, len(out)):
        m = SCHOOL_LEVEL_IN_RX.search(out[i - 1])
        if m and BARE_SCHOOL_LEVEL_RX.fullmatch(out[i]) and len(WORD_RX.findall(out[i - 1][:m.start()])) >= 2:
            out[i] = f"{out[i - 1][:m.start()]} {LEADING_AND_RX.sub('', out[i]).strip(' ,')}"
    # '…trong độ tuổi học tiểu học đạt 96%, học THCS đạt 90%': 'học THCS' stands for the 'học …' before it
    for i in range(1, len(out)):
        m = STUDY_LEVEL_IN_RX.search(out[i - 1])
        if m and STUDY_LEVEL_RX.fullmatch(out[i]) and len(WORD_RX.findall(out[i - 1][:m.start()])) >= 2:
            out[i] = f"{out[i - 1][:m.start()]} {LEADING_AND_RX.sub('', out[i]).strip(' ,')}"
    return out


ACTION_HEAD_RX = _P.get("label_part.action_head").regex    # 'tỷ lệ dân số trưởng thành' of '… có chữ ký số'
ACTION_ITEM_RX = _P.get("label_part.action_item").regex    # 'sử dụng dịch vụ công trực tuyến'


def _elliptic_actions(figs: list[Figure], labels: list[str]) -> list[str]:
    """'Tỷ lệ dân số trưởng thành có chữ ký số đạt trên 50%, sử dụng dịch vụ công trực tuyến đạt trên 50%': a later
    item that names only what the group does ('sử dụng dịch vụ công trực tuyến') is the same group's rate: it takes
    the head of the label before it, up to that one's verb ('tỷ lệ dân số trưởng thành'). Both are shares: a count
    after a rate ('…, có 500 bác sĩ') is no part of it."""
    out = list(labels)
    for i in range(1, min(len(out), len(figs))):
        m = ACTION_HEAD_RX.match(out[i - 1]) if figs[i - 1].unit == figs[i].unit == "%" else None
        if m and ACTION_ITEM_RX.match(out[i].strip(" ,")):
            out[i] = f"{m.group('head')} {LEADING_AND_RX.sub('', out[i].strip(' ,')).strip()}"
    return out


def _elliptic_scope(before: str, label: str) -> str:
    """'100% hồ sơ … được xử lý trên mạng đối với cấp tỉnh; 90% đối với cấp huyện': a label that is only the level
    it holds for repeats the head of the label before it, up to that one's own 'đối với'; so does one that is only
    the basis it is reckoned on ('… tăng trưởng kinh tế theo giá trị sản xuất 16,5%; theo giá trị sản phẩm 8,2%')."""
    scope = SCOPE_ONLY_RX.fullmatch(label)
    head = before.lower().rfind(" đối với cấp " if scope else " theo ")
    basis = None if scope else BASIS_ONLY_RX.match(label)
    if head <= 0 or not (scope or basis):
        return label
    return f"{before[:head]} {(basis.group('basis') if basis else label).strip(' ,;.')}"


def _period_repeated_head(before: str, clause: str, label: str) -> Optional[str]:
    """'Đóng góp của du lịch trong GDP, đến năm 2025 đóng góp trực tiếp 08 - 09%; đến năm 2030 đóng góp trực tiếp từ 13 -
    14%': a clause that opens with its period and repeats the words the label before wrote after its own period is the
    same measure for the later period; the measure that label named ahead of its period heads it. None otherwise."""
    opening = find_periods(clause[:60])
    if not opening or clause[:opening[0].start].strip(" ,;:") or not label.strip():
        return None
    own = find_periods(label)
    if own and not label[:own[0].start].strip(" ,"):
        label = label[own[0].end:]            # 'đến năm 2030 chiếm': the period is the record's year
    words = " ".join(_strip_cues(label).split()).lower()
    for p in reversed(find_periods(before)):
        if words and " ".join(_strip_cues(before[p.end:]).split()).strip(" ,").lower() == words:
            head = before[:p.start].rstrip(" ,;:")
            return f"{head} {label.strip()}" if len(WORD_RX.findall(_strip_cues(head))) >= 2 else None
    return None


def _part_share_label(before: str, label: str) -> str:
    """'… tiếp nhận tối thiểu 60% hồ sơ thủ tục hành chính qua hình thức trực tuyến, trong đó ít nhất 20% được thực
    hiện theo phương thức toàn trình': a share of a part after 'trong đó' that names only what is done with it counts
    the things the share before it counts ('hồ sơ thủ tục hành chính được thực hiện theo phương thức toàn trình')."""
    units = UNITS_CHANGE_RX.match(label)
    if units:
        return _units_change_label(before, label, units)
    shares = amount_share_label(before, label)
    if shares:
        return shares
    rate = _rate_part_label(before, label)
    if rate:
        return rate
    restated = _restated_things_label(before, label)
    if restated:
        return restated
    m = PART_SHARE_RX.match(label)
    things = None
    for things in SHARED_THINGS_RX.finditer(before):
        pass
    if m is None or things is None:
        return label
    return f"{things.group('things').strip()} {label[m.end():].strip()}"


AMOUNT_SHARES_RX = _P.get("label_part.amount_shares").regex
PART_OPENER_RX = regex.compile(r"^.*?\btrong\s+đó\s*,?\s*", regex.I)


def amount_share_label(before: str, label: str) -> Optional[str]:
    """'Tổng thu nhập kinh tế toàn xã là 303 tỷ đồng, trong đó thu từ sản xuất nông nghiệp 35%; tiểu thủ công nghiệp,
    dịch vụ 65%': a share after 'trong đó', in its clause or a later one, is of the whole amount before it; its label is
    the whole's words, then the part's ('Tổng thu nhập kinh tế toàn xã tiểu thủ công nghiệp, dịch vụ')."""
    m = AMOUNT_SHARES_RX.search(before) if "trong" in before else None
    if m is None:
        return None
    part = PART_OPENER_RX.sub("", label).strip(" ,;:")
    return f"{' '.join(m.group('whole').split())} {part}" if WORD_RX.search(part) else None


RESTATED_THINGS_RX = _P.get("label_part.restated_things").regex
WHOLE_THINGS_RX = _P.get("label_part.whole_things").regex


def _restated_things_label(before: str, label: str) -> Optional[str]:
    """'… đạt tối thiểu 60% hồ sơ TTHC được tiếp nhận trực tuyến, trong đó ít nhất 20% hồ sơ phải là toàn trình': a
    part that names the whole's things again by their head noun is of those things, as the whole words them ('hồ sơ
    TTHC được tiếp nhận trực tuyến phải là toàn trình'); a part with things of its own ('hồ sơ đất đai') keeps them."""
    m = RESTATED_THINGS_RX.match(label)
    whole = WHOLE_THINGS_RX.search(before) if m else None
    if whole is None or not fold_tone(whole.group("whole")).lower().startswith(fold_tone(m.group("head")).lower() + " "):
        return None
    return f"{' '.join(whole.group('whole').split())} {label[m.end():].strip()}"


RATE_PART_RX = _P.get("label_part.rate_part").regex


def _rate_part_label(before: str, label: str) -> Optional[str]:
    """'Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 37%': a part of the rate named right
    before 'trong đó', said only by what it has, is that rate with it ('Tỷ lệ lao động qua đào tạo có bằng cấp, …')."""
    m = None
    for m in RATE_PART_RX.finditer(before):
        pass
    if m is None or not label.lower().lstrip(" ,").startswith("trong") or regex.search(r"[\d%;]", before[m.end():]):
        return None                       # not the part right after the rate: another figure is between
    rest = regex.sub(r"^\W*trong\s+(?:số\s+)?đó\s*,?\s*", "", label, flags=regex.I)
    return f"{' '.join(m.group('rate').split())} {rest.strip()}"


# 'trong đó, 7 huyện nghèo giảm …/năm': a part of the units whose change names no measure of its own
UNITS_CHANGE_RX = _P.get("label_part.units_change").regex


def _units_change_label(before: str, label: str, m: regex.Match) -> str:
    """'… giảm tỷ lệ hộ nghèo đa chiều 4,7%, …; trong đó, 7 huyện nghèo giảm từ 6% trở lên/năm': the units' change is
    of the rate the same verb last took before it in the sentence ('7 huyện nghèo giảm tỷ lệ hộ nghèo đa chiều')."""
    verb = m.group("verb")
    measures = list(regex.finditer(rf"\b{verb}\s+(?P<measure>(?:tỷ|tỉ)\s+(?:lệ|trọng)\s[^\d,;:]{{2,60}}?)\s+"
                                   r"(?:(?:từ|khoảng|ít\s+nhất|tối\s+thiểu|trên)\s+)?\d", before, regex.I))
    if not measures:
        return label
    measure = " ".join(measures[-1].group("measure").split())
    return f"{' '.join(m.group('units').split())} {verb} {measure}"


PART_SHARE_RX = regex.compile(r"\W*trong\s+đó\s+(?=(?:đã\s+|phải\s+|sẽ\s+)?được\s)", regex.I)   # 'trong đó được …'
# the things a share counts: the words right after its '%', up to the way or place they are done in
SHARED_THINGS_RX = regex.compile(r"%\s+(?P<things>\p{L}[\p{L}\s]{2,60}?)(?=\s+(?:qua|thông\s+qua|được|của|tại|trên|theo|"
                                 r"bằng|từ|đến|trong)\b|\s*[,;.(]|\s*$)", regex.I)


SCOPE_ONLY_RX = regex.compile(r"\W*đối\s+với\s+cấp\s+\p{L}+\W*", regex.I)   # 'đối với cấp huyện'
BASIS_ONLY_RX = _P.get("label_part.basis_only").regex                       # 'theo giá trị sản phẩm'


BARE_SCHOOL_LEVEL_RX = _P.get("label_part.bare_school_level").regex
SCHOOL_LEVEL_IN_RX = _P.get("label_part.school_level_in").regex
STUDY_LEVEL_RX = _P.get("label_part.study_level").regex
STUDY_LEVEL_IN_RX = _P.get("label_part.study_level_in").regex


PART_ONLY_RX = _P.get("label_part.part_only").regex
PART_AREA_RX = _P.get("label_part.part_area").regex
LEAD_COLON_RX = regex.compile(r"^[^:;,\d]{2,40}:\s*")     # 'Về môi trường: ' heading every label of its sentence
LEADING_AND_RX = regex.compile(r"^\W*(?:và\s+)?", regex.I)   # 'và nhóm 4 nước …': the joining word


def _elliptic_parts(labels: list[str]) -> list[str]:
    """'Tỷ trọng trong GDP của khu vực dịch vụ đạt trên 50%, khu vực công nghiệp - xây dựng trên 40%': a later part
    of one whole named only by itself repeats the head of the label before it, up to where that one names its part
    by the same kind word ('Tỷ trọng trong GDP của khu vực công nghiệp - xây dựng'; '… thuộc nhóm 65 nước …, và nhóm
    4 nước …'), or as an area ('… của dân cư thành thị là 95 - 100%, nông thôn là 93 - 95%')."""
    out = list(labels)
    for i in range(1, len(out)):
        lead = LEAD_COLON_RX.match(out[i])
        core = GROUP_TAIL_RX.sub("", out[i][lead.end():] if lead and out[0].startswith(lead.group(0)) else out[i])
        m = PART_ONLY_RX.match(core)
        if m is None:
            continue
        kind = m.group("kind")
        rx = regex.compile(r"\s" + r"\s+".join(kind.split()) + r"\b", regex.I) if kind else PART_AREA_RX
        at = [w.start() for w in rx.finditer(out[i - 1])]
        head = out[i - 1][:at[-1]] if at else ""
        if len(WORD_RX.findall(_strip_cues(head))) >= 2:
            out[i] = f"{head} {LEADING_AND_RX.sub('', core).strip(' ,')}"
    return out


UNIT_KINDS_AND_RX = _P.get("label_part.unit_kinds_and").regex
SHARED_VERB_RX = _P.get("label_part.shared_verb").regex


def _shared_verbs(clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'… có 06 huyện, thị xã, thành phố và 300 xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số': a count of
    units named only by their kinds, joined by 'và' to the next count, shares what that one's label goes on to say."""
    out = list(labels)
    for i in range(len(figs) - 2, -1, -1):
        f, g = figs[i], figs[i + 1]
        if f.unit in (None, "%") or g.unit in (None, "%") or i + 1 >= len(out):
            continue
        verb = SHARED_VERB_RX.search(out[i + 1])
        if verb and UNIT_KINDS_AND_RX.fullmatch(clause[f.end:g.expr_start]) and not SHARED_VERB_RX.search(out[i]):
            out[i] = f"{out[i]} {out[i + 1][verb.start():].strip()}"
    return out


JOINED_AND_RX = regex.compile(r"^\W*và\s+", regex.I)   # 'và 97% trẻ em …': a figure joined to the one before


PREDICATE_ITEM_RX = _P.get("label.predicate_item").regex


def _predicate_ahead(after: str, label: str) -> str:
    """'90% hồ sơ công việc tại Bộ Y tế, Sở Y tế; 80% hồ sơ công việc của … quận/huyện được xử lý trên môi trường
    mạng.': the items after a label, each a share of the same thing (its first two words), up to the sentence's end;
    when only the last says what is done to it ('được …'), the label without a predicate of its own shares it."""
    if " được " in f" {label.lower()} " or not after.lstrip().startswith(";"):
        return label
    rest = after.lstrip()[1:]
    end = regex.search(r"\.(?:\s|$)", rest)
    # a list item ends on ';' too ('- 90% …; 80% … được xử lý …;'): nothing after the last one is no item
    items = [PREDICATE_ITEM_RX.match(x) for x in (rest[:end.start()] if end else rest).split(";") if x.strip()]
    head = [w.lower() for w in WORD_RX.findall(label)[:2]]
    if len(head) < 2 or not items or None in items or items[-1].group("pred") is None \
            or any(x.group("pred") for x in items[:-1]) \
            or any([w.lower() for w in WORD_RX.findall(x.group("item"))[:2]] != head for x in items):
        return label
    return f"{label} {' '.join(items[-1].group('pred').split())}"


JOINED_SHARE_LEAD_RX = _P.get("label_part.joined_share_lead").regex


def _after_joined_predicate(clause: str, f: Figure, label: str) -> str:
    """'Các chương trình … được tổ chức đồng bộ, thống nhất trên nền tảng công nghệ số và có ít nhất 90% hồ sơ công việc
    cấp tỉnh …': a share of the things named after it, joined by 'và' to another predicate of the sentence's subject,
    is labelled by those things, not by that predicate ('hồ sơ công việc cấp tỉnh …')."""
    if f.unit != "%" or len(WORD_RX.findall(regex.split(r"[,;.]", clause[f.expr_end:])[0])) < 2:
        return label
    piece = clause[clause.rfind(",", 0, f.expr_start) + 1:f.expr_start]
    m = JOINED_SHARE_LEAD_RX.match(piece)
    pred = " ".join(m.group("pred").split()) if m else ""
    if len(WORD_RX.findall(pred)) < 2 or not label.startswith(pred):
        return label
    return regex.sub(r"^\W*(?:và\s+)?(?:có\s+)?", "", label[len(pred):])


def _own_body_label(clause: str, f: Figure, label: str) -> str:
    """'90% hồ sơ công việc tại Bộ Y tế, Sở Y tế …' split by level: each target's label names its own body ('hồ sơ
    công việc tại Bộ Y tế …' for bộ, '… tại Sở Y tế …' for tỉnh)."""
    bodies = bodies_by_level(clause, f) if f.level else {}
    listed = WORK_OF_BODIES_RX.match(clause[f.end:]) if bodies else None
    if f.level not in bodies or listed is None or listed.group("bodies") not in label:
        return label
    return label.replace(listed.group("bodies"), bodies[f.level], 1)


def _elliptic_objects(labels: list[str]) -> list[str]:
    """'Tỷ lệ huy động trẻ đến trường đạt 38% trẻ em trong độ tuổi nhà trẻ và 97% trẻ em trong độ tuổi mẫu giáo': a
    figure joined by 'và' whose words open as the words after the figure before do ('trẻ em trong độ tuổi') measures
    the same thing of another group: it repeats the head of the label before it, up to those words."""
    out = list(labels)
    for i in range(1, len(out)):
        joined = JOINED_AND_RX.match(out[i])
        words = WORD_RX.findall(out[i][joined.end():]) if joined else []
        if len(words) < 3:
            continue
        rx = regex.compile(r"\s" + r"\s+".join(map(regex.escape, words[:2])) + r"\b", regex.I)
        at = [w.start() for w in rx.finditer(out[i - 1])]
        head = out[i - 1][:at[-1]] if at else ""
        if len(WORD_RX.findall(head)) >= 2:
            out[i] = f"{head} {out[i][joined.end():].strip(' ,')}"
    return out


BLANK_PERIODS_RX = _P.get("label_part.blank_periods").regex


def _only_period(label: str) -> Optional[str]:
    """The period an elliptic clause states instead of a label ('và giai đoạn 2026 - 2030 là', 'còn năm 2030'):
    it repeats the indicator of the clause before it for another period. None when the clause names a thing."""
    periods = find_periods(label)
    if not periods:
        return None
    rest = label
    for p in reversed(periods):
        rest = rest[:p.start] + " " + rest[p.end:]
    if WORD_RX.findall(ELLIPSIS_FILLER_RX.sub(" ", rest)):
        return None
    return " ".join(label[p.start:p.end] for p in periods)


SHARED_RX = _P.get("label_part.shared").regex


SHARED_HEAD_RX = _P.get("label_part.shared_head").regex


def _shared_items(clause: str, f: Figure) -> list[str]:
    """'... đối với tỷ lệ cấp kết quả điện tử, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ, tỷ lệ ... đều ở mức
    100%': one figure that several listed rates share ('đều') sets one target for each; their labels."""
    m = SHARED_RX.search(clause, 0, f.expr_start)
    if m is None:
        return []
    before = clause[:m.start()]
    heads = [h.start(1) for h in SHARED_HEAD_RX.finditer(before)]
    if len(heads) < 2:
        return []
    bounds = heads + [len(before)]
    items = [regex.sub(r"\s+và\s*$", "", before[bounds[i]:bounds[i + 1]]).strip(" ,;") for i in range(len(heads))]
    return [x for x in items if len(WORD_RX.findall(x)) >= 3]


PLURAL_HEAD_RX = _P.get("label_part.plural_head").regex
PLURAL_TAIL_RX = _P.get("label_part.plural_tail").regex
PARTS_SPLIT_RX = regex.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


def _plural_head_items(label: str) -> list[str]:
    """'các chỉ số về Chính phủ số, Kinh tế số, Xã hội số của tỉnh': a head in the plural over parts named after it
    (after 'về', or each by a capitalised name) sets one target per part; each label is the head, the part, and the
    tail the last part ends with ('chỉ số về Chính phủ số của tỉnh')."""
    m = PLURAL_HEAD_RX.search(label)
    if m is None:
        return []
    items = m.group("items")
    tail = PLURAL_TAIL_RX.search(items)
    parts = [x.strip() for x in PARTS_SPLIT_RX.split(items[:tail.start()] if tail else items)]
    named = m.group("about") or all(x[:1].isupper() for x in parts)
    if len(parts) < 2 or not named or not all(1 <= len(WORD_RX.findall(x)) <= 5 for x in parts):
        return []
    head = " ".join(filter(None, [label[:m.start()].strip(), m.group("head"), m.group("about")]))
    return [f"{head} {x}{tail.group(0) if tail else ''}" for x in parts]


def _two_measures_items(label: str, labels: list[str]) -> list[str]:
    """'tỷ lệ giải quyết hồ sơ đúng hạn và mức độ hài lòng của người dân đạt từ 98% trở lên': two measures, each
    opened by its own measure word, joined by 'và' before one figure, share it: one target each, each label its own
    words (the words before the first measure head the first). A grade ('mức độ 3 và mức độ 4') is no measure; nor are
    two measures that several figures of the clause are labelled by ('… và tỷ lệ tiêm chủng đạt 95%, 98%')."""
    m = TWO_MEASURES_RX.search(label) if labels.count(label) == 1 else None
    if m is None:
        return []
    return [label[:m.end("first")].strip(), label[m.start("second"):].strip()]


TWO_MEASURES_RX = _P.get("label_part.two_measures").regex


def _reduced_items(clause: str, f: Figure) -> list[str]:
    """'Giảm ít nhất 30% về thời gian giải quyết, chi phí tuân thủ và điều kiện kinh doanh': one reduction that the
    burdens listed after it share sets one target for each (patterns `reduction_verb`, `reduced_object`); their
    labels, the verb with each. A list that is not all burdens is a purpose ('…, bảo đảm chất lượng và hiệu quả')."""
    verb = _first("reduction_verb", clause[:f.start])
    m = REDUCED_LIST_RX.match(clause, f.end) if verb is not None else None    # the list only after a reduction
    if m is None:
        return []
    items = [x.strip() for x in LIST_SPLIT_RX.split(m.group(1))]
    if len(items) < 2 or not all(_first("reduced_object", x) for x in items):
        return []
    head = BOUND_TAIL_RX.sub("", verb[1].group(0).strip())
    return [head + " " + ABOUT_HEAD_RX.sub("", x) for x in items]


# what follows a reduction's figure when it names several burdens: ', ' between them, 'và' before the last, nothing
# after the last but the end of the clause or the sentence
REDUCED_LIST_RX = _P.get("label_part.reduced_list").regex
BOUND_TAIL_RX = _P.get("label_part.bound_tail").regex
ABOUT_HEAD_RX = _P.get("label_part.about_head").regex


# 'giảm tai nạn giao thông từ 5%-10% cả 3 tiêu chí số vụ, số người chết, bị thương': one range the criteria named after
# it share
CRITERIA_RX = _P.get("label_part.criteria").regex
NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}


def _criteria_items(label: str) -> list[str]:
    """One target per criterion a figure is said to hold for ('… cả 3 tiêu chí số vụ, số người chết, bị thương'): the
    measure before the criteria with each of them, when as many are named as the count says."""
    m = CRITERIA_RX.search(label)
    if m is None:
        return []
    items = [x.strip() for x in LIST_SPLIT_RX.split(TAIL_COMPARED_RX.sub("", m.group("items"))) if x.strip()]
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
    head = label[:m.start()].strip(" ,;:")
    if len(items) != count or len(items) < 2 or len(WORD_RX.findall(head)) < 2:
        return []
    return [f"{head} {x}" for x in items]


TAIL_COMPARED_RX = regex.compile(r"\s+so\s+với\s+.*$", regex.I)    # '… bị thương so với năm 2018'



# 'tỷ trọng giá trị sản xuất nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 60%, 28%, 12%': a subject of several
# parts, then the figures of each in the same order
RESPECTIVE_LEAD = _P.get("label.respective_lead")
RESPECTIVE_LEAD_RX = RESPECTIVE_LEAD.regex
RESPECTIVE_JOINT_RX = regex.compile(r"\s*(?:,|và|;|[-–—])?\s*(?:và\s+)?")   # '36,2% - 34,5% - 29,3%' too
LEAD_PERIOD_RX = regex.compile(r"^\W*(?:mục\s+tiêu\s+)?(?:(?:đến|tới)\s+)?(?:(?:hết\s+)?năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*,\s*",
                               regex.I)


def respective_labels(clause: str, figs: list[Figure]) -> Optional[tuple[list[Figure], list[str]]]:
    """The figures listed 'lần lượt' after a subject of as many parts, and one label per part: the head the first part
    is written with, then the part ('tỷ trọng giá trị sản xuất thủy sản'). None when the counts differ."""
    paired = _paired_labels(clause, figs)
    if paired or not RESPECTIVE_LEAD.may_match(clause):    # no 'lần lượt', no 'tương ứng': the lead cannot match
        return paired or None
    for i, first in enumerate(figs):
        m = RESPECTIVE_LEAD_RX.search(clause, 0, first.expr_start)
        if m is None or m.end() < first.expr_start:
            continue
        run = [first]
        for f in figs[i + 1:]:
            if not RESPECTIVE_JOINT_RX.fullmatch(clause[run[-1].end:f.expr_start]) or f.unit != first.unit:
                break
            run.append(f)
        split = _respective_split(LEAD_PERIOD_RX.sub("", m.group("subject").strip()), len(run))
        if len(run) < 2 or split is None:
            return None
        return run, split[0]
    return None


RESPECTIVE_OPENER_RX = _P.get("label.respective_opener").regex
DASH_SPLIT_RX = regex.compile(r"\s+[-–—]\s+")      # a spaced dash; 'giai đoạn 2021-2025' is one piece


def _respective_split(subject: str, n: int) -> Optional[tuple[list[str], str, list[str]]]:
    """A subject of n parts ('tỷ trọng giá trị sản xuất nông nghiệp, thủy sản, lâm nghiệp'): one label per part, the
    head the first part is written with, then the part; the head and the parts too. A head the parts follow after
    'với các ngành' or a colon ('Cơ cấu kinh tế giai đoạn 2021-2025 với các ngành Công nghiệp - Xây dựng, Dịch vụ và
    Nông nghiệp') is cut there, its parts after a colon, however many words the first has. None when the counts differ."""
    pieces = [p.strip() for p in LIST_SPLIT_RX.split(subject.lstrip("-+•* ")) if p.strip()]
    if len(pieces) != n:              # 'nông nghiệp - công nghiệp - dịch vụ', parts named as the figures are joined
        pieces = [p.strip() for p in DASH_SPLIT_RX.split(subject.lstrip("-+•* ")) if p.strip()]
    if len(pieces) != n or any(len(p.split()) > 5 for p in pieces[1:]):
        return None
    parts = pieces[1 - n:]
    first_piece = ", ".join(pieces[:1 - n])
    opener = None
    for opener in RESPECTIVE_OPENER_RX.finditer(first_piece):
        pass
    if opener is not None and len(WORD_RX.findall(first_piece[:opener.start()])) >= 2 \
            and WORD_RX.search(first_piece[opener.end():]):
        head, parts = first_piece[:opener.start()].strip(" ,"), [first_piece[opener.end():].strip()] + parts
        return [f"{head}: {p}" for p in parts], head, parts
    head_words = first_piece.split()
    k = len(parts[0].split())
    if len(head_words) <= k:
        return None
    head = " ".join(head_words[:-k])
    parts = [" ".join(head_words[-k:])] + parts
    return [f"{head} {p}" for p in parts], head, parts


FIGURE_ONLY_PARENS_RX = regex.compile(r"\((\s*\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*\s*)?%\s*)\)")


def respective_runs(text: str, figs: list[Figure]) -> dict[int, str]:
    """Each figure listed 'lần lượt' in an item, by its start, with its part's label: '… với các ngành Công nghiệp -
    Xây dựng, Dịch vụ và Nông- Lâm-Thủy sản lần lượt là (32-33%), (42-43%) và (19-20%); giai đoạn 2026-2030 lần
    lượt là (33-35%), (43-45%) và (17-18%)'. A parenthesis that holds only a figure is no aside; a later clause that
    names only its period ('giai đoạn 2026-2030 lần lượt là') lists the same parts for that period."""
    plain = FIGURE_ONLY_PARENS_RX.sub(lambda m: f" {m.group(1)} ", text)      # same length: offsets hold
    out: dict[int, str] = {}
    carried: Optional[tuple[str, list[str]]] = None
    rest = sorted(figs, key=lambda f: f.start)
    while rest:
        hit = respective_labels(plain, rest)
        if hit is None:
            hit = _period_only_run(plain, rest, carried)
            if hit is None:
                break
        run, labels = hit
        out.update({f.start: x for f, x in zip(run, labels)})
        lead = RESPECTIVE_LEAD_RX.search(plain, 0, run[0].expr_start)
        split = _respective_split(LEAD_PERIOD_RX.sub("", lead.group("subject").strip()), len(run)) if lead else None
        carried = (split[1], split[2]) if split else carried
        rest = [f for f in rest if f.start > run[-1].start]
    return out


def _period_only_run(text: str, figs: list[Figure], carried: Optional[tuple[str, list[str]]]):
    """'…; giai đoạn 2026-2030 lần lượt là 33-35%, 43-45% và 17-18%': the parts of the run before, for this period."""
    if carried is None:
        return None
    head, parts = carried
    for i, first in enumerate(figs):
        m = RESPECTIVE_LEAD_RX.search(text, 0, first.expr_start)
        if m is None or m.end() < first.expr_start:
            continue
        # '…, giai đoạn 2026-2030 tương ứng 34,6% - 35,5% - 29,9%': the words after the run before's last comma
        subject = m.group("subject").strip(" ;,").rsplit(",", 1)[-1].strip()
        run = [first]
        for f in figs[i + 1:]:
            if len(run) == len(parts) or not RESPECTIVE_JOINT_RX.fullmatch(text[run[-1].end:f.expr_start]) \
                    or f.unit != first.unit:
                break
            run.append(f)
        if len(run) != len(parts) or not _only_period(subject):
            return None
        old = find_periods(head)
        new_head = (head[:old[-1].start] + subject + head[old[-1].end:]) if old else f"{head} {subject}"
        return run, [f"{new_head}: {p}" for p in parts]
    return None


PAIRED_LEAD_RX = _P.get("label.paired_lead").regex
PAIRED_TAIL_RX = _P.get("label.paired_tail").regex


def _paired_labels(clause: str, figs: list[Figure]) -> Optional[tuple[list[Figure], list[str]]]:
    """'Số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp đạt khoảng 37-38% và 31% lực lượng lao động trong độ
    tuổi': two parts of one kind (they open with the same words, 'bảo hiểm') before one verb, then two figures of one
    unit joined by 'và': each figure is its part's, in order, and the words after the second are both's. None for
    any other shape."""
    for f, g in zip(figs, figs[1:]):
        lead = PAIRED_LEAD_RX.search(clause, 0, f.start)
        if lead is None or lead.end() < f.start or f.unit != g.unit \
                or not regex.fullmatch(r"\s+và\s+(?:khoảng\s+|trên\s+)?", clause[f.end:g.expr_start]):
            continue
        parts = _two_parts(lead.group("subject"))
        tail = PAIRED_TAIL_RX.match(clause[g.end:])
        if parts is None:
            return None
        shared = f" {' '.join(tail.group('tail').split())}" if tail else ""
        return [f, g], [f"{parts[0]} {p}{shared}" for p in parts[1:]]
    return None


def _two_parts(subject: str) -> Optional[list[str]]:
    """'Số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp' → [head, part 1, part 2] when the second part opens
    with the words the first part opens with (two of them, or one when the part is that short); else None."""
    joints = list(LIST_JOINT_RX.finditer(subject))
    if not joints:
        return None
    first, second = subject[:joints[-1].start()], subject[joints[-1].end():].strip()
    words = second.split()
    if not words or len(words) > 5:
        return None
    at = []
    for kind in (words[:2], words[:1]) if len(words) <= 3 else (words[:2],):   # 'bảo hiểm …'; 'hộ cận nghèo'
        at = at or [m.start() for m in regex.finditer(r"(?:^|\s)" + r"\s+".join(map(regex.escape, kind)) + r"\b",
                                                      first, regex.I)]
    head = first[:at[-1]].strip() if at else ""
    head = head[max(head.rfind(","), head.rfind(":")) + 1:].strip()
    if len(WORD_RX.findall(_strip_cues(head))) < 2:
        return None
    return [" ".join(head.split()), " ".join(first[at[-1]:].split()), " ".join(second.split())]


JOINT_TRADE_RX = _P.get("label.joint_trade").regex


def _joint_items(label: str) -> list[str]:
    """'… kim ngạch xuất khẩu, nhập khẩu tăng từ 10% trở lên': exports and imports named under one 'kim ngạch' share the
    figure, one target each; the label of each names its own turnover (the sum, 'xuất nhập khẩu', is one)."""
    m = JOINT_TRADE_RX.search(label)
    if m is None:
        return []
    return [f"{label[:m.start()]}kim ngạch {x}{label[m.end():]}" for x in ("xuất khẩu", "nhập khẩu")]


NAMED_COUNT_PART_RX = _P.get("label_part.named_count_part").regex


def named_count_parts(clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'đón 4.200.000 lượt khách tham quan du lịch, trong đó khách quốc tế là 500.000 lượt khách, khách nội địa:
    3.700.000 lượt khách': the parts of an amount, each named before its own amount of the same unit, are that amount's
    counted things with the part's name ('lượt khách tham quan du lịch: khách quốc tế'). The first part must be opened
    by 'trong đó'; the parts after it run on with a comma."""
    out = list(labels)
    head = None
    for i in range(1, min(len(figs), len(out))):
        whole, f = figs[i - 1], figs[i]
        m = NAMED_COUNT_PART_RX.fullmatch(clause[whole.end:f.expr_start])
        if m is None or f.unit in (None, "%") or f.unit != whole.unit:
            head = None
            continue
        if head is None:
            if not m.group("opener"):
                continue
            head = f"{whole.unit} {m.group('noun').strip()}".strip()
        out[i] = f"{head}: {m.group('name').strip()}"
    return out


def opened_parts(clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'tạo thêm việc làm mới cho 21.000 lao động, trong đó XKLĐ 1.500 người': a part named after 'trong đó' right
    before its own amount is the whole's measure, narrowed ('… việc làm mới cho 21.000 lao động, trong đó XKLĐ')."""
    out = list(labels)
    for i in range(1, min(len(figs), len(out))):
        gap = clause[figs[i - 1].end:figs[i].expr_start]
        if figs[i].unit not in (None, "%", "%/năm") and NAMED_PART_GAP_RX.fullmatch(gap) \
                and out[i].lower().startswith("trong") and ":" not in out[i - 1]:
            out[i] = f"{out[i - 1].rstrip(' ,')}, {' '.join(gap.strip(' ,').split())}"
    return out


NAMED_PART_GAP_RX = _P.get("figure.named_part_gap").regex


def shared_share_tails(block: Block, recs: list) -> None:
    """'90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện … được xử lý trên môi trường mạng': a share
    of things named with no predicate, in the sentence of the next share of the same things, takes what the next one
    says of them (`label_part.share_tail`)."""
    for r, s in zip(recs, recs[1:]):
        if r.target_unit != "%" or s.target_unit != "%" or r.target_prov is None or s.target_prov is None \
                or SHARE_TAIL_RX.search(r.label) or _head(r.label) != _head(s.label) or len(_head(r.label)) < 3:
            continue
        tail = SHARE_TAIL_RX.search(s.label)
        between = block.text[r.target_prov.end - block.start:s.target_prov.start - block.start]
        if tail and ". " not in between and _share_led(block, r) and _share_led(block, s) \
                and _only_its_things(r.label, s.label[:tail.start()]):
            _relabel(r, f"{r.label.rstrip(' ,;')}{tail.group(0)}")


def _only_its_things(label: str, things: str) -> bool:
    """The share before names the same things, but for a word or two (its level: 'tại cấp tỉnh'), and says nothing of
    its own of them ('… lao động sử dụng điện thoại thông minh' does)."""
    own = set(things.lower().split())
    return sum(w not in own for w in label.lower().split()) <= 2


def _head(label: str) -> list[str]:
    return label.lower().split()[:3]


def _share_led(block: Block, r) -> bool:
    """The record's label is the words right after its share ('90% hồ sơ công việc …')."""
    after = block.text[r.target_prov.end - block.start:].lstrip(" %")
    return after.lower().startswith(" ".join(_head(r.label)))


SHARE_TAIL_RX = _P.get("label_part.share_tail").regex
RANK_TOPIC_RX = _P.get("label_part.rank_topic").regex
RANK_RUN_RX = _P.get("label_part.rank_run").regex


def shared_rank_topics(clause: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'thuộc nhóm 3 nước dẫn đầu ASEAN, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số': ranks run
    together share the topic the last one names ('… dẫn đầu ASEAN về năng lực cạnh tranh số')."""
    out = list(labels)
    for i in range(min(len(figs), len(out)) - 2, -1, -1):
        f, g = figs[i], figs[i + 1]
        if f.unit != "hạng" or g.unit != "hạng" or not RANK_RUN_RX.fullmatch(clause[f.end:g.start]):
            continue
        topic = RANK_TOPIC_RX.search(out[i + 1])
        if topic and not RANK_TOPIC_RX.search(out[i]):
            out[i] = f"{out[i].rstrip(' ,')}{topic.group(0)}"
    return out
