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

from tests.testbed.fixtures import _started
from tests.testbed.notification_daemon import NotificationDaemon
from tests.testbed.session_bus import SessionBus
from tests.testbed.tray_host import TrayHost
from tests.testbed.xvfb import Xvfb


@pytest.fixture(scope="session")
def session_bus() -> Iterator[SessionBus]:
    bus = SessionBus()
    try:
        _started("the session bus", bus.start)
        yield bus
    finally:
        bus.close()


@pytest.fixture(scope="session")
def tray_host(xvfb: Xvfb) -> Iterator[TrayHost]:
    host = TrayHost(xvfb.display)
    try:
        _started("trayer", host.start)
        yield host
    finally:
        host.close()


@pytest.fixture
def notification_daemon(
    session_bus: SessionBus, xvfb: Xvfb
) -> Iterator[NotificationDaemon]:
    daemon = NotificationDaemon(session_bus, xvfb.display)
    try:
        _started("dunst", daemon.start)
        yield daemon
    finally:
        daemon.close()
