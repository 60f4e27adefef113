"""Table shapes of a second round of tables nobody here had tuned on (issue 13, Deliver 3): a unit stated
bilingually over the table ('Đơn vị tính - Unit: %') or at the end of its caption ('… năm 2009 (%)'), units
written in bilingual row labels whose unmarked rows are the parts of the marked row above them ('Giường
bệnh (Giường)' then 'Bệnh viện - Hospital'), years that label the rows of a percent band, and a bare
'Dịch vụ' that is a sector. Rows are paraphrased from provincial yearbooks and journals; each rule has
counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import _caption_unit, _stated_unit, marked_unit, row_thing
from table_blocks import table_quantities


_table = table_quantities


def _unit(u):
    return None if u is None else (u.kind, u.unit)


@pytest.mark.parametrize("text,want", [
    ("Đơn vị tính - Unit: %", ("percent", "%")),
    ("Đơn vị tính – Unit: Người", ("count", "người")),
    ("ĐVT: Lớp - Unit: Class", ("count", "lớp")),
    ("Đơn vị tính: %", ("percent", "%")),
    # counterexamples: a body named after 'Đơn vị', an English unit alone
    ("Đơn vị chủ trì: Sở Y tế", None),
    ("Đơn vị thực hiện - Unit in charge: Sở Tài chính", None),
    ("Unit: %", None),
])
def test_a_unit_stated_over_the_table_in_two_languages(text, want):
    assert _unit(_stated_unit(text)) == want


@pytest.mark.parametrize("above,want", [
    ("Tổng sản phẩm trong nước năm 2009 theo giá so sánh năm 1994 (%)", ("percent", "%")),
    ("Tốc độ tăng tổng sản phẩm trên địa bàn\nGRDP growth rate (%)", ("percent", "%")),
    ("Số trường học phổ thông phân theo huyện (Trường)", ("count", "trường")),
    # counterexamples: a parenthesis that is no unit, a unit not at the end, a sentence
    ("Phụ lục I (Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2025)", None),
    ("Tỷ lệ (%) hộ nghèo phân theo huyện", None),
    ("Năm 2024, toàn tỉnh đã thực hiện nhiều giải pháp đồng bộ để nâng cao chất lượng tăng trưởng, "
     "cải thiện môi trường đầu tư kinh doanh, thu hút vốn đầu tư, phát triển hạ tầng; kết quả các chỉ tiêu "
     "chủ yếu đạt được như sau (%)", None),
])
def test_a_caption_that_ends_with_its_unit(above, want):
    assert _unit(_caption_unit(above)) == want


GDP = [["", "2008", "2009"],
       ["Tổng số", "6,18", "5,32"],
       ["A. Phân theo khu vực kinh tế", "", ""],
       ["Nông, lâm nghiệp và thủy sản", "4,07", "1,83"],
       ["Dịch vụ", "7,18", "6,63"]]


def test_the_caption_unit_reaches_every_bare_cell():
    got = _table(GDP, above="Tổng sản phẩm trong nước năm 2009 theo giá so sánh (%)")
    assert got == [("percent", 6.18, 1, 1), ("percent", 5.32, 1, 2), ("percent", 4.07, 3, 1),
                   ("percent", 1.83, 3, 2), ("percent", 7.18, 4, 1), ("percent", 6.63, 4, 2)]


def test_without_a_caption_unit_the_sector_rows_stay_unread():
    # 'Dịch vụ' alone is the services sector, not a count of services
    assert _table(GDP) == []


@pytest.mark.parametrize("label,want", [
    ("Dịch vụ", None),
    ("- Dịch vụ", None),
    ("Dịch vụ công trực tuyến", "dịch vụ công trực tuyến"),
    ("Bệnh viện", "bệnh viện"),
])
def test_a_bare_sector_is_no_counted_thing(label, want):
    u = row_thing(label)
    assert (None if u is None else u.unit) == want


@pytest.mark.parametrize("label,want", [
    ("Giường bệnh (Giường) - Patient beds (Bed)", ("count", "giường")),
    ("Cán bộ ngành y (Người) - Medical staff (Person)", ("count", "người")),
    ("Cơ sở y tế (Cơ sở) - Health establishments (Establishment)", ("count", "cơ sở")),
    ("Diện tích gieo trồng (Nghìn ha) - Planted area (Thous. ha)", ("measure", "ha")),
    ("Công nghiệp - xây dựng tăng (%)", ("percent", "%")),
    # counterexamples: bilingual labels without a unit, a parenthesis that is no unit
    ("Bệnh viện - Hospital", None),
    ("Thu nội địa - Domestic revenue", None),
    ("Dược sĩ (Kể cả tiến sĩ, thạc sĩ) - Pharmacists and higher", None),
])
def test_the_unit_of_a_bilingual_row_label(label, want):
    assert _unit(marked_unit(label)) == want


HEALTH = [["", "Tổng số - Total", "Nhà nước - State", "Ngoài nhà nước - Non-state"],
          ["Cơ sở y tế (Cơ sở) - Health establishments (Establishment)", "240", "239", "1"],
          ["Bệnh viện - Hospital", "20", "19", "1"],
          ["Nhà hộ sinh - Maternity house", "-", "-", "-"],
          ["Giường bệnh (Giường) - Patient beds (Bed)", "3.780", "3.770", "10"],
          ["Trạm y tế xã, phường - Medical service units in communes, precincts", "915", "915", "-"],
          ["Tỷ lệ trạm y tế có bác sĩ (%) - Rate of units having doctors (%)", "100", "100", "-"],
          ["Phòng khám tư nhân - Private clinics", "12", "-", "12"]]


def test_unmarked_rows_are_parts_of_the_marked_row_above():
    assert _table(HEALTH) == [
        ("count", 240, 1, 1), ("count", 239, 1, 2), ("count", 1, 1, 3),
        ("count", 20, 2, 1), ("count", 19, 2, 2), ("count", 1, 2, 3),
        ("count", 3780, 4, 1), ("count", 3770, 4, 2), ("count", 10, 4, 3),
        ("count", 915, 5, 1), ("count", 915, 5, 2),
        # a rate row ends the group: the clinics under it have no unit said
        ("percent", 100, 6, 1), ("percent", 100, 6, 2)]


def test_one_marked_label_makes_no_groups():
    # a single '(Người)' label is that row's unit, not a table of groups: the rows under it stay unread
    rows = [["Chỉ tiêu", "Năm 2023", "Năm 2024"],
            ["Lao động được tạo việc làm (Người)", "25.400", "26.100"],
            ["Thu nhập bình quân đầu người", "52,3", "56,8"]]
    assert _table(rows) == [("count", 25400, 1, 1), ("count", 26100, 1, 2)]


POPULATION = [["", "Tổng số - Total", "Nam - Male", "Nữ - Female"],
              ["", "Người - Person", "", ""],
              ["2018", "1.138.370", "563.721", "574.649"],
              ["Sơ bộ - Prel. 2019", "1.154.836", "575.460", "579.376"],
              ["", "Cơ cấu - Structure (%)", "", ""],
              ["2018", "100,00", "49,52", "50,48"],
              ["2019", "100,00", "49,83", "50,17"]]


def test_years_labelling_the_rows_of_a_percent_band_are_no_percentages():
    assert _table(POPULATION) == [
        ("count", 1138370, 2, 1), ("count", 563721, 2, 2), ("count", 574649, 2, 3),
        ("count", 1154836, 3, 1), ("count", 575460, 3, 2), ("count", 579376, 3, 3),
        ("percent", 100, 5, 1), ("percent", 49.52, 5, 2), ("percent", 50.48, 5, 3),
        ("percent", 100, 6, 1), ("percent", 49.83, 6, 2), ("percent", 50.17, 6, 3)]
