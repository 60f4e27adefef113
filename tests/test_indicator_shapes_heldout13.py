"""Target shapes read off round 12's web excerpts once they had been scored (conclusions of the Prime Minister and
of chairmen, a congress resolution's targets under field sub-headings, ministries' and departments' reports): each
rule a table of strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are
compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import find_legal_refs
from extractor.extract.quantities import extract_quantities
from extractor.model import RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document
from test_indicator_variants import ANY, P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- lengths of road put into service as targets ('đưa vào khai thác 3.000 km đường bộ cao tốc'): the verb governs
# the amount as 'xây dựng', 'nâng cấp' do; the period cue makes it a target ------------------------------------------

SHAPES["length_put_into_service_by_year"] = ([
    P("Thông báo nêu rõ mục tiêu đến năm 2025 đưa vào khai thác 3.000 km đường bộ cao tốc, đến năm 2030 phấn đấu "
      "đưa vào khai thác 5.000km đường bộ cao tốc."),
], [R("đưa vào khai thác đường bộ cao tốc", value=3000, unit="km", year=2025),
    R("đưa vào khai thác đường bộ cao tốc", value=5000, unit="km", year=2030)])

SHAPES["length_put_into_use_in_a_plan"] = ([
    P("Phấn đấu đến hết năm 2026 đưa vào sử dụng thêm 120 km đường giao thông nông thôn."),
], [R("đường giao thông nông thôn", value=120, unit="km", year=2026)])

# counterexample: a report's length put into service is a result
SHAPES["length_put_into_service_in_a_report_is_no_target"] = ([
    P("Năm 2024, toàn tỉnh đã đưa vào khai thác 85 km đường tỉnh và đưa vào sử dụng 12 trường học."),
], [])

# --- the order a conclusion gives after the aims it serves ('Để đạt mục tiêu …, GDP bình quân đầu người năm 2025 đạt
# trên 5.000 USD, yêu cầu các cấp, các ngành, các địa phương …'): neither the last aim's label nor its level takes
# whom the order is for -----------------------------------------------------------------------------------------------

SHAPES["order_after_the_aims"] = ([
    P("Thủ tướng nhấn mạnh, để đạt mục tiêu tăng trưởng 8% trở lên, GDP bình quân đầu người năm 2025 đạt trên "
      "5.000 USD, yêu cầu các bộ, ngành, các địa phương tiếp tục triển khai quyết liệt các giải pháp."),
], [R("tăng trưởng", value=8, year=2025), R("GDP bình quân đầu người", cmp=">", value=5000, unit="USD", year=2025)])

SHAPES["chairman_asks_after_the_aim"] = ([
    P("Để hoàn thành mục tiêu năm 2026 thu ngân sách đạt trên 12.000 tỷ đồng, Chủ tịch UBND tỉnh đề nghị các sở, "
      "ngành, địa phương tập trung chống thất thu."),
], [R("thu ngân sách", cmp=">", value=12000, unit="tỷ đồng", year=2026)])


def test_order_words_are_no_part_of_the_label():
    for name in ("order_after_the_aims", "chairman_asks_after_the_aim"):
        assert not any(w in r.label for r in run(SHAPES[name][0]) for w in ("yêu cầu", "đề nghị", "địa phương"))


# counterexamples: levels named with their figures stay their levels; 'giao' that is no order keeps its words
SHAPES["levels_named_with_their_figures_stay"] = ([
    P("Phấn đấu năm 2026 tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 80%, cấp huyện đạt 60%, giao các sở hướng dẫn."),
], [R("tỷ lệ hồ sơ trực tuyến", level="tỉnh", value=80, year=2026),
    R("tỷ lệ hồ sơ trực tuyến", level="huyện", value=60, year=2026)])

SHAPES["land_allotted_is_no_order"] = ([
    P("Phấn đấu năm 2026 có 100% xã hoàn thành giao đất, giao rừng cho hộ dân."),
], [R("xã hoàn thành giao đất giao rừng cho hộ dân", value=100, year=2026)])

# --- 'Đồng thời, …' after a sentence that set an aim goes on with it, with the manner words between verb and count
# ('duy trì và cung cấp thực chất, hiệu quả 25 dịch vụ công trực tuyến toàn trình'): round 11's leftover ----------------

SHAPES["joined_sentence_after_an_aim"] = ([
    P("Đến năm 2026, kế hoạch đặt ra mục tiêu nâng cao chất lượng dịch vụ công trực tuyến cho người dân. Đồng thời, "
      "duy trì và cung cấp thực chất, hiệu quả 30 dịch vụ công trực tuyến toàn trình đã tích hợp trên Cổng."),
], [R("duy trì cung cấp dịch vụ công trực tuyến toàn trình", value=30, unit="dịch vụ công trực tuyến", year=2026)])

SHAPES["provided_count_with_manner_words"] = ([
    P("Đến năm 2026, duy trì và cung cấp ổn định, hiệu quả 40 dịch vụ công trực tuyến toàn trình."),
], [R("dịch vụ công trực tuyến toàn trình", value=40, unit="dịch vụ công trực tuyến", year=2026)])

# counterexamples: a joined sentence that says what was done, and a report's count of services, are results
SHAPES["joined_sentence_reporting_is_no_target"] = ([
    P("Năm 2026, tỉnh đặt mục tiêu nâng cao chất lượng dịch vụ công. Đồng thời, đã cung cấp 1.234 dịch vụ công trực "
      "tuyến."),
], [])

SHAPES["services_provided_in_a_report"] = ([
    P("Năm 2024, tỉnh đã cung cấp 1.234 dịch vụ công trực tuyến, tích hợp 800 dịch vụ lên Cổng Dịch vụ công quốc gia."),
], [])

# --- two staff counts that share the population written once ('có 10 bác sĩ và 30 giường bệnh/1 vạn dân'): the first
# is a rate on that population too, named by its own noun, not by the item before it -----------------------------------

SHAPES["staff_counts_sharing_a_population"] = ([
    P("Đến năm 2025, tỉ lệ lao động qua đào tạo đạt 70%; có 10 bác sĩ và 30 giường bệnh/1 vạn dân."),
], [R("tỉ lệ lao động qua đào tạo", value=70, year=2025),
    R("bác sĩ", value=10, unit="bác sĩ/1 vạn dân", year=2025),
    R("giường bệnh", value=30, unit="giường bệnh/1 vạn dân", year=2025)])

SHAPES["staff_counts_sharing_per_ten_thousand"] = ([
    P("Mục tiêu đến năm 2030 đạt 12 bác sĩ và 35 giường bệnh trên 10.000 dân."),
], [R("bác sĩ", value=12, unit="bác sĩ/10.000 dân", year=2030),
    R("giường bệnh", value=35, unit="giường bệnh/10.000 dân", year=2030)])


def test_shared_population_names_the_first_rate():
    labels = [r.label for r in run(SHAPES["staff_counts_sharing_a_population"][0])]
    assert labels[1] == "bác sĩ/1 vạn dân"


# counterexample: staff counted in a hospital with no population share no rate
SHAPES["staff_counts_without_population"] = ([
    P("Năm 2024, bệnh viện tỉnh có 120 bác sĩ và 450 giường bệnh."),
], [])

# --- an approximate range aimed at ('bình quân 5 năm đạt khoảng 6,5 - 7%/năm'), a result being one figure ---------------

SHAPES["approximate_range_of_growth"] = ([
    P("Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt khoảng 6,5 - 7%/năm."),
], [R("tốc độ tăng trưởng kinh tế bình quân", cmp="range", value=6.5, high=7, unit="%/năm")])

# counterexamples: a range reported for a year gone by with no 'khoảng', and a single approximate figure
SHAPES["reported_range_is_no_target"] = ([
    P("Hết năm 2023, tỷ lệ người dân có tài khoản thanh toán đạt 65 - 70%."),
], [])

SHAPES["single_approximate_figure_is_no_target"] = ([
    P("Tốc độ tăng trưởng kinh tế năm 2024 đạt khoảng 7%."),
], [])

# --- the aim results are weighed against ('với mục tiêu phấn đấu năm 2017 tổng thu nội địa đạt trên 5.500 tỷ đồng thì
# số thu … còn đạt thấp'): 'thì' after it opens the judgement, not a condition of the amount --------------------------

SHAPES["aim_results_are_weighed_against"] = ([
    P("Tuy vậy, với mục tiêu phấn đấu năm 2026 tổng thu nội địa toàn tỉnh đạt trên 8.000 tỷ đồng thì số thu từ thuế, "
      "phí còn đạt thấp."),
], [R("tổng thu nội địa toàn tỉnh", cmp=">", value=8000, unit="tỷ đồng", year=2026)])


def test_judgement_after_the_aim_is_no_part_of_the_label():
    assert all("thì" not in r.label for r in run(SHAPES["aim_results_are_weighed_against"][0]))


# counterexample: an amount that says whom a rule is for stays a condition
SHAPES["amount_before_thi_is_a_condition"] = ([
    P("Phấn đấu năm 2026, ở thôn có dưới 100 hộ thì tổ chức hội nghị toàn thể hộ dân."),
], [])


# --- an amount still to be added ('… yêu cầu ban hành kế hoạch chi tiết … để hoàn thành thêm khoảng 1.200 km cao tốc'):
# 'thêm' after the work looks ahead; the order and the work asked for are no part of the aim's label -----------------

SHAPES["amount_still_to_be_added"] = ([
    P("Thủ tướng yêu cầu khẩn trương ban hành kế hoạch chi tiết tiến độ các dự án để hoàn thành thêm khoảng 900 km "
      "cao tốc, bảo đảm mục tiêu có ít nhất 3.000 km đường bộ cao tốc vào cuối năm 2025."),
], [R("hoàn thành thêm cao tốc", value=900, unit="km", year=2025),
    R("đường bộ cao tốc", value=3000, unit="km", year=2025)])

SHAPES["schools_still_to_be_built"] = ([
    P("Năm 2026, tỉnh xây dựng mới thêm 20 trường học đạt chuẩn quốc gia."),
], [R("trường học đạt chuẩn quốc gia", value=20, unit="trường học", year=2026)])


def test_order_before_the_purpose_is_no_part_of_the_label():
    labels = [r.label for r in run(SHAPES["amount_still_to_be_added"][0])]
    assert labels[0] == "hoàn thành thêm cao tốc"


# counterexample: 'đáp ứng yêu cầu … để …' is no order: the share's label keeps its purpose words
SHAPES["meeting_requirements_is_no_order"] = ([
    P("Phấn đấu năm 2026, 100% công chức cấp xã được bố trí trang thiết bị đáp ứng yêu cầu công việc để giải quyết "
      "hồ sơ trên môi trường điện tử."),
], [R("công chức được bố trí trang thiết bị đáp ứng yêu cầu công việc để giải quyết hồ sơ", level="xã", value=100,
      year=2026)])

# counterexample: an amount a report says was added is a result
SHAPES["amount_added_in_a_report_is_no_target"] = ([
    P("Năm 2024, tỉnh đã hoàn thành thêm 15 km đường giao thông nông thôn."),
], [])

# --- a weak 'đạt trên' set beside an earlier year's figure ('… đều đạt trên 80% và đều tăng trưởng cao hơn so với năm
# 2022') reports results: a plan does not weigh its aim against what was --------------------------------------------

SHAPES["reached_above_and_higher_than_last_year"] = ([
    P("Trong năm 2024, các sở, ngành đều có chỉ số hài lòng đạt trên 85% và đều cao hơn so với năm 2023."),
], [])

SHAPES["above_and_higher_than_the_same_period"] = ([
    P("Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, cao hơn cùng kỳ năm trước."),
], [])

# counterexamples: a strong cue keeps the target though it is weighed against a year; a weak cue alone still sets one
SHAPES["strive_weighed_against_a_year_stays_a_target"] = ([
    P("Phấn đấu năm 2026 tỷ lệ hồ sơ trực tuyến đạt trên 80%, cao hơn so với năm 2025."),
], [R("tỷ lệ hồ sơ trực tuyến", cmp=">", value=80, year=2026)])

SHAPES["weak_cue_alone_stays_a_target"] = ([
    P("Năm 2026, tỷ lệ hài lòng của người dân đạt trên 90%."),
], [R("tỷ lệ hài lòng của người dân", cmp=">", value=90, year=2026)])


# --- who speaks in a conclusion ('Kết luận tại cuộc họp, Chủ tịch UBND tỉnh yêu cầu: phấn đấu …', 'Thông báo nêu rõ:
# …') is no part of the labels of the targets they set -------------------------------------------------------------

SHAPES["chairman_concludes_with_targets"] = ([
    P("Kết luận tại cuộc họp, Chủ tịch UBND tỉnh yêu cầu: phấn đấu tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt trên "
      "95% kế hoạch; thu ngân sách đạt 15.000 tỷ đồng."),
], [R("tỷ lệ giải ngân vốn đầu tư công", cmp=">", value=95, year=2026),
    R("thu ngân sách", value=15000, unit="tỷ đồng", year=2026)])

SHAPES["notice_states_targets"] = ([
    P("Thông báo nêu rõ: hạ tầng giao thông là trụ cột quan trọng, đặt mục tiêu đến năm 2030 đưa vào khai thác "
      "5.000 km đường bộ cao tốc."),
], [R("đưa vào khai thác đường bộ cao tốc", value=5000, unit="km", year=2030)])


def test_speaker_is_no_part_of_the_label():
    for name in ("chairman_concludes_with_targets", "notice_states_targets"):
        assert not any(w in r.label for r in run(SHAPES[name][0]) for w in ("Chủ tịch", "yêu cầu", "Thông báo"))


# counterexample: 'yêu cầu' inside what is measured stays ('hồ sơ … đáp ứng yêu cầu, đạt 90%' has no speaker)
SHAPES["requirement_word_in_the_measure_stays"] = ([
    P("Phấn đấu năm 2026 tỷ lệ hồ sơ được xử lý đáp ứng yêu cầu của người dân đạt 90%."),
], [R("tỷ lệ hồ sơ được xử lý đáp ứng yêu cầu của người dân", value=90, year=2026)])

# --- a rank aimed at in a clause after the index's result ('PAR Index năm 2024 … xếp thứ 12/63; mục tiêu năm 2025 phấn
# đấu vào tốp 10'): the clause names only its period and aim, so the index before names it ---------------------------

SHAPES["rank_aim_after_the_index_result"] = ([
    P("Chỉ số cải cách hành chính năm 2024 của tỉnh đạt 88,5%, xếp thứ 12/63; mục tiêu năm 2025 phấn đấu vào tốp 10."),
], [R("chỉ số cải cách hành chính", cmp="<=", value=10, unit="hạng", year=2025)])

SHAPES["rank_aim_after_the_rank"] = ([
    P("Chỉ số chuyển đổi số năm 2024 của tỉnh xếp thứ 20/63; năm 2025 phấn đấu vào top 15."),
], [R("chỉ số chuyển đổi số", cmp="<=", value=15, unit="hạng", year=2025)])


def test_rank_aim_label_drops_the_rank_verb():
    assert all("xếp" not in r.label for r in run(SHAPES["rank_aim_after_the_rank"][0]))


# counterexample: a rank reached with no aim is no target
SHAPES["rank_reached_is_no_target"] = ([
    P("Chỉ số chuyển đổi số năm 2024 của tỉnh xếp thứ 20/63, tăng 3 bậc, vào top 20 cả nước."),
], [])


# --- the year an aim is for, written 'trong năm 2026' after the cue ('phấn đấu trong năm 2026 có thêm 15 xã …'): no
# report of that year; and a speaker with no colon before the cue ('Chủ tịch UBND tỉnh yêu cầu phấn đấu …') -------

SHAPES["strive_within_the_year"] = ([
    P("Phấn đấu trong năm 2026 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%."),
], [R("tỷ lệ hồ sơ trực tuyến toàn trình", value=60, year=2026)])

SHAPES["chairman_asks_districts_to_strive_within_the_year"] = ([
    P("Chủ tịch UBND tỉnh yêu cầu các huyện phấn đấu trong năm 2026 có thêm 12 xã đạt chuẩn nông thôn mới, 4 xã đạt "
      "chuẩn nông thôn mới nâng cao."),
], [R("xã đạt chuẩn nông thôn mới", level=ANY, value=12, unit="xã", year=2026),
    R("xã đạt chuẩn nông thôn mới nâng cao", level=ANY, value=4, unit="xã", year=2026)])


def test_strive_labels_start_with_the_measure():
    labels = [r.label for r in run(SHAPES["strive_within_the_year"][0])]
    assert labels == ["tỷ lệ hồ sơ trực tuyến toàn trình"]


# counterexample: a report's 'trong năm 2024' still reports
SHAPES["within_a_past_year_reports"] = ([
    P("Trong năm 2024, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới."),
], [])

# --- a dated deadline ('phấn đấu đến ngày 30/6/2026 hoàn thành số hóa 100% hồ sơ') gives the target its year -------

SHAPES["dated_deadline_gives_the_year"] = ([
    P("Giao Sở Nội vụ chủ trì, phấn đấu đến ngày 30/6/2026 hoàn thành số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực."),
], [R("số hóa hồ sơ thủ tục hành chính", value=100, year=2026)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# --- counts of records a registry handles ('tiếp nhận và xử lý được 219.207 thông tin'): 'thông tin' counts -----------

def _counts(text: str) -> list[tuple[float, str]]:
    doc = normalize_document(RawDocument(format="docx", blocks=[P(text)]), "t.docx")
    return [(q.value, q.unit) for q in extract_quantities(doc, segment_document(doc)) if q.kind == "count"]


@pytest.mark.parametrize("text,expected", [
    ("Trung tâm đã tiếp nhận và xử lý được 21.207 thông tin, cung cấp cho các sở 3.800 thông tin.",
     [(21207, "thông tin"), (3800, "thông tin")]),
    ("Cập nhật, tích hợp vào cơ sở dữ liệu 58.411 thông tin lý lịch tư pháp.", [(58411, "thông tin")]),
    # counterexamples: a system's security level, and systems and portals that are counted by their own nouns
    ("Hệ thống thông tin cấp độ 3 được bảo vệ theo quy định.", []),
    ("Tỉnh có 4 hệ thống thông tin và 2 cổng thông tin điện tử.", [(4, "hệ thống"), (2, "cổng thông tin")]),
])
def test_information_records_are_counted(text, expected):
    assert _counts(text) == expected


# --- 'văn bản số N/TB-…': 'văn bản' names any paper, the type code which one -----------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("Văn phòng Chính phủ có văn bản số 401/TB-VPCP ngày 6/8/2025 thông báo kết luận của Thủ tướng", "Thông báo"),
    ("triển khai theo Văn bản số 88/KH-UBND ngày 02/3/2025 của UBND tỉnh", "Kế hoạch"),
    # counterexamples: no type code leaves 'Văn bản'; a kind written in full keeps it
    ("Văn bản số 5990/VPCP-KSTT ngày 22/8/2024", "Văn bản"),
    ("tại Công văn số 315/BC-BKHCN ngày 31/10/2025", "Công văn"),
])
def test_generic_paper_takes_its_type_code(text, kind):
    assert [r.kind for r in find_legal_refs(text)] == [kind]


@pytest.mark.parametrize("text,year", [
    ("phấn đấu đến ngày 30/6/2026 hoàn thành", 2026), ("hoàn thành trước ngày 31/12/2025", 2025),
    ("tỷ lệ giải ngân đến 30/9/2026 đạt trên 60%", 2026),
    # counterexamples: a date alone is no deadline, nor the end of the window a report covers
    ("ngày 30/6/2026 tổ chức hội nghị", None), ("số liệu từ ngày 15/12/2024 đến ngày 14/12/2025", None),
])
def test_dated_deadline_is_a_period(text, year):
    from extractor.extract.periods import find_periods
    got = [p for p in find_periods(text) if p.kind == "by_year"]
    assert (got[0].year if got else None) == year
