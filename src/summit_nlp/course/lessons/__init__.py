"""The lessons, in teaching order: one module per lesson registers its exercises (``registry.Lesson``)."""

from __future__ import annotations

from ..registry import Lesson
from .l1_article import L1
from .l2_quotes import L2
from .l3_speakers import L3
from .l4_sentiment import L4
from .l5_acts import L5
from .l6_evaluation import L6
from .l7_outlets import L7
from .l8_reports import L8

#: Every lesson by id, in the order they are taught.
LESSONS: dict[str, Lesson] = {lesson.id: lesson for lesson in (L1, L2, L3, L4, L5, L6, L7, L8)}

__all__ = ["LESSONS"]
