#!/usr/bin/env bash
# Fresh machine to the whole test suite: make .venv, install the package with its test extras,
# install Debian's Chromium for the browser tests when it is missing, then run pytest.
# Extra arguments go to pytest (e.g. ./test.sh -k ingest).
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  if $sudo true 2>/dev/null; then
    echo "installing chromium for the browser tests ..."
    $sudo apt-get install -y -q chromium >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }
  else
    echo "warning: chromium is not installed and cannot be installed here; browser tests will be skipped"
  fi
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False
exec .venv/bin/python -m pytest "$@"
