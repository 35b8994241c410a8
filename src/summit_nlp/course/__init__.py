"""A media-analysis course on this package: eight lesson notebooks whose checks run offline.
``check``/``hint`` give feedback computed live from the lesson's data; ``init_course`` writes the copies.

>>> from summit_nlp import course
>>> lesson = course.start("L1")                             # doctest: +SKIP
>>> course.check("L1.q1", len(lesson.analysis.sentences))   # doctest: +SKIP
L1.q1: pass. Well done.

The wing's modules: ``registry`` (``Lesson``, ``Exercise``) and ``lessons/`` (one module per
lesson, registering its exercises), ``session`` (a lesson's data while it runs), ``answers``
(how answers are compared, in plain sentences), ``checks`` (``check``, ``hint``, strict mode),
``commands`` (``summit-nlp`` command lines from a notebook), ``agreement`` (κ and α), ``data``
(the shipped articles, corpus and annotator files), ``copies`` (student and instructor notebooks
from one source), ``folder`` (``init_course``) and ``grading`` (running notebooks, reading their
checks).  Prose is CC BY 4.0, code MIT: see ``LICENSE.md`` beside this file; the instructor
guide is ``docs/course.md``.
"""

from __future__ import annotations

from .checks import CheckResult, CourseCheckError, check, hint, prediction, result, strict
from .commands import command
from .session import LessonData, active, lesson, start

__all__ = [
    "check",
    "hint",
    "command",
    "prediction",
    "result",
    "strict",
    "start",
    "active",
    "lesson",
    "init_course",
    "CheckResult",
    "CourseCheckError",
    "LessonData",
]


def init_course(directory, *, instructor: bool = False, force: bool = False):
    """Write the course (notebooks and data) into ``directory``; see :func:`summit_nlp.course.folder.init_course`."""
    from .folder import init_course as _init

    return _init(directory, instructor=instructor, force=force)
