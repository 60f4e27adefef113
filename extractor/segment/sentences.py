"""Segment a document into the units extractors read: sentences of text blocks, and table cells.

Sentences come from underthesea's `sent_tokenize` (which keeps no offsets, so each sentence is found
again in the block). Each segment knows the headings it sits under, so a later stage can read the year
or the resolution a section is about (`I. Kết quả thực hiện các chỉ tiêu năm 2020`).
"""
from __future__ import annotations

import logging
from functools import lru_cache

import regex

from extractor.model import Block, Document, Segment

ROMAN = regex.compile(r"^[IVXLC]{1,6}[.)]\s")
ARABIC = regex.compile(r"^\d{1,2}[.)]\s")
ANNEX = regex.compile(r"^(?:PHỤ LỤC|Phụ lục)\b")
# A list-number alone ('5.') is no sentence: glue it back to what follows.
BARE_NUMBER = regex.compile(r"^\(?[\dIVXa-zđ]{1,4}[.)]$")


def segment_document(doc: Document) -> list[Segment]:
    """Sentences and cells in document order, each with its enclosing headings."""
    _tokenizer()        # loaded with the first document even if no run needs it: a batch's warm-up, before its workers fork
    out: list[Segment] = []
    stack: list[tuple[int, str]] = []
    for block in doc.blocks:
        if block.kind == "heading" or _is_section_item(block):
            stack = _push(stack, _heading_rank(block.text), block.text)
        section = tuple(t for _, t in stack)
        if block.cells is not None:
            out.extend(Segment(c.text, c.start, c.end, block, c, section) for c in block.cells if c.text)
        else:
            out.extend(Segment(t, s, e, block, None, section) for t, s, e in sentences(block))
    return out


def _is_section_item(block: Block) -> bool:
    """Short numbered lines ending in ':' act as headings ('I. Kết quả … năm 2020:')."""
    first = block.text.split("\n", 1)[0]
    return bool(ROMAN.match(first)) and len(first) < 200


def _heading_rank(text: str) -> int:
    if ANNEX.match(text):
        return 0
    if ROMAN.match(text):
        return 1
    if ARABIC.match(text):
        return 2
    return 3


def _push(stack: list[tuple[int, str]], rank: int, text: str) -> list[tuple[int, str]]:
    kept = [(r, t) for r, t in stack if r < rank]
    return kept + [(rank, text.split("\n", 1)[0][:300])]


@lru_cache(maxsize=1)
def _tokenizer():
    # underthesea calls logging.basicConfig() on import: configure first so it cannot take over.
    logging.getLogger().handlers or logging.basicConfig(level=logging.WARNING)
    from underthesea import sent_tokenize

    return sent_tokenize


def sentences(block: Block) -> list[tuple[str, int, int]]:
    """(text, start, end) of each sentence, offsets into the document text."""
    text = block.text
    if len(text) < 60:
        return [(text, block.start, block.end)]
    spans: list[tuple[int, int]] = []
    pos = 0
    flat = text.replace("\n", " ")           # a run's newlines read as spaces, at the same offsets
    for line in _runs(text):                 # underthesea ignores newlines: split on them first
        line = line.replace("\n", " ")
        for sent in _line_sentences(line):
            i = flat.find(sent, pos)
            if i < 0:                          # tokenizer altered the text: fall back to the line
                spans = [s for s in spans if s[1] <= pos]
                i = flat.find(line, pos)
                if i < 0:
                    return [(text, block.start, block.end)]
                spans.append((i, i + len(line)))
                pos = i + len(line)
                break
            spans.append((i, i + len(sent)))
            pos = i + len(sent)
    spans = [piece for span in spans for piece in _split_ellipses(text, span)]
    return [(flat[s:e], block.start + s, block.start + e) for s, e in _glue_numbers(text, spans)]


def _line_sentences(line: str) -> list[str]:
    """The sentences of one run of text: the tokenizer's, for a run long enough to hold two."""
    if len(line) < 60:
        return [line]
    if _one_sentence(line):
        return [line.strip()] if line.strip() else []      # what the tokenizer gives it, at a tenth of the cost
    return _tokenizer()(line)


SENTENCE_MARK_RX = regex.compile(r"[.?!]")


def _one_sentence(line: str) -> bool:
    """The tokenizer can cut only after a '.', '?' or '!' with more than marks and white space after it, and
    never at a '.' between two digits (1.500, 12.5): a run without another such mark is one sentence (most runs:
    a list item, a paragraph of one sentence)."""
    body = line.rstrip().rstrip(".?!")
    return all(body[m.start()] == "." and body[m.start() - 1:m.start()].isdigit() and body[m.end():m.end() + 1].isdigit()
               for m in SENTENCE_MARK_RX.finditer(body))


def _runs(text: str) -> list[str]:
    """The block's lines, a line that ends no sentence run on into the next ('… đến năm 2030 đạt:⏎Thịt trâu đạt
    4.500 tấn; thịt bò …': a PDF wraps a paragraph at the page's width); a line ending a sentence ('.', '!', '?'),
    an empty one, or the next line opening an item ('- ', '+ ', '2. ', 'a) ') still ends the run. The newline is
    kept, so offsets stay the block's."""
    runs: list[str] = []
    for line in text.split("\n"):
        if runs and runs[-1].strip() and line.strip() and not SENTENCE_END_RX.search(runs[-1]) \
                and not ITEM_OPEN_RX.match(line):
            runs[-1] += "\n" + line
        else:
            runs.append(line)
    return runs


SENTENCE_END_RX = regex.compile(r"[.!?…][\s\"”')\]]*$")
ITEM_OPEN_RX = regex.compile(r"\s*(?:[-–+•*●▪]|\(?[\dIVXivxa-zđ]{1,4}[.)]\s)")


def _glue_numbers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (BARE_NUMBER.match(text[out[-1][0]:out[-1][1]].strip()) or _inside_abbreviation(text, out[-1], s)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _inside_abbreviation(text: str, before: tuple[int, int], start: int) -> bool:
    """'396,1 tỷ.đ, tăng …': the tokenizer cuts after a stop that a lower-case letter follows with no space; that
    stop is inside an abbreviation ('tỷ.đ', 'tr.đ'), and the sentence goes on."""
    return before[1] == start and text[start - 1:start] == "." and text[start:start + 1].islower()


# the tokenizer keeps 'của tỉnh… Đến năm 2030, …' as one sentence: an ellipsis before a capital ends one
ELLIPSIS_END_RX = regex.compile(r"(?:…|\.\.\.)(?=\s+\p{Lu})")


def _split_ellipses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Cut a sentence after each ellipsis that a capitalised word follows."""
    s, e = span
    out = []
    for m in ELLIPSIS_END_RX.finditer(text, s, e):
        out.append((s, m.end()))
        s = m.end() + len(text[m.end():e]) - len(text[m.end():e].lstrip())
    return out + [(s, e)]
