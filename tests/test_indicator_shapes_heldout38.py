"""Target shapes read off round 38's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import H, P, R, check

# --- a plain list of measures with no cue word ('1. Hạ tầng băng rộng › - Tỷ lệ hộ có cáp quang: 80%.') in a
# document that reports nothing: each bare 'name: value' item is a target; in a report it stays a result -------


@pytest.mark.parametrize("blocks, expected", [
    ([H("1. Hạ tầng băng rộng cố định"),
      P("- Tỷ lệ hộ gia đình có truy nhập cáp quang: 85%."),
      P("- Số thuê bao băng rộng cố định/100 dân: 30%."),
      P("- Tỷ lệ ấp được phủ cáp quang (FTTH): 100%")],
     [R("Tỷ lệ hộ gia đình có truy nhập cáp quang", value=85),
      R("Số thuê bao băng rộng cố định/100 dân", value=30),
      R("Tỷ lệ ấp được phủ cáp quang (FTTH)", value=100)]),
    ([H("2. Nền tảng số"),
      P("- Tỷ lệ doanh nghiệp trên địa bàn phường dùng nền tảng số: 45% .")],
     [R("Tỷ lệ doanh nghiệp trên địa bàn phường dùng nền tảng số", value=45)]),
    # counterexample: the same items in a document that reports what was reached are results
    ([H("1. Hạ tầng băng rộng cố định"),
      P("Đến nay, toàn xã đã đạt được các kết quả như sau."),
      P("- Tỷ lệ hộ gia đình có truy nhập cáp quang: 85%.")], []),
    # counterexample: under a heading about what happened
    ([H("I. KẾT QUẢ THỰC HIỆN NĂM 2024"),
      P("- Tỷ lệ hộ gia đình có truy nhập cáp quang: 85%.")], []),
    # counterexample: a value followed by more words is no bare item
    ([H("1. Hạ tầng"),
      P("- Tỷ lệ hộ gia đình có cáp quang: 85% so với cùng kỳ.")], []),
])
def test_bare_measure_items_of_a_plain_list(blocks, expected):
    check(blocks, expected)


# --- 'Khi đó,' after a paragraph that sets an aim with no figure ('Phấn đấu đến năm 2030, tỉnh hoàn thành …') states
# what the aim looks like in figures, one per level when each closes with 'đối với cấp …'; the elliptic '90% đối
# với cấp huyện' repeats the measure before it --------------------------------------------------------------------

INTRO = P("Bí thư Tỉnh ủy cho biết, Tỉnh ủy đã đề ra định hướng chuyển đổi số của tỉnh trong 10 năm tới.")
AIM = P("Phấn đấu đến năm 2030, Bạc Liêu hoàn thành chuyển đổi số đồng bộ trên phạm vi toàn tỉnh, góp phần phát "
        "triển kinh tế - xã hội bền vững.")


@pytest.mark.parametrize("blocks, expected", [
    ([INTRO, AIM, P("Khi đó, 95% văn bản được ký số và gửi nhận trên môi trường mạng đối với cấp tỉnh; 85% đối với "
                    "cấp huyện; 65% đối với cấp xã; hoàn thành kho dữ liệu dùng chung của tỉnh.")],
     [R("văn bản được ký số và gửi nhận trên môi trường mạng đối với cấp tỉnh", level="tỉnh", value=95),
      R("văn bản được ký số và gửi nhận trên môi trường mạng đối với cấp huyện", level="huyện", value=85),
      R("văn bản được ký số và gửi nhận trên môi trường mạng đối với cấp xã", level="xã", value=65)]),
    ([INTRO, AIM, P("Khi đó, 60% hoạt động thanh tra được thực hiện qua môi trường số.")],
     [R("hoạt động thanh tra được thực hiện qua môi trường số", level=None, value=60)]),
    # counterexample: after a paragraph that reports, 'Khi đó,' sets nothing
    ([INTRO, P("Năm 2024, tỉnh đã hoàn thành kết nối mạng truyền số liệu chuyên dùng đến cấp xã."),
      P("Khi đó, 95% văn bản được ký số trên môi trường mạng đối với cấp tỉnh.")], []),
    # counterexample: 'khi' opening a condition is still no target
    ([INTRO, AIM, P("Xã được công nhận đạt chuẩn khi có tỷ lệ hộ dùng nước sạch từ 95% trở lên.")], []),
])
def test_then_after_a_figureless_aim(blocks, expected):
    check(blocks, expected)


# --- a city's order to its units: 'các xã, phường … phải đảm bảo … tối thiểu 60%' anywhere in the sentence (after
# 'Cụ thể, theo chỉ đạo …,') makes every later figure of the sentence a target of level xã; other bodies do not --

NEWS = P("Thành phố yêu cầu đẩy mạnh dịch vụ công trực tuyến ở cơ sở.")


@pytest.mark.parametrize("text, expected", [
    ("Cụ thể, theo chỉ đạo được Chủ tịch UBND thành phố ký ngày 15/7/2025, các xã, phường trên địa bàn thành phố "
     "phải đảm bảo tiếp nhận tối thiểu 55% hồ sơ thủ tục hành chính qua hình thức trực tuyến.",
     [R("tiếp nhận hồ sơ thủ tục hành chính qua hình thức trực tuyến", level="xã", value=55)]),
    ("Theo kế hoạch, các huyện, thị xã phải bảo đảm tối thiểu 80% văn bản được ký số.",
     [R("văn bản được ký số", level="huyện", value=80)]),
    # counterexample: the provincial departments ordered have no level of the units
    ("Theo kế hoạch, các sở, ngành phải bảo đảm 100% hồ sơ được số hóa.",
     [R("hồ sơ được số hóa", level=None, value=100)]),
])
def test_units_ordered_in_the_sentence(text, expected):
    check([NEWS, P(text)], expected)


# --- a broadband speed written with its slash ('36 Mb/s') is one measure, a target as any other -----------------

@pytest.mark.parametrize("blocks, expected", [
    ([H("1. Mạng di động"), P("- Tốc độ băng rộng di động (tải xuống theo i-Speed): 42 Mb/s.")],
     [R("Tốc độ băng rộng di động", value=42, unit="Mb/s")]),
    ([P("Kế hoạch chuyển đổi số năm 2026"),
      P("Phấn đấu tốc độ truy nhập Internet cố định trung bình đạt 150 Mb/s.")],
     [R("tốc độ truy nhập Internet cố định", value=150, unit="Mb/s")]),
    # counterexample: people per household is no speed
    ([P("Kế hoạch chuyển đổi số năm 2026"), P("Phấn đấu bình quân 2 người/hộ có tài khoản định danh.")], []),
])
def test_broadband_speed_measure(blocks, expected):
    check(blocks, expected)


# --- 'Chính phủ yêu cầu các Bộ, ngành, địa phương …' after the aims it serves names whom it orders: no level of the
# aims (a national growth target keeps level null) -----------------------------------------------------------------

GOV = P("Chính phủ ban hành nghị quyết về các giải pháp thúc đẩy tăng trưởng kinh tế.")


@pytest.mark.parametrize("text, expected", [
    ("Theo đó, để đạt mục tiêu tăng trưởng năm 2025 từ 8% trở lên và tạo đà cho năm 2026 đạt mức trên 10%, Chính phủ "
     "yêu cầu các Bộ, ngành, địa phương tiếp tục quyết liệt triển khai các nghị quyết.",
     [R("tăng trưởng năm 2025", level=None, value=8), R("năm 2026", level=None, cmp=">", value=10)]),
    # counterexample: a level written right before its figure is still its level
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến cấp tỉnh 80%, cấp huyện 60%.",
     [R("hồ sơ trực tuyến", level="tỉnh", value=80), R("hồ sơ trực tuyến", level="huyện", value=60)]),
])
def test_government_order_after_aims_names_no_level(text, expected):
    check([GOV, P(text)], expected)


# --- a share of a part after 'trong đó' that names only what is done with it ('…, trong đó ít nhất 20% được thực hiện
# toàn trình') counts the things the share before it counts ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, tỉnh phấn đấu tiếp nhận tối thiểu 70% hồ sơ thủ tục hành chính qua hình thức trực tuyến, trong đó ít "
     "nhất 30% được thực hiện theo phương thức toàn trình.",
     [R("hồ sơ thủ tục hành chính qua hình thức trực tuyến", value=70),
      R("hồ sơ thủ tục hành chính được thực hiện theo phương thức toàn trình", value=30)]),
    # counterexample: a part that names its own things keeps its words
    ("Năm 2026, tỉnh phấn đấu tiếp nhận tối thiểu 70% hồ sơ thủ tục hành chính qua hình thức trực tuyến, trong đó "
     "hồ sơ đất đai đạt ít nhất 40%.",
     [R("hồ sơ thủ tục hành chính qua hình thức trực tuyến", value=70), R("hồ sơ đất đai", value=40)]),
])
def test_part_share_counts_the_things_before(text, expected):
    check([NEWS, P(text)], expected)
