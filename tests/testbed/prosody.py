# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real Prosody on 127.0.0.1, in a temp dir, for integration tests and by hand.

Domain ``localhost``, with a MUC service (``conference.localhost``, archived, rooms
unlocked at once) and HTTP file upload (``upload.localhost``, plain HTTP on a
loopback port). Clients connect to ``host``:``c2s_port`` (STARTTLS) or
``host``:``direct_tls_port`` (XEP-0368 direct TLS) and trust ``ca_file``.

Prosody always gets ``--config`` with our own file: its default config in /etc
listens on every interface.
"""

from __future__ import annotations

import logging
import socket
import time
from pathlib import Path

from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.ports import LOOPBACK
from tests.testbed.ports import accepts
from tests.testbed.ports import free_ports
from tests.testbed.process import TestbedError
from tests.testbed.process import log_tail
from tests.testbed.process import run_tool
from tests.testbed.service import ProcessService

log = logging.getLogger(__name__)

DOMAIN = "localhost"
MUC_DOMAIN = "conference.localhost"
UPLOAD_DOMAIN = "upload.localhost"
_MODULES = (
    "roster", "saslauth", "tls", "disco", "carbons", "mam", "smacks", "vcard4",
    "vcard_legacy", "blocklist", "csi_simple", "bookmarks", "pep", "ping",
    "offline", "register",
)  # fmt: skip
_STREAM_HEADER = (
    f"<?xml version='1.0'?><stream:stream to='{DOMAIN}' version='1.0' "
    "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>"
).encode()
_PORT_CLASH = ("Failed to open server port", "Address already in use")
_START_ATTEMPTS = 3


def _lua(value: str | Path) -> str:
    """A Lua string literal."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _lua_list(values: tuple[str, ...]) -> str:
    return "{ " + ", ".join(_lua(v) for v in values) + " }"


class ProsodyServer(ProcessService):
    """Prosody started from its own config in ``base_dir``.

    ``start()`` returns once the c2s port answers a stream header; ``stop()``
    (SIGTERM), ``kill()`` (SIGKILL) and ``restart()`` keep ports, users and data,
    so clients can reconnect. ``close()`` stops it and removes the temp dir it
    made. As a context manager it starts and closes.
    """

    label = "Prosody"

    def __init__(
        self,
        base_dir: Path | None = None,
        *,
        pki: TestPki | None = None,
        log_level: str = "info",
        extra_config: str = "",
    ) -> None:
        super().__init__(base_dir, prefix="prosody")
        self.host = LOOPBACK
        self.domain = DOMAIN
        self.muc_domain = MUC_DOMAIN
        self.upload_domain = UPLOAD_DOMAIN
        self.pki = pki if pki is not None else make_test_pki(self.base_dir / "pki")
        self.ca_file = self.pki.ca_file
        self.config_path = self.base_dir / "prosody.cfg.lua"
        self.data_dir = self.base_dir / "data"
        self.log_path = self.base_dir / "prosody.log"
        self.log_level = log_level
        self.extra_config = extra_config
        self.c2s_port, self.direct_tls_port, self.http_port = free_ports(3)
        self._ever_started = False

    def __repr__(self) -> str:
        return (
            f"<ProsodyServer {self.domain} c2s={self.host}:{self.c2s_port} "
            f"tls={self.direct_tls_port} running={self.running}>"
        )

    @property
    def upload_url(self) -> str:
        """Base URL of the HTTP file share service."""
        return f"http://{self.host}:{self.http_port}/"

    def start(self) -> None:
        """Start Prosody and wait until the c2s port answers a stream header.

        The first start picks new ports if another process took one meanwhile;
        later starts keep the ports clients already know.
        """
        attempts = 1 if self._ever_started else _START_ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                self._start_once()
            except TestbedError:
                clash = any(s in log_tail(self.log_path, 200) for s in _PORT_CLASH)
                if not clash or attempt == attempts:
                    raise
                log.warning("Prosody port clash, retrying with new ports")
                self.c2s_port, self.direct_tls_port, self.http_port = free_ports(3)
            else:
                self._ever_started = True
                return

    def _start_once(self) -> None:
        self._refuse_if_running()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.base_dir / "certs").mkdir(exist_ok=True)
        self.config_path.write_text(self._config(), encoding="utf-8")
        if self._ever_started:
            with self.log_path.open("a", encoding="utf-8") as out:
                out.write("--- testbed: starting Prosody again ---\n")
        else:
            self.log_path.write_bytes(b"")
        self._launch(
            "prosody",
            ["prosody", "--config", str(self.config_path), "-F"],
            log_path=self.log_path,
            cwd=self.base_dir,
            ready=self._ready,
        )
        log.info(
            "Prosody up in %.2f s: c2s %s, direct TLS %s",
            self.startup_seconds,
            self.c2s_port,
            self.direct_tls_port,
        )

    def kill(self) -> None:
        """SIGKILL Prosody, as a crash would; ``start()`` brings it back."""
        if self._process is not None:
            self._process.kill()

    def restart(self) -> None:
        self.stop()
        self.start()

    def register(self, user: str, password: str) -> str:
        """Create (or reset) an account with prosodyctl; return its bare JID.

        Works while Prosody runs: the internal storage is read on each login.
        """
        run_tool(
            [
                "prosodyctl", "--config", str(self.config_path),
                "register", user, self.domain, password,
            ]
        )  # fmt: skip
        return f"{user}@{self.domain}"

    def _ready(self) -> bool:
        tail = log_tail(self.log_path, 200)
        if any(s in tail for s in _PORT_CLASH):
            raise TestbedError(f"Prosody could not bind its ports:\n{tail}")
        return _answers_stream_header(self.host, self.c2s_port) and accepts(
            self.host, self.direct_tls_port
        )

    def _config(self) -> str:
        base = self.base_dir
        return f"""\
-- Written by tests/testbed/prosody.py; loopback only, s2s off.
run_as_root = true
daemonize = false
pidfile = {_lua(base / "prosody.pid")}
data_path = {_lua(self.data_dir)}
certificates = {_lua(base / "certs")}
log = {{ {{ levels = {{ min = {_lua(self.log_level)} }}, to = "file",
          filename = {_lua(self.log_path)} }} }}
interfaces = {{ "{self.host}" }}
local_interfaces = {{ "{self.host}" }}
c2s_interfaces = {{ "{self.host}" }}
c2s_ports = {{ {self.c2s_port} }}
c2s_direct_tls_interfaces = {{ "{self.host}" }}
c2s_direct_tls_ports = {{ {self.direct_tls_port} }}
legacy_ssl_ports = {{ }}
s2s_interfaces = {{ }}
s2s_ports = {{ }}
component_ports = {{ }}
http_interfaces = {{ "{self.host}" }}
http_ports = {{ {self.http_port} }}
https_interfaces = {{ }}
https_ports = {{ }}
http_default_host = {_lua(self.upload_domain)}
ssl = {{ certificate = {_lua(self.pki.cert)}, key = {_lua(self.pki.key)} }}
c2s_require_encryption = true
authentication = "internal_hashed"
storage = "internal"
allow_registration = true
modules_enabled = {_lua_list(_MODULES)}
modules_disabled = {{ "s2s" }}
default_archive_policy = true
archive_expires_after = "never"
{self.extra_config}

VirtualHost {_lua(self.domain)}

Component {_lua(self.muc_domain)} "muc"
    modules_enabled = {{ "muc_mam" }}
    muc_room_locking = false

Component {_lua(self.upload_domain)} "http_file_share"
    http_external_url = {_lua(self.upload_url)}
"""


def _answers_stream_header(host: str, port: int) -> bool:
    """True once the port answers an XMPP stream header with its own."""
    try:
        with socket.create_connection((host, port), timeout=1.0) as sock:
            sock.sendall(_STREAM_HEADER)
            received = b""
            deadline = time.monotonic() + 2.0
            while b"<stream:stream" not in received and time.monotonic() < deadline:
                chunk = sock.recv(4096)
                if not chunk:
                    return False
                received += chunk
            return b"<stream:stream" in received
    except OSError:
        return False
