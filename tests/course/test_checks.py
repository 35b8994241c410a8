"""``check``, ``hint`` and strict mode; every exercise on both of its data sets.

For every registered exercise the expected value is computed live from the package on the
lesson's default data and on its second data set; a known-wrong answer must get "not yet"
without the message revealing the expected value, and a value hard-coded from one data set
must fail on the other for at least three exercises of every lesson.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pytest

from summit_nlp import course
from summit_nlp.course import answers, checks, session
from summit_nlp.course.lessons import LESSONS
from summit_nlp.errors import InputError, SummitNLPError

ALL = [(lid, qid) for lid, les in LESSONS.items() for qid in les.exercises]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per test module (and xdist worker): lesson 8's reports are made there once."""
    return tmp_path_factory.mktemp("lessons")


@pytest.fixture(autouse=True)
def _fresh_sessions(monkeypatch: pytest.MonkeyPatch, workdir: Path) -> None:
    monkeypatch.setattr(session, "_ACTIVE", {})
    monkeypatch.setattr(checks, "_HINTS_SHOWN", checks.Counter())
    monkeypatch.delenv("COURSE_STRICT", raising=False)
    monkeypatch.chdir(workdir)  # lesson 8 writes its reports relative to the current folder


def _data(lesson_id: str, which: str, tmp_path: Path) -> session.LessonData:
    les = LESSONS[lesson_id]
    data = course.start(lesson_id, **(les.parameters if which == "default" else les.other))
    if lesson_id == "L8" and not (data.out_dir / f"{data.article.path.stem}.manifest.json").is_file():
        from summit_nlp.reports.runner import run  # its checks read the report the notebook made

        run("article", {"article_path": str(data.article.path)}, data.out_dir)
    return data


def _wrong(comparer: answers.Comparer, expected: Any) -> Any:
    """A plausible wrong answer of the right type."""
    if isinstance(comparer, answers.Function):
        return lambda *args: -1
    if isinstance(comparer, answers.Choice):
        return next(o for o in comparer.options if o.casefold() != str(expected).casefold())
    if isinstance(comparer, answers.Labels):
        return [next(o for o in comparer.options if o != e) for e in expected]
    if isinstance(comparer, answers.Offsets):
        start, end = expected[1]
        return (start + 1, end + 2)
    if isinstance(comparer, answers.Count):
        return int(expected) + 3
    if isinstance(comparer, answers.Number):
        return float(expected) + 0.25
    if isinstance(comparer, answers.NameSet):
        return sorted(expected)[1:] + ["Nobody Atall"]
    if isinstance(comparer, answers.CountsByName):
        keys = sorted(expected)
        return {**{k: expected[k] for k in keys[1:]}, keys[-1]: expected[keys[-1]] + 1, "Nobody Atall": 2}
    if isinstance(comparer, answers.Text):
        return "certainly not this"
    raise AssertionError(f"no wrong answer for {comparer!r}")


def _numbers(value: float) -> set[str]:
    if float(value).is_integer():
        return {str(int(value))}
    return {f"{value:.{d}f}".rstrip("0") for d in (2, 3, 4)} | {str(round(value, 4))}


def _revealed(message: str, expected: Any, answer: Any, qid: str) -> list[str]:
    """Pieces of the expected value that appear in the message (beyond what the answer itself shows)."""
    text = message.replace(qid, "")
    # counts about the answer itself ("1 key is missing", "2 of your 3 labels agree") are not the value
    text = re.sub(r"\d+ (keys?|names?) (is|are) missing|\d+ of your \d+ labels|has \d+ labels?", "", text)
    for shown in (repr(answer), str(answer)):
        text = text.replace(shown, "")
    found = []
    values: list[Any]
    if isinstance(expected, tuple) and len(expected) == 2 and isinstance(expected[0], str):  # Offsets
        values = list(expected[1])
    elif isinstance(expected, dict):
        values = list(expected.values())
    elif isinstance(expected, (set, frozenset, list)):
        values = list(expected)
    else:
        values = [expected]
    for value in values:
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (int, float)) and not math.isnan(value):
            found += [n for n in _numbers(value) if re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", text)]
        elif isinstance(value, str) and len(value) > 2 and value.casefold() in text.casefold():
            found.append(value)
    return found


@pytest.mark.parametrize("which", ["default", "other"])
@pytest.mark.parametrize(("lesson_id", "qid"), ALL)
def test_a_known_wrong_answer_fails_without_revealing_the_value(lesson_id: str, qid: str, which: str,
                                                                tmp_path: Path) -> None:
    data = _data(lesson_id, which, tmp_path)
    exercise = LESSONS[lesson_id].exercises[qid]
    expected = data._expected_value(qid)
    wrong = _wrong(exercise.comparer, expected)
    outcome = course.result(qid, wrong)
    assert outcome.status == "not yet", (qid, wrong, outcome)
    assert _revealed(outcome.message, expected, wrong, qid) == [], outcome.message
    assert f"course.hint({qid!r})" in outcome.message
    assert "Traceback" not in outcome.message


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_values_hard_coded_from_one_data_set_fail_on_the_other(lesson_id: str, tmp_path: Path) -> None:
    les = LESSONS[lesson_id]
    first = _data(lesson_id, "default", tmp_path)
    literals = {qid: first._expected_value(qid) for qid in les.exercises}
    assert all(course.result(qid, _answer(les.exercises[qid], v)).passed for qid, v in literals.items())
    _data(lesson_id, "other", tmp_path)
    failing = [qid for qid, value in literals.items()
               if not isinstance(les.exercises[qid].comparer, answers.Function)
               and not course.result(qid, _answer(les.exercises[qid], value)).passed]
    assert len(failing) >= 3, f"{lesson_id}: only {failing} differ between {les.parameters} and {les.other}"
    fixed = [qid for qid, ex in les.exercises.items() if not ex.varies]
    assert not set(fixed) & set(failing), "an exercise marked varies=False changed with the data"


def _answer(exercise: Any, expected: Any) -> Any:
    """What a student who typed the expected value in would answer."""
    if isinstance(exercise.comparer, answers.Offsets):
        return expected[1]
    if isinstance(exercise.comparer, answers.Function):
        table = {repr(args): value for args, value in expected}
        return lambda *args: table.get(repr(args), -1)
    return expected


def test_every_lesson_has_at_least_three_checked_exercises_with_tiered_hints() -> None:
    assert list(LESSONS) == [f"L{i}" for i in range(1, 9)]
    for les in LESSONS.values():
        assert len(les.exercises) >= 3
        assert 30 <= les.minutes <= 60 and len(les.goals) >= 3
        for ex in les.exercises.values():
            assert len(ex.hints) >= 2 and len(set(ex.hints)) == len(ex.hints)


def test_check_shows_pass_not_yet_and_not_attempted(capsys: pytest.CaptureFixture[str]) -> None:
    data = course.start("L1")
    course.check("L1.q1", len(data.analysis.sentences))
    course.check("L1.q1", len(data.analysis.sentences) + 1)
    course.check("L1.q1", ...)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "L1.q1: pass. Well done."
    assert lines[1].startswith("L1.q1: not yet. ") and "too high" in lines[1]
    assert lines[2] == "L1.q1: not attempted. Replace the ... with your answer and run the cell again."


def test_strict_mode_raises_on_anything_but_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    data = course.start("L1")
    monkeypatch.setenv("COURSE_STRICT", "1")
    course.check("L1.q1", len(data.analysis.sentences))  # a pass does not raise
    with pytest.raises(checks.CourseCheckError, match=r"^L1\.q1: not attempted: ") as caught:
        course.check("L1.q1", ...)
    assert isinstance(caught.value, SummitNLPError) and caught.value.result.status == "not attempted"
    with pytest.raises(checks.CourseCheckError, match="not yet") as caught:
        course.check("L1.q1", len(data.analysis.sentences) - 1)
    assert str(len(data.analysis.sentences)) not in str(caught.value).replace("L1.q1", "")
    monkeypatch.setenv("COURSE_STRICT", "0")
    course.check("L1.q1", ...)  # strict off again: no exception


def test_checks_use_the_data_the_lesson_was_started_with() -> None:
    seed = course.start("L1", article="seed")
    n_seed = len(seed.analysis.sentences)
    assert course.result("L1.q1", n_seed).passed
    other = course.start("L1", article="andes_crossing")
    assert len(other.analysis.sentences) != n_seed
    assert not course.result("L1.q1", n_seed).passed
    assert course.result("L1.q1", len(other.analysis.sentences)).passed


def test_an_article_given_as_a_path_works(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("Talks\n“We will meet again,” Putin said. Trump agreed.\n", encoding="utf-8")
    data = course.start("L2", article=str(path))
    assert data.article.name == "mine"
    assert course.result("L2.q1", len(data.analysis.quotes)).passed


def test_hints_come_in_tiers(capsys: pytest.CaptureFixture[str]) -> None:
    hints = LESSONS["L1"].exercises["L1.q1"].hints
    course.hint("L1.q1")
    course.hint("L1.q1")
    course.hint("L1.q1")  # past the last: the last again
    course.hint("L1.q1", 1)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"L1.q1, hint 1 of {len(hints)}: {hints[0]}"
    assert lines[1].startswith(f"L1.q1, hint 2 of {len(hints)}") and hints[1] in lines[1]
    assert lines[2] == lines[1] and "(the last hint)" in lines[2]
    assert lines[3] == lines[0]
    with pytest.raises(InputError, match="has hints 1 to"):
        course.hint("L1.q1", 9)


def test_mistakes_in_using_the_course_are_plain_errors() -> None:
    with pytest.raises(InputError, match="there is no exercise 'L1.q99': lesson L1 has L1.q1"):
        course.check("L1.q99", 3)
    with pytest.raises(InputError, match="there is no lesson 'L42'"):
        course.check("L42.q1", 3)
    with pytest.raises(InputError, match="there is no article called 'sed': use one of seed"):
        course.start("L1", article="sed").text
    with pytest.raises(InputError, match="lesson L1 has no parameter 'artcle'"):
        course.start("L1", artcle="seed")


def test_an_answer_that_breaks_when_compared_gets_a_sentence() -> None:
    class Weird:
        def __iter__(self):
            raise TypeError("not iterable today")

    course.start("L3")
    outcome = course.result("L3.q1", Weird())
    assert outcome.status == "not yet"
    assert outcome.message.startswith("Your answer could not be compared. Your code combined values")


def test_check_results_carry_a_machine_readable_status() -> None:
    course.start("L1")
    bundle = course.result("L1.q1", ...)._repr_mimebundle_()
    assert bundle[checks.MIME_TYPE] == {"qid": "L1.q1", "status": "not attempted"}
    assert 'data-status="not attempted"' in bundle["text/html"]


def test_a_prediction_is_shown_beside_the_measurement(capsys: pytest.CaptureFixture[str]) -> None:
    course.prediction(..., 7, what="tokens")
    course.prediction(5, 7)
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Measured (tokens): 7. You wrote no prediction")
    assert out[1] == "You predicted 5; measured: 7."
