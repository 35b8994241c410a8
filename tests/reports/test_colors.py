"""Speakers stay distinguishable in the highlighted article, and its marks look as the key says.

Colour difference is CIEDE2000 (Sharma, Wu and Dalal 2005) between colours as shown: full
strength (legend chips, bars, underlines) and the tint behind the text (the colour at the
highlight's alpha over white).  The thresholds are far above a just-noticeable difference (≈ 1–2):
15 for full colours, 10 for the pale tints.
"""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from summit_nlp import analyze_article
from summit_nlp.io import read_article
from summit_nlp.reports import viz
from summit_nlp.reports.charts import contrast
from summit_nlp.reports.highlight import TINT, _analysis_colors, _counts

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
MIN_FULL, MIN_TINT = 15.0, 10.0


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _tint(color: str, alpha: float = int(TINT, 16) / 255) -> tuple[float, float, float]:
    return tuple(1 + (c - 1) * alpha for c in _rgb(color))  # type: ignore[return-value]


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883
    f = [t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e(c1: tuple[float, float, float], c2: tuple[float, float, float]) -> float:
    """CIEDE2000 difference of two sRGB colours (0–1 floats)."""
    (l1, a1, b1), (l2, a2, b2) = _lab(c1), _lab(c2)
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2 - h1 if abs(h2 - h1) <= 180 else h2 - h1 - 360 if h2 > h1 else h2 - h1 + 360)
    dl, dc, dhh = l2 - l1, c2p - c1p, 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lb, cbp = (l1 + l2) / 2, (c1p + c2p) / 2
    hb = h1 + h2 if c1p * c2p == 0 else ((h1 + h2) / 2 if abs(h1 - h2) <= 180 else
                                          (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2)
    t = (1 - 0.17 * math.cos(math.radians(hb - 30)) + 0.24 * math.cos(math.radians(2 * hb))
         + 0.32 * math.cos(math.radians(3 * hb + 6)) - 0.20 * math.cos(math.radians(4 * hb - 63)))
    rc = 2 * math.sqrt(cbp ** 7 / (cbp ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lb - 50) ** 2 / math.sqrt(20 + (lb - 50) ** 2)
    sc, sh = 1 + 0.045 * cbp, 1 + 0.015 * cbp * t
    rt = -math.sin(math.radians(60 * math.exp(-(((hb - 275) / 25) ** 2)))) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def _too_close(colors: list[str]) -> list[tuple[str, str, float, float]]:
    return [(a, b, round(delta_e(_rgb(a), _rgb(b)), 1), round(delta_e(_tint(a), _tint(b)), 1))
            for a, b in itertools.combinations(colors, 2)
            if delta_e(_rgb(a), _rgb(b)) < MIN_FULL or delta_e(_tint(a), _tint(b)) < MIN_TINT]


def test_delta_e_matches_published_values() -> None:
    # Sharma et al.'s test pair 1 in Lab, checked through an sRGB round trip: pure colours instead.
    assert delta_e((1, 1, 1), (1, 1, 1)) == 0
    assert delta_e((1, 0, 0), (0, 0, 1)) == pytest.approx(52.9, abs=0.5)
    assert delta_e((0, 0, 0), (1, 1, 1)) == pytest.approx(100.0, abs=0.1)


def test_palette_and_unknown_grey_are_pairwise_distinguishable() -> None:
    assert _too_close([*viz.PALETTE, viz.UNKNOWN_COLOR]) == []
    # the collision the issue reported would be caught
    assert _too_close(["#ff7f0e", "#e6550d"]) and _too_close(["#3182bd", "#1f77b4"])


def test_tints_keep_black_text_readable_and_colours_visible_on_white() -> None:
    for color in (*viz.PALETTE, viz.UNKNOWN_COLOR):
        assert contrast(_tint(color), (0, 0, 0)) >= 7.0, color  # WCAG AAA for body text
        assert contrast(_rgb(color), (1, 1, 1)) >= 3.0, color  # WCAG non-text contrast
        assert delta_e(_tint(color), (1, 1, 1)) >= 12, color  # a tint is not mistaken for no mark


def test_colours_go_by_prominence_and_never_collide_in_an_article() -> None:
    seed = analyze_article(read_article(SEED))
    colors = _analysis_colors(seed)
    legend = [name for name in re.findall(r'class="sn-chip"[^>]*>([^<]+?) <small>', str(viz.article_html(seed)))]
    assert legend[0] == "Vladimir Putin" and colors["Vladimir Putin"] == viz.PALETTE[0]  # most quoted first
    assert [colors[n] for n in legend] == list(viz.PALETTE[:len(legend)])
    checked = 0
    for path in ARTICLES:
        a = analyze_article(read_article(path), score=False)
        colors = _analysis_colors(a)
        prominent = [c.name for c in _counts(a) if c.name != viz.UNKNOWN][:len(viz.PALETTE)]
        named = [colors[name] for name in prominent]
        assert len(set(named)) == len(named), path.name
        assert _too_close(named + [viz.UNKNOWN_COLOR]) == [], path.name
        checked += len(named) > 3
    assert checked >= 10  # many articles with several speakers were compared


def test_marks_follow_the_key(tmp_path: Path) -> None:
    page = str(viz.article_html(analyze_article(read_article(SEED))))
    marks = re.findall(r"<mark\b[^>]*>", page)
    assert marks and all(re.search(r'style="background:#[0-9a-f]{6}' + TINT + ";", m) for m in marks)
    assert {re.search(r'class="([^"]+)"', m).group(1) for m in marks} == {"sn-quote", "sn-reported", "sn-key"}
    # mentions and cues are spans, not marks: no browser-default yellow, speaker's underline kept
    mentions = re.findall(r'<span class="sn-mention" style="([^"]+)"', page)
    cues = re.findall(r'<span class="sn-cue" style="([^"]+)"', page)
    assert mentions and cues
    assert all("font-weight:bold" in m and "text-decoration:underline 2px #" in m for m in mentions)
    assert all("font-style:italic" in c for c in cues)
    # quotes and reported speech share one styling: the same tint, only the underline differs
    quote = re.search(r'<mark class="sn-quote"[^>]*style="([^"]+)"', page).group(1)
    reported = re.search(r'<mark class="sn-reported"[^>]*style="([^"]+)"', page).group(1)
    strip = lambda style: re.sub(r"#[0-9a-f]{6}", "C", style).replace("dashed", "solid")  # noqa: E731
    assert strip(quote) == strip(reported)
    # a mention inside reported speech is styled like any other mention
    inside = re.search(r'<mark class="sn-reported"[^>]*>(?:(?!</mark>).)*?<span class="sn-mention" style="([^"]+)"',
                       page, flags=re.S)
    assert inside and re.sub(r"#[0-9a-f]{6}", "C", inside.group(1)) == re.sub(r"#[0-9a-f]{6}", "C", mentions[0])
