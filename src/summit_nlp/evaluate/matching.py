"""Span matching: intervals, the acceptance tests of SPEC section 4 and greedy one-to-one pairing."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping, Sequence

Interval = tuple[int, int]


def _interval(value: Any) -> Interval | None:
    """A span given as ``{"start", "end"}`` or ``[start, end]``, or ``None``."""
    if isinstance(value, Mapping):
        value = (value.get("start"), value.get("end"))
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _iou(a: Interval, b: Interval) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return _overlap(a, b) / union if union > 0 else float(a == b)


def _overlap_accept(a: Interval, b: Interval) -> bool:
    return _iou(a, b) >= 0.5


def _exact_accept(a: Interval, b: Interval) -> bool:
    return a == b


def _reported_accept(a: Interval, b: Interval) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return a == b if shorter <= 0 else _overlap(a, b) / shorter >= 0.5


def match_spans(pred: Sequence[Interval], gold: Sequence[Interval],
                accept: Callable[[Interval, Interval], bool]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, greedy by largest character overlap.

    Only pairs ``accept`` allows are candidates; ties go to the higher
    intersection-over-union, then to text order.
    """
    return _greedy((-_overlap(p, g), -_iou(p, g), i, j)
                   for i, p in enumerate(pred) for j, g in enumerate(gold) if accept(p, g))


def _greedy(candidates: Iterable[tuple[Any, ...]]) -> list[tuple[int, int]]:
    """One-to-one pairs from candidate tuples ``(*sort key, i, j)``, best key first, in gold order."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda ij: ij[1])
