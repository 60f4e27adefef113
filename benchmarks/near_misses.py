"""Near misses: gold indicators chitieu finds with the right target value but a wrong field.

For every indicator the scorer counts as missed, the best found record of the same document with
the same target value is looked up and the fields that differ are named (label overlap with its
ratio, level, comparator, high, actual, year). A miss with no such record is "not found". With
--margin, matched records are listed too when their label overlap is under 0.8 or their year
differs (the scorer does not check the year): fragile matches, the same causes before they cost.

Usage: python benchmarks/near_misses.py DB NAME=GOLD_DIR... [--margin] [--list]
e.g.   python benchmarks/near_misses.py /tmp/x.db r1=/tmp/excerpts_gold r5=/tmp/excerpts5_gold --list
"""
import collections
import importlib.util
import json
import pathlib
import sqlite3
import sys

SCORER = pathlib.Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "score.py"
CAUSES = ("label", "level", "cmp", "high", "actual", "year", "not found")


def load_scorer(path=SCORER):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def label_ratio(sc, gold_label, found_label):
    gt = sc.tokens(gold_label)
    return len(gt & sc.tokens(found_label)) / len(gt) if gt else 1.0


def differences(sc, gi, fi):
    """The fields of found record fi that keep it from matching gold record gi, with the label ratio."""
    t, a = gi["target"], gi.get("actual")
    diff = []
    ratio = label_ratio(sc, gi["label"], fi.get("label"))
    if ratio < 0.6:
        diff.append("label")
    if (fi.get("level") or None) != gi.get("level"):
        diff.append("level")
    if (fi.get("target_comparator") or "") != t["cmp"]:
        diff.append("cmp")
    if sc.num(fi.get("target_high")) != sc.num(t.get("high")):
        diff.append("high")
    fa = sc.num(fi.get("actual_value"))
    if (a is None and fa is not None and not gi.get("actual_optional")) or (a is not None and fa != sc.num(a["value"])):
        diff.append("actual")
    if gi.get("target_year") and fi.get("target_year") and int(fi["target_year"]) != int(gi["target_year"]):
        diff.append("year")
    return diff, ratio


def best_candidate(sc, gi, found, used):
    """The found record of the same target value closest to gi: unmatched first, fewest differences."""
    value = sc.num(gi["target"]["value"])
    same = [(j, fi) for j, fi in enumerate(found) if sc.num(fi.get("target_value")) == value]
    if not same:
        return None
    scored = [((j in used, len(differences(sc, gi, fi)[0]), -differences(sc, gi, fi)[1]), fi) for j, fi in same]
    return min(scored, key=lambda s: s[0])[1]


def matched_pairs(sc, gold, found):
    """The scorer's greedy matching, keeping which found record each gold record took."""
    used, pairs = set(), []
    for gi in [g for g in gold if not g.get("optional")] + [g for g in gold if g.get("optional")]:
        hit = next((j for j, fi in enumerate(found) if j not in used and sc.indicator_matches(gi, fi)), None)
        if hit is not None:
            used.add(hit)
        pairs.append((gi, hit))
    return pairs, used


def document_rows(db, gold_dir):
    docs = collections.defaultdict(list)
    for r in db.execute("select id, path from documents"):
        docs[pathlib.Path(r[1]).stem].append(r[0])
    for gf in sorted(pathlib.Path(gold_dir).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for did in docs.get(gf.stem, []):
            yield gf.stem, g, did


def analyse(sc, db, gold_dir, margin=False):
    """Yield (stem, kind, gold, found, diff, ratio) for every miss and, with margin, every fragile match."""
    for stem, g, did in document_rows(db, gold_dir):
        if g.get("indicators") is None:
            continue
        found = sc.rows(db, "indicators", did)
        gold = [i for i in g["indicators"] if i.get("target")]
        pairs, used = matched_pairs(sc, gold, found)
        for gi, hit in pairs:
            if hit is None and not gi.get("optional"):
                fi = best_candidate(sc, gi, found, used)
                diff, ratio = differences(sc, gi, fi) if fi else (["not found"], 0.0)
                yield stem, "miss", gi, fi, diff, ratio
            elif hit is not None and margin:
                diff, ratio = differences(sc, gi, found[hit])
                if ratio < 0.8 or diff:
                    yield stem, "fragile", gi, found[hit], diff or ["label<0.8"], ratio


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    sc, db = load_scorer(), sqlite3.connect(argv[1])
    sets = [a.split("=", 1) for a in argv[2:] if "=" in a]
    margin, listing = "--margin" in argv, "--list" in argv
    table = collections.OrderedDict()
    for name, gold_dir in sets:
        counts = table.setdefault(name, collections.Counter())
        for stem, kind, gi, fi, diff, ratio in analyse(sc, db, gold_dir, margin):
            counts["misses" if kind == "miss" else "fragile"] += 1
            for cause in diff:
                counts[cause if kind == "miss" else "fragile " + cause] += 1
            if listing:
                print(f"{name} {stem} {kind} {'+'.join(diff)} ratio={ratio:.2f}")
                print(f"   gold : {gi['label']!r} {gi.get('level')} {gi['target']} actual={gi.get('actual')} year={gi.get('target_year')}")
                if fi:
                    print(f"   found: {fi.get('label')!r} {fi.get('level')} {fi.get('target_comparator')} {fi.get('target_value')}"
                          f"-{fi.get('target_high')} actual={fi.get('actual_value')} year={fi.get('target_year')}")
    cols = ["misses", *CAUSES] + (["fragile", "fragile label<0.8", "fragile year", "fragile actual"] if margin else [])
    print("set".ljust(8) + "".join(c.rjust(max(8, len(c) + 1)) for c in cols))
    for name, counts in table.items():
        print(name.ljust(8) + "".join(str(counts[c]).rjust(max(8, len(c) + 1)) for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
