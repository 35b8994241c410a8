# Quick start: `make report` (main job on the seed article) and `make test` (whole suite).
# Both create .venv themselves from a plain Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_9f4e31e1b15dc781.txt
LAB    := lab

.PHONY: report test lab lab-notebooks notebooks bench clean venv

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "summit_nlp needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project metadata changes.  ./kernel registers the notebooks' Jupyter
# kernel ("Python 3 (summit_nlp)", this venv's Python), as environment.yml does for conda.
$(VENV)/.installed: pyproject.toml kernel/pyproject.toml kernel/summit_nlp/kernel.json | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]' ./kernel
	rm -rf kernel/build kernel/*.egg-info
	touch $@

venv: $(VENV)/.installed

report: $(VENV)/.installed
	$(BIN)/summit-nlp extract $(SEED) --out reports --summary
	$(BIN)/summit-nlp report $(SEED) --out reports

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -n 2

# JupyterLab on lab/, a working copy of notebooks/ (not tracked by git): running and saving a
# notebook there changes neither notebooks/ nor the packaged templates `summit-nlp report` runs.
# A notebook already in lab/ is kept (your work is never overwritten; delete it for a fresh copy).
# --allow-root: course and container images run as root; for any other user it changes nothing.
lab: $(VENV)/.installed lab-notebooks
	$(BIN)/jupyter lab --allow-root $(LAB)/

lab-notebooks:
	mkdir -p $(LAB)
	for nb in notebooks/*.ipynb; do [ -e "$(LAB)/$${nb##*/}" ] || cp "$$nb" "$(LAB)/"; done

# notebooks/ holds copies of the packaged templates (src/summit_nlp/reports/notebooks/), kept
# identical by tests/reports/test_notebooks.py; after editing a template, refresh them with this.
notebooks:
	for nb in src/summit_nlp/reports/notebooks/*.ipynb; do rm -f "notebooks/$${nb##*/}"; cp "$$nb" notebooks/; done

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) reports build *.egg-info src/*.egg-info kernel/build kernel/*.egg-info
