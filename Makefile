# Quick start: `make report` (main job on the seed article) and `make test` (whole suite).
# Both create .venv themselves from a plain Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEED   := seeds/000_9f4e31e1b15dc781.txt

.PHONY: report test lab bench clean venv

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "summit_nlp needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (summit_nlp)" >/dev/null
	touch $@

venv: $(VENV)/.installed

report: $(VENV)/.installed
	$(BIN)/summit-nlp extract $(SEED) --out reports --summary
	$(BIN)/summit-nlp report $(SEED) --out reports

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -n 2

lab: $(VENV)/.installed
	$(BIN)/jupyter lab notebooks/

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(VENV) reports build *.egg-info src/*.egg-info
