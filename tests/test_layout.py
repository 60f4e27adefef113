"""The package's shape: stage packages named as the README's stages, plain imports, no import loop."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extractor"
STAGES = ["read", "normalize", "segment", "extract", "link", "check", "store"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Modules of the package that `path` imports, at any depth of the file (function-level too).
    `from extractor.read import ocr` is an import of extractor.read.ocr, not of the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "extractor":
            subs = [a.name for a in node.names
                    if (PACKAGE.joinpath(*node.module.split(".")[1:], a.name + ".py")).exists()
                    or (PACKAGE.joinpath(*node.module.split(".")[1:], a.name, "__init__.py")).exists()]
            found.update(f"{node.module}.{s}" for s in subs)
            if len(subs) < len(node.names):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "extractor")
    return found


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def test_no_relative_import_and_no_module_loaded_by_name():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                offenders.append(f"{path.name}:{node.lineno} relative import")
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name in ("import_module", "__import__"):
                    offenders.append(f"{path.name}:{node.lineno} {name}")
    assert offenders == []


def test_no_import_loop():
    graph = _graph()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            for dep in graph.get(todo.pop(), ()):
                if dep == goal:
                    return True
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
        return False

    # a package's __init__ re-exporting its own modules is not a loop
    loops = sorted((a, b) for a, deps in graph.items() for b in deps
                   if b in graph and not b.startswith(a + ".") and not a.startswith(b + ".") and reaches(b, a))
    assert loops == []


def test_stages_are_packages_and_the_readme_names_them():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").exists(), stage
        assert f"`extractor/{stage}/`" in readme, stage


def test_data_flows_one_way():
    """A stage imports only earlier stages (and the shared model, errors, patterns)."""
    order = {s: i for i, s in enumerate(STAGES)}
    backwards = []
    for name, deps in _graph().items():
        parts = name.split(".")
        if len(parts) < 2 or parts[1] not in order:
            continue
        for dep in deps:
            d = dep.split(".")
            if len(d) > 1 and d[1] in order and order[d[1]] > order[parts[1]]:
                backwards.append(f"{name} -> {dep}")
    assert backwards == []
