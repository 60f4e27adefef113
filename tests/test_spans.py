import random

import pytest

from extractor.spans import SpanSet


@pytest.mark.parametrize("kept, query, expected", [
    ([(10, 20)], (0, 10), False),        # touching on the left
    ([(10, 20)], (20, 25), False),       # touching on the right
    ([(10, 20)], (19, 30), True),
    ([(10, 20)], (0, 11), True),
    ([(10, 20)], (12, 15), True),        # inside
    ([(10, 20)], (5, 30), True),         # around
    ([(10, 20), (30, 40)], (20, 30), False),
    ([(10, 20), (30, 40)], (25, 31), True),
    ([(10, 20)], (15, 15), True),        # a point inside
    ([(10, 20)], (20, 20), False),       # a point at the end
])
def test_overlaps(kept, query, expected):
    s = SpanSet()
    for a, b in kept:
        s.add(a, b)
    assert s.overlaps(*query) is expected


def test_agrees_with_a_linear_scan():
    rng = random.Random(7)
    s, kept = SpanSet(), []
    for _ in range(2000):
        a = rng.randrange(0, 5000)
        b = a + rng.randrange(0, 12)
        linear = any(a < y and x < max(b, a + 1) for x, y in kept)
        assert s.overlaps(a, b) is linear
        if not linear and b > a:
            s.add(a, b)
            kept.append((a, b))


def test_per_figure_work_does_not_grow_with_the_paragraph(monkeypatch):
    """Each figure's comparator is read from a bounded window, not from the whole text before it:
    the strings handed to the regex engine stay short however long the paragraph is."""
    from extractor.link import figures

    seen = []
    real_window = figures._window_before

    def window_before(text, end):
        at, window = real_window(text, end)
        seen.append(len(window))
        return at, window

    # the comparator's patterns are compiled once (figures._COMPARATOR_WORDS_AT_END …): what bounds their
    # work is the window they are handed
    monkeypatch.setattr(figures, "_window_before", window_before)
    sentence = "Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 93,6%, vượt chỉ tiêu được giao. "
    found = figures.find_figures(sentence * 2000)
    assert len(found) == 2000 and all(f.cmp == ">=" for f in found)
    assert seen and max(seen) <= figures.WINDOW
