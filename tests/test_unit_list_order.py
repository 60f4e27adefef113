"""Rule list.units asks two things of a sentence: whether it names units with figures of its own (the sentence's
entries) and whether its paragraph lists at least MIN_UNITS of them (a list may run over the paragraph's
sentences). Both must hold, whichever is asked first (the sentence's entries are asked first since they are cheap):
a list split over sentences still gives every unit its target; a paragraph naming too few units, or a sentence of a
listing paragraph that names none, gives no list.units record. Strings paraphrased in the genre."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# a list over two sentences, the second naming a single unit: that unit is still the list's
SHAPES["list_over_sentences_second_names_one_unit"] = ([
    P("Nghị quyết giao mục tiêu tăng trưởng GRDP năm 2026 cho các địa phương."),
    P("Cụ thể, Yên Bái: 9%; Hòa Bình: 10,5%. Phú Thọ: 9,5%."),
], [R("Yên Bái", level="tỉnh", value=9), R("Hòa Bình", level="tỉnh", value=10.5),
    R("Phú Thọ", level="tỉnh", value=9.5)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_unit_list_over_sentences(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# counterexamples: too few units in the paragraph, or a sentence of the paragraph that names none, is no list
@pytest.mark.parametrize("blocks", [
    [P("Nghị quyết giao mục tiêu tăng trưởng GRDP năm 2026 cho các địa phương."),
     P("Cụ thể, Yên Bái: 9%; Hòa Bình: 10,5%.")],
    [P("Nghị quyết giao mục tiêu tăng trưởng GRDP năm 2026 cho các địa phương."),
     P("Cụ thể, Yên Bái: 9%; Hòa Bình: 10,5%; Phú Thọ: 9,5%. Tỷ lệ đô thị hóa toàn vùng phấn đấu đạt 35%.")],
])
def test_no_list_units_record_where_the_sentence_or_paragraph_lists_too_few(blocks):
    recs = run(blocks)
    listed = [r.label for r in recs if r.target_prov is not None and r.target_prov.rule == "list.units"]
    names = ("Yên Bái", "Hòa Bình", "Phú Thọ")
    if len([n for n in names if n in blocks[-1].text]) < 3:
        assert listed == []
    else:                             # the sentence naming no unit adds no list.units record
        assert len(listed) == 3 and all(any(n in x for n in names) for x in listed)
