# 党建知识助手 — the two commands of the README:
#   make run   set up .venv/, index corpus/, start the web UI (http://127.0.0.1:7860)
#   make test  set up .venv/ with the test extras and browser-test system packages, then ruff + pytest
#   make check the fast tier while developing: ruff + the tests not marked slow (under 20 s)
# Both work on a fresh machine that has only Python 3.11; repeated runs reuse what is installed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
# Pinned and installed before the project: an unpinned torch would pull a multi-GB CUDA build.
TORCH_VERSION := 2.13.0

# Offline at run time (no model hub, no analytics, no telemetry): set by `import assistant` itself.

# Stamps: re-install only when pyproject.toml changes (or the stamp is missing).
TORCH_STAMP := $(VENV)/.installed-torch-$(TORCH_VERSION)
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test check venv system-deps

run: $(RUN_STAMP)
	$(BIN)/assistant index
	@if [ -f ui.py ]; then \
		echo "启动网页界面（http://$${ASSISTANT_HOST:-127.0.0.1}:$${ASSISTANT_PORT:-7860}，Ctrl+C 退出）"; \
		$(BIN)/python ui.py; \
	else \
		$(BIN)/assistant chat; \
	fi

test: $(TEST_STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Pure modules with a fake embedder; no real model, Chroma server, subprocess, web server or browser.
check: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -m "not slow"

venv: $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(TORCH_STAMP): | $(BIN)/python
	$(PIP) install "torch==$(TORCH_VERSION)"
	touch $@

$(RUN_STAMP): pyproject.toml $(TORCH_STAMP)
	$(PIP) install -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(TORCH_STAMP)
	$(PIP) install -e '.[test,llm,bench]'
	touch $@

# Browser tests need Chromium and a CJK font (also used to build a Chinese PDF in the tests);
# OCR (opencv inside rapidocr) needs libGL and GLib; .doc/.wps/.rtf tests convert through LibreOffice
# (Writer; about 30 s to install with Calc).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	ldconfig -p | grep 'libGL.so.1 ' >/dev/null || missing="$$missing libgl1"; \
	ldconfig -p | grep 'libglib-2.0.so.0 ' >/dev/null || missing="$$missing libglib2.0-0"; \
	{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -i 'Noto Sans CJK' >/dev/null; } || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "警告：缺少系统软件包$$missing，且本机没有 apt-get，请手动安装。" >&2; \
		else \
			echo "安装系统软件包：$$missing"; \
			$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq; \
			$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
				--no-install-recommends $$missing fontconfig; \
		fi; \
	fi

# Benchmarks (see docs/BENCHMARKS.md): quality and speed against the standard LangChain baseline,
# plus the scale run at 1k chunks; needs ../shared (corpus + eval questions). Results: bench/results/.
.PHONY: bench
bench: $(TEST_STAMP)
	$(BIN)/python -m bench.quality
	$(BIN)/python -m bench.speed
	$(BIN)/python -m bench.scale --sizes 1000

# Load test (not part of `make test`): concurrent chat sessions through gradio_client against
# the web app on a temporary copy of corpus/, with an upload while they chat. A few minutes.
.PHONY: load
load: $(TEST_STAMP)
	$(BIN)/python -m scripts.load --sessions 1 4 16 --seconds 30
