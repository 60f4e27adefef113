"""Pattern files load, validate and name the file and entry when broken; `chitieu patterns check` is green."""
import pytest
from click.testing import CliRunner

from extractor.cli.main import cli
from extractor.errors import PatternError
from extractor.patterns import check_examples, load_patterns, parse_pattern_file, pattern_files


def test_patterns_check_is_green():
    result = CliRunner().invoke(cli, ["patterns", "check"])
    assert result.exit_code == 0, result.output
    assert result.output.count("✓") == len(pattern_files())


@pytest.mark.parametrize("body, message", [
    ("patterns:\n  - id: a\n    regex: '(unclosed'\n    examples: [x]\n", "broken.yaml: pattern a: regex does not compile"),
    ("patterns:\n  - id: a\n    regex: 'x'\n", "broken.yaml: pattern a: needs at least one example"),
    ("patterns:\n  - regex: 'x'\n    examples: [x]\n", "broken.yaml: pattern (no id): every pattern needs a string id"),
    ("patterns:\n  - id: a\n    regex: '{{NOPE}}'\n    examples: [x]\n", "unknown fragment {{NOPE}}"),
    ("patterns:\n  - {id: a, regex: x, examples: [x]}\n  - {id: a, regex: y, examples: [y]}\n", "pattern a: duplicate id"),
    ("patterns: [\n", "broken.yaml: cannot read"),
    ("- just a list\n", "expected a mapping with a 'patterns' list"),
    ("fragments: {OK: 'x', BAD: '(y'}\npatterns:\n  - {id: a, regex: 'z{{BAD}}', examples: [zy]}\n",
     "broken.yaml: fragment BAD: regex does not compile"),
    ("fragments: {OK: 'x'}\npatterns:\n  - {id: a, regex: '{{OK}}(', examples: [x]}\n",
     "broken.yaml: pattern a: regex does not compile"),
])
def test_a_broken_file_names_file_and_entry(tmp_path, body, message):
    path = tmp_path / "broken.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        parse_pattern_file(path)
    assert message in str(e.value)


def test_fragments_expand_and_examples_are_checked(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(
        "fragments:\n  NUM: '\\d+(?:,\\d+)?'\n"
        "patterns:\n  - id: pct\n    regex: '(?P<v>{{NUM}})\\s?%'\n    examples: ['đạt 93,6%']\n"
        "    counterexamples: ['năm 2025', '12 %']\n", encoding="utf-8")
    ps = parse_pattern_file(path)
    assert ps.get("pct").regex.search("đạt 93,6%").group("v") == "93,6"
    assert check_examples(ps) == ["ok.yaml: pct: counterexample matched: '12 %'"]


@pytest.mark.parametrize("source, scoped", [
    (r"(?<![\p{L}\d])x", r"(?<!(?-i:[\p{L}\d]))x"),
    (r"(?<![\p{L}\d.,/\-])(?P<v>\d+)", r"(?<!(?-i:[\p{L}\d.,/\-]))(?P<v>(?-i:\d)+)"),
    (r"(?<!\p{L})số(?!\p{L})", r"(?<!(?-i:\p{L}))số(?!(?-i:\p{L}))"),
    (r"(?P<unit>\p{L}[\p{L} ]{0,60}?)\s*:", r"(?P<unit>(?-i:\p{L})(?-i:[\p{L} ]){0,60}?)(?-i:\s)*:"),
    (r"(?<![a-z])x", r"(?<![a-z])x"),                     # a cased letter: A-Z too under IGNORECASE
    (r"(?<![\p{Lu}\d])x\p{Ll}", r"(?<![\p{Lu}\d])x\p{Ll}"),  # cased properties
    (r"[^\]x]", r"[^\]x]"),
    (r"[\]\d]", r"(?-i:[\]\d])"),
    (r"\bđạt\b", r"\bđạt\b"),                             # word boundaries and letters as they are
    (r"[[:alpha:]]", r"(?-i:[[:alpha:]])"),
])
def test_case_free_atoms(source, scoped):
    from extractor.patterns import case_free_atoms
    assert case_free_atoms(source) == scoped


# letters that fold to several, written in place of their folds: where full case folding would tell
_FOLDS_WRITTEN_AS_LETTERS = [("ss", "ß"), ("SS", "ẞ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"), ("st", "ﬅ")]


def _with_expanding_letters(text: str) -> list[str]:
    out = []
    for fold, letter in _FOLDS_WRITTEN_AS_LETTERS:
        for t in (text, text.upper()):
            if fold in t:
                out.append(t.replace(fold, letter))
    return out


def test_scoped_atoms_match_what_the_patterns_as_written_match():
    """Every case-insensitive pattern finds the same spans, scoped (and folded simply where full folding
    cannot matter) or as written, on its examples, counterexamples and a table of mixed-case strings,
    each also with letters that fold to several ('ß', 'ﬁ', 'İ') written in place of their folds."""
    import regex
    strings = ["CÓ 12/15 XÃ ĐẠT 80%", "Hai Mươi Doanh Nghiệp", "SỐ 17/NQ-CP", "đạt TRÊN 95% Hồ Sơ",
               "tăng 1,5 LẦN", "từ 5.400 - 5.500 USD", "Ba Mươi Lăm Xã",
               "Kế hoạch số 12/KH-UBND ngày 3/4/2025", "Strasse STRAßE ﬁnal ﬅ, 12 ﬂ"]
    checked = simple = 0
    for path in pattern_files():
        for p in load_patterns(path.stem):
            if not (p.regex.flags & regex.IGNORECASE or "(?i" in p.source):
                continue
            plain = regex.compile(p.source, p.regex.flags)
            texts = [e.text for e in p.examples] + list(p.counterexamples) + strings
            for t in texts + [v for t in texts for v in _with_expanding_letters(t)]:
                assert [m.span() for m in plain.finditer(t)] == [m.span() for m in p.regex.finditer(t)], (p.id, t)
            checked += 1
            simple += p.regex.pattern.startswith("(?-f:")
    assert checked >= 10 and simple >= checked / 2


@pytest.mark.parametrize("source, matters", [
    (r"(?<!(?-i:\p{L}))số(?!(?-i:\p{L}))", False),
    (r"(?P<first>(?-i:\d)+) xã", False),                 # a group's name is no literal
    (r"[a-zđ]+(?-i:[\p{L}\d])", False),
    (r"[^\x00-\x7F]", False),                           # negated: one character either way
    (r"tăng(?-i:\s){0,3}lần", False),
    (r"(?m)^đạt\b", False),
    (r"strasse", True),                                  # 'ss' also matches 'ß'
    (r"cost", True),                                     # 'st' also matches 'ﬅ'
    (r"s\.s", True),                                     # letters apart are taken as neighbours: conservative
    (r"ﬁnal", True),
    (r"[à-ỹ]", True),                                    # the range holds 'ǰ', folded 'j' and a caron
    (r"\p{Ll}", True), (r"(?i:\S+)", True), (r"[\wđ]", True),
    (r"(\d)\1", True), (r"(?P<a>x)(?P=a)", True), (r"\x41", True),
    (r"(?f)x", True), (r"(?:xã){e<=1}", True), (r"(?x)xã # a comment", True),
])
def test_full_case_matters(source, matters):
    from extractor.patterns import full_case_matters
    assert full_case_matters(source) is matters


def test_expanding_letters_all_lie_in_the_ranges():
    from extractor.patterns import _EXPANDING_RANGES
    expanding = [c for c in range(0x10000) if len(chr(c).casefold()) > 1]
    assert len(expanding) > 100
    assert all(any(lo <= c <= hi for lo, hi in _EXPANDING_RANGES) for c in expanding)


def test_simple_folding_only_where_full_folding_cannot_matter(tmp_path):
    path = tmp_path / "fold.yaml"
    path.write_text("patterns:\n"
                    "  - {id: so, regex: 'số (?P<n>\\d+)', flags: [IGNORECASE], examples: ['SỐ 12']}\n"
                    "  - {id: street, regex: 'strasse', flags: [IGNORECASE], examples: ['Strasse']}\n"
                    "  - {id: range, regex: 'x[à-ỹ]', flags: [IGNORECASE], examples: ['xã']}\n"
                    "  - {id: verbose, regex: 'số \\d+  # a comment', flags: [IGNORECASE, VERBOSE],\n"
                    "     examples: ['SỐ12']}\n",
                    encoding="utf-8")
    ps = parse_pattern_file(path)
    assert ps.get("so").regex.pattern.startswith("(?-f:")
    assert ps.get("so").regex.search("Số 12").group("n") == "12"
    assert ps.get("street").regex.search("STRAßE")           # full folding kept: 'ss' matches 'ß'
    assert ps.get("range").regex.search("Xj\u030c")         # and a range's expanding letter its fold
    assert ps.get("verbose").regex.search("Số12")            # a comment to the end: left as written
