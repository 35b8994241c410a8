"""Inter-annotator agreement for lesson 6: observed agreement, Cohen's κ, Krippendorff's α (nominal).

Labels are given per annotator as equally long sequences over the same units; ``None`` (or
NaN) is a missing label.

* **observed agreement** and **Cohen's κ** (Cohen 1960) use the units both annotators
  labelled: κ = (p_o − p_e) / (1 − p_e), where p_e is the agreement expected if each
  annotator drew labels at random with their own label frequencies.
* **Krippendorff's α** (Krippendorff 2004/2011, nominal metric) uses every unit with at
  least two labels, with any number of annotators: α = 1 − D_o / D_e, observed over expected
  disagreement in the coincidence matrix (each unit's m values contribute 1/(m − 1) per
  ordered pair of distinct positions).  Unlike κ it uses the pooled label frequencies, and it
  keeps units where a third annotator is missing.

Both are ``None`` when they are undefined (no usable unit, or every label the same so that
no disagreement could be expected).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import permutations
from typing import Any, Hashable, Sequence

__all__ = ["observed_agreement", "cohen_kappa", "krippendorff_alpha"]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _pairs(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[Hashable, Hashable]]:
    if len(a) != len(b):
        raise ValueError(f"the two annotators label different numbers of units ({len(a)} and {len(b)})")
    return [(x, y) for x, y in zip(a, b) if not _missing(x) and not _missing(y)]


def observed_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Share of the units labelled by both on which the two labels are equal."""
    pairs = _pairs(a, b)
    return sum(x == y for x, y in pairs) / len(pairs) if pairs else None


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's κ of two annotators over the units both labelled."""
    pairs = _pairs(a, b)
    if not pairs:
        return None
    n = len(pairs)
    p_o = sum(x == y for x, y in pairs) / n
    count_a = Counter(x for x, _ in pairs)
    count_b = Counter(y for _, y in pairs)
    p_e = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if p_e == 1:
        return None
    return (p_o - p_e) / (1 - p_e)


def krippendorff_alpha(*annotators: Sequence[Hashable]) -> float | None:
    """Krippendorff's α, nominal metric, for two or more annotators (missing labels allowed)."""
    if len(annotators) < 2:
        raise ValueError("Krippendorff's alpha needs at least two annotators")
    lengths = {len(a) for a in annotators}
    if len(lengths) != 1:
        raise ValueError(f"the annotators label different numbers of units ({sorted(lengths)})")
    coincidence: Counter[tuple[Hashable, Hashable]] = Counter()
    for unit in zip(*annotators):
        values = [v for v in unit if not _missing(v)]
        m = len(values)
        if m < 2:
            continue
        for x, y in permutations(values, 2):
            coincidence[(x, y)] += 1 / (m - 1)
    totals: Counter[Hashable] = Counter()
    for (x, _), weight in coincidence.items():
        totals[x] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(w for (x, y), w in coincidence.items() if x != y) / n
    expected = sum(totals[x] * totals[y] for x in totals for y in totals if x != y) / (n * (n - 1))
    if expected == 0:
        return None
    return 1 - observed / expected
