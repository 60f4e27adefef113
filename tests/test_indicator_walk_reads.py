"""What the walk reads lazily or by index must read as before (speed work of issue 14): a paragraph with no figure
is read for an aim only when the block after it may hold a target, and that aim reaches that block alone; a recap
is looked for among earlier targets of the same figure only. Strings paraphrased in the genre; records compared as
in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

INTRO = P("Giám đốc Sở cho biết, tỉnh đã đề ra định hướng phát triển kinh tế số trong giai đoạn tới.")
AIM = P("Phấn đấu đến năm 2030, Sóc Trăng hoàn thành xây dựng chính quyền số trên phạm vi toàn tỉnh, góp phần "
        "nâng cao năng lực cạnh tranh.")
PLAIN = P("Tỉnh tập trung xây dựng hạ tầng số đồng bộ, hiện đại.")
THEN = P("Khi đó, 70% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.")


@pytest.mark.parametrize("blocks, expected", [
    # the aim of the paragraph right above reaches 'Khi đó, …'
    ([INTRO, AIM, THEN], [R("hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", level="tỉnh", value=70)]),
    # ... through figureless paragraphs that set no aim of their own only as far as the next one: none here
    ([INTRO, AIM, PLAIN, THEN], []),
    # ... and a figureless paragraph that sets one hands it on
    ([INTRO, PLAIN, AIM, THEN], [R("hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", level="tỉnh", value=70)]),
    # counterexample: a paragraph that reports sets no aim
    ([INTRO, P("Năm 2024, tỉnh đã hoàn thành kết nối mạng truyền số liệu chuyên dùng đến cấp xã."), THEN], []),
])
def test_a_figureless_aim_reaches_the_next_block(blocks, expected):
    check(blocks, expected)


SCHOOLS = P("Phấn đấu đến năm 2030 có 90% số trường trung học cơ sở đạt chuẩn quốc gia mức độ 1.")
SIGNED = P("Phấn đấu tỷ lệ dân số trưởng thành có chữ ký số đạt trên 50%.")


@pytest.mark.parametrize("blocks, expected", [
    # the target said again a paragraph on, another target of another figure in between: one record each
    ([SCHOOLS, SIGNED, P("Trong đó, huyện phấn đấu xây dựng 90% số trường trung học cơ sở đạt chuẩn quốc gia mức độ 1.")],
     [R("trường trung học cơ sở đạt chuẩn quốc gia mức độ 1", value=90), R("dân số trưởng thành có chữ ký số", cmp=">",
                                                                          value=50)]),
    # counterexample: words after the shared name make another measure
    ([SCHOOLS, SIGNED, P("Trong đó, huyện phấn đấu xây dựng 90% số trường trung học cơ sở đạt chuẩn quốc gia mức độ 2.")],
     [R("trường trung học cơ sở đạt chuẩn quốc gia mức độ 1", value=90), R("dân số trưởng thành có chữ ký số", cmp=">",
                                                                          value=50),
      R("trường trung học cơ sở đạt chuẩn quốc gia mức độ 2", value=90)]),
])
def test_a_target_said_again_is_found_among_targets_of_its_figure(blocks, expected):
    check(blocks, expected)
