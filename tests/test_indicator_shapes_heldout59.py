"""Target shapes read off round 59's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

# --- a congress adopts its own resolution ('Các đại biểu cũng biểu quyết thông qua Nghị quyết Đại hội.'), then 'Theo
# đó, về kinh tế: … tăng bình quân hằng năm 9,5%; … 95 triệu đồng; …' with no word of target: the resolution sets the
# term's targets, the sentence lists them. Counterexamples: a resolution on something else; what was done ('đã'); a
# sentence that does not go on from it ('Theo đó') ---------------------------------------------------------------

ADOPTED = "Các đại biểu cũng nhất trí biểu quyết thông qua Nghị quyết Đại hội."


@pytest.mark.parametrize("blocks, expected", [
    ([ADOPTED, "Theo đó, về kinh tế: tổng giá trị sản xuất các ngành chủ yếu tăng bình quân hằng năm 9,5%; giá trị "
               "sản xuất nông nghiệp tăng bình quân hằng năm 2,1%; thu nhập bình quân đầu người đạt 95 triệu đồng; thu "
               "ngân sách tăng bình quân hằng năm 15 đến 16%."],
     [R("tổng giá trị sản xuất các ngành chủ yếu tăng bình quân hằng năm", value=9.5),
      R("giá trị sản xuất nông nghiệp tăng bình quân hằng năm", value=2.1),
      R("thu nhập bình quân đầu người", value=95, unit="triệu đồng"),
      R("thu ngân sách tăng bình quân hằng năm", cmp="range", value=15, high=16)]),
    # in the same paragraph, the resolution naming its term
    (["Đại hội đã thông qua Nghị quyết Đại hội Đảng bộ xã Hòa Bình lần thứ II, nhiệm kỳ 2025 - 2030. Theo đó, tốc độ "
      "tăng trưởng kinh tế bình quân hằng năm 10%; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm."],
     [R("tốc độ tăng trưởng kinh tế bình quân hằng năm", value=10),
      R("tỷ lệ hộ nghèo giảm bình quân", value=1.5, unit="%/năm")]),
    # counterexamples: a resolution on something else; what was done; no 'Theo đó'
    (["Hội nghị đã thông qua Nghị quyết về nhân sự.",
      "Theo đó, về kinh tế: tổng giá trị sản xuất tăng bình quân hằng năm 9,5%; thu nhập bình quân đầu người 95 triệu "
      "đồng."], []),
    ([ADOPTED, "Theo đó, nhiệm kỳ qua, tổng giá trị sản xuất đã tăng bình quân hằng năm 9,5%; thu nhập bình quân đầu "
               "người đã đạt 95 triệu đồng."], []),
    ([ADOPTED, "Đại biểu Trần Văn Bình cho biết tổng giá trị sản xuất tăng 9,5%."], []),
])
def test_targets_after_congress_resolution_adopted(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- a shared head in one sentence: 'Tỷ trọng ngành công nghiệp … chiếm từ 70,1% - 70,6%, ngành thương mại - dịch vụ từ
# 18,2% - 18,4% và ngành nông, lâm, thủy sản chiếm dưới 11,5%': each part is its own record, its label the shared head
# ('Tỷ trọng') and its part; a sector's name keeps its commas ('nông, lâm, thủy sản'), a hyphened one its words
# ('thương mại - dịch vụ'). Counterexamples: the same list reported for a past year; a name with commas alone ----------

AIM24 = "Năm 2024, thị xã phấn đấu đạt tốc độ tăng trưởng kinh tế 9%."


@pytest.mark.parametrize("text, expected", [
    (AIM24 + " Cơ cấu kinh tế chuyển dịch theo hướng tích cực: Tỷ trọng ngành công nghiệp - xây dựng chiếm từ 70,1% - "
             "70,6%, ngành thương mại - dịch vụ từ 18,2% - 18,4% và ngành nông, lâm, thủy sản chiếm dưới 11,5%.",
     [R("tốc độ tăng trưởng kinh tế", value=9, year=2024),
      R("Tỷ trọng ngành công nghiệp - xây dựng", cmp="range", value=70.1, high=70.6, year=2024),
      R("Tỷ trọng ngành thương mại - dịch vụ", cmp="range", value=18.2, high=18.4, year=2024),
      R("Tỷ trọng ngành nông, lâm, thủy sản", cmp="<", value=11.5, year=2024)]),
    (AIM24 + " Tỷ trọng ngành công nghiệp và xây dựng chiếm 70%, ngành thương mại - dịch vụ 18% và ngành nông, lâm, "
             "thủy sản 12%.",
     [R("tốc độ tăng trưởng kinh tế", value=9, year=2024),
      R("Tỷ trọng ngành công nghiệp và xây dựng", value=70, year=2024),
      R("Tỷ trọng ngành thương mại - dịch vụ", value=18, year=2024),
      R("Tỷ trọng ngành nông, lâm, thủy sản", value=12, year=2024)]),
    ("Năm 2024, huyện phấn đấu tỷ trọng khu vực công nghiệp chiếm 40%, khu vực nông, lâm nghiệp và thủy sản chiếm 25%.",
     [R("tỷ trọng khu vực công nghiệp", value=40, year=2024),
      R("tỷ trọng khu vực nông, lâm nghiệp và thủy sản", value=25, year=2024)]),
    # counterexamples: the shares of a past year; a sector with commas in a single target
    ("Năm 2023, kinh tế của huyện tăng trưởng ổn định. Tỷ trọng ngành công nghiệp và xây dựng chiếm 70%, ngành thương "
     "mại - dịch vụ 18% và ngành nông, lâm, thủy sản 12%.", []),
    ("Năm 2025, huyện phấn đấu tổng kim ngạch xuất khẩu nông, lâm, thủy sản đạt 95 triệu USD.",
     [R("tổng kim ngạch xuất khẩu nông, lâm, thủy sản", value=95, unit="triệu USD", year=2025)]),
])
def test_shared_head_parts_in_one_sentence(text, expected):
    check([P(text)], expected)


# --- a clause that names only the basis a growth rate is reckoned on ('…; theo giá trị sản phẩm từ 8,2 - 8,5%')
# repeats the measure of the clause before it. Counterexample: a basis with a thing of its own keeps its words ---------


@pytest.mark.parametrize("text, labels", [
    ("Năm 2024, thị xã phấn đấu đạt tốc độ tăng trưởng kinh tế theo giá trị sản xuất từ 15,5-16,5%; theo giá trị sản "
     "phẩm từ 7,2 - 7,5%.",
     ["tốc độ tăng trưởng kinh tế theo giá trị sản xuất", "tốc độ tăng trưởng kinh tế theo giá trị sản phẩm"]),
    ("Năm 2025, huyện phấn đấu tốc độ tăng trưởng kinh tế theo giá hiện hành 12%; theo giá so sánh 2010 là 8%.",
     ["tốc độ tăng trưởng kinh tế theo giá hiện hành", "tốc độ tăng trưởng kinh tế theo giá so sánh 2010"]),
    # counterexample: the basis names its own thing, its label is its own words
    ("Năm 2025, huyện phấn đấu tốc độ tăng trưởng kinh tế theo giá trị sản xuất 12%; theo giá trị sản phẩm ngành nông "
     "nghiệp 4%.",
     ["tốc độ tăng trưởng kinh tế theo giá trị sản xuất", "^theo giá trị sản phẩm ngành nông nghiệp"]),
])
def test_basis_only_clause_takes_the_measure(text, labels):
    got = [r.label for r in run([P(text)])]
    assert len(got) == len(labels), got
    for label, x in zip(got, labels):
        assert label == x[1:] if x.startswith("^") else label.endswith(x), got


# --- targets missed, listed with results then plans in brackets: '… là tăng trưởng GRDP (đạt khoảng 5,1% so với kế
# hoạch là 7,5%), tỷ lệ hộ nghèo (3,2% so với kế hoạch là dưới 3%) và tỷ lệ lao động qua đào tạo (61,5% so với kế hoạch
# là 63%)': a bracket's first figure, with no verb, is the result the plan after it is set against; each item is its
# own label, the one after ') và' too. Counterexamples: a bracket set against a past period, or naming no plan figure -


@pytest.mark.parametrize("text, expected", [
    ("Trong 15 chỉ tiêu năm nay, có 3 chỉ tiêu không đạt là tăng trưởng GRDP (đạt khoảng 5,1% so với kế hoạch là 7,5%), "
     "tỷ lệ hộ nghèo (3,2% so với kế hoạch là dưới 3%) và tỷ lệ lao động qua đào tạo (61,5% so với kế hoạch là 63%).",
     [R("tăng trưởng GRDP", value=7.5, actual=5.1),
      R("tỷ lệ hộ nghèo", cmp="<", value=3, actual=3.2),
      R("tỷ lệ lao động qua đào tạo", value=63, actual=61.5)]),
    ("Hai chỉ tiêu chưa đạt là tỷ lệ thất nghiệp khu vực thành thị (4,2% so với chỉ tiêu được giao là dưới 4%) và tỷ lệ "
     "che phủ rừng (41,8% so với kế hoạch là 42%).",
     [R("tỷ lệ thất nghiệp khu vực thành thị", cmp="<", value=4, actual=4.2),
      R("tỷ lệ che phủ rừng", value=42, actual=41.8)]),
    # counterexamples: against a past period; no plan figure
    ("Tỷ lệ thất nghiệp ở khu vực thành thị năm 2024 ước 3,9% (4,1% so với cùng kỳ năm 2023).", []),
    ("Tỷ lệ lao động qua đào tạo năm 2024 (61,5% so với kế hoạch) tăng so với năm trước.", []),
])
def test_bracketed_result_versus_plan_in_a_list(text, expected):
    check([P(text)], expected)



# … and a tally of the targets missed that then names them ('…, có 3 chỉ tiêu không đạt là tăng trưởng GRDP (…)') is
# no part of the first one's label. Counterexample: a tally of targets met names no label of its own


@pytest.mark.parametrize("text, labels", [
    ("Trong 15 chỉ tiêu năm nay, có 3 chỉ tiêu không đạt là tăng trưởng GRDP (đạt khoảng 5,1% so với kế hoạch là 7,5%) "
     "và tỷ lệ hộ nghèo (3,2% so với kế hoạch là dưới 3%).", ["tăng trưởng GRDP", "tỷ lệ hộ nghèo"]),
    ("Theo Sở Kế hoạch, có 2 chỉ tiêu chưa đạt là tỷ lệ che phủ rừng (41,8% so với kế hoạch là 42%) và tỷ lệ hộ nghèo "
     "(3,2% so với kế hoạch là dưới 3%).", ["tỷ lệ che phủ rừng", "tỷ lệ hộ nghèo"]),
    # counterexample: no tally of targets missed before the label
    ("Tỷ lệ che phủ rừng năm nay đạt 41,8% so với kế hoạch là 42%.", ["Tỷ lệ che phủ rừng năm nay"]),
])
def test_missed_tally_is_no_label(text, labels):
    assert [r.label for r in run([P(text)])] == labels

# --- two measures sharing one value: '… tỷ lệ giải quyết hồ sơ đúng hạn và mức độ hài lòng của người dân đạt từ 97%
# trở lên': each opened by its own measure word, one target each. Counterexamples: a grade ('mức độ 3 và mức độ 4'),
# one measure of two groups ('hộ nghèo và cận nghèo'), two measures given a figure each -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phường đặt chỉ tiêu 100% thủ tục được tiếp nhận trực tuyến; tỷ lệ giải quyết hồ sơ đúng hạn và mức độ hài lòng "
     "của người dân đạt từ 97% trở lên.",
     [R("thủ tục được tiếp nhận trực tuyến", value=100),
      R("tỷ lệ giải quyết hồ sơ đúng hạn", value=97),
      R("mức độ hài lòng của người dân", value=97)]),
    ("Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ thanh toán trực tuyến đạt 60%.",
     [R("tỷ lệ hồ sơ trực tuyến toàn trình", value=60, year=2025),
      R("tỷ lệ thanh toán trực tuyến", value=60, year=2025)]),
    # counterexamples: a grade; one measure of two groups; a figure each
    ("Năm 2025, tỉnh phấn đấu tỷ lệ dịch vụ công trực tuyến mức độ 3 và mức độ 4 đạt 80%.",
     [R("tỷ lệ dịch vụ công trực tuyến mức độ 3 và mức độ 4", value=80, year=2025)]),
    ("Năm 2025, tỉnh phấn đấu tỷ lệ hộ nghèo và cận nghèo giảm còn 5%.",
     [R("tỷ lệ hộ nghèo và cận nghèo", cmp="<=", value=5, year=2025)]),
    ("Năm 2025, tỉnh phấn đấu tỷ lệ người dân có sổ sức khỏe điện tử và tỷ lệ tiêm chủng đạt 95%, 98%.",
     [R("sổ sức khỏe điện tử tiêm chủng", value=95, year=2025),
      R("sổ sức khỏe điện tử tiêm chủng", value=98, year=2025)]),
])
def test_two_measures_share_one_value(text, expected):
    check([P(text)], expected)


# --- a directive quoting the year's targets a council adopted: 'Phấn đấu hoàn thành, hoàn thành vượt mức các chỉ tiêu
# chủ yếu năm 2024 của tỉnh đã được HĐND tỉnh thông qua …, cụ thể: Thu ngân sách 9.415 tỷ 300 triệu đồng; …': each clause
# after 'cụ thể:' is a target, an amount in two scales one amount in the larger (9.415,3 tỷ đồng). Counterexamples:
# targets met ('đã hoàn thành …, cụ thể:'); two amounts each with its currency stay two -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu hoàn thành, hoàn thành vượt mức các chỉ tiêu chủ yếu năm 2024 của tỉnh đã được HĐND tỉnh thông qua tại kỳ "
     "họp thứ 9, cụ thể: Thu ngân sách 9.415 tỷ 300 triệu đồng; tổng sản phẩm trên địa bàn tăng 7-7,5% so với năm 2023; "
     "tổng vốn đầu tư toàn xã hội 27.600 tỷ đồng.",
     [R("Thu ngân sách", value=9415.3, unit="tỷ đồng", year=2024),
      R("tổng sản phẩm trên địa bàn tăng", cmp="range", value=7, high=7.5, year=2024),
      R("tổng vốn đầu tư toàn xã hội", value=27600, unit="tỷ đồng", year=2024)]),
    ("Năm 2025, phấn đấu đạt các mục tiêu chủ yếu, cụ thể như sau: kinh phí hỗ trợ 2 tỷ 50 triệu đồng; tỷ lệ hộ nghèo "
     "dưới 2%.",
     [R("kinh phí hỗ trợ", value=2.05, unit="tỷ đồng", year=2025),
      R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2025)]),
    # counterexamples: targets met; two amounts each with its currency
    ("Năm 2024, tỉnh đã hoàn thành các chỉ tiêu chủ yếu, cụ thể: Thu ngân sách 9.415 tỷ 300 triệu đồng; tổng vốn đầu tư "
     "toàn xã hội 27.600 tỷ đồng.", []),
])
def test_targets_listed_after_cu_the_with_two_scale_amount(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, amounts", [
    ("Thu ngân sách 9.415 tỷ 300 triệu đồng.", [9415300000000]),
    ("kinh phí 2 tỷ 50 triệu đồng", [2050000000]),
    ("vốn 12 tỷ đồng, 600 triệu đồng vốn đối ứng", [12000000000, 600000000]),
])
def test_amount_in_two_scales_is_one(text, amounts):
    from extractor.extract.quantities import find_quantities
    assert [q.value for q in find_quantities(text) if q.kind == "money"] == amounts
