"""A document's text as a set of word shingles, for telling one document saved in several formats
(.doc, .docx, .pdf, .txt …) from two different documents.

The words are the letters and digits of the normalised text, lower-cased, in order: whitespace,
line breaks, punctuation, hyphenation ('chuyển-\\nđổi') and table layout do not count. A shingle
is SHINGLE consecutive words. A page number or running header a PDF adds costs a few shingles per
page, so a 10-page report in .pdf and .docx still scores ≥ 0.95 (measured: README "Same document in
several formats"); two monthly reports of one office differ in their figures and dates, each of
which breaks SHINGLE shingles, and score lower. A corrected version with one figure changed scores
0.99, so `same_document` also asks that every figure of each text be found in the other.

`bands(text)` are MinHash locality-sensitive hashes: two texts of similarity s share at least one
band with probability 1 - (1 - s^ROWS)^BANDS (≈ 1 at 0.95, ≈ 0.06 at 0.5), so the store finds
candidates through an index and compares only those exactly (`similarity`).
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional
from functools import lru_cache

import regex

if TYPE_CHECKING:
    import numpy as np

SHINGLE = 12                   # characters
BANDS, ROWS = 16, 8            # 128 MinHash values
SAME = 0.95                    # similarity from which two texts are one document
WORD = regex.compile(r"[\p{L}\p{N}]+")
# A figure: a number with a decimal or thousands separator, a percentage, or 4+ digits. Not a bare
# small integer: PDFs add page numbers, and list numbering differs between formats.
FIGURE = regex.compile(r"\d+(?:[.,]\d+)+|\d+(?=\s?%)|\d{4,}")
NON_DIGIT = regex.compile(r"\D")


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def letters(text: str) -> str:
    """The text's letters and digits, lower-cased, with nothing between them."""
    return "".join(words(text))


def letters_digest(s: str) -> str:
    """A digest of a text's `letters`: equal digests, the same letters (similarity 1.0)."""
    return hashlib.blake2b(s.encode("utf-8"), digest_size=16).hexdigest() if s else ""


def shingles(text: str) -> set[str]:
    return letter_shingles(letters(text))


def letter_shingles(s: str) -> set[str]:
    """The SHINGLE-character pieces of a text's letters (`letters`)."""
    if len(s) < SHINGLE:
        return {s} if s else set()
    return {s[i:i + SHINGLE] for i in range(len(s) - SHINGLE + 1)}


def similarity(a: set[str] | str, b: set[str] | str) -> float:
    """Jaccard similarity of the two texts' shingle sets (0 when either is empty)."""
    a = shingles(a) if isinstance(a, str) else a
    b = shingles(b) if isinstance(b, str) else b
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def figures(text: str) -> set[str]:
    """The text's figures, as their digits ('54.919' → '54919')."""
    return {NON_DIGIT.sub("", f) for f in FIGURE.findall(text or "")}


def missing_figures(figs: set[str], other_letters: str) -> set[str]:
    """The figures of one text that the other does not have. Looked up in the other's letters,
    not its figures: readers differ in where a table cell ends ('năm 2025' + '1.' read as '20251.')
    and a PDF splits digits ('202 6'), but the digits stay in order. `other_letters` may also be
    the other's `digit_runs`: a figure is digits only, so it lies inside one run of digits."""
    return {f for f in figs if f not in other_letters}


def has_figures_of(figs, other_runs: str) -> bool:
    """Every figure found in the other text (`missing_figures` is empty), stopping at the first
    missing one: most pairs compared are next month's report, which fails at once."""
    return all(f in other_runs for f in figs)


DIGITS = regex.compile(r"\d+")


def digit_runs(letters_: str) -> str:
    """The text's runs of digits in its letters, one per line, each once: all `missing_figures`
    needs of a text, a few kilobytes where its letters are tens."""
    return "\n".join(sorted(set(DIGITS.findall(letters_))))


def same_document(a: str, b: str) -> Optional[float]:
    """The similarity of two texts when they are one document (≥ SAME, and no figure of either
    missing from the other), else None."""
    la, lb = letters(a), letters(b)           # each text's words are found once
    s = hash_similarity(piece_hashes(la), piece_hashes(lb))
    if s < SAME or missing_figures(figures(a), lb) or missing_figures(figures(b), la):
        return None
    return s


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    import numpy as np
    # fixed seed: the bands are stored, so they must be the same in every process and version
    rng = np.random.default_rng(20260615)
    n = BANDS * ROWS
    return (rng.integers(1, 1 << 61, n, dtype=np.uint64), rng.integers(0, 1 << 61, n, dtype=np.uint64))


# Band keys start with the scheme that made them: a database whose bands an older scheme wrote is
# banded again when opened (store.migrate), or its files would never meet new ones.
SCHEME = "b2"
_BASE = 0x100000001B3          # FNV's prime: a polynomial hash of each piece's characters
_MIX = 0xBF58476D1CE4E5B9      # splitmix64's multiplier: spreads the bits of each hash
# numpy is imported where a text is hashed, not with this module: a run that finds every file
# unchanged hashes none and would pay its import (about 0.13 CPU s, half of such a run)


def piece_hashes(s: str) -> np.ndarray:
    """A 64-bit hash of every distinct SHINGLE-character piece of the letters `s` (`letters`), the
    pieces `letter_shingles` gives, computed over the whole string at once (a Python hash call per
    piece was a third of a save)."""
    import numpy as np
    return np.unique(_piece_hashes(s))


def _piece_hashes(s: str) -> np.ndarray:
    """`piece_hashes` in text order, repeats included."""
    import numpy as np
    if not s:
        return np.empty(0, dtype=np.uint64)
    cp = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = max(1, len(cp) - SHINGLE + 1)
    width = min(SHINGLE, len(cp))
    h = np.zeros(n, dtype=np.uint64)
    base = np.uint64(_BASE)
    with np.errstate(over="ignore"):      # wrapping arithmetic is part of the hash
        for j in range(width):
            h = h * base + cp[j:j + n]
        h ^= h >> np.uint64(31)
        h *= np.uint64(_MIX)
        h ^= h >> np.uint64(29)
    return h


def hash_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """`similarity` on two texts' `piece_hashes` (64 bits: a collision in a pair of 100,000-piece
    texts has odds of about 1 in 10^9)."""
    if not len(a) or not len(b):
        return 0.0
    import numpy as np
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def bands(text: str) -> list[str]:
    """The text's BANDS band keys ('b2:03:9f2c…'); empty for a text without words."""
    return letter_bands(letters(text))


def letter_bands(s: str) -> list[str]:
    """`bands` of a text's `letters`. MinHash over the pieces whose hash ends in two zero bits:
    the same pieces are kept from every text, so the sample's similarity estimates the whole's, at
    a quarter of the work (texts too short to keep any use all their pieces)."""
    h = _piece_hashes(s)
    if not len(h):
        return []
    import numpy as np
    kept = h[(h & np.uint64(3)) == 0]
    h = kept if len(kept) else h
    a, b = _permutations()
    sig = np.full(len(a), np.iinfo(np.uint64).max, dtype=np.uint64)
    # a·h + b wrapping at 2**64 (multiply-shift hashing: its high bits decide the minimum)
    with np.errstate(over="ignore"):
        for i in range(0, len(h), 8192):  # bounded memory on a 500-page decree
            # in place: one 128 × 8192 array a chunk instead of two (half the time of the bands)
            m = np.multiply.outer(a, h[i:i + 8192])
            m += b[:, None]
            np.minimum(sig, m.min(axis=1), out=sig)
    out = []
    for i in range(BANDS):
        chunk = sig[i * ROWS:(i + 1) * ROWS].tobytes()
        out.append(f"{SCHEME}:{i:02d}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return out


@dataclass(frozen=True)
class Fingerprint:
    """What the store keeps of a text to find it again in another format: its bands, figures,
    runs of digits and the digest of its letters. Computed where the text is (a batch's worker),
    so the process that saves only writes it."""
    bands: tuple[str, ...]
    figures: tuple[str, ...]
    digit_runs: str
    letters_digest: str


def fingerprint_of(text: Optional[str]) -> Fingerprint:
    s = letters(text or "")
    return Fingerprint(tuple(letter_bands(s)), tuple(sorted(figures(text or ""))), digit_runs(s), letters_digest(s))
