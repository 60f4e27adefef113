"""Target shapes read off round 20's web excerpts (plans' target lists) once they had been scored: a plan's list
goes on with plain measures after the sentence that strives for or sets its targets ('Cụ thể, đối với …; phấn
đấu … . Tỷ lệ A đạt 99,5%, cấp THCS đạt 97%'; '75% các tỉnh … đạt chuẩn …'), in the paragraph and the one after
it; a run of quarters or of the whole year names what the sentence or its branch measures ('Với lâm nghiệp, quý
II đạt 5,22%, …, cả năm đạt 5,47%'). Strings written in the genre's style (paraphrased, not copied), with
counterexamples: the same measures in a report, after a result, in another year, or past a paragraph that
sets nothing. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_REPORT, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a plan's list goes on with plain measures after the sentence that strives for its targets -------------

SHAPES["plain_measures_after_a_striving_sentence"] = ([
    P("Cụ thể, đối với y tế cơ sở, tiếp tục củng cố mạng lưới trạm y tế xã; phấn đấu hoàn thành chuẩn quốc gia "
      "về y tế xã. Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 95% ở vùng đồng bằng và 85% ở vùng miền núi."),
], [R("trạm y tế bác sĩ đồng bằng", value=95), R("trạm y tế bác sĩ miền núi", value=85)])

SHAPES["value_first_items_in_the_next_paragraphs"] = ([
    P("Cụ thể, đối với y tế cơ sở, phấn đấu 100% trạm y tế xã đạt chuẩn quốc gia về y tế xã."),
    P("Đối với y tế dự phòng, duy trì vững chắc kết quả tiêm chủng mở rộng; 90% xã, phường đạt tiêu chí quốc gia "
      "về y tế; 70% trạm y tế triển khai bệnh án điện tử."),
    P("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98%, cho phụ nữ có thai đạt 95%."),
], [R("trạm y tế đạt chuẩn", value=100), R("xã phường đạt tiêu chí", value=90),
    R("trạm y tế bệnh án điện tử", value=70), R("tiêm chủng đầy đủ trẻ dưới 1 tuổi", value=98),
    R("phụ nữ có thai", value=95)])

# counterexamples: the same measures in a report; after a striving sentence, a result of another year, one that
# says what was done ('đã'), a list past a paragraph that sets nothing; a report's 'Hiện nay, …; 100% …'
SHAPES["plain_measures_that_report"] = (HEADER_REPORT + [
    P("Năm 2024, tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%."),
], [])

SHAPES["after_a_striving_sentence_but_no_target"] = ([
    P("Phấn đấu năm 2025 tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%."),
    P("Năm 2024, tỷ lệ hộ nghèo đạt 2,1%."),
    P("Huyện tiếp tục phấn đấu xây dựng nông thôn mới. Tỷ lệ hộ dân đã được dùng nước sạch đạt 96%."),
    P("Hội nghị đã thảo luận các giải pháp trọng tâm."),
    P("Tỷ lệ trạm y tế có bác sĩ đạt 90%."),
    P("Ông cho biết: Hiện nay, 100% cán bộ của phường dùng thành thạo phần mềm; 100% hồ sơ được giải quyết đúng "
      "hạn, không có hồ sơ tồn đọng."),
], [R("trẻ em tiêm chủng", value=98, year=2025)])

SHAPES["a_report_after_a_guarantee"] = ([
    P("Các doanh nghiệp xây mới thêm 120 trạm, bảo đảm cung cấp dịch vụ băng rộng di động đến các thôn, bản."),
    P("Có 4.342 thôn, bản được cung cấp dịch vụ Internet băng rộng cố định, đạt 99,66% tổng số thôn, bản."),
], [])

# --- 2. a run of quarters or of the whole year names what its sentence or its branch measures --------------

SHAPES["quarters_after_a_lead"] = ([
    P("Để đạt mục tiêu tăng trưởng công nghiệp cả năm, Sở Công Thương đặt mục tiêu cho các quý còn lại: Quý II "
      "đạt 8,5%, quý III đạt 9,6% và quý IV đạt 10,1%."),
], [R("tăng trưởng công nghiệp quý II", value=8.5), R("tăng trưởng công nghiệp quý III", value=9.6),
    R("tăng trưởng công nghiệp quý IV", value=10.1)])

SHAPES["quarters_of_each_branch"] = ([
    P("Sở cũng đặt mục tiêu tăng trưởng cho từng ngành. Cụ thể, với lĩnh vực trồng trọt (cây lúa, cây màu) quý II "
      "đạt 3,2%, cả năm đạt 3,4%. Với ngành thủy sản, quý II đạt 4,5%, quý III đạt 4,8%, cả năm đạt 4,6%."),
], [R("trồng trọt quý II", value=3.2), R("trồng trọt cả năm", value=3.4), R("thủy sản quý II", value=4.5),
    R("thủy sản quý III", value=4.8), R("thủy sản cả năm", value=4.6)])

# counterexample: a report's quarters are results, whatever their labels
SHAPES["quarters_that_report"] = (HEADER_REPORT + [
    P("Tăng trưởng toàn ngành quý I đạt 3,7%, quý II đạt 4,0%, 6 tháng đạt 3,85%."),
], [])


# --- 3. a range in a purpose clause is the target when the document states it nowhere else ------------------

SHAPES["range_in_a_purpose_clause"] = ([
    P("Để đạt được mục tiêu tăng trưởng toàn ngành cả năm đạt từ 5,0-5,5%, Sở đã giao chỉ tiêu cho từng huyện."),
    P("Năm 2026, nhằm góp phần thực hiện mục tiêu tăng trưởng chung của tỉnh đạt 8,0-8,5%, huyện phấn đấu thu "
      "ngân sách đạt tối thiểu 250 tỷ đồng."),
], [R("tăng trưởng toàn ngành", cmp="range", value=5.0, high=5.5),
    R("tăng trưởng chung của tỉnh", cmp="range", value=8.0, high=8.5, year=2026),
    R("thu ngân sách", value=250, unit="tỷ đồng", year=2026)])

# counterexample: a range the document states before restates it in the purpose clause (one record)
SHAPES["range_restated_in_a_purpose_clause"] = ([
    P("Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 8,0-8,5%."),
    P("Để đạt được mục tiêu tăng trưởng 8,0-8,5%, Sở đã giao chỉ tiêu cho từng huyện."),
], [R("tăng trưởng kinh tế", cmp="range", value=8.0, high=8.5, year=2026)])

# --- 4. a rate per population named before its value; a rank among so many countries or places --------------

SHAPES["rate_named_before_its_value_and_ranks_among"] = ([
    P("Mục tiêu cụ thể đến năm 2030, về y tế, phấn đấu số bác sĩ/vạn dân đạt ít nhất là 19, tỷ lệ trạm y tế xã có "
      "bác sĩ đạt 100%; nằm trong 5 quốc gia có hệ thống y tế cơ sở tốt nhất khu vực Đông Nam Á và trong 20 quốc "
      "gia có hệ thống y tế cơ sở tốt nhất châu Á."),
], [R("số bác sĩ/vạn dân", value=19, unit="bác sĩ/vạn dân", year=2030),
    R("trạm y tế xã có bác sĩ", value=100, year=2030),
    R("quốc gia y tế cơ sở tốt nhất Đông Nam Á", cmp="<=", value=5, unit="hạng", year=2030),
    R("quốc gia y tế cơ sở tốt nhất châu Á", cmp="<=", value=20, unit="hạng", year=2030)])

# counterexamples: a count of places that are not ranked, a plain count of students (no population), in a report
SHAPES["counts_that_are_no_rate_nor_rank"] = (HEADER_REPORT + [
    P("Năm 2024, số sinh viên đại học đạt 2,1 triệu người; 3 trong 5 tỉnh có diện tích lớn nhất đã hoàn thành quy "
      "hoạch."),
], [])

# --- 5. a second target of a clause with no verb of its own; a school level that names only itself -----------

SHAPES["second_target_named_after_a_comma"] = ([
    P("Theo đó, Sở đề ra mục tiêu tăng trưởng ngành du lịch đạt 12% trở lên, doanh thu du lịch 9.500 tỷ đồng."),
    P("Phấn đấu tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99%, cấp trung học cơ sở đạt 95%."),
], [R("tăng trưởng ngành du lịch", value=12), R("doanh thu du lịch", value=9500, unit="tỷ đồng"),
    R("đi học đúng độ tuổi cấp tiểu học", value=99), R("đi học đúng độ tuổi cấp trung học cơ sở", value=95)])

# counterexamples: an amount after a comma that has a verb of its own ('tăng 0,5 điểm'), or no name of its own
SHAPES["amounts_after_a_comma_that_are_no_target"] = (HEADER_REPORT + [
    P("Năm 2024, tăng trưởng ngành du lịch đạt 11,5%, doanh thu du lịch 9.100 tỷ đồng."),
], [])

# --- 6. 'Có ít nhất N <things> được xếp hạng …' counts the things ranked: a target, not a threshold ---------------

SHAPES["count_of_things_ranked"] = ([
    P("Đến năm 2030, tỷ lệ bệnh viện tự chủ tài chính đạt ít nhất 60%. Có ít nhất 3 bệnh viện được công nhận đạt "
      "chuẩn quốc tế."),
], [R("bệnh viện tự chủ tài chính", value=60, year=2030),
    R("bệnh viện được công nhận đạt chuẩn quốc tế", value=3, unit="bệnh viện", year=2030)])

# counterexample: a count that qualifies its subject before the consequence stays a threshold
SHAPES["count_that_qualifies_stays_a_threshold"] = ([
    P("Đến năm 2030, tỷ lệ bệnh viện tự chủ tài chính đạt ít nhất 60%. Bệnh viện có ít nhất 3 khoa đạt chuẩn thì "
      "được công nhận là bệnh viện hạng I."),
], [R("bệnh viện tự chủ tài chính", value=60, year=2030)])

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
