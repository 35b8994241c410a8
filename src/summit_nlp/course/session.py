"""A lesson's data while it runs: the article, its analysis, the corpus or annotator files.

``start("L3", article="andes_crossing")`` makes a :class:`LessonData` the *active* data of
lesson L3 (the notebook calls it once, right after its parameters cell); every later
``check("L3.…", answer)`` computes its expected value on that same data.  A check of a lesson
that was never started uses the lesson's default parameters.  Everything is computed lazily
and once: the analysis of an article, the analyses of a corpus.

``start`` also teaches IPython (when it runs in one) to follow a traceback of a common error
with one plain sentence saying what it means; the error itself still stops the cell.
"""

from __future__ import annotations

import html
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from . import data
from .answers import explain_error

if TYPE_CHECKING:
    import pandas as pd

    from ..analysis import Analysis
    from .registry import Lesson

__all__ = ["LessonData", "start", "active", "lesson"]

_ACTIVE: dict[str, "LessonData"] = {}


def lesson(lesson_id: str) -> "Lesson":
    """The registered lesson ``lesson_id`` (``L1`` … ``L8``; ``l1`` and ``1`` work too)."""
    from .lessons import LESSONS

    key = str(lesson_id).strip().upper()
    key = key if key.startswith("L") else f"L{key}"
    if key not in LESSONS:
        raise InputError(f"there is no lesson {lesson_id!r}: the lessons are {', '.join(LESSONS)}")
    return LESSONS[key]


class LessonData:
    """The data one run of a lesson works on; parameters default to the lesson's own."""

    def __init__(self, lesson_id: str, **parameters: Any) -> None:
        self.lesson = lesson(lesson_id)
        unknown = sorted(set(parameters) - set(self.lesson.parameters))
        if unknown:
            raise InputError(f"lesson {self.lesson.id} has no parameter {unknown[0]!r} "
                             f"(it has {', '.join(self.lesson.parameters) or 'none'})")
        self.parameters = {**self.lesson.parameters, **parameters}
        self._expected: dict[str, Any] = {}

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.parameters.items())
        return f"LessonData({self.lesson.id}: {shown})"

    def _repr_html_(self) -> str:
        shown = ", ".join(f"<code>{html.escape(k)}={html.escape(repr(v))}</code>" for k, v in self.parameters.items())
        return f"<p><b>{html.escape(self.lesson.id)}: {html.escape(self.lesson.title)}</b> — data: {shown}</p>"

    # ------------------------------------------------------------ single article
    @cached_property
    def article(self) -> data.CourseArticle:
        """The article of the lesson (parameter ``article``)."""
        return data.find_article(self.parameters["article"])

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def analysis(self) -> "Analysis":
        """``summit_nlp.analyze`` of the article (id = its short name)."""
        from ..extract.pipeline import analyze

        return analyze(self.text, article_id=self.article.name)

    @cached_property
    def gold(self) -> dict[str, Any]:
        """The article's gold annotation; an error when the article has none."""
        gold = self.article.gold()
        if gold is None:
            raise InputError(f"the article {self.article.name!r} has no gold annotation "
                             f"(a .json file beside it); use a shipped article")
        return gold

    # ------------------------------------------------------------------ corpus
    @cached_property
    def corpus(self) -> "pd.DataFrame":
        """The lesson's corpus (parameter ``corpus``), one row per article."""
        return data.load_corpus(self.parameters["corpus"])

    @cached_property
    def corpus_analyses(self) -> dict[str, "Analysis"]:
        """The analysis of every corpus article, by article id."""
        from ..extract.pipeline import analyze

        return {row.id: analyze(row.text, article_id=row.id, outlet=row.outlet, date=row.date, title=row.title)
                for row in self.corpus.itertuples()}

    # -------------------------------------------------------------- annotation
    @cached_property
    def annotator_a(self) -> "pd.DataFrame":
        return data.load_annotations(self.parameters["annotator_a"])

    @cached_property
    def annotator_b(self) -> "pd.DataFrame":
        return data.load_annotations(self.parameters["annotator_b"])

    @cached_property
    def units(self) -> "pd.DataFrame":
        """The short articles of lesson 6, one row per unit."""
        return data.short_articles()

    # ----------------------------------------------------------------- reports
    @property
    def out_dir(self) -> Path:
        """Where lesson 8 writes its reports (parameter ``out_dir``, relative to the current folder)."""
        return Path(self.parameters["out_dir"])

    # ----------------------------------------------------------- expectations
    def _expected_value(self, qid: str) -> Any:
        """The expected value of exercise ``qid`` on this data (computed once; used by the checks only)."""
        if qid not in self._expected:
            self._expected[qid] = self.lesson.exercises[qid].expected(self)
        return self._expected[qid]


def start(lesson_id: str, **parameters: Any) -> LessonData:
    """Make (and return) the active data of a lesson; checks of that lesson then use it."""
    run = LessonData(lesson_id, **parameters)
    _ACTIVE[run.lesson.id] = run
    _install_error_sentences()
    return run


def active(lesson_id: str) -> LessonData:
    """The data ``start`` made active for this lesson, or the lesson's defaults."""
    key = lesson(lesson_id).id
    if key not in _ACTIVE:
        _ACTIVE[key] = LessonData(key)
    return _ACTIVE[key]


_EXPLAINED = (NameError, KeyError, AttributeError, IndexError, TypeError, ZeroDivisionError)


def _install_error_sentences() -> None:
    """In IPython: after the traceback of a common error, print what it means in one sentence."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        return
    shell = get_ipython()
    if shell is None or getattr(shell, "_summit_course_errors", False):
        return

    def handler(shell: Any, etype: type, evalue: BaseException, tb: Any, tb_offset: int | None = None) -> None:
        shell.showtraceback((etype, evalue, tb), tb_offset=tb_offset)
        print(f"In plain words: {explain_error(evalue)}")

    shell.set_custom_exc(_EXPLAINED, handler)
    shell._summit_course_errors = True
