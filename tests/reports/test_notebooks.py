"""The report notebooks: stored without outputs, and executed with papermill on defaults and other parameters.

Executions are shared through module-scoped fixtures: each notebook/parameter
set runs once.  Assertions marked "extractor" depend on the extractor finding
the seed's speakers and quotes.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import nbformat
import pytest

from summit_nlp.evaluate import evaluate
from summit_nlp.reports.runner import KERNEL_NAME, NOTEBOOKS, PACKAGE_NOTEBOOK_DIR, notebook_parameters, run

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_9f4e31e1b15dc781.txt"
SEED_GOLD = ROOT / "seeds" / "000_9f4e31e1b15dc781.json"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
EVAL = ROOT / "tests" / "fixtures" / "evaluate"

ARTICLE_HEADINGS = ["Article report", "Headline facts", "The article, highlighted", "Quotes", "Reported speech",
                    "Speakers and their aliases", "Sentiment and tone by speaker", "Stances", "Who addresses whom",
                    "Methods"]
EVALUATION_HEADINGS = ["Evaluation report", "Metrics", "Per article", "Errors", "Missed", "Spurious",
                       "Wrong speaker", "Other disagreements", "Methods"]
CORPUS_HEADINGS = ["Corpus report", "Overview", "Who is quoted", "Tone over time", "Tone by outlet",
                   "Most frequent stances", "Two speakers compared", "Articles that could not be read", "Methods"]


def _headings(page: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", h)).rstrip("¶").strip()
            for h in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", page, flags=re.S)]


def _figures(page: str) -> int:
    return len(re.findall(r'<img\b[^>]*\bclass="sn-chart"', page))


def _no_errors(page: str) -> None:
    assert 'data-mime-type="application/vnd.jupyter.stderr"' not in page
    assert "Traceback" not in page


def _report(out: Path, notebook: str, params: dict, name: str) -> str:
    result = run(notebook, params, out, name=name, force=True)
    assert result.status == "written"
    return result.html.read_text(encoding="utf-8")


# ------------------------------------------------------------ stored form
@pytest.mark.parametrize("filename", sorted(NOTEBOOKS.values()))
def test_stored_notebook_has_no_outputs_and_one_parameters_cell(filename: str) -> None:
    nb = nbformat.read(PACKAGE_NOTEBOOK_DIR / filename, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code), "strip outputs before committing"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0]
    assert nb.metadata["kernelspec"]["name"] == KERNEL_NAME == "summit_nlp"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


@pytest.mark.parametrize("filename", sorted(NOTEBOOKS.values()))
def test_repo_notebooks_folder_holds_copies_of_the_packaged_notebooks(filename: str) -> None:
    copy = ROOT / "notebooks" / filename
    # a real file: saving it in JupyterLab cannot write through to the template `summit-nlp report` runs
    assert copy.is_file() and not copy.is_symlink()
    assert copy.resolve() != (PACKAGE_NOTEBOOK_DIR / filename).resolve()
    assert copy.read_bytes() == (PACKAGE_NOTEBOOK_DIR / filename).read_bytes(), \
        f"notebooks/{filename} differs from its template: run 'make notebooks' after editing the template"


def test_every_notebook_parameter_has_a_help_comment() -> None:
    for short in NOTEBOOKS:
        for param in notebook_parameters(short).values():
            assert param.help, f"{short}: {param.name} needs a comment saying what it is"


# ------------------------------------------------------- article report
@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("seed")
    result = run("article", {}, out, force=True)  # the notebook's own defaults: the seed article
    assert result.name == "000_9f4e31e1b15dc781"
    return result.html.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_report_structure(seed_page: str) -> None:
    headings = _headings(seed_page)
    for h in ARTICLE_HEADINGS:
        assert h in headings
    assert "Putin and Trump leave Alaska summit with no deal on war in Ukraine" in headings  # title from headline
    assert _figures(seed_page) >= 3
    assert 'class="sn-legend"' in seed_page and 'class="sn-text"' in seed_page
    _no_errors(seed_page)


def test_seed_report_shows_the_headline_once(seed_page: str) -> None:
    text = html.unescape(re.sub(r"<[^>]+>", " ", seed_page.split("<body", 1)[1]))
    assert text.count("Putin and Trump leave Alaska summit with no deal on war in Ukraine") == 1


def test_seed_report_figures_have_alt_text(seed_page: str) -> None:
    alts = [html.unescape(a) for a in re.findall(r'<img[^>]*\balt="([^"]*)"', seed_page)]
    assert len(alts) == len(re.findall(r"<img\b", seed_page)) >= 3
    assert all(len(a) > 40 and "No description" not in a for a in alts)


def test_seed_report_names_every_gold_speaker(seed_page: str, seed_gold: dict) -> None:  # extractor
    text = html.unescape(re.sub(r"<[^>]+>", " ", seed_page))
    for speaker in seed_gold["speakers"]:
        assert speaker in text


def test_seed_report_highlights_the_gold_quotes(seed_page: str, seed_gold: dict) -> None:  # extractor
    marked = {html.unescape(m) for m in re.findall(r'<mark class="sn-quote"[^>]*>([^<]*)</mark>', seed_page)}
    for quote in seed_gold["quotes"]:
        assert quote["quote"] in marked, quote["quote"]


def test_seed_quote_highlights_use_speaker_colours(seed_page: str) -> None:  # extractor
    from summit_nlp.reports import viz

    marks = re.findall(r'<mark class="sn-quote" data-speaker="([^"]+)" style="background:(#[0-9a-f]{6})73;', seed_page)
    assert marks
    for speaker, color in marks:
        assert color in viz.PALETTE or color == viz.UNKNOWN_COLOR
    putin = {c for s, c in marks if s == "Vladimir Putin"}
    assert len(putin) == 1


@pytest.fixture(scope="module")
def fixture_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    params = {"article_path": str(ARTICLES / "14_split_quotes_canada_india.txt"), "title": "Split quotes <test>",
              "show_reported": "false", "max_rows": 2}
    return _report(tmp_path_factory.mktemp("fixture"), "article", params, "fixture")


def test_article_report_with_other_parameters(fixture_page: str) -> None:
    headings = _headings(fixture_page)
    assert "Split quotes <test>" in headings
    for h in ARTICLE_HEADINGS:
        assert h in headings
    assert 'class="sn-reported' not in fixture_page  # show_reported=false
    assert "sn-quote" in fixture_page  # extractor
    _no_errors(fixture_page)


# ----------------------------------------------------- evaluation report
@pytest.fixture(scope="module")
def evaluation_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("evaluation")
    default = _report(out, "evaluation", {}, "default")
    folders = _report(out, "evaluation", {"pred_path": str(EVAL / "pred"), "gold_path": str(EVAL / "gold")}, "folders")
    return default, folders


def test_evaluation_report_on_defaults(evaluation_pages: tuple[str, str]) -> None:
    page = evaluation_pages[0]
    for h in EVALUATION_HEADINGS:
        assert h in _headings(page)
    assert _figures(page) >= 1
    assert "quotes (overlap ≥ 0.5)" in html.unescape(page) and "000_9f4e31e1b15dc781" in page
    _no_errors(page)


def test_evaluation_report_lists_each_error_with_its_text(evaluation_pages: tuple[str, str]) -> None:
    page = html.unescape(evaluation_pages[1])
    errors = evaluate(EVAL / "pred", EVAL / "gold").errors
    assert not errors.empty
    for row in errors.itertuples():
        assert f"<td>{row.text}</td>" in page and f"<td>{row.error}</td>" in page
    assert "prediction only: gamma" in page  # unpaired article named
    _no_errors(evaluation_pages[1])


# --------------------------------------------------------- corpus report
def _tiny_corpus(folder: Path) -> Path:
    rows = []
    names = sorted(p.name for p in ARTICLES.glob("*.txt"))[:4]
    for i, name in enumerate(names):
        rows.append({"id": f"doc{i}", "date": f"2024-0{i % 2 + 1}-1{i}", "outlet": ["Wire", "Daily"][i % 2],
                     "title": name, "text": (ARTICLES / name).read_text(encoding="utf-8")})
    path = folder / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("corpus")
    params = {"corpus_path": str(_tiny_corpus(folder)), "title": "Tiny corpus", "top_speakers": 5}
    return _report(folder / "out", "corpus", params, "tiny")


def test_corpus_report_on_a_jsonl_corpus(corpus_page: str) -> None:
    headings = _headings(corpus_page)
    for h in CORPUS_HEADINGS:
        assert h in headings
    assert "Tiny corpus" in headings
    assert _figures(corpus_page) >= 3
    text = html.unescape(re.sub(r"<[^>]+>", " ", corpus_page))
    assert "2024-01-10 to 2024-02-13" in text and "Daily, Wire" in text
    _no_errors(corpus_page)


def test_corpus_report_on_its_default_fixture_corpus(tmp_path: Path) -> None:
    default = notebook_parameters("corpus")["corpus_path"].default
    page = _report(tmp_path, "corpus", {}, "default")
    for h in CORPUS_HEADINGS:
        assert h in _headings(page)
    assert f"Corpus: {Path(default).name}" in _headings(page)
    _no_errors(page)
