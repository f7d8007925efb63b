# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Shared test set-up: markers by folder and the real-server test bed fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a real display unless a test asks for Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's keyring: a test that wants one asks for the
# secret_service fixture (a private gnome-keyring).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

pytest_plugins = ["tests.testbed.fixtures", "tests.testbed.desktop_fixtures"]

_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its folder, so ``-m unit`` and friends select folders."""
    for item in items:
        parts = Path(str(item.fspath)).relative_to(_TESTS).parts
        folder = parts[0] if parts else ""
        if folder in {"unit", "gui", "integration"}:
            item.add_marker(getattr(pytest.mark, folder))
