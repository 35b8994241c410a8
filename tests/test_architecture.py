"""The shape of the package (docs/architecture.md): wings, layers, no import cycles, short files.

The import graph is read from the source (every ``import`` statement of every module, at the
top, inside functions and under ``TYPE_CHECKING`` alike: a lazy import is still a dependency),
so a cycle or an upward import fails here even when Python would happen to tolerate it.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import summit_nlp

PACKAGE_DIR = Path(summit_nlp.__file__).resolve().parent
SRC = PACKAGE_DIR.parent
MAX_LINES = 700
MAX_TOP_LEVEL_MODULES = 9

#: Layers from the bottom up: a module may import its own layer and the ones below, never above.
#: Matched by longest prefix; the package's own ``__init__`` is the public face, above everything.
LAYERS: dict[str, int] = {
    "summit_nlp._version": 0,
    "summit_nlp.errors": 0,
    "summit_nlp.model": 1,
    "summit_nlp._display": 1,  # column types and summaries: stdlib only, read by analysis and the wings
    "summit_nlp.io": 2,
    "summit_nlp.extract": 3,
    "summit_nlp.scoring": 4,
    "summit_nlp.analysis": 5,
    "summit_nlp.extract.pipeline": 6,
    "summit_nlp.extract.__init__": 6,  # re-exports the pipeline (lazily)
    "summit_nlp.evaluate": 7,
    "summit_nlp.corpus": 8,
    "summit_nlp.reports": 9,
    "summit_nlp.course": 10,
    "summit_nlp.cli": 11,
    "summit_nlp._compat": 0,  # import machinery (the old paths are only strings); any layer may use it
    "summit_nlp.__init__": 12,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


MODULES = _modules()


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute name ``from ... import`` refers to (before looking at the imported names)."""
    if node.level == 0:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _imports(module: str, path: Path) -> set[str]:
    """The package's modules that ``module`` imports (the most specific module each import names)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path, node)
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in MODULES:  # "summit_nlp.x.y" where y is a function: the module x
                name = name.rpartition(".")[0]
            if name.startswith("summit_nlp") and name != module:
                found.add(name)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(module: str, path: Path) -> int:
    key = f"{module}.__init__" if path.name == "__init__.py" else module
    best = max((prefix for prefix in LAYERS if key == prefix or key.startswith(prefix + ".")), key=len)
    return LAYERS[best]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_lazy_and_type_checking_imports() -> None:
    # analysis imports the scoring tables inside its methods, and scoring names Extraction under TYPE_CHECKING.
    assert "summit_nlp.scoring.tables" in GRAPH["summit_nlp.analysis"]
    assert "summit_nlp.model" in GRAPH["summit_nlp.scoring"]


def test_no_import_cycles() -> None:
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_lower_layers_never_import_higher_ones() -> None:
    upward = [
        f"{name} (layer {_layer(name, MODULES[name])}) imports {dep} (layer {_layer(dep, MODULES[dep])})"
        for name, deps in GRAPH.items()
        for dep in sorted(deps)
        if _layer(dep, MODULES[dep]) > _layer(name, MODULES[name])
    ]
    assert upward == []


def test_scoring_never_imports_analysis() -> None:
    assert [n for n, deps in GRAPH.items() if n.startswith("summit_nlp.scoring") and "summit_nlp.analysis" in deps] == []


def test_no_file_over_700_lines() -> None:
    long = {str(p.relative_to(SRC)): n for p in MODULES.values()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_only_the_core_sits_at_the_top() -> None:
    top = sorted(p.name for p in PACKAGE_DIR.iterdir() if p.suffix == ".py" or (p / "__init__.py").is_file())
    modules = [name for name in top if name.endswith(".py")]
    assert len(modules) + ("evaluate" in top) <= MAX_TOP_LEVEL_MODULES, top
    wings = {"extract", "scoring", "reports", "corpus", "cli", "evaluate"}
    assert wings <= set(top)
    for wing in wings:
        doc = ast.get_docstring(ast.parse((PACKAGE_DIR / wing / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{wing}/__init__.py has no docstring saying what the wing does"
