"""Target shapes read off round 43's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def records(text: str) -> list[tuple[str, object, float, object]]:
    """(label, level, target value, result value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.level, r.target_value, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


# --- a run of shares after a subject of as many parts, the targets in a bracket after in the same order: each part
# is a record with its result and its target ('cơ cấu khu vực I-II-III … tương ứng là A% - B% - C% (chỉ tiêu nghị
# quyết là D% - E% - F%)') --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024, cơ cấu kinh tế chuyển dịch đúng hướng, cơ cấu khu vực I-II-III-thuế sản phẩm trừ trợ cấp sản phẩm tương "
     "ứng là 36,2% - 20,5% - 40,1% - 3,2% (chỉ tiêu nghị quyết là 35,8% - 21,4% - 39,6% - 3,2%).",
     [("cơ cấu khu vực I", 35.8, 36.2), ("cơ cấu khu vực II", 21.4, 20.5), ("cơ cấu khu vực III", 39.6, 40.1),
      ("cơ cấu thuế sản phẩm trừ trợ cấp sản phẩm", 3.2, 3.2)]),
    ("Cơ cấu kinh tế nông nghiệp, công nghiệp và dịch vụ: 28,4% - 30,2% - 41,4% (kế hoạch 27% - 31% - 42%).",
     [("cơ cấu kinh tế nông nghiệp", 27, 28.4), ("cơ cấu kinh tế công nghiệp", 31, 30.2),
      ("cơ cấu kinh tế dịch vụ", 42, 41.4)]),
    ("Năm 2025, cơ cấu kinh tế khu vực I, II, III và thuế sản phẩm: 40,1% - 17,2% - 39,5% - 3,2% (chỉ tiêu nghị quyết "
     "là 39,8% - 18% - 39% - 3,2%).",
     [("cơ cấu kinh tế khu vực I", 39.8, 40.1), ("cơ cấu kinh tế khu vực II", 18, 17.2),
      ("cơ cấu kinh tế khu vực III", 39, 39.5), ("cơ cấu kinh tế thuế sản phẩm", 3.2, 3.2)]),
    ("Tỷ trọng nông nghiệp, công nghiệp - xây dựng, dịch vụ lần lượt là 22%, 35%, 43% (mục tiêu 20%, 36%, 44%).",
     [("tỷ trọng nông nghiệp", 20, 22), ("tỷ trọng công nghiệp - xây dựng", 36, 35), ("tỷ trọng dịch vụ", 44, 43)]),
    # the older shape stays as it was: 'so với mục tiêu' after the results, no bracket
    ("Các tỷ lệ hộ dùng nước sạch và hộ có nhà vệ sinh đạt lần lượt 62,5% và 71,8%, so với mục tiêu 80% và 75%.",
     [("tỷ lệ hộ dùng nước sạch", 80, 62.5), ("tỷ lệ hộ có nhà vệ sinh", 75, 71.8)]),
])
def test_run_of_shares_with_bracketed_targets(text, expected):
    got = [(label, tv, av) for label, _, tv, av in records(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    # one measure and a range of targets: no run of parts
    "Tốc độ tăng trưởng kinh tế ước đạt 6,1% (chỉ tiêu nghị quyết là từ 7 - 7,5%).",
    # as many figures as parts, but no target after them
    "Cơ cấu khu vực I-II-III tương ứng là 36,2% - 22,6% - 41,2%, chuyển dịch đúng hướng.",
    # the parts are fewer than the figures
    "Cơ cấu kinh tế khu vực I-II tương ứng là 36,2% - 22,6% - 41,2% (chỉ tiêu nghị quyết là 35% - 23% - 42%).",
])
def test_run_of_shares_counterexamples(text):
    labels = [label for label, *_ in records(text)]
    assert not any(label.lower().startswith("cơ cấu khu vực i") for label in labels), records(text)


# --- a share of the work of bodies named after it: a ministry and a department ('tại Bộ Y tế, Sở Y tế') set one
# target per level (bộ, tỉnh), each labelled by its own body; the bodies of a level named by it ('cơ quan … quận/huyện') that level; one body named
# alone its own target (no level). An item with no predicate of its own, followed by items of the same thing ending
# in one ('…; 80% hồ sơ công việc … được xử lý trên môi trường mạng.'), shares that predicate --------------------


LEAD = "Phấn đấu đến năm 2027: "


@pytest.mark.parametrize("text, expected", [
    (LEAD + "100% văn bản của cơ quan nhà nước được ký số; 85% hồ sơ công việc tại Bộ Tài chính, Sở Tài chính; 70% hồ "
     "sơ công việc của cơ quan thuế quận/huyện được xử lý trên môi trường mạng.",
     [("văn bản của cơ quan nhà nước được ký số", None, 100),
      ("hồ sơ công việc tại Bộ Tài chính được xử lý trên môi trường mạng", "bộ", 85),
      ("hồ sơ công việc tại Sở Tài chính được xử lý trên môi trường mạng", "tỉnh", 85),
      ("hồ sơ công việc của cơ quan thuế quận/huyện được xử lý trên môi trường mạng", "huyện", 70)]),
    (LEAD + "75% văn bản của UBND các xã/phường được ký số.", [("văn bản của UBND các xã/phường được ký số", "xã", 75)]),
    # one body named alone sets its own target
    (LEAD + "90% hồ sơ công việc tại Bộ Y tế được xử lý trên môi trường mạng.",
     [("hồ sơ công việc tại Bộ Y tế được xử lý trên môi trường mạng", None, 90)]),
    # a department and the units under it: one body's target
    (LEAD + "90% hồ sơ công việc tại Sở Y tế và các đơn vị trực thuộc được xử lý trên môi trường mạng.",
     [("hồ sơ công việc tại Sở Y tế và các đơn vị trực thuộc được xử lý trên môi trường mạng", None, 90)]),
    # a district named is one body, not a level
    (LEAD + "90% văn bản của UBND huyện Mường Nhé được ký số.", [("văn bản của UBND huyện Mường Nhé được ký số", None, 90)]),
    # the item after is of another thing: no predicate shared
    (LEAD + "90% hồ sơ công việc tại Bộ Y tế, Sở Y tế; 80% văn bản đi được ký số.",
     [("hồ sơ công việc tại Bộ Y tế", "bộ", 90), ("hồ sơ công việc tại Sở Y tế", "tỉnh", 90),
      ("văn bản đi được ký số", None, 80)]),
    # a share of people of the units of a level, not their work: no level
    (LEAD + "95% dân số của các quận, huyện tham gia bảo hiểm y tế.",
     [("dân số của các quận, huyện tham gia bảo hiểm y tế", None, 95)]),
])
def test_work_of_bodies_per_level(text, expected):
    assert [(label, level, tv) for label, level, tv, _ in records(text)] == expected


# --- a head in the plural over several named parts ('các chỉ số về Chính phủ số, Kinh tế số, Xã hội số của tỉnh đạt
# từ 0,7 - 0,8 điểm'): one target per part, each labelled by the head, the part and the place they are all of ------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu các chỉ số về Chính phủ số, Kinh tế số, Xã hội số của thành phố đạt từ 0,65 - 0,75 điểm.",
     [("chỉ số về Chính phủ số của thành phố", 0.65), ("chỉ số về Kinh tế số của thành phố", 0.65),
      ("chỉ số về Xã hội số của thành phố", 0.65)]),
    ("Phấn đấu các chỉ số về cải cách hành chính, hài lòng của người dân đạt trên 85%.",
     [("chỉ số về cải cách hành chính", 85), ("chỉ số về hài lòng của người dân", 85)]),
    ("Phấn đấu các chỉ số PAPI và SIPAS trên địa bàn huyện đạt trên 80%.",
     [("chỉ số PAPI trên địa bàn huyện", 80), ("chỉ số SIPAS trên địa bàn huyện", 80)]),
    # counterexample: one part only
    ("Phấn đấu các chỉ số về kinh tế số của tỉnh đạt 0,6 điểm.", [("các chỉ số về kinh tế số của tỉnh", 0.6)]),
    # counterexample: parts of a measure neither named nor introduced by 'về' (the head's words run on)
    ("Phấn đấu các tỷ lệ bao phủ bảo hiểm y tế, bảo hiểm xã hội đạt trên 90%.",
     [("các tỷ lệ bao phủ bảo hiểm y tế, bảo hiểm xã hội", 90)]),
    # counterexample: no list after the head
    ("Phấn đấu các chỉ số thành phần của chỉ số PCI đạt trên 6 điểm.", [("các chỉ số thành phần của chỉ số PCI", 6)]),
])
def test_plural_head_over_named_parts(text, expected):
    assert [(label, tv) for label, _, tv, _ in records(text)] == expected


# --- a part of a rate after 'trong đó' said only by what its share has ('Tỷ lệ lao động qua đào tạo đạt 75%, trong
# đó có bằng cấp, chứng chỉ đạt 37%'): its label is the rate with those words ------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 35%.",
     [("tỷ lệ lao động qua đào tạo", 72), ("tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", 35)]),
    ("Đến năm 2027, tỷ lệ hồ sơ trực tuyến đạt 85%, trong đó được giải quyết đúng hạn đạt 98%.",
     [("tỷ lệ hồ sơ trực tuyến", 85), ("tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn", 98)]),
    # counterexample: the part is named by a group of its own ('nữ'), not by what it has
    ("Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 72%, trong đó lao động nữ đạt 40%.",
     [("tỷ lệ lao động qua đào tạo", 72), ("lao động nữ", 40)]),
])
def test_part_of_rate_after_trong_do(text, expected):
    assert [(label, tv) for label, _, tv, _ in records(text)] == expected
