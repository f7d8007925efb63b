#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Build the PyInstaller one-folder bundle: packaging/pyinstaller/build.sh [OUT]
# (default OUT: build/pyinstaller). Result: OUT/dist/messenger/messenger, which
# runs without a Python installation.
#
# Steps: the wheel (packaging/build-wheel.sh), a throwaway venv with that wheel
# and PyInstaller (pinned by requirements/constraints.txt), the icons for the
# platform, then messenger.spec. The bundle is built from the installed wheel,
# not from the source tree, so it carries exactly what the wheel does
# (resources, compiled translations).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
mkdir -p "${1:-build/pyinstaller}"
OUT=$(cd "${1:-build/pyinstaller}" && pwd)
PYTHON="${PYTHON:-python3}"

rm -rf "$OUT/wheel" "$OUT/dist" "$OUT/work"
packaging/build-wheel.sh "$OUT/wheel" >/dev/null
"$PYTHON" -m venv --clear "$OUT/venv"
bin="$OUT/venv/bin"
[ -d "$OUT/venv/Scripts" ] && bin="$OUT/venv/Scripts"  # Windows (Git Bash)
"$bin/python" -m pip install --quiet --disable-pip-version-check \
  -c requirements/constraints.txt "$OUT"/wheel/messenger-*.whl pyinstaller
case "$(uname -s)" in
  Linux) icon_options=() ;;                 # the desktop file names the themed icon
  Darwin) icon_options=(--icns) ;;
  *) icon_options=(--ico) ;;
esac
# (The odd expansion: an empty array under set -u in macOS's bash 3.2.)
"$bin/python" packaging/render_icons.py "$OUT/icons" ${icon_options[@]+"${icon_options[@]}"} >/dev/null
# The venv's messenger, not the source tree's: run from outside the checkout.
cd "$OUT"
MESSENGER_ICON_DIR="$OUT/icons" "$bin/pyinstaller" --noconfirm --clean \
  --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" \
  "$ROOT/packaging/pyinstaller/messenger.spec"
echo "$OUT/dist/messenger"
