"""Charts that do not mislead: shared axes, explicit "no statements", readable text, alt text, one headline."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from summit_nlp import analyze_article
from summit_nlp.io import read_article
from summit_nlp.reports import viz
from summit_nlp.reports.charts import NO_STATEMENTS, contrast, svg, text_color

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
DEFAULT_ALT = "No description has been provided for this image"


@pytest.fixture(scope="module")
def seed():
    return analyze_article(read_article(SEED))


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_panels_share_one_x_axis_and_label_every_bar() -> None:
    values = pd.DataFrame({"certainty": [0.1, -0.4, 0.0], "warning": [0.0, 0.0, 0.0], "praise": [1.0, 0.2, float("nan")]},
                          index=["Ann", "Bob", "Cy"])
    fig = viz.panel_bar_chart(values, title="tone")
    limits = {ax.get_xlim() for ax in fig.axes if ax.axison}
    assert len(limits) == 1  # an all-zero panel is no ±0.05 box beside a 0–1 one
    lo, hi = limits.pop()
    assert lo <= -0.4 and hi >= 1.0
    texts = _texts(fig)
    assert texts.count("0.00") == 4 and "+1.00" in texts and "-0.40" in texts
    assert any(NO_STATEMENTS in t for t in texts)  # Cy has no praise value: said, not left blank
    fixed = viz.panel_bar_chart(values, title="tone", limits=(-1.0, 1.0))
    assert {ax.get_xlim() for ax in fixed.axes if ax.axison} == {(-1.0, 1.0)}


def test_tone_chart_uses_the_fixed_scale_and_names_silent_speakers(seed) -> None:
    chart = viz.tone_chart(seed)
    assert "shared scale from −1 to +1" in chart.alt
    assert "Vladimir Putin" in chart.alt and "certainty" in chart.alt


def test_bar_chart_writes_values_and_no_statements() -> None:
    fig = viz.bar_chart(pd.Series([0.5, float("nan"), 0.0], index=["Ann", "Bob", "Cy"]), title="t", limits=(-1, 1))
    texts = _texts(fig)
    assert "+0.50" in texts and "0.00" in texts and any(NO_STATEMENTS in t for t in texts)


def test_heatmap_text_contrasts_with_its_cell(seed) -> None:
    from matplotlib.colors import to_rgb

    fig = viz.stance_heatmap(viz.stances_frame(seed))
    ax = fig.axes[0]
    image = ax.images[0]
    cells = image.get_array()
    checked = 0
    for t in ax.texts:
        x, y = t.get_position()
        value = cells[int(round(y)), int(round(x))]
        background = image.cmap(image.norm(value))[:3]
        assert contrast(background, to_rgb(t.get_color())) >= 4.5, (t.get_text(), value)
        checked += 1
    assert checked >= 3
    assert text_color((0.65, 0.0, 0.15)) == "#ffffff" and text_color((1.0, 1.0, 0.75)) == "#000000"


def test_every_chart_says_what_it_shows(seed) -> None:
    charts = [viz.sentiment_chart(seed), viz.tone_chart(seed), viz.stance_chart(seed),
              viz.f1_chart({"quote_f1_overlap": 0.5})]
    for chart in charts:
        assert len(chart.alt) > 40 and chart.alt != DEFAULT_ALT
        page = chart._repr_html_()
        alt = html.unescape(re.search(r'<img class="sn-chart" alt="([^"]*)"', page).group(1))
        assert alt == chart.alt
        assert f'aria-label="{html.escape(chart.alt, quote=True)}"' in str(chart)  # the SVG itself too
    sentiment = charts[0].alt
    assert re.search(r"Vladimir Putin [+−]\d\.\d\d \(12 statements\)", sentiment), sentiment
    assert "favor" in charts[2].alt and "against" in charts[2].alt
    empty = analyze_article(read_article(SEED)).__class__(article=seed.article, sentences=(), quotes=(), reported=(),
                                                          entities=())
    assert "no" in viz.sentiment_chart(empty).alt and "no" in viz.stance_chart(empty).alt
    assert svg(viz.bar_chart(pd.Series([1.0], index=["a"]), title="My title")).alt == "Chart: My title"


def test_the_headline_is_shown_once(seed) -> None:
    headline = seed.article.text.strip().splitlines()[0]
    title = str(viz.title_block(seed.article))
    body = str(viz.article_html(seed, skip_headline=True))
    assert headline in html.unescape(title)
    assert headline not in html.unescape(re.sub(r"<[^>]+>", "", body))
    assert headline in html.unescape(re.sub(r"<[^>]+>", "", str(viz.article_html(seed))))  # kept when asked
    # a first line carrying a quote is never dropped
    from summit_nlp import analyze

    a = analyze("“We will talk again,” Putin said.\nTrump left for Washington.")
    assert a.quotes and a.quotes[0].span.start == 1
    assert "We will talk again" in str(viz.article_html(a, skip_headline=True))
    one_line = analyze("“We will talk again,” Putin said.")
    assert "We will talk again" in str(viz.article_html(one_line, skip_headline=True))
