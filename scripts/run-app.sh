#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Install messenger (system libraries + a venv) and start it. Extra arguments go
# to messenger, e.g. `scripts/run-app.sh --profile /tmp/p`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/system-packages.sh app
scripts/venv.sh .
exec .venv/bin/messenger "$@"
