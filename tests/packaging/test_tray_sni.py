# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The tray icon goes through StatusNotifierItem when a watcher is on the bus.

Qt's QSystemTrayIcon (xcb platform) registers a D-Bus StatusNotifierItem with
``org.kde.StatusNotifierWatcher`` when that name has an owner with a host
registered, and only falls back to the X11 tray protocol otherwise. Here the
real app (``python -m messenger``) runs on Xvfb, with no X tray host, against
a private session bus where the watcher is the TEST DOUBLE
``tests/packaging/sni_watcher.py`` (no headless panel exists to run instead).
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.testbed.session_bus import SessionBus
from tests.testbed.xvfb import Xvfb

TIMEOUT = 60.0


class Lines:
    """A child process whose stdout lines are JSON lists."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )

    def next(self, timeout: float = TIMEOUT) -> list[Any]:
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                pytest.fail("the watcher double said nothing in time")
        line = self.process.stdout.readline()
        assert line, "the watcher double exited"
        words = json.loads(line)
        assert isinstance(words, list)
        return words

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def watcher(session_bus: SessionBus) -> Iterator[Lines]:
    env = dict(os.environ, **session_bus.env)
    lines = Lines([sys.executable, "-m", "tests.packaging.sni_watcher"], env)
    try:
        assert lines.next() == ["ready"]
        yield lines
    finally:
        lines.stop()


def test_the_tray_icon_registers_a_status_notifier_item(
    watcher: Lines, session_bus: SessionBus, xvfb: Xvfb, tmp_path: Path
) -> None:
    env = dict(os.environ, **session_bus.env, **xvfb.env)
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    env.pop("MESSENGER_PROFILE", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "messenger", "--profile", str(tmp_path / "profile")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    status: int | None = None
    try:
        event = watcher.next()
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            status = app.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()

    assert event[0] == "registered"
    item = event[2]
    assert item["Status"] == "Active"
    assert item["Id"] == "messenger"
    assert status == 0  # SIGTERM quits cleanly, tray and all
