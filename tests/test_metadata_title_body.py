"""A heading's trích yếu against the body's first sentence: a telegram or notice quoted by a portal often runs its
body straight after the heading ('CÔNG ĐIỆN' / 'Thủ tướng Chính phủ vừa ký …'); that sentence is not the title."""
import pytest

from extractor.extract.metadata import extract_metadata
from test_metadata import table_doc

HEAD = [["THỦ TƯỚNG CHÍNH PHỦ\nSố: 51/CĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 12 tháng 5 năm 2025"]]


@pytest.mark.parametrize("body, title", [
    # the body's first sentence, closed by a full stop or opening a list with a colon: no title
    ("CÔNG ĐIỆN\nThủ tướng Chính phủ vừa ký Công điện yêu cầu các bộ, ngành tập trung thúc đẩy tăng trưởng kinh tế.\n"
     "Để thực hiện thắng lợi mục tiêu tăng trưởng năm 2025, Thủ tướng yêu cầu như sau.", None),
    ("CÔNG ĐIỆN\nThủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh thực hiện các "
     "nhiệm vụ sau:\n1. Tập trung chỉ đạo.", None),
    ("CHỈ THỊ\nTính đến ngày 13/3/2025, trên cả nước đã có 16 tỉnh phát hiện bệnh dịch tả lợn châu Phi với hàng "
     "nghìn con lợn nhiễm bệnh.", None),
    # counterexamples: a trích yếu opening with 'Về', a short title closed by a stop, a title without a stop
    ("CÔNG ĐIỆN\nVề việc tập trung thực hiện các biện pháp cấp bách phòng, chống dịch tả lợn châu Phi trên địa bàn.\n"
     "THỦ TƯỚNG CHÍNH PHỦ điện:",
     "Về việc tập trung thực hiện các biện pháp cấp bách phòng, chống dịch tả lợn châu Phi trên địa bàn."),
    ("KẾ HOẠCH\nTriển khai chuyển đổi số năm 2025.\nUBND tỉnh ban hành kế hoạch như sau.",
     "Triển khai chuyển đổi số năm 2025."),
    ("CÔNG ĐIỆN\nTăng cường công tác phòng cháy, chữa cháy tại các khu dân cư, chung cư và nhà ở kết hợp kinh "
     "doanh\nTHỦ TƯỚNG CHÍNH PHỦ điện:",
     "Tăng cường công tác phòng cháy, chữa cháy tại các khu dân cư, chung cư và nhà ở kết hợp kinh doanh"),
])
def test_body_sentence_after_the_heading_is_no_title(body, title):
    assert extract_metadata(table_doc(HEAD, body)).title == title
