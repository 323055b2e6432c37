# The two commands of the README: `make demo` and `make test`.
# Both create or refresh .venv with a pinned install and are safe to run again.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.stancekit-installed
export OMP_WAIT_POLICY ?= PASSIVE
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1
export HF_DATASETS_OFFLINE ?= 1

TARGETS := --target Russia=Russian,Russians,Moscow,Kremlin \
	--target Ukraine=Ukrainian,Ukrainians,Kyiv \
	--target "United States=USA,US,Washington,American,Americans" \
	--target NATO \
	--target war=fighting,conflict,"military operation","special operation" \
	--target "nuclear weapons=nuclear weapon,atomic bomb,atomic bombs,nuclear" \
	--target negotiations=negotiation,talks,peace

.PHONY: install browser demo test lint typecheck unit slow clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch==2.13.0 is the CPU wheel; constraints.txt pins every other package.
	$(PY) -m pip install --quiet -c constraints.txt "torch==2.13.0" -e ".[dev,onnx,ray]"
	touch $(STAMP)

install: $(STAMP)

# Headless Chromium and its driver (Debian packages) for the HTML view's browser test;
# installed only where missing (as root, or through sudo).
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
browser:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then :; else \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		echo "installing chromium and chromium-driver (apt-get) for the browser test"; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

demo: $(STAMP)
	$(VENV)/bin/stancekit analyze seeds/lukashenko_interview.txt $(TARGETS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest -m "not slow" -q

slow: $(STAMP)
	$(PY) -m pytest -m slow -q

# STANCEKIT_REQUIRE_BROWSER: the browser test fails, never skips, when chromium is missing
test: lint typecheck $(STAMP) browser
	STANCEKIT_REQUIRE_BROWSER=1 $(PY) -m pytest -q

clean:
	rm -rf $(VENV)
