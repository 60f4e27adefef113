"""Target shapes read off round 56's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities
from extractor.model import RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document
from test_indicator_variants import ANY, H, P, R, check, run

# --- results written over a congress's targets, 'result/target' ('Đào tạo nghề cho 23.950/23.800 người', '96%/90%
# dân số dùng nước hợp vệ sinh'), in a paragraph whose verdict says so ('Đạt chỉ tiêu đại hội.') or under a heading of
# results against targets: every pair is a result over its target, amounts and counts too. The label is the words
# around the pair, not the theme before it ('3. Về y tế:'); with nothing or only an 'có' before the pair, the counted
# thing after it names it, and a run of pairs shares the tail its last item states ('… đạt tiêu chuẩn văn hóa',
# '…/1 vạn dân'). Counterexamples: a part of its whole where nothing says targets stays a ratio; a date and a số ký
# hiệu are no pair -----------------------------------------------------------------------------------------------

RESULT = dict(status=ANY, year=ANY)


@pytest.mark.parametrize("text, expected", [
    ("2. Về lao động, việc làm: Đào tạo nghề cho 23.950/23.800 người; giải quyết việc làm cho 91.300/90.000 lao động. "
     "Đạt chỉ tiêu đại hội.",
     [R("Đào tạo nghề", value=23800, unit="người", actual=23950, **RESULT),
      R("giải quyết việc làm", value=90000, unit="lao động", actual=91300, **RESULT)]),
    ("1. Về dân số: Tỷ lệ tăng dân số tự nhiên là 1,2%/1,2%; dân số trung bình của tỉnh là 612/650 nghìn người. Đạt "
     "chỉ tiêu đại hội.",
     [R("Tỷ lệ tăng dân số tự nhiên", value=1.2, actual=1.2, **RESULT),
      R("dân số trung bình của tỉnh", value=650, unit="nghìn người", actual=612, **RESULT)]),
    ("4. Về y tế: 96%/90% dân số dùng nước hợp vệ sinh; có 12,4/18 giường bệnh và 6,1/5,5 bác sỹ/1 vạn dân. Cơ bản "
     "đạt chỉ tiêu đại hội.",
     [R("dân số dùng nước hợp vệ sinh", value=90, actual=96, **RESULT),
      R("giường bệnh/1 vạn dân", value=18, unit="giường bệnh", actual=12.4, **RESULT),
      R("bác sỹ/1 vạn dân", value=5.5, unit="bác sỹ/1 vạn dân", actual=6.1, **RESULT)]),
    ("5. Về giáo dục: 98%/100% xã, phường đạt chuẩn phổ cập giáo dục tiểu học; mỗi năm có 6/6 trường đạt chuẩn quốc "
     "gia. Đạt chỉ tiêu đại hội.",
     [R("xã phường đạt chuẩn phổ cập giáo dục tiểu học", value=100, actual=98, **RESULT),
      R("mỗi năm có trường đạt chuẩn quốc gia", value=6, unit="trường", actual=6, **RESULT)]),
    ("6. Về văn hóa: 78%/88% gia đình; 62%/70% thôn, bản; 80%/90% cơ quan, đơn vị và 14%/25% xã, thị trấn đạt tiêu "
     "chuẩn văn hóa. Không đạt chỉ tiêu đại hội.",
     [R("gia đình đạt tiêu chuẩn văn hóa", value=88, actual=78, **RESULT),
      R("thôn bản đạt tiêu chuẩn văn hóa", value=70, actual=62, **RESULT),
      R("cơ quan đơn vị đạt tiêu chuẩn văn hóa", value=90, actual=80, **RESULT),
      R("xã thị trấn đạt tiêu chuẩn văn hóa", value=25, actual=14, **RESULT)]),
    # counterexamples: nothing says targets, a part of its whole and a workload stay ratios
    ("Năm 2024, toàn huyện có 41/52 xã đạt chuẩn nông thôn mới; đã giải quyết 31.450/32.010 hồ sơ.", []),
    # ... dossiers handled of those received stay a workload even in a paragraph of results against targets
    ("Bộ phận một cửa đã giải quyết 31.450/32.010 hồ sơ. Đạt chỉ tiêu kế hoạch.", []),
    # ... a date and a số ký hiệu are no pair
    ("Theo Quyết định số 17/2021/QĐ-UBND ngày 13/6/2021, đào tạo nghề cho 1.200 người. Đạt chỉ tiêu đại hội.", []),
])
def test_result_over_target_pairs_of_a_congress(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("heading, expected", [
    ("Kết quả thực hiện các chỉ tiêu văn hóa – xã hội nhiệm kỳ 2015-2020",
     [R("Đào tạo nghề", value=23800, unit="người", actual=23950, **RESULT)]),
    # counterexample: a heading of tasks says nothing of targets, the amounts stay a ratio
    ("Kết quả thực hiện nhiệm vụ năm 2024", []),
])
def test_result_over_target_pairs_under_a_heading_of_targets(heading, expected):
    check([H(heading), P("Trong nhiệm kỳ, đào tạo nghề cho 23.950/23.800 người.")], expected)


# --- a council's set targets running on over paragraphs ('Nghị quyết đề ra các chỉ tiêu chủ yếu: …' › 'Tổng thu ngân
# sách … giai đoạn 2021 - 2025 đạt 61.000 tỷ đồng …' › 'Tổng chi ngân sách … đạt 66.400 tỷ đồng …'): a paragraph that
# went on with them, naming their time, hands them on to the next one. Counterexamples: a paragraph that reports what
# was done ends the run; a paragraph of the run naming no time hands nothing on ------------------------------------

SET_LEAD = ("Nghị quyết cũng đề ra các chỉ tiêu chủ yếu giai đoạn 2021 - 2025: Tăng trưởng kinh tế bình quân 6,5 - 7%/năm; "
            "kim ngạch xuất khẩu năm 2025 đạt 3,8 tỷ USD.")
REVENUE = ("Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt 61.000 tỷ đồng, trong đó, năm 2025 đạt "
           "14.200 tỷ đồng.")
SPENDING = ("Tổng chi ngân sách địa phương giai đoạn 2021 - 2025 đạt 66.400 tỷ đồng, trong đó, năm 2025 đạt 15.900 tỷ "
            "đồng.")
SET_HEAD = [R("Tăng trưởng kinh tế bình quân", cmp="range", value=6.5, high=7, unit="%/năm"),
            R("kim ngạch xuất khẩu", value=3.8, unit="tỷ USD")]
MONEY = dict(unit="tỷ đồng", year=2025)


@pytest.mark.parametrize("blocks, expected", [
    ([P(SET_LEAD), P(REVENUE), P(SPENDING)],
     SET_HEAD + [R("Tổng thu ngân sách nhà nước giai đoạn", value=61000, **MONEY),
                 R("Tổng thu ngân sách nhà nước năm 2025", value=14200, **MONEY),
                 R("Tổng chi ngân sách địa phương giai đoạn", value=66400, **MONEY),
                 R("Tổng chi ngân sách địa phương năm 2025", value=15900, **MONEY)]),
    # counterexample: the paragraph between reports what was done, the run ends there
    ([P(SET_LEAD), P("Năm 2023, tổng thu ngân sách nhà nước trên địa bàn đã đạt 11.800 tỷ đồng."), P(SPENDING)],
     SET_HEAD),
    # counterexample: a paragraph of the run that names no time hands nothing on
    ([P(SET_LEAD), P("Tổng thu ngân sách nhà nước trên địa bàn đạt 61.000 tỷ đồng."), P(SPENDING)],
     SET_HEAD + [R("Tổng thu ngân sách nhà nước", value=61000, unit="tỷ đồng", year=2025)]),
])
def test_set_targets_run_on_over_paragraphs(blocks, expected):
    check(blocks, expected)


# --- a target's part named after 'trong đó' in a unit of its own ('tạo thêm việc làm mới cho 21.000 lao động, trong
# đó XKLĐ 1.500 người'): a target too, the whole's measure narrowed; and results with a bracket of targets 'tương ứng
# a/b' after them ('… 23.100 lao động, trong đó gồm XKLĐ 610 người (chỉ tiêu tương ứng 21.000/1.500 người)'): each
# result answers its target in order, and 'a/b' is no ratio. Counterexamples: 'tương ứng a/b' with no target word is
# the ratio it says; a part opened by 'trong đó' of a result reported stays no target -----------------------------

WORK = dict(year=ANY)


@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch năm 2023, chỉ tiêu toàn tỉnh tạo thêm việc làm mới cho 21.000 lao động, trong đó XKLĐ 1.500 người.",
     [R("chỉ tiêu toàn tỉnh tạo thêm việc làm mới", value=21000, unit="lao động", **WORK),
      R("chỉ tiêu toàn tỉnh tạo thêm việc làm mới trong đó XKLĐ", value=1500, unit="người", **WORK)]),
    ("Cụ thể trong năm 2022 đã tạo thêm việc làm mới cho 23.100 lao động, trong đó gồm XKLĐ 610 người (chỉ tiêu "
     "tương ứng 21.000/1.500 người).",
     [R("tạo thêm việc làm mới", value=21000, unit="lao động", actual=23100, **WORK),
      R("tạo thêm việc làm mới trong đó gồm XKLĐ", value=1500, unit="người", actual=610, **WORK)]),
    # counterexamples: a part of a result reported is no target; 'tương ứng a/b' with no target word is a ratio
    ("Năm 2022 đã tạo thêm việc làm mới cho 23.100 lao động, trong đó XKLĐ 610 người.", []),
    ("Năm 2022 có 30 xã đạt chuẩn nông thôn mới, tương ứng 30/45 xã.", []),
])
def test_parts_and_respective_targets_of_jobs(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, ratios", [
    ("đã tạo việc làm cho 23.100 lao động, trong đó XKLĐ 610 người (chỉ tiêu tương ứng 21.000/1.500 người).", []),
    # counterexample: 'tương ứng' as 'equal to' keeps its ratio
    ("có 30 xã đạt chuẩn nông thôn mới, tương ứng 30/45 xã.", [(30, 45)]),
])
def test_respective_targets_are_no_ratio(text, ratios):
    doc = normalize_document(RawDocument(format="docx", blocks=[P(text)]), "t.docx")
    got = [(q.numerator, q.denominator) for q in extract_quantities(doc, segment_document(doc)) if q.kind == "ratio"]
    assert got == ratios


# --- the targets a body strives to meet, listed in a bracket after their field ('Năm 2025, BHXH tỉnh phấn đấu đạt và
# vượt các chỉ tiêu phát triển BHXH, BHYT, BHTN (tỷ lệ … đạt 24%; …; tỷ lệ bao phủ BHYT đạt 95%)'): each item is a
# target of the year named before, a rate labelled by its own words. Counterexamples: a bracket after targets met
# ('đã đạt và vượt các chỉ tiêu …') lists results; a bracket after a result that passed its target is that target --


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, BHXH tỉnh phấn đấu đạt và vượt các chỉ tiêu phát triển BHXH, BHYT, BHTN (tỷ lệ lao động trong độ tuổi "
     "tham gia BHXH đạt 24%; tỷ lệ lao động trong độ tuổi tham gia BHTN đạt 14,1%; tỷ lệ bao phủ BHYT đạt 95%).",
     [R("tỷ lệ lao động trong độ tuổi tham gia BHXH", value=24, year=2025),
      R("tỷ lệ lao động trong độ tuổi tham gia BHTN", value=14.1, year=2025),
      R("tỷ lệ bao phủ BHYT", value=95, year=2025)]),
    # counterexample: the bracket lists the results of targets met
    ("Năm 2024, BHXH tỉnh đã đạt và vượt các chỉ tiêu phát triển BHXH, BHYT (tỷ lệ lao động trong độ tuổi tham gia "
     "BHXH đạt 22,1%; tỷ lệ bao phủ BHYT đạt 93%).", []),
])
def test_striven_targets_listed_in_a_bracket(text, expected):
    check([P(text)], expected)


def test_a_listed_rate_names_itself():
    labels = [r.label for r in run([P("Năm 2025, BHXH tỉnh phấn đấu đạt và vượt các chỉ tiêu phát triển BHXH, BHYT "
                                      "(tỷ lệ lao động tham gia BHXH đạt 24%; tỷ lệ bao phủ BHYT đạt 95%).")])]
    assert labels == ["tỷ lệ lao động tham gia BHXH", "tỷ lệ bao phủ BHYT"]


# --- an example list's later sentences ('Theo đó, một số mục tiêu năm 2025 như: Có hơn 25 DN KH-CN, …. 18 nhiệm vụ
# KH-CN cấp tỉnh triển khai, 15 công trình KH-CN cấp tỉnh được nghiệm thu. Có hơn 8% DN … và 12% DN …'): a sentence of
# the list's paragraph that opens with a figure goes on with the list; a count opening it, its things named and what
# is to be done with them, is an item; research tasks are outputs, not the plan's tasks; 'cấp tỉnh' after a task or
# a work is its grade, no level. Counterexamples: a later sentence that reports stays out; a plan's own tasks are no
# target ----------------------------------------------------------------------------------------------------------

EXAMPLE_LEAD = "Theo đó, một số mục tiêu được điều chỉnh trong năm 2025 như: Có hơn 25 DN KH-CN, 250 cán bộ nghiên cứu. "
EXAMPLE_HEAD = [R("DN KH-CN", cmp=">", value=25, unit="DN"), R("cán bộ nghiên cứu", value=250, unit="cán bộ")]


@pytest.mark.parametrize("rest, expected", [
    ("18 nhiệm vụ KH-CN cấp tỉnh triển khai, 15 công trình KH-CN cấp tỉnh được nghiệm thu.",
     [R("nhiệm vụ KH-CN cấp tỉnh triển khai", value=18, unit="nhiệm vụ", year=ANY),
      R("công trình KH-CN cấp tỉnh được nghiệm thu", value=15, unit="công trình", year=ANY)]),
    ("Có hơn 8% DN sử dụng kết quả nghiên cứu và 12% DN có hoạt động đổi mới quy trình.",
     [R("DN sử dụng kết quả nghiên cứu", cmp=">", value=8, year=ANY),
      R("DN có hoạt động đổi mới quy trình", value=12, year=ANY)]),
    # counterexamples: a sentence that reports what was done; the plan's own tasks
    ("Năm 2024, toàn tỉnh đã nghiệm thu 14 công trình KH-CN cấp tỉnh.", []),
    ("Kế hoạch đề ra 6 nhiệm vụ trọng tâm.", []),
])
def test_an_example_lists_later_sentences(rest, expected):
    check([P(EXAMPLE_LEAD + rest)], EXAMPLE_HEAD + expected)


# --- labels cut where a shared part lies beyond a list's comma or ';': the bodies of one enumeration after a plural
# ('… gửi của các cơ quan, đơn vị trực thuộc đạt trên 90%') stay in the label; a share of things named with no
# predicate ('85% hồ sơ công việc tại cấp tỉnh;') takes what the next share of the same things says ('… được xử lý
# trên môi trường mạng'). Counterexamples: a comma after a piece that ends on a figure still cuts; a share whose things
# differ from the next one's keeps its own words ----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Theo kế hoạch, Tổng cục xác định năm 2024, tỷ lệ văn bản điện tử gửi của các cơ quan, đơn vị trực thuộc đạt "
     "trên 92%.",
     [R("tỷ lệ văn bản điện tử gửi của các cơ quan đơn vị trực thuộc", cmp=">", value=92, year=2024)]),
    ("Đề án đặt mục tiêu đến năm 2026, 85% hồ sơ công việc tại cấp tỉnh; 75% hồ sơ công việc tại cấp huyện và 55% hồ "
     "sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật); 100% chế độ báo cáo định kỳ được kết "
     "nối, tích hợp trên Hệ thống thông tin báo cáo của tỉnh.",
     [R("hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", level="tỉnh", value=85, year=2026),
      R("hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", level="huyện", value=75, year=2026),
      R("hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", level="xã", value=55, year=2026),
      R("chế độ báo cáo định kỳ được kết nối", value=100, year=2026)]),
])
def test_labels_reach_over_a_shared_part(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, unwanted", [
    # counterexample: the shares count different things, the first keeps its own words
    ("Đề án đặt mục tiêu đến năm 2026, 85% dịch vụ công trực tuyến toàn trình; 75% hồ sơ công việc tại cấp huyện được "
     "xử lý trên môi trường mạng.", "dịch vụ công trực tuyến toàn trình được xử lý"),
    # counterexample: the share before says something of its own of the same things ('sử dụng điện thoại thông minh')
    ("Thành phố đặt mục tiêu đến năm 2026, 100% người dân trong độ tuổi lao động sử dụng điện thoại thông minh; 100% "
     "người dân trong độ tuổi lao động có tài khoản số.", "điện thoại thông minh có tài khoản"),
    # counterexample: the piece before the comma ends on a figure, not a plural: the comma still cuts
    ("Theo kế hoạch, Tổng cục xác định năm 2024, tỷ lệ văn bản điện tử gửi các đơn vị đạt 90%, tỷ lệ hồ sơ xử lý trực "
     "tuyến của các sở, ngành đạt trên 85%.", "văn bản điện tử gửi các đơn vị đạt 90%, tỷ lệ hồ sơ"),
])
def test_labels_do_not_reach_over_other_things(text, unwanted):
    assert not any(unwanted.lower() in r.label.lower() for r in run([P(text)]))


# Under a heading of results against targets, a pair followed by the share it makes is a part of its whole, not a
# result over its target; a pair with no share, or a share that is not its quotient, is read as before.
@pytest.mark.parametrize("text, pairs", [
    ("Toàn huyện có 50% số xã hoàn thành chuyển đổi số (11/22 xã, đạt 50%).", []),
    ("Số trường đạt chuẩn quốc gia 18/24 trường, bằng 75%.", []),
    ("Đào tạo nghề cho 24.020/24.000 người.", [(24020, 24000)]),
    ("Giải quyết việc làm cho 8.620/8.500 lao động, tăng 3% so với năm trước.", [(8620, 8500)]),
])
def test_a_pair_that_states_its_share_is_no_result_over_target(text, pairs):
    from extractor.link.results import slash_targets
    assert [(r.actual, r.target) for r in slash_targets(text, answers=True)] == pairs
