# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real desktop notification daemon (dunst) on a private bus and X display.

dunst owns ``org.freedesktop.Notifications`` on the given :class:`SessionBus`
and draws its pop-ups on the given X display (an Xvfb). Its HOME and XDG dirs
are temp dirs, and it reads only the config written here. ``start()`` returns
once the name has an owner. ``dunstctl`` (same bus) drives and inspects it:
what is displayed, the history of closed notifications, invoking the default
action of a displayed one (which makes dunst emit ``ActionInvoked``).
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from tests.testbed.process import TestbedError
from tests.testbed.process import log_tail
from tests.testbed.process import run_tool
from tests.testbed.service import ProcessService
from tests.testbed.session_bus import SessionBus

log = logging.getLogger(__name__)

NOTIFICATIONS_BUS_NAME = "org.freedesktop.Notifications"
_RELEASE_TIMEOUT = 5.0
# Show every notification at once (no queue), never time one out on its own,
# keep the history, and no dmenu/browser: nothing that starts other programs.
_DUNSTRC = """\
[global]
    follow = none
    notification_limit = 0
    history_length = 100
    idle_threshold = 0
    show_age_threshold = -1
    sticky_history = yes
    dmenu = /bin/false
    browser = /bin/false

[urgency_low]
    timeout = 0

[urgency_normal]
    timeout = 0

[urgency_critical]
    timeout = 0
"""


class NotificationDaemon(ProcessService):
    """dunst on ``bus`` and ``display`` (see the module docstring)."""

    label = "dunst"

    def __init__(
        self, bus: SessionBus, display: str, base_dir: Path | None = None
    ) -> None:
        super().__init__(base_dir, prefix="dunst")
        self.bus = bus
        self.display = display
        self.log_path = self.base_dir / "dunst.log"

    def __repr__(self) -> str:
        return f"<NotificationDaemon dunst on {self.display}, {self.bus.address}>"

    @property
    def env(self) -> dict[str, str]:
        """The environment of dunst and dunstctl: our bus, display and dirs."""
        env = dict(os.environ)
        env.update(
            self.bus.env,
            DISPLAY=self.display,
            HOME=str(self.base_dir),
            XDG_CONFIG_HOME=str(self.base_dir / "config"),
            XDG_RUNTIME_DIR=str(self.base_dir / "run"),
        )
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def start(self) -> None:
        self._refuse_if_running()
        if not self.bus.running:
            raise TestbedError("dunst needs a running session bus")
        self._wait_for_no_owner()
        for name in ("config", "run"):
            (self.base_dir / name).mkdir(mode=0o700, exist_ok=True)
        config = self.base_dir / "dunstrc"
        config.write_text(_DUNSTRC, encoding="utf-8")
        self._launch(
            "dunst",
            ["dunst", "-config", str(config)],
            log_path=self.log_path,
            env=self.env,
            ready=lambda: self.bus.has_owner(NOTIFICATIONS_BUS_NAME),
        )
        log.info("dunst up in %.2f s on %s", self.startup_seconds, self.display)

    def _wait_for_no_owner(self) -> None:
        """Wait until an earlier daemon's name is gone (the bus frees it late)."""
        deadline = time.monotonic() + _RELEASE_TIMEOUT
        while self.bus.has_owner(NOTIFICATIONS_BUS_NAME):
            if time.monotonic() > deadline:
                raise TestbedError(f"{NOTIFICATIONS_BUS_NAME} has an owner already")
            time.sleep(0.02)

    # driving and inspecting -------------------------------------------------
    def dunstctl(self, *args: str) -> str:
        """Run ``dunstctl`` against this daemon; its output, or TestbedError."""
        if not self.running:
            raise TestbedError(
                f"dunst is not running; log {self.log_path}:\n{self.log_tail()}"
            )
        return run_tool(["dunstctl", *args], env=self.env, timeout=10.0)

    def displayed_count(self) -> int:
        return int(self.dunstctl("count", "displayed").strip())

    def history_count(self) -> int:
        return int(self.dunstctl("count", "history").strip())

    def invoke_action(self, position: int = 0) -> None:
        """Invoke the default action of the displayed notification at ``position``."""
        self.dunstctl("action", str(position))

    def close_all(self) -> None:
        """Close every displayed notification (they go to the history)."""
        self.dunstctl("close-all")

    def history(self) -> list[dict[str, object]]:
        """Closed notifications, newest first: ``{"id": 3, "summary": ..., ...}``."""
        data = json.loads(self.dunstctl("history"))
        entries: list[dict[str, object]] = []
        for group in data.get("data", []):
            for item in group:
                entries.append({key: field["data"] for key, field in item.items()})
        return entries

    def log_tail(self) -> str:
        return log_tail(self.log_path)
