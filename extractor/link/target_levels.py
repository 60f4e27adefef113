"""The level of the bodies a target is for: the scope a sentence names ('trên địa bàn tỉnh'), its subject
('UBND cấp xã lựa chọn ...'), the heading above it, a block of bodies ('Khối bộ, ngành'), the level a target's own
wording names, or a province named as a part ('trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp')."""
from __future__ import annotations

from typing import Optional

from extractor.extract.provinces import province_spellings
from extractor.link.figures import BULLET_RX, Figure, _first, levels_in, PAREN_RX
from extractor.normalize.document import fold_accents, fold_tone
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _target_subject(text: str) -> Optional[str]:
    """The level a target's own wording names ('đáp ứng ... nội dung tiêu chí (...) yêu cầu đối với xã nhóm 1')."""
    hit = _first("target_subject", PAREN_RX.sub(" ", text))
    return hit[0].meta["level"] if hit else None


def _body_level(text: str, context: list[str]) -> Optional[str]:
    """The level whose bodies a target is for: the sentence's subject ('UBND cấp xã lựa chọn ...'), else the
    nearest heading naming them ('10. Ủy ban nhân dân các xã, phường')."""
    hit = _first("subject_body", text)
    if hit:
        lv = levels_in(hit[1].group(0))
        return hit[0].meta.get("level") or (lv[0][2] if lv else None)
    hit = _first("body", " ".join(context[0].split())) if context else None
    return hit[0].meta["level"] if hit else None


def _ordered_units_level(text: str, at: int) -> Optional[str]:
    """The level of the units a sentence orders to reach its figures, named anywhere before them ('Cụ thể, theo chỉ
    đạo …, các xã, phường trên địa bàn thành phố phải đảm bảo tiếp nhận tối thiểu 60% hồ sơ …, trong đó ít nhất
    20% …'): every figure after them is a target of that level."""
    hit = _first("ordered_units", text[text.rfind(". ", 0, at) + 1:at])
    return hit[0].meta["level"] if hit else None


GOES_ON_OPEN_RX = _P.get("cue.goes_on_open").regex   # 'Đặc biệt, …', 'Ngoài ra, …'


def _carried_level(before: str, sentence: str) -> Optional[str]:
    """'… các xã, phường phải đạt tối thiểu 60% hồ sơ … . Đặc biệt, 100% kết quả giải quyết … phải được trả đúng hạn':
    a sentence that says it goes on with the one before ('Đặc biệt,', 'Ngoài ra,') and names no units of its own sets
    its targets for the units that one ordered. `before` is the block's text before the sentence."""
    if not GOES_ON_OPEN_RX.match(sentence):
        return None
    before = before.rstrip()
    return _ordered_units_level(before, len(before)) or _body_level(before[before.rfind(". ") + 1:], [])


def _block_level(label: str) -> Optional[str]:
    """The level of the block of bodies a result's label names ('Khối bộ, ngành', 'khối tỉnh, thành'), or None."""
    hit = _first("block_level", label)
    return hit[0].meta["level"] if hit else None


def _scope_level(text: str) -> Optional[str]:
    """The level a scope names: one opening the item ('+ Đối với các bộ, ngành: …'), else one closing the clause
    ('100% hồ sơ … đối với cấp tỉnh; 90% đối với cấp huyện')."""
    hit = _first("scope", BULLET_RX.sub("", text, count=1))
    m = hit[1] if hit else CLOSING_SCOPE_RX.search(text)
    if not m:
        return None
    lv = levels_in(m.group("scope"))
    return lv[0][2] if lv else None


CLOSING_SCOPE_RX = load_patterns("indicators").get("closing_scope.level").regex


# '..., trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp': a province named as the part a figure is for
PROVINCE_PART_RX = _P.get("level.province_part").regex


def _province_part(clause: str, f: Figure) -> Optional[str]:
    """The level of a part named by a province after 'trong đó' ('trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp')."""
    m = PROVINCE_PART_RX.search(clause, 0, f.expr_start)
    if m is None:
        return None
    name = fold_accents(fold_tone(m.group("name"))).lower()
    return "tỉnh" if any(name == sp.lower() for sp, _, _ in province_spellings()) else None


ASSIGNED_BY_CENTRE_RX = _P.get("level.assigned_by_centre").regex
OWN_PROVINCE_RX = _P.get("level.own_province").regex


def centre_assigned_level(text: str, t: Figure) -> Optional[str]:
    """'… mới đạt 86,25%, thấp hơn … so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg … (91,5%)': a target the
    Prime Minister or the Government assigned, in a report of a province on itself ('toàn tỉnh'), is the province's."""
    if not ASSIGNED_BY_CENTRE_RX.search(text[max(0, t.start - 240):t.start]):
        return None
    return "tỉnh" if OWN_PROVINCE_RX.search(text, 0, t.start) else None


COLON_PART_RX = _P.get("level.colon_part").regex


def colon_part_levels(before: str, clause: str, figs: list[Figure]) -> list[Figure]:
    """'… được xử lý trên môi trường mạng: cấp tỉnh 90%; cấp huyện 80%; cấp xã 65%': under a lead that ends in a colon,
    a part named by a level alone is that level's target. `before`: the sentence's text before `clause`. A level inside
    a name ('cổng dịch vụ công cấp tỉnh đạt 90%') or a list with no colon lead keeps the label it has."""
    out = []
    for i, f in enumerate(figs):
        head = clause[figs[i - 1].expr_end if i else 0:f.expr_start].rstrip()
        head = head[:-1] if head.endswith(":") else head        # the part's own colon ('cấp huyện: 80%')
        colon = head.rfind(":")
        opens = colon >= 0 or (i == 0 and ":" in before)       # the part opens at the lead's colon, or its clause does
        m = COLON_PART_RX.match(head[colon + 1:].lstrip(";")) if opens and not f.level else None
        out.append(Figure(**{**f.__dict__, "level": levels_in(m.group("lv"))[0][2]}) if m else f)
    return out
