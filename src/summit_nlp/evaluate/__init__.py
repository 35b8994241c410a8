"""Scoring predictions against gold annotations: the metrics of SPEC section 4.

Both sides are article dicts in the SPEC section 1 schema.  Gold may also be
converted from a corpus such as PolNeAr, where ``speaker`` is the source text
and ``source_span: [start, end]`` says where it is; optional gold fields
(``speaker_mention``, ``cue_span``, ``addressee``, ``cue``, ``stances``) are
scored only when present, and extra fields (``note``) are ignored.

Conventions of the numbers:

* precision is ``None`` when nothing was predicted, recall ``None`` when the
  gold has nothing, F1 (``2TP / (2TP + FP + FN)``) ``None`` only when both are
  empty; an accuracy is ``None`` when there was nothing to score.
* corpus figures are micro-averaged: counts are summed over articles first.
* ``alias_recall`` is the mean, over every gold speaker of every article, of
  the share of its aliases found in the predicted entity that agrees with it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from ..errors import InputError

if TYPE_CHECKING:  # pandas is imported lazily: scoring one article does not need it
    import pandas as pd

__all__ = [
    "PRF",
    "Accuracy",
    "AliasResult",
    "EvalError",
    "ArticleEvaluation",
    "Evaluation",
    "evaluate_article",
    "evaluate",
    "load_articles",
    "names_agree",
    "speakers_agree",
    "cue_key",
    "targets_match",
    "match_spans",
    "normalize_name",
    "alias_index",
    "prf_metric_name",
    "PRF_KEYS",
    "ACCURACY_KEYS",
    "ERROR_COLUMNS",
]

#: Quote kinds scored separately.
QUOTE_KINDS = ("direct", "partial")

#: Columns of :attr:`Evaluation.errors`.
ERROR_COLUMNS = ["article", "item", "error", "start", "end", "text", "gold", "predicted"]

Interval = tuple[int, int]
AliasIndex = Mapping[str, frozenset[str]]


# ------------------------------------------------------------------ lexicons
@cache
def _lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``data/evaluate/<name>``: comment lines (``#``) and blanks skipped, split on tabs."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _lexicon(name))


@cache
def _irregular_verbs() -> Mapping[str, str]:
    return {form.strip(): base.strip() for form, base in _lexicon("irregular_verbs.tsv")}


@cache
def _stemmer() -> Any:
    from nltk.stem.porter import PorterStemmer  # pure code, no downloaded data

    return PorterStemmer()


# ------------------------------------------------------------ normalisation
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _fold(text: object) -> str:
    """Lower case, compatibility-normalised, curly apostrophes made straight."""
    return unicodedata.normalize("NFKC", str(text)).translate(_APOSTROPHES).lower()


def normalize_name(name: str) -> str:
    """A speaker name for comparison: case, punctuation, spacing and a leading "the" ignored."""
    words = re.sub(r"[^\w\s]", "", re.sub(r"'s\b", "", _fold(name))).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _normalize_alias(alias: str) -> str:
    """An alias as the alias metric compares it: case-insensitive, whitespace-normalised."""
    return " ".join(_fold(alias).split())


def _stem(word: str) -> str:
    """Comparison key of a word: irregular forms to the base, then Porter, then undoubled.

    Undoubling the last letter keeps ``add``/``added`` and ``tell``/``told``
    together where Porter alone splits them (``added`` → ``ad``).
    """
    stem = _stemmer().stem(_irregular_verbs().get(word, word))
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return stem


def cue_key(cue: str | None) -> str | None:
    """The head of a cue, without inflection: ``"has repeatedly said"`` and ``"says"`` → ``"say"``.

    ``" (continuation)"`` is ignored.  The head is the first word that is not an
    auxiliary, negation, adverb or determiner, else the last word.
    """
    if cue is None:
        return None
    words = _WORD.findall(_fold(str(cue)).replace("(continuation)", " "))
    if not words:
        return None
    skip = _word_set("cue_skip_words.txt")
    head = next((w for w in words[:-1] if w not in skip and not _is_adverb(w)), words[-1])
    return _stem(head.split("'")[0])


def _is_adverb(word: str) -> bool:
    """A word taken for an adverb before a cue's head: ``-ly`` and not a verb like ``reply``."""
    return len(word) > 4 and word.endswith("ly") and word not in _word_set("ly_verbs.txt")


def _content_words(text: str) -> frozenset[str]:
    stop = _word_set("stopwords.txt")
    return frozenset(_stem(w) for w in (t.split("'")[0] for t in _WORD.findall(_fold(text))) if w not in stop)


def targets_match(a: str, b: str) -> bool:
    """Stance targets agree: one contains the other, or they share half the smaller set of content words."""
    fa, fb = f" {_normalize_alias(a)} ", f" {_normalize_alias(b)} "
    if fa.strip() and fb.strip() and (fa in fb or fb in fa):
        return True
    wa, wb = _content_words(a), _content_words(b)
    smaller = min(len(wa), len(wb))
    return smaller > 0 and 2 * len(wa & wb) >= smaller


# ----------------------------------------------------------------- speakers
def _person_surname(normalized: str) -> str | None:
    """The last word of a person-like normalised name, or ``None`` for organisations and places."""
    words = normalized.split()
    while words and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words.pop()
    if not words or len(words) > 5 or any(w in _word_set("non_person_words.txt") for w in words):
        return None
    return words[-1]


def _capitalised(name: str) -> bool:
    """Every word of the name starts with a capital letter (a proper name, not a description)."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    return bool(words) and words[0].lower() != "the" and all(w[0].isupper() for w in words)


def _surnames_agree(a: str, b: str) -> bool:
    """Two proper names of persons share their last word and at least one has several words."""
    if not (_capitalised(a) and _capitalised(b)):
        return False
    na, nb = normalize_name(a), normalize_name(b)
    if len(na.split()) < 2 and len(nb.split()) < 2:
        return False
    sa, sb = _person_surname(na), _person_surname(nb)
    return sa is not None and sa == sb


def alias_index(speakers: Any) -> dict[str, frozenset[str]]:
    """Canonical name → its normalised aliases, pronouns left out (they identify no one)."""
    if not isinstance(speakers, Mapping):
        return {}
    pronouns = _word_set("pronouns.txt")
    return {name: frozenset(n for n in (normalize_name(str(a)) for a in _alias_list(aliases))
                            if n and n not in pronouns)
            for name, aliases in speakers.items()}


def _alias_list(aliases: Any) -> list[Any]:
    """The aliases of a ``speakers`` entry; anything but a list counts as none."""
    return list(aliases) if isinstance(aliases, (list, tuple)) else []


def names_agree(pred: str | None, gold: str | None, *, pred_aliases: AliasIndex | None = None,
                gold_aliases: AliasIndex | None = None) -> bool:
    """Two canonical names denote the same speaker (SPEC section 4); two ``None`` agree, one never."""
    if pred is None or gold is None:
        return pred is None and gold is None
    pred, gold = str(pred), str(gold)
    np_, ng = normalize_name(pred), normalize_name(gold)
    if np_ == ng:
        return True
    if ng in (pred_aliases or {}).get(pred, frozenset()) or np_ in (gold_aliases or {}).get(gold, frozenset()):
        return True
    return _surnames_agree(pred, gold)


def _interval(value: Any) -> Interval | None:
    """A span given as ``{"start", "end"}`` or ``[start, end]``, or ``None``."""
    if isinstance(value, Mapping):
        value = (value.get("start"), value.get("end"))
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def _overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def speakers_agree(pred: Mapping[str, Any], gold: Mapping[str, Any], *, pred_aliases: AliasIndex | None = None,
                   gold_aliases: AliasIndex | None = None) -> bool:
    """The speakers of a predicted and a gold item agree by name, alias, surname or mention span."""
    ps, gs = pred.get("speaker"), gold.get("speaker")
    if ps is None or gs is None:
        return ps is None and gs is None
    if names_agree(ps, gs, pred_aliases=pred_aliases, gold_aliases=gold_aliases):
        return True
    mention = _interval(pred.get("speaker_mention"))
    source = _interval(gold.get("source_span")) or _interval(gold.get("speaker_mention"))
    return mention is not None and source is not None and _overlap(mention, source) > 0


# ----------------------------------------------------------------- matching
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

    ``item`` is quote | reported | stance | alias; ``error`` is missed |
    spurious | wrong_speaker | wrong_kind | wrong_cue | wrong_addressee |
    wrong_stance.  ``start``/``end``/``text`` come from the gold item (the
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
            "quote_partial_exact", "e2e_attribution", "reported", "stance", "stance_pair")
#: Accuracy keys of :attr:`ArticleEvaluation.accuracy`, in report order.
ACCURACY_KEYS = ("attribution", "kind", "cue", "addressee", "reported_speaker", "stance_label")


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


# ---------------------------------------------------------------- validation
def _items(article: Mapping[str, Any], key: str, name: str, *, text_key: str | None) -> list[Mapping[str, Any]]:
    """The list ``article[key]`` (empty when absent), checked item by item."""
    items = article.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise InputError(f"{name}: '{key}' must be a list, got {type(items).__name__}")
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise InputError(f"{name}: {key}[{i}] must be an object, got {type(item).__name__}")
        if text_key is None:
            if not isinstance(item.get("target"), str):
                raise InputError(f"{name}: {key}[{i}]: 'target' must be a string")
            continue
        start, end = item.get("start"), item.get("end")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or start > end:
            raise InputError(f"{name}: {key}[{i}]: 'start'/'end' must be integers with start <= end")
    return items


def _check_article(article: Any, name: str) -> None:
    if not isinstance(article, Mapping):
        raise InputError(f"{name}: an article must be a JSON object, got {type(article).__name__}")
    speakers = article.get("speakers")
    if speakers is not None and not isinstance(speakers, Mapping):
        raise InputError(f"{name}: 'speakers' must be an object mapping names to alias lists")


# ------------------------------------------------------------------- scoring
@dataclass(frozen=True)
class _Sides:
    """What scoring one article needs from both sides."""

    article: str
    pred_aliases: AliasIndex
    gold_aliases: AliasIndex

    def speakers_agree(self, pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
        return speakers_agree(pred, gold, pred_aliases=self.pred_aliases, gold_aliases=self.gold_aliases)

    def names_agree(self, pred: str | None, gold: str | None) -> bool:
        return names_agree(pred, gold, pred_aliases=self.pred_aliases, gold_aliases=self.gold_aliases)

    def error(self, item: str, error: str, at: Mapping[str, Any], text_key: str, gold: Any = None,
              predicted: Any = None) -> EvalError:
        return EvalError(self.article, item, error, at.get("start"), at.get("end"), at.get(text_key),
                         None if gold is None else str(gold), None if predicted is None else str(predicted))


def _spans(items: Sequence[Mapping[str, Any]]) -> list[Interval]:
    return [(int(it["start"]), int(it["end"])) for it in items]


def _detection(pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
               accept: Callable[[Interval, Interval], bool]) -> tuple[PRF, list[tuple[int, int]]]:
    pairs = match_spans(_spans(pred), _spans(gold), accept)
    return PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(pairs)), pairs


def _of_kind(items: Sequence[Mapping[str, Any]], kind: str) -> list[Mapping[str, Any]]:
    return [it for it in items if str(it.get("kind", "")).lower() == kind]


def _unmatched_errors(sides: _Sides, item: str, text_key: str, pred: Sequence[Mapping[str, Any]],
                      gold: Sequence[Mapping[str, Any]], pairs: Iterable[tuple[int, int]]) -> list[EvalError]:
    pairs = list(pairs)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors = [sides.error(item, "missed", g, text_key, gold=g.get("speaker"))
              for j, g in enumerate(gold) if j not in matched_g]
    errors += [sides.error(item, "spurious", p, text_key, predicted=p.get("speaker"))
               for i, p in enumerate(pred) if i not in matched_p]
    return errors


def _score_quotes(sides: _Sides, pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
                  prf: dict[str, PRF], acc: dict[str, Accuracy]) -> list[EvalError]:
    prf["quote_overlap"], pairs = _detection(pred, gold, _overlap_accept)
    prf["quote_exact"], _ = _detection(pred, gold, _exact_accept)
    for kind in QUOTE_KINDS:
        pk, gk = _of_kind(pred, kind), _of_kind(gold, kind)
        prf[f"quote_{kind}"], _ = _detection(pk, gk, _overlap_accept)
        prf[f"quote_{kind}_exact"], _ = _detection(pk, gk, _exact_accept)
    errors = _unmatched_errors(sides, "quote", "quote", pred, gold, pairs)
    tally = {key: [0, 0] for key in ("attribution", "kind", "cue", "addressee")}
    checks: tuple[tuple[str, Callable[[Any, Any], bool]], ...] = (
        ("kind", lambda p, g: str(p).lower() == str(g).lower()),
        ("cue", lambda p, g: cue_key(p) == cue_key(g)),
        ("addressee", sides.names_agree),
    )
    for i, j in pairs:
        p, g = pred[i], gold[j]
        ok = sides.speakers_agree(p, g)
        tally["attribution"][0] += ok
        tally["attribution"][1] += 1
        if not ok:
            errors.append(sides.error("quote", "wrong_speaker", g, "quote", g.get("speaker"), p.get("speaker")))
        for fld, same in checks:
            if fld not in g:  # the gold does not annotate this field: nothing to score
                continue
            ok = same(p.get(fld), g.get(fld))
            tally[fld][0] += ok
            tally[fld][1] += 1
            if not ok:
                errors.append(sides.error("quote", f"wrong_{fld}", g, "quote", g.get(fld), p.get(fld)))
    acc.update({key: Accuracy(c, t) for key, (c, t) in tally.items()})
    prf["e2e_attribution"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=acc["attribution"].correct)
    return errors


def _score_reported(sides: _Sides, pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
                    prf: dict[str, PRF], acc: dict[str, Accuracy]) -> list[EvalError]:
    prf["reported"], pairs = _detection(pred, gold, _reported_accept)
    errors = _unmatched_errors(sides, "reported", "text", pred, gold, pairs)
    correct = 0
    for i, j in pairs:
        if sides.speakers_agree(pred[i], gold[j]):
            correct += 1
        else:
            errors.append(sides.error("reported", "wrong_speaker", gold[j], "text",
                                      gold[j].get("speaker"), pred[i].get("speaker")))
    acc["reported_speaker"] = Accuracy(correct, len(pairs))
    return errors


def _stance_label(item: Mapping[str, Any]) -> str:
    return str(item.get("stance", "")).strip().lower()


def _match_stances(sides: _Sides, pred: Sequence[Mapping[str, Any]],
                   gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one stance pairs, preferring pairs with the same label, then the closer target."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if sides.names_agree(p.get("speaker"), g.get("speaker")) and targets_match(p["target"], g["target"]):
                shared = len(_content_words(p["target"]) & _content_words(g["target"]))
                candidates.append((_stance_label(p) != _stance_label(g), -shared, i, j))
    return _greedy(candidates)


def _score_stances(sides: _Sides, pred: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]],
                   prf: dict[str, PRF], acc: dict[str, Accuracy]) -> list[EvalError]:
    pairs = _match_stances(sides, pred, gold)
    same = [(i, j) for i, j in pairs if _stance_label(pred[i]) == _stance_label(gold[j])]
    prf["stance_pair"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(pairs))
    prf["stance"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(same))
    acc["stance_label"] = Accuracy(len(same), len(pairs))
    errors = []
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for j, g in enumerate(gold):
        if j not in matched_g:
            errors.append(EvalError(sides.article, "stance", "missed", None, None, g["target"],
                                    f"{g.get('speaker')}: {_stance_label(g)}", None))
    for i, p in enumerate(pred):
        if i not in matched_p:
            errors.append(EvalError(sides.article, "stance", "spurious", None, None, p["target"], None,
                                    f"{p.get('speaker')}: {_stance_label(p)}"))
    for i, j in sorted(set(pairs) - set(same)):
        errors.append(EvalError(sides.article, "stance", "wrong_stance", None, None, gold[j]["target"],
                                _stance_label(gold[j]), _stance_label(pred[i])))
    return errors


def _score_aliases(sides: _Sides, pred_speakers: Mapping[str, Any],
                   gold_speakers: Mapping[str, Any]) -> tuple[list[AliasResult], list[EvalError]]:
    """For each gold speaker, the aliases found in the agreeing predicted entity (the best one if several)."""
    pred_forms = {name: {_normalize_alias(str(a)) for a in _alias_list(aliases)} | {_normalize_alias(name)}
                  for name, aliases in pred_speakers.items()}
    results, errors = [], []
    for gold_name, gold_list in gold_speakers.items():
        wanted = list(dict.fromkeys(str(a) for a in (_alias_list(gold_list) or [gold_name])))
        best: AliasResult | None = None
        for pred_name, forms in pred_forms.items():
            if not sides.names_agree(pred_name, gold_name):
                continue
            found = tuple(a for a in wanted if _normalize_alias(a) in forms)
            if best is None or len(found) > len(best.found):
                best = AliasResult(gold_name, pred_name, found, tuple(a for a in wanted if a not in found))
        result = best or AliasResult(gold_name, None, (), tuple(wanted))
        results.append(result)
        errors += [EvalError(sides.article, "alias", "missed", None, None, a, gold_name, result.predicted)
                   for a in result.missing]
    return results, errors


def _article_name(article: Mapping[str, Any], default: str) -> str:
    name = article.get("article")
    return Path(name).stem if isinstance(name, str) and name else default


def evaluate_article(pred: Mapping[str, Any], gold: Mapping[str, Any], *, name: str | None = None) -> ArticleEvaluation:
    """Score one predicted article dict against its gold dict (SPEC section 4).

    ``name`` labels the article in the results (default: the stem of the
    gold's ``article`` field).  Raises :class:`InputError` on a malformed dict
    or when both sides carry different ``text_sha256`` values.
    """
    label = name or _article_name(gold, _article_name(pred, "article"))
    _check_article(pred, f"{label} (prediction)")
    _check_article(gold, f"{label} (gold)")
    sha_p, sha_g = pred.get("text_sha256"), gold.get("text_sha256")
    if sha_p and sha_g and sha_p != sha_g:
        raise InputError(f"{label}: text_sha256 differs between prediction and gold (not the same text)")
    pred_speakers, gold_speakers = pred.get("speakers") or {}, gold.get("speakers") or {}
    sides = _Sides(label, alias_index(pred_speakers), alias_index(gold_speakers))
    prf: dict[str, PRF] = {}
    acc: dict[str, Accuracy] = {}
    errors = _score_quotes(sides, _items(pred, "quotes", f"{label} (prediction)", text_key="quote"),
                           _items(gold, "quotes", f"{label} (gold)", text_key="quote"), prf, acc)
    errors += _score_reported(sides, _items(pred, "reported_speech", f"{label} (prediction)", text_key="text"),
                              _items(gold, "reported_speech", f"{label} (gold)", text_key="text"), prf, acc)
    if "stances" in gold:  # a gold without the field does not annotate stances
        errors += _score_stances(sides, _items(pred, "stances", f"{label} (prediction)", text_key=None),
                                 _items(gold, "stances", f"{label} (gold)", text_key=None), prf, acc)
    aliases, alias_errors = _score_aliases(sides, pred_speakers, gold_speakers)
    return ArticleEvaluation(label, prf, acc, tuple(aliases), tuple(errors + alias_errors))


# ------------------------------------------------------------------- loading
def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def _keyed(items: Sequence[Any], where: str) -> dict[str, dict[str, Any]]:
    """Articles keyed by the stem of their ``article`` field; duplicates and unnamed articles refused."""
    out: dict[str, dict[str, Any]] = {}
    for i, item in enumerate(items):
        _check_article(item, f"{where}[{i}]")
        stem = _article_name(item, "")
        if not stem:
            raise InputError(f"{where}[{i}]: no 'article' field to pair it with its counterpart")
        if stem in out:
            raise InputError(f"{where}: article '{stem}' appears twice")
        out[stem] = dict(item)
    return out


def load_articles(source: Any, *, role: str = "input") -> tuple[dict[str, dict[str, Any]], bool]:
    """Articles of ``source`` keyed by stem, and whether it was a single article.

    ``source`` is an article dict, a list of them (keyed by the stem of their
    ``article`` field), or a path: a ``.json`` file (one article, keyed by the
    file stem, or a list), a ``.jsonl`` file, or a directory of ``*.json``
    files (keyed by file stem).
    """
    if isinstance(source, Mapping):
        _check_article(source, role)
        return {_article_name(source, "article"): dict(source)}, True
    if isinstance(source, (list, tuple)):
        return _keyed(source, role), False
    if not isinstance(source, (str, Path)):
        raise InputError(f"{role}: expected a dict, a list of dicts or a path, got {type(source).__name__}")
    path = Path(source)
    if not str(source):
        raise InputError(f"{role}: empty path")
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.is_file())
        if not files:
            raise InputError(f"{path}: no *.json files in this directory")
        loaded = {p.stem: _read_json(p) for p in files}
        for stem, article in loaded.items():
            _check_article(article, str(path / f"{stem}.json"))
        return loaded, False
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    data = _read_json(path)
    if isinstance(data, list):
        return _keyed(data, str(path)), False
    _check_article(data, str(path))
    return {path.stem: data}, True


def _pairs(pred: Any, gold: Any) -> tuple[list[tuple[str, dict, dict]], tuple[str, ...], tuple[str, ...]]:
    """Pair predicted and gold articles; a single article on each side pairs whatever its name."""
    preds, pred_single = load_articles(pred, role="prediction")
    golds, gold_single = load_articles(gold, role="gold")
    if pred_single and gold_single:
        (p,), ((stem, g),) = preds.values(), golds.items()
        return [(stem, p, g)], (), ()
    common = sorted(preds.keys() & golds.keys())
    if not common:
        raise InputError(f"no article in common between prediction ({len(preds)} article(s)) and gold "
                         f"({len(golds)} article(s)): articles are paired by file stem")
    return ([(s, preds[s], golds[s]) for s in common], tuple(sorted(preds.keys() - golds.keys())),
            tuple(sorted(golds.keys() - preds.keys())))


def evaluate(pred: Any, gold: Any) -> Evaluation:
    """Score predictions against gold over a corpus (micro-averaged) and per article.

    ``pred`` and ``gold`` are each an article dict, a list of article dicts,
    or a path (see :func:`load_articles`).  Articles are paired by stem;
    stems found on one side only are listed in ``unmatched_pred`` /
    ``unmatched_gold`` and not scored.
    """
    import pandas as pd

    pairs, only_pred, only_gold = _pairs(pred, gold)
    articles = tuple(evaluate_article(p, g, name=stem) for stem, p, g in pairs)
    prf = {key: sum((a.prf[key] for a in articles if key in a.prf), PRF()) for key in PRF_KEYS}
    acc = {key: sum((a.accuracy[key] for a in articles if key in a.accuracy), Accuracy()) for key in ACCURACY_KEYS}
    metrics = {"articles": len(articles),
               **_flat_metrics(prf, acc, [r for a in articles for r in a.aliases])}
    per_article = pd.DataFrame([{"article": a.article, **a.metrics()} for a in articles])
    errors = pd.DataFrame([asdict(e) for a in articles for e in a.errors], columns=ERROR_COLUMNS)
    errors[["start", "end"]] = errors[["start", "end"]].astype("Int64")
    return Evaluation(metrics, per_article, errors, articles, only_pred, only_gold)
