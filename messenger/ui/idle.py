# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""User idle detection, reported to the core for auto-away.

:class:`IdleMonitor` watches the user's input in this app (an event filter on
the application: keys, mouse, wheel, touch, tablet) and, where the platform
tells, in the whole desktop session (:class:`XScreenSaverIdle`: the X11
screen saver extension through ctypes on libXss, when that library is there).
The most recent activity of the two is the user's. Every ``interval_ms``
(30 s) it calls ``core.report_idle(idle_since)``; on input after an idle spell
(the last report said idle for at least ``IDLE_THRESHOLD``) it reports at once,
so an auto-away ends as soon as the user is back. The core decides what the
idle time means (``core/idle.py``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from datetime import datetime
from datetime import timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from messenger.core.api import CoreApi
from messenger.core.context import utc_now
from messenger.core.errors import CoreError
from messenger.ui.aio import async_slot
from messenger.ui.aio import cancel_slot_tasks

log = logging.getLogger(__name__)

REPORT_INTERVAL_MS = 30_000
# Input after at least this much reported idleness is reported at once.
IDLE_THRESHOLD = timedelta(minutes=1)
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class SystemIdle(Protocol):
    """The desktop session's idle time, if the platform tells."""

    def idle_seconds(self) -> float | None:
        """Seconds since the last input anywhere in the session (None: unknown)."""

    def close(self) -> None: ...


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


class XScreenSaverIdle:
    """Session idle time on X11 (MIT-SCREEN-SAVER via libXss, through ctypes).

    Each query is one round trip to the X server on a connection of its own,
    as cheap as Qt's own X calls, so it runs on the GUI thread.
    """

    def __init__(
        self, x11: ctypes.CDLL, xss: ctypes.CDLL, display: int, info: int
    ) -> None:
        self._x11 = x11
        self._xss = xss
        self._display: int | None = display
        self._info = ctypes.cast(info, ctypes.POINTER(_XScreenSaverInfo))
        self._root = x11.XDefaultRootWindow(display)

    @classmethod
    def open(cls, display_name: str | None = None) -> XScreenSaverIdle | None:
        """Connect to ``display_name`` ($DISPLAY); None without libXss or X."""
        x11_name, xss_name = (
            ctypes.util.find_library("X11"),
            ctypes.util.find_library("Xss"),
        )
        if x11_name is None or xss_name is None:
            return None
        try:
            x11, xss = ctypes.CDLL(x11_name), ctypes.CDLL(xss_name)
        except OSError as exc:
            log.info("libXss cannot be loaded: %s", exc)
            return None
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverAllocInfo.restype = ctypes.c_void_p
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        display = x11.XOpenDisplay(display_name.encode() if display_name else None)
        if not display:
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            x11.XCloseDisplay(display)
            return None
        return cls(x11, xss, display, xss.XScreenSaverAllocInfo())

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        display, self._display = self._display, None
        if display is not None:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(display)


def system_idle() -> SystemIdle | None:
    """The session idle source of this platform, or None (app activity only)."""
    if QGuiApplication.platformName() == "xcb":
        return XScreenSaverIdle.open()
    return None


class IdleMonitor(QObject):
    """Reports the user's idle time to the core (see the module docstring).

    ``system`` is the session idle source (None: app input only); ``clock``
    gives the time (tests pass a fake one). Call :meth:`start` once the core
    runs and :meth:`stop` before it closes.
    """

    def __init__(
        self,
        core: CoreApi,
        *,
        system: SystemIdle | None = None,
        clock: Callable[[], datetime] = utc_now,
        interval_ms: int = REPORT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._system = system
        self._clock = clock
        self._last_input = clock()
        self._reported_since = self._last_input
        self._app: QCoreApplication | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Watch the application's input and report now and periodically."""
        app = QCoreApplication.instance()
        if app is not None and self._app is None:
            self._app = app
            app.installEventFilter(self)
        self.timer.start()
        self.report_now()

    def stop(self) -> None:
        """Stop watching and reporting (idempotent)."""
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
        cancel_slot_tasks(self)
        if self._system is not None:
            self._system.close()
            self._system = None

    def idle_since(self) -> datetime:
        """When the user was last active: here, or anywhere in the session."""
        since = self._last_input
        if self._system is not None:
            seconds = self._system.idle_seconds()
            if seconds is not None:
                since = max(since, self._clock() - timedelta(seconds=seconds))
        return since

    def user_active(self) -> None:
        """Input happened now (the event filter calls it; tests may too)."""
        now = self._clock()
        known_active = max(self._last_input, self._reported_since)
        self._last_input = now
        if now - known_active >= IDLE_THRESHOLD:
            self.report_now()

    def report_now(self) -> None:
        """Report the idle time to the core now (a task of this object)."""
        self._report()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.user_active()
        return False

    def _on_timer_timeout(self) -> None:
        self.report_now()

    @async_slot()
    async def _report(self) -> None:
        since = self.idle_since()
        self._reported_since = since
        try:
            await self._core.report_idle(since)
        except CoreError as exc:
            log.warning("Reporting the idle time failed: %s", exc.code.value)
