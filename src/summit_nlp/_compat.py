"""Import machinery: old module paths keep working, and package faces load their names lazily.

Old module paths of 0.1 (``summit_nlp.report``, ``summit_nlp.viz``, ``summit_nlp.readers`` …)
keep importing, with a ``DeprecationWarning`` that names the new path.

The modules moved into wings (``extract/``, ``reports/``, ``corpus/``, ``cli/``); a meta-path
finder maps each old name to the module that now holds its code, so user code and notebooks
written against 0.1 keep working while they move to the new paths.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from types import ModuleType

__all__ = ["MOVED", "install", "lazy"]

_STEPS = ("segment", "quotes", "cues", "mentions", "clauses", "attribute", "reported", "interview", "resolve",
          "lexicon", "pipeline")

#: Old module name -> the module that replaced it.
MOVED: dict[str, str] = {
    **{f"summit_nlp.{step}": f"summit_nlp.extract.{step}" for step in _STEPS},
    "summit_nlp.report": "summit_nlp.reports.runner",
    "summit_nlp.viz": "summit_nlp.reports.viz",
    "summit_nlp.readers": "summit_nlp.corpus.readers",
    "summit_nlp.outputs": "summit_nlp.io",
    "summit_nlp.commands": "summit_nlp.cli",
}


class _MovedLoader(importlib.abc.Loader):
    def __init__(self, new: str) -> None:
        self.new = new

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # a placeholder; exec_module puts the real module in its place

    def exec_module(self, module: ModuleType) -> None:
        old = module.__name__
        warnings.warn(f"{old} moved to {self.new}; import it from there", DeprecationWarning, stacklevel=2)
        # The import system returns whatever sys.modules holds under the old name after exec.
        sys.modules[old] = importlib.import_module(self.new)


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _MovedLoader(new))


_FINDER = _MovedFinder()


def install() -> None:
    """Put the finder on ``sys.meta_path`` once (importing the package does this)."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_FINDER)


def lazy(namespace: dict, names: dict[str, str]):
    """A module ``__getattr__`` that imports ``name`` from the submodule ``names[name]`` (relative
    to the package whose globals are ``namespace``) on first use, then keeps it: a package's public
    face without the cost of importing every wing when only one is needed (``summit-nlp --help``)."""
    package = namespace["__name__"]

    def __getattr__(name: str):
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(names[name], package), name)
        namespace[name] = value
        return value

    return __getattr__
