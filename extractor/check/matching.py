"""Match extracted indicators to catalogue entries.

An indicator's label is rarely the catalogue's wording: reports shorten it ("Cổng Thông tin điện tử
các địa phương công khai thông tin đầy đủ"), reorder it, abbreviate it (TTHC, DVCTT, CQNN) and
paraphrase it. So the text similarity is made to survive that:

- labels are normalised (NFC, one tone-mark convention, abbreviations expanded from
  patterns/abbreviations.yaml, numbers and percentages dropped, accents folded);
- two measures are combined: a TF-IDF cosine over syllables, syllable bigrams and underthesea's
  compound words (rare words such as "di động" weigh more than "tỷ lệ", "hồ sơ"), and rapidfuzz's
  token_set_ratio (a shortened label inside the full wording scores high whatever the order).

Text alone cannot tell NQ 17's 2019-2020 "tích hợp 30%" from its 2021-2025 "tích hợp 50%", nor
the cấp tỉnh row from the cấp xã row, so evidence adds to the score: the resolution the row
answers (source_ref, a table header such as "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP", the
section, the line before the table), the year against the entry's period, the level, and an equal
target value. Restatements and provincial plans in the catalogue are never match targets.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

import regex
from rapidfuzz import fuzz

from extractor.check.catalogue import Catalogue, Entry, Source, load_catalogue
from extractor.normalize.document import fold_accents, fold_tone
from extractor.patterns import load_data
from extractor.rows import read

MIN_TEXT_UNCITED = 0.65     # a row that does not cite the entry's source needs this much wording in common
THRESHOLD = 70.0            # below this best score an indicator is 'unmatched'
MATCH_ROLES = ("target", "scoring")

# Evidence weights (score points on a 0-100 text similarity scale).
W_CITED = 14.0              # the row answers this entry's source
W_CITED_OTHER = -8.0        # the row answers another catalogued source
W_DOC_CITES = 3.0           # the document cites the source somewhere
W_SCORING = -6.0            # a scoring threshold (QĐ 766) unless its source is cited
W_YEAR_IN = 8.0
W_YEAR_OUT = -12.0
W_LEVEL_IN = 6.0
W_LEVEL_OUT = -18.0
W_VALUE = 5.0
W_LATER_SOURCE = -20.0      # a source issued after the document cannot be the target it quotes

LOCAL_LEVELS = {"tỉnh", "huyện", "xã"}


# --- normalisation ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _abbreviations():
    data = load_data("abbreviations.yaml") or {}
    table = data.get("abbreviations") or {}
    keys = sorted(table, key=len, reverse=True)
    rx = regex.compile(r"(?<![\w/-])(" + "|".join(regex.escape(k) for k in keys) + r")(?![\w/-])")
    return rx, table


def expand_abbreviations(text: str) -> str:
    rx, table = _abbreviations()
    return rx.sub(lambda m: table[m.group(1)], text)


NUMBERISH = regex.compile(r"\d+(?:[.,]\d+)*\s*%?|%")
PUNCT = regex.compile(r"[^\w\s]+")


def normalise(text: str) -> str:
    """Accent-folded, lower-case, abbreviation-expanded text without numbers or punctuation."""
    text = expand_abbreviations(fold_tone(text or ""))
    text = NUMBERISH.sub(" ", text)
    text = PUNCT.sub(" ", fold_accents(text))
    return " ".join(text.split())


_WORDS: dict[str, tuple[str, ...]] = {}      # label → its compounds, found here or by a worker
_WORDS_KEPT = 8192


def label_words(labels) -> dict[str, tuple[str, ...]]:
    """The compounds of each label (`_compounds`): a worker finds them beside the extraction, so
    the main process, which matches every document one after another, need not segment them."""
    return {label: _compounds(label) for label in set(labels) if label}


def remember_words(words: dict[str, tuple[str, ...]]) -> None:
    """Keep compounds a worker found (`label_words`) for the labels about to be matched; the
    cache starts again when full (labels of one archive repeat, a national one's need not)."""
    if len(_WORDS) > _WORDS_KEPT:
        _WORDS.clear()
    _WORDS.update(words)


def _compounds(text: str) -> tuple[str, ...]:
    if text not in _WORDS:
        remember_words({text: _segment_compounds(text)})
    return _WORDS[text]


def _segment_compounds(text: str) -> tuple[str, ...]:
    """underthesea's multi-syllable words (hồ_sơ, thủ_tục), folded; empty when unavailable."""
    try:
        from underthesea import word_tokenize
    except ImportError:  # matching still works on syllables and bigrams
        return ()
    words = word_tokenize(expand_abbreviations(fold_tone(text)))
    out = []
    for w in words:
        if " " in w:
            norm = normalise(w)
            if " " in norm:
                out.append(norm.replace(" ", "_"))
    return tuple(out)


def features(text: str) -> Counter:
    syl = normalise(text).split()
    feats = Counter(syl)
    feats.update(f"{a}+{b}" for a, b in zip(syl, syl[1:]))
    feats.update(f"w:{w}" for w in _compounds(text))
    return feats


# --- the TF-IDF model over the catalogue --------------------------------------------------------

@dataclass
class TfIdf:
    idf: dict[str, float]
    default_idf: float

    @classmethod
    def fit(cls, docs: Iterable[Counter]) -> "TfIdf":
        docs = list(docs)
        df: Counter = Counter()
        for d in docs:
            df.update(set(d))
        n = len(docs) or 1
        idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
        return cls(idf, math.log(1 + n) + 1)

    def vector(self, feats: Counter) -> dict[str, float]:
        v = {t: (1 + math.log(c)) * self.idf.get(t, self.default_idf) for t, c in feats.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm for t, x in v.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b.get(t, 0.0) for t, x in a.items())


# --- cited sources ------------------------------------------------------------------------------

def _source_regex(src: Source) -> Optional[tuple[regex.Pattern, tuple[str, ...]]]:
    """The source's pattern, and the digits one of which any match holds ('' when a part has none)."""
    parts, keys = [], []
    if src.number and src.symbol:
        num = src.number.lstrip("0") or "0"
        sym = regex.escape(fold_accents(src.symbol)).replace("/", r"\s*/\s*").replace(r"\-", r"\s*[-/]\s*")
        parts.append(rf"(?<![\d/.])0*{num}\s*/\s*(?:\d{{4}}\s*/\s*)?{sym}")
        keys.append(num)
        if "/" in src.symbol:       # 57-NQ/TW
            parts.append(rf"(?<![\d/.])0*{num}\s*-\s*{sym}")
    for alias in src.aliases:
        folded = fold_accents(alias)
        a = regex.escape(folded).replace(r"\ ", r"\s*")
        parts.append(rf"(?<![\w/]){a}(?![\w/]|\s*/)")
        digits = regex.search(r"\d+", folded)
        keys.append(digits.group(0) if digits else "")
    if not parts:
        return None
    # a text with none of these digits cannot match: most rows cite no source, and the search is
    # the check step's largest cost (an alias without digits, key '', always searches)
    return regex.compile("|".join(parts)), tuple(sorted(set(keys)))


@lru_cache(maxsize=8)
def _source_patterns(cat_id: int) -> list[tuple[str, regex.Pattern, tuple[str, ...]]]:
    cat = _CATS[cat_id]
    out = []
    for src in cat.sources:
        if src.role in MATCH_ROLES:
            found = _source_regex(src)
            if found is not None:
                out.append((src.label, *found))
    return out


_CATS: dict[int, Catalogue] = {}


def cited_sources(text: Optional[str], cat: Optional[Catalogue] = None) -> set[str]:
    """Labels of the catalogued sources that `text` cites ('NQ 17/NQ-CP', ...)."""
    if not text:
        return set()
    cat = cat or load_catalogue()
    _CATS[id(cat)] = cat
    return set(_cited_in(text, id(cat)))


@lru_cache(maxsize=4096)
def _cited_in(text: str, cat_id: int) -> frozenset[str]:
    # a table's header, section and the lines above it are read again for each of its rows
    folded = fold_accents(text)
    return frozenset(label for label, rx, keys in _source_patterns(cat_id)
                     if any(k in folded for k in keys) and rx.search(folded))


# --- year and level hints -----------------------------------------------------------------------

YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)\s*[-–]\s*(20\d\d)(?!\d)")
YEAR = re.compile(r"(?<![\d/])(20\d\d)(?![\d/])")
LEVEL_RX = [("xã", re.compile(r"cấp xã|\bxã\b", re.I)), ("huyện", re.compile(r"cấp huyện", re.I)),
            ("tỉnh", re.compile(r"cấp tỉnh", re.I)), ("bộ", re.compile(r"cấp bộ", re.I))]


def year_hint(text: Optional[str]) -> Optional[int]:
    """The target year a header or section names: 'Mục tiêu đến năm 2025' → 2025, '2021-2025' → 2025."""
    if not text:
        return None
    m = YEAR_RANGE.search(text)
    if m:
        return int(m.group(2))
    ys = [int(y) for y in YEAR.findall(text)]
    return max(ys) if ys else None


def level_hint(label: str) -> Optional[str]:
    """A level the label names alone ('Hồ sơ công việc tại CQNN cấp xã …' → 'xã')."""
    found = [name for name, rx in LEVEL_RX if rx.search(label or "")]
    return found[0] if len(found) == 1 else None


def level_fit(level: Optional[str], entry: Entry) -> Optional[bool]:
    """True: the entry is set for this level; False: it is set for other levels only; None: no telling."""
    if not level or not entry.level:
        return None
    levels = set(entry.level)
    if level in levels:
        return True
    if (level in LOCAL_LEVELS and "địa phương" in levels) or (level == "địa phương" and levels & LOCAL_LEVELS):
        return None
    # An entry for the whole country or for all agencies says nothing about the level.
    return None if levels & {"quốc gia", "cơ quan nhà nước"} else False


# --- the matcher --------------------------------------------------------------------------------

@dataclass
class Query:
    label: str
    level: Optional[str] = None
    target_value: Optional[float] = None
    target_unit: Optional[str] = None
    target_year: Optional[int] = None
    cited: set[str] = field(default_factory=set)       # sources the row answers
    doc_cited: set[str] = field(default_factory=set)   # sources cited anywhere in the document
    doc_date: Optional[str] = None                     # the document's issued date (ISO, may be partial)


@dataclass
class Candidate:
    entry: Entry
    score: float
    text: float
    reasons: list[str]
    cited: bool = False             # the row answers this entry's source


@dataclass
class Match:
    best: Optional[Candidate]
    runner_up: Optional[Candidate]

    @property
    def matched(self) -> bool:
        b = self.best
        return b is not None and b.score >= THRESHOLD and (b.cited or b.text >= MIN_TEXT_UNCITED)

    @property
    def catalogue_id(self) -> Optional[str]:
        return self.best.entry.id if self.matched else None


class Matcher:
    def __init__(self, cat: Optional[Catalogue] = None):
        self.cat = cat or load_catalogue()
        self.entries = [e for e in self.cat if e.source.role in MATCH_ROLES]
        self.tfidf = TfIdf.fit(features(t) for e in self.cat for t in e.texts)
        self._vectors = {e.id: [(normalise(t), self.tfidf.vector(features(t))) for t in e.texts]
                         for e in self.entries}
        # labels repeat (a table's rows, year after year): their features and similarities are kept
        self._label = lru_cache(maxsize=2048)(self._prepare_label)
        self._for_unit: dict[Optional[str], list[Entry]] = {}
        # whole queries repeat too (an archive's reports: the same rows, year, sources and date): their
        # match is kept, as the label's similarities are; a Match is only read, never changed
        self._matches: dict[tuple, Match] = {}

    def _entries_for(self, unit: Optional[str]) -> list[Entry]:
        """The entries a target in `unit` may answer (units_compatible), in catalogue order."""
        if unit not in self._for_unit:
            self._for_unit[unit] = [e for e in self.entries if units_compatible(unit, e.unit)]
        return self._for_unit[unit]

    def _prepare_label(self, label: str) -> tuple[str, dict, dict, dict]:
        """(normalised label, its vector, its text similarity to each entry so far, and for each
        unit asked the entries alike enough to score)."""
        return normalise(label), self.tfidf.vector(features(label)), {}, {}

    def _close_entries(self, norm: str, vec: dict, sims: dict, unit: Optional[str]) -> list[tuple[float, Entry]]:
        """(text similarity, entry) of the entries for `unit` whose wording is at least 0.3 alike the
        label's, in catalogue order: a label's rows (a table's, year after year) score the same few
        entries, not every entry again."""
        out = []
        for e in self._entries_for(unit):   # 'Dân số' in triệu người is no share of the population
            text = sims.get(e.id)
            if text is None:
                text = sims[e.id] = max(self._sim(norm, vec, n, v) for n, v in self._vectors[e.id])
            if text >= 0.3:
                out.append((text, e))
        return out

    def text_similarity(self, label: str, entry: Entry) -> float:
        """0..1: the best of the entry's wordings against the label."""
        norm, vec = normalise(label), self.tfidf.vector(features(label))
        return max(self._sim(norm, vec, n, v) for n, v in self._vectors[entry.id])

    @staticmethod
    def _sim(norm: str, vec: dict, e_norm: str, e_vec: dict) -> float:
        cos = TfIdf.cosine(vec, e_vec)
        tsr = fuzz.token_set_ratio(norm, e_norm) / 100.0
        return 0.55 * cos + 0.45 * tsr

    def match(self, q: Query) -> Match:
        key = (q.label, q.level, q.target_value, q.target_unit, q.target_year, frozenset(q.cited),
               frozenset(q.doc_cited), q.doc_date)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= 4096:      # a long-lived process: kept bounded
                self._matches.clear()
            found = self._matches[key] = self._match(q)
        return found

    def _match(self, q: Query) -> Match:
        norm, vec, sims, close = self._label(q.label)
        if not norm:
            return Match(None, None)
        level = q.level or level_hint(q.label)
        if q.target_unit not in close:
            close[q.target_unit] = self._close_entries(norm, vec, sims, q.target_unit)
        scored = [(round(100 * text + self._evidence(q, level, e), 2), text, e) for text, e in close[q.target_unit]]
        # the reasons are written for the two kept only (most candidates are dropped); ties keep catalogue order
        top = heapq.nlargest(2, scored, key=lambda s: s[0])
        cands = [Candidate(e, score, round(text, 3), self._reasons(q, level, e), e.source.label in q.cited)
                 for score, text, e in top]
        return Match(cands[0] if cands else None, cands[1] if len(cands) > 1 else None)

    def _evidence(self, q: Query, level: Optional[str], e: Entry, why: Optional[list[str]] = None) -> float:
        """The bonus the context gives entry `e`; its reasons appended to `why` when one is given."""
        bonus = 0.0
        label = e.source.label
        if label in q.cited:
            bonus += W_CITED
            if why is not None:
                why.append(f"cites {label}")
        elif q.cited:
            bonus += W_CITED_OTHER
            if why is not None:
                why.append("cites another source")
        elif label in q.doc_cited:
            bonus += W_DOC_CITES
            if why is not None:
                why.append(f"document cites {label}")
        if e.source.role == "scoring" and label not in q.cited:
            bonus += W_SCORING
        fit = e.covers_year(q.target_year)
        if fit is not None:
            bonus += W_YEAR_IN if fit else W_YEAR_OUT
            if why is not None:
                why.append(f"year {q.target_year} {'in' if fit else 'outside'} {e.period}")
        lfit = level_fit(level, e)
        if lfit is not None:
            bonus += W_LEVEL_IN if lfit else W_LEVEL_OUT
            if why is not None:
                why.append(f"level {level} {'fits' if lfit else 'differs from'} {', '.join(e.level)}")
        if q.doc_date and e.source.date and e.source.date[:10] > q.doc_date[:10] and \
                len(e.source.date) >= 7 and len(q.doc_date) >= 7:
            bonus += W_LATER_SOURCE
            if why is not None:
                why.append(f"{label} issued after the document")
        if q.target_value is not None and e.value is not None and abs(q.target_value - e.value) < 1e-9:
            bonus += W_VALUE
            if why is not None:
                why.append("same target value")
        return bonus

    def _reasons(self, q: Query, level: Optional[str], e: Entry) -> list[str]:
        why: list[str] = []
        self._evidence(q, level, e, why)
        return why


def units_compatible(found: Optional[str], official: Optional[str]) -> bool:
    """A percentage answers only a percentage target, and a count or amount only a non-percentage."""
    if not found or not official:
        return True
    return (found.strip().startswith("%")) == (official.strip().startswith("%"))


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher()


# --- matching the indicators of a stored document -----------------------------------------------

def _header_text(db, block_id: Optional[int]) -> str:
    if block_id is None:
        return ""
    rows = read(db, "select text from cells where block_id = ? and (is_header = 1 or row = 0) order by col",
                    [block_id])
    return " | ".join(r["text"] or "" for r in rows)


def _previous_blocks(db, doc_id: int, block: Optional[dict], n: int = 3) -> list[str]:
    """The short blocks just above (the '1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP' line above a table)."""
    if not block:
        return []
    rows = read(db, "select text from blocks where document_id = ? and idx < ? order by idx desc limit ?",
                    [doc_id, block["idx"], n])
    return [r["text"] for r in rows if r["text"] and len(r["text"]) < 300]


def row_context(db, ind: dict, cat: Optional[Catalogue] = None, doc_year: Optional[int] = None,
                memo: Optional[dict] = None) -> tuple[set[str], Optional[int]]:
    """The sources a stored indicator row answers, nearest evidence first, and a year hint (the
    row's, its header's, its section's, else the year the document was issued: a plan's bare
    targets are for its own year). `memo` keeps them for one check of the document: matching and
    the checks after it each need every row's (four queries a row)."""
    if memo is not None:
        key = (ind["id"], ind.get("block_id"), ind.get("source_ref"), ind.get("label"),
               ind.get("target_year"), ind.get("target_period"), id(cat), doc_year)
        if key not in memo:
            memo[key] = _row_context(db, ind, cat, doc_year, memo)
        return memo[key]
    return _row_context(db, ind, cat, doc_year, None)


def _block_context(db, doc_id: int, block_id: Optional[int], memo: Optional[dict]) -> tuple[str, str, list[str]]:
    """(table header, section, short blocks above) of a block: read once per block in `memo`, not
    once per row (a table's rows share them: three queries a row)."""
    key = ("block", doc_id, block_id)
    if memo is not None and key in memo:
        return memo[key]
    block = next(iter(read(db, "select * from blocks where id = ?", [block_id])), None)
    header = _header_text(db, block_id) if block and block["kind"] == "table" else ""
    found = (header, (block or {}).get("section") or "", _previous_blocks(db, doc_id, block))
    if memo is not None:
        memo[key] = found
    return found


def _row_context(db, ind: dict, cat: Optional[Catalogue], doc_year: Optional[int],
                 memo: Optional[dict]) -> tuple[set[str], Optional[int]]:
    header, section, previous = _block_context(db, ind["document_id"], ind.get("block_id"), memo)
    texts = [ind.get("source_ref"), ind.get("label"), header, section, *previous]
    cited: set[str] = set()
    for t in texts:
        cited = cited_sources(t, cat)
        if cited:
            break
    year = (ind.get("target_year") or year_hint(ind.get("target_period")) or year_hint(header)
            or year_hint(section) or doc_year)
    return cited, year


def document_year(issued_date: Optional[str]) -> Optional[int]:
    return int(issued_date[:4]) if issued_date and issued_date[:4].isdigit() else None


def _document_field(db, doc_id: int, column: str):
    return next(iter(read(db, f"select {column} from documents where id = ?", [doc_id])), {}).get(column)


def match_document(db, doc_id: int, matcher: Optional[Matcher] = None,
                   contexts: Optional[dict] = None) -> dict[int, Match]:
    """Match every indicator of one stored document and write catalogue_id, match_score and runner-up
    (`contexts`: the rows' contexts kept for the checks that follow, see `row_context`)."""
    matcher = matcher or default_matcher()
    # the corrected wording, level and target (rejected items are not matched)
    indicators = list(read(db, "select * from effective_indicators where document_id = ?", [doc_id]))
    doc_date = _document_field(db, doc_id, "issued_date")
    # the sources the whole text cites, a search of every page: for matching only, so not for a
    # document without indicators (a decree, a letter, most files of an archive)
    doc_cited = cited_sources(_document_field(db, doc_id, "text"), matcher.cat) if indicators else set()
    out: dict[int, Match] = {}
    for ind in indicators:
        cited, year = row_context(db, ind, matcher.cat, document_year(doc_date), contexts)
        q = Query(label=ind.get("label") or ind.get("label_norm") or "", level=ind.get("level"),
                  target_value=ind.get("target_value"), target_unit=ind.get("target_unit"),
                  target_year=year, cited=cited, doc_cited=doc_cited, doc_date=doc_date)
        out[ind["id"]] = matcher.match(q)
    db.conn.executemany(
        "update indicators set catalogue_id = ?, match_score = ?, runner_up_id = ?, runner_up_score = ? where id = ?",
        [(m.catalogue_id, m.best.score if m.best else None, m.runner_up.entry.id if m.runner_up else None,
          m.runner_up.score if m.runner_up else None, ind_id) for ind_id, m in out.items()])
    return out
