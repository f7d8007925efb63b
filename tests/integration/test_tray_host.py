# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The tray icon docked in a real system tray: trayer on Xvfb.

The app side runs in a child process on the Xvfb display (xcb platform, no
D-Bus session, so Qt uses the X11 tray protocol); the pytest process stays
offscreen. The child (:func:`child_main`) reports what its tray icon shows as
lines on stdout; the test reads them and clicks the docked icon with xdotool.
"""

from __future__ import annotations

import asyncio
import json
import os
import selectors
import subprocess
import sys
import tempfile
import time
from datetime import UTC
from datetime import datetime
from pathlib import Path

from tests.testbed.tray_host import TrayHost
from tests.testbed.xvfb import Xvfb

CHILD_TIMEOUT = 60.0
LINE_TIMEOUT = 20.0
_REPO = Path(__file__).resolve().parents[2]


# The child process ------------------------------------------------------------
def _say(*words: object) -> None:
    print(json.dumps(list(words)), flush=True)


def child_main() -> None:
    """Run a tray icon on a LocalCore (in memory) and report what it shows."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        code = runner.run(_child())
    sys.exit(code)


async def _child() -> int:
    from PySide6.QtWidgets import QMainWindow
    from PySide6.QtWidgets import QSystemTrayIcon

    from messenger.core.interfaces import BackendFactory
    from messenger.core.interfaces import IncomingMessage
    from messenger.core.local import LocalCore
    from messenger.core.model import Address
    from messenger.core.model import ProtocolKind
    from messenger.core.model import Show
    from messenger.storage.secrets import MemorySecretStore
    from messenger.storage.store import SqliteStore
    from messenger.ui.aio import signal_future
    from messenger.ui.bridge import CoreBridge
    from messenger.ui.tray import TrayIcon
    from tests.doubles.backend import BackendRecorder

    _say("available", QSystemTrayIcon.isSystemTrayAvailable())
    recorder = BackendRecorder()
    backends: dict[ProtocolKind, BackendFactory] = {ProtocolKind.XMPP: recorder}
    cache = Path(tempfile.mkdtemp(prefix="messenger-tray-test-"))
    core = LocalCore(SqliteStore(":memory:"), MemorySecretStore(), backends, cache)
    await core.start()
    try:
        account = await core.add_account(ProtocolKind.XMPP, "romeo@montague.example")
        window = QMainWindow()
        window.setWindowTitle("buddy list")
        window.show()
        bridge = CoreBridge(core, window)
        tray = TrayIcon(core, bridge, window, parent=window)
        tray.apply_snapshot(await bridge.attach(lambda _snapshot: None))
        tray.show()

        def report() -> None:
            show, badge = tray.icon_state
            _say("state", show, badge, tray.toolTip())

        deadline = time.monotonic() + LINE_TIMEOUT
        # Docking happens in the tray host: no signal tells when; poll.
        while tray.geometry().isEmpty() and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        report()
        for _ in range(20):
            await asyncio.sleep(0)  # the account connects (double)
        juliet = Address("juliet", "capulet.example")
        await recorder.built[account.id].sink.messages_received(
            [
                IncomingMessage(
                    peer=juliet,
                    sender=juliet.with_resource("balcony"),
                    body="wherefore art thou",
                    timestamp=datetime.now(UTC),
                )
            ]
        )
        report()
        await core.set_presence(Show.AWAY)
        report()

        center = tray.geometry().center()
        _say("click", center.x(), center.y())
        while window.isVisible():  # noqa: ASYNC110 (no signal for hiding)
            await asyncio.sleep(0.05)
        _say("hidden")
        shown = signal_future(tray.show_requested)
        async with asyncio.timeout(LINE_TIMEOUT):
            await shown
        _say("show-requested")
        tray.hide()
        return 0
    finally:
        await core.close()


# The test ----------------------------------------------------------------------
class _Child:
    def __init__(self, display: str) -> None:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        # No session bus: Qt would look for a StatusNotifierWatcher there.
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        code = "from tests.integration.test_tray_host import child_main; child_main()"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=_REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._selector = selectors.DefaultSelector()
        assert self.process.stdout is not None
        self._selector.register(self.process.stdout, selectors.EVENT_READ)

    def line(self, timeout: float = LINE_TIMEOUT) -> list[object]:
        assert self.process.stdout is not None
        if not self._selector.select(timeout):
            raise AssertionError(f"the child said nothing for {timeout} s")
        text = self.process.stdout.readline()
        if not text:
            raise AssertionError(f"the child ended: {self.finish()}")
        words: list[object] = json.loads(text)
        return words

    def finish(self) -> str:
        try:
            _, stderr = self.process.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, stderr = self.process.communicate()
        return stderr


def _click(display: str, x: int, y: int) -> None:
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y), "click", "1"],
        env=dict(os.environ, DISPLAY=display),
        check=True,
        timeout=10,
    )


def _click_until(child: _Child, display: str, x: int, y: int, expected: str) -> None:
    """Click the icon until the child reports ``expected``.

    On a loaded machine the tray host may still be embedding the icon when its
    position is first known, and the first click lands nowhere; a click that
    does land is answered within a second or two.
    """
    seen: list[list[object]] = []
    for _ in range(8):
        _click(display, x, y)
        try:
            answer = child.line(timeout=3.0)
        except AssertionError:
            continue
        if answer == [expected]:
            return
        seen.append(answer)
    raise AssertionError(f"no {expected!r} after 8 clicks; the child said {seen}")


def test_the_tray_icon_docks_shows_presence_and_unread_and_toggles_on_click(
    xvfb: Xvfb, tray_host: TrayHost
) -> None:
    assert tray_host.running
    child = _Child(xvfb.display)
    try:
        assert child.line() == ["available", True]
        assert child.line() == ["state", "available", False, "Messenger: Available"]
        assert child.line() == [
            "state",
            "available",
            True,
            "Messenger: Available\n1 unread message(s)",
        ]
        assert child.line() == [
            "state",
            "away",
            True,
            "Messenger: Away\n1 unread message(s)",
        ]
        word, x, y = child.line()
        assert word == "click"
        assert isinstance(x, int)
        assert isinstance(y, int)
        assert x > 0
        _click_until(child, xvfb.display, x, y, "hidden")
        _click_until(child, xvfb.display, x, y, "show-requested")
    finally:
        stderr = child.finish()
    assert child.process.returncode == 0, stderr
