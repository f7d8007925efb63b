#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Windows installer (run in Git Bash on Windows, with Python 3.11 and Inno
# Setup 6's iscc on PATH): packaging/windows/build-installer.sh
# Builds the bundle (packaging/pyinstaller/build.sh, with the .ico), then
# build/windows/messenger-<version>-setup.exe from messenger.iss.
# Not run by CI (Linux only); see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/pyinstaller/build.sh build/pyinstaller
version=$(build/pyinstaller/venv/Scripts/python -c \
  "import re, messenger; print(re.match(r'\d+(\.\d+)*', messenger.__version__).group())")
iscc "/DAppVersion=$version" packaging/windows/messenger.iss
