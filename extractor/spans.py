"""A set of non-overlapping character spans with a logarithmic overlap test.

Extractors keep the first of overlapping matches; asking every kept span ("any(...)") made a long
paragraph quadratic in its number of matches.
"""
from __future__ import annotations

from bisect import bisect_left, insort


class SpanSet:
    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []      # sorted, non-overlapping

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a kept span? (An empty span tests its point.)"""
        end = max(end, start + 1)
        i = bisect_left(self._spans, (end,))            # first span starting at or after `end`
        return i > 0 and self._spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
