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
from pathlib import Path
from types import TracebackType

# jeepney ships no type information.
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg

from tests.testbed.process import ManagedProcess
from tests.testbed.process import TestbedError
from tests.testbed.process import make_temp_dir
from tests.testbed.process import remove_dir

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


class SessionBus:
    """A private session bus; ``address`` and ``env`` are known at once."""

    def __init__(self, base_dir: Path | None = None) -> None:
        self._owns_dir = base_dir is None
        self.base_dir = make_temp_dir("bus") if base_dir is None else base_dir
        self.socket = self.base_dir / "bus"
        self.address = f"unix:path={self.socket}"
        self.log_path = self.base_dir / "dbus.log"
        self.startup_seconds: float | None = None
        self._process: ManagedProcess | None = None

    def __repr__(self) -> str:
        return f"<SessionBus {self.address}>"

    def __enter__(self) -> SessionBus:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point a D-Bus client at this bus."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.running

    def start(self) -> None:
        if self.running:
            raise TestbedError("the session bus is already running")
        config = self.base_dir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.socket), encoding="utf-8")
        self._process = ManagedProcess(
            "dbus-daemon",
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
            log_path=self.log_path,
        )
        self._process.start()
        self.startup_seconds = self._process.wait_until(self._ready)
        log.info("Session bus up in %.2f s on %s", self.startup_seconds, self.address)

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()

    def close(self) -> None:
        """Stop the bus and remove the temp dir if this object made it."""
        self.stop()
        if self._owns_dir:
            remove_dir(self.base_dir)

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
