"""Which notebook a report runs and with which parameters: the packaged notebooks by short
name, the ``parameters`` cell parsed into :class:`Parameter` entries, and the values checked
and converted to the declared types before anything runs."""

from __future__ import annotations

import ast
import functools
import io
import json
import tokenize
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..errors import InputError, UsageError
from .inputs import input_sha256, resolve_input

#: Short names of the notebooks shipped with the package.
NOTEBOOKS: dict[str, str] = {
    "article": "article_report.ipynb",
    "corpus": "corpus_report.ipynb",
    "evaluation": "evaluation.ipynb",
}
#: The kernel name recorded in the notebooks (registered by ``pip install ./kernel``, which ``make``
#: and ``environment.yml`` run, so JupyterLab picks this environment's Python); ``summit-nlp report``
#: always runs this interpreter, registered or not.
KERNEL_NAME = "summit_nlp"
PACKAGE_NOTEBOOK_DIR = Path(__file__).resolve().parent / "notebooks"
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_TYPES: dict[str, type | tuple[type, ...]] = {"str": str, "int": int, "float": (int, float), "bool": bool}


@dataclass(frozen=True)
class Parameter:
    """One entry of a notebook's ``parameters`` cell: name, declared type, default, help comment."""

    name: str
    type_name: str
    default: Any
    help: str = ""

    @property
    def is_path(self) -> bool:
        """Parameters named ``*_path`` are input files (or folders) that must exist."""
        return self.name.endswith("_path")


# -------------------------------------------------------------- notebooks
def notebook_path(notebook: str | Path) -> Path:
    """The notebook file for a short name (``article``, ``corpus``, ``evaluation``) or a path."""
    if str(notebook) in NOTEBOOKS:
        path = PACKAGE_NOTEBOOK_DIR / NOTEBOOKS[str(notebook)]
        if not path.is_file():
            raise InputError(f"{path}: packaged notebook missing (reinstall summit_nlp)")
        return path
    path = Path(notebook).expanduser()
    if not path.is_file():
        names = ", ".join(NOTEBOOKS)
        raise UsageError(f"{notebook}: no such notebook (use one of {names} or a path to an .ipynb file)")
    if path.suffix != ".ipynb":
        raise UsageError(f"{notebook}: not a notebook (expected an .ipynb file)")
    return path.resolve()


def _comments(source: str) -> dict[int, str]:
    """The trailing ``# comment`` of each line of ``source``, by line number."""
    out: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                out[tok.start[0]] = tok.string.lstrip("#").strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


def parse_parameters(source: str, *, where: str = "parameters cell") -> tuple[Parameter, ...]:
    """The parameters of a ``parameters`` cell: ``name: type = default  # help`` (or ``name = default``).

    The declared type is the annotation, else the default's type; a default
    that is not a literal is kept as its source text with type ``None``.
    Parsed here rather than by papermill, so validation stays fast.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise InputError(f"{where}: not valid Python (line {exc.lineno}: {exc.msg})") from None
    comments = _comments(source)
    params = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, annotation = node.target.id, ast.unparse(node.annotation)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, annotation = node.targets[0].id, None
        else:
            continue
        try:
            default = ast.literal_eval(node.value)
        except ValueError:
            default, annotation = ast.unparse(node.value), annotation or "None"
        type_name = annotation if annotation is not None else type(default).__name__
        params.append(Parameter(name, "None" if type_name == "NoneType" else type_name, default,
                                comments.get(node.end_lineno or node.lineno, "")))
    return tuple(params)


@functools.lru_cache(maxsize=32)
def _parameters_cached(path: str, mtime_ns: int) -> tuple[Parameter, ...]:
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a readable notebook ({type(exc).__name__})") from None
    for cell in cells:
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return parse_parameters("".join(source) if isinstance(source, list) else source,
                                    where=f"{Path(path).name}: parameters cell")
    return ()


def notebook_parameters(notebook: str | Path) -> dict[str, Parameter]:
    """The parameters a notebook declares in its cell tagged ``parameters``, in order."""
    path = notebook_path(notebook)
    return {p.name: p for p in _parameters_cached(str(path), path.stat().st_mtime_ns)}


# --------------------------------------------------------------- validation
def _coerce(value: Any, param: Parameter, where: str) -> Any:
    """``value`` converted to the parameter's declared type; text from the command line is parsed.

    ``X | None`` accepts None as well; an undeclared type (default None or an
    expression) accepts anything.
    """
    members = [m.strip() for m in param.type_name.split("|")]
    if value is None and "None" in members:
        return None
    type_name = next((m for m in members if m in _TYPES), None)
    if type_name is None:
        return value
    if isinstance(value, Path) and type_name == "str":
        return str(value)
    if isinstance(value, str) and type_name != "str":
        text = value.strip().lower()
        try:
            if type_name == "bool":
                if text not in _TRUE | _FALSE:
                    raise ValueError(value)
                return text in _TRUE
            return int(text) if type_name == "int" else float(text)
        except ValueError:
            raise UsageError(f"{where}: parameter {param.name} must be {param.type_name}, got {value!r}") from None
    if isinstance(value, bool) and type_name != "bool" or not isinstance(value, _TYPES[type_name]):
        raise UsageError(f"{where}: parameter {param.name} must be {param.type_name}, got {value!r}")
    return float(value) if type_name == "float" else value


def validate_parameters(notebook: str | Path, parameters: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Check ``parameters`` against the notebook's parameters cell, before anything runs.

    Returns every parameter (defaults merged, values converted to the declared
    type, ``*_path`` values made absolute) and the SHA-256 of each input path.
    Raises :class:`UsageError` (an :class:`InputError`) naming the notebook and
    parameter for an unknown name or a wrong type, and :class:`InputError` for a
    path that does not exist.
    """
    path = notebook_path(notebook)
    spec = notebook_parameters(path)
    where = path.name
    given = dict(parameters or {})
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise UsageError(f"{where}: unknown parameter {unknown[0]!r} (parameters: {', '.join(spec) or 'none'})")
    values: dict[str, Any] = {}
    inputs: dict[str, str] = {}
    for name, param in spec.items():
        value = _coerce(given[name], param, where) if name in given else param.default
        if param.is_path and isinstance(value, str) and value:
            try:
                resolved = resolve_input(value)
            except InputError:
                raise InputError(f"{where}: parameter {name}: {value}: no such file or folder") from None
            value = str(resolved)
            inputs[name] = input_sha256(resolved)
        elif param.is_path and name in given and not value and param.default:
            raise InputError(f"{where}: parameter {name} must name a file")
        values[name] = value
    return values, inputs
