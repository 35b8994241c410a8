"""How an answer is compared with the expected value, in plain sentences that never give it away.

Each comparer takes the student's answer and the expected value (computed from the package
on the lesson's data) and returns ``None`` when they agree, else one or two sentences about
the *answer*: its type, what it selects, which of its items do not belong, how many are
missing.  No message contains the expected value or any item of it.

``explain_error`` turns an exception raised by a student's code into a plain sentence, and
``is_placeholder`` recognises an unanswered exercise: ``...`` itself, a container holding
``...``, or a function whose body is only ``...`` or ``pass``.
"""

from __future__ import annotations

import math
import numbers
import types
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

__all__ = [
    "Comparer",
    "Count",
    "Number",
    "Text",
    "Choice",
    "Labels",
    "NameSet",
    "Offsets",
    "CountsByName",
    "Function",
    "explain_error",
    "is_placeholder",
    "describe",
]


def describe(value: Any) -> str:
    """A short phrase for the type of ``value`` ("a str", "a list of 3 items", "None")."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"a bool ({value})"
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        n = len(value)
        return f"a {type(value).__name__} of {n} item{'s' if n != 1 else ''}"
    module = type(value).__module__
    name = type(value).__name__
    if module.startswith("pandas"):
        return f"a pandas {name}"
    return f"a {name}"


def _short(value: Any, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _dummy() -> None:
    pass


def _dummy_doc() -> None:
    """Docstring."""


def _is_filler(stmt: Any) -> bool:
    """``pass``, ``...`` or a docstring: a statement that does nothing."""
    import ast

    if isinstance(stmt, ast.Pass):
        return True
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and \
        (stmt.value.value is Ellipsis or isinstance(stmt.value.value, str))


def _empty_function(fn: Callable[..., Any]) -> bool:
    """Whether ``fn`` is a ``def`` whose body is only ``...``, ``pass`` or a docstring.

    The source is read when Python can find it (it can in a notebook); otherwise the bytecode
    is compared with an empty function's (which cannot tell ``return None`` from ``pass``).
    """
    code = getattr(fn, "__code__", None)
    if code is None or fn.__name__ == "<lambda>":
        return False
    try:
        import ast
        import inspect
        import textwrap

        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
        node = tree.body[0]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return all(_is_filler(stmt) for stmt in node.body)
    except (OSError, TypeError, SyntaxError, IndexError):
        pass
    return any(code.co_code == ref.__code__.co_code for ref in (_dummy, _dummy_doc))


def is_placeholder(answer: Any) -> bool:
    """Whether ``answer`` is still the exercise's ``...`` placeholder (or holds one)."""
    if answer is Ellipsis:
        return True
    if isinstance(answer, (list, tuple, set, frozenset)):
        return any(item is Ellipsis for item in answer)
    if isinstance(answer, Mapping):
        return any(v is Ellipsis for v in answer.values()) or Ellipsis in answer
    if isinstance(answer, types.FunctionType):
        return _empty_function(answer)
    return False


_ERRORS: dict[str, str] = {
    "NameError": "Python does not know a name used in your code ({detail}): run the cells above first, "
                 "or check the spelling.",
    "KeyError": "Your code asked for a key or column that does not exist ({detail}): check the spelling, "
                "and list what exists (df.columns, or d.keys()).",
    "AttributeError": "Your code used an attribute or method that this kind of object does not have ({detail}): "
                      "check the spelling, and what type(...) the object has.",
    "IndexError": "Your code used a position past the end of a list, string or table ({detail}): Python "
                  "counts from 0, and the last position is len(...) - 1.",
    "TypeError": "Your code combined values of types that do not fit together ({detail}): check what "
                 "type(...) each value has.",
    "ValueError": "Your code got a value of the right type but an unusable content ({detail}).",
    "ZeroDivisionError": "Your code divided by zero: is a count empty?",
    "RecursionError": "Your function calls itself without end.",
}


def explain_error(exc: BaseException) -> str:
    """One plain sentence about an exception raised by the student's code."""
    name = type(exc).__name__
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else name
    if isinstance(exc, KeyError) and exc.args:
        detail = repr(exc.args[0])
    for base in type(exc).__mro__:
        if base.__name__ in _ERRORS:
            return _ERRORS[base.__name__].format(detail=detail)
    return f"Your code raised {name} ({detail})."


@dataclass(frozen=True)
class Comparer:
    """Base class: ``compare(answer, expected)`` returns ``None`` (agrees) or a message about the answer."""

    wants: str = "an answer"

    def compare(self, answer: Any, expected: Any) -> str | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def wrong_type(self, answer: Any) -> str:
        return f"Your answer is {describe(answer)}; this question wants {self.wants}."

    def not_a_number(self, answer: Any) -> str | None:
        """The message for an answer that is not a real number (``None`` when it is one)."""
        if not isinstance(answer, bool) and isinstance(answer, numbers.Real):
            return None
        if isinstance(answer, str) and answer.strip().lstrip("-").replace(".", "", 1).isdigit():
            return f"Your answer is the text {answer!r}, not a number: leave out the quotation marks."
        return self.wrong_type(answer)


@dataclass(frozen=True)
class Count(Comparer):
    """A whole number (an ``int``, or a float with no fractional part)."""

    wants: str = "a whole number (an int such as 7)"
    direction: bool = True

    def compare(self, answer: Any, expected: Any) -> str | None:
        problem = self.not_a_number(answer)
        if problem:
            return problem
        if isinstance(answer, float) and not answer.is_integer():
            return f"Your answer {answer} has a fractional part; a count is a whole number."
        if int(answer) == int(expected):
            return None
        if not self.direction:
            return f"{int(answer)} is not right yet."
        side = "too high" if int(answer) > int(expected) else "too low"
        return f"{int(answer)} is not right yet: it is {side}."


@dataclass(frozen=True)
class Number(Comparer):
    """A real number, equal within ``tolerance`` (absolute)."""

    wants: str = "a number (such as 0.25)"
    tolerance: float = 1e-3

    def compare(self, answer: Any, expected: Any) -> str | None:
        problem = self.not_a_number(answer)
        if problem:
            return problem
        if math.isnan(float(answer)):
            return "Your answer is NaN (not a number): something in the calculation was empty or undefined."
        if abs(float(answer) - float(expected)) <= self.tolerance:
            return None
        return f"{round(float(answer), 4)} is not right yet (answers within {self.tolerance:g} count as right)."


@dataclass(frozen=True)
class Text(Comparer):
    """A string, compared without regard to case and surrounding spaces (unless ``exact``)."""

    wants: str = "a text (a str in quotation marks)"
    exact: bool = False

    def compare(self, answer: Any, expected: Any) -> str | None:
        if not isinstance(answer, str):
            return self.wrong_type(answer)
        norm = (lambda s: s) if self.exact else (lambda s: " ".join(str(s).split()).casefold())
        if norm(answer) == norm(expected):
            return None
        return f"{_short(answer)} is not right yet."


@dataclass(frozen=True)
class Choice(Text):
    """One of a fixed set of options (the options are part of the question, so naming them reveals nothing)."""

    options: tuple[str, ...] = ()

    def compare(self, answer: Any, expected: Any) -> str | None:
        if not isinstance(answer, str):
            return self.wrong_type(answer)
        if answer.strip().casefold() not in {o.casefold() for o in self.options}:
            return f"{_short(answer)} is not one of the options ({', '.join(map(repr, self.options))})."
        return super().compare(answer, expected)


@dataclass(frozen=True)
class Labels(Comparer):
    """A list of labels, each one of ``options``, compared position by position.

    The message says how many labels agree, never which label is expected where.
    """

    wants: str = "a list of labels (strings), one per item, in order"
    options: tuple[str, ...] = ()

    def compare(self, answer: Any, expected: Any) -> str | None:
        items = _as_names(answer)
        if items is None:
            return self.wrong_type(answer)
        if len(items) != len(expected):
            return f"Your list has {len(items)} label{'s' if len(items) != 1 else ''}; give one per item, in order."
        options = {o.casefold() for o in self.options}
        bad = [i for i in items if not isinstance(i, str) or i.strip().casefold() not in options]
        if bad:
            return (f"{_short(bad[0], 30)} is not one of the labels "
                    f"({', '.join(map(repr, self.options))}).")
        right = sum(a.strip().casefold() == str(e).casefold() for a, e in zip(items, expected))
        if right == len(expected):
            return None
        return f"{right} of your {len(expected)} labels agree with the gold annotation."


def _norm(name: Any) -> str:
    return " ".join(str(name).split()).casefold()


def _not_yet(extra: list[Any], missing: int, noun: str, *, wrong: list[Any] = ()) -> str | None:
    """``'X' should not be in it; 2 names are missing.`` — or ``None`` when all is well."""
    if not (extra or missing or wrong):
        return None
    parts = []
    if extra:
        parts.append(f"{', '.join(map(repr, sorted(map(str, extra))[:3]))} should not be "
                     f"{'a ' + noun if noun == 'key' else 'in it'}")
    if missing:
        parts.append(f"{missing} {noun}{'s are' if missing != 1 else ' is'} missing")
    if wrong:
        parts.append(f"the value for {', '.join(map(repr, sorted(map(str, wrong))[:3]))} is not right")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "." if text.startswith("the ") else text + "."


def _as_names(answer: Any) -> list[Any] | None:
    if isinstance(answer, (str, bytes)) or not isinstance(answer, Iterable) or isinstance(answer, Mapping):
        return None
    return list(answer)


@dataclass(frozen=True)
class NameSet(Comparer):
    """A collection of names (list, set, tuple, Series), compared as a set; case and spaces ignored."""

    wants: str = "a list or set of names (strings)"

    def compare(self, answer: Any, expected: Any) -> str | None:
        items = _as_names(answer)
        if items is None:
            if isinstance(answer, str):
                return f"Your answer is one text; this question wants {self.wants}, e.g. [{answer!r}]."
            return self.wrong_type(answer)
        if not all(isinstance(i, str) for i in items):
            bad = next(i for i in items if not isinstance(i, str))
            return f"Your collection holds {describe(bad)} ({_short(bad, 30)}); every item should be a str."
        given = {_norm(i): i for i in items}
        want = {_norm(e) for e in expected}
        return _not_yet([given[k] for k in given if k not in want], len(want - given.keys()), "name")


@dataclass(frozen=True)
class Offsets(Comparer):
    """A ``(start, end)`` pair of character offsets; the message shows what the answer selects."""

    wants: str = "a pair of whole numbers (start, end)"

    def compare(self, answer: Any, expected: Any) -> str | None:
        text, want = expected  # expected = (text, (start, end))
        if isinstance(answer, (str, bytes)) or not isinstance(answer, Sequence) or len(answer) != 2:
            return self.wrong_type(answer)
        if not all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in answer):
            return "Both offsets must be whole numbers (int): positions in the text, counting from 0."
        start, end = int(answer[0]), int(answer[1])
        if (start, end) == tuple(want):
            return None
        if not 0 <= start <= end <= len(text):
            return (f"({start}, {end}) is not a span of this text: offsets run from 0 to len(text), "
                    f"and start comes before end.")
        return f"({start}, {end}) selects {_short(text[start:end], 50)}, which is not the span asked for."


@dataclass(frozen=True)
class CountsByName(Comparer):
    """A mapping from a name to a count (dict or Series); keys as in :class:`NameSet`."""

    wants: str = "a dict (or pandas Series) from name to count"

    def compare(self, answer: Any, expected: Any) -> str | None:
        if hasattr(answer, "to_dict") and not isinstance(answer, Mapping):
            answer = answer.to_dict()
        if not isinstance(answer, Mapping):
            return self.wrong_type(answer)
        given = {_norm(k): (k, v) for k, v in answer.items()}
        want = {_norm(k): v for k, v in expected.items()}
        return _not_yet([k for n, (k, _) in given.items() if n not in want], len(want.keys() - given.keys()), "key",
                        wrong=[k for n, (k, v) in given.items() if n in want and not _same_number(v, want[n])])


def _same_number(a: Any, b: Any, tol: float = 1e-3) -> bool:
    try:
        return abs(float(a) - float(b)) <= tol
    except (TypeError, ValueError):
        return a == b


@dataclass(frozen=True)
class Function(Comparer):
    """A function; ``expected`` is a list of ``(args, result)`` cases, results compared with ``result``."""

    wants: str = "a function (written with def)"
    result: Comparer = Count()

    def compare(self, answer: Any, expected: Any) -> str | None:
        if not callable(answer):
            return self.wrong_type(answer)
        for args, want in expected:
            shown = ", ".join(_short(a, 40) for a in args)
            try:
                got = answer(*args)
            except Exception as exc:  # the student's code: any error becomes a sentence
                return f"Called with ({shown}), your function stopped with an error. {explain_error(exc)}"
            if got is None and want is not None:
                return f"Called with ({shown}), your function returned None: did you forget return?"
            problem = self.result.compare(got, want)
            if problem:
                return f"Called with ({shown}), your function returned {_short(got, 40)}. {problem}"
        return None
