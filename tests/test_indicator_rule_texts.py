"""What is not a target in rule texts (issue 13, deliver 2): decisions that issue a Quy chế or a Quy định,
resolutions that lay down forms and norms, amending texts that quote the provisions they write. Their
figures are conditions, staffing norms, thresholds and values that sort things into classes. Strings are
paraphrased in the genre's style from the decrees, laws and regulations of ../shared/corpus that have no
gold (ND-14/2026, ND-82/2018, ND-96/2016, 40/NQ-HĐBCQG, Quy chế of provinces); each rule has its
counterexamples: the same wording in a plan stays a target."""
from __future__ import annotations

import pytest

from extractor.link.figures import Figure
from extractor.link.indicators import _is_rule_text
from extractor.link.not_targets import _not_a_target
from extractor.model import DocumentMeta
from test_indicator_variants import HEADER_PLAN, H, P, R, check


def decision(title: str) -> list:
    return [P("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH"), P("Số: 17/2025/QĐ-UBND"),
            P("Hà Tĩnh, ngày 12 tháng 3 năm 2025"), H("QUYẾT ĐỊNH"), P(title)]


def resolution(title: str) -> list:
    return [P("HỘI ĐỒNG BẦU CỬ QUỐC GIA"), P("Số: 12/NQ-HĐBCQG"),
            P("Hà Nội, ngày 10 tháng 11 năm 2025"), H("NGHỊ QUYẾT"), P(title)]


# --- a title that lays down rules makes the text a rule book, as a decree's ----------------------------------

@pytest.mark.parametrize("doc_type, title, rules", [
    ("Quyết định", "BAN HÀNH QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI", True),
    ("Quyết định", "Về việc phê duyệt thành viên và ban hành Quy chế hoạt động của Tổ giúp việc", True),
    ("Quyết định", "Về việc ban hành Quy định quản lý, vận hành Cổng thông tin điện tử tỉnh", True),
    ("Nghị quyết", "QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ VÀ VIỆC NỘP HỒ SƠ ỨNG CỬ", True),
    ("Nghị quyết", "Về định mức phân bổ dự toán chi thường xuyên ngân sách địa phương", True),
    ("Nghị định", "Về phát triển đô thị thông minh", True),
    # counterexamples: a decision that issues a plan, a programme, a set of criteria, or approves a scheme
    ("Quyết định", "BAN HÀNH BỘ TIÊU CHÍ QUỐC GIA VỀ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030", False),
    ("Quyết định", "Về việc ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa giai đoạn 2026 - 2030", False),
    ("Quyết định", "Phê duyệt Phương án tái cấu trúc, liên thông quy trình thực hiện nghĩa vụ tài chính", False),
    ("Kế hoạch", "Triển khai Nghị định quy định về phát triển đô thị thông minh", False),
    ("Kế hoạch", "Quy chế dân chủ ở cơ sở năm 2025", False),
    ("Nghị quyết", "Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025", False),
])
def test_rule_text_by_title(doc_type, title, rules):
    plan = doc_type == "Kế hoạch" or "Kế hoạch" in title
    assert _is_rule_text(DocumentMeta(doc_type=doc_type, title=title), plan) is rules


SHAPES: dict[str, tuple[list, list[R]]] = {}

# Conditions of a licence and staffing norms in a Quy chế: no targets.
SHAPES["regulation_conditions_and_norms"] = (decision("Về việc ban hành Quy định điều kiện hoạt động của cơ sở "
                                                      "sửa chữa phương tiện thủy trên địa bàn tỉnh") + [
    H("Điều 5. Điều kiện về nhân lực"),
    P("1. Cơ sở sửa chữa phương tiện phải có tối thiểu 02 người tốt nghiệp đại học chuyên ngành máy tàu thủy."),
    P("2. Cơ sở sửa chữa phương tiện có thân bằng kim loại phải bảo đảm có tối thiểu 03 thợ hàn được chứng nhận."),
    P("a) Đối với cơ sở loại 1: 02 kỹ sư vỏ tàu, 01 kỹ sư điện;", "list_item"),
    H("Điều 6. Tổ chức bộ máy"),
    P("Số lượng cấp phó của người đứng đầu đơn vị không quá 02 người; phòng có từ 07 biên chế trở lên được bố trí "
      "01 Phó Trưởng phòng."),
    P("Cơ sở kinh doanh dịch vụ lưu trú phải có ít nhất 30% số nhân viên bảo vệ được huấn luyện nghiệp vụ."),
], [])

# counterexample: the same wording in a plan's targets stays a target
SHAPES["plan_with_the_same_wording_keeps_its_targets"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Phấn đấu có ít nhất 05 cơ sở sửa chữa phương tiện thủy đạt tiêu chuẩn quốc tế.", "list_item"),
    P("- 100% cơ sở kinh doanh dịch vụ lưu trú được kiểm tra về an ninh, trật tự.", "list_item"),
], [R("cơ sở sửa chữa phương tiện thủy đạt tiêu chuẩn quốc tế", value=5, unit="cơ sở", year=2025),
    R("cơ sở kinh doanh dịch vụ lưu trú kiểm tra an ninh trật tự", value=100, year=2025)])


# A rule text's own aims under a heading of goals are targets, counts and amounts as well as shares (a programme
# decree's 'Mục tiêu'); the conditions of the next article stay rules.
GOALS_AND_CONDITIONS = [
    H("Điều 3. Mục tiêu"),
    P("1. Mục tiêu tổng quát: phát triển kinh tế tập thể bền vững."),
    P("2. Mục tiêu cụ thể đến năm 2030:"),
    P("a) Có ít nhất 50.000 hợp tác xã hoạt động hiệu quả;", "list_item"),
    P("b) 100% hợp tác xã được tiếp cận chính sách hỗ trợ;", "list_item"),
    P("c) Thu nhập bình quân của thành viên đạt 60 triệu đồng/năm.", "list_item"),
    H("Điều 4. Điều kiện hỗ trợ"),
    P("Hợp tác xã có từ 50 thành viên trở lên được hỗ trợ tối đa 300 triệu đồng."),
    P("1. Hợp tác xã phải có tối thiểu 07 thành viên."),
]
GOALS = [R("hợp tác xã hoạt động hiệu quả", value=50000, unit="hợp tác xã", year=2030),
         R("hợp tác xã tiếp cận chính sách hỗ trợ", value=100, year=2030),
         R("thu nhập bình quân thành viên", value=60, unit="triệu đồng", year=2030)]
SHAPES["decree_goals_are_targets"] = ([P("CHÍNH PHỦ"), P("Số: 45/2026/NĐ-CP"), P("Hà Nội, ngày 12 tháng 3 năm 2026"),
                                      H("NGHỊ ĐỊNH"), P("Quy định chính sách hỗ trợ phát triển hợp tác xã")]
                                     + GOALS_AND_CONDITIONS, GOALS)
SHAPES["regulation_goals_are_targets"] = (decision("Ban hành Quy chế hỗ trợ phát triển hợp tác xã trên địa bàn tỉnh")
                                          + GOALS_AND_CONDITIONS, GOALS)


# --- a value that sorts things into a class ---------------------------------------------------------------------

SHAPES["value_that_sorts_things_into_a_class"] = (resolution("Hướng dẫn kê khai tài sản, thu nhập của người ứng cử")
                                                  + [
    H("HƯỚNG DẪN GHI MẪU"),
    P("(24) Ô tô, xe máy, tàu thủy, thuyền và những động sản khác mà theo quy định phải đăng ký sử dụng và được cấp "
      "giấy đăng ký có giá trị mỗi loại từ 50 triệu đồng trở lên."),
    P("(25) Các loại tài sản khác như cây cảnh, bàn ghế, tranh ảnh mà giá trị quy đổi mỗi loại từ 50 triệu đồng "
      "trở lên."),
], [])


@pytest.mark.parametrize("before, figure, why", [
    ("Các loại tài sản khác mà giá trị quy đổi mỗi loại từ ", "50 triệu đồng", "class"),
    ("xe máy, thuyền được cấp giấy đăng ký có giá trị mỗi loại từ ", "50 triệu đồng", "class"),
    ("Các gói thầu có giá trị từ ", "500 triệu đồng", "class"),
    ("vàng, kim khí quý có tổng giá trị ", "50 triệu đồng", "class"),
    # counterexamples: a value a plan sets, a value per year
    ("Phấn đấu kim ngạch xuất khẩu có giá trị đạt ", "500 triệu USD", None),
    ("Giá trị sản xuất trên 1 ha đất trồng trọt đạt ", "150 triệu đồng", None),
    ("Tổng giá trị sản xuất công nghiệp đạt ", "12.000 tỷ đồng", None),
    ("Phấn đấu giá trị mỗi năm tăng ", "10 tỷ đồng", None),
])
def test_value_class(before, figure, why):
    text = before + figure + " trở lên."
    start = len(before)
    number = figure.split()[0]
    f = Figure(start, start + len(figure), 50.0, unit=figure[len(number):].strip(), expr_start=start,
               expr_end=start + len(figure))
    assert _not_a_target(text, f) == why


# --- a provision an amending text quotes runs over paragraphs until its quotation closes ------------------------

SHAPES["quoted_provision_over_paragraphs"] = (decision("Sửa đổi, bổ sung một số điều của Kế hoạch số 45/KH-UBND "
                                                       "về cải cách thủ tục hành chính") + [
    H("Điều 1. Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 15/2024/QĐ-UBND"),
    P("1. Sửa đổi, bổ sung Điều 7 như sau:"),
    P("“Điều 7. Yêu cầu đối với Bộ phận Một cửa"),
    P("1. Bộ phận Một cửa cấp xã phải bảo đảm tối thiểu 90% hồ sơ được số hóa khi tiếp nhận."),
    P("2. Mỗi quầy phải có tối thiểu 02 công chức thường trực.”."),
    H("Điều 2. Sửa đổi, bổ sung khoản 3 Điều 9"),
    P("“3. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên."),
    P("Cơ quan có tỷ lệ thấp hơn phải báo cáo nguyên nhân.”"),
    # the quotation closed: this document's own target is kept
    H("Điều 3. Mục tiêu"),
    P("Phấn đấu đến hết năm 2025, 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận."),
], [R("hồ sơ thủ tục hành chính số hóa khi tiếp nhận", value=100, year=2025)])

# counterexample: a plan paragraph that opens with a quoted phrase (a slogan) and closes it in the same line is
# no quotation of a provision; the targets after it are the plan's
SHAPES["quoted_phrase_is_no_provision"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("“Năm dữ liệu số” được triển khai rộng khắp; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%."),
    P("- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.", "list_item"),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025),
    R("số hóa hồ sơ kết quả giải quyết thủ tục hành chính", value=100, year=2025)])


# --- grading bands, classes, payment levels, contract shares, points without a number -----------------------------
# Written in the style of the decisions that issue evaluation rules, support policies and payment norms; even under
# a heading of goals (the worst place) they set no target.
SHAPES["grades_classes_payments_and_points"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Xếp loại Tốt: tỷ lệ hoàn thành nhiệm vụ đạt từ 80% đến dưới 90%.", "list_item"),
    P("- Mức hoàn thành tốt nhiệm vụ: có ít nhất 70% số tiêu chí đạt yêu cầu.", "list_item"),
    P("- Hộ gia đình có thu nhập bình quân dưới 1,5 triệu đồng/người/tháng thuộc diện hộ nghèo.", "list_item"),
    P("- Mức hỗ trợ tối đa 30 triệu đồng/doanh nghiệp/năm.", "list_item"),
    P("- Mức thu phí bằng 0,1% giá trị hợp đồng, tối đa không quá 5 triệu đồng.", "list_item"),
    P("- Tạm ứng không quá 50% giá trị hợp đồng.", "list_item"),
    P("- Đạt 100% được tính điểm tối đa; dưới 80% không tính điểm.", "list_item"),
], [])

# counterexamples: public spending, income, disbursement of the plan's capital, households of a class to be
# reduced, a share of the class served, a unit's good work with its own target
SHAPES["spending_income_and_classes_served_stay_targets"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Phấn đấu mức chi cho khoa học, công nghệ đạt tối thiểu 2% tổng chi ngân sách địa phương.", "list_item"),
    P("- Thu nhập bình quân đầu người đạt 120 triệu đồng.", "list_item"),
    P("- Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao.", "list_item"),
    P("- Giảm 5.000 hộ thuộc diện hộ nghèo.", "list_item"),
    P("- 100% người thuộc diện hộ nghèo được cấp thẻ bảo hiểm y tế.", "list_item"),
    P("- Hoàn thành tốt việc số hóa hồ sơ, tỷ lệ số hóa đạt 100%.", "list_item"),
], [R("chi cho khoa học công nghệ tổng chi ngân sách", value=2, year=2025),
    R("thu nhập bình quân đầu người", value=120, unit="triệu đồng", year=2025),
    R("giải ngân kế hoạch vốn đầu tư công", value=100, year=2025),
    R("hộ thuộc diện hộ nghèo", value=5000, unit="hộ", year=2025),
    R("người thuộc diện hộ nghèo được cấp thẻ bảo hiểm y tế", value=100, year=2025),
    R("số hóa", value=100, year=2025)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
