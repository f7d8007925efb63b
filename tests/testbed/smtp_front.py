# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The SMTP front of the test mail server: aiosmtpd in front of Dovecot's LMTP.

Run as its own process: ``python -m tests.testbed.smtp_front --config FILE``, where
FILE is the JSON written by ``MailServer`` (see ``FrontConfig``). It listens on two
loopback ports: submission with STARTTLS and implicit TLS ("smtps"). Both require
AUTH (PLAIN or LOGIN, only over TLS) checked against Dovecot's passwd-files. Mail
is accepted for local users only: other domains get 550 (no relaying), unknown
local users get 550 at RCPT. Each accepted mail is handed to Dovecot over LMTP,
one recipient per LMTP transaction: with several recipients LMTP answers DATA once
per recipient, which the stdlib LMTP client misreads.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import hmac
import json
import logging
import re
import signal
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP
from aiosmtpd.smtp import AuthResult
from aiosmtpd.smtp import LoginPassword

log = logging.getLogger(__name__)

LMTP_TIMEOUT = 30.0
_BARE_LF = re.compile(rb"(?<!\r)\n")
# Addresses double as file names of passwd-files: keep them plain.
VALID_ADDRESS = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9][a-z0-9.-]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class FrontConfig:
    """What the front listens on, whom it accepts and where it delivers."""

    host: str
    submission_port: int
    smtps_port: int
    cert: str
    key: str
    passwd_dir: str
    domain: str
    lmtp_host: str
    lmtp_port: int

    @classmethod
    def load(cls, path: Path) -> FrontConfig:
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(dataclasses.asdict(self), indent=2), "utf-8")


def read_password(passwd_dir: Path, address: str) -> str | None:
    """The ``{PLAIN}`` password of ``address`` from its Dovecot passwd-file, if any.

    ``passwd_dir`` holds one passwd-file per user, named by the address.
    """
    address = address.lower()
    if not VALID_ADDRESS.fullmatch(address):
        return None
    try:
        line = (passwd_dir / address).read_text(encoding="utf-8").split("\n", 1)[0]
    except FileNotFoundError:
        return None
    user, _, rest = line.partition(":")
    secret = rest.split(":", 1)[0]
    if user.lower() != address or not secret.startswith("{PLAIN}"):
        return None
    return secret.removeprefix("{PLAIN}")


class LmtpError(Exception):
    """Dovecot answered an LMTP command with an error; ``reply`` is its answer."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


async def _read_reply(reader: asyncio.StreamReader) -> str:
    """Read one (possibly multi-line) reply; return its last line without CRLF."""
    while True:
        line = (await reader.readline()).decode("utf-8", "replace").rstrip("\r\n")
        if len(line) < 4 or not line[:3].isdigit():
            raise LmtpError(f"451 4.4.0 Bad LMTP reply {line!r}")
        if line[3] != "-":
            return line


async def _expect(reader: asyncio.StreamReader, code: str) -> None:
    reply = await _read_reply(reader)
    if not reply.startswith(code):
        raise LmtpError(reply)


async def _command(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: str, code: str
) -> None:
    writer.write(line.encode("utf-8") + b"\r\n")
    await writer.drain()
    await _expect(reader, code)


def _dot_stuffed(content: bytes) -> bytes:
    data = _BARE_LF.sub(b"\r\n", content)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    lines = data.split(b"\r\n")
    return b"\r\n".join(b"." + ln if ln.startswith(b".") else ln for ln in lines)


async def lmtp_deliver(
    config: FrontConfig, sender: str, recipient: str, content: bytes
) -> None:
    """Deliver ``content`` to one recipient in one LMTP transaction.

    Raises LmtpError with Dovecot's reply when it refuses.
    """
    async with asyncio.timeout(LMTP_TIMEOUT):
        reader, writer = await asyncio.open_connection(
            config.lmtp_host, config.lmtp_port
        )
        try:
            await _expect(reader, "220")
            await _command(reader, writer, f"LHLO {config.domain}", "250")
            body = " BODY=8BITMIME" if any(b > 127 for b in content) else ""
            await _command(reader, writer, f"MAIL FROM:<{sender}>{body}", "250")
            await _command(reader, writer, f"RCPT TO:<{recipient}>", "250")
            await _command(reader, writer, "DATA", "354")
            writer.write(_dot_stuffed(content) + b".\r\n")
            await writer.drain()
            await _expect(reader, "250")
            with contextlib.suppress(LmtpError, ConnectionError):
                await _command(reader, writer, "QUIT", "221")
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


class DeliveringHandler:
    """aiosmtpd handler: local recipients only, delivery over LMTP."""

    def __init__(self, config: FrontConfig) -> None:
        self.config = config
        self.passwd_dir = Path(config.passwd_dir)

    def authenticate(
        self,
        server: SMTP,
        session: Any,
        envelope: Any,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        """Check a PLAIN/LOGIN login against the user's passwd-file (read each time)."""
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace").lower()
        expected = read_password(self.passwd_dir, login)
        given = auth_data.password.decode("utf-8", "replace")
        ok = expected is not None and hmac.compare_digest(
            expected.encode("utf-8"), given.encode("utf-8")
        )
        log.info("AUTH %s for %s: %s", mechanism, login, "ok" if ok else "refused")
        return AuthResult(success=ok, handled=False, auth_data=login)

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Any,
        envelope: Any,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        domain = address.rpartition("@")[2].lower()
        if domain != self.config.domain:
            log.info("Refused relaying to %s", address)
            return "550 5.7.1 Relaying denied"
        if read_password(self.passwd_dir, address) is None:
            log.info("Refused unknown recipient %s", address)
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        sender = envelope.mail_from or ""
        for recipient in envelope.rcpt_tos:
            try:
                await lmtp_deliver(self.config, sender, recipient, content)
            except LmtpError as exc:
                log.warning("LMTP refused %s: %s", recipient, exc.reply)
                return exc.reply
            except (OSError, TimeoutError) as exc:
                log.warning("LMTP failed for %s: %r", recipient, exc)
                return "451 4.4.1 Mail store unreachable"
            log.info("Delivered mail from %s to %s", sender, recipient)
        return "250 2.0.0 OK: delivered"


class _ImplicitTlsSMTP(SMTP):
    """SMTP on a port that speaks TLS from the first byte.

    aiosmtpd only counts STARTTLS as TLS; here every session is encrypted, so AUTH
    is allowed from the start (and still never in clear text).
    """

    def __init__(self, handler: DeliveringHandler, **kwargs: Any) -> None:
        super().__init__(handler, auth_require_tls=True, **kwargs)
        self._auth_require_tls = False


async def serve(config: FrontConfig) -> None:
    """Serve both ports until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(config.cert, config.key)
    handler = DeliveringHandler(config)
    common: dict[str, Any] = {
        "hostname": config.domain,
        "auth_required": True,
        "authenticator": handler.authenticate,
        "loop": loop,
    }
    submission = await loop.create_server(
        lambda: SMTP(
            handler,
            tls_context=tls,
            require_starttls=True,
            auth_require_tls=True,
            **common,
        ),
        config.host,
        config.submission_port,
    )
    smtps = await loop.create_server(
        lambda: _ImplicitTlsSMTP(handler, **common),
        config.host,
        config.smtps_port,
        ssl=tls,
    )
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    log.info(
        "SMTP front for %s on %s: submission %d, smtps %d, LMTP to %d",
        config.domain,
        config.host,
        config.submission_port,
        config.smtps_port,
        config.lmtp_port,
    )
    async with submission, smtps:
        await stop.wait()
    log.info("SMTP front stopped")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Test bed SMTP front")
    parser.add_argument("--config", type=Path, required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    asyncio.run(serve(FrontConfig.load(args.config)))


if __name__ == "__main__":
    main()
