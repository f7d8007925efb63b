# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A private Secret Service: its own D-Bus session bus plus gnome-keyring-daemon.

Nothing here touches the user's bus or keyrings: the bus socket, keyring files,
runtime dir and HOME of the daemons all live in a temp dir. The bus has no
service dirs, so nothing gets D-Bus-activated behind our back (a second,
activated keyring daemon is what makes calls fail with "Prompt dismissed").
``start()`` returns once ``org.freedesktop.secrets`` has an owner and the default
collection ("login") is unlocked. Point a client at it with ``env``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

import secretstorage

# jeepney ships no type information (secretstorage, built on it, does).
from jeepney import DBusAddress  # type: ignore[import-untyped]
from jeepney import new_method_call
from jeepney.io.blocking import DBusConnection  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]
from jeepney.wrappers import unwrap_msg

from tests.testbed.process import TestbedError
from tests.testbed.service import ProcessService
from tests.testbed.session_bus import SessionBus

log = logging.getLogger(__name__)

SECRETS_BUS_NAME = "org.freedesktop.secrets"
_SERVICE = DBusAddress(
    "/org/freedesktop/secrets",
    bus_name=SECRETS_BUS_NAME,
    interface="org.freedesktop.Secret.Service",
)
# gnome-keyring's own interface for unlocking without a prompt (what its PAM
# module and ``--unlock`` use); the Secret Service API itself would prompt.
_GNOME_KEYRING = DBusAddress(
    "/org/freedesktop/secrets",
    bus_name=SECRETS_BUS_NAME,
    interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
)
_CALL_TIMEOUT = 2.0


class SecretService(ProcessService):
    """A private session bus (``bus``) with an unlocked gnome-keyring on it.

    ``env`` holds ``DBUS_SESSION_BUS_ADDRESS`` for clients (keyring, secretstorage,
    jeepney, dbus-fast). ``password`` unlocks the login keyring. ``lock()`` locks
    the default collection, to test how clients cope (unlocking then needs a
    prompt, which fails at once here: no prompter); ``unlock()`` undoes it.
    """

    label = "the secret service"

    def __init__(self, base_dir: Path | None = None) -> None:
        super().__init__(base_dir, prefix="keyring")
        self.bus = SessionBus(self.base_dir)
        self.bus_socket = self.bus.socket
        self.address = self.bus.address
        self.password = secrets.token_urlsafe(12)
        self.dbus_log_path = self.bus.log_path
        self.keyring_log_path = self.base_dir / "gnome-keyring.log"

    def __repr__(self) -> str:
        return f"<SecretService {self.address}>"

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point a client at this Secret Service."""
        return self.bus.env

    @property
    def running(self) -> bool:
        return self.bus.running and super().running

    def start(self) -> None:
        """Start the bus and the keyring daemon; return once the keyring is unlocked."""
        self._refuse_if_running()
        home = self.base_dir / "home"
        runtime = self.base_dir / "run"
        for path in (home, runtime, self.base_dir / "data", self.base_dir / "config"):
            path.mkdir(mode=0o700, exist_ok=True)
        env = dict(os.environ)
        env.update(
            self.env,
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_DATA_HOME=str(self.base_dir / "data"),
            XDG_CONFIG_HOME=str(self.base_dir / "config"),
        )
        env.pop("DISPLAY", None)
        self.bus.start(daemon_env=env)
        try:
            keyring_seconds = self._launch(
                "gnome-keyring-daemon",
                [
                    "gnome-keyring-daemon",
                    "--foreground",
                    "--unlock",
                    "--components=secrets",
                ],
                log_path=self.keyring_log_path,
                env=env,
                stdin_data=self.password.encode(),
                ready=self._keyring_ready,
            )
        except TestbedError:
            self.bus.stop()
            raise
        self.startup_seconds = (self.bus.startup_seconds or 0.0) + keyring_seconds
        log.info(
            "Secret Service up in %.2f s on %s", self.startup_seconds, self.address
        )

    def stop(self) -> None:
        """Stop the keyring daemon, then the bus."""
        super().stop()
        self.bus.stop()

    def lock(self) -> None:
        """Lock the default collection, as a screen locker or the user would."""
        with contextlib.closing(open_dbus_connection(bus=self.address)) as conn:
            path = self._default_collection_path(conn)
            call = new_method_call(_SERVICE, "Lock", "ao", ([path],))
            unwrap_msg(conn.send_and_get_reply(call, timeout=_CALL_TIMEOUT))

    def unlock(self) -> None:
        """Unlock the default collection with ``password``, without a prompt."""
        with contextlib.closing(open_dbus_connection(bus=self.address)) as conn:
            path = self._default_collection_path(conn)
            call = new_method_call(_SERVICE, "OpenSession", "sv", ("plain", ("s", "")))
            _, session = unwrap_msg(
                conn.send_and_get_reply(call, timeout=_CALL_TIMEOUT)
            )
            secret = (session, b"", self.password.encode(), "text/plain")
            call = new_method_call(
                _GNOME_KEYRING, "UnlockWithMasterPassword", "o(oayays)", (path, secret)
            )
            unwrap_msg(conn.send_and_get_reply(call, timeout=_CALL_TIMEOUT))

    def is_locked(self) -> bool:
        """Whether the default collection is locked right now."""
        with contextlib.closing(open_dbus_connection(bus=self.address)) as conn:
            return secretstorage.Collection(conn).is_locked()

    def _keyring_ready(self) -> bool:
        """True once the secrets name has an owner and "default" is unlocked."""
        if not self.bus.has_owner(SECRETS_BUS_NAME):
            return False
        try:
            with contextlib.closing(open_dbus_connection(bus=self.address)) as conn:
                if self._default_collection_path(conn) == "/":
                    return False
                return not secretstorage.Collection(conn).is_locked()
        except (
            OSError,
            TimeoutError,
            DBusErrorResponse,
            secretstorage.exceptions.SecretStorageException,
        ):
            return False

    @staticmethod
    def _default_collection_path(conn: DBusConnection) -> str:
        """The object path behind the "default" alias; "/" when there is none."""
        call = new_method_call(_SERVICE, "ReadAlias", "s", ("default",))
        reply = conn.send_and_get_reply(call, timeout=_CALL_TIMEOUT)
        path: str = unwrap_msg(reply)[0]
        return path
