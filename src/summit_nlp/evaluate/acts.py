"""Scoring acts, dyads and speech sentences (SPEC section 4, "Dyads", "Acts", "Speech mode").

* **Dyads** — per article, the set of ``(speaker, target, polarity)`` of the acts with a
  target; one-to-one pairs whose speakers agree and whose targets agree by the speaker rule.
* **Acts** — a predicted act matches a gold act of the same speaker whose evidence overlaps:
  its span or the span of one of its evidence statements overlaps the gold act's span or one
  of the gold act's evidence statements (statements are looked up by id on each side, so ids
  need not be numbered alike). ``acts`` counts matches of the same type (strict),
  ``act_polarity`` of the same polarity (lenient), ``act_detection`` any match.
* **Speech sentences** — gold with ``sentences`` (``start``, ``end``, ``conflict``,
  ``target``, as ``unscon/gold``): a sentence is predicted conflictual when a conflictual
  act's span overlaps it; ``speech_conflict`` P/R/F1 over sentences, and ``speech_target``
  accuracy over the true positives whose gold names a target: the target of the first
  conflictual act overlapping the sentence that names one must agree with it.
"""

from __future__ import annotations

from typing import Any, Mapping, Protocol, Sequence

from ..errors import InputError
from .matching import Interval, _greedy, _interval, _overlap
from .metrics import PRF, Accuracy, EvalError


class _Sides(Protocol):
    """What scoring needs from the article's two sides (``article._Sides``): its name and the speaker rule."""

    article: str

    def names_agree(self, pred: str | None, gold: str | None) -> bool: ...

__all__ = ["score_acts", "score_speech", "lenient_pairs", "ACT_POLARITY"]

#: The polarity each act type has (SPEC section 2); a gold or predicted act may also say it.
ACT_POLARITY = {"praise": "cooperative", "offer": "cooperative", "appeal": "cooperative", "demand": "conflictual",
                "criticize": "conflictual", "reject": "conflictual", "deny": "conflictual", "warn": "conflictual",
                "threaten": "conflictual"}


def _acts(article: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    acts = article.get("acts") or []
    if not isinstance(acts, list) or not all(isinstance(a, Mapping) for a in acts):
        raise InputError(f"{name}: 'acts' must be a list of objects")
    for i, a in enumerate(acts):
        if not isinstance(a.get("act"), str):
            raise InputError(f"{name}: acts[{i}]: 'act' must be a string")
    return acts


def _polarity(act: Mapping[str, Any]) -> str:
    return str(act.get("polarity") or ACT_POLARITY.get(str(act.get("act")), "")).lower()


def _statement_spans(article: Mapping[str, Any]) -> dict[str, Interval]:
    """Statement id -> span, over quotes, reported speech and speech statements."""
    out: dict[str, Interval] = {}
    for key in ("quotes", "reported_speech", "statements"):
        for item in article.get(key) or []:
            if isinstance(item, Mapping) and isinstance(item.get("id"), str):
                iv = _interval(item)
                if iv is not None:
                    out[item["id"]] = iv
    return out


def _extent(act: Mapping[str, Any], spans: Mapping[str, Interval]) -> list[Interval]:
    """The act's own span and the spans of its evidence statements."""
    out = [iv for iv in (_interval(act),) if iv is not None]
    out += [spans[e] for e in act.get("evidence") or [] if isinstance(e, str) and e in spans]
    return out


def _touch(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """The largest overlap between any interval of ``a`` and any of ``b`` (0: none)."""
    return max((_overlap(x, y) for x in a for y in b), default=0)


def _dyads(acts: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    return list(dict.fromkeys((str(a.get("speaker")), str(a["target"]), _polarity(a))
                              for a in acts if a.get("target") and a.get("speaker")))


def score_acts(sides: _Sides, pred_article: Mapping[str, Any], gold_article: Mapping[str, Any],
               prf: dict[str, PRF]) -> list[EvalError]:
    """Dyad and act P/R/F1 of one article into ``prf``; the errors."""
    pred, gold = _acts(pred_article, f"{sides.article} (prediction)"), _acts(gold_article, f"{sides.article} (gold)")
    pd_, gd = _dyads(pred), _dyads(gold)
    dyad_pairs = _greedy((0, i, j) for i, p in enumerate(pd_) for j, g in enumerate(gd)
                         if p[2] == g[2] and sides.names_agree(p[0], g[0]) and sides.names_agree(p[1], g[1]))
    prf["dyad"] = PRF.of(n_pred=len(pd_), n_gold=len(gd), tp=len(dyad_pairs))
    errors = [EvalError(sides.article, "dyad", "missed", None, None, f"{g[0]} -> {g[1]}", g[2], None)
              for j, g in enumerate(gd) if j not in {b for _, b in dyad_pairs}]
    errors += [EvalError(sides.article, "dyad", "spurious", None, None, f"{p[0]} -> {p[1]}", None, p[2])
               for i, p in enumerate(pd_) if i not in {a for a, _ in dyad_pairs}]
    candidates = _candidates(pred_article, gold_article, pred, gold, sides.names_agree)
    detected = _greedy((-t, i, j) for i, j, t, _, _ in candidates)
    strict = _greedy((-t, i, j) for i, j, t, same, _ in candidates if same)
    lenient = _greedy((-t, i, j) for i, j, t, _, pol in candidates if pol)
    prf["act_detection"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(detected))
    prf["acts"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(strict))
    prf["act_polarity"] = PRF.of(n_pred=len(pred), n_gold=len(gold), tp=len(lenient))
    matched_p, matched_g = {i for i, _ in lenient}, {j for _, j in lenient}
    errors += [_act_error(sides, "missed", g, gold=True) for j, g in enumerate(gold) if j not in matched_g]
    errors += [_act_error(sides, "spurious", p, gold=False) for i, p in enumerate(pred) if i not in matched_p]
    by_pair = {(i, j) for i, j in lenient}
    errors += [EvalError(sides.article, "act", "wrong_act", gold[j].get("start"), gold[j].get("end"),
                         gold[j].get("issue"), str(gold[j].get("act")), str(pred[i].get("act")))
               for i, j in sorted(by_pair) if pred[i].get("act") != gold[j].get("act")]
    return errors


def _candidates(pred_article: Mapping[str, Any], gold_article: Mapping[str, Any], pred: Sequence[Mapping[str, Any]],
                gold: Sequence[Mapping[str, Any]], agree: Any) -> list[tuple[int, int, int, bool, bool]]:
    """Every (pred, gold) pair of the same speaker whose evidence overlaps: (i, j, overlap, same act,
    same polarity)."""
    p_spans, g_spans = _statement_spans(pred_article), _statement_spans(gold_article)
    out = []
    for i, p in enumerate(pred):
        pe = _extent(p, p_spans)
        for j, g in enumerate(gold):
            if not agree(p.get("speaker"), g.get("speaker")):
                continue
            touch = _touch(pe, _extent(g, g_spans))
            if touch:
                out.append((i, j, touch, p.get("act") == g.get("act"), _polarity(p) == _polarity(g)))
    return out


def lenient_pairs(pred_article: Mapping[str, Any], gold_article: Mapping[str, Any], pred_aliases: Any,
                  gold_aliases: Any) -> list[tuple[int, int]]:
    """The one-to-one (predicted act, gold act) pairs of the same polarity (``act_polarity``)."""
    from .normalize import names_agree

    pred, gold = _acts(pred_article, "prediction"), _acts(gold_article, "gold")

    def agree(a: str | None, b: str | None) -> bool:
        return names_agree(a, b, pred_aliases=pred_aliases, gold_aliases=gold_aliases)

    return _greedy((-t, i, j) for i, j, t, _, pol in _candidates(pred_article, gold_article, pred, gold, agree) if pol)


def _act_error(sides: _Sides, error: str, act: Mapping[str, Any], *, gold: bool) -> EvalError:
    label = f"{act.get('speaker')} {act.get('act')} {act.get('target')}"
    return EvalError(sides.article, "act", error, act.get("start"), act.get("end"), act.get("issue"),
                     label if gold else None, None if gold else label)


def score_speech(sides: _Sides, pred_article: Mapping[str, Any], gold_article: Mapping[str, Any],
                 prf: dict[str, PRF], acc: dict[str, Accuracy]) -> list[EvalError]:
    """Sentence-level conflict P/R/F1 and target accuracy of one speech (gold with ``sentences``)."""
    sentences = gold_article.get("sentences")
    if not isinstance(sentences, list):
        raise InputError(f"{sides.article} (gold): 'sentences' must be a list")
    conflictual = [(iv, a) for a in _acts(pred_article, f"{sides.article} (prediction)")
                   if _polarity(a) == "conflictual" and (iv := _interval(a)) is not None]
    tp = fp = fn = correct = total = 0
    errors: list[EvalError] = []
    for s in sentences:
        iv = _interval(s)
        if iv is None:
            raise InputError(f"{sides.article} (gold): every sentence needs integer 'start' and 'end'")
        hits = [a for a_iv, a in conflictual if _overlap(a_iv, iv) > 0]
        gold_conflict = bool(s.get("conflict"))
        if hits and gold_conflict:
            tp += 1
            if s.get("target"):
                total += 1
                predicted = next((a.get("target") for a in hits if a.get("target")), None)
                if sides.names_agree(predicted, s["target"]):
                    correct += 1
                else:
                    errors.append(EvalError(sides.article, "sentence", "wrong_target", iv[0], iv[1], None,
                                            str(s["target"]), None if predicted is None else str(predicted)))
        elif hits:
            fp += 1
            errors.append(EvalError(sides.article, "sentence", "spurious", iv[0], iv[1], None, None,
                                    str(hits[0].get("act"))))
        elif gold_conflict:
            fn += 1
            errors.append(EvalError(sides.article, "sentence", "missed", iv[0], iv[1], None,
                                    ",".join(map(str, s.get("labels") or [])) or "conflict", None))
    prf["speech_conflict"] = PRF(tp, fp, fn)
    acc["speech_target"] = Accuracy(correct, total)
    return errors
