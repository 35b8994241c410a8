"""The per-article time limit of corpus runs: a slow article becomes an errors row, the run goes on."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest

import summit_nlp.corpus.engines as engines_mod
from summit_nlp.corpus import analyze_corpus
from summit_nlp.corpus.limits import check_time_limit, time_limit
from summit_nlp.errors import InputError, TimeLimitError

ARTICLES = {
    "a": "“We will meet again,” Foreign Minister Sergei Lavrov said.\n",
    "slow": "The talks stalled. SLOW\n",
    "c": "Chancellor Olaf Scholz said the summit was “useful.”\n",
}


def test_a_slow_article_is_an_error_row_and_the_others_are_analysed(tmp_path: Path, monkeypatch) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    real = engines_mod.analyze_article

    def analyze(article, **kwargs):
        if "SLOW" in article.text:
            time.sleep(60)  # interrupted by the limit long before
        return real(article, **kwargs)

    monkeypatch.setattr(engines_mod, "analyze_article", analyze)
    previous = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    result = analyze_corpus(tmp_path, workers=1, timeout=3, progress=False)
    assert time.monotonic() - started < 20
    errors = result.errors
    assert list(errors["article_id"]) == ["slow"] and list(errors["error_type"]) == ["TimeLimitError"]
    assert errors["message"][0] == ("slow.txt: analysis took longer than the time limit of 3 s; "
                                    "the article was skipped (raise --timeout to analyse it)")
    assert sorted(result.articles["article_id"]) == ["a", "c"]
    assert len(result.quotes) == 2
    assert result.manifest["options"]["timeout"] == 3
    # the timer and the handler are put back as they were
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


def test_no_limit_changes_nothing(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    limited = analyze_corpus(tmp_path, workers=1, timeout=60, progress=False)
    free = analyze_corpus(tmp_path, workers=1, progress=False)
    assert limited.errors.empty and limited.quotes.equals(free.quotes)


def test_time_limit_block() -> None:
    with pytest.raises(TimeLimitError, match=r"^x\.txt: analysis took longer than the time limit of 0\.05 s"):
        with time_limit(0.05, "x.txt"):
            time.sleep(5)
    with time_limit(None, "y.txt"):
        pass
    with time_limit(5, "z.txt"):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize(("timeout", "engine", "message"), [
    (0, "local", "timeout 0: expected a number of seconds > 0"),
    (-1.5, "local", "timeout -1.5: expected a number of seconds > 0"),
    ("10", "local", "timeout '10': expected a number of seconds > 0"),
    (5, "dask", "timeout: the dask engine runs articles in worker threads"),
])
def test_limits_that_cannot_be_kept_are_refused(timeout, engine: str, message: str) -> None:
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        check_time_limit(timeout, engine=engine)


def test_a_limit_outside_the_main_thread_is_refused() -> None:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            check_time_limit(5, engine="local")
        except InputError as exc:
            caught.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join()
    assert len(caught) == 1 and "main thread" in str(caught[0])
