# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The wheel's explicit package list names every package of the source tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> set[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)
    packages: list[str] = config["tool"]["setuptools"]["packages"]
    return set(packages)


def _in_tree() -> set[str]:
    found = set()
    for init in (ROOT / "messenger").rglob("__init__.py"):
        if "__pycache__" not in init.parts:
            relative = init.parent.relative_to(ROOT)
            found.add(".".join(relative.parts))
    return found


def test_every_package_is_in_the_wheel() -> None:
    declared = _declared()
    missing = _in_tree() - declared
    assert not missing, f"add to [tool.setuptools] packages: {sorted(missing)}"
    assert "messenger.resources" in declared  # mapped from resources/
    # resources/ folders are data, listed so setuptools ships them quietly.
    stale = {
        p for p in declared - _in_tree() if not p.startswith("messenger.resources")
    }
    assert not stale, f"packages that no longer exist: {sorted(stale)}"
