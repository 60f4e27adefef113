"""What the indicators stage remembers of a document's texts beyond _first and the figures (issue 14, speed): a
text's levels, a label cut around figures' expressions, a column header's period, a cell's wording test and a
block's results listed 'lần lượt' are worked out once per document. Each answer is the one worked out afresh, a
caller may change what it is given, and all is let go before the next document."""
import pytest

from extractor.link.figures import Figure, _levels, levels_in
from extractor.link.records import _clean_label, _label_without
from extractor.link.results import respective_pairs
from extractor.link.tables import _header_period, _says_enough
from extractor.model import RawBlock
from test_indicator_variants import run

MEMOS = (_levels, _label_without, _header_period, _says_enough, respective_pairs)


def _fig(text: str, written: str) -> Figure:
    at = text.index(written)
    return Figure(at, at + len(written), 0.0, expr_start=at, expr_end=at + len(written))


# real-shaped lines (names and numbers changed): the label left when the figures' expressions are cut
@pytest.mark.parametrize("text, written, label", [
    ("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 85%", ["tối thiểu 85%"],
     "Tỷ lệ hồ sơ trực tuyến toàn trình đạt"),
    ("b) Đến hết năm 2026: Có ≥ 40% hộ kinh doanh dùng hóa đơn điện tử", ["≥ 40%"],
     "Có hộ kinh doanh dùng hóa đơn điện tử"),
    ("Hồ sơ công việc cấp tỉnh xử lý trên mạng: Cấp tỉnh 90%, cấp huyện 70%", ["90%", "70%"],
     "Hồ sơ công việc cấp tỉnh xử lý trên mạng"),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới (kế hoạch 60%) đạt 64,5%", ["64,5%"], "Tỷ lệ xã đạt chuẩn nông thôn mới đạt"),
])
def test_a_label_cut_around_figures_is_the_one_worked_out_afresh(text, written, label):
    figs = [_fig(text, w) for w in written]
    _label_without.cache_clear()
    assert _clean_label(text, figs) == label
    again = [Figure(f.start, f.end, 99.0, unit="%", level="tỉnh", expr_start=f.expr_start, expr_end=f.expr_end)
             for f in figs]
    assert _clean_label(text, again) == label          # a figure is read for its expression's place only
    assert _label_without.cache_info().hits >= 1


def test_a_label_cut_elsewhere_is_not_served_the_first_answer():
    # one text, a figure in another place: another label, never the remembered one
    text = "Tỷ lệ che phủ rừng đạt 43%, tỷ lệ hộ dùng nước sạch đạt 98%"
    _label_without.cache_clear()
    first = _clean_label(text, [_fig(text, "43%")])
    second = _clean_label(text, [_fig(text, "98%")])
    assert first != second
    assert _clean_label(text, [_fig(text, "43%")], start=0) == first
    assert _clean_label(text, [_fig(text, "98%")], start=text.index("tỷ lệ hộ")) == "tỷ lệ hộ dùng nước sạch đạt"


@pytest.mark.parametrize("text, levels", [
    ("Tỷ lệ hồ sơ cấp tỉnh đạt 90%, cấp huyện 80%, cấp xã 70%", ["tỉnh", "huyện", "xã"]),
    ("100% cơ quan nhà nước các cấp", []),
])
def test_levels_are_a_fresh_list_for_each_caller(text, levels):
    _levels.cache_clear()
    first = levels_in(text)
    assert [x[2] for x in first] == levels
    first.append((0, 0, "thôn"))                       # a caller that changes its list changes no other's
    assert [x[2] for x in levels_in(text)] == levels


def _extract(text: str):
    return run([RawBlock(kind="paragraph", text=t) for t in text.split("\n")])


def test_the_walk_forgets_these_memos_before_the_next_document():
    other = ("KẾ HOẠCH\nCác chỉ tiêu chủ yếu:\n- Tỷ lệ hồ sơ cấp tỉnh đạt 90%, cấp huyện 80%\n"
             "- Các tỷ lệ xã có bưu điện và thôn có nhà văn hóa mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu 80% và 60%")
    this = "Năm 2026, phấn đấu tỷ lệ trường đạt chuẩn quốc gia trên 72%."
    _extract(this)
    alone = [f.cache_info().currsize for f in MEMOS]
    _extract(other)
    assert sum(f.cache_info().currsize for f in MEMOS) > sum(alone)
    _extract(this)
    assert [f.cache_info().currsize for f in MEMOS] == alone


def test_a_respective_run_is_read_alike_twice():
    text = ("các tỷ lệ xã có bưu điện văn hóa và thôn có nhà văn hóa mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục "
            "tiêu phải đạt 80% và 60%")
    respective_pairs.cache_clear()
    first = respective_pairs(text)
    assert [(p.label, p.actual[2], p.target[2]) for p in first] == [("tỷ lệ xã có bưu điện văn hóa", 51.3, 80.0),
                                                                     ("tỷ lệ thôn có nhà văn hóa", 54.8, 60.0)]
    assert respective_pairs(text) == first


@pytest.mark.parametrize("header, year", [("Kế hoạch năm 2026", 2026), ("Năm hiện hành 2025 Kế hoạch", 2025),
                                          ("Ghi chú", None)])
def test_a_header_period_is_read_alike_twice(header, year):
    _header_period.cache_clear()
    assert [getattr(_header_period(header), "year", None) for _ in range(2)] == [year, year]
    assert _header_period.cache_info().hits == 1


class _Spy:
    """SUBHEADING_RX with the texts it is asked of written down."""

    def __init__(self, rx):
        self.rx, self.asked = rx, []

    def match(self, text, *args):
        self.asked.append(text)
        return self.rx.match(text, *args)


def test_only_blocks_holding_records_are_asked_whether_they_are_caption_lines(monkeypatch):
    # _dedupe compares records, so a block is asked whether it is a heading or a caption line only when it holds one;
    # the headline's target the body states again is still one record, kept on the body's full wording
    import extractor.link.indicators as indicators
    spy = _Spy(indicators.SUBHEADING_RX)
    monkeypatch.setattr(indicators, "SUBHEADING_RX", spy)
    text = ("Tỉnh đặt mục tiêu thu hút 50.000 lượt khách du lịch năm 2026\n"
            "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phát triển du lịch\n"
            "Các sở, ngành phối hợp triển khai thực hiện kế hoạch\n"
            "Theo kế hoạch, năm 2026 tỉnh phấn đấu thu hút 50.000 lượt khách du lịch, doanh thu 900 tỷ đồng.")
    records = _extract(text)
    assert [(r.target_value, r.target_unit, r.prov.block) for r in records] == [(50000.0, "lượt", 3)]
    assert "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phát triển du lịch" not in spy.asked
    assert "Các sở, ngành phối hợp triển khai thực hiện kế hoạch" not in spy.asked
