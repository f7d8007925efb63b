# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""pytest plugin: a real desktop for tray and notification tests.

Registered in tests/conftest.py (``pytest_plugins``) next to
``tests.testbed.fixtures``, whose ``xvfb`` these build on:

- ``session_bus`` (session): a private D-Bus session bus (``SessionBus``).
- ``tray_host`` (session): ``trayer`` docked on the test bed's Xvfb.
- ``notification_daemon`` (function): a fresh ``dunst`` on the Xvfb and the
  private bus for each test, so counts and history start empty.

A helper that cannot start fails the test with its log tail; it never skips.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.testbed.fixtures import _serve
from tests.testbed.notification_daemon import NotificationDaemon
from tests.testbed.session_bus import SessionBus
from tests.testbed.tray_host import TrayHost
from tests.testbed.xvfb import Xvfb


@pytest.fixture(scope="session")
def session_bus() -> Iterator[SessionBus]:
    yield from _serve("the session bus", SessionBus())


@pytest.fixture(scope="session")
def tray_host(xvfb: Xvfb) -> Iterator[TrayHost]:
    yield from _serve("trayer", TrayHost(xvfb.display))


@pytest.fixture
def notification_daemon(
    session_bus: SessionBus, xvfb: Xvfb
) -> Iterator[NotificationDaemon]:
    yield from _serve("dunst", NotificationDaemon(session_bus, xvfb.display))
