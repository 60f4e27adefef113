"""Target shapes read off round 3's held-out excerpts once they had been scored (news items retelling a
district's plan, a provincial plan's purpose line): each rule a table of strings written in the genre's style
(paraphrased, not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, HEADER_REPORT, H, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a lead with words between its noun and its verb opens a list: 'Các chỉ tiêu ... chủ yếu năm 2025 là: ...' ----

SHAPES["qualified_lead_opens_a_list"] = ([
    P("Huyện Ia Grai họp bàn kế hoạch năm 2025."),
    P("Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025 là: Tốc độ tăng giá trị sản xuất đạt 9% trở lên, tổng giá trị "
      "sản xuất đạt 7.500 tỷ đồng. Trong đó, ngành nông - lâm nghiệp, thủy sản là 2.900 tỷ đồng; ngành công nghiệp - "
      "xây dựng 3.100 tỷ đồng; ngành thương mại - dịch vụ 1.500 tỷ đồng."),
    P("Các chỉ tiêu chủ yếu trong giai đoạn 2026 - 2030 gồm: Tổng vốn đầu tư toàn xã hội bình quân 900 tỷ đồng/năm; "
      "Tăng 2 đến 3 xã đạt chuẩn nông thôn mới nâng cao."),
], [R("tốc độ tăng giá trị sản xuất", value=9, year=2025),
    R("tổng giá trị sản xuất", value=7500, unit="tỷ đồng", year=2025),
    R("ngành nông lâm nghiệp thủy sản", value=2900, unit="tỷ đồng", year=2025),
    R("ngành công nghiệp xây dựng", value=3100, unit="tỷ đồng", year=2025),
    R("ngành thương mại dịch vụ", value=1500, unit="tỷ đồng", year=2025),
    R("tổng vốn đầu tư toàn xã hội bình quân", value=900, unit="tỷ đồng", year=2030),
    R("xã đạt chuẩn nông thôn mới nâng cao", cmp="range", value=2, high=3, unit="xã", year=2030)])

# counterexamples: the same shapes after a lead about results, and amounts of a paragraph that opened no list
SHAPES["results_lead_and_no_lead_open_no_list"] = ([
    P("Huyện Ia Grai tổng kết năm 2024."),
    P("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024 là: tổng giá trị sản xuất 7.100 tỷ đồng. Trong đó, ngành "
      "nông - lâm nghiệp, thủy sản là 2.800 tỷ đồng; ngành công nghiệp - xây dựng 2.950 tỷ đồng."),
    P("Các chỉ tiêu đã đạt được trong năm 2024 gồm: ngành thương mại - dịch vụ 1.350 tỷ đồng."),
    P("Tổng chi ngân sách năm 2024 là 1.200 tỷ đồng; chi đầu tư phát triển 400 tỷ đồng."),
], [])


@pytest.mark.parametrize("piece, named", [
    ("Trong đó, ngành nông - lâm nghiệp, thủy sản là ", True),
    (" ngành công nghiệp - xây dựng ", True),
    ("Tổng vốn đầu tư toàn xã hội bình quân ", True),
    ("Tăng ", True), ("Tăng thêm ", True),
    # counterexamples: a figure already in the piece, a single word, a parenthesis
    ("ngành dịch vụ tăng 8% so với năm 2024, đạt ", False),
    ("Chi ", False),
    ("giá trị sản xuất (theo giá so sánh ", False),
])
def test_named_part(piece, named):
    from extractor.link.figures import _named_part
    assert _named_part(piece + "100 tỷ đồng", len(piece)) is named


# --- a structure's shares after a lead 'chuyển dịch như sau:'; their change against last year sets no target -----

SHAPES["structure_shares_and_their_change"] = ([
    P("Các chỉ tiêu chủ yếu năm 2025 gồm: Tốc độ tăng trưởng giá trị sản xuất đạt 9% trở lên."),
    P("Cơ cấu kinh tế chuyển dịch như sau: Ngành nông - lâm nghiệp chiếm 36,2%, giảm 0,5% so với năm 2024; ngành "
      "công nghiệp - xây dựng chiếm 37,3%, tăng 0,3% so với năm 2024; ngành dịch vụ chiếm 26,5%, tăng 0,2% so với năm "
      "2024."),
], [R("tốc độ tăng trưởng giá trị sản xuất", value=9, year=2025),
    R("ngành nông lâm nghiệp chiếm", value=36.2, year=2025),
    R("ngành công nghiệp xây dựng chiếm", value=37.3, year=2025),
    R("ngành dịch vụ chiếm", value=26.5, year=2025)])


@pytest.mark.parametrize("sentence, why", [
    ("Ngành nông nghiệp chiếm 36,2%, giảm 0,5% so với năm 2024.", "share change"),
    ("Dịch vụ chiếm khoảng 26,5%, tăng 0,2% so với năm 2024.", "share change"),
    # counterexamples: growth of an amount, growth of a rate, a second share
    ("Giá trị sản xuất đạt 2.900 tỷ đồng, tăng 8,5% so với năm 2024.", None),
    ("Tỷ lệ che phủ rừng đạt 42%, tăng 1% so với năm 2024.", None),
    ("Nông nghiệp chiếm 45%, dịch vụ chiếm 35%.", None),
])
def test_share_change(sentence, why):
    from extractor.link.figures import find_figures
    from extractor.link.not_targets import _not_a_target
    f = find_figures(sentence)[-1]
    assert _not_a_target(sentence, f) == why


@pytest.mark.parametrize("label, growth", [
    ("tăng so với năm 2023", True), ("tăng so với cùng kỳ", True), ("giảm so với dự toán năm 2024", True),
    # counterexamples: a thing of its own is named
    ("tăng tỷ lệ hộ nghèo so với năm 2023", False), ("tốc độ tăng trưởng kinh tế", False),
])
def test_growth_against_a_past_figure(label, growth):
    from extractor.link.figures import _first
    assert bool(_first("growth", label)) is growth


# --- ranks whose group has a comma ('nhóm 10 tỉnh, thành phố dẫn đầu'); a plan's purpose line; a quoted name -----

SHAPES["rank_groups_and_purpose_line"] = (HEADER_PLAN + [
    H("I. MỤC ĐÍCH, YÊU CẦU"),
    P("1. Mục đích: Chỉ số “Chuyển đổi số, chính quyền số” năm 2025 của tỉnh đứng trong Top 15 toàn quốc.",
      "list_item"),
    P("2. Yêu cầu: Các sở, ngành phối hợp chặt chẽ, bảo đảm tiến độ.", "list_item"),
    H("II. MỤC TIÊU"),
    P("Phấn đấu đến năm 2027, tỉnh trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước về kinh tế số; đến năm 2030 tiếp tục "
      "trong nhóm 15 tỉnh, thành phố dẫn đầu cả nước về kinh tế số và trong nhóm 10 tỉnh, thành phố dẫn đầu về xã "
      "hội số."),
], [R("mục đích chỉ số chuyển đổi số chính quyền số năm 2025 của tỉnh đứng trong top", cmp="<=", value=15,
      unit="hạng", year=2025),
    R("nhóm tỉnh thành phố dẫn đầu cả nước về kinh tế số", cmp="<=", value=20, unit="hạng", year=2027),
    R("nhóm tỉnh thành phố dẫn đầu cả nước về kinh tế số", cmp="<=", value=15, unit="hạng", year=2030),
    R("nhóm tỉnh thành phố dẫn đầu về xã hội số", cmp="<=", value=10, unit="hạng", year=2030)])

# counterexamples: a rank reached, reported; a purpose clause with no colon
SHAPES["rank_reached_is_no_target"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
    P("Năm 2024, Chỉ số chuyển đổi số của tỉnh đã đứng trong Top 20 toàn quốc."),
    P("Kinh phí được sử dụng đúng mục đích, 100% đơn vị đã quyết toán."),
], [])


# --- a news item: a body adopts a plan for a period, and the next sentence 'Trong đó, ...' details its targets -----

SHAPES["sentence_after_an_adopted_plan"] = ([
    P("Hội nghị Huyện ủy Krông Pa diễn ra ngày 12/3."),
    P("Hội nghị đã thảo luận và thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2026 - 2030 của "
      "huyện. Trong đó, cơ cấu kinh tế với tỷ trọng là nông nghiệp chiếm 40%, dịch vụ chiếm 38% và công nghiệp "
      "chiếm 22%."),
    # counterexamples: the body adopts no plan for a period; 'Trong đó' reports what was done
    P("Hội nghị đã thông qua Nghị quyết về công tác cán bộ. Trong đó, 85% ý kiến tán thành."),
    P("Hội nghị đã thông qua Kế hoạch chuyển đổi số giai đoạn 2026 - 2030. Trong đó, năm 2025 đã đạt 92% hồ sơ "
      "trực tuyến."),
], [R("nông nghiệp chiếm", value=40),
    R("dịch vụ chiếm", value=38),
    R("công nghiệp chiếm", value=22)])


# --- remaining misses of the earlier rounds: 'mới'/'thêm' between a verb and its bound; a second count after 'và' ---

SHAPES["bound_after_new_and_counts_joined_by_va"] = (HEADER_PLAN + [
    H("3.1. Các chỉ tiêu chủ yếu"),
    P("- Hình thành mới tối thiểu 20 - 30 hợp tác xã nông nghiệp ứng dụng công nghệ cao.", "list_item"),
    P("- Thu hút thêm ít nhất 12 dự án đầu tư vào cụm công nghiệp.", "list_item"),
    P("- Khai trương xây dựng 20 làng, khu phố và 2 xã văn hóa.", "list_item"),
    # counterexample: two counts each with its own verb, split at the comma
    P("- Xây dựng 5 mô hình điểm, thành lập 3 tổ hợp tác và duy trì hoạt động ổn định.", "list_item"),
], [R("hợp tác xã nông nghiệp ứng dụng công nghệ cao", cmp="range", value=20, high=30, unit="hợp tác xã"),
    R("dự án đầu tư cụm công nghiệp", value=12, unit="dự án"),
    R("xây dựng làng khu phố", value=20, unit="làng"),
    R("xây dựng xã văn hóa", value=2, unit="xã"),
    R("xây dựng mô hình điểm", value=5, unit="mô hình"),
    R("thành lập tổ hợp tác", value=3, unit="tổ")])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
