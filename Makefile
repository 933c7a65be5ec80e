# Every target creates .venv on first use, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench parity lint demo clean train-judge

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## start the tracker as a service with ./config.toml
	$(BIN)/claimtracker --config config.toml serve

test: $(STAMP)  ## run the test suite (offline; local HTTP/SMTP servers only)
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || echo "note: the browser \
	tests need Debian's chromium and chromium-driver; they skip without them here (and \
	fail under CI). Install: sudo apt-get install -y chromium chromium-driver"
	$(BIN)/pytest -n 2 -q

bench: $(STAMP)  ## print speed and memory figures (JSON lines + a table)
	$(BIN)/python -m benchmarks

parity: $(STAMP)  ## read feedparser's test corpus with both parsers; print the differences
	$(BIN)/python -m benchmarks.parity

train-judge: $(STAMP)  ## refit the learned judge on the labelled sets (ARGS=--cv to score it)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python tools/train_judge.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check tracker tests benchmarks tools
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/claimtracker demo

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
