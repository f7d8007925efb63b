# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A virtual X server (Xvfb) for GUI tests that need a real display.

Xvfb picks a free display number itself (``-displayfd``) and writes it once it
accepts connections, so two test runs on one machine never race for a number.
Tests normally stay offscreen; this is for what offscreen cannot show (xcb
platform plugin, window manager-free X behaviour, screenshots).
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from tests.testbed.process import ManagedProcess
from tests.testbed.process import TestbedError
from tests.testbed.service import ProcessService

log = logging.getLogger(__name__)

SCREEN = "1280x800x24"


class Xvfb(ProcessService):
    """``Xvfb :N -screen 0 1280x800x24 -nolisten tcp`` on a free display ``:N``.

    ``display`` (":N") is known after ``start()``; ``env`` gives ``DISPLAY``.
    """

    label = "Xvfb"

    def __init__(self, base_dir: Path | None = None, *, screen: str = SCREEN):
        super().__init__(base_dir, prefix="xvfb")
        self.screen = screen
        self.log_path = self.base_dir / "xvfb.log"
        self.display_number: int | None = None
        self._read_fd: int | None = None
        self._received = b""

    def __repr__(self) -> str:
        return f"<Xvfb display={self.display_number}>"

    @property
    def display(self) -> str:
        if self.display_number is None:
            raise TestbedError("Xvfb has not been started")
        return f":{self.display_number}"

    @property
    def env(self) -> dict[str, str]:
        """Environment that sends X clients (and Qt's xcb plugin) to this server."""
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def start(self) -> None:
        """Start Xvfb and wait until it reports its display number."""
        self._refuse_if_running()
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        self._read_fd, self._received = read_fd, b""
        # Start from a free number; -displayfd moves on past any taken one.
        argv = ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen]
        argv += ["-nolisten", "tcp", "-noreset"]
        self._process = ManagedProcess(
            "Xvfb", argv, log_path=self.log_path, pass_fds=(write_fd,)
        )
        try:
            self._process.start()
        finally:
            os.close(write_fd)
        try:
            self.startup_seconds = self._process.wait_until(self._ready)
        finally:
            os.close(read_fd)
            self._read_fd = None
        log.info("Xvfb up in %.2f s on %s", self.startup_seconds, self.display)

    def _ready(self) -> bool:
        if self._read_fd is None:
            return False
        with contextlib.suppress(BlockingIOError):
            self._received += os.read(self._read_fd, 64)
        if not self._received.endswith(b"\n"):
            return False
        self.display_number = int(self._received.strip())
        return True
