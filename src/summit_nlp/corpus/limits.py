"""A per-article time limit for corpus runs (``summit-nlp corpus --timeout S``).

The analysis is linear in the length of an article, but a scraped corpus can
still hold a multi-megabyte page that would hold a worker for minutes.  With a
limit, such an article is interrupted, recorded in the ``errors`` table as a
:class:`~summit_nlp.errors.TimeLimitError`, and the run goes on.

The interruption is a ``SIGALRM`` timer (``signal.setitimer``): it stops pure
Python and regex work alike without a second thread, and costs nothing when no
limit is set.  Signals reach only the main thread of a process, which is where
the local engine runs articles (in this process or in its pool's worker
processes); dask workers run tasks in threads, so the dask engine refuses a
limit instead of silently ignoring it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from functools import lru_cache

from ..errors import InputError, TimeLimitError

__all__ = ["check_time_limit", "time_limit"]


def check_time_limit(timeout: float | None, *, engine: str) -> None:
    """Refuse a limit that cannot be kept: not a positive number, the dask engine, no timer, not the main thread."""
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise InputError(f"timeout {timeout!r}: expected a number of seconds > 0")
    if engine == "dask":
        raise InputError("timeout: the dask engine runs articles in worker threads, which a time limit "
                         "cannot interrupt; use the local engine for a per-article limit")
    if not hasattr(signal, "setitimer"):
        raise InputError("timeout: this platform has no interval timer (signal.setitimer); run without a limit")
    if threading.current_thread() is not threading.main_thread():
        raise InputError("timeout: a time limit needs the main thread of the process; "
                         "call analyze_corpus from the main thread or without timeout")


@lru_cache(maxsize=1)
def _warm_up() -> None:
    """Load the rule data once before the first timed article, so that loading is never what times out."""
    from ..extract.pipeline import analyze_article
    from ..model import Article

    analyze_article(Article("“We agree,” he said. The minister rejected the plan."))


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Raise :class:`TimeLimitError` naming ``what`` if the block runs longer than ``seconds`` (None: no limit)."""
    if seconds is None:
        yield
        return
    _warm_up()

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitError(f"{what}: analysis took longer than the time limit of {seconds:g} s; "
                             "the article was skipped (raise --timeout to analyse it)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
