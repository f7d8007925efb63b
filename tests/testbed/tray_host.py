# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real X system tray (``trayer``) on a test display (an Xvfb).

trayer implements the freedesktop system tray protocol (XEmbed): it owns the
``_NET_SYSTEM_TRAY_S<screen>`` selection, and Qt's ``QSystemTrayIcon`` on the
xcb platform then reports ``isSystemTrayAvailable()`` and docks its icon there.
``start()`` returns once the selection has an owner (asked through libX11 with
ctypes, the same call Qt makes). One tray host per display.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from pathlib import Path

from tests.testbed.process import TestbedError
from tests.testbed.service import ProcessService

log = logging.getLogger(__name__)

TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"
# A panel in the top right corner, wide enough for a few icons.
_TRAYER_ARGS = (
    "--edge",
    "top",
    "--align",
    "right",
    "--widthtype",
    "pixel",
    "--width",
    "120",
    "--heighttype",
    "pixel",
    "--height",
    "32",
    "--SetDockType",
    "true",
    "--expand",
    "false",
)


def selection_has_owner(display: str, selection: str = TRAY_SELECTION) -> bool:
    """Whether an X client owns ``selection`` on ``display`` (libX11 via ctypes)."""
    name = ctypes.util.find_library("X11")
    if name is None:
        raise TestbedError("libX11 is not installed")
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        return False
    try:
        atom = x11.XInternAtom(handle, selection.encode(), 0)
        return bool(x11.XGetSelectionOwner(handle, atom))
    finally:
        x11.XCloseDisplay(handle)


class TrayHost(ProcessService):
    """``trayer`` docked on ``display`` (see the module docstring)."""

    label = "trayer"

    def __init__(self, display: str, base_dir: Path | None = None) -> None:
        super().__init__(base_dir, prefix="tray")
        self.display = display
        self.log_path = self.base_dir / "trayer.log"

    def __repr__(self) -> str:
        return f"<TrayHost trayer on {self.display}>"

    def start(self) -> None:
        self._refuse_if_running()
        if selection_has_owner(self.display):
            raise TestbedError(f"{self.display} has a system tray already")
        env = dict(os.environ, DISPLAY=self.display, HOME=str(self.base_dir))
        self._launch(
            "trayer",
            ["trayer", *_TRAYER_ARGS],
            log_path=self.log_path,
            env=env,
            ready=lambda: selection_has_owner(self.display),
        )
        log.info("trayer up in %.2f s on %s", self.startup_seconds, self.display)
