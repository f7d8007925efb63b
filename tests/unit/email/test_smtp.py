# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``SmtpSender``: which failures are permanent, temporary or fatal.

``ScriptedSmtpServer`` is a test double: aiosmtpd on loopback in this test's
event loop, answering what each test scripts (4xx and 5xx at RCPT and DATA, no
STARTTLS, no SMTPUTF8, a kept connection closed by the server), which the test
bed's SMTP front does not do on demand. TLS, AUTH and real delivery are tested
against the front in tests/integration/email.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from dataclasses import field
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from messenger.core.model import ErrorCode
from messenger.core.model import JsonValue
from messenger.protocols.email.settings import EmailSettings
from messenger.protocols.email.smtp import SmtpError
from messenger.protocols.email.smtp import SmtpSender
from messenger.protocols.email.smtp import reply_error
from tests.testbed.ports import free_ports

MAIL = b"From: me@example.org\r\nSubject: hi\r\n\r\nhello\r\n"


@dataclass
class ScriptedSmtpServer:
    """Test double: what it answers, what it got, its open sessions."""

    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str = "250 OK queued"
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    sessions: list[SMTP] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        reply = self.rcpt_replies.get(address)
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply.startswith("250"):
            self.received.append(
                (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return self.data_reply

    def close_sessions(self) -> None:
        for session in self.sessions:
            if session.transport is not None:
                session.transport.close()


@contextlib.asynccontextmanager
async def smtp_double(**options: Any) -> AsyncIterator[tuple[ScriptedSmtpServer, int]]:
    double = ScriptedSmtpServer()

    def factory() -> SMTP:
        session = SMTP(double, hostname="double.test", **options)
        double.sessions.append(session)
        return session

    server = await asyncio.get_running_loop().create_server(factory, "127.0.0.1", 0)
    try:
        yield double, server.sockets[0].getsockname()[1]
    finally:
        double.close_sessions()
        server.close()


def plain_settings(port: int, **extra: JsonValue) -> EmailSettings:
    values: dict[str, JsonValue] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "plain",
        "allow_plain": True,
    }
    return EmailSettings.from_settings("me@example.org", values | extra)


# ----------------------------------------------------------------- pure


@pytest.mark.parametrize(
    ("code", "error", "permanent", "fatal"),
    [
        (550, ErrorCode.SERVER_ERROR, True, False),
        (552, ErrorCode.SERVER_ERROR, True, False),
        (554, ErrorCode.SERVER_ERROR, True, False),
        (450, ErrorCode.SERVER_ERROR, False, False),
        (421, ErrorCode.SERVER_ERROR, False, False),
        (535, ErrorCode.AUTH_FAILED, False, True),
        (530, ErrorCode.AUTH_FAILED, False, True),
    ],
)
def test_reply_codes(code: int, error: ErrorCode, permanent: bool, fatal: bool) -> None:
    failure = reply_error(code, "server says\r\nno", "DATA")

    assert (failure.code, failure.permanent, failure.fatal) == (error, permanent, fatal)
    assert failure.reply_code == code
    assert failure.info.detail == f"DATA: {code} server says no"


@pytest.mark.asyncio
async def test_plain_without_consent_never_connects() -> None:
    [port] = free_ports(1)
    settings = plain_settings(port, allow_plain=False)

    with pytest.raises(SmtpError) as refused:
        await SmtpSender(settings, "pw").send(MAIL, ["you@example.org"])

    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert refused.value.fatal
    assert not refused.value.permanent


@pytest.mark.asyncio
async def test_no_recipients_is_permanent() -> None:
    with pytest.raises(SmtpError) as refused:
        await SmtpSender(plain_settings(1), "pw").send(MAIL, [])

    assert refused.value.permanent


# ----------------------------------------------------------------- scripted


@pytest.mark.asyncio
async def test_sends_and_reports_refused_recipients() -> None:
    async with smtp_double() as (double, port):
        double.rcpt_replies["gone@example.org"] = "550 5.1.1 No such user"
        async with SmtpSender(plain_settings(port), "pw") as sender:
            result = await sender.send(MAIL, ["you@example.org", "gone@example.org"])

    assert result.refused == {"gone@example.org": "550 5.1.1 No such user"}
    assert result.reply == "OK queued"
    assert double.received == [("me@example.org", ["you@example.org"], MAIL)]


@pytest.mark.asyncio
async def test_temporary_recipient_refusal_makes_the_mail_temporary() -> None:
    async with smtp_double() as (double, port):
        double.rcpt_replies["busy@example.org"] = "452 4.2.2 Mailbox full, later"
        async with SmtpSender(plain_settings(port), "pw") as sender:
            with pytest.raises(SmtpError) as later:
                await sender.send(MAIL, ["you@example.org", "busy@example.org"])
            again = await sender.send(MAIL, ["you@example.org"])

    assert not later.value.permanent
    assert not later.value.fatal
    assert later.value.reply_code == 452
    assert again.refused == {}
    assert len(double.received) == 1  # the first one never reached DATA
    assert sender.connections == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("reply", "permanent"),
    [("552 5.3.4 Message too big", True), ("451 4.3.0 Try again", False)],
)
async def test_data_refusals(reply: str, permanent: bool) -> None:
    async with smtp_double() as (double, port):
        double.data_reply = reply
        async with SmtpSender(plain_settings(port), "pw") as sender:
            with pytest.raises(SmtpError) as refused:
                await sender.send(MAIL, ["you@example.org"])

    assert refused.value.permanent is permanent
    assert reply[4:] in refused.value.info.detail


@pytest.mark.asyncio
async def test_every_recipient_refused_is_permanent() -> None:
    async with smtp_double() as (double, port):
        double.rcpt_replies["a@example.org"] = "550 no"
        double.rcpt_replies["b@example.org"] = "553 bad"
        async with SmtpSender(plain_settings(port), "pw") as sender:
            with pytest.raises(SmtpError) as refused:
                await sender.send(MAIL, ["a@example.org", "b@example.org"])

    assert refused.value.permanent
    assert refused.value.reply_code == 550


@pytest.mark.asyncio
async def test_kept_connection_closed_by_the_server_is_replaced() -> None:
    async with smtp_double() as (double, port):
        sender = SmtpSender(plain_settings(port), "pw", idle_close=60.0)
        await sender.send(MAIL, ["you@example.org"])
        double.close_sessions()
        await asyncio.sleep(0.05)
        await sender.send(MAIL, ["you@example.org"])
        await sender.close()

    assert sender.connections == 2
    assert len(double.received) == 2


@pytest.mark.asyncio
async def test_idle_connection_is_closed() -> None:
    async with smtp_double() as (double, port):
        sender = SmtpSender(plain_settings(port), "pw", idle_close=0.05)
        await sender.send(MAIL, ["you@example.org"])
        await asyncio.sleep(0.3)
        closed = all(
            s.transport is None or s.transport.is_closing() for s in double.sessions
        )
        await sender.close()

    assert closed


@pytest.mark.asyncio
async def test_starttls_required_but_not_offered() -> None:
    async with smtp_double() as (double, port):
        settings = plain_settings(port, smtp_security="starttls")
        with pytest.raises(SmtpError) as refused:
            await SmtpSender(settings, "pw").send(MAIL, ["you@example.org"])

    assert refused.value.code is ErrorCode.TLS_UNAVAILABLE
    assert refused.value.fatal
    assert double.received == []


@pytest.mark.asyncio
async def test_non_ascii_address_needs_smtputf8() -> None:
    async with (
        smtp_double() as (_double, port),
        SmtpSender(plain_settings(port), "pw") as sender,
    ):
        with pytest.raises(SmtpError) as refused:
            await sender.send(MAIL, ["jörg@example.org"])

    assert refused.value.code is ErrorCode.UNSUPPORTED
    assert refused.value.permanent


@pytest.mark.asyncio
async def test_header_injection_in_an_address_is_refused() -> None:
    async with (
        smtp_double() as (double, port),
        SmtpSender(plain_settings(port), "pw") as sender,
    ):
        with pytest.raises(SmtpError) as refused:
            await sender.send(MAIL, ["you@example.org>\r\nRCPT TO:<evil@x"])

    assert refused.value.permanent
    assert refused.value.code is ErrorCode.INVALID_INPUT
    assert double.received == []
