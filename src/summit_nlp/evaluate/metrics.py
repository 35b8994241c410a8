"""Result types of an evaluation: counts with P/R/F1 and accuracies, errors, metric names."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Sequence

if TYPE_CHECKING:  # pandas is imported lazily: scoring one article does not need it
    import pandas as pd

#: Columns of :attr:`Evaluation.errors`.
ERROR_COLUMNS = ["article", "item", "error", "start", "end", "text", "gold", "predicted"]


# ------------------------------------------------------------------ results
@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def of(cls, *, n_pred: int, n_gold: int, tp: int) -> "PRF":
        return cls(tp=tp, fp=n_pred - tp, fn=n_gold - tp)

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class AliasResult:
    """How many of a gold speaker's aliases the predicted entity that agrees with it lists."""

    gold_speaker: str
    predicted: str | None  # the agreeing predicted speaker, None when there is none
    found: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        total = len(self.found) + len(self.missing)
        return len(self.found) / total if total else 1.0


@dataclass(frozen=True, slots=True)
class EvalError:
    """One disagreement between prediction and gold (a row of :attr:`Evaluation.errors`).

    ``item`` is quote | reported | stance | dyad | act | sentence | alias; ``error`` is
    missed | spurious | wrong_speaker | wrong_kind | wrong_cue | wrong_addressee |
    wrong_stance | wrong_act | wrong_target.  ``start``/``end``/``text`` come from the gold item (the
    predicted one for ``spurious``).
    """

    article: str
    item: str
    error: str
    start: int | None
    end: int | None
    text: str | None
    gold: str | None
    predicted: str | None


#: P/R/F1 keys of :attr:`ArticleEvaluation.prf`, in report order.
PRF_KEYS = ("quote_overlap", "quote_exact", "quote_direct", "quote_partial", "quote_direct_exact",
            "quote_partial_exact", "e2e_attribution", "reported", "stance", "stance_pair", "dyad", "acts",
            "act_polarity", "act_detection", "speech_conflict")
#: Accuracy keys of :attr:`ArticleEvaluation.accuracy`, in report order.
ACCURACY_KEYS = ("attribution", "kind", "cue", "addressee", "reported_speaker", "stance_label", "speech_target")


def prf_metric_name(key: str, measure: str) -> str:
    """Flat metric name: ``("quote_overlap", "f1")`` → ``quote_f1_overlap``; ``("reported", "tp")`` → ``reported_tp``."""
    if key.startswith("quote_"):
        return f"quote_{measure}_{key[len('quote_'):]}"
    return f"{key}_{measure}"


def _flat_metrics(prf: Mapping[str, PRF], accuracy: Mapping[str, Accuracy],
                  aliases: Sequence[AliasResult]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in PRF_KEYS:
        c = prf.get(key, PRF())
        for measure, value in (("precision", c.precision), ("recall", c.recall), ("f1", c.f1),
                               ("tp", c.tp), ("fp", c.fp), ("fn", c.fn)):
            out[prf_metric_name(key, measure)] = value
    for key in ACCURACY_KEYS:
        a = accuracy.get(key, Accuracy())
        out.update({f"{key}_accuracy": a.value, f"{key}_correct": a.correct, f"{key}_total": a.total})
    out["alias_recall"] = sum(a.share for a in aliases) / len(aliases) if aliases else None
    out["alias_speakers"] = len(aliases)
    out["alias_found"] = sum(len(a.found) for a in aliases)
    out["alias_total"] = sum(len(a.found) + len(a.missing) for a in aliases)
    return out


@dataclass(frozen=True)
class ArticleEvaluation:
    """Counts and errors of one article (see :func:`evaluate_article`)."""

    article: str
    prf: Mapping[str, PRF]
    accuracy: Mapping[str, Accuracy]
    aliases: tuple[AliasResult, ...]
    errors: tuple[EvalError, ...]

    def metrics(self) -> dict[str, Any]:
        """The flat metric dict of this article alone (same names as :attr:`Evaluation.metrics`)."""
        return _flat_metrics(self.prf, self.accuracy, self.aliases)


@dataclass(frozen=True)
class Evaluation:
    """Corpus-level result of :func:`evaluate`."""

    metrics: dict[str, Any]
    per_article: "pd.DataFrame"
    errors: "pd.DataFrame"
    articles: tuple[ArticleEvaluation, ...] = field(repr=False)
    unmatched_pred: tuple[str, ...] = ()
    unmatched_gold: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Everything as JSON-ready data: metrics, per-article rows, errors and unmatched stems."""
        return {
            "metrics": dict(self.metrics),
            "unmatched": {"prediction": list(self.unmatched_pred), "gold": list(self.unmatched_gold)},
            "per_article": [{"article": a.article, **a.metrics()} for a in self.articles],
            "errors": [asdict(e) for a in self.articles for e in a.errors],
        }
