# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Submitting mails over SMTP (RFC 6409): bytes in, "sent" or why not out.

``SmtpSender.send`` hands raw bytes to the account's submission server for a
list of recipients. It connects on first use (implicit TLS, STARTTLS or, with
consent, plain; the TLS policy of ``security.py``), logs in, and keeps the
connection for the next mail (a queue flush uses one connection), closing it
after ``idle_close`` seconds without a send. A connection the server dropped
meanwhile is replaced once, before anything of the mail was sent.

Failures are ``SmtpError``s. ``permanent``: the server refused this mail
(5xx: unknown recipient, too big, rejected content): it fails with the
server's reason and resending will not help. Otherwise the failure is
temporary (4xx, network, timeouts): the core keeps the message PENDING and
resends it later; ``fatal`` ones (wrong password, untrusted certificate, no
encryption) wait for the user. The persistent queue itself is the core's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import TypeVar

import aiosmtplib

from messenger.core.mail_defaults import MailSecurity
from messenger.core.model import ErrorCode
from messenger.protocols import tls
from messenger.protocols.email.errors import TransportError
from messenger.protocols.email.errors import network_error
from messenger.protocols.email.errors import server_text
from messenger.protocols.email.security import TlsPolicy
from messenger.protocols.email.security import connect_pinned
from messenger.protocols.email.settings import EmailSettings

log = logging.getLogger(__name__)
_T = TypeVar("_T")

COMMAND_TIMEOUT = 60.0
IDLE_CLOSE = 30.0
# EHLO with an address literal, as Thunderbird does: the computer's name is
# nobody's business (and looking it up may block).
LOCAL_NAME = "[127.0.0.1]"
_AUTH_CODES = {530, 534, 535, 538}
MAX_ADDRESS = 320
_NOT_IN_ADDRESS = frozenset(' <>()[],;:"\\')


class SmtpError(TransportError):
    """Sending failed; ``permanent``: this mail was refused (see the module doc).

    ``reply_code`` is the server's SMTP code (0 if it did not answer).
    """

    def __init__(
        self,
        code: ErrorCode,
        detail: str,
        *,
        permanent: bool = False,
        reply_code: int = 0,
        fatal: bool | None = None,
        fingerprint: str = "",
    ) -> None:
        super().__init__(code, detail, fatal=fatal, fingerprint=fingerprint)
        self.permanent = permanent
        self.reply_code = reply_code


@dataclass(frozen=True, slots=True, kw_only=True)
class SendResult:
    """The server took the mail. ``refused``: recipients it refused (5xx), each
    with the server's reply; the others will get it."""

    refused: dict[str, str] = field(default_factory=dict)
    reply: str = ""


def is_envelope_address(address: str) -> bool:
    """Whether ``address`` is a plain ``local@domain`` we put in MAIL/RCPT as is.

    Peers choose addresses: anything with spaces, controls, brackets, quotes,
    commas or a second ``@`` could change the SMTP command or be read as
    another address, so it is refused (no quoted local parts).
    """
    local, at, domain = address.rpartition("@")
    return (
        bool(at and local and domain)
        and len(address) <= MAX_ADDRESS
        and "@" not in local
        and not any(c in _NOT_IN_ADDRESS or not c.isprintable() for c in address)
    )


def reply_error(code: int, message: str, what: str) -> SmtpError:
    """Classify an SMTP reply code (RFC 5321 4.2.1)."""
    detail = f"{what}: {code} {server_text(message)}"
    if code in _AUTH_CODES:
        return SmtpError(ErrorCode.AUTH_FAILED, detail, reply_code=code)
    if 500 <= code <= 599:
        return SmtpError(
            ErrorCode.SERVER_ERROR, detail, permanent=True, reply_code=code, fatal=False
        )
    return SmtpError(ErrorCode.SERVER_ERROR, detail, reply_code=code, fatal=False)


def _as_smtp_error(error: TransportError) -> SmtpError:
    if isinstance(error, SmtpError):
        return error
    return SmtpError(
        error.code,
        error.info.detail,
        fatal=error.fatal,
        fingerprint=error.info.fingerprint,
    )


class SmtpSender:
    """One account's submissions; one connection at a time, kept between sends."""

    def __init__(
        self,
        settings: EmailSettings,
        password: str,
        *,
        idle_close: float = IDLE_CLOSE,
        seconds: float = COMMAND_TIMEOUT,
    ) -> None:
        self.settings = settings
        self._password = password
        self._idle_close = idle_close
        self._seconds = seconds
        self._smtp: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()
        self._closer: asyncio.TimerHandle | None = None
        self._policy: TlsPolicy | None = None
        self._idle_quit: asyncio.Future[None] | None = None
        #: How many connections were opened (tests and diagnostics).
        self.connections = 0

    async def __aenter__(self) -> SmtpSender:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ------------------------------------------------------------ sending
    async def send(
        self, raw: bytes, recipients: Sequence[str], *, sender: str = ""
    ) -> SendResult:
        """Submit ``raw`` to ``recipients`` from ``sender`` (default: the address).

        Raises SmtpError (see the module doc).
        """
        if not recipients:
            raise SmtpError(ErrorCode.INVALID_INPUT, "no recipients", permanent=True)
        for address in (sender, *recipients):
            if address and not is_envelope_address(address):
                raise SmtpError(
                    ErrorCode.INVALID_INPUT,
                    f"not a plain address: {server_text(address)!r}",
                    permanent=True,
                    fatal=False,
                )
        async with self._lock:
            self._cancel_closer()
            try:
                return await self._send(raw, list(recipients), sender)
            finally:
                self._schedule_close()

    async def _send(self, raw: bytes, recipients: list[str], sender: str) -> SendResult:
        sender = sender or self.settings.address
        reused = self._smtp is not None and self._smtp.is_connected
        smtp = await self._connection()
        try:
            await self._mail_from(smtp, sender, raw, recipients)
        except aiosmtplib.SMTPServerDisconnected as exc:
            if not reused:
                raise await self._failure(exc, "MAIL FROM") from None
            log.debug("the kept SMTP connection was closed; connecting again")
            self._discard()
            smtp = await self._connection()
            await self._guard(self._mail_from(smtp, sender, raw, recipients), "MAIL")
        except Exception as exc:  # noqa: BLE001 - classified and raised again
            raise await self._failure(exc, "MAIL FROM") from None
        refused = await self._guard(self._recipients(smtp, recipients), "RCPT")
        response = await self._guard(smtp.data(raw, timeout=self._seconds), "DATA")
        return SendResult(refused=refused, reply=server_text(response.message))

    async def _mail_from(
        self,
        smtp: aiosmtplib.SMTP,
        sender: str,
        raw: bytes,
        recipients: list[str],
    ) -> None:
        options: list[str] = []
        if smtp.supports_extension("size"):
            options.append(f"SIZE={len(raw)}")
        if any(b > 127 for b in raw) and smtp.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        utf8 = not all(a.isascii() for a in (sender, *recipients))
        if utf8 and not smtp.supports_extension("smtputf8"):
            raise SmtpError(
                ErrorCode.UNSUPPORTED,
                "the server cannot send to non-ASCII addresses (no SMTPUTF8)",
                permanent=True,
                fatal=False,
            )
        if utf8:
            options.append("SMTPUTF8")
        await smtp.mail(
            sender,
            options=options,
            encoding="utf-8" if utf8 else "ascii",
            timeout=self._seconds,
        )

    async def _recipients(
        self, smtp: aiosmtplib.SMTP, recipients: list[str]
    ) -> dict[str, str]:
        """RCPT each; 5xx refusals are collected, a 4xx one makes it all temporary."""
        refused: dict[str, str] = {}
        encoding = "ascii" if all(r.isascii() for r in recipients) else "utf-8"
        for recipient in recipients:
            try:
                await smtp.rcpt(recipient, encoding=encoding, timeout=self._seconds)
            except aiosmtplib.SMTPRecipientRefused as exc:
                if not 500 <= exc.code <= 599:
                    raise reply_error(
                        exc.code, exc.message, f"RCPT {recipient}"
                    ) from None
                refused[recipient] = f"{exc.code} {server_text(exc.message)}"
        if len(refused) == len(recipients):
            first = next(iter(refused.values()))
            raise SmtpError(
                ErrorCode.SERVER_ERROR,
                f"every recipient was refused: {first}",
                permanent=True,
                fatal=False,
                reply_code=int(first[:3]) if first[:3].isdigit() else 0,
            )
        return refused

    async def _guard(self, awaitable: Awaitable[_T], what: str) -> _T:
        """Await ``awaitable``; a failure becomes SmtpError (see ``_failure``)."""
        try:
            return await awaitable
        except Exception as exc:  # noqa: BLE001 - classified and raised again
            raise await self._failure(exc, what) from None

    async def _failure(self, exc: BaseException, what: str) -> SmtpError:
        """Classify ``exc``; reset the transaction (RSET) or drop the connection."""
        if isinstance(exc, aiosmtplib.SMTPResponseException):
            error = reply_error(exc.code, exc.message, what)
            if error.fatal or exc.code == 421:
                self._discard()
            else:
                await self._rset()
            return error
        if isinstance(exc, SmtpError):
            await self._rset()
            return exc
        if isinstance(exc, ValueError):  # an address that cannot be sent safely
            await self._rset()
            return SmtpError(
                ErrorCode.INVALID_INPUT, f"{what}: {exc}", permanent=True, fatal=False
            )
        self._discard()
        return _as_smtp_error(network_error(exc, "SMTP"))

    async def _rset(self) -> None:
        smtp = self._smtp
        if smtp is None or not smtp.is_connected:
            return
        try:
            await smtp.rset(timeout=self._seconds)
        except (aiosmtplib.SMTPException, OSError):
            self._discard()

    # ------------------------------------------------------------ connection
    async def check(self) -> None:
        """Connect and log in once (the account wizard's test); raise SmtpError."""
        async with self._lock:
            await self._connection()
            await self._quit()

    async def _connection(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected:
            return self._smtp
        self._discard()
        try:
            async with asyncio.timeout(self._seconds):
                smtp = await self._open()
        except Exception as exc:
            if not isinstance(exc, TransportError):
                log.debug("SMTP connection failed", exc_info=True)
            raise _as_smtp_error(network_error(exc, "SMTP")) from None
        self._smtp = smtp
        self.connections += 1
        return smtp

    async def _open(self) -> aiosmtplib.SMTP:
        endpoint = self.settings.smtp
        if self._policy is None:
            self._policy = await TlsPolicy.load(self.settings)
        policy = self._policy
        policy.check_plain(endpoint)

        async def attempt(context: Any) -> aiosmtplib.SMTP:
            smtp = aiosmtplib.SMTP(
                hostname=endpoint.host,
                port=endpoint.port,
                use_tls=endpoint.security is MailSecurity.TLS,
                start_tls=False,
                tls_context=context,
                timeout=self._seconds,
                local_hostname=LOCAL_NAME,
            )
            try:
                await smtp.connect()
                if endpoint.security is MailSecurity.STARTTLS:
                    await _starttls(smtp, context, endpoint.host)
            except BaseException:
                smtp.close()
                raise
            return smtp

        async def discard(smtp: aiosmtplib.SMTP) -> None:
            smtp.close()

        if endpoint.security is MailSecurity.PLAIN:
            smtp = await attempt(None)
        else:
            smtp = await connect_pinned(policy, attempt, _fingerprint, discard, "SMTP")
        try:
            await self._login(smtp, endpoint.login)
        except BaseException:
            smtp.close()
            raise
        return smtp

    async def _login(self, smtp: aiosmtplib.SMTP, login: str) -> None:
        await smtp.ehlo()
        if not smtp.supports_extension("auth"):
            return  # a server that needs none (else MAIL FROM says so: 530)
        try:
            await smtp.login(login, self._password)
        except aiosmtplib.SMTPAuthenticationError as exc:
            detail = f"SMTP login refused: {exc.code} {server_text(exc.message)}"
            transient = 400 <= exc.code <= 499
            code = ErrorCode.SERVER_ERROR if transient else ErrorCode.AUTH_FAILED
            raise SmtpError(code, detail, reply_code=exc.code) from None
        except aiosmtplib.SMTPException as exc:
            raise SmtpError(
                ErrorCode.AUTH_FAILED, f"SMTP login failed: {exc.message}"
            ) from None

    async def close(self) -> None:
        """QUIT (briefly) and close the connection, if any."""
        async with self._lock:
            self._cancel_closer()
            await self._quit()

    async def _quit(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None and smtp.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                await smtp.quit(timeout=3.0)
        if smtp is not None:
            smtp.close()

    def _discard(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def _schedule_close(self) -> None:
        self._cancel_closer()
        if self._smtp is not None:
            loop = asyncio.get_running_loop()
            self._closer = loop.call_later(self._idle_close, self._close_idle)

    def _cancel_closer(self) -> None:
        if self._closer is not None:
            self._closer.cancel()
            self._closer = None

    def _close_idle(self) -> None:
        self._closer = None
        if not self._lock.locked() and self._smtp is not None:
            self._idle_quit = asyncio.ensure_future(self.close())


async def _starttls(smtp: aiosmtplib.SMTP, context: Any, host: str) -> None:
    """Upgrade; refuse a server that does not offer STARTTLS (never send in clear)."""
    await smtp.ehlo()
    if not smtp.supports_extension("starttls"):
        raise TransportError(
            ErrorCode.TLS_UNAVAILABLE, "the SMTP server does not offer STARTTLS"
        )
    await smtp.starttls(tls_context=context, server_hostname=host)


def _fingerprint(smtp: aiosmtplib.SMTP) -> str:
    try:
        ssl_object = smtp.get_transport_info("ssl_object")
    except aiosmtplib.SMTPServerDisconnected:
        return ""
    return tls.peer_fingerprint(ssl_object)
