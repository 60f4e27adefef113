"""Load and validate the data files under patterns/.

A pattern file is YAML:

    version: 1
    fragments:                  # shared named pieces, used in regexes as {{NAME}}
      NUM: '\\d+(?:,\\d+)?'
    patterns:
      - id: percent.plain       # unique in the file
        version: 1
        regex: '(?P<value>{{NUM}})\\s?%'
        flags: [IGNORECASE]     # optional, names of `regex` flags
        examples:               # each must match; `expect` is checked by the owning module's tests
          - text: 'đạt 93,6%'
            expect: {value: 93.6}
        counterexamples:        # none may match
          - '13/6/2011'
        requires: '%|phần'      # optional: a cheap test that finds something in every text the
                                # regex can match in; the regex is skipped where it finds nothing
        words: [phần, trăm]     # optional: lower-case syllables, one of which every text the regex
                                # matches holds once lower-cased; cheaper than a case-insensitive
                                # `requires` (a str.lower and a substring test per word)
        ...                     # any other keys are kept in Pattern.meta

Every error names the file and the entry, so a broken file fails at start-up, not mid-batch.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional
from importlib import resources

import regex
import yaml

from extractor.errors import PatternError



def _patterns_dir() -> Path:
    """The data files. In a source tree (a checkout, an editable install, a git worktree) the
    patterns/ folder beside the package, so code and data are read from the same tree; installed
    from a wheel or sdist, the package data `extractor.data` (pyproject maps patterns/ there)."""
    tree = Path(__file__).resolve().parents[1]
    if (tree / "pyproject.toml").is_file() and (tree / "patterns").is_dir():
        return tree / "patterns"
    return Path(str(resources.files("extractor.data")))


PATTERNS_DIR = _patterns_dir()
FRAGMENT = regex.compile(r"\{\{([A-Z_][A-Z0-9_]*)\}\}")
BASE_FLAGS = regex.VERSION1 | regex.UNICODE


@dataclass
class Example:
    text: str
    expect: Any = None


@dataclass
class Pattern:
    id: str
    version: int
    source: str                       # the regex after fragment expansion
    regex: Any                        # compiled `regex` pattern
    examples: list[Example] = field(default_factory=list)
    counterexamples: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    requires: Any = None              # compiled `requires`, or None: the regex is always run
    words: tuple[str, ...] = ()       # `words`: one of them is in every text the regex matches, lower-cased

    @property
    def pretested(self) -> bool:
        """Whether `may_match` can say no (a `requires` or `words`): callers in hot loops ask it before calling."""
        return self.requires is not None or bool(self.words)

    def may_match(self, text: str) -> bool:
        """False only where the regex cannot match: `text` holds none of its `words`, or its `requires` finds
        nothing in it."""
        if self.words and not holds_word(text, self.words):
            return False
        return self.requires is None or self.requires.search(text) is not None


# the letters whose case-insensitive matches lower() does not give back: 'İ' lowers to 'i' and a combining dot, 'ſ'
# stays 'ſ' (both match 'i' and 's')
_UNLOWERED = ("\u0130", "\u017f")


def holds_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text`, lower-cased, holds one of `words` (lower-case syllables the regex needs one of): a case-insensitive
    regex searches every position of a text at a few µs per hundred characters, lower() and a substring test cost a
    fraction. True as well where `text` holds a letter lower() does not give back as the regex folds it, so the test
    never drops a match (tests/test_pretests.py checks that every letter of the files' words has no other)."""
    if _UNLOWERED[0] in text or _UNLOWERED[1] in text:
        return True
    low = text.lower()
    for w in words:                   # a loop, not any() over a generator: asked some 60,000 times per 200 documents
        if w in low:
            return True
    return False


@dataclass
class PatternSet:
    file: str
    version: int
    fragments: dict[str, str]
    patterns: list[Pattern]

    def __iter__(self):
        return iter(self.patterns)

    def get(self, pattern_id: str) -> Pattern:
        for p in self.patterns:
            if p.id == pattern_id:
                return p
        raise KeyError(pattern_id)


def _expand(text: str, fragments: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 10:
        raise PatternError(f"{where}: fragments nest too deeply (a cycle?)")

    def sub(m):
        name = m.group(1)
        if name not in fragments:
            raise PatternError(f"{where}: unknown fragment {{{{{name}}}}}")
        return "(?:" + _expand(fragments[name], fragments, where, depth + 1) + ")"

    return FRAGMENT.sub(sub, text)


def _flags(names, where: str) -> int:
    flags = BASE_FLAGS
    for name in names or []:
        flag = getattr(regex, str(name).upper(), None)
        if not isinstance(flag, int):
            raise PatternError(f"{where}: unknown regex flag {name!r}")
        flags |= flag
    return flags


_PROPERTY = regex.compile(r"\\[pP]\{([^}]*)\}")
_CASED = regex.compile(r"(?i)(?:gc=)?(?:L[ult]|Lc|L&|upper|lower|title|cased|changes)")
_CASE_FREE_ESCAPE = regex.compile(r"\\[pP]\{[^}]*\}|\\[dDsSwWhHvV]|\\.")
_SHORTHAND = set("dDsSwW")
_POSIX = regex.compile(r"\[:\^?(\w+):\]")


def _class_end(source: str, i: int) -> int:
    """The index after the bracket class that starts at source[i] == '[' (nested sets, escapes)."""
    depth, j = 0, i
    if source.startswith("[^", i):
        j += 1
    j += 1
    if j < len(source) and source[j] == "]":   # ']' first in a class is a literal
        j += 1
    depth = 1
    while j < len(source) and depth:
        c = source[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        j += 1
    return j


def _case_free(atom: str) -> bool:
    """Does `atom` (a class, a property or a shorthand) match the same characters whatever the case?"""
    props = _PROPERTY.findall(atom)
    if any(_CASED.match(p) for p in props):
        return False                        # '\p{Lu}' means every letter under IGNORECASE
    if atom.startswith("["):
        posix = _POSIX.findall(atom)
        if any(name in ("upper", "lower") for name in posix):
            return False
        rest = _CASE_FREE_ESCAPE.sub("", _POSIX.sub("", atom[1:-1]))
        return not any(c.lower() != c.upper() for c in rest)     # '[a-z]' means 'a-zA-Z' too
    return True


def case_free_atoms(source: str) -> str:
    r"""Character classes, properties and shorthands that hold no cased letter of their own
    ('[\p{L}\d.,/\-]', '\p{L}', '\s', '\d') scoped case-sensitive in a case-insensitive pattern:
    they match the same characters either way, and under IGNORECASE the regex module folds case
    for every character it tests against them (count.words ran 7×, a labelled count 200× slower)."""
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\" and i + 1 < n:
            if source[i + 1] in "pP" and source.startswith("{", i + 2):
                j = source.index("}", i) + 1
            else:
                j = i + 2
            atom = source[i:j]
            scoped = source[i + 1] in "pP" or source[i + 1] in _SHORTHAND
            out.append(f"(?-i:{atom})" if scoped and _case_free(atom) else atom)
            i = j
        elif c == "[":
            j = _class_end(source, i)
            atom = source[i:j]
            out.append(f"(?-i:{atom})" if _case_free(atom) else atom)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


# Characters whose full case fold is several characters ('ß' → 'ss', 'ﬁ' → 'fi', 'ẖ' → 'h' + a mark):
# the only ones where VERSION1's full case folding differs from simple folding. Every one lies in these
# ranges (tests/test_patterns.py checks it against Python's own folds); characters beyond the BMP are
# all treated as expanding.
_EXPANDING_RANGES = ((0xDF, 0xDF), (0x130, 0x130), (0x149, 0x149), (0x1F0, 0x1F0), (0x390, 0x390), (0x3B0, 0x3B0),
                     (0x587, 0x587), (0x1E96, 0x1E9E), (0x1F00, 0x1FFF), (0xFB00, 0xFB17))
_EXPANSIONS = frozenset(chr(c).casefold() for lo, hi in _EXPANDING_RANGES for c in range(lo, hi + 1)
                        if len(chr(c).casefold()) > 1)
# escapes that hold no letter whatever the case: boundaries, anchors, controls, '\s' and '\d'
_CASELESS_ESCAPES = set("bBAZzGKntrfvmMsd")
_SAFE_FLAGS = set("imsw-^")           # not x: a comment would swallow the closing ')'
_GROUP_NAME = regex.compile(r"\(\?P?<(?![=!])[^>]*>")
_NOT_LETTER = regex.compile(r"\\.|[^\p{L}\p{M}]")
_QUANTIFIER = regex.compile(r"\{\d*(?:,\d*)?\}")
_FLAG_GROUP = regex.compile(r"\(\?([\^a-zA-Z0-9-]*)[:)]")
_SPECIAL = regex.compile(r"\(\?|\\.|\[|\{", regex.DOTALL)
_EXPANDING_CHAR = regex.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _EXPANDING_RANGES)
                                + "\U00010000-\U0010ffff]")


def _expanding(lo: int, hi: int) -> bool:
    """Does the range of code points lo..hi hold a character whose full fold is several?"""
    return hi > 0xFFFF or any(lo <= b and a <= hi for a, b in _EXPANDING_RANGES)


def full_case_matters(source: str) -> bool:
    r"""Could Unicode full case folding change what `source` (scoped by case_free_atoms) matches?

    Under IGNORECASE, VERSION1 folds case fully: a literal 'ss' also matches 'ß', a cased class or
    property ('[à-ỹ]', '\p{Ll}', '\S' in an '(?i:…)') also matches the several characters of an
    expanding letter's fold, a back-reference compares full folds. Where none of these can happen
    the pattern matches the same with simple folding, which compiles a third faster (regex splits
    every literal by the expansions it might hold). Conservative: anything not understood is True."""
    if _EXPANDING_CHAR.search(source):
        return True
    letters = _NOT_LETTER.sub("", _GROUP_NAME.sub("", source)).casefold()
    if any(e in letters for e in _EXPANSIONS):
        return True                     # a literal that might hold 'ss', 'st', 'fi' …
    i = 0
    while m := _SPECIAL.search(source, i):
        i, token = m.start(), m.group()
        scoped = _scoped_atom_end(source, i)
        if scoped:
            i = scoped                  # '(?-i:[\p{L}\d])': case-sensitive, no folding at all
        elif token[0] == "\\":
            if token[1:].isalnum() and token[1] not in _CASELESS_ESCAPES:
                return True             # a cased property or shorthand, a back-reference, a code point, a named list
            i += 2
        elif token == "[":
            j = _class_end(source, i)
            if _cased_class_expands(source[i:j]):
                return True
            i = j
        elif token == "(?":
            flags = _FLAG_GROUP.match(source, i)
            if flags and flags.group(1) and not set(flags.group(1)) <= _SAFE_FLAGS:
                return True             # '(?f)', '(?V0)', '(?r)' …
            if source.startswith("(?P=", i):
                return True             # a back-reference by name
            i += 2
        elif not _QUANTIFIER.match(source, i):
            return True                 # '{': fuzzy matching or a literal brace, not worth understanding
        else:
            i += 1
    return False


def _scoped_atom_end(source: str, i: int) -> int:
    """The end of an atom case_free_atoms scoped case-sensitive at source[i] ('(?-i:\\p{L})'), else 0."""
    if not source.startswith("(?-i:", i):
        return 0
    j = i + 5
    if source.startswith("[", j):
        j = _class_end(source, j)
    elif source.startswith("\\", j):
        j = source.index("}", j) + 1 if source.startswith("{", j + 2) and source[j + 1] in "pP" else j + 2
    else:
        return 0
    return j + 1 if source.startswith(")", j) else 0


def _cased_class_expands(atom: str) -> bool:
    """Could a bracket class left case-insensitive hold an expanding character?"""
    if atom.startswith("[^"):
        return False                    # a negated class matches one character either way
    body = atom[1:-1]
    if "[" in body or "\\" in regex.sub(r"\\[^\p{L}\d]", "", body):
        return True                     # nested sets, properties, shorthands, code points
    plain = regex.sub(r"\\.", "", body)
    return any(_expanding(ord(a), ord(b)) for a, b in regex.findall(r"(.)-(.)", plain, flags=regex.DOTALL))


def _compile(source: str, flags: int, where: str):
    if flags & regex.IGNORECASE:
        source = case_free_atoms(source)
    if (flags & regex.IGNORECASE or "(?i" in source) and not flags & regex.VERBOSE and not full_case_matters(source):
        source = f"(?-f:{source})"      # simple folding: the same matches, compiled a third faster
        # (not under VERBOSE, where a closing comment would swallow the ')')
    try:
        return regex.compile(source, flags)
    except regex.error as e:
        raise PatternError(f"{where}: regex does not compile: {e}") from None


def _example(item, where: str) -> Example:
    if isinstance(item, str):
        return Example(item)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return Example(item["text"], item.get("expect"))
    raise PatternError(f"{where}: an example must be a string or {{text: ..., expect: ...}}")


def _pattern(entry: dict, fragments: dict, file: str, seen: set) -> Pattern:
    pid = entry.get("id") if isinstance(entry, dict) else None
    where = f"{file}: pattern {pid or '(no id)'}"
    if not pid or not isinstance(pid, str):
        raise PatternError(f"{where}: every pattern needs a string id")
    if pid in seen:
        raise PatternError(f"{where}: duplicate id")
    seen.add(pid)
    if not isinstance(entry.get("regex"), str):
        raise PatternError(f"{where}: missing regex")
    source = _expand(entry["regex"], fragments, where)
    compiled = _compile(source, _flags(entry.get("flags"), where), where)
    examples = [_example(e, where) for e in entry.get("examples") or []]
    if not examples:
        raise PatternError(f"{where}: needs at least one example")
    counter = entry.get("counterexamples") or []
    if not all(isinstance(c, str) for c in counter):
        raise PatternError(f"{where}: counterexamples must be strings")
    requires = _requires(entry, fragments, examples, where)
    known = {"id", "version", "regex", "flags", "examples", "counterexamples", "requires", "words"}
    meta = {k: v for k, v in entry.items() if k not in known}
    return Pattern(pid, int(entry.get("version", 1)), source, compiled, examples, list(counter), meta, requires,
                   _words(entry, where))


def _words(entry: dict, where: str) -> tuple[str, ...]:
    """The pattern's `words`: lower-case, without white space (a syllable, as the regex writes it between {{S}}). That
    each example holds one is checked with its `requires` (check_examples), and tests/test_pretests.py over the
    development texts."""
    words = entry.get("words")
    if words is None:
        return ()
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise PatternError(f"{where}: words must be a list of strings")
    for w in words:
        if w != w.lower() or len(w.split()) != 1 or w != w.strip():
            raise PatternError(f"{where}: word {w!r} must be lower case, with no white space")
    return tuple(words)


def _requires(entry: dict, fragments: dict, examples: list[Example], where: str):
    """The pattern's pre-test, compiled with its flags. That it finds something in every example is
    checked by check_examples (`chitieu patterns check`, the tests), not on every start: a pre-test
    narrower than its regex would lose matches (tests/test_patterns.py also runs it over the
    development texts)."""
    text = entry.get("requires")
    if text is None:
        return None
    if not isinstance(text, str) or not text:
        raise PatternError(f"{where}: requires must be a regex")
    return _compile(_expand(text, fragments, where + " (requires)"), _flags(entry.get("flags"), where),
                    where + " (requires)")


def parse_pattern_file(path: Path) -> PatternSet:
    file = path.name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise PatternError(f"{file}: cannot read: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise PatternError(f"{file}: expected a mapping with a 'patterns' list")
    fragments = {str(k): str(v) for k, v in (data.get("fragments") or {}).items()}
    seen: set = set()
    try:
        patterns = [_pattern(e, fragments, file, seen) for e in data["patterns"]]
    except PatternError as e:
        if "does not compile" in str(e):
            _check_fragments(fragments, file)       # a broken fragment is named rather than its first user
        raise
    return PatternSet(file, int(data.get("version", 1)), fragments, patterns)


def _check_fragments(fragments: dict[str, str], file: str) -> None:
    """Each fragment compiled alone: asked only once a pattern failed to compile, as every pattern
    that uses a fragment compiles it anyway (45 of the 684 compiles of every start)."""
    for name, frag in fragments.items():
        _compile(_expand(frag, fragments, f"{file}: fragment {name}"), BASE_FLAGS, f"{file}: fragment {name}")


def load_yaml(text: str) -> Any:
    """yaml.safe_load with libyaml's parser when PyYAML has it (the same data, ten times faster:
    the pattern files took most of a worker's first second)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=None)
def load_patterns(name: str) -> PatternSet:
    """patterns/<name>.yaml, parsed, validated and compiled (cached, and kept compiled between runs: `_compiled`)."""
    return _compiled(PATTERNS_DIR / f"{name}.yaml")


# --- compiled pattern files kept between runs ----------------------------------------------------
# Compiling the pattern files is the regex module parsing some 1,000 regexes in pure Python: 0.7-1.0 CPU s of
# every run's start, before the workers fork, with one core idle. The module pickles a compiled pattern with
# its compiled code, and reads it back without parsing it again (every file: 0.02 s), so a file's PatternSet
# is kept under the cache folder, named by a digest of the file's bytes and of what compiles it (this module,
# the regex, PyYAML and Python versions): an edited file or a new version is compiled again, never read stale.

def cache_dir() -> Optional[Path]:
    """Where compiled pattern files are kept: CHITIEU_CACHE_DIR, else $XDG_CACHE_HOME/chitieu (~/.cache/chitieu);
    CHITIEU_CACHE_DIR=off (or 0): nowhere, every run compiles."""
    raw = os.environ.get("CHITIEU_CACHE_DIR", "").strip()
    if raw.lower() in ("off", "0", "no", "false"):
        return None
    if raw:
        return Path(raw)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chitieu"


@lru_cache(maxsize=1)
def _compiler_digest() -> bytes:
    """What a compiled file depends on besides its own bytes."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(f"{regex.__version__}|{yaml.__version__}|{sys.version}".encode())
    return h.digest()


def _compiled(path: Path) -> PatternSet:
    """parse_pattern_file(path), read back from the cache folder when it was compiled there from the same bytes
    by the same code; compiled and stored otherwise. A cache that cannot be read or written costs a compile, no
    more: the pattern file alone decides what is loaded (a broken file fails as it always did, never stored)."""
    try:
        data = path.read_bytes()
        folder = cache_dir()
    except (OSError, RuntimeError):             # (no home folder to find a cache in)
        return parse_pattern_file(path)
    if folder is None:
        return parse_pattern_file(path)
    digest = hashlib.sha256(_compiler_digest() + data).hexdigest()[:32]
    kept = folder / f"patterns-{path.stem}-{digest}.pickle"
    try:
        with open(kept, "rb") as fh:
            ps = pickle.load(fh)
        if isinstance(ps, PatternSet) and ps.file == path.name:
            return ps
    except Exception:                           # noqa: BLE001 — missing, cut short, from another version: compiled anew
        pass
    ps = parse_pattern_file(path)
    _keep(folder, kept, ps, path.stem)
    return ps


# A copy kept for other bytes of the same file is dropped once it is a day old: an edited file's copies do not
# pile up, and two checkouts of different versions used side by side do not drop each other's every run.
STALE_SECONDS = 86_400


def _keep(folder: Path, kept: Path, ps: PatternSet, stem: str) -> None:
    """Store a compiled file (written aside, then renamed: a reader never sees half of it)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(ps, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, kept)
        except BaseException:
            os.unlink(tmp)
            raise
        same_file = regex.compile(rf"patterns-{regex.escape(stem)}-[0-9a-f]{{32}}\.pickle")   # the file's other copies
        cutoff = time.time() - STALE_SECONDS
        for old in folder.iterdir():
            if old != kept and same_file.fullmatch(old.name) and old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError):    # (TypeError: a value pickle cannot write)
        pass


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """A plain data file under patterns/ (vocabularies, gazetteers, known documents)."""
    path = PATTERNS_DIR / name
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise PatternError(f"{name}: cannot read: {e}") from None


def pattern_files() -> list[Path]:
    """Every pattern file (a YAML file with a top-level 'patterns' list)."""
    out = []
    for path in sorted(PATTERNS_DIR.rglob("*.yaml")):
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            out.append(path)          # broken YAML: let the checker report it
            continue
        if isinstance(data, dict) and "patterns" in data:
            out.append(path)
    return out


def check_examples(ps: PatternSet, extract=None) -> list[str]:
    """Problems with a file's own examples.

    Without `extract`, each regex alone must match its examples and miss its counterexamples. With
    `extract(text) -> iterable of rule ids found`, the whole extractor is judged instead: each example
    must yield its pattern's id, and no counterexample may (guards such as "not a date" live in code).
    """
    problems = []
    for p in ps:
        for ex in p.examples:
            if not p.may_match(ex.text):
                what = "words find" if p.words and not holds_word(ex.text, p.words) else "requires finds"
                problems.append(f"{ps.file}: {p.id}: {what} nothing in example {ex.text!r}")
            hit = p.id in set(extract(ex.text)) if extract else bool(p.regex.search(ex.text))
            if not hit:
                problems.append(f"{ps.file}: {p.id}: example not found: {ex.text!r}")
        for ce in p.counterexamples:
            hit = p.id in set(extract(ce)) if extract else bool(p.regex.search(ce))
            if hit:
                problems.append(f"{ps.file}: {p.id}: counterexample matched: {ce!r}")
    return problems
