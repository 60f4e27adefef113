"""Where the sentence, the ';' clause or the comma piece around a figure starts and ends, read in a bounded
window around it (a paragraph of any length costs the same per figure); a status word right after a figure."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.link.figures import Figure, _outside_parens, PAREN_RX, status_of, WORD_RX
from extractor.link.results import label_start
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


CELL_SENTENCE_RX = _P.get("sentence.cell_sentence").regex


def _cell_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences and ';' clauses of a cell ('Cụ thể, NHNN đã: (i) ...; (ii) ...; (iii) Có 03 Công văn ...')."""
    outside = _outside_parens(text)
    cuts = [m.end() for m in CELL_SENTENCE_RX.finditer(text) if outside[m.start()]]
    bounds = [0] + cuts + [len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if text[bounds[i]:bounds[i + 1]].strip()]


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding offset `end` starts: after the last sentence end, ';' or comma before it
    (outside parentheses), unless that leaves fewer than three words."""
    outside = _outside_parens(text)
    stop = max(text.rfind(". ", 0, end), text.rfind("; ", 0, end))
    start = stop + 2 if stop >= 0 else label_start(text)
    commas = [i for i in range(start, end) if text[i] == "," and outside[i]]
    if commas and len(WORD_RX.findall(text[commas[-1]:end])) >= 3:
        return commas[-1] + 1
    return start


WINDOW = 1500          # characters either side of a figure that the sentence and quotation checks read


# compiled once: these run for every sentence and figure (regex.finditer(str, ...) looks its pattern up each call)
STOP_RX = regex.compile(r"[.;](?:\s|$)")
CLOSING_RX = regex.compile(r"[\s)%,]*")
SEMICOLON_RX = regex.compile(r";")

def _sentence_around(text: str, f: Figure) -> tuple[int, int]:
    """(start, end) of the sentence holding the figure: between '.'/';' stops outside parentheses, looked for
    in a bounded window either side (a paragraph of any length costs the same per figure)."""
    lo, hi = max(0, f.expr_start - WINDOW), min(len(text), f.expr_end + WINDOW)
    piece = text[lo:hi]
    outside = _outside_parens(piece)
    stops = [lo + m.start() for m in STOP_RX.finditer(piece) if outside[m.start()]]
    s = max([i + 1 for i in stops if i < f.expr_start], default=lo)
    e = min([i for i in stops if i >= f.expr_end], default=hi)
    return s, e


def _status_after(text: str, end: int) -> Optional[tuple[str, str]]:
    """A status word right after a figure, past closing brackets and a comma ('45,3% (... 50%), chưa đạt')."""
    m = CLOSING_RX.match(text[end:])
    tail = text[end + m.end():]
    return status_of(tail) if tail else None


def _clauses(text: str) -> list[tuple[int, int]]:
    """';'-clauses; a ';' inside a parenthesis separates the items of a list there, not clauses."""
    spans, pos = [], 0
    outside = _outside_parens(text)
    for m in SEMICOLON_RX.finditer(text):
        if not outside[m.start()]:
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _blank_parens(text: str) -> str:
    return PAREN_RX.sub(lambda m: " " * len(m.group(0)), text)


def _piece_end(clause: str, at: int) -> int:
    outside = _outside_parens(clause)
    return next((i for i in range(at, len(clause)) if clause[i] == "," and outside[i]), len(clause))


def _full_stop(text: str, at: int) -> int:
    """Where the sentence holding `at` ends: the next full stop ('.'), past ';' that only part its clauses."""
    m = FULL_STOP_RX.search(text, at, min(len(text), at + WINDOW))
    return m.start() if m else min(len(text), at + WINDOW)


FULL_STOP_RX = _P.get("sentence.full_stop").regex
