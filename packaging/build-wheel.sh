#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
#
# Build the messenger wheel into DIR (default dist/): packaging/build-wheel.sh [DIR]
#
# The wheel holds the package, resources/ (as messenger/resources: icons,
# desktop file, metainfo) and the compiled translations. `pip install` or
# `pipx install` of it gives the `messenger` command.
#
# In a git checkout the build runs on a copy of the files git knows (tracked or
# new, not ignored): setuptools keeps its build/ folder between builds and
# would ship a module deleted since. Elsewhere (an unpacked sdist) it builds in
# place.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p "${1:-dist}"
OUT=$(cd "${1:-dist}" && pwd)
# Any Python 3.11+ with pip; the build itself runs in pip's isolated environment.
PYTHON="${PYTHON:-python3}"

source_dir=.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  source_dir=$(mktemp -d)
  trap 'rm -rf "$source_dir"' EXIT
  git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' file; do
        [ -e "$file" ] && printf '%s\0' "$file"
      done \
    | tar --null --files-from=- -cf - | tar -xf - -C "$source_dir"
fi
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$OUT" "$source_dir"
ls "$OUT"/messenger-*.whl
