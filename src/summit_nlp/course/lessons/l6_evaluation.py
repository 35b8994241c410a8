"""Lesson 6: gold annotation and evaluation — codebook, κ and α, P/R/F1, the matching threshold."""

from __future__ import annotations

from ..answers import Count, Labels, Number
from ..registry import Lesson

L6 = Lesson(
    "L6", "Gold annotation and evaluation", "L6_annotation_and_evaluation.ipynb", minutes=60,
    goals=("annotate sentences against a codebook and compare your labels with a gold annotation",
           "compute observed agreement, Cohen's κ and Krippendorff's α on two annotators' files, "
           "and say what each corrects for",
           "measure precision, recall and F1 of the package against gold with summit-nlp evaluate",
           "show how the matching threshold changes what counts as a hit"),
    parameters={"article": "seed", "annotator_a": "annotator_a", "annotator_b": "annotator_b", "label": "speech"},
    other={"article": "balloon_protest", "annotator_a": "annotator_a", "annotator_b": "annotator_b",
           "label": "polarity"},
)

SPEECH_LABELS = ("quote", "reported", "none")
STRICT_IOU = 0.9


def _gold_label(gold, sentence) -> str:
    def inside(item):
        return sentence.start <= item["start"] < sentence.end

    if any(inside(q) for q in gold["quotes"]):
        return "quote"
    if any(inside(r) for r in gold["reported_speech"]):
        return "reported"
    return "none"


def sentences_to_label(data):
    """Three sentences of the article for the student to label, in text order: the first after the
    headline that holds a gold quote, the first with gold reported speech and no quote, and the
    first with neither.  Only the sentences: their gold labels stay with the check."""
    chosen = {}
    for sentence in data.analysis.sentences[1:]:
        chosen.setdefault(_gold_label(data.gold, sentence), sentence)
    return sorted(chosen.values(), key=lambda s: s.start)


def _columns(data):
    a, b = data.annotator_a, data.annotator_b
    merged = a.merge(b, on=["article", "unit"], suffixes=("_a", "_b"), validate="one_to_one")
    column = data.parameters["label"]
    return list(merged[f"{column}_a"]), list(merged[f"{column}_b"])


@L6.exercise("q1", Labels(options=SPEECH_LABELS), hints=(
    "Read section 1 of the codebook: a unit with any quotation-marked speech is 'quote'.",
    "Reported speech needs a verb of saying and a speaker; a fact told by the reporter is 'none'.",
))
def your_labels(data):
    return [_gold_label(data.gold, s) for s in sentences_to_label(data)]


@L6.exercise("q2", Number(tolerance=1e-3), hints=(
    "Merge the two annotator tables on article and unit, then compare their label columns.",
    "Drop the units where either label is missing (None), then take the mean of (label_a == label_b).",
))
def observed(data):
    from ..agreement import observed_agreement

    return observed_agreement(*_columns(data))


@L6.exercise("q3", Number(tolerance=1e-3), hints=(
    "κ = (p_o − p_e) / (1 − p_e): p_o is the observed agreement, p_e the agreement expected by chance.",
    "p_e = sum over labels k of (share of A's labels that are k) × (share of B's labels that are k), "
    "over the units both labelled.",
))
def kappa(data):
    from ..agreement import cohen_kappa

    return cohen_kappa(*_columns(data))


@L6.exercise("q4", Number(tolerance=1e-3), hints=(
    "The course's summit_nlp.course.agreement module has krippendorff_alpha(a, b).",
    "krippendorff_alpha(list_a, list_b) with the two label columns in the same unit order; "
    "missing labels (None) are allowed.",
))
def alpha(data):
    from ..agreement import krippendorff_alpha

    return krippendorff_alpha(*_columns(data))


def prediction(data):
    """The package's result for the lesson article, as ``summit-nlp extract`` writes it."""
    return data.analysis.to_dict(article=data.article.name)


@L6.exercise("q5", Number(tolerance=1e-3), hints=(
    "summit-nlp evaluate pred.json gold.json --json prints the metrics as JSON.",
    "Read the metric 'reported_f1' from the 'metrics' part of that JSON.",
))
def reported_f1(data):
    from ...evaluate import evaluate

    return evaluate(prediction(data), data.gold).metrics["reported_f1"]


@L6.exercise("q6", Count(), hints=(
    "Make two lists of (start, end) pairs: the predicted and the gold reported-speech items; then use "
    "summit_nlp.evaluate.match_spans(pred, gold, accept).",
    "accept(p, g) should return True when intersection / union >= 0.9 (intersection: "
    "min of the ends minus max of the starts); count the pairs match_spans returns.",
))
def strict_matches(data):
    from ...evaluate import match_spans

    pred = [(q["start"], q["end"]) for q in prediction(data)["reported_speech"]]
    gold = [(g["start"], g["end"]) for g in data.gold["reported_speech"]]

    def accept(p, g):
        inter = max(0, min(p[1], g[1]) - max(p[0], g[0]))
        union = max(p[1], g[1]) - min(p[0], g[0])
        return union > 0 and inter / union >= STRICT_IOU

    return len(match_spans(pred, gold, accept))
