"""Target shapes read off round 14's web excerpts once they had been scored (a Prime Minister's CCHC plan retold by
period, provincial digital plans, merged wards' and communes' reports): each rule a table of strings written in the
genre's style (paraphrased, not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities
from extractor.model import Block
from extractor.segment.sentences import sentences
from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a paragraph that opens with the period its tasks are for ('Theo đó, giai đoạn 2026 - 2027, hoàn thành việc …'),
# then further tasks with no figure, then bare shares ('100% thủ tục hành chính …'): the shares are that period's
# targets ----------------------------------------------------------------------------------------------------------

SHAPES["shares_after_a_period_opening_and_tasks"] = ([
    P("Theo đó, giai đoạn 2026 - 2027, hoàn thành việc rà soát, sửa đổi các quy định về tổ chức bộ máy hành chính."),
    P("Hoàn thiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập."),
    P("100% nền tảng số dùng chung của tỉnh được đưa vào vận hành thống nhất."),
    P("100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."),
    P("Giai đoạn 2028 - 2030, xây dựng nền hành chính hiện đại, chuyên nghiệp."),
], [R("nền tảng số dùng chung được đưa vào vận hành", value=100, year=2027),
    R("thủ tục hành chính dịch vụ công trực tuyến toàn trình", value=100, year=2027)])

SHAPES["share_right_after_a_period_opening"] = ([
    P("Đến năm 2027, xây dựng chính quyền số của huyện vận hành thông suốt."),
    P("100% văn bản đi, đến được ký số và xử lý trên môi trường điện tử."),
], [R("văn bản đi, đến được ký số", value=100, year=2027)])

# counterexamples: a period already past reviews what was done; a paragraph that says what was done breaks the chain
SHAPES["past_period_opening_sets_no_targets"] = ([
    P("Số: 15/BC-UBND"), P("Hà Tĩnh, ngày 10 tháng 01 năm 2026"), P("BÁO CÁO"),
    P("Giai đoạn 2021 - 2025, hoàn thành việc sắp xếp các đơn vị hành chính cấp xã."),
    P("100% xã, phường được kết nối mạng truyền số liệu chuyên dùng."),
], [])

SHAPES["done_task_breaks_the_period_chain"] = ([
    P("Theo đó, giai đoạn 2026 - 2027, hoàn thành việc rà soát các quy định."),
    P("Năm qua, tỉnh đã hoàn thành việc sắp xếp các đơn vị sự nghiệp."),
    P("100% xã, phường được kết nối mạng truyền số liệu chuyên dùng."),
], [])

# --- an ellipsis ends a sentence when a capital follows ('… của tỉnh… Đến năm 2030, kinh tế số chiếm 15% …'): the
# targets after it take their own period and labels, not the clause before the ellipsis ----------------------------

SHAPES["ellipsis_ends_the_sentence_before_the_next_period"] = ([
    P("Đến năm 2025, kinh tế số chiếm 10% GRDP của tỉnh; có ít nhất 10 sản phẩm chủ lực được truy xuất nguồn gốc "
      "điện tử, đáp ứng tiêu chuẩn quốc gia… Đến năm 2030, kinh tế số chiếm 20% GRDP của tỉnh; có ít nhất 25 sản "
      "phẩm chủ lực được truy xuất nguồn gốc điện tử."),
], [R("kinh tế số chiếm GRDP", value=10, year=2025),
    R("sản phẩm chủ lực được truy xuất nguồn gốc", value=10, unit="sản phẩm", year=2025),
    R("kinh tế số chiếm GRDP", value=20, year=2030),
    R("sản phẩm chủ lực được truy xuất nguồn gốc", value=25, unit="sản phẩm", year=2030)])

# --- a classification's bands ('Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ 90% trở lên; nhóm B gồm 50 tỉnh, thành đạt từ
# 80% đến dưới 90%') define its groups: no target ------------------------------------------------------------------

SHAPES["classification_bands_are_no_targets"] = ([
    P("Các địa phương được chia thành hai nhóm: Nhóm A gồm 12 tỉnh, thành đạt chỉ số từ 90% trở lên; nhóm B gồm "
      "22 tỉnh, thành đạt từ 80% đến dưới 90%."),
], [])

SHAPES["classification_of_communes_is_no_target"] = ([
    P("Kết quả đánh giá năm 2025: nhóm I có 35 xã, phường đạt từ 85% trở lên; nhóm II có 41 xã, phường đạt từ 70% "
      "đến dưới 85%."),
], [])

# counterexample: a target for a group keeps its cue
SHAPES["target_for_a_named_group_stays"] = ([
    P("Phấn đấu năm 2026 nhóm 1 gồm 10 xã đạt tỷ lệ hồ sơ trực tuyến từ 90% trở lên."),
], [R("hồ sơ trực tuyến", value=90, year=2026)])

# --- a later sentence of a paragraph of aims that names no time of its own ('Theo đó, đến năm 2025, … đạt tối thiểu
# 10%. Tỉnh có 100% sản phẩm OCOP …; có ít nhất 10 sản phẩm …') keeps the aim's period --------------------------------

SHAPES["later_sentence_keeps_the_aims_period"] = ([
    P("Theo đó, đến năm 2026, tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 12%. Huyện có 100% sản phẩm OCOP "
      "được đưa lên sàn thương mại điện tử; có ít nhất 8 hợp tác xã ứng dụng nền tảng số trong sản xuất."),
], [R("tỷ trọng kinh tế số trong từng ngành", value=12, year=2026),
    R("sản phẩm OCOP được đưa lên sàn thương mại điện tử", value=100, year=2026),
    R("hợp tác xã ứng dụng nền tảng số", value=8, unit="hợp tác xã", year=2026)])

# counterexample: a later sentence with its own year keeps its own
SHAPES["later_sentence_with_its_own_year_keeps_it"] = ([
    P("Theo đó, đến năm 2026, tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 12%. Đến năm 2030, huyện có 100% "
      "sản phẩm OCOP được đưa lên sàn thương mại điện tử."),
], [R("tỷ trọng kinh tế số trong từng ngành", value=12, year=2026),
    R("sản phẩm OCOP được đưa lên sàn thương mại điện tử", value=100, year=2030)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


def _cut(text: str) -> list[str]:
    return [s for s, _, _ in sentences(Block(index=0, kind="paragraph", text=text, start=0, end=len(text)))]


@pytest.mark.parametrize("text,want", [
    ("Tỉnh có 100% sản phẩm OCOP lên sàn thương mại điện tử… Đến năm 2030, kinh tế số chiếm 20% GRDP của tỉnh.",
     ["Tỉnh có 100% sản phẩm OCOP lên sàn thương mại điện tử…", "Đến năm 2030, kinh tế số chiếm 20% GRDP của tỉnh."]),
    ("Các lĩnh vực như y tế, giáo dục, giao thông... Năm 2026 hoàn thành số hóa toàn bộ hồ sơ của các lĩnh vực này.",
     ["Các lĩnh vực như y tế, giáo dục, giao thông...", "Năm 2026 hoàn thành số hóa toàn bộ hồ sơ của các lĩnh vực này."]),
    # counterexamples: an ellipsis before a lower-case word, or closing the text, ends nothing
    ("Hỗ trợ các hộ kinh doanh, hợp tác xã… trong việc ứng dụng nền tảng số để bán hàng trực tuyến hiệu quả.",
     ["Hỗ trợ các hộ kinh doanh, hợp tác xã… trong việc ứng dụng nền tảng số để bán hàng trực tuyến hiệu quả."]),
    ("Tổ chức các hoạt động trưng bày, triển lãm sản phẩm chuyển đổi số tiêu biểu của các địa phương…",
     ["Tổ chức các hoạt động trưng bày, triển lãm sản phẩm chuyển đổi số tiêu biểu của các địa phương…"]),
])
def test_ellipsis_before_a_capital_ends_a_sentence(text, want):
    assert _cut(text) == want


def _ratios(text: str):
    return [(f.numerator, f.denominator) for f in find_quantities(text) if f.kind == "ratio"]


@pytest.mark.parametrize("text,want", [
    # the first day of a window whose end has the year is a date, not a ratio
    ("Trong thời gian từ 1/7 đến 14/9/2025, phường tiếp nhận 3.718 hồ sơ.", []),
    ("Từ 15/3 - 20/4/2026, huyện tổ chức đợt cao điểm.", []),
    # a place in a ranking is no ratio
    ("Đến tháng 9/2025, phường vươn lên vị trí 3/126 xã, phường.", []),
    ("Tỉnh đứng 5/34 tỉnh, thành phố về Chỉ số DTI.", []),
    # counterexamples: ratios of counted things stay ratios
    ("Số xã đạt chuẩn tăng từ 5/7 đến 7/7 xã.", [(5, 7), (7, 7)]),
    ("Có 3/126 xã, phường đứng đầu về hồ sơ trực tuyến.", [(3, 126)]),
])
def test_dates_and_ranks_are_no_ratios(text, want):
    assert _ratios(text) == want


def test_closing_ellipsis_is_no_part_of_the_label():
    from test_indicator_variants import run
    recs = run([P("Đến năm 2026, có ít nhất 8 hợp tác xã ứng dụng nền tảng số trong sản xuất, tiêu thụ sản phẩm… "
                  "Đến năm 2030, có ít nhất 20 hợp tác xã ứng dụng nền tảng số.")])
    assert [r.label.endswith("…") for r in recs] == [False, False]
    assert [r.target_year for r in recs] == [2026, 2030]
