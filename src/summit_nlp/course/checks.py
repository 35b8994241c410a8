"""``check`` and ``hint``: feedback on an exercise without giving the answer away.

``check("L4.q2", answer)`` shows one of three outcomes:

* **pass** — the answer agrees with the value computed from the package on the lesson's data;
* **not yet** — it does not; the message talks about the answer only (its type, what it
  selects, which items do not belong) and points to ``hint("L4.q2")``;
* **not attempted** — the answer is still the ``...`` placeholder of the student copy.

The expected value is computed when the check runs (``LessonData.expected``), from the data
the lesson was started with, and never appears in a message.  An error inside the student's
answer (a function that raises) becomes a plain sentence.  With the environment variable
``COURSE_STRICT=1`` every outcome but *pass* raises :class:`CourseCheckError` after being
shown: that is how CI and instructors run the instructor copies.

``hint("L4.q2")`` shows the next hint each time it is called (``hint("L4.q2", 2)`` a given
one); hints go from a nudge to the method, never to the value.  ``result`` is ``check``
without showing or raising, for code that wants the outcome as an object.
"""

from __future__ import annotations

import html
import os
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, SummitNLPError
from .answers import explain_error, is_placeholder
from .session import active, lesson

__all__ = ["CheckResult", "HintText", "CourseCheckError", "check", "hint", "result", "strict", "prediction",
           "MIME_TYPE"]

PASS, NOT_YET, NOT_ATTEMPTED = "pass", "not yet", "not attempted"
#: The mime type of a check's machine-readable output (what the tests and grading read).
MIME_TYPE = "application/vnd.summit-nlp.course-check+json"
_COLOURS = {PASS: ("#e6f4ea", "#1e7e34", "✔"), NOT_YET: ("#fdf0e6", "#b35c00", "✘"),
            NOT_ATTEMPTED: ("#eef1f6", "#44546a", "…")}
_HINTS_SHOWN: Counter[str] = Counter()


class CourseCheckError(SummitNLPError):
    """Raised by a check that did not pass while ``COURSE_STRICT=1``; ``result`` holds the outcome."""

    def __init__(self, result: "CheckResult") -> None:
        super().__init__(f"{result.qid}: {result.status}: {result.message}")
        self.result = result


def strict() -> bool:
    """Whether ``COURSE_STRICT`` asks every non-pass to raise (``1``, ``true``, ``yes``, ``on``)."""
    return os.environ.get("COURSE_STRICT", "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: ``status`` is ``pass``, ``not yet`` or ``not attempted``."""

    qid: str
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def __str__(self) -> str:
        return f"{self.qid}: {self.status}. {self.message}"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        back, fore, mark = _COLOURS[self.status]
        page = (f'<div class="summit-course-check" data-status="{self.status}" style="background:{back};'
                f'border-left:4px solid {fore};padding:6px 10px;margin:4px 0">'
                f'<b style="color:{fore}">{mark} {html.escape(self.qid)}: {self.status}</b> '
                f"{html.escape(self.message)}</div>")
        return {"text/plain": str(self), "text/html": page,
                MIME_TYPE: {"qid": self.qid, "status": self.status}}


@dataclass(frozen=True)
class HintText:
    """One hint as shown in a notebook."""

    qid: str
    level: int
    total: int
    text: str

    def __str__(self) -> str:
        last = " (the last hint)" if self.level == self.total else ""
        return f"{self.qid}, hint {self.level} of {self.total}{last}: {self.text}"

    def _repr_html_(self) -> str:
        return (f'<div class="summit-course-hint" style="background:#fff8dc;border-left:4px solid #c9a400;'
                f'padding:6px 10px;margin:4px 0">{html.escape(str(self))}</div>')


def _exercise(qid: str) -> Any:
    name = str(qid).strip()
    lesson_id = name.split(".", 1)[0]
    found = lesson(lesson_id).exercises.get(name)
    if found is None:
        known = ", ".join(lesson(lesson_id).exercises)
        raise InputError(f"there is no exercise {qid!r}: lesson {lesson(lesson_id).id} has {known}")
    return found


def result(qid: str, answer: Any) -> CheckResult:
    """The outcome of checking ``answer`` for exercise ``qid``, without showing it."""
    exercise = _exercise(qid)
    if is_placeholder(answer):
        return CheckResult(exercise.qid, NOT_ATTEMPTED,
                           "Replace the ... with your answer and run the cell again.")
    expected = active(exercise.lesson_id)._expected_value(exercise.qid)
    try:
        problem = exercise.comparer.compare(answer, expected)
    except Exception as exc:  # an answer object that misbehaves when compared (e.g. a broken __eq__)
        problem = f"Your answer could not be compared. {explain_error(exc)}"
    if problem is None:
        return CheckResult(exercise.qid, PASS, "Well done.")
    return CheckResult(exercise.qid, NOT_YET, f"{problem} For a hint, run course.hint({exercise.qid!r}).")


def _show(obj: Any) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        print(obj)
        return
    if get_ipython() is None:
        print(obj)
    else:
        display(obj)


def check(qid: str, answer: Any) -> None:
    """Check ``answer`` for exercise ``qid`` and show the outcome (raise it under ``COURSE_STRICT=1``)."""
    outcome = result(qid, answer)
    _show(outcome)
    if strict() and not outcome.passed:
        raise CourseCheckError(outcome)


def hint(qid: str, level: int | None = None) -> None:
    """Show the next hint of exercise ``qid`` (or hint number ``level``, counting from 1)."""
    exercise = _exercise(qid)
    total = len(exercise.hints)
    if level is None:
        _HINTS_SHOWN[exercise.qid] = min(_HINTS_SHOWN[exercise.qid] + 1, total)
        level = _HINTS_SHOWN[exercise.qid]
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= total:
        raise InputError(f"{exercise.qid} has hints 1 to {total}; got {level!r}")
    _show(HintText(exercise.qid, level, total, exercise.hints[level - 1]))


def prediction(guess: Any, measured: Any, *, what: str = "") -> None:
    """Show a prediction beside the measurement (for the "predict before you run" questions; not checked)."""
    about = f" ({what})" if what else ""
    if is_placeholder(guess):
        _show(f"Measured{about}: {measured!r}. You wrote no prediction: next time, guess first, "
              f"since a surprise is what makes a result stick.")
    else:
        _show(f"You predicted {guess!r}; measured{about}: {measured!r}.")
