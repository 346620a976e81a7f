# Velfærdsassistenten: the command vocabulary for people and CI alike.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   ?= .venv
PY     := $(VENV)/bin/python
MODEL  := models/velfaerd.tar.gz
SPACY  := var/spacy_da/meta.json
export TF_CPP_MIN_LOG_LEVEL := 2
export TF_ENABLE_ONEDNN_OPTS := 0
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_TELEMETRY_ENABLED := false

# Python 3.10: a plain python3.10, else pyenv's (the .python-version file selects it).
PYTHON310 ?= $(shell \
  for c in "python3.10" \
           "env PYENV_VERSION=$$(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$$)' | tail -n1) python3.10"; do \
    $$c -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1 && { echo "$$c"; break; }; \
  done)

# Python 3.13 for Home Assistant 2025.4.4 (bench-ha): pyenv's 3.13.0, else a plain python3.13.
PYTHON313 ?= $(shell \
  for c in "env PYENV_VERSION=$$(pyenv versions --bare 2>/dev/null | grep -E '^3\.13(\.|$$)' | head -n1) python3.13" \
           "python3.13"; do \
    $$c -c 'import sys; assert sys.version_info[:2] == (3, 13)' >/dev/null 2>&1 && { echo "$$c"; break; }; \
  done)
# Home Assistant and wyoming-satellite live in venvs of their own beside the repository,
# never in it nor in ours (the satellite pins wyoming 1.4.1, we use 1.10).
HA_VENV  ?= $(abspath ../ha-venv)
SAT_VENV ?= $(abspath ../sat-venv)

TRAIN_INPUTS := config.yml $(wildcard bot/domain/*.yml) \
  $(wildcard data/nlu/*.yml data/rules/*.yml data/stories/*.yml) $(wildcard nlu/*.py nlu/danish_time/*.py)

.PHONY: help install run run-prod run-home schema chat voice wyoming train test check lint eval lookups bench bench-ha chromium espeak ffmpeg webchat mosquitto clean

help: ## list the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is needed (pyenv install 3.10.13)"; exit 1; }
	test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip<25"
	$(PY) -m pip install -q -c constraints.txt -e ".[dev,voice]"
	touch $@

install: $(VENV)/.installed ## create .venv with the pinned dependencies

# The lemma table keeps the words whose lemma the training data uses (nlu/spacy_da.py).
$(SPACY): $(VENV)/.installed nlu/spacy_da.py $(wildcard data/nlu/*.yml)
	$(PY) -m nlu.spacy_da var/spacy_da --vocabulary data/nlu

# Train when the content of config, domain, data or NLU code differs from what the model
# was trained on (a hash taken before training, so edits made during a run count).
train: $(VENV)/.installed $(SPACY) ## train the Rasa model if config, domain or data changed
	@mkdir -p models; sum=$$(sha256sum $(TRAIN_INPUTS) $(SPACY) | sha256sum | cut -c1-64); \
	if [ -f $(MODEL) ] && [ "$$(cat $(MODEL).inputs 2>/dev/null)" = "$$sum" ]; then \
	  echo "The model is up to date."; \
	else \
	  $(PY) -m rasa train --config config.yml --domain bot/domain \
	    --data data/nlu data/rules data/stories --out models --fixed-model-name velfaerd \
	  && echo "$$sum" > $(MODEL).inputs; \
	fi

run: train webchat ## set up, train if needed, start action server + Rasa on localhost (Ctrl-C stops)
	$(PY) -m bot serve --model $(MODEL)

# The production profile (README, "Production mode"): PostgreSQL and Redis, by default
# the local services; set VELFAERD_DATABASE_URL and VELFAERD_REDIS_URL for others.
PROD_ENV := VELFAERD_PROFILE=production \
  VELFAERD_DATABASE_URL=$${VELFAERD_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/velfaerd} \
  VELFAERD_REDIS_URL=$${VELFAERD_REDIS_URL:-redis://127.0.0.1:6379/1}

schema: $(VENV)/.installed ## production: create the PostgreSQL database and our tables in it
	$(PROD_ENV) $(PY) -m bot schema --create-database

run-prod: train webchat schema ## like run, on PostgreSQL and Redis (the production profile)
	$(PROD_ENV) $(PY) -m bot serve --model $(MODEL)

# The speaker at home: microphone, wake phrase, Whisper base in Danish (or a Vosk model:
# VOSK_MODEL), the running assistant, espeak-ng. Needs `make run` in another terminal.
voice: $(VENV)/.installed espeak ## listen on the microphone and answer aloud (Ctrl-C stops)
	$(PY) -m voice --live

# Home Assistant's voice satellites: Danish speech in and out and the conversation over
# the Wyoming protocol on 127.0.0.1:10300 (docs/home-assistant.md). Needs `make run`.
wyoming: $(VENV)/.installed espeak ## the Wyoming server for Home Assistant (Ctrl-C stops)
	$(PY) -m bot wyoming

chat: train ## a Danish conversation in the terminal
	@mkdir -p var; SANIC_HOST=127.0.0.1 $(PY) -m rasa_sdk --actions actions --port 5055 >var/actions-chat.log 2>&1 & \
	  pid=$$!; trap "kill $$pid" EXIT; \
	  $(PY) -m rasa shell --model $(MODEL) --endpoints bot/endpoints.yml

lookups: $(VENV)/.installed ## regenerate the technology and medicine lookup tables
	$(PY) -m nlu.lookups

lint: $(VENV)/.installed ## ruff, mypy and the import contracts (pyproject.toml)
	$(PY) -m ruff check bot nlu actions voice tests bench testkit
	$(PY) -m ruff format --check bot nlu actions voice tests bench testkit
	$(PY) -m mypy bot voice actions
	$(VENV)/bin/lint-imports

# The one-minute loop: lint and every test that needs no service, no trained model and no
# network (tests/conftest.py marks the others by folder and fixture), on both cores.
check: lint ## lint and the fast tests (no service, model or network), about a minute
	$(PY) -m pytest -q -n 2 -m "not integration and not model and not services"

# The web chat page's socket.io client (bot/channels/webchat.py serves it), installed by
# npm from the committed lockfile, never fetched by the page. Again when the lockfile
# is newer; npm gives files an old date, hence the touch.
WEBCHAT_DIR := bot/channels/webchat-js
WEBCHAT_JS  := $(WEBCHAT_DIR)/node_modules/socket.io-client/dist/socket.io.min.js

$(WEBCHAT_JS): $(WEBCHAT_DIR)/package.json $(WEBCHAT_DIR)/package-lock.json
	@command -v npm >/dev/null || { \
	  echo "npm is needed for the web chat: apt-get install npm (Debian), then make webchat"; exit 1; }
	npm ci --prefix $(WEBCHAT_DIR) --no-audit --no-fund
	touch $@

webchat: $(WEBCHAT_JS) ## install the web chat's socket.io client with npm (from the lockfile)

# Debian's Chromium for the wall screen's browser tests and bench, driven by Playwright
# (pip); no browser is ever downloaded. apt-get as root, else through sudo.
chromium: ## install Debian's Chromium (browser tests) if it is missing
	@command -v chromium >/dev/null || { \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; }

# Debian's espeak-ng (with libespeak-ng1) for the Danish voice that pyttsx3 speaks with
# (voice/tts.py). apt-get as root, else through sudo.
espeak: ## install Debian's espeak-ng (Danish speech) if it is missing
	@command -v espeak-ng >/dev/null || { \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends espeak-ng; }

# Debian's ffmpeg: Home Assistant converts speech with it (bench-ha).
ffmpeg: ## install Debian's ffmpeg (Home Assistant's speech conversion) if it is missing
	@command -v ffmpeg >/dev/null || { \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ffmpeg; }

# Debian's Mosquitto: the home's MQTT broker (bot/home). The tests start brokers of
# their own from this binary on free ports; run-home needs one on 127.0.0.1:1883 and
# starts it when nothing listens there.
mosquitto: ## install Debian's Mosquitto (MQTT broker) if it is missing
	@command -v mosquitto >/dev/null || test -x /usr/sbin/mosquitto || { \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$sudo apt-get update -q && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mosquitto; }

run-home: train webchat mosquitto ## like run, with the example home (data/home) and simulated devices
	@(exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null || { \
	  echo "starting Mosquitto on 127.0.0.1:1883"; PATH="$$PATH:/usr/sbin" mosquitto -d; sleep 1; }
	@$(PY) -m testkit.standin.home_devices data/home/eksempel.yml & sim=$$!; trap "kill $$sim" EXIT; \
	  VELFAERD_HOMES_DIR=data/home $(PY) -m bot serve --model $(MODEL)

test: lint train chromium espeak webchat mosquitto ## the whole test suite (what CI runs)
	$(PY) -m pytest

eval: train ## NLU report on the held-out sentences (var/bench)
	$(PY) -m bench.nlu_report

bench: train chromium espeak webchat mosquitto ## all benchmarks; results in var/bench
	$(PY) -m bench.nlu_report
	$(PY) -m bench.train_time
	$(PY) -m bench.latency
	$(PY) -m bench.time_parser
	$(PY) -m bench.safety
	$(PY) -m bench.scheduler
	$(PY) -m bench.plan_queries
	$(PY) -m bench.wall_screen
	$(PY) -m bench.plan_alerts
	$(PY) -m bench.voice
	$(PY) -m bench.wyoming
	$(PY) -m bench.home
	$(PY) -m bench.teams
	$(PY) -m bench.exactly_once
	$(PY) -m bench.load
	$(PY) -m bench.faults

# Not in `make test` nor `make bench`: minutes long, and Home Assistant installs its
# integrations' requirements from PyPI at its first start (docs/home-assistant.md).
bench-ha: train espeak ffmpeg ## a real Home Assistant and wyoming-satellite against our Wyoming server
	@test -n "$(PYTHON313)" || { echo "Python 3.13 is needed (pyenv install 3.13.0)"; exit 1; }
	test -x $(HA_VENV)/bin/hass || { $(PYTHON313) -m venv $(HA_VENV) && \
	  $(HA_VENV)/bin/pip install -q homeassistant==2025.4.4; }
	test -f $(SAT_VENV)/bin/wyoming-satellite || { $(PYTHON313) -m venv $(SAT_VENV) && \
	  $(SAT_VENV)/bin/pip install -q wyoming-satellite==1.0.0; }
	$(PY) -m bench.home_assistant --ha-venv $(HA_VENV) --satellite-venv $(SAT_VENV)

clean: ## remove the environment, the model and local state
	rm -rf $(VENV) models var results .rasa
