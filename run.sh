#!/usr/bin/env bash
# Fresh machine to chat window: make .venv, install, build the index from corpus/ on first run,
# then serve http://127.0.0.1:7860 (Ctrl-C stops it). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/assistant serve "$@"
