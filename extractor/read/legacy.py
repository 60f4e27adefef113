"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) detected and converted to Unicode.

Text typed in a legacy font (.VnTime/.VnTimeH for TCVN3, VNI-Times for VNI) reaches the readers as
Windows-1252 characters: 'Quyết định' arrives as 'QuyÕt ®Þnh' or 'Quyeát ñònh'. The tables live in
patterns/legacy_encodings.yaml. A block is decoded only when decoding clearly raises the number of
valid Vietnamese syllables among the words it changes: proper Unicode text is already valid (and
'các' read as TCVN3 gives 'cỏc', which a stop coda forbids), English text has nothing to gain.
Documents mix fonts, so the decision is per block; short blocks with weak evidence are decoded when
the document as a whole shows the same encoding.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import regex
import yaml

from extractor.errors import PatternError
from extractor.model import RawBlock, RawDocument
from extractor.patterns import PATTERNS_DIR, load_yaml

TABLES = PATTERNS_DIR / "legacy_encodings.yaml"
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
VOWEL_MARKS = {"\u0302", "\u0306", "\u031b"}   # circumflex, breve, horn
STOP_TONES = {"\u0301", "\u0323"}          # a syllable ending in c, ch, p, t takes sắc or nặng only
STOP_CODAS = ("c", "ch", "p", "t")
ASCII_LETTER = regex.compile(r"[A-Za-z]")
# Evidence thresholds: a block is decoded on its own with STRONG_GAIN more valid syllables; weaker
# blocks need the document's total gain for that encoding to reach it too.
STRONG_GAIN = 3
MIN_GAIN_SHARE = 0.5                      # gain / changed words
MIN_VALID_AFTER = 0.6                     # valid syllables / changed words, after decoding


@dataclass(frozen=True)
class Codec:
    name: str
    decode_map: dict[str, str]
    encode_map: dict[str, str]
    pattern: regex.Pattern                # the legacy sequences, longest first
    chars: frozenset[str]                 # every character that occurs in a legacy sequence


@dataclass
class Evidence:
    changed: int = 0                      # words (2+ chars, with an ASCII letter) decoding changes
    valid_before: int = 0
    valid_after: int = 0

    @property
    def gain(self) -> int:
        return self.valid_after - self.valid_before

    def plausible(self) -> bool:
        return (self.gain >= 1 and self.gain >= MIN_GAIN_SHARE * self.changed
                and self.valid_after >= MIN_VALID_AFTER * self.changed)

    def neutral(self) -> bool:
        """Decoding changes words but they are as valid after as before ('Sè' → 'Số')."""
        return (self.changed >= 1 and self.gain >= 0
                and self.valid_after >= MIN_VALID_AFTER * self.changed)

    def strong(self) -> bool:
        return self.plausible() and self.gain >= STRONG_GAIN

    def add(self, other: "Evidence") -> "Evidence":
        return Evidence(self.changed + other.changed, self.valid_before + other.valid_before,
                        self.valid_after + other.valid_after)


# --- tables --------------------------------------------------------------------------------------

def _codec(name: str, decode_map: dict[str, str], extra_encode: dict[str, str]) -> Codec:
    keys = sorted(decode_map, key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(k) for k in keys))
    encode_map = {u: k for k, u in decode_map.items()}
    encode_map.update({u: k for u, k in extra_encode.items() if u not in encode_map})
    return Codec(name, decode_map, encode_map, pattern, frozenset("".join(keys)))


def _check_map(where: str, table: object) -> dict[str, str]:
    if not isinstance(table, dict) or not table:
        raise PatternError(f"{TABLES.name}: {where} must be a non-empty mapping")
    for k, v in table.items():
        if not isinstance(k, str) or not isinstance(v, str) or len(unicodedata.normalize("NFC", v)) != 1:
            raise PatternError(f"{TABLES.name}: {where}: {k!r} must map to one letter, got {v!r}")
    return {k: unicodedata.normalize("NFC", v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _data() -> dict:
    try:
        with TABLES.open(encoding="utf-8") as fh:
            data = load_yaml(fh.read())
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{TABLES.name}: cannot load ({exc})") from exc
    if not isinstance(data, dict) or not {"tcvn3", "vni", "syllables"} <= data.keys():
        raise PatternError(f"{TABLES.name}: needs tcvn3, vni and syllables sections")
    return data


@lru_cache(maxsize=1)
def codecs() -> dict[str, Codec]:
    """The TCVN3 and VNI codecs, keyed by their names as used in warnings."""
    data = _data()
    tcvn = _check_map("tcvn3.letters", data["tcvn3"]["letters"])
    # Capitals with no TCVN3 code are written with the lower-case code (.VnTimeH draws it upright).
    lower_codes = {u: k for k, u in tcvn.items() if u.islower()}
    tcvn_caps = {u.upper(): k for u, k in lower_codes.items()}
    vni = {**_check_map("vni.sequences", data["vni"]["sequences"]),
           **_check_map("vni.sequences_upper", data["vni"]["sequences_upper"])}
    return {"TCVN3": _codec(data["tcvn3"]["name"], tcvn, tcvn_caps),
            "VNI": _codec(data["vni"]["name"], vni, {})}


@lru_cache(maxsize=1)
def _syllable_re() -> regex.Pattern:
    syl = _data()["syllables"]
    onsets = sorted(str(syl["onsets"]).split(), key=len, reverse=True)
    rhymes = sorted(str(syl["rhymes"]).split(), key=len, reverse=True)
    return regex.compile(f"(?:{'|'.join(onsets)})?(?:{'|'.join(rhymes)})")


@lru_cache(maxsize=1)
def _token_re() -> regex.Pattern:
    legacy = "".join(sorted(set().union(*(c.chars for c in codecs().values()))))
    return regex.compile(rf"[\p{{L}}\p{{M}}{regex.escape(legacy)}]+")


# --- decoding and encoding -------------------------------------------------------------------------

def decode(text: str, encoding: str) -> str:
    """Decode every legacy sequence of `encoding` ('TCVN3' or 'VNI') in `text`; nothing else changes."""
    codec = codecs()[encoding]
    return codec.pattern.sub(lambda m: codec.decode_map[m.group(0)], text)


def encode(text: str, encoding: str) -> str:
    """The inverse of `decode` for Vietnamese text (used to build test fixtures and round trips)."""
    codec = codecs()[encoding]
    return "".join(codec.encode_map.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """Is `token` one well-formed Vietnamese syllable (in lower, Title or UPPER case)?"""
    token = unicodedata.normalize("NFC", token)
    low = token.lower()
    if token not in (low, token.upper(), low[:1].upper() + low[1:]):
        return False
    decomposed = unicodedata.normalize("NFD", low)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) > 1 or (tones and not _tone_on_vowel(decomposed)):
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if not _syllable_re().fullmatch(base):
        return False
    return not base.endswith(STOP_CODAS) or (bool(tones) and tones[0] in STOP_TONES)


def _tone_on_vowel(decomposed: str) -> bool:
    """Does the tone mark sit on a vowel ('ñ' decomposes to n + tilde: not a tone)?"""
    i = next(i for i, c in enumerate(decomposed) if c in TONE_MARKS)
    while i > 0 and decomposed[i - 1] in VOWEL_MARKS:
        i -= 1
    return i > 0 and decomposed[i - 1] in "aeiouy"


@lru_cache(maxsize=65536)
def _decode_word(word: str, encoding: str, upper: bool) -> str:
    """Decode one word; words a legacy font cannot produce, or that are already valid Unicode
    Vietnamese and would stop being so, are kept (a Unicode run inside a legacy block)."""
    if any(c > "\xff" for c in word) or not any(c > "\xa0" for c in word):
        return word
    out = decode(word, encoding)
    if out == word:
        return word
    cased = ASCII_LETTER.findall(word)
    if upper or (len(cased) >= 2 and all(c.isupper() for c in cased)):
        out = out.upper()                 # .VnTimeH: capitals typed with lower-case codes
    if is_syllable(word) and not is_syllable(out):
        return word
    return out


_LEGACY_CHAR = regex.compile(r"[\xa1-\xff]")


def _legacy_words(text: str) -> dict[str, int]:
    """The words decoding could change (with a Latin-1 character and nothing beyond Latin-1), each
    with how often it occurs: a block's words repeat, and each is weighed once."""
    # Every block of every file comes here, most in Unicode: rather than cut all its words, find only
    # the runs of Latin-1 word characters holding one from \xa1 up (stdlib `re`, several times faster
    # on such a class), and keep a run when no word character beyond Latin-1 touches it, i.e. when
    # it is a whole word ('Vi' of 'Việt' is not).
    words = []
    for m in _latin1_run_re().finditer(text):
        a, b = m.span()
        if (a and _is_wide_word_char(text[a - 1])) or (b < len(text) and _is_wide_word_char(text[b])):
            continue
        words.append(m.group())
    return dict(Counter(words))                          # in the order the words first occur


@lru_cache(maxsize=1)
def _latin1_run_re() -> re.Pattern:
    """A run of `_token_re`'s characters up to \xff with one from \xa1 up (the class spelt out)."""
    token_char = regex.compile(_token_re().pattern[:-1])           # one character of the class
    latin1 = "".join(c for c in map(chr, range(256)) if token_char.fullmatch(c))
    high = "".join(c for c in latin1 if c >= "\xa1")
    return re.compile(f"[{re.escape(latin1)}]*[{re.escape(high)}][{re.escape(latin1)}]*")


@lru_cache(maxsize=4096)
def _is_wide_word_char(ch: str) -> bool:
    """A character of `_token_re`'s class beyond Latin-1 ('ệ', a combining mark)."""
    return ch > "\xff" and _token_re().fullmatch(ch) is not None


def _all_caps(words: dict[str, int], encoding: str) -> bool:
    """Are the words that hold legacy sequences written in capitals ('CéNG HOµ X· HéI')?
    Only those words count: 'Sè: 617/KH-UBND' is not a capitals line."""
    letters, upper = 0, True
    for word, n in words.items():
        cased = _cased_letters(word, encoding)
        if cased is not None:
            letters += n * cased[0]
            upper = upper and cased[1]
    return letters >= 3 and upper


@lru_cache(maxsize=65536)
def _cased_letters(word: str, encoding: str) -> tuple[int, bool] | None:
    """(its ASCII letters, all of them capitals) for a word holding a legacy sequence, else None."""
    if not codecs()[encoding].pattern.search(word):
        return None
    cased = ASCII_LETTER.findall(word)
    return len(cased), all(c.isupper() for c in cased)


def decode_block_text(text: str, encoding: str) -> str:
    """Decode a block's text word by word (see `_decode_word`)."""
    upper = _all_caps(_legacy_words(text), encoding)
    return _token_re().sub(lambda m: _decode_word(m.group(0), encoding, upper), text)


def evidence(text: str, encoding: str, words: dict[str, int] | None = None) -> Evidence:
    """How decoding `text` as `encoding` changes its count of valid Vietnamese syllables."""
    words = _legacy_words(text) if words is None else words
    upper = _all_caps(words, encoding)
    ev = Evidence()
    for word, n in words.items():
        counts = _word_evidence(word, encoding, upper)
        if counts:
            ev.changed += n
            ev.valid_before += n * counts[0]
            ev.valid_after += n * counts[1]
    return ev


@lru_cache(maxsize=65536)
def _word_evidence(word: str, encoding: str, upper: bool) -> tuple[bool, bool] | None:
    """(valid before, valid after) when decoding changes the word, else None (words repeat: cached)."""
    if len(word) < 2 or not ASCII_LETTER.search(word):
        return None                       # lone symbols ('·', '§', '©') prove nothing
    out = _decode_word(word, encoding, upper)
    return (is_syllable(word), is_syllable(out)) if out != word else None


# --- the document ----------------------------------------------------------------------------------

def _block_texts(block: RawBlock) -> list[str]:
    if block.rows:
        return [cell.text or "" for row in block.rows for cell in row]
    return [block.text or ""]


def _has_legacy_chars(text: str) -> bool:
    return _LEGACY_CHAR.search(text) is not None


def _block_evidence(block: RawBlock) -> dict[str, Evidence]:
    text = "\n".join(_block_texts(block))
    if not _has_legacy_chars(text):
        return {}
    words = _legacy_words(text)
    return {name: evidence(text, name, words) for name in codecs()}


def _latin1_only(block: RawBlock) -> bool:
    """No letter beyond Latin-1: a legacy font cannot have produced 'ệ' or 'ư'."""
    return not any(c > "\xff" and c.isalpha() for t in _block_texts(block) for c in t)


def _choose(blocks: list[RawBlock]) -> list[str | None]:
    """The encoding to decode each block with, or None.

    A block is decoded on its own evidence when that is strong. A block with some evidence is
    decoded when the document's summed evidence for the encoding is strong. A block whose words
    are valid either way ('Sè: 617' is 'Số: 617') is decoded only when it could not be Unicode
    Vietnamese and most blocks with Latin-1 letters are in that encoding."""
    per_block = [_block_evidence(b) for b in blocks]
    total = {name: Evidence() for name in codecs()}
    count = {name: 0 for name in codecs()}
    for ev in per_block:
        for name, e in ev.items():
            if e.plausible():
                total[name] = total[name].add(e)
                count[name] += 1
    with_latin1 = sum(1 for ev in per_block if ev)
    choice: list[str | None] = []
    for block, ev in zip(blocks, per_block):
        candidates = []
        for name, e in ev.items():
            confirmed = total[name].strong()
            predominant = confirmed and count[name] >= 0.5 * with_latin1
            if (e.strong() or (confirmed and e.plausible())
                    or (predominant and e.neutral() and _latin1_only(block))):
                candidates.append((e.gain, total[name].gain, name))
        choice.append(max(candidates)[2] if candidates else None)
    return choice


def text_encoding(text: str) -> str | None:
    """The legacy encoding a whole text is strongly in ('tcvn3', 'vni'), or None: for a plain-text
    file whose bytes are neither UTF-8 nor UTF-16 (read as Latin-1, one character a byte)."""
    if not _has_legacy_chars(text):
        return None
    words = _legacy_words(text)
    scored = [(e.gain, name) for name in codecs() if (e := evidence(text, name, words)).strong()]
    return max(scored)[1] if scored else None


def _decode_block(block: RawBlock, encoding: str) -> RawBlock:
    # Decoding changes lengths (VNI writes a letter as two characters): the reader's word boxes,
    # which count characters as read, no longer fit and are dropped.
    if not block.rows:
        return replace(block, text=decode_block_text(block.text or "", encoding), boxes=None)
    rows = [[replace(cell, text=decode_block_text(cell.text or "", encoding), boxes=None) for cell in row]
            for row in block.rows]
    return replace(block, rows=rows)


def _may_gain(blocks: list[RawBlock]) -> bool:
    """Could decoding make valid a word of the document that is not? Without one, no block's evidence
    gains a syllable (`Evidence.plausible`), nor does the document's, and `_choose` decodes nothing:
    most files are in Unicode, whose words are valid already, so its words are weighed here once
    instead of block by block. Both cases of `_all_caps` are asked, as a block may be either."""
    text = "\n".join(t for b in blocks for t in _block_texts(b))   # the blocks' words, as `_block_evidence` cuts them
    if not _has_legacy_chars(text):
        return False
    # Each word is one of the runs `_latin1_run_re` finds, which the search alone (in C, its neighbours
    # not looked at) lists much faster than `_legacy_words` cuts the words: when no run could gain, no
    # word can. A Unicode text's runs are valid syllables ('các', 'là') or foreign words ('café').
    if not any(map(_may_gain_word, set(_latin1_run_re().findall(text)))):
        return False
    return any(map(_may_gain_word, _legacy_words(text)))


@lru_cache(maxsize=65536)
def _may_gain_word(word: str) -> bool:
    """Could decoding make the word valid: is it not valid, and valid decoded in some encoding and case?"""
    return (not is_syllable(word)
            and any(_word_evidence(word, name, upper) == (False, True) for name in codecs() for upper in (False, True)))


def convert_legacy(raw: RawDocument) -> RawDocument:
    """Return the document with TCVN3/VNI text converted (unchanged when none is detected)."""
    if not _may_gain(raw.blocks):
        return raw
    choice = _choose(raw.blocks)
    if not any(choice):
        return raw
    blocks = [b if enc is None else _decode_block(b, enc) for b, enc in zip(raw.blocks, choice)]
    warnings = list(raw.warnings)
    for name in codecs():
        n = sum(1 for enc in choice if enc == name)
        if n:
            warnings.append(f"converted {n} blocks from {name}")
    return replace(raw, blocks=blocks, warnings=warnings)

