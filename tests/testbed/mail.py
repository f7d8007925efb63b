# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""A real mail server on 127.0.0.1: Dovecot for IMAP plus our SMTP front.

Domain ``mail.test``. Dovecot serves IMAP (plain, ``imap_port``) and IMAPS
(``imaps_port``) with IDLE, CONDSTORE, QRESYNC, MOVE, METADATA, SPECIAL-USE and
COMPRESS=DEFLATE, and takes deliveries over LMTP (``lmtp_port``). The SMTP front
(``smtp_front.py``, a subprocess) accepts authenticated submissions on
``smtp_port`` (STARTTLS) and ``smtps_port`` (implicit TLS) and delivers over LMTP.
Both read the same passwd-files, so ``add_user`` works while they run.

Dovecot's login, auth and mail processes do not run as root: the temp dir is
world-traversable and the mail dirs belong to the ``mail`` user.
"""

from __future__ import annotations

import logging
import os
import pwd
import smtplib
import socket
import ssl
import sys
from pathlib import Path

from tests.testbed.certs import TestPki
from tests.testbed.certs import make_test_pki
from tests.testbed.ports import LOOPBACK
from tests.testbed.ports import accepts
from tests.testbed.ports import free_ports
from tests.testbed.process import ManagedProcess
from tests.testbed.process import TestbedError
from tests.testbed.process import log_tail
from tests.testbed.service import Service
from tests.testbed.smtp_front import VALID_ADDRESS
from tests.testbed.smtp_front import FrontConfig

log = logging.getLogger(__name__)

DOMAIN = "mail.test"
MAIL_USER = "mail"
_REPO_ROOT = Path(__file__).resolve().parents[2]
_DH_PARAMS = Path("/usr/share/dovecot/dh.pem")
_PORT_CLASH = ("Address already in use",)
_START_ATTEMPTS = 3


class MailServer(Service):
    """Dovecot + SMTP front in ``base_dir``.

    ``start()``/``stop()`` run both; ``kill_imap()``/``start_imap()`` crash and
    restart Dovecot alone, ``stop_smtp()``/``start_smtp()`` take the SMTP front
    away and back. Ports, users and mail survive all of these. ``close()`` stops
    everything and removes the temp dir this object made. As a context manager it
    starts and closes.

    ``namespace_prefix="INBOX."`` imitates providers that allow folders only under
    the inbox (personal namespace ``INBOX.`` with separator ``.``); by default the
    namespace has no prefix and the separator ``/``.
    """

    label = "the mail server"

    def __init__(
        self,
        base_dir: Path | None = None,
        *,
        pki: TestPki | None = None,
        namespace_prefix: str = "",
    ):
        super().__init__(base_dir, prefix="mail")
        if namespace_prefix and not namespace_prefix.endswith("."):
            raise ValueError("a namespace prefix ends with its separator '.'")
        self.namespace_prefix = namespace_prefix
        self.host = LOOPBACK
        self.domain = DOMAIN
        self.pki = pki if pki is not None else make_test_pki(self.base_dir / "pki")
        self.ca_file = self.pki.ca_file
        self.passwd_dir = self.base_dir / "passwd.d"
        self.mail_root = self.base_dir / "mail"
        self.dovecot_config = self.base_dir / "dovecot.conf"
        self.dovecot_log_path = self.base_dir / "dovecot.log"
        self.smtp_config = self.base_dir / "smtp_front.json"
        self.smtp_log_path = self.base_dir / "smtp_front.log"
        self.users: dict[str, str] = {}
        self._pick_ports()
        self.imap_startup_seconds: float | None = None
        self.smtp_startup_seconds: float | None = None
        self._dovecot: ManagedProcess | None = None
        self._smtp: ManagedProcess | None = None
        self._prepared = False
        self._imap_started = self._smtp_started = False

    def __repr__(self) -> str:
        return (
            f"<MailServer {self.domain} imap={self.imap_port} imaps={self.imaps_port}"
            f" smtp={self.smtp_port} smtps={self.smtps_port}>"
        )

    @property
    def imap_running(self) -> bool:
        return self._dovecot is not None and self._dovecot.running

    @property
    def smtp_running(self) -> bool:
        return self._smtp is not None and self._smtp.running

    @property
    def running(self) -> bool:
        """Whether Dovecot and the SMTP front both run."""
        return self.imap_running and self.smtp_running

    def _pick_ports(self) -> None:
        ports = free_ports(5)
        self.imap_port, self.imaps_port, self.lmtp_port = ports[:3]
        self.smtp_port, self.smtps_port = ports[3:]

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start Dovecot, then the SMTP front; return when both answer."""
        self.start_imap()
        self.start_smtp()

    def stop(self) -> None:
        """Stop the SMTP front and Dovecot (SIGTERM, then wait)."""
        self.stop_smtp()
        if self._dovecot is not None:
            self._dovecot.stop()

    def start_imap(self) -> None:
        """Start Dovecot (IMAP, IMAPS, LMTP) and wait until its ports answer."""
        self._prepare()
        attempts = 1 if (self._imap_started or self._smtp_started) else _START_ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                self._start_dovecot()
            except TestbedError:
                tail = log_tail(self.dovecot_log_path, 100)
                if attempt == attempts or not any(s in tail for s in _PORT_CLASH):
                    raise
                log.warning("Dovecot port clash, retrying with new ports")
                self._pick_ports()
            else:
                self._imap_started = True
                return

    def kill_imap(self) -> None:
        """SIGKILL Dovecot and all its processes, as a crash would."""
        if self._dovecot is not None:
            self._dovecot.kill()

    def start_smtp(self) -> None:
        """Start the SMTP front and wait until both its ports answer EHLO."""
        self._prepare()
        if self.smtp_running:
            raise TestbedError("the SMTP front is already running")
        FrontConfig(
            host=self.host,
            submission_port=self.smtp_port,
            smtps_port=self.smtps_port,
            cert=str(self.pki.cert),
            key=str(self.pki.key),
            passwd_dir=str(self.passwd_dir),
            domain=self.domain,
            lmtp_host=self.host,
            lmtp_port=self.lmtp_port,
        ).save(self.smtp_config)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        config = str(self.smtp_config)
        self._smtp = ManagedProcess(
            "smtp front",
            [sys.executable, "-m", "tests.testbed.smtp_front", "--config", config],
            log_path=self.smtp_log_path,
            env=env,
            cwd=_REPO_ROOT,
        )
        self._smtp.start()
        self.smtp_startup_seconds = self._smtp.wait_until(self._smtp_ready)
        self._smtp_started = True
        log.info("SMTP front up in %.2f s", self.smtp_startup_seconds)

    def stop_smtp(self) -> None:
        """Stop the SMTP front; its ports refuse connections until start_smtp()."""
        if self._smtp is not None:
            self._smtp.stop()

    # ------------------------------------------------------------ users

    def add_user(self, local: str, password: str) -> str:
        """Create (or reset) the mailbox ``local@mail.test``; return the address.

        Works while the servers run. Each user has a passwd-file of their own:
        Dovecot looks at a known passwd-file at most once a second, so a user
        added to a shared file could stay unknown for up to a second, but it
        opens a new file on first use. (Changing the password of an existing
        user can likewise take a second to be seen.)
        """
        if not password or any(c in password for c in ":\r\n"):
            raise ValueError("test passwords cannot hold ':' or line breaks")
        address = f"{local}@{self.domain}".lower()
        if not VALID_ADDRESS.fullmatch(address):
            raise ValueError(f"not a plain test address: {address!r}")
        self._prepare()
        self.users[address] = password
        path = self.passwd_dir / address
        tmp = path.with_name(f".{address}.tmp")
        tmp.write_text(f"{address}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
        tmp.chmod(0o644)
        tmp.replace(path)
        return address

    # ------------------------------------------------------------ internals

    def _prepare(self) -> None:
        if self._prepared:
            return
        mail = pwd.getpwnam(MAIL_USER)
        for sub in ("run", "state"):
            (self.base_dir / sub).mkdir(mode=0o755, exist_ok=True)
        self.mail_root.mkdir(mode=0o755, exist_ok=True)
        os.chown(self.mail_root, mail.pw_uid, mail.pw_gid)
        self.passwd_dir.mkdir(mode=0o755, exist_ok=True)
        self._prepared = True

    def _start_dovecot(self) -> None:
        if self.imap_running:
            raise TestbedError("Dovecot is already running")
        self.dovecot_config.write_text(self._dovecot_conf(), encoding="utf-8")
        with self.dovecot_log_path.open("a", encoding="utf-8") as out:
            out.write("--- testbed: starting Dovecot ---\n")
        self._dovecot = ManagedProcess(
            "dovecot",
            ["dovecot", "-F", "-c", str(self.dovecot_config)],
            log_path=self.dovecot_log_path,
            cwd=self.base_dir,
        )
        self._dovecot.start()
        self.imap_startup_seconds = self._dovecot.wait_until(self._dovecot_ready)
        log.info("Dovecot up in %.2f s", self.imap_startup_seconds)

    def _dovecot_ready(self) -> bool:
        return (
            _greets(self.host, self.imap_port, b"* OK")
            and _greets(self.host, self.lmtp_port, b"220")
            and accepts(self.host, self.imaps_port)
        )

    def _smtp_ready(self) -> bool:
        tls = ssl.create_default_context(cafile=str(self.ca_file))
        try:
            with smtplib.SMTP(self.host, self.smtp_port, timeout=2.0) as smtp:
                if smtp.ehlo()[0] != 250:
                    return False
            with smtplib.SMTP_SSL(
                self.host, self.smtps_port, timeout=2.0, context=tls
            ) as smtps:
                return smtps.ehlo()[0] == 250
        except (OSError, smtplib.SMTPException):
            return False

    def _namespace_layout(self) -> str:
        if not self.namespace_prefix:
            return "  separator = /\n"
        return f"  separator = .\n  prefix = {self.namespace_prefix}\n"

    def _dovecot_conf(self) -> str:
        base = self.base_dir
        mail = pwd.getpwnam(MAIL_USER)
        dh = f"ssl_dh = <{_DH_PARAMS}\n" if _DH_PARAMS.exists() else ""
        mailboxes = "".join(
            f"  mailbox {name} {{\n    special_use = \\{name}\n"
            "    auto = subscribe\n  }\n"
            for name in ("Drafts", "Sent", "Trash", "Junk", "Archive")
        )
        return f"""\
# Written by tests/testbed/mail.py; loopback only.
instance_name = messenger-testbed-{self.imap_port}
base_dir = {base / "run"}
state_dir = {base / "state"}
log_path = {self.dovecot_log_path}
info_log_path = {self.dovecot_log_path}
protocols = imap lmtp
listen = {self.host}
ssl = yes
ssl_cert = <{self.pki.cert}
ssl_key = <{self.pki.key}
{dh}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
mail_uid = {mail.pw_uid}
mail_gid = {mail.pw_gid}
first_valid_uid = {mail.pw_uid}
last_valid_uid = {mail.pw_uid}
first_valid_gid = {mail.pw_gid}
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
postmaster_address = postmaster@{self.domain}
lda_mailbox_autocreate = yes
imap_metadata = yes
mail_attribute_dict = file:%h/dovecot-attributes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {self.passwd_dir}/%Lu
}}
userdb {{
  driver = static
  args = uid={mail.pw_uid} gid={mail.pw_gid} home={self.mail_root}/%Ld/%Ln
}}
protocol imap {{
  mail_plugins = $mail_plugins imap_zlib
}}
namespace inbox {{
  inbox = yes
{self._namespace_layout()}{mailboxes}}}
service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
# No growing login delay after wrong passwords from 127.0.0.1 (tests try them).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {self.host}
    port = {self.lmtp_port}
  }}
}}
"""


def _greets(host: str, port: int, greeting: bytes) -> bool:
    """True once a connection to the port gets a line starting with ``greeting``."""
    try:
        with socket.create_connection((host, port), timeout=1.0) as sock:
            return sock.makefile("rb").readline().startswith(greeting)
    except OSError:
        return False
