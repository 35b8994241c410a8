"""The lesson registry: each lesson's notebook, timing, goals, parameters and checked exercises.

A lesson module (``course/lessons/lN_*.py``) creates one :class:`Lesson` and registers its
exercises with the :meth:`Lesson.exercise` decorator on a function that computes the expected
value from the lesson's data (a :class:`~summit_nlp.course.session.LessonData`), never from
a stored number::

    L1 = Lesson("L1", "An article as data", "L1_article_as_data.ipynb", minutes=45, goals=(...),
                parameters={"article": "seed"}, other={"article": "andes_crossing"})

    @L1.exercise("q1", Count(), hints=("…", "…"))
    def n_sentences(data):
        return len(data.analysis.sentences)

``other`` names a second shipped data set on which the lesson must run just as well (the
tests run every instructor copy on both, so an expectation written into a notebook as a
literal would fail).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .answers import Comparer

#: What an expected-value function receives: a :class:`~summit_nlp.course.session.LessonData`
#: (not imported here: the session module imports the lessons, which import this registry).
LessonData = Any

__all__ = ["Exercise", "Lesson"]


@dataclass(frozen=True)
class Exercise:
    """One checked exercise: how to compute its expected value, how to compare, and its hints (easy first)."""

    qid: str
    expected: Callable[[LessonData], Any]
    comparer: Comparer
    hints: tuple[str, ...]
    varies: bool = True  # the expected value depends on the lesson's data (False: a fixed example sentence)

    @property
    def lesson_id(self) -> str:
        return self.qid.split(".", 1)[0]


@dataclass
class Lesson:
    """A lesson: its notebook, how long it takes, what it teaches and its exercises by id."""

    id: str
    title: str
    notebook: str
    minutes: int
    goals: tuple[str, ...]
    parameters: dict[str, Any]
    other: dict[str, Any]
    exercises: dict[str, Exercise] = field(default_factory=dict)

    def exercise(self, name: str, comparer: Comparer, *, hints: tuple[str, ...], varies: bool = True
                 ) -> Callable[[Callable[[LessonData], Any]], Callable[[LessonData], Any]]:
        """Register the decorated function as the expected value of exercise ``{id}.{name}``."""
        if len(hints) < 2:
            raise ValueError(f"{self.id}.{name}: give at least two hints (a nudge, then the method)")

        def register(fn: Callable[[LessonData], Any]) -> Callable[[LessonData], Any]:
            qid = f"{self.id}.{name}"
            if qid in self.exercises:
                raise ValueError(f"{qid} is registered twice")
            self.exercises[qid] = Exercise(qid, fn, comparer, tuple(hints), varies)
            return fn

        return register
