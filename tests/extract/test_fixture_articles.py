"""Generalisation: our own gold-annotated articles (tests/fixtures/articles), scored by the evaluator.

The articles come in sets (tests/fixtures/articles/README.md): 01-35 were used while the
rules were written; 36-45 (news with block quotes, transcripts, nominal cues, document
sources) and 46-60 (international wire copy) arrived later, written by colleagues who never
saw the rules, and were scored once before any rule was looked at for them; so were 61-68 (news
in eight outlets' styles), 69-76 (wire copy of eight more agencies) and 77-84 (news in eight more
outlets' styles), 85-92 (eight more), 93-99 (seven more), 100-107, 108-115, 116-123, 124-131, 132-139, 140-147, 148-155, 156-163, 164-171, 172-179, 180-187, 188-195, 196-203 and 204-211 (eight more each), written after the rules of issues 10-12 were in place.  The floors sit a
little below what the extractor scores today, so a change that makes extraction worse on any
set fails here.  Per-article scores are printed on failure.
"""

import json
from pathlib import Path

import pytest

from summit_nlp import analyze_article
from summit_nlp.evaluate import evaluate
from summit_nlp.io import read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
ARTICLES = sorted(p for p in FIXTURES.glob("[0-9]*_*.txt") if p.with_suffix(".json").exists())

#: (first, last) article number of each set
SETS = {"development": (1, 35), "news": (36, 45), "wire": (46, 60), "news2": (61, 68), "wire2": (69, 76),
        "news3": (77, 84), "news4": (85, 92), "news5": (93, 99), "news6": (100, 107),
        "news7": (108, 115), "news8": (116, 123), "news9": (124, 131), "news10": (132, 139),
        "news11": (140, 147), "news12": (148, 155), "news13": (156, 163),
        "news14": (164, 171), "news15": (172, 179), "news16": (180, 187), "news17": (188, 195),
        "news18": (196, 203), "news19": (204, 211),
        "news20": (212, 219), "news21": (220, 227), "news22": (228, 235), "news23": (236, 243),
        "news24": (244, 247), "news25": (252, 255), "news26": (260, 263), "news27": (264, 267),
        "news28": (268, 271), "news29": (272, 275), "news30": (276, 279), "news31": (280, 283), "news32": (284, 287),
        "news33": (288, 291), "news34": (292, 295), "news35": (296, 299),
        "news36": (300, 303), "news37": (304, 307), "news38": (308, 311),
        "news39": (312, 315), "news40": (316, 319), "news41": (320, 323), "news42": (324, 327), "news43": (328, 331), "news44": (332, 335), "news45": (336, 339), "news46": (340, 343),
        "news47": (344, 347), "news48": (348, 351), "news49": (352, 355), "news50": (356, 359), "news51": (360, 363), "news52": (364, 367)}


def _in_set(path: Path, name: str) -> bool:
    first, last = SETS[name]
    return first <= int(path.name.split("_", 1)[0]) <= last


@pytest.fixture(scope="module")
def evaluations():
    preds, golds = {}, {}
    for path in ARTICLES:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        preds[path] = analyze_article(read_article(path)).to_dict(article=gold["article"])
        golds[path] = gold
    out = {}
    for name in SETS:
        paths = [p for p in ARTICLES if _in_set(p, name)]
        if paths:
            out[name] = evaluate([preds[p] for p in paths], [golds[p] for p in paths])
    return out


def test_there_are_enough_fixture_articles():
    assert sum(_in_set(p, "development") for p in ARTICLES) >= 35
    assert sum(_in_set(p, "news") for p in ARTICLES) >= 10
    assert sum(_in_set(p, "wire") for p in ARTICLES) >= 15
    assert sum(_in_set(p, "news2") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "wire2") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news3") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news4") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news5") for p in ARTICLES) >= 7
    assert sum(_in_set(p, "news6") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news7") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news8") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news9") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news10") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news11") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news12") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news13") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news14") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news15") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news16") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news17") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news18") for p in ARTICLES) >= 8
    assert sum(_in_set(p, "news19") for p in ARTICLES) >= 8


#: Why four reported-speech floors went down in stop 22 (news2-news5): the ``coordinated_cue`` rule
#: reads a second reporting verb after its subject's quote (``X said it was “…” and called for
#: talks.``), a statement SPEC section 2 counts as reported speech.  The annotators of 61-99 left
#: these out and the annotator of 100-107 put them in; on PolNeAr train (real news, annotated
#: independently) reported F1 went from 0.3677 to 0.3694 at unchanged precision, and on 100-107
#: from 0.683 to 0.898.  The gold files were not changed to agree with the extractor.

#: set -> metric -> floor
FLOORS = {
    "development": {
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.95,
        "kind_accuracy": 0.97, "cue_accuracy": 0.97, "addressee_accuracy": 0.95, "reported_f1": 0.95,
        "reported_speaker_accuracy": 0.9,
    },
    "news": {
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.88,
        "kind_accuracy": 0.96, "reported_f1": 0.85,
    },
    "wire": {
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.95,
        "kind_accuracy": 0.98, "reported_f1": 0.95,
    },
    "news2": {
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.79,  # 0.875 before coordinated_cue (see the note above FLOORS)
    },
    "wire2": {
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.9,
        "kind_accuracy": 0.98, "reported_f1": 0.92,
    },
    "news3": {
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.98, "reported_f1": 0.80,  # 0.863 before coordinated_cue (see the note above FLOORS)
    },
    "news4": {
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.88,
        "kind_accuracy": 0.98, "reported_f1": 0.92,  # 0.971 before coordinated_cue (see the note above FLOORS)
    },
    "news5": {  # first run, before any rule was looked at for them
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.86,
        "kind_accuracy": 0.98, "reported_f1": 0.75,  # first run 0.766; 0.840 after stop 21; 0.764 with coordinated_cue
    },
    "news6": {  # first run (stop 22): quote F1 0.991, e2e 0.910, kind 1.00, reported 0.683
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.87,  # 0.898 with coordinated_cue
    },
    "news7": {  # first run (stop 22): quote F1 0.997, e2e 0.895, kind 1.00, reported 0.918
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.87,
        "kind_accuracy": 0.98, "reported_f1": 0.89,
    },
    "news8": {  # first run (stop 22): quote F1 0.996, e2e 0.889, kind 1.00, reported 0.919
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.9,
        "kind_accuracy": 0.98, "reported_f1": 0.89,  # e2e 0.925 after the to-phrase and participle rules
    },
    "news9": {  # first run (stop 22): quote F1 0.997, e2e 0.945, kind 1.00, reported 0.918
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.92,
        "kind_accuracy": 0.98, "reported_f1": 0.89,
    },
    "news10": {  # first run (stop 23): quote F1 0.985, e2e 0.915, kind 1.00, reported 0.949
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.92,
    },
    "news11": {  # first run (stop 23): quote F1 0.997, e2e 0.929, kind 0.993, reported 0.861
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.9,
        "kind_accuracy": 0.97, "reported_f1": 0.83,
    },
    "news12": {  # first run (stop 23): quote F1 0.996, e2e 0.905, kind 0.992, reported 0.905
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.88,
        "kind_accuracy": 0.97, "reported_f1": 0.88,
    },
    "news13": {  # first run (stop 23): quote F1 0.984, e2e 0.872, kind 1.00, reported 0.833
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.85,
        "kind_accuracy": 0.98, "reported_f1": 0.8,
    },
    "news14": {  # first run (stop 23): quote F1 1.00, e2e 0.945, kind 0.953, reported 0.845
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.92,
        "kind_accuracy": 0.93, "reported_f1": 0.82,
    },
    "news15": {  # first run (stop 23): quote F1 0.991, e2e 0.896, kind 1.00, reported 0.965
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.87,
        "kind_accuracy": 0.98, "reported_f1": 0.94,
    },
    "news16": {  # first run (stop 23): quote F1 0.996, e2e 0.939, kind 1.00, reported 0.919
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.91,
        "kind_accuracy": 0.98, "reported_f1": 0.89,
    },
    "news17": {  # first run (stop 23): quote F1 0.996, e2e 0.947, kind 1.00, reported 0.938
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.92,
        "kind_accuracy": 0.98, "reported_f1": 0.91,
    },
    "news18": {  # first run (stop 23): quote F1 1.00, e2e 0.806, kind 1.00, reported 0.869
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.8,
        "kind_accuracy": 0.98, "reported_f1": 0.84,
    },
    "news19": {  # first run (stop 23): quote F1 1.00, e2e 0.937, kind 1.00, reported 0.950
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.91,
        "kind_accuracy": 0.98, "reported_f1": 0.92,
    },
    "news20": {  # first run (stop 24): quote F1 0.995, e2e 0.868, kind 1.00, reported 0.796
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.84,
        "kind_accuracy": 0.98, "reported_f1": 0.77,
    },
    "news21": {  # first run (stop 24): quote F1 1.00, e2e 0.948, kind 1.00, reported 0.904
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.92,
        "kind_accuracy": 0.98, "reported_f1": 0.88,
    },
    "news22": {  # first run (stop 24): quote F1 1.00, e2e 0.966, kind 0.992, reported 0.889
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.97, "reported_f1": 0.86,
    },
    "news23": {  # first run (stop 24): quote F1 0.992, e2e 0.881, kind 1.00, reported 0.831
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.85,
        "kind_accuracy": 0.98, "reported_f1": 0.8,
    },
    "news24": {  # first run (stop 24, 4 articles): quote F1 1.00, e2e 0.897, kind 1.00, reported 1.00
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.87,
        "kind_accuracy": 0.98, "reported_f1": 0.95,
    },
    "news25": {  # first run (stop 24, 4 articles): quote F1 1.00, e2e 0.971, kind 1.00, reported 0.812
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.98, "reported_f1": 0.78,
    },
    "news26": {  # first run (stop 26, 4 articles): quote F1 0.992, e2e 0.915, kind 1.00, reported 0.952
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.92,
    },
    "news27": {  # first run (stop 26, 4 articles): quote F1 0.984, e2e 0.836, kind 1.00, reported 0.971
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.81,
        "kind_accuracy": 0.98, "reported_f1": 0.94,
    },
    "news28": {  # first run (stop 29, 4 articles): quote F1 1.00, e2e 0.911, kind 1.00, reported 0.913
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.89,
    },
    "news29": {  # first run (stop 29, 4 articles): quote F1 0.986, e2e 0.806, kind 1.00, reported 0.828
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.95, "e2e_attribution_f1": 0.78,
        "kind_accuracy": 0.98, "reported_f1": 0.8,
    },
    "news30": {  # first run (stop 29, 4 articles): quote F1 1.00, e2e 0.940, kind 1.00, reported 0.976
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.91,
        "kind_accuracy": 0.98, "reported_f1": 0.94,
    },
    "news31": {  # first run (stop 29, 4 articles): quote F1 0.986, e2e 0.875, kind 1.00, reported 0.815
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.85,
        "kind_accuracy": 0.98, "reported_f1": 0.78,
    },
    "news32": {  # first run (stop 29, 4 articles): quote F1 0.986, e2e 0.812, kind 1.00, reported 0.889
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.79,
        "kind_accuracy": 0.98, "reported_f1": 0.86,
    },
    "news33": {  # first run (stop 29, 4 articles): quote F1 0.994, e2e 0.926, kind 1.00, reported 0.889
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.9,
        "kind_accuracy": 0.98, "reported_f1": 0.86,
    },
    "news34": {  # first run (stop 29, 4 articles): quote F1 1.00, e2e 0.878, kind 0.98, reported 0.950
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.85,
        "kind_accuracy": 0.96, "reported_f1": 0.92,
    },
    "news35": {  # first run (stop 29, 4 articles): quote F1 0.985, e2e 0.879, kind 1.00, reported 0.882
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.95, "e2e_attribution_f1": 0.85,
        "kind_accuracy": 0.98, "reported_f1": 0.85,
    },
    "news36": {  # first run (stop 31, 4 articles): quote F1 1.00, e2e 0.904, kind 1.00, reported 0.812 (0.914
        # once its writer added three reported items the first run showed the gold had missed)
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.87,
        "kind_accuracy": 0.98, "reported_f1": 0.88,
    },
    "news37": {  # first run (stop 31, 4 articles): quote F1 1.00, e2e 0.975, kind 1.00, reported 0.884
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.98, "reported_f1": 0.85,
    },
    "news38": {  # first run (stop 31, 4 articles): quote F1 0.969, e2e 0.908, kind 1.00, reported 0.839
        "quote_f1_overlap": 0.95, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.88,
        "kind_accuracy": 0.98, "reported_f1": 0.8,
    },
    "news39": {  # first run (stop 31, 4 articles): quote F1 0.993, e2e 0.788, kind 1.00, reported 0.829
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.76,
        "kind_accuracy": 0.98, "reported_f1": 0.8,
    },
    "news40": {  # first run (stop 32, 4 articles): quote F1 1.00, e2e 0.985, kind 1.00, reported 0.865
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.95,
        "kind_accuracy": 0.98, "reported_f1": 0.83,
    },
    "news41": {  # first run (stop 32, 4 articles): quote F1 1.00, e2e 0.938, kind 1.00, reported 0.894
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.91,
        "kind_accuracy": 0.98, "reported_f1": 0.86,
    },
    "news42": {  # first run (stop 32, 4 articles): quote F1 1.00, e2e 0.985, kind 1.00, reported 0.882
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.95,
        "kind_accuracy": 0.98, "reported_f1": 0.85,
    },
    "news43": {  # first run (stop 32, 4 articles): quote F1 1.00, e2e 0.917, kind 1.00, reported 0.875
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.84,
    },
    "news44": {  # first run (stop 32, 4 wire articles): quote F1 1.00, e2e 0.969, kind 1.00, reported 0.944
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.98, "reported_f1": 0.9,
    },
    "news45": {  # first run (stop 32, 4 articles): quote F1 1.00, e2e 0.971, kind 1.00, reported 0.882
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.94,
        "kind_accuracy": 0.98, "reported_f1": 0.85,
    },
    "news46": {  # first run (stop 32, the last set, 4 articles): quote F1 1.00, e2e 0.885, kind 1.00, reported 0.900
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.86,
        "kind_accuracy": 0.98, "reported_f1": 0.87,
    },
    "news47": {  # first run (stop 33, 4 articles): quote F1 1.00, e2e 0.963, kind 1.00, reported 0.923
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.93,
        "kind_accuracy": 0.98, "reported_f1": 0.88,
    },
    "news48": {  # first run (stop 33, 4 articles): quote F1 0.993, e2e 0.922, kind 1.00, reported 0.941
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.89,
        "kind_accuracy": 0.98, "reported_f1": 0.9,
    },
    "news49": {  # first run (stop 33, 4 articles): quote F1 0.986, e2e 0.946, kind 0.986, reported 0.923
        "quote_f1_overlap": 0.96, "quote_precision_overlap": 0.97, "e2e_attribution_f1": 0.91,
        "kind_accuracy": 0.96, "reported_f1": 0.88,
    },
    "news50": {  # first run (stop 33, 4 articles): quote F1 1.00, e2e 0.871, kind 1.00, reported 0.950
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.84,
        "kind_accuracy": 0.98, "reported_f1": 0.91,
    },
    "news51": {  # first run (stop 33, 4 articles): quote F1 0.992, e2e 0.992, kind 0.984, reported 0.929
        "quote_f1_overlap": 0.97, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.96,
        "kind_accuracy": 0.96, "reported_f1": 0.89,
    },
    "news52": {  # first run (stop 33, the last set, 4 articles): quote F1 1.00, e2e 1.00, kind 1.00, reported 0.927
        "quote_f1_overlap": 0.98, "quote_precision_overlap": 0.98, "e2e_attribution_f1": 0.96,
        "kind_accuracy": 0.98, "reported_f1": 0.89,
    },
}


@pytest.mark.parametrize(("name", "metric", "floor"),
                         [(n, m, f) for n, floors in FLOORS.items() for m, f in floors.items()])
def test_fixture_scores(evaluations, name, metric, floor):
    value = evaluations[name].metrics[metric]
    assert value is not None and value >= floor, (
        f"{name}: {metric} = {value} < {floor}\n" + evaluations[name].per_article.to_string())
