"""Labels of results written over their targets with the counted thing after the pair ('97%/90% dân số dùng nước
hợp vệ sinh', 'mỗi năm có 7/7 trường đạt chuẩn quốc gia'): when only a theme ('Về y tế:') or an 'có' stands before a
pair, the words after it name the measure, and a run of such pairs ('75%/85% gia đình; 60%/65% thôn, buôn; … và
16%/20% xã, phường, thị trấn đạt tiêu chuẩn văn hóa') shares the tail its last item states."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples
THEME_RX = _P.get("slash.theme").regex
COUNTED_AFTER_RX = _P.get("slash.counted_after").regex
SHARED_TAIL_RX = _P.get("slash.shared_tail").regex
STOP_RX = regex.compile(r"[;.](?:\s|$)|\s\(")
JOINER_RX = regex.compile(r"(?:\s*,|\s+và)\s*$", regex.I)
VERB_RX = regex.compile(r"\b(?:là|đạt|tăng|giảm)\b", regex.I)


def drop_theme(words: str) -> str:
    """'Về dân số: Tỷ lệ tăng dân số tự nhiên' → 'Tỷ lệ tăng dân số tự nhiên'; 'Đào tạo nghề cho' → 'Đào tạo nghề'."""
    return FOR_WHOM_RX.sub("", THEME_RX.sub("", words))


FOR_WHOM_RX = regex.compile(r"\s+cho$", regex.I)


def past_theme(text: str, item_start: int, start: int) -> int:
    """A clause start inside an item's theme ('2. Về lao động, việc làm và đào tạo nghề: …') moves past it."""
    theme = THEME_RX.match(text[item_start:item_start + 80])
    return item_start + theme.end() if theme and start < item_start + theme.end() else start


def labels_after(text: str, pairs: list[tuple[int, int, int]], befores: list[str]) -> dict[int, str]:
    """For pairs (start, end, index) in text order and the words before each (its clause, a theme dropped): the label
    of each pair the counted thing after it names, by index. A pair right after such a pair, joined by ',' or 'và'
    only, is one too ('có 15,1/20 giường bệnh và 7,3/6,2 bác sỹ/1 vạn dân')."""
    pieces: list[tuple[int, str, str]] = []           # (index, words before, words after) of each such pair
    runs: list[list[int]] = []                         # positions in `pieces` of pairs sharing a tail
    prev_after = False
    for k, (start, end, i) in enumerate(pairs):
        before = befores[k].strip(" ,;:-–")
        joined = prev_after and _joined(text[pairs[k - 1][1]:start])
        if not joined and not COUNTED_AFTER_RX.match(before):
            prev_after = False
            continue
        after = _words_after(text, end, pairs[k + 1][0] if k + 1 < len(pairs) else len(text))
        if not after:
            prev_after = False
            continue
        if not joined and (before or not prev_after or ". " in text[pairs[k - 1][1]:start]):
            runs.append([])                            # '… vệ sinh; có 15,1/20 giường bệnh': a run of its own
        pieces.append((i, "" if joined else before, after))
        runs[-1].append(len(pieces) - 1)
        prev_after = True
    return {i: _named(before, after) for i, before, after in _share_tails(pieces, runs)}


def _joined(between: str) -> bool:
    """The words between two pairs only name the first one's counted thing and join the next ('giường bệnh và ')."""
    return "; " not in between and ". " not in between and JOINER_RX.search(between) is not None \
        and VERB_RX.search(between) is None


def _words_after(text: str, end: int, next_start: int) -> str:
    """The words after a pair up to its clause's end or the next pair, past a joining ',' or 'và'."""
    stop = STOP_RX.search(text, end, next_start)
    words = text[end:stop.start() if stop else next_start]
    return JOINER_RX.sub("", " ".join(words.lstrip("% ").split())).strip(" ,")


def _share_tails(pieces: list[tuple[int, str, str]], runs: list[list[int]]) -> list[tuple[int, str, str]]:
    """Each run's last item states the tail ('… đạt tiêu chuẩn văn hóa', '…/1 vạn dân') its other items leave out."""
    out = list(pieces)
    for run in runs:
        tail = SHARED_TAIL_RX.search(pieces[run[-1]][2]) if len(run) > 1 else None
        if tail is None:
            continue
        for j in run[:-1]:
            i, before, after = pieces[j]
            if SHARED_TAIL_RX.search(after) is None and len(after.split()) <= 4:
                out[j] = (i, before, after + tail.group(0))
    return out


def _named(before: str, after: str) -> str:
    """The words before ('mỗi năm có') and the counted thing; a bare 'có' says nothing."""
    before = "" if before.lower() == "có" else before
    return f"{before} {after}".strip()


def slash_before(text: str, start: int, lo: int, prev_end: Optional[int]) -> str:
    """The words of a pair's clause before it, past the pair before it in the clause and a theme."""
    return drop_theme(text[max(lo, prev_end or 0):start])
