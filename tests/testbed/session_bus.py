# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A private D-Bus session bus (``dbus-daemon --session``-like) for desktop tests.

Nothing here touches the user's bus: the socket lives in a temp dir and the bus
has no service dirs, so nothing is D-Bus-activated behind the test's back (a
service is there only when a test bed helper started it). ``start()`` returns
once the bus accepts connections; point clients at it with ``env``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from pathlib import Path

# jeepney ships no type information.
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg

from tests.testbed.service import ProcessService

log = logging.getLogger(__name__)

_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
_CALL_TIMEOUT = 2.0


class SessionBus(ProcessService):
    """A private session bus; ``address`` and ``env`` are known at once."""

    label = "the session bus"

    def __init__(self, base_dir: Path | None = None) -> None:
        super().__init__(base_dir, prefix="bus")
        self.socket = self.base_dir / "bus"
        self.address = f"unix:path={self.socket}"
        self.log_path = self.base_dir / "dbus.log"

    def __repr__(self) -> str:
        return f"<SessionBus {self.address}>"

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point a D-Bus client at this bus."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    def start(self, *, daemon_env: Mapping[str, str] | None = None) -> None:
        """Start dbus-daemon (with ``daemon_env``, else ours) until it answers."""
        self._refuse_if_running()
        config = self.base_dir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.socket), encoding="utf-8")
        self._launch(
            "dbus-daemon",
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
            log_path=self.log_path,
            env=daemon_env,
            ready=self._ready,
        )
        log.info("Session bus up in %.2f s on %s", self.startup_seconds, self.address)

    def has_owner(self, name: str) -> bool:
        """Whether a connection owns the well-known ``name`` right now."""
        try:
            with contextlib.closing(open_dbus_connection(bus=self.address)) as conn:
                reply = conn.send_and_get_reply(
                    message_bus.NameHasOwner(name), timeout=_CALL_TIMEOUT
                )
                return bool(unwrap_msg(reply)[0])
        except (OSError, TimeoutError, ValueError, DBusErrorResponse):
            return False

    def _ready(self) -> bool:
        if not self.socket.exists():
            return False
        try:
            with contextlib.closing(open_dbus_connection(bus=self.address)):
                return True
        except (OSError, ValueError, TimeoutError):
            return False
