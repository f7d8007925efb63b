# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""The test bed's mail server works for real clients: submit, IDLE push, fetch.

aioimaplib waits in IDLE (IMAPS, verified against the test CA) while aiosmtplib
submits a mail through the SMTP front (STARTTLS or implicit TLS, AUTH); the push
arrives and FETCH returns the mail. The front refuses unknown recipients,
relaying, and mail without AUTH.
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage

import aioimaplib
import aiosmtplib
import pytest

from tests.testbed.certs import TestPki
from tests.testbed.fixtures import UserFactory
from tests.testbed.mail import MailServer

TIMEOUT = 10.0
PUSH_TIMEOUT = 5.0


def _tls(mail_server: MailServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(mail_server.ca_file))


def _mail(sender: str, recipient: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message.set_content("Hello from the test bed.\n")
    return message


@asynccontextmanager
async def imap_session(
    mail_server: MailServer, address: str, password: str
) -> AsyncIterator[aioimaplib.IMAP4_SSL]:
    """A logged-in IMAPS session with INBOX selected."""
    imap = aioimaplib.IMAP4_SSL(
        host=mail_server.host,
        port=mail_server.imaps_port,
        ssl_context=_tls(mail_server),
        timeout=TIMEOUT,
    )
    await imap.wait_hello_from_server()
    try:
        login = await imap.login(address, password)
        assert login.result == "OK", login
        selected = await imap.select("INBOX")
        assert selected.result == "OK", selected
        yield imap
    finally:
        await imap.logout()


async def _submit(
    mail_server: MailServer,
    message: EmailMessage,
    username: str | None,
    password: str | None,
    *,
    implicit_tls: bool = False,
) -> None:
    await aiosmtplib.send(
        message,
        hostname=mail_server.host,
        port=mail_server.smtps_port if implicit_tls else mail_server.smtp_port,
        username=username,
        password=password,
        use_tls=implicit_tls,
        start_tls=not implicit_tls,
        tls_context=_tls(mail_server),
        timeout=TIMEOUT,
    )


async def _push_exists(imap: aioimaplib.IMAP4_SSL) -> int:
    """Wait for an untagged EXISTS during IDLE; return the message count."""
    async with asyncio.timeout(PUSH_TIMEOUT):
        while True:
            lines = await imap.wait_server_push()
            for line in lines:
                text = line.decode() if isinstance(line, bytes) else str(line)
                match = re.fullmatch(r"(\d+) EXISTS", text.strip())
                if match:
                    return int(match.group(1))


@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "smtps"])
@pytest.mark.asyncio
async def test_idle_push_and_fetch(
    mail_server: MailServer, mail_user: UserFactory, implicit_tls: bool
) -> None:
    sender, sender_password = mail_user("sender")
    recipient, recipient_password = mail_user("recipient")
    subject = f"Test bed {secrets.token_hex(4)}"

    async with imap_session(mail_server, recipient, recipient_password) as imap:
        idle = await imap.idle_start(timeout=PUSH_TIMEOUT + TIMEOUT)
        await _submit(
            mail_server,
            _mail(sender, recipient, subject),
            sender,
            sender_password,
            implicit_tls=implicit_tls,
        )
        count = await _push_exists(imap)
        imap.idle_done()
        await asyncio.wait_for(idle, TIMEOUT)

        fetched = await imap.fetch(
            str(count), "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])"
        )

    assert count == 1
    assert fetched.result == "OK", fetched
    headers = b"".join(
        line for line in fetched.lines if isinstance(line, (bytes, bytearray))
    )
    assert f"Subject: {subject}".encode() in headers
    assert f"From: {sender}".encode() in headers


@pytest.mark.asyncio
async def test_unknown_recipient_is_refused(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    sender, password = mail_user("sender")
    unknown = f"nobody-{secrets.token_hex(4)}@{mail_server.domain}"

    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        await _submit(mail_server, _mail(sender, unknown, "lost"), sender, password)

    [error] = refused.value.recipients
    assert error.code == 550
    assert error.recipient == unknown


@pytest.mark.asyncio
async def test_relaying_is_refused(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    sender, password = mail_user("sender")
    outside = "someone@example.org"

    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        await _submit(mail_server, _mail(sender, outside, "relay"), sender, password)

    assert [e.code for e in refused.value.recipients] == [550]


@pytest.mark.asyncio
async def test_submission_without_auth_is_refused(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    sender, _ = mail_user("sender")
    recipient, _ = mail_user("recipient")

    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
        await _submit(mail_server, _mail(sender, recipient, "anon"), None, None)

    assert refused.value.code == 530


@pytest.mark.asyncio
async def test_wrong_password_is_refused(
    mail_server: MailServer, mail_user: UserFactory
) -> None:
    sender, _ = mail_user("sender")

    with pytest.raises(aiosmtplib.SMTPAuthenticationError) as refused:
        await _submit(mail_server, _mail(sender, sender, "x"), sender, "wrong")

    assert refused.value.code == 535


@pytest.mark.asyncio
async def test_auth_needs_tls(mail_server: MailServer, mail_user: UserFactory) -> None:
    sender, password = mail_user("sender")
    smtp = aiosmtplib.SMTP(
        hostname=mail_server.host,
        port=mail_server.smtp_port,
        start_tls=False,
        timeout=TIMEOUT,
    )
    await smtp.connect()
    try:
        assert not smtp.supports_extension("auth")
        plain = base64.b64encode(f"\0{sender}\0{password}".encode())
        response = await smtp.execute_command(b"AUTH", b"PLAIN", plain)
        assert response.code == 530  # STARTTLS first
        with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
            await smtp.mail(sender)
        assert refused.value.code == 530
    finally:
        smtp.close()


@pytest.mark.asyncio
async def test_imap_crash_and_smtp_outage(testbed_pki: TestPki) -> None:
    server = MailServer(pki=testbed_pki)
    try:
        await asyncio.to_thread(server.start)
        address = server.add_user("dora", "dora-password")
        login = (address, "dora-password")
        await _submit(server, _mail(address, address, "before the crash"), *login)

        await asyncio.to_thread(server.kill_imap)
        with pytest.raises(ConnectionRefusedError):
            await asyncio.open_connection(server.host, server.imaps_port)
        # The front still takes the mail but cannot hand it over: temporary error.
        with pytest.raises(aiosmtplib.SMTPDataError) as unreachable:
            await _submit(server, _mail(address, address, "during"), *login)
        assert unreachable.value.code == 451

        await asyncio.to_thread(server.start_imap)
        async with imap_session(server, *login) as imap:
            found = await imap.search("ALL")
        assert found.result == "OK"
        assert found.lines[0] == b"1"  # the mail from before the crash, only

        await asyncio.to_thread(server.stop_smtp)
        with pytest.raises(aiosmtplib.SMTPConnectError):
            await _submit(server, _mail(address, address, "lost"), *login)
        await asyncio.to_thread(server.start_smtp)
        await _submit(server, _mail(address, address, "after"), *login)
    finally:
        await asyncio.to_thread(server.close)
    assert not server.base_dir.exists()
