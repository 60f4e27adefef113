"""The labels and years a reader reads, from round 64's excerpts (news items on plans for digital transformation, a
satisfaction survey, a commune's 'Gia đình số' aims) and round 65's (a council's targets for a year): where a label
starts and stops, and the year an untitled text's targets take from its opening. Short strings from those texts, or
paraphrased in their style, with counterexamples; labels compared whole, in document order."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def labels(*paras: str) -> list[str]:
    return [r.label for r in run([P(t) for t in paras])]


def years(*paras: str) -> list[tuple[float, int | None]]:
    return [(r.target_value, r.target_year) for r in run([P(t) for t in paras])]


# --- an untitled text (a news item) that opens by setting an aim for a period: its body's targets that name no time of
# their own are that period's. Counterexamples: an opening that reports results, one that names no period, and a
# text with a title of its own (its title's period stays the targets') --------------------------------------------


@pytest.mark.parametrize("paras, expected", [
    (("Đông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025 (QNO) - Ngày 3/4, UBND huyện Đông Giang ban hành kế "
      "hoạch chuyển đổi số năm 2025, tập trung vào ba trụ cột: chính quyền số, kinh tế số và xã hội số.",
      "Về xã hội số, huyện hướng đến 80% hộ gia đình có internet cáp quang; 95% nhà văn hóa thôn, khối phố được lắp "
      "đặt wifi phục vụ cộng đồng."),
     [(80.0, 2025), (95.0, 2025)]),
    (("Quảng Ngãi đặt mục tiêu kinh tế số chiếm 20% GRDP đến năm 2025",
      "Kế hoạch cũng đề ra các mục tiêu cụ thể về chuyển đổi số trong cộng đồng và doanh nghiệp.",
      "Theo đó, trên 50% doanh nghiệp nhỏ và vừa sẽ sử dụng nền tảng số; 80% người dân trên 15 tuổi có tài khoản "
      "thanh toán ngân hàng."),
     [(50.0, 2025), (80.0, 2025)]),
    # counterexamples: the opening reports; it names no period
    (("Năm 2024, huyện đã đạt 95% hồ sơ xử lý trực tuyến, hoàn thành kế hoạch chuyển đổi số năm 2024.",
      "Về xã hội số, huyện hướng đến 80% hộ gia đình có internet cáp quang."),
     [(80.0, None)]),
    (("Huyện đặt mục tiêu chuyển đổi số toàn diện, tập trung vào ba trụ cột.",
      "Về xã hội số, huyện hướng đến 80% hộ gia đình có internet cáp quang."),
     [(80.0, None)]),
])
def test_untitled_text_opening_aim_gives_the_year(paras, expected):
    assert [x for x in years(*paras) if x[0] in {v for v, _ in expected}] == expected


def test_a_title_period_stays_the_targets():
    recs = run(HEADER_PLAN + [P("Đến năm 2030, huyện đặt mục tiêu chuyển đổi số toàn diện."),
                              P("Huyện hướng đến 80% hộ gia đình có internet cáp quang.")])
    assert [(r.target_value, r.target_year) for r in recs] == [(80.0, 2025)]


# --- where a label starts and stops ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # an enumeration of short pieces before a long last one: the label reaches back to the rate that heads it
    ("Theo thông tin tại hội nghị, xã Ân Tường đặt mục tiêu phấn đấu đến cuối năm 2026, tỷ lệ gia đình cán bộ, công "
     "chức, viên chức, giáo viên đạt các tiêu chí và được công nhận “Gia đình số” là 100%.",
     ["tỷ lệ gia đình cán bộ, công chức, viên chức, giáo viên đạt các tiêu chí và được công nhận “Gia đình số” là"]),
    # counterexample: short actions in a row are no enumeration of what is counted
    ("Quốc hội kêu gọi đồng bào nêu cao tinh thần thi đua yêu nước, thích ứng linh hoạt, hiệu quả với bối cảnh, tình "
     "hình thế giới, trong nước, tăng tốc, bứt phá, về đích, thực hiện thành công Kế hoạch phát triển kinh tế - xã hội "
     "năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên, làm nền tảng vững chắc cho tăng trưởng hai con số.",
     ["thực hiện thành công Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng, làm nền tảng vững "
      "chắc cho tăng trưởng hai con số"]),
    # a joining word opens no label ('với', 'và'); ', đồng thời …' after the figure ends it
    ("Đến cuối năm 2025, tỉnh phấn đấu kinh tế số sẽ chiếm 20% GRDP, với ít nhất 10% tỷ trọng kinh tế số trong mỗi "
     "ngành. Thương mại điện tử được kỳ vọng sẽ chiếm trên 10% tổng mức bán lẻ, và năng suất lao động hàng năm tăng "
     "tối thiểu 7%.",
     ["kinh tế số sẽ chiếm GRDP", "tỷ trọng kinh tế số trong mỗi ngành",
      "Thương mại điện tử được kỳ vọng sẽ chiếm tổng mức bán lẻ", "năng suất lao động hàng năm tăng"]),
    ("UBND tỉnh vừa ban hành kế hoạch nhằm thúc đẩy mạnh mẽ kinh tế số trong các ngành và lĩnh vực, đặt mục tiêu đạt "
     "tỷ trọng 20% GRDP vào năm 2025, đồng thời nâng cao năng suất lao động và mức độ ứng dụng công nghệ số trong cộng "
     "đồng và doanh nghiệp.",
     ["tỷ trọng GRDP vào năm 2025"]),
    # a list's lead with 'gồm' and no colon
    ("Cụ thể, các chỉ tiêu về kinh tế gồm tổng sản phẩm trên địa bàn tăng trên 10%; tỷ lệ đô thị hóa đạt trên 45%.",
     ["tổng sản phẩm trên địa bàn tăng", "tỷ lệ đô thị hóa"]),
    # … or 'một trong các mục tiêu … là' before a quoted aim: the quotation marks and the cue leave it too
    ("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011-2020, đặt ra một trong các mục tiêu quan trọng là "
     "“bảo đảm sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức trên 80% vào "
     "năm 2020”.",
     ["sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt mức vào năm 2020"]),
    ("Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở lên, tổng giá "
     "trị sản xuất đạt 8.962,72 tỷ đồng.",
     ["Tốc độ tăng trưởng giá trị sản xuất", "tổng giá trị sản xuất"]),
    # counterexample: 'gồm' in the measure itself stays
    ("Phấn đấu tỷ lệ hộ gia đình gồm 3 thế hệ được hỗ trợ đạt 60%.",
     ["tỷ lệ hộ gia đình gồm 3 thế hệ được hỗ trợ"]),
    # a share that a comma joins and that opens with its verb counts the people of the share before
    ("Trong lĩnh vực kinh tế số, huyện phấn đấu 100% doanh nghiệp sử dụng hóa đơn điện tử, hơn 50% sử dụng hợp đồng "
     "điện tử.",
     ["doanh nghiệp sử dụng hóa đơn điện tử", "doanh nghiệp sử dụng hợp đồng điện tử"]),
    # counterexample: a share naming its own units after the comma keeps its words
    ("Phấn đấu 100% doanh nghiệp sử dụng hóa đơn điện tử, 80% hộ gia đình có internet cáp quang.",
     ["doanh nghiệp sử dụng hóa đơn điện tử", "hộ gia đình có internet cáp quang"]),
    # the effort a sentence calls for leads to the measure it is to reach, and the aim it answers to leaves it
    ("Điều này cho thấy các cơ quan hành chính nhà nước cần nhiều nỗ lực hơn nữa để đạt mức hài lòng của người dân và "
     "tổ chức từ 80% trở lên vào năm 2020 theo mục tiêu chương trình tổng thể cải cách hành chính nhà nước.",
     ["mức hài lòng của người dân và tổ chức vào năm 2020"]),
])
def test_label_starts_and_stops(text, expected):
    assert labels(text) == expected


# --- a figure going on with aims set for two horizons, before a clause of its sentence naming the later one, is of the
# earlier one. Counterexamples: a sentence with no later clause keeps the aim's period; with no aims before, the later
# clause's period stays the figure's ----------------------------------------------------------------------------------


@pytest.mark.parametrize("paras, expected", [
    (("Nhu cầu buồng lưu trú, đến năm 2025 phấn đấu khoảng 1,3 triệu buồng, đến năm 2030 khoảng 02 triệu buồng. Đồng "
      "thời, tạo ra khoảng 6,3 triệu việc làm; đến năm 2030 tạo ra khoảng 10,5 triệu việc làm.",),
     [(1.3, 2025), (2.0, 2030), (6.3, 2025), (10.5, 2030)]),
    # counterexample: with no two horizons set before, the later clause's period stays the first figure's (a plan to 2030)
    (("Nghị quyết đề ra 25 chỉ tiêu trên các lĩnh vực trong đó phấn đấu tốc độ tăng tổng giá trị sản phẩm trên địa bàn "
      "bình quân hàng năm 8%; thu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng.",),
     [(8.0, 2030), (86.4, 2030)]),
    # counterexample: 'Đồng thời, …' with no later clause goes on with the aim's period
    (("Đến năm 2030, phấn đấu tỷ lệ đô thị hóa đạt 50%. Đồng thời, tỷ lệ hộ nghèo giảm còn 1%.",),
     [(50.0, 2030), (1.0, 2030)]),
])
def test_a_later_clause_period_is_not_the_figure_s(paras, expected):
    recs = run(HEADER_PLAN + [P(t) for t in paras])      # a plan for 2025 (its title's period)
    assert [(r.target_value, r.target_year) for r in recs] == expected
