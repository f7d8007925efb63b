#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Install everything the tests need and run every quality gate and every test:
# lint, format, types, import contracts, then unit, GUI (offscreen) and
# integration tests against real servers started by tests/testbed.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh test
scripts/venv.sh "-e .[test]"
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff check";  ruff check .
echo "== ruff format"; ruff format --check .
echo "== mypy";        mypy
echo "== import contracts"; lint-imports
echo "== pytest"
# faulthandler + an outer timeout: a hung Qt test must fail the run, not stall it.
PYTHONFAULTHANDLER=1 timeout --signal=INT --kill-after=60 3000 \
  pytest "$@"
