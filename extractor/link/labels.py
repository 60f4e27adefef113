"""One label per figure, from the clause it sits in: clauses split at ';' and sentence ends, and at a comma
between figures of different things; a lead ('Cơ cấu kinh tế:') heads its later parts; a long sentence is
narrowed to the comma piece around its figure."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.periods import find_periods
from extractor.link.figures import BULLET_RX, Figure, _first, ITEM_RX, levels_in, _outside_parens, WORD_RX
from extractor.link.label_parts import (CONJ_RX, ELLIPSIS_TAIL_RX, _group_part, _growth_subject, _only_period,
                                        OWN_MEASURE_RX, _own_population, _period_groups, SUBPART_START_RX,
                                        _with_counted_noun)
from extractor.link.records import aim_only, _clean_label, _is_period_lead, names_a_part, SPEAKER_LEAD_RX, _strip_cues
from extractor.link.sentences import _blank_parens
from extractor.patterns import load_data, load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


# a sentence ends at ';', at '. ' before a capital, and at '. ' before the number or dash of an item run into
# the paragraph ('... 60 triệu đồng. 3. Tổng sản lượng ...', '... trở lên. - Lương thực bình quân ...')
SENTENCE_RX = _P.get("label.sentence").regex


def _named_before_period(text: str, a0: int, a: int) -> int:
    """Where the comma piece before `a` starts: a piece that gives only the period ('…, đến năm 2025 đạt từ 85 triệu
    đồng') is of the measure the piece before it names, after the list's lead and its colon."""
    return max(text.rfind(",", a0, a - 1), text.rfind(":", a0, a - 1), a0 - 1) + 1


def _figure_labels(text: str, figs: list[Figure], start: int, narrow: int = 40) -> list[str]:
    """One label per figure, from the clause it sits in: clauses split at ';' and sentence ends, and at a
    comma between two figures that are not one target split by level ('Tốc độ tăng GDP đạt 8% trở lên,
    quy mô GDP năm 2025 đạt khoảng trên 500 tỉ USD'). A lead 'Cơ cấu kinh tế:' of the first clause heads
    the later ones ('...; Dịch vụ chiếm khoảng 40,94%')."""
    outside = _outside_parens(text)
    cuts = [m.start() for m in SENTENCE_RX.finditer(text, start) if outside[m.start()]]
    bounds = [start] + [c + 1 for c in cuts] + [len(text) + 1]
    spans = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    # an aside in parentheses does not make a sentence long ('... từng ngành, lĩnh vực đạt tối thiểu 10% (đến năm
    # 2030 đạt tối thiểu 20%, riêng ngành du lịch ... đạt tối thiểu 30%)'): its words are not counted
    if len(spans) == 1 and not _comma_split(text, figs) and len(WORD_RX.findall(_blank_parens(text[start:]))) <= narrow:
        return [_clean_label(text, figs, start)] * len(figs)
    lead, lead_colon = _measure_lead(text, start, spans[0][1])
    # 'Cơ cấu kinh tế: Nông nghiệp: 75%; dịch vụ, du lịch: 20%': the lead's first clause names a part of its own
    # before the figure, so the later 'part: figure' clauses are parts of the lead too
    parts = lead_colon >= 0 and bool(figs) and text.find(":", lead_colon + 1, figs[0].expr_start) > 0
    regrouped = _period_groups(text, spans) if lead else {}
    out = []
    for f in figs:
        a0, b = next(((x, y) for x, y in spans if x <= f.start < y), (start, len(text)))
        a, b = _comma_span(text, f, figs, a0, b)
        if len(WORD_RX.findall(text[a:b])) > narrow:
            a, b = _narrow(text, f, a, b)
        mine = [g for g in figs if a <= g.start < b]
        label = _clean_label(text[:b], mine, a)
        if a > a0 and _only_period(label) and not any(a0 <= g.start < a for g in figs):
            a = _named_before_period(text, a0, a)     # '… đưa thu nhập bình quân …, đến năm 2025 đạt từ 85 triệu đồng'
            label = _clean_label(text[:b], mine, a)
        if a > a0 and len(WORD_RX.findall(CONJ_RX.sub("", text[a:f.expr_start]))) == 0:
            head = [g for g in figs if a0 <= g.start < a][:1]     # '22 - 23 triệu lượt khách ..., 120 - 130 triệu lượt ...'
            # after a lead that ends in ':' every share is of the lead ('cắt giảm ít nhất: 25% thời gian …, 25% chi
            # phí …'); else a share before its own people is not of the measure before ('…, 70% cha mẹ … biết …')
            if head and (_own_population(f, label) or _own_count(f, head[0], label)) \
                    and not text[a0:head[0].expr_start].rstrip().endswith(":") \
                    and not _objects_of_one_verb(text, head[0], text[a:f.expr_start]):
                head = []
            near = [g for g in figs if a0 <= g.start < a]
            if len(near) > 1 and head and text.rfind(", ", near[-2].end, near[-1].start) >= 0:
                # '…, tăng bình quân 25%/năm, đạt tỷ lệ thu ngân sách từ GDP 15% năm 2010 và 15,5% năm 2020': the
                # clause goes on with the figure right before it, which a comma parts from the earlier ones
                label = f"{_growth_subject(out[figs.index(near[-1])])} {CONJ_RX.sub('', label).strip()}".strip()
            elif head:
                label = f"{_clean_label(text[:head[0].expr_start], [], a0)} {CONJ_RX.sub('', label).strip()}".strip()
        if lead and a0 in regrouped:          # '...; Đến năm 2030: Nông nghiệp 34-35%; Công nghiệp ... 45-46%'
            label = f"{_growth_subject(lead)} {regrouped[a0]}: {label}"
        elif lead and a > spans[0][1] and (parts or ":" not in text[a:b]) and not label.startswith(lead):
            label = f"{lead}: {label}"
        elif lead and a > spans[0][1] and out and out[-1].startswith(f"{lead}:") and _part_colon(text, a, f) \
                and not label.startswith(lead):
            label = f"{lead}: {label}"        # '…: Nông nghiệp 80%; dịch vụ 15%; tiểu thủ công nghiệp: 5%'
        elif lead and a0 == spans[0][0] and a > lead_colon >= a0 and not label.startswith(lead):
            # 'Cơ cấu kinh tế: Nông nghiệp 37-38%, Công nghiệp - Xây dựng 47-48%'
            label = f"{lead}: {_with_part_head(out[0] if out else '', lead, label)}"
        elif lead and f is figs[0] and len(figs) > 1 and a0 <= lead_colon < f.expr_start \
                and names_a_part(text[lead_colon + 1:f.expr_start]):
            label = f"{lead}: {' '.join(text[lead_colon + 1:f.expr_start].split())}"   # 'Cơ cấu ...: nông nghiệp 20%, ...'

        prev = figs.index(f) - 1
        aim = aim_only(text[figs[prev].end:f.expr_start]) if prev >= 0 and out else None
        if aim:                               # '... (GDP) khoảng 6,5-7%, phấn đấu đạt 7-7,5%': the same indicator's aim
            label = f"{_growth_subject(out[-1])} {aim}"
        elif prev >= 0 and out and a0 <= figs[prev].start and _first("growth", _without_lead(label, lead)):
            # 'tốc độ tăng bình quân' of what came before, not of a list's lead ('Các chỉ tiêu chính gồm: ..., tăng 12%')
            label = f"{_without_lead(label, lead)} {_growth_subject(out[-1])}"
        elif prev >= 0 and out and SHARE_OPENS_RX.match(label):
            label = f"{_share_owner(out[-1])} {label.strip()}"   # '… 53-60 nghìn tỷ đồng, chiếm 20-22%': its share
        elif prev >= 0 and out and _base_only_label(out[0], label):
            label = _base_only_label(out[0], label)     # '…, GRDP … tăng 10,6%, …, từ 61.245 tỷ đồng năm 2025 lên'
        elif prev >= 0 and out and FIGURE_WORD_RX.fullmatch(label):
            label = f"{_growth_subject(out[-1])} {label.strip()}"   # '…, hướng tới con số 260.000 tỉ đồng': its figure
        elif prev >= 0 and out and a0 <= figs[prev].start and (_only_period(label)
                                                               or _amount_after_period(text, a, f, figs[prev])):
            subject = ELLIPSIS_TAIL_RX.sub("", _growth_subject(out[-1]))
            # '... là 14-15% và giai đoạn 2026 - 2030 là 13-14%'; '… vào năm 2025 và năm 2030 là 45 ngàn người'
            label = f"{subject} {_only_period(label) or _amount_after_period(text, a, f, figs[prev])}"
        elif prev >= 0 and out and SUBPART_START_RX.match(label) and f.unit and f.unit == figs[prev].unit != "%":
            label = _with_counted_noun(label, out[-1], f.unit)
        elif prev >= 0 and out and a0 <= figs[prev].start and _names_levels_only(_without_lead(label, lead)):
            # '… tại cấp tỉnh đạt 100%, cấp huyện đạt 90%': the level's clause is of the measure before it
            label = f"{_without_trailing_levels(out[-1])} {_without_lead(label, lead)}"
        elif prev >= 0 and out and a0 <= figs[prev].start and f.unit == figs[prev].unit \
                and _repeated_part_head(out[-1], label):
            # '… khu vực I là 33%, khu vực II 26%'; a class's 'trung bình' is said of its value, not of the class
            label = f"{_repeated_part_head(out[-1], label)} {AVERAGE_TAIL_RX.sub('', label)}"
        elif prev >= 0 and out and a0 <= figs[prev].start and _sibling_measure(out[-1], label):
            label = _sibling_measure(out[-1], label)    # '… về số lượng giao dịch … và giá trị giao dịch đạt …'
        elif prev >= 0 and out and a0 <= figs[prev].start and _opening_subject(text, a0, figs[0], label):
            label = f"{_opening_subject(text, a0, figs[0], label)} {label}"   # 'Vụ đông năm 2020, …, giá trị đạt …'
        elif prev >= 0 and out and a0 <= figs[prev].start:
            label = _group_part(out[-1], label)
        out.append(label)
    out = _shared_qualifier(text, figs, _shared_tail(text, figs, out))
    return _added_labels(_growth_parts(figs, _shared_people(text, figs, _objects_of_change(text, figs, _shared_predicate(text, figs, out)))))


def _amount_after_period(text: str, a: int, f: Figure, before: Figure) -> Optional[str]:
    """'… 38 ngàn lao động vào năm 2025 và năm 2030 là 45 ngàn người': an amount whose clause names only a period
    before it, whatever its counted noun after it, is the clause before's measure for that period: the period. So
    is a share followed only by the whole it is of, after a bare share (`before`: '… đạt trên 38% và năm 2030 đạt trên
    42% dân số'); after a share of the same whole ('năm 2016 đạt 81,5% dân số, năm 2017 đạt 84,3% dân số') the run of
    years is labelled by its lead."""
    if f.unit == "%" and SHARE_WHOLE_AFTER_RX.match(text, f.end) and not SHARE_WHOLE_AFTER_RX.match(text, before.end):
        return _only_period(_strip_cues(text[a:f.expr_start]))     # 'và năm 2030 đạt trên ': its cue is no name
    return _only_period(text[a:f.start]) if f.unit not in (None, "%", "%/năm") else None


SHARE_WHOLE_AFTER_RX = _P.get("label_part.share_whole_after").regex


GROWTH_MEASURE_RX = _P.get("label_part.growth_measure").regex
GROWTH_PART_RX = _P.get("label_part.growth_part").regex


def _growth_parts(figs: list[Figure], labels: list[str]) -> list[str]:
    """'… tốc độ tăng trưởng giá trị tăng thêm đạt từ 7% trở lên, trong đó Ngành nông lâm nghiệp tăng 3,2%/năm, Công
    nghiệp xây dựng tăng 9,7%/năm': the parts of a growth target grow in its measure; each is labelled by that measure
    and its own words, as a list's items take their head."""
    out, measure = list(labels), None
    for i, (f, label) in enumerate(zip(figs, labels)):
        part = GROWTH_PART_RX.match(label) if f.unit in ("%", "%/năm") else None
        if part and i and (measure or _first_words(label) == "trong đó"):
            measure = measure or _growth_measure(out[i - 1], figs[i - 1])
            if measure:
                out[i] = f"{measure} {' '.join(part.group('part').split())}"
                continue
        measure = None
    return out


ADDED_LABEL_RX = _P.get("label.added_from").regex        # 'và thêm 2 xã …': from 'thêm' on


def _added_labels(labels: list[str]) -> list[str]:
    """'… và thêm 2 xã đạt chuẩn nông thôn mới': an added count is labelled from its 'thêm' on."""
    return [ADDED_LABEL_RX.sub("", x) for x in labels]


def _first_words(label: str) -> str:
    return " ".join(label.lower().split()[:2])


def _growth_measure(whole: str, f: Figure) -> Optional[str]:
    """The measure of a growth target's label ('tốc độ tăng trưởng bình quân giá trị tăng thêm'), if it is one."""
    m = GROWTH_MEASURE_RX.search(whole) if f.unit in ("%", "%/năm") else None
    return " ".join(m.group(0).split()).strip(" ,:") if m else None


def _own_count(f: Figure, head: Figure, label: str) -> bool:
    """'80% số xã đạt chuẩn …, có ít nhất 3 huyện/thành phố đạt chuẩn …': a count after a share, written before the
    things it counts and what they do, measures those things, not the share's."""
    return head.unit == "%" and f.unit not in (None, "%", "%/năm") and len(WORD_RX.findall(_strip_cues(label))) >= 3


def _share_owner(before: str) -> str:
    """Whose share a clause opening with 'chiếm' or 'đóng góp' states: the measure before it, or the owner it names
    after its last 'của' ('tốc độ tăng trưởng bình quân của kinh tế tư nhân' → 'kinh tế tư nhân')."""
    subject = _growth_subject(before)
    owner = regex.split(r"\s+của\s+", subject)[-1]
    return owner if len(WORD_RX.findall(owner)) >= 2 else subject


def _part_colon(text: str, a: int, f: Figure) -> bool:
    """A later clause of a lead's parts that sets its figure after a colon of its own ('; tiểu thủ công nghiệp: 5%'):
    a part's name before the colon, nothing but the figure after it."""
    colon = text.find(":", a, f.expr_start)
    return colon > a and not text[colon + 1:f.expr_start].strip() and names_a_part(text[a:colon])


PERIOD_PART_RX = regex.compile(r"\W*(?:và\s+)?(?:quý|tháng|năm|đợt|vụ|giai\s+đoạn|thời\s+kỳ)\b", regex.I)


AVERAGE_TAIL_RX = regex.compile(r"\s+(?:trung\s+bình|bình\s+quân)\s*$", regex.I)   # '… các đô thị loại I trung bình'


def _repeated_part_head(before: str, label: str) -> Optional[str]:
    """'Cơ cấu GRDP đến cuối nhiệm kỳ khu vực I là 33%, khu vực II 26%': a short later item that opens with the two
    words naming the first item's part ('khu vực') is a part of the same measure: the words before that part in the
    label before it head it too; so is one of two or three words that opens with the first word of the part the label
    before closes on ('cây ngô' after '…: Cây lúa'). None when the label is no such item or names no head."""
    words = WORD_RX.findall(label)
    if not 2 <= len(words) <= 7 or levels_in(label):
        return None
    # a longer item repeats three words of the first part ('… tại các đô thị đặc biệt đạt tỷ lệ 75%, các đô thị loại I
    # trung bình khoảng 20%'): one class of the same things
    opening = words[:2] if len(words) <= 5 else words[:3]
    m = regex.search(r"\s" + r"\s+".join(map(regex.escape, opening)) + r"\b", before, regex.I) \
        if len(words) >= 3 else None
    if m is None and len(words) <= 3 and not PERIOD_PART_RX.match(label):
        # '…: Cây lúa 21 ngàn ha, cây ngô 17 ngàn ha': a part of two or three words whose first word opens the part
        # the label before it closes on ('Cây lúa') names another part of the same measure (a period, 'quý III', is
        # named otherwise)
        m = regex.search(rf"(?<![^\s:,]){regex.escape(words[0])}(?:\s+\p{{L}}+){{1,2}}\s*$", before, regex.I)
    head = before[:m.start()].strip(" ,:") if m else ""
    return head if len(WORD_RX.findall(_strip_cues(head))) >= 2 else None


SIBLING_MEASURE_RX = _P.get("label.sibling_measure").regex     # 'và giá trị giao dịch'
MEASURE_NOUN = _P.get("label.measure_noun").regex.pattern        # 'số lượng', 'giá trị', 'sản lượng', …


@lru_cache(maxsize=256)
def _measured_things_rx(things: str) -> regex.Pattern:
    """A measure noun right before `things` ('số lượng giao dịch'); compiled once per things named."""
    return regex.compile(rf"\b(?P<measure>{MEASURE_NOUN})\s+{regex.escape(things)}\b", regex.I)


def _sibling_measure(before: str, label: str) -> Optional[str]:
    """'Tốc độ tăng trưởng bình quân về số lượng giao dịch qua kênh di động đạt 50-80%/năm và giá trị giao dịch đạt
    80-100%/năm': a later item that names another measure ('giá trị') of the things the label before it measures
    ('số lượng giao dịch') is that label with its measure swapped: '… về giá trị giao dịch qua kênh di động'. None
    when the label is no such item, or the label before names those things by no other measure."""
    m = SIBLING_MEASURE_RX.fullmatch(label)
    old = _measured_things_rx(" ".join(m.group("things").split())).search(before) if m else None
    if old is None or old.group("measure").lower() == m.group("measure").lower():
        return None
    return f"{before[:old.start('measure')]}{m.group('measure')}{before[old.end('measure'):]}"


def _with_part_head(first: str, lead: str, label: str) -> str:
    """'Cơ cấu kinh tế …: Tỷ trọng ngành công nghiệp … 73%, ngành thương mại - dịch vụ 17% và ngành nông, lâm, thủy sản
    10%': a later part that opens with the word naming the first part's sector ('ngành') is a share of the same
    measure; the words before that word in the first part's label ('Tỷ trọng') head it too."""
    part = CONJ_RX.sub("", label).strip()
    word = SECTOR_WORD_RX.match(part)
    at = regex.search(rf"\s{word.group(0)}\b", f" {_without_lead(first, lead)}", regex.I) if word else None
    head = _without_lead(first, lead)[:at.start()].strip(" ,:") if at else ""
    return f"{head} {part}" if 1 <= len(WORD_RX.findall(head)) <= 4 else part


SECTOR_WORD_RX = _P.get("label.sector_word").regex      # 'ngành', 'khu vực', 'lĩnh vực' opening a part


def _opening_subject(text: str, a0: int, first: Figure, label: str) -> Optional[str]:
    """'Vụ đông năm 2020, phấn đấu đạt 450 ngàn ha, giá trị đạt 36.000 tỷ đồng': a sentence opened by what it speaks
    of and a comma, with only a cue between the comma and its first figure, has every later part of a few words
    ('giá trị') be of that subject. None for an opening of a period only ('Năm 2026, phấn đấu đạt 8%, …')."""
    comma = text.find(",", a0, first.expr_start)
    if comma < 0 or not OPENING_CUE_RX.match(text[comma + 1:first.expr_start]) \
            or len(WORD_RX.findall(label)) > 3:
        return None
    subject = " ".join(BULLET_RX.sub("", text[a0:comma]).split())
    if _is_period_lead(subject) or not 2 <= len(WORD_RX.findall(subject)) <= 8 or subject.lower() in label.lower():
        return None
    return subject


LEVEL_TAIL_RX = regex.compile(r"(?:[\s,]+|\b(?:và|tại|ở)\b)+$", regex.I)
LEVEL_JOIN_RX = regex.compile(r"[\s,]+|\b(?:và|tại|ở|đối\s+với)\b", regex.I)


def _names_levels_only(label: str) -> bool:
    """'cấp huyện', 'cấp huyện và cấp xã': the clause names only the levels its figures are for, so what is
    measured is the earlier clause's measure."""
    spans = levels_in(label)
    for s, e, _ in reversed(spans):
        label = label[:s] + " " + label[e:]
    return bool(spans) and not LEVEL_JOIN_RX.sub("", label)


def _without_trailing_levels(label: str) -> str:
    """The earlier measure without the level it closed on ('… trên môi trường mạng tại cấp tỉnh' → '… mạng')."""
    while True:
        spans = levels_in(label)
        if not spans or LEVEL_JOIN_RX.sub("", label[spans[-1][1]:]):
            return label
        head = label[:spans[-1][0]]
        label = LEVEL_TAIL_RX.sub("", head)


PREDICATE_RX = _P.get("label.predicate").regex
FIGURE_WORD_RX = _P.get("label.figure_word").regex       # 'con số', 'mức': a label that names only the figure
BASE_ONLY_RX = _P.get("label.base_only").regex           # 'từ 61.245 tỷ đồng năm 2025 lên'
PIECE_SUBJECT_RX = _P.get("label.piece_subject").regex   # '…, GRDP của tỉnh dự kiến tăng'


def _base_only_label(first: str, label: str) -> Optional[str]:
    """'Theo kịch bản …, GRDP của tỉnh dự kiến tăng 10,6%, …, từ 61.245 tỷ đồng năm 2025 lên 67.735 tỷ đồng': a figure
    named only by the amount its change starts from is the level the measure of the sentence's first figure is brought
    to ('GRDP của tỉnh lên'); None for any other label, or a first label naming no subject before its verb."""
    base = BASE_ONLY_RX.match(label)
    subject = PIECE_SUBJECT_RX.search(first) if base else None
    if subject is None or len(WORD_RX.findall(subject.group("subject"))) < 2:
        return None
    return f"{' '.join(subject.group('subject').split())} {base.group('verb')}"
OBJECT_VERB_RX = _P.get("label_part.object_verb").regex     # 'cáp quang phủ ' before a share: the share is its object


def _without_lead(label: str, lead: Optional[str]) -> str:
    """The label without the list's lead that was put before it ('Các chỉ tiêu chính gồm: tăng' → 'tăng')."""
    return label[len(lead) + 1:].strip() if lead and label.startswith(f"{lead}:") else label


def _objects_of_one_verb(text: str, head: Figure, joint: str) -> bool:
    """'cáp quang phủ 100% trường học, bệnh viện và trên 80% hộ gia đình có nhu cầu': a share joined by 'và' to a
    share that a verb takes as its object is another object of that verb, not a population of its own."""
    return CONJ_RX.match(joint) is not None and OBJECT_VERB_RX.search(text, max(0, head.expr_start - 60),
                                                                      head.expr_start) is not None


def _shared_predicate(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'100% dân số đô thị và 95% dân số nông thôn được sử dụng nước sạch': figures written before the groups they
    count, joined by 'và', share what the last group is said to do; the first group's label takes it."""
    out = list(labels)
    for i in range(len(figs) - 1, 0, -1):
        f, g = figs[i - 1], figs[i]
        gap = text[f.expr_end:g.expr_start]
        # '100% dân cư thành thị, 65% dân số nông thôn, 100% các đảo … được cấp …': a comma joins the groups as 'và'
        # does when the earlier label is only the group named after its figure
        listed = regex.search(r"\s*,\s*$", gap) is not None and out[i - 1] == gap.strip(" ,")
        if f.unit != "%" or g.unit != "%" or not (listed or regex.search(r"\s+và\s+$", gap)) or regex.search(r"[;:.]", gap.rstrip(" ,")) \
                or PREDICATE_RX.search(f" {gap}") or OBJECT_VERB_RX.search(text, max(0, f.expr_start - 60), f.expr_start):
            continue                          # '… phủ 100% trường học và 80% hộ gia đình có nhu cầu': objects, no subjects
        if PERIOD_BEFORE_AND_RX.match(gap):
            continue                          # '… có bằng cấp đạt 30% năm 2025 và 40% năm 2030': one measure, two years
        p = PREDICATE_RX.search(out[i])
        # a label of the whole clause holds the predicate already ('… cấp huyện và … cấp xã được xử lý …')
        if p is not None and len(WORD_RX.findall(out[i][:p.start()])) >= 1 \
                and out[i][p.start():].strip() not in out[i - 1]:
            later = CONJ_RX.sub("", out[i]).strip()
            q = PREDICATE_RX.search(later)
            # '… các đảo có đông dân cư được cấp nước sạch': 'có' before 'được' tells the group, 'được' what is shared
            passive = regex.search(r"\sđược\s", later[q.end():]) if q is not None and q.group().strip() == "có" else None
            if passive is not None:
                q = PREDICATE_RX.search(later, q.end() + passive.start())
            if q is None or not WORD_RX.search(later[:q.start()]):
                continue                      # '… đạt 100% và 50% được bồi dưỡng …': a share of the same group, no group of its own
            out[i] = later
            out[i - 1] = f"{out[i - 1].rstrip(' ,')} {later[q.start():].strip()}"
    return out


PERIOD_GAP_RX = _P.get("label.period_gap").regex
PERIOD_BEFORE_AND_RX = _P.get("label.period_before_and").regex


def _shared_tail(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'đến năm 2025 có khoảng 12.000 doanh nghiệp và đến năm 2030 có khoảng 18.500 doanh nghiệp đăng ký hoạt động …':
    two amounts of the same things for two periods, with only the later period between them, are one measure worded
    after the later amount; the earlier label, the later one's opening words, takes the rest."""
    out = list(labels)
    for i in range(len(figs) - 1, 0, -1):
        f, g = figs[i - 1], figs[i]
        if f.unit in (None, "%") or f.unit != g.unit or not PERIOD_GAP_RX.match(text[f.end:g.expr_start]):
            continue
        if out[i].lower().startswith(out[i - 1].lower() + " "):
            out[i - 1] = out[i]
    return out


@lru_cache(maxsize=1)
def _count_units() -> frozenset[str]:
    return frozenset(u.casefold() for u in load_data("units.yaml")["count_units"] if isinstance(u, str))


def _shared_qualifier(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'có 1 khu và 5 điểm du lịch được công nhận': two counts joined by 'và' whose later things carry a qualifier
    ('điểm du lịch') that the earlier ones take too ('khu du lịch' is a unit of its own) name the same kind of
    things; the earlier label, its things last, takes the qualifier and what the later label says after it
    ('khu du lịch được công nhận'). '5 xã và 2 thị trấn' shares nothing: 'xã trấn' is no unit."""
    out = list(labels)
    for i in range(1, min(len(figs), len(out))):
        f, g = figs[i - 1], figs[i]
        if f.unit in (None, "%") or g.unit in (None, "%") or f.unit == g.unit or " " not in g.unit \
                or not regex.fullmatch(r"\s+và\s+", text[f.end:g.expr_start]):
            continue
        qualifier = g.unit.split(" ", 1)[1]
        at = out[i].casefold().find(g.unit.casefold())
        if f"{f.unit} {qualifier}".casefold() in _count_units() and at >= 0 \
                and out[i - 1].casefold().endswith(f.unit.casefold()):
            out[i - 1] = f"{out[i - 1]} {qualifier}{out[i][at + len(g.unit):]}"
    return out


CHANGE_VERB_BEFORE_RX = _P.get("label.change_verb_before").regex
OBJECT_AND_RX = _P.get("label.object_and").regex
TRAILING_AND_RX = regex.compile(r"\s+và\s*$", regex.I)    # '… biên chế công chức và ' before the next figure


def _objects_of_change(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'giảm 5 cơ quan chuyên môn và tối thiểu 1,27% biên chế công chức và 2,05% biên chế sự nghiệp': a figure joined by
    'và' (no comma, no clause of its own) to one that a verb of change takes as its object is another object of that
    verb: its label is the verb and the thing written after it ('giảm biên chế công chức')."""
    out, verb = list(labels), None
    for i in range(1, min(len(figs), len(out))):
        before = CHANGE_VERB_BEFORE_RX.search(text, max(0, figs[i - 1].start - 40), figs[i - 1].start)
        verb = before.group("verb") if before else verb      # 'và 2,05% …' after 'và 1,27% …': the same verb goes on
        end = figs[i + 1].expr_start if i + 1 < len(figs) else len(text)
        thing = OBJECT_AND_RX.match("và " + regex.split(r"[,;:.()]", text[figs[i].end:end])[0].strip())
        if verb and thing and regex.fullmatch(r"[^,;:.()]*\svà\s+(?:\p{L}+\s+){0,2}", text[figs[i - 1].end:figs[i].expr_start]):
            out[i] = f"{verb} {' '.join(TRAILING_AND_RX.sub('', thing.group('object')).split())}"
        else:
            verb = None
    return out


VERB_FIRST_RX = _P.get("label.verb_first").regex      # 'và có chữ ký số …'
VERB_OPENS_RX = _P.get("label.verb_opens").regex      # 'sử dụng hợp đồng điện tử' after a comma
COMMA_JOINT_RX = regex.compile(r"[^,;:.]*,\s*")        # '… hóa đơn điện tử, ' : one comma, right before the share


def _shared_people(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'80% dân số trưởng thành có định danh điện tử và 50% có chữ ký số cá nhân': a share joined by 'và' whose words
    open with what is done ('có', 'được') names no people of its own; it counts the people the share before it counts,
    the words between that share and their own verb ('dân số trưởng thành có chữ ký số cá nhân')."""
    out = list(labels)
    for i in range(1, min(len(figs), len(out))):
        f, g = figs[i - 1], figs[i]
        gap = text[f.end:g.expr_start]
        # … or one a comma joins, right before it: '100% doanh nghiệp sử dụng hóa đơn điện tử, hơn 50% sử dụng hợp đồng
        # điện tử' (the share before names its people, this one only what they do)
        joint = VERB_FIRST_RX.match(out[i]) if "," not in gap else \
            VERB_OPENS_RX.match(out[i]) if COMMA_JOINT_RX.fullmatch(gap) else None
        verb = PREDICATE_RX.search(" " + gap)
        people = text[f.end:f.end + verb.start()].strip() if verb else ""
        if joint and f.unit == g.unit == "%" and 1 <= len(WORD_RX.findall(people)) <= 6 \
                and not regex.search(r"[;:.]", gap):
            out[i] = f"{' '.join(people.split())} {out[i][joint.end():].strip()}"
    return out


def _measure_lead(text: str, start: int, end: int) -> tuple[Optional[str], int]:
    """The first sentence's lead and its colon; a lead of a period only ('Mục tiêu năm 2030: Cơ cấu kinh tế: …')
    gives way to the lead after it, which names the measure."""
    colon = text.find(":", start, end)
    lead = _lead_phrase(text[start:end])
    if lead is None and 0 <= colon and _is_period_lead(_strip_cues(text[start:colon])):
        lead = _lead_phrase(text[colon + 1:end])
        colon = text.find(":", colon + 1, end) if lead else -1
    return lead, (colon if lead else -1)


def _lead_phrase(first: str) -> Optional[str]:
    colon = first.find(":")
    opening = OPENING_TIME_RX.match(first, 0, max(colon, 0)) or OPENING_YEAR_RX.match(first, 0, max(colon, 0))
    size = colon - (opening.end() if opening else 0)    # 'Đến cuối nhiệm kỳ, …' does not make a lead long
    if 3 < size < 60 and SPEAKER_LEAD_RX.match(first[:colon + 1] + " x x"):
        return None                           # 'Thông báo nêu rõ: …', 'Chủ tịch yêu cầu: …' name who speaks, not a measure
    if 3 < size < 60 and (MOTTO_LEAD_RX.match(first[:colon]) or DETAILS_LEAD_RX.match(first[:colon])):
        return None                           # 'Với phương châm: “…”, …' names a slogan, 'Cụ thể như: …' nothing
    if 3 < size < 60 and not _is_period_lead(first[:colon]):
        return BULLET_RX.sub("", ITEM_RX.sub("", first[:colon], count=1), count=1).strip()
    return None


OPENING_TIME_RX = _P.get("label.opening_time").regex
OPENING_CUE_RX = _P.get("label.opening_cue").regex
OPENING_YEAR_RX = _P.get("label.opening_year_bare").regex
MOTTO_LEAD_RX = _P.get("label.motto_lead").regex
DETAILS_LEAD_RX = _P.get("label.details_lead").regex


def _comma_split(text: str, figs: list[Figure]) -> bool:
    return any(_comma_between(text, figs[i - 1], figs[i]) is not None for i in range(1, len(figs)))


def _comma_between(text: str, f: Figure, g: Figure) -> Optional[int]:
    """A comma (else a 'và') between two figures of different things (no level split: one measure split by level keeps
    its unit; '… 95% cấp xã, giảm 5 cơ quan chuyên môn' goes on to a thing counted otherwise)."""
    if _level_split(f, g):
        return None
    gap = text[f.expr_end:g.expr_start]
    outside = _outside_parens(gap)
    for m in SECTOR_NAME_RX.finditer(gap):    # 'ngành nông, lâm, thủy sản': one name, its commas part nothing
        outside[m.start():m.end()] = [False] * (m.end() - m.start())
    # ', trong đó, ít nhất 20% số huyện ...' opens the part the next figure is about: the split is there, not at the
    # commas of an enumeration the first figure counts ('50% huyện, thị xã, thành phố thuộc tỉnh đạt chuẩn')
    m = next((m for m in SUBPART_RX.finditer(gap) if outside[m.start()]), None)
    if f.unit == "hạng":                      # a rank's group has commas of its own: 'nhóm 10 tỉnh, thành phố dẫn đầu'
        m = m or next((m for m in regex.finditer(r"\s+và\s+", gap) if outside[m.start()]), None)
    # '100% các tỉnh, thành phố đưa …, 80% tỉnh, thành phố có …': a figure right after a comma opens its own clause;
    # the commas before it enumerate what the first figure counts
    last = regex.search(r"(?:,\s*|\s+và\s+)$", gap)
    m = m or (last if last is not None and outside[last.start()] else None)
    names = {c - f.expr_end for c in _name_commas(text, f.expr_end, g.expr_start)}
    m = m or next((m for m in regex.finditer(r",\s*", gap) if outside[m.start()] and m.start() not in names), None)
    if m is not None and not SUBPART_RX.match(gap, m.start()):
        # '15 làng, đơn vị và 1 xã văn hóa': a comma with a word or two, then 'và', enumerates the first figure's
        # things; the split is at 'và'
        tail = regex.match(r",\s*((?:[^\W\d]+\s+){1,3}?)và\s+$", gap[m.start():])
        if tail:
            m = regex.search(r"\s+và\s+$", gap)
    m = m or next((m for m in regex.finditer(r"\s+và\s+", gap) if outside[m.start()]), None)
    m = m or VERB_RIGHT_AFTER_RX.match(gap) or WITH_NEXT_RX.match(gap)
    return f.expr_end + m.start() if m else None


# '… xuống dưới 12,5‰ giảm tỷ suất tử vong trẻ dưới 5 tuổi …': a verb of change right after a figure opens the next
# target's clause where the source left out the comma
VERB_RIGHT_AFTER_RX = _P.get("label.verb_right_after").regex
SHARE_OPENS_RX = _P.get("label.share_opens").regex   # '…, chiếm 20-22%': a share of the measure before
WITH_NEXT_RX = _P.get("label.with_next").regex        # '… 9-10%/năm với tổng vốn … đạt 260-270 nghìn tỷ đồng'


SUBPART_RX = _P.get("label.subpart").regex
SECTOR_NAME_RX = _P.get("label.sector_name").regex   # 'nông, lâm, thủy sản'


def _narrow(text: str, f: Figure, a: int, b: int) -> tuple[int, int]:
    """A long sentence's label is the comma-delimited piece around its figure ('..., đạt được mục tiêu tăng
    trưởng kinh tế 8% trong năm 2025 của Tỉnh và ...')."""
    outside = _outside_parens(text)
    quoted = {i for m in QUOTED_NAME_RX.finditer(text, a, b) for i in range(m.start(), m.end())} | _name_commas(text, a, b)
    # a decimal comma ('từ 17,5% năm 2025 xuống còn 14%') parts no pieces
    commas = [i for i in range(a, b) if text[i] == "," and outside[i] and i not in quoted
              and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit())]
    before = [i for i in commas if i < f.expr_start]
    lo = before[-1] + 1 if before else a
    if CUE_PIECE_RX.match(text, lo):
        return a, b                           # ', phải đạt 90% trong năm 2025': the subject is before the comma
    if before:
        k = len(before) - 1
        while k >= 1 and len(WORD_RX.findall(text[before[k - 1]:before[k]])) <= 3:
            k -= 1                            # 'giáo dục đại học, cao đẳng, đào tạo nghề ... đạt tối thiểu 30%'
        # a long last piece goes on an enumeration of two short pieces or more, its first words the last item, when
        # the piece before them names a rate or a number: 'tỷ lệ gia đình cán bộ, công chức, viên chức, giáo viên đạt
        # các tiêu chí … là 100%' (not '…, tăng tốc, bứt phá, về đích, thực hiện thành công Kế hoạch …')
        run = len(before) - 1 - k
        head = text[before[k - 1] + 1 if k >= 1 else a:before[k]]
        if run and (len(WORD_RX.findall(text[lo:f.expr_start])) <= 8 or run >= 2 and COUNTED_HEAD_RX.match(head)):
            lo = before[k - 1] + 1 if k >= 1 else a   # an enumeration: its head noun is in the piece before it
    lo = _enumerated_heads(text, a, before, lo)
    # on the right only before a new main clause: ', tỉnh Đắk Lắk cần tiếp tục ...' (not ', giải quyết trên ...')
    if before and lo == before[-1] + 1 and len(WORD_RX.findall(text[lo:f.expr_start])) <= 3:
        # '... trong từng ngành, lĩnh vực đạt tối thiểu 10%': too short alone; with one comma, back to the clause's
        # start ('… nâng tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30% vào năm 2025 …')
        lo = before[-2] + 1 if len(before) >= 2 else a
    hi = min([i for i in commas if i >= f.expr_end and (SUBPART_RX.match(text, i) or JOINED_CLAUSE_RX.match(text, i + 1) or (
              NEW_CLAUSE_RX.match(text, i + 1) and len(WORD_RX.findall(text[i:b])) >= 8))], default=b)
    if CUE_PIECE_RX.match(text, lo):
        return a, hi                          # ', phải đạt 90% trong năm 2025': the subject is before the comma
    return (lo, hi) if len(WORD_RX.findall(text[lo:hi])) >= 5 else (a, b)


def _enumerated_heads(text: str, a: int, commas: list[int], lo: int) -> int:
    """'… thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và … thuộc vùng nghèo, vùng khó khăn qua đào tạo đạt 68%':
    a piece that opens with the head noun the piece before ends on ('vùng nghèo, vùng khó khăn') goes on one
    enumeration; the label reaches back over it, piece by piece. A grade's small number ends a piece too ('… trực
    tuyến mức độ 3, mức độ 4 trên tổng số hồ sơ đạt từ 60%'), and a grade's bare number after it too ('mức độ 3, 4')."""
    while lo > a and lo - 1 in commas:
        k = commas.index(lo - 1)
        start = commas[k - 1] + 1 if k >= 1 else a
        if GRADE_NUMBER_RX.match(text, lo) and GRADE_END_RX.search(text[start:lo - 1]):
            lo = start
            continue
        if PLURAL_END_RX.search(text[start:lo - 1]):
            lo = start                        # 'gửi của các cơ quan, đơn vị trực thuộc': bodies of one enumeration
            continue
        head = HEAD_WORD_RX.match(text, lo)
        if head is None or not _head_run_rx(head.group(1)).search(text[start:lo - 1]):
            break
        lo = start
    return lo


HEAD_WORD_RX = regex.compile(r"\s*(\p{L}+)\s")


@lru_cache(maxsize=1024)
def _head_run_rx(word: str) -> regex.Pattern:
    """A piece ending on `word` and a few words after it; compiled once per word (patterns built at run time churn
    regex's cache)."""
    return regex.compile(rf"\b{regex.escape(word)}(?:\s+(?:\p{{L}}+|\d{{1,2}}\b)){{1,4}}\s*$", regex.I)
PLURAL_END_RX = _P.get("label.plural_end").regex        # '… của các cơ quan': a plural's first noun before the comma
GRADE_END_RX = _P.get("label.grade_end").regex          # 'mức độ 3, 4': a grade's number before the comma
GRADE_NUMBER_RX = _P.get("label.grade_number").regex    # ... and another grade's bare number after it


# a quoted name keeps its commas: 'Chỉ số “Xây dựng và phát triển Chính phủ điện tử, Chính phủ số”'
QUOTED_NAME_RX = _P.get("label.quoted_name").regex
COUNTED_HEAD_RX = _P.get("label.counted_head").regex   # 'tỷ lệ gia đình cán bộ' before ', công chức, viên chức, …'
NAME_COMMA_RX = _P.get("label.name_comma").regex       # 'ngành nông, lâm nghiệp', 'tuyến tỉnh, huyện'


def _name_commas(text: str, a: int, b: int) -> set[int]:
    """Where the text has a comma inside one name ('ngành nông, lâm nghiệp và thủy sản', 'được quản lý, theo dõi')
    between `a` and `b`: no label ends there. (A name opens at most a few words before its comma.)"""
    return {m.end() - 1 for m in NAME_COMMA_RX.finditer(text, max(0, a - 40), b) if m.end() > a}


CUE_PIECE_RX = _P.get("label.cue_piece").regex


NEW_CLAUSE_RX = _P.get("label.new_clause").regex
JOINED_CLAUSE_RX = _P.get("label.joined_clause").regex   # ', đồng thời nâng cao …': another aim after the figure


def _comma_span(text: str, f: Figure, figs: list[Figure], a: int, b: int) -> tuple[int, int]:
    inside = [g for g in figs if a <= g.start < b]
    i = inside.index(f) if f in inside else -1
    if i > 0:
        c = _comma_between(text, inside[i - 1], f)
        if c is not None:
            joint = WITH_NEXT_RX.match(text, c)
            a = joint.end() if joint else c + 1     # '… với tổng vốn …': the joint is no part of the name
    # a target split by level ('100% … cấp tỉnh và 95% cấp xã, giảm 5 cơ quan …') ends where its last level's does
    j = i
    while 0 <= j < len(inside) - 1:
        c = _comma_between(text, inside[j], inside[j + 1])
        if c is not None:
            b = c
        if c is not None or not _level_split(inside[j], inside[j + 1]):
            break
        j += 1
    if j == len(inside) - 1 and j > 0 and _level_split(inside[j - 1], inside[j]) \
            and inside[j - 1].start < inside[j].start:      # one figure for several levels keeps its words
        b = _run_end(text, inside[j], b)
    return a, b


def _run_end(text: str, last: Figure, b: int) -> int:
    """'… cấp tỉnh đạt 90%, cấp huyện đạt 80% và cấp xã 75%, từng bước hình thành kho dữ liệu': a target split by
    level ends at the first comma after its last level's figure when what follows names no level: that is a clause
    of its own, no part of the measure. ('100% hồ sơ tại cấp bộ, tỉnh và xã được xử lý …' is one figure for each
    level, whose comma enumerates the levels: the caller leaves it.)"""
    outside = _outside_parens(text)
    c = next((k for k in range(last.expr_end, b) if text[k] == "," and outside[k]), None)
    return c if c is not None and not levels_in(text[c:b]) else b


def _level_split(f: Figure, g: Figure) -> bool:
    return bool(f.level or g.level) and f.unit == g.unit


def _parts_lead(clause: str, first: Figure) -> Optional[tuple[str, Optional[str]]]:
    """'Cơ cấu kinh tế … như sau: Ngành nông-lâm nghiệp chiếm 38,1%; …': a sentence's first clause whose lead ends
    in a colon and names a part before its figure: (the lead, the figure's unit), which heads the parts after it."""
    colon = clause.rfind(":", 0, first.expr_start)     # the last lead: 'Mục tiêu đến năm 2030: Cơ cấu … như sau:'
    if colon < 0:
        return about_structure_lead(clause, first)
    lead = _lead_phrase(clause[clause.rfind(":", 0, max(colon, 0)) + 1:first.expr_start]) if colon > 0 else None
    if lead is None or not names_a_part(clause[colon + 1:first.expr_start]):
        return None
    lead = _without_cue_period(lead)
    # a lead of a cue and a period only ('Phấn đấu năm 2025:') names no measure to share
    return (lead, first.unit) if len(WORD_RX.findall(_strip_cues(_growth_subject(lead)))) >= 2 else None


ABOUT_STRUCTURE_RX = _P.get("label_part.about_structure").regex


def about_structure_lead(clause: str, first: Figure) -> Optional[tuple[str, Optional[str]]]:
    """'…; về cơ cấu kinh tế, nông, lâm nghiệp, thủy sản chiếm 12,44%; công nghiệp xây dựng 42,42%; …': a structure
    named after 'về' and a comma, a part's name before the first figure: (the structure, the figure's unit)."""
    m = ABOUT_STRUCTURE_RX.match(clause, 0, first.expr_start)
    if m is None or not names_a_part(clause[m.end():first.expr_start]):
        return None
    return " ".join(m.group("lead").split()), first.unit


def _without_cue_period(lead: str) -> str:
    """'Phấn đấu đến năm 2030, cơ cấu lao động': a lead opened by a clause of a cue and a period only is the measure
    after that clause."""
    head, comma, rest = lead.rpartition(",")
    if comma and find_periods(head) and len(WORD_RX.findall(_strip_cues(_growth_subject(head)))) < 2:
        return rest.strip()
    return lead


def _under_parts_lead(parts_lead: tuple[str, Optional[str]], clause: str, f: Figure, label: str,
                      since: int = 0) -> str:
    """'…; ngành công nghiệp-xây dựng chiếm 36,5%': a later part of the same unit, named by a few words only, is a
    part of the lead's measure too, as the first one is; so is a part after another's figure in its clause ('…;
    công nghiệp, tiểu thủ công nghiệp - xây dựng 28%, nông nghiệp 2%'), named by the words since that figure, each
    of its comma pieces a part's name."""
    lead, unit = parts_lead
    between = clause[since:f.expr_start]
    about = ABOUT_STRUCTURE_RX.match(between)
    between = between[about.end():] if about else between    # the structure's own clause: its first part
    if f.unit != unit or label.startswith(lead) or OWN_MEASURE_RX.match(label) \
            or not (_names_part_before(between) or all(names_a_part(p) for p in between.split(","))):
        return label
    return f"{lead}: {label}"


COLON_ITEM_MEASURE_RX = _P.get("label_part.colon_item_measure").regex   # '…; Sản lượng thủy sản: 6.000 tấn'


def _names_part_before(between: str) -> bool:
    """The words before a later part's figure name a part: as the first one did ('…; thịt bò đạt 12.518 tấn'), or
    with a colon of their own ('…; thịt lợn: 90.000 tấn; Thịt gia cầm: 35.100 tấn'), capitalised or not."""
    head, colon, rest = between.rpartition(":")
    return names_a_part(between) or bool(colon and not rest.strip() and names_a_part(head)
                                         and not COLON_ITEM_MEASURE_RX.match(head))
