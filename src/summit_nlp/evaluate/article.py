"""Scoring one predicted article against its gold: quotes, reported speech, stances, acts, aliases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..errors import InputError
from .acts import score_acts, score_speech
from .matching import Interval, _exact_accept, _greedy, _overlap_accept, _reported_accept, match_spans
from .metrics import PRF, Accuracy, AliasResult, ArticleEvaluation, EvalError
from .normalize import (AliasIndex, _alias_list, _content_words, _normalize_alias, alias_index, cue_key,
                        names_agree, speakers_agree, targets_match)

#: Quote kinds scored separately.
QUOTE_KINDS = ("direct", "partial")


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


#: File endings an ``article`` field may carry; other dots belong to the name (``S_PV.7138_spch002``).
_ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".md", ".text")


def _article_name(article: Mapping[str, Any], default: str) -> str:
    """The stem that pairs an article with its counterpart: its ``article`` field's file name,
    without a text or JSON ending."""
    name = article.get("article")
    if not isinstance(name, str) or not name:
        return default
    base = Path(name).name
    return base[:-len(Path(base).suffix)] if Path(base).suffix.lower() in _ARTICLE_SUFFIXES else base


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
    if "acts" in gold:  # dyads and acts (SPEC section 4), scored only when the gold annotates acts
        errors += score_acts(sides, pred, gold, prf)
    if "sentences" in gold:  # a speech with sentence-level conflict labels
        errors += score_speech(sides, pred, gold, prf, acc)
    aliases, alias_errors = _score_aliases(sides, pred_speakers, gold_speakers)
    return ArticleEvaluation(label, prf, acc, tuple(aliases), tuple(errors + alias_errors))
